/**
 * Set 21, round 1 (a coordinator's workbooks, openpyxl): units, a commercial, travel and a budget.
 *
 * - `r1-03-two-units`: episodic TV, `Main Unit` and `Second Unit` sheets (Strip ID | Ep | Date | Call | Wrap | … |
 *   Cast | Crew | Equipment), crew by Role ("DP", "1st AD", "2nd Unit DP"); two Crew rows hold the Position
 *   "1st AD" (Jo Park, main unit; Ari Shah, second unit).
 * - `r1-04-commercial`: a `Shot` column (not an ID alias: ids are row:N), a LUNCH banner, a `Talent` column; Crew
 *   under department headings (`CAMERA`, `GRIP & ELECTRIC`) with `Day Rate` "$1,500.00"; a `Talent` sheet; a
 *   `Vehicles` sheet headed `Vehicle | Qty | Driver` (Passenger Van Qty 2); three van runs.
 * - `r1-05-doc-travel`: a documentary schedule, a date-only TRAVEL DAY row, Travel `Drive Time` "4h 30m", "1 hr",
 *   "45 min".
 * - `r1-06-budget`: `Acct #` codes `1405-00`, the number 2001 vs the text "2001", `3300-01`; amounts "$2,500.00",
 *   "1,500.00 USD"; category rows ("1400 CAST"); a last row `TOTAL | | $11,000.00`.
 *
 * Expectations: the explorer's (round 1), adjusted only for the decisions in docs/workbook-format.md.
 */
import type { Report } from "../../src/core/report";
import type { ExpectedDoodRow } from "../conformance/helpers";
import { describeFixture, namesByDate, type Expected19, type Expectations19, type NearMiss19 } from "./cli";

// ---------------------------------------------------------------------------------------------------------------
// r1-03: two units on two sheets
// ---------------------------------------------------------------------------------------------------------------
const UNITS_EXPECTED: Expected19[] = [
  {
    type: "double-booking",
    severity: "error",
    resource: "1",
    items: ["MU-01", "2U-02"],
    date: "2026-03-02",
    magnitude: 1,
    why: "Dana Cole: main unit MU-01 08:00-12:00 and second unit 2U-02 11:00-14:00",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "Technocrane",
    items: ["MU-01", "2U-01"],
    date: "2026-03-02",
    magnitude: 1,
    why: "one Technocrane on MU-01 08:00-12:00 and 2U-01 09:00-11:00",
  },
  // Decision (docs/workbook-format.md "A Role two people hold"): the token "1st AD" is the first Crew row with that
  // Position, Jo Park, with no data issue. The explorer expected an ambiguity issue and no guess; with the decision,
  // the second unit's "1st AD" books Jo Park, giving these two double-bookings (write Ari Shah's name to book him).
  {
    type: "double-booking",
    severity: "error",
    resource: "Jo Park",
    items: ["MU-01", "2U-02"],
    date: "2026-03-02",
    magnitude: 1,
    why: "decision: '1st AD' is Jo Park on both units; MU-01 08:00-12:00 and 2U-02 11:00-14:00",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "Jo Park",
    items: ["MU-02", "2U-02"],
    date: "2026-03-02",
    magnitude: 1,
    why: "decision: '1st AD' is Jo Park on both units; MU-02 13:00-18:00 and 2U-02 11:00-14:00",
  },
];

const UNITS_DAYS = ["2026-03-02", "2026-03-03"];
describeFixture(
  "set 21 / r1-03: two units on two sheets, crew by Role",
  "r1-03-two-units.xlsx",
  {
    issues: { title: "no data issues (decision: a Role two people hold is the first of them, silently)", keys: [] },
    conflicts: { expected: UNITS_EXPECTED },
    nearMisses: [
      {
        type: "double-booking",
        resource: "Technocrane",
        items: ["MU-01", "MU-02"],
        why: "MU-02 has no Technocrane",
      },
    ],
    dood: {
      title: "DOOD: 1 SW WF, 2 SWF, 3 SWF",
      days: UNITS_DAYS,
      rows: [
        { resource: "1", codes: ["SW", "WF"], work: 2, hold: 0 },
        { resource: "2", codes: ["SWF", ""], work: 1, hold: 0 },
        { resource: "3", codes: ["SWF", ""], work: 1, hold: 0 },
      ],
    },
    callSheets: {
      title: "call sheets: both units' strips of 3/2 on one sheet",
      sheets: [
        {
          date: "2026-03-02",
          items: ["MU-01", "MU-02", "2U-01", "2U-02"],
          cast: [
            { resource: "1", status: "SW", call: "08:00" },
            { resource: "2", status: "SWF", call: "08:00" },
            { resource: "3", status: "SWF", call: "09:00" },
          ],
        },
        { date: "2026-03-03", items: ["MU-03"], cast: [{ resource: "1", status: "WF", call: "07:00" }] },
      ],
      names: namesByDate(UNITS_DAYS),
    },
  },
  (report) => {
    test("decision: the 3/2 crew list has Jo Park for '1st AD' and not Ari Shah", () => {
      const crew = report().callSheets[0]?.crew.map((c) => c.resource) ?? [];
      expect(crew).toContain("Jo Park");
      expect(crew).not.toContain("Ari Shah");
    });
  },
);

// ---------------------------------------------------------------------------------------------------------------
// r1-04: commercial
// ---------------------------------------------------------------------------------------------------------------
const COMMERCIAL_EXPECTED: Expected19[] = [
  {
    type: "double-booking",
    severity: "error",
    resource: "Passenger Van",
    items: ["row:3", "row:4", "row:5"],
    date: "2026-03-09",
    magnitude: 1,
    why: "Vehicles: Passenger Van Qty 2; three runs overlap 06:30-07:00 (VAN1, VAN2 06:00-07:00, VAN3 06:30-07:30): 1 over",
  },
  {
    type: "long-day",
    severity: "warning",
    resource: "Cal Moss",
    items: ["row:2", "row:6", "row:8", "row:9"],
    date: "2026-03-09",
    magnitude: 150,
    why: "the Gaffer works 06:00 (PRE) to 22:30 (WRAP): 16 h 30 > 14 h (IATSE)",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "Cal Moss",
    items: ["row:9", "row:10"],
    date: "2026-03-10",
    magnitude: 90,
    why: "the Gaffer wraps 22:30 on 3/9 and is called 07:00 on 3/10: 8 h 30 < 10 h (IATSE)",
  },
];

const COMMERCIAL_NEAR: NearMiss19[] = [
  {
    type: "turnaround",
    resource: "Ana Silva",
    items: ["row:8", "row:10"],
    why: "the DP wraps 20:30 and is called 07:00: 10 h 30, more than IATSE's 10 h",
  },
];

const COMMERCIAL_DAYS = ["2026-03-09", "2026-03-10"];
describeFixture(
  "set 21 / r1-04: commercial with Talent and Vehicles sheets, crew under department headings",
  "r1-04-commercial.xlsx",
  {
    issues: { title: "no data issues (Vehicle is a Name, the department headings are labels)", keys: [] },
    conflicts: { expected: COMMERCIAL_EXPECTED },
    nearMisses: COMMERCIAL_NEAR,
    dood: {
      title: "DOOD: the Talent sheet is cast: 1 SWF, 2 SWF on 3/9",
      days: COMMERCIAL_DAYS,
      rows: [
        { resource: "1", codes: ["SWF", ""], work: 1, hold: 0 },
        { resource: "2", codes: ["SWF", ""], work: 1, hold: 0 },
      ],
    },
    callSheets: {
      title: "call sheets: talent 1 and 2 on the 3/9 cast list, the LUNCH banner is no item",
      sheets: [
        {
          date: "2026-03-09",
          items: ["row:2", "row:3", "row:4", "row:5", "row:6", "row:8", "row:9"],
          cast: [
            { resource: "1", status: "SWF", call: "08:00" },
            { resource: "2", status: "SWF", call: "14:00" },
          ],
        },
        { date: "2026-03-10", items: ["row:10"], cast: [] },
      ],
      names: namesByDate(COMMERCIAL_DAYS),
    },
  },
  (report: () => Report) => {
    test("costs: $1,500.00 / $650 / $700 day rates, 5050 under (no account)", () => {
      expect(report().costs?.accounts).toEqual([{ account: "(no account)", planned: 5050 }]);
    });
    test("crew on the 3/9 call sheet carry their heading's department (CAMERA, GRIP & ELECTRIC)", () => {
      const crew = report().callSheets[0]?.crew.map((c) => [c.resource, c.department]);
      expect(crew).toEqual([
        ["Ana Silva", "CAMERA"],
        ["Ben Cho", "CAMERA"],
        ["Cal Moss", "GRIP & ELECTRIC"],
      ]);
    });
  },
);

// ---------------------------------------------------------------------------------------------------------------
// r1-05: documentary travel
// ---------------------------------------------------------------------------------------------------------------
function travel(resource: string, items: [string, string], date: string, magnitude: number, why: string): Expected19 {
  return { type: "travel", severity: "warning", resource, items, date, magnitude, why };
}
const CREW_AND_KIT = ["Hanna Berg", "Oli Dax", "Sig Run", "Camera Kit A"];
const DOC_EXPECTED: Expected19[] = [
  ...CREW_AND_KIT.map((r) =>
    travel(
      r,
      ["row:2", "row:3"],
      "2026-03-02",
      150,
      "Hotel Borg -> Glacier Lagoon takes 4h 30m; 2 h between 09:00 and 11:00",
    ),
  ),
  ...CREW_AND_KIT.map((r) =>
    travel(
      r,
      ["row:3", "row:4"],
      "2026-03-02",
      30,
      "Glacier Lagoon -> Hofn Farm takes 1 hr; 30 min between 15:00 and 15:30",
    ),
  ),
  ...["Oli Dax", "Camera Kit A"].map((r) =>
    travel(
      r,
      ["row:6", "row:7"],
      "2026-03-04",
      15,
      "Akureyri Harbour -> Town Hall takes 45 min; 30 min between 10:00 and 10:30",
    ),
  ),
];

const DOC_DAYS = ["2026-03-02", "2026-03-03", "2026-03-04"];
describeFixture("set 21 / r1-05: documentary travel schedule, drive times in words", "r1-05-doc-travel.xlsx", {
  issues: { title: "no data issues", keys: [] },
  conflicts: { expected: DOC_EXPECTED },
  nearMisses: [
    { type: "travel", resource: "Oli Dax", items: ["row:4", "row:5"], why: "the TRAVEL DAY row is date-only, on 3/3" },
    { type: "travel", resource: "Hanna Berg", items: ["row:6", "row:7"], why: "the Director is not on row:6" },
  ],
  dood: { title: "DOOD: three shoot days, no cast", days: DOC_DAYS, rows: [] },
});

// ---------------------------------------------------------------------------------------------------------------
// r1-06: accountant's budget
// ---------------------------------------------------------------------------------------------------------------
function overrun(account: string, magnitude: number, why: string): Expected19 {
  return { type: "budget-overrun", severity: "warning", resource: account, items: [], magnitude, why };
}

const BUDGET_DOOD: ExpectedDoodRow[] = [{ resource: "1", codes: ["SW", "WF", ""], work: 2, hold: 0 }];
const BUDGET: Expectations19 = {
  issues: { title: "no data issues (category rows and the TOTAL row are skipped)", keys: [] },
  conflicts: {
    expected: [
      overrun("2001", 1000, "UPM $2,000 x 3 days = 6000 vs $5,000.00 (number 2001 = text '2001')"),
      overrun("3300-01", 450, "Camera Operator $650 x 3 = 1950 vs '1,500.00 USD'"),
      overrun("3500-01", 40, "Gaffer $85.00/h x (12 + 12) h = 2040 vs $2,000"),
    ],
  },
  nearMisses: [
    { type: "budget-overrun", resource: "1405-00", items: [], why: "Lou Park $1,200.00 x 2 = 2400 < $2,500.00" },
  ],
  dood: { title: "DOOD: 1 SW WF -", days: ["2026-03-02", "2026-03-03", "2026-03-04"], rows: BUDGET_DOOD },
};

describeFixture(
  "set 21 / r1-06: accountant's budget with codes, currency text and a TOTAL row",
  "r1-06-budget.xlsx",
  BUDGET,
  (report) => {
    test("costs by account: the TOTAL row is not an account", () => {
      expect(report().costs?.accounts).toEqual([
        { account: "1405-00", budget: 2500, planned: 2400 },
        { account: "2001", budget: 5000, planned: 6000 },
        { account: "3300-01", budget: 1500, planned: 1950 },
        { account: "3500-01", budget: 2000, planned: 2040 },
      ]);
    });
  },
);
