/**
 * Shared by both .xlsx readers: the formula cells a reader found without a usable saved result (none, or a
 * workbook with fullCalcOnLoad), computed once every sheet is read (src/core/formula.ts) and written back into
 * the cells the reader read.
 */
import { cellKey } from "../core/a1";
import { FormulaBook, type CellSource, type FormulaCell, type FormulaTable } from "../core/formula";
import { noSavedResult } from "../core/parse/values";
import type { CellValue } from "../core/snapshot";
import type { CellRows } from "./grid";

const NO_ROWS: ReadonlySet<number> = new Set();

/** A formula cell to compute: where it is, and the slot in its row (holding the cached value) for the result. */
export interface PendingFormula extends FormulaCell {
  row: number;
  col: number;
  entry: { c: number; v: CellValue };
}

/** A read sheet: its filled cells, and its formula cells to compute (null when none). */
export interface SheetToCompute<P extends PendingFormula> {
  name: string;
  /** `hiddenRows`: the sheet's hidden rows (SUBTOTAL 101-111 leave them out). */
  cells: { rows: CellRows; formulas: P[] | null; hiddenRows: readonly number[] };
}

/**
 * Computes every pending formula cell (sheets in order, rows top to bottom, so earlier results are reused) and
 * writes each result into its slot. `cellAt` gives a sheet's other cells as the reader read them; `settle` makes a
 * computed number read as a saved result of it would (a date-styled number's round trip, its format hint). A
 * formula that cannot be computed keeps its cached result, or without one becomes a "no saved result" error
 * value, which the core reports at that cell. Cells left showing nothing are dropped, as an empty cached value is.
 * `flags.tables` are the workbook's Excel tables, for formulas that refer to them
 * (`tblSchedule[[#This Row],[Start]]`).
 */
export function computePendingFormulas<P extends PendingFormula>(
  sheets: SheetToCompute<P>[],
  cellAt: (sheet: number, row: number, col: number) => CellValue,
  flags: { date1904: boolean; fullCalcOnLoad: boolean; tables?: readonly FormulaTable[] },
  settle: (sheet: number, p: P, value: number) => number,
): void {
  const { date1904, fullCalcOnLoad } = flags;
  const byName = new Map<string, { index: number; pending: Map<number, P> }>();
  sheets.forEach((s, index) => {
    // In a workbook that asks Excel to recalculate on open, a saved 0 is XlsxWriter's placeholder for every formula,
    // not a result: a formula computed nowhere else is then one without a saved result (other saved values stay).
    if (fullCalcOnLoad) for (const p of s.cells.formulas ?? []) if (p.cached === 0) p.cached = undefined;
    const pending = new Map((s.cells.formulas ?? []).map((p) => [cellKey(p.row, p.col), p]));
    byName.set(s.name.toUpperCase(), { index, pending });
  });
  const source: CellSource = (sheet, row, col) => {
    const s = byName.get(sheet.toUpperCase());
    if (!s) return undefined;
    return s.pending.get(cellKey(row, col)) ?? cellAt(s.index, row, col);
  };
  // Whole columns (VLOOKUP(x,Cast!A:B,2,FALSE)) are read down to the sheet's last row with a cell.
  const lastRows = sheets.map((s) => s.cells.rows.reduce((last, row) => Math.max(last, row.r), 0));
  const lastRow = (sheet: string) => {
    const s = byName.get(sheet.toUpperCase());
    return s ? lastRows[s.index] : 0;
  };
  // A set only for a sheet a SUBTOTAL 101-111 reads: a filtered sheet can hide most of a million rows.
  const hiddenSets = new Map<number, ReadonlySet<number>>();
  const hiddenRows = (sheet: string) => {
    const s = byName.get(sheet.toUpperCase());
    if (!s) return NO_ROWS;
    let set = hiddenSets.get(s.index);
    if (!set) hiddenSets.set(s.index, (set = new Set(sheets[s.index].cells.hiddenRows)));
    return set;
  };
  const book = new FormulaBook(source, { date1904, lastRow, tables: flags.tables, hiddenRows });
  sheets.forEach(({ name, cells }, index) => {
    if (!cells.formulas) return;
    for (const p of cells.formulas) {
      const result = book.cell(name, p.row, p.col);
      const value = "value" in result ? result.value : noSavedResult(p.formula);
      p.entry.v = typeof value === "number" ? settle(index, p, value) : value;
    }
    cells.rows = cells.rows
      .map((row) => ({ r: row.r, cells: row.cells.filter(({ v }) => v !== null && v !== "") }))
      .filter((row) => row.cells.length > 0);
  });
}
