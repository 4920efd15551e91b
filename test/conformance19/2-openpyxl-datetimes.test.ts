/**
 * Set 19, workbook 2: `2-openpyxl-datetimes.xlsx` (openpyxl). Start/End are full datetime.datetime values
 * (openpyxl's default `yyyy-mm-dd h:mm:ss`), night shoots run past midnight, Deadline is a datetime (one at exactly
 * 00:00) or a date (`yyyy-mm-dd`), and an Availability sheet has From/To datetimes (a To at exactly 00:00) and
 * dates. N6 and N7 hold their Date as a datetime at 00:00 (`yyyy-mm-dd h:mm:ss`), the way pandas writes a
 * Timestamp: in a Date column that is just the date.
 *
 * A datetime at exactly 00:00 is stored as a whole serial, the same number as a date; only its number format
 * (`yyyy-mm-dd h:mm:ss` vs `yyyy-mm-dd`) tells them apart. The contract gives them different meanings:
 * "a date-only Deadline means the end of that day" (§5 deadline) and "a date-only To covers that whole day"
 * (§3 Availability), while a date-time is that moment.
 *
 * Expectations worked out by hand from the contract before the engine was run. Cast (SAG-AFTRA 12 h / 14 h):
 * 1 Nora Quinn, 2 Elias Brandt, 3 Rosa Delgado.
 *
 *   N1 Mon 03-02 18:00 -> 03-03 02:00  cast 1  Deadline 2026-03-03 00:00 (date-time)
 *   N2 Mon 03-02 19:00 -> 03-03 03:00  cast 3  Deadline 2026-03-03 (date)
 *   N3 Tue 03-03 16:00 -> 23:00        cast 1  Deadline 2026-03-03 23:00
 *   N4 Tue 03-03 10:00 -> 14:00        cast 2
 *   N5 Wed 03-04 07:00 -> 12:00        cast 2
 *   N6 Thu 03-05 18:00 -> 23:30        cast 1
 *   N7 Thu 03-05 12:00 -> 18:00        cast 3
 *   N8 Wed 03-04 00:00 -> 04:00        cast 3  (Start a date-time at exactly 00:00)
 *   N9 Wed 03-04 03:00 -> 06:00        cast 3
 *
 * Availability: 2 unavailable 03-03 08:00 -> 03-04 00:00; Nora Quinn Day Off 03-05 -> 03-05 (dates);
 * 3 unavailable 03-05 00:00 -> 03-05 12:00.
 */
import type { ExpectedCallSheet, ExpectedDoodRow } from "../conformance/helpers";
import { describeFixture, namesByDate, type Expected19, type NearMiss19 } from "./cli";

const EXPECTED: Expected19[] = [
  {
    type: "deadline",
    severity: "error",
    items: ["N1"],
    date: "2026-03-02",
    why: "Deadline is the date-time 2026-03-03 00:00 (yyyy-mm-dd h:mm:ss): N1 ends 03-03 02:00, after it",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "2",
    items: ["N4"],
    date: "2026-03-03",
    why: "#2 is unavailable 03-03 08:00 to 03-04 00:00; N4 is 10:00-14:00 on 03-03",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "1",
    items: ["N6"],
    date: "2026-03-05",
    why: "Nora Quinn's Day Off 03-05 -> 03-05 (date cells): a date-only To covers the whole day, N6 is 18:00-23:30",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "3",
    items: ["N8", "N9"],
    date: "2026-03-04",
    magnitude: 1,
    why: "#3 00:00-04:00 (a Start date-time at exactly midnight is a time, not date-only) and 03:00-06:00 overlap",
  },
];

const NEAR_MISSES: NearMiss19[] = [
  {
    type: "deadline",
    items: ["N2"],
    why: "Deadline 2026-03-03 is a date (yyyy-mm-dd): the end of that day; N2 ends 03-03 03:00",
  },
  { type: "deadline", items: ["N3"], why: "Deadline 03-03 23:00 is exactly N3's End" },
  {
    type: "unavailable",
    resource: "2",
    items: ["N5"],
    why: "#2's window To is the date-time 03-04 00:00: it ends there, so 03-04 07:00-12:00 is free",
  },
  {
    type: "unavailable",
    resource: "3",
    items: ["N7"],
    why: "#3's window 03-05 00:00-12:00 only touches N7 12:00-18:00",
  },
  {
    type: "turnaround",
    resource: "1",
    items: ["N1", "N3"],
    why: "#1 wraps 03-03 02:00 (N1, dated 03-02), next Start 03-03 16:00: 14 h",
  },
  { type: "long-day", resource: "3", items: ["N8", "N9"], why: "#3 00:00-06:00 is 6 h" },
];

const DAYS = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"];
const DOOD_ROWS: ExpectedDoodRow[] = [
  { resource: "1", codes: ["SW", "W", "H", "WF"], work: 3, hold: 1, start: "2026-03-02", finish: "2026-03-05" },
  { resource: "2", codes: ["", "SW", "WF", ""], work: 2, hold: 0, start: "2026-03-03", finish: "2026-03-04" },
  { resource: "3", codes: ["SW", "H", "W", "WF"], work: 3, hold: 1, start: "2026-03-02", finish: "2026-03-05" },
];

const CALL_SHEETS: ExpectedCallSheet[] = [
  {
    date: "2026-03-02",
    items: ["N1", "N2"],
    cast: [
      { resource: "1", status: "SW", call: "18:00" },
      { resource: "3", status: "SW", call: "19:00" },
    ],
  },
  {
    date: "2026-03-03",
    items: ["N3", "N4"],
    cast: [
      { resource: "1", status: "W", call: "16:00" },
      { resource: "2", status: "SW", call: "10:00" },
    ],
  },
  {
    date: "2026-03-04",
    items: ["N5", "N8", "N9"],
    cast: [
      { resource: "2", status: "WF", call: "07:00" },
      { resource: "3", status: "W", call: "00:00" },
    ],
  },
  {
    date: "2026-03-05",
    items: ["N6", "N7"],
    cast: [
      { resource: "1", status: "WF", call: "18:00" },
      { resource: "3", status: "WF", call: "12:00" },
    ],
  },
];

describeFixture("set 19 / 2: openpyxl datetimes (night shoots, 00:00 date-times)", "2-openpyxl-datetimes.xlsx", {
  issues: { title: "no data issues", keys: [] },
  conflicts: { expected: EXPECTED },
  nearMisses: NEAR_MISSES,
  dood: { title: "DOOD: H between work days; a day off on a work day shows W", days: DAYS, rows: DOOD_ROWS },
  callSheets: {
    title: "call sheets: call = first Start, 00:00 for the midnight start",
    sheets: CALL_SHEETS,
    names: namesByDate(DAYS),
  },
});
