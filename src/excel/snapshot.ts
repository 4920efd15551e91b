/** Reads the workbook into a WorkbookSnapshot in three syncs, whatever its size (for normal books). */
import type { CellValue, SheetSnapshot, TableSnapshot, WorkbookSettings, WorkbookSnapshot } from "../core/snapshot";
import { excelApiSupported } from "./api";
import {
  FILE_REGISTRY_SHEET,
  GENERATED_REGISTRY_SETTING,
  SHEET_MARKER_KEY,
  USER_SETTINGS_SETTING,
  readFileRegistry,
} from "./markers";

/** Cells per Range.values read; several blocks go in one sync. */
export const READ_BLOCK_CELLS = 100_000;
/** Cells read per sync: keeps each response well under the web's 5 MB (about 10 bytes a cell). */
export const READ_SYNC_CELLS = 400_000;

const ERROR_TEXT = new Set([
  "#N/A",
  "#REF!",
  "#DIV/0!",
  "#VALUE!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

/** Range.values gives "" for empty cells and the error's text for error cells. */
export function snapshotValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string") return ERROR_TEXT.has(v) ? { error: v } : v;
  if (typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

interface Dims {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

function dimsOf(r: Excel.Range): Dims {
  return { row: r.rowIndex + 1, col: r.columnIndex + 1, rows: r.rowCount, cols: r.columnCount };
}

export interface ReadOptions {
  /** Skip the cell values of these sheets (e.g. generated ones are skipped anyway). */
  skipSheets?: string[];
}

export async function readSnapshot(
  context: Excel.RequestContext,
  _options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  const wb = context.workbook;
  const useCustomProps = excelApiSupported("1.12");
  // Sync 1: sheets, tables, settings.
  const sheets = wb.worksheets.load("items/name,items/visibility");
  const tables = wb.tables.load("items/name,items/worksheet/name");
  const registry = wb.settings.getItemOrNullObject(GENERATED_REGISTRY_SETTING).load("value");
  const userSettings = wb.settings.getItemOrNullObject(USER_SETTINGS_SETTING).load("value");
  const bookName = excelApiSupported("1.7") ? wb.load("name") : null;
  await context.sync();

  const generatedNames = new Set(
    (!registry.isNullObject && Array.isArray(registry.value) ? (registry.value as unknown[]) : []).map((n) =>
      String(n).toLowerCase(),
    ),
  );

  // Sync 2: used-range sizes, table ranges, sheet markers.
  const perSheet = sheets.items.map((ws) => ({
    ws,
    used: ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"),
    marker: useCustomProps ? ws.customProperties.getItemOrNullObject(SHEET_MARKER_KEY).load("value") : null,
    fileRegistry: FILE_REGISTRY_SHEET.test(ws.name) ? ws.getUsedRangeOrNullObject(true).load("values") : null,
  }));
  const perTable = tables.items.map((t) => ({
    name: t.name,
    sheet: t.worksheet.name,
    range: t.getRange().load("rowIndex,columnIndex,rowCount,columnCount"),
  }));
  await context.sync();

  // A registry sheet written by the file path (CLI) lists generated sheets too, and may hold settings.
  let fileSettings: unknown;
  for (const s of perSheet) {
    const reg = s.fileRegistry && !s.fileRegistry.isNullObject ? readFileRegistry(s.fileRegistry.values) : null;
    if (!reg) continue;
    generatedNames.add(s.ws.name.toLowerCase());
    for (const n of reg.generated) generatedNames.add(n.toLowerCase());
    fileSettings ??= reg.settings;
  }

  // Sync 3 (more only for huge books): values in row blocks.
  const plans = perSheet.map((s) => {
    const generated = generatedNames.has(s.ws.name.toLowerCase()) || (s.marker !== null && !s.marker.isNullObject);
    const dims = s.used.isNullObject || generated ? null : dimsOf(s.used);
    return { ...s, generated, dims, blocks: [] as { at: number; range: Excel.Range }[] };
  });
  let cellsThisSync = 0;
  for (const p of plans) {
    if (!p.dims) continue;
    const rowsPerBlock = Math.max(1, Math.floor(READ_BLOCK_CELLS / p.dims.cols));
    for (let r = 0; r < p.dims.rows; r += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, p.dims.rows - r);
      if (cellsThisSync > 0 && cellsThisSync + rows * p.dims.cols > READ_SYNC_CELLS) {
        // Only books over READ_SYNC_CELLS cells get here: one more round trip per 400,000 cells.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        cellsThisSync = 0;
      }
      const range = p.ws.getRangeByIndexes(p.dims.row - 1 + r, p.dims.col - 1, rows, p.dims.cols).load("values");
      p.blocks.push({ at: r, range });
      cellsThisSync += rows * p.dims.cols;
    }
  }
  await context.sync();

  const out: SheetSnapshot[] = plans.map((p) => {
    const snap: SheetSnapshot = { name: p.ws.name, used: null, tables: [] };
    if (p.generated) snap.generated = true;
    if (!p.dims) return snap;
    const values: CellValue[][] = new Array(p.dims.rows);
    for (const b of p.blocks) {
      const block = b.range.values;
      for (let i = 0; i < block.length; i++) values[b.at + i] = block[i].map(snapshotValue);
    }
    snap.used = { row: p.dims.row, col: p.dims.col, values };
    snap.tables = perTable
      .filter((t) => t.sheet === p.ws.name)
      .map((t): TableSnapshot => ({ name: t.name, ...sliceGrid(snap.used!, dimsOf(t.range)) }));
    return snap;
  });

  const snapshot: WorkbookSnapshot = { sheets: out };
  if (bookName) snapshot.name = bookName.name;
  if (!userSettings.isNullObject && userSettings.value && typeof userSettings.value === "object") {
    snapshot.settings = userSettings.value as WorkbookSettings;
  } else if (fileSettings) {
    snapshot.settings = fileSettings as WorkbookSettings;
  }
  return snapshot;
}

/** A table's cells cut from the sheet's used range (blank where the table reaches past it). */
function sliceGrid(
  used: { row: number; col: number; values: CellValue[][] },
  d: Dims,
): { row: number; col: number; values: CellValue[][] } {
  const values: CellValue[][] = [];
  for (let i = 0; i < d.rows; i++) {
    const src = used.values[d.row + i - used.row];
    const row: CellValue[] = [];
    for (let j = 0; j < d.cols; j++) row.push(src?.[d.col + j - used.col] ?? null);
    values.push(row);
  }
  return { row: d.row, col: d.col, values };
}
