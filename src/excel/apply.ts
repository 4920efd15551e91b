/**
 * The Office.js executor: applies a WritePlan to the open workbook, mirroring src/xlsx/write.ts.
 * Reads what it must remove in three syncs, then writes everything in one (more only when the web's
 * 5 MB request limit would be passed).
 */
import { columnLetters, parseRange, quoteSheet, rangeAddress } from "../core/a1";
import type { CellStyle, GeneratedSheet, Highlight, WritePlan } from "../core/plan";
import { SheetNameAllocator } from "../core/sheetnames";
import { excelApiSupported } from "./api";
import {
  FILE_REGISTRY_SHEET,
  GENERATED_REGISTRY_SETTING,
  SHEET_MARKER_KEY,
  USER_SETTINGS_SETTING,
  highlightFormula,
  isHighlightFormula,
  readFileRegistry,
} from "./markers";
import { toExcelValue } from "./textsafe";

/** Flush queued work before a request passes this size (the web rejects > 5 MB). */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;
/** Rows per Range.values write, so one huge block is never one huge operation. */
const WRITE_BLOCK_CELLS = 50_000;
const WRITE_BLOCK_BYTES = 1024 * 1024;
/** Areas per RangeAreas (getRanges) call. */
const AREAS_PER_CALL = 200;

/** Queues work and syncs when the estimated request size would pass the budget. */
class Batch {
  private bytes = 0;
  constructor(private readonly context: Excel.RequestContext) {}
  /** Call before queuing an operation of about `bytes`. */
  async reserve(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > REQUEST_BUDGET_BYTES) await this.flush();
    // Each call is two or three actions (object path, method or property set) of ~60-100 bytes each.
    this.bytes += bytes + 250;
  }
  async flush(): Promise<void> {
    await this.context.sync();
    this.bytes = 0;
  }
}

interface WorkbookState {
  /** All sheets by name, with whether the add-in generated them. */
  sheets: { ws: Excel.Worksheet; name: string; generated: boolean }[];
  /** The add-in's own conditional formats on user sheets. */
  markedFormats: Excel.ConditionalFormat[];
  tableNames: Set<string>;
  registryExists: boolean;
  /** Settings found only in a file registry sheet, to keep in workbook.settings once that sheet goes. */
  orphanSettings?: unknown;
}

/** Finds the add-in's earlier output: generated sheets and marked highlights (3 syncs). */
async function readAdded(context: Excel.RequestContext): Promise<WorkbookState> {
  const wb = context.workbook;
  const useCustomProps = excelApiSupported("1.12");
  const sheets = wb.worksheets.load("items/name,items/visibility");
  const tables = wb.tables.load("items/name,items/worksheet/name");
  const registry = wb.settings.getItemOrNullObject(GENERATED_REGISTRY_SETTING).load("value");
  const userSettings = wb.settings.getItemOrNullObject(USER_SETTINGS_SETTING).load("key");
  await context.sync();

  const registered = new Set(
    (!registry.isNullObject && Array.isArray(registry.value) ? (registry.value as unknown[]) : []).map((n) =>
      String(n).toLowerCase(),
    ),
  );
  const perSheet = sheets.items.map((ws) => ({
    ws,
    marker: useCustomProps ? ws.customProperties.getItemOrNullObject(SHEET_MARKER_KEY).load("value") : null,
    formats: ws.getRange().conditionalFormats.load("items/type"),
    fileRegistry: FILE_REGISTRY_SHEET.test(ws.name) ? ws.getUsedRangeOrNullObject(true).load("values") : null,
  }));
  await context.sync();

  let orphanSettings: unknown;
  for (const s of perSheet) {
    const reg = s.fileRegistry && !s.fileRegistry.isNullObject ? readFileRegistry(s.fileRegistry.values) : null;
    if (!reg) continue;
    registered.add(s.ws.name.toLowerCase());
    for (const n of reg.generated) registered.add(n.toLowerCase());
    orphanSettings ??= reg.settings;
  }

  const state: WorkbookState = {
    sheets: [],
    markedFormats: [],
    tableNames: new Set(),
    registryExists: !registry.isNullObject,
  };
  if (userSettings.isNullObject && orphanSettings) state.orphanSettings = orphanSettings;
  const customs: { cf: Excel.ConditionalFormat; rule: Excel.ConditionalFormatRule }[] = [];
  for (const s of perSheet) {
    const generated = registered.has(s.ws.name.toLowerCase()) || (s.marker !== null && !s.marker.isNullObject);
    state.sheets.push({ ws: s.ws, name: s.ws.name, generated });
    if (generated) continue;
    for (const cf of s.formats.items) {
      if (cf.type === "Custom") customs.push({ cf, rule: cf.custom.rule.load("formula") });
    }
  }
  const generatedNames = new Set(state.sheets.filter((s) => s.generated).map((s) => s.name));
  for (const t of tables.items) if (!generatedNames.has(t.worksheet.name)) state.tableNames.add(t.name.toLowerCase());
  if (customs.length > 0) await context.sync();
  state.markedFormats = customs.filter((c) => isHighlightFormula(c.rule.formula)).map((c) => c.cf);
  return state;
}

/** Queues removal of everything the add-in added. */
function queueRemoval(context: Excel.RequestContext, state: WorkbookState): void {
  for (const cf of state.markedFormats) cf.delete();
  if (state.orphanSettings) context.workbook.settings.add(USER_SETTINGS_SETTING, state.orphanSettings);
  const generated = state.sheets.filter((s) => s.generated);
  const remaining = state.sheets.length - generated.length;
  // Excel refuses to delete the last sheet: keep an empty one when only generated sheets exist.
  if (remaining === 0 && generated.length > 0) context.workbook.worksheets.add(freeName(state, "Sheet1"));
  for (const s of generated) s.ws.delete();
}

function freeName(state: WorkbookState, wanted: string): string {
  const taken = new Set(state.sheets.map((s) => s.name.toLowerCase()));
  let name = wanted;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${wanted} (${i})`;
  return name;
}

/** Removes exactly what the add-in added: its highlights and its generated sheets. */
export async function clearAdded(
  context: Excel.RequestContext,
): Promise<{ sheetsRemoved: number; highlightsRemoved: number }> {
  const state = await readAdded(context);
  queueRemoval(context, state);
  if (state.registryExists) context.workbook.settings.getItem(GENERATED_REGISTRY_SETTING).delete();
  await context.sync();
  return {
    sheetsRemoved: state.sheets.filter((s) => s.generated).length,
    highlightsRemoved: state.markedFormats.length,
  };
}

export interface ApplyResult {
  /** Final names of the generated sheets, by plan key. */
  sheetNames: Record<string, string>;
}

/** Applies a plan: removes the previous run's output, writes highlights and generated sheets. */
export async function applyPlan(context: Excel.RequestContext, plan: WritePlan): Promise<ApplyResult> {
  const state = await readAdded(context);
  const batch = new Batch(context);
  const api19 = excelApiSupported("1.9");
  const useCustomProps = excelApiSupported("1.12");

  if (excelApiSupported("1.6")) context.workbook.application.suspendApiCalculationUntilNextSync();
  queueRemoval(context, state);

  const userSheets = state.sheets.filter((s) => !s.generated);
  const names = new SheetNameAllocator(userSheets.map((s) => s.name));
  const result: ApplyResult = { sheetNames: {} };
  const written: string[] = [];

  for (const h of plan.highlights) {
    const target = userSheets.find((s) => s.name.toLowerCase() === h.sheet.toLowerCase());
    if (target) await queueHighlight(batch, target.ws, h, api19);
  }
  // Names first, so links between generated sheets point at the final (possibly suffixed) names.
  const actual = new Map<string, string>();
  for (const sheet of plan.sheets) actual.set(sheet.key, names.allocate(sheet.name));
  const byWanted = new Map(plan.sheets.map((s) => [s.name, actual.get(s.key)!]));
  for (const sheet of plan.sheets) {
    const name = actual.get(sheet.key)!;
    result.sheetNames[sheet.key] = name;
    written.push(name);
    const ws = context.workbook.worksheets.add(name);
    if (useCustomProps) ws.customProperties.add(SHEET_MARKER_KEY, JSON.stringify({ key: sheet.key, kind: sheet.kind }));
    await queueSheet(batch, ws, sheet, state.tableNames, api19, (n) => byWanted.get(n) ?? n);
  }
  if (written.length > 0) context.workbook.settings.add(GENERATED_REGISTRY_SETTING, written);
  else if (state.registryExists) context.workbook.settings.getItem(GENERATED_REGISTRY_SETTING).delete();
  await batch.flush();
  return result;
}

async function queueHighlight(batch: Batch, ws: Excel.Worksheet, h: Highlight, api19: boolean): Promise<void> {
  const groups = api19 ? chunk(h.ranges, AREAS_PER_CALL).map((c) => c.join(",")) : h.ranges;
  for (const address of groups) {
    await batch.reserve(address.length + 200);
    const target = api19 ? ws.getRanges(address) : ws.getRange(address);
    const cf = target.conditionalFormats.add("Custom");
    cf.custom.rule.formula = highlightFormula(h.severity);
    cf.custom.format.fill.color = h.color;
  }
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
    // One write per run of rows, cut by cell count and by bytes so no single operation nears the limit.
    let start = 0;
    let pending: (string | number | boolean)[][] = [];
    let bytes = 0;
    const flushChunk = async () => {
      if (pending.length === 0) return;
      await batch.reserve(bytes);
      ws.getRange(rangeAddress(at.row + start, at.col, pending.length, cols)).values = pending;
      start += pending.length;
      pending = [];
      bytes = 0;
    };
    for (const row of block.values) {
      const out = row.map(toExcelValue);
      while (out.length < cols) out.push("");
      const rowBytes = JSON.stringify(out).length + 1;
      if (
        pending.length > 0 &&
        (bytes + rowBytes > WRITE_BLOCK_BYTES || (pending.length + 1) * cols > WRITE_BLOCK_CELLS)
      )
        await flushChunk();
      pending.push(out);
      bytes += rowBytes;
    }
    await flushChunk();
  }
  for (const m of sheet.merges) {
    await batch.reserve(60);
    ws.getRange(m).merge(false);
  }
  await queueStyles(batch, ws, sheet, api19);
  for (const [i, width] of sheet.columnWidths.entries()) {
    await batch.reserve(60);
    ws.getRange(`${columnLetters(i + 1)}:${columnLetters(i + 1)}`).format.columnWidth = charsToPoints(width);
  }
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) {
    await batch.reserve(60);
    ws.getRange(`${row}:${row}`).format.rowHeight = height;
  }
  if (sheet.table) {
    const name = uniqueTableName(sheet.table.name, tableNames);
    await batch.reserve(120);
    const table = ws.tables.add(sheet.table.range, true);
    table.name = name;
  }
  for (const link of sheet.hyperlinks) {
    await batch.reserve(link.text.length + link.sheet.length + 120);
    ws.getRange(link.cell).hyperlink = {
      documentReference: `${quoteSheet(sheetName(link.sheet))}!${link.range}`,
      textToDisplay: link.text,
    };
  }
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
    if (sheet.print.titleRows) ws.pageLayout.setPrintTitleRows(absoluteRows(sheet.print.titleRows));
  }
  if (sheet.tabColor) ws.tabColor = sheet.tabColor;
}

/** Style runs with the same style share one RangeAreas call (ExcelApi 1.9); number formats go per range. */
async function queueStyles(batch: Batch, ws: Excel.Worksheet, sheet: GeneratedSheet, api19: boolean): Promise<void> {
  const byStyle = new Map<string, { style: CellStyle; ranges: string[] }>();
  for (const run of sheet.styles) {
    const { numberFormat, ...rest } = run.style;
    if (numberFormat !== undefined) {
      const r = parseRange(run.range);
      if (r) {
        const grid = Array.from({ length: r.rows }, () => new Array<string>(r.cols).fill(numberFormat));
        await batch.reserve(JSON.stringify(grid).length);
        ws.getRange(run.range).numberFormat = grid;
      }
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
      await batch.reserve(address.length + 100 * styleOps(style));
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

function uniqueTableName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${wanted}_${i}`;
  taken.add(name.toLowerCase());
  return name;
}

function absoluteRows(rows: string): string {
  const [a, b] = rows.split(":");
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
