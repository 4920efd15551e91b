/**
 * ExcelJS workbook -> WorkbookSnapshot (the plain data the core reads).
 *
 * Dates: ExcelJS turns a cell with a date number format into a JS Date whose UTC fields are the wall clock.
 * A number typed into a cell without a date format stays a raw serial in the file's own date system. So in a
 * 1904-system file, Dates are converted back to 1904 serials and the snapshot says date1904: every number then
 * means the same thing, and the parser normalises once.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellValue, FormatHint, Grid, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from "../core/snapshot";
import { formatHintCache, formatHintKey } from "../core/number-format";
import { parseRange } from "../core/a1";
import { type CellRows, gridFromRows, sliceGrid } from "./grid";
import { DATE1904_OFFSET } from "../core/time";
import { promises as fs } from "fs";
import { relativeRelationshipParts, workbookUses1904 } from "./fast-read";
import { generatedIn, isMetaSheet, readMeta } from "./meta";

const EPOCH_1900_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86400000;

/** A JS Date as ExcelJS gives it (wall clock in UTC fields) -> serial in the workbook's date system. */
export function dateToSerial(date: Date, date1904 = false): number {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return NaN;
  const serial = (ms - EPOCH_1900_MS) / MS_PER_DAY;
  return date1904 ? serial - DATE1904_OFFSET : serial;
}

function richTextToString(v: { richText: { text: string }[] }): string {
  return v.richText.map((r) => r.text ?? "").join("");
}

/** One ExcelJS cell value -> snapshot value (rich text, hyperlinks and formulas flattened). */
export function toCellValue(value: ExcelJS.CellValue, date1904 = false): CellValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "string":
      return value;
    case "number":
      return Number.isFinite(value) ? value : { error: "#NUM!" };
    case "boolean":
      return value;
    default:
      break;
  }
  if (value instanceof Date) {
    const serial = dateToSerial(value, date1904);
    return Number.isNaN(serial) ? { error: "#VALUE!" } : serial;
  }
  if (typeof value !== "object") return null;
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value && Array.isArray(value.richText)) return richTextToString(value);
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    // A formula saved without a cached result (never calculated) reads as empty.
    if (result === undefined) return null;
    return toCellValue(result as ExcelJS.CellValue, date1904);
  }
  if ("hyperlink" in value || "text" in value) {
    const text: unknown = (value as ExcelJS.CellHyperlinkValue).text;
    if (typeof text === "string") return text;
    if (text && typeof text === "object" && "richText" in text)
      return richTextToString(text as ExcelJS.CellRichTextValue);
    return text === undefined || text === null ? null : String(text);
  }
  return null;
}

/**
 * ExcelJS names the built-in format 22 (a date and a time) by the code `m/d/yy "h":mm`, whose quoted h would read
 * as text: it is the date-time Excel shows as `m/d/yyyy h:mm`.
 */
const EXCELJS_BUILTIN_DATETIME = 'm/d/yy "h":mm';

/** A cell's number format -> its hint, remembered per code (see src/core/number-format.ts). */
export function excelJsFormatHints(): (numFmt: string | undefined) => FormatHint | null {
  const hintOf = formatHintCache();
  return (numFmt) => (!numFmt ? null : numFmt === EXCELJS_BUILTIN_DATETIME ? "datetime" : hintOf(numFmt));
}

/**
 * Reads the used range of a worksheet (from its first to its last non-empty row and column), and the format
 * hints of its number cells shown as times (null when none).
 */
function usedGrid(
  ws: ExcelJS.Worksheet,
  date1904: boolean,
  hintOf: (numFmt: string | undefined) => FormatHint | null,
): { used: Grid | null; hints: Record<string, FormatHint> | null } {
  const rows: CellRows = [];
  let hints: Record<string, FormatHint> | null = null;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: { c: number; v: CellValue }[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // Merged cells other than the master repeat the master's value in ExcelJS: the sheet holds it once.
      if (cell.isMerged && cell.master !== cell) return;
      const v = toCellValue(cell.value, date1904);
      if (v === null || v === "") return;
      cells.push({ c, v });
      if (typeof v === "number") {
        const hint = hintOf(cell.numFmt);
        if (hint) (hints ??= {})[formatHintKey(r, c)] = hint;
      }
    });
    if (cells.length) rows.push({ r, cells });
  });
  return { used: gridFromRows(rows), hints };
}

interface TableLike {
  name?: string;
  displayName?: string;
  ref?: string;
  tableRef?: string;
  headerRow?: boolean;
}

function tablesOf(ws: ExcelJS.Worksheet, used: Grid | null): TableSnapshot[] {
  const out: TableSnapshot[] = [];
  const raw = (ws as unknown as { tables?: Record<string, { table?: TableLike } & TableLike> }).tables ?? {};
  for (const entry of Object.values(raw)) {
    const t: TableLike = entry.table ?? entry;
    const ref = t.tableRef ?? t.ref;
    const name = t.displayName ?? t.name;
    if (!ref || !name) continue;
    const rect = parseRange(ref);
    if (!rect) continue;
    // A table without a header row gets no header from us: its first data row stands in, the parser decides.
    out.push({ name, row: rect.row, col: rect.col, values: sliceGrid(used, rect.row, rect.col, rect.rows, rect.cols) });
  }
  return out;
}

/** Builds the snapshot of an ExcelJS workbook. Generated sheets are marked; the registry sheet is left out. */
export function snapshotFromExcelJS(wb: ExcelJS.Workbook, name?: string): WorkbookSnapshot {
  const date1904 = !!wb.properties?.date1904;
  const meta = readMeta(wb);
  const generated = generatedIn(wb, meta);
  const sheets: SheetSnapshot[] = [];
  const hintOf = excelJsFormatHints();
  for (const ws of wb.worksheets) {
    if (isMetaSheet(ws)) continue;
    const { used, hints } = usedGrid(ws, date1904, hintOf);
    const sheet: SheetSnapshot = { name: ws.name, used, tables: tablesOf(ws, used) };
    if (generated.has(ws.name)) sheet.generated = true;
    const merges = (ws.model as { merges?: string[] }).merges ?? [];
    if (merges.length) sheet.merges = [...merges].sort();
    if (hints) sheet.formatHints = hints;
    sheets.push(sheet);
  }
  const snapshot: WorkbookSnapshot = { sheets };
  if (name) snapshot.name = name;
  if (date1904) snapshot.date1904 = true;
  if (meta.settings) snapshot.settings = meta.settings;
  return snapshot;
}

/**
 * The file with its relationship targets made relative where they were absolute part names (openpyxl's form,
 * which ExcelJS cannot resolve: it fails on such a sheet's tables); the same buffer when there are none.
 */
export async function withRelativeTargets(buf: Buffer): Promise<Buffer> {
  const parts = relativeRelationshipParts(buf);
  if (parts.size === 0) return buf;
  const zip = await JSZip.loadAsync(buf);
  for (const [name, xml] of parts) zip.file(name, xml);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/**
 * Loads an .xlsx file (throws ExcelJS's error on a bad file; the CLI classifies it first).
 * ExcelJS knows the 1904 date system only as date1904="1" (LibreOffice writes "true"): it then reads every
 * date cell as a 1900-system date, which this reader turns back into the file's own serial, so the snapshot
 * is right once it says date1904. `date1904Unkept`: ExcelJS missed it, so it would write a copy's dates
 * four years off.
 */
export async function readWorkbookFile(
  path: string,
): Promise<{ snapshot: WorkbookSnapshot; workbook: ExcelJS.Workbook; date1904Unkept: boolean }> {
  const buf = await withRelativeTargets(await fs.readFile(path));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buf as unknown as ArrayBuffer);
  const base = path.split(/[\\/]/).pop() ?? path;
  const snapshot = snapshotFromExcelJS(workbook, base);
  const date1904Unkept = !snapshot.date1904 && workbookUses1904(buf);
  if (date1904Unkept) snapshot.date1904 = true;
  return { snapshot, workbook, date1904Unkept };
}
