/** Shared by both .xlsx readers: a sheet's filled cells -> its used-range grid, and tables cut out of it. */
import type { CellValue, Grid } from "../core/snapshot";

/** Filled cells by row: r and c are 1-based Excel row and column numbers. */
export type CellRows = { r: number; cells: { c: number; v: CellValue }[] }[];

/** The used range: from the first to the last filled row and column; null when nothing is filled. */
export function gridFromRows(rows: CellRows): Grid | null {
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
  if (maxRow === 0) return null;
  const width = maxCol - minCol + 1;
  const values: CellValue[][] = [];
  for (let i = minRow; i <= maxRow; i++) values.push(new Array<CellValue>(width).fill(null));
  for (const { r, cells } of rows) {
    const line = values[r - minRow];
    for (const { c, v } of cells) line[c - minCol] = v;
  }
  return { row: minRow, col: minCol, values };
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
