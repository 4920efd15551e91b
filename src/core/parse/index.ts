/** Parsing: a workbook snapshot -> the typed Model, with every problem as a data issue (never a throw). */
import type { DataIssue, Model } from "../model";
import type { WorkbookSnapshot } from "../snapshot";
import { buildModel } from "./build";
import { discoverTables } from "./discover";
import { sanitizeSettings } from "../settings";

export function parseWorkbook(raw: WorkbookSnapshot): Model {
  // Saved settings are whatever the workbook holds: only well-formed entries reach the parser.
  const snapshot: WorkbookSnapshot = raw.settings ? { ...raw, settings: sanitizeSettings(raw.settings) } : raw;
  const issues: DataIssue[] = [];
  const tables = discoverTables(snapshot, issues);
  return buildModel(snapshot, tables, issues);
}

export { discoverTables, type FoundTable } from "./discover";
export { findCycles, isDayFirst } from "./build";
export * from "./headers";
export * from "./values";
