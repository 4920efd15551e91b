/**
 * Texts a generated sheet quotes from the user's cells stay within what a cell holds (32,767 characters; Office.js
 * refuses a longer value and the whole write with it), and a printed header is cut between characters, never inside
 * an emoji (g44). Near miss: a text at the limit itself is kept whole.
 */
import { check } from "../../../src/core/check";
import { buildWritePlan, clipText, MAX_CELL_TEXT } from "../../../src/core/writeplan";
import { headerText } from "../../../src/core/writeplan/dood-sheet";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/snapshot";

function snapshot(title: string, name: string): WorkbookSnapshot {
  const sheet = (n: string, values: CellValue[][]) => ({ name: n, used: { row: 1, col: 1, values }, tables: [] });
  return {
    sheets: [
      sheet("Schedule", [
        ["ID", "Date", "Start", "End", "Cast"],
        ["S1", "2026-03-02", "07:00", "12:00", "1"],
        ["S2", "2026-03-02", "11:00", "13:00", "1"],
      ]),
      sheet("Cast", [
        ["Cast #", "Name"],
        [1, name],
      ]),
      sheet("Production", [
        ["Title", title],
        ["Director", "Ann Lee"],
      ]),
    ],
  };
}

describe("texts at a cell's limit", () => {
  test("a 32,767-character Title and cast name: every generated text within 32,767", () => {
    const { report, model } = check(snapshot("T".repeat(MAX_CELL_TEXT), "N".repeat(MAX_CELL_TEXT)));
    const plan = buildWritePlan(report, model);
    const longest = Math.max(
      ...plan.sheets.flatMap((s) =>
        s.blocks.flatMap((b) => b.values.flat().map((v) => (typeof v === "string" ? v.length : 0))),
      ),
    );
    expect(longest).toBe(MAX_CELL_TEXT);
    const dood = plan.sheets.find((s) => s.kind === "dood")!;
    expect(String(dood.blocks[0].values[0][0])).toMatch(/^Day Out of Days: T+…$/);
  });

  test("clipText cuts with an ellipsis, never inside a surrogate pair; a text at the limit is whole", () => {
    expect(clipText("x".repeat(MAX_CELL_TEXT))).toBe("x".repeat(MAX_CELL_TEXT));
    const cut = clipText("🎬".repeat(MAX_CELL_TEXT));
    expect(cut.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(cut.endsWith("🎬…")).toBe(true);
  });

  test("a printed header cut at its limit keeps an emoji whole", () => {
    for (const pad of [250, 251]) {
      const header = headerText("x".repeat(pad) + "🎬".repeat(4));
      expect(header.length).toBeLessThanOrEqual(253);
      expect(header).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
  });
});
