/**
 * Set 8, workbook 2: a 1904-date-system workbook (an old Mac file) whose sheets hold several Excel tables side
 * by side. `Cast & Crew` holds three tables on one sheet: `Cast` (A1), `Crew` (F1) and `Availability` (K1),
 * each placed by its table name. `Board` has a merged title over both units, frozen panes, and two schedule
 * tables side by side that name no role (placed by headers): `tblUnitA` (A3:I11, banded rows and columns,
 * Excel's Total Row with a `Total` label and a SUM of pages) and `tblUnitB` (K3:R9). Unit A's `Day` and `Date`
 * are formulas (`=B4+1`, `=C4+1`) whose cached dates are 1904 serials; its Call/Wrap are time fractions. Unit B
 * uses `Ref`, `Work Date`, `Start Time`/`End Time` date-time cells (1904), an ISO text date, `Talent`, `Staff`,
 * `After` (a dependency on a Unit A strip). Unit B's rows sit next to Unit A's rows and next to its Total Row.
 *
 * Cast (SAG-AFTRA): 1 Mia Cho (JUNE, Makeup 45), 2 Raf Diaz (OTTO), 3 Sol Vega (PIP).
 * Crew (IATSE): K1 Kit Shaw (1st AC), K2 Lou Ames (Boom Op).
 * Availability: Raf unavailable 3/4 13:00-18:00 (date-time cells); Sol on hold 3/8 (a date, no To).
 *
 * Contract choices: schedule order with two tables on one sheet is sheet order, then row (the items below are
 * laid out so that Unit A's strip is also on the earlier row); a `Total` row of an Excel table is not data.
 */
import ExcelJS from "exceljs";
import {
  at,
  describeReport,
  timeFraction as tf,
  type ExpectedCallSheet,
  type ExpectedConflict,
  type ExpectedDoodRow,
  type NearMiss,
} from "../conformance/helpers";
import { formula, saveAndCheck8, tableAt } from "./xlsx";

const UNIT_A_HEADERS = ["Strip ID", "Day", "Date", "Call", "Wrap", "Sc", "Pgs", "Cast", "Crew"];
// Excel rows 4..10 (A..I); row 11 is the Total Row.
// prettier-ignore
const UNIT_A: ExcelJS.CellValue[][] = [
  /* 4 */ ["A1", 1, at(2026, 3, 2), tf(7), tf(17), "1", 2, "1, 2", "K1"],
  /* 5 */ ["A2", formula("B4+1", 2), formula("C4+1", at(2026, 3, 3)), tf(7), tf(17), "2", 1, "1", "K1"],
  /* 6 */ ["A3", formula("B5+1", 3), formula("C5+1", at(2026, 3, 4)), tf(8), tf(13), "3", 1, "2", "K1"],
  /* 7 */ ["A4", formula("B6+1", 4), formula("C6+1", at(2026, 3, 5)), tf(7), tf(17), "4", 1, "1", "K1"],
  /* 8 */ ["A5", formula("B7+1", 5), formula("C7+1", at(2026, 3, 6)), tf(7), tf(17), "5", 1, "1", "K1"],
  /* 9 */ ["A6", formula("B8+1", 6), formula("C8+1", at(2026, 3, 7)), tf(7), tf(17), "6", 1, null, "K1"],
  /* 10 */ ["A7", formula("B9+1", 7), formula("C9+1", at(2026, 3, 8)), tf(7), tf(17), "7", 1, null, "Kit Shaw"],
];

const UNIT_B_HEADERS = ["Ref", "Work Date", "Start Time", "End Time", "Task", "Talent", "Staff", "After"];
// Excel rows 4..9 (K..R).
// prettier-ignore
const UNIT_B: ExcelJS.CellValue[][] = [
  /* 4 */ ["B1", at(2026, 3, 2), at(2026, 3, 2, 18), at(2026, 3, 2, 20), "Pickup inserts", "Sol Vega", "Lou Ames", "A1"],
  /* 5 */ ["B2", at(2026, 3, 3), at(2026, 3, 3, 16), at(2026, 3, 3, 18), "Plates", "Sol Vega", "K2", "A2"],
  /* 6 */ ["B3", at(2026, 3, 3), null, null, "Gear prep", null, "K2", null],
  /* 7 */ ["B4", "2026-03-04", at(2026, 3, 4, 12, 30), at(2026, 3, 4, 14), "Wild lines", "OTTO", null, null],
  /* 8 */ ["B5", at(2026, 3, 8), at(2026, 3, 8, 6), at(2026, 3, 8, 7), "Camera prep", null, "k1", null],
  /* 9 */ ["B6", at(2026, 3, 7), at(2026, 3, 7, 10), at(2026, 3, 7, 12), "ADR", "3", null, null],
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = true;

  const cc = wb.addWorksheet("Cast & Crew");
  tableAt(
    cc,
    "Cast",
    "A1",
    ["Cast #", "Name", "Character", "Makeup"],
    [
      [1, "Mia Cho", "JUNE", 45],
      [2, "Raf Diaz", "OTTO", null],
      [3, "Sol Vega", "PIP", null],
    ],
  );
  tableAt(
    cc,
    "Crew",
    "F1",
    ["ID", "Name", "Position", "Dept"],
    [
      ["K1", "Kit Shaw", "1st AC", "Camera"],
      ["K2", "Lou Ames", "Boom Op", "Sound"],
    ],
  );
  tableAt(
    cc,
    "Availability",
    "K1",
    ["Resource", "From", "To", "Kind"],
    [
      ["Raf Diaz", at(2026, 3, 4, 13), at(2026, 3, 4, 18), "Unavailable"],
      ["Sol Vega", at(2026, 3, 8), null, "Hold"],
    ],
  );
  cc.columns.forEach((c) => (c.width = 15));

  const board = wb.addWorksheet("Board", { views: [{ state: "frozen", xSplit: 1, ySplit: 3 }] });
  board.getCell("A1").value = "NORTH SHORE — BOARD, UNITS A + B (1904 file)";
  board.getCell("A1").font = { bold: true, size: 14 };
  board.mergeCells("A1:R1");
  tableAt(board, "tblUnitA", "A3", UNIT_A_HEADERS, UNIT_A, {
    timeColumns: [3, 4],
    bandedColumns: true,
    totals: { 0: { totalsRowLabel: "Total" }, 6: { totalsRowFunction: "sum" } },
  });
  tableAt(board, "tblUnitB", "K3", UNIT_B_HEADERS, UNIT_B);
  board.columns.forEach((c) => (c.width = 14));
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "dependency",
    severity: "error",
    items: ["A2", "B2"],
    date: "2026-03-03",
    why: "B2 (Unit B, After A2) starts 16:00; A2 (Unit A, Date =C4+1 in 1904) ends 17:00",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "2",
    items: ["A3", "B4"],
    date: "2026-03-04",
    magnitude: 1,
    why: "Raf in Unit A 08:00-13:00 and Unit B (`OTTO`, ISO text date) 12:30-14:00, side by side on one sheet",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "2",
    items: ["B4"],
    date: "2026-03-04",
    why: "Raf's 1904 date-time window 13:00-18:00 meets B4 12:30-14:00",
  },
  {
    type: "consecutive-days",
    severity: "warning",
    resource: "K1",
    items: ["B5"],
    date: "2026-03-02",
    why: "Kit works 3/2..3/8 (formula dates), 7 > 6 days; day 7's earliest Start is B5 06:00 in the other table",
  },
];

const NEAR_MISSES: NearMiss[] = [
  { type: "dependency", items: ["A1", "B1"], why: "B1 starts 18:00 after A1 ends 17:00" },
  { type: "unavailable", resource: "2", items: ["A3"], why: "A3 ends 13:00, exactly when the window starts" },
  { type: "double-booking", resource: "K1", items: ["A7", "B5"], why: "B5 06:00-07:00 touches A7 07:00" },
  { type: "unavailable", resource: "3", items: ["B6"], why: "a hold window is no unavailability (and is on 3/8)" },
];

const DAYS = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08"];

const DOOD_ROWS: ExpectedDoodRow[] = [
  {
    resource: "1",
    codes: ["SW", "W", "H", "W", "WF", "", ""],
    work: 4,
    hold: 1,
    start: "2026-03-02",
    finish: "2026-03-06",
  },
  {
    resource: "2",
    codes: ["SW", "H", "WF", "", "", "", ""],
    work: 2,
    hold: 1,
    start: "2026-03-02",
    finish: "2026-03-04",
  },
  {
    resource: "3",
    codes: ["SW", "W", "H", "H", "H", "WF", "H"],
    work: 3,
    hold: 4,
    start: "2026-03-02",
    finish: "2026-03-07",
  },
];

const CALL_SHEETS: ExpectedCallSheet[] = [
  {
    date: "2026-03-02",
    items: ["A1", "B1"],
    cast: [
      { resource: "1", status: "SW", call: "06:15" },
      { resource: "2", status: "SW", call: "07:00" },
      { resource: "3", status: "SW", call: "18:00" },
    ],
  },
  {
    date: "2026-03-03",
    items: ["A2", "B2", "B3"],
    cast: [
      { resource: "1", status: "W", call: "06:15" },
      { resource: "3", status: "W", call: "16:00" },
    ],
  },
  { date: "2026-03-04", items: ["A3", "B4"], cast: [{ resource: "2", status: "WF", call: "08:00" }] },
  { date: "2026-03-05", items: ["A4"], cast: [{ resource: "1", status: "W", call: "06:15" }] },
  { date: "2026-03-06", items: ["A5"], cast: [{ resource: "1", status: "WF", call: "06:15" }] },
  { date: "2026-03-07", items: ["A6", "B6"], cast: [{ resource: "3", status: "WF", call: "10:00" }] },
  { date: "2026-03-08", items: ["A7", "B5"], cast: [] },
];

describeReport(
  "conformance 8: 1904 board with side-by-side Excel tables (Total Row, formulas, date-times)",
  () => saveAndCheck8(buildWorkbook(), "2-side-by-side-1904.xlsx").then((s) => s.report),
  {
    issues: { title: "three tables on one sheet, two on another, a Total Row: no data issues", keys: [] },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
    dood: {
      title: "DOOD over 7 shoot days from 1904 formula dates; a hold after the last day",
      days: DAYS,
      rows: DOOD_ROWS,
    },
    callSheets: {
      title: "call sheets named from Unit A's formula Day; Unit B's items on the same dates",
      sheets: CALL_SHEETS,
      names: DAYS.map((date, i) => ({ date, sheet: `Call Sheet Day ${i + 1}` })),
    },
  },
  (report) => {
    test("summary counts the 13 items of both tables (the Total Row is no item)", () => {
      expect(report().summary.items).toBe(13);
    });
  },
);
