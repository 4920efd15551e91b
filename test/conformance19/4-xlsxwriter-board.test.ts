/**
 * Set 19, workbook 4: `4-xlsxwriter-board.xlsx` (XlsxWriter). A merged title row (A1:H1) above an Excel table
 * (`tblBoard`, add_table, header row 3) on `Shooting Schedule`; dates by write_datetime with `ddd d mmm yyyy`,
 * times with `h:mm AM/PM`; numbers written as floats (Cast `1.0`, Pgs `0.375`); Cast as a plain range with
 * header `No.` and float IDs; Crew by Name and by Role (`Boom Op`). Two Wrap formulas: `=C5+3/24` given its value
 * (14:00, cached) and `=C6+10/24` written with XlsxWriter's default cached value 0 (Excel shows 18:00 after
 * recalculating on load; the file holds 0).
 *
 * The file sets fullCalcOnLoad, so the readers recompute both formulas (src/core/formula.ts) and D6 reads 18:00
 * as in Excel; before, the cached 0 was taken (docs/conformance.md, set 19, disagreement 2).
 *
 * Expectations worked out by hand from the contract before the engine was run (as Excel shows the workbook).
 * Cast SAG-AFTRA (12 h / 14 h), crew IATSE; 30 min buffer.
 *
 *   H1 Mon 04-06 07:00-12:00                 cast 1     Sam Ortiz  Lighthouse
 *   H2 Mon 04-06 11:00-=C5+3/24 (14:00)      cast 1, 2             Lighthouse
 *   H3 Mon 04-06 08:00-=C6+10/24 (18:00; 0)  cast 3                Lighthouse
 *   H4 Tue 04-07 05:30-11:00                 cast 3                Lighthouse
 *   H5 Tue 04-07 11:00-13:00                 cast 2     Kit Moreau Lighthouse
 *   H6 Tue 04-07 13:20-15:00                            Boom Op    Beach Road
 */
import type { ExpectedCallSheet, ExpectedDoodRow } from "../conformance/helpers";
import { describeFixture, namesByDate, type Expected19, type NearMiss19 } from "./cli";

const EXPECTED: Expected19[] = [
  {
    type: "double-booking",
    severity: "error",
    resource: "1",
    items: ["H1", "H2"],
    date: "2026-04-06",
    magnitude: 1,
    why: "#1 (a float 1.0 cell) 07:00-12:00 and 11:00-14:00 (the formula's given value) overlap 11:00-12:00",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "3",
    items: ["H3", "H4"],
    date: "2026-04-07",
    magnitude: 30,
    why: "#3 wraps 18:00 (=C6+10/24 as Excel shows it), next call 05:30: 11 h 30 < 12 h",
  },
  {
    type: "travel",
    severity: "warning",
    resource: "Kit Moreau",
    items: ["H5", "H6"],
    date: "2026-04-07",
    magnitude: 10,
    why: "Kit (by Name, then by Role `Boom Op`) ends 13:00 at Lighthouse, starts 13:20 at Beach Road: 20 < 30 min",
  },
];

const NEAR_MISSES: NearMiss19[] = [
  {
    type: "long-day",
    resource: "3",
    items: ["H3"],
    why: "#3 08:00-18:00 is 10 h (the cached 0 would read as a wrap at midnight: 16 h)",
  },
  { type: "turnaround", resource: "2", items: ["H2", "H5"], why: "#2 14:00 -> 11:00 next day is 21 h" },
  { type: "double-booking", resource: "3", items: ["H3"], why: "#3 has one item on 04-06" },
];

const DAYS = ["2026-04-06", "2026-04-07"];
const DOOD_ROWS: ExpectedDoodRow[] = [
  { resource: "1", codes: ["SWF", ""], work: 1, hold: 0 },
  { resource: "2", codes: ["SW", "WF"], work: 2, hold: 0 },
  { resource: "3", codes: ["SW", "WF"], work: 2, hold: 0 },
];
const CALL_SHEETS: ExpectedCallSheet[] = [
  {
    date: "2026-04-06",
    items: ["H1", "H2", "H3"],
    cast: [
      { resource: "1", status: "SWF", call: "07:00" },
      { resource: "2", status: "SW", call: "11:00" },
      { resource: "3", status: "SW", call: "08:00" },
    ],
  },
  {
    date: "2026-04-07",
    items: ["H4", "H5", "H6"],
    cast: [
      { resource: "2", status: "WF", call: "11:00" },
      { resource: "3", status: "WF", call: "05:30" },
    ],
  },
];

describeFixture(
  "set 19 / 4: XlsxWriter board (add_table under a merged title, cached formulas)",
  "4-xlsxwriter-board.xlsx",
  {
    issues: { title: "the merged title row is outside the table: no data issues", keys: [] },
    conflicts: { expected: EXPECTED },
    nearMisses: NEAR_MISSES,
    dood: { title: "DOOD: float cast IDs read as the IDs 1, 2, 3", days: DAYS, rows: DOOD_ROWS },
    callSheets: { title: "call sheets by date", sheets: CALL_SHEETS, names: namesByDate(DAYS) },
  },
);
