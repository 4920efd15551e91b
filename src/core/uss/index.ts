/** Universal Schedule Standard (.uss) import and export. */
import type { WorkbookSnapshot } from "../snapshot";
import type { UssSheet } from "./types";

export { importUss, eighthsText } from "./import";
export { exportUss } from "./export";
export { ussDay, shootDates, type ShootCalendar } from "./calendar";
export { categoryKind } from "./categories";
export type { UssCell, UssSheet, UssImportOptions, UssImportResult, UssExportOptions, UssExportResult } from "./types";

/** Imported tables as a workbook snapshot (plain sheets, header in row 1), e.g. to check them before writing. */
export function snapshotFromSheets(sheets: UssSheet[], name?: string): WorkbookSnapshot {
  return {
    ...(name ? { name } : {}),
    sheets: sheets.map((s) => ({
      name: s.name,
      used: s.rows.length ? { row: 1, col: 1, values: s.rows.map((r) => r.map((v) => (v === "" ? null : v))) } : null,
      tables: [],
    })),
  };
}
