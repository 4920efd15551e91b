/**
 * Set 19, workbook 7: `7-openpyxl-durations.xlsx` (openpyxl). A Schedule with Start and Duration but no End.
 * openpyxl writes a datetime.timedelta as a number of DAYS with the number format `[hh]:mm:ss` (Excel shows
 * `08:00:00`); next to it a plain number of hours (`5.5`) and the text `1:30`.
 *
 * The contract: "Durations: hours as a number, or text `1:30`, `90m`, `1h30`, `1.5h`". A timedelta cell is not
 * "hours as a number": it is a duration the workbook formats as h:mm:ss, and a coordinator reads `02:30:00` as
 * 2 h 30 (read as hours, 0.104 would be 6 minutes). Set 4's choice (a row with Start and Duration ends at
 * Start + Duration) applies.
 *
 * Expectations worked out by hand before the engine was run. Cast SAG-AFTRA (12 h / 14 h).
 *
 *   T1 Mon 03-02 06:00 + 8:00:00 (timedelta)  -> 14:00  cast 1
 *   T2 Mon 03-02 13:00 + 2:30:00 (timedelta)  -> 15:30  cast 1
 *   T3 Mon 03-02 15:30 + 5.5 (hours)          -> 21:00  cast 1
 *   T4 Tue 03-03 08:00 + 1:00:00 (timedelta)  -> 09:00  cast 1
 *   T5 Tue 03-03 09:00 + 1:30:00 (timedelta)  -> 10:30  cast 2
 *   T6 Tue 03-03 10:00 + "1:30" (text)        -> 11:30  cast 2
 */
import type { ExpectedCallSheet, ExpectedDoodRow } from "../conformance/helpers";
import { describeFixture, namesByDate, type Expected19, type NearMiss19 } from "./cli";

const EXPECTED: Expected19[] = [
  {
    type: "double-booking",
    severity: "error",
    resource: "1",
    items: ["T1", "T2"],
    date: "2026-03-02",
    magnitude: 1,
    why: "#1 06:00-14:00 (8:00:00 timedelta) and 13:00-15:30 overlap 13:00-14:00",
  },
  {
    type: "long-day",
    severity: "warning",
    resource: "1",
    items: ["T1", "T2", "T3"],
    date: "2026-03-02",
    why: "#1 06:00 to 21:00 (15:30 + 5.5 h) is 15 h > 14 h",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "1",
    items: ["T3", "T4"],
    date: "2026-03-03",
    magnitude: 60,
    why: "#1 wraps 21:00, next Start 08:00: 11 h < 12 h",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "2",
    items: ["T5", "T6"],
    date: "2026-03-03",
    magnitude: 1,
    why: "#2 09:00-10:30 (1:30:00 timedelta) and 10:00-11:30 (text 1:30) overlap 10:00-10:30",
  },
];

const NEAR_MISSES: NearMiss19[] = [
  { type: "double-booking", resource: "1", items: ["T2", "T3"], why: "#1 15:30 end and 15:30 start only touch" },
  { type: "double-booking", resource: "1", items: ["T3", "T4"], why: "different dates, no overlap" },
];

const DAYS = ["2026-03-02", "2026-03-03"];
const DOOD_ROWS: ExpectedDoodRow[] = [
  { resource: "1", codes: ["SW", "WF"], work: 2, hold: 0 },
  { resource: "2", codes: ["", "SWF"], work: 1, hold: 0 },
];
const CALL_SHEETS: ExpectedCallSheet[] = [
  { date: "2026-03-02", items: ["T1", "T2", "T3"], cast: [{ resource: "1", status: "SW", call: "06:00" }] },
  {
    date: "2026-03-03",
    items: ["T4", "T5", "T6"],
    cast: [
      { resource: "1", status: "WF", call: "08:00" },
      { resource: "2", status: "SWF", call: "09:00" },
    ],
  },
];

describeFixture("set 19 / 7: openpyxl durations (timedelta cells, hours, text)", "7-openpyxl-durations.xlsx", {
  issues: { title: "no data issues", keys: [] },
  conflicts: { expected: EXPECTED },
  nearMisses: NEAR_MISSES,
  dood: { title: "DOOD", days: DAYS, rows: DOOD_ROWS },
  callSheets: { title: "call sheets by date", sheets: CALL_SHEETS, names: namesByDate(DAYS) },
});
