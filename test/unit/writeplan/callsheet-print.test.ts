/**
 * The printed call sheet: rows of wrapped text as tall as their lines, page breaks between sections (or a
 * section continued under its repeated headers), and lunch in the header.
 */
import {
  buildCallSheet,
  CALL_SHEET_SECTIONS,
  CALL_SHEET_WIDTHS,
  CREW_ONE_COLUMN_ROWS,
  callText,
  lunchText,
} from "../../../src/core/writeplan/call-sheet";
import { LETTER_PORTRAIT, Pager, pageHeightPoints, rowPoints } from "../../../src/core/writeplan/paging";
import {
  LINE_HEIGHT,
  MAX_ROW_HEIGHT,
  linesHeight,
  textWidth,
  wrappedLines,
} from "../../../src/core/writeplan/sheet-builder";
import type { GeneratedSheet } from "../../../src/core/plan";
import type { CallSheet, CallSheetScene } from "../../../src/core/report";
import { LONG_DESCRIPTION, allValues, callSheet, longCallSheet, rowOf, smallModel, valueAt } from "./fixture";

const sheet = (cs: CallSheet = callSheet()): GeneratedSheet => buildCallSheet(cs, smallModel());

describe("wrapped lines: a deterministic estimate from character widths", () => {
  test.each<[string, number, number]>([
    ["", 10, 1],
    ["short", 10, 1],
    // Words wrap at spaces: 9 digits of room in a 10-wide cell.
    ["0000 0000 0000", 10, 2],
    ["0000 0000", 10, 1],
    ["000000000", 10, 1],
    ["0000000000", 10, 2],
    // A word longer than a line breaks inside.
    ["00000000000000000000000000000", 10, 4],
    // Each line break starts a line.
    ["a\nb\n\nc", 40, 4],
    [LONG_DESCRIPTION, 36, 3],
  ])("%j in %d characters: %d line(s)", (text, width, lines) => {
    expect(wrappedLines(text, width)).toBe(lines);
  });

  test("punctuation outside ASCII is about a capital wide; east Asian text two digits a character", () => {
    // A scene's time fits the 12-wide Time column on one line.
    expect(wrappedLines("08:00–10:30", CALL_SHEET_WIDTHS[8])).toBe(1);
    expect(textWidth("—")).toBeGreaterThan(textWidth("–"));
    expect(textWidth("撮影現場")).toBe(8);
    expect(wrappedLines("撮影現場撮影現場", 10)).toBe(2);
  });

  test("capitals, bold and larger type take more room than lower case at 11 pt", () => {
    expect(textWidth("DETECTIVE COLE")).toBeGreaterThan(textWidth("detective cole"));
    expect(wrappedLines("detective cole", 14)).toBe(1);
    expect(wrappedLines("DETECTIVE COLE", 14)).toBe(2);
    expect(wrappedLines("Detective Cole", 14, { bold: true, fontSize: 14 })).toBe(2);
  });

  test("heights: 15 pt a line at 11 pt, scaled with the type, never above Excel's 409 pt", () => {
    expect(linesHeight(1)).toBe(LINE_HEIGHT);
    expect(linesHeight(3)).toBe(45);
    expect(linesHeight(2, 22)).toBe(60);
    expect(linesHeight(100)).toBe(MAX_ROW_HEIGHT);
  });
});

describe("row heights of wrapped rows", () => {
  const cast = (role: string, name = "Anna Lee") =>
    callSheet({ cast: [{ resource: "1", name, role, status: "SW", call: "06:30" }] });

  test("a long character name makes its cast row as tall as its lines; a short one keeps the default", () => {
    const long = sheet(cast("YOUNG ELENA (FLASHBACK, AGE 9) / ELENA'S REFLECTION"));
    const row = rowOf(long, "CAST") + 2;
    expect(valueAt(long, `C${row}`)).toBe("YOUNG ELENA (FLASHBACK, AGE 9) / ELENA'S REFLECTION");
    // The character's two columns, C:D.
    const width = CALL_SHEET_WIDTHS[2] + CALL_SHEET_WIDTHS[3];
    const lines = wrappedLines("YOUNG ELENA (FLASHBACK, AGE 9) / ELENA'S REFLECTION", width);
    expect(lines).toBeGreaterThanOrEqual(3);
    expect(long.rowHeights?.[row]).toBe(lines * LINE_HEIGHT);
    const short = sheet(cast("MAYA"));
    expect(short.rowHeights?.[rowOf(short, "CAST") + 2]).toBeUndefined();
  });

  test("the tallest cell of the row decides: a long name in B beside a short character", () => {
    const name = "Daniel Reyes-Montgomery Featherstonehaugh";
    const s = sheet(cast("MAYA", name));
    expect(s.rowHeights?.[rowOf(s, "CAST") + 2]).toBe(wrappedLines(name, CALL_SHEET_WIDTHS[1]) * LINE_HEIGHT);
    expect(s.rowHeights?.[rowOf(s, "CAST") + 2]).toBeGreaterThanOrEqual(2 * LINE_HEIGHT);
  });

  test("a set with a long description, a long note and a long office address", () => {
    const scene: CallSheetScene = {
      item: "S1",
      scene: "12",
      set: "EXT. ST. BRENDAN'S CHURCH - GRAVEYARD",
      description: LONG_DESCRIPTION,
      cast: ["1"],
    };
    const note = `Closed set. ${"No visitors on stage without the 1st AD's say-so. ".repeat(6)}`;
    const cs = callSheet({
      scenes: [scene],
      notes: [note],
      header: { "Production Office": "Wren Studios, Building 7, 900 Industrial Way, Port Wren, OR 97000" },
    });
    const s = sheet(cs);
    const sceneRow = rowOf(s, "SCENES") + 2;
    // The set line, then the description over three lines of B:C.
    expect(s.rowHeights?.[sceneRow]).toBe(4 * LINE_HEIGHT);
    const noteRow = rowOf(s, "NOTES") + 1;
    expect(valueAt(s, `A${noteRow}`)).toBe(note);
    expect(s.rowHeights?.[noteRow]).toBe(wrappedLines(note, 108) * LINE_HEIGHT);
    expect(s.rowHeights?.[noteRow]).toBeGreaterThanOrEqual(3 * LINE_HEIGHT);
    // The office spans two header rows (B8:C9): their heights together hold its three lines.
    const office = rowOf(s, "Office");
    expect(s.merges).toContain(`B${office}:C${office + 1}`);
    expect(rowPoints(s.rowHeights!, office) + rowPoints(s.rowHeights!, office + 1)).toBeGreaterThanOrEqual(
      wrappedLines(cs.header["Production Office"], 36) * LINE_HEIGHT,
    );
  });

  test("a very long note is as tall as Excel allows, not cut at a few lines", () => {
    const s = sheet(callSheet({ notes: ["word ".repeat(800)] }));
    expect(s.rowHeights?.[rowOf(s, "NOTES") + 1]).toBe(MAX_ROW_HEIGHT);
  });
});

describe("page breaks", () => {
  test("a Letter page one page wide holds 737 pt of rows of the call sheet's 108 characters (90 % zoom)", () => {
    expect(LETTER_PORTRAIT).toEqual({ width: 511.2, height: 684 });
    expect(pageHeightPoints(CALL_SHEET_WIDTHS)).toBe(737);
    // Narrow sheets print at 100 %.
    expect(pageHeightPoints([40])).toBe(Math.floor(684 * 0.97));
  });

  test("the pager starts each page after a break below the repeated title rows", () => {
    const pager = new Pager(700, 52);
    pager.take(650);
    expect(pager.room).toBe(50);
    pager.breakBefore(40);
    pager.breakBefore(40);
    expect(pager.breaks).toEqual([40]);
    expect(pager.room).toBe(648);
  });

  test("a day that fits one page has no breaks", () => {
    const short = callSheet({ crew: [], equipment: [], deliveries: [], notes: [], advance: undefined });
    expect(sheet(short).print?.pageBreaks).toBeUndefined();
    // The fixture's day is just too long for one page: the advance schedule goes to the second, whole.
    expect(sheet().print?.pageBreaks).toEqual([rowOf(sheet(), "ADVANCE SCHEDULE") - 1]);
  });

  /** Rows of each printed page, from the plan's breaks. */
  function pages(s: GeneratedSheet): [number, number][] {
    const last = s.blocks[0].values.length;
    const starts = [1, ...(s.print?.pageBreaks ?? [])];
    return starts.map((start, i) => [start, (starts[i + 1] ?? last + 1) - 1]);
  }

  const textAt = (s: GeneratedSheet, row: number) => valueAt(s, `A${row}`);
  const bands = new Set<string>(CALL_SHEET_SECTIONS.flatMap((t) => [t, `${t} (continued)`]));

  test.each([10, 14, 24, 60])(
    "%d scenes: each page fits, starts with a section's spacer and band, and no unit is split",
    (n) => {
      const s = sheet(longCallSheet(n));
      const breaks = s.print?.pageBreaks ?? [];
      expect(breaks.length).toBeGreaterThan(0);
      expect([...breaks].sort((a, b) => a - b)).toEqual(breaks);
      const capacity = pageHeightPoints(CALL_SHEET_WIDTHS);
      const title = rowPoints(s.rowHeights!, 1) + rowPoints(s.rowHeights!, 2);
      for (const [start, end] of pages(s)) {
        let used = start === 1 ? 0 : title;
        for (let r = start; r <= end; r++) used += rowPoints(s.rowHeights!, r);
        expect(used).toBeLessThanOrEqual(capacity);
      }
      for (const b of breaks) {
        // The spacer row, then a band: a section, or one continued under its band.
        expect(textAt(s, b) ?? null).toBeNull();
        expect(bands.has(String(textAt(s, b + 1)))).toBe(true);
        // Never between a department heading and its first member, nor before the total pages row.
        expect(["Camera", "Electric", "Grip", "Sound"]).not.toContain(textAt(s, b - 1));
        expect(textAt(s, b + 2)).not.toBe("Total pages");
      }
      // The print area still covers every row.
      expect(s.print?.printArea).toBe(`A1:I${s.blocks[0].values.length}`);
    },
  );

  /** Points of page 1 used by rows 1 .. row - 1 (a sheet's first page holds its title rows too). */
  const usedBefore = (s: GeneratedSheet, row: number) => {
    let used = 0;
    for (let r = 1; r < row; r++) used += rowPoints(s.rowHeights!, r);
    return used;
  };

  test("a section that would not fit the rest of a page starts the next one whole when under a fifth is left", () => {
    // Ten scenes: the crew list would start on page 1 with less than a fifth of it left, so it starts page 2.
    const s = sheet(longCallSheet(10));
    const crew = rowOf(s, "CREW CALLS");
    expect(s.print?.pageBreaks?.[0]).toBe(crew - 1);
    const page = pageHeightPoints(CALL_SHEET_WIDTHS);
    expect(page - usedBefore(s, crew - 1)).toBeLessThan(page * 0.2);
  });

  test("with more room left, it starts there and goes on under its band on the next page (fewer, fuller pages)", () => {
    // Six scenes: about a third of page 1 is left for the crew list. Keeping it whole left pages 40 % empty (a
    // 10-scene, 20-cast, 30-crew day printed on 4 pages).
    const s = sheet(longCallSheet(6));
    const [breakRow] = s.print?.pageBreaks ?? [];
    expect(rowOf(s, "CREW CALLS")).toBeLessThan(breakRow);
    expect(textAt(s, breakRow + 1)).toBe("CREW CALLS (continued)");
    const page = pageHeightPoints(CALL_SHEET_WIDTHS);
    expect(page - usedBefore(s, rowOf(s, "CREW CALLS") - 1)).toBeGreaterThan(page * 0.2);
    // Page 1 is full to within a department.
    expect(page - usedBefore(s, breakRow)).toBeLessThan(8 * LINE_HEIGHT);
  });

  test("a crew list that starts with room on the page splits between departments, never inside one", () => {
    // 24 people and 6 headings: the longest list printed one to a row (CREW_ONE_COLUMN_ROWS).
    const departments = ["Camera", "Electric", "Grip", "Sound", "Art", "Hair & Makeup"];
    const crew = Array.from({ length: 24 }, (_, i) => ({
      resource: `X${i}`,
      name: `Crew ${i}`,
      role: "Technician",
      department: departments[Math.floor(i / 4)],
      call: "07:00",
    }));
    expect(crew.length + departments.length).toBe(CREW_ONE_COLUMN_ROWS);
    for (const scenes of [0, 1, 2, 4, 6]) {
      const s = sheet({ ...longCallSheet(scenes), crew });
      const continued = rowOf(s, "CREW CALLS (continued)");
      expect(s.print?.pageBreaks).toContain(continued - 1);
      expect(valueAt(s, `A${continued + 1}`)).toBe("Position");
      expect(departments).toContain(valueAt(s, `A${continued + 2}`));
      const pageOf = (row: number) => pages(s).findIndex(([a, b]) => row >= a && row <= b);
      for (const dept of departments) {
        const heading = rowOf(s, dept);
        expect({ dept, page: pageOf(heading + 4) }).toEqual({ dept, page: pageOf(heading) });
      }
    }
  });

  test("only a section that starts with most of a page left continues: 18 scenes", () => {
    const s = sheet(longCallSheet(18));
    expect(
      allValues(s)
        .filter(([, v]) => String(v).endsWith("(continued)"))
        .map(([, v]) => v),
    ).toEqual(["SCENES (continued)"]);
  });

  test("a section longer than a page continues under its band and column headers, repeated", () => {
    const s = sheet(longCallSheet(60));
    const continued = allValues(s)
      .filter(([, v]) => v === "SCENES (continued)")
      .map(([a]) => +a.slice(1));
    expect(continued.length).toBeGreaterThan(0);
    for (const r of continued) {
      expect(s.print?.pageBreaks).toContain(r - 1);
      expect(s.merges).toContain(`A${r}:I${r}`);
      expect(["A", "B", "D"].map((c) => valueAt(s, `${c}${r + 1}`))).toEqual(["Sc", "Set / Description", "I/E"]);
    }
    // All 60 scenes are there once, in order, and the total follows the last.
    const scenes = allValues(s)
      .filter(([a, v]) => a.startsWith("A") && /^1\d\d$/.test(String(v)))
      .map(([, v]) => Number(v));
    expect(scenes).toEqual(Array.from({ length: 60 }, (_, i) => 100 + i));
    expect(textAt(s, rowOf(s, "159") + 1)).toBe("Total pages");
  });

  test("the closing line stays with the advance schedule", () => {
    const s = sheet(longCallSheet(24));
    const closing = allValues(s).find(([, v]) => String(v).startsWith("Made by Production Coordinator"))!;
    const row = +closing[0].slice(1);
    expect(s.print?.pageBreaks ?? []).not.toContain(row);
    expect(s.print?.pageBreaks ?? []).not.toContain(row - 1);
  });

  test("the repeated title rows name the day, so every page says which sheet it is", () => {
    const s = sheet(longCallSheet(24));
    expect(s.print?.titleRows).toBe("1:2");
    expect(valueAt(s, "A2")).toBe("CALL SHEET · Mon 2 Mar 2026 · Day 1 of 3");
  });

  test("a Shoot Day prints in the production's own numbering: Day 21 of 40, or Day 21 when the length is unknown", () => {
    const numbered = sheet({ ...longCallSheet(3), shootDay: 21, shootDayCount: 40 });
    expect(valueAt(numbered, "A2")).toBe("CALL SHEET · Mon 2 Mar 2026 · Day 21 of 40");
    expect(allValues(numbered).filter(([, v]) => v === "Day 21 of 40")).toHaveLength(1);
    expect(valueAt(sheet({ ...longCallSheet(3), shootDay: 21 }), "A2")).toBe("CALL SHEET · Mon 2 Mar 2026 · Day 21");
  });
});

describe("lunch", () => {
  const lunchCell = (s: GeneratedSheet) => valueAt(s, `H${rowOf(s, "Lunch", "G")}`);

  test("6 h after the general crew call, saying it is computed", () => {
    expect(lunchCell(sheet(callSheet({ crewCall: "06:00" })))).toBe("12:00 (6 h after crew call)");
    expect(lunchCell(sheet(callSheet({ crewCall: "07:45" })))).toBe("13:45 (6 h after crew call)");
    // A night call: lunch after midnight.
    expect(lunchCell(sheet(callSheet({ crewCall: "20:30" })))).toBe("02:30 (6 h after crew call)");
  });

  // The parser turns `Lunch Time` and `LUNCH CALL` into `Lunch` (test/unit/parse/workbook.test.ts).
  test("the Production table's own Lunch wins", () => {
    const model = smallModel();
    model.production = { ...model.production, Lunch: " 13:00 " };
    expect(lunchText(callSheet({ crewCall: "06:00" }), model)).toBe("13:00");
    model.production = { ...model.production, Lunch: "12:30 hot lunch, Church hall" };
    const s = buildCallSheet(callSheet({ crewCall: "06:00" }), model);
    expect(valueAt(s, `H${rowOf(s, "Lunch", "G")}`)).toBe("12:30 hot lunch, Church hall");
  });

  test("no crew call and no Lunch: a placeholder, never a guess", () => {
    expect(lunchCell(sheet(callSheet({ crewCall: null })))).toBe("—");
    expect(lunchCell(sheet(callSheet({ crewCall: undefined })))).toBe("—");
  });

  test("lunch sits under the shooting call in the header", () => {
    const s = sheet();
    expect(rowOf(s, "Lunch", "G")).toBe(rowOf(s, "Shooting call", "G") + 1);
  });
});

describe("a call on another day than the sheet's", () => {
  test("prints with its weekday: a 23:30 make-up call to a 00:30 strip on Monday's sheet is Sunday's", () => {
    const cs = callSheet({
      cast: [
        { resource: "1", name: "Anna Lee", role: "Maya", status: "SW", call: "23:30", callDayOffset: -1 },
        { resource: "2", name: "Ben Ortiz", role: "Detective Cole", status: "SW", call: "00:45" },
      ],
    });
    const s = sheet(cs);
    const texts = allValues(s).map(([, v]) => v);
    expect(texts).toContain("23:30 Sun");
    // Near miss: a call on the sheet's own date prints its time alone.
    expect(texts).toContain("00:45");
    expect(callText({ call: null, callDayOffset: -1 }, cs.date)).toBeNull();
  });

  test("crew with only date-only work come at the general crew call, its weekday included (the evening before)", () => {
    const cs = callSheet({ crewCall: "23:30", crewCallDayOffset: -1 });
    cs.crew = cs.crew.map((c) => (c.resource === "C1" ? { ...c, call: null } : c));
    const s = sheet(cs);
    expect(valueAt(s, `F${rowOf(s, "Cam Op Cleo", "C")}`)).toBe("23:30 Sun");
    // Near miss: a general crew call on the sheet's own date prints its time alone.
    const own = sheet({ ...cs, crewCall: "05:30", crewCallDayOffset: undefined });
    expect(valueAt(own, `F${rowOf(own, "Cam Op Cleo", "C")}`)).toBe("05:30");
  });
});

describe("a long crew list prints two across", () => {
  const DEPARTMENTS = ["Camera", "Electric", "Grip", "Sound", "Art", "Hair & Makeup", "Wardrobe", "Production"];
  /** `n` crew spread over `depts` departments in runs (the first `n % depts` departments one longer). */
  const crewOf = (n: number, depts = DEPARTMENTS.length) => {
    const per = Math.floor(n / depts);
    const extra = n % depts;
    return Array.from({ length: n }, (_, i) => {
      let d = 0;
      for (let left = i; left >= per + (d < extra ? 1 : 0); d++) left -= per + (d < extra ? 1 : 0);
      return { resource: `X${i}`, name: `Crew ${i}`, role: `Role ${i}`, department: DEPARTMENTS[d], call: "07:00" };
    });
  };
  const build = (crew: CallSheet["crew"], scenes = 2) =>
    buildCallSheet({ ...longCallSheet(scenes), crew }, smallModel());
  const rowValues = (s: GeneratedSheet, row: number) =>
    Object.fromEntries(allValues(s).filter(([a]) => +a.replace(/^[A-Z]+/, "") === row)) as Record<string, unknown>;
  /** Each column's entries top to bottom, page by page (left column, then right), from the crew band to LOCATIONS. */
  const columnEntries = (s: GeneratedSheet) => {
    const out: string[][] = [];
    const first = rowOf(s, "CREW CALLS");
    const end = rowOf(s, "LOCATIONS");
    let left: string[] = [];
    let right: string[] = [];
    for (let r = first + 1; r < end; r++) {
      const v = rowValues(s, r);
      if (v[`A${r}`] === "CREW CALLS (continued)" || v[`A${r}`] === "Position" || Object.keys(v).length === 0) {
        if (left.length) out.push(left, right);
        left = [];
        right = [];
        continue;
      }
      // A heading fills its half alone; a person's line is Position, Name, Call.
      const half = (cols: string[]) => cols.map((c) => v[`${c}${r}`]).filter((x) => x !== undefined);
      const l = half(["A", "C", "E"]);
      const rt = half(["F", "H", "I"]);
      if (l.length) left.push(l.join(" | "));
      if (rt.length) right.push(rt.join(" | "));
    }
    if (left.length) out.push(left, right);
    return out;
  };

  test("a call with its weekday gets D:E in the left half (the Name C); near miss: plain calls get E (the Name C:D)", () => {
    const night = crewOf(40).map((c, i) => (i === 0 ? { ...c, call: "23:30", callDayOffset: -1 } : c));
    const s = build(night, 0);
    const first = rowOf(s, "Role 0");
    expect(["A", "C", "D"].map((c) => valueAt(s, `${c}${first}`))).toEqual(["Role 0", "Crew 0", "23:30 Sun"]);
    expect(s.merges).toContain(`D${first}:E${first}`);
    const plain = build(crewOf(40), 0);
    const row = rowOf(plain, "Role 0");
    expect(["A", "C", "E"].map((c) => valueAt(plain, `${c}${row}`))).toEqual(["Role 0", "Crew 0", "07:00"]);
    expect(plain.merges).toContain(`C${row}:D${row}`);
  });

  test("near miss: 30 rows (people and headings) print one to a row with phones; 31 print two across without", () => {
    const one = build(crewOf(CREW_ONE_COLUMN_ROWS - DEPARTMENTS.length));
    const head = rowOf(one, "CREW CALLS") + 1;
    expect(["A", "C", "F", "H"].map((c) => valueAt(one, `${c}${head}`))).toEqual(["Position", "Name", "Call", "Phone"]);
    const two = build(crewOf(CREW_ONE_COLUMN_ROWS - DEPARTMENTS.length + 1));
    const head2 = rowOf(two, "CREW CALLS") + 1;
    expect(["A", "C", "E", "F", "H", "I"].map((c) => valueAt(two, `${c}${head2}`))).toEqual([
      "Position",
      "Name",
      "Call",
      "Position",
      "Name",
      "Call",
    ]);
  });

  test("24 people in 8 departments: down the left column, then the right, balanced, each person once", () => {
    const crew = crewOf(24);
    const s = buildCallSheet({ ...callSheet(), crew }, smallModel());
    // The list fits on one page: no break inside it.
    const inside = (r: number) => r > rowOf(s, "CREW CALLS") && r < rowOf(s, "LOCATIONS") - 1;
    expect((s.print?.pageBreaks ?? []).filter(inside)).toEqual([]);
    const columns = columnEntries(s);
    expect(columns).toHaveLength(2);
    const [left, right] = columns;
    // Balanced: the columns differ by a row or two (a repeated heading, a heading moved over).
    expect(Math.abs(left.length - right.length)).toBeLessThanOrEqual(2);
    expect(left[0]).toBe("Camera");
    expect(left[1]).toBe("Role 0 | Crew 0 | 07:00");
    const people = [...left, ...right].filter((e) => e.includes(" | "));
    expect(people).toEqual(crew.map((c) => `${c.role} | ${c.name} | 07:00`));
    // Column-major: the right column goes on where the left stops, under its department's heading again if needed.
    const lastLeft = crew.findIndex((c) => `${c.role} | ${c.name} | 07:00` === left[left.length - 1]);
    expect(right[0] === crew[lastLeft + 1].department || right[0] === `${crew[lastLeft + 1].department} (cont.)`).toBe(
      true,
    );
    // Half the rows one to a row would take (24 people, 8 headings), and the band, headers and spacer.
    expect(rowOf(s, "LOCATIONS") - rowOf(s, "CREW CALLS")).toBeLessThanOrEqual((24 + 8) / 2 + 4);
  });

  test.each([0, 6, 12])(
    "150 people after %d scenes: every page fits, continues under its band and headers, headings never end a column",
    (scenes) => {
      const crew = crewOf(150);
      const s = build(crew, scenes);
      const breaks = s.print?.pageBreaks ?? [];
      const capacity = pageHeightPoints(CALL_SHEET_WIDTHS);
      const title = rowPoints(s.rowHeights!, 1) + rowPoints(s.rowHeights!, 2);
      const starts = [1, ...breaks];
      starts.forEach((start, i) => {
        const end = (starts[i + 1] ?? s.blocks[0].values.length + 1) - 1;
        let used = start === 1 ? 0 : title;
        for (let r = start; r <= end; r++) used += rowPoints(s.rowHeights!, r);
        expect(used).toBeLessThanOrEqual(capacity);
      });
      const continued = allValues(s).filter(([, v]) => v === "CREW CALLS (continued)");
      expect(continued.length).toBeGreaterThan(0);
      for (const [a] of continued) {
        const r = +a.slice(1);
        expect(breaks).toContain(r - 1);
        expect(["A", "F"].map((c) => valueAt(s, `${c}${r + 1}`))).toEqual(["Position", "Position"]);
      }
      const columns = columnEntries(s);
      const people = columns.flat().filter((e) => e.includes(" | "));
      expect(people).toEqual(crew.map((c) => `${c.role} | ${c.name} | 07:00`));
      // The last page's two columns are balanced.
      const [lastLeft, lastRight] = columns.slice(-2);
      expect(Math.abs(lastLeft.length - lastRight.length)).toBeLessThanOrEqual(2);
      for (const column of columns.filter((c) => c.length > 0)) {
        expect(column[column.length - 1]).toContain(" | ");
        // A column that starts inside a department starts with its heading again.
        expect(column[0].includes(" | ")).toBe(false);
      }
    },
  );
});
