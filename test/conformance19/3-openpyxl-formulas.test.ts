/**
 * Set 19, workbook 3: `3-openpyxl-formulas.xlsx` (openpyxl). openpyxl never computes: a formula is saved as
 * `<f>C2+8/24</f><v></v>`, with no cached value, until someone opens and saves the file in Excel. A coordinator's
 * script that writes `End = Start + 8 h` as a formula is a natural thing to do; in Excel the cell shows 15:00.
 *
 * Formula cells (no cached value): Schedule!D2 `=C2+8/24` (F1's End, 15:00), Schedule!D4 `=C4+10/24` (F3's End,
 * 15:30), Schedule!B5 `=B4+1` (F4's Date, 2026-03-04), Budget!C2 `=1500+400` (the Cast account's Budget, 1900).
 *
 * The contract does not mention formulas. What a coordinator expects: the findings of the workbook as Excel shows
 * it (tests "as Excel shows it"). At the very least, never silence: a formula cell the tool cannot read must be a
 * data issue naming that cell, not an empty cell that quietly drops a finding (tests "never silent"; each passes
 * when the cell is either read as Excel shows it or reported).
 *
 * The readers compute these formulas (src/core/formula.ts), so every expectation is met; before, the four cells
 * read as empty and the double booking, the turnaround, the overrun and F4 were lost (docs/conformance.md, set 19,
 * disagreement 1). A formula beyond what the readers compute is a cell-error data issue at its cell
 * (test/unit/xlsx/formulas.test.ts).
 *
 * Expectations worked out by hand from the contract before the engine was run:
 *
 *   F1 Mon 03-02 07:00 -> =C2+8/24 (15:00)   cast 1, Dana
 *   F2 Mon 03-02 14:00 -> 18:00              cast 1
 *   F3 Tue 03-03 05:30 -> =C4+10/24 (15:30)  cast 1, Dana
 *   F4 =B4+1 (Wed 03-04) 08:00 -> 10:00      cast 2, Leo Park
 *
 * Cast 1 Day Rate 1000 on account Cast (Budget =1500+400); Dana Day Rate 500 on account Crew (Budget 1000).
 */
import type { Report } from "../../src/core/report";
import { findConflict, type ExpectedCallSheet, type ExpectedDoodRow } from "../conformance/helpers";
import { describeFixture, namesByDate, type Expected19, type NearMiss19 } from "./cli";

const DOUBLE: Expected19 = {
  type: "double-booking",
  severity: "error",
  resource: "1",
  items: ["F1", "F2"],
  date: "2026-03-02",
  magnitude: 1,
  why: "#1 07:00-15:00 (End =C2+8/24) and 14:00-18:00 overlap 14:00-15:00",
};
const TURNAROUND: Expected19 = {
  type: "turnaround",
  severity: "error",
  resource: "1",
  items: ["F2", "F3"],
  date: "2026-03-03",
  magnitude: 30,
  why: "#1 wraps 18:00 (F2), next Start 05:30 (F3, End =C4+10/24): 11 h 30 < 12 h",
};
const OVERRUN: Expected19 = {
  type: "budget-overrun",
  severity: "warning",
  resource: "Cast",
  items: [],
  magnitude: 100,
  why: "#1 works 2 dates at Day Rate 1000 = 2000 against Budget =1500+400 (1900): 100 over",
};

const NEAR_MISSES: NearMiss19[] = [
  { type: "budget-overrun", resource: "Crew", items: [], why: "Dana 2 dates x 500 = 1000, exactly the Budget" },
  { type: "turnaround", resource: "Dana Whitfield", items: ["F1", "F3"], why: "crew 15:00 -> 05:30 is 14 h 30" },
];

const DAYS = ["2026-03-02", "2026-03-03", "2026-03-04"];
const DOOD_ROWS: ExpectedDoodRow[] = [
  { resource: "1", codes: ["SW", "WF", ""], work: 2, hold: 0 },
  { resource: "2", codes: ["", "", "SWF"], work: 1, hold: 0 },
];
const CALL_SHEETS: ExpectedCallSheet[] = [
  { date: "2026-03-02", items: ["F1", "F2"], cast: [{ resource: "1", status: "SW", call: "07:00" }] },
  { date: "2026-03-03", items: ["F3"], cast: [{ resource: "1", status: "WF", call: "05:30" }] },
  { date: "2026-03-04", items: ["F4"], cast: [{ resource: "2", status: "SWF", call: "08:00" }] },
];

/** A formula cell is read as Excel shows it (`shown`) or reported by a data issue at that cell. */
interface FormulaCell {
  sheet: string;
  cell: string;
  formula: string;
  shown: (r: Report) => boolean;
}

const FORMULA_CELLS: FormulaCell[] = [
  {
    sheet: "Schedule",
    cell: "D2",
    formula: "=C2+8/24",
    shown: (r) => findConflict(r, DOUBLE) !== undefined,
  },
  {
    sheet: "Schedule",
    cell: "D4",
    formula: "=C4+10/24",
    shown: (r) => findConflict(r, TURNAROUND)?.magnitude === 30,
  },
  { sheet: "Schedule", cell: "B5", formula: "=B4+1", shown: (r) => r.dood.days.includes("2026-03-04") },
  {
    sheet: "Budget",
    cell: "C2",
    formula: "=1500+400",
    shown: (r) => findConflict(r, OVERRUN)?.magnitude === 100,
  },
];

describeFixture(
  "set 19 / 3: openpyxl formulas with no cached value, as Excel shows them",
  "3-openpyxl-formulas.xlsx",
  {
    issues: { title: "as Excel shows it: no data issues", keys: [] },
    conflicts: { expected: [DOUBLE, TURNAROUND, OVERRUN] },
    nearMisses: NEAR_MISSES,
    dood: { title: "as Excel shows it: DOOD with F4's computed date", days: DAYS, rows: DOOD_ROWS },
    callSheets: { title: "as Excel shows it: call sheets", sheets: CALL_SHEETS, names: namesByDate(DAYS) },
  },
  (report) => {
    for (const f of FORMULA_CELLS) {
      test(`never silent: ${f.sheet}!${f.cell} (${f.formula}, no cached value) is read as Excel shows it or reported at that cell`, () => {
        const r = report();
        const reported = r.dataIssues.some((i) => i.sheet === f.sheet && i.cell === f.cell);
        expect({ cell: `${f.sheet}!${f.cell}`, shownOrReported: f.shown(r) || reported }).toEqual({
          cell: `${f.sheet}!${f.cell}`,
          shownOrReported: true,
        });
      });
    }
  },
);
