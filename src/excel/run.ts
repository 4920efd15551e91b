/** Check-and-write in the open workbook: read snapshot -> check -> write plan -> apply. */
import { check } from "../core/check";
import type { Report } from "../core/report";
import type { WritePlan } from "../core/plan";
import { buildWritePlan, type PlanOptions } from "../core/writeplan";
import { applyPlan } from "./apply";
import { readSnapshot } from "./snapshot";

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
  const snapshot = await readSnapshot(context);
  const { report, model } = check(snapshot);
  if (options.write === false) return { report, plan: null, sheetNames: {} };
  const colors = options.plan?.colors ?? snapshot.settings?.highlightColors;
  const plan = buildWritePlan(report, model, { ...options.plan, ...(colors ? { colors } : {}) });
  const { sheetNames } = await applyPlan(context, plan);
  return { report, plan, sheetNames };
}
