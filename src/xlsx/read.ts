/**
 * ExcelJS workbook -> WorkbookSnapshot (the plain data the core reads).
 *
 * Dates: ExcelJS turns a cell with a date number format into a JS Date whose UTC fields are the wall clock.
 * A number typed into a cell without a date format stays a raw serial in the file's own date system. So in a
 * 1904-system file, Dates are converted back to 1904 serials and the snapshot says date1904: every number then
 * means the same thing, and the parser normalises once.
 */
// Before any load: remembers each date cell's serial for the copy's writer.
import { withAddinMarks } from "../core/addin-settings";
import "./date-serials";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import type {
  CellValue,
  FormatHint,
  FormatHints,
  Grid,
  SheetSnapshot,
  TableSnapshot,
  WorkbookSnapshot,
} from "../core/snapshot";
import { formatHintCache, formatHintKey } from "../core/number-format";
import { parseRange } from "../core/a1";
import { type CellRows, gridFromRows, sliceGrid } from "./grid";
import { DATE1904_OFFSET } from "../core/time";
import { promises as fs } from "fs";
import { addinSettingsOfFile, excelJsFixes, isDateFormat, workbookFlags } from "./fast-read";
import { withoutDrawings } from "./drawings";
import { translateFormula, type FormulaCell, type FormulaTable } from "../core/formula";
import { computePendingFormulas, type PendingFormula as PendingCell } from "./formulas";
import { generatedIn, isMetaSheet, readMeta } from "./meta";
import { utf8 } from "./opc";

const EPOCH_1900_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86400000;

/**
 * A JS Date as ExcelJS gives it (wall clock in UTC fields) -> serial in the workbook's date system. An Invalid Date
 * (a date-styled number too large for a JS Date: `1E+308`) is Infinity, a number no date or time reads.
 */
export function dateToSerial(date: Date, date1904 = false): number {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return Infinity;
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
      // ExcelJS has decoded OOXML's `_xHHHH_` escapes, as the fast reader does (decodeXstring) and Office.js.
      return value;
    case "number":
      return Number.isFinite(value) ? value : { error: "#NUM!" };
    case "boolean":
      return value;
    default:
      break;
  }
  if (value instanceof Date) {
    return dateToSerial(value, date1904);
  }
  if (typeof value !== "object") return null;
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value && Array.isArray(value.richText)) return richTextToString(value);
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    // A formula saved without a cached result reads as empty here; snapshotFromExcelJS computes such cells.
    if (result === undefined) return null;
    return toCellValue(result as ExcelJS.CellValue, date1904);
  }
  if ("hyperlink" in value || "text" in value) {
    const text: unknown = (value as ExcelJS.CellHyperlinkValue).text;
    if (typeof text === "string") return text;
    if (text && typeof text === "object" && "richText" in text)
      return richTextToString(text as ExcelJS.CellRichTextValue);
    // A link on a date, time or number cell: ExcelJS keeps the cell's value as the link's text.
    if (text instanceof Date || typeof text === "number" || typeof text === "boolean")
      return toCellValue(text as ExcelJS.CellValue, date1904);
    return text === undefined || text === null ? null : String(text);
  }
  return null;
}

/**
 * A cell's snapshot value. A formula's cached result is taken from `cell.result`: ExcelJS's `cell.value` copy
 * drops a falsy result (a cached 0, FALSE or ""), which would read as never calculated.
 */
function cellValue(cell: ExcelJS.Cell, date1904: boolean): CellValue {
  const value = cell.value;
  if (!isFormulaValue(value)) return toCellValue(value, date1904);
  const result = cell.result as ExcelJS.CellValue | undefined;
  return result === undefined ? null : toCellValue(result, date1904);
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

/** A formula cell to compute once every sheet is read (see computeFormulas). */
interface PendingFormula extends PendingCell {
  cell: ExcelJS.Cell;
}

interface SheetCells {
  rows: CellRows;
  hints: FormatHints | null;
  /** Formula cells to compute, in row order; null when none. */
  formulas: PendingFormula[] | null;
  /** Rows marked hidden, in order (SUBTOTAL 101-111 leave them out). */
  hiddenRows: number[];
}

type FormulaLike = { formula?: string; sharedFormula?: string; result?: unknown; shareType?: string };

function isFormulaValue(value: ExcelJS.CellValue): value is ExcelJS.CellValue & FormulaLike {
  return typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);
}

/**
 * A formula cell's own text. A shared formula's follower names its master (`sharedFormula: "D2"`): the master's
 * text moved by the offset, as the fast reader does it (not ExcelJS's own translation, so both readers agree).
 */
function pendingFormula(ws: ExcelJS.Worksheet, row: number, col: number, value: FormulaLike): FormulaCell {
  if (value.shareType === "array") return { formula: value.formula ?? "", unsupported: "an array formula" };
  if (value.formula !== undefined) return { formula: value.formula };
  const at = parseRange(value.sharedFormula ?? "");
  const text = at ? (ws.findCell(at.row, at.col)?.value as FormulaLike | null | undefined)?.formula : undefined;
  const moved = at && text && translateFormula(text, row - at.row, col - at.col);
  return moved
    ? { formula: moved }
    : { formula: text ?? "", unsupported: "a shared formula that cannot be filled to this cell" };
}

/**
 * Reads the filled cells of a worksheet, the format hints of its number cells shown as times (null when none),
 * and its formula cells to compute: those without a cached result, every one when `fullCalcOnLoad`.
 */
function readCells(
  ws: ExcelJS.Worksheet,
  date1904: boolean,
  fullCalcOnLoad: boolean,
  hintOf: (numFmt: string | undefined) => FormatHint | null,
): SheetCells {
  const rows: CellRows = [];
  let hints: FormatHints | null = null;
  let formulas: PendingFormula[] | null = null;
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    // A hidden row without values changes no SUBTOTAL: the rows with values are enough.
    if (row.hidden) hiddenRows.push(r);
    const cells: { c: number; v: CellValue }[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // Merged cells other than the master repeat the master's value in ExcelJS: the sheet holds it once.
      if (cell.isMerged && cell.master !== cell) return;
      const raw = cell.value;
      const v = cellValue(cell, date1904);
      if (isFormulaValue(raw) && (fullCalcOnLoad || cell.result === undefined)) {
        const entry = { c, v };
        cells.push(entry);
        (formulas ??= []).push({ ...pendingFormula(ws, r, c, raw), cached: v, row: r, col: c, cell, entry });
        return;
      }
      if (v === null || v === "") return;
      cells.push({ c, v });
      if (typeof v === "number") {
        const hint = hintOf(cell.numFmt);
        if (hint) (hints ??= new Map()).set(formatHintKey(r, c), hint);
      }
    });
    if (cells.length) rows.push({ r, cells });
  });
  return { rows, hints, formulas, hiddenRows };
}

/**
 * Computes the workbook's pending formula cells (src/xlsx/formulas.ts): a date-styled result reads as the Date
 * ExcelJS would give, rounded to the millisecond (its excelToDate), and a number shown as a time gets its format
 * hint, as a cached result would.
 */
function computeFormulas(
  sheets: { ws: ExcelJS.Worksheet; cells: SheetCells }[],
  excelJsDate1904: boolean,
  file: { date1904: boolean; fullCalcOnLoad: boolean },
  hintOf: (numFmt: string | undefined) => FormatHint | null,
): void {
  computePendingFormulas(
    sheets.map(({ ws, cells }) => ({ name: ws.name, cells })),
    (sheet, row, col) => {
      const cell = sheets[sheet].ws.findCell(row, col);
      return !cell || (cell.isMerged && cell.master !== cell) ? null : cellValue(cell, excelJsDate1904);
    },
    { ...file, tables: formulaTables(sheets.map(({ ws }) => ws)) },
    (sheet, p, value) => {
      const hint = hintOf(p.cell.numFmt);
      if (hint) (sheets[sheet].cells.hints ??= new Map()).set(formatHintKey(p.row, p.col), hint);
      return isDateFormat(p.cell.numFmt ?? "")
        ? dateToSerial(serialToDate(value, excelJsDate1904), excelJsDate1904)
        : value;
    },
  );
}

/** A serial as ExcelJS turns a date-styled number into a Date (whole milliseconds). */
function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * MS_PER_DAY));
}

interface TableLike {
  name?: string;
  displayName?: string;
  ref?: string;
  tableRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns?: { name?: string }[];
}

/** A sheet's Excel tables as ExcelJS loaded them. */
function tablesIn(ws: ExcelJS.Worksheet): TableLike[] {
  const raw = (ws as unknown as { tables?: Record<string, { table?: TableLike } & TableLike> }).tables ?? {};
  return Object.values(raw).map((entry) => entry.table ?? entry);
}

/** The workbook's Excel tables as formulas refer to them (`tblSchedule[[#This Row],[Start]]`). */
function formulaTables(sheets: ExcelJS.Worksheet[]): FormulaTable[] {
  return sheets.flatMap((ws) =>
    tablesIn(ws).flatMap((t) => {
      const rect = parseRange(t.tableRef ?? t.ref ?? "");
      const name = t.displayName ?? t.name;
      if (!rect || !name) return [];
      const columns = (t.columns ?? []).map((c) => c.name ?? "");
      return [{ name, sheet: ws.name, ...rect, columns, headerRow: t.headerRow !== false, totalsRow: !!t.totalsRow }];
    }),
  );
}

function tablesOf(ws: ExcelJS.Worksheet, used: Grid | null): TableSnapshot[] {
  const out: TableSnapshot[] = [];
  for (const t of tablesIn(ws)) {
    const ref = t.tableRef ?? t.ref;
    const name = t.displayName ?? t.name;
    if (!ref || !name) continue;
    const rect = parseRange(ref);
    if (!rect) continue;
    // A table without a header row gets no header from us: its first data row stands in, the parser decides.
    const values = sliceGrid(used, rect.row, rect.col, rect.rows, rect.cols);
    out.push({ name, row: rect.row, col: rect.col, values, ...(t.totalsRow ? { totalsRow: true } : {}) });
  }
  return out;
}

/** What the file says that ExcelJS does not read (see readWorkbookFile). */
export interface FileFlags {
  /** The file uses the 1904 date system, whether or not ExcelJS saw it. */
  date1904?: boolean;
  /** The file's calcPr fullCalcOnLoad (ExcelJS always loads calcProperties empty). */
  fullCalcOnLoad?: boolean;
}

/** Builds the snapshot of an ExcelJS workbook. Generated sheets are marked; the registry sheet is left out. */
export function snapshotFromExcelJS(wb: ExcelJS.Workbook, name?: string, file: FileFlags = {}): WorkbookSnapshot {
  const date1904 = !!wb.properties?.date1904;
  const fullCalcOnLoad = file.fullCalcOnLoad ?? !!wb.calcProperties?.fullCalcOnLoad;
  const meta = readMeta(wb);
  const generated = generatedIn(wb, meta);
  const sheets: SheetSnapshot[] = [];
  const hintOf = excelJsFormatHints();
  const read = wb.worksheets
    .filter((ws) => !isMetaSheet(ws))
    .map((ws) => ({ ws, cells: readCells(ws, date1904, fullCalcOnLoad, hintOf) }));
  if (read.some((s) => s.cells.formulas))
    computeFormulas(read, date1904, { date1904: file.date1904 ?? date1904, fullCalcOnLoad }, hintOf);
  for (const { ws, cells } of read) {
    const farCells: string[] = [];
    const used = gridFromRows(cells.rows, farCells);
    const hints = cells.hints;
    const sheet: SheetSnapshot = { name: ws.name, used, tables: tablesOf(ws, used) };
    if (farCells.length) sheet.farCells = farCells;
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
 * The file as ExcelJS can load it (excelJsFixes: openpyxl's absolute relationship targets made relative, its
 * comment parts moved where ExcelJS reads them; and no drawings, which the copy gets back from the file itself:
 * src/xlsx/drawings.ts); the same buffer when it needs nothing. Only the copy ExcelJS loads changes: the user's file
 * is never written.
 */
export async function withRelativeTargets(buf: Buffer): Promise<Buffer> {
  const { rels, moves, drawings, sheets } = excelJsFixes(buf);
  if (rels.size === 0 && moves.size === 0 && !drawings && sheets.size === 0) return buf;
  const zip = await JSZip.loadAsync(buf);
  for (const [from, to] of moves) {
    const part = zip.file(from);
    if (!part) continue;
    zip.file(to, await part.async("nodebuffer"));
    zip.remove(from);
  }
  for (const [name, xml] of rels) zip.file(name, utf8(xml));
  for (const [name, xml] of sheets) zip.file(name, utf8(xml));
  const types = zip.file("[Content_Types].xml");
  if (types && moves.size) {
    let xml = await types.async("string");
    for (const [from, to] of moves) xml = xml.split(`PartName="/${from}"`).join(`PartName="/${to}"`);
    zip.file("[Content_Types].xml", utf8(xml));
  }
  if (drawings) await withoutDrawings(zip);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/**
 * Loads an .xlsx file (throws ExcelJS's error on a bad file; the CLI classifies it first).
 * ExcelJS knows the 1904 date system only as date1904="1" (LibreOffice writes "true"): it then reads every
 * date cell as a 1900-system date, which this reader turns back into the file's own serial, so the snapshot
 * is right once it says date1904. Formulas saved without results, or in a workbook with fullCalcOnLoad (which
 * ExcelJS does not read), are computed as the fast reader computes them. `date1904Unkept`: ExcelJS missed it, so it would write a copy's dates
 * four years off. `source`: the file's bytes as read (a copy's writer puts back what ExcelJS loses from them).
 */
export async function readWorkbookFile(
  path: string,
): Promise<{ snapshot: WorkbookSnapshot; workbook: ExcelJS.Workbook; date1904Unkept: boolean; source: Buffer }> {
  const source = await fs.readFile(path);
  const buf = await withRelativeTargets(source);
  // Loaded here, not with the module: the CLI reads with the fast reader and needs ExcelJS only for what it refuses.
  // As an ES module (tsx, Node) a CommonJS package's exports are its default; transpiled to CommonJS, both are there.
  const loaded = (await import("exceljs")) as unknown as typeof ExcelJS & { default?: typeof ExcelJS };
  const workbook = new (loaded.default ?? loaded).Workbook();
  await workbook.xlsx.load(buf as unknown as ArrayBuffer);
  const base = path.split(/[\\/]/).pop() ?? path;
  const flags = workbookFlags(buf);
  const snapshot = snapshotFromExcelJS(workbook, base, flags);
  // The add-in's list of its sheets and its saved settings, as the fast reader takes them.
  withAddinMarks(snapshot, addinSettingsOfFile(buf));
  const date1904Unkept = !snapshot.date1904 && flags.date1904;
  if (date1904Unkept) snapshot.date1904 = true;
  return { snapshot, workbook, date1904Unkept, source };
}
