/**
 * Set 12, workbook 2: department lists as Excel tables whose table names (`tblCast`, `tblCrew`, ...) name no
 * role, on sheets named `Cast`, `Crew`, `Equipment`, `Vehicles`, `Locations` (role and default Type from the
 * sheet name), with the per-resource terms a coordinator keeps there: `Union` (Rule Set), `Makeup`/`Prep`
 * (Lead Time), `Start Date`/`Until`, `Days Off` with a `..` range, `Drop OK`, `Daily Rate`/`Hourly Rate`, `Acct`,
 * `Qty`. The picture boat `Sea Witch` is both a vehicle (V1) and a location (L2): the Location cell names the
 * location (contract §3), a Gear token names the vehicle (first in table order: Vehicles comes before
 * Locations, so "prefer the non-location in a Gear column" would agree). Expectations by hand from the contract.
 *
 * Cast: 1 Maya Stone (SAG-AFTRA by Type, Makeup 60, Drop OK yes, 1000/day, 1401)
 *       2 Oren Vale (Non-union, Start Date 3/3, Until 3/4, 500/day, 1405)
 *       3 Kit Marlow (Makeup 30, Days Off 3/5 and 3/15..3/16, Drop OK no, 400/day, 1405)
 *       4 Neve Arden (Drop OK yes, 300/day, 1405)
 * Crew: C1 Jo Reyes, Marine Coordinator, 50/h, 2200.  Vehicles: V1 Sea Witch 800/day, V2 Tender 200/day (3500).
 * Locations: L1 Harbor (Capacity 1), L2 Sea Witch (1500/day, 3600), L3 Marina (Qty 3).
 */
import ExcelJS from "exceljs";
import {
  at,
  describeReport,
  saveAndCheck,
  timeFraction as t,
  type CellInput,
  type ExpectedCallSheet,
  type ExpectedConflict,
  type ExpectedDoodRow,
  type NearMiss,
} from "../conformance/helpers";
import { tableSheet } from "../conformance4/table";

// Excel rows 2..10 of tblBoard. Columns: A Strip ID, B Shoot Date, C Call, D Wrap, E Loc, F Cast IDs,
// G Crew Members, H Gear.
const BOARD: CellInput[][] = [
  ["B1", at(2026, 3, 2), t(8), t(12), "Sea Witch", "1, 3", "Jo Reyes", "Sea Witch"],
  ["B2", at(2026, 3, 2), t(11), t(13), "Marina", "2", null, "sea witch"],
  ["B3", at(2026, 3, 2), t(13, 30), t(19), "Marina", "1", "C1", "Tender"],
  ["B4", at(2026, 3, 3), t(8), t(21, 1), "Marina", "1, 2", null, null],
  ["B5", at(2026, 3, 4), t(7, 1), t(10), "Marina", "2, 3", null, null],
  ["B6", at(2026, 3, 5), null, null, "Harbor", "2, 3, 4", null, null],
  ["B7", at(2026, 3, 16), t(9), t(17), "Harbor", "3, 4", null, null],
  ["B8", at(2026, 3, 17), t(9), t(12), "Sea Witch", "1", null, "Sea Witch"],
  ["B9", at(2026, 3, 16), t(13), t(15), "Harbor", null, null, "Sea Witch"],
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  tableSheet(
    wb,
    "Stripboard",
    "tblBoard",
    ["Strip ID", "Shoot Date", "Call", "Wrap", "Loc", "Cast IDs", "Crew Members", "Gear"],
    BOARD,
    [2, 3],
  );
  tableSheet(
    wb,
    "Cast",
    "tblCast",
    [
      "Cast ID",
      "Name",
      "Character",
      "Union",
      "Makeup",
      "Start Date",
      "Until",
      "Days Off",
      "Drop OK",
      "Daily Rate",
      "Acct",
    ],
    [
      [1, "Maya Stone", "MAYA", null, 60, null, null, null, "yes", 1000, 1401],
      [2, "Oren Vale", "CAPTAIN", "Non-union", null, at(2026, 3, 3), at(2026, 3, 4), null, "no", 500, 1405],
      [3, "Kit Marlow", "DECKHAND", null, 30, null, null, "3/5/2026; 3/15/2026..3/16/2026", "no", 400, 1405],
      [4, "Neve Arden", "ROSA", null, null, null, null, null, "yes", 300, 1405],
    ],
  );
  tableSheet(
    wb,
    "Crew",
    "tblCrew",
    ["ID", "Name", "Position", "Dept", "Prep", "Hourly Rate", "Acct"],
    [["C1", "Jo Reyes", "Marine Coordinator", "Marine", null, 50, 2200]],
  );
  tableSheet(wb, "Equipment", "tblGear", ["Code", "Item", "Qty"], [["E1", "Underwater Housing", 1]]);
  tableSheet(
    wb,
    "Vehicles",
    "tblPictureVehicles",
    ["ID", "Name", "Qty", "Day Rate", "Acct"],
    [
      ["V1", "Sea Witch", 1, 800, 3500],
      ["V2", "Tender", 1, 200, 3500],
    ],
  );
  tableSheet(
    wb,
    "Locations",
    "tblLocations",
    ["ID", "Name", "Capacity", "Day Rate", "Acct"],
    [
      ["L1", "Harbor", 1, null, null],
      ["L2", "Sea Witch", 1, 1500, 3600],
      ["L3", "Marina", 3, null, null],
    ],
  );
  tableSheet(
    wb,
    "Budget",
    "tblBudget",
    ["Account", "Description", "Budget"],
    [
      [1401, "Cast - series regulars", 3000],
      [1405, "Cast - day players", 4000],
      [2200, "Marine department", 550],
      [3500, "Picture boats", 2600],
      [3600, "Location - aboard Sea Witch", 2999],
    ],
  );
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "double-booking",
    severity: "error",
    resource: "V1",
    items: ["B1", "B2"],
    date: "2026-03-02",
    magnitude: 1,
    why: "the boat by Name in B1's Gear and in lower case in B2's Gear, 11:00-12:00 overlap",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "2",
    items: ["B2"],
    date: "2026-03-02",
    why: "Oren's Start Date is 3/3: B2 on 3/2 is before Available From",
  },
  {
    type: "long-day",
    severity: "warning",
    resource: "1",
    items: ["B4"],
    date: "2026-03-03",
    magnitude: 1,
    why: "Maya: 08:00 - 60 min Makeup = 07:00 to 21:01 is 14 h 1 min (SAG-AFTRA Max Day 14 h)",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "2",
    items: ["B6"],
    date: "2026-03-05",
    why: "Oren's Until is 3/4: a date-only item on 3/5 is after Available To",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "3",
    items: ["B6"],
    date: "2026-03-05",
    why: "3/5 is in Kit's Days Off (first date of a `;` list)",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "3",
    items: ["B7"],
    date: "2026-03-16",
    why: "3/16 ends Kit's `3/15/2026..3/16/2026` range",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "L1",
    items: ["B7", "B9"],
    date: "2026-03-16",
    magnitude: 1,
    why: "Harbor (Capacity 1) is B7's Location 09-17 and B9's 13-15",
  },
  {
    type: "budget-overrun",
    severity: "warning",
    resource: "1405",
    items: [],
    magnitude: 200,
    why: "day players: Oren 4 worked dates x 500 + Kit 4 x 400 + Neve 2 x 300 = 4200 > 4000 (unavailable days are still worked)",
  },
  {
    type: "budget-overrun",
    severity: "warning",
    resource: "3600",
    items: [],
    magnitude: 1,
    why: "location Sea Witch: named by the Location cell on 3/2 and 3/17 = 2 x 1500 = 3000 > 2999 (a Gear token names the boat, not the location)",
  },
];

const NEAR_MISSES: NearMiss[] = [
  {
    type: "double-booking",
    resource: "L2",
    items: ["B1", "B2"],
    why: "B2's Gear `sea witch` is the vehicle, not the location",
  },
  { type: "turnaround", resource: "1", items: ["B3", "B4"], why: "19:00 to 08:00 - 60 min Makeup is exactly 12 h" },
  {
    type: "turnaround",
    resource: "2",
    items: ["B4", "B5"],
    why: "Oren is Non-union (Min Rest 10 h): 21:01 to 07:01 is exactly 10 h (SAG-AFTRA's 12 h would fire)",
  },
  { type: "unavailable", resource: "2", items: ["B5"], why: "3/4 is Oren's Until day: available to the end of it" },
  { type: "unavailable", resource: "3", items: ["B5"], why: "3/4 is not one of Kit's Days Off" },
  { type: "travel", resource: "C1", items: ["B1", "B3"], why: "Sea Witch -> Marina with a 90 min gap" },
  { type: "travel", resource: "V1", items: ["B1", "B2"], why: "overlapping items are left to double-booking" },
  { type: "budget-overrun", resource: "1401", items: [], why: "Maya 3 worked dates x 1000 = 3000, exactly the budget" },
  {
    type: "budget-overrun",
    resource: "3500",
    items: [],
    why: "V1 booked 3/2, 3/16, 3/17 x 800 + V2 on 3/2 x 200 = 2600, exactly",
  },
  {
    type: "budget-overrun",
    resource: "2200",
    items: [],
    why: "Jo Reyes 08:00-19:00 = 11 h x 50 = 550 (no OT After: no OT), exactly",
  },
];

// Shoot days 3/2, 3/3, 3/4, 3/5, 3/16, 3/17.
const EXPECTED_DOOD_ROWS: ExpectedDoodRow[] = [
  {
    resource: "1",
    codes: ["SW", "WD", "", "", "", "PWF"],
    work: 3,
    hold: 0,
    start: "2026-03-02",
    finish: "2026-03-17",
  },
  { resource: "2", codes: ["SW", "W", "W", "WF", "", ""], work: 4, hold: 0, start: "2026-03-02", finish: "2026-03-05" },
  {
    resource: "3",
    codes: ["SW", "H", "W", "W", "WF", ""],
    work: 4,
    hold: 1,
    start: "2026-03-02",
    finish: "2026-03-16",
  },
  { resource: "4", codes: ["", "", "", "SW", "WF", ""], work: 2, hold: 0, start: "2026-03-05", finish: "2026-03-16" },
];

const EXPECTED_CALL_SHEETS: ExpectedCallSheet[] = [
  {
    date: "2026-03-02",
    items: ["B1", "B2", "B3"],
    cast: [
      { resource: "1", status: "SW", call: "07:00" },
      { resource: "2", status: "SW", call: "11:00" },
      { resource: "3", status: "SW", call: "07:30" },
    ],
  },
  {
    date: "2026-03-03",
    items: ["B4"],
    cast: [
      { resource: "1", status: "WD", call: "07:00" },
      { resource: "2", status: "W", call: "08:00" },
    ],
  },
  {
    date: "2026-03-04",
    items: ["B5"],
    cast: [
      { resource: "2", status: "W", call: "07:01" },
      { resource: "3", status: "W", call: "06:31" },
    ],
  },
  {
    date: "2026-03-05",
    items: ["B6"],
    cast: [
      { resource: "2", status: "WF", call: null },
      { resource: "3", status: "W", call: null },
      { resource: "4", status: "SW", call: null },
    ],
  },
  {
    date: "2026-03-16",
    items: ["B7", "B9"],
    cast: [
      { resource: "3", status: "WF", call: "08:30" },
      { resource: "4", status: "WF", call: "09:00" },
    ],
  },
  { date: "2026-03-17", items: ["B8"], cast: [{ resource: "1", status: "PWF", call: "08:00" }] },
];

describeReport(
  "conformance set 12: department tables with per-resource terms; a boat that is a vehicle and a location",
  () => saveAndCheck(buildWorkbook(), "2-department-tables.xlsx", "conformance12"),
  {
    issues: { title: "every table is placed by its sheet name and every token resolves: no data issues", keys: [] },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
    dood: {
      title:
        "DOOD: Maya drops (13 days between 3/3 and 3/17 > 10: SW WD ... PWF); Neve's gap of exactly 10 is no drop (SW WF); Kit (no drop) holds",
      days: ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-16", "2026-03-17"],
      rows: EXPECTED_DOOD_ROWS,
    },
    callSheets: {
      title: "call sheets: call = first Start - Makeup; status = the day's DOOD code",
      sheets: EXPECTED_CALL_SHEETS,
    },
  },
  (report) => {
    test("costs per account: the boat as vehicle (Gear) and as location (Location cell) are billed separately", () => {
      const planned = Object.fromEntries((report().costs?.accounts ?? []).map((a) => [a.account, a.planned]));
      expect(planned["1401"]).toBe(3000);
      expect(planned["1405"]).toBe(4200);
      expect(planned["2200"]).toBe(550);
      expect(planned["3500"]).toBe(2600);
      expect(planned["3600"]).toBe(3000);
    });
    test("the 3/16 call sheet lists the boat V1 as equipment, not the location L2", () => {
      const sheet = report().callSheets.find((s) => s.date === "2026-03-16");
      expect((sheet?.equipment ?? []).map((e) => e.resource)).toEqual(["V1"]);
    });
  },
);
