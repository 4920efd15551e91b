/**
 * Set 4's one builder beyond set 1's helpers: an Excel table (ListObject) on its own sheet, with date cells
 * formatted as dates and the given columns formatted as times of day.
 */
import ExcelJS from "exceljs";
import { formatCell, type CellInput } from "../conformance/helpers";

export function tableSheet(
  wb: ExcelJS.Workbook,
  sheetName: string,
  tableName: string,
  headers: string[],
  rows: CellInput[][],
  timeColumns: number[] = [],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheetName);
  ws.addTable({
    name: tableName,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows,
  });
  rows.forEach((r, i) => {
    r.forEach((v, c) => formatCell(ws.getRow(2 + i).getCell(c + 1), v, timeColumns.includes(c), "ddd m/d/yy"));
  });
  ws.columns.forEach((c) => (c.width = 16));
  return ws;
}
