/**
 * Contract §1: a used range's "first non-empty row is its header row" (docs/workbook-format.md: only a title row, a row
 * with a single filled cell, is skipped). A first row of two headers is the header row, even when a later row could
 * also be read as headers.
 */
import { parseWorkbook } from "../../../src/core/parse";
import { rangeSheet, workbook } from "./snapshot-helpers";

test("a two-cell first row is the header row", () => {
  const m = parseWorkbook(
    workbook(
      rangeSheet("Budget", [
        ["Account", "Budget"],
        ["Account", "Description", "Amount"],
        ["2100", 5000],
      ]),
    ),
  );
  // The rows under it are budget lines of its two columns: the second row's `Description` is no amount (a data
  // issue at B2), not a second header row.
  expect(m.budget.map((b) => [b.account, b.amount])).toEqual([["2100", 5000]]);
  expect(m.issues.some((i) => i.cell === "B2")).toBe(true);
});
