/**
 * The add-in's registry inside an .xlsx file.
 *
 * ExcelJS has no worksheet custom properties and its defined names only hold ranges, so the registry is a
 * veryHidden sheet named `_pc_meta` (the Office.js executor mirrors it: Worksheet.visibility = "VeryHidden").
 * Layout, one record per row from row 1:
 *   A1 = "ProductionCoordinator meta" (the marker), B1 = layout version (1)
 *   A = "sheet",    B = generated sheet name, C = its plan key (e.g. "call-sheet:2026-03-02"),
 *                   D = its sheetId in the file (kept by Excel through a rename; a sheet deleted and made
 *                   again gets a new one), so a renamed generated sheet stays generated and a user's new sheet
 *                   under a deleted generated sheet's name stays the user's,
 *                   E = the formula `='Name'!$A$1` (see src/core/sheet-link.ts): Excel and LibreOffice keep it
 *                   naming the sheet through a rename and make it `#REF!` when the sheet is deleted. Office.js
 *                   cannot read sheetIds and LibreOffice renumbers them, so both paths go by E where it is there.
 *   A = "settings", B = a chunk of the settings JSON; chunks concatenate in row order (a cell holds 32,767 chars)
 * A sheet listed here is generated: a rerun or Clear deletes it. A user sheet is never listed.
 */
import type ExcelJS from "exceljs";
import { META_SHEET, META_SHEET_PATTERN, META_TITLE } from "../core/plan";
import type { SheetSnapshot, WorkbookSettings } from "../core/snapshot";
import { generatedLayoutOf } from "../core/parse/generated-layouts";
import { sheetLinkFormula } from "../core/sheet-link";
import {
  LINK_COLUMN,
  generatedSheetNames,
  registryFromRows,
  type MetaRecord,
  type RegistryEntry,
  type RegistryRow,
} from "../core/registry";

export { META_SHEET, META_TITLE };
const CHUNK = 30000;

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
  const ws = findMetaSheet(wb);
  if (!ws) return { entries: [] };
  const rows: RegistryRow[] = [];
  ws.eachRow((row, rowNumber) => {
    if (rowNumber > 1)
      rows.push({
        text: (column) => cellText(row.getCell(column).value),
        link: row.getCell(LINK_COLUMN).formula as string | undefined,
      });
  });
  return registryFromRows(rows);
}

/** The generated sheets of an ExcelJS workbook (see generatedSheetNames; a sheet's layout is read from its top rows). */
export function generatedIn(wb: ExcelJS.Workbook, meta: MetaRecord = readMeta(wb)): Set<string> {
  return generatedSheetNames(
    meta.entries,
    wb.worksheets.map((ws) => ({ name: ws.name, id: ws.id })),
    (name) => {
      const ws = wb.getWorksheet(name);
      return !!ws && generatedLayoutOf(topRowsOf(ws)) !== null;
    },
  );
}

/** The top rows of a sheet as text, enough for generatedLayoutOf. */
function topRowsOf(ws: ExcelJS.Worksheet): SheetSnapshot {
  const cols = Math.min(ws.columnCount, 64);
  const values: string[][] = [];
  for (let r = 1; r <= Math.min(ws.rowCount, 15); r++) {
    values.push(Array.from({ length: cols }, (_, c) => cellText(ws.getCell(r, c + 1).value)));
  }
  return { name: ws.name, used: values.length ? { row: 1, col: 1, values } : null, tables: [] };
}

/**
 * Replaces the registry: removes the old `_pc_meta` and, unless there is nothing to keep, adds a new one last.
 * `generated` maps each generated sheet's name to its plan key (its sheetId is read from the workbook), or is
 * a list of entries kept as they are. `takenNames`: names the registry must not take besides `wb`'s sheets' (the user's
 * sheets, where `wb` holds only the generated ones).
 */
export function writeMeta(
  wb: ExcelJS.Workbook,
  generated: Map<string, string> | RegistryEntry[],
  settings?: WorkbookSettings,
  takenNames: Iterable<string> = [],
): void {
  const old = findMetaSheet(wb);
  if (old) wb.removeWorksheet(old.id);
  const hasSettings = !!settings && Object.keys(settings).length > 0;
  const entries = Array.isArray(generated)
    ? generated
    : [...generated].map(([name, key]): RegistryEntry => {
        const sheetId = wb.getWorksheet(name)?.id;
        const link = { kind: "sheet" as const, name };
        return sheetId ? { name, key, sheetId, link } : { name, key, link };
      });
  if (entries.length === 0 && !hasSettings) return;
  const ws = wb.addWorksheet(metaSheetName([...wb.worksheets.map((w) => w.name), ...takenNames]), {
    state: "veryHidden",
  });
  ws.getCell("A1").value = META_TITLE;
  ws.getCell("B1").value = 1;
  // Plain string values: ExcelJS writes them as text, never as formulas.
  registryRows(entries, settings).forEach((r, i) => r.forEach((v, c) => (ws.getCell(i + 2, c + 1).value = v)));
  entries.forEach((e, i) => {
    const formula = linkFormula(e.link, (name) => !!wb.getWorksheet(name));
    // The cached result is never read (the registry's readers take the formula); 0 is what an empty A1 gives.
    if (formula) ws.getCell(i + 2, LINK_COLUMN).value = { formula, result: 0 };
  });
}

/** The registry sheet's name: `_pc_meta`, or `_pc_meta2`... where a sheet has the name. */
export function metaSheetName(taken: Iterable<string>): string {
  const names = new Set([...taken].map((n) => n.toLowerCase()));
  let name = META_SHEET;
  for (let i = 2; names.has(name.toLowerCase()); i++) name = `${META_SHEET}${i}`;
  return name;
}

/** The registry's rows from row 2, as text (column A to D; the links in column E are the writer's). */
export function registryRows(entries: RegistryEntry[], settings?: WorkbookSettings): string[][] {
  const rows: string[][] = [];
  for (const e of entries) rows.push(["sheet", e.name, e.key, e.sheetId !== undefined ? String(e.sheetId) : ""]);
  if (settings && Object.keys(settings).length > 0) {
    const json = JSON.stringify(settings);
    for (let i = 0; i < json.length; i += CHUNK) rows.push(["settings", json.slice(i, i + CHUNK)]);
  }
  return rows;
}

/**
 * Column E's formula for a link. A deleted sheet's row stays `#REF!` when the registry is rewritten; a link to
 * a sheet the book does not hold is left out (Excel would take it for a link to another workbook).
 */
export function linkFormula(link: RegistryEntry["link"], exists: (sheet: string) => boolean): string | undefined {
  if (link?.kind === "deleted") return "#REF!$A$1";
  return link && exists(link.name) ? sheetLinkFormula(link.name) : undefined;
}

/** Saves settings (table mappings, rule-set edits, colours) while keeping the generated-sheet list. */
export function saveSettings(wb: ExcelJS.Workbook, settings: WorkbookSettings | undefined): void {
  writeMeta(wb, readMeta(wb).entries, settings);
}
