/**
 * Workbook 5: a 1904-date-system workbook (old Mac Excel), with dates as date cells, as a raw serial typed
 * into an unformatted cell, and as text. Every date must land on the same calendar day as in a 1900 workbook.
 * Also: consecutive days, where a date-only item counts as a worked day. Expectations are worked out by hand
 * from the contract.
 */
import ExcelJS from "exceljs";
import {
  at,
  callSheetView,
  describeReport,
  plainSheet,
  saveAndCheck,
  timeFraction,
  type CellInput,
  type ExpectedConflict,
  type NearMiss,
} from "./helpers";

/** 2026-03-03 in the 1904 system (1900 serial 46084 less 1462). */
const MARCH_3_1904 = 44622;

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = true;
  const rows: CellInput[][] = [
    ["D1", at(2026, 3, 2), timeFraction(8), timeFraction(10), "Sam Lee; Ana Ruiz"],
    ["D2", MARCH_3_1904 + 1, "08:00", "10:00", "Sam Lee; Ana Ruiz"], // 3/4 typed as a number
    ["D3", "2026-03-05", null, null, "Sam Lee; Ana Ruiz"],
    ["D4", at(2026, 3, 3), at(2026, 3, 3, 8), at(2026, 3, 3, 18), "Sam Lee; Ana Ruiz"],
    ["D5", at(2026, 3, 6), null, null, "Sam Lee; Ana Ruiz"],
    ["D6", at(2026, 3, 7), null, null, "Sam Lee; Ana Ruiz"],
    ["D7", at(2026, 3, 8), timeFraction(10), timeFraction(11), "Sam Lee"],
    ["D8", at(2026, 3, 8), timeFraction(7), timeFraction(8), "Sam Lee"],
  ];
  plainSheet(wb, "Schedule", ["ID", "Date", "Start", "End", "Crew"], rows, { timeColumns: [2, 3] });
  plainSheet(
    wb,
    "Crew",
    ["Name", "Position", "Start Date", "Days Off"],
    [
      ["Sam Lee", "Grip", MARCH_3_1904, "3/5/2026"], // Start Date typed as a bare serial
      ["Ana Ruiz", "Best Boy", null, null],
    ],
  );
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "unavailable",
    severity: "error",
    resource: "Sam Lee",
    items: ["D1"],
    date: "2026-03-02",
    why: "3/2 is before Available From (1904 serial 44622 = 3/3/2026)",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "Sam Lee",
    items: ["D3"],
    date: "2026-03-05",
    why: "date-only D3 on the Days Off date 3/5",
  },
  {
    type: "consecutive-days",
    severity: "warning",
    resource: "Sam Lee",
    items: ["D8"],
    date: "2026-03-02",
    why: "IATSE max 6: 3/2..3/8 is 7 days (a day off with an item still counts); 3/8's earliest Start is D8",
  },
];

const NEAR_MISSES: NearMiss[] = [
  { type: "unavailable", resource: "Sam Lee", items: ["D4"], why: "3/3 08:00 is the first available day" },
  { type: "unavailable", resource: "Sam Lee", items: ["D2"], why: "the serial 44623 is 3/4/2026 in a 1904 workbook" },
  { type: "turnaround", resource: "Sam Lee", items: ["D4", "D2"], why: "18:00 -> 08:00 is 14 h" },
  { type: "consecutive-days", resource: "Ana Ruiz", items: [], why: "3/2..3/7 is exactly 6 days" },
  { type: "double-booking", resource: "Sam Lee", items: ["D7", "D8"], why: "07:00-08:00 and 10:00-11:00" },
];

describeReport(
  "conformance: a 1904-date-system workbook",
  () => saveAndCheck(buildWorkbook(), "5-date1904.xlsx"),
  { issues: { title: "no data issues", keys: [] }, conflicts: EXPECTED, nearMisses: NEAR_MISSES },
  (report) => {
    test("shoot days are the 1900-calendar dates of every form", () => {
      expect(report().dood.days).toEqual([
        "2026-03-02",
        "2026-03-03",
        "2026-03-04",
        "2026-03-05",
        "2026-03-06",
        "2026-03-07",
        "2026-03-08",
      ]);
      expect(callSheetView(report()).map((s) => [s.date, s.items])).toEqual([
        ["2026-03-02", ["D1"]],
        ["2026-03-03", ["D4"]],
        ["2026-03-04", ["D2"]],
        ["2026-03-05", ["D3"]],
        ["2026-03-06", ["D5"]],
        ["2026-03-07", ["D6"]],
        ["2026-03-08", ["D7", "D8"]],
      ]);
    });
  },
);
