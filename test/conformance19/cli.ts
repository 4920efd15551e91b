/**
 * Set 19 helpers: run the CLI's `check` (no --out, so the fast reader, src/xlsx/fast-read.ts) on a committed
 * Python-written fixture, and describe one workbook's expectations the way set 1's `describeReport` does, except
 * that any single expectation can be kept as `test.failing` with the reason (an engine disagreement with the
 * contract, reported in docs/conformance.md "Set 19").
 */
import * as fs from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import { captureIO } from "../../src/cli/io";
import type { Report } from "../../src/core/report";
import {
  callSheetNames,
  callSheetView,
  conflictKeys,
  doodView,
  findConflict,
  issueKeys,
  nearMissHits,
  sortedCallSheets,
  type ExpectedCallSheet,
  type ExpectedConflict,
  type ExpectedDoodRow,
  type NearMiss,
} from "../conformance/helpers";

export const FIXTURES = path.join(__dirname, "fixtures");
const OUT = path.join(__dirname, "..", "..", "test-output");

/** How a fixture is checked beyond `check <file> --json <file>`. */
export interface CheckOptions {
  /** More arguments for `check` (`["--culture", "en-GB"]`). */
  args?: string[];
  /** Also write the checked copy (`--out`) to `outPath(fixture)`. */
  out?: boolean;
}

/** The folder a fixture is checked in: test-output/<its set>/<its name>/. */
function workDir(fixture: string): { source: string; dir: string } {
  const source = path.isAbsolute(fixture) ? fixture : path.join(FIXTURES, fixture);
  const set = path.basename(path.dirname(path.dirname(source)));
  return { source, dir: path.join(OUT, set, path.basename(fixture, ".xlsx")) };
}

/** Where `check --out` writes the checked copy of a fixture (see CheckOptions.out). */
export function outPath(fixture: string): string {
  return path.join(workDir(fixture).dir, "checked.xlsx");
}

/**
 * `check <fixture> --json <file>` through the CLI's entry point; returns the JSON report. `fixture` is a file name
 * in this set's fixtures, or the path of another set's (test/conformanceNN/fixtures/…: its output goes under
 * test-output/conformanceNN).
 */
export async function cliCheck(fixture: string, options: CheckOptions = {}): Promise<Report> {
  const { source, dir } = workDir(fixture);
  fs.mkdirSync(dir, { recursive: true });
  const input = path.join(dir, path.basename(fixture));
  fs.copyFileSync(source, input);
  const json = path.join(dir, "report.json");
  const io = captureIO();
  const out = options.out ? ["--out", outPath(fixture)] : [];
  const status = await main(["check", input, "--json", json, ...out, ...(options.args ?? [])], io);
  if (status === 2) throw new Error(`the CLI could not run: ${io.err.join(" ")}`);
  return JSON.parse(fs.readFileSync(json, "utf8")) as Report;
}

/** A test that is expected to fail until the engine follows the contract (the reason is in the title). */
export type Failing = string | undefined;

export function t(failing: Failing): typeof test | typeof test.failing {
  return failing ? test.failing : test;
}

export type Expected19 = ExpectedConflict & { failing?: string };
export type NearMiss19 = NearMiss & { failing?: string };

export interface Expectations19 {
  issues?: { title: string; keys: string[]; failing?: string };
  conflicts?: { expected: Expected19[]; failing?: string };
  nearMisses?: NearMiss19[];
  dood?: { title: string; days: string[]; rows: ExpectedDoodRow[]; failing?: string };
  callSheets?: {
    title: string;
    sheets: ExpectedCallSheet[];
    names?: { date: string; sheet: string }[];
    failing?: string;
  };
}

export function named(title: string, failing: Failing): string {
  return failing ? `${title} [ENGINE DISAGREES: ${failing}]` : title;
}

/** One workbook: checks the fixture once through the CLI, then the standard comparisons. */
export function describeFixture(
  title: string,
  fixture: string,
  want: Expectations19,
  moreTests?: (report: () => Report) => void,
  options: CheckOptions = {},
): void {
  describe(title, () => {
    let saved: Report | undefined;
    beforeAll(async () => {
      saved = await cliCheck(fixture, options);
    });
    const report = (): Report => {
      if (saved === undefined) throw new Error("the fixture was not checked (see the beforeAll failure)");
      return saved;
    };

    const { issues, conflicts, nearMisses, dood, callSheets } = want;
    if (issues) {
      t(issues.failing)(named(issues.title, issues.failing), () => {
        expect(issueKeys(report().dataIssues)).toEqual([...issues.keys].sort());
      });
    }
    if (conflicts) {
      const whole = "conflicts match finding for finding (no misses, no extras)";
      t(conflicts.failing)(named(whole, conflicts.failing), () => {
        expect(conflictKeys(report().conflicts)).toEqual(conflictKeys(conflicts.expected));
      });
      for (const e of conflicts.expected) {
        const name = `finds ${e.type} ${e.resource ?? ""} ${e.date ?? ""} [${e.items.join(",")}]: ${e.why}`;
        t(e.failing)(named(name, e.failing), () => {
          const found = findConflict(report(), e);
          expect(found).toBeDefined();
          if (e.magnitude !== undefined) expect(found?.magnitude).toBe(e.magnitude);
        });
      }
    }
    for (const m of nearMisses ?? []) {
      const name = `no ${m.type} ${m.resource ?? ""} [${m.items.join("+")}]: ${m.why}`;
      t(m.failing)(named(name, m.failing), () => {
        expect(nearMissHits(report(), m)).toEqual([]);
      });
    }
    if (dood) {
      t(dood.failing)(named(dood.title, dood.failing), () => {
        expect(report().dood.days).toEqual(dood.days);
        expect(doodView(report(), dood.rows)).toEqual(dood.rows);
      });
    }
    if (callSheets) {
      t(callSheets.failing)(named(callSheets.title, callSheets.failing), () => {
        expect(callSheetView(report())).toEqual(sortedCallSheets(callSheets.sheets));
        if (callSheets.names) expect(callSheetNames(report())).toEqual(callSheets.names);
      });
    }
    moreTests?.(report);
  });
}

/** Call sheet names for dates with no Shoot Day column (contract section 8). */
export function namesByDate(days: string[]): { date: string; sheet: string }[] {
  return days.map((date) => ({ date, sheet: `Call Sheet ${date}` }));
}
