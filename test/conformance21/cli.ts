/**
 * Set 21 helpers: set 19's `cliCheck`/`describeFixture` (test/conformance19/cli.ts), with one addition: extra
 * command-line arguments for `check` (the UK workbook of round 1 is checked with `--culture en-GB`). Set 19's
 * helper is left as it is; its comparisons (test/conformance/helpers.ts) are reused unchanged.
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
} from "../conformance/helpers";
import type { Expectations19 } from "../conformance19/cli";

export { namesByDate, type Expected19, type Expectations19, type NearMiss19 } from "../conformance19/cli";

export const FIXTURES = path.join(__dirname, "fixtures");
const OUT = path.join(__dirname, "..", "..", "test-output", "conformance21");

/** Where `check --out` writes the checked copy of a fixture (see `cliCheck`'s `out`). */
export function outPath(fixture: string): string {
  return path.join(OUT, path.basename(fixture, ".xlsx"), "checked.xlsx");
}

/**
 * `check <fixture> --json <file> [...args]` through the CLI's entry point; returns the JSON report. With `out`,
 * `--out` writes the checked copy to `outPath(fixture)` as well.
 */
export async function cliCheck(fixture: string, args: string[] = [], out = false): Promise<Report> {
  const dir = path.join(OUT, path.basename(fixture, ".xlsx"));
  fs.mkdirSync(dir, { recursive: true });
  const input = path.join(dir, fixture);
  fs.copyFileSync(path.join(FIXTURES, fixture), input);
  const json = path.join(dir, "report.json");
  const io = captureIO();
  const argv = ["check", input, "--json", json, ...(out ? ["--out", outPath(fixture)] : []), ...args];
  const status = await main(argv, io);
  if (status === 2) throw new Error(`the CLI could not run: ${io.err.join(" ")}`);
  return JSON.parse(fs.readFileSync(json, "utf8")) as Report;
}

function t(failing: string | undefined): typeof test | typeof test.failing {
  return failing ? test.failing : test;
}

function named(title: string, failing: string | undefined): string {
  return failing ? `${title} [ENGINE DISAGREES: ${failing}]` : title;
}

export interface Options21 {
  /** Extra arguments for `check` (e.g. `["--culture", "en-GB"]`). */
  args?: string[];
  /** Also write the checked copy (`--out`, read back with `outPath`). */
  out?: boolean;
}

/** One workbook: checks the fixture once through the CLI, then set 19's standard comparisons. */
export function describeFixture(
  title: string,
  fixture: string,
  want: Expectations19,
  moreTests?: (report: () => Report) => void,
  options: Options21 = {},
): void {
  describe(title, () => {
    let saved: Report | undefined;
    beforeAll(async () => {
      saved = await cliCheck(fixture, options.args, options.out);
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

/** `test`, or `test.failing` with the reason in the title (an engine disagreement kept as a regression marker). */
export function check(title: string, failing: string | undefined, fn: () => void | Promise<void>): void {
  t(failing)(named(title, failing), async () => {
    await fn();
  });
}
