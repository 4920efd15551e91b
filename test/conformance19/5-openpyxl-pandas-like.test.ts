/**
 * Set 19, workbook 5: `5-openpyxl-pandas-like.xlsx` (openpyxl), the shape a DataFrame dump has: header in row 1,
 * an unnamed index column on the left (A1 empty, 0..n below), every number a float with no number format (Scene
 * `1.0`, Date as the bare serial `46083.0`, Start/End as bare day fractions `0.2916…`, Cast `1.0` or text
 * `1, 2`), a None (empty) Location, and booleans (`Allow Drop` True/False) on the Cast sheet, which has the index
 * column too.
 *
 * Expectations worked out by hand from the contract before the engine was run. No ID column: items are row:N.
 * Cast SAG-AFTRA (12 h / 14 h). Drop Days default 10.
 *
 *   row:2 Mon 03-02 07:00-17:00 cast 1
 *   row:3 Mon 03-02 16:00-19:00 cast 1, 2
 *   row:4 Tue 03-03 06:30-12:00 cast 1      (no Location)
 *   row:5 Mon 03-16 08:00-18:00 cast 1
 *   row:6 Tue 03-17 07:00-12:00 cast 1, 2
 */
import type { ExpectedCallSheet, ExpectedDoodRow } from "../conformance/helpers";
import { describeFixture, namesByDate, type Expected19, type NearMiss19 } from "./cli";

const EXPECTED: Expected19[] = [
  {
    type: "double-booking",
    severity: "error",
    resource: "1",
    items: ["row:2", "row:3"],
    date: "2026-03-02",
    magnitude: 1,
    why: "#1 (float 1.0) 07:00-17:00 and 16:00-19:00 overlap 16:00-17:00 (bare serial date, bare fractions)",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "1",
    items: ["row:3", "row:4"],
    date: "2026-03-03",
    magnitude: 30,
    why: "#1 wraps 19:00, next Start 06:30: 11 h 30 < 12 h",
  },
];

const NEAR_MISSES: NearMiss19[] = [
  { type: "turnaround", resource: "1", items: ["row:5", "row:6"], why: "#1 18:00 -> 07:00 is 13 h" },
  { type: "long-day", resource: "1", items: ["row:2", "row:3"], why: "#1 07:00-19:00 is 12 h" },
];

const DAYS = ["2026-03-02", "2026-03-03", "2026-03-16", "2026-03-17"];
const DOOD_ROWS: ExpectedDoodRow[] = [
  {
    resource: "1",
    codes: ["SW", "WD", "PW", "WF"],
    work: 4,
    hold: 0,
    start: "2026-03-02",
    finish: "2026-03-17",
  },
  {
    resource: "2",
    codes: ["SW", "H", "H", "WF"],
    work: 2,
    hold: 2,
    start: "2026-03-02",
    finish: "2026-03-17",
  },
];
const CALL_SHEETS: ExpectedCallSheet[] = [
  {
    date: "2026-03-02",
    items: ["row:2", "row:3"],
    cast: [
      { resource: "1", status: "SW", call: "07:00" },
      { resource: "2", status: "SW", call: "16:00" },
    ],
  },
  { date: "2026-03-03", items: ["row:4"], cast: [{ resource: "1", status: "WD", call: "06:30" }] },
  { date: "2026-03-16", items: ["row:5"], cast: [{ resource: "1", status: "PW", call: "08:00" }] },
  {
    date: "2026-03-17",
    items: ["row:6"],
    cast: [
      { resource: "1", status: "WF", call: "07:00" },
      { resource: "2", status: "WF", call: "07:00" },
    ],
  },
];

describeFixture(
  "set 19 / 5: pandas-like openpyxl sheet (floats, bare serials, index column, booleans)",
  "5-openpyxl-pandas-like.xlsx",
  {
    issues: { title: "the unnamed index column is an unknown column: no data issues", keys: [] },
    conflicts: { expected: EXPECTED },
    nearMisses: NEAR_MISSES,
    dood: {
      title: "DOOD: Allow Drop TRUE (a boolean cell) drops the 12-day gap (WD ... PW); FALSE keeps H",
      days: DAYS,
      rows: DOOD_ROWS,
    },
    callSheets: { title: "call sheets by date", sheets: CALL_SHEETS, names: namesByDate(DAYS) },
  },
);
