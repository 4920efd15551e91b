/**
 * Set 5, workbook 3: several tables of different kinds. A `Production` sheet of key/value rows for the call-sheet
 * header; the main unit's schedule as an Excel table (`tblMain`, with Excel's Total Row turned on) on `Unit A`
 * with a stray note and a date typed under the table (a sheet that holds an Excel table is read through its
 * table only); a second-unit
 * schedule as a plain range on `Splinter Unit` (a name that names no role) with other aliases (`Strip ID`,
 * `Day`, `Call`, `Wrap`, `Sc`) and fewer columns, merged into one schedule; Cast as an Excel table, Crew as a
 * plain range, a `Locations` sheet (Type location by sheet name; the Location cells book them); a `Travel Times`
 * sheet; availability windows as an Excel table on a sheet named `Holds & Fittings` (placed by its headers),
 * with Kind typed `Fitting`, `HOLD`, `travel` and blank, Resource given as ID, lower-case name and Role, and
 * From/To as date cells, a text date, and text date-times (`3/3/2026 1:00 PM`, `3/3/2026 15:00`).
 *
 * Cast (SAG-AFTRA by Type): 1 Nora Quinn (NORA, Makeup 45), 2 Eli Brandt (SHERIFF), 3 Wes Tanaka (DEPUTY).
 * Crew (IATSE by Type): P1 Kai Moreno (Camera Operator), P2 Ria Singh (Driver). Locations L1 Ridge Lookout,
 * L2 Quinn Ranch, L3 Main St Diner. Travel Ridge Lookout <-> Quinn Ranch 50 min (symmetric).
 */
import ExcelJS from "exceljs";
import {
  at,
  callSheetNames,
  describeReport,
  plainSheet,
  saveAndCheck,
  timeFraction as tf,
  type CellInput,
  type ExpectedCallSheet,
  type ExpectedConflict,
  type ExpectedDoodRow,
  type NearMiss,
} from "../conformance/helpers";
import { plainRangeAt, tableAt } from "./sheets";

const PRODUCTION: [string, string][] = [
  ["Title", "NORTHBOUND"],
  ["Director", "Hana Roth"],
  ["1st AD", "Cal Ibsen"],
  ["Production Office", "12 Depot St, Suite 4"],
  ["Nearest Hospital", "St. Brigid Medical Center"],
  ["Hospital Address", "88 Lake Rd"],
  ["Crew Parking", "Grange Hall lot"],
  ["Basecamp", "Fairgrounds"],
  ["Weather", "Clear, 14°C"],
  ["Sunrise", "6:42 AM"],
  ["Sunset", "6:08 PM"],
];

// Unit A, Excel table at A1: Excel rows 2..7.
const UNIT_A_HEADERS = ["ID", "Shoot Day", "Date", "Start", "End", "Scene", "Set", "Pages", "Cast", "Crew", "Location"];
// prettier-ignore
const UNIT_A: ExcelJS.CellValue[][] = [
  /* 2 */ ["A1", 1, at(2026, 3, 2), tf(7), tf(12), "1", "EXT. RIDGE", "2", "1, 2", "Kai Moreno", "Ridge Lookout"],
  /* 3 */ ["A2", 1, at(2026, 3, 2), tf(12, 45), tf(15), "2", "EXT. RANCH GATE", "1 1/8", "1", "P1; P2", "Quinn Ranch"],
  /* 4 */ ["A3", 2, at(2026, 3, 3), tf(8), tf(12), "5", "INT. DINER", "3/8", "2, 3", "P1", "Main St Diner"],
  /* 5 */ ["A4", 2, at(2026, 3, 3), tf(14), tf(16), "6", "INT. DINER - BOOTH", "1", "2", "Camera Operator", "Main St Diner"],
  /* 6 */ ["A5", 3, at(2026, 3, 4), tf(6), tf(10), "9", "EXT. RANCH - CORRAL", "2 2/8", "1, 3", null, "Quinn Ranch"],
  /* 7 */ ["A6", 4, at(2026, 3, 6), null, null, "12", "EXT. RIDGE - DAWN", "4/8", "2", null, "Ridge Lookout"],
];

// Splinter Unit, plain range at A1: Excel rows 2..4.
const SPLINTER_HEADERS = ["Strip ID", "Day", "Date", "Call", "Wrap", "Sc", "Cast", "Crew", "Location"];
// prettier-ignore
const SPLINTER: CellInput[][] = [
  /* 2 */ ["B1", 1, at(2026, 3, 2), "11:00", "14:00", "30", null, "P2", "Main St Diner"],
  /* 3 */ ["B2", 2, at(2026, 3, 3), "12:30", "14:00", "31", "3", null, "Quinn Ranch"],
  /* 4 */ ["B3", 3, at(2026, 3, 4), "18:00", "23:00", "32", "1", null, "Ridge Lookout"],
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();

  const prod = wb.addWorksheet("Production");
  for (const [k, v] of PRODUCTION) prod.addRow([k, v]);
  prod.getColumn(1).font = { bold: true };
  prod.columns.forEach((c) => (c.width = 24));

  const unitA = wb.addWorksheet("Unit A");
  // Excel's Total Row on (row 8): `Total` under ID, a count of scenes under Scene.
  tableAt(unitA, "tblMain", "A1", UNIT_A_HEADERS, UNIT_A, [3, 4], {
    0: { totalsRowLabel: "Total" },
    5: { totalsRowFunction: "count" },
  });
  // A coordinator's note under the table, with a date in the Date column's position: not part of the table.
  unitA.getCell("A10").value = "NOTE: wrap party";
  unitA.getCell("C10").value = at(2026, 3, 5);
  unitA.getCell("C10").numFmt = "m/d/yyyy";
  unitA.getCell("D10").value = "8:00 PM";

  const splinter = wb.addWorksheet("Splinter Unit");
  plainRangeAt(splinter, SPLINTER_HEADERS, SPLINTER, { headerRow: 1 });

  const cast = wb.addWorksheet("Cast");
  tableAt(
    cast,
    "tblCast",
    "A1",
    ["Cast #", "Name", "Character", "Makeup"],
    [
      [1, "Nora Quinn", "NORA", 45],
      [2, "Eli Brandt", "SHERIFF", null],
      [3, "Wes Tanaka", "DEPUTY", null],
    ],
  );
  plainSheet(
    wb,
    "Crew",
    ["ID", "Name", "Position", "Department"],
    [
      ["P1", "Kai Moreno", "Camera Operator", "Camera"],
      ["P2", "Ria Singh", "Driver", "Transport"],
    ],
  );
  plainSheet(
    wb,
    "Locations",
    ["ID", "Name", "Capacity", "Notes"],
    [
      ["L1", "Ridge Lookout", null, "Hwy 9 mile 12"],
      ["L2", "Quinn Ranch", null, "400 Ranch Rd"],
      ["L3", "Main St Diner", null, "Main & 3rd"],
    ],
  );
  plainSheet(wb, "Travel Times", ["From", "To", "Minutes"], [["Ridge Lookout", "Quinn Ranch", 50]]);

  const windows = wb.addWorksheet("Holds & Fittings");
  tableAt(
    windows,
    "tblWindows",
    "A1",
    ["Resource", "From", "To", "Kind", "Notes"],
    [
      ["3", at(2026, 3, 2), null, "Fitting", "wardrobe, Costume House"],
      ["nora quinn", "3/6/2026", null, "HOLD", "weather cover"],
      ["DEPUTY", at(2026, 3, 6), at(2026, 3, 6), "travel", "flies home"],
      ["Kai Moreno", "3/3/2026 1:00 PM", "3/3/2026 15:00", null, "doctor"],
    ],
  );
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "travel",
    severity: "warning",
    resource: "1",
    items: ["A1", "A2"],
    date: "2026-03-02",
    magnitude: 5,
    why: "Nora: Ridge Lookout until 12:00, Quinn Ranch at 12:45: 45 min for the Travel Times row's 50",
  },
  {
    type: "travel",
    severity: "warning",
    resource: "P1",
    items: ["A1", "A2"],
    date: "2026-03-02",
    magnitude: 5,
    why: "Kai: the same move (the 30 min default buffer would pass)",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "P2",
    items: ["A2", "B1"],
    date: "2026-03-02",
    magnitude: 1,
    why: "Ria on the main unit 12:45-15:00 and the splinter unit 11:00-14:00; schedule order is table order",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "P1",
    items: ["A4"],
    date: "2026-03-03",
    why: "Kai's window 13:00-15:00 (Kind blank = unavailable) meets A4 14:00-16:00 (Crew by Role)",
  },
  {
    type: "long-day",
    severity: "warning",
    resource: "1",
    items: ["A5", "B3"],
    date: "2026-03-04",
    why: "Nora 06:00 (main unit) less Makeup 45 = 05:15 to 23:00 (splinter unit): 17 h 45",
  },
];

const NEAR_MISSES: NearMiss[] = [
  {
    type: "travel",
    resource: "3",
    items: ["A3", "B2"],
    why: "Wes: Diner until 12:00, Quinn Ranch 12:30: exactly the 30 min default buffer",
  },
  { type: "unavailable", resource: "P1", items: ["A3"], why: "Kai's window starts at 13:00, A3 ends 12:00" },
  { type: "double-booking", resource: "L3", items: ["A3", "A4"], why: "the Diner 08:00-12:00 then 14:00-16:00" },
  { type: "double-booking", resource: "L2", items: ["A2", "B2"], why: "Quinn Ranch on different dates" },
  { type: "unavailable", resource: "3", items: ["A3"], why: "a fitting is not unavailability" },
  { type: "unavailable", resource: "2", items: ["A6"], why: "Wes's travel window is on 3/6, not Eli's" },
  { type: "travel", resource: "P2", items: ["B1", "A2"], why: "Ria's two items overlap (double-booking, not travel)" },
];

const DAYS = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-06"];

const DOOD_ROWS: ExpectedDoodRow[] = [
  { resource: "1", codes: ["SW", "H", "WF", "H"], work: 2, hold: 2, start: "2026-03-02", finish: "2026-03-04" },
  { resource: "2", codes: ["SW", "W", "H", "WF"], work: 3, hold: 1, start: "2026-03-02", finish: "2026-03-06" },
  {
    resource: "3",
    codes: ["F", "SW", "WF", "T"],
    work: 2,
    hold: 0,
    travel: 1,
    start: "2026-03-03",
    finish: "2026-03-04",
  },
];

const CALL_SHEETS: ExpectedCallSheet[] = [
  {
    date: "2026-03-02",
    items: ["A1", "A2", "B1"],
    cast: [
      { resource: "1", status: "SW", call: "06:15" },
      { resource: "2", status: "SW", call: "07:00" },
    ],
  },
  {
    date: "2026-03-03",
    items: ["A3", "A4", "B2"],
    cast: [
      { resource: "2", status: "W", call: "08:00" },
      { resource: "3", status: "SW", call: "08:00" },
    ],
  },
  {
    date: "2026-03-04",
    items: ["A5", "B3"],
    cast: [
      { resource: "1", status: "WF", call: "05:15" },
      { resource: "3", status: "WF", call: "06:00" },
    ],
  },
  { date: "2026-03-06", items: ["A6"], cast: [{ resource: "2", status: "WF", call: null }] },
];

describeReport(
  "conformance set 5: Excel tables and plain ranges together, two schedules merged, windows placed by headers",
  () => saveAndCheck(buildWorkbook(), "3-several-tables.xlsx", "conformance5"),
  {
    issues: { title: "no data issues (the table's Total Row and the note under tblMain are not read)", keys: [] },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
    dood: {
      title: "DOOD: fitting before the first work day (F), hold and travel windows after the last (H, T)",
      days: DAYS,
      rows: DOOD_ROWS,
    },
    callSheets: {
      title: "call sheets across both units: items, cast, codes, calls",
      sheets: CALL_SHEETS,
      names: DAYS.map((date, i) => ({ date, sheet: `Call Sheet Day ${i + 1}` })),
    },
  },
  (report) => {
    test("both schedules are one list of 9 items (the Total Row is none); 3/5 (the note under the table) is no shoot day", () => {
      expect(report().summary.items).toBe(9);
      expect(report().priorities).toHaveLength(9);
      expect(report().dood.days).not.toContain("2026-03-05");
    });

    test("resources merged from Cast (table), Crew (range) and Locations: 8", () => {
      expect(report().summary.resources).toBe(8);
    });

    test("call sheets are named by `Shoot Day` (main) and `Day` (splinter)", () => {
      expect(callSheetNames(report()).map((s) => s.sheet)).toEqual([
        "Call Sheet Day 1",
        "Call Sheet Day 2",
        "Call Sheet Day 3",
        "Call Sheet Day 4",
      ]);
    });

    test("every Production value reaches every call-sheet header", () => {
      for (const sheet of report().callSheets) {
        const values = Object.values(sheet.header);
        for (const [, v] of PRODUCTION) expect(values).toContain(v);
      }
    });

    test("crew calls: Kai 07:00 and Ria 11:00 on day 1 (crew from the Crew range, by Name and ID)", () => {
      const day1 = report().callSheets[0];
      const call = (id: string): string | null | undefined => day1?.crew.find((c) => c.resource === id)?.call;
      expect(call("P1")).toBe("07:00");
      expect(call("P2")).toBe("11:00");
    });
  },
);
