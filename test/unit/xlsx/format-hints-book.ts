/**
 * A workbook whose cells carry the number formats the snapshot's format hints read, built with ExcelJS, and the
 * hints a reader must find in it. Shared by the file readers' test and the Office.js path's.
 */
import ExcelJS from "exceljs";
import type { FormatHint, FormatHints } from "../../../src/core/snapshot";
import { hintsAt } from "../parse/snapshot-helpers";

const utc = (y: number, mo: number, d: number, h = 0, mi = 0): Date => new Date(Date.UTC(y, mo - 1, d, h, mi));

/** Column B of each row: value and format; `hint` is what the reader must give for B<row> (absent: none). */
export const FORMATTED_CELLS: { value: ExcelJS.CellValue; numFmt?: string; hint?: FormatHint; why: string }[] = [
  { value: utc(2026, 3, 12), numFmt: "m/d/yyyy h:mm", hint: "datetime", why: "a date-time at midnight" },
  { value: 46093, numFmt: "yyyy-mm-dd hh:mm:ss", hint: "datetime", why: "openpyxl's datetime format, a serial" },
  { value: 46093, numFmt: 'm/d/yy "h":mm', hint: "datetime", why: "built-in 22 (ExcelJS's name for it)" },
  { value: 1, numFmt: "h:mm", hint: "time", why: "built-in 20: a computed 24:00" },
  { value: 1, numFmt: "[h]:mm", hint: "time", why: "elapsed hours" },
  { value: 1, numFmt: "mm:ss", hint: "time", why: "built-in 45" },
  {
    value: { formula: "C5+8/24", result: 1 } as ExcelJS.CellFormulaValue,
    numFmt: "h:mm",
    hint: "time",
    why: "a formula's cached whole result",
  },
  { value: 0.5, numFmt: "h:mm", hint: "time", why: "a time (or a duration typed 12:00)" },
  { value: utc(2026, 3, 12, 7, 30), numFmt: "m/d/yyyy h:mm", hint: "datetime", why: "a date-time with a time" },
  { value: 46093, numFmt: "yyyy-mm-dd", why: "a date only" },
  { value: 46093, numFmt: "mmm", why: "m alone" },
  { value: 7, why: "General" },
  { value: 7, numFmt: '"h"0', why: "a quoted h" },
  { value: "1", numFmt: "h:mm", why: "text" },
  { value: true, numFmt: "h:mm", why: "a boolean" },
];

/** Sheet `Formats`: a header, then FORMATTED_CELLS in B2.. with a label in A; a merge B20:B21 of a hinted cell. */
export function formatsWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Formats");
  ws.addRow(["What", "Value"]);
  FORMATTED_CELLS.forEach((c, i) => {
    const cell = ws.getCell(i + 2, 2);
    cell.value = c.value;
    if (c.numFmt) cell.numFmt = c.numFmt;
    ws.getCell(i + 2, 1).value = c.why;
  });
  // Only the merge's top-left cell holds the value (and so the hint); the parser fills it down.
  ws.getCell("B20").value = 46093;
  ws.getCell("B20").numFmt = "m/d/yyyy h:mm";
  ws.mergeCells("B20:B21");
  // A sheet of whole numbers with no time format: no formatHints at all.
  wb.addWorksheet("Plain").addRow(["n", 1, 46093]);
  return wb;
}

/** The hints a reader must give for formatsWorkbook's `Formats` sheet, in reading order. */
export function expectedFormatHints(): FormatHints {
  const out: Record<string, FormatHint> = {};
  FORMATTED_CELLS.forEach((c, i) => {
    if (c.hint) out[`${i + 2},2`] = c.hint;
  });
  out["20,2"] = "datetime";
  return hintsAt(out);
}
