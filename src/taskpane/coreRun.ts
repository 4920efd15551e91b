/**
 * One pass of the pure core, shaped for postMessage: snapshot in, report + what the pane shows
 * + (on request) a write plan out. Used by the worker and by the inline runner.
 */
import { check } from "../core/check";
import { buildWritePlan, type PlanOptions } from "../core/writeplan";
import type { TableInfo, RuleSet, ResourceType } from "../core/model";
import type { Report } from "../core/report";
import type { WritePlan } from "../core/plan";
import type { WorkbookSettings, WorkbookSnapshot } from "../core/snapshot";
import type { CoreRunner } from "./host";
import type { ItemInfo } from "./logic/findings";
import { isoDate } from "../core/time";

export interface CoreRequest {
  snapshot: WorkbookSnapshot;
  /**
   * Build a write plan with these options; omit for a read-only check (live check). The plan also writes again every
   * sheet the snapshot says the add-in generated (`keep`): a write removes the last run's, and a Check is not to drop
   * the call sheets a Generate made.
   */
  plan?: Omit<PlanOptions, "sheetNames" | "keep">;
  /** Resource types listed on the DOOD (the Settings tab's DOOD rows); omit for the workbook's saved choice. */
  doodTypes?: ResourceType[];
}

export interface CoreResult {
  report: Report;
  tables: TableInfo[];
  ruleSets: RuleSet[];
  production: Record<string, string>;
  settings: WorkbookSettings;
  sheetNames: Record<string, string>;
  /** Resource label -> display name, for grouping by person. */
  people: Record<string, string>;
  /** Item ID -> its Scene and Date, for the items the conflicts name (the cards say the scenes and their days). */
  items: Record<string, ItemInfo>;
  /** Names of the sheets the add-in generated that the workbook holds now (a Check writes them again). */
  generated: string[];
  plan?: WritePlan;
  elapsedMs: number;
}

export function runCore(request: CoreRequest): CoreResult {
  const started = Date.now();
  const { model, report, sheetNames } = check(
    request.snapshot,
    request.doodTypes ? { doodTypes: request.doodTypes } : {},
  );
  const generated = request.snapshot.sheets.filter((s) => s.generated).map((s) => s.name);
  const plan = request.plan
    ? buildWritePlan(report, model, {
        ...request.plan,
        sheetNames,
        keep: generated,
        date1904: !!request.snapshot.date1904,
      } as PlanOptions)
    : undefined;
  const people: Record<string, string> = {};
  for (const r of model.resources) if (r.name && r.name !== r.label) people[r.label] = r.name;
  const items: Record<string, ItemInfo> = {};
  for (const c of report.conflicts)
    for (const id of c.items) {
      const item = model.itemById.get(id);
      if (!item || id in items) continue;
      const scene = item.scene?.trim();
      items[id] = { ...(scene ? { scene } : {}), ...(item.date !== null ? { date: isoDate(item.date) } : {}) };
    }
  return {
    report,
    tables: model.tables,
    ruleSets: [...model.ruleSets.values()],
    production: model.production,
    settings: request.snapshot.settings ?? {},
    sheetNames,
    people,
    items,
    generated,
    ...(plan ? { plan } : {}),
    elapsedMs: Date.now() - started,
  };
}

/** Runs the core on the calling thread after yielding once, so the UI can paint the progress bar. */
export function inlineRunner(): CoreRunner {
  return {
    run: (request) =>
      new Promise((resolve, reject) =>
        setTimeout(() => {
          try {
            resolve(runCore(request));
          } catch (e) {
            reject(e);
          }
        }, 0),
      ),
  };
}
