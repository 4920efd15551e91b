/**
 * The generated sheets of a plan as the parts of a package: worksheet XML, table parts, a style part holding their
 * looks, and their print names. The spliced copy (splice.ts) puts these into the user's package as they are; writing
 * them through ExcelJS and reading its file back took most of a large copy's time (1,500 call sheets: minutes).
 *
 * The sheets mean what the ExcelJS executor (write.ts) makes of the same plan, which stays for the copies the splice
 * cannot make; test/unit/xlsx/generated-xml.test.ts reads both back and compares them. Where the two differ on purpose:
 * text goes as inline strings, escaped the way OOXML escapes characters XML cannot hold (`_x0001_`, a carriage return
 * `_x000D_`) where ExcelJS drops them; links point inside the workbook with no relationship; a table's totals row is
 * not claimed; a page break given twice is written once.
 */
import type { GeneratedSheet, PlanValue, WritePlan } from "../core/plan";
import { META_TITLE } from "../core/plan";
import type { RegistryEntry } from "../core/registry";
import { LINK_COLUMN } from "../core/registry";
import type { WorkbookSettings } from "../core/snapshot";
import {
  cellAddress,
  cellKey,
  colOfKey,
  columnLetters,
  parseCell,
  parseRange,
  quoteSheet,
  quotedSheet,
  rectsOverlap,
  rowOfKey,
  type Rect,
} from "../core/a1";
import { SheetNameAllocator } from "../core/sheetnames";
import { legalTableName, tablesToWrite } from "../core/plan-helpers";
import { cellLooks, tableColumnNames, toArgb, type CellLook } from "./cell-looks";
import { colBreaksXml } from "./column-breaks";
import { linkFormula, metaSheetName, registryRows } from "./meta";
import { MAIN_NS, escapeAttr, escapeText } from "./opc";
import { RELATIONSHIPS_NS } from "./package-parts";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** One generated sheet's parts. `xml` refers to its tables as rId1, rId2… in the order of `tables`. */
export interface SheetParts {
  name: string;
  xml: string;
  /** Table parts, each with id="0" for the package to number. */
  tables: string[];
  state?: "veryHidden";
}

type Range = Rect;

/** A sheet laid out, waiting for its style numbers: cells by cellKey, merges, links and tables as written. */
interface LaidOut {
  name: string;
  source: GeneratedSheet;
  values: Map<number, PlanValue>;
  /** Each styled cell's local cell format (an index into `StyleRecords.xfs`). */
  xfs: Map<number, number>;
  merges: Range[];
  links: { key: number; location: string }[];
  tables: { name: string; range: Range; columns: string[] }[];
}

/**
 * The plan's generated sheets laid out for a package whose sheets are `takenNames` (a taken name gets a suffix, as
 * contract §8 says) and whose tables and defined names are `tableNames` (lower case; the generated tables' names
 * are added). `styles` is the style part of their looks; `sheets(xf)` renders the worksheets once the package has
 * said where each of those cell formats went in its own style part.
 */
export function layOutGeneratedSheets(
  plan: WritePlan,
  takenNames: string[],
  tableNames: Set<string>,
): {
  /** Each sheet's name as written, with its plan key, in plan order. */
  generated: Map<string, string>;
  styles: string;
  /** The print names, `localSheetId` counted among these sheets. */
  definedNames: string[];
  sheets: (xf: (local: number) => number) => SheetParts[];
} {
  const names = new SheetNameAllocator(takenNames);
  const actual = new Map<string, string>();
  for (const s of plan.sheets) actual.set(s.name, names.allocate(s.name));
  const records = new StyleRecords();
  const laidOut = plan.sheets.map((s) => layOut(s, actual.get(s.name) ?? s.name, actual, tableNames, records));
  const definedNames = laidOut.flatMap((s, i) => printNames(s, i));
  return {
    generated: new Map(laidOut.map((s) => [s.name, s.source.key])),
    styles: records.xml(),
    definedNames,
    sheets: (xf) => laidOut.map((s) => ({ name: s.name, xml: sheetXml(s, xf), tables: s.tables.map(tableXml) })),
  };
}

function layOut(
  s: GeneratedSheet,
  name: string,
  sheetNames: Map<string, string>,
  tableNames: Set<string>,
  records: StyleRecords,
): LaidOut {
  const values = new Map<number, PlanValue>();
  for (const block of s.blocks) {
    const at = parseCell(block.at);
    if (!at) continue;
    block.values.forEach((line, i) =>
      line.forEach((v, j) => {
        if (v === null || v === undefined) return;
        values.set(cellKey(at.row + i, at.col + j), typeof v === "number" && !Number.isFinite(v) ? String(v) : v);
      }),
    );
  }
  const looks = cellLooks(s);
  // A merged area is its top-left cell: the others lose their values and take its look.
  const merges: Range[] = [];
  for (const m of s.merges) {
    const r = parseRange(m);
    // Overlapping merges in a plan are a plan bug; the sheet is still written without the later one.
    if (!r || merges.some((o) => rectsOverlap(o, r))) continue;
    merges.push(r);
    const master = looks.get(cellKey(r.row, r.col));
    for (let i = 0; i < r.rows; i++)
      for (let j = 0; j < r.cols; j++) {
        if (i === 0 && j === 0) continue;
        const key = cellKey(r.row + i, r.col + j);
        values.delete(key);
        if (master) looks.set(key, master);
        else looks.delete(key);
      }
  }
  let links: LaidOut["links"] = [];
  const linked = new Set<number>();
  for (const link of s.hyperlinks) {
    const at = parseCell(link.cell);
    const target = parseRange(link.range);
    if (!at || !target) continue;
    const sheet = link.generated ? (sheetNames.get(link.sheet) ?? link.sheet) : link.sheet;
    const key = cellKey(at.row, at.col);
    values.set(key, link.text);
    linked.add(key);
    links.push({ key, location: `${quoteSheet(sheet)}!${cellAddress(target.row, target.col)}` });
  }
  const tables: LaidOut["tables"] = [];
  for (const t of tablesToWrite(s)) {
    const range = parseRange(t.range) as Range;
    if (range.rows < 1) continue;
    // A link in a header cell is no name: the column gets one, as an empty header cell does.
    const columns = tableColumnNames(
      Array.from({ length: range.cols }, (_, j) => {
        const key = cellKey(range.row, range.col + j);
        return linked.has(key) ? null : values.get(key);
      }),
    );
    // The header cells hold the names; a link there goes (it would link a name the plan did not write).
    columns.forEach((c, j) => values.set(cellKey(range.row, range.col + j), c));
    for (let j = 0; j < range.cols; j++) linked.delete(cellKey(range.row, range.col + j));
    // Excel needs a data row under the header.
    tables.push({
      name: legalTableName(t.name, tableNames),
      range: { ...range, rows: Math.max(range.rows, 2) },
      columns,
    });
  }
  if (linked.size < links.length) links = links.filter((l) => linked.has(l.key));
  const xfs = new Map<number, number>();
  const ids = new Map<CellLook, number>();
  for (const [key, look] of looks) {
    let id = ids.get(look);
    if (id === undefined) ids.set(look, (id = records.xf(look)));
    xfs.set(key, id);
  }
  return { name, source: s, values, xfs, merges, links, tables };
}

/** "A1:J40" -> "$A$1:$J$40", as Excel writes print areas (LibreOffice prints a relative one from row 1). */
function absolute(range: string): string {
  return range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

function printNames(s: LaidOut, index: number): string[] {
  const print = s.source.print;
  if (!print) return [];
  const names: string[] = [];
  const sheet = quotedSheet(s.name);
  if (parseRange(print.printArea))
    names.push(definedName("_xlnm.Print_Area", index, `${sheet}!${absolute(print.printArea)}`));
  const titles: string[] = [];
  const columns = /^([A-Z]+):([A-Z]+)$/.exec(print.titleColumns ?? "");
  if (columns) titles.push(`${sheet}!$${columns[1]}:$${columns[2]}`);
  const rows = /^(\d+):(\d+)$/.exec(print.titleRows ?? "");
  if (rows) titles.push(`${sheet}!$${rows[1]}:$${rows[2]}`);
  if (titles.length > 0) names.push(definedName("_xlnm.Print_Titles", index, titles.join(",")));
  return names;
}

function definedName(name: string, localSheetId: number, value: string): string {
  return `<definedName name="${name}" localSheetId="${localSheetId}">${escapeText(value)}</definedName>`;
}

// ---- worksheet XML ----

function sheetXml(s: LaidOut, xf: (local: number) => number): string {
  const { source } = s;
  const out: string[] = [XML_HEAD, `<worksheet xmlns="${MAIN_NS}" xmlns:r="${RELATIONSHIPS_NS}">`];
  const tab = toArgb(source.tabColor);
  const fit = !!source.print?.fitToWidth;
  if (tab || fit)
    out.push(`<sheetPr>${tab ? `<tabColor rgb="${tab}"/>` : ""}${fit ? '<pageSetUpPr fitToPage="1"/>' : ""}</sheetPr>`);
  // Every cell written, by row, then column.
  const keys = [...new Set([...s.values.keys(), ...s.xfs.keys()])].sort((a, b) => a - b);
  const heights = new Map<number, number>();
  for (const [row, h] of Object.entries(source.rowHeights ?? {}))
    if (Number.isFinite(h) && h > 0 && Number(row) >= 1) heights.set(Number(row), h);
  let lastRow = 0;
  let lastCol = 0;
  for (const key of keys) {
    lastRow = Math.max(lastRow, rowOfKey(key));
    lastCol = Math.max(lastCol, colOfKey(key));
  }
  if (lastRow > 0) out.push(`<dimension ref="A1:${cellAddress(lastRow, lastCol)}"/>`);
  out.push(paneXml(source.freeze));
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  const cols: string[] = [];
  source.columnWidths.forEach((w, i) => {
    if (Number.isFinite(w) && w > 0) cols.push(`<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`);
  });
  if (cols.length > 0) out.push(`<cols>${cols.join("")}</cols>`);
  out.push("<sheetData>");
  const rows = [...new Set([...keys.map(rowOfKey), ...heights.keys()])].sort((a, b) => a - b);
  let k = 0;
  for (const row of rows) {
    const h = heights.get(row);
    const cells: string[] = [];
    for (; k < keys.length && rowOfKey(keys[k]) === row; k++) cells.push(cellXml(keys[k], s, xf));
    const head = `<row r="${row}"${h !== undefined ? ` ht="${h}" customHeight="1"` : ""}`;
    out.push(cells.length > 0 ? `${head}>${cells.join("")}</row>` : `${head}/>`);
  }
  out.push("</sheetData>");
  if (s.merges.length > 0)
    out.push(
      `<mergeCells count="${s.merges.length}">${s.merges
        .map(
          (r) =>
            `<mergeCell ref="${cellAddress(r.row, r.col)}:${cellAddress(r.row + r.rows - 1, r.col + r.cols - 1)}"/>`,
        )
        .join("")}</mergeCells>`,
    );
  if (s.links.length > 0)
    out.push(
      `<hyperlinks>${s.links
        .map(
          (l) =>
            `<hyperlink ref="${cellAddress(rowOfKey(l.key), colOfKey(l.key))}" location="${escapeAttr(l.location)}"/>`,
        )
        .join("")}</hyperlinks>`,
    );
  out.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  const print = source.print;
  if (print) {
    out.push(`<pageSetup orientation="${print.orientation}"${fit ? ' fitToWidth="1" fitToHeight="0"' : ""}/>`);
    // The footer's centre after `&C`, the header's left after `&L`.
    if (print.header || print.footer)
      out.push(
        `<headerFooter>${print.header ? `<oddHeader>${escapeText(xstring(`&L${print.header}`))}</oddHeader>` : ""}${
          print.footer ? `<oddFooter>${escapeText(xstring(`&C${print.footer}`))}</oddFooter>` : ""
        }</headerFooter>`,
      );
    // A break above row r is OOXML's break after row r - 1, across every column.
    const breaks = [...new Set((print.pageBreaks ?? []).filter((r) => Number.isInteger(r) && r > 1))].sort(
      (a, b) => a - b,
    );
    if (breaks.length > 0)
      out.push(
        `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks
          .map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`)
          .join("")}</rowBreaks>`,
      );
    out.push(colBreaksXml(print.columnBreaks ?? []) ?? "");
  }
  if (s.tables.length > 0)
    out.push(
      `<tableParts count="${s.tables.length}">${s.tables.map((_, i) => `<tablePart r:id="rId${i + 1}"/>`).join("")}</tableParts>`,
    );
  out.push("</worksheet>");
  return out.join("");
}

function paneXml(freeze: GeneratedSheet["freeze"]): string {
  const rows = freeze && freeze.rows > 0 ? freeze.rows : 0;
  const cols = freeze && freeze.columns > 0 ? freeze.columns : 0;
  if (rows === 0 && cols === 0) return "";
  const pane = rows > 0 && cols > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane${cols ? ` xSplit="${cols}"` : ""}${rows ? ` ySplit="${rows}"` : ""} ` +
    `topLeftCell="${cellAddress(rows + 1, cols + 1)}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}"/></sheetView></sheetViews>`
  );
}

function cellXml(key: number, s: LaidOut, xf: (local: number) => number): string {
  const local = s.xfs.get(key);
  const ref = `<c r="${columnLetters(colOfKey(key))}${rowOfKey(key)}"${local !== undefined ? ` s="${xf(local)}"` : ""}`;
  return valueXml(ref, s.values.get(key));
}

/** A cell: `head` is its start tag without the type and the end; text always as text, never a formula. */
function valueXml(head: string, v: PlanValue | undefined): string {
  if (v === null || v === undefined) return `${head}/>`;
  if (typeof v === "number") return `${head}><v>${v}</v></c>`;
  if (typeof v === "boolean") return `${head} t="b"><v>${v ? 1 : 0}</v></c>`;
  const text = xstring(v);
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `${head} t="inlineStr"><is><t${space}>${escapeText(text)}</t></is></c>`;
}

/**
 * Text as OOXML stores it (decodeXstring in opc.ts reads it back): each character XML cannot hold, and a carriage
 * return (which XML would read as a line feed), as `_xHHHH_`; the underscore of a `_xHHHH_` that is part of the text
 * as `_x005F_` (each one, where two share an underscore: `_x0041_x0042_`), so that Excel shows the text as it was.
 */
export function xstring(text: string): string {
  return text
    .replace(LITERAL_ESCAPE, "_x005F_")
    .replace(NOT_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/**
 * What is escaped as `_xHHHH_`: the characters XML 1.0 cannot hold (controls other than tab and line breaks, U+FFFE/F,
 * unpaired surrogates) and the carriage return, which an XML reader turns into a line feed.
 */
/* eslint-disable no-control-regex -- these control characters are what it looks for */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\r\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */
/**
 * The underscore of text that would read as an escape once written: `_xHHHH` and then an underscore, or a character
 * NOT_XML escapes (its escape starts with one: `_xa0DF` and U+0001 would write `_xa0DF_x0001_`).
 */
const LITERAL_ESCAPE = new RegExp(`_(?=x[0-9A-Fa-f]{4}(?:_|${NOT_XML.source}))`, "g");

// ---- tables ----

function tableXml(t: LaidOut["tables"][number]): string {
  const ref = `${cellAddress(t.range.row, t.range.col)}:${cellAddress(t.range.row + t.range.rows - 1, t.range.col + t.range.cols - 1)}`;
  // A line break in a column name is written as Excel writes it.
  const columns = t.columns.map(
    (c, i) => `<tableColumn id="${i + 1}" name="${escapeAttr(xstring(c).replace(/\n/g, "_x000a_"))}"/>`,
  );
  return (
    `${XML_HEAD}<table xmlns="${MAIN_NS}" id="0" name="${t.name}" displayName="${t.name}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${columns.length}">${columns.join("")}</tableColumns>` +
    '<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

// ---- the registry sheet ----

/**
 * The registry sheet (meta.ts's layout) as parts, or null when there is nothing to keep. `taken`: every other sheet's
 * name in the package; `exists` says whether a linked sheet is in it.
 */
export function registrySheetParts(
  entries: RegistryEntry[],
  settings: WorkbookSettings | undefined,
  taken: string[],
  exists: (sheet: string) => boolean,
): SheetParts | null {
  const rows = registryRows(entries, settings);
  if (rows.length === 0) return null;
  const lines = [`<row r="1">${valueXml('<c r="A1"', META_TITLE)}${valueXml('<c r="B1"', 1)}</row>`];
  rows.forEach((values, i) => {
    const r = i + 2;
    const cells = values.map((v, c) => (v === "" ? "" : valueXml(`<c r="${columnLetters(c + 1)}${r}"`, v)));
    const formula = i < entries.length ? linkFormula(entries[i].link, exists) : undefined;
    // The cached result is never read (the registry's readers take the formula); 0 is what an empty A1 gives.
    if (formula) cells.push(`<c r="${columnLetters(LINK_COLUMN)}${r}"><f>${escapeText(formula)}</f><v>0</v></c>`);
    lines.push(`<row r="${r}">${cells.join("")}</row>`);
  });
  return {
    name: metaSheetName(taken),
    xml: `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><sheetData>${lines.join("")}</sheetData></worksheet>`,
    tables: [],
    state: "veryHidden",
  };
}

// ---- styles ----

/** Number formats Excel knows by number; any other code gets one from 164 up. */
const BUILT_IN_FORMATS = new Map([
  ["General", 0],
  ["0", 1],
  ["0.00", 2],
  ["#,##0", 3],
  ["#,##0.00", 4],
  ["0%", 9],
  ["0.00%", 10],
  ["@", 49],
]);

/** The looks of the generated cells as a style part's lists, each distinct record once. */
class StyleRecords {
  // Index 0 of each list is what a cell without that part of a look has (ExcelJS's defaults, as write.ts gets them).
  private readonly fonts = new Records([
    '<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>',
  ]);
  private readonly fills = new Records([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  private readonly borders = new Records(["<border><left/><right/><top/><bottom/><diagonal/></border>"]);
  private readonly numFmts = new Map<string, number>();
  private readonly xfs = new Records(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);

  /** The cell format of a look: its index in cellXfs. */
  xf(look: CellLook): number {
    const { font, fill, border, alignment, numFmt } = look;
    const fontId = font
      ? this.fonts.id(
          `<font>${font.bold ? "<b/>" : ""}${font.italic ? "<i/>" : ""}${font.color ? `<color rgb="${font.color}"/>` : ""}` +
            `<family val="2"/><sz val="${font.size}"/><name val="Calibri"/></font>`,
        )
      : 0;
    const fillId = fill
      ? this.fills.id(`<fill><patternFill patternType="solid"><fgColor rgb="${fill}"/></patternFill></fill>`)
      : 0;
    const side = (name: "left" | "right" | "top" | "bottom") =>
      border?.[name] ? `<${name} style="${border[name]}"/>` : `<${name}/>`;
    const borderId = border
      ? this.borders.id(`<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`)
      : 0;
    const numFmtId = numFmt ? this.numFmt(numFmt) : 0;
    const align = alignment
      ? `<alignment${alignment.horizontal ? ` horizontal="${alignment.horizontal}"` : ""}${
          alignment.vertical ? ` vertical="${alignment.vertical === "middle" ? "center" : alignment.vertical}"` : ""
        }${alignment.wrapText ? ' wrapText="1"' : ""}/>`
      : "";
    const head =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      `${numFmt ? ' applyNumberFormat="1"' : ""}${font ? ' applyFont="1"' : ""}${fill ? ' applyFill="1"' : ""}` +
      `${border ? ' applyBorder="1"' : ""}${alignment ? ' applyAlignment="1"' : ""}`;
    return this.xfs.id(align ? `${head}>${align}</xf>` : `${head}/>`);
  }

  private numFmt(code: string): number {
    const builtIn = BUILT_IN_FORMATS.get(code);
    if (builtIn !== undefined) return builtIn;
    let id = this.numFmts.get(code);
    if (id === undefined) this.numFmts.set(code, (id = 164 + this.numFmts.size));
    return id;
  }

  xml(): string {
    const numFmts = [...this.numFmts].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`,
    );
    return (
      `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
      (numFmts.length > 0 ? `<numFmts count="${numFmts.length}">${numFmts.join("")}</numFmts>` : "") +
      this.fonts.xml("fonts") +
      this.fills.xml("fills") +
      this.borders.xml("borders") +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      this.xfs.xml("cellXfs") +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>'
    );
  }
}

/** A list of XML records, each distinct one once, by its index. */
class Records {
  private readonly index = new Map<string, number>();

  constructor(private readonly list: string[]) {
    list.forEach((r, i) => this.index.set(r, i));
  }

  id(record: string): number {
    let id = this.index.get(record);
    if (id === undefined) {
      id = this.list.push(record) - 1;
      this.index.set(record, id);
    }
    return id;
  }

  xml(section: string): string {
    return `<${section} count="${this.list.length}">${this.list.join("")}</${section}>`;
  }
}
