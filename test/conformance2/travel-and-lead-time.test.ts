/**
 * Set 2, workbook 3: travel and lead time. An asymmetric Travel table (Stage A -> Beach B 40 min, Beach B ->
 * Stage A 20 min), a driver and a picture car making both moves with 30 min gaps, a location booked twice at
 * once and also held (in the Resources column) while the unit is elsewhere, and a cast member with a 31 min
 * Lead Time (makeup) for the long-day and turnaround boundaries. Expectations are worked out by hand from the
 * contract (see each `why`).
 *
 * Cast #1 Ruby Vance (SAG-AFTRA by Type: Min Rest 12 h, Max Day 14 h), Lead Time 31 min.
 * Crew Nia Brooks and Omar Said (IATSE by Type). Equipment V1 Picture Car (Type vehicle).
 * Locations Stage A and Beach B (Capacity 1, Type from the sheet name).
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

// Excel rows 2..9 (header in row 1).
const SCHEDULE: CellInput[][] = [
  ["S1", at(2026, 3, 2), "08:00", "10:00", "Stage A", null, "Nia Brooks", "V1", null],
  ["S2", at(2026, 3, 2), "10:30", "12:00", "Beach B", null, "Nia Brooks", "V1", "Stage A"],
  ["S3", at(2026, 3, 2), "12:30", "14:00", "Stage A", null, "Nia Brooks", "V1", null],
  ["S4", at(2026, 3, 2), "13:00", "15:00", "Stage A", null, "Omar Said", null, null],
  ["S5", at(2026, 3, 3), "07:00", "12:00", "Stage A", 1, null, null, null],
  ["S6", at(2026, 3, 3), "13:00", "20:30", "Stage A", 1, null, null, null],
  ["S7", at(2026, 3, 4), "9:01 AM", "20:00", "Stage A", 1, null, null, null],
  ["S8", at(2026, 3, 5), "08:30", "12:00", "Stage A", 1, null, null, null],
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  plainSheet(
    wb,
    "Schedule",
    ["ID", "Date", "Start", "End", "Location", "Cast", "Crew", "Equipment", "Resources"],
    SCHEDULE,
  );
  plainSheet(wb, "Cast", ["Cast #", "Name", "Character", "Lead Time"], [[1, "Ruby Vance", "MAE", 31]]);
  plainSheet(
    wb,
    "Crew",
    ["Name", "Position"],
    [
      ["Nia Brooks", "Picture Car Driver"],
      ["Omar Said", "Set Dresser"],
    ],
  );
  plainSheet(wb, "Equipment", ["ID", "Name", "Type"], [["V1", "Picture Car (1967 Impala)", "vehicle"]]);
  plainSheet(
    wb,
    "Locations",
    ["Name", "Capacity", "Address"],
    [
      ["Stage A", 1, "7 Studio Way"],
      ["Beach B", 1, "Pier Rd"],
    ],
  );
  plainSheet(
    wb,
    "Travel",
    ["From", "To", "Minutes"],
    [
      ["Stage A", "Beach B", 40],
      ["Beach B", "Stage A", 20],
    ],
  );
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "double-booking",
    severity: "error",
    resource: "Stage A",
    items: ["S3", "S4"],
    date: "2026-03-02",
    magnitude: 1,
    why: "Stage A (Capacity 1) is the Location of S3 12:30-14:00 and S4 13:00-15:00",
  },
  {
    type: "travel",
    severity: "warning",
    resource: "Nia Brooks",
    items: ["S1", "S2"],
    date: "2026-03-02",
    magnitude: 10,
    why: "Stage A -> Beach B is 40 min (its own row); the gap is 30 min",
  },
  {
    type: "travel",
    severity: "warning",
    resource: "V1",
    items: ["S1", "S2"],
    date: "2026-03-02",
    magnitude: 10,
    why: "the picture car (a vehicle) makes the same move",
  },
  {
    type: "long-day",
    severity: "warning",
    resource: "1",
    items: ["S5", "S6"],
    date: "2026-03-03",
    why: "07:00-20:30 is 13 h 30 min; with the 31 min Lead Time 14 h 1 min > 14 h",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "1",
    items: ["S7", "S8"],
    date: "2026-03-05",
    magnitude: 1,
    why: "wrap 20:00, call 08:30 less 31 min Lead Time = 07:59: 11 h 59 min for 12 h",
  },
];

const NEAR_MISSES: NearMiss[] = [
  {
    type: "travel",
    resource: "Nia Brooks",
    items: ["S2", "S3"],
    why: "Beach B -> Stage A has its own row, 20 min: a 30 min gap is enough (not the symmetric 40)",
  },
  { type: "travel", resource: "V1", items: ["S2", "S3"], why: "the car's return also has 30 min for 20" },
  {
    type: "travel",
    resource: "Stage A",
    items: ["S1", "S2"],
    why: "Stage A is held in S2 at Beach B 30 min after S1, but locations never travel",
  },
  {
    type: "turnaround",
    resource: "1",
    items: ["S6", "S7"],
    why: "wrap 20:30, call 09:01 less 31 min = 08:30: exactly 12 h",
  },
  { type: "long-day", resource: "1", items: ["S7"], why: "08:30 (with Lead Time) to 20:00 is 11 h 30 min" },
  { type: "double-booking", resource: "Stage A", items: ["S1", "S2"], why: "S1 ends 10:00, S2 starts 10:30" },
];

const EXPECTED_DOOD_ROWS: ExpectedDoodRow[] = [
  { resource: "1", codes: ["", "SW", "W", "WF"], work: 3, hold: 0, start: "2026-03-03", finish: "2026-03-05" },
];

const EXPECTED_CALL_SHEETS: ExpectedCallSheet[] = [
  { date: "2026-03-02", items: ["S1", "S2", "S3", "S4"], cast: [] },
  { date: "2026-03-03", items: ["S5", "S6"], cast: [{ resource: "1", status: "SW", call: "06:29" }] },
  { date: "2026-03-04", items: ["S7"], cast: [{ resource: "1", status: "W", call: "08:30" }] },
  { date: "2026-03-05", items: ["S8"], cast: [{ resource: "1", status: "WF", call: "07:59" }] },
];

describeReport(
  "conformance set 2: asymmetric travel, a vehicle, a double-booked location and Lead Time",
  () => saveAndCheck(buildWorkbook(), "3-travel-and-lead-time.xlsx", "conformance2"),
  {
    issues: { title: "every table is placed: no data issues", keys: [] },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
    dood: {
      title: "DOOD: four shoot days, #1 from 3/3",
      days: ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"],
      rows: EXPECTED_DOOD_ROWS,
    },
    callSheets: {
      title: "call sheets: the cast call is the first Start less the Lead Time",
      sheets: EXPECTED_CALL_SHEETS,
      names: [
        { date: "2026-03-02", sheet: "Call Sheet 2026-03-02" },
        { date: "2026-03-03", sheet: "Call Sheet 2026-03-03" },
        { date: "2026-03-04", sheet: "Call Sheet 2026-03-04" },
        { date: "2026-03-05", sheet: "Call Sheet 2026-03-05" },
      ],
    },
  },
);
