/* Ad-hoc diff printer for one or more seeds: npx tsx test/conformance10/debug.ts 1 2 3 */
import { compareSeed } from "./compare";
async function main(): Promise<void> {
  const args = process.argv.slice(2).map(Number);
  const seeds =
    args.length === 2 && args[1] > args[0] + 1
      ? Array.from({ length: args[1] - args[0] + 1 }, (_, i) => args[0] + i)
      : args;
  let total = 0;
  for (const seed of seeds) {
    const r = await compareSeed(seed);
    total += r.compared;
    const n = Object.values(r.diffs).reduce((s, d) => s + d.length, 0);
    console.log(`seed ${seed}: ${r.summary}; compared ${r.compared}, diffs ${n}, excluded ${r.excluded.length}`);
    for (const i of r.issues) console.log("  ISSUE", i);
    for (const [part, ds] of Object.entries(r.diffs)) for (const d of ds) console.log(`  ${part}: ${d}`);
    for (const e of r.excluded) console.log("  EXCLUDED", e);
  }
  console.log("total compared", total);
}
main();
