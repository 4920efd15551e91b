/** The Priorities sheet: one Excel table, most urgent first, header in row 1. */
import type { GeneratedSheet } from "../plan";
import type { Report } from "../report";
import type { Model } from "../model";
import { rangeAddress } from "../a1";
import { SheetBuilder, tableName, wrappedLines } from "./sheet-builder";
import { DATE_FORMAT, GRID, MUTED, TABLE_HEADER, num } from "./common";
import { dayNamesByDate } from "../shoot-day";
import { isoDate } from "../time";

export const PRIORITY_COLUMNS = [
  "Rank",
  "Item",
  "Date",
  "Day",
  "Scene / Description",
  "Score",
  // Slack and the critical path in a coordinator's words: the hours an item can slip without delaying what follows it.
  "Spare (h)",
  "Critical path",
  "Reasons",
] as const;
export const PRIORITIES_TABLE = tableName("Priorities");

const WIDTHS = [7, 14, 12, 10, 40, 8, 10, 12, 70];
/** 1-based columns of the texts that wrap. */
const SCENE_COL = 5;
const REASONS_COL = 9;

export function buildPrioritiesSheet(report: Report, model: Model, name: string): GeneratedSheet {
  const b = new SheetBuilder();
  const cols = PRIORITY_COLUMNS.length;
  b.setRow(1, 1, [...PRIORITY_COLUMNS]);
  b.style(1, 1, 1, cols, TABLE_HEADER);
  const priorities = [...report.priorities].sort((a, c) => a.rank - c.rank);
  const dayNames = dayNamesByDate(report.callSheets);
  let row = 1;
  for (const p of priorities) {
    row++;
    const item = model.itemById.get(p.item);
    const scene = [item?.scene ? `Sc ${item.scene}` : "", item?.set ?? "", item?.description ?? ""]
      .filter((s) => s)
      .join(" · ");
    const slack = num(p.slackMinutes);
    const reasons = p.reasons.join("; ");
    // Wrapped text needs its row's height written: a renderer that does not fit rows on opening prints it over the next.
    b.fitLines(
      row,
      Math.max(wrappedLines(scene, WIDTHS[SCENE_COL - 1]), wrappedLines(reasons, WIDTHS[REASONS_COL - 1])),
    );
    b.setRow(row, 1, [
      p.rank,
      p.item,
      item?.date != null ? item.date : null,
      // The day as its call sheet names it, so a line is found on the day's sheet.
      item?.date != null ? (dayNames.get(isoDate(item.date)) ?? null) : null,
      scene || null,
      num(p.score),
      slack === null ? null : Math.round((slack / 60) * 10) / 10,
      p.critical ? "Yes" : null,
      reasons || null,
    ]);
    if (p.critical) b.style(row, 8, 1, 1, { bold: true, fontColor: "#C00000" });
  }
  if (priorities.length === 0) {
    row++;
    b.set(row, SCENE_COL, "Nothing scheduled.");
    b.style(row, SCENE_COL, 1, 1, MUTED);
  }
  if (row > 1) {
    b.style(2, 3, row - 1, 1, { numberFormat: DATE_FORMAT, hAlign: "left" });
    b.style(2, 6, row - 1, 2, { numberFormat: "0.0" });
    b.style(2, SCENE_COL, row - 1, 1, { wrap: true });
    b.style(2, REASONS_COL, row - 1, 1, { wrap: true });
  }
  b.style(1, 1, row, cols, GRID);
  return b.build("priorities", "priorities", name, WIDTHS, {
    table: { range: rangeAddress(1, 1, row, cols), name: PRIORITIES_TABLE },
    freeze: { rows: 1, columns: 0 },
    print: { orientation: "landscape", fitToWidth: true, printArea: b.usedRange(cols), titleRows: "1:1" },
  });
}
