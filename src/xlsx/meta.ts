/**
 * The add-in's registry inside an .xlsx file.
 *
 * ExcelJS has no worksheet custom properties and its defined names only hold ranges, so the registry is a
 * veryHidden sheet named `_pc_meta` (the Office.js executor mirrors it: Worksheet.visibility = "VeryHidden").
 * Layout, one record per row from row 1:
 *   A1 = "ProductionCoordinator meta" (the marker), B1 = layout version (1)
 *   A = "sheet",    B = generated sheet name, C = its plan key (e.g. "call-sheet:2026-03-02")
 *   A = "settings", B = a chunk of the settings JSON; chunks concatenate in row order (a cell holds 32,767 chars)
 * A sheet listed here is generated: a rerun or Clear deletes it. A user sheet is never listed.
 */
import type ExcelJS from "exceljs";
import { META_SHEET, META_SHEET_PATTERN, META_TITLE } from "../core/plan";
import type { WorkbookSettings } from "../core/snapshot";

export { META_SHEET, META_TITLE };
const CHUNK = 30000;

export interface MetaRecord {
  /** Generated sheets: name -> plan key. */
  generated: Map<string, string>;
  settings?: WorkbookSettings;
  /** Why the settings could not be read, for a data issue or a warning. */
  settingsError?: string;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("");
  return "";
}

/** True for the registry sheet: named `_pc_meta` (or `_pc_meta2`... if a user took the name) and marked in A1. */
export function isMetaSheet(ws: ExcelJS.Worksheet): boolean {
  return META_SHEET_PATTERN.test(ws.name) && cellText(ws.getCell("A1").value) === META_TITLE;
}

export function findMetaSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find(isMetaSheet);
}

/** Reads the registry; an absent or foreign `_pc_meta` sheet gives an empty record. */
export function readMeta(wb: ExcelJS.Workbook): MetaRecord {
  const record: MetaRecord = { generated: new Map() };
  const ws = findMetaSheet(wb);
  if (!ws) return record;
  let json = "";
  ws.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const kind = cellText(row.getCell(1).value);
    const b = cellText(row.getCell(2).value);
    if (kind === "sheet" && b) record.generated.set(b, cellText(row.getCell(3).value));
    else if (kind === "settings") json += b;
  });
  if (json) {
    try {
      const parsed: unknown = JSON.parse(json);
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) record.settings = parsed as WorkbookSettings;
      else record.settingsError = "saved settings are not an object";
    } catch {
      record.settingsError = "saved settings are not valid JSON";
    }
  }
  return record;
}

/** Replaces the registry: removes the old `_pc_meta` and, unless there is nothing to keep, adds a new one last. */
export function writeMeta(wb: ExcelJS.Workbook, generated: Map<string, string>, settings?: WorkbookSettings): void {
  const old = findMetaSheet(wb);
  if (old) wb.removeWorksheet(old.id);
  const hasSettings = !!settings && Object.keys(settings).length > 0;
  if (generated.size === 0 && !hasSettings) return;
  const taken = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  let name = META_SHEET;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${META_SHEET}${i}`;
  const ws = wb.addWorksheet(name, { state: "veryHidden" });
  ws.getCell("A1").value = META_TITLE;
  ws.getCell("B1").value = 1;
  const rows: string[][] = [];
  for (const [name, key] of generated) rows.push(["sheet", name, key]);
  if (hasSettings) {
    const json = JSON.stringify(settings);
    for (let i = 0; i < json.length; i += CHUNK) rows.push(["settings", json.slice(i, i + CHUNK)]);
  }
  rows.forEach((r, i) => {
    r.forEach((v, c) => {
      // Plain string values: ExcelJS writes them as text, never as formulas.
      ws.getCell(i + 2, c + 1).value = v;
    });
  });
}

/** Saves settings (table mappings, rule-set edits, colours) while keeping the generated-sheet list. */
export function saveSettings(wb: ExcelJS.Workbook, settings: WorkbookSettings | undefined): void {
  writeMeta(wb, readMeta(wb).generated, settings);
}
