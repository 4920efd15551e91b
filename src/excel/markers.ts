/** How the add-in recognises its own work in a workbook (shared with the ExcelJS executor). */
import { GENERATED_MARKER, META_SHEET_PATTERN, META_TITLE } from "../core/plan";
import { highlightFormulaText, isHighlightFormulaText } from "../core/plan-helpers";
import type { Severity } from "../core/report";
import { parseSheetLink } from "../core/sheet-link";

/** Worksheet custom property (ExcelApi 1.12) on every generated sheet; its value is JSON {key, kind}. */
export const SHEET_MARKER_KEY = GENERATED_MARKER;
/** workbook.settings entry: names of the generated sheets (works on every API version). */
export const GENERATED_REGISTRY_SETTING = `${GENERATED_MARKER}.generated`;
/** workbook.settings entry: the user's WorkbookSettings as JSON. */
export const USER_SETTINGS_SETTING = `${GENERATED_MARKER}.settings`;

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
/** Column E (index 4 of a row read from A) holds each generated sheet's link formula (src/xlsx/meta.ts). */
const FILE_REGISTRY_LINK_COLUMN = 4;

/**
 * Reads a `_pc_meta` sheet's values and formulas (the same used range): the names of the generated sheets as
 * they are now, and saved settings; null when it is not ours. A row whose column-E link names a sheet gives
 * that sheet (renamed or not); a link gone to `#REF!` means the generated sheet was deleted, so its old name
 * is the user's again; a row without a link (registries written before) goes by the name in column B.
 */
export function readFileRegistry(
  values: unknown[][] | null | undefined,
  formulas?: unknown[][] | null,
): { generated: string[]; settings?: unknown } | null {
  if (!values || values[0]?.[0] !== FILE_REGISTRY_TITLE) return null;
  const generated: string[] = [];
  let json = "";
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (row[0] === "sheet" && row[1]) {
      const link = parseSheetLink(formulas?.[r]?.[FILE_REGISTRY_LINK_COLUMN]);
      if (link.kind === "sheet") generated.push(link.name);
      else if (link.kind === "none") generated.push(String(row[1]));
    } else if (row[0] === "settings") json += String(row[1] ?? "");
  }
  let settings: unknown;
  try {
    settings = json ? JSON.parse(json) : undefined;
  } catch {
    settings = undefined;
  }
  return { generated, ...(settings && typeof settings === "object" ? { settings } : {}) };
}
