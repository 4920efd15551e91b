/** Small builders for workbook snapshots in parse tests. */
import type { CellValue, FormatHint, FormatHints, SheetSnapshot, WorkbookSnapshot } from "../../../src/core/snapshot";
import { formatHintKey } from "../../../src/core/number-format";
import { dayFromIso } from "../../../src/core/time";

/** A sheet whose used range starts at A1 (or at `row`,`col`). */
export function rangeSheet(name: string, values: CellValue[][], row = 1, col = 1): SheetSnapshot {
  return { name, used: { row, col, values }, tables: [] };
}

/** A sheet holding one Excel table at A1 (or `row`,`col`). */
export function tableSheet(name: string, table: string, values: CellValue[][], row = 1, col = 1): SheetSnapshot {
  return { name, used: { row, col, values }, tables: [{ name: table, row, col, values }] };
}

/** Format hints written as { "row,col": hint } (1-based Excel row and column), as a snapshot holds them. */
export function hintsAt(byCell: Record<string, FormatHint>): FormatHints {
  return new Map(
    Object.entries(byCell).map(([at, hint]) => {
      const [row, col] = at.split(",").map(Number);
      return [formatHintKey(row, col), hint];
    }),
  );
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

/** "2026-03-02" -> 1900-system serial. */
export function serial(iso: string): number {
  const d = dayFromIso(iso);
  if (d === null) throw new Error(`bad test date ${iso}`);
  return d;
}

/** "2026-03-02 07:30" -> minutes. */
export function minutes(text: string): number {
  const [d, t] = text.split(" ");
  const [h, m] = (t ?? "00:00").split(":").map(Number);
  return serial(d) * 1440 + h * 60 + m;
}

/** A small production: one cast member (1 Ada), one crew member (G1 Gus), two strips naming them. */
export function castAndCrewWorkbook(settings?: WorkbookSnapshot["settings"]): WorkbookSnapshot {
  return {
    sheets: [
      rangeSheet("Schedule", [
        ["ID", "Date", "Start", "End", "Cast", "Crew"],
        ["S1", "2026-03-02", "07:00", "09:00", "1", "G1"],
        ["S2", "2026-03-04", "07:00", "09:00", "1", ""],
      ]),
      rangeSheet("Cast", [
        ["ID", "Name"],
        ["1", "Ada"],
      ]),
      rangeSheet("Crew", [
        ["ID", "Name"],
        ["G1", "Gus"],
      ]),
    ],
    ...(settings ? { settings } : {}),
  };
}
