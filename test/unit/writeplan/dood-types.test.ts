/** The DOOD sheet when other resource types than the cast are listed: one heading and one count row per type. */
import { buildWritePlan } from "../../../src/core/writeplan";
import {
  DAYS_ON_ONE_PAGE,
  DOOD_FIRST_DAY_COL,
  dayColumnBreaks,
  doodFirstDayColumn,
  doodColor,
  headerText,
} from "../../../src/core/writeplan/dood-sheet";
import { computeDood } from "../../../src/core/dood";
import { ModelBuilder } from "../../helpers/model-builder";
import { columnLetters, parseRange } from "../../../src/core/a1";
import { linesHeight, wrappedLines } from "../../../src/core/writeplan/sheet-builder";
import type { GeneratedSheet } from "../../../src/core/plan";
import type { Report } from "../../../src/core/report";
import { allValues, rowOf, smallModel, smallReport, valueAt } from "./fixture";

function doodSheet(report: Report): GeneratedSheet {
  const s = buildWritePlan(report, smallModel()).sheets.find((x) => x.key === "dood");
  if (!s) throw new Error("no DOOD sheet");
  return s;
}

// The fixture's cast and crew have Roles: Character is column C and the days start at D.
const day = (i: number) => columnLetters(doodFirstDayColumn(smallReport(), smallModel()) + i);

describe("DOOD sheet with several resource types", () => {
  const typed = () => smallReport({ dood: computeDood(smallModel(), ["cast", "crew", "equipment", "location"]) });

  test("rows grouped under a heading per type, in report order; ID header instead of Cast #", () => {
    const sheet = doodSheet(typed());
    expect(valueAt(sheet, "A3")).toBe("ID");
    const headings = ["Cast", "Crew", "Equipment", "Locations"].map((h) => rowOf(sheet, h));
    expect(headings).toEqual([5, 8, 12, 14]);
    expect([6, 7].map((r) => valueAt(sheet, `A${r}`))).toEqual(["1", "2"]);
    expect([9, 10, 11].map((r) => valueAt(sheet, `B${r}`))).toEqual(["Gaffer Gus", "Cam Op Cleo", "Key Grip Kai"]);
    expect(valueAt(sheet, "A13")).toBe("E1");
    expect(valueAt(sheet, "B15")).toBe("Warehouse");
    // The warehouse is used on the first shoot day only.
    expect([0, 1, 2].map((i) => valueAt(sheet, `${day(i)}15`) ?? null)).toEqual(["SWF", null, null]);
    expect(valueAt(sheet, "A2")).toMatch(/3 shoot days, 2 cast, 3 crew, 1 equipment, 1 location, /);
  });

  test("one count row per type, counting only that type's rows", () => {
    const sheet = doodSheet(typed());
    const cast = rowOf(sheet, "Cast working", "B");
    expect([0, 1, 2].map((i) => valueAt(sheet, `${day(i)}${cast}`))).toEqual([2, 1, 1]);
    const locations = rowOf(sheet, "Locations in use", "B");
    expect([0, 1, 2].map((i) => valueAt(sheet, `${day(i)}${locations}`))).toEqual([1, 0, 0]);
    expect(rowOf(sheet, "Crew working", "B")).toBe(cast + 1);
    expect(rowOf(sheet, "Equipment in use", "B")).toBe(cast + 2);
  });

  test("the count row counts every work code, drops included (SWD, PWF, PWD); holds, travel and blanks not", () => {
    const dood = computeDood(smallModel());
    const codes = [
      ["SWD", "PW", "PWF"],
      ["SW", "WD", "PWD"],
    ];
    const rows = dood.rows.slice(0, 2).map((r, k) => ({ ...r, codes: codes[k] }));
    const sheet = doodSheet(smallReport({ dood: { ...dood, rows } }));
    const cast = rowOf(sheet, "Cast working", "B");
    expect([0, 1, 2].map((i) => valueAt(sheet, `${day(i)}${cast}`))).toEqual([2, 2, 2]);
    // Near miss: a hold, a travel day and a blank count nothing.
    const idle = dood.rows.slice(0, 2).map((r) => ({ ...r, codes: ["H", "T", ""] }));
    const idleSheet = doodSheet(smallReport({ dood: { ...dood, rows: idle } }));
    const idleRow = rowOf(idleSheet, "Cast working", "B");
    expect([0, 1, 2].map((i) => valueAt(idleSheet, `${day(i)}${idleRow}`))).toEqual([0, 0, 0]);
  });

  test("as wide as the cast-only sheet: same columns, same print setup", () => {
    const plain = doodSheet(smallReport({ dood: computeDood(smallModel()) }));
    const sheet = doodSheet(typed());
    expect(sheet.columnWidths).toEqual(plain.columnWidths);
    expect(sheet.freeze).toEqual(plain.freeze);
    expect(sheet.print).toMatchObject({ orientation: "landscape", fitToWidth: true, titleRows: "3:4" });
    const cols = (s: GeneratedSheet) => parseRange(s.print!.printArea)!.cols;
    expect(cols(sheet)).toBe(cols(plain));
    const widest = (s: GeneratedSheet) => Math.max(...allValues(s).map(([a]) => parseRange(a)!.col));
    expect(widest(sheet)).toBe(widest(plain));
  });

  test("a long shoot prints its days across pages with Cast # and Name on each; a short one fits one page wide", () => {
    const dood = computeDood(smallModel());
    const long = (n: number) => ({
      days: Array.from({ length: n }, (_, i) => `2026-04-${String(1 + (i % 28)).padStart(2, "0")}`),
      rows: dood.rows.map((r) => ({ ...r, codes: Array.from({ length: n }, (_, i) => r.codes[i % r.codes.length]) })),
    });
    expect(doodSheet(smallReport({ dood: long(DAYS_ON_ONE_PAGE) })).print).toMatchObject({ fitToWidth: true });
    expect(doodSheet(smallReport({ dood: long(DAYS_ON_ONE_PAGE) })).print?.titleColumns).toBeUndefined();
    expect(doodSheet(smallReport({ dood: long(DAYS_ON_ONE_PAGE + 1) })).print).toMatchObject({
      fitToWidth: false,
      titleColumns: "A:C",
      titleRows: "3:4",
    });
    // Whole days to a page, the totals together: 9 days a landscape Letter page beside Cast #, Name and Character.
    expect(doodSheet(smallReport({ dood: long(DAYS_ON_ONE_PAGE + 1) })).print?.columnBreaks).toEqual([13, 22, 29]);
    expect(doodSheet(smallReport({ dood: long(DAYS_ON_ONE_PAGE) })).print?.columnBreaks).toBeUndefined();
  });

  test("printed across pages, the title is every page's header and the print starts at the table; near miss: one page", () => {
    const dood = computeDood(smallModel());
    const long = (n: number) => ({
      days: Array.from({ length: n }, (_, i) => `2026-04-${String(1 + (i % 28)).padStart(2, "0")}`),
      rows: dood.rows.map((r) => ({ ...r, codes: Array.from({ length: n }, (_, i) => r.codes[i % r.codes.length]) })),
    });
    const across = doodSheet(smallReport({ dood: long(DAYS_ON_ONE_PAGE + 1) }));
    expect(across.print?.header).toBe(`Day Out of Days: The Long Night · ${valueAt(across, "A2")}`);
    expect(parseRange(across.print!.printArea)).toMatchObject({ row: 3, col: 1 });
    const last = (s: GeneratedSheet) => {
      const r = parseRange(s.print!.printArea)!;
      return [r.row + r.rows - 1, r.col + r.cols - 1];
    };
    expect(last(across)).toEqual([
      parseRange(across.blocks[0].at)!.row + across.blocks[0].values.length - 1,
      DAYS_ON_ONE_PAGE + 9, // Cast #, Name, Character, the days, five totals
    ]);
    const one = doodSheet(smallReport({ dood: long(DAYS_ON_ONE_PAGE) }));
    expect(one.print?.header).toBeUndefined();
    expect(parseRange(one.print!.printArea)).toMatchObject({ row: 1, col: 1 });
  });

  test.each<[string, string, string]>([
    ["an ampersand is doubled (a code otherwise)", "Day Out of Days: Smith & Jones", "Day Out of Days: Smith && Jones"],
    ["at most 253, cut between pairs", "x".repeat(251) + "&&&", "x".repeat(251) + "…"],
    ["a whole pair at the cut stays", "x".repeat(250) + "&&&", "x".repeat(250) + "&&…"],
  ])("headerText: %s", (_name, text, header) => {
    expect(headerText(text)).toBe(header);
    // With the section's code (&L) the executors add, within Excel's 255.
    expect(`&L${headerText(text)}`.length).toBeLessThanOrEqual(255);
  });

  // Widths: Cast # 8, Name 24, days 7, totals 6, 6, 7, 11, 11 (41). Day columns start at C (3).
  test.each<[string, number, number[]]>([
    ["11 days a page; the last 6 days and the totals fit on one page", 28, [14, 25]],
    ["near miss: 7 days left do not fit beside the totals, which get a page of their own", 29, [14, 25, 32]],
    ["35 days: three full pages, then 2 days and the totals", 35, [14, 25, 36]],
  ])("dayColumnBreaks: %s", (_name, days, breaks) => {
    const widths = [8, 24, ...Array.from({ length: days }, () => 7), 6, 6, 7, 11, 11];
    expect(dayColumnBreaks(widths, DOOD_FIRST_DAY_COL, days)).toEqual(breaks);
  });

  test("the legend names every code the grid can hold, drops and pickups included, each with its fill", () => {
    const sheet = doodSheet(smallReport({ dood: computeDood(smallModel()) }));
    const legend = rowOf(sheet, "Legend");
    const inColumn = (col: number) =>
      allValues(sheet)
        .filter(([a]) => parseRange(a)!.row > legend && parseRange(a)!.col === col)
        .map(([, v]) => v);
    // Two column pairs (A:B, then the first day's column and the next), so the legend takes half the rows.
    const codes = [...inColumn(1), ...inColumn(4)];
    expect(codes).toEqual(["SW", "W", "WF", "SWF", "H", "T", "R", "F", "WD", "PW", "SWD", "PWF", "PWD"]);
    expect(inColumn(1)).toHaveLength(7);
    expect(valueAt(sheet, `E${legend + 1}`)).toBe("fitting");
    for (const code of codes) expect(doodColor(String(code))).toBeDefined();
  });

  test("cast-only report: no headings, Cast # header, one count row", () => {
    const sheet = doodSheet(smallReport({ dood: computeDood(smallModel()) }));
    expect(valueAt(sheet, "A3")).toBe("Cast #");
    expect(allValues(sheet).map(([, v]) => v)).not.toContain("Crew");
    expect(allValues(sheet).filter(([, v]) => typeof v === "string" && / (working|in use)$/.test(v))).toEqual([
      ["B7", "Cast working"],
    ]);
  });

  test("Character beside the actor (each cast's Role); with other types the column is Role (a crew's Position)", () => {
    const cast = doodSheet(smallReport({ dood: computeDood(smallModel()) }));
    expect(["A3", "B3", "C3", "D3"].map((a) => valueAt(cast, a))).toEqual(["Cast #", "Name", "Character", "Mon 2 Mar"]);
    expect(["A5", "B5", "C5"].map((a) => valueAt(cast, a))).toEqual(["1", "Anna Lee", "Maya"]);
    expect(valueAt(cast, "C6")).toBe("Detective Cole");
    expect(cast.columnWidths.slice(0, 4)).toEqual([8, 24, 20, 7]);
    const sheet = doodSheet(typed());
    expect(valueAt(sheet, "C3")).toBe("Role");
    expect(valueAt(sheet, `C${rowOf(sheet, "Gaffer Gus", "B")}`)).toBe("Gaffer");
  });

  test("a long character wraps in its cell and the row is as tall as its lines; near miss: a short one", () => {
    const model = smallModel();
    model.resources.find((r) => r.id === "1")!.role = "Captain Reginald Thaddeus Worthington the Third";
    const report = smallReport({ dood: computeDood(model) });
    const sheet = buildWritePlan(report, model).sheets.find((x) => x.key === "dood")!;
    expect(valueAt(sheet, "C5")).toBe("Captain Reginald Thaddeus Worthington the Third");
    expect(sheet.rowHeights?.[5]).toBe(
      linesHeight(wrappedLines("Captain Reginald Thaddeus Worthington the Third", 20)),
    );
    expect(sheet.rowHeights?.[5]).toBeGreaterThan(15);
    expect(sheet.rowHeights?.[6]).toBeUndefined();
    const wraps = sheet.styles.some(
      (s) => s.style.wrap && parseRange(s.range)!.col <= 3 && parseRange(s.range)!.row <= 5,
    );
    expect(wraps).toBe(true);
  });

  test("a cast member listed by name only (no Cast #) gets their Character too", () => {
    const model = new ModelBuilder()
      .resource({ name: "Nia Park", role: "Lighthouse Keeper", type: "cast" })
      .resource({ id: "2", name: "Ben Ortiz", type: "cast" })
      .item({ id: "S1", date: "2026-03-02", start: "08:00", end: "10:00", cast: ["Nia Park", "2"] })
      .build();
    const report = smallReport({ dood: computeDood(model), callSheets: [] });
    const sheet = buildWritePlan(report, model).sheets.find((x) => x.key === "dood")!;
    expect(["A5", "B5", "C5"].map((a) => valueAt(sheet, a))).toEqual(["Nia Park", "Nia Park", "Lighthouse Keeper"]);
    expect(valueAt(sheet, "C6") ?? null).toBeNull();
  });

  test("near miss: no row's resource has a Role, so no Character column: the days start at C", () => {
    const model = smallModel();
    for (const r of model.resources) delete (r as { role?: string }).role;
    const report = smallReport({ dood: computeDood(model) });
    const sheet = buildWritePlan(report, model).sheets.find((x) => x.key === "dood")!;
    expect(doodFirstDayColumn(report, model)).toBe(DOOD_FIRST_DAY_COL);
    expect(["A3", "B3", "C3"].map((a) => valueAt(sheet, a))).toEqual(["Cast #", "Name", "Mon 2 Mar"]);
    expect(valueAt(sheet, "C5")).toBe("SW");
    expect(sheet.freeze).toEqual({ rows: 4, columns: 2 });
    const legend = rowOf(sheet, "Legend");
    expect(valueAt(sheet, `C${legend + 1}`)).toBe("F");
  });
});
