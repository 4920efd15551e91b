/**
 * A copy of one of the add-in's own generated sheets, recognised by its layout's fixed texts. A coordinator keeps
 * the call sheet as sent ("Move or Copy", or a rename), or a script drops the registry sheet: the copy is then a
 * user sheet, never deleted, but not data either. Read by its headers it became a Production table (its crew call
 * on every call sheet), a second schedule (Priorities, Cost Report) or a resources list (DOOD).
 */
import type { SheetSnapshot } from "../snapshot";
import { CONFLICT_COLUMNS } from "../writeplan/conflicts-sheet";
import { PRIORITY_COLUMNS } from "../writeplan/priorities-sheet";
import {
  CALL_SHEET_TITLE,
  COST_REPORT_NOTE,
  COST_REPORT_TITLE,
  DOOD_NO_DAYS,
  DOOD_TITLE,
  GENERAL_CREW_CALL,
} from "../generated-marks";

export type GeneratedLayout = "conflicts" | "priorities" | "dood" | "cost-report" | "call-sheet";

/** How far down the layouts' fixed texts are (a call sheet's crew call is in its header block). */
const TOP_ROWS = 15;

const textOf = (v: unknown): string => (typeof v === "string" ? v.trim() : "");

/** Whether `row` holds `headers` in a run of cells, from any column. */
function hasRun(row: readonly unknown[], headers: readonly string[]): boolean {
  for (let c = 0; c + headers.length <= row.length; c++)
    if (headers.every((h, k) => textOf(row[c + k]) === h)) return true;
  return false;
}

/** The generated layout the sheet's top rows show, or null for anything else. */
export function generatedLayoutOf(sheet: SheetSnapshot): GeneratedLayout | null {
  const rows = (sheet.used?.values ?? []).slice(0, TOP_ROWS);
  if (rows.length === 0) return null;
  const conflicts = CONFLICT_COLUMNS.slice(0, 8);
  const priorities = PRIORITY_COLUMNS.slice(0, 6);
  for (const row of rows.slice(0, 5)) {
    if (hasRun(row, conflicts)) return "conflicts";
    if (hasRun(row, priorities)) return "priorities";
  }
  const first = (r: number) => textOf(rows[r]?.find((v) => textOf(v) !== ""));
  for (let r = 0; r < 3; r++) {
    const title = first(r);
    if (
      (title === DOOD_TITLE || title.startsWith(`${DOOD_TITLE}: `)) &&
      (/^\d+ shoot days?, /.test(first(r + 1)) || first(r + 1) === DOOD_NO_DAYS)
    )
      return "dood";
    if (title === COST_REPORT_TITLE && first(r + 1) === COST_REPORT_NOTE) return "cost-report";
    if (
      title.startsWith(`${CALL_SHEET_TITLE} · `) &&
      rows.some((row) => row.some((v) => textOf(v) === GENERAL_CREW_CALL))
    )
      return "call-sheet";
  }
  return null;
}
