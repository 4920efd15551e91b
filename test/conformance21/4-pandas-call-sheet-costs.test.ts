/**
 * Set 21, round 2 (workbooks written by scripts and tools): pandas, an XlsxWriter call sheet, costs.
 *
 * - `r2-01-pandas-schedule`: `DataFrame.to_excel` with its defaults (pandas 1.5.3, XlsxWriter engine): an index
 *   column, `datetime64` Date and Deadline (every value written as a date-time, format `YYYY-MM-DD HH:MM:SS`),
 *   Start/End text "07:00:00" with NaN for a date-only strip, Cast mixing "1, 2" and the int 2, Shoot Day float with
 *   NaN on 3/4; Cast with float Lead Time, bool Allow Drop, Day Rate 850.5; an Availability window 08:00-10:00.
 * - `r2-02-xlsxwriter-callsheet`: XlsxWriter with formats (`ddd mm/dd/yy` dates, `h:mm AM/PM` times), a headerless
 *   `Production` sheet (Title … Notes, Sunrise/Sunset as time cells), a night shoot past midnight, Cast
 *   `Hair/Makeup`, Crew `Dept` and `Lead Time`, Locations with their own hospital and parking (Stage 4 has none),
 *   Deliveries with date-time arrivals; Equipment tokens with no Equipment table.
 * - `r2-03-costs-rules`: `Rules` (IATSE OT after 8 h at 1.5; a new set "Teamsters 399"), an Excel table `tblCrew`
 *   with text rates "1,200" / "35.00" and accounts 3400 vs "3400" and "3500 "; a `tblBudget` Excel table with a
 *   totals row (`=SUBTOTAL(109,…)`) and amounts "2,400.00", "600&nbsp;".
 *
 * Expectations: the explorer's (round 2, EXPECT.md written before running), adjusted only for the decisions in
 * docs/workbook-format.md.
 */
import ExcelJS from "exceljs";
import type { Report } from "../../src/core/report";
import { check, describeFixture, outPath, type Expected19, type Expectations19 } from "./cli";

// ---------------------------------------------------------------------------------------------------------------
// r2-01: pandas schedule
// ---------------------------------------------------------------------------------------------------------------
const PANDAS_EXPECTED: Expected19[] = [
  // Decision (docs/workbook-format.md "A date-time cell at exactly midnight"): a whole serial in a date-time
  // formatted cell is that date at 00:00, and pandas writes every datetime64 so. The explorer expected I3
  // (Timestamp('2026-03-02')) to be a date (due at the end of 3/2, so no conflict); the tool reads 00:00.
  {
    type: "deadline",
    severity: "error",
    items: ["row:3"],
    date: "2026-03-02",
    magnitude: 1140,
    why: "decision: Deadline 2026-03-02 00:00:00 (date-time cell) is midnight; row:3 ends 19:00",
  },
  {
    type: "long-day",
    severity: "warning",
    resource: "3",
    items: ["row:5", "row:6"],
    date: "2026-03-03",
    magnitude: 105,
    why: "Bo Grant called 09:45 (10:30 minus Lead Time 45) to wrap 01:30: 15 h 45 > 14 h",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "2",
    items: ["row:8"],
    date: "2026-03-04",
    magnitude: 120,
    why: "Ana Lopez is away 08:00-10:00 on 3/4; row:8 is date-only (the whole day)",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "3",
    items: ["row:6", "row:7"],
    date: "2026-03-04",
    magnitude: 135,
    why: "Bo Grant wraps 01:30 on 3/4, called 11:15 (12:00 minus 45): 9 h 45 < 12 h",
  },
];

const PANDAS_DAYS = ["2026-03-02", "2026-03-03", "2026-03-04"];
const PANDAS: Expectations19 = {
  issues: { title: "no data issues (index column, NaN cells, floats, bools)", keys: [] },
  conflicts: { expected: PANDAS_EXPECTED },
  nearMisses: [
    {
      type: "turnaround",
      resource: "1",
      items: ["row:3", "row:4"],
      why: "Tom Reed wraps 19:00 on 3/2, called 07:00 on 3/3: exactly 12 h",
    },
    { type: "unavailable", resource: "2", items: ["row:7"], why: "Ana Lopez is not on row:7" },
  ],
  dood: {
    title: "DOOD: 1 SW WF -, 2 SW W WF, 3 - SW WF",
    days: PANDAS_DAYS,
    rows: [
      { resource: "1", codes: ["SW", "WF", ""], work: 2, hold: 0 },
      { resource: "2", codes: ["SW", "W", "WF"], work: 3, hold: 0 },
      { resource: "3", codes: ["", "SW", "WF"], work: 2, hold: 0 },
    ],
  },
  callSheets: {
    title: "call sheets: calls with Lead Time, null for the date-only strip",
    sheets: [
      {
        date: "2026-03-02",
        items: ["row:2", "row:3"],
        cast: [
          { resource: "1", status: "SW", call: "07:00" },
          { resource: "2", status: "SW", call: "06:30" },
        ],
      },
      {
        date: "2026-03-03",
        items: ["row:4", "row:5", "row:6"],
        cast: [
          { resource: "1", status: "WF", call: "07:00" },
          { resource: "2", status: "W", call: "10:00" },
          { resource: "3", status: "SW", call: "09:45" },
        ],
      },
      {
        date: "2026-03-04",
        items: ["row:7", "row:8"],
        cast: [
          { resource: "2", status: "WF", call: null },
          { resource: "3", status: "WF", call: "11:15" },
        ],
      },
    ],
  },
};

describeFixture("set 21 / r2-01: pandas to_excel with its defaults", "r2-01-pandas-schedule.xlsx", PANDAS, (report) => {
  test("costs: 1000 x 2 + 850.50 x 3 = 4551.50 under (no account)", () => {
    expect(report().costs?.accounts).toEqual([{ account: "(no account)", planned: 4551.5 }]);
  });
  check(
    "call sheet names: Day 1, Day 2, Day 3 (there is a Shoot Day column; 3/4 is shoot day 3 of 3)",
    // Fixed: a day whose strips give no Shoot Day is named on from the last numbered day (contract §8).
    undefined,
    () => {
      expect(report().callSheets.map((s) => s.sheet)).toEqual([
        "Call Sheet Day 1",
        "Call Sheet Day 2",
        "Call Sheet Day 3",
      ]);
    },
  );
});

// ---------------------------------------------------------------------------------------------------------------
// r2-02: XlsxWriter call sheet
// ---------------------------------------------------------------------------------------------------------------
const CALLSHEET_DAYS = ["2026-03-10", "2026-03-11", "2026-03-12"];
const CALLSHEET: Expectations19 = {
  issues: {
    title: "data issues: the Equipment tokens with no Equipment table (contract: unknown-resource)",
    keys: ["unknown-resource | Schedule | N2", "unknown-resource | Schedule | N6"],
  },
  conflicts: {
    expected: [
      {
        type: "material-late",
        severity: "error",
        items: ["105"],
        date: "2026-03-12",
        magnitude: 30,
        why: "the Rain machine arrives 19:30 on 3/12 for 105, which starts 19:00",
      },
    ],
  },
  nearMisses: [
    { type: "material-late", items: ["101"], why: "the Technocrane arrives 16:00 for 101 at 18:00" },
    {
      type: "turnaround",
      resource: "1",
      items: ["102", "104"],
      why: "Tom Reed wraps 02:00 on 3/11, called 22:00 on 3/11: 20 h",
    },
  ],
  dood: {
    title: "DOOD: 1 SW WF -, 2 SW WF -, 3 SW H WF",
    days: CALLSHEET_DAYS,
    rows: [
      { resource: "1", codes: ["SW", "WF", ""], work: 2, hold: 0 },
      { resource: "2", codes: ["SW", "WF", ""], work: 2, hold: 0 },
      { resource: "3", codes: ["SW", "H", "WF"], work: 2, hold: 1 },
    ],
  },
  callSheets: {
    title: "call sheets Day 1-3: cast calls are Start minus Hair/Makeup",
    sheets: [
      {
        date: "2026-03-10",
        items: ["101", "102"],
        cast: [
          { resource: "1", status: "SW", call: "17:00" },
          { resource: "2", status: "SW", call: "16:30" },
          { resource: "3", status: "SW", call: "21:45" },
        ],
      },
      {
        date: "2026-03-11",
        items: ["103", "104"],
        cast: [
          { resource: "1", status: "WF", call: "22:00" },
          { resource: "2", status: "WF", call: "15:30" },
        ],
      },
      { date: "2026-03-12", items: ["105"], cast: [{ resource: "3", status: "WF", call: "18:15" }] },
    ],
    names: CALLSHEET_DAYS.map((date, i) => ({ date, sheet: `Call Sheet Day ${i + 1}` })),
  },
};

/** The text of the row of a written call sheet whose first cell is `label`. */
async function writtenRow(file: string, sheet: string, label: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet);
  let text = "";
  ws?.eachRow((row) => {
    if (String(row.getCell(1).value ?? "") === label) {
      const values = Array.isArray(row.values) ? row.values : Object.values(row.values);
      text = values
        .filter((v) => v !== null && v !== undefined)
        .map(String)
        .join(" | ");
    }
  });
  return text;
}

function callSheetMore(report: () => Report): void {
  const day = (n: number) => report().callSheets[n - 1];
  test("header: all 16 Production keys (the headerless first row Title too), Sunrise/Sunset as 06:18 / 18:14", () => {
    const header = day(1)?.header ?? {};
    expect(Object.keys(header)).toHaveLength(16);
    expect(header.Title).toBe("NIGHT SHIFT");
    expect(header.Sunrise).toBe("06:18");
    expect(header.Sunset).toBe("18:14");
  });
  test("Day 1 crew: by department in table order, calls Start minus Lead Time", () => {
    expect(day(1)?.crew.map((c) => [c.name, c.department, c.call])).toEqual([
      ["Ana Silva", "Camera", "18:00"],
      ["Cal Moss", "Electric", "17:00"],
      ["Gus Lee", "Grip", "17:00"],
      ["Hana Ito", "Hair/Makeup", "16:30"],
      ["Tim Ruiz", "Production", "18:00"],
    ]);
  });
  // The explorer expected the unit call, 18:00, and so did two graders since: the general crew call is the earliest
  // call of the crew without a Lead Time (Key Makeup's 16:30 is a pre-call). Until session 11 it was the earliest
  // crew call, Lead Time counted (16:30, 15:30, 17:30).
  test("general crew call = the unit call, not Key Makeup's pre-call (18:00, 17:00, 19:00)", () => {
    expect(report().callSheets.map((s) => s.crewCall)).toEqual(["18:00", "17:00", "19:00"]);
  });
  test("hospital: the location's own (SF General at Lou's Diner on Days 1 and 3), else Production's (Stage 4)", () => {
    expect(report().callSheets.map((s) => s.locations.map((l) => [l.name, l.nearestHospital, l.parking]))).toEqual([
      [["Lou's Diner", "SF General", "Lot D"]],
      [["Stage 4", "St. Mary's Medical Center", "Lot B"]],
      [["Lou's Diner", "SF General", "Lot D"]],
    ]);
  });
  test("the printed Call Sheet Day 1 (--out) names SF General, not St. Mary's", async () => {
    const text = await writtenRow(outPath("r2-02-xlsxwriter-callsheet.xlsx"), "Call Sheet Day 1", "NEAREST HOSPITAL");
    expect(text).toContain("SF General");
    expect(text).not.toContain("St. Mary's");
  });
  test("deliveries on 3/10: Breakaway glass 12:00, Technocrane 16:00; advance = the next shoot day", () => {
    expect(day(1)?.deliveries.map((d) => [d.item, d.delivery])).toEqual([
      ["Breakaway glass", "12:00"],
      ["Technocrane 30ft", "16:00"],
    ]);
    expect(report().callSheets.map((s) => s.advance?.date)).toEqual(["2026-03-11", "2026-03-12", undefined]);
  });
  // Decision (docs/workbook-format.md, Call sheets): a token that names no resource is Type other (contract §3) and
  // on no cast, crew or equipment list; its unknown-resource issue at N2/N6 tells the coordinator. The explorer
  // expected the strips' unresolved Technocrane and Rain machine listed under equipment.
  test("no equipment list on a day whose Equipment tokens name no resource (the issues say so)", () => {
    expect(day(1)?.equipment).toEqual([]);
    expect(day(3)?.equipment).toEqual([]);
    expect(
      report()
        .dataIssues.filter((i) => i.code === "unknown-resource")
        .map((i) => i.cell),
    ).toEqual(expect.arrayContaining(["N2", "N6"]));
  });
}

describeFixture(
  "set 21 / r2-02: XlsxWriter call-sheet inputs (Production, Locations, Deliveries)",
  "r2-02-xlsxwriter-callsheet.xlsx",
  CALLSHEET,
  callSheetMore,
  { out: true },
);

// ---------------------------------------------------------------------------------------------------------------
// r2-03: costs, rules, budget table
// ---------------------------------------------------------------------------------------------------------------
function overrun(account: string, magnitude: number, why: string): Expected19 {
  return { type: "budget-overrun", severity: "warning", resource: account, items: [], magnitude, why };
}

describeFixture(
  "set 21 / r2-03: costs with Rules OT, text rates, a budget table with a totals row",
  "r2-03-costs-rules.xlsx",
  {
    issues: { title: "no data issues (the budget table's totals row is not data)", keys: [] },
    conflicts: {
      expected: [
        overrun("1405", 300, "cast 1000 x 2 + 800 = 2800 vs 2500"),
        overrun("3400", 310, "Cal 840 + 480, Max 630 + 360 (OT after 8 h at 1.5) = 2310 vs 2000"),
        overrun("3500", 30, "Dee (Teamsters 399: OT after 10 h at 2) 10 x 35 + 4 x 70 = 630 vs '600\u00a0'"),
      ],
    },
    nearMisses: [
      { type: "budget-overrun", resource: "3300", items: [], why: "Ana 1,200 x 2 = 2400, exactly '2,400.00'" },
    ],
    dood: {
      title: "DOOD: 1 SW WF, 2 SWF -",
      days: ["2026-03-02", "2026-03-03"],
      rows: [
        { resource: "1", codes: ["SW", "WF"], work: 2, hold: 0 },
        { resource: "2", codes: ["SWF", ""], work: 1, hold: 0 },
      ],
    },
  },
  (report) => {
    test("costs by account and by day; the totals row 'Total' is not an account", () => {
      expect(report().costs?.accounts).toEqual([
        { account: "1405", budget: 2500, planned: 2800 },
        { account: "3300", budget: 2400, planned: 2400 },
        { account: "3400", budget: 2000, planned: 2310 },
        { account: "3500", budget: 600, planned: 630 },
      ]);
      expect(report().costs?.days).toEqual([
        { date: "2026-03-02", planned: 5100 },
        { date: "2026-03-03", planned: 3040 },
      ]);
    });
  },
);
