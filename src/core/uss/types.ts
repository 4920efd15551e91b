/** Shapes shared by the USS (Universal Schedule Standard v1.0) importer and exporter. */

/** One cell of an imported table: text, number, or empty. Dates are ISO text (YYYY-MM-DD). */
export type UssCell = string | number | null;

/** One plain worksheet: rows[0] is the header row. */
export interface UssSheet {
  name: string;
  rows: UssCell[][];
}

export interface UssImportOptions {
  /** Stripboard to import, by name (case-insensitive) or id; default: the first that has strips. */
  board?: string;
  /** ISO date (YYYY-MM-DD) used as the start when the calendar has no start event (or to override it). */
  start?: string;
}

export interface UssImportResult {
  /** False when nothing could be imported (not JSON, no breakdowns, unknown board). */
  ok: boolean;
  sheets: UssSheet[];
  /** Everything read differently from the file or left out, each naming its JSON path. */
  messages: string[];
  /** Name of the stripboard and calendar actually used. */
  board?: string;
  calendar?: string;
}

export interface UssExportOptions {
  /** Schedule name written to the header (default: the Production Title, else "Schedule"). */
  name?: string;
  /** ISO date-time written as `created` (the core never reads the clock); default null. */
  created?: string;
}

export interface UssExportResult {
  /** The USS document: `{ universalScheduleStandard: {...} }`. */
  uss: { universalScheduleStandard: Record<string, unknown> };
  /** The same, as pretty-printed JSON text. */
  json: string;
  messages: string[];
}

/** What a breakdown category becomes in the workbook. */
export type CategoryKind =
  | "set"
  | "ie"
  | "dn"
  | "scriptDay"
  | "unit"
  | "sequence"
  | "location"
  | "cast"
  | "crew"
  | "equipment"
  | "vehicle"
  | "other";
