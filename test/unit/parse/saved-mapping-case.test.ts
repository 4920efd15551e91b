/**
 * Contract §1: "A table's role ... comes from, in order: a mapping saved in the workbook by the user; ...". Excel's sheet
 * and table names are case-insensitive (a sheet renamed `DATA` to `Data` is the same sheet), so a saved mapping's key
 * is looked up exactly first, then ignoring case (src/core/parse/discover.ts savedMapping).
 */
import { parseWorkbook } from "../../../src/core/parse";
import { rangeSheet, workbook } from "./snapshot-helpers";

const ROWS = [
  ["ID", "Date", "Start", "End"],
  ["A1", "2026-03-02", "07:00", "08:00"],
];

describe("a saved mapping names its table whatever the case", () => {
  test.each([["Data"], ["DATA"], ["data"]])("mapping key %p for sheet 'Data' sets the role", (key) => {
    const m = parseWorkbook({
      ...workbook(rangeSheet("Data", ROWS)),
      settings: { mappings: { [key]: { role: "resources" } } },
    });
    // Read as the resources the user said it holds, not as the schedule its headers suggest.
    expect(m.items).toEqual([]);
    expect(m.resources.map((r) => r.id)).toContain("A1");
  });
});
