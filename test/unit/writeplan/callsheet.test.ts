import { buildWritePlan, CALL_SHEET_SECTIONS } from "../../../src/core/writeplan";
import { buildCallSheet, CALL_SHEET_COLS } from "../../../src/core/writeplan/call-sheet";
import { parseRange } from "../../../src/core/a1";
import type { GeneratedSheet } from "../../../src/core/plan";
import { allValues, callSheet, rowOf, smallModel, smallReport, valueAt } from "./fixture";

const sheet = (cs = callSheet()): GeneratedSheet => buildCallSheet(cs, smallModel());

describe("call sheet", () => {
  test("has every section, in order, each on a dark band across A:I", () => {
    const s = sheet();
    const rows = CALL_SHEET_SECTIONS.map((t) => rowOf(s, t));
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
    for (const r of rows) {
      expect(s.merges).toContain(`A${r}:I${r}`);
      expect(
        s.styles.some(
          (x) => x.range === `A${r}:I${r}` && x.style.fill === "#1F3864" && x.style.fontColor === "#FFFFFF",
        ),
      ).toBe(true);
    }
  });

  test("print-ready: portrait, one page wide, title rows, nine set column widths", () => {
    const s = sheet();
    expect(s.print).toMatchObject({ orientation: "portrait", fitToWidth: true, titleRows: "1:2" });
    expect(s.columnWidths).toHaveLength(CALL_SHEET_COLS);
    expect(s.columnWidths.reduce((a, b) => a + b)).toBeLessThanOrEqual(110);
  });

  test("the print area covers every written row and column", () => {
    const s = sheet();
    const area = parseRange(s.print!.printArea)!;
    expect(area).toMatchObject({ row: 1, col: 1, cols: CALL_SHEET_COLS });
    const bottom = area.row + area.rows - 1;
    const used = [...allValues(s).map(([a]) => a), ...s.merges, ...s.styles.map((x) => x.range)].map((a) => {
      const r = parseRange(a)!;
      return { lastRow: r.row + r.rows - 1, lastCol: r.col + r.cols - 1 };
    });
    expect(Math.max(...used.map((u) => u.lastRow))).toBe(bottom);
    expect(Math.max(...used.map((u) => u.lastCol))).toBeLessThanOrEqual(CALL_SHEET_COLS);
  });

  test("header block: title, people, date, day of, crew call, weather, hospital", () => {
    const s = sheet();
    expect(valueAt(s, "A1")).toBe("The Long Night");
    const texts = allValues(s).map(([, v]) => v);
    expect(texts).toEqual(
      expect.arrayContaining([
        "Dana Cruz",
        "Sam Patel",
        "Mon 2 Mar 2026",
        "Day 1 of 3",
        "06:00",
        "Sunny, 14°C",
        "06:41",
        "17:58",
      ]),
    );
    const hospitalRow = rowOf(s, "NEAREST HOSPITAL");
    expect(valueAt(s, `C${hospitalRow}`)).toBe("St. Mary's");
    // Shooting call defaults to the first scene start.
    expect(valueAt(s, `H${rowOf(s, "Shooting call", "G")}`)).toBe("07:00");
  });

  test("hospital and parking: each location's own before the Production table's, named when they differ", () => {
    const hospitalOf = (s: GeneratedSheet) => valueAt(s, `C${rowOf(s, "NEAREST HOSPITAL")}`);
    const parkingOf = (s: GeneratedSheet) => valueAt(s, `H${rowOf(s, "Crew parking", "G")}`);
    const diner = {
      name: "Lou's Diner",
      nearestHospital: "SF General",
      hospitalAddress: "1001 Potrero Ave",
      parking: "Lot D",
    };
    const one = sheet(callSheet({ locations: [diner] }));
    expect(hospitalOf(one)).toBe("SF General, 1001 Potrero Ave");
    expect(parkingOf(one)).toBe("Lot D");
    const two = sheet(
      callSheet({ locations: [diner, { name: "Stage 4", nearestHospital: "St. Mary's", parking: "Lot D" }] }),
    );
    expect(hospitalOf(two)).toBe("SF General, 1001 Potrero Ave (Lou's Diner); St. Mary's (Stage 4)");
    expect(parkingOf(two)).toBe("Lot D");
    // No location gives one: the Production table's.
    expect(hospitalOf(sheet(callSheet({ locations: [{ name: "Warehouse" }] })))).toBe("St. Mary's");
  });

  test("scenes: one row each with set over description, and a total pages row", () => {
    const s = sheet();
    const head = rowOf(s, "SCENES") + 1;
    expect(["A", "B", "D", "E", "F", "G", "H", "I"].map((c) => valueAt(s, `${c}${head}`))).toEqual([
      "Sc",
      "Set / Description",
      "I/E",
      "D/N",
      "Pages",
      "Cast",
      "Location",
      "Time",
    ]);
    expect(["A", "B", "D", "E", "F", "G", "H", "I"].map((c) => valueAt(s, `${c}${head + 1}`) ?? null)).toEqual([
      "12",
      "INT. KITCHEN\nMaya finds the letter",
      "INT",
      "D",
      "1 4/8",
      "1",
      null,
      "07:00–10:00",
    ]);
    expect(valueAt(s, `G${head + 2}`)).toBe("1, 2");
    expect([valueAt(s, `A${head + 3}`), valueAt(s, `F${head + 3}`)]).toEqual(["Total pages", "1 7/8"]);
    expect(s.rowHeights?.[head + 1]).toBeGreaterThanOrEqual(30); // two lines
  });

  test("cast: number, name, character, status, call (a dash-free placeholder for no call)", () => {
    const s = sheet();
    const r = rowOf(s, "CAST") + 2;
    // The character takes C:D, the status E.
    expect(["A", "B", "C", "E", "F"].map((c) => valueAt(s, `${c}${r}`))).toEqual([
      "1",
      "Anna Lee",
      "Maya",
      "SW",
      "06:30",
    ]);
    expect(valueAt(s, `F${r + 1}`)).toBe("—");
  });

  test("a make-up call before the first scene: Call and On Set (that scene's start) side by side", () => {
    const s = sheet();
    const r = rowOf(s, "CAST") + 1;
    expect(["E", "F", "G", "H"].map((c) => valueAt(s, `${c}${r}`))).toEqual(["Status", "Call", "On Set", "Remarks"]);
    // Anna is called 06:30 for her 07:00 scene; Ben works only date-only, so neither time is known.
    expect(["F", "G"].map((c) => valueAt(s, `${c}${r + 1}`))).toEqual(["06:30", "07:00"]);
    expect(["F", "G"].map((c) => valueAt(s, `${c}${r + 2}`))).toEqual(["—", "—"]);
  });

  test("near miss: everyone called at their first scene's start: one Call column", () => {
    const base = callSheet();
    const s = sheet({ ...base, cast: [{ ...base.cast[0], call: "07:00" }, base.cast[1]] });
    const r = rowOf(s, "CAST") + 1;
    expect(["E", "F", "G", "H"].map((c) => valueAt(s, `${c}${r}`) ?? null)).toEqual([
      "Status",
      "Call",
      null,
      "Remarks",
    ]);
  });

  test("a scene at another location than the one before: a COMPANY MOVE row goes first", () => {
    const base = callSheet();
    const at = (item: string, location: string) => ({ ...base.scenes[0], item, scene: item, location });
    const s = sheet({
      ...base,
      scenes: [at("1", "Mill"), at("2", "mill "), at("3", "Pier 9"), at("4", "Pier 9")],
    });
    const first = rowOf(s, "SCENES") + 2;
    const column = Array.from({ length: 6 }, (_, k) => valueAt(s, `A${first + k}`));
    // Mill then "mill " is no move (compared trimmed, in any case); to Pier 9 is.
    expect(column).toEqual(["1", "2", "COMPANY MOVE to Pier 9", "3", "4", "Total pages"]);
  });

  test("crew calls grouped by department in first-seen order", () => {
    const s = sheet();
    const start = rowOf(s, "CREW CALLS");
    const block = allValues(s)
      .filter(([a]) => a.startsWith("A") || a.startsWith("C"))
      .filter(([a]) => +a.slice(1) > start + 1 && +a.slice(1) < rowOf(s, "LOCATIONS"))
      .map(([, v]) => v);
    expect(block).toEqual([
      "Electric",
      "Gaffer",
      "Gaffer Gus",
      "Key Grip",
      "Key Grip Kai",
      "Camera",
      "Camera Operator",
      "Cam Op Cleo",
    ]);
  });

  test("a crew member with only date-only work that day is printed at the general crew call", () => {
    const cs = callSheet();
    cs.crew = cs.crew.map((c) => (c.resource === "C1" ? { ...c, call: null } : c));
    const s = sheet(cs);
    const row = rowOf(s, "Cam Op Cleo", "C");
    expect(
      allValues(s)
        .filter(([a]) => +a.slice(1) === row)
        .map(([, v]) => v),
    ).toEqual(["Camera Operator", "Cam Op Cleo", "06:00"]);
  });

  test("locations, equipment, deliveries, notes and the advance schedule are filled", () => {
    const s = sheet();
    expect(valueAt(s, `D${rowOf(s, "LOCATIONS") + 2}`)).toBe("12 Dock Rd, Springfield");
    expect(valueAt(s, `A${rowOf(s, "EQUIPMENT") + 2}`)).toBe("Technocrane");
    // Item, Qty, Arrives, Status, Vendor, Needed for.
    const del = rowOf(s, "DELIVERIES") + 1;
    expect(["A", "C", "D", "F", "H", "I"].map((c) => valueAt(s, `${c}${del}`))).toEqual([
      "Item",
      "Qty",
      "Arrives",
      "Status",
      "Vendor",
      "Needed for",
    ]);
    expect(["H", "I"].map((c) => valueAt(s, `${c}${del + 1}`))).toEqual(["FX Co", "Sc 14"]);
    expect(valueAt(s, `A${rowOf(s, "NOTES") + 2}`)).toBe("Rain effects after lunch");
    const adv = rowOf(s, "ADVANCE SCHEDULE");
    expect(valueAt(s, `A${adv + 1}`)).toBe("Tue 3 Mar 2026");
    expect(valueAt(s, `A${adv + 3}`)).toBe("20");
  });

  test.each<[string, Parameters<typeof callSheet>[0], string, string]>([
    ["no scenes", { scenes: [] }, "SCENES", "No scenes scheduled."],
    ["no cast", { cast: [] }, "CAST", "No cast called."],
    ["no equipment", { equipment: [] }, "EQUIPMENT", "No equipment booked."],
    ["no deliveries", { deliveries: [] }, "DELIVERIES", "No deliveries due."],
    ["no notes", { notes: [] }, "NOTES", "No notes."],
    ["last day", { advance: undefined }, "ADVANCE SCHEDULE", "No further shoot days scheduled."],
  ])("empty section keeps its header and says so: %s", (_n, partial, section, text) => {
    const s = sheet(callSheet(partial));
    const r = rowOf(s, section);
    const offset =
      section === "SCENES" || section === "CAST" || section === "EQUIPMENT" || section === "DELIVERIES" ? 2 : 1;
    expect(valueAt(s, `A${r + offset}`)).toBe(text);
  });

  test("the header falls back to the Production table, the call sheet's own header wins", () => {
    const model = smallModel();
    const s = buildCallSheet(callSheet({ header: { Director: "Ria Moss" } }), model);
    expect(allValues(s).map(([, v]) => v)).toContain("Ria Moss");
    expect(allValues(s).map(([, v]) => v)).not.toContain("Dana Cruz");
    expect(valueAt(s, "A1")).toBe("The Long Night");
  });

  test("Production rows the layout has no place for (Client, Agency) open the notes", () => {
    const s = buildCallSheet(
      callSheet({ header: { Director: "Ria Moss", Client: "Acme Foods", Agency: " Bright & Co ", Weather: "Sun" } }),
      smallModel(),
    );
    const notes = rowOf(s, "NOTES");
    expect([valueAt(s, `A${notes + 1}`), valueAt(s, `A${notes + 2}`)]).toEqual([
      "Client: Acme Foods",
      "Agency: Bright & Co",
    ]);
    expect(valueAt(s, `A${notes + 3}`)).not.toMatch(/^(Client|Agency):/);
    // Printed in their own places, not again in the notes.
    expect(
      allValues(s).filter(([, v]) => String(v).startsWith("Director:") || String(v).startsWith("Weather:")),
    ).toEqual([]);
  });

  test("one sheet per call sheet, keyed by date, named as allocated", () => {
    const report = smallReport({
      callSheets: [callSheet(), callSheet({ date: "2026-03-03", sheet: "Call Sheet Day 2", dayNumber: 2 })],
    });
    const sheets = buildWritePlan(report, smallModel()).sheets.filter((x) => x.kind === "call-sheet");
    expect(sheets.map((x) => [x.key, x.name])).toEqual([
      ["call-sheet:2026-03-02", "Call Sheet 2026-03-02"],
      ["call-sheet:2026-03-03", "Call Sheet Day 2"],
    ]);
  });
});
