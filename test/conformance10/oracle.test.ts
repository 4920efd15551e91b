/**
 * Set 10: a seeded generator writes realistic productions as workbooks, the engine checks each saved file the
 * way the CLI does (`saveAndCheck`), and an independent oracle written from the contract computes the REPORTS on
 * the generator's own description: the DOOD (days, rows, codes, totals), the call sheets (day N of M, cast with
 * status and call, crew calls, general crew call, scenes in shooting order, locations, equipment, deliveries,
 * advance schedule), the costs per day and per account, and the `material-late` / `budget-overrun` findings.
 * `compare.ts` reduces both sides to the fields the contract fixes and lists every difference.
 */
import { compareSeed, EXCLUSIONS, type SeedDiff } from "./compare";

const SEEDS = Array.from({ length: 60 }, (_, i) => i + 1);
const results = new Map<number, SeedDiff>();

describe("set 10: reports, engine vs an independent oracle on generated productions", () => {
  beforeAll(async () => {
    for (const seed of SEEDS) results.set(seed, await compareSeed(seed));
  }, 120000);

  test.each(SEEDS)("seed %i: the workbook reads without data issues", (seed) => {
    expect(results.get(seed)!.issues).toEqual([]);
  });

  for (const part of ["dood", "callSheets", "costs", "findings"]) {
    test.each(SEEDS)(`seed %i: same ${part}`, (seed) => {
      const r = results.get(seed)!;
      expect({ seed, summary: r.summary, diffs: r.diffs[part] }).toEqual({ seed, summary: r.summary, diffs: [] });
    });
  }

  test("the comparison is not vacuous", () => {
    const all = [...results.values()];
    const total = all.reduce((n, r) => n + r.compared, 0);
    const excluded = all.reduce((n, r) => n + r.excluded.length, 0);
    console.log(
      `set 10: ${all.length} seeds, ${total} values compared, ${excluded} excluded (${EXCLUSIONS.length} exclusions)`,
    );
    expect(total).toBeGreaterThan(3000);
  });
});
