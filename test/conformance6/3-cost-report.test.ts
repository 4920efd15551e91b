/**
 * Set 6, workbook 3: the Cost Report an accountant reads, per day and per account, to the cent. A commercial
 * shot over three days on a plain-range `Schedule` typed the way a line producer does (`Work Date`,
 * `Start Time`, `End Time`, `Talent`, `Crew`, `Gear`); `Cast` and `Crew` sheets with `Daily Rate` /
 * `Hour Rate`, `Acct`, `Union`, `Makeup` / `Prep`; a `Budget` sheet (`Account`, `Description`, `Amount`) with
 * one account exactly at plan, three over and one with nothing booked. Expectations are worked out by hand from
 * the contract §5 (`budget-overrun`: "Day Rate per worked date, or Hourly Rate × hours, with OT After/OT Rate")
 * and the schema's `costs`; the hours of a day are the span from the call (Lead Time included) to the last End
 * (docs/workbook-format.md), which the Electric account is built to tell apart from "hours of the items".
 *
 * Rules: `IATSE` restated with OT After 12 h at 2×; new set `Local 80` with OT After 8 h at 1.5×.
 * Cast (SAG-AFTRA, no OT After): 1 Lena Sky Daily Rate 1000, Acct 1400, Makeup 60; 2 Max Orr Daily Rate 850.50,
 * Acct 1400. Crew: K1 Ivy Dean DP Daily Rate 1500 (3300, IATSE); K2 Joe Best Gaffer Hour Rate 40 (3400,
 * Local 80, Prep 30); K3 Kim Rowe Key Grip Hour Rate 45 (3500, IATSE); K4 Lou Pratt Camera PA Hour Rate 20,
 * no Acct. Equipment: E1 camera package Daily Rate 2400 (3300).
 */
import ExcelJS from "exceljs";
import {
  at,
  describeReport,
  plainSheet,
  saveAndCheck,
  timeFraction as t,
  type CellInput,
  type ExpectedConflict,
  type NearMiss,
} from "../conformance/helpers";
import { checkAndWriteBack, schemaErrors, sheetTexts, summaryOf } from "./writeback";

// Excel rows 2..10. Columns: ID, Work Date, Start Time, End Time, Talent, Crew, Gear, Location, Status, Est. Time.
const SCHEDULE: CellInput[][] = [
  ["X1", at(2026, 3, 2), t(8), t(12), "1", "K1, K2, K3", "E1", "Stage A", null],
  ["X2", at(2026, 3, 2), t(13), t(17, 30), "1, 2", "K1, K2, K3, K4", "E1", "Stage A", null],
  ["X3", at(2026, 3, 3), t(6), t(20), null, "K1; K3", null, "Stage A", null],
  ["X4", at(2026, 3, 3), t(8, 30), t(16), null, "K2", null, "Stage A", null],
  ["X5", at(2026, 3, 3), null, null, "2", null, null, "Stage A", null],
  ["X6", at(2026, 3, 3), t(10), t(12), "1", "K4", "E1", "Stage A", "Cancelled"],
  ["X7", at(2026, 3, 4), t(9), t(11), "1", "K1", "E1", "Stage A", null],
  ["X8", at(2026, 3, 5), t(18), t(4), null, "K2, K5", null, "Stage A", null],
  ["X9", at(2026, 3, 4), null, null, null, "K4", null, "Stage A", null, 3],
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  plainSheet(
    wb,
    "Schedule",
    ["ID", "Work Date", "Start Time", "End Time", "Talent", "Crew", "Gear", "Location", "Status", "Est. Time"],
    SCHEDULE,
    { timeColumns: [2, 3] },
  );
  plainSheet(
    wb,
    "Cast",
    ["Cast #", "Name", "Daily Rate", "Acct", "Makeup"],
    [
      [1, "Lena Sky", 1000, 1400, 60],
      [2, "Max Orr", 850.5, 1400, null],
    ],
  );
  plainSheet(
    wb,
    "Crew",
    ["Code", "Full Name", "Position", "Dept", "Union", "Hour Rate", "Daily Rate", "Acct", "Prep"],
    [
      ["K1", "Ivy Dean", "Director of Photography", "Camera", null, null, 1500, 3300, null],
      ["K2", "Joe Best", "Gaffer", "Electric", "Local 80", 40, null, 3400, 30],
      ["K3", "Kim Rowe", "Key Grip", "Grip", null, 45, null, 3500, null],
      ["K4", "Lou Pratt", "Camera PA", "Camera", null, 20, null, null, null],
      ["K5", "Moe Tran", "Genny Operator", "Electric", "Non-union", 30, null, 3410, null],
    ],
  );
  plainSheet(wb, "Equipment", ["Code", "Item", "Daily Rate", "Acct"], [["E1", "Camera package A", 2400, 3300]]);
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
    ],
    [
      ["IATSE", 10, 14, 6, 30, 12, 2],
      ["Local 80", 10, 14, 6, 30, 8, 1.5],
    ],
  );
  plainSheet(
    wb,
    "Budget",
    ["Account", "Description", "Amount"],
    [
      [1400, "Cast", 3701],
      [3300, "Camera", 9000],
      [3400, "Electric", 1170],
      [3410, "Generator", 300],
      [3500, "Grip", 1000],
      [9999, "Contingency", 5000],
    ],
  );
  return wb;
}

/*
 * Lines by hand (§5: "Day Rate per worked date, or Hourly Rate × hours, with OT After/OT Rate"):
 *   3/2  Lena 1000; Max 850.50; K1 1500; E1 2400;
 *        K2 call 08:00 - Prep 30 = 07:30 -> 17:30 = 10 h on Local 80: 8 × 40 + 2 × 60 = 440;
 *        K3 08:00 -> 17:30 = 9.5 h (under IATSE's 12): 9.5 × 45 = 427.50; K4 13:00 -> 17:30 = 4.5 × 20 = 90.
 *        day = 6708.00
 *   3/3  K1 1500 (a 14 h day: OT does not apply to a Day Rate); K3 06:00 -> 20:00 = 14 h: 12 × 45 + 2 × 90 = 720;
 *        K2 08:30 - 30 = 08:00 -> 16:00 = exactly 8 h: 320 (no OT); Max 850.50 (date-only X5 is a worked date);
 *        the Cancelled X6 books nobody (Lena, K4, E1 cost nothing that day).   day = 3390.50
 *   3/4  Lena 1000; K1 1500; E1 2400; K4's date-only X9 with Est. Time 3 (Duration): 3 × 20 = 60.
 *                                                                              day = 4960.00
 *   3/5  night X8 18:00 -> 04:00, all on 3/5: K2 17:30 -> 04:00 = 10.5 h: 8 × 40 + 2.5 × 60 = 470;
 *        K5 Non-union (no OT After in §4, none in Rules): 10 × 30 = 300.       day = 770.00
 * Accounts: 1400 = 2000 + 1701 = 3701 (exactly the budget); 3300 = 4500 + 4800 = 9300 (300 over);
 *   3400 = 440 + 320 + 470 = 1230 (60 over; paying only the items' hours, 9 h on 3/2, it would be exactly 1170);
 *   3410 = 300 (exactly the budget: any OT would tip it over);
 *   K4's 90 + 60 = 150 has no account;
 *   3500 = 427.50 + 720 = 1147.50 (147.50 over); 9999 nothing booked.
 */
const DAYS: [string, number][] = [
  ["2026-03-02", 6708],
  ["2026-03-03", 3390.5],
  ["2026-03-04", 4960],
  ["2026-03-05", 770],
];

const ACCOUNTS: { account: string; budget?: number; planned: number }[] = [
  { account: "1400", budget: 3701, planned: 3701 },
  { account: "3300", budget: 9000, planned: 9300 },
  { account: "3400", budget: 1170, planned: 1230 },
  { account: "3410", budget: 300, planned: 300 },
  { account: "3500", budget: 1000, planned: 1147.5 },
  { account: "9999", budget: 5000, planned: 0 },
];

const EXPECTED: ExpectedConflict[] = [
  {
    type: "budget-overrun",
    severity: "warning",
    resource: "3300",
    items: [],
    magnitude: 300,
    why: "K1 3 × 1500 + E1 2 × 2400 = 9300 > 9000",
  },
  {
    type: "budget-overrun",
    severity: "warning",
    resource: "3400",
    items: [],
    magnitude: 60,
    why: "K2 440 (10 h call-to-wrap, OT after 8 at 1.5) + 320 + 470 (night, 10.5 h) = 1230 > 1170",
  },
  {
    type: "budget-overrun",
    severity: "warning",
    resource: "3500",
    items: [],
    magnitude: 147.5,
    why: "K3 427.50 + 720 (OT after 12 at 2) = 1147.50 > 1000",
  },
];

const NEAR_MISSES: NearMiss[] = [
  { type: "budget-overrun", resource: "1400", items: [], why: "3701 planned is exactly the 3701 budget" },
  { type: "budget-overrun", resource: "9999", items: [], why: "nothing booked to the contingency" },
  { type: "budget-overrun", resource: "3410", items: [], why: "Non-union has no OT After: 10 h × 30 = 300 exactly" },
  { type: "long-day", resource: "K3", items: ["X3"], why: "06:00 -> 20:00 is exactly IATSE's 14 h" },
  { type: "long-day", resource: "K1", items: ["X3"], why: "exactly 14 h for the DP too" },
  { type: "turnaround", resource: "K3", items: ["X2", "X3"], why: "17:30 -> 06:00 is 12 h 30" },
  { type: "double-booking", resource: "E1", items: ["X6"], why: "X6 is Cancelled" },
];

describeReport(
  "conformance set 6: cost report per day and per account (Day/Hour Rate, Prep, OT After/OT Rate, budgets)",
  () => saveAndCheck(buildWorkbook(), "3-cost-report.xlsx", "conformance6"),
  {
    issues: { title: "every table is placed: no data issues", keys: [] },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
  },
  (report) => {
    test("the report is valid against report.schema.json, as the CLI prints it", () => {
      expect(schemaErrors(report())).toEqual([]);
    });
    test("summary: 8 items (non-cancelled), errors/warnings/data issues = the lists' counts", () => {
      expect(report().summary.items).toBe(8);
      expect(report().summary).toMatchObject(summaryOf(report()));
    });
    test("the report has a costs section (report.schema.json)", () => {
      expect(report().costs).toBeDefined();
    });

    test.each(DAYS)("planned cost of %s is %d", (date, planned) => {
      expect(report().costs?.days.find((d) => d.date === date)?.planned).toBeCloseTo(planned, 6);
    });

    test("costs.days lists exactly the four worked dates, in date order", () => {
      expect(report().costs?.days.map((d) => d.date)).toEqual(DAYS.map(([d]) => d));
    });

    test.each(ACCOUNTS.map((a) => [a.account, a] as const))("account %s: budget and planned", (account, want) => {
      const row = report().costs?.accounts.find((a) => a.account === account);
      expect(row).toBeDefined();
      expect(row?.budget).toBe(want.budget);
      expect(row?.planned).toBeCloseTo(want.planned, 6);
    });

    test("the camera PA's 90 + 60 (no Acct) is planned under no budget account, and in the day totals", () => {
      const budgeted = new Set(ACCOUNTS.map((a) => a.account));
      const others = (report().costs?.accounts ?? []).filter((a) => !budgeted.has(a.account));
      expect(others.map((a) => [a.budget, a.planned])).toEqual([[undefined, 150]]);
    });

    test("accounts add up to the days (nothing lost, nothing counted twice)", () => {
      const costs = report().costs;
      const byAccount = (costs?.accounts ?? []).reduce((s, a) => s + a.planned, 0);
      const byDay = (costs?.days ?? []).reduce((s, d) => s + d.planned, 0);
      expect(byAccount).toBeCloseTo(byDay, 6);
      expect(byDay).toBeCloseTo(6708 + 3390.5 + 4960 + 770, 6);
    });

    test("budget-overrun has no date and names no items", () => {
      for (const c of report().conflicts.filter((x) => x.type === "budget-overrun")) {
        expect(c.date).toBeUndefined();
        expect(c.items).toEqual([]);
      }
    });
  },
);

describe("conformance set 6: the Cost Report sheet written back (§8)", () => {
  let texts: string[] = [];
  let sheetNames: string[] = [];
  beforeAll(async () => {
    const { written } = await checkAndWriteBack(buildWorkbook(), "3-cost-report");
    sheetNames = written.worksheets.map((w) => w.name);
    texts = sheetTexts(written.getWorksheet("Cost Report"));
  });

  test("a Cost Report sheet is generated", () => {
    expect(sheetNames).toContain("Cost Report");
  });

  test.each(["1400", "3300", "3400", "3410", "3500", "9999"])("account %s is on the Cost Report", (account) => {
    expect(texts).toContain(account);
  });

  test.each([
    ["3300 planned", "9300"],
    ["3400 planned", "1230"],
    ["3500 planned", "1147.5"],
    ["3/2 planned", "6708"],
    ["3/3 planned", "3390.5"],
    ["3/4 planned", "4960"],
    ["3/5 planned", "770"],
  ])("%s (%s) is on the Cost Report", (_what, amount) => {
    expect(texts).toContain(amount);
  });
});
