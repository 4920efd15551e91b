/**
 * Workbook 3: a whole production on plain-range sheets: Schedule, Cast, Crew, Locations, Travel, Materials,
 * Budget, Rules, Availability, Production. Expectations are worked out by hand from the contract.
 *
 * Rules: SAG-AFTRA Min Rest overridden to 11 h (other numbers keep their defaults); a new set "Local 600"
 * (Min Rest 9, Max Day 12, Max Consecutive 5) used by the DP Kai Duarte. Pat Kim has no Rule Set (crew: IATSE).
 * Travel: Mill House <-> Riverside Park 45 min (one row, symmetric); other pairs use the 30 min buffer.
 */
import ExcelJS from "exceljs";
import {
  at,
  describeReport,
  plainSheet,
  saveAndCheck,
  type ExpectedCallSheet,
  type ExpectedConflict,
  type ExpectedDoodRow,
  type NearMiss,
} from "./helpers";

type Strip = [
  id: string,
  sc: number,
  date: Date,
  start: string,
  end: string,
  location: string,
  cast: string | number | null,
  crew: string | null,
];

// Excel rows 2..12 (header in row 1).
const STRIPS: Strip[] = [
  ["S1", 1, at(2026, 3, 2), "08:00", "12:00", "Mill House", "1, 2", "Kai Duarte"],
  ["S2", 2, at(2026, 3, 2), "12:45", "2001", "Riverside Park", 1, "Kai Duarte"],
  ["S3", 3, at(2026, 3, 3), "08:00", "12:00", "Riverside Park", null, "Kai Duarte"],
  ["S4", 4, at(2026, 3, 3), "12:44", "14:00", "Mill House", 3, "Kai Duarte"],
  ["S5", 5, at(2026, 3, 4), "08:00", "12:00", "Old Church", 3, "Pat Kim"],
  ["S6", 6, at(2026, 3, 4), "12:29", "21:00", "Studio B", 3, "Pat Kim"],
  ["S7", 7, at(2026, 3, 5), "08:00", "12:00", "Studio B", 3, "Pat Kim"],
  ["S8", 8, at(2026, 3, 5), "12:30", "16:00", "Old Church", null, "Pat Kim"],
  ["S9", 9, at(2026, 3, 16), "8a", "12:00", "Mill House", 1, null],
  ["S10", 10, at(2026, 3, 16), "13:00", "2101", "Mill House", 1, null],
  ["S11", 11, at(2026, 3, 17), "08:00", "12:00", "Riverside Park", "1, 2", null],
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  plainSheet(wb, "Schedule", ["Strip ID", "Sc", "Shoot Date", "Start", "End", "Location", "Cast", "Crew"], STRIPS, {
    dateFormat: "ddd m/d",
  });
  plainSheet(
    wb,
    "Cast",
    ["Cast ID", "Name", "Character", "Rule Set", "Allow Drop", "Day Rate", "Account"],
    [
      [1, "Nora Bell", "ELSIE", "SAG-AFTRA", "Yes", 1000, 1400],
      [2, "Theo Grant", "MARCUS", "SAG-AFTRA", "No", 800, 1400],
      [3, "Iris Moon", "THE AUNT", "SAG-AFTRA", null, 600, 1405],
    ],
  );
  plainSheet(
    wb,
    "Crew",
    ["Name", "Position", "Rule Set", "Day Rate", "Account"],
    [
      ["Kai Duarte", "Director of Photography", "Local 600", 900, 3300],
      ["Pat Kim", "1st AC", null, 700, 3300],
    ],
  );
  plainSheet(
    wb,
    "Locations",
    ["Name", "Address"],
    [
      ["Mill House", "12 Mill Lane"],
      ["Riverside Park", "River Rd & 4th St"],
      ["Old Church", "1 Chapel Sq"],
      ["Studio B", "400 Lot Ave"],
    ],
  );
  plainSheet(wb, "Travel", ["From", "To", "Minutes"], [["Mill House", "Riverside Park", 45]]);
  plainSheet(
    wb,
    "Materials",
    ["Item", "Needed For", "Delivery", "Vendor"],
    [
      ["Period costumes", "S1", at(2026, 3, 2), "Western Costume"],
      ["Rain tower", "S3", at(2026, 3, 3, 8), "FX Rentals"],
      ["Vintage car", "S9", at(2026, 3, 16, 9), "Picture Cars Inc"],
    ],
  );
  plainSheet(
    wb,
    "Budget",
    ["Account", "Description", "Budget"],
    [
      [1400, "Cast", 4600],
      [1405, "Day Players", 1500],
      [3300, "Camera Crew", 3199],
    ],
  );
  plainSheet(
    wb,
    "Rules",
    ["Rule Set", "Min Rest (h)", "Max Day (h)", "Max Consecutive Days", "Travel Buffer (min)", "Drop Days"],
    [
      ["SAG-AFTRA", 11, null, null, null, null],
      ["Local 600", 9, 12, 5, null, null],
    ],
  );
  plainSheet(
    wb,
    "Availability",
    ["Resource", "From", "To", "Kind", "Notes"],
    [
      [3, at(2026, 3, 3, 14), at(2026, 3, 3, 18), "unavailable", "School pickup"],
      ["Iris Moon", at(2026, 3, 4), at(2026, 3, 4), "Day Off", null],
      [2, at(2026, 3, 4), at(2026, 3, 4), "Fitting", "Wardrobe 10am"],
      ["Theo Grant", at(2026, 3, 16), at(2026, 3, 16), "Travel", "Flight LAX-YVR"],
      [3, at(2026, 3, 16), at(2026, 3, 16), "hold", null],
    ],
  );
  const prod = wb.addWorksheet("Production");
  prod.addRow(["Title", "THE MILL HOUSE"]);
  prod.addRow(["Director", "J. Alvarez"]);
  prod.addRow(["Nearest Hospital", "St. Mary's Medical Center"]);
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "long-day",
    severity: "warning",
    resource: "Kai Duarte",
    items: ["S1", "S2"],
    date: "2026-03-02",
    why: "Local 600 Max Day 12 h: 08:00 to 20:01 is 12 h 1 min",
  },
  {
    type: "travel",
    severity: "warning",
    resource: "Kai Duarte",
    items: ["S3", "S4"],
    date: "2026-03-03",
    magnitude: 1,
    why: "Riverside Park -> Mill House (the reverse of the one Travel row) has 44 min for 45",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "3",
    items: ["S5"],
    date: "2026-03-04",
    why: "Iris Moon (#3) has a day off on 3/4",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "3",
    items: ["S6"],
    date: "2026-03-04",
    why: "one per (resource, item): S6 is also on #3's day off",
  },
  {
    type: "travel",
    severity: "warning",
    resource: "Pat Kim",
    items: ["S5", "S6"],
    date: "2026-03-04",
    magnitude: 1,
    why: "Old Church -> Studio B has no Travel row: 29 min for the 30 min buffer",
  },
  {
    type: "travel",
    severity: "warning",
    resource: "3",
    items: ["S5", "S6"],
    date: "2026-03-04",
    magnitude: 1,
    why: "#3 makes the same move as Pat Kim",
  },
  {
    type: "material-late",
    severity: "error",
    items: ["S9"],
    date: "2026-03-16",
    why: "the vintage car arrives 09:00, S9 starts 08:00",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "1",
    items: ["S10", "S11"],
    date: "2026-03-17",
    magnitude: 1,
    why: "SAG-AFTRA overridden to 11 h: 21:01 -> 08:00 is 10 h 59 min",
  },
  {
    type: "budget-overrun",
    severity: "warning",
    resource: "1405",
    items: [],
    magnitude: 300,
    why: "#3 600/day x 3 worked dates = 1800 against 1500",
  },
  {
    type: "budget-overrun",
    severity: "warning",
    resource: "3300",
    items: [],
    magnitude: 1,
    why: "Kai 900 x 2 + Pat 700 x 2 = 3200 against 3199",
  },
];

const NEAR_MISSES: NearMiss[] = [
  {
    type: "travel",
    resource: "Kai Duarte",
    items: ["S1", "S2"],
    why: "Mill House -> Riverside Park gap 45 min = Travel row",
  },
  { type: "travel", resource: "1", items: ["S1", "S2"], why: "#1 makes the same 45 min move" },
  { type: "travel", resource: "Pat Kim", items: ["S7", "S8"], why: "Studio B -> Old Church gap 30 min = buffer" },
  { type: "travel", resource: "Mill House", items: ["S9", "S10"], why: "locations never travel" },
  {
    type: "turnaround",
    resource: "3",
    items: ["S6", "S7"],
    why: "#3 21:00 -> 08:00 is 11 h = overridden Min Rest (12 h by default)",
  },
  { type: "turnaround", resource: "Pat Kim", items: ["S6", "S7"], why: "IATSE 11 h rest >= 10 h" },
  {
    type: "turnaround",
    resource: "Kai Duarte",
    items: ["S2", "S3"],
    why: "Local 600 Min Rest 9 h: 20:01 -> 08:00 is 11 h 59 min",
  },
  {
    type: "long-day",
    resource: "1",
    items: ["S1", "S2"],
    why: "SAG-AFTRA keeps Max Day 14 h (override left it blank): 12 h 1 min",
  },
  { type: "long-day", resource: "Pat Kim", items: ["S5", "S6"], why: "IATSE 13 h <= 14 h" },
  { type: "unavailable", resource: "3", items: ["S4"], why: "S4 ends 14:00 as #3's unavailable window starts" },
  { type: "unavailable", resource: "2", items: ["S11"], why: "fitting and travel windows are not unavailability" },
  { type: "material-late", items: ["S1"], why: "date-only Delivery 3/2 means 00:00, before S1's 08:00" },
  { type: "material-late", items: ["S3"], why: "Delivery 08:00 is not later than S3's Start 08:00" },
  { type: "budget-overrun", resource: "1400", items: [], why: "#1 1000 x 3 + #2 800 x 2 = 4600, exactly the budget" },
];

const SHOOT_DAYS = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-16", "2026-03-17"];
const EXPECTED_DOOD_ROWS: ExpectedDoodRow[] = [
  // Allow Drop: 13 days strictly between 3/2 and 3/16 > 10 -> drop; the first day is also the last before the drop.
  {
    resource: "1",
    codes: ["SWD", "", "", "", "PW", "WF"],
    work: 3,
    hold: 0,
    travel: 0,
    start: "2026-03-02",
    finish: "2026-03-17",
  },
  // No drop: H between work days, except the fitting (F) and travel (T) windows.
  {
    resource: "2",
    codes: ["SW", "H", "F", "H", "T", "WF"],
    work: 2,
    hold: 2,
    travel: 1,
    start: "2026-03-02",
    finish: "2026-03-17",
  },
  // The day off on 3/4 is a work day (work codes win); the hold window on 3/16 shows H after the last work day.
  {
    resource: "3",
    codes: ["", "SW", "W", "WF", "H", ""],
    work: 3,
    hold: 1,
    travel: 0,
    start: "2026-03-03",
    finish: "2026-03-05",
  },
];

const EXPECTED_CALL_SHEETS: ExpectedCallSheet[] = [
  {
    date: "2026-03-02",
    items: ["S1", "S2"],
    cast: [
      { resource: "1", status: "SWD", call: "08:00" },
      { resource: "2", status: "SW", call: "08:00" },
    ],
  },
  { date: "2026-03-03", items: ["S3", "S4"], cast: [{ resource: "3", status: "SW", call: "12:44" }] },
  { date: "2026-03-04", items: ["S5", "S6"], cast: [{ resource: "3", status: "W", call: "08:00" }] },
  { date: "2026-03-05", items: ["S7", "S8"], cast: [{ resource: "3", status: "WF", call: "08:00" }] },
  { date: "2026-03-16", items: ["S9", "S10"], cast: [{ resource: "1", status: "PW", call: "08:00" }] },
  {
    date: "2026-03-17",
    items: ["S11"],
    cast: [
      { resource: "1", status: "WF", call: "08:00" },
      { resource: "2", status: "WF", call: "08:00" },
    ],
  },
];

describeReport(
  "conformance: THE MILL HOUSE production (locations, travel, materials, budget, rules, availability)",
  () => saveAndCheck(buildWorkbook(), "3-mill-house-production.xlsx"),
  {
    issues: { title: "every table is placed: no data issues", keys: [] },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
    dood: {
      title: "DOOD: drop (SWD/PW) with Allow Drop, H/F/T without, hold window after the last day",
      days: SHOOT_DAYS,
      rows: EXPECTED_DOOD_ROWS,
    },
    callSheets: {
      title: "call sheets: cast in cast-table order with the day's DOOD code and first Start",
      sheets: EXPECTED_CALL_SHEETS,
    },
  },
  (report) => {
    test.each([
      ["1400", 4600, 4600],
      ["1405", 1500, 1800],
      ["3300", 3199, 3200],
    ])("cost of account %s: budget %d, planned %d (Day Rate x worked dates)", (account, budget, planned) => {
      const row = report().costs?.accounts.find((a) => a.account === account);
      expect(row).toEqual(expect.objectContaining({ account, budget, planned }));
    });
  },
);
