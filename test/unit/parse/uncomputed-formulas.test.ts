/**
 * Formula cells a file reader could not compute and that have no saved result (noSavedResult, e.g. a table's
 * totals SUBTOTAL written by a library): a data issue where the value is needed, never a row of their own.
 */
import { parseWorkbook } from "../../../src/core/parse";
import { noSavedResult } from "../../../src/core/parse/values";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/snapshot";
import { serial } from "./snapshot-helpers";

const DATE = serial("2026-03-02");

function schedule(...rows: CellValue[][]): WorkbookSnapshot {
  return {
    sheets: [
      {
        name: "Schedule",
        used: { row: 1, col: 1, values: [["ID", "Date", "Start", "End", "Cast", "Pages"], ...rows] },
        tables: [],
      },
      {
        name: "Cast",
        used: {
          row: 1,
          col: 1,
          values: [
            ["ID", "Name"],
            ["1", "Ada"],
          ],
        },
        tables: [],
      },
    ],
  };
}

const STRIP: CellValue[] = ["S1", DATE, 7 / 24, 9 / 24, "1", 1];

test("a totals row whose sums were not computed is skipped like any totals row", () => {
  const m = parseWorkbook(
    schedule(STRIP, [
      "Total",
      null,
      null,
      null,
      noSavedResult("SUBTOTAL(103,tblMain[Cast])"),
      noSavedResult("SUBTOTAL(109,tblMain[Pages])"),
    ]),
  );
  expect(m.items.map((i) => i.id)).toEqual(["S1"]);
  expect(m.issues).toEqual([]);
});

test("a label and uncomputed sums only, the label in any column, is a banner: no item, no issue", () => {
  const m = parseWorkbook(
    schedule(STRIP, [null, null, null, null, "Total", noSavedResult("SUBTOTAL(109,tblMain[Pages])")]),
  );
  expect(m.items.map((i) => i.id)).toEqual(["S1"]);
  expect(m.issues).toEqual([]);
});

test("a strip whose End was not computed is still a strip, with a cell-error at that End", () => {
  const m = parseWorkbook(schedule(["S1", DATE, 7 / 24, noSavedResult("VLOOKUP(A2,Rates!A:B,2)"), "1", 1]));
  expect(m.items.map((i) => i.id)).toEqual(["S1"]);
  expect(m.issues.map((i) => [i.code, i.cell])).toEqual([["cell-error", "D2"]]);
  expect(m.issues[0].message).toContain("=VLOOKUP(A2,Rates!A:B,2) has no saved result");
});
