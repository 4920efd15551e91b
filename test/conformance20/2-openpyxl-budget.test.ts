/**
 * Set 20, workbook 2: `2-openpyxl-budget.xlsx` (openpyxl, formulas with no saved result). An accountant's script:
 * Day Rates looked up in a rate table, Budget amounts summed from a detail sheet.
 *
 *   Rates (Grade | Base Rate; rows 2..6): Lead 1000, Support 600, Dept Head 500, Tech 400, Vehicle 300.
 *     Matches one known header at most: the unplaceable table is the data issue unknown-table at its header row's
 *     first cell Rates!A1 (contract §1; the schema's cell is one A1 address); the formulas still read it.
 *   Cast (Cast # | Name | Grade | Day Rate | Account):
 *     1 Maya Torres  =INDEX(Rates!$B$2:$B$6,MATCH(C2,Rates!$A$2:$A$6,0))  -> 1000   1100 Lead Cast
 *     2 Ben Okafor   =_xlfn.XLOOKUP(C3,Rates!$A:$A,Rates!$B:$B)            -> 600    1200 Supporting Cast
 *     3 Sam Reyes    =Rates!B3*1.1                                          -> 660 (660.0000000000001 in binary)
 *                                                                                     1200 Supporting Cast
 *   Crew: Dana Whitfield, Hourly Rate =INDEX(Rates!B:B,MATCH("Dept Head",Rates!A:A,0))/10 -> 50, 1300 Electric
 *   Equipment: Van 1, vehicle, Day Rate =_xlfn.XLOOKUP("Vehicle",Rates!$A$2:$A$6,Rates!$B$2:$B$6) -> 300,
 *     1400 Transport
 *   Budget Detail (Ledger Code | Line Item | Units | Unit Cost | Extended =Cn*Dn), rows 2..7:
 *     1100 Lead Cast 2x1000 = 2000; 1200 Supporting Cast 2x600 = 1200 and 2x660 = 1320; 1300 Electric 12x45 = 540
 *     and 0x300 = 0; 1400 Transport 2x300 = 600. Unplaceable too: unknown-table at 'Budget Detail'!A1:E1.
 *   Budget (Account | Description | Budget):
 *     row 2 1100 Lead Cast        =SUMIF('Budget Detail'!$A:$A,A2,'Budget Detail'!$E:$E)            -> 2000
 *     row 3 1200 Supporting Cast  =ROUND(SUMIF(...,A3,...),0)                                     -> 2520
 *     row 4 1300 Electric         =SUMIFS('Budget Detail'!$E:$E,...$A:$A,A4,...$C:$C,">0")         -> 540
 *     row 5 1400 Transport        =SUMPRODUCT(('Budget Detail'!$A$2:$A$7=A5)*'Budget Detail'!$E$2:$E$7) -> 600
 *     row 6 TOTAL                 =SUBTOTAL(9,C2:C5)                                               -> 5660
 *
 * Schedule (literal times; Dates =B2+1, =B3+1):
 *   B1 Mon 03-16 07:00-19:00 cast 1, 2     Dana   Van 1
 *   B2 Tue 03-17 07:00-15:00 cast 1, 3            Van 1
 *   B3 Wed 03-18 08:00-16:00 cast 1, 2, 3         Van 1
 *
 * Planned cost (contract §5: Day Rate per worked date; Hourly Rate x hours, no OT without a rule set's OT After):
 *   1100: Maya 3 x 1000 = 3000 against 2000 -> over by 1000.
 *   1200: Ben 2 x 600 + Sam 2 x 660 = 2520 against 2520 -> not over (Sam's 660.0000000000001 is 660.00 a day,
 *         each person-day rounded to cents, docs/workbook-format.md).
 *   1300: Dana 12 h x 50 = 600 against 540 -> over by 60.
 *   1400: Van 3 x 300 = 900; its Budget is a SUMPRODUCT the tool does not compute: a cell-error at Budget!C5, and no
 *         overrun is guessed (in Excel, 900 > 600). The TOTAL's SUBTOTAL sums that cell, so the tool cannot know
 *         its value either: cell-error at Budget!C6, not a sum that leaves C5 out.
 */
import * as path from "path";
import { describeFixture, type Expected19, type NearMiss19 } from "../conformance19/cli";

const EXPECTED: Expected19[] = [
  {
    type: "budget-overrun",
    severity: "warning",
    resource: "1100 Lead Cast",
    items: [],
    magnitude: 1000,
    why: "Maya 3 dates x INDEX/MATCH 1000 = 3000 against SUMIF 2000",
  },
  {
    type: "budget-overrun",
    severity: "warning",
    resource: "1300 Electric",
    items: [],
    magnitude: 60,
    why: 'Dana 12 h x INDEX(B:B,MATCH())/10 = 50 -> 600 against SUMIFS(...,">0") 540',
  },
];

const NEAR_MISSES: NearMiss19[] = [
  {
    type: "budget-overrun",
    resource: "1200 Supporting Cast",
    items: [],
    why: "Ben 2 x XLOOKUP 600 + Sam 2 x =Rates!B3*1.1 (660) = 2520, exactly =ROUND(SUMIF(),0)",
  },
  {
    type: "budget-overrun",
    resource: "1400 Transport",
    items: [],
    why: "the Budget is a SUMPRODUCT the tool does not compute: not guessed (no budget, not 0)",
  },
  { type: "turnaround", resource: "1", items: ["B1", "B2"], why: "Maya wraps 19:00, next call 07:00: exactly 12 h" },
];

const ISSUES = [
  "unknown-table | Rates | A1", // a table-level issue names its header row's first cell (test/unit/parse/workbook.test.ts)
  "unknown-table | Budget Detail | A1",
  "cell-error | Budget | C5", // SUMPRODUCT
  "cell-error | Budget | C6", // SUBTOTAL over C5
];

describeFixture(
  "set 20 / 2: openpyxl budget (rate lookups, SUMIF/SUMIFS budgets)",
  path.join(__dirname, "fixtures", "2-openpyxl-budget.xlsx"),
  {
    issues: { title: "data issues: two helper tables, the SUMPRODUCT and the total over it", keys: ISSUES },
    conflicts: { expected: EXPECTED },
    nearMisses: NEAR_MISSES,
    dood: {
      title: "DOOD: the =B+1 dates",
      days: ["2026-03-16", "2026-03-17", "2026-03-18"],
      rows: [
        { resource: "1", codes: ["SW", "W", "WF"], work: 3, hold: 0 },
        { resource: "2", codes: ["SW", "H", "WF"], work: 2, hold: 1 },
        { resource: "3", codes: ["", "SW", "WF"], work: 2, hold: 0 },
      ],
    },
  },
  (report) => {
    test("cost report: each account's planned cost from the looked-up rates, and its computed budget", () => {
      const accounts = report()
        .costs?.accounts.filter((a) => a.account !== "TOTAL")
        .map((a) => ({ account: a.account, budget: a.budget, planned: a.planned }));
      expect(accounts).toEqual([
        { account: "1100 Lead Cast", budget: 2000, planned: 3000 },
        { account: "1200 Supporting Cast", budget: 2520, planned: 2520 },
        { account: "1300 Electric", budget: 540, planned: 600 },
        { account: "1400 Transport", budget: undefined, planned: 900 },
      ]);
    });
  },
);
