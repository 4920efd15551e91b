/**
 * The write plan: data saying what to write back. Executors (src/excel with Office.js,
 * src/xlsx with ExcelJS) apply it mechanically; they decide nothing about content.
 */
import type { Severity } from "./report";

/** Marker put on every sheet and highlight the add-in writes, so a rerun or Clear finds exactly its own. */
export const GENERATED_MARKER = "ProductionCoordinator";

/**
 * The registry of generated sheets and saved settings in an .xlsx (ExcelJS has no worksheet custom properties):
 * a very-hidden sheet `_pc_meta` (`_pc_meta2`... when a user took the name) marked in A1. Both executors read it.
 */
export const META_SHEET = "_pc_meta";
export const META_SHEET_PATTERN = /^_pc_meta\d*$/;
export const META_TITLE = `${GENERATED_MARKER} meta`;

/** A value to write. Strings are always written as text (never as formulas). */
export type PlanValue = string | number | boolean | null;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** #RRGGBB */
  fontColor?: string;
  /** #RRGGBB */
  fill?: string;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "middle" | "bottom";
  wrap?: boolean;
  border?: "thin" | "medium" | "bottom";
  numberFormat?: string;
}

export interface StyleRun {
  /** A1 range on the generated sheet. */
  range: string;
  style: CellStyle;
}

export interface ValueBlock {
  /** A1 address of the top-left cell. */
  at: string;
  values: PlanValue[][];
}

export interface Hyperlink {
  /** Cell on the generated sheet holding the link. */
  cell: string;
  /** Target sheet and range in this workbook. */
  sheet: string;
  range: string;
  text: string;
  /**
   * The target is a sheet of this plan, whose name may take a suffix as it is written (beside a user's sheet of that
   * name). Otherwise it is a user's sheet, named as it is: a data issue on the user's own `Conflicts` sheet links
   * there, not to the generated `Conflicts (2)`.
   */
  generated?: boolean;
}

export type GeneratedKind = "conflicts" | "priorities" | "dood" | "cost-report" | "call-sheet";

export interface GeneratedSheet {
  /** Stable identity across runs, e.g. "conflicts" or "call-sheet:2026-03-02". */
  key: string;
  kind: GeneratedKind;
  /** Wanted name; the executor adds a suffix when a user sheet already has it. */
  name: string;
  blocks: ValueBlock[];
  styles: StyleRun[];
  merges: string[];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  /** Row heights in points, by 1-based row. */
  rowHeights?: Record<number, number>;
  /** Write this range as an Excel table (header row first). */
  table?: { range: string; name: string };
  /** Further Excel tables on the same sheet (optional; e.g. the data issues below the conflicts). */
  tables?: { range: string; name: string }[];
  hyperlinks: Hyperlink[];
  freeze?: { rows: number; columns: number };
  print?: {
    orientation: "portrait" | "landscape";
    fitToWidth: boolean;
    printArea: string;
    /** e.g. "1:3" */
    titleRows?: string;
    /** Columns printed at the left of every page, e.g. "A:B" (a sheet too wide for one page, printed across). */
    titleColumns?: string;
    /** Rows that start a new printed page: a manual page break above each, ascending. */
    pageBreaks?: number[];
    /** Columns (1-based) that start a new printed page across: a manual page break left of each, ascending. */
    columnBreaks?: number[];
    /**
     * The footer's centre on every printed page, in Excel's header/footer codes (`&P` the page, `&N` the pages, `&A`
     * the sheet's name, `&&` an ampersand).
     */
    footer?: string;
    /**
     * The header's left on every printed page, in the same codes: what a sheet printed across several pages is, where
     * its title rows would be cut at the repeated columns.
     */
    header?: string;
  };
  tabColor?: string;
}

export interface Highlight {
  sheet: string;
  /** A1 ranges (cells or row spans) on a user sheet. */
  ranges: string[];
  severity: Severity;
  /** #RRGGBB fill. */
  color: string;
}

export interface WritePlan {
  highlights: Highlight[];
  sheets: GeneratedSheet[];
}
