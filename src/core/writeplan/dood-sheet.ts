/**
 * The DOOD sheet: Cast # | Name | Character | one column per shoot day | Work | Hold | Travel | Start | Finish,
 * coloured like a stripboard DOOD (the Character column only where some row's resource has a Role), with a count of
 * working cast per day and a legend. When the DOOD lists other resource types too (contract §7, on request), the rows
 * are grouped under a heading per type, with a count row per type; the columns stay the same, so the sheet prints as
 * wide as the cast-only one.
 */
import { DOOD_NO_DAYS, DOOD_TITLE } from "../generated-marks";
import type { GeneratedSheet } from "../plan";
import type { CallSheet, DoodRow, Report } from "../report";
import type { Model, Resource, ResourceType } from "../model";
import { SheetBuilder, wrappedLines } from "./sheet-builder";
import { rangeAddress } from "../a1";
import { textPrefix } from "../text";
import { dayNamesByDate } from "../shoot-day";
import { WORK_CODES } from "../dood";
import {
  DATE_FORMAT,
  GRID,
  MUTED,
  SUBTITLE,
  TABLE_HEADER,
  TITLE,
  dateValue,
  findResource,
  looseKey,
  shortDateText,
} from "./common";

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
  SWD: "#BFBFBF",
  PWF: "#BFBFBF",
  PWD: "#BFBFBF",
};

/**
 * The most shoot days a DOOD prints on one page width: its columns (8 + 24 + 7 a day + 41 characters) at 24 days
 * fit a landscape page at about 60 %, still legible; more would shrink the print below about 6 pt.
 */
export const DAYS_ON_ONE_PAGE = 24;

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
  ["SWD", "start work, then drop"],
  ["PWF", "pick up, work finish"],
  ["PWD", "pick up, work, then drop"],
];

export const DOOD_HEADER_ROWS = 4;
/** Widths of the Name and Character columns, in characters. */
const NAME_WIDTH = 24;
const ROLE_WIDTH = 20;
/** The first shoot day's column when no row has a Character (Role); one further right when some row does. */
export const DOOD_FIRST_DAY_COL = 3;

/**
 * Each row's Character (its resource's Role), or none at all when no row's resource has one. A row names its resource
 * by label, which for someone listed by name only is the name: findResource, not the key map, finds them.
 */
function doodRoles(resources: readonly (Resource | undefined)[]): (string | null)[] | undefined {
  const roles = resources.map((r) => r?.role?.trim() || null);
  return roles.some((x) => x !== null) ? roles : undefined;
}

/** The column of the DOOD sheet's first shoot day for this report (after Cast #, Name and, if any, Character). */
export function doodFirstDayColumn(report: Report, model: Model): number {
  const resources = report.dood.rows.map((r) => findResource(model, r.resource));
  return doodRoles(resources) ? DOOD_FIRST_DAY_COL + 1 : DOOD_FIRST_DAY_COL;
}

export function doodColor(code: string): string | undefined {
  const first = code
    .trim()
    .toUpperCase()
    .split(/[\s/,+]+/)[0];
  return DOOD_COLORS[first];
}

/** US Letter, landscape, less Excel's Normal margins (0.7 in left and right), in points. */
const LETTER_LANDSCAPE_WIDTH = (11 - 2 * 0.7) * 72;
/**
 * Points a column of width w takes at its widest rendering: Excel draws 7w pixels (5.25 pt a character); LibreOffice
 * without Calibri measures wider (12 days and Cast # and Name, 116 characters, fill its Letter landscape page: under
 * 5.96 pt). Breaks placed by this leave each page's columns on that page wherever it prints, 11 days a page.
 */
const WIDEST_POINTS_PER_CHAR = 6;

/**
 * Where the pages of a DOOD printed across start (its first `titleColumns` columns repeat on each): as many whole days
 * as a landscape page holds, then the totals (the columns after the days) together, on the last page of days if they
 * fit there, else on a page of their own. 1-based columns, each the first of a page.
 */
export function dayColumnBreaks(widths: number[], firstDay: number, dayCount: number, titleColumns = 2): number[] {
  const points = (from: number, to: number) =>
    widths.slice(from - 1, to - 1).reduce((s, w) => s + w, 0) * WIDEST_POINTS_PER_CHAR;
  const room = LETTER_LANDSCAPE_WIDTH - points(1, titleColumns + 1);
  const breaks: number[] = [];
  let used = 0;
  for (let col = firstDay; col < firstDay + dayCount; col++) {
    const w = points(col, col + 1);
    if (used > 0 && used + w > room) {
      breaks.push(col);
      used = 0;
    }
    used += w;
  }
  const totals = firstDay + dayCount;
  if (used > 0 && used + points(totals, widths.length + 1) > room) breaks.push(totals);
  return breaks;
}

/** Excel's 255 characters of a header, less the section's code (`&L`) the executors put before the text. */
const HEADER_ROOM = 255 - "&L".length;

/**
 * Text for a printed page's header: Excel's codes start with `&`, so a title's own `&` is doubled; 253 at most, so that
 * with the `&L` the header is within Excel's 255 (g42's dood-header-over-255).
 */
export function headerText(text: string): string {
  const escaped = text.replace(/&/g, "&&");
  if (escaped.length <= HEADER_ROOM) return escaped;
  // Cut between pairs, never inside one: an odd run of `&` at the cut loses its last.
  const cut = textPrefix(escaped, HEADER_ROOM - 1);
  const amps = /&*$/.exec(cut)?.[0].length ?? 0;
  return `${amps % 2 ? cut.slice(0, -1) : cut}…`;
}

/** Each day named as its call sheet names it (dayName); a day without one, by its place. */
function dayLabels(days: string[], callSheets: readonly CallSheet[]): string[] {
  const names = dayNamesByDate(callSheets);
  return days.map((iso, i) => names.get(iso) ?? `Day ${i + 1}`);
}

/** Group heading and per-day count label of each resource type (rows requested beyond the cast). */
const TYPE_HEADINGS: Record<ResourceType, { heading: string; count: string; noun: [string, string] }> = {
  cast: { heading: "Cast", count: "Cast working", noun: ["cast", "cast"] },
  crew: { heading: "Crew", count: "Crew working", noun: ["crew", "crew"] },
  equipment: { heading: "Equipment", count: "Equipment in use", noun: ["equipment", "equipment"] },
  vehicle: { heading: "Vehicles", count: "Vehicles in use", noun: ["vehicle", "vehicles"] },
  location: { heading: "Locations", count: "Locations in use", noun: ["location", "locations"] },
  other: { heading: "Other resources", count: "Other in use", noun: ["other", "other"] },
};

/** Fill of a type heading row. */
const GROUP_FILL = "#DDEBF7";

/**
 * The rows in groups of one type each, in report order. Cast-only reports (rows without `type`) make one
 * unnamed group, written exactly as before.
 */
function groupRows(rows: readonly DoodRow[]): { type?: ResourceType; rows: DoodRow[] }[] {
  const groups: { type?: ResourceType; rows: DoodRow[] }[] = [];
  for (const r of rows) {
    const last = groups[groups.length - 1];
    if (last && last.type === r.type) last.rows.push(r);
    else groups.push({ type: r.type, rows: [r] });
  }
  return groups;
}

export function buildDoodSheet(report: Report, model: Model, name: string): GeneratedSheet {
  const b = new SheetBuilder();
  const { days, rows } = report.dood;
  // A stripboard DOOD names the character beside the actor; a list without Roles leaves the column out.
  const resources = rows.map((r) => findResource(model, r.resource));
  const roles = doodRoles(resources);
  // The groups hold the rows in report order: the k-th row written is rows[k].
  let next = 0;
  const nameCols = roles ? 3 : 2;
  const first = nameCols + 1;
  const totalsCol = first + days.length;
  const lastCol = totalsCol + 4;
  const title = model.production[Object.keys(model.production).find((k) => looseKey(k) === "title") ?? ""];
  // Rows carry their type only when types beyond the cast were requested: then they are grouped by type.
  const typed = rows.some((r) => r.type !== undefined);
  const groups = groupRows(rows);
  const counts = typed
    ? groups
        .map((g) => `${g.rows.length} ${TYPE_HEADINGS[g.type ?? "cast"].noun[g.rows.length === 1 ? 0 : 1]}`)
        .join(", ")
    : `${rows.length} cast`;

  const heading = title ? `${DOOD_TITLE}: ${title}` : DOOD_TITLE;
  const subtitle =
    days.length > 0
      ? `${days.length} shoot day${days.length === 1 ? "" : "s"}, ${counts || "no rows"}, ${shortDateText(days[0])} to ${shortDateText(days[days.length - 1])}`
      : DOOD_NO_DAYS;
  b.set(1, 1, heading);
  b.style(1, 1, 1, 1, TITLE);
  b.height(1, 24);
  b.set(2, 1, subtitle);
  b.style(2, 1, 1, 1, SUBTITLE);

  // Two header rows: date, then "Day N"; the fixed columns span both.
  const h = 3;
  b.setRow(h, 1, [typed ? "ID" : "Cast #", "Name", ...(roles ? [typed ? "Role" : "Character"] : [])]);
  b.setRow(h, totalsCol, ["Work", "Hold", "Travel", "Start", "Finish"]);
  for (let col = 1; col <= nameCols; col++) b.merge(h, col, 2, 1);
  for (let col = totalsCol; col <= lastCol; col++) b.merge(h, col, 2, 1);
  const labels = dayLabels(days, report.callSheets);
  days.forEach((iso, i) => {
    b.set(h, first + i, shortDateText(iso));
    b.set(h + 1, first + i, labels[i]);
  });
  b.style(h, 1, 2, lastCol, { ...TABLE_HEADER, hAlign: "center", wrap: true });
  b.height(h, 30);

  let row = h + 1;
  const working = groups.map(() => days.map(() => 0));
  groups.forEach((group, g) => {
    if (typed) {
      // A heading row per type, as wide as the table (it prints within the same page width).
      row++;
      b.set(row, 1, TYPE_HEADINGS[group.type ?? "cast"].heading);
      b.style(row, 1, 1, lastCol, { bold: true, fill: GROUP_FILL });
    }
    const dataStart = row + 1;
    for (const r of group.rows) {
      row++;
      const k = next++;
      const name = r.name ?? resources[k]?.name ?? null;
      const role = roles ? roles[k] : undefined;
      b.setRow(row, 1, [r.resource, name, ...(roles ? [role ?? null] : [])]);
      // A long name or character wraps in its cell: run on over an empty day it would read as a code that day.
      b.fitLines(row, Math.max(wrappedLines(name ?? "", NAME_WIDTH), role ? wrappedLines(role, ROLE_WIDTH) : 1));
      // Colour runs of the same code as one range to keep the style list short.
      let runStart = -1;
      let runColor: string | undefined;
      const flush = (end: number) => {
        if (runColor && runStart >= 0) b.style(row, first + runStart, 1, end - runStart, { fill: runColor });
      };
      days.forEach((_, i) => {
        const code = (r.codes[i] ?? "").trim();
        if (code) b.set(row, first + i, code);
        if (WORK_CODES.has(code.toUpperCase().split(/[\s/,+]+/)[0])) working[g][i]++;
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
    if (row >= dataStart) {
      b.style(dataStart, 2, row - dataStart + 1, nameCols - 1, { wrap: true });
      b.style(dataStart, first, row - dataStart + 1, days.length + 3, { hAlign: "center" });
      b.style(dataStart, totalsCol + 3, row - dataStart + 1, 2, { numberFormat: DATE_FORMAT });
    }
  });
  if (rows.length === 0) {
    row++;
    b.set(row, 2, typed ? "None of the requested types scheduled." : "No cast scheduled.");
    b.style(row, 2, 1, 1, MUTED);
  }
  // Per-day count of working cast (with several types: one count row per type).
  const countRows = typed ? groups.map((group, g) => ({ label: TYPE_HEADINGS[group.type ?? "cast"].count, g })) : [];
  if (!typed) countRows.push({ label: "Cast working", g: 0 });
  for (const { label, g } of countRows) {
    row++;
    b.set(row, 2, label);
    days.forEach((_, i) => b.set(row, first + i, working[g]?.[i] ?? 0));
    b.style(row, 1, 1, lastCol, { bold: true, fill: "#F2F2F2", hAlign: "center" });
    b.style(row, 2, 1, 1, { hAlign: "left" });
  }
  b.style(h, 1, row - h + 1, lastCol, GRID);

  // Legend in two column pairs, the first seven codes in A:B and the rest from the first day's column on (the meaning
  // runs on over the empty day columns), so it takes half the rows: a long cast list no longer spills it onto a page.
  row += 2;
  b.set(row, 1, "Legend");
  b.style(row, 1, 1, 1, { bold: true });
  const half = Math.ceil(LEGEND.length / 2);
  LEGEND.forEach(([code, meaning], k) => {
    const at = row + 1 + (k % half);
    const col = k < half ? 1 : first;
    b.setRow(at, col, [code, meaning]);
    b.style(at, col, 1, 1, { fill: DOOD_COLORS[code], hAlign: "center", border: "thin" });
  });
  row += half;

  const widths = [8, NAME_WIDTH, ...(roles ? [ROLE_WIDTH] : []), ...days.map(() => 7), 6, 6, 7, 11, 11];
  // One page wide while the print stays legible; a longer shoot prints its days across pages, each with the Cast #
  // and Name columns (45 days fitted to one page printed at about 4 pt, 300 days as a smear), whole days to a page
  // and the totals together.
  const fitToWidth = days.length <= DAYS_ON_ONE_PAGE;
  const columnBreaks = fitToWidth ? [] : dayColumnBreaks(widths, first, days.length, nameCols);
  // Printed across pages, the title in A1 would be cut where the repeated Cast # and Name columns end: every page's
  // header says it instead, and the print starts at the table.
  return b.build("dood", "dood", name, widths, {
    freeze: { rows: DOOD_HEADER_ROWS, columns: nameCols },
    print: {
      orientation: "landscape",
      fitToWidth,
      printArea: fitToWidth ? b.usedRange(lastCol) : rangeAddress(h, 1, b.lastRow - h + 1, lastCol),
      titleRows: `${h}:${h + 1}`,
      ...(fitToWidth
        ? {}
        : { titleColumns: roles ? "A:C" : "A:B", columnBreaks, header: headerText(`${heading} · ${subtitle}`) }),
    },
  });
}
