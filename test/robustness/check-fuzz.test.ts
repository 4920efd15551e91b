/**
 * Property: whatever the workbook holds, check() and buildWritePlan() finish, the report is valid JSON
 * for the schema, every data issue names a sheet and cell that exist, every conflict names real schedule
 * items, the snapshot is not changed, and the plan only writes what an executor can write.
 * FUZZ_RUNS and FUZZ_SEED override the number of runs and the seed.
 */
import fc from "fast-check";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import type { WritePlan } from "../../src/core/plan";
import { shapelessSettingsSnapshotArb, snapshotArb } from "./arbitraries";
import { copyData, coreProblems, dataDiff, isA1Cell, planProblems } from "./properties";

const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 300);

describe("fuzzing the core with hostile snapshots", () => {
  test(`check + buildWritePlan hold the robustness contract (${NUM_RUNS} random workbooks)`, () => {
    fc.assert(
      fc.property(snapshotArb, (snapshot) => {
        const problems = coreProblems(snapshot);
        if (problems.length) throw new Error(problems.slice(0, 5).join("\n"));
      }),
      { numRuns: NUM_RUNS, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
    );
  });
});

describe("fuzzing the core with saved settings of any JSON shape", () => {
  // Settings reach the core from JSON (the _pc_meta registry, Office settings) checked only for being an object.
  test(`check holds the robustness contract whatever the settings hold (${NUM_RUNS} random workbooks)`, () => {
    fc.assert(
      fc.property(shapelessSettingsSnapshotArb, (snapshot) => {
        const problems = coreProblems(snapshot);
        if (problems.length) throw new Error(problems.slice(0, 5).join("\n"));
      }),
      { numRuns: NUM_RUNS, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
    );
  });
});

describe("the checker itself can fail (near misses)", () => {
  test.each<[unknown, unknown, string | null]>([
    [{ a: [1, NaN] }, { a: [1, NaN] }, null],
    [{ a: [1, 2] }, { a: [1, 3] }, "snapshot.a.1: 2 -> 3"],
    [{ a: 1 }, { a: 1, b: undefined }, "snapshot: keys a -> a,b"],
    [[null], [0], "snapshot.0: null -> 0"],
  ])("dataDiff(%j, %j)", (a, b, expected) => {
    expect(dataDiff(a, b)).toBe(expected);
  });

  test("copyData keeps an own __proto__ key", () => {
    const v = JSON.parse('{"__proto__": {"role": "x"}}') as object;
    expect(dataDiff(v, copyData(v))).toBeNull();
  });

  test.each([
    ["C7", true],
    ["XFD1048576", true],
    ["XFE1", false],
    ["A1048577", false],
    ["A0", false],
    ["c7", false],
    ["$C$7", false],
    ["A1:B2", false],
    ["", false],
  ])("isA1Cell(%j) = %s", (text, expected) => {
    expect(isA1Cell(text)).toBe(expected);
  });

  const snapshot: WorkbookSnapshot = {
    sheets: [{ name: "Notes", used: { row: 1, col: 1, values: [["=SUM(A1)"]] }, tables: [] }],
  };
  const sheet = (values: (string | number)[][], name = "Conflicts") => ({
    highlights: [],
    sheets: [
      {
        key: "conflicts",
        kind: "conflicts" as const,
        name,
        blocks: [{ at: "A1", values }],
        styles: [],
        merges: [],
        columnWidths: [],
        hyperlinks: [],
      },
    ],
  });
  test.each<[string, WritePlan, RegExp | null]>([
    ["the user's own formula-like text", sheet([["=SUM(A1)"]]), null],
    ["a formula the plan made up", sheet([["=SUM(B1)"]]), /starts with "="/],
    ["a NaN number", sheet([[NaN]]), /the number NaN/],
    ["a finite number", sheet([[1.5]]), null],
    ["a user sheet's name", sheet([["x"]], "notes"), /name of a user sheet/],
    ["a 32-character name", sheet([["x"]], "x".repeat(32)), /not a legal sheet name/],
    ["a 31-character name", sheet([["x"]], "x".repeat(31)), null],
  ])("planProblems: %s", (_name, plan, expected) => {
    const problems = planProblems(plan, snapshot);
    if (expected) expect(problems.join("\n")).toMatch(expected);
    else expect(problems).toEqual([]);
  });
});
