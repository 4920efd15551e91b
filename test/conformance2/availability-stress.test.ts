/**
 * Set 2, workbook 4: availability boundaries and DOOD codes. Available From/To day bounds, an Unavailable
 * "date..date" range, a date-time Availability window against half-open items, a night item running into a
 * day off, Allow Drop with a gap of exactly Drop Days and one more, T/R/F windows on shoot days and a cast
 * member who never works. Expectations are worked out by hand from the contract (see each `why`).
 *
 * Cast (SAG-AFTRA by Type; the Rules table restates it with Drop Days 3):
 *   #1 Alma Reyes  Available From 3/2, Available To 3/4
 *   #2 Bo Finch    Unavailable "3/9/2026..3/10/2026"; unavailable 3/11 10:00-12:00; day off 3/13
 *   #3 Cyd Moss    Allow Drop
 *   #4 Dev Kahn    Allow Drop, never works
 *   #5 Eva Lund    rehearsal 3/2, fitting 3/4, travel 3/6
 */
import ExcelJS from "exceljs";
import {
  at,
  describeReport,
  plainSheet,
  saveAndCheck,
  type CellInput,
  type ExpectedCallSheet,
  type ExpectedConflict,
  type ExpectedDoodRow,
  type NearMiss,
} from "../conformance/helpers";

// Excel rows 2..13 (header in row 1).
const SCHEDULE: CellInput[][] = [
  ["A1", at(2026, 3, 2), "08:00", "10:00", "1, 3", "Stage 1"],
  ["E1", at(2026, 3, 3), "09:00", "17:00", "5", "Stage 1"],
  ["A2", at(2026, 3, 4), null, null, "1", "Stage 1"],
  ["A3", at(2026, 3, 5), "08:00", "09:00", "1", "Stage 1"],
  ["E2", at(2026, 3, 5), "09:00", "17:00", "5", "Stage 1"],
  ["B1", at(2026, 3, 6), "08:00", "18:00", "2; 3", "Stage 1"],
  ["B2", at(2026, 3, 9), "09:00", "17:00", "2", "Stage 1"],
  ["B5", at(2026, 3, 10), null, null, "2", "Stage 1"],
  ["B3", at(2026, 3, 11), "08:00", "10:00", "2/3", "Stage 1"],
  ["B4", at(2026, 3, 11), "11:00", "13:00", "Bo Finch", "Stage 1"],
  ["B6", at(2026, 3, 12), "22:00", "02:00", "2", "Stage 1"],
  ["C4", at(2026, 3, 12), null, null, "3", "Stage 1"],
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  plainSheet(wb, "Schedule", ["ID", "Date", "Start", "End", "Cast", "Location"], SCHEDULE);
  plainSheet(
    wb,
    "Cast",
    ["Cast #", "Name", "Available From", "Available To", "Unavailable", "Allow Drop"],
    [
      [1, "Alma Reyes", at(2026, 3, 2), at(2026, 3, 4), null, "No"],
      [2, "Bo Finch", null, null, "3/9/2026..3/10/2026", "No"],
      [3, "Cyd Moss", null, null, null, "Yes"],
      [4, "Dev Kahn", null, null, null, "Yes"],
      [5, "Eva Lund", null, null, null, null],
    ],
  );
  plainSheet(
    wb,
    "Rules",
    ["Rule Set", "Min Rest (h)", "Max Day (h)", "Max Consecutive Days", "Travel Buffer (min)", "Drop Days"],
    [["SAG-AFTRA", 12, 14, 6, 30, 3]],
  );
  plainSheet(
    wb,
    "Availability",
    ["Resource", "From", "To", "Kind", "Notes"],
    [
      ["Bo Finch", at(2026, 3, 11, 10), at(2026, 3, 11, 12), "unavailable", "Doctor"],
      [2, at(2026, 3, 13), at(2026, 3, 13), "Day Off", null],
      ["Eva Lund", at(2026, 3, 2), at(2026, 3, 2), "Rehearsal", null],
      [5, at(2026, 3, 4), at(2026, 3, 4), "Fitting", null],
      [5, at(2026, 3, 6), at(2026, 3, 6), "Travel", "Flight home"],
    ],
  );
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "unavailable",
    severity: "error",
    resource: "1",
    items: ["A3"],
    date: "2026-03-05",
    why: "#1 is available to the end of 3/4 (Available To); A3 is the day after",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "2",
    items: ["B2"],
    date: "2026-03-09",
    why: "3/9 is the first day of #2's Unavailable range 3/9..3/10",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "2",
    items: ["B5"],
    date: "2026-03-10",
    why: "a date-only item on the last day of the range (whole day)",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "2",
    items: ["B4"],
    date: "2026-03-11",
    why: "B4 11:00-13:00 intersects #2's unavailable window 10:00-12:00",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "2",
    items: ["B6"],
    date: "2026-03-12",
    why: "the night item 22:00-02:00 runs into #2's day off 3/13",
  },
];

const NEAR_MISSES: NearMiss[] = [
  { type: "unavailable", resource: "1", items: ["A1"], why: "A1 is on #1's Available From day" },
  { type: "unavailable", resource: "1", items: ["A2"], why: "date-only A2 is on #1's Available To day" },
  { type: "unavailable", resource: "2", items: ["B3"], why: "B3 08:00-10:00 ends as the 10:00 window starts" },
  { type: "unavailable", resource: "2", items: ["B1"], why: "3/6 is before the Unavailable range" },
  { type: "unavailable", resource: "3", items: ["B3"], why: "#2's window is not #3's" },
  { type: "unavailable", resource: "5", items: ["E1"], why: "rehearsal, fitting and travel are not unavailability" },
  { type: "turnaround", resource: "2", items: ["B4", "B6"], why: "13:00 -> 22:00 next day" },
];

const SHOOT_DAYS = [
  "2026-03-02",
  "2026-03-03",
  "2026-03-04",
  "2026-03-05",
  "2026-03-06",
  "2026-03-09",
  "2026-03-10",
  "2026-03-11",
  "2026-03-12",
];

const EXPECTED_DOOD_ROWS: ExpectedDoodRow[] = [
  // Days on which #1 is unavailable are still work days (work codes win).
  {
    resource: "1",
    codes: ["SW", "H", "W", "WF", "", "", "", "", ""],
    work: 3,
    hold: 1,
    start: "2026-03-02",
    finish: "2026-03-05",
  },
  {
    resource: "2",
    codes: ["", "", "", "", "SW", "W", "W", "W", "WF"],
    work: 5,
    hold: 0,
    start: "2026-03-06",
    finish: "2026-03-12",
  },
  // 3/2 -> 3/6: 3 days between = Drop Days, no drop (H). 3/6 -> 3/11: 4 days between > 3, a drop.
  {
    resource: "3",
    codes: ["SW", "H", "H", "H", "WD", "", "", "PW", "WF"],
    work: 4,
    hold: 3,
    start: "2026-03-02",
    finish: "2026-03-12",
  },
  { resource: "4", codes: ["", "", "", "", "", "", "", "", ""], work: 0, hold: 0 },
  // The fitting between work days shows F, not H.
  {
    resource: "5",
    codes: ["R", "SW", "F", "WF", "T", "", "", "", ""],
    work: 2,
    hold: 0,
    travel: 1,
    start: "2026-03-03",
    finish: "2026-03-05",
  },
];

const EXPECTED_CALL_SHEETS: ExpectedCallSheet[] = [
  {
    date: "2026-03-02",
    items: ["A1"],
    cast: [
      { resource: "1", status: "SW", call: "08:00" },
      { resource: "3", status: "SW", call: "08:00" },
    ],
  },
  { date: "2026-03-03", items: ["E1"], cast: [{ resource: "5", status: "SW", call: "09:00" }] },
  { date: "2026-03-04", items: ["A2"], cast: [{ resource: "1", status: "W", call: null }] },
  {
    date: "2026-03-05",
    items: ["A3", "E2"],
    cast: [
      { resource: "1", status: "WF", call: "08:00" },
      { resource: "5", status: "WF", call: "09:00" },
    ],
  },
  {
    date: "2026-03-06",
    items: ["B1"],
    cast: [
      { resource: "2", status: "SW", call: "08:00" },
      { resource: "3", status: "WD", call: "08:00" },
    ],
  },
  { date: "2026-03-09", items: ["B2"], cast: [{ resource: "2", status: "W", call: "09:00" }] },
  { date: "2026-03-10", items: ["B5"], cast: [{ resource: "2", status: "W", call: null }] },
  {
    date: "2026-03-11",
    items: ["B3", "B4"],
    cast: [
      { resource: "2", status: "W", call: "08:00" },
      { resource: "3", status: "PW", call: "08:00" },
    ],
  },
  {
    date: "2026-03-12",
    items: ["B6", "C4"],
    cast: [
      { resource: "2", status: "WF", call: "22:00" },
      { resource: "3", status: "WF", call: null },
    ],
  },
];

describeReport(
  "conformance set 2: availability boundaries, drops at exactly Drop Days, T/R/F windows",
  () => saveAndCheck(buildWorkbook(), "4-availability-stress.xlsx", "conformance2"),
  {
    issues: { title: "every table is placed: no data issues", keys: [] },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
    dood: {
      title: "DOOD: shoot days, drop vs no drop at Drop Days, R/F/T windows, a cast row that never works",
      days: SHOOT_DAYS,
      rows: EXPECTED_DOOD_ROWS,
    },
    callSheets: {
      title: "call sheets: cast in cast-table order, DOOD code of the day, null call for date-only work",
      sheets: EXPECTED_CALL_SHEETS,
    },
  },
);
