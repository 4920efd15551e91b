/**
 * Set 4, workbook 3: a location week ("DRY CREEK") with company moves, availability windows of every kind and
 * late deliveries. The "One-Liner" is a plain range with `Item ID`, `Loc`, time-fraction Start/End and one
 * date-only strip. A "Travel" sheet gives two rows (Ranch House - Creek Bed 15 min, Ranch House - Gas Station
 * 40 min); other moves fall back on the buffer, which the Rules table raises to 45 min for `SAG-AFTRA` only
 * (crew keep IATSE's default 30 min, the picture truck, with no rule set, the global 30 min). Availability
 * rows name people by Name, by Role in another case (`Sheriff`) and in lower case, with capitalised kinds
 * (`Travel`, `Fitting`, `Rehearsal`, `Day Off`, and a blank Kind = unavailable) and a date-time window over two
 * dates. A "Deliveries" sheet uses `Arrives` and `Needed For` lists. Expectations are worked out by hand from
 * the contract (see each `why`).
 *
 * Cast (SAG-AFTRA): 1 Hal Greer BUCK (Makeup 45), 2 Rosa Lind MAGGIE, 3 Wes Tull SHERIFF, 4 Juniper Ash DEPUTY.
 * Crew (IATSE): C1 Ines Roy Location Manager, C2 Kit Barr Transport Captain. Equipment: V1 Picture Truck
 * (Type vehicle).
 */
import ExcelJS from "exceljs";
import {
  at,
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

// Excel rows 2..16 (DC-15 is Omitted). Headers as typed: A `ITEM ID`, B Sc, C Set, D D/N, E Pgs, F `DATE`, G `Start-Time`,
// H End Time, I `Loc.`, J `Cast No.`, K Crew, L Equipment, M Status (case, punctuation and a trailing No. are ignored).
// prettier-ignore
const ONE_LINER: CellInput[][] = [
  ["DC-01", "3", "RANCH HOUSE - PORCH", "D", "2", at(2026, 3, 16), t(7), t(12), "Ranch House", "2", "C1, C2", null],
  ["DC-02", "5", "RANCH HOUSE - KITCHEN", "D", "1 1/8", at(2026, 3, 16), t(13), t(17), "Ranch House", "2", "C2", null],
  ["DC-03", "8", "RANCH HOUSE - YARD", "D", "2 4/8", at(2026, 3, 17), t(7), t(11), "Ranch House", "1, 2", "C1, C2", "V1"],
  ["DC-04", "11", "CREEK BED", "D", "1 6/8", at(2026, 3, 17), t(11, 15), t(14), "Creek Bed", "1, 2, 3", "C1; C2", "V1"],
  ["DC-05", "12", "MOTEL - OFFICE", "D", "4/8", at(2026, 3, 17), t(14, 20), t(15), "Motel", null, "C1", null],
  ["DC-06", "14", "GAS STATION", "D", "2", at(2026, 3, 17), t(14, 30), t(18), "Gas Station", "2", "C2", "V1"],
  ["DC-07", "20", "GAS STATION - PUMPS", "N", "4/8", at(2026, 3, 18), t(5), t(6), "Gas Station", "3", null, "V1"],
  ["DC-08", "21", "GAS STATION - STORE", "D", "3", at(2026, 3, 18), t(8), t(12), "Gas Station", "1, 4", "C1, C2", null],
  ["DC-09", "24", "RANCH HOUSE - BARN", "D", "1 2/8", at(2026, 3, 18), t(12, 40), t(16), "Ranch House", "1; 4", "C2", null],
  ["DC-10", "25", "RANCH ROAD", "D", "3/8", at(2026, 3, 18), t(13), t(14), "Ranch House", "3", null, "V1"],
  ["DC-11", "30", "MOTEL - SHERIFF'S ROOM", "N", "2 2/8", at(2026, 3, 19), t(17), t(19), "Motel", "3", "C2", null],
  ["DC-12", "33", "CREEK BED - NIGHT", "N", "1 4/8", at(2026, 3, 20), t(18), t(23, 30), "Creek Bed", "1, 2", "C1, C2", null],
  ["DC-13", "34", "DEPUTY'S CAR (ND)", "D", "1/8", at(2026, 3, 20), null, null, "Gas Station", "4", null, "V1"],
  ["DC-14", "40", "RANCH HOUSE - PORCH", "D", "1", at(2026, 3, 23), t(7), t(10), "Ranch House", "1, 4", "C1, C2", null],
  ["DC-15", "31", "MOTEL - NEON SIGN", "N", "1/8", at(2026, 3, 19), t(8), t(10), "Motel", "2", "C2", null, "Omitted"],
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  plainSheet(
    wb,
    "One-Liner",
    [
      "ITEM ID",
      "Sc",
      "Set",
      "D/N",
      "Pgs",
      "DATE",
      "Start-Time",
      "End Time",
      "Loc.",
      "Cast No.",
      "Crew",
      "Equipment",
      "Status",
    ],
    ONE_LINER,
    { timeColumns: [6, 7] },
  );
  plainSheet(
    wb,
    "Cast",
    ["ID", "Name", "Character", "Makeup", "Not Available"],
    [
      [1, "Hal Greer", "BUCK", 45, null],
      [2, "Rosa Lind", "MAGGIE", null, null],
      [3, "Wes Tull", "SHERIFF", null, null],
      // The same day off as her Availability row: DC-13 is still one conflict.
      [4, "Juniper Ash", "DEPUTY", null, "3/20/2026"],
    ],
  );
  plainSheet(
    wb,
    "Crew",
    ["ID", "Name", "Position", "Days Off"],
    [
      ["C1", "Ines Roy", "Location Manager", null],
      // Two text dates on separate lines (Alt+Enter): `3/19/2026` stays one date.
      ["C2", "Kit Barr", "Transport Captain", "3/19/2026\n3/21/2026"],
    ],
  );
  plainSheet(wb, "Equipment", ["ID", "Name", "Type"], [["V1", "Picture Truck", "vehicle"]]);
  plainSheet(
    wb,
    "Travel",
    ["From", "To", "Minutes"],
    [
      ["Ranch House", "Creek Bed", 15],
      ["Ranch House", "Gas Station", 40],
    ],
  );
  plainSheet(
    wb,
    "Rules",
    ["Rule Set", "Min Rest (h)", "Max Day (h)", "Max Consecutive Days", "Travel Buffer (min)"],
    [["SAG-AFTRA", 12, 14, 6, 45]],
  );
  plainSheet(
    wb,
    "Availability",
    ["Resource", "From", "To", "Kind", "Notes"],
    [
      ["Hal Greer", at(2026, 3, 16), at(2026, 3, 16), "Travel", "Flies in from Atlanta"],
      ["Hal Greer", at(2026, 3, 19, 14), at(2026, 3, 19, 16), "Fitting", "Wardrobe, sheriff's office scenes"],
      ["Sheriff", at(2026, 3, 18, 6), at(2026, 3, 19, 17), null, "Court date (Wes)"],
      ["juniper ash", at(2026, 3, 16), at(2026, 3, 17), "Rehearsal", "Stunt driving rehearsal"],
      ["Juniper Ash", at(2026, 3, 20), at(2026, 3, 20), "Day Off", "Family wedding"],
      // A typo: resolves to nobody (row 7).
      ["Hal Gree", at(2026, 3, 23), at(2026, 3, 23), "Hold", "Pickup day?"],
    ],
  );
  plainSheet(
    wb,
    "Deliveries",
    ["Item", "Quantity", "Needed For", "Needed By", "Arrives", "Vendor"],
    [
      ["Hero shotgun + rubber double", 2, "DC-08", null, at(2026, 3, 18, 8), "Prop House LA"],
      ["Picture truck graphics", 1, "DC-03, DC-06", null, at(2026, 3, 17, 15), "SignWorks"],
      ["Rain towers", 2, "DC-12", null, at(2026, 3, 20), "Rain FX"],
      ["Deputy uniform (double)", 1, "DC-13", null, at(2026, 3, 20, 7), "Costume Co"],
      ["Motel key props", 6, null, at(2026, 3, 19), at(2026, 3, 19), "Prop House LA"],
      ["Neon sign", 1, "DC-15", null, at(2026, 3, 19, 12), "SignWorks"],
    ],
  );
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "travel",
    severity: "warning",
    resource: "2",
    items: ["DC-04", "DC-06"],
    date: "2026-03-17",
    magnitude: 15,
    why: "Creek Bed -> Gas Station has no Travel row: SAG-AFTRA's buffer is 45 min (Rules), the gap 30",
  },
  {
    type: "travel",
    severity: "warning",
    resource: "C1",
    items: ["DC-04", "DC-05"],
    date: "2026-03-17",
    magnitude: 10,
    why: "Creek Bed -> Motel has no Travel row: IATSE keeps the default 30 min buffer, the gap is 20",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "3",
    items: ["DC-10"],
    date: "2026-03-18",
    why: "the Sheriff (Role token) is unavailable 3/18 06:00 to 3/19 17:00 (blank Kind); DC-10 is 13:00-14:00",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "C2",
    items: ["DC-11"],
    date: "2026-03-19",
    why: "Kit's Days Off list (line breaks) holds 3/19/2026; DC-11 is on 3/19",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "4",
    items: ["DC-13"],
    date: "2026-03-20",
    why: "Juniper's Day Off 3/20 (and her Not Available 3/20) covers the whole day; DC-13 is date-only: one per (resource, item)",
  },
  {
    type: "material-late",
    severity: "error",
    items: ["DC-03", "DC-06"],
    date: "2026-03-17",
    why: "truck graphics arrive 3/17 15:00, after DC-03 (07:00) and DC-06 (14:30); dated by DC-03",
  },
  {
    type: "material-late",
    severity: "error",
    items: ["DC-13"],
    date: "2026-03-20",
    why: "the uniform arrives 3/20 07:00; DC-13 is date-only, i.e. needed at 00:00 3/20",
  },
];

const NEAR_MISSES: NearMiss[] = [
  {
    type: "travel",
    resource: "1",
    items: ["DC-03", "DC-04"],
    why: "Ranch House -> Creek Bed has a 15 min Travel row and the gap is 15: the row, not the 45 min buffer",
  },
  { type: "travel", resource: "C2", items: ["DC-04", "DC-06"], why: "IATSE buffer stays 30 min; the gap is 30" },
  { type: "travel", resource: "V1", items: ["DC-04", "DC-06"], why: "a vehicle has no rule set: 30 min; gap 30" },
  {
    type: "travel",
    resource: "1",
    items: ["DC-08", "DC-09"],
    why: "Gas Station -> Ranch House is the 40 min row backwards; the gap is exactly 40",
  },
  { type: "unavailable", resource: "3", items: ["DC-07"], why: "DC-07 ends 06:00 as the window starts" },
  { type: "unavailable", resource: "3", items: ["DC-11"], why: "DC-11 starts 17:00 as the window ends" },
  { type: "unavailable", resource: "4", items: ["DC-08"], why: "rehearsal windows (3/16-3/17) are no unavailability" },
  { type: "material-late", items: ["DC-08"], why: "the shotgun arrives exactly at DC-08's Start" },
  { type: "material-late", items: ["DC-12"], why: "date-only Arrives 3/20 = 00:00, DC-12 starts 18:00" },
  { type: "material-late", items: ["DC-15"], why: "the neon sign is late for DC-15, but DC-15 is Omitted" },
  { type: "unavailable", resource: "C2", items: ["DC-15"], why: "DC-15 (Omitted) falls on C2's day off" },
  { type: "turnaround", resource: "3", items: ["DC-04", "DC-07"], why: "Wes 14:00 -> 05:00 next day is 15 h" },
];

const SHOOT_DAYS = ["2026-03-16", "2026-03-17", "2026-03-18", "2026-03-19", "2026-03-20", "2026-03-23"];

const EXPECTED_DOOD_ROWS: ExpectedDoodRow[] = [
  {
    resource: "1",
    codes: ["T", "SW", "W", "F", "W", "WF"],
    work: 4,
    hold: 0,
    travel: 1,
    start: "2026-03-17",
    finish: "2026-03-23",
  },
  {
    resource: "2",
    codes: ["SW", "W", "H", "H", "WF", ""],
    work: 3,
    hold: 2,
    travel: 0,
    start: "2026-03-16",
    finish: "2026-03-20",
  },
  {
    resource: "3",
    codes: ["", "SW", "W", "WF", "", ""],
    work: 3,
    hold: 0,
    travel: 0,
    start: "2026-03-17",
    finish: "2026-03-19",
  },
  {
    resource: "4",
    codes: ["R", "R", "SW", "H", "W", "WF"],
    work: 3,
    hold: 1,
    travel: 0,
    start: "2026-03-18",
    finish: "2026-03-23",
  },
];

const EXPECTED_CALL_SHEETS: ExpectedCallSheet[] = [
  { date: "2026-03-16", items: ["DC-01", "DC-02"], cast: [{ resource: "2", status: "SW", call: "07:00" }] },
  {
    date: "2026-03-17",
    items: ["DC-03", "DC-04", "DC-05", "DC-06"],
    cast: [
      { resource: "1", status: "SW", call: "06:15" },
      { resource: "2", status: "W", call: "07:00" },
      { resource: "3", status: "SW", call: "11:15" },
    ],
  },
  {
    date: "2026-03-18",
    items: ["DC-07", "DC-08", "DC-09", "DC-10"],
    cast: [
      { resource: "1", status: "W", call: "07:15" },
      { resource: "3", status: "W", call: "05:00" },
      { resource: "4", status: "SW", call: "08:00" },
    ],
  },
  { date: "2026-03-19", items: ["DC-11"], cast: [{ resource: "3", status: "WF", call: "17:00" }] },
  {
    date: "2026-03-20",
    items: ["DC-12", "DC-13"],
    cast: [
      { resource: "1", status: "W", call: "17:15" },
      { resource: "2", status: "WF", call: "18:00" },
      { resource: "4", status: "W", call: null },
    ],
  },
  {
    date: "2026-03-23",
    items: ["DC-14"],
    cast: [
      { resource: "1", status: "WF", call: "06:15" },
      { resource: "4", status: "WF", call: "07:00" },
    ],
  },
];

describeReport(
  "conformance set 4: company moves, per-rule-set travel buffers, windows of every kind, late deliveries",
  () => saveAndCheck(buildWorkbook(), "3-company-moves-and-windows.xlsx", "conformance4"),
  {
    issues: {
      title: "one data issue: the Availability Resource that resolves to nobody, at its cell",
      keys: ["unknown-resource | Availability | A7"],
    },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
    dood: {
      title: "DOOD: T before the first day, F and R windows, H across an unavailability, work on a day off",
      days: SHOOT_DAYS,
      rows: EXPECTED_DOOD_ROWS,
    },
    callSheets: {
      title: "call sheets: Makeup as Lead Time, null call for date-only work",
      sheets: EXPECTED_CALL_SHEETS,
    },
  },
  (report) => {
    test("a delivery exactly on its date-only Needed By is not late (no item-less material-late)", () => {
      expect(report().conflicts.filter((c) => c.type === "material-late" && c.items.length === 0)).toEqual([]);
    });

    test("locations named only in Loc are no resources and raise no data issue", () => {
      expect(report().conflicts.filter((c) => c.resource === "Ranch House" || c.resource === "Gas Station")).toEqual(
        [],
      );
    });
  },
);
