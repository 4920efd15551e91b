/** Call sheet names (contract §8) when a Shoot Day column leaves some days without a number. */
import { check } from "../../../src/core/check";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/snapshot";

function names(rows: CellValue[][], headers: CellValue[] = ["ID", "Shoot Day", "Date"]): string[] {
  const snapshot: WorkbookSnapshot = {
    sheets: [{ name: "Schedule", used: { row: 1, col: 1, values: [headers, ...rows] }, tables: [] }],
  };
  return check(snapshot).report.callSheets.map((s) => s.sheet);
}

describe("call sheet names with a Shoot Day column", () => {
  test("a day without a number is named on from the last numbered day", () => {
    expect(
      names([
        ["A", 1, "2026-03-02"],
        ["B", 2, "2026-03-03"],
        ["C", null, "2026-03-04"],
      ]),
    ).toEqual(["Call Sheet Day 1", "Call Sheet Day 2", "Call Sheet Day 3"]);
  });

  test("near miss: a number another day holds is not taken; that day is named by its date", () => {
    expect(
      names([
        ["P", null, "2026-03-01"],
        ["A", 1, "2026-03-02"],
        ["Q", null, "2026-03-03"],
        ["B", 2, "2026-03-04"],
      ]),
    ).toEqual(["Call Sheet 2026-03-01", "Call Sheet Day 1", "Call Sheet 2026-03-03", "Call Sheet Day 2"]);
  });

  test("a cancelled strip's number is no day's: the day after Day 1 is still Day 2", () => {
    expect(
      names(
        [
          ["A", 1, "2026-03-02", ""],
          ["X", 2, "2026-03-05", "Cancelled"],
          ["C", null, "2026-03-03", ""],
        ],
        ["ID", "Shoot Day", "Date", "Status"],
      ),
    ).toEqual(["Call Sheet Day 1", "Call Sheet Day 2"]);
  });
});
