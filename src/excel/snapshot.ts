/**
 * Reads the workbook in two syncs, whatever its size (for books whose values fit one 5 MB response):
 *   1. sheets, tables, settings, book name, culture and date system;
 *   2. every sheet's used range with its values and number formats, table ranges, sheet markers and conditional
 *      formats.
 * The same pass finds what the add-in wrote before (AddedState), so a check-and-write in one
 * context needs no further reads before it writes.
 */
import type {
  CellValue,
  FormatHint,
  FormatHints,
  SheetSnapshot,
  TableSnapshot,
  WorkbookSettings,
  WorkbookSnapshot,
} from "../core/snapshot";
import { formatHintCache, formatHintKey } from "../core/number-format";
import { excelApiSupported } from "./api";
import { errorCode } from "./errors";
import {
  FILE_REGISTRY_SHEET,
  GENERATED_REGISTRY_SETTING,
  SHEET_MARKER_KEY,
  USER_SETTINGS_SETTING,
  isHighlightFormula,
  readFileRegistry,
} from "./markers";

/** Cells per Range.values read on the slow path (huge books); several blocks go in one sync. */
export const READ_BLOCK_CELLS = 100_000;
/**
 * Cells read per sync on the slow path: keeps each response well under the web's 5 MB (about 10 bytes a cell).
 * A cell's value and its number format count as two.
 */
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

/** What the add-in wrote before, found while reading: what a rerun or Clear removes. */
export interface AddedState {
  /**
   * All sheets, in order, with whether the add-in generated them and whether the sheet is protected (Review >
   * Protect Sheet: Excel refuses to add or remove its conditional formats, so its highlights are left as they are).
   */
  sheets: { ws: Excel.Worksheet; name: string; generated: boolean; protected: boolean }[];
  /** The add-in's own conditional formats (highlights) on user sheets that are not protected. */
  markedFormats: Excel.ConditionalFormat[];
  /** How many of the add-in's highlights are on protected sheets (they stay until the sheet is unprotected). */
  lockedHighlights: number;
  /** Review > Protect Workbook: Excel refuses to add, delete or rename sheets, so generated sheets stay as they are. */
  structureProtected: boolean;
  /** Lower-case names of the user's tables (generated tables are removed with their sheets). */
  tableNames: Set<string>;
  registryExists: boolean;
  /** Settings found only in a file registry sheet, to keep in workbook.settings once that sheet goes. */
  orphanSettings?: unknown;
}

export interface ReadOptions {
  /** Skip the cell values of these sheets (e.g. generated ones are skipped anyway). */
  skipSheets?: string[];
}

interface SheetLoad {
  ws: Excel.Worksheet;
  used: Excel.Range;
  marker: Excel.WorksheetCustomProperty | null;
  fileRegistry: Excel.Range | null;
  formats: Excel.ConditionalFormatCollection | null;
  /** The sheet's merged areas (ExcelApi 1.13, sheets read with values). */
  merged: Excel.RangeAreas | null;
  /** Values (and number formats) were asked for in the same sync as the used range. */
  withValues: boolean;
}

/** A sheet's used grid as read, with its format hints (null when none). */
interface ReadGrid {
  row: number;
  col: number;
  values: CellValue[][];
  hints: FormatHints | null;
}

/**
 * The two-sync read. With `values` false only what the add-in wrote before is read (for applyPlan and
 * Clear); with it the snapshot too.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  options: { values: boolean; skipSheets?: string[] },
): Promise<{ snapshot: WorkbookSnapshot; added: AddedState }> {
  const wb = context.workbook;
  const useCustomProps = excelApiSupported("1.12");
  // customOrNullObject (1.6) reads every format's rule in the same sync; older hosts need one more.
  const useCustomOrNull = excelApiSupported("1.6");

  // Sync 1: sheets (protected ones take no highlights), tables, settings, book facts.
  const useProtection = excelApiSupported("1.2");
  const sheets = wb.worksheets.load(
    useProtection ? "items/name,items/visibility,items/protection/protected" : "items/name,items/visibility",
  );
  const bookProtection = excelApiSupported("1.7") ? wb.protection.load("protected") : null;
  const tables = wb.tables.load("items/name,items/worksheet/name,items/showTotals");
  const registry = wb.settings.getItemOrNullObject(GENERATED_REGISTRY_SETTING).load("value");
  const userSettings = wb.settings.getItemOrNullObject(USER_SETTINGS_SETTING).load("value");
  const bookName = options.values && excelApiSupported("1.7") ? wb.load("name") : null;
  const culture = options.values && excelApiSupported("1.11") ? wb.application.cultureInfo.load("name") : null;
  // The decimal separator Excel uses: the system's (the culture's) unless the user set Excel's own.
  const separators =
    options.values && excelApiSupported("1.11")
      ? {
          app: wb.application.load("decimalSeparator,useSystemSeparators"),
          system: wb.application.cultureInfo.numberFormat.load("numberDecimalSeparator"),
        }
      : null;
  // Workbook.use1904DateSystem is ExcelApi 1.16 (newer than these type definitions).
  const dateSystem = options.values && excelApiSupported("1.16") ? wb.load("use1904DateSystem") : null;
  await context.sync();

  const registered = new Set(
    (!registry.isNullObject && Array.isArray(registry.value) ? (registry.value as unknown[]) : []).map((n) =>
      String(n).toLowerCase(),
    ),
  );
  const skip = new Set((options.skipSheets ?? []).map((n) => n.toLowerCase()));

  // Sync 2: per sheet, the used range (with values), marker, file registry, conditional formats and merged
  // areas (a Date merged down a day's strips counts for each of them).
  const loadSheets = (withValues: boolean, withMerges: boolean): SheetLoad[] =>
    sheets.items.map((ws) => {
      const known = registered.has(ws.name.toLowerCase());
      const values = withValues && !known && !skip.has(ws.name.toLowerCase());
      return {
        ws,
        used: ws
          .getUsedRangeOrNullObject(true)
          .load(
            values
              ? "rowIndex,columnIndex,rowCount,columnCount,values,numberFormat"
              : "rowIndex,columnIndex,rowCount,columnCount",
          ),
        marker: useCustomProps ? ws.customProperties.getItemOrNullObject(SHEET_MARKER_KEY).load("value") : null,
        // Formulas too: the registry's column-E links follow a rename or a deletion made in Excel.
        fileRegistry: FILE_REGISTRY_SHEET.test(ws.name)
          ? ws.getUsedRangeOrNullObject(true).load("values,formulas")
          : null,
        formats: known
          ? null
          : ws
              .getRange()
              .conditionalFormats.load(
                useCustomOrNull ? "items/type,items/customOrNullObject/rule/formula" : "items/type",
              ),
        merged: values && withMerges ? ws.getRange().getMergedAreasOrNullObject().load("address") : null,
        withValues: values,
      };
    });
  const loadTables = () =>
    tables.items.map((t) => ({
      name: t.name,
      sheet: t.worksheet.name,
      totalsRow: t.showTotals === true,
      range: t.getRange().load("rowIndex,columnIndex,rowCount,columnCount"),
    }));
  const useMerges = options.values && excelApiSupported("1.13");
  let perSheet = loadSheets(options.values, useMerges);
  let perTable = loadTables();
  try {
    await context.sync();
  } catch (e) {
    // Excel on the web caps a response at 5 MB: re-read the sizes, then the values in blocks.
    const tooBig = options.values && errorCode(e) === "ResponsePayloadSizeLimitExceeded";
    // Merged areas fail on a sheet with more than 512: read again without them (top-left values only).
    if (!tooBig && !useMerges) throw e;
    perSheet = loadSheets(options.values && !tooBig, false);
    perTable = loadTables();
    try {
      await context.sync();
    } catch (again) {
      if (tooBig || !options.values || errorCode(again) !== "ResponsePayloadSizeLimitExceeded") throw again;
      perSheet = loadSheets(false, false);
      perTable = loadTables();
      await context.sync();
    }
  }

  const added = await findAdded(
    context,
    perSheet,
    registered,
    registry.isNullObject,
    useCustomOrNull,
    useCustomProps,
    useProtection,
  );
  added.structureProtected = bookProtection?.protected === true;
  for (const t of tables.items) {
    const generated = added.sheets.find((s) => s.name === t.worksheet.name)?.generated;
    if (!generated) added.tableNames.add(t.name.toLowerCase());
  }
  if (!userSettings.isNullObject && added.orphanSettings) delete added.orphanSettings;

  const snapshot: WorkbookSnapshot = { sheets: [] };
  if (!options.values) return { snapshot, added };

  const generatedNames = new Set(added.sheets.filter((s) => s.generated).map((s) => s.name));
  const grids = await readValues(context, perSheet, generatedNames, skip);
  snapshot.sheets = perSheet.map((p, i) => {
    const snap: SheetSnapshot = { name: p.ws.name, used: null, tables: [] };
    if (generatedNames.has(p.ws.name)) snap.generated = true;
    const grid = grids[i];
    if (!grid) return snap;
    snap.used = { row: grid.row, col: grid.col, values: grid.values };
    const merges = p.merged && !p.merged.isNullObject ? mergedRefs(p.merged.address) : [];
    if (merges.length) snap.merges = merges;
    if (grid.hints) snap.formatHints = grid.hints;
    snap.tables = perTable
      .filter((t) => t.sheet === p.ws.name)
      .map((t): TableSnapshot => ({
        name: t.name,
        ...sliceGrid(grid, dimsOf(t.range)),
        ...(t.totalsRow ? { totalsRow: true } : {}),
      }));
    return snap;
  });
  if (bookName) snapshot.name = bookName.name;
  if (culture && typeof culture.name === "string" && culture.name) snapshot.culture = culture.name;
  if (separators) {
    const separator = separators.app.useSystemSeparators
      ? separators.system.numberDecimalSeparator
      : separators.app.decimalSeparator;
    if (typeof separator === "string" && separator) snapshot.decimalSeparator = separator;
  }
  if (dateSystem && (dateSystem as unknown as { use1904DateSystem?: unknown }).use1904DateSystem === true) {
    snapshot.date1904 = true;
  }
  if (!userSettings.isNullObject && userSettings.value && typeof userSettings.value === "object") {
    snapshot.settings = userSettings.value as WorkbookSettings;
  } else if (added.orphanSettings) {
    snapshot.settings = added.orphanSettings as WorkbookSettings;
  }
  return { snapshot, added };
}

/**
 * The ranges of a RangeAreas address ("Sheet1!B7:B8, 'My Sheet'!K7:K8") without sheet names or `$`, sorted
 * like the .xlsx readers give them.
 */
export function mergedRefs(address: string): string[] {
  const out: string[] = [];
  for (const m of address.matchAll(/!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?(?=\s*,|\s*$)/g)) {
    out.push(m[3] ? `${m[1]}${m[2]}:${m[3]}${m[4]}` : `${m[1]}${m[2]}`);
  }
  return out.sort();
}

/** Which sheets and highlights are the add-in's (one more sync only on hosts before ExcelApi 1.6). */
async function findAdded(
  context: Excel.RequestContext,
  perSheet: SheetLoad[],
  registered: Set<string>,
  registryMissing: boolean,
  useCustomOrNull: boolean,
  useCustomProps: boolean,
  useProtection: boolean,
): Promise<AddedState> {
  // Where sheets carry the add-in's marker (ExcelApi 1.12), the marker decides, not the names in the add-in's
  // settings: a generated sheet deleted and a user's own sheet made under its name has no marker, and is hers
  // (read as input; its values come in blocks, as the settings' names left them out of read 2).
  const byName = useCustomProps ? new Set<string>() : registered;
  let orphanSettings: unknown;
  // A registry sheet written by the file path (CLI) lists generated sheets too, and may hold settings.
  for (const s of perSheet) {
    const reg =
      s.fileRegistry && !s.fileRegistry.isNullObject
        ? readFileRegistry(s.fileRegistry.values, s.fileRegistry.formulas)
        : null;
    if (!reg) continue;
    byName.add(s.ws.name.toLowerCase());
    for (const n of reg.generated) byName.add(n.toLowerCase());
    orphanSettings ??= reg.settings;
  }
  const added: AddedState = {
    sheets: [],
    markedFormats: [],
    lockedHighlights: 0,
    structureProtected: false,
    tableNames: new Set(),
    registryExists: !registryMissing,
  };
  if (orphanSettings) added.orphanSettings = orphanSettings;
  const legacy: { cf: Excel.ConditionalFormat; rule: Excel.ConditionalFormatRule; locked: boolean }[] = [];
  const mark = (cf: Excel.ConditionalFormat, locked: boolean) => {
    if (locked) added.lockedHighlights++;
    else added.markedFormats.push(cf);
  };
  for (const s of perSheet) {
    const generated = byName.has(s.ws.name.toLowerCase()) || (s.marker !== null && !s.marker.isNullObject);
    // Loaded in sync 1 where the host can say (ExcelApi 1.2); before that, no sheet counts as protected.
    const locked = useProtection && s.ws.protection.protected === true;
    added.sheets.push({ ws: s.ws, name: s.ws.name, generated, protected: locked });
    if (generated || !s.formats) continue;
    for (const cf of s.formats.items) {
      if (cf.type !== "Custom") continue;
      if (!useCustomOrNull) legacy.push({ cf, rule: cf.custom.rule.load("formula"), locked });
      else if (!cf.customOrNullObject.isNullObject && isHighlightFormula(cf.customOrNullObject.rule.formula))
        mark(cf, locked);
    }
  }
  if (legacy.length > 0) {
    await context.sync();
    for (const l of legacy) if (isHighlightFormula(l.rule.formula)) mark(l.cf, l.locked);
  }
  return added;
}

/**
 * Adds the format hints of one block of a sheet (`raw` values and `formats` as Range.values and
 * Range.numberFormat give them, top-left at Excel row `row`, column `col`) to `hints`. Only numbers are
 * looked at. Returns the record (made on the first hint), or null while there is none.
 */
function addFormatHints(
  hints: FormatHints | null,
  raw: unknown[][],
  formats: unknown[][] | null | undefined,
  row: number,
  col: number,
  hintOf: (code: string) => FormatHint | null,
): FormatHints | null {
  if (!formats) return hints;
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i];
    for (let j = 0; j < line.length; j++) {
      const v = line[j];
      if (typeof v !== "number") continue;
      const code = formats[i]?.[j];
      const hint = typeof code === "string" ? hintOf(code) : null;
      if (hint) (hints ??= new Map()).set(formatHintKey(row + i, col + j), hint);
    }
  }
  return hints;
}

/**
 * Each sheet's used grid and format hints. Values and formats loaded with the used range are taken as they are;
 * a sheet whose values did not come (huge books: the 5 MB response or the 5,000,000-cell read limit) is read in
 * row blocks, one more sync per READ_SYNC_CELLS cells (a value and its format count as two).
 */
async function readValues(
  context: Excel.RequestContext,
  perSheet: SheetLoad[],
  generated: Set<string>,
  skip: Set<string>,
): Promise<(ReadGrid | null)[]> {
  const out: (ReadGrid | null)[] = perSheet.map(() => null);
  const hintOf = formatHintCache();
  const pending: { index: number; dims: Dims; blocks: { at: number; range: Excel.Range }[] }[] = [];
  perSheet.forEach((p, i) => {
    if (p.used.isNullObject || generated.has(p.ws.name) || skip.has(p.ws.name.toLowerCase())) return;
    const dims = dimsOf(p.used);
    const values = p.withValues ? (p.used.values as unknown[][] | null) : null;
    if (values) {
      const formats = p.used.numberFormat as unknown[][] | null;
      out[i] = {
        row: dims.row,
        col: dims.col,
        values: values.map((r) => r.map(snapshotValue)),
        hints: addFormatHints(null, values, formats, dims.row, dims.col, hintOf),
      };
    } else pending.push({ index: i, dims, blocks: [] });
  });
  if (pending.length === 0) return out;

  let cellsThisSync = 0;
  for (const p of pending) {
    const rowsPerBlock = Math.max(1, Math.floor(READ_BLOCK_CELLS / p.dims.cols));
    for (let r = 0; r < p.dims.rows; r += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, p.dims.rows - r);
      const cells = 2 * rows * p.dims.cols;
      if (cellsThisSync > 0 && cellsThisSync + cells > READ_SYNC_CELLS) {
        // Only books over the response limit get here: one more round trip per READ_SYNC_CELLS cells.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        cellsThisSync = 0;
      }
      const ws = perSheet[p.index].ws;
      const range = ws
        .getRangeByIndexes(p.dims.row - 1 + r, p.dims.col - 1, rows, p.dims.cols)
        .load("values,numberFormat");
      p.blocks.push({ at: r, range });
      cellsThisSync += cells;
    }
  }
  await context.sync();
  for (const p of pending) {
    const values: CellValue[][] = new Array(p.dims.rows);
    let hints: FormatHints | null = null;
    for (const b of p.blocks) {
      const block = b.range.values;
      for (let i = 0; i < block.length; i++) values[b.at + i] = block[i].map(snapshotValue);
      hints = addFormatHints(hints, block, b.range.numberFormat, p.dims.row + b.at, p.dims.col, hintOf);
    }
    out[p.index] = { row: p.dims.row, col: p.dims.col, values, hints };
  }
  return out;
}

export async function readSnapshot(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  const { snapshot } = await readWorkbook(context, { values: true, ...options });
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
