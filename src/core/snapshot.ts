/**
 * The workbook snapshot: everything the core reads, as plain data.
 * Adapters (Office.js, ExcelJS) build it; the core never touches a workbook itself.
 */
import type { ResourceType } from "./model";

/** An Excel error value in a cell (#N/A, #REF!, ...). */
export interface CellErrorValue {
  error: string;
}

/**
 * One cell value. Numbers that are dates or times stay Excel serials (days since 1899-12-30,
 * or since 1904-01-01 when the snapshot says date1904); adapters convert JS Dates to serials.
 */
export type CellValue = string | number | boolean | null | CellErrorValue;

/**
 * What a whole number's cell format says it is: "datetime" (the format shows a date and a time of day) or
 * "time" (a time of day and no date). See src/core/number-format.ts.
 */
export type FormatHint = "datetime" | "time";

/** Format hints of a sheet's cells, by formatHintKey(row, col) (src/core/number-format.ts). */
export type FormatHints = Map<number, FormatHint>;

/** A rectangle of values with the 1-based Excel row and column of its top-left cell. */
export interface Grid {
  /** 1-based row of values[0] */
  row: number;
  /** 1-based column of values[r][0] */
  col: number;
  values: CellValue[][];
}

/** An Excel table (ListObject); grid includes the header row as values[0]. */
export interface TableSnapshot extends Grid {
  name: string;
  /** The table shows Excel's totals row: its last row holds sums and labels, not data. */
  totalsRow?: boolean;
}

export interface SheetSnapshot {
  name: string;
  /** The used range; null for an empty sheet. */
  used: Grid | null;
  /** Excel tables on this sheet. */
  tables: TableSnapshot[];
  /** True when the add-in generated this sheet (marker found): it is never read as input. */
  generated?: boolean;
  /**
   * Merged areas as A1 ranges without the sheet ("B7:B8"). Values hold a merge's value in its top-left cell
   * only (as Excel gives them); the parser repeats it down a merge that spans data rows.
   */
  merges?: string[];
  /**
   * Filled cells the reader left out of `used`: far past the rest of the sheet (a value typed in XFD1048576 beside a
   * table in A1:J20), where the used range's dense grid would not fit in memory. The parser reports them.
   */
  farCells?: string[];
  /**
   * Number-format hints of number cells whose format shows a time of day, keyed by formatHintKey(row, col)
   * (1-based Excel row and column): what the value alone cannot say. A whole serial in a "datetime" cell is
   * midnight, not a date-only value (a Deadline at 00:00, not the end of the day); exactly 1 in a "time" (or
   * "datetime") cell is 24:00, not the hour 01:00; a Duration, Lead Time or hours cell shown as a time (`1:30`,
   * typed into Excel, is stored as 0.0625 of a day) holds days, not hours or minutes. Cells not listed, and
   * sheets without the record, read as their values say. Readers that know formats fill it and leave it out when
   * empty.
   */
  formatHints?: FormatHints;
}

/** A saved mapping of a table (by "Sheet" or "Sheet!Table") to a role and column overrides. */
export interface SavedTableMapping {
  role: string | "ignore";
  /** canonical column name -> header text in the table */
  columns?: Record<string, string>;
}

export interface WorkbookSnapshot {
  /** File name, for the report. */
  name?: string;
  sheets: SheetSnapshot[];
  /** The workbook uses the 1904 date system. */
  date1904?: boolean;
  /** Culture for text dates like 3/2/2026: "en-US" (month first, default) or any culture with day first. */
  culture?: string;
  /**
   * The decimal separator Excel uses for this user ("," in most of Europe), where the host says: it decides how text
   * numbers like `1.250` read. Without it, the culture's usual one.
   */
  decimalSeparator?: string;
  /** User settings saved in the workbook (table roles, rule-set edits, colours). */
  settings?: WorkbookSettings;
}

export interface WorkbookSettings {
  /** key: table name, or sheet name for a plain range */
  mappings?: Record<string, SavedTableMapping>;
  /** rule-set name -> overrides, same fields as a Rules table row */
  ruleSets?: Record<string, Partial<RuleSetNumbers>>;
  highlightColors?: { error?: string; warning?: string };
  production?: Record<string, string>;
  /** Resource types listed on the DOOD (the pane's Settings tab); absent: the cast only. */
  doodTypes?: ResourceType[];
}

export interface RuleSetNumbers {
  minRestHours: number | null;
  maxDayHours: number | null;
  maxConsecutiveDays: number | null;
  travelBufferMin: number;
  otAfterHours: number | null;
  otRate: number | null;
  dropDays: number;
}
