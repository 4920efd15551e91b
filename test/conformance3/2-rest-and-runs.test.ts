/**
 * Set 3, workbook 2: rest and runs. Turnaround across non-consecutive dates (Fri wrap 23:00, Mon call 07:00),
 * Fri 23:00 -> Sat 09:00 (10 h: short for cast, exactly enough for a crew member whose new rule set says 10 h),
 * a night item whose End falls after midnight as the earlier date's latest End, a later date that also holds a
 * date-only item (ignored for turnaround), a person whose earliest Start that day is not the first row, a night
 * shoot counted for long-day on its own Date, and a timed-day / date-only-day / timed-day pattern. Consecutive
 * days: runs of 7 (max 6), 13 (still one conflict) and 6 for a rule set with Max Consecutive Days 5, and a run
 * broken by a day whose only item is Cancelled. Expectations are worked out by hand from the contract.
 *
 * Cast 1 Ava Stone, 2 Ben Holt (SAG-AFTRA by Type: Min Rest 12 h, Max Day 14 h, 6 days). Crew C1 Cy Moss and
 * C3 Eli Ford (IATSE by Type: 10 h, 14 h, 6 days), C2 Di Chen (Rule Set `Local 99`, a new set: 10 h, 14 h, 5
 * days). 2026-03-02 is a Monday.
 */
import ExcelJS from "exceljs";
import {
  at,
  callSheetView,
  describeReport,
  plainSheet,
  saveAndCheck,
  sortedCallSheets,
  timeFraction,
  type CellInput,
  type ExpectedCallSheet,
  type ExpectedConflict,
  type ExpectedDoodRow,
  type NearMiss,
} from "../conformance/helpers";

const ALL_CREW = "Cy Moss, Eli Ford, Di Chen";

// Excel rows 2..26 (header in row 1). Columns: ID, Date, Start, End, Cast, Crew, Status.
const SCHEDULE: CellInput[][] = [
  ["D2", at(2026, 3, 2), null, null, "2", ALL_CREW, null],
  ["D3", at(2026, 3, 3), null, null, "2", ALL_CREW, null],
  ["D4", at(2026, 3, 4), null, null, "2", ALL_CREW, null],
  ["D5", at(2026, 3, 5), null, null, null, ALL_CREW, null],
  ["K5", at(2026, 3, 5), "08:00", "18:00", "2", null, "Cancelled"],
  ["N1", at(2026, 3, 5), "6:00 PM", "4:00 AM", "1", null, null],
  ["D6", at(2026, 3, 6), null, null, "1", "Cy Moss; Eli Ford", null],
  ["F2", at(2026, 3, 6), timeFraction(17), timeFraction(23), 1, null, null],
  ["F1", at(2026, 3, 6), timeFraction(14), timeFraction(16), 1, null, null],
  ["Q1", at(2026, 3, 6), "15:00", "23:00", 2, "Di Chen", null],
  ["D7", at(2026, 3, 7), null, null, null, "Cy Moss / Eli Ford", null],
  ["Q2", at(2026, 3, 7), "09:00", "12:00", 2, "Di Chen", null],
  ["X8", at(2026, 3, 8), "10:00", "12:00", null, "Cy Moss", null],
  ["Y8", at(2026, 3, 8), "07:00", "09:00", null, "Cy Moss", null],
  ["D8", at(2026, 3, 8), null, null, 2, "Eli Ford", null],
  ["M2", at(2026, 3, 9), "12:00", "16:00", 1, null, null],
  ["M1", at(2026, 3, 9), "07:00", "10:00", 1, null, null],
  ["D9", at(2026, 3, 9), null, null, 2, "Eli Ford", null],
  ["T1", at(2026, 3, 10), "1:00 PM", "3:30 AM", 1, null, null],
  ["D10", at(2026, 3, 10), null, null, null, "Eli Ford", null],
  ["W1", at(2026, 3, 11), "15:30", "18:00", 1, null, null],
  ["D11", at(2026, 3, 11), null, null, null, "Eli Ford", null],
  ["E12", at(2026, 3, 12), "14:00", "23:00", null, "Eli Ford", null],
  ["D13", at(2026, 3, 13), null, null, null, "Eli Ford", null],
  ["E14", at(2026, 3, 14), "07:00", "12:00", null, "Eli Ford", null],
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  plainSheet(wb, "Schedule", ["ID", "Date", "Start", "End", "Cast", "Crew", "Status"], SCHEDULE, {
    timeColumns: [2, 3],
  });
  plainSheet(
    wb,
    "Cast",
    ["Cast #", "Name", "Character"],
    [
      [1, "Ava Stone", "NORA"],
      [2, "Ben Holt", "SILAS"],
    ],
  );
  plainSheet(
    wb,
    "Crew",
    ["ID", "Name", "Position", "Rule Set"],
    [
      ["C1", "Cy Moss", "Gaffer", null],
      ["C2", "Di Chen", "Best Boy Electric", "Local 99"],
      ["C3", "Eli Ford", "Key Grip", null],
    ],
  );
  plainSheet(
    wb,
    "Rules",
    ["Rule Set", "Min Rest (h)", "Max Day (h)", "Max Consecutive Days"],
    [["Local 99", 10, 14, 5]],
  );
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "turnaround",
    severity: "error",
    resource: "1",
    items: ["N1", "F1"],
    date: "2026-03-06",
    magnitude: 120,
    why: "3/5's latest End is N1's 04:00 on 3/6; 3/6's earliest Start is F1 14:00 (row after F2; date-only D6 ignored): 10 h for 12",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "2",
    items: ["Q1", "Q2"],
    date: "2026-03-07",
    magnitude: 120,
    why: "Fri wrap 23:00, Sat call 09:00: 10 h for SAG-AFTRA's 12 (the Cancelled K5 on 3/5 plays no part)",
  },
  {
    type: "long-day",
    severity: "warning",
    resource: "1",
    items: ["T1"],
    date: "2026-03-10",
    why: "night shoot 13:00 -> 03:30 is 14 h 30 min, counted on its Date 3/10",
  },
  {
    type: "consecutive-days",
    severity: "warning",
    resource: "C1",
    items: ["Y8"],
    date: "2026-03-02",
    why: "Cy works 3/2..3/8 (7 days, max 6); on day 7 the earliest Start is Y8 07:00, the row after X8",
  },
  {
    type: "consecutive-days",
    severity: "warning",
    resource: "C3",
    items: ["D8"],
    date: "2026-03-02",
    why: "Eli works 3/2..3/14, a run of 13: one conflict for the run, named by day 7's item (3/8)",
  },
  {
    type: "consecutive-days",
    severity: "warning",
    resource: "C2",
    items: ["Q2"],
    date: "2026-03-02",
    why: "Di's Local 99 allows 5 days; 3/2..3/7 is 6, and day 6's only item is Q2",
  },
];

const NEAR_MISSES: NearMiss[] = [
  { type: "turnaround", resource: "C2", items: ["Q1", "Q2"], why: "Local 99's Min Rest is 10 h: exactly 10 h is fine" },
  {
    type: "turnaround",
    resource: "1",
    items: ["F2", "M1"],
    why: "Fri 3/6 wrap 23:00 -> Mon 3/9 call 07:00 is 56 h (the weekend dates are not Ava's)",
  },
  {
    type: "turnaround",
    resource: "1",
    items: ["T1", "W1"],
    why: "T1 wraps 03:30 on 3/11, W1 calls 15:30: exactly 12 h",
  },
  {
    type: "turnaround",
    resource: "C3",
    items: ["E12"],
    why: "Eli's timed dates are 3/12 and 3/14 (3/13 is date-only, not a timed date): 32 h of rest",
  },
  { type: "turnaround", resource: "1", items: ["D6"], why: "a date-only item never takes part in turnaround" },
  { type: "long-day", resource: "1", items: ["W1"], why: "T1's hours after midnight belong to 3/10, not 3/11" },
  { type: "long-day", resource: "1", items: ["M1", "M2"], why: "3/9 runs 07:00 (M1, second row) to 16:00: 9 h" },
  {
    type: "consecutive-days",
    resource: "2",
    items: [],
    why: "3/5 holds only a Cancelled item of Ben's: runs of 3 and 4",
  },
  { type: "consecutive-days", resource: "1", items: [], why: "Ava works 3/5-3/6 and 3/9-3/11" },
  { type: "double-booking", items: ["K5"], why: "a Cancelled item books no one" },
];

const DAYS = Array.from({ length: 13 }, (_, i) => `2026-03-${String(i + 2).padStart(2, "0")}`);

const EXPECTED_DOOD_ROWS: ExpectedDoodRow[] = [
  {
    resource: "1",
    codes: ["", "", "", "SW", "W", "H", "H", "W", "W", "WF", "", "", ""],
    work: 5,
    hold: 2,
    start: "2026-03-05",
    finish: "2026-03-11",
  },
  {
    resource: "2",
    codes: ["SW", "W", "W", "H", "W", "W", "W", "WF", "", "", "", "", ""],
    work: 7,
    hold: 1,
    start: "2026-03-02",
    finish: "2026-03-09",
  },
];

const SOME_CALL_SHEETS: ExpectedCallSheet[] = [
  { date: "2026-03-05", items: ["D5", "N1"], cast: [{ resource: "1", status: "SW", call: "18:00" }] },
  {
    date: "2026-03-06",
    items: ["D6", "F2", "F1", "Q1"],
    cast: [
      { resource: "1", status: "W", call: "14:00" },
      { resource: "2", status: "W", call: "15:00" },
    ],
  },
  { date: "2026-03-10", items: ["T1", "D10"], cast: [{ resource: "1", status: "W", call: "13:00" }] },
];

describeReport(
  "conformance set 3: turnaround, long-day and consecutive-days edges",
  () => saveAndCheck(buildWorkbook(), "2-rest-and-runs.xlsx", "conformance3"),
  {
    issues: { title: "no data issues", keys: [] },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
    dood: {
      title: "DOOD: 3/5 is a shoot day (D5, N1) where Ben's only item is Cancelled: H",
      days: DAYS,
      rows: EXPECTED_DOOD_ROWS,
    },
  },
  (report) => {
    test("one consecutive-days conflict per run, however long", () => {
      expect(report().conflicts.filter((c) => c.type === "consecutive-days" && c.resource === "C3")).toHaveLength(1);
    });

    test("call sheets: one per shoot day; calls come from timed items only", () => {
      expect(report().callSheets.map((s) => s.date)).toEqual(DAYS);
      const view = callSheetView(report()).filter((s) => SOME_CALL_SHEETS.some((e) => e.date === s.date));
      expect(view).toEqual(sortedCallSheets(SOME_CALL_SHEETS));
    });
  },
);
