/**
 * Set 2, workbook 1: a stripboard split over two weekly sheets ("Week 1", "Week 2"), each an Excel table
 * ("tblWeek1", "tblWeek2"). Neither the sheet nor the table name names a role, so the role comes from the
 * headers. A "Shoot Day" column (call sheets are "Call Sheet Day N"), day-break banner rows that fill only the
 * first column ("END OF DAY 1 — 3 4/8 pgs", no Date), "Omitted" strips, text times "7a", "6:30p", "1900", "2a",
 * "1:30p", "0800", "7:30 AM" and text date-times "3/3/2026 14:00". Expectations are worked out by hand from the
 * contract (see each `why`).
 *
 * Cast (SAG-AFTRA by Type: Min Rest 12 h, Max Day 14 h): #1 Ada Stone, #2 Ben Cole, #3 Cleo Park (only in an
 * Omitted strip: never works).
 */
import ExcelJS from "exceljs";
import {
  at,
  callSheetNames,
  describeReport,
  plainSheet,
  saveAndCheck,
  type CellInput,
  type ExpectedCallSheet,
  type ExpectedConflict,
  type ExpectedDoodRow,
  type NearMiss,
} from "../conformance/helpers";

const HEADERS = [
  "Shoot Day",
  "Strip ID",
  "Scene #",
  "I/E",
  "Set",
  "D/N",
  "Pgs",
  "Cast",
  "Shoot Date",
  "Call",
  "Wrap",
  "Location",
  "Status",
];
const DATE_COLUMN = 9;

/** A day-break banner: text in the first column only, the rest of the row empty (as stripboards print them). */
function banner(text: string): CellInput[] {
  return [text, ...HEADERS.slice(1).map(() => null)];
}

// Excel rows 2..11 of "Week 1" (header in row 1).
const WEEK_1: CellInput[][] = [
  [1, "1A", 1, "EXT", "FARMHOUSE PORCH", "D", "1 4/8", "1, 2", at(2026, 3, 2), "7a", "11:30", "Hollis Farm", null],
  [1, "1B", 4, "INT", "KITCHEN", "D", 2, "1", at(2026, 3, 2), "12:30", "6:30p", "Hollis Farm", null],
  [1, "1C", 9, "INT", "BARN LOFT", "N", "4/8", "1, 3", at(2026, 3, 2), "13:00", "14:00", "Hollis Farm", "Omitted"],
  banner("END OF DAY 1 — 3 4/8 pgs"),
  [
    2,
    "2A",
    12,
    "EXT",
    "ORCHARD",
    "D",
    "1 2/8",
    "1",
    at(2026, 3, 3),
    "3/3/2026 14:00",
    "3/3/2026 18:00",
    "Hollis Farm",
    null,
  ],
  [2, "2B", 14, "EXT", "ORCHARD", "N", "1 4/8", "1; 2", at(2026, 3, 3), "1900", "2a", "Hollis Farm", null],
  banner("END OF DAY 2 — 2 6/8 pgs"),
  [3, "3A", 20, "INT", "BARN", "D", "2/8", "2", at(2026, 3, 4), "1:30p", "5p", "Hollis Farm", null],
  [3, "3B", 21, "INT", "BARN", "D", "1", "1", at(2026, 3, 4), "2p", "6p", "Hollis Farm", null],
  banner("END OF DAY 3 — 1 2/8 pgs"),
];

// Excel rows 2..6 of "Week 2". The Omitted strip is the only one dated 3/10: 3/10 is no shoot day.
const WEEK_2: CellInput[][] = [
  [4, "4A", 30, "INT", "FARMHOUSE PARLOR", "D", "3", "1", at(2026, 3, 9), "0800", "1200", "Hollis Farm", null],
  [null, "4X", 31, "INT", "PARLOR", "N", "6/8", "2", at(2026, 3, 10), "0800", "1000", "Hollis Farm", "Omitted"],
  banner("END OF DAY 4 — 3 pgs"),
  [5, "5A", 40, "EXT", "FIELD", "D", "2", "1, 2", at(2026, 3, 11), "7:30 AM", "6:30p", "Hollis Farm", null],
  banner("END OF DAY 5 — 2 pgs"),
];

function weekSheet(wb: ExcelJS.Workbook, sheetName: string, tableName: string, rows: CellInput[][]): void {
  const ws = wb.addWorksheet(sheetName);
  ws.addTable({
    name: tableName,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium9", showRowStripes: false },
    columns: HEADERS.map((name) => ({ name, filterButton: true })),
    rows,
  });
  rows.forEach((r, i) => {
    if (r[DATE_COLUMN - 1] instanceof Date) ws.getRow(2 + i).getCell(DATE_COLUMN).numFmt = "ddd m/d/yyyy";
    // Banners are bold across the strip, the way stripboards print them.
    if (r[1] === null) ws.getRow(2 + i).font = { bold: true };
  });
  ws.columns.forEach((c) => (c.width = 14));
}

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  weekSheet(wb, "Week 1", "tblWeek1", WEEK_1);
  weekSheet(wb, "Week 2", "tblWeek2", WEEK_2);
  plainSheet(
    wb,
    "Cast",
    ["Cast #", "Name", "Character"],
    [
      [1, "Ada Stone", "HANNAH"],
      [2, "Ben Cole", "WALT"],
      [3, "Cleo Park", "JUNE"],
    ],
  );
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "turnaround",
    severity: "error",
    resource: "2",
    items: ["2B", "3A"],
    date: "2026-03-04",
    magnitude: 30,
    why: "#2 wraps 2B at 02:00 on 3/4 (1900 -> 2a is a night shoot), calls 1:30p: 11 h 30 min for 12 h",
  },
];

const NEAR_MISSES: NearMiss[] = [
  {
    type: "turnaround",
    resource: "1",
    items: ["2B", "3B"],
    why: "#1 wraps 02:00, calls 2p: exactly 12 h",
  },
  {
    type: "double-booking",
    resource: "1",
    items: ["1B", "1C"],
    why: "1C (13:00-14:00) overlaps 1B for #1 but is Omitted",
  },
  {
    type: "long-day",
    resource: "1",
    items: ["2A", "2B"],
    why: "#1 14:00 (text date-time) to 02:00 is 12 h <= 14 h",
  },
  {
    type: "turnaround",
    resource: "1",
    items: ["1B", "2A"],
    why: "#1 18:30 -> 14:00 next day is 19 h 30 min",
  },
];

const SHOOT_DAYS = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-09", "2026-03-11"];

const EXPECTED_DOOD_ROWS: ExpectedDoodRow[] = [
  { resource: "1", codes: ["SW", "W", "W", "W", "WF"], work: 5, hold: 0, start: "2026-03-02", finish: "2026-03-11" },
  { resource: "2", codes: ["SW", "W", "W", "H", "WF"], work: 4, hold: 1, start: "2026-03-02", finish: "2026-03-11" },
  // Only in Omitted strips: a cast row with no codes.
  { resource: "3", codes: ["", "", "", "", ""], work: 0, hold: 0 },
];

const EXPECTED_CALL_SHEETS: ExpectedCallSheet[] = [
  {
    date: "2026-03-02",
    items: ["1A", "1B"],
    cast: [
      { resource: "1", status: "SW", call: "07:00" },
      { resource: "2", status: "SW", call: "07:00" },
    ],
  },
  {
    date: "2026-03-03",
    items: ["2A", "2B"],
    cast: [
      { resource: "1", status: "W", call: "14:00" },
      { resource: "2", status: "W", call: "19:00" },
    ],
  },
  {
    date: "2026-03-04",
    items: ["3A", "3B"],
    cast: [
      { resource: "1", status: "W", call: "14:00" },
      { resource: "2", status: "W", call: "13:30" },
    ],
  },
  { date: "2026-03-09", items: ["4A"], cast: [{ resource: "1", status: "W", call: "08:00" }] },
  {
    date: "2026-03-11",
    items: ["5A"],
    cast: [
      { resource: "1", status: "WF", call: "07:30" },
      { resource: "2", status: "WF", call: "07:30" },
    ],
  },
];

describeReport(
  "conformance set 2: stripboard split over weekly sheets with banners and Omitted strips",
  () => saveAndCheck(buildWorkbook(), "1-split-stripboard.xlsx", "conformance2"),
  {
    issues: { title: "banner rows are not data issues", keys: [] },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
    dood: {
      title: "DOOD: 3/10 (only an Omitted strip) is no shoot day; H for #2 on 3/9; #3 never works",
      days: SHOOT_DAYS,
      rows: EXPECTED_DOOD_ROWS,
    },
    callSheets: {
      title: "call sheets: items, cast, DOOD code and first call (text times and date-times)",
      sheets: EXPECTED_CALL_SHEETS,
    },
  },
  (report) => {
    test("both weekly tables are read as one schedule of 8 strips: banners are not items", () => {
      expect(report().summary.items).toBe(8);
    });

    test("priorities rank every non-omitted strip of both weeks 1..n", () => {
      const ids = report()
        .priorities.map((p) => p.item)
        .sort();
      expect(ids).toEqual(["1A", "1B", "2A", "2B", "3A", "3B", "4A", "5A"]);
      expect(
        report()
          .priorities.map((p) => p.rank)
          .sort((a, b) => a - b),
      ).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    });

    test("call sheets are named by the Shoot Day column", () => {
      expect(callSheetNames(report())).toEqual([
        { date: "2026-03-02", sheet: "Call Sheet Day 1" },
        { date: "2026-03-03", sheet: "Call Sheet Day 2" },
        { date: "2026-03-04", sheet: "Call Sheet Day 3" },
        { date: "2026-03-09", sheet: "Call Sheet Day 4" },
        { date: "2026-03-11", sheet: "Call Sheet Day 5" },
      ]);
      expect(report().callSheets.map((s) => s.shootDay)).toEqual([1, 2, 3, 4, 5]);
    });
  },
);
