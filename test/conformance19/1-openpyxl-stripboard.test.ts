/**
 * Set 19, workbooks 1 and 6: one stripboard written twice by Python.
 *
 * - `1-openpyxl-stripboard.xlsx` (openpyxl): a plain range under a merged title row (A1:I1, blank row 2, header
 *   row 3); Date as datetime.date (openpyxl's default `yyyy-mm-dd`), Start/End
 *   as datetime.time (`h:mm:ss`), Cast as an int (`3`) and as text (`1, 4`), Crew by Name (`;` list) and by Role
 *   (`Key Grip`); the Cast list is an openpyxl worksheet Table (`tblCast`, placed by its sheet name `Cast`), Crew a
 *   plain range; openpyxl writes strings inline here (`t="inlineStr"`).
 * - `6-xlsxwriter-constant-memory.xlsx` (XlsxWriter, `constant_memory`): the same rows with write_datetime
 *   (`yyyy-mm-dd`, `hh:mm`), every string an inline string, the Cast list a plain range.
 *
 * Expectations worked out by hand from the contract before the engine was run. Dates: Mon 2026-03-02 (D1),
 * Tue 03-03 (D2), Wed 03-04 (D3). Cast: SAG-AFTRA (Min Rest 12 h, Max Day 14 h); crew: IATSE (10 h, 14 h).
 * No Travel table: the 30 min buffer. No Locations table: the Location cells name no resource.
 *
 *   S01 D1 08:00-20:00 cast 1, 4   Marco            Harbor Warehouse
 *   S02 D1 07:00-19:00 cast 3                       Harbor Warehouse
 *   S03 D2 07:30-12:00 cast 1                       Kane Apartment
 *   S04 D2 07:00-11:00 cast 3                       Kane Apartment
 *   S05 D2 12:00-15:00 cast 2                       Kane Apartment
 *   S06 D2 14:00-16:00 cast 2                       Kane Apartment
 *   S07 D2 16:00-18:00 cast 2                       Kane Apartment
 *   S08 D3 06:00-13:00         Dana; Priya          Police Station
 *   S09 D3 13:20-20:01         Dana                 Police Station
 *   S10 D3 13:20-15:00         Priya                Harbor Warehouse
 *   S11 D3 06:00-14:00         Marco                Police Station
 *   S12 D3 14:00-20:00         Key Grip (= Marco)   Police Station
 *   S13 D3 15:30-17:00         Priya                Kane Apartment
 */
import type { ExpectedCallSheet, ExpectedDoodRow } from "../conformance/helpers";
import { describeFixture, namesByDate, type Expected19, type Expectations19, type NearMiss19 } from "./cli";

const EXPECTED: Expected19[] = [
  {
    type: "turnaround",
    severity: "error",
    resource: "1",
    items: ["S01", "S03"],
    date: "2026-03-03",
    magnitude: 30,
    why: "#1 wraps 20:00 on D1 (time cells), next Start 07:30: 11 h 30 < 12 h (SAG-AFTRA)",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "2",
    items: ["S05", "S06"],
    date: "2026-03-03",
    magnitude: 1,
    why: "#2 (an int cell) 12:00-15:00 and 14:00-16:00 overlap 14:00-15:00: one over capacity 1",
  },
  {
    type: "long-day",
    severity: "warning",
    resource: "Dana Whitfield",
    items: ["S08", "S09"],
    date: "2026-03-04",
    why: "Dana 06:00 to 20:01 is 14 h 1 min > 14 h (IATSE); a crew row with no ID is named by Name",
  },
  {
    type: "travel",
    severity: "warning",
    resource: "Priya Shah",
    items: ["S08", "S10"],
    date: "2026-03-04",
    magnitude: 10,
    why: "Priya ends 13:00 at Police Station, starts 13:20 at Harbor Warehouse: 20 min gap < 30 min buffer",
  },
];

const NEAR_MISSES: NearMiss19[] = [
  {
    type: "turnaround",
    resource: "3",
    items: ["S02", "S04"],
    why: "#3 wraps 19:00 on D1, next Start 07:00: exactly 12 h",
  },
  {
    type: "double-booking",
    resource: "2",
    items: ["S06", "S07"],
    why: "#2 16:00 wrap and 16:00 call only touch (half-open intervals)",
  },
  {
    type: "long-day",
    resource: "Marco Ruiz",
    items: ["S11", "S12"],
    why: "Marco (S12 names him by Role `Key Grip`) 06:00 to 20:00 is exactly 14 h",
  },
  {
    type: "travel",
    resource: "Priya Shah",
    items: ["S10", "S13"],
    why: "Priya ends 15:00 at Harbor Warehouse, starts 15:30 at Kane Apartment: exactly the 30 min buffer",
  },
  {
    type: "turnaround",
    resource: "Marco Ruiz",
    items: ["S01", "S11"],
    why: "Marco's own dates D1 and D3: 20:00 to 06:00 two days later is 34 h",
  },
];

const DAYS = ["2026-03-02", "2026-03-03", "2026-03-04"];
const DOOD_ROWS: ExpectedDoodRow[] = [
  { resource: "1", codes: ["SW", "WF", ""], work: 2, hold: 0, start: "2026-03-02", finish: "2026-03-03" },
  { resource: "2", codes: ["", "SWF", ""], work: 1, hold: 0, start: "2026-03-03", finish: "2026-03-03" },
  { resource: "3", codes: ["SW", "WF", ""], work: 2, hold: 0, start: "2026-03-02", finish: "2026-03-03" },
  { resource: "4", codes: ["SWF", "", ""], work: 1, hold: 0, start: "2026-03-02", finish: "2026-03-02" },
  { resource: "5", codes: ["", "", ""], work: 0, hold: 0 },
];

const CALL_SHEETS: ExpectedCallSheet[] = [
  {
    date: "2026-03-02",
    items: ["S01", "S02"],
    cast: [
      { resource: "1", status: "SW", call: "08:00" },
      { resource: "3", status: "SW", call: "07:00" },
      { resource: "4", status: "SWF", call: "08:00" },
    ],
  },
  {
    date: "2026-03-03",
    items: ["S03", "S04", "S05", "S06", "S07"],
    cast: [
      { resource: "1", status: "WF", call: "07:30" },
      { resource: "2", status: "SWF", call: "12:00" },
      { resource: "3", status: "WF", call: "07:00" },
    ],
  },
  { date: "2026-03-04", items: ["S08", "S09", "S10", "S11", "S12", "S13"], cast: [] },
];

const WANT: Expectations19 = {
  issues: { title: "no data issues", keys: [] },
  conflicts: { expected: EXPECTED },
  nearMisses: NEAR_MISSES,
  dood: {
    title: "DOOD: cast in table order, SWF for a one-day cast member, a cast member who never works",
    days: DAYS,
    rows: DOOD_ROWS,
  },
  callSheets: {
    title: "call sheets: one per shoot day, call = first Start (no Lead Time)",
    sheets: CALL_SHEETS,
    names: namesByDate(DAYS),
  },
};

describeFixture(
  "set 19 / 1: openpyxl stripboard (date/time objects, openpyxl Table)",
  "1-openpyxl-stripboard.xlsx",
  WANT,
);

describeFixture(
  "set 19 / 6: the same stripboard from XlsxWriter constant_memory (inline strings)",
  "6-xlsxwriter-constant-memory.xlsx",
  WANT,
);
