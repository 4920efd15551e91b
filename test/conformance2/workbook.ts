/**
 * Set 2 helpers: set 1's comparison helpers (imported, not copied) plus a saver that writes to
 * test-output/conformance2 and a builder for plain-range sheets.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { readWorkbookFile } from "../../src/xlsx/read";
import { check } from "../../src/core/check";
import type { Report } from "../../src/core/report";
import { styleHeader } from "../conformance/helpers";

export const OUTPUT_DIR_2 = path.join(__dirname, "..", "..", "test-output", "conformance2");

export type CellInput = string | number | Date | null;

/** Saves the workbook where people can open it, reads the saved file the way the CLI does and checks it. */
export async function saveAndCheck2(wb: ExcelJS.Workbook, fileName: string): Promise<Report> {
  fs.mkdirSync(OUTPUT_DIR_2, { recursive: true });
  const file = path.join(OUTPUT_DIR_2, fileName);
  await wb.xlsx.writeFile(file);
  const { snapshot } = await readWorkbookFile(file);
  return check(snapshot).report;
}

/** Number formats the way a coordinator would set them: date, date-time, or time of day. */
export function formatCell(cell: ExcelJS.Cell, value: CellInput, timeOnly = false): void {
  if (value instanceof Date) {
    cell.numFmt = value.getUTCHours() || value.getUTCMinutes() ? "m/d/yyyy h:mm" : "m/d/yyyy";
  } else if (timeOnly && typeof value === "number") {
    cell.numFmt = "h:mm";
  }
}

/** A plain-range sheet (no Excel table): a bold header row, then the rows. */
export function plainSheet(
  wb: ExcelJS.Workbook,
  name: string,
  header: string[],
  rows: CellInput[][],
  timeColumns: number[] = [],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.addRow(header);
  styleHeader(ws.getRow(1));
  for (const r of rows) {
    const row = ws.addRow(r);
    r.forEach((v, i) => formatCell(row.getCell(i + 1), v, timeColumns.includes(i)));
  }
  ws.columns.forEach((c) => (c.width = 18));
  return ws;
}

/** The generated call-sheet names by date (contract section 8). */
export function callSheetNames(report: Report): { date: string; sheet: string }[] {
  return report.callSheets.map((s) => ({ date: s.date, sheet: s.sheet }));
}
