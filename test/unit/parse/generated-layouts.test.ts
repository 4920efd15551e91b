/**
 * Copies of the generated sheets are no input (src/core/parse/generated-layouts.ts): a coordinator keeps the call
 * sheet as sent, or a script drops the registry sheet, and the next check must find what it found before. Session
 * 21's rerun grader: a kept call sheet became the Production table (its crew call on every call sheet), a kept
 * Priorities or Cost Report a second schedule, a kept DOOD a resources list.
 */
import * as fs from "fs";
import * as path from "path";
import { check } from "../../../src/core/check";
import { buildWritePlan } from "../../../src/core/writeplan";
import { generatedLayoutOf } from "../../../src/core/parse/generated-layouts";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/core/snapshot";
import { snapshotFromXlsxBuffer } from "../../../src/xlsx/fast-read";

const SAMPLE = path.join(__dirname, "../../../assets/sample-production.xlsx");

/** The sample's snapshot with the generated sheets of a run in it, as the user's (not marked generated). */
function withKeptCopies(): { original: WorkbookSnapshot; kept: WorkbookSnapshot; copies: SheetSnapshot[] } {
  const original = snapshotFromXlsxBuffer(fs.readFileSync(SAMPLE), "sample.xlsx");
  const { report, model } = check(original);
  const plan = buildWritePlan(report, model, {});
  const copies: SheetSnapshot[] = plan.sheets.map((s) => {
    const rows = Math.max(...s.blocks.map((b) => Number(/\d+$/.exec(b.at)![0]) + b.values.length - 1));
    const cols = Math.max(...s.blocks.map((b) => b.values.reduce((n, line) => Math.max(n, line.length), 0)));
    const values: unknown[][] = Array.from({ length: rows }, () => new Array(cols).fill(""));
    for (const b of s.blocks) {
      const at = Number(/\d+$/.exec(b.at)![0]);
      const col = b.at.charCodeAt(0) - 64;
      b.values.forEach((line, i) => line.forEach((v, j) => (values[at - 1 + i][col - 1 + j] = v ?? "")));
    }
    return { name: `${s.name} as sent`.slice(0, 31), used: { row: 1, col: 1, values }, tables: [] } as SheetSnapshot;
  });
  return { original, kept: { ...original, sheets: [...original.sheets, ...copies] }, copies };
}

describe("a kept copy of a generated sheet", () => {
  const { original, kept, copies } = withKeptCopies();

  test("every layout is recognised: Conflicts, Priorities, DOOD, Cost Report and each call sheet", () => {
    const layouts = copies.map(generatedLayoutOf);
    expect(layouts.slice(0, 4)).toEqual(["conflicts", "priorities", "dood", "cost-report"]);
    expect(layouts.slice(4).every((l) => l === "call-sheet")).toBe(true);
    expect(layouts.length).toBeGreaterThan(5);
  });

  test("the check finds what it found without the copies: no second schedule, no crew call from a copy", () => {
    const before = check(original).report;
    const after = check(kept).report;
    expect(after.summary).toEqual(before.summary);
    expect(after.conflicts).toEqual(before.conflicts);
    expect(after.dataIssues).toEqual(before.dataIssues);
    expect(after.callSheets).toEqual(before.callSheets);
    expect(after.dood).toEqual(before.dood);
    expect(after.costs).toEqual(before.costs);
  });

  test.each([
    ["a budget titled Cost Report", [["Cost Report"], ["Account", "Amount"], ["1100", 5000]]],
    ["a DOOD title over a list", [["Day Out of Days"], ["ID", "Name"], ["1", "Ava"]]],
    [
      "a DOOD title over a note of the user's",
      [["Day Out of Days"], ["No shoot days yet"], ["ID", "Name"], ["1", "Ava"]],
    ],
    ["a call sheet title without the crew call", [["CALL SHEET · Mon 2 Mar"], ["Name", "Role"], ["Ava", "Gaffer"]]],
    [
      "the conflicts' first headers, one missing",
      [["Severity", "Type", "Resource", "Date", "Day", "Items", "Message"]],
    ],
    ["a priority list of the user's own", [["Rank", "Item", "Date", "Day", "Description", "Score"]]],
  ])("near miss: %s is the user's own, read as it is", (_name, values) => {
    const sheet = { name: "Mine", used: { row: 1, col: 1, values }, tables: [] } as SheetSnapshot;
    expect(generatedLayoutOf(sheet)).toBeNull();
  });
});
