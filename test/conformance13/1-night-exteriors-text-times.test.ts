/**
 * Set 13, workbook 1: a night-exterior week on a plain-range `Stripboard` whose Call/Wrap are TEXT the way a
 * coordinator types them at 3 a.m.: `0:00`, `24:00`, `12:00 AM`, `12:30 AM`, `12:00 PM`, `11:00 AM`, and text
 * date-times on the next calendar day (`3/4/2026 1:00 AM`). Deadlines at midnight (`3/3/2026 00:00`,
 * `3/5/2026 12:00 AM`, date-only `3/2/2026`) and Availability windows ending at midnight (text date-times).
 * Expectations were worked out by hand from the contract (see each `why`) before the engine was run.
 *
 * Contract points used:
 * - §2 "A time with no date takes the row's Date." / "An End earlier than its Start on the same date ends on the
 *   next day (a night shoot)." So `18:00`→`0:00` ends at 00:00 the next day, and a strip dated with the night's
 *   date whose Call is `12:30 AM` starts at 00:30 ON that date (before the night's 18:00 call).
 * - §5 "works on a date" = has an item whose Date is that date: a strip dated 3/3 that runs 3/4 01:00–05:00 is
 *   3/3's work (DOOD, call sheet), while its times are absolute (turnaround to 3/4).
 * - §5 deadline: "an item ends after its Deadline (a date-only Deadline means the end of that day)".
 * - Intervals are half-open: a window [3/4 18:00, 3/5 00:00) does not touch an item ending 18:00 or a
 *   date-only item on 3/5.
 *
 * Cast (SAG-AFTRA by Type: Min Rest 12 h, Max Day 14 h): 1 Ada Stone (Makeup 60), 2 Ben Cole, 3 Cleo Park,
 * 4 Dev Rao (Makeup 90), 5 Eve Lund (Makeup 30). Crew (IATSE: Min Rest 10 h, Max Day 14 h; no ID column, so
 * the resource is the Name): Gus Hale, Ivy Moss.
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

const HEADERS = ["Strip ID", "Shoot Date", "Call", "Wrap", "Sc.", "D/N", "Cast", "Crew", "Location", "Due"];

// Excel rows 2..18.
const STRIPS: CellInput[][] = [
  // Night of Mon 3/2.
  ["N1", at(2026, 3, 2), "18:00", "0:00", "12", "N", "1, 2", null, "Pier 9", null], // row 2
  ["N2", at(2026, 3, 2), "12:30 AM", "3:00 AM", "13", "N", "3", null, "Pier 9", null], // row 3
  ["N3", at(2026, 3, 2), "20:00", "24:00", "14", "N", "4", null, null, "3/3/2026 00:00"], // row 4
  ["N4", at(2026, 3, 2), "21:00", "12:00 AM", "15", "N", null, null, "Dock Road", "3/2/2026"], // row 5
  // Tue 3/3: day work after the night, then the next night.
  ["N5", at(2026, 3, 3), "11:00 AM", "7:00 PM", "20", "D", "1", null, null, null], // row 6
  ["N6", at(2026, 3, 3), "12:00 PM", "20:00", "21", "D", "2", null, null, null], // row 7
  ["N7", at(2026, 3, 3), "13:30", "18:00", "22", "D", "4", null, null, null], // row 8
  ["N8", at(2026, 3, 3), "13:00", "17:00", "23", "D", "3", null, null, null], // row 9
  ["N9", at(2026, 3, 3), "3/4/2026 1:00 AM", "3/4/2026 5:00 AM", "24", "N", "5", null, null, null], // row 10
  ["N10", at(2026, 3, 3), "14:00", "4:00", "25", "N", null, "Gus Hale", null, null], // row 11
  ["N11", at(2026, 3, 3), "14:00", "4:01", "26", "N", null, "Ivy Moss", null, null], // row 12
  // Wed 3/4.
  ["N12", at(2026, 3, 4), "14:00", "18:00", "30", "D", "5", "Gus Hale", null, null], // row 13
  ["N13", at(2026, 3, 4), "13:59", "18:00", "31", "D", null, "Ivy Moss", null, null], // row 14
  ["N14", at(2026, 3, 4), "12:00", "18:00", "32", "D", "2", null, null, null], // row 15
  ["N15", at(2026, 3, 4), "20:00", "0:00", "33", "N", "3", null, null, null], // row 16
  ["N16", at(2026, 3, 4), "19:00", "0:30", "34", "N", null, null, null, "3/5/2026 12:00 AM"], // row 17
  // Thu 3/5: a date-only pick-up.
  ["N17", at(2026, 3, 5), null, null, "40", "D", "2", null, null, null], // row 18
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  plainSheet(wb, "Stripboard", HEADERS, STRIPS, { dateFormat: "ddd m/d/yy" });
  plainSheet(
    wb,
    "Cast",
    ["Cast #", "Name", "Character", "Makeup"],
    [
      [1, "Ada Stone", "MARA", 60],
      [2, "Ben Cole", "DECKHAND", null],
      [3, "Cleo Park", "JUNE", null],
      [4, "Dev Rao", "HARBOURMASTER", 90],
      [5, "Eve Lund", "DIVER", 30],
    ],
  );
  plainSheet(
    wb,
    "Crew",
    ["Name", "Position", "Dept"],
    [
      ["Gus Hale", "Gaffer", "Electric"],
      ["Ivy Moss", "Key Grip", "Grip"],
    ],
  );
  plainSheet(
    wb,
    "Availability",
    ["Resource", "From", "To", "Kind", "Notes"],
    [
      ["Ben Cole", "3/4/2026 18:00", "3/5/2026 00:00", "unavailable", "school run, back at midnight"],
      ["Cleo Park", "3/4/2026 22:00", "3/5/2026 0:00", "day off", "released at 22:00"],
    ],
  );
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "turnaround",
    severity: "error",
    resource: "1",
    items: ["N1", "N5"],
    date: "2026-03-03",
    magnitude: 120,
    why: "Ada wraps N1 at `0:00` = 3/3 00:00 (End earlier than Start: next day); call 11:00 AM - Makeup 60 = 10:00: 10 h of 12",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "5",
    items: ["N9", "N12"],
    date: "2026-03-04",
    magnitude: 210,
    why: "N9 is dated 3/3 but runs 3/4 01:00-05:00 (text date-times); 3/4 call 14:00 - Makeup 30 = 13:30: 8 h 30 of 12",
  },
  {
    type: "long-day",
    severity: "warning",
    resource: "Ivy Moss",
    items: ["N11"],
    date: "2026-03-03",
    magnitude: 1,
    why: "14:00 -> 4:01 (next day) is 14 h 1 min > 14 h",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "Ivy Moss",
    items: ["N11", "N13"],
    date: "2026-03-04",
    magnitude: 2,
    why: "wraps 3/4 04:01, calls 3/4 13:59: 9 h 58 min of IATSE's 10 h",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "3",
    items: ["N15"],
    date: "2026-03-04",
    why: "N15 20:00 -> 3/5 00:00 intersects Cleo's day off 3/4 22:00 -> 3/5 0:00",
  },
  {
    type: "deadline",
    severity: "error",
    resource: undefined,
    items: ["N16"],
    date: "2026-03-04",
    magnitude: 30,
    why: "19:00 -> 0:30 ends 3/5 00:30, Due `3/5/2026 12:00 AM` is 3/5 00:00: 30 min late",
  },
];

const NEAR_MISSES: NearMiss[] = [
  {
    type: "turnaround",
    resource: "2",
    items: ["N1", "N6"],
    why: "Ben: `0:00` wrap (3/3 00:00) -> `12:00 PM` (noon) is exactly 12 h",
  },
  {
    type: "turnaround",
    resource: "4",
    items: ["N3", "N7"],
    why: "Dev: `24:00` wrap = 3/3 00:00 -> 13:30 - Makeup 90 = 12:00: exactly 12 h",
  },
  {
    type: "turnaround",
    resource: "3",
    items: ["N2", "N8"],
    why: "Cleo: `12:30 AM`-`3:00 AM` on a 3/2 row is 3/2 00:30-03:00 (the row's Date, §2), 34 h before 3/3 13:00",
  },
  { type: "long-day", resource: "3", items: ["N2"], why: "Cleo works 2 h 30 on 3/2" },
  { type: "deadline", items: ["N3"], why: "`24:00` wrap = 3/3 00:00, exactly at Due `3/3/2026 00:00`" },
  {
    type: "deadline",
    items: ["N4"],
    why: "`12:00 AM` wrap = 3/3 00:00 = the end of date-only Due 3/2 (12:00 AM is midnight, not noon)",
  },
  { type: "long-day", resource: "Gus Hale", items: ["N10"], why: "14:00 -> 4:00 is exactly 14 h" },
  { type: "turnaround", resource: "Gus Hale", items: ["N10", "N12"], why: "3/4 04:00 -> 14:00 is exactly 10 h" },
  { type: "long-day", resource: "5", items: ["N9"], why: "Eve on 3/3: 3/4 00:30 (call) -> 05:00 is 4 h 30" },
  { type: "unavailable", resource: "2", items: ["N14"], why: "N14 ends 18:00, when Ben's window starts (half-open)" },
  { type: "unavailable", resource: "2", items: ["N17"], why: "date-only 3/5 vs a window ending 3/5 00:00 (half-open)" },
  { type: "double-booking", resource: "1", items: ["N1", "N5"], why: "N1 ends 3/3 00:00, N5 starts 11:00" },
];

const SHOOT_DAYS = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"];

const EXPECTED_DOOD_ROWS: ExpectedDoodRow[] = [
  { resource: "1", codes: ["SW", "WF", "", ""], work: 2, hold: 0, start: "2026-03-02", finish: "2026-03-03" },
  { resource: "2", codes: ["SW", "W", "W", "WF"], work: 4, hold: 0, start: "2026-03-02", finish: "2026-03-05" },
  { resource: "3", codes: ["SW", "W", "WF", ""], work: 3, hold: 0, start: "2026-03-02", finish: "2026-03-04" },
  { resource: "4", codes: ["SW", "WF", "", ""], work: 2, hold: 0, start: "2026-03-02", finish: "2026-03-03" },
  // N9 runs on the calendar 3/4 but is dated 3/3: Eve works 3/3 and 3/4 (N12), nothing on 3/5.
  { resource: "5", codes: ["", "SW", "WF", ""], work: 2, hold: 0, start: "2026-03-03", finish: "2026-03-04" },
];

const EXPECTED_CALL_SHEETS: ExpectedCallSheet[] = [
  {
    date: "2026-03-02",
    items: ["N1", "N2", "N3", "N4"],
    cast: [
      { resource: "1", status: "SW", call: "17:00" }, // 18:00 - Makeup 60
      { resource: "2", status: "SW", call: "18:00" },
      { resource: "3", status: "SW", call: "00:30" }, // 12:30 AM on the row's Date
      { resource: "4", status: "SW", call: "18:30" }, // 20:00 - 90
    ],
  },
  {
    date: "2026-03-03",
    items: ["N5", "N6", "N7", "N8", "N9", "N10", "N11"],
    cast: [
      { resource: "1", status: "WF", call: "10:00" },
      { resource: "2", status: "W", call: "12:00" },
      { resource: "3", status: "W", call: "13:00" },
      { resource: "4", status: "WF", call: "12:00" },
      { resource: "5", status: "SW", call: "00:30" }, // 3/4 01:00 - 30, on the 3/3 sheet
    ],
  },
  {
    date: "2026-03-04",
    items: ["N12", "N13", "N14", "N15", "N16"],
    cast: [
      { resource: "2", status: "W", call: "12:00" },
      { resource: "3", status: "WF", call: "20:00" },
      { resource: "5", status: "WF", call: "13:30" },
    ],
  },
  { date: "2026-03-05", items: ["N17"], cast: [{ resource: "2", status: "WF", call: null }] },
];

describeReport(
  "conformance set 13 / 1: night exteriors with text times 0:00, 24:00, 12:00 AM and next-day date-times",
  () => saveAndCheck(buildWorkbook(), "1-night-exteriors-text-times.xlsx", "conformance13"),
  {
    issues: { title: "0:00, 24:00, 12:00 AM, 12:30 AM and text date-times are all readable: no data issues", keys: [] },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
    dood: {
      title: "DOOD: a night's work (also its after-midnight strips) is on the strip's Date",
      days: SHOOT_DAYS,
      rows: EXPECTED_DOOD_ROWS,
    },
    callSheets: {
      title: "call sheets: one per Date, after-midnight calls on the night's sheet",
      sheets: EXPECTED_CALL_SHEETS,
      names: SHOOT_DAYS.map((d) => ({ date: d, sheet: `Call Sheet ${d}` })),
    },
  },
  (report) => {
    test("all 17 strips are items", () => {
      expect(report().summary.items).toBe(17);
    });
  },
);
