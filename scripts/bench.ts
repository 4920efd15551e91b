/**
 * Benchmark (issue #3): generates schedules of 1k, 10k, 100k and 1M items as workbook snapshots and times
 * ingest (parseWorkbook), the rules (runRules), each report stage (DOOD, call sheets, costs, priorities),
 * the whole core end to end (check(): parse + rules + DOOD + call sheets + costs + priorities, in a fresh
 * process so its peak RSS is that of one snapshot and one check) and, up to 10k items, the quadratic reference.
 *
 * `npm run bench` bundles this script with esbuild first (.bench/bench.cjs), so the core runs as one module
 * scope the way the task pane's webpack bundle runs it; under tsx every imported binding is a getter call
 * and the rules alone run about 2-3x slower.
 *
 *   npm run bench                  # table
 *   npm run bench -- --json        # JSON lines, one per size
 *   npm run bench -- --sizes 1000,10000
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { CellValue, WorkbookSnapshot } from "../src/core/snapshot";
import type { Model } from "../src/core/model";
import { parseWorkbook } from "../src/core/parse";
import { runRules } from "../src/core/rules";
import { check } from "../src/core/check";
import { computeDood } from "../src/core/dood";
import { buildCallSheets } from "../src/core/callsheet";
import { computeCosts } from "../src/core/costs";
import { prioritize } from "../src/core/priorities";
import { referenceRules } from "../test/reference/rules";

interface Row {
  items: number;
  resources: number;
  ingestMs: number | null;
  ingestNote?: string;
  rulesMs: number | null;
  /**
   * This thread's own CPU time during that first run (Linux only, else null): less than rulesMs by the time V8's
   * compiler and collector threads kept it off a processor the machine's cores were busy with.
   */
  rulesCpuMs: number | null;
  /**
   * The rules again on the same model, best of 7 more runs (up to 100k items): the JIT has then tiered
   * the rules' code up, as in a task pane where the user presses Check again. rulesMs is the first run.
   */
  rulesWarmMs: number | null;
  doodMs: number | null;
  callSheetsMs: number | null;
  costsMs: number | null;
  prioritiesMs: number | null;
  /** check(snapshot): the whole core, end to end, in a fresh process. */
  coreMs: number | null;
  /** Peak RSS of that process (snapshot + check). */
  coreRssMb: number | null;
  conflicts: number | null;
  referenceMs: number | null;
  referenceConflicts: number | null;
  /** Peak RSS and heap of the stage-by-stage run (snapshot, model and every stage's output alive). */
  peakRssMb: number;
  peakHeapMb: number;
}

const FIRST_DAY = 46083; // 2026-03-02
const PLACES = Array.from({ length: 60 }, (_, k) => `Location ${k + 1}`);

/** Small seeded PRNG so every run measures the same workbook. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sheet(name: string, values: CellValue[][]) {
  return { name, used: { row: 1, col: 1, values }, tables: [] };
}

/**
 * A production of n items, about 40 a day, with a cast and crew pool that grows with it. Each day
 * draws its people from a sliding slice of the pools, so everyone works runs of days like a real shoot.
 */
export function generateSnapshot(
  n: number,
  seed = 1,
  pools: { cast?: number; crew?: number; gear?: number } = {},
): WorkbookSnapshot {
  const rnd = prng(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const perDay = 40;
  const days = Math.max(1, Math.ceil(n / perDay));
  // The cast pool stops growing at 300 (a long series' speaking parts and day players): the DOOD is
  // cast x shoot days, and an unbounded pool would make it 40,000 x 25,000 cells at 1M items.
  const castPool = pools.cast ?? Math.min(300, Math.max(30, Math.round(n / 25)));
  const crewPool = pools.crew ?? Math.max(40, Math.round(n / 20));
  const gearPool = pools.gear ?? Math.max(10, Math.round(n / 100));

  const resources: CellValue[][] = [
    ["ID", "Name", "Type", "Role", "Capacity", "Rule Set", "Lead Time", "Unavailable", "Available From"],
  ];
  for (let k = 1; k <= castPool; k++) {
    const off = rnd() < 0.1 ? FIRST_DAY + Math.floor(rnd() * days) : null;
    resources.push([String(k), `Actor ${k}`, "cast", `Character ${k}`, 1, null, pick([0, 0, 30, 60, 90]), off, null]);
  }
  for (let k = 1; k <= crewPool; k++) {
    resources.push([
      `C${k}`,
      `Crew ${k}`,
      "crew",
      pick(["Grip", "Electric", "Camera", "Sound", "Props"]),
      1,
      null,
      0,
      null,
      null,
    ]);
  }
  for (let k = 1; k <= gearPool; k++) {
    resources.push([
      `EQ${k}`,
      `Gear ${k}`,
      "equipment",
      pick(["Camera", "Dolly", "Crane", "Generator"]),
      pick([1, 1, 2]),
      null,
      0,
      null,
      null,
    ]);
  }
  for (const p of PLACES) resources.push([null, p, "location", null, 1, null, 0, null, null]);

  const schedule: CellValue[][] = [
    [
      "ID",
      "Date",
      "Start",
      "End",
      "Scene",
      "Set",
      "Location",
      "Cast",
      "Crew",
      "Equipment",
      "Depends On",
      "Deadline",
      "Status",
    ],
  ];
  // A day has 5 units of 8 strips each; a unit keeps its cast, crew, gear and location slice for the day,
  // with a few random picks from other units (the conflicts a coordinator has to catch).
  const units = 5;
  const slots = perDay / units;
  const slice = (pool: number, d: number, u: number, size: number) => {
    const base = ((d * units + u) * size) % pool;
    return () => 1 + ((rnd() < 0.005 ? Math.floor(rnd() * pool) : base + Math.floor(rnd() * size)) % pool);
  };
  for (let i = 0; i < n; i++) {
    const d = Math.floor(i / perDay);
    const u = Math.floor((i % perDay) / slots);
    const slot = i % slots;
    const date = FIRST_DAY + d;
    const castOf = slice(castPool, d, u, 6);
    const crewOf = slice(crewPool, d, u, 8);
    const gearOf = slice(gearPool, d, u, 2);
    const cast = [...new Set([castOf(), castOf(), castOf()])].join(", ");
    const crew = [...new Set([crewOf(), crewOf(), crewOf()])].map((c) => `C${c}`).join(", ");
    const gear = [...new Set([gearOf(), gearOf()])].map((g) => `EQ${g}`).join("; ");
    let start: CellValue = null;
    let end: CellValue = null;
    if (rnd() > 0.03) {
      // Unit 5 shoots late (its last strip runs past midnight); the others shoot days.
      const dayStart = u === units - 1 ? 14 * 60 + 45 : 7 * 60;
      const startMin = (dayStart + slot * 75 + Math.floor(rnd() * 2) * 15) % 1440;
      const endMin = (startMin + 45 + Math.floor(rnd() * 2) * 15) % 1440;
      start = startMin / 1440;
      end = endMin / 1440;
    }
    schedule.push([
      `S-${i + 1}`,
      date,
      start,
      end,
      String(1 + (i % 120)),
      `Set ${1 + (i % 30)}`,
      PLACES[(d * units + u + (rnd() < 0.02 ? 1 : 0)) % PLACES.length],
      cast,
      crew,
      gear,
      i > 0 && rnd() < 0.05 ? `S-${i}` : null,
      rnd() < 0.03 ? date + Math.floor(rnd() * 2) : null,
      rnd() < 0.02 ? "Cancelled" : null,
    ]);
  }

  const availability: CellValue[][] = [["Resource", "From", "To", "Kind"]];
  for (let k = 0; k < Math.max(5, n / 200); k++) {
    const from = FIRST_DAY + Math.floor(rnd() * days) + Math.floor(rnd() * 48) / 48;
    availability.push([
      String(1 + Math.floor(rnd() * castPool)),
      from,
      from + 0.25,
      pick(["unavailable", "day off", "hold", "fitting"]),
    ]);
  }
  const travel: CellValue[][] = [["From", "To", "Minutes"]];
  for (let k = 0; k < 200; k++) travel.push([pick(PLACES), pick(PLACES), 15 + Math.floor(rnd() * 90)]);
  const materials: CellValue[][] = [["Item", "Needed For", "Delivery", "Vendor"]];
  for (let k = 0; k < Math.max(5, n / 100); k++) {
    const target = 1 + Math.floor(rnd() * n);
    materials.push([
      `Prop ${k}`,
      `S-${target}`,
      FIRST_DAY + Math.floor((target - 1) / perDay) + rnd() - 0.5,
      "Props Inc",
    ]);
  }

  return {
    name: `bench-${n}.xlsx`,
    sheets: [
      sheet("Schedule", schedule),
      sheet("Resources", resources),
      sheet("Availability", availability),
      sheet("Travel", travel),
      sheet("Materials", materials),
    ],
  };
}

function mb(bytes: number): number {
  return Math.round(bytes / 1048576);
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** CPU time of this process's main thread so far, in ms (Linux's per-thread schedstat; null elsewhere). */
function mainThreadCpuMs(): number | null {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
  } catch {
    return null;
  }
}

/** Peak resident set size of this process so far (the OS's high-water mark, not a sample). */
function maxRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/**
 * Each stage on its own: parse, then each later stage on that model, with a full GC before each timing so
 * one stage's garbage is not charged to the next.
 */
function benchStages(n: number, referenceLimit: number): Row {
  let peakHeap = 0;
  /** The run's result, wall time and this thread's CPU time (null off Linux), after a full collection. */
  const timed = <T>(run: () => T): [T, number, number | null] => {
    gc();
    const cpuBefore = mainThreadCpuMs();
    const t0 = performance.now();
    const out = run();
    const ms = performance.now() - t0;
    const cpuAfter = mainThreadCpuMs();
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    return [out, ms, cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore];
  };
  const snapshot: WorkbookSnapshot = generateSnapshot(n);
  const row: Row = {
    items: n,
    resources: 0,
    ingestMs: null,
    rulesMs: null,
    rulesCpuMs: null,
    rulesWarmMs: null,
    doodMs: null,
    callSheetsMs: null,
    costsMs: null,
    prioritiesMs: null,
    coreMs: null,
    coreRssMb: null,
    conflicts: null,
    referenceMs: null,
    referenceConflicts: null,
    peakRssMb: 0,
    peakHeapMb: 0,
  };
  let model: Model;
  try {
    [model, row.ingestMs] = timed(() => parseWorkbook(snapshot));
  } catch (err) {
    row.ingestNote = `parser not ready (${(err as Error).message})`;
    return row;
  }
  const m = model;
  row.resources = m.resources.length;
  const [conflicts, rulesMs, rulesCpuMs] = timed(() => runRules(m));
  row.rulesMs = rulesMs;
  row.rulesCpuMs = rulesCpuMs;
  row.conflicts = conflicts.length;
  const [dood, doodMs] = timed(() => computeDood(m));
  row.doodMs = doodMs;
  row.callSheetsMs = timed(() => buildCallSheets(m, dood, (date) => `Call ${date}`))[1];
  row.costsMs = timed(() => computeCosts(m))[1];
  row.prioritiesMs = timed(() => prioritize(m, conflicts))[1];
  if (n <= 100000) {
    for (let run = 0; run < 7; run++) {
      const [again, ms] = timed(() => runRules(m));
      if (again.length !== conflicts.length) throw new Error("the rules found something else on a second run");
      row.rulesWarmMs = Math.min(row.rulesWarmMs ?? Infinity, ms);
    }
  }
  if (n <= referenceLimit) {
    const t2 = performance.now();
    let referenceConflicts = 0;
    for (const rule of Object.values(referenceRules)) referenceConflicts += rule(m).length;
    row.referenceMs = performance.now() - t2;
    row.referenceConflicts = referenceConflicts;
  }
  row.peakRssMb = maxRssMb();
  row.peakHeapMb = mb(peakHeap);
  return row;
}

interface CoreRun {
  coreMs: number;
  coreRssMb: number;
}

/**
 * The whole core end to end, check(snapshot), in a fresh process so its peak RSS is that of one
 * snapshot plus one check (the goal's "within 2 GB"), not of the stage-by-stage run before it.
 */
function benchCore(n: number): CoreRun {
  const snapshot = generateSnapshot(n);
  gc();
  const t0 = performance.now();
  check(snapshot);
  const coreMs = performance.now() - t0;
  return { coreMs, coreRssMb: maxRssMb() };
}

function coreInChild(n: number): CoreRun | null {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, "--max-old-space-size=6000", process.argv[1], "--core-child", String(n)],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  const line = child.stdout.trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(line) as CoreRun;
  } catch {
    process.stderr.write(`core run at ${n} failed: ${child.stderr.trim().split("\n").slice(-3).join(" / ")}\n`);
    return null;
  }
}

function fmt(ms: number | null): string {
  return ms === null ? "-" : ms < 10 ? ms.toFixed(2) : ms.toFixed(0);
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === "--core-child") {
    console.log(JSON.stringify(benchCore(Number(args[1]))));
    return;
  }
  const json = args.includes("--json");
  const sizesArg = args[args.indexOf("--sizes") + 1];
  const sizes = args.includes("--sizes") && sizesArg ? sizesArg.split(",").map(Number) : [1000, 10000, 100000, 1000000];
  const referenceLimit = 10000;
  if (!(globalThis as { gc?: unknown }).gc && !json) console.log("(run with --expose-gc for cleaner memory figures)");
  const header = [
    "items",
    "resources",
    "ingest ms",
    "rules ms",
    "rules CPU",
    "warm ms",
    "dood ms",
    "callsh. ms",
    "costs ms",
    "prio. ms",
    "conflicts",
    "ref. ms",
    "ref. confl.",
    "stages RSS",
    "stages heap",
    "core ms",
    "core RSS MB",
  ];
  if (!json) console.log(header.map((h) => h.padStart(12)).join(""));
  for (const n of sizes) {
    // The fresh process first, while this one is small and idle: run after the stages, it shared two cores with this
    // process's collector working through a 1.2 GB heap, and took 12-14 s at 1M where it takes 9-10 s alone.
    gc();
    const core = coreInChild(n);
    const row = benchStages(n, referenceLimit);
    if (core) {
      row.coreMs = core.coreMs;
      row.coreRssMb = core.coreRssMb;
    }
    if (json) {
      console.log(JSON.stringify(row));
      continue;
    }
    const cells = [
      row.items,
      row.resources,
      fmt(row.ingestMs),
      fmt(row.rulesMs),
      fmt(row.rulesCpuMs),
      fmt(row.rulesWarmMs),
      fmt(row.doodMs),
      fmt(row.callSheetsMs),
      fmt(row.costsMs),
      fmt(row.prioritiesMs),
      row.conflicts ?? "-",
      fmt(row.referenceMs),
      row.referenceConflicts ?? "-",
      row.peakRssMb,
      row.peakHeapMb,
      fmt(row.coreMs),
      row.coreRssMb ?? "-",
    ];
    console.log(cells.map((c) => String(c).padStart(12)).join(""));
    if (row.ingestNote) console.log(`  ${row.ingestNote}`);
  }
}

// Run only when executed directly, so the generator can be imported by other scripts and tests.
if (/bench\.[cm]?[jt]s$/.test(process.argv[1] ?? "")) main();
