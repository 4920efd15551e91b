/** STUB */
import type { Model } from "../model";
import type { Report } from "../report";
import type { WritePlan } from "../plan";
export interface PlanOptions {
  colors?: { error?: string; warning?: string };
  /** Which generated sheets to write; default all. */
  include?: { conflicts?: boolean; priorities?: boolean; dood?: boolean; costReport?: boolean; callSheets?: string[] | "all" };
}
export function buildWritePlan(_report: Report, _model: Model, _options: PlanOptions = {}): WritePlan {
  return { highlights: [], sheets: [] };
}
