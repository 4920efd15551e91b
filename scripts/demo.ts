/**
 * `npm run demo`: checks the sample production, writes demo-output/sample-checked.xlsx and prints a summary.
 * Exits 0 when the check ran: finding the sample's planted conflicts is the demo working.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { check } from "../src/core/check";
import { buildWritePlan } from "../src/core/writeplan";
import { snapshotFromXlsxBuffer } from "../src/xlsx/fast-read";
import { splicedCopy } from "../src/xlsx/splice";
import { writeFileAtomic } from "../src/cli/files";
import { formatSummary } from "../src/cli/summary";

const ROOT = path.resolve(__dirname, "..");
const INPUT = path.join(ROOT, "assets", "sample-production.xlsx");
const OUTPUT = path.join(ROOT, "demo-output", "sample-checked.xlsx");

async function demo(): Promise<number> {
  const started = Date.now();
  // As `check --out` writes its copy: the sample's own package with the highlights and generated sheets spliced in.
  const source = await fs.readFile(INPUT);
  const snapshot = snapshotFromXlsxBuffer(source, path.basename(INPUT));
  const { report, model } = check(snapshot);
  const copy = await splicedCopy(source, snapshot, buildWritePlan(report, model, { date1904: !!snapshot.date1904 }));
  await fs.mkdir(path.dirname(OUTPUT), { recursive: true });
  await writeFileAtomic(OUTPUT, copy);
  console.log(formatSummary(report, 12));
  console.log(
    `\nWrote ${path.relative(process.cwd(), OUTPUT)} (${report.callSheets.length} call sheets) ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  return 0;
}

demo().then(
  (status) => (process.exitCode = status),
  (e: unknown) => {
    console.error(`demo failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 2;
  },
);
