/**
 * Set 4, workbook 1: a TV episodic board ("HARBOR LIGHTS", ep. 104) shot by two units on the same days.
 * The main unit is an Excel table `tblMainUnit` on the "Shooting Schedule" sheet (time-fraction Call/Wrap
 * cells, `Day`, `Sc.`, `Page Count`, `Cast IDs`, `Crew Members`, an unknown `Ep` column). The 2nd unit is an
 * Excel table `tbl2ndUnit` on a "2nd Unit" sheet whose names name no role, with the aliases `From`/`To`
 * (which are also Availability/Travel columns), `Loc`, `Talent`, `Staff` and text times `8:00 AM`, `12:00 PM`
 * (noon), `12:55 AM` (after midnight). Both tables are one schedule (schedule order = sheet order, then row).
 * Cast and crew are shared between the units on the same days: a cast member in both at once
 * (double-booking), a stunt double whose day spans both units (travel, long-day, turnaround), a 2nd-unit camera
 * operator joining the main unit (travel named in schedule order, not time order). A "Travel Times" sheet has
 * two symmetric rows and one pair given in both directions (45 / 25). Expectations are worked out by hand from
 * the contract (see each `why`).
 *
 * Cast (SAG-AFTRA by Type: rest 12 h, day 14 h), Makeup = Lead Time: 1 Nora Vale 60, 2 Eli Brandt 30,
 * 3 Tess Okafor, 4 Dex Ruiz (stunt double), 5 Ivy Chen (guest). Crew (IATSE: rest 10 h, day 14 h): C1 Raf Solis
 * Director, C2 June Abara 2nd Unit Director, C3 Pip Moreau A Camera Operator, C4 Lou Hart 2nd Unit DP.
 */
import ExcelJS from "exceljs";
import {
  at,
  callSheetNames,
  describeReport,
  plainSheet,
  saveAndCheck,
  timeFraction as t,
  type CellInput,
  type ExpectedCallSheet,
  type ExpectedConflict,
  type ExpectedDoodRow,
  type NearMiss,
} from "../conformance/helpers";
import { tableSheet } from "./table";

const MAIN_HEADERS = [
  "Day",
  "Strip ID",
  "Ep",
  "Sc.",
  "Set Name",
  "INT/EXT",
  "Day/Night",
  "Page Count",
  "Shoot Date",
  "Call Time",
  "Wrap Time",
  "Shooting Location",
  "Cast IDs",
  "Crew Members",
];

// "Shooting Schedule" rows 2..8.
// prettier-ignore
const MAIN_UNIT: CellInput[][] = [
  [1, "104-01", 104, "12", "PRECINCT - BULLPEN", "INT", "D", "2 3/8", at(2026, 3, 2), t(7), t(10), "Stage 4", "1, 2", "C1; C3"],
  [1, "104-02", 104, "14", "PRECINCT - INTERVIEW RM", "INT", "D", "1 4/8", at(2026, 3, 2), t(10), t(13), "Stage 4", "1; 3", "C1, C3"],
  [1, "104-03", 104, "15", "PRECINCT - ROOF", "EXT", "D", "6/8", at(2026, 3, 2), t(14), t(18), "Lot B", "2", "C1/C3"],
  [2, "104-04", 104, "22", "DOCKS - WAREHOUSE", "EXT", "N", "3", at(2026, 3, 3), t(16), t(23), "Pier 9", "1, 4", "C1; C3"],
  [2, "104-05", 104, "23", "DOCKS - KATE'S CAR", "EXT", "N", "1 2/8", at(2026, 3, 3), t(23), t(1, 30), "Pier 9", "1, 4", "C1"],
  [3, "104-06", 104, "30", "KATE'S APARTMENT", "INT", "D", "2", at(2026, 3, 4), t(11, 30), t(17), "Stage 4", "1, 2", "C1, C3, C4"],
  [4, "104-07", 104, "41", "PRECINCT - BULLPEN", "INT", "D", "4/8", at(2026, 3, 5), t(7), t(11), "Stage 4", "2, 3, 5", "C1"],
];

const SECOND_HEADERS = ["Strip ID", "Shoot Date", "Day", "Sc", "Description", "From", "To", "Loc", "Talent", "Staff"];

// "2nd Unit" rows 2..8: text times.
// prettier-ignore
const SECOND_UNIT: CellInput[][] = [
  ["2U-01", at(2026, 3, 2), 1, "15pt", "Roof: Kate's run (stunt)", "8:00 AM", "12:00 PM", "Lot B", "4", "C2; C4"],
  ["2U-02", at(2026, 3, 2), 1, "14ins", "Inserts: Kate's hands on the file", "12:30 PM", "1:00 PM", "Stage 4", "1", "C2, C4"],
  ["2U-03", at(2026, 3, 2), 1, "22pt", "Docks: Juno arrives", "1:50 PM", "3:00 PM", "Pier 9", "3", "C2 / C4"],
  ["2U-04", at(2026, 3, 3), 2, "22pl", "Harbor plates", "8:00 AM", "10:30 AM", "Pier 9", null, "C4"],
  ["2U-05", at(2026, 3, 3), 2, "22pt2", "Warehouse roof fall (stunt)", "10:55 AM", "3:30 PM", "Lot B", "4", "C2; C4"],
  ["2U-07", at(2026, 3, 3), 2, "23pt", "Car chase night plates", "8:30 PM", "12:55 AM", "Pier 9", null, "C2"],
  ["2U-06", at(2026, 3, 4), 3, "30pt", "Apartment exterior", "7:00 AM", "11:00 AM", "Pier 9", "4", "C4"],
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const prod = wb.addWorksheet("Production");
  prod.addRow(["Title", "HARBOR LIGHTS"]);
  prod.addRow(["Episode", "104 - Low Tide"]);
  prod.addRow(["Director", "Raf Solis"]);
  prod.addRow(["1st AD", "Mina Cole"]);
  tableSheet(wb, "Shooting Schedule", "tblMainUnit", MAIN_HEADERS, MAIN_UNIT, [9, 10]);
  tableSheet(wb, "2nd Unit", "tbl2ndUnit", SECOND_HEADERS, SECOND_UNIT);
  // The cast list is an Excel table named `Cast` on a sheet whose name names no role: placed by its table name.
  tableSheet(
    wb,
    "Series Regulars",
    "Cast",
    ["Cast ID", "Actor", "Character", "Makeup", "Start Date", "Until"],
    [
      [1, "Nora Vale", "DET. KATE MARLOW", 60, null, null],
      [2, "Eli Brandt", "CAPT. ROSS", 30, null, null],
      // Tess's guest deal ends on 3/4; she is still scheduled on 3/5.
      [3, "Tess Okafor", "JUNO", null, at(2026, 3, 2), at(2026, 3, 4)],
      [4, "Dex Ruiz", "STUNT DBL. KATE", null, null, null],
      // Ivy is booked for her one day only.
      [5, "Ivy Chen", "DR. LANE", null, at(2026, 3, 5), at(2026, 3, 5)],
    ],
  );
  // Both units may shoot on Stage 4 at once (two sets); the pier and the lot take one unit at a time.
  plainSheet(
    wb,
    "Locations",
    ["ID", "Name", "Capacity"],
    [
      ["L1", "Stage 4", 2],
      ["L2", "Lot B", 1],
      ["L3", "Pier 9", 1],
    ],
  );
  plainSheet(
    wb,
    "Crew",
    ["ID", "Name", "Position", "Dept"],
    [
      ["C1", "Raf Solis", "Director", "Directing"],
      ["C2", "June Abara", "2nd Unit Director", "Directing"],
      ["C3", "Pip Moreau", "A Camera Operator", "Camera"],
      ["C4", "Lou Hart", "2nd Unit DP", "Camera"],
    ],
  );
  plainSheet(
    wb,
    "Travel Times",
    ["From", "To", "Minutes"],
    [
      ["Stage 4", "Lot B", 30],
      ["Stage 4", "Pier 9", 50],
      ["Lot B", "Pier 9", 45],
      ["Pier 9", "Lot B", 25],
    ],
  );
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "double-booking",
    severity: "error",
    resource: "L3",
    items: ["104-04", "104-05", "2U-07"],
    date: "2026-03-03",
    magnitude: 1,
    why: "Pier 9 (capacity 1): 2nd-unit plates 8:30 PM-12:55 AM over the main unit's 16:00-23:00 and 23:00-01:30; one span, dated by 104-04",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "3",
    items: ["104-07"],
    date: "2026-03-05",
    why: "Tess is available Until 3/4 (Available To alias); 104-07 is on 3/5",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "1",
    items: ["104-02", "2U-02"],
    date: "2026-03-02",
    magnitude: 1,
    why: "#1 in the main unit 10:00-13:00 and in 2nd-unit inserts 12:30 PM-1:00 PM: load 2 on capacity 1",
  },
  {
    type: "travel",
    severity: "warning",
    resource: "4",
    items: ["104-04", "2U-05"],
    date: "2026-03-03",
    magnitude: 15,
    why: "#4 2U-05 Lot B ends 3:30 PM, 104-04 Pier 9 at 16:00: 30 min for Lot B -> Pier 9 45 (schedule order, dated by 2U-05)",
  },
  {
    type: "long-day",
    severity: "warning",
    resource: "4",
    items: ["104-04", "104-05", "2U-05"],
    date: "2026-03-03",
    why: "#4 10:55 AM (2nd unit) to 01:30 (main unit night) is 14 h 35 min > 14 h",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "4",
    items: ["104-05", "2U-06"],
    date: "2026-03-04",
    magnitude: 390,
    why: "#4 wraps the main unit at 01:30 on 3/4, 2nd unit call 7:00 AM: 5 h 30 min for 12 h",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "1",
    items: ["104-05", "104-06"],
    date: "2026-03-04",
    magnitude: 180,
    why: "#1 wraps 01:30, 104-06 at 11:30 less 60 min Makeup = 10:30: 9 h for 12 h",
  },
  {
    type: "travel",
    severity: "warning",
    resource: "C4",
    items: ["104-06", "2U-06"],
    date: "2026-03-04",
    magnitude: 20,
    why: "C4 2U-06 Pier 9 ends 11:00 AM, joins 104-06 Stage 4 at 11:30: 30 min for 50 (row Stage 4 -> Pier 9, symmetric); items in schedule order",
  },
];

const NEAR_MISSES: NearMiss[] = [
  { type: "double-booking", resource: "C1", items: ["104-04", "104-05"], why: "23:00 wrap and 23:00 call touch" },
  {
    type: "double-booking",
    resource: "C4",
    items: ["2U-01", "2U-02"],
    why: "12:00 PM is noon: 2U-01 ends 12:00, 2U-02 starts 12:30",
  },
  {
    type: "travel",
    resource: "C2",
    items: ["2U-01", "2U-02"],
    why: "Lot B -> Stage 4 in exactly 30 min (the Stage 4 / Lot B row read backwards)",
  },
  { type: "travel", resource: "C2", items: ["2U-02", "2U-03"], why: "Stage 4 -> Pier 9 in exactly 50 min" },
  {
    type: "travel",
    resource: "3",
    items: ["104-02", "2U-03"],
    why: "#3 main unit Stage 4 ends 13:00, 2nd unit Pier 9 at 1:50 PM: exactly 50 min",
  },
  {
    type: "travel",
    resource: "C4",
    items: ["2U-04", "2U-05"],
    why: "Pier 9 -> Lot B has its own row (25 min) and the gap is exactly 25; the 45 min is the other direction",
  },
  {
    type: "long-day",
    resource: "C2",
    items: ["2U-05", "2U-07"],
    why: "C2 10:55 AM to 12:55 AM (next day) is exactly 14 h",
  },
  {
    type: "turnaround",
    resource: "C1",
    items: ["104-05", "104-06"],
    why: "C1 (IATSE, no Lead Time) 01:30 -> 11:30 is exactly 10 h",
  },
  {
    type: "double-booking",
    resource: "L1",
    items: ["104-02", "2U-02"],
    why: "Stage 4 has Capacity 2: both units on it 12:30-13:00 is a load of 2",
  },
  { type: "unavailable", resource: "5", items: ["104-07"], why: "Ivy's Start Date and Until are both 3/5, her day" },
  { type: "unavailable", resource: "3", items: ["104-02"], why: "3/2 is Tess's Start Date: available from its start" },
  { type: "travel", resource: "L3", items: ["2U-05", "104-04"], why: "locations never travel" },
  {
    type: "double-booking",
    resource: "1",
    items: ["104-01", "104-02"],
    why: "#1 07:00-10:00 and 10:00-13:00 touch",
  },
];

const SHOOT_DAYS = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"];

const EXPECTED_DOOD_ROWS: ExpectedDoodRow[] = [
  { resource: "1", codes: ["SW", "W", "WF", ""], work: 3, hold: 0, start: "2026-03-02", finish: "2026-03-04" },
  { resource: "2", codes: ["SW", "H", "W", "WF"], work: 3, hold: 1, start: "2026-03-02", finish: "2026-03-05" },
  { resource: "3", codes: ["SW", "H", "H", "WF"], work: 2, hold: 2, start: "2026-03-02", finish: "2026-03-05" },
  { resource: "4", codes: ["SW", "W", "WF", ""], work: 3, hold: 0, start: "2026-03-02", finish: "2026-03-04" },
  { resource: "5", codes: ["", "", "", "SWF"], work: 1, hold: 0, start: "2026-03-05", finish: "2026-03-05" },
];

const EXPECTED_CALL_SHEETS: ExpectedCallSheet[] = [
  {
    date: "2026-03-02",
    items: ["104-01", "104-02", "104-03", "2U-01", "2U-02", "2U-03"],
    cast: [
      { resource: "1", status: "SW", call: "06:00" },
      { resource: "2", status: "SW", call: "06:30" },
      { resource: "3", status: "SW", call: "10:00" },
      { resource: "4", status: "SW", call: "08:00" },
    ],
  },
  {
    date: "2026-03-03",
    items: ["104-04", "104-05", "2U-04", "2U-05", "2U-07"],
    cast: [
      { resource: "1", status: "W", call: "15:00" },
      { resource: "4", status: "W", call: "10:55" },
    ],
  },
  {
    date: "2026-03-04",
    items: ["104-06", "2U-06"],
    cast: [
      { resource: "1", status: "WF", call: "10:30" },
      { resource: "2", status: "W", call: "11:00" },
      { resource: "4", status: "WF", call: "07:00" },
    ],
  },
  {
    date: "2026-03-05",
    items: ["104-07"],
    cast: [
      { resource: "2", status: "WF", call: "06:30" },
      { resource: "3", status: "WF", call: "07:00" },
      { resource: "5", status: "SWF", call: "07:00" },
    ],
  },
];

describeReport(
  "conformance set 4: episodic board, main unit and 2nd unit sharing cast and crew",
  () => saveAndCheck(buildWorkbook(), "1-episodic-two-units.xlsx", "conformance4"),
  {
    issues: { title: "no data issues (the Ep column is kept and ignored; From/To place nothing else)", keys: [] },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
    dood: {
      title: "DOOD: a day in both units is one work day; H between work days; a guest SWF",
      days: SHOOT_DAYS,
      rows: EXPECTED_DOOD_ROWS,
    },
    callSheets: {
      title: "call sheets: both units' strips on one sheet per day, call = earliest Start of either unit less Makeup",
      sheets: EXPECTED_CALL_SHEETS,
    },
  },
  (report) => {
    test("both unit tables are one schedule of 14 strips", () => {
      expect(report().summary.items).toBe(14);
    });

    test("call sheets are named by the Day column (Shoot Day alias), shared by both units", () => {
      expect(callSheetNames(report())).toEqual([
        { date: "2026-03-02", sheet: "Call Sheet Day 1" },
        { date: "2026-03-03", sheet: "Call Sheet Day 2" },
        { date: "2026-03-04", sheet: "Call Sheet Day 3" },
        { date: "2026-03-05", sheet: "Call Sheet Day 4" },
      ]);
    });

    test("the Production key/value rows reach the call-sheet header (Title, Episode)", () => {
      for (const sheet of report().callSheets) {
        const values = Object.values(sheet.header);
        expect(values).toContain("HARBOR LIGHTS");
        expect(values).toContain("104 - Low Tide");
      }
    });
  },
);
