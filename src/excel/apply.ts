/**
 * The Office.js executor: applies a WritePlan to the open workbook, mirroring src/xlsx/write.ts.
 * Finds the previous run's output in two syncs (none when the caller read the workbook in the same
 * context), then removes it and writes everything in one batch: one sync, more only when the web's
 * 5 MB request limit would be passed.
 */
import { columnLetters, parseRange, quoteSheet, rangeAddress } from "../core/a1";
import type { CellStyle, GeneratedSheet, Highlight, WritePlan } from "../core/plan";
import { SheetNameAllocator } from "../core/sheetnames";
import { legalTableName, tablesToWrite } from "../core/plan-helpers";
import { excelApiSupported } from "./api";
import { GENERATED_REGISTRY_SETTING, SHEET_MARKER_KEY, USER_SETTINGS_SETTING, highlightFormula } from "./markers";
import { readWorkbook, type AddedState } from "./snapshot";
import { toExcelValue } from "./textsafe";

/** Flush queued work before a request passes this size (the web rejects > 5 MB; the estimate errs high). */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;
/** A generated sheet's values go as one Range.values write unless larger than this (then in row runs). */
const WRITE_BLOCK_CELLS = 500_000;
const WRITE_BLOCK_BYTES = 2 * 1024 * 1024;
/** Areas per RangeAreas (getRanges) call. */
const AREAS_PER_CALL = 200;
/** Bytes Office.js adds to each queued call (object path, ids, action type), rounded up. */
const CALL_OVERHEAD_BYTES = 120;

/** Queues work and syncs when the estimated request size would pass the budget. */
class Batch {
  private bytes = 0;
  constructor(private readonly context: Excel.RequestContext) {}
  /** Call before queuing `calls` operations carrying about `bytes` of arguments. */
  async reserve(bytes: number, calls = 1): Promise<void> {
    const size = bytes + calls * CALL_OVERHEAD_BYTES;
    if (this.bytes > 0 && this.bytes + size > REQUEST_BUDGET_BYTES) await this.flush();
    this.bytes += size;
  }
  async flush(): Promise<void> {
    await this.context.sync();
    this.bytes = 0;
  }
}

/** Queues removal of everything the add-in added (with `sheets` false, its highlights alone). */
function queueRemoval(context: Excel.RequestContext, state: AddedState, sheets = true): void {
  for (const cf of state.markedFormats) cf.delete();
  if (state.orphanSettings) context.workbook.settings.add(USER_SETTINGS_SETTING, state.orphanSettings);
  // A protected structure keeps every sheet, the generated ones too (Excel refuses to delete them).
  if (state.structureProtected || !sheets) return;
  const generated = state.sheets.filter((s) => s.generated);
  const remaining = state.sheets.length - generated.length;
  // Excel refuses to delete the last sheet: keep an empty one when only generated sheets exist.
  if (remaining === 0 && generated.length > 0) context.workbook.worksheets.add(freeName(state, "Sheet1"));
  for (const s of generated) s.ws.delete();
}

function freeName(state: AddedState, wanted: string): string {
  const taken = new Set(state.sheets.map((s) => s.name.toLowerCase()));
  let name = wanted;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${wanted} (${i})`;
  return name;
}

/** Finds what the add-in wrote before (two syncs). */
async function readAdded(context: Excel.RequestContext): Promise<AddedState> {
  return (await readWorkbook(context, { values: false })).added;
}

/**
 * Removes exactly what the add-in added: its highlights and its generated sheets (three syncs); with `sheets: false`,
 * the highlights alone (the call sheets and reports stay). What protection keeps (highlights on protected sheets,
 * every sheet of a protected structure) stays, counted in `highlightsLeft` and `sheetsLeft`.
 */
export async function clearAdded(
  context: Excel.RequestContext,
  { sheets = true }: { sheets?: boolean } = {},
): Promise<ClearResult> {
  const state = await readAdded(context);
  queueRemoval(context, state, sheets);
  const generated = sheets ? state.sheets.filter((s) => s.generated).length : 0;
  // The registry names the generated sheets: it goes with them, and stays while they must.
  if (sheets && state.registryExists && !state.structureProtected)
    context.workbook.settings.getItem(GENERATED_REGISTRY_SETTING).delete();
  await context.sync();
  return {
    sheetsRemoved: state.structureProtected ? 0 : generated,
    highlightsRemoved: state.markedFormats.length,
    highlightsLeft: state.lockedHighlights,
    sheetsLeft: state.structureProtected ? generated : 0,
  };
}

export interface ClearResult {
  sheetsRemoved: number;
  highlightsRemoved: number;
  /** The add-in's highlights left on protected sheets. */
  highlightsLeft: number;
  /** Generated sheets left because the workbook's structure is protected. */
  sheetsLeft: number;
}

export interface ApplyResult {
  /** Final names of the generated sheets, by plan key. */
  sheetNames: Record<string, string>;
  /** Protected sheets the plan would have highlighted: Excel refuses to change their conditional formats. */
  protectedSheets: string[];
  /** The plan's sheets were not written: the workbook's structure is protected (no sheet can be added). */
  sheetsSkipped: boolean;
}

/**
 * Applies a plan: removes the previous run's output, writes highlights and generated sheets.
 * `added` is what readWorkbook found in this same context; without it the workbook is read first.
 */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  added?: AddedState,
): Promise<ApplyResult> {
  const state = added ?? (await readAdded(context));
  const batch = new Batch(context);
  const api19 = excelApiSupported("1.9");
  const useCustomProps = excelApiSupported("1.12");

  if (excelApiSupported("1.6")) context.workbook.application.suspendApiCalculationUntilNextSync();
  // Old output goes in the same batch as the new: Excel runs a batch in order, so a sheet deleted
  // here can be added again by name further down.
  queueRemoval(context, state);

  const userSheets = state.sheets.filter((s) => !s.generated);
  const names = new SheetNameAllocator(userSheets.map((s) => s.name));
  const result: ApplyResult = { sheetNames: {}, protectedSheets: [], sheetsSkipped: false };
  const written: string[] = [];

  // Each highlight goes to the top of its sheet's conditional formats, above the user's own (a night-strip fill
  // would hide it): warnings first, then errors, which end on top where both apply. A protected sheet takes none
  // (Excel would refuse the whole batch); the rest is still written.
  const bySeverity = [...plan.highlights].sort((a, b) => severityRank(a) - severityRank(b));
  for (const h of bySeverity) {
    const target = userSheets.find((s) => s.name.toLowerCase() === h.sheet.toLowerCase());
    if (target?.protected) {
      if (!result.protectedSheets.includes(target.name)) result.protectedSheets.push(target.name);
    } else if (target) await queueHighlight(batch, target.ws, h, api19);
  }
  if (state.structureProtected) {
    result.sheetsSkipped = plan.sheets.length > 0;
    await batch.flush();
    return result;
  }
  // Names first, so links between generated sheets point at the final (possibly suffixed) names.
  const actual = new Map<string, string>();
  for (const sheet of plan.sheets) actual.set(sheet.key, names.allocate(sheet.name));
  const byWanted = new Map(plan.sheets.map((s) => [s.name, actual.get(s.key)!]));
  for (const sheet of plan.sheets) {
    const name = actual.get(sheet.key)!;
    result.sheetNames[sheet.key] = name;
    written.push(name);
    await batch.reserve(name.length + 100, 3);
    const ws = context.workbook.worksheets.add(name);
    if (useCustomProps) ws.customProperties.add(SHEET_MARKER_KEY, JSON.stringify({ key: sheet.key, kind: sheet.kind }));
    await queueSheet(batch, ws, sheet, state.tableNames, api19, (n) => byWanted.get(n) ?? n);
  }
  if (written.length > 0) context.workbook.settings.add(GENERATED_REGISTRY_SETTING, written);
  else if (state.registryExists) context.workbook.settings.getItem(GENERATED_REGISTRY_SETTING).delete();
  await batch.flush();
  return result;
}

/** Warnings before errors: the later a highlight is queued, the higher it ends. */
function severityRank(h: Highlight): number {
  return h.severity === "error" ? 1 : 0;
}

async function queueHighlight(batch: Batch, ws: Excel.Worksheet, h: Highlight, api19: boolean): Promise<void> {
  const groups = api19 ? chunk(h.ranges, AREAS_PER_CALL).map((c) => c.join(",")) : h.ranges;
  for (const address of groups) {
    await batch.reserve(address.length + 70, 5);
    const target = api19 ? ws.getRanges(address) : ws.getRange(address);
    const cf = target.conditionalFormats.add("Custom");
    cf.priority = 0;
    cf.custom.rule.formula = highlightFormula(h.severity);
    cf.custom.format.fill.color = h.color;
  }
}

/** A block's rows as Office.js values, padded to `cols`, in runs small enough for one Range.values write each. */
function valueRuns(rows: GeneratedSheet["blocks"][number]["values"], cols: number) {
  const runs: { start: number; rows: (string | number | boolean)[][]; bytes: number }[] = [];
  let run = { start: 0, rows: [] as (string | number | boolean)[][], bytes: 0 };
  rows.forEach((row, i) => {
    const out = row.map(toExcelValue);
    while (out.length < cols) out.push("");
    const rowBytes = JSON.stringify(out).length + 1;
    const full = run.bytes + rowBytes > WRITE_BLOCK_BYTES || (run.rows.length + 1) * cols > WRITE_BLOCK_CELLS;
    if (run.rows.length > 0 && full) {
      runs.push(run);
      run = { start: i, rows: [], bytes: 0 };
    }
    run.rows.push(out);
    run.bytes += rowBytes;
  });
  if (run.rows.length > 0) runs.push(run);
  return runs;
}

async function queueSheet(
  batch: Batch,
  ws: Excel.Worksheet,
  sheet: GeneratedSheet,
  tableNames: Set<string>,
  api19: boolean,
  sheetName: (wanted: string) => string,
): Promise<void> {
  // Values first, then number formats (a text format set first would keep the guarding apostrophe).
  for (const block of sheet.blocks) {
    const at = parseRange(block.at);
    if (!at || block.values.length === 0) continue;
    const cols = Math.max(...block.values.map((r) => r.length));
    if (cols === 0) continue;
    for (const run of valueRuns(block.values, cols)) {
      await batch.reserve(run.bytes, 2);
      ws.getRange(rangeAddress(at.row + run.start, at.col, run.rows.length, cols)).values = run.rows;
    }
  }
  for (const m of sheet.merges) {
    await batch.reserve(m.length, 2);
    ws.getRange(m).merge(false);
  }
  await queueStyles(batch, ws, sheet, api19);
  for (const band of bands(sheet.columnWidths.map((w, i) => [i + 1, w]))) {
    await batch.reserve(20, 3);
    const cols = `${columnLetters(band.from)}:${columnLetters(band.to)}`;
    ws.getRange(cols).format.columnWidth = charsToPoints(band.value);
  }
  await queueRowHeights(batch, ws, sheet.rowHeights ?? {}, api19);
  // `table` and then `tables`, by the same rule as the ExcelJS executor (src/xlsx/write.ts), so both paths
  // write the same tables; queued in this batch (a range on this sheet, never the whole address).
  for (const t of tablesToWrite(sheet)) {
    const name = legalTableName(t.name, tableNames);
    await batch.reserve(t.range.length + name.length, 3);
    const table = ws.tables.add(ws.getRange(t.range), true);
    table.name = name;
  }
  for (const link of sheet.hyperlinks) {
    await batch.reserve(link.text.length + link.sheet.length + link.range.length + link.cell.length + 60, 2);
    ws.getRange(link.cell).hyperlink = {
      documentReference: `${quoteSheet(link.generated ? sheetName(link.sheet) : link.sheet)}!${link.range}`,
      textToDisplay: link.text,
    };
  }
  const pageBreaks = sheet.print && api19 ? (sheet.print.pageBreaks ?? []) : [];
  const columnBreaks = sheet.print && api19 ? (sheet.print.columnBreaks ?? []) : [];
  const breaks = pageBreaks.length + columnBreaks.length;
  await batch.reserve(200 + 16 * breaks, 8 + 2 * breaks);
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)) {
    const { rows, columns } = sheet.freeze;
    if (columns === 0) ws.freezePanes.freezeRows(rows);
    else if (rows === 0) ws.freezePanes.freezeColumns(columns);
    else ws.freezePanes.freezeAt(ws.getRange(rangeAddress(1, 1, rows, columns)));
  }
  if (sheet.print && api19) {
    ws.pageLayout.orientation = sheet.print.orientation === "landscape" ? "Landscape" : "Portrait";
    if (sheet.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    ws.pageLayout.setPrintArea(sheet.print.printArea);
    if (sheet.print.titleRows) ws.pageLayout.setPrintTitleRows(absoluteSpan(sheet.print.titleRows));
    if (sheet.print.titleColumns) ws.pageLayout.setPrintTitleColumns(absoluteSpan(sheet.print.titleColumns));
    if (sheet.print.footer) ws.pageLayout.headersFooters.defaultForAllPages.centerFooter = sheet.print.footer;
    if (sheet.print.header) ws.pageLayout.headersFooters.defaultForAllPages.leftHeader = sheet.print.header;
    // A manual break above each row that starts a page (ExcelApi 1.9, like the rest of the page layout).
    for (const row of pageBreaks) if (Number.isInteger(row) && row > 1) ws.horizontalPageBreaks.add(`A${row}`);
    for (const col of columnBreaks)
      if (Number.isInteger(col) && col > 1) ws.verticalPageBreaks.add(`${columnLetters(col)}1`);
  }
  if (sheet.tabColor) ws.tabColor = sheet.tabColor;
}

/** Runs of consecutive keys with the same value: [[3, 7], [4, 7], [5, 9]] -> 3..4 = 7, 5..5 = 9. */
export function bands(entries: [number, number][]): { from: number; to: number; value: number }[] {
  const out: { from: number; to: number; value: number }[] = [];
  for (const [key, value] of [...entries].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && last.to === key - 1 && last.value === value) last.to = key;
    else out.push({ from: key, to: key, value });
  }
  return out;
}

/** Rows of the same height share one call: runs become "5:9", runs of a height a RangeAreas (ExcelApi 1.9). */
async function queueRowHeights(
  batch: Batch,
  ws: Excel.Worksheet,
  heights: Record<number, number>,
  api19: boolean,
): Promise<void> {
  const byHeight = new Map<number, string[]>();
  for (const band of bands(Object.entries(heights).map(([row, h]) => [Number(row), h]))) {
    const list = byHeight.get(band.value) ?? [];
    list.push(`${band.from}:${band.to}`);
    byHeight.set(band.value, list);
  }
  for (const [height, rows] of byHeight) {
    const groups = api19 ? chunk(rows, AREAS_PER_CALL).map((c) => c.join(",")) : rows;
    for (const address of groups) {
      await batch.reserve(address.length + 20, 3);
      const target = api19 && address.includes(",") ? ws.getRanges(address) : ws.getRange(address);
      target.format.rowHeight = height;
    }
  }
}

/**
 * Style runs with the same style share one RangeAreas call (ExcelApi 1.9). A number format is set once per
 * range as a single value, which Excel applies to every cell (its "single input" rule, like Ctrl+Enter).
 */
async function queueStyles(batch: Batch, ws: Excel.Worksheet, sheet: GeneratedSheet, api19: boolean): Promise<void> {
  const byStyle = new Map<string, { style: CellStyle; ranges: string[] }>();
  for (const run of sheet.styles) {
    const { numberFormat, ...rest } = run.style;
    if (numberFormat !== undefined && parseRange(run.range)) {
      await batch.reserve(run.range.length + numberFormat.length, 2);
      // Typed as a grid, but Office.js takes one value for the whole range.
      ws.getRange(run.range).numberFormat = numberFormat as unknown as string[][];
    }
    if (Object.keys(rest).length === 0) continue;
    const key = JSON.stringify(rest);
    const g = byStyle.get(key) ?? { style: rest, ranges: [] as string[] };
    g.ranges.push(run.range);
    byStyle.set(key, g);
  }
  for (const { style, ranges } of byStyle.values()) {
    const groups = api19 ? chunk(ranges, AREAS_PER_CALL).map((c) => c.join(",")) : ranges;
    for (const address of groups) {
      await batch.reserve(address.length + 40 * styleOps(style), styleOps(style) + 2);
      const target = api19 && address.includes(",") ? ws.getRanges(address) : ws.getRange(address);
      applyStyle(target.format, style);
    }
  }
}

/** How many property sets applyStyle queues, for the request-size estimate. */
function styleOps(style: CellStyle): number {
  const edges = style.border ? (style.border === "bottom" ? 1 : 4) * 2 : 0;
  return Object.keys(style).length + edges + 1;
}

function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.fill) format.fill.color = style.fill;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.hAlign)
    format.horizontalAlignment = ({ left: "Left", center: "Center", right: "Right" } as const)[style.hAlign];
  if (style.vAlign)
    format.verticalAlignment = ({ top: "Top", middle: "Center", bottom: "Bottom" } as const)[style.vAlign];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border) {
    type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight";
    const edges: Edge[] =
      style.border === "bottom" ? ["EdgeBottom"] : ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    for (const edge of edges) {
      const b = format.borders.getItem(edge);
      b.style = "Continuous";
      b.weight = style.border === "medium" ? "Medium" : "Thin";
    }
  }
}

/** Column width in characters (as in the plan and ExcelJS) to points (Office.js): 7 px a char + 5 px padding. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export function pointsToChars(points: number): number {
  return Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
}

/** "1:3" -> "$1:$3", "A:B" -> "$A:$B": whole rows or columns as setPrintTitleRows / setPrintTitleColumns take them. */
function absoluteSpan(span: string): string {
  const [a, b] = span.split(":");
  return `$${a}:$${b ?? a}`;
}

function chunk<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Selects a range for the user (e.g. a conflict's cells). */
export async function selectCells(context: Excel.RequestContext, sheet: string, address: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(address).select();
  await context.sync();
}
