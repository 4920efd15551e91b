/** How the add-in recognises its own work in a workbook (shared with the ExcelJS executor). */
import { GENERATED_MARKER, META_SHEET_PATTERN, META_TITLE } from "../core/plan";
import { ADDIN_GENERATED_SETTING, ADDIN_USER_SETTING } from "../core/addin-settings";
import { highlightFormulaText, isHighlightFormulaText } from "../core/plan-helpers";
import type { Severity } from "../core/report";
import { LINK_COLUMN, registeredName, registryFromRows, registryText, type RegistryRow } from "../core/registry";
import type { WorkbookSettings } from "../core/snapshot";

/** Worksheet custom property (ExcelApi 1.12) on every generated sheet; its value is JSON {key, kind}. */
export const SHEET_MARKER_KEY = GENERATED_MARKER;
/** workbook.settings entry: names of the generated sheets (works on every API version; the file readers read it). */
export const GENERATED_REGISTRY_SETTING = ADDIN_GENERATED_SETTING;
/** workbook.settings entry: the user's WorkbookSettings as JSON. */
export const USER_SETTINGS_SETTING = ADDIN_USER_SETTING;

/** The formula of a highlight: always TRUE, and it carries the marker so Clear finds it. */
export function highlightFormula(severity: Severity): string {
  return `=${highlightFormulaText(severity)}`;
}

export function isHighlightFormula(formula: string | null | undefined): boolean {
  return isHighlightFormulaText(formula);
}

/** The registry sheet the file path (src/xlsx/meta.ts) writes: veryHidden, A1 = this title. */
export const FILE_REGISTRY_SHEET = META_SHEET_PATTERN;
export const FILE_REGISTRY_TITLE = META_TITLE;
/**
 * Reads a `_pc_meta` sheet's values and formulas (the same used range) as the file readers read it
 * (src/core/registry.ts): the names of the generated sheets as they are now, and saved settings; null when it is
 * not ours. Office.js cannot read sheetIds, so each entry stands for the sheet its column-E link names, none when
 * the link is `#REF!` (the generated sheet was deleted: its old name is the user's again), else its registered
 * name (registries written before the links).
 */
export function readFileRegistry(
  values: unknown[][] | null | undefined,
  formulas?: unknown[][] | null,
): { generated: string[]; settings?: WorkbookSettings } | null {
  if (!values || values[0]?.[0] !== FILE_REGISTRY_TITLE) return null;
  const rows = values.slice(1).map((row, i): RegistryRow => {
    const link = formulas?.[i + 1]?.[LINK_COLUMN - 1];
    return { text: (column) => registryText(row[column - 1]), link: typeof link === "string" ? link : undefined };
  });
  const { entries, settings } = registryFromRows(rows);
  const generated = entries.map(registeredName).filter((name): name is string => name !== null);
  return settings ? { generated, settings } : { generated };
}
