/**
 * Set 5, workbook 1: header spellings and layout. A one-liner on a sheet named `one liner` (the role name in
 * another case and spacing) as a plain range under a two-line title block and a blank row (header in row 4),
 * every header an alias the contract lists, in unusual case and spacing (`  DAY DATE `, `Call` NBSP `Time`,
 * `Wrap` line-break `Time`, `1/8ths`, `Talent`, `Personnel`, `Gear`, `Priority Level`, `Needed By`, `After`,
 * `State`), columns in an unusual order (Date far right), an unknown column (`Wardrobe Changes`), a `Canceled` (US spelling)
 * strip, a blank row and a totals row under the strips. The Cast list is an Excel table at B3 under its own
 * title; the Crew range starts in row 3 under two empty rows; Equipment uses `Code`/`Item`/`Qty`; the Rules
 * range (`RULE SET`, `Min Rest (h)`, `Max  Day (h)`, `max consecutive days`, `Travel Buffer (min)`,
 * `Drop Days`) starts at B2. Every conflict below only fires if its aliased column was read.
 *
 * Cast: 1 Rosa Vance (Agreement SAG-AFTRA, Makeup 60), 2 Tom Reyes (Blackout Dates 3/9), 3 Iris Chen
 * (Drop OK yes, Makeup 30), 4 Omar Haddad (never works). Rules restate SAG-AFTRA (12 h / 14 h / 6) with Drop
 * Days 3 and define `Local 728` (Min Rest 11 h, Max Day 13 h). Crew G1 Sam Ruiz (Gaffer, Contract Local 728),
 * D1 Lena Park (Driver, IATSE by Type, Start Date 3/3, Until 3/4). Equipment CAM (Qty 2), CRANE (Qty 1).
 */
import ExcelJS from "exceljs";
import {
  at,
  callSheetNames,
  describeReport,
  saveAndCheck,
  timeFraction as tf,
  type CellInput,
  type ExpectedCallSheet,
  type ExpectedConflict,
  type ExpectedDoodRow,
  type NearMiss,
} from "../conformance/helpers";
import { plainRangeAt, tableAt } from "./sheets";

const HEADERS = [
  "Strip ID", // ID
  "Shoot Day #", // Shoot Day
  "Scene Number", // Scene
  "Slugline", // Set
  "int/ext", // I/E
  "Time of Day", // D/N
  "1/8ths", // Pages
  "Talent", // Cast
  "Personnel", // Crew
  "Gear", // Equipment
  "Shooting Location", // Location
  "Wardrobe Changes", // unknown: kept and ignored
  "Call\u00a0Time", // Start, with a non-breaking space (pasted from a PDF)
  "Wrap\nTime", // End, wrapped onto two lines in the cell (Alt+Enter)
  "  DAY DATE ", // Date
  "Priority Level", // Priority
  "Needed By", // Deadline
  "After", // Depends On
  "State", // Status
  "Remarks", // Notes
];
const TIME_COLUMNS = [12, 13];

// Excel rows 5..16 (title rows 1-2, blank row 3, header row 4); row 17 blank, row 18 a totals row.
// prettier-ignore
const STRIPS: (CellInput[] | null)[] = [
  /* 5 */ ["S1", 1, "1", "EXT. SALT FLATS", "EXT", "DAY", "2 4/8", "1, 2", "Gaffer", "CAM", "Salt Flats", 2, tf(7), tf(13), at(2026, 3, 2), "Low", null, null, null, "Sunrise plate"],
  /* 6 */ ["S2", 1, "2", "EXT. SALT FLATS - ROAD", "EXT", "DAY", "1 3/8", "1", "Sam Ruiz; Lena Park", "CAM", "Salt Flats", null, tf(14), tf(20), at(2026, 3, 2), null, null, null, null, null],
  /* 7 */ ["S3", 1, "3", "EXT. SALT FLATS - WRECK", "EXT", "DAY", "5/8", "3", null, "CAM", "Salt Flats", null, tf(15), tf(17), at(2026, 3, 2), null, null, null, "Canceled", "cut in blue revisions"],
  /* 8 */ ["S4", 1, "4", "EXT. SALT FLATS - RIDGE", "EXT", "DUSK", "2/8", "3", null, "cam", "Salt Flats", null, tf(16), tf(19), at(2026, 3, 2), null, null, null, null, null],
  /* 9 */ ["S5", 2, "7", "INT. MOTEL - OFFICE", "INT", "DAY", "1", "2, 3", "G1", "CRANE", "Desert Motel", null, "7:30 AM", tf(12), at(2026, 3, 3), null, null, null, null, null],
  /* 10 */ ["S6", 2, "8", "EXT. MOTEL - POOL", "EXT", "DAY", "3/8", "1", "Lena Park", "Technocrane", "Desert Motel", null, tf(11), tf(15), at(2026, 3, 3), null, null, null, null, null],
  /* 11 */ ["S7", 2, "9", "INT. MOTEL - ROOM 6", "INT", "NIGHT", "1 5/8", "1", "gaffer", null, "Desert Motel", 1, tf(15), "9:00 PM", at(2026, 3, 3), "Urgent", at(2026, 3, 3, 20, 30), null, null, null],
  /* 12 */ ["S8", 3, "10", "INT. DINER", "INT", "DAY", "2", "1", "Sam Ruiz", null, "Roadside Diner", null, tf(7, 30), tf(17), at(2026, 3, 4), null, "3/4/2026", "S7", null, null],
  /* 13 */ ["S9", 3, "11", "EXT. DINER - LOT", "EXT", "DAY", "6/8", "2", "D1", null, "Roadside Diner", null, tf(12), tf(16), at(2026, 3, 4), null, null, " S8 ", null, null],
  /* 14 */ ["S10", 4, "20", "EXT. SALT FLATS - CAMP", "EXT", "DAY", "1 1/8", "3, 2", null, null, "Salt Flats", null, tf(7), tf(12), at(2026, 3, 9), null, null, null, null, null],
  /* 15 */ ["S11", 4, "21", "EXT. HIGHWAY", "EXT", "DAY", "1/8", null, "Lena Park", null, "Salt Flats", null, tf(8), tf(10), at(2026, 3, 9), null, null, null, null, null],
  /* 16 */ ["S12", 5, "22", "EXT. SALT FLATS - DAWN", "EXT", "DAWN", "4/8", "1; 3", null, null, "Salt Flats", null, null, null, at(2026, 3, 10), null, null, null, null, "date only: weather cover"],
  /* 17 */ null,
  /* 18 */ ["TOTAL PAGES", null, null, null, null, null, "12 7/8", null, null, null, null, null, null, null, null, null, null, null, null, null],
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();

  const one = wb.addWorksheet("one liner");
  one.getCell("A1").value = "THE SALT ROAD — ONE-LINER (BLUE REVISIONS)";
  one.getCell("A1").font = { bold: true, size: 16 };
  one.mergeCells(1, 1, 1, HEADERS.length);
  one.getCell("A2").value = "Printed 3/1/2026 · Director M. Ortiz · 1st AD K. Bell";
  plainRangeAt(one, HEADERS, STRIPS, { headerRow: 4, timeColumns: TIME_COLUMNS });
  one.getRow(18).font = { bold: true };

  const cast = wb.addWorksheet("Cast");
  cast.getCell("B1").value = "CAST LIST — BLUE 3/1";
  cast.getCell("B1").font = { bold: true };
  tableAt(
    cast,
    "tblCastList",
    "B3",
    ["CAST ID", "Actor", "Character", "Agreement", "Makeup", "Drop OK", "Blackout Dates", "Mobile"],
    [
      [1, "Rosa Vance", "ROSA", "SAG-AFTRA", 60, "no", null, "555-0101"],
      [2, "Tom Reyes", "ELI", null, null, null, "3/9/2026", "555-0102"],
      [3, "Iris Chen", "NELL", null, 30, "Yes", null, null],
      [4, "Omar Haddad", "PRIEST", null, null, null, null, null],
    ],
  );

  const crew = wb.addWorksheet("Crew");
  plainRangeAt(
    crew,
    ["Code", "Full Name", "Position", "Dept", "Contract", "Start Date", "Until", "Rate"],
    [
      ["G1", "Sam Ruiz", "Gaffer", "Electric", "Local 728", null, null, 650],
      ["D1", "Lena Park", "Driver", "Transport", null, "3/3/2026", at(2026, 3, 4), 400],
    ],
    { headerRow: 3 },
  );

  const equipment = wb.addWorksheet("Equipment");
  plainRangeAt(
    equipment,
    ["Code", "Item", "Qty", "Category"],
    [
      ["CAM", "Camera Package", 2, "equipment"],
      ["CRANE", "Technocrane", 1, "equipment"],
    ],
    { headerRow: 1 },
  );

  const rules = wb.addWorksheet("Rules");
  plainRangeAt(
    rules,
    ["RULE SET", "Min Rest (h)", "Max  Day (h)", "max consecutive days", "Travel Buffer (min)", "Drop Days"],
    [
      ["SAG-AFTRA", 12, 14, 6, 30, 3],
      ["Local 728", 11, 13, 6, 30, null],
    ],
    { headerRow: 2, firstColumn: 2 },
  );
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "unavailable",
    severity: "error",
    resource: "D1",
    items: ["S2"],
    date: "2026-03-02",
    why: "Lena's Start Date (Available From) is 3/3; S2 (Personnel `Sam Ruiz; Lena Park`) is on 3/2",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "CRANE",
    items: ["S5", "S6"],
    date: "2026-03-03",
    magnitude: 1,
    why: "Gear `CRANE` (ID) 07:30-12:00 and `Technocrane` (Item = Name) 11:00-15:00, Qty 1",
  },
  {
    type: "long-day",
    severity: "warning",
    resource: "G1",
    items: ["S5", "S7"],
    date: "2026-03-03",
    why: "Sam (Contract Local 728, Max Day 13 h) 07:30 (`7:30 AM`) to 21:00 (`9:00 PM`) = 13 h 30 (would be fine under IATSE 14 h)",
  },
  {
    type: "deadline",
    severity: "error",
    items: ["S7"],
    date: "2026-03-03",
    why: "S7 wraps 21:00, `Needed By` (Deadline) 3/3 20:30",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "G1",
    items: ["S7", "S8"],
    date: "2026-03-04",
    magnitude: 30,
    why: "Sam wraps 21:00 on 3/3 and calls 07:30 on 3/4: 10 h 30 for Local 728's Min Rest (h) 11 (IATSE's 10 would pass)",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "1",
    items: ["S7", "S8"],
    date: "2026-03-04",
    magnitude: 150,
    why: "Rosa wraps 21:00, calls 07:30 less Makeup 60 = 06:30: 9 h 30 for 12 h",
  },
  {
    type: "dependency",
    severity: "error",
    items: ["S8", "S9"],
    date: "2026-03-04",
    why: "S9 (`After` ` S8 `, padded) starts 12:00, S8 ends 17:00",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "2",
    items: ["S10"],
    date: "2026-03-09",
    why: "Tom's `Blackout Dates` (Unavailable) 3/9/2026; Talent `3, 2`",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "D1",
    items: ["S11"],
    date: "2026-03-09",
    why: "Lena's `Until` (Available To) is 3/4",
  },
];

const NEAR_MISSES: NearMiss[] = [
  {
    type: "long-day",
    resource: "1",
    items: ["S1", "S2"],
    why: "Rosa 07:00 less Makeup 60 = 06:00 to 20:00: exactly 14 h",
  },
  {
    type: "long-day",
    resource: "G1",
    items: ["S1", "S2"],
    why: "Sam (as `Gaffer`, then `Sam Ruiz`) 07:00-20:00: exactly Local 728's 13 h",
  },
  {
    type: "turnaround",
    resource: "3",
    items: ["S4", "S5"],
    why: "Iris wraps 19:00, calls 07:30 less Makeup 30 = 07:00: exactly 12 h",
  },
  {
    type: "double-booking",
    resource: "CAM",
    items: ["S2", "S4"],
    why: "CAM Qty 2: S2 and S4 (`cam`) overlap, the Canceled S3 would make 3",
  },
  {
    type: "double-booking",
    resource: "3",
    items: ["S4"],
    why: "Iris's overlapping S3 is Canceled (State)",
  },
  {
    type: "unavailable",
    resource: "D1",
    items: ["S6"],
    why: "3/3 is Lena's Start Date itself",
  },
  {
    type: "unavailable",
    resource: "D1",
    items: ["S9"],
    why: "3/4 is Lena's Until date itself",
  },
  {
    type: "deadline",
    items: ["S8"],
    why: "S8 ends 17:00, Needed By `3/4/2026` (date-only: end of day)",
  },
  {
    type: "dependency",
    items: ["S7", "S8"],
    why: "S8 (After S7) starts 3/4 07:30, S7 ended 3/3 21:00",
  },
];

const DAYS = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-09", "2026-03-10"];

const DOOD_ROWS: ExpectedDoodRow[] = [
  { resource: "1", codes: ["SW", "W", "W", "H", "WF"], work: 4, hold: 1, start: "2026-03-02", finish: "2026-03-10" },
  { resource: "2", codes: ["SW", "W", "W", "WF", ""], work: 4, hold: 0, start: "2026-03-02", finish: "2026-03-09" },
  // Drop OK + Drop Days 3: 3/4..3/8 is a 5-day gap, so 3/3 is WD, 3/9 PW and 3/4 blank.
  { resource: "3", codes: ["SW", "WD", "", "PW", "WF"], work: 4, hold: 0, start: "2026-03-02", finish: "2026-03-10" },
  { resource: "4", codes: ["", "", "", "", ""], work: 0, hold: 0 },
];

const CALL_SHEETS: ExpectedCallSheet[] = [
  {
    date: "2026-03-02",
    items: ["S1", "S2", "S4"],
    cast: [
      { resource: "1", status: "SW", call: "06:00" },
      { resource: "2", status: "SW", call: "07:00" },
      { resource: "3", status: "SW", call: "15:30" },
    ],
  },
  {
    date: "2026-03-03",
    items: ["S5", "S6", "S7"],
    cast: [
      { resource: "1", status: "W", call: "10:00" },
      { resource: "2", status: "W", call: "07:30" },
      { resource: "3", status: "WD", call: "07:00" },
    ],
  },
  {
    date: "2026-03-04",
    items: ["S8", "S9"],
    cast: [
      { resource: "1", status: "W", call: "06:30" },
      { resource: "2", status: "W", call: "12:00" },
    ],
  },
  {
    date: "2026-03-09",
    items: ["S10", "S11"],
    cast: [
      { resource: "2", status: "WF", call: "07:00" },
      { resource: "3", status: "PW", call: "06:30" },
    ],
  },
  {
    date: "2026-03-10",
    items: ["S12"],
    cast: [
      { resource: "1", status: "WF", call: null },
      { resource: "3", status: "WF", call: null },
    ],
  },
];

describeReport(
  "conformance set 5: header aliases, title blocks and unusual layout",
  () => saveAndCheck(buildWorkbook(), "1-aliases-and-layout.xlsx", "conformance5"),
  {
    issues: {
      title: "no data issues: title rows, the unknown column, the blank row and the totals row are not problems",
      keys: [],
    },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
    dood: { title: "DOOD: Drop OK with Rules' Drop Days 3; H for Rosa; Omar never works", days: DAYS, rows: DOOD_ROWS },
    callSheets: {
      title: "call sheets: Makeup as Lead Time, DOOD codes, null calls for date-only work",
      sheets: CALL_SHEETS,
      names: DAYS.map((date, i) => ({ date, sheet: `Call Sheet Day ${i + 1}` })),
    },
  },
  (report) => {
    test("priorities rank the 11 live strips (the header is row 4; Canceled S3 and the totals row are not ranked)", () => {
      expect(
        report()
          .priorities.map((p) => p.item)
          .sort(),
      ).toEqual(["S1", "S10", "S11", "S12", "S2", "S4", "S5", "S6", "S7", "S8", "S9"]);
    });

    // Was an engine disagreement (SECTION.md): the dateless totals row (`TOTAL PAGES` in the ID column, row 18)
    // was kept as an undated item. A totals row is not a scheduled item: it is now skipped like a banner.
    test("summary.items counts the 11 live strips, not the totals row", () => {
      expect(report().summary.items).toBe(11);
    });

    test("resources from the Cast table at B3, the Crew range at row 3 and Equipment: 8", () => {
      expect(report().summary.resources).toBe(8);
    });

    test("Priority Level: the Urgent strip ranks above the Low one", () => {
      const rank = (id: string): number => report().priorities.find((p) => p.item === id)?.rank ?? NaN;
      expect(rank("S7")).toBeLessThan(rank("S1"));
    });

    test("call sheets are named by the `Shoot Day #` column", () => {
      expect(callSheetNames(report()).map((s) => s.sheet)).toEqual(DAYS.map((_d, i) => `Call Sheet Day ${i + 1}`));
    });

    test("`1/8ths` (Pages) reach the call-sheet scenes as eighths", () => {
      const scenes = report().callSheets.flatMap((s) => s.scenes);
      const pages = (id: string): string | undefined => scenes.find((s) => s.item === id)?.pages;
      expect(pages("S1")).toBe("2 4/8");
      expect(pages("S2")).toBe("1 3/8");
      expect(pages("S8")).toBe("2");
    });
  },
);
