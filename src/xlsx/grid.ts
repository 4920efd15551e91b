/** Shared by both .xlsx readers: a sheet's filled cells -> its used-range grid, and tables cut out of it. */
import { cellAddress } from "../core/a1";
import type { CellValue, Grid } from "../core/snapshot";

/** Filled cells by row: r and c are 1-based Excel row and column numbers. */
export type CellRows = { r: number; cells: { c: number; v: CellValue }[] }[];

/** A used range larger than this many cells is looked at for far-away cells (beyond it a dense grid runs out of memory). */
const FAR_CHECK_CELLS = 20_000_000;
/** Empty rows, and empty columns, that part a far-away cell from the rest. */
const FAR_ROW_GAP = 10_000;
const FAR_COL_GAP = 500;

/**
 * The used range: from the first to the last filled row and column; null when nothing is filled. Where that range is
 * vast (a value typed in XFD1048576 beside a table in A1:J20) the cells past a long run of empty rows or columns are
 * left out, their addresses pushed to `farCells` (the parser reports them): a dense grid of 17 billion cells ran the
 * CLI out of memory.
 */
export function gridFromRows(rows: CellRows, farCells?: string[]): Grid | null {
  let bounds = boundsOf(rows);
  if (bounds.maxRow === 0) return null;
  const area = (bounds.maxRow - bounds.minRow + 1) * (bounds.maxCol - bounds.minCol + 1);
  if (farCells && area > FAR_CHECK_CELLS) {
    rows = withoutFarCells(rows, farCells);
    bounds = boundsOf(rows);
  }
  const { minRow, maxRow, minCol, maxCol } = bounds;
  const width = maxCol - minCol + 1;
  const values: CellValue[][] = [];
  for (let i = minRow; i <= maxRow; i++) values.push(new Array<CellValue>(width).fill(null));
  for (const { r, cells } of rows) {
    const line = values[r - minRow];
    for (const { c, v } of cells) line[c - minCol] = v;
  }
  return { row: minRow, col: minCol, values };
}

/** The first and last filled row and column (maxRow 0: nothing is filled). */
function boundsOf(rows: CellRows): { minRow: number; maxRow: number; minCol: number; maxCol: number } {
  let minRow = Infinity;
  let maxRow = 0;
  let minCol = Infinity;
  let maxCol = 0;
  for (const { r, cells } of rows) {
    if (r < minRow) minRow = r;
    if (r > maxRow) maxRow = r;
    for (const { c } of cells) {
      if (c < minCol) minCol = c;
      if (c > maxCol) maxCol = c;
    }
  }
  return { minRow, maxRow, minCol, maxCol };
}

/** The cells before the first long run of empty rows (rows come in order), then of empty columns among those. */
function withoutFarCells(rows: CellRows, farCells: string[]): CellRows {
  const ordered = [...rows].sort((a, b) => a.r - b.r);
  let lastRow = ordered[0].r;
  let cut = ordered.length;
  for (let k = 1; k < ordered.length; k++) {
    if (ordered[k].r - lastRow > FAR_ROW_GAP) {
      cut = k;
      break;
    }
    lastRow = ordered[k].r;
  }
  const cols = [...new Set(ordered.slice(0, cut).flatMap((row) => row.cells.map((x) => x.c)))].sort((a, b) => a - b);
  let lastCol = cols[0];
  for (let k = 1; k < cols.length && cols[k] - lastCol <= FAR_COL_GAP; k++) lastCol = cols[k];
  const out: CellRows = [];
  ordered.forEach((row, k) => {
    const near = k < cut ? row.cells.filter((x) => x.c <= lastCol) : [];
    for (const x of row.cells) if (k >= cut || x.c > lastCol) farCells.push(cellAddress(row.r, x.c));
    if (near.length) out.push({ r: row.r, cells: near });
  });
  return out;
}

/** Cuts a table's rectangle out of the sheet's used grid (cells outside the used range are empty). */
export function sliceGrid(used: Grid | null, row: number, col: number, rows: number, cols: number): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const line = new Array<CellValue>(cols).fill(null);
    const src = used?.values[row + r - used.row];
    if (src && used) {
      for (let c = 0; c < cols; c++) {
        const v = src[col + c - used.col];
        if (v !== undefined) line[c] = v;
      }
    }
    out.push(line);
  }
  return out;
}
