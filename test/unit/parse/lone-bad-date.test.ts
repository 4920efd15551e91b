/**
 * A row whose only filled cell is its Date: a real date is a date-only item, a banner's words are a banner, and a
 * date mistyped (`2026-13-45`, `13/03/2026` read month first) is a `bad-date` for that cell, not a banner skipped in
 * silence (g40's lone-bad-date-row).
 */
import { parseWorkbook } from "../../../src/core/parse";
import { rangeSheet, workbook } from "./snapshot-helpers";

function issuesOf(dateCell: string): [string, string | undefined][] {
  const m = parseWorkbook(
    workbook(
      rangeSheet("Schedule", [
        ["ID", "Date", "Start", "End"],
        ["A", "3/2/2026", "07:00", "08:00"],
        [null, dateCell, null, null],
        ["B", "3/3/2026", "07:00", "08:00"],
      ]),
    ),
  );
  return m.issues.map((i) => [i.code, i.cell]);
}

describe("a row holding only its Date", () => {
  test.each([["2026-13-45"], ["13/03/2026"], ["3/32/2026"], ["2026.02.30"]])(
    "%s is a bad-date for that cell",
    (text) => {
      expect(issuesOf(text)).toEqual([["bad-date", "B3"]]);
    },
  );

  test.each([["END OF DAY 1"], ["BONEYARD"], ["Pink revisions 2026"], ["2026"]])("%s is a banner: no issue", (text) => {
    expect(issuesOf(text)).toEqual([]);
  });
});
