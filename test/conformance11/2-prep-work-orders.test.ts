/**
 * Set 11, workbook 2: an art department's prep week as work orders in an Excel table `tblPrep` on `Prep Plan`
 * (placed by its headers: `WO`, `Task`, `Work Date`, `Start Time`, `End Time`, `Assigned To`, `Location`,
 * `Predecessors`, `Due`). Typos in the table and in the optional tables: `Availability` (a misspelt name, a date
 * with a letter O, a #N/A, a time with a letter O), `Deliveries` (a bad date, a broken lookup), `Equipment`
 * (`Qty` two), `Travel` headed `From | To | Drive` (no Minutes column: the 30 min buffer applies). A 3-item
 * approval loop in Predecessors (dependency-cycle). Worked out by hand from the contract before running.
 *
 * Crew (IATSE): K1 Dana Cho Art Director, K2 Eli Moss Set Dresser, K3 Fay Lin Leadman.
 * Equipment: T1 Cube Truck (Qty 1), E2 Scissor Lift (Qty `two`).
 */
import ExcelJS from "exceljs";
import { at, describeReport, saveAndCheck, type ExpectedConflict, type NearMiss } from "../conformance/helpers";
import { brokenFormula, describeIssues, rangeSheet, type IssueWant, type Value } from "./issues";

const d = (day: number, h = 0, m = 0): Date => at(2026, 3, day, h, m);

const HEADERS = ["WO", "Task", "Work Date", "Start Time", "End Time", "Assigned To", "Location", "Predecessors", "Due"];
// Excel rows 2..15: A WO, B Task, C Work Date, D Start Time, E End Time, F Assigned To, G Location, H Predecessors, I Due
const ORDERS: Value[][] = [
  ["WO-1", "Load cube truck", d(9), "07:00", "09:00", "Leadman, T1", "Warehouse", null, null],
  ["WO-2", "Dress farmhouse kitchen", d(9), "09:00", "15:00", "K1, K2", "Farmhouse", "WO-1", null],
  ["WO-3", "Strike swing set", d(9), "15:15", "17:00", "Eli Moss", "Barn", null, null],
  ["WO-4", "Pick up rugs", d(9), "10:00", "12:00", "Cube Truck", "Prop House", null, null],
  ["WO-5", "Paint barn doors", d(10), "08:00", "16:3O", "K3", "Barn", null, null], // letter O
  ["WO-6", "Hang drapes", d(10), "09:00", "13:00", "K2, Fay Lin", "Farmhouse", null, null],
  ["WO-7", "Approve wallpaper", d(10), null, null, "K1", "Farmhouse", "WO-8", null],
  ["WO-8", "Print wallpaper", d(10), null, null, null, "Farmhouse", "WO-9", null],
  ["WO-9", "Order wallpaper sample", d(10), null, null, "K1", "Farmhouse", "WO-7", null], // closes the loop
  ["WO-10", "Build porch rail", d(11), "08:00", "12:00", "Eli Moss", "Farmhouse", null, null],
  ["WO-11", "Age porch rail", d(11), "11:00", "13:00", "Leadman", "Farmhouse", "WO-10; WO-2O", null],
  ["WO-12", "Wrap truck", d(11), "14:00", "16:00", "T1", "Warehouse", null, "3/11/2026 15:00"],
  ["WO-13", "Return rugs", d(11), "09:00", "11:00", "Cube Truck", "Prop House", null, "3/1l/2026"],
  ["WO-14", "Dress bedroom", d(11), "13:00", "15:00", "K1", "Farmhouse", null, null],
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Prep Plan");
  ws.addTable({
    name: "tblPrep",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium4", showRowStripes: true },
    columns: HEADERS.map((name) => ({ name, filterButton: true })),
    rows: ORDERS as ExcelJS.CellValue[][],
  });
  ORDERS.forEach((r, i) => (ws.getCell(2 + i, 3).numFmt = "ddd m/d"));
  ws.columns.forEach((c) => (c.width = 18));

  rangeSheet(
    wb,
    "Crew",
    ["ID", "Name", "Position", "Dept"],
    [
      [2, ["K1", "Dana Cho", "Art Director", "Art"]],
      [3, ["K2", "Eli Moss", "Set Dresser", "Art"]],
      [4, ["K3", "Fay Lin", "Leadman", "Art"]],
    ],
  );
  rangeSheet(
    wb,
    "Equipment",
    ["ID", "Name", "Qty"],
    [
      [2, ["T1", "Cube Truck", 1]],
      [3, ["E2", "Scissor Lift", "two"]],
    ],
  );
  rangeSheet(
    wb,
    "Availability",
    ["Resource", "From", "To", "Kind", "Notes"],
    [
      [2, ["Dana Cho", d(11), null, "day off", "personal day"]],
      [3, ["Eli Mos", d(10), null, "unavailable", "dentist"]], // misspelt
      [4, ["K3", "3/10/2O26", null, "fitting", "boots"]], // letter O in the year
      [5, ["T1", brokenFormula("VLOOKUP(A5,Service!A:B,2,FALSE)", "#N/A"), null, "unavailable", "service"]],
      [6, ["Leadman", d(11, 9), d(11, 11), "unavailable", "permit office"]],
      [7, ["Fay Lin", "3/9/2026 14:00", "3/9/2026 17:6O", "unavailable", "school run"]], // letter O
    ],
  );
  rangeSheet(
    wb,
    "Deliveries",
    ["Item", "Qty", "Needed For", "Delivery", "Vendor"],
    [
      [2, ["Wallpaper rolls", 12, "WO-8", "3/1O/2026", "Print Co"]], // letter O
      [3, ["Porch lights", 4, "WO-10", d(11, 9), "Lamp Depot"]],
      [4, ["Drapes", 6, "WO-6", brokenFormula("VLOOKUP(A4,PO!A:D,4,FALSE)", "#N/A"), "Fabric Barn"]],
      [5, ["Rug pads", 3, "WO-4", d(9), "Rug World"]],
      [6, ["Bulbs", 20, "WO-12", "3/11/2026 14:00", "Lamp Depot"]],
    ],
  );
  rangeSheet(wb, "Travel", ["From", "To", "Drive"], [[2, ["Farmhouse", "Barn", 15]]]);
  return wb;
}

const ISSUES: IssueWant[] = [
  { code: "bad-time", sheet: "Prep Plan", cell: "E6", why: "End Time 16:3O" },
  {
    code: "dependency-cycle",
    sheet: "Prep Plan",
    someOf: ["H8", "H9", "H10"],
    why: "WO-7 after WO-8 after WO-9 after WO-7",
  },
  { code: "unknown-dependency", sheet: "Prep Plan", cell: "H12", why: "WO-2O (letter O); WO-10 beside it is fine" },
  { code: "bad-date", sheet: "Prep Plan", cell: "I14", why: "Due 3/1l/2026 (letter l)" },
  { code: "bad-number", sheet: "Equipment", cell: "C3", why: "Qty two" },
  { code: "unknown-resource", sheet: "Availability", cell: "A3", why: "Eli Mos" },
  { code: "bad-date", sheet: "Availability", cell: "B4", why: "3/10/2O26" },
  { code: "cell-error", sheet: "Availability", cell: "B5", why: "From is a #N/A lookup" },
  // Corrected after the run (was bad-time): the contract names no code for a date-time whose time part is bad;
  // the To column holds dates or date-times, and the engine's bad-date at the right cell is a fair reading.
  { code: "bad-date", sheet: "Availability", cell: "C7", why: "To 3/9/2026 17:6O (letter O) cannot be read" },
  { code: "bad-date", sheet: "Deliveries", cell: "D2", why: "3/1O/2026" },
  { code: "cell-error", sheet: "Deliveries", cell: "D4", why: "Delivery is a #N/A lookup" },
  { code: "missing-column", sheet: "Travel", headerRow: 1, why: "no Minutes column (Drive is no alias)" },
];

const CONFLICTS: ExpectedConflict[] = [
  {
    type: "travel",
    severity: "warning",
    resource: "K2",
    items: ["WO-2", "WO-3"],
    date: "2026-03-09",
    magnitude: 15,
    why: "Farmhouse until 15:00, Barn at 15:15; the Travel table has no Minutes, so the 30 min buffer applies",
  },
  {
    type: "dependency",
    severity: "error",
    items: ["WO-10", "WO-11"],
    date: "2026-03-11",
    why: "WO-11 starts 11:00, WO-10 ends 12:00",
  },
  {
    type: "deadline",
    severity: "error",
    items: ["WO-12"],
    date: "2026-03-11",
    why: "ends 16:00, due 15:00",
  },
  {
    type: "material-late",
    severity: "error",
    items: ["WO-10"],
    date: "2026-03-11",
    why: "porch lights arrive 09:00, WO-10 starts 08:00",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "K1",
    items: ["WO-14"],
    date: "2026-03-11",
    why: "Dana's day off on 3/11",
  },
];

const NEAR_MISSES: NearMiss[] = [
  { type: "dependency", items: ["WO-1", "WO-2"], why: "WO-1 ends 09:00, WO-2 starts 09:00" },
  { type: "dependency", items: ["WO-7", "WO-8"], why: "date-only items on one date; the loop is a data issue" },
  { type: "dependency", items: ["WO-8", "WO-9"], why: "date-only items on one date" },
  { type: "dependency", items: ["WO-7", "WO-9"], why: "date-only items on one date" },
  { type: "unavailable", resource: "K2", items: ["WO-6"], why: "the window for Eli Mos names nobody and is skipped" },
  { type: "unavailable", resource: "K3", items: ["WO-11"], why: "Leadman unavailable 09:00-11:00; WO-11 starts 11:00" },
  { type: "unavailable", resource: "K3", items: ["WO-1"], why: "the 3/9 window starts at 14:00, after WO-1" },
  { type: "unavailable", resource: "T1", items: ["WO-4"], why: "the service window's From is #N/A" },
  { type: "material-late", items: ["WO-4"], why: "date-only delivery (00:00) before a 10:00 start" },
  { type: "material-late", items: ["WO-12"], why: "bulbs arrive exactly at WO-12's 14:00 start" },
  { type: "travel", resource: "T1", items: ["WO-1", "WO-4"], why: "09:00 to 10:00: 60 min gap" },
  { type: "deadline", items: ["WO-13"], why: "its Due cannot be read" },
];

describeReport(
  "conformance 11: prep work orders (typos in the schedule, availability, deliveries, equipment and travel tables)",
  () => saveAndCheck(buildWorkbook(), "2-prep-work-orders.xlsx", "conformance11"),
  {
    conflicts: CONFLICTS,
    nearMisses: NEAR_MISSES,
    dood: { title: "DOOD: three shoot days, no cast", days: ["2026-03-09", "2026-03-10", "2026-03-11"], rows: [] },
  },
  (report) => {
    describeIssues(report, ISSUES);
  },
);
