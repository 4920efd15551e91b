/**
 * The write plan: everything written back (highlights and generated sheets) as plain data, so the
 * Office.js and ExcelJS executors apply it mechanically and produce the same workbook.
 */
import type { Model } from "../model";
import type { Report } from "../report";
import type { GeneratedSheet, WritePlan } from "../plan";
import { textPrefix } from "../text";
import { buildHighlights, DEFAULT_COLORS } from "./highlights";
import { buildConflictsSheet } from "./conflicts-sheet";
import { buildPrioritiesSheet } from "./priorities-sheet";
import { buildDoodSheet } from "./dood-sheet";
import { buildCostSheet } from "./cost-sheet";
import { buildCallSheet } from "./call-sheet";
import { castDood } from "../dood";
import { parseCell, parseRange } from "../a1";

export { DEFAULT_COLORS } from "./highlights";
export { CALL_SHEET_SECTIONS } from "./call-sheet";
export { CONFLICTS_TABLE, DATA_ISSUES_TABLE } from "./conflicts-sheet";
export { PRIORITIES_TABLE } from "./priorities-sheet";

export interface PlanOptions {
  colors?: { error?: string; warning?: string };
  /** Which generated sheets to write; default all. Call sheets by ISO date or by sheet name. */
  include?: {
    conflicts?: boolean;
    priorities?: boolean;
    dood?: boolean;
    costReport?: boolean;
    callSheets?: string[] | "all";
  };
  /** Allocated names of the fixed sheets by key (CheckResult.sheetNames); defaults below. */
  sheetNames?: Record<string, string>;
  /** Write highlights on the user's sheets (default true). */
  highlights?: boolean;
  /**
   * Names of the generated sheets the workbook holds now. The executors remove the last run's sheets before writing, so
   * each of these that this run can make again is written again, whatever `include` says: a Check refreshes the call
   * sheets and DOOD a Generate wrote instead of dropping them.
   */
  keep?: readonly string[];
  /**
   * The workbook counts dates from 1904 (Mac Excel's old default, LibreOffice's `date1904="true"`): the generated
   * sheets' date cells are written as its serials, else every date shows 4 years and a day late.
   */
  date1904?: boolean;
}

export const DEFAULT_SHEET_NAMES: Record<string, string> = {
  conflicts: "Conflicts",
  priorities: "Priorities",
  dood: "DOOD",
  "cost-report": "Cost Report",
};

export function buildWritePlan(report: Report, model: Model, options: PlanOptions = {}): WritePlan {
  const include = options.include ?? {};
  const nameOf = (key: string) => options.sheetNames?.[key] || DEFAULT_SHEET_NAMES[key];
  const kept = new Set((options.keep ?? []).map((n) => n.toLowerCase()));
  const wants = (key: string, asked: boolean | undefined) => asked !== false || kept.has(nameOf(key).toLowerCase());
  const colors = { ...DEFAULT_COLORS, ...stripEmpty(options.colors) };
  const sheets: GeneratedSheet[] = [];
  if (wants("conflicts", include.conflicts)) sheets.push(buildConflictsSheet(report, model, nameOf("conflicts")));
  if (wants("priorities", include.priorities)) sheets.push(buildPrioritiesSheet(report, model, nameOf("priorities")));
  if (wants("dood", include.dood)) sheets.push(buildDoodSheet(report, model, nameOf("dood")));
  if (wants("cost-report", include.costReport)) sheets.push(buildCostSheet(report, model, nameOf("cost-report")));
  const wanted = include.callSheets ?? "all";
  // The call sheets name the cast on hold or travelling that day, whatever types the DOOD sheet lists.
  const castOnly = castDood(report.dood, model);
  for (const cs of report.callSheets) {
    const asked = wanted === "all" || wanted.includes(cs.date) || wanted.includes(cs.sheet);
    if (!asked && !kept.has(cs.sheet.toLowerCase())) continue;
    sheets.push(buildCallSheet(cs, model, castOnly));
  }
  // Every printed page says which sheet and which page of how many it is: a call sheet runs to two or three.
  for (const sheet of sheets) if (sheet.print) sheet.print.footer = PAGE_FOOTER;
  if (options.date1904) for (const sheet of sheets) shiftDatesTo1904(sheet);
  for (const sheet of sheets) clipLongTexts(sheet);
  const highlights = options.highlights === false ? [] : buildHighlights(report.conflicts, model, colors);
  return { highlights, sheets };
}

/** "Call Sheet Day 3 · Page 1 of 2" (Excel's codes: the sheet's name, the page, the pages). */
export const PAGE_FOOTER = "&A · Page &P of &N";

function stripEmpty(colors: PlanOptions["colors"]): Partial<Record<"error" | "warning", string>> {
  const out: Partial<Record<"error" | "warning", string>> = {};
  if (colors?.error && /^#[0-9A-Fa-f]{6}$/.test(colors.error)) out.error = colors.error.toUpperCase();
  if (colors?.warning && /^#[0-9A-Fa-f]{6}$/.test(colors.warning)) out.warning = colors.warning.toUpperCase();
  return out;
}

/** The most characters a cell holds (Excel; Office.js refuses a longer value, and the whole write with it). */
export const MAX_CELL_TEXT = 32767;

/**
 * Texts cut to what a cell holds, with "…" (never inside a surrogate pair): a user's text at the limit becomes longer
 * in a generated cell that quotes it (`Day Out of Days: ` and a 32,767-character Title, g44).
 */
export function clipText(text: string, max = MAX_CELL_TEXT): string {
  if (text.length <= max) return text;
  return `${textPrefix(text, max - 1)}…`;
}

function clipLongTexts(sheet: GeneratedSheet): void {
  for (const block of sheet.blocks)
    for (const line of block.values)
      for (let j = 0; j < line.length; j++) {
        const v = line[j];
        if (typeof v === "string" && v.length > MAX_CELL_TEXT) line[j] = clipText(v);
      }
  for (const link of sheet.hyperlinks) link.text = clipText(link.text);
}

/** Days from 1900-01-00 (Excel's 1900 system) to 1904-01-01, day 0 of the 1904 system. */
const DAYS_1900_TO_1904 = 1462;

/** Whether a number format shows a date (a day or a year; a time alone is the same number in both systems). */
function showsDate(format: string): boolean {
  return /[dy]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ""));
}

/** The sheet's date cells (numbers under a date format) as 1904-system serials. */
function shiftDatesTo1904(sheet: GeneratedSheet): void {
  const ranges = sheet.styles
    .filter((run) => run.style.numberFormat && showsDate(run.style.numberFormat))
    .map((run) => parseRange(run.range))
    .filter((r): r is NonNullable<typeof r> => r !== null);
  if (ranges.length === 0) return;
  const isDate = (row: number, col: number) =>
    ranges.some((r) => row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols);
  for (const block of sheet.blocks) {
    const at = parseCell(block.at);
    if (!at) continue;
    block.values.forEach((line, i) =>
      line.forEach((v, j) => {
        if (typeof v === "number" && v >= DAYS_1900_TO_1904 && isDate(at.row + i, at.col + j))
          line[j] = v - DAYS_1900_TO_1904;
      }),
    );
  }
}
