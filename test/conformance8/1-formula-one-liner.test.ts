/**
 * Set 8, workbook 1: a one-liner kept with formulas, on a sheet whose name needs quoting (`Sched. (v2)`), reading
 * its cast from `Cast & Crew` (a name that names no role: placed by headers, with a `Type` column). File features:
 * a merged title row; frozen panes; `Shoot Day` as formulas (`=ROW()-2`, `=A3`, `=A5+1`) and `Shoot Date` as
 * formulas (`=B3`, `=B9+1`) with cached results; `Cast` as `=VLOOKUP(H3,'Cast & Crew'!$A:$B,2,FALSE)` on a
 * helper `Char #` column (the cached Name is the token); a rich-text Cast cell and a rich-text Set and header; a
 * cast number stored as text; a day-break banner merged across the row; in a variant, a Date merged down over
 * two strips (B7:B8) and a Location merged down over the same two strips (K7:K8); a hidden row (a strip) and a hidden
 * column (`Crew`); a `TOTAL PAGES` row with `=SUM()`; Call/Wrap as time fractions and as text.
 *
 * Cast & Crew: 1 Ava Stone (Makeup 60), 2 Ben Ortiz (rich text name), 3 Cy Park (`=PROPER("cy park")`,
 * Makeup 30), C1 Dee Lund (crew, Gaffer), C2 Eli Fox (crew, never scheduled). No ID column: items are row:N.
 *
 * Contract choices (silent points): hidden rows and columns are read (the contract reads the table or used
 * range, and says nothing of visibility); a formula cell is its cached result; rich text is its plain text; a
 * cell merged over several rows holds its value for every row it covers (how a coordinator reads a merged
 * Date or Location block).
 */
import ExcelJS from "exceljs";
import {
  at,
  callSheetView,
  conflictKeys,
  describeReport,
  doodView,
  findConflict,
  issueKeys,
  sortedCallSheets,
  styleHeader,
  timeFraction as tf,
  type ExpectedCallSheet,
  type ExpectedConflict,
  type ExpectedDoodRow,
  type NearMiss,
} from "../conformance/helpers";
import { formula, put, rich, saveAndCheck8, typedAsText } from "./xlsx";

const HEADERS = [
  "Shoot Day",
  "Shoot Date",
  "Call",
  "Wrap",
  "Sc.",
  "Set",
  "Pgs",
  "Char #",
  "Cast",
  "Crew",
  "Location",
  "Notes",
];
const lookup = (row: number, name: string): ExcelJS.CellValue =>
  formula(`VLOOKUP(H${row},'Cast & Crew'!$A:$B,2,FALSE)`, name);

// Columns A..L; Excel rows 3.. (title row 1, header row 2). Row 5 is hidden; row 6 is a merged banner;
// B7:B8 (Date) and K7:K8 (Location) are merged in the variant (B8, K8 typed otherwise); row 12 is the total row.
// prettier-ignore
const ROWS: Record<number, ExcelJS.CellValue[]> = {
  3: [formula("ROW()-2", 1), at(2026, 3, 2), tf(7), tf(12), "1", "EXT. HARBOR - DOCK", 2, 1, lookup(3, "Ava Stone"), "Dee Lund", "Harbor", null],
  4: [formula("A3", 1), formula("B3", at(2026, 3, 2)), tf(12, 30), tf(15), "2", rich(["INT. HARBOR", { bold: true }], [" - BAIT SHOP"]), "1 4/8", null,
      rich(["Ben Ortiz", { bold: true }], [", 3"]), "C1", "Harbor", null],
  5: [formula("A4", 1), formula("B4", at(2026, 3, 2)), tf(14), tf(16), "2A", "INT. HARBOR - BAIT SHOP", "4/8", null, null, null, "Harbor", "pickup, hidden row"],
  7: [formula("A5+1", 2), at(2026, 3, 3), tf(6), tf(11), "5", "INT. STAGE 4 - CABIN", 1, 1, lookup(7, "Ava Stone"), "Dee Lund", "Stage 4", null],
  8: [formula("A7", 2), null, tf(11, 20), tf(20, 1), "6", "INT. STAGE 4 - CABIN", "2 2/8", 2, lookup(8, "Ben Ortiz"), "Dee Lund", null, null],
  9: [formula("A8", 2), formula("B7", at(2026, 3, 3)), tf(20, 21), tf(22), "7", "EXT. HARBOR - PIER", "3/8", 2, lookup(9, "Ben Ortiz"), null, "Harbor", null],
  10: [formula("A9+1", 3), formula("B9+1", at(2026, 3, 4)), "9:59 AM", "12:00 PM", "8", "EXT. HARBOR - PIER", 1, 2, lookup(10, "Ben Ortiz"), null, "Harbor", null],
  11: [formula("A10", 3), formula("B10", at(2026, 3, 4)), tf(6, 1), tf(20, 1), "9", "EXT. BREAKWATER", "6/8", null, null, "Dee Lund", "Stage 4", "plates"],
};

/**
 * `merged`: Day 2's Date and first Location are merged down over their two strips (B7:B8, K7:K8), so B8 and K8
 * are empty in the file. Otherwise the coordinator has typed the same values into B8 and K8.
 */
function buildWorkbook(merged: boolean): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();

  const sched = wb.addWorksheet("Sched. (v2)", { views: [{ state: "frozen", xSplit: 1, ySplit: 2 }] });
  sched.getCell("A1").value = "THE HARBOR — ONE-LINER (revised v2, pink pages)";
  sched.getCell("A1").font = { bold: true, size: 14 };
  sched.mergeCells("A1:L1");
  const header = sched.getRow(2);
  HEADERS.forEach((h, i) => (header.getCell(i + 1).value = h));
  // The Date header typed with two fonts.
  header.getCell(2).value = rich(["Shoot", { bold: true }], [" Date", { bold: true, italic: true }]);
  styleHeader(header);
  for (const [r, values] of Object.entries(ROWS)) {
    const row = sched.getRow(Number(r));
    values.forEach((v, i) => put(row.getCell(i + 1), v, i === 2 || i === 3));
  }
  // Cy Park's cast number typed into a Text-formatted cell on the hidden row.
  typedAsText(sched.getCell("I5"), "3");
  sched.getRow(5).hidden = true;
  // A day-break banner merged across the whole row.
  sched.getCell("A6").value = "END OF DAY 1 — 4 pgs";
  sched.getCell("A6").font = { bold: true };
  sched.getCell("A6").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF000000" } };
  sched.mergeCells("A6:L6");
  if (merged) {
    // Day 2's Date and first Location merged down over their two strips.
    sched.mergeCells("B7:B8");
    sched.mergeCells("K7:K8");
  } else {
    put(sched.getCell("B8"), at(2026, 3, 3));
    sched.getCell("K8").value = "Stage 4";
  }
  // The total row.
  sched.getCell("F12").value = "TOTAL PAGES";
  sched.getCell("G12").value = formula("SUM(G3:G11)", 4);
  sched.getCell("G12").font = { bold: true };
  sched.columns.forEach((c) => (c.width = 16));
  sched.getColumn(10).hidden = true;

  const cc = wb.addWorksheet("Cast & Crew", { views: [{ state: "frozen", ySplit: 1 }] });
  cc.addRow(["Cast #", "Name", "Type", "Character", "Makeup"]);
  styleHeader(cc.getRow(1));
  cc.addRow([1, "Ava Stone", "cast", "MARA", 60]);
  cc.addRow([2, null, "cast", "COLE", null]);
  cc.getCell("B3").value = rich(["Ben ", { bold: true }], ["Ortiz", { bold: true, color: { argb: "FFC00000" } }]);
  cc.addRow([3, null, "cast", "DEV", 30]);
  cc.getCell("B4").value = formula('PROPER("cy park")', "Cy Park");
  cc.addRow(["C1", "Dee Lund", "crew", "Gaffer", null]);
  cc.addRow(["C2", "Eli Fox", "crew", "Driver", null]);
  cc.columns.forEach((c) => (c.width = 16));
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "double-booking",
    severity: "error",
    resource: "3",
    items: ["row:4", "row:5"],
    date: "2026-03-02",
    magnitude: 1,
    why: "Cy (token `3` in rich text on row 4, `3` stored as text on the HIDDEN row 5) 12:30-15:00 and 14:00-16:00",
  },
  {
    type: "long-day",
    severity: "warning",
    resource: "C1",
    items: ["row:7", "row:8"],
    date: "2026-03-03",
    why: "Dee (hidden Crew column) 06:00-20:01 = 14 h 1 min; row 8's Date is B8 (merged B7:B8 in the variant)",
  },
  {
    type: "travel",
    severity: "warning",
    resource: "2",
    items: ["row:8", "row:9"],
    date: "2026-03-03",
    magnitude: 10,
    why: "Ben (VLOOKUP name) at Stage 4 (K8; merged K7:K8 in the variant) until 20:01, then Harbor at 20:21: 20 min gap < 30 min buffer",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "2",
    items: ["row:9", "row:10"],
    date: "2026-03-04",
    magnitude: 1,
    why: "Ben wraps 22:00 on 3/3 (=B7) and is called `9:59 AM` on 3/4 (=B9+1): 11 h 59 < 12 h",
  },
];

const NEAR_MISSES: NearMiss[] = [
  {
    type: "turnaround",
    resource: "C1",
    items: ["row:8", "row:11"],
    why: "Dee 20:01 -> 06:01 next day: exactly 10 h (IATSE)",
  },
  { type: "long-day", resource: "C1", items: ["row:11"], why: "Dee 06:01-20:01: exactly 14 h" },
  { type: "travel", resource: "C1", items: ["row:7", "row:8"], why: "Dee stays at Stage 4 (K7, K8)" },
  { type: "turnaround", resource: "1", items: ["row:3", "row:7"], why: "Ava 12:00 -> 06:00 - 60 Makeup: 17 h" },
];

const DAYS = ["2026-03-02", "2026-03-03", "2026-03-04"];

const DOOD_ROWS: ExpectedDoodRow[] = [
  { resource: "1", codes: ["SW", "WF", ""], work: 2, hold: 0, start: "2026-03-02", finish: "2026-03-03" },
  { resource: "2", codes: ["SW", "W", "WF"], work: 3, hold: 0, start: "2026-03-02", finish: "2026-03-04" },
  { resource: "3", codes: ["SWF", "", ""], work: 1, hold: 0, start: "2026-03-02", finish: "2026-03-02" },
];

const CALL_SHEETS: ExpectedCallSheet[] = [
  {
    date: "2026-03-02",
    items: ["row:3", "row:4", "row:5"],
    cast: [
      { resource: "1", status: "SW", call: "06:00" },
      { resource: "2", status: "SW", call: "12:30" },
      { resource: "3", status: "SWF", call: "12:00" },
    ],
  },
  {
    date: "2026-03-03",
    items: ["row:7", "row:8", "row:9"],
    cast: [
      { resource: "1", status: "WF", call: "05:00" },
      { resource: "2", status: "W", call: "11:20" },
    ],
  },
  { date: "2026-03-04", items: ["row:10", "row:11"], cast: [{ resource: "2", status: "WF", call: "09:59" }] },
];

const WANT = {
  conflicts: EXPECTED,
  nearMisses: NEAR_MISSES,
  dood: { title: "DOOD from formula dates and looked-up names", days: DAYS, rows: DOOD_ROWS },
  callSheets: {
    title: "call sheets named from the formula Shoot Day; calls less Makeup",
    sheets: CALL_SHEETS,
    names: DAYS.map((date, i) => ({ date, sheet: `Call Sheet Day ${i + 1}` })),
  },
};

describeReport(
  "conformance 8: formula one-liner on `Sched. (v2)` (formulas, hidden row/column, rich text; B8/K8 typed)",
  () => saveAndCheck8(buildWorkbook(false), "1-formula-one-liner.xlsx").then((s) => s.report),
  { issues: { title: "title, banner, formulas and the total row give no data issues", keys: [] }, ...WANT },
  (report) => {
    test("summary counts the 8 strips (banner and total row are no items)", () => {
      expect(report().summary.items).toBe(8);
    });
  },
);

/**
 * The same workbook with B7:B8 (Date) and K7:K8 (Location) merged. The contract says nothing of merged cells;
 * set 8 reads a merged cell as holding its value in every row it covers (a coordinator's merged Date/Location
 * block). The engine first read only the merge's top-left cell (B8 a `missing-value`, K8 blank: a travel
 * warning lost); it now repeats a merge's value down the data rows it covers, so this workbook reads like the
 * typed one (see SECTION.md).
 */
describeReport(
  "conformance 8: formula one-liner with a merged Date (B7:B8) and a merged Location (K7:K8)",
  () => saveAndCheck8(buildWorkbook(true), "1b-formula-one-liner-merged.xlsx").then((s) => s.report),
  {},
  (report) => {
    test("what does not depend on the merges still holds: Cy's hidden-row double-booking, Ben's turnaround", () => {
      for (const want of EXPECTED.filter((e) => !e.items.includes("row:8")))
        expect(findConflict(report(), want)).toBeDefined();
    });
    test("the DOOD does not change (row 8's cast also works on row 7/9's dates)", () => {
      expect(report().dood.days).toEqual(DAYS);
      expect(doodView(report(), DOOD_ROWS)).toEqual(DOOD_ROWS);
    });
    test("merged cells: B8 under the merged Date is no data issue", () => {
      expect(issueKeys(report().dataIssues)).toEqual([]);
    });
    test("merged cells: the same conflicts as the typed workbook", () => {
      expect(conflictKeys(report().conflicts)).toEqual(conflictKeys(EXPECTED));
    });
    test("merged cells: Dee's 14 h 1 min long day counts row 8 (Date from B7:B8)", () => {
      expect(findConflict(report(), EXPECTED[1])).toBeDefined();
    });
    test("merged cells: Ben's Stage 4 (K7:K8) -> Harbor move, 20 min < 30", () => {
      expect(findConflict(report(), EXPECTED[2])).toBeDefined();
    });
    test("merged cells: day 2's call sheet lists row 8, Ben called 11:20", () => {
      expect(callSheetView(report())).toEqual(sortedCallSheets(CALL_SHEETS));
    });
  },
);
