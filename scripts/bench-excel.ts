/**
 * bench:excel — the full check-and-write through the simulated Excel (Office.js path) for 100, 2,000 and
 * 20,000 schedule rows: syncs (round trips), largest request and time.
 *   npm run bench:excel            readable table
 *   npm run bench:excel -- --json  {"cases":[{"rows":N,"syncs":S,"maxRequestBytes":B,"ms":T},...]}
 */
import { runCheck } from "../src/excel";
import { SimulatedExcel, installGlobal, type SheetSeed } from "../test/sim-excel";

const SIZES = [100, 2000, 20000];
const CAST = 30;
const FIRST_DAY = 46083; // 2026-03-02

/** A schedule of `rows` items over at most 60 shoot days, with a cast list, some overlaps and unavailability. */
function scheduleBook(rows: number): SheetSeed[] {
  const days = Math.min(60, Math.max(1, Math.ceil(rows / 25)));
  const perDay = Math.ceil(rows / days);
  const schedule: (string | number)[][] = [["ID", "Date", "Start", "End", "Scene", "Set", "Cast", "Location", "Notes"]];
  for (let i = 0; i < rows; i++) {
    const day = Math.floor(i / perDay);
    const slot = i % perDay;
    const start = 7 / 24 + ((slot % 10) * 0.75) / 24;
    const cast = [1 + (i % CAST), 1 + ((i * 7) % CAST)].join(", ");
    schedule.push([
      `S${i + 1}`,
      FIRST_DAY + day,
      start,
      start + 1 / 24,
      i + 1,
      `Set ${i % 12}`,
      cast,
      `Location ${i % 5}`,
      i % 9 ? "" : "=check wardrobe",
    ]);
  }
  const cast: (string | number)[][] = [["ID", "Name", "Character", "Unavailable"]];
  for (let c = 1; c <= CAST; c++) cast.push([c, `Actor ${c}`, `Role ${c}`, c % 10 === 0 ? "2026-03-03" : ""]);
  return [
    { name: "Schedule", rows: schedule, table: "Schedule" },
    { name: "Cast", rows: cast, table: "Cast" },
  ];
}

async function runCase(rows: number): Promise<{ rows: number; syncs: number; maxRequestBytes: number; ms: number }> {
  const sim = SimulatedExcel.fromSheets(scheduleBook(rows));
  installGlobal(sim);
  const t0 = performance.now();
  await sim.run(async (context) => {
    await runCheck(context as unknown as Excel.RequestContext);
  });
  const ms = Math.round(performance.now() - t0);
  return { rows, syncs: sim.metrics.syncs, maxRequestBytes: sim.maxRequestBytes, ms };
}

async function main(): Promise<void> {
  const cases = [];
  for (const n of SIZES) cases.push(await runCase(n));
  if (process.argv.includes("--json")) {
    process.stdout.write(`${JSON.stringify({ cases })}\n`);
    return;
  }
  const line = (a: string[]) => a.map((s, i) => (i === 0 ? s.padEnd(8) : s.padStart(18))).join("");
  console.log(line(["rows", "syncs", "max request (B)", "time (ms)"]));
  for (const c of cases)
    console.log(line([String(c.rows), String(c.syncs), c.maxRequestBytes.toLocaleString("en-US"), String(c.ms)]));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
