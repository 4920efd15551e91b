/**
 * Set 4, workbook 2: a two-day commercial (":30 Brightside Juice - Morning Glow") on a plain-range "Schedule".
 * One Crew cell lists people on separate lines (Alt+Enter). Times are text with AM/PM (`6:00 AM`, `12:00 PM` = noon, `4:45 PM`); several shots give an `Est. Time`
 * (Duration alias) instead of an End: the number 2.5 and the texts `1:30`, `90m`, `1h15`, `1.5h`.
 * One "Resources" sheet holds talent, crew and gear, typed by a `Category` column (`Cast`, `Crew`, `Equipment`),
 * rule sets named in a `Contract` column, a `DOB` for the minor, `Prep` as Lead Time, Hourly and Day Rates and a
 * `Budget Account`. The Rules table replaces the default `Non-union` set (Max Day 12 h, OT after 10 h at 1.5)
 * and defines a new set for a minor (`CA Minor 9-16`: Max Day 9 h). Budget accounts are checked to the cent.
 * Expectations are worked out by hand from the contract (see each `why`).
 *
 * T1 Maya Reyes (Mom, SAG-AFTRA, Day Rate 1000, Prep 60), T2 Leo Reyes (Kid, CA Minor 9-16, Day Rate 800,
 * Prep 30), C1 Dana Whit DP (Non-union, Day Rate 1500), C2 Omar Haddad Gaffer (Non-union, 42.50/h), C3 Bea Lund
 * Key Grip (Non-union, 38.00/h), C4 Sol Park Studio Teacher (Non-union, 55.00/h), E1 camera package (Day Rate
 * 1200).
 */
import ExcelJS from "exceljs";
import {
  at,
  callSheetNames,
  describeReport,
  plainSheet,
  saveAndCheck,
  type CellInput,
  type ExpectedCallSheet,
  type ExpectedConflict,
  type ExpectedDoodRow,
  type NearMiss,
} from "../conformance/helpers";

// Excel rows 2..15. Columns: A Ref, B Shoot Date, C Description, D Start Time, E End Time, F Est. Time,
// G Location, H Talent, I Crew, J Gear, K Status, L After (Depends On alias).
// prettier-ignore
const SCHEDULE: CellInput[][] = [
  ["SH-01", at(2026, 3, 9), "Pre-light kitchen", "6:00 AM", "8:00 AM", null, "Stage 2", null, "Gaffer; Key Grip", null, null, null],
  ["SH-02", at(2026, 3, 9), "Wide: family breakfast", "8:00 AM", null, 2.5, "Stage 2", "T1, T2", "C1; C2; C3", "E1", null, null],
  ["SH-03", at(2026, 3, 9), "CU: kid pours juice", "10:30 AM", null, "1:30", "Stage 2", "Leo Reyes", "Director of Photography, Gaffer, Key Grip", "E1", null, null],
  ["SH-04", at(2026, 3, 9), "Mom's hero line", "12:00 PM", "2:00 PM", null, "Stage 2", "T1", "C1/C2/C3", "E1", null, null],
  ["SH-05", at(2026, 3, 9), "Kid's reaction", "2:00 PM", null, "90m", "Stage 2", "T2", "C1; C2; C3", "E1", null, null],
  ["SH-06", at(2026, 3, 9), "Pack shot with kid", "3:30 PM", "4:45 PM", null, "Stage 2", "T2", "C1; C2; C3", "E1", null, null],
  ["SH-07", at(2026, 3, 9), "Strike kitchen", "4:45 PM", null, "1h15", "Stage 2", null, "C2; C3", null, null, null],
  ["SH-08", at(2026, 3, 9), "Return grip truck", "6:00 PM", "6:30 PM", null, "Stage 2", null, "Key Grip", null, null, "SH-07"],
  ["SH-09", at(2026, 3, 10), "Park: picnic wide", "7:30 AM", null, "1.5h", "Griffith Park", "T1; T2", "C1\nC2\nC3\nC4", "E1", null, null],
  ["SH-10", at(2026, 3, 10), "Park: kid runs to mom", "9:00 AM", "12:00 PM", null, "Griffith Park", "T1/T2", "C1, C2, C3, C4", "E1", null, null],
  ["SH-11", at(2026, 3, 10), "Park: kid and the bottle", "12:00 PM", "4:00 PM", null, "Griffith Park", "T2", "C1, C2, C3, C4", "E1", null, null],
  ["SH-12", at(2026, 3, 10), "B-cam: bottle glints", "2:00 PM", "3:00 PM", null, "Griffith Park", null, "C1", "E1", "CANCELED", null],
  ["SH-13", at(2026, 3, 10), "Mom: hero pour (wardrobe 2)", "11:00 AM", "1:00 PM", null, "Griffith Park", "T1", null, "E1", null, "SH-11"],
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  // Est. Time holds the number 2.5 and text durations (`1:30` is text, as typed into a text-formatted column).
  plainSheet(
    wb,
    "Schedule",
    [
      "Ref",
      "Shoot Date",
      "Description",
      "Start Time",
      "End Time",
      "Est. Time",
      "Location",
      "Talent",
      "Crew",
      "Gear",
      "Status",
      "After",
    ],
    SCHEDULE,
  );
  plainSheet(
    wb,
    "Resources",
    [
      "ID",
      "Name",
      "Category",
      "Position",
      "Dept",
      "Contract",
      "DOB",
      "Prep",
      "Hourly Rate",
      "Day Rate",
      "Budget Account",
    ],
    [
      ["T1", "Maya Reyes", "Cast", "Mom", "Talent", "SAG-AFTRA", null, 60, null, 1000, 1405],
      ["T2", "Leo Reyes", "Cast", "Kid", "Talent", "CA Minor 9-16", at(2015, 6, 1), 30, null, 800, 1405],
      ["C1", "Dana Whit", "Crew", "Director of Photography", "Camera", "Non-union", null, null, null, 1500, 3300],
      ["C2", "Omar Haddad", "Crew", "Gaffer", "Electric", "Non-union", null, null, 42.5, null, 3400],
      ["C3", "Bea Lund", "Crew", "Key Grip", "Grip", "Non-union", null, null, 38, null, 3400],
      ["C4", "Sol Park", "Crew", "Studio Teacher", "Production", "Non-union", null, null, 55, null, 2000],
      ["E1", "Camera package (Alexa Mini)", "Equipment", null, "Camera", null, null, null, null, 1200, 3350],
    ],
  );
  plainSheet(
    wb,
    "Rules",
    [
      "Rule Set",
      "Min Rest (h)",
      "Max Day (h)",
      "Max Consecutive Days",
      "Travel Buffer (min)",
      "OT After (h)",
      "OT Rate",
      "Drop Days",
    ],
    [
      ["Non-union", 10, 12, 6, 30, 10, 1.5, 10],
      ["CA Minor 9-16", 12, 9, 5, 30, 8, 1.5, 10],
    ],
  );
  plainSheet(
    wb,
    "Budget",
    ["Account", "Description", "Budget"],
    [
      [1405, "Day players", 3600],
      // Typed as text in the Budget sheet; the Resources sheet holds the number 2000.
      ["2000", "Production staff", 500],
      [3300, "Camera labor", 2999.5],
      [3350, "Camera rentals", 2400],
      [3400, "Electric & grip labor", 1750],
    ],
  );
  return wb;
}

const C3_DAY_1 = ["SH-01", "SH-02", "SH-03", "SH-04", "SH-05", "SH-06", "SH-07", "SH-08"];

const EXPECTED: ExpectedConflict[] = [
  {
    type: "double-booking",
    severity: "error",
    resource: "T1",
    items: ["SH-10", "SH-13"],
    date: "2026-03-10",
    magnitude: 1,
    why: "Mom in SH-10 9:00 AM-12:00 PM and SH-13 11:00 AM-1:00 PM",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "E1",
    items: ["SH-10", "SH-11", "SH-13"],
    date: "2026-03-10",
    magnitude: 1,
    why: "the one camera is over capacity 11:00-13:00 (SH-10 then SH-11, with SH-13): one maximal span, dated by SH-10",
  },
  {
    type: "long-day",
    severity: "warning",
    resource: "T2",
    items: ["SH-02", "SH-03", "SH-05", "SH-06"],
    date: "2026-03-09",
    why: "the minor's new rule set has Max Day 9 h: 8:00 AM less 30 min Prep = 07:30 to 4:45 PM is 9 h 15 min",
  },
  {
    type: "long-day",
    severity: "warning",
    resource: "C3",
    items: C3_DAY_1,
    date: "2026-03-09",
    why: "the Rules row replaces Non-union's Max Day with 12 h: 6:00 AM to 6:30 PM is 12 h 30 min",
  },
  {
    type: "dependency",
    severity: "error",
    items: ["SH-11", "SH-13"],
    date: "2026-03-10",
    why: "SH-13 (After SH-11) starts 11:00 AM, before SH-11 ends 4:00 PM",
  },
  {
    type: "budget-overrun",
    severity: "warning",
    resource: "3300",
    items: [],
    why: "C1 Day Rate 1500 x 2 dates = 3000.00 against 2999.50",
  },
  {
    type: "budget-overrun",
    severity: "warning",
    resource: "3400",
    items: [],
    why: "C2 552.50 + 361.25 and C3 522.50 + 323.00 = 1759.25 against 1750.00",
  },
];

const NEAR_MISSES: NearMiss[] = [
  {
    type: "double-booking",
    resource: "E1",
    items: ["SH-02", "SH-03"],
    why: "2.5 h from 8:00 AM ends 10:30, SH-03 starts 10:30",
  },
  {
    type: "double-booking",
    resource: "E1",
    items: ["SH-03", "SH-04"],
    why: "`1:30` from 10:30 AM ends at noon; `12:00 PM` is noon, not midnight",
  },
  { type: "double-booking", resource: "E1", items: ["SH-04", "SH-05"], why: "2:00 PM end and start touch" },
  { type: "double-booking", resource: "E1", items: ["SH-05", "SH-06"], why: "`90m` from 2:00 PM ends 3:30 PM" },
  { type: "double-booking", resource: "C2", items: ["SH-06", "SH-07"], why: "4:45 PM end and start touch" },
  {
    type: "double-booking",
    resource: "E1",
    items: ["SH-12"],
    why: "SH-12 would overlap SH-11 but is `CANCELED` (US spelling, capitals)",
  },
  { type: "double-booking", resource: "C1", items: ["SH-12"], why: "SH-12 would overlap SH-11 but is `CANCELED`" },
  {
    type: "long-day",
    resource: "C2",
    items: ["SH-01", "SH-07"],
    why: "C2 6:00 AM to 6:00 PM (`1h15` after 4:45 PM) is exactly the 12 h Max Day",
  },
  {
    type: "long-day",
    resource: "T2",
    items: ["SH-09", "SH-10", "SH-11"],
    why: "7:30 AM less 30 min Prep = 07:00 to 4:00 PM is exactly the minor's 9 h",
  },
  { type: "long-day", resource: "T1", items: ["SH-02", "SH-04"], why: "SAG-AFTRA 14 h: 07:00 to 2:00 PM" },
  {
    type: "dependency",
    items: ["SH-07", "SH-08"],
    why: "SH-08 (After SH-07) starts 6:00 PM as SH-07 ends (`1h15` after 4:45 PM)",
  },
  { type: "budget-overrun", resource: "1405", items: [], why: "T1 1000 x 2 + T2 800 x 2 = 3600, exactly the budget" },
  { type: "budget-overrun", resource: "3350", items: [], why: "E1 Day Rate 1200 x 2 dates = 2400, exactly the budget" },
  { type: "budget-overrun", resource: "2000", items: [], why: "C4 8.5 h x 55 = 467.50 against 500" },
];

const EXPECTED_DOOD_ROWS: ExpectedDoodRow[] = [
  { resource: "T1", codes: ["SW", "WF"], work: 2, hold: 0, start: "2026-03-09", finish: "2026-03-10" },
  { resource: "T2", codes: ["SW", "WF"], work: 2, hold: 0, start: "2026-03-09", finish: "2026-03-10" },
];

const EXPECTED_CALL_SHEETS: ExpectedCallSheet[] = [
  {
    date: "2026-03-09",
    items: C3_DAY_1,
    cast: [
      { resource: "T1", status: "SW", call: "07:00" },
      { resource: "T2", status: "SW", call: "07:30" },
    ],
  },
  {
    date: "2026-03-10",
    items: ["SH-09", "SH-10", "SH-11", "SH-13"],
    cast: [
      { resource: "T1", status: "WF", call: "06:30" },
      { resource: "T2", status: "WF", call: "07:00" },
    ],
  },
];

describeReport(
  "conformance set 4: commercial with hourly crew, a minor's rule set, durations and a budget to the cent",
  () => saveAndCheck(buildWorkbook(), "2-commercial-hourly.xlsx", "conformance4"),
  {
    issues: { title: "no data issues (DOB, Dept and Description are read or ignored quietly)", keys: [] },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
    dood: {
      title: "DOOD: the two talent rows (Category Cast)",
      days: ["2026-03-09", "2026-03-10"],
      rows: EXPECTED_DOOD_ROWS,
    },
    callSheets: {
      title: "call sheets: Prep as Lead Time; the Cancelled shot is left out",
      sheets: EXPECTED_CALL_SHEETS,
      names: [
        { date: "2026-03-09", sheet: "Call Sheet 2026-03-09" },
        { date: "2026-03-10", sheet: "Call Sheet 2026-03-10" },
      ],
    },
  },
  (report) => {
    test("overruns to the cent: 3300 by 0.50, 3400 by 9.25", () => {
      const over = (account: string): number | undefined =>
        report().conflicts.find((c) => c.type === "budget-overrun" && c.resource === account)?.magnitude;
      expect(over("3300")).toBeCloseTo(0.5, 6);
      expect(over("3400")).toBeCloseTo(9.25, 6);
    });

    test.each([
      ["1405", 3600, 3600, "T1 1000 x 2 + T2 800 x 2"],
      ["2000", 500, 467.5, "C4 7:30 AM-4:00 PM = 8.5 h x 55 (under OT After 10); text account '2000' = number 2000"],
      ["3300", 2999.5, 3000, "C1 1500 x 2"],
      ["3350", 2400, 2400, "E1 1200 x 2 dates it is booked"],
      ["3400", 1750, 1759.25, "C2 (10 x 42.50 + 2 x 63.75) + 8.5 x 42.50; C3 (10 x 38 + 2.5 x 57) + 8.5 x 38"],
    ])("account %s: budget %d, planned %d (%s)", (account, budget, planned) => {
      const row = report().costs?.accounts.find((a) => a.account === account);
      expect(row?.budget).toBeCloseTo(budget, 6);
      expect(row?.planned).toBeCloseTo(planned, 6);
    });

    test.each([
      ["2026-03-09", 5575, "1000 + 800 + 1500 + 552.50 + 522.50 + 1200"],
      ["2026-03-10", 5651.75, "1000 + 800 + 1500 + 361.25 + 323 + 467.50 + 1200 (Cancelled SH-12 adds nothing)"],
    ])("planned cost of %s is %d (%s)", (date, planned) => {
      expect(report().costs?.days.find((d) => d.date === date)?.planned).toBeCloseTo(planned, 6);
    });

    test("call sheet names are dated (no Shoot Day column)", () => {
      expect(callSheetNames(report()).map((s) => s.sheet)).toEqual(["Call Sheet 2026-03-09", "Call Sheet 2026-03-10"]);
    });
  },
);
