/* Ad-hoc diff printer for one or more seeds: npx tsx test/conformance9/debug.ts 1 2 3 */
import { saveAndCheck } from "../conformance/helpers";
import { generate } from "./generate";
import { oracle } from "./oracle";
import { key, EXCLUSIONS } from "./compare";

async function main(): Promise<void> {
  const seeds = process.argv.slice(2).map(Number);
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
  let tm = 0,
    te = 0;
  for (const seed of seeds) {
    const { production, workbook, summary } = generate(seed);
    const report = await saveAndCheck(workbook, `seed-${seed}.xlsx`, "conformance9");
    const ex = (f: any) => EXCLUSIONS.some((x) => x.applies(f, production));
    const engine = report.conflicts.filter((c) => TYPES.has(c.type) && !ex(c));
    const mine = oracle(production).filter((f) => !ex(f));
    const ek = engine.map(key),
      mk = mine.map(key);
    tm += mine.length;
    te += engine.length;
    console.log(`seed ${seed}: ${summary}; engine ${engine.length}, oracle ${mine.length}`);
    for (const i of report.dataIssues) console.log("  ISSUE", i.code, i.sheet, i.cell, i.message);
    for (const m of mine) if (!ek.includes(key(m))) console.log("  MISSING", key(m), m.magnitude);
    for (const e of engine) if (!mk.includes(key(e))) console.log("  EXTRA  ", key(e), e.magnitude, e.message);
    for (const m of mine) {
      const e = engine.find((x) => key(x) === key(m));
      if (e && e.magnitude !== m.magnitude) console.log("  MAG", key(m), "engine", e.magnitude, "oracle", m.magnitude);
    }
  }
  console.log("total oracle", tm, "engine", te);
}
main();
