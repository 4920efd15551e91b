/** Check-and-write in the open workbook: read snapshot -> check -> write plan -> apply, in three syncs. */
import { check } from "../core/check";
import type { Report } from "../core/report";
import type { WritePlan } from "../core/plan";
import type { WorkbookSnapshot } from "../core/snapshot";
import { buildWritePlan, type PlanOptions } from "../core/writeplan";
import { applyPlan, type ApplyResult } from "./apply";
import { readWorkbook } from "./snapshot";

export interface RunOptions {
  /** Write highlights and generated sheets (default true); false only checks. */
  write?: boolean;
  plan?: PlanOptions;
}

export interface RunResult {
  report: Report;
  plan: WritePlan | null;
  /** Final generated-sheet names by plan key (after suffixes). */
  sheetNames: Record<string, string>;
}

export async function runCheck(context: Excel.RequestContext, options: RunOptions = {}): Promise<RunResult> {
  // The read also finds the previous run's output, so the write needs no read of its own.
  const { snapshot, added } = await readWorkbook(context, { values: true });
  const { report, model, sheetNames: allocated } = check(snapshot);
  if (options.write === false) return { report, plan: null, sheetNames: {} };
  const colors = options.plan?.colors ?? snapshot.settings?.highlightColors;
  const plan = buildWritePlan(report, model, {
    sheetNames: allocated,
    date1904: !!snapshot.date1904,
    ...options.plan,
    ...(colors ? { colors } : {}),
  });
  const { sheetNames } = await applyPlan(context, plan, added);
  return { report, plan, sheetNames };
}

/**
 * For the task pane: read, let the caller build the plan (in a worker, say), then write, all in one
 * context, so a button costs three syncs instead of five (no second read before the write).
 * `makePlan` returning null skips the write.
 */
export async function readThenApply(
  context: Excel.RequestContext,
  makePlan: (snapshot: WorkbookSnapshot) => Promise<WritePlan | null | undefined>,
): Promise<ApplyResult | null> {
  const { snapshot, added } = await readWorkbook(context, { values: true });
  const plan = await makePlan(snapshot);
  return plan ? applyPlan(context, plan, added) : null;
}
