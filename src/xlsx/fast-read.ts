/**
 * A fast, read-only .xlsx -> WorkbookSnapshot reader for `check` without `--out` (issue #3).
 *
 * ExcelJS builds a full object model (styles, every cell object) that a read-only check never uses. This
 * reader unzips only the parts the snapshot needs and scans their XML with indexOf and charCode tests. It
 * gives the same snapshot as readWorkbookFile (differential test in test/unit/xlsx): date-formatted numbers
 * take the same millisecond round trip ExcelJS gives them, merged cells other than the master are empty,
 * formulas read as their cached result, and the `_pc_meta` registry is read the same way. A formula saved without
 * a result (openpyxl), or in a workbook that asks Excel to recalculate on open (`fullCalcOnLoad`: XlsxWriter's
 * cached 0s), is computed by src/core/formula.ts after every sheet is read.
 * Anything it does not handle (zip64, encryption, an unusual compression, a missing part) throws
 * FastReadUnsupported, and the caller falls back to ExcelJS.
 */
import { promises as fs } from "fs";
import { inflateRawSync } from "zlib";
import type {
  CellValue,
  FormatHint,
  FormatHints,
  SheetSnapshot,
  TableSnapshot,
  WorkbookSnapshot,
} from "../core/snapshot";
import { builtinFormatHint, formatHintKey, formatHintOf } from "../core/number-format";
import { parseRange } from "../core/a1";
import { DATE1904_OFFSET, daySerial } from "../core/time";
import { type CellRows, gridFromRows, sliceGrid } from "./grid";
import { translateFormula, type FormulaTable } from "../core/formula";
import { computePendingFormulas, type PendingFormula as PendingCell } from "./formulas";
import { META_TITLE } from "./meta";
import { META_SHEET_PATTERN } from "../core/plan";
import { addinSettingsOf, withAddinMarks } from "../core/addin-settings";
import { generatedLayoutOf } from "../core/parse/generated-layouts";
import { LINK_COLUMN, generatedSheetNames, registryFromRows, registryText, type MetaRecord } from "../core/registry";
import { attr, decodeXml, decodeXstring, folderOf, plainXml, relativePath, relsPartOf, resolvePart } from "./opc";
import { entryDataStart, readZipDirectory, type ZipDirectoryEntry } from "./zip-directory";

export class FastReadUnsupported extends Error {}

const EPOCH_1900_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86400000;
/** The largest time a JS Date holds, in ms either side of 1970. */
const MAX_DATE_MS = 8.64e15;
/** Built-in number formats ExcelJS treats as dates (its isDateFmt over its default format table). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

// ---------- zip ----------

/** The parts by name, tidied as Excel reads them (backslashes as slashes, no leading slash). */
function zipEntries(buf: Buffer): Map<string, ZipDirectoryEntry> {
  const directory = readZipDirectory(buf);
  if (typeof directory === "string") throw new FastReadUnsupported(directory);
  const out = new Map<string, ZipDirectoryEntry>();
  for (const entry of directory) {
    if (entry.flags & 1) throw new FastReadUnsupported("encrypted zip entry");
    out.set(entry.name.replace(/\\/g, "/").replace(/^\//, ""), entry);
  }
  return out;
}

function unzipText(buf: Buffer, entries: Map<string, ZipDirectoryEntry>, name: string): string | undefined {
  const e = entries.get(name);
  if (!e) return undefined;
  const start = entryDataStart(buf, e);
  if (start === undefined) throw new FastReadUnsupported(`bad zip entry ${name}`);
  const data = buf.subarray(start, start + e.compressedSize);
  if (e.method !== 0 && e.method !== 8) throw new FastReadUnsupported(`zip method ${e.method}`);
  const text = (e.method === 0 ? data : inflateRawSync(data)).toString("utf8");
  // A part written with a prefix for the main namespace (the .NET SDK's form) reads as its plain form.
  return plainXml(text);
}

// ---------- XML scanning ----------

/** Each `<tag ...>` (or self-closing) start tag text of an element name, in order. */
function* startTags(xml: string, name: string, from = 0, to = xml.length): Generator<[string, number]> {
  const open = "<" + name;
  let i = xml.indexOf(open, from);
  while (i >= 0 && i < to) {
    const c = xml.charCodeAt(i + open.length);
    // `<c ` but not `<col`: the name must end here.
    if (c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13) {
      const end = xml.indexOf(">", i);
      yield [xml.slice(i, end + 1), end + 1];
    }
    i = xml.indexOf(open, i + 1);
  }
}

/** Concatenated text of every `<t>` element between from and to (rich-text runs; phonetic runs left out). */
/**
 * The next `<rPh` at or after a position. Scans move forward only, so finding them costs one pass over the
 * part (not one search to the end of the part per string).
 */
class PhoneticCursor {
  private at = -2;
  constructor(private readonly xml: string) {}
  next(from: number): number {
    if (this.at === -1 || (this.at >= from && this.at !== -2)) return this.at;
    this.at = this.xml.indexOf("<rPh", from);
    return this.at;
  }
}

function textRuns(xml: string, from: number, to: number, phonetic: PhoneticCursor): string {
  let out = "";
  let i = from;
  // Phonetic runs (<rPh>) hold readings, not cell text: their <t> elements are skipped.
  let rph = phonetic.next(from);
  if (rph >= to) rph = -1;
  let rphEnd = rph >= 0 ? xml.indexOf("</rPh>", rph) : -1;
  for (;;) {
    const t = xml.indexOf("<t", i);
    if (t < 0 || t >= to) break;
    const c = xml.charCodeAt(t + 2);
    if (c !== 62 && c !== 32) {
      i = t + 2;
      continue;
    }
    const gt = xml.indexOf(">", t);
    if (xml.charCodeAt(gt - 1) === 47) {
      i = gt + 1;
      continue;
    }
    const close = xml.indexOf("</t>", gt);
    while (rph >= 0 && rphEnd >= 0 && rphEnd < t) {
      rph = phonetic.next(rphEnd);
      if (rph >= to) rph = -1;
      rphEnd = rph >= 0 ? xml.indexOf("</rPh>", rph) : -1;
    }
    if (!(rph >= 0 && rph < t && rphEnd > t)) out += decodeXstring(decodeXml(xml.slice(gt + 1, close)));
    i = close + 4;
  }
  return out;
}

function sharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (!xml) return out;
  const phonetic = new PhoneticCursor(xml);
  let i = xml.indexOf("<si");
  while (i >= 0) {
    const end = xml.indexOf("</si>", i);
    const gt = xml.indexOf(">", i);
    if (end < 0 || xml.charCodeAt(gt - 1) === 47) {
      out.push("");
      i = xml.indexOf("<si", gt);
      continue;
    }
    out.push(textRuns(xml, gt + 1, end, phonetic));
    i = xml.indexOf("<si", end);
  }
  return out;
}

/** Whether ExcelJS reads a number in a cell of this format as a Date (its isDateFmt). */
export function isDateFormat(code: string): boolean {
  const plain = code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(plain);
}

/**
 * Per style index: whether ExcelJS would read a number in that style as a Date, and the style's format hint
 * (undefined for none, so the cell loop tests one array slot).
 */
function styleKinds(xml: string | undefined): { dates: boolean[]; hints: (FormatHint | undefined)[] } {
  const dates: boolean[] = [];
  const hints: (FormatHint | undefined)[] = [];
  if (!xml) return { dates, hints };
  const custom = new Map<number, string>();
  for (const [tag] of startTags(xml, "numFmt"))
    custom.set(Number(attr(tag, "numFmtId")), attr(tag, "formatCode") ?? "");
  const from = xml.indexOf("<cellXfs");
  if (from < 0) return { dates, hints };
  const to = xml.indexOf("</cellXfs>", from);
  for (const [tag] of startTags(xml, "xf", from, to < 0 ? xml.length : to)) {
    const id = Number(attr(tag, "numFmtId") ?? 0);
    const code = custom.get(id);
    dates.push(code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id));
    hints.push((code !== undefined ? formatHintOf(code) : builtinFormatHint(id)) ?? undefined);
  }
  return { dates, hints };
}

function relationships(xml: string | undefined, base: string): Map<string, { target: string; type: string }> {
  const out = new Map<string, { target: string; type: string }>();
  if (!xml) return out;
  for (const [tag] of startTags(xml, "Relationship")) {
    const id = attr(tag, "Id");
    const target = attr(tag, "Target");
    if (!id || !target || attr(tag, "TargetMode") === "External") continue;
    out.set(id, { target: resolvePart(base, target), type: attr(tag, "Type") ?? "" });
  }
  return out;
}

/** A part's own relationships (`xl/worksheets/sheet1.xml` -> `xl/worksheets/_rels/sheet1.xml.rels`), by Id. */
function partRelationships(
  buf: Buffer,
  entries: Map<string, ZipDirectoryEntry>,
  part: string,
): Map<string, { target: string; type: string }> {
  return relationships(unzipText(buf, entries, relsPartOf(part)), folderOf(part));
}

/**
 * Where a package's workbook part is, as Excel finds it: through the root relationships (`xl/workbook.xml` when they
 * name none that is there). Some writers put it elsewhere (`xl/book.xml`).
 */
function workbookPartOf(buf: Buffer, entries: Map<string, ZipDirectoryEntry>): string {
  const root = relationships(unzipText(buf, entries, relsPartOf("")), "");
  for (const rel of root.values()) if (/\/officeDocument$/.test(rel.type) && entries.has(rel.target)) return rel.target;
  return "xl/workbook.xml";
}

/** The target of the first relationship of a type (`sharedStrings`, `styles`), else the usual part. */
function relatedPart(rels: Map<string, { target: string; type: string }>, type: string, usual: string): string {
  for (const rel of rels.values()) if (rel.type.endsWith(`/${type}`)) return rel.target;
  return usual;
}

// ---------- cells ----------

/** "BC12" -> [row 12, col 55]; 0s when absent. */
function cellRef(ref: string | undefined): [number, number] {
  if (!ref) return [0, 0];
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return [Number(ref.slice(i)) || 0, col];
}

/**
 * A formula cell whose value is to be computed once every sheet is read. Its `formula`, for a shared formula's
 * follower, is filled in from its master once the sheet is read.
 */
interface PendingFormula extends PendingCell {
  style: number;
  /** A shared formula's group (`si`), for followers (`<f t="shared" si="0"/>`, no text). */
  sharedFollowerOf?: string;
}

interface SheetCells {
  rows: CellRows;
  /** The sheet's merged areas (mergeCell refs). */
  merges: string[];
  /** Format hints of number cells shown as times (snapshot formatHints); null when none. */
  hints: FormatHints | null;
  /** Formula cells to compute, in row order; null when none. */
  formulas: PendingFormula[] | null;
  /** Rows marked hidden, in order (SUBTOTAL 101-111 leave them out). */
  hiddenRows: number[];
}

interface ReadContext {
  strings: string[];
  dates: boolean[];
  /** Style index -> its format hint, undefined for none. */
  hints: (FormatHint | undefined)[];
  date1904: boolean;
  /** The workbook asks Excel to recalculate on open: cached results are not to be trusted. */
  fullCalcOnLoad: boolean;
}

/**
 * A date-styled number as ExcelJS returns it (a Date rounded to the millisecond), back as a serial. Beyond a JS
 * Date's range (ExcelJS's Invalid Date) it is Infinity, as read.ts's dateToSerial gives, so both readers agree.
 */
function dateRoundTrip(v: number, date1904: boolean): number {
  const offset = date1904 ? 1462 : 0;
  const ms = Math.round((v - 25569 + offset) * 24 * 3600 * 1000);
  if (!(Math.abs(ms) <= MAX_DATE_MS)) return Infinity;
  const serial = (ms - EPOCH_1900_MS) / MS_PER_DAY;
  return date1904 ? serial - offset : serial;
}

function cellValue(ctx: ReadContext, type: string | undefined, style: number, raw: string | undefined): CellValue {
  if (raw === undefined) return null;
  switch (type) {
    case "s":
      return ctx.strings[Number(raw)] ?? null;
    case "str":
      return decodeXstring(decodeXml(raw));
    case "inlineStr":
      return raw; // already decoded run by run
    case "b":
      return raw === "1" || raw === "true";
    case "e":
      return { error: decodeXml(raw) };
    case "d": {
      // A date written as ISO text (`<c t="d"><v>2026-03-02T07:00:00</v>`, openpyxl's iso_dates): its serial.
      const serial = isoCellSerial(decodeXml(raw), ctx.date1904);
      if (serial === null) throw new FastReadUnsupported("ISO date cell");
      return serial;
    }
    default: {
      const n = Number(raw);
      if (raw.trim() === "" || Number.isNaN(n)) return null;
      if (!Number.isFinite(n)) return { error: "#NUM!" };
      return ctx.dates[style] ? dateRoundTrip(n, ctx.date1904) : n;
    }
  }
}

const ISO_CELL = /^(?:(\d{4})-(\d{2})-(\d{2}))?(?:T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?Z?$/;

/**
 * The serial of an ISO date cell's text (`2026-03-02`, `2026-03-02T07:30:00`, `07:30:00`; ECMA-376 §18.17.4), in the
 * workbook's date system; null for text of another form.
 */
export function isoCellSerial(text: string, date1904: boolean): number | null {
  const m = ISO_CELL.exec(text.trim());
  if (!m || (m[1] === undefined && m[4] === undefined)) return null;
  const date = m[1] === undefined ? 0 : daySerial(+m[1], +m[2], +m[3]);
  if (date === null) return null;
  const time = m[4] === undefined ? 0 : (+m[4] * 3600 + +m[5] * 60 + (m[6] === undefined ? 0 : +m[6])) / 86400;
  return date - (date1904 && m[1] !== undefined ? DATE1904_OFFSET : 0) + time;
}

/**
 * A sheet's XML with its ISO date cells written as serials (`<c t="d"><v>2026-03-02</v>` -> `<c><v>46083</v>`), the
 * form ExcelJS reads and writes (it read the year as the number 2026 and wrote that into the copy); null when it has
 * none. The value is the same for Excel: a date is a serial shown by the cell's format.
 */
export function withSerialDateCells(xml: string, date1904: boolean): string | null {
  if (!xml.includes('t="d"')) return null;
  let changed = false;
  const out = xml.replace(
    /<c\b([^>]*?)\st="d"([^>]*)>(?:(<f\b[^>]*\/>|<f\b[^>]*>[^<]*<\/f>))?<v>([^<]*)<\/v>/g,
    (whole, a, b, f, v) => {
      const serial = isoCellSerial(decodeXml(v), date1904);
      if (serial === null) return whole;
      changed = true;
      return `<c${a}${b}>${f ?? ""}<v>${serial}</v>`;
    },
  );
  return changed ? out : null;
}

/** The merged ranges of a sheet: every cell but the top-left one reads as empty. Their refs go to `refs`. */
function mergedSlaves(xml: string, refs: string[]): Set<string> | null {
  const from = xml.indexOf("<mergeCells");
  if (from < 0) return null;
  const out = new Set<string>();
  for (const [tag] of startTags(xml, "mergeCell", from)) {
    const ref = attr(tag, "ref") ?? "";
    const rect = parseRange(ref);
    if (!rect) continue;
    refs.push(ref);
    for (let r = 0; r < rect.rows; r++) {
      for (let c = 0; c < rect.cols; c++) if (r || c) out.add(`${rect.row + r},${rect.col + c}`);
    }
  }
  return out;
}

/**
 * Where the cell's `<f>` starts (the first child of `<c>`, by the schema), or -1. Looking only there keeps a
 * workbook without formulas from searching ahead for one at every cell.
 */
function formulaStart(xml: string, cellTagEnd: number): number {
  let i = cellTagEnd + 1;
  for (let ch = xml.charCodeAt(i); ch === 32 || ch === 9 || ch === 10 || ch === 13; ch = xml.charCodeAt(++i));
  if (xml.charCodeAt(i) !== 60 || xml.charCodeAt(i + 1) !== 102) return -1; // "<f"
  const after = xml.charCodeAt(i + 2);
  return after === 32 || after === 62 || after === 47 ? i : -1;
}

/** The `<f>` element at `at`: its attributes and decoded text ("" for a shared formula's follower). */
function formulaElement(xml: string, at: number): { tag: string; text: string } {
  const tagEnd = xml.indexOf(">", at);
  const tag = xml.slice(at, tagEnd + 1);
  if (xml.charCodeAt(tagEnd - 1) === 47) return { tag, text: "" };
  return { tag, text: decodeXml(xml.slice(tagEnd + 1, xml.indexOf("</f>", tagEnd))) };
}

function pendingFormula(
  xml: string,
  at: number,
  cell: { row: number; col: number; style: number; entry: { c: number; v: CellValue } },
): PendingFormula {
  const { tag, text } = formulaElement(xml, at);
  const kind = attr(tag, "t");
  const p: PendingFormula = { ...cell, cached: cell.entry.v, formula: text };
  if (kind === "array") p.unsupported = "an array formula";
  else if (kind === "dataTable") p.unsupported = "a what-if data table";
  else if (kind === "shared" && text === "") p.sharedFollowerOf = attr(tag, "si") ?? "";
  else if (text.trim() === "") p.unsupported = "an empty formula";
  return p;
}

/** The masters of the sheet's shared formulas (`<f t="shared" si=.. ref=..>text</f>`): si -> text and cell. */
function sharedMasters(xml: string): Map<string, { formula: string; row: number; col: number }> {
  const out = new Map<string, { formula: string; row: number; col: number }>();
  for (const [tag, end] of startTags(xml, "c", Math.max(0, xml.indexOf("<sheetData")))) {
    const at = formulaStart(xml, end - 1);
    if (at < 0) continue;
    const f = formulaElement(xml, at);
    const si = attr(f.tag, "si");
    if (attr(f.tag, "t") !== "shared" || si === undefined || f.text === "" || out.has(si)) continue;
    const [row, col] = cellRef(attr(tag, "r"));
    if (row && col) out.set(si, { formula: f.text, row, col });
  }
  return out;
}

/** Gives each shared formula's follower its own text: the master's, moved by the offset as Excel fills it. */
function resolveSharedFollowers(xml: string, formulas: PendingFormula[]): void {
  const followers = formulas.filter((p) => p.sharedFollowerOf !== undefined);
  if (!followers.length) return;
  const masters = sharedMasters(xml);
  for (const p of followers) {
    const master = masters.get(p.sharedFollowerOf ?? "");
    const moved = master && translateFormula(master.formula, p.row - master.row, p.col - master.col);
    if (moved) p.formula = moved;
    else {
      p.formula = master?.formula ?? "";
      p.unsupported = "a shared formula that cannot be filled to this cell";
    }
  }
}

function readCells(xml: string, ctx: ReadContext): SheetCells {
  const rows: SheetCells["rows"] = [];
  const merges: string[] = [];
  const slaves = mergedSlaves(xml, merges);
  const phonetic = new PhoneticCursor(xml);
  let hints: FormatHints | null = null;
  let formulas: PendingFormula[] | null = null;
  const hiddenRows: number[] = [];
  const dataFrom = xml.indexOf("<sheetData");
  const dataTo = xml.indexOf("</sheetData>");
  if (dataFrom < 0 || dataTo < 0) return { rows, merges, hints, formulas, hiddenRows };
  let rowNumber = 0;
  let i = xml.indexOf("<row", dataFrom);
  while (i >= 0 && i < dataTo) {
    const rowTagEnd = xml.indexOf(">", i);
    const rowTag = xml.slice(i, rowTagEnd + 1);
    rowNumber = Number(attr(rowTag, "r")) || rowNumber + 1;
    const hidden = attr(rowTag, "hidden");
    if (hidden === "1" || hidden === "true") hiddenRows.push(rowNumber);
    const selfClosing = xml.charCodeAt(rowTagEnd - 1) === 47;
    const rowEnd = selfClosing ? rowTagEnd : xml.indexOf("</row>", rowTagEnd);
    const cells: { c: number; v: CellValue }[] = [];
    let col = 0;
    let p = xml.indexOf("<c", rowTagEnd);
    while (p >= 0 && p < rowEnd) {
      const ch = xml.charCodeAt(p + 2);
      if (ch !== 32 && ch !== 62 && ch !== 47) {
        p = xml.indexOf("<c", p + 2);
        continue;
      }
      const tagEnd = xml.indexOf(">", p);
      const tag = xml.slice(p, tagEnd + 1);
      const [, refCol] = cellRef(attr(tag, "r"));
      col = refCol || col + 1;
      let raw: string | undefined;
      let formulaAt = -1;
      let next: number;
      const type = attr(tag, "t");
      if (xml.charCodeAt(tagEnd - 1) === 47) {
        next = tagEnd + 1;
      } else {
        const close = xml.indexOf("</c>", tagEnd);
        next = close + 4;
        if (type === "inlineStr") {
          const is = xml.indexOf("<is", tagEnd);
          raw = is >= 0 && is < close ? textRuns(xml, is, close, phonetic) : undefined;
        } else {
          const v = xml.indexOf("<v", tagEnd);
          if (v >= 0 && v < close) {
            const vEnd = xml.indexOf(">", v);
            if (xml.charCodeAt(vEnd - 1) !== 47) raw = xml.slice(vEnd + 1, xml.indexOf("</v>", vEnd));
          }
          // Formula work only for a formula with no result (`<v></v>` or none) or one not to be trusted.
          if (ctx.fullCalcOnLoad || raw === undefined || (type !== "str" && raw.trim() === ""))
            formulaAt = formulaStart(xml, tagEnd);
        }
      }
      if (!(slaves && slaves.has(`${rowNumber},${col}`))) {
        const style = Number(attr(tag, "s") ?? 0);
        const value = cellValue(ctx, type, style, raw);
        if (formulaAt >= 0) {
          // The cached value (if any) holds the slot; the computed one replaces it, and its hint is set then.
          const entry = { c: col, v: value };
          cells.push(entry);
          (formulas ??= []).push(pendingFormula(xml, formulaAt, { row: rowNumber, col, style, entry }));
          p = xml.indexOf("<c", next);
          continue;
        }
        if (value !== null && value !== "") cells.push({ c: col, v: value });
        const hint = ctx.hints[style];
        if (hint !== undefined && typeof value === "number")
          (hints ??= new Map()).set(formatHintKey(rowNumber, col), hint);
      }
      p = xml.indexOf("<c", next);
    }
    if (cells.length) rows.push({ r: rowNumber, cells });
    i = xml.indexOf("<row", rowEnd);
  }
  if (formulas) resolveSharedFollowers(xml, formulas);
  return { rows, merges, hints, formulas, hiddenRows };
}

/** A sheet's cells for formula references: by row, then column (built on first use). */
function cellLookup(cells: SheetCells): (row: number, col: number) => CellValue {
  let byRow: Map<number, { c: number; v: CellValue }[]> | null = null;
  return (row, col) => {
    byRow ??= new Map(cells.rows.map(({ r, cells: line }) => [r, line]));
    return byRow.get(row)?.find((x) => x.c === col)?.v ?? null;
  };
}

/**
 * Computes the workbook's pending formula cells (src/xlsx/formulas.ts): a date-styled result takes ExcelJS's
 * millisecond round trip and a number shown as a time its format hint, as a cached result would.
 */
function computeFormulas(
  sheets: { name: string; cells: SheetCells }[],
  ctx: ReadContext,
  tables: FormulaTable[],
): void {
  const lookups = sheets.map((s) => cellLookup(s.cells));
  computePendingFormulas(
    sheets,
    (sheet, row, col) => lookups[sheet](row, col),
    { date1904: ctx.date1904, fullCalcOnLoad: ctx.fullCalcOnLoad, tables },
    (sheet, p, value) => {
      const hint = ctx.hints[p.style];
      if (hint !== undefined) (sheets[sheet].cells.hints ??= new Map()).set(formatHintKey(p.row, p.col), hint);
      return ctx.dates[p.style] ? dateRoundTrip(value, ctx.date1904) : value;
    },
  );
}

/**
 * The formula text of each column-E cell of the registry sheet, by row. Only the registry's part is scanned for
 * `<f>` (readCells keeps to cached values): the link formulas are what a rename or a deletion rewrites.
 */
function metaLinkFormulas(xml: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const [tag, end] of startTags(xml, "c", Math.max(0, xml.indexOf("<sheetData")))) {
    const [row, col] = cellRef(attr(tag, "r"));
    if (col !== LINK_COLUMN || tag.charCodeAt(tag.length - 2) === 47) continue;
    const at = formulaStart(xml, end - 1);
    if (at < 0) continue;
    // A shared formula's followers (`<f t="shared" si="0"/>`) carry no text: left to the sheetId.
    const { text } = formulaElement(xml, at);
    if (text) out.set(row, text);
  }
  return out;
}

function readMetaCells(cells: SheetCells, xml: string): MetaRecord {
  const links = metaLinkFormulas(xml);
  return registryFromRows(
    cells.rows
      .filter(({ r }) => r !== 1)
      .map(({ r, cells: row }) => ({
        text: (c: number) => registryText(row.find((x) => x.c === c)?.v),
        link: links.get(r),
      })),
  );
}

/** Reads an .xlsx file into a snapshot without ExcelJS; throws FastReadUnsupported when it cannot. */
export async function readSnapshotFast(path: string): Promise<WorkbookSnapshot> {
  const buf = await fs.readFile(path);
  return snapshotFromXlsxBuffer(buf, path.split(/[\\/]/).pop() ?? path);
}

/** The workbook's <workbookPr date1904>: "1" or "true" (LibreOffice writes the latter). */
function date1904Of(workbookXml: string): boolean {
  const wbPr = [...startTags(workbookXml, "workbookPr")][0]?.[0];
  const d1904 = wbPr ? attr(wbPr, "date1904") : undefined;
  return d1904 === "1" || d1904 === "true";
}

/**
 * The workbook's <calcPr fullCalcOnLoad>: Excel recalculates every formula on open. openpyxl and XlsxWriter set
 * it (they save no results, or 0s); Excel itself never saves it.
 */
function fullCalcOnLoadOf(workbookXml: string): boolean {
  const calcPr = [...startTags(workbookXml, "calcPr")][0]?.[0];
  const full = calcPr ? attr(calcPr, "fullCalcOnLoad") : undefined;
  return full === "1" || full === "true";
}

/** An .xlsx's workbook-wide flags from its workbook part alone (false when it cannot tell). */
export function workbookFlags(buf: Buffer): { date1904: boolean; fullCalcOnLoad: boolean } {
  try {
    const entries = zipEntries(buf);
    const workbookXml = unzipText(buf, entries, workbookPartOf(buf, entries));
    if (workbookXml === undefined) return { date1904: false, fullCalcOnLoad: false };
    return { date1904: date1904Of(workbookXml), fullCalcOnLoad: fullCalcOnLoadOf(workbookXml) };
  } catch {
    return { date1904: false, fullCalcOnLoad: false };
  }
}

/** Whether an .xlsx uses the 1904 date system, from its workbook part alone (false when it cannot tell). */
export function workbookUses1904(buf: Buffer): boolean {
  return workbookFlags(buf).date1904;
}

/** What ExcelJS needs changed in a package before it can load it (see excelJsFixes). */
export interface ExcelJsFixes {
  /** Relationship part -> its XML with the targets rewritten. */
  rels: Map<string, string>;
  /** Part -> the name it moves to. */
  moves: Map<string, string>;
  /** Whether a worksheet has a drawing (which ExcelJS must not see: src/xlsx/drawings.ts). */
  drawings: boolean;
  /** Worksheet part -> its XML with ISO date cells as serials (withSerialDateCells). */
  sheets: Map<string, string>;
}

/** Where ExcelJS looks for a sheet's comments and their drawing, and nowhere else. */
const EXCELJS_PARTS: [type: RegExp, place: RegExp, name: (k: number) => string][] = [
  [/\/comments$/, /^xl\/comments(\d+)\.xml$/, (k) => `xl/comments${k}.xml`],
  [/\/vmlDrawing$/, /^xl\/drawings\/vmlDrawing(\d+)\.vml$/, (k) => `xl/drawings/vmlDrawing${k}.vml`],
];

/**
 * What a package written by openpyxl needs before ExcelJS can load it (Excel, LibreOffice and ExcelJS write
 * neither; the OPC spec allows both):
 * - relationship targets that name an absolute part (`Target="/xl/tables/table1.xml"`) become relative to their
 *   source part (`../tables/table1.xml`), the only form ExcelJS resolves;
 * - a sheet's comments and their VML drawing kept elsewhere than `xl/commentsN.xml` and
 *   `xl/drawings/vmlDrawingN.vml` (openpyxl's `xl/comments/comment1.xml`) move there: ExcelJS reads comments only
 *   from those names and fails on a sheet whose comments it did not read;
 * - ISO date cells (openpyxl's iso_dates) become serials (withSerialDateCells).
 * Empty when there is nothing to change, or when the zip cannot be read here.
 */
export function excelJsFixes(buf: Buffer): ExcelJsFixes {
  const fixes: ExcelJsFixes = { rels: new Map(), moves: new Map(), drawings: false, sheets: new Map() };
  let entries: Map<string, ZipDirectoryEntry>;
  try {
    entries = zipEntries(buf);
  } catch {
    return fixes;
  }
  // Free numbers for moved parts: after the highest already in ExcelJS's places.
  const next = EXCELJS_PARTS.map(([, place]) => {
    let max = 0;
    for (const name of entries.keys()) max = Math.max(max, Number(place.exec(name)?.[1] ?? 0));
    return max + 1;
  });
  for (const name of entries.keys()) {
    // The package's own _rels/.rels names parts from the root: leave it.
    const m = /^(.+)\/_rels\/[^/]+\.rels$/.exec(name);
    if (!m) continue;
    let xml: string | undefined;
    try {
      xml = unzipText(buf, entries, name);
    } catch {
      continue;
    }
    if (!xml) continue;
    if (/^xl\/worksheets$/.test(m[1]) && xml.includes('/relationships/drawing"')) fixes.drawings = true;
    let changed = false;
    const fixed = xml.replace(/<Relationship\b[^>]*>/g, (tag) => {
      const target = attr(tag, "Target");
      if (target === undefined || attr(tag, "TargetMode") === "External") return tag;
      let part = resolvePart(m[1], target);
      let moved = false;
      EXCELJS_PARTS.forEach(([type, place, partName], k) => {
        if (!type.test(attr(tag, "Type") ?? "") || place.test(part)) return;
        let to = fixes.moves.get(part);
        if (to === undefined) fixes.moves.set(part, (to = partName(next[k]++)));
        part = to;
        moved = true;
      });
      if (!moved && !target.startsWith("/")) return tag;
      changed = true;
      return tag.replace(/Target="[^"]*"/, `Target="${relativePath(m[1], part)}"`);
    });
    if (changed) fixes.rels.set(name, fixed);
  }
  // ISO date cells: read by the sheet's text once more here, only for the copy ExcelJS loads.
  const date1904 = workbookUses1904(buf);
  for (const name of entries.keys()) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    let xml: string | undefined;
    try {
      xml = unzipText(buf, entries, name);
    } catch {
      continue;
    }
    const fixed = xml ? withSerialDateCells(xml, date1904) : null;
    if (fixed) fixes.sheets.set(name, fixed);
  }
  return fixes;
}

/**
 * The types of the workbook part's relationships (the part the package's root relationships name as its office
 * document); empty when the zip cannot be read here.
 */
export function workbookRelationshipTypes(buf: Buffer): string[] {
  return workbookRelationships(buf).map((r) => r.type);
}

/**
 * The workbook part's relationships (type, and target as a zip path); empty when the zip cannot be read here.
 */
export function workbookRelationships(buf: Buffer): { type: string; target: string }[] {
  try {
    const entries = zipEntries(buf);
    return [...partRelationships(buf, entries, workbookPartOf(buf, entries)).values()];
  } catch {
    return [];
  }
}

/** One part's text (undefined when the package has no such part; throws when it cannot be read here). */
export function partText(buf: Buffer, part: string): string | undefined {
  return unzipText(buf, zipEntries(buf), part);
}

/** A worksheet of a package: its zip path, its XML (read when asked) and its comments part, if any. */
export interface WorksheetPart {
  part: string;
  /** Whether it has a drawing (charts, pictures). */
  drawing: boolean;
  /** Whether it has threaded comments (Excel 365's conversations). */
  threads: boolean;
  /** Its Excel tables' parts. */
  tables?: { part: string; xml: string }[];
  xml: () => string | undefined;
  comments?: { part: string; xml: string };
}

/** Each worksheet of a package by sheet name (empty when the zip cannot be read here). */
export function worksheetParts(buf: Buffer): Map<string, WorksheetPart> {
  const out = new Map<string, WorksheetPart>();
  try {
    const entries = zipEntries(buf);
    const workbook = workbookPartOf(buf, entries);
    const workbookXml = unzipText(buf, entries, workbook);
    if (!workbookXml) return out;
    const rels = partRelationships(buf, entries, workbook);
    for (const [tag] of startTags(workbookXml, "sheet")) {
      const sheet = rels.get(attr(tag, "r:id") ?? "");
      if (!sheet || !/\/worksheet$/.test(sheet.type)) continue;
      const part = sheet.target;
      const entry: WorksheetPart = {
        part,
        drawing: false,
        threads: false,
        xml: () => unzipText(buf, entries, part),
      };
      for (const rel of partRelationships(buf, entries, part).values()) {
        if (/\/drawing$/.test(rel.type)) entry.drawing = true;
        if (/\/threadedComment$/.test(rel.type)) entry.threads = true;
        if (/\/table$/.test(rel.type)) {
          const xml = unzipText(buf, entries, rel.target);
          if (xml) (entry.tables ??= []).push({ part: rel.target, xml });
        }
        if (!/\/comments$/.test(rel.type)) continue;
        const comments = unzipText(buf, entries, rel.target);
        if (comments) entry.comments = { part: rel.target, xml: comments };
      }
      out.set(attr(tag, "name") ?? "", entry);
    }
  } catch {
    out.clear();
  }
  return out;
}

export function snapshotFromXlsxBuffer(buf: Buffer, name?: string): WorkbookSnapshot {
  const entries = zipEntries(buf);
  const workbook = workbookPartOf(buf, entries);
  const workbookXml = unzipText(buf, entries, workbook);
  if (!workbookXml) throw new FastReadUnsupported(`no workbook part (${workbook})`);
  const date1904 = date1904Of(workbookXml);
  const rels = partRelationships(buf, entries, workbook);
  const ctx: ReadContext = {
    strings: sharedStrings(unzipText(buf, entries, relatedPart(rels, "sharedStrings", "xl/sharedStrings.xml"))),
    ...styleKinds(unzipText(buf, entries, relatedPart(rels, "styles", "xl/styles.xml"))),
    date1904,
    fullCalcOnLoad: fullCalcOnLoadOf(workbookXml),
  };

  type TableRect = {
    name: string;
    rect: NonNullable<ReturnType<typeof parseRange>>;
    totalsRow: boolean;
    headerRow: boolean;
    columns: string[];
  };
  const read: { name: string; id: number; cells: SheetCells; tableRects: TableRect[] }[] = [];
  let meta: MetaRecord = { entries: [] };
  for (const [tag] of startTags(workbookXml, "sheet")) {
    const sheetName = attr(tag, "name") ?? "";
    const rel = rels.get(attr(tag, "r:id") ?? "");
    if (!rel) throw new FastReadUnsupported(`sheet ${sheetName} has no part`);
    if (!/\/worksheet$/.test(rel.type)) continue; // chart sheets and dialog sheets are not worksheets
    const xml = unzipText(buf, entries, rel.target);
    if (xml === undefined) throw new FastReadUnsupported(`missing ${rel.target}`);
    const cells = readCells(xml, ctx);
    if (META_SHEET_PATTERN.test(sheetName)) {
      const a1 = cells.rows.find((r) => r.r === 1)?.cells.find((c) => c.c === 1)?.v;
      if (registryText(a1) === META_TITLE) {
        meta = readMetaCells(cells, xml);
        continue;
      }
    }
    const sheetRels = partRelationships(buf, entries, rel.target);
    const tableRects: TableRect[] = [];
    for (const [tagT] of startTags(xml, "tablePart")) {
      const part = sheetRels.get(attr(tagT, "r:id") ?? "");
      const tableXml = part && unzipText(buf, entries, part.target);
      if (!tableXml) continue;
      const head = [...startTags(tableXml, "table")][0]?.[0] ?? "";
      const ref = attr(head, "ref");
      const tableName = attr(head, "displayName") ?? attr(head, "name");
      const rect = ref ? parseRange(ref) : null;
      if (!rect || !tableName) continue;
      // totalsRowCount="1": the table shows its totals row (totalsRowShown is only whether it ever did).
      tableRects.push({
        name: tableName,
        rect,
        totalsRow: Number(attr(head, "totalsRowCount") ?? 0) > 0,
        headerRow: attr(head, "headerRowCount") !== "0",
        columns: [...startTags(tableXml, "tableColumn")].map(([column]) => attr(column, "name") ?? ""),
      });
    }
    read.push({ name: sheetName, id: Number(attr(tag, "sheetId")) || 0, cells, tableRects });
  }
  // Formulas may refer to any sheet, later rows included: computed once all are read, before the grids are cut.
  if (read.some((s) => s.cells.formulas)) {
    const tables = read.flatMap((s) =>
      s.tableRects.map(({ name: tableName, rect, totalsRow, headerRow, columns }) => ({
        name: tableName,
        sheet: s.name,
        ...rect,
        columns,
        headerRow,
        totalsRow,
      })),
    );
    computeFormulas(read, ctx, tables);
  }
  const sheets: SheetSnapshot[] = read.map((s) => {
    const farCells: string[] = [];
    const used = gridFromRows(s.cells.rows, farCells);
    const tables: TableSnapshot[] = s.tableRects.map(({ name: tableName, rect, totalsRow }) => ({
      name: tableName,
      row: rect.row,
      col: rect.col,
      values: sliceGrid(used, rect.row, rect.col, rect.rows, rect.cols),
      ...(totalsRow ? { totalsRow: true } : {}),
    }));
    const sheet: SheetSnapshot = { name: s.name, used, tables };
    if (farCells.length) sheet.farCells = farCells;
    if (s.cells.merges.length) sheet.merges = [...s.cells.merges].sort();
    if (s.cells.hints) sheet.formatHints = s.cells.hints;
    return sheet;
  });
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const generated = generatedSheetNames(meta.entries, read, (sheet) => {
    const snap = byName.get(sheet);
    return !!snap && generatedLayoutOf(snap) !== null;
  });
  for (const sheet of sheets) if (generated.has(sheet.name)) sheet.generated = true;
  const snapshot: WorkbookSnapshot = { sheets };
  if (name) snapshot.name = name;
  if (date1904) snapshot.date1904 = true;
  if (meta.settings) snapshot.settings = meta.settings;
  withAddinMarks(snapshot, addinSettingsOf(webExtensionProperties(buf, entries)));
  return snapshot;
}

/** The add-in's marks a file carries (see src/core/addin-settings.ts); none when the zip cannot be read here. */
export function addinSettingsOfFile(buf: Buffer): ReturnType<typeof addinSettingsOf> {
  try {
    return addinSettingsOf(webExtensionProperties(buf, zipEntries(buf)));
  } catch {
    return { generated: [] };
  }
}

/** The name/value pairs of the workbook's web extension settings (an add-in's workbook.settings). */
function webExtensionProperties(buf: Buffer, entries: Map<string, ZipDirectoryEntry>): [string, string][] {
  const out: [string, string][] = [];
  for (const part of entries.keys()) {
    if (!/^xl\/webextensions\/webextension\d*\.xml$/i.test(part)) continue;
    const xml = unzipText(buf, entries, part) ?? "";
    for (const [tag] of xml.matchAll(/<(?:[\w.-]+:)?property\b[^>]*>/g)) {
      const key = attr(tag, "name");
      const value = attr(tag, "value");
      if (key !== undefined && value !== undefined) out.push([key, value]);
    }
  }
  return out;
}
