/**
 * Set 9: a seeded generator writes realistic productions as workbooks, the engine checks each saved file the way
 * the CLI does (`saveAndCheck`), and an independent oracle written from the contract computes the same rules on
 * the generator's own description. Conflicts of the oracle's rule types must match as sets on
 * (type, severity, resource, items, date), and magnitudes where the contract gives the unit.
 */
import { saveAndCheck } from "../conformance/helpers";
import { generate } from "./generate";
import { oracle, type Finding } from "./oracle";
import { excluded, key } from "./compare";

const SEEDS = Array.from({ length: 60 }, (_, i) => i + 1);
const TYPES = new Set([
  "double-booking",
  "unavailable",
  "turnaround",
  "long-day",
  "consecutive-days",
  "travel",
  "dependency",
  "deadline",
]);
/** Types whose magnitude unit the contract gives ("minutes short, units over capacity"). */
const MAGNITUDE_TYPES = new Set(["double-booking", "turnaround", "travel", "long-day", "deadline", "consecutive-days"]);

type Report = Awaited<ReturnType<typeof saveAndCheck>>;

interface SeedResult {
  seed: number;
  summary: string;
  engine: Finding[];
  mine: Finding[];
  issues: string[];
  compared: number;
}

const results = new Map<number, SeedResult>();

async function run(seed: number): Promise<SeedResult> {
  const { production, workbook, summary } = generate(seed);
  const report: Report = await saveAndCheck(workbook, `seed-${seed}.xlsx`, "conformance9");
  const engine = report.conflicts
    .filter((c) => TYPES.has(c.type))
    .map(
      (c) =>
        ({
          type: c.type,
          severity: c.severity,
          resource: c.resource,
          items: c.items,
          date: c.date,
          magnitude: c.magnitude,
        }) as Finding,
    )
    .filter((f) => !excluded(f, production));
  const mine = oracle(production).filter((f) => !excluded(f, production));
  const issues = report.dataIssues.map((i) => `${i.code} ${i.sheet}!${i.cell ?? ""}: ${i.message}`);
  return { seed, summary, engine, mine, issues, compared: mine.length };
}

describe("set 9: engine vs an independent oracle on generated productions", () => {
  beforeAll(async () => {
    for (const seed of SEEDS) results.set(seed, await run(seed));
  }, 120000);

  test.each(SEEDS)("seed %i: the workbook reads without data issues", (seed) => {
    expect(results.get(seed)!.issues).toEqual([]);
  });

  test.each(SEEDS)("seed %i: same findings (no misses, no extras)", (seed) => {
    const r = results.get(seed)!;
    const engineKeys = r.engine.map(key).sort();
    const mineKeys = r.mine.map(key).sort();
    const missing = mineKeys.filter((k) => !engineKeys.includes(k));
    const extra = engineKeys.filter((k) => !mineKeys.includes(k));
    expect({ seed, summary: r.summary, missing, extra }).toEqual({ seed, summary: r.summary, missing: [], extra: [] });
  });

  test.each(SEEDS)("seed %i: same magnitudes where the contract gives the unit", (seed) => {
    const r = results.get(seed)!;
    const diffs: string[] = [];
    for (const m of r.mine) {
      if (!MAGNITUDE_TYPES.has(m.type)) continue;
      const e = r.engine.find((x) => key(x) === key(m));
      if (e && e.magnitude !== m.magnitude) diffs.push(`${key(m)}: engine ${e.magnitude}, oracle ${m.magnitude}`);
    }
    expect(diffs).toEqual([]);
  });

  test("the comparison is not vacuous", () => {
    const all = [...results.values()];
    const total = all.reduce((n, r) => n + r.compared, 0);
    const byType = new Map<string, number>();
    for (const r of all) for (const f of r.mine) byType.set(f.type, (byType.get(f.type) ?? 0) + 1);

    console.log(`set 9: ${all.length} seeds, ${total} oracle findings compared`, Object.fromEntries(byType));
    expect(total).toBeGreaterThan(300);
    for (const t of TYPES) expect(byType.get(t) ?? 0).toBeGreaterThan(0);
  });
});
