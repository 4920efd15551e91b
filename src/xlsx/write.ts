/**
 * Applies a WritePlan to an ExcelJS workbook, and removes what an earlier run added.
 *
 * What the add-in adds, and how it is found again:
 * - generated sheets: listed in the `_pc_meta` registry sheet (see meta.ts);
 * - highlights: conditional formats of type expression whose formula is `ISTEXT("ProductionCoordinator:<severity>")`.
 *   The formula is always true, so the format shows; it lives outside the cells, so the user's own fills, values
 *   and number formats are never touched, and deleting it restores the sheet exactly.
 */
import type ExcelJS from "exceljs";
import type { GeneratedSheet, Highlight, PlanValue, WritePlan } from "../core/plan";
import { cellAddress, colOfKey, parseCell, parseRange, quoteSheet, rowOfKey } from "../core/a1";
import { SheetNameAllocator } from "../core/sheetnames";
import { highlightFormulaText, isHighlightFormulaText, legalTableName, tablesToWrite } from "../core/plan-helpers";
import { generatedIn, isMetaSheet, readMeta, writeMeta } from "./meta";
import { fileSerialOf } from "./date-serials";
import { withColumnBreaks } from "./column-breaks";
import { BASE_FONT, cellLooks, tableColumnNames, toArgb, type CellLook } from "./cell-looks";

export { toArgb };

// Re-exported: callers and tests of the ExcelJS executor import them from here.
export { legalTableName, tablesToWrite };

/** The formula of a highlight rule (ExcelJS stores it without "="): it names the marker so Clear finds these. */
export const highlightFormula = highlightFormulaText;

function isHighlightRule(rule: ExcelJS.ConditionalFormattingRule): boolean {
  const formulae = (rule as { formulae?: unknown[] }).formulae;
  return rule.type === "expression" && Array.isArray(formulae) && formulae.some(isHighlightFormulaText);
}

/** Removes highlights and generated sheets of earlier runs; saved settings stay. */
export function clearAdded(wb: ExcelJS.Workbook): void {
  const meta = readMeta(wb);
  const generated = generatedIn(wb, meta);
  for (const ws of wb.worksheets) {
    if (isMetaSheet(ws)) continue;
    if (generated.has(ws.name)) {
      wb.removeWorksheet(ws.id);
      continue;
    }
    removeHighlights(ws);
  }
  writeMeta(wb, new Map(), meta.settings);
}

/** ExcelJS keeps a sheet's conditional formats in a public field its typings leave out. */
type WithConditionalFormats = { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] };

function removeHighlights(ws: ExcelJS.Worksheet): void {
  const sheet = ws as unknown as WithConditionalFormats;
  const kept: ExcelJS.ConditionalFormattingOptions[] = [];
  let changed = false;
  for (const cf of sheet.conditionalFormattings ?? []) {
    const rules = cf.rules.filter((r) => !isHighlightRule(r));
    if (rules.length !== cf.rules.length) changed = true;
    if (rules.length > 0) kept.push({ ...cf, rules });
  }
  if (!changed) return;
  // The user's rules go back to the priorities they had before ours took the top two (see makeRoomAtTop).
  for (const cf of kept) for (const rule of cf.rules) if (rule.priority > OURS) rule.priority -= OURS;
  sheet.conditionalFormattings = kept;
}

/** The priorities the highlights take on a sheet: errors 1, warnings 2 (1 is evaluated first). */
const OURS = 2;

/**
 * The user's own conditional formats on a sheet move down two places (their order kept), so the highlights go above
 * them: a user rule filling night strips dark would otherwise hide them, or share their priority.
 */
function makeRoomAtTop(ws: ExcelJS.Worksheet): void {
  for (const cf of (ws as unknown as WithConditionalFormats).conditionalFormattings ?? [])
    for (const rule of cf.rules) if (typeof rule.priority === "number") rule.priority += OURS;
}

/**
 * A table read without a style (LibreOffice writes no tableStyleInfo) has a null style that ExcelJS cannot
 * write back: give it an empty one, which writes the same "no style".
 */
function keepUnstyledTablesWritable(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    for (const t of ws.getTables()) {
      const model = (t as unknown as { table?: { style?: object | null } }).table;
      if (model && model.style == null) model.style = {};
    }
  }
}

/** Milliseconds from the Unix epoch back to day 0 of the 1900 (1899-12-30) and 1904 (1904-01-01) date systems. */
const DAY_ZERO_MS_1900 = 25569 * 86400000;
const DAY_ZERO_MS_1904 = (25569 - 1462) * 86400000;

/**
 * ExcelJS reads a number shown as a date or time as a Date, to the millisecond, and writes it back as 25569 +
 * ms / 86400000: a sum with a big negative number that moves the last digits (11:00 came back as
 * 0.4583333333321207, which LibreOffice shows as 10:59 and a formula `=C5=TIME(11,0,0)` finds FALSE). Each goes back
 * as the number the file had (date-serials.ts), or, for a Date set in memory, as whole milliseconds over one exact
 * division.
 */
export function keepDateSerials(wb: ExcelJS.Workbook): void {
  const dayZero = wb.properties.date1904 ? DAY_ZERO_MS_1904 : DAY_ZERO_MS_1900;
  const serial = (d: Date) => fileSerialOf(d) ?? (d.getTime() + dayZero) / 86400000;
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        // A Date read from a file always has its date format; one set in memory without a format is left to
        // ExcelJS, which gives it its default date format as it writes.
        if (!cell.numFmt) return;
        const v = cell.value;
        if (v instanceof Date) cell.value = serial(v);
        else if (v && typeof v === "object" && "result" in v && v.result instanceof Date)
          cell.value = { ...v, result: serial(v.result) } as ExcelJS.CellValue;
      }),
    );
  }
}

/** ExcelJS's default column width: a column of exactly this width and nothing else it leaves out of the file. */
const EXCELJS_DEFAULT_WIDTH = 9;

/**
 * A column the user set to exactly 9 wide (ExcelJS's own default) would lose its width in the copy and fall back to
 * the sheet's default (8.43, or whatever the sheet sets): ExcelJS counts it as a default column and writes no
 * `<col>` for it. Every width read from the file was the user's, so each such column is marked as set.
 */
function keepWidthsOfNine(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    for (const column of ws.columns ?? []) {
      if (column.width !== EXCELJS_DEFAULT_WIDTH) continue;
      Object.defineProperty(column, "isCustomWidth", { value: true });
      Object.defineProperty(column, "isDefault", { value: false });
    }
  }
}

/** Writes the plan: clears the previous run, then adds highlights and generated sheets (after the user's sheets). */
/** What a plan asks of a workbook that ExcelJS cannot write: column page breaks, by the sheet's written name. */
const columnBreaksOf = new WeakMap<ExcelJS.Workbook, Map<string, number[]>>();

/** The workbook as .xlsx bytes, with what applyPlan asked and ExcelJS cannot write put in (column page breaks). */
export async function xlsxBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  // A workbook saved without a theme (LibreOffice writes none) loads with no themes, and ExcelJS then writes the
  // theme's relationship and content type but no theme part, which Excel reports as a problem; with none loaded it
  // writes its default theme (exceljs#425).
  const loaded = wb as unknown as { _themes?: Record<string, string> };
  if (loaded._themes && Object.keys(loaded._themes).length === 0) loaded._themes = undefined;
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const breaks = columnBreaksOf.get(wb);
  return breaks && breaks.size > 0 ? withColumnBreaks(bytes, breaks) : bytes;
}

export function applyPlan(wb: ExcelJS.Workbook, plan: WritePlan): void {
  keepUnstyledTablesWritable(wb);
  clearAdded(wb);
  // On the user's sheets only: the previous run's generated sheets are gone by now.
  keepDateSerials(wb);
  keepWidthsOfNine(wb);
  const settings = readMeta(wb).settings;

  const highlighted = new Set(plan.highlights.map((h) => wb.getWorksheet(h.sheet)).filter((ws) => ws !== undefined));
  for (const ws of highlighted) makeRoomAtTop(ws);
  for (const h of plan.highlights) addHighlight(wb, h);

  const tableNames = new Set<string>();
  for (const ws of wb.worksheets) for (const t of ws.getTables()) tableNames.add(tableNameOf(t).toLowerCase());

  // The registry sheet goes last so generated sheets follow the user's sheets in order.
  writeMeta(wb, new Map(), undefined);
  const { generated, columnBreaks } = writeGeneratedSheets(
    wb,
    plan,
    wb.worksheets.map((ws) => ws.name),
    tableNames,
  );
  columnBreaksOf.set(wb, columnBreaks);
  writeMeta(wb, generated, settings);
}

/**
 * Adds the plan's generated sheets to `wb`, named around `takenNames` (a user sheet keeps its name; a generated one
 * takes a suffix, contract §8) and with table names none of `tableNames` (lower case) has. Returns each generated
 * sheet's name with its plan key, and the column page breaks ExcelJS cannot write (see xlsxBytes).
 */
export function writeGeneratedSheets(
  wb: ExcelJS.Workbook,
  plan: WritePlan,
  takenNames: string[],
  tableNames: Set<string>,
): { generated: Map<string, string>; columnBreaks: Map<string, number[]> } {
  const names = new SheetNameAllocator(takenNames);
  const actual = new Map<string, string>();
  for (const s of plan.sheets) actual.set(s.name, names.allocate(s.name));
  const generated = new Map<string, string>();
  const columnBreaks = new Map<string, number[]>();
  for (const s of plan.sheets) {
    const name = actual.get(s.name) ?? s.name;
    writeGeneratedSheet(wb, s, name, actual, tableNames);
    generated.set(name, s.key);
    if (s.print?.columnBreaks?.length) columnBreaks.set(name, s.print.columnBreaks);
  }
  return { generated, columnBreaks };
}

function tableNameOf(t: unknown): string {
  const o = t as { name?: string; table?: { name?: string; displayName?: string } };
  return o.table?.displayName ?? o.table?.name ?? o.name ?? "";
}

function addHighlight(wb: ExcelJS.Workbook, h: Highlight): void {
  const ws = wb.getWorksheet(h.sheet);
  const argb = toArgb(h.color);
  if (!ws || !argb || h.ranges.length === 0) return;
  const ranges = h.ranges.filter((r) => parseRange(r.replace(/\$/g, "")) !== null);
  if (ranges.length === 0) return;
  ws.addConditionalFormatting({
    ref: ranges.join(" "),
    rules: [
      {
        type: "expression",
        // Errors above warnings when both apply to one cell.
        priority: h.severity === "error" ? 1 : 2,
        formulae: [highlightFormula(h.severity)],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb } } },
      },
    ],
  });
}

/** Every cell of an A1 range, row by row. */
function* cellsOf(range: string): Generator<{ row: number; col: number }> {
  const r = parseRange(range);
  if (!r) return;
  for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) yield { row: r.row + i, col: r.col + j };
}

function writeValue(cell: ExcelJS.Cell, v: PlanValue): void {
  if (v === null || v === undefined) return;
  if (typeof v === "number" && !Number.isFinite(v)) {
    cell.value = String(v);
    return;
  }
  // A JS string is stored as text by ExcelJS (shared string), never parsed as a formula, whatever it starts with.
  cell.value = v;
}

/** Sets a look (cell-looks.ts) on a cell that has none yet. */
function applyLook(cell: ExcelJS.Cell, look: CellLook): void {
  // A font without a name is written without one, and LibreOffice then prints it in its default serif; Office.js
  // keeps the workbook's font when it sets bold or size.
  if (look.font) {
    const { bold, italic, size, color } = look.font;
    const font: Partial<ExcelJS.Font> = { name: BASE_FONT.name, family: BASE_FONT.family, size };
    if (bold !== undefined) font.bold = bold;
    if (italic !== undefined) font.italic = italic;
    if (color) font.color = { argb: color };
    cell.font = font;
  }
  if (look.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: look.fill } };
  if (look.alignment) cell.alignment = { ...look.alignment };
  if (look.border) {
    const border: Partial<ExcelJS.Borders> = {};
    for (const side of ["top", "left", "bottom", "right"] as const) {
      const style = look.border[side];
      if (style) border[side] = { style };
    }
    cell.border = border;
  }
  if (look.numFmt) cell.numFmt = look.numFmt;
}

function writeGeneratedSheet(
  wb: ExcelJS.Workbook,
  s: GeneratedSheet,
  name: string,
  sheetNames: Map<string, string>,
  tableNames: Set<string>,
): void {
  const ws = wb.addWorksheet(name);
  for (const block of s.blocks) {
    const at = parseCell(block.at);
    if (!at) continue;
    block.values.forEach((line, i) => {
      line.forEach((v, j) => writeValue(ws.getCell(at.row + i, at.col + j), v));
    });
  }
  for (const [key, look] of cellLooks(s)) applyLook(ws.getCell(rowOfKey(key), colOfKey(key)), look);
  for (const m of s.merges) {
    if (!parseRange(m)) continue;
    try {
      ws.mergeCells(m);
    } catch {
      // Overlapping merges in a plan are a plan bug; the sheet is still written without that merge.
    }
  }
  s.columnWidths.forEach((w, i) => {
    if (Number.isFinite(w) && w > 0) ws.getColumn(i + 1).width = w;
  });
  for (const [row, h] of Object.entries(s.rowHeights ?? {})) {
    if (Number.isFinite(h) && h > 0) ws.getRow(Number(row)).height = h;
  }
  for (const link of s.hyperlinks) {
    const at = parseCell(link.cell);
    const target = parseRange(link.range);
    if (!at || !target) continue;
    const sheet = link.generated ? (sheetNames.get(link.sheet) ?? link.sheet) : link.sheet;
    // ExcelJS writes an internal link (the `location` attribute) only for a "Sheet!A1" target without '#'.
    const hyperlink = `${quoteSheet(sheet)}!${cellAddress(target.row, target.col)}`;
    ws.getCell(at.row, at.col).value = { text: link.text, hyperlink };
  }
  for (const t of tablesToWrite(s)) addTable(ws, t, tableNames);
  if (s.freeze && (s.freeze.rows > 0 || s.freeze.columns > 0)) {
    ws.views = [{ state: "frozen", xSplit: s.freeze.columns, ySplit: s.freeze.rows }];
  }
  if (s.print) {
    ws.pageSetup = {
      ...ws.pageSetup,
      orientation: s.print.orientation,
      fitToPage: s.print.fitToWidth,
      fitToWidth: s.print.fitToWidth ? 1 : undefined,
      fitToHeight: s.print.fitToWidth ? 0 : undefined,
      // ExcelJS puts a `$` before each corner (`$A3:$AG40`), so the rows stay relative unless given theirs: LibreOffice
      // then prints from row 1 of a print area starting at row 3. Absolute, as Excel writes it.
      printArea: s.print.printArea.replace(/([A-Z]+)(\d+)/g, "$1$$$2"),
      ...(s.print.titleRows ? { printTitlesRow: s.print.titleRows } : {}),
      ...(s.print.titleColumns ? { printTitlesColumn: s.print.titleColumns } : {}),
    };
    // The file's footer holds its sections' codes: the centre's text after `&C`.
    if (s.print.footer) ws.headerFooter = { ...ws.headerFooter, oddFooter: `&C${s.print.footer}` };
    if (s.print.header) ws.headerFooter = { ...ws.headerFooter, oddHeader: `&L${s.print.header}` };
    // ExcelJS breaks below a row: a break above row r is the break below r - 1. Across every column, written as
    // Excel writes it (max 16383: ExcelJS's default, 16838, is past the last column).
    for (const row of s.print.pageBreaks ?? [])
      if (Number.isInteger(row) && row > 1) ws.getRow(row - 1).addPageBreak(1, 16384);
  }
  const tab = toArgb(s.tabColor);
  if (tab) ws.properties.tabColor = { argb: tab };
}

function addTable(ws: ExcelJS.Worksheet, table: { range: string; name: string }, tableNames: Set<string>): void {
  const r = parseRange(table.range);
  if (!r || r.rows < 1) return;
  const header = tableColumnNames(
    Array.from({ length: r.cols }, (_, j) => {
      const v = ws.getCell(r.row, r.col + j).value;
      return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null;
    }),
  );
  const rows: ExcelJS.CellValue[][] = [];
  for (let i = 1; i < r.rows; i++) {
    const line: ExcelJS.CellValue[] = [];
    for (let j = 0; j < r.cols; j++) line.push(ws.getCell(r.row + i, r.col + j).value);
    rows.push(line);
  }
  // Excel needs at least one data row under the header.
  if (rows.length === 0) rows.push(new Array<ExcelJS.CellValue>(r.cols).fill(null));
  // ExcelJS rewrites the cells from columns/rows: keep the styles already applied to them.
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  for (const { row, col } of cellsOf(table.range)) styles.set(`${row},${col}`, { ...ws.getCell(row, col).style });
  ws.addTable({
    name: legalTableName(table.name, tableNames),
    ref: cellAddress(r.row, r.col),
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: header.map((name) => ({ name, filterButton: true })),
    rows,
  });
  for (const { row, col } of cellsOf(table.range)) {
    const st = styles.get(`${row},${col}`);
    if (st) ws.getCell(row, col).style = st;
  }
}
