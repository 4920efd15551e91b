/**
 * bench:excel — the whole check-and-write through the simulated Excel (Office.js path) for 100, 2,000 and
 * 20,000 schedule rows: round trips (context.sync calls), largest request, plan size and time.
 *
 * "Check-and-write" is what the task pane writes by default, in one run: highlights, Conflicts,
 * Priorities, DOOD, Cost Report and the call sheet of one shoot day (the pane's Check, then Generate with
 * its default choices). `paneCheckSyncs` and `paneGenerateSyncs` are the same work done the pane's way
 * (src/taskpane/excelHost.ts): each button is one Excel.run that reads, runs the core and writes (readThenApply).
 *
 *   npm run bench:excel            readable table
 *   npm run bench:excel -- --json  {"cases":[{"rows":N,"syncs":S,"maxRequestBytes":B,"ms":T,...}]}
 */
import { check } from "../src/core/check";
import { buildWritePlan, type PlanOptions } from "../src/core/writeplan";
import { readThenApply, runCheck } from "../src/excel";
import { SimulatedExcel, installGlobal, type SheetSeed } from "../test/sim-excel";

const SIZES = [100, 2000, 20000];
export const FIRST_DAY = 46083; // Mon 2026-03-02
export const FIRST_DAY_ISO = "2026-03-02";
/** Strips per shoot day: a real one-liner has about 30-60. */
const STRIPS_PER_DAY = 40;
const CAST = 40;
const CREW = 60;
const GEAR = 20;
const LOCATIONS = 30;
const DEPARTMENTS = ["Camera", "Grip", "Electric", "Sound", "Art", "Wardrobe", "Makeup", "Production"];

type Cell = string | number | null;

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

/** Excel serial of the n-th shoot day: five shoot days a week, weekends off. */
function shootDate(n: number): number {
  return FIRST_DAY + Math.floor(n / 5) * 7 + (n % 5);
}

/**
 * A production workbook with `rows` schedule strips (40 a shoot day, Monday to Friday) and a fixed,
 * realistic cast, crew, equipment and location list; about one strip in a hundred is a planted conflict
 * (a cast member double-booked by a second unit, or called on a day off).
 */
export function productionBook(rows: number, seed = 7): SheetSeed[] {
  const rnd = prng(seed);
  const days = Math.max(1, Math.ceil(rows / STRIPS_PER_DAY));
  const schedule: Cell[][] = [
    [
      "ID",
      "Date",
      "Start",
      "End",
      "Scene",
      "Set",
      "I/E",
      "D/N",
      "Pages",
      "Location",
      "Cast",
      "Crew",
      "Equipment",
      "Notes",
    ],
  ];
  for (let i = 0; i < rows; i++) {
    const day = Math.floor(i / STRIPS_PER_DAY);
    const slot = i % STRIPS_PER_DAY;
    const date = shootDate(day);
    // The main unit shoots 40 strips of 15 minutes from 07:00; every 100th strip is a second-unit strip
    // at the same hour that borrows a main-unit actor (a double booking).
    const secondUnit = i % 100 === 57;
    const start = (7 * 60 + (secondUnit ? slot - 1 : slot) * 15) / 1440;
    const castBase = (day * 3) % CAST;
    const cast = [1 + ((castBase + (slot % 6)) % CAST), 1 + ((castBase + ((slot + 2) % 6)) % CAST)];
    schedule.push([
      `S-${i + 1}`,
      date,
      start,
      start + 14 / 1440,
      String(1 + (i % 240)),
      `Set ${1 + ((day + slot) % 25)}`,
      slot % 3 ? "INT" : "EXT",
      slot < 30 ? "D" : "N",
      ["1/8", "2/8", "3/8", "4/8", "1", "1 2/8"][Math.floor(rnd() * 6)],
      `Location ${1 + (day % LOCATIONS)}`,
      [...new Set(cast)].join(", "),
      `C${1 + (day % 8)}, C${9 + (slot % 4)}`,
      `EQ${1 + (day % GEAR)}`,
      slot % 9 ? null : "=check wardrobe",
    ]);
  }
  const castRows: Cell[][] = [["Cast #", "Name", "Character", "Unavailable", "Day Rate", "Account"]];
  for (let c = 1; c <= CAST; c++) {
    // Every tenth actor has one day off during the shoot, on a day they are called.
    const off = c % 10 === 0 ? isoOf(shootDate(Math.floor(((c - 1) / 3) % days))) : null;
    castRows.push([c, `Actor ${c}`, `Role ${c}`, off, 800 + (c % 5) * 200, "1100"]);
  }
  const crewRows: Cell[][] = [["ID", "Name", "Position", "Department", "Phone", "Day Rate", "Account"]];
  for (let c = 1; c <= CREW; c++) {
    const dept = DEPARTMENTS[c % DEPARTMENTS.length];
    crewRows.push([`C${c}`, `Crew ${c}`, `${dept} ${c}`, dept, `555-01${String(c).padStart(2, "0")}`, 450, "2100"]);
  }
  const gearRows: Cell[][] = [["ID", "Name", "Qty", "Day Rate", "Account"]];
  for (let g = 1; g <= GEAR; g++) gearRows.push([`EQ${g}`, `Kit ${g}`, 1 + (g % 2), 300, "3100"]);
  const locationRows: Cell[][] = [["Name", "Address", "Nearest Hospital"]];
  for (let l = 1; l <= LOCATIONS; l++) locationRows.push([`Location ${l}`, `${l} Harbour Road`, "St Mary's"]);
  const budget: Cell[][] = [
    ["Account", "Description", "Budget"],
    ["1100", "Cast", days * 9000],
    ["2100", "Crew", days * 3000],
    ["3100", "Equipment", days * 200],
  ];
  const production: Cell[][] = [
    ["Field", "Value"],
    ["Title", "The Long Shoot"],
    ["Director", "A. Director"],
    ["Producer", "P. Producer"],
    ["Weather", "Fair, 14°C"],
  ];
  return [
    { name: "Production", rows: production },
    { name: "Schedule", rows: schedule, table: "Schedule" },
    { name: "Cast", rows: castRows, table: "Cast" },
    { name: "Crew", rows: crewRows, table: "Crew" },
    { name: "Equipment", rows: gearRows, table: "Equipment" },
    { name: "Locations", rows: locationRows },
    { name: "Budget", rows: budget, table: "Budget" },
  ];
}

function isoOf(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86400000).toISOString().slice(0, 10);
}

/** What the pane writes by default: Check (highlights + Conflicts) plus Generate (all sheets, one call sheet). */
export const DEFAULT_WRITE: PlanOptions = {
  include: { conflicts: true, priorities: true, dood: true, costReport: true, callSheets: [FIRST_DAY_ISO] },
};
const PANE_CHECK: PlanOptions = {
  include: { conflicts: true, priorities: false, dood: false, costReport: false, callSheets: [] },
};
const PANE_GENERATE: PlanOptions = { ...DEFAULT_WRITE, highlights: false };

interface Case {
  rows: number;
  syncs: number;
  maxRequestBytes: number;
  ms: number;
  planBytes: number;
  paneCheckSyncs: number;
  paneGenerateSyncs: number;
}

/** Syncs of the pane's Check, then of its Generate, on a fresh copy of the book. */
async function paneSyncs(rows: number): Promise<[number, number]> {
  const sim = SimulatedExcel.fromSheets(productionBook(rows));
  installGlobal(sim);
  const counts: number[] = [];
  for (const options of [PANE_CHECK, PANE_GENERATE]) {
    sim.resetMetrics();
    await sim.run((ctx) =>
      readThenApply(ctx as unknown as Excel.RequestContext, async (snapshot) => {
        const { report, model, sheetNames } = check(snapshot);
        return buildWritePlan(report, model, { ...options, sheetNames });
      }),
    );
    counts.push(sim.metrics.syncs);
  }
  return [counts[0], counts[1]];
}

async function runCase(rows: number): Promise<Case> {
  const sim = SimulatedExcel.fromSheets(productionBook(rows));
  installGlobal(sim);
  const t0 = performance.now();
  const result = await sim.run((context) =>
    runCheck(context as unknown as Excel.RequestContext, { plan: DEFAULT_WRITE }),
  );
  const ms = Math.round(performance.now() - t0);
  const [paneCheckSyncs, paneGenerateSyncs] = await paneSyncs(rows);
  return {
    rows,
    syncs: sim.metrics.syncs,
    maxRequestBytes: sim.maxRequestBytes,
    ms,
    planBytes: JSON.stringify(result.plan).length,
    paneCheckSyncs,
    paneGenerateSyncs,
  };
}

async function main(): Promise<void> {
  const cases: Case[] = [];
  for (const n of SIZES) cases.push(await runCase(n));
  if (process.argv.includes("--json")) {
    process.stdout.write(`${JSON.stringify({ cases })}\n`);
    return;
  }
  const line = (a: string[]) => a.map((s, i) => (i === 0 ? s.padEnd(8) : s.padStart(17))).join("");
  console.log(line(["rows", "syncs", "max request (B)", "time (ms)", "plan (B)", "pane check+gen"]));
  for (const c of cases)
    console.log(
      line([
        String(c.rows),
        String(c.syncs),
        c.maxRequestBytes.toLocaleString("en-US"),
        String(c.ms),
        c.planBytes.toLocaleString("en-US"),
        `${c.paneCheckSyncs} + ${c.paneGenerateSyncs}`,
      ]),
    );
}

// Run only when executed directly, so tests can import the generator.
if (/bench-excel\.[cm]?[jt]s$/.test(process.argv[1] ?? "")) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
