/**
 * Set 3, workbook 1: merged resources. Separate Cast, Crew, Equipment, Vehicles and Locations sheets (plain
 * ranges) whose rows are merged into one resource list; schedule tokens resolve by ID (cast `1` as a number
 * and as text, equipment `E1`), then Name (`camera a`), then Role (`key grip`, and `Grip`, a Role two crew
 * share: the first in table order wins). Locations are resources too: the Location cell books them
 * (double-booking) and an Availability row blocks one (unavailable, timed and date-only), while a Location
 * that names no resource (`Main Street`) is no data issue. A picture car on the Vehicles sheet travels with
 * the 30 min default buffer. Expectations are worked out by hand from the contract (see each `why`).
 *
 * Cast 1 Ruby Vance, 2 Leo Park (SAG-AFTRA). Crew C1 Ana Ortiz (Key Grip), C2 Pat Lee (Grip), C3 Sam Roe
 * (Grip). Equipment E1 Camera A. Vehicle V1 Picture Car. Locations L1 Warehouse, L2 Harbor (Capacity 1).
 */
import ExcelJS from "exceljs";
import {
  at,
  describeReport,
  plainSheet,
  saveAndCheck,
  timeFraction,
  type CellInput,
  type ExpectedCallSheet,
  type ExpectedConflict,
  type ExpectedDoodRow,
  type NearMiss,
} from "../conformance/helpers";

// Excel rows 2..10 (header in row 1). Columns: ID, Date, Start, End, Location, Cast, Crew, Equipment.
const SCHEDULE: CellInput[][] = [
  ["A1", at(2026, 3, 2), timeFraction(8), timeFraction(10), "Warehouse", 1, "key grip", "E1"],
  ["A2", at(2026, 3, 2), timeFraction(9), timeFraction(11), "Warehouse", "2", "Grip", "camera a"],
  ["A3", at(2026, 3, 2), "10:00", "12:00", "Harbor", null, "Pat Lee", null],
  ["A4", at(2026, 3, 2), "10:00", "12:00", "Main Street", null, "Sam Roe", null],
  ["A5", at(2026, 3, 2), "13:00", "14:00", "Warehouse", "1", null, "V1"],
  ["A6", at(2026, 3, 2), "14:20", "15:00", "Harbor", null, null, "Picture Car"],
  ["B1", at(2026, 3, 3), "08:00", "12:00", "Warehouse", 1, "Grip", null],
  ["B2", at(2026, 3, 3), null, null, "Warehouse", 2, null, null],
  ["C1", at(2026, 3, 4), "09:00", "10:00", "Harbor", 2, null, null],
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  plainSheet(wb, "Schedule", ["ID", "Date", "Start", "End", "Location", "Cast", "Crew", "Equipment"], SCHEDULE, {
    timeColumns: [2, 3],
  });
  plainSheet(
    wb,
    "Cast",
    ["Cast #", "Name", "Character"],
    [
      [1, "Ruby Vance", "MAE"],
      [2, "Leo Park", "JONAH"],
    ],
  );
  plainSheet(
    wb,
    "Crew",
    ["ID", "Name", "Position", "Department"],
    [
      ["C1", "Ana Ortiz", "Key Grip", "Grip"],
      ["C2", "Pat Lee", "Grip", "Grip"],
      ["C3", "Sam Roe", "Grip", "Grip"],
    ],
  );
  plainSheet(wb, "Equipment", ["ID", "Name", "Capacity"], [["E1", "Camera A", 1]]);
  plainSheet(wb, "Vehicles", ["ID", "Name", "Capacity"], [["V1", "Picture Car", 1]]);
  plainSheet(
    wb,
    "Locations",
    ["ID", "Name", "Capacity", "Address"],
    [
      ["L1", "Warehouse", 1, "12 Dock St"],
      ["L2", "Harbor", 1, "Pier 4"],
    ],
  );
  plainSheet(
    wb,
    "Availability",
    ["Resource", "From", "To", "Kind", "Notes"],
    [
      ["Warehouse", at(2026, 3, 3), at(2026, 3, 3), "unavailable", "Owner's inventory day"],
      ["Harbor", at(2026, 3, 4, 7), at(2026, 3, 4, 9), "unavailable", "Ferry loading"],
    ],
  );
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "double-booking",
    severity: "error",
    resource: "L1",
    items: ["A1", "A2"],
    date: "2026-03-02",
    magnitude: 1,
    why: "the Location cell books Warehouse (L1, Capacity 1): A1 08-10 and A2 09-11 overlap 09-10",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "E1",
    items: ["A1", "A2"],
    date: "2026-03-02",
    magnitude: 1,
    why: "E1 by ID in A1 and `camera a` by Name in A2 are the same camera",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "C2",
    items: ["A2", "A3"],
    date: "2026-03-02",
    magnitude: 1,
    why: "`Grip` is the Role of C2 and C3; the first in table order (C2 Pat Lee) is also in A3 10-12",
  },
  {
    type: "travel",
    severity: "warning",
    resource: "V1",
    items: ["A5", "A6"],
    date: "2026-03-02",
    magnitude: 10,
    why: "the picture car (V1, then by Name) goes Warehouse -> Harbor in 20 min; no Travel row, buffer 30",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "L1",
    items: ["B1"],
    date: "2026-03-03",
    why: "an Availability row blocks the Warehouse all of 3/3 (a date-only To covers the whole day)",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "L1",
    items: ["B2"],
    date: "2026-03-03",
    why: "a date-only item at the Warehouse is the whole blocked day: one conflict per (resource, item)",
  },
];

const NEAR_MISSES: NearMiss[] = [
  {
    type: "double-booking",
    resource: "C3",
    items: ["A2", "A4"],
    why: "`Grip` resolves to C2 (first in table order), not C3, so Sam Roe is only in A4",
  },
  {
    type: "double-booking",
    resource: "C1",
    items: ["A1"],
    why: "`key grip` is C1 alone; `Grip` is not a prefix match",
  },
  {
    type: "unavailable",
    resource: "L2",
    items: ["C1"],
    why: "Harbor blocked 07:00-09:00, C1 starts 09:00 (half-open)",
  },
  { type: "travel", resource: "L1", items: ["A5"], why: "locations never travel" },
  { type: "travel", resource: "1", items: ["A1", "A5"], why: "Ruby stays at the Warehouse" },
  { type: "double-booking", resource: "L2", items: ["A3", "A6"], why: "Harbor: A3 ends 12:00, A6 starts 14:20" },
];

const EXPECTED_DOOD_ROWS: ExpectedDoodRow[] = [
  { resource: "1", codes: ["SW", "WF", ""], work: 2, hold: 0, start: "2026-03-02", finish: "2026-03-03" },
  { resource: "2", codes: ["SW", "W", "WF"], work: 3, hold: 0, start: "2026-03-02", finish: "2026-03-04" },
];

const EXPECTED_CALL_SHEETS: ExpectedCallSheet[] = [
  {
    date: "2026-03-02",
    items: ["A1", "A2", "A3", "A4", "A5", "A6"],
    cast: [
      { resource: "1", status: "SW", call: "08:00" },
      { resource: "2", status: "SW", call: "09:00" },
    ],
  },
  {
    date: "2026-03-03",
    items: ["B1", "B2"],
    cast: [
      { resource: "1", status: "WF", call: "08:00" },
      { resource: "2", status: "W", call: null },
    ],
  },
  { date: "2026-03-04", items: ["C1"], cast: [{ resource: "2", status: "WF", call: "09:00" }] },
];

describeReport(
  "conformance set 3: merged Cast/Crew/Equipment/Vehicles/Locations sheets and token resolution",
  () => saveAndCheck(buildWorkbook(), "1-merged-resources.xlsx", "conformance3"),
  {
    issues: {
      title: "every sheet is placed and every token resolves: no data issues (Main Street is no resource)",
      keys: [],
    },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
    dood: {
      title: "DOOD: cast only, in Cast-sheet order",
      days: ["2026-03-02", "2026-03-03", "2026-03-04"],
      rows: EXPECTED_DOOD_ROWS,
    },
    callSheets: {
      title: "call sheets: a cast member with only a date-only item that day has call null",
      sheets: EXPECTED_CALL_SHEETS,
    },
  },
  (report) => {
    test("nine items and nine merged resources", () => {
      expect(report().summary.items).toBe(9);
      expect(report().summary.resources).toBe(9);
    });
  },
);
