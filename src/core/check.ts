/** The core pipeline: snapshot -> model -> findings -> report (and, on request, a write plan). */
import type { Model, ResourceType } from "./model";
import type { Report } from "./report";
import type { WorkbookSnapshot } from "./snapshot";
import { parseWorkbook } from "./parse";
import { runRules } from "./rules";
import { castDood, computeDood, normalizeDoodTypes, savedDoodTypes } from "./dood";
import { buildCallSheets } from "./callsheet";
import { computeCosts, paidDaysNotWorked } from "./costs";
import { prioritize } from "./priorities";
import { SheetNameAllocator, callSheetName } from "./sheetnames";
import { isoDate } from "./time";

export interface CheckResult {
  model: Model;
  report: Report;
  /** Names reserved for the generated sheets of this run (fixed sheets by key, call sheets by date). */
  sheetNames: Record<string, string>;
}

export const FIXED_SHEETS: { key: string; name: string }[] = [
  { key: "conflicts", name: "Conflicts" },
  { key: "priorities", name: "Priorities" },
  { key: "dood", name: "DOOD" },
  { key: "cost-report", name: "Cost Report" },
];

/**
 * How many of the list pass the test (no filtered copy of a million items just to count them). An index loop:
 * this runs twice per check, before V8 optimises it, and a for..of there makes an iterator result per element.
 */
function count<T>(list: readonly T[], test: (x: T) => boolean): number {
  let n = 0;
  for (let k = 0; k < list.length; k++) if (test(list[k])) n++;
  return n;
}

export interface CheckOptions {
  /**
   * Resource types listed on the DOOD (contract §7), cast first when included. Default: the types saved in
   * the workbook settings (`doodTypes`, from the pane's Settings tab), else the cast only.
   */
  doodTypes?: readonly ResourceType[];
}

export function check(snapshot: WorkbookSnapshot, options: CheckOptions = {}): CheckResult {
  const model = parseWorkbook(snapshot);
  const userSheets = snapshot.sheets.filter((s) => !s.generated).map((s) => s.name);
  const names = new SheetNameAllocator(userSheets);
  const sheetNames: Record<string, string> = {};
  for (const f of FIXED_SHEETS) sheetNames[f.key] = names.allocate(f.name);

  const conflicts = runRules(model);
  const doodTypes = normalizeDoodTypes(options.doodTypes ?? savedDoodTypes(snapshot.settings));
  const dood = computeDood(model, doodTypes);
  // The call sheets read the cast's DOOD status only, whatever rows the DOOD lists.
  const castOnly = castDood(dood, model);
  const callSheets = buildCallSheets(model, castOnly, (date, shootDay) => {
    const key = `call-sheet:${isoDate(date)}`;
    sheetNames[key] ??= names.allocate(callSheetName(isoDate(date), shootDay, model.hasShootDayColumn));
    return sheetNames[key];
  });
  const costs = computeCosts(model);
  const paidNotWorked = paidDaysNotWorked(model, castOnly);
  if (paidNotWorked.length) costs.paidNotWorked = paidNotWorked;
  const priorities = prioritize(model, conflicts);
  const errors = count(conflicts, (c) => c.severity === "error");
  const report: Report = {
    version: 1,
    ...(snapshot.name ? { workbook: snapshot.name } : {}),
    summary: {
      // Every non-cancelled item, dated or not: the same items as the priorities.
      items: count(model.items, (i) => !i.cancelled),
      resources: count(model.resources, (r) => !r.synthetic),
      errors,
      warnings: conflicts.length - errors,
      dataIssues: model.issues.length,
    },
    conflicts,
    dataIssues: model.issues,
    priorities,
    dood,
    callSheets,
    costs,
  };
  return { model, report, sheetNames };
}
