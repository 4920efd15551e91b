/**
 * Set 21 helpers: set 19's `describeFixture` and `outPath` (test/conformance19/cli.ts) on this set's fixtures, which
 * passes extra `check` arguments (the UK workbook of round 1 is checked with `--culture en-GB`) and `--out`.
 */
import * as path from "path";
import type { Report } from "../../src/core/report";
import {
  describeFixture as describe19,
  named,
  outPath as outPath19,
  t,
  type CheckOptions,
  type Expectations19,
  type Failing,
} from "../conformance19/cli";

export { namesByDate, type Expected19, type Expectations19, type NearMiss19 } from "../conformance19/cli";

export const FIXTURES = path.join(__dirname, "fixtures");

/** Where `check --out` writes the checked copy of one of this set's fixtures. */
export function outPath(fixture: string): string {
  return outPath19(path.join(FIXTURES, fixture));
}

/** One of this set's workbooks: checked once through the CLI, then set 19's standard comparisons. */
export function describeFixture(
  title: string,
  fixture: string,
  want: Expectations19,
  moreTests?: (report: () => Report) => void,
  options: CheckOptions = {},
): void {
  describe19(title, path.join(FIXTURES, fixture), want, moreTests, options);
}

/** `test`, or `test.failing` with the reason in the title (an engine disagreement kept as a regression marker). */
export function check(title: string, failing: Failing, fn: () => void | Promise<void>): void {
  t(failing)(named(title, failing), async () => {
    await fn();
  });
}
