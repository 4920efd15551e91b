/**
 * Set 5's builders beyond set 1's helpers: a plain range or an Excel table that does not start at A1 (title
 * blocks, blank rows and columns around it), with date cells formatted as dates and chosen columns as times.
 */
import ExcelJS from "exceljs";
import { formatCell, styleHeader, type CellInput } from "../conformance/helpers";

export interface Placement {
  /** 1-based row of the header. */
  headerRow: number;
  /** 1-based column of the first header cell. */
  firstColumn?: number;
  /** Zero-based columns (relative to the first) whose numbers are times of day. */
  timeColumns?: number[];
}

/** A plain range whose header sits at (headerRow, firstColumn); rows follow it, `null` rows stay blank. */
export function plainRangeAt(
  ws: ExcelJS.Worksheet,
  header: string[],
  rows: (CellInput[] | null)[],
  where: Placement,
): void {
  const col0 = where.firstColumn ?? 1;
  const times = where.timeColumns ?? [];
  const headerRow = ws.getRow(where.headerRow);
  header.forEach((h, i) => (headerRow.getCell(col0 + i).value = h));
  styleHeader(headerRow);
  rows.forEach((r, k) => {
    if (r === null) return;
    const row = ws.getRow(where.headerRow + 1 + k);
    r.forEach((v, i) => {
      if (v === null) return;
      const cell = row.getCell(col0 + i);
      cell.value = v as ExcelJS.CellValue;
      formatCell(cell, v, times.includes(i), "ddd m/d/yyyy");
    });
  });
  ws.columns.forEach((c) => (c.width = 16));
}

/** An Excel table (ListObject) whose header is at `ref` (e.g. "B3"). */
export function tableAt(
  ws: ExcelJS.Worksheet,
  tableName: string,
  ref: string,
  header: string[],
  rows: ExcelJS.CellValue[][],
  timeColumns: number[] = [],
  totals?: Record<number, Pick<ExcelJS.TableColumnProperties, "totalsRowLabel" | "totalsRowFunction">>,
): void {
  ws.addTable({
    name: tableName,
    ref,
    headerRow: true,
    // Excel's own "Total Row" (Table Design > Total Row): the table's last row, not data.
    totalsRow: totals !== undefined,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: header.map((name, i) => ({ name, filterButton: true, ...(totals?.[i] ?? {}) })),
    rows,
  });
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(ref) ?? ["", "A", "1"];
  const row0 = Number(digits);
  const col0 = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  rows.forEach((r, k) => {
    r.forEach((v, i) => {
      const cell = ws.getRow(row0 + 1 + k).getCell(col0 + i);
      if (v instanceof Date || typeof v === "number") formatCell(cell, v, timeColumns.includes(i), "ddd m/d/yyyy");
    });
  });
  ws.columns.forEach((c) => (c.width = 16));
}

/** A cell holding a formula whose cached result is an Excel error (what a broken lookup or total leaves). */
export function errorCell(formula: string, error: "#N/A" | "#REF!" | "#DIV/0!" | "#VALUE!"): ExcelJS.CellValue {
  return { formula, result: { error } } as ExcelJS.CellValue;
}
