/** A1 addresses: column letters, cell and range text. */

/** 1 -> "A", 27 -> "AA". */
export function columnLetters(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AA" -> 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Excel's last column (XFD): keys below are unique for every row and column. */
const COLUMNS = 16384;

/** A number naming a cell by its 1-based row and column, for maps of cells (no string per cell). */
export function cellKey(row: number, col: number): number {
  return row * COLUMNS + col;
}

/** The row and the column of a cellKey. */
export function rowOfKey(key: number): number {
  return Math.floor(key / COLUMNS);
}
export function colOfKey(key: number): number {
  return key % COLUMNS;
}

/** (7, 3) -> "C7". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** A rectangle -> "A1:C7" (or "A1" for one cell). */
export function rangeAddress(row: number, col: number, rows: number, cols: number): string {
  const a = cellAddress(row, col);
  if (rows <= 1 && cols <= 1) return a;
  return `${a}:${cellAddress(row + rows - 1, col + cols - 1)}`;
}

/** "C7" -> { row: 7, col: 3 }; null when not a cell address. */
export function parseCell(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  return m ? { row: +m[2], col: columnNumber(m[1]) } : null;
}

/** A rectangle of cells: its top-left cell and its size. */
export type Rect = { row: number; col: number; rows: number; cols: number };

/** Whether two rectangles share a cell. */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** "A1:C7" -> top-left and size; a single cell is 1x1. */
export function parseRange(address: string): { row: number; col: number; rows: number; cols: number } | null {
  const [a, b] = address.split(":");
  const p = parseCell(a);
  const q = b ? parseCell(b) : p;
  if (!p || !q) return null;
  const row = Math.min(p.row, q.row);
  const col = Math.min(p.col, q.col);
  return { row, col, rows: Math.abs(q.row - p.row) + 1, cols: Math.abs(q.col - p.col) + 1 };
}

/** A sheet name in quotes, a quote doubled: print names and registry links quote every name. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Quote a sheet name for a formula or address where it needs it: 'Call Sheet Day 1'!A1, Conflicts!A1. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : quotedSheet(name);
}
