/**
 * Set 18: an independent oracle of contract §2 (cell values) through the CLI's path. A seeded generator writes
 * values as coordinators type them into realistic tables (one value under test per row), each workbook is
 * saved and read the way the CLI reads a file, and what the report shows (call-sheet dates, scene start/end,
 * cost minutes, pages, cast, dependency/unavailable/deadline findings, calls, data issues at the exact cell)
 * is compared with oracle.ts, written from the contract and docs/workbook-format.md alone.
 *
 * Seed: C18_SEED (default 18). Cases per kind: C18_N (default 640; at least 300 are asserted).
 */
import * as R from "./run";

const SEED = Number(process.env.C18_SEED ?? 18);
const N = Number(process.env.C18_N ?? 640);

const KINDS: [string, () => Promise<R.KindResult>][] = [
  ["Date (1900 workbook)", () => R.runDates(SEED, N)],
  ["Date (1904 workbook)", () => R.runDates(SEED + 1, N, 1904)],
  ["Start (Call)", () => R.runTimes("start", SEED, N)],
  ["End (Wrap)", () => R.runTimes("end", SEED + 2, N)],
  ["Duration (Est. Time)", () => R.runDurations(SEED, N)],
  ["Pages (Pgs)", () => R.runPages(SEED, N)],
  ["Cast list (Talent)", () => R.runCast(SEED, N)],
  ["Depends On (Predecessors)", () => R.runDepends(SEED, N)],
  ["Unavailable (Blackout Dates)", () => R.runUnavailable(SEED, N)],
  ["Available From", () => R.runFrom(SEED, N)],
  ["Available To (Until)", () => R.runTo(SEED + 3, N)],
  ["Availability From (date-times)", () => R.runAvailability("from", SEED, N)],
  ["Availability To (date-times)", () => R.runAvailability("to", SEED + 4, N)],
  ["Deadline (Due Date)", () => R.runDeadlines(SEED, N)],
  ["Lead Time (Makeup)", () => R.runLead(SEED, N)],
  ["Priority (Pri)", () => R.runPriority(SEED, N)],
];

const results = new Map<string, R.KindResult>();

function line(c: R.Case): string {
  return `${c.cell} [${c.form}] ${c.value}: contract ${c.expected}; engine ${c.engine}`;
}

describe(`set 18: §2 cell values, engine vs an independent oracle (seed ${SEED}, ${N} per kind)`, () => {
  beforeAll(async () => {
    for (const [name, run] of KINDS) results.set(name, await run());
    const summary: Record<string, string> = {};
    for (const [name, r] of results) {
      const n = { agree: 0, mismatch: 0, either: 0 };
      for (const c of r.cases) n[c.verdict]++;
      summary[name] =
        `${r.cases.length} cases: ${n.agree} agree, ${n.mismatch} disagree, ${n.either} not fixed by the documents`;
    }
    console.log("set 18", summary);
  }, 300000);

  describe.each(KINDS.map(([name]) => [name]))("%s", (name) => {
    const get = (): R.KindResult => {
      const r = results.get(name);
      if (!r) throw new Error("the workbook was not checked (see the beforeAll failure)");
      return r;
    };

    test("the comparison is not vacuous: at least 300 generated values, most of them fixed by the documents", () => {
      const r = get();
      expect(r.cases.length).toBeGreaterThanOrEqual(300);
      const decided = r.cases.filter((c) => c.verdict !== "either").length;
      expect(decided).toBeGreaterThanOrEqual(Math.min(300, r.cases.length / 2));
      // Bad values and good values both occur, so a reader that accepts or rejects everything fails.
      expect(r.cases.some((c) => c.expected.startsWith("data issue"))).toBe(true);
      expect(r.cases.some((c) => c.verdict !== "either" && !c.expected.startsWith("data issue"))).toBe(true);
    });

    test("every value the documents fix reads as the contract says (value, or a data issue at that cell)", () => {
      const bad = get()
        .cases.filter((c) => c.verdict === "mismatch")
        .map(line);
      expect(bad).toEqual([]);
    });

    test("blank rows inside the table are skipped: no item, no data issue", () => {
      const r = get();
      expect(r.blankRowIssues).toEqual([]);
      expect(r.report.summary.items).toBe(r.items);
    });
  });
});
