/**
 * Set 21, round 2 (workbooks written by scripts and tools): DOOD, priorities, rules at their edges (openpyxl).
 *
 * - `r2-04-dood-holds`: a one-liner over 15 shoot days (3/2-3/20), `Allow Drop` Yes / No / Y / TRUE, Availability
 *   with travel on a Sunday, a fitting 10:00-12:00, a hold, a hold 3/11 00:00 - 3/12 00:00, travel on a work day;
 *   a Rules row `SAG-AFTRA` with only Drop Days = 12.
 * - `r2-05-priorities`: a post-production task list (Jira words Highest / Lowest, "&nbsp;2 ", normal), deadlines as
 *   text "2026-03-16 18:00", a date-time and "3/20/2026"; Depends On "T3⏎T4" and "T6; T5"; a T8/T9 cycle; a
 *   Cancelled T10; T3 starting exactly when T2 ends.
 * - `r2-06-edges`: a company move (Stage 4 -> "Maple House " -> Pier 39, a Travel row "Maple House&nbsp;"), rest of
 *   exactly 12 h with Lead Time and exactly 10 h, a 14 h day exactly, an availability window touching a strip, a
 *   location Unavailable date, a 7th consecutive day, deliveries 5 min late, 5 min early and on time.
 *
 * Expectations: the explorer's (round 2, EXPECT.md), adjusted only for the decisions in docs/workbook-format.md.
 */
import type { ExpectedDoodRow } from "../conformance/helpers";
import { describeFixture, type Expected19, type NearMiss19 } from "./cli";

// ---------------------------------------------------------------------------------------------------------------
// r2-04: DOOD drops, holds, travel, fitting
// ---------------------------------------------------------------------------------------------------------------
const DOOD_DAYS = [2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20].map(
  (d) => `2026-03-${String(d).padStart(2, "0")}`,
);
const blank = (n: number): string[] => Array<string>(n).fill("");
const hold = (n: number): string[] => Array<string>(n).fill("H");
const DOOD_ROWS: ExpectedDoodRow[] = [
  { resource: "1", codes: ["SW", ...Array<string>(13).fill("W"), "WF"], work: 15, hold: 0 },
  // Allow Drop "Yes": 3/2 then 3/16 is a 13-day gap > Drop Days 12
  { resource: "2", codes: ["SWD", ...blank(9), "PW", "W", "H", "H", "WF"], work: 4, hold: 2 },
  // Allow Drop "No": held
  { resource: "3", codes: ["SW", ...hold(9), "WF", ...blank(4)], work: 2, hold: 9 },
  // Allow Drop "Y", an 8-day gap: no drop
  { resource: "4", codes: ["", "", "SW", ...hold(6), "WF", ...blank(5)], work: 2, hold: 6 },
  // fitting 3/3, travel 3/9 (the Sunday 3/1 travel is not a column), hold 3/10
  { resource: "5", codes: ["", "F", "SW", "W", "WF", "T", "H", ...blank(8)], work: 3, hold: 1, travel: 1 },
  // hold 3/11 00:00 - 3/12 00:00 ends at midnight; work beats travel on 3/12
  { resource: "6", codes: [...blank(7), "H", "SWF", ...blank(6)], work: 1, hold: 1 },
  // Allow Drop TRUE, a 12-day gap: no drop at Drop Days 12 (the Rules row is read)
  { resource: "7", codes: ["", "SW", ...hold(8), "WF", ...blank(4)], work: 2, hold: 8 },
];

describeFixture(
  "set 21 / r2-04: DOOD with drops, holds, fitting, travel and a Drop Days-only Rules row",
  "r2-04-dood-holds.xlsx",
  {
    issues: { title: "no data issues", keys: [] },
    conflicts: {
      expected: [
        {
          type: "turnaround",
          severity: "error",
          resource: "1",
          items: ["row:5", "row:6"],
          date: "2026-03-06",
          magnitude: 120,
          why: "wrap 20:00 on 3/5, call 06:00 on 3/6: 10 h < 12 h (blank Min Rest keeps the default)",
        },
        {
          type: "turnaround",
          severity: "error",
          resource: "5",
          items: ["row:5", "row:6"],
          date: "2026-03-06",
          magnitude: 120,
          why: "Sam Ito is on the same two strips (the explorer overlooked him by hand and agreed with the tool)",
        },
      ],
    },
    nearMisses: [{ type: "long-day", resource: "1", items: ["row:5"], why: "08:00-20:00 is 12 h" }],
    dood: { title: "DOOD: 15 columns, every drop, hold, fitting and travel", days: DOOD_DAYS, rows: DOOD_ROWS },
  },
);

// ---------------------------------------------------------------------------------------------------------------
// r2-05: priorities and dependencies
// ---------------------------------------------------------------------------------------------------------------
const TASKS_EXPECTED: Expected19[] = [
  {
    type: "double-booking",
    severity: "error",
    resource: "Kim Lee",
    items: ["T1", "T12"],
    date: "2026-03-16",
    magnitude: 1,
    why: "T1 09:00-17:00 and T12 16:30-17:30",
  },
  {
    type: "dependency",
    severity: "error",
    items: ["T1", "T5"],
    date: "2026-03-16",
    magnitude: 240,
    why: "T5 starts 13:00, T1 ends 17:00",
  },
  {
    type: "dependency",
    severity: "error",
    items: ["T2", "T4"],
    date: "2026-03-17",
    magnitude: 1,
    why: "T4 starts 10:59, T2 ends 11:00",
  },
  {
    // The explorer's EXPECT.md had only the cycle issue; the report calls this second finding "acceptable".
    type: "dependency",
    severity: "error",
    items: ["T8", "T9"],
    date: "2026-03-18",
    magnitude: 360,
    why: "T8 starts 09:00 and depends on T9, which ends 15:00 (part of the T8/T9 cycle)",
  },
  {
    type: "deadline",
    severity: "error",
    items: ["T6"],
    date: "2026-03-19",
    magnitude: 5,
    why: "T6 ends 17:05, Deadline 2026-03-19 17:00 (a date-time cell)",
  },
];

const TASKS_NEAR: NearMiss19[] = [
  { type: "dependency", items: ["T2", "T3"], why: "T3 starts exactly when T2 ends (11:00)" },
  { type: "deadline", items: ["T1"], why: "T1 ends 17:00, due '2026-03-16 18:00'" },
  { type: "deadline", items: ["T7"], why: "T7 is date-only on 3/20, due '3/20/2026' (the whole day)" },
  { type: "dependency", items: ["T7", "T10"], why: "T10 is Cancelled" },
];

describeFixture(
  "set 21 / r2-05: post-production tasks with Jira priorities, a cycle and a cancelled task",
  "r2-05-priorities.xlsx",
  {
    issues: {
      title: "data issues: the T8/T9 cycle only (Highest, Lowest, normal and '\u00a02 ' are priorities)",
      keys: ["dependency-cycle | Tasks | I9"],
    },
    conflicts: { expected: TASKS_EXPECTED },
    nearMisses: TASKS_NEAR,
  },
  (report) => {
    test("eleven items: T10 (Cancelled) is left out", () => {
      expect(report().summary.items).toBe(11);
      expect(report().priorities.map((p) => p.item)).not.toContain("T10");
    });
  },
);

// ---------------------------------------------------------------------------------------------------------------
// r2-06: rules at their edges
// ---------------------------------------------------------------------------------------------------------------
const EDGE_TRAVEL = ["2", "C1", "Camera A"].map((resource): Expected19 => ({
  type: "travel",
  severity: "warning",
  resource,
  items: ["E03", "E04"],
  date: "2026-03-03",
  magnitude: 10,
  why: "'Maple House ' -> Pier 39 takes 40 min (Travel row 'Maple House\u00a0'); 30 min between 17:00 and 17:30",
}));

const EDGES_EXPECTED: Expected19[] = [
  ...EDGE_TRAVEL,
  {
    type: "turnaround",
    severity: "error",
    resource: "2",
    items: ["E04", "E05"],
    date: "2026-03-04",
    magnitude: 120,
    why: "Ana Lopez wraps 19:00 on 3/3, called 05:00 on 3/4: 10 h < 12 h",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "2",
    items: ["E06"],
    date: "2026-03-04",
    magnitude: 30,
    why: "Ana Lopez away 14:00-18:00; E06 is 17:30-19:00",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "Pier 39",
    items: ["E07"],
    date: "2026-03-05",
    magnitude: 300,
    why: "Pier 39 is Unavailable 3/5/2026; E07 07:00-12:00",
  },
  {
    type: "material-late",
    severity: "error",
    items: ["E08"],
    date: "2026-03-06",
    magnitude: 5,
    why: "the picture car arrives 07:05 for E08 at 07:00",
  },
  {
    type: "consecutive-days",
    severity: "warning",
    resource: "C1",
    items: ["E10"],
    date: "2026-03-02",
    magnitude: 1,
    why: "the DP works 3/2-3/8, 7 days in a row (IATSE allows 6)",
  },
];

const EDGES_NEAR: NearMiss19[] = [
  {
    type: "travel",
    resource: "C1",
    items: ["E02", "E03"],
    why: "Stage 4 -> Maple House takes 45 min; 12:00 to 12:45 is 45 min",
  },
  { type: "travel", resource: "1", items: ["E02", "E03"], why: "the same move for Tom Reed" },
  {
    type: "turnaround",
    resource: "1",
    items: ["E01", "E02"],
    why: "wrap 19:00, call 07:00 (07:30 minus Lead Time 30): exactly 12 h",
  },
  {
    type: "turnaround",
    resource: "C1",
    items: ["E04", "E05"],
    why: "the DP wraps 19:00, called 05:00: exactly IATSE's 10 h",
  },
  { type: "unavailable", resource: "2", items: ["E05"], why: "E05 ends 14:00, when the window starts" },
  { type: "material-late", items: ["E09"], why: "the rain tower arrives '3/7/2026 6:55 AM', 5 min early" },
  { type: "material-late", items: ["E10"], why: "the squibs arrive 07:00, on time" },
  { type: "long-day", resource: "C1", items: ["E05", "E06"], why: "05:00 to 19:00 is exactly 14 h" },
];

describeFixture(
  "set 21 / r2-06: rules at their edges (exact rest, exact day, touching windows, minutes late)",
  "r2-06-edges.xlsx",
  {
    issues: { title: "no data issues ('Maple House ' and 'Maple House\u00a0' are Maple House)", keys: [] },
    conflicts: { expected: EDGES_EXPECTED },
    nearMisses: EDGES_NEAR,
    dood: {
      title: "DOOD: 1 SW WF, 2 SW WF, 3 SW W WF",
      days: ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08"],
      rows: [
        { resource: "1", codes: ["SW", "WF", ...blank(5)], work: 2, hold: 0 },
        { resource: "2", codes: ["", "SW", "WF", ...blank(4)], work: 2, hold: 0 },
        { resource: "3", codes: [...blank(4), "SW", "W", "WF"], work: 3, hold: 0 },
      ],
    },
  },
  (report) => {
    test("the 3/3 call sheet lists all three locations with their addresses", () => {
      const day = report().callSheets.find((s) => s.date === "2026-03-03");
      expect(day?.locations.map((l) => [l.name, l.address])).toEqual([
        ["Stage 4", "100 Studio Way"],
        ["Maple House", "12 Maple Ave"],
        ["Pier 39", "Pier 39, Embarcadero"],
      ]);
    });
  },
);
