/**
 * Writes imported tables (e.g. from a .uss file) into new user sheets. They are the user's data from
 * then on: never marked as generated, so Check and Clear leave them alone.
 */
import { rangeAddress } from "../core/a1";
import type { PlanValue } from "../core/plan";
import { SheetNameAllocator } from "../core/sheetnames";
import { excelApiSupported } from "./api";
import { toExcelValue } from "./textsafe";

export interface UserSheet {
  name: string;
  /** rows[0] is the header row. */
  rows: PlanValue[][];
}

/** Flush queued writes before a request passes this size (the web rejects requests over 5 MB). */
const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;
/** Rows per Range.values write are cut at this many cells, so no single operation nears the limit. */
const WRITE_BLOCK_CELLS = 50_000;
/** Column widths are fitted to the first rows only: fitting a whole large sheet is slow and rarely differs. */
const AUTOFIT_ROWS = 200;

/** Rows as Range.values takes them: rectangular, text guarded (never a formula, never re-typed). */
function excelRows(rows: PlanValue[][], cols: number): (string | number | boolean)[][] {
  return rows.map((row) => {
    const out = row.map(toExcelValue);
    while (out.length < cols) out.push("");
    return out;
  });
}

/**
 * Adds one new sheet per table (names made legal and unique against every existing sheet, " (2)" etc.),
 * writes its rows as one values block with a bold, frozen header row, and returns the names used, in order.
 * Two syncs for normal sizes: one to read the existing names, one for all the writes.
 */
export async function writeUserSheets(context: Excel.RequestContext, sheets: UserSheet[]): Promise<string[]> {
  if (sheets.length === 0) return [];
  const existing = context.workbook.worksheets.load("items/name");
  await context.sync();
  const names = new SheetNameAllocator(existing.items.map((ws) => ws.name));
  const canFreeze = excelApiSupported("1.7");
  const written: string[] = [];
  let bytes = 0;
  for (const sheet of sheets) {
    const name = names.allocate(sheet.name);
    written.push(name);
    const ws = context.workbook.worksheets.add(name);
    // Show the first imported table (the schedule) so the user sees what arrived.
    if (written.length === 1) ws.activate();
    const cols = sheet.rows.reduce((most, r) => Math.max(most, r.length), 0);
    if (cols === 0) continue;
    const rows = excelRows(sheet.rows, cols);
    const rowsPerWrite = Math.max(1, Math.floor(WRITE_BLOCK_CELLS / cols));
    for (let start = 0; start < rows.length; start += rowsPerWrite) {
      const block = rows.slice(start, start + rowsPerWrite);
      const size = JSON.stringify(block).length + 200;
      if (bytes > 0 && bytes + size > REQUEST_BUDGET_BYTES) {
        // Only past the 4 MB budget (very large imports); a normal import never syncs here.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        bytes = 0;
      }
      bytes += size;
      ws.getRange(rangeAddress(start + 1, 1, block.length, cols)).values = block;
    }
    const header = ws.getRange(rangeAddress(1, 1, 1, cols));
    header.format.font.bold = true;
    ws.getRange(rangeAddress(1, 1, Math.min(rows.length, AUTOFIT_ROWS), cols)).format.autofitColumns();
    if (canFreeze && rows.length > 1) ws.freezePanes.freezeRows(1);
  }
  await context.sync();
  return written;
}
