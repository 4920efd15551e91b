/**
 * The DOOD sheet: Cast # | Name | one column per shoot day | Work | Hold | Travel | Start | Finish,
 * coloured like a stripboard DOOD, with a count of working cast per day and a legend.
 */
import type { GeneratedSheet } from "../plan";
import type { Report } from "../report";
import type { Model } from "../model";
import { dayFromIso } from "../time";
import { SheetBuilder } from "./sheet-builder";
import { DATE_FORMAT, GRID, MUTED, SUBTITLE, TABLE_HEADER, TITLE, dateValue, looseKey, shortDateText } from "./common";

/** Fill per DOOD code (the first code when a cell holds several, e.g. "W/T"). */
export const DOOD_COLORS: Record<string, string> = {
  SW: "#70AD47",
  SWF: "#70AD47",
  W: "#E2EFDA",
  WF: "#F4B084",
  H: "#FFE699",
  T: "#9DC3E6",
  R: "#C9B3E6",
  F: "#C9B3E6",
  WD: "#BFBFBF",
  PW: "#BFBFBF",
};

const LEGEND: [string, string][] = [
  ["SW", "start work"],
  ["W", "work"],
  ["WF", "work finish"],
  ["SWF", "start-work-finish"],
  ["H", "hold"],
  ["T", "travel"],
  ["R", "rehearsal"],
  ["F", "fitting"],
  ["WD", "work, then drop"],
  ["PW", "pick up, work"],
];

const WORK_CODES = new Set(["SW", "W", "WF", "SWF", "WD", "PW"]);

export const DOOD_HEADER_ROWS = 4;
export const DOOD_FIRST_DAY_COL = 3;

export function doodColor(code: string): string | undefined {
  const first = code
    .trim()
    .toUpperCase()
    .split(/[\s/,+]+/)[0];
  return DOOD_COLORS[first];
}

/** "Day N": the Shoot Day written in the schedule when there is one, else the position. */
function dayLabels(days: string[], model: Model): string[] {
  return days.map((iso, i) => {
    const d = dayFromIso(iso);
    const shootDay = model.hasShootDayColumn
      ? model.items.find((it) => it.date === d && !it.cancelled && it.shootDay !== undefined)?.shootDay
      : undefined;
    return `Day ${shootDay ?? i + 1}`;
  });
}

export function buildDoodSheet(report: Report, model: Model, name: string): GeneratedSheet {
  const b = new SheetBuilder();
  const { days, rows } = report.dood;
  const first = DOOD_FIRST_DAY_COL;
  const totalsCol = first + days.length;
  const lastCol = totalsCol + 4;
  const title = model.production[Object.keys(model.production).find((k) => looseKey(k) === "title") ?? ""];

  b.set(1, 1, title ? `Day Out of Days: ${title}` : "Day Out of Days");
  b.style(1, 1, 1, 1, TITLE);
  b.height(1, 24);
  b.set(
    2,
    1,
    days.length > 0
      ? `${days.length} shoot day${days.length === 1 ? "" : "s"}, ${rows.length} cast, ${shortDateText(days[0])} to ${shortDateText(days[days.length - 1])}`
      : "No shoot days scheduled.",
  );
  b.style(2, 1, 1, 1, SUBTITLE);

  // Two header rows: date, then "Day N"; the fixed columns span both.
  const h = 3;
  b.setRow(h, 1, ["Cast #", "Name"]);
  b.setRow(h, totalsCol, ["Work", "Hold", "Travel", "Start", "Finish"]);
  for (const col of [1, 2, totalsCol, totalsCol + 1, totalsCol + 2, totalsCol + 3, totalsCol + 4])
    b.merge(h, col, 2, 1);
  const labels = dayLabels(days, model);
  days.forEach((iso, i) => {
    b.set(h, first + i, shortDateText(iso));
    b.set(h + 1, first + i, labels[i]);
  });
  b.style(h, 1, 2, lastCol, { ...TABLE_HEADER, hAlign: "center", wrap: true });
  b.height(h, 30);

  let row = h + 1;
  const working = days.map(() => 0);
  for (const r of rows) {
    row++;
    const resource = model.resourceByKey.get(r.resource.toLowerCase());
    b.setRow(row, 1, [r.resource, r.name ?? resource?.name ?? null]);
    // Colour runs of the same code as one range to keep the style list short.
    let runStart = -1;
    let runColor: string | undefined;
    const flush = (end: number) => {
      if (runColor && runStart >= 0) b.style(row, first + runStart, 1, end - runStart, { fill: runColor });
    };
    days.forEach((_, i) => {
      const code = (r.codes[i] ?? "").trim();
      if (code) b.set(row, first + i, code);
      if (WORK_CODES.has(code.toUpperCase().split(/[\s/,+]+/)[0])) working[i]++;
      const color = code ? doodColor(code) : undefined;
      if (color !== runColor) {
        flush(i);
        runStart = i;
        runColor = color;
      }
    });
    flush(days.length);
    b.setRow(row, totalsCol, [r.work, r.hold, r.travel ?? 0, dateValue(r.start), dateValue(r.finish)]);
  }
  const firstData = h + 2;
  if (row >= firstData) {
    b.style(firstData, first, row - firstData + 1, days.length + 3, { hAlign: "center" });
    b.style(firstData, totalsCol + 3, row - firstData + 1, 2, { numberFormat: DATE_FORMAT });
  }
  if (rows.length === 0) {
    row++;
    b.set(row, 2, "No cast scheduled.");
    b.style(row, 2, 1, 1, MUTED);
  }
  // Per-day count of working cast.
  row++;
  b.set(row, 2, "Cast working");
  days.forEach((_, i) => b.set(row, first + i, working[i]));
  b.style(row, 1, 1, lastCol, { bold: true, fill: "#F2F2F2", hAlign: "center" });
  b.style(row, 2, 1, 1, { hAlign: "left" });
  b.style(h, 1, row - h + 1, lastCol, GRID);

  // Legend, two codes per row pair so it prints in the first columns.
  row += 2;
  b.set(row, 1, "Legend");
  b.style(row, 1, 1, 1, { bold: true });
  for (const [code, meaning] of LEGEND) {
    row++;
    b.setRow(row, 1, [code, meaning]);
    b.style(row, 1, 1, 1, { fill: DOOD_COLORS[code], hAlign: "center", border: "thin" });
  }

  const widths = [8, 24, ...days.map(() => 7), 6, 6, 7, 11, 11];
  return b.build("dood", "dood", name, widths, {
    freeze: { rows: DOOD_HEADER_ROWS, columns: 2 },
    print: { orientation: "landscape", fitToWidth: true, printArea: b.usedRange(lastCol), titleRows: `${h}:${h + 1}` },
  });
}
