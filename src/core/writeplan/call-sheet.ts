/**
 * One printable call sheet per shoot day, laid out in columns A..I like a professional call sheet:
 * header block (production, date, crew call, lunch, weather, hospital), then SCENES, CAST, CREW CALLS,
 * LOCATIONS, EQUIPMENT, DELIVERIES, NOTES and ADVANCE SCHEDULE. Portrait, one page wide. Rows of wrapped text
 * are as tall as their estimated lines; page breaks fall between sections (a section that would not fit the
 * rest of a page starts the next), and a section longer than the room left continues under its repeated
 * band and column headers.
 */
import { CALL_SHEET_TITLE, GENERAL_CREW_CALL } from "../generated-marks";
import type { CellStyle, GeneratedSheet } from "../plan";
import type { CallSheet, CallSheetScene, Dood } from "../report";
import type { Model } from "../model";
import { placeKey } from "../columns";
import { clockMinutes, dayFromIso, hhmm, weekdayName } from "../time";
import { SheetBuilder, LINE_HEIGHT, linesHeight, wrappedLines, type TextLook } from "./sheet-builder";
import { GRID, MUTED, NONE, SECTION, TABLE_HEADER, findResource, longDateText, looseKey } from "./common";
import { Pager, pageHeightPoints, rowPoints } from "./paging";
import { dayOfShoot } from "../shoot-day";

/** Column widths A..I in characters: about 100 in all, so it prints one page wide at ~90 %. */
export const CALL_SHEET_WIDTHS = [8, 22, 14, 7, 7, 8, 12, 18, 12];
export const CALL_SHEET_COLS = CALL_SHEET_WIDTHS.length;
export const CALL_SHEET_SECTIONS = [
  "SCENES",
  "CAST",
  "CREW CALLS",
  "LOCATIONS",
  "EQUIPMENT",
  "DELIVERIES",
  "NOTES",
  "ADVANCE SCHEDULE",
] as const;
/** Rows 1-2 (title and the CALL SHEET band with the date) print at the top of every page. */
export const CALL_SHEET_TITLE_ROWS = "1:2";
/** Lunch is called 6 h after the general crew call (production practice) unless the Production table says. */
export const LUNCH_AFTER_MINUTES = 6 * 60;
/**
 * A section that does not fit the rest of a page starts the next one, unless more than this share of it is left (then
 * it starts here and continues under its band: fewer, fuller pages; 40 % left pages 40 % empty).
 */
const SPLIT_ROOM = 0.2;
/**
 * The most rows (people and department headings) a crew list prints one to a row, with phones; more print two across.
 */
export const CREW_ONE_COLUMN_ROWS = 30;

/** Points: height of the spacer rows between sections. */
const GAP_HEIGHT = 8;
const BAND_HEIGHT = 18;
const LABEL: CellStyle = { bold: true, fontSize: 9, fontColor: "#404040", vAlign: "middle" };
const VALUE: CellStyle = { vAlign: "middle", wrap: true };
const DEPARTMENT: CellStyle = { bold: true, italic: true, fill: "#EDEDED", border: "thin" };
const COMPANY_MOVE: CellStyle = { bold: true, italic: true, fill: "#FFF2CC", border: "thin", hAlign: "center" };
const UNIT_HEADING: CellStyle = { bold: true, fill: "#DDEBF7", border: "thin" };
const HOSPITAL: CellStyle = { bold: true, fill: "#FCE4D6", border: "thin", vAlign: "middle", wrap: true };

/** A column span [from, to] (1-based, inclusive) on the nine-column grid. */
type Span = [number, number];

/** Width in characters of a span. */
function spanWidth([from, to]: Span): number {
  return CALL_SHEET_WIDTHS.slice(from - 1, to).reduce((s, w) => s + w, 0);
}

/** Lines the longest of `values` takes in its span. */
function linesIn(spans: Span[], values: (string | null | undefined)[], look: TextLook = {}): number {
  let lines = 1;
  spans.forEach((span, i) => {
    const v = values[i];
    if (typeof v === "string" && v) lines = Math.max(lines, wrappedLines(v, spanWidth(span), look));
  });
  return lines;
}

/** One sheet row still to be placed: its height in points, and how to write it once its row number is known. */
interface Line {
  height: number;
  write: (row: number) => void;
}
/** Rows kept together on one page (a department and its people, the last scene and the total). */
type Unit = Line[];
/** A section: its band's title, the rows repeated under the band after a page break, and its body. */
interface Section {
  title: string;
  head: Line[];
  body: Unit[];
  /** Printed two across instead of the body (Flow.twoColumns), under `head`. */
  twoAcross?: { entries: ColumnEntry[]; halves: Halves };
}

const heightOf = (lines: Line[]): number => lines.reduce((s, l) => s + l.height, 0);

/** A row of a table laid over spans: merges each span, borders, and is as tall as its wrapped text. */
function tableLine(
  b: SheetBuilder,
  spans: Span[],
  values: (string | null)[],
  style?: CellStyle,
  after?: (row: number) => void,
): Line {
  const lines = linesIn(spans, values, { bold: style?.bold, fontSize: style?.fontSize });
  const height = lines > 1 ? linesHeight(lines) : LINE_HEIGHT;
  return {
    height,
    write: (row) => {
      spans.forEach((span, i) => {
        b.set(row, span[0], values[i] ?? null);
        b.merge(row, span[0], 1, span[1] - span[0] + 1);
      });
      b.style(row, 1, 1, CALL_SHEET_COLS, { ...GRID, wrap: true, ...style });
      if (lines > 1) b.height(row, height);
      after?.(row);
    },
  };
}

/** One text across A:I, wrapped and as tall as its lines. */
function wideLine(b: SheetBuilder, text: string, style: CellStyle): Line {
  const lines = wrappedLines(text, spanWidth([1, CALL_SHEET_COLS]), style);
  const height = lines > 1 ? linesHeight(lines, style.fontSize) : LINE_HEIGHT;
  return {
    height,
    write: (row) => {
      b.set(row, 1, text);
      b.merge(row, 1, 1, CALL_SHEET_COLS);
      b.style(row, 1, 1, CALL_SHEET_COLS, { wrap: true, ...style });
      if (lines > 1) b.height(row, height);
    },
  };
}

function bandLine(b: SheetBuilder, title: string): Line {
  return {
    height: BAND_HEIGHT,
    write: (row) => {
      b.set(row, 1, title);
      b.merge(row, 1, 1, CALL_SHEET_COLS);
      b.style(row, 1, 1, CALL_SHEET_COLS, { ...SECTION, fontSize: 11 });
      b.height(row, BAND_HEIGHT);
    },
  };
}

/** A thin spacer row between sections. */
function gapLine(b: SheetBuilder): Line {
  return { height: GAP_HEIGHT, write: (row) => b.height(row, GAP_HEIGHT) };
}

function noneLine(b: SheetBuilder, text: string): Line {
  return wideLine(b, text, { ...MUTED, border: "thin" });
}

/**
 * Places sections down the pages, each after a spacer row. A section that does not fit the rest of the page
 * starts the next page when it fits there and less than SPLIT_ROOM of this page is left (or its band, headers
 * and first unit do not fit here); otherwise it starts here and continues after a break under
 * "TITLE (continued)" and its column headers, never inside a unit that fits on a page.
 */
class Flow {
  constructor(
    private readonly b: SheetBuilder,
    private readonly pager: Pager,
    /** The next row to write. */
    public row: number,
  ) {}

  put(line: Line): void {
    line.write(this.row);
    this.pager.take(line.height);
    this.row++;
  }

  private putAll(lines: Line[]): void {
    for (const l of lines) this.put(l);
  }

  /**
   * Starts a section: the spacer, its band and column headers, on the next page when the section (`all` points of it)
   * does not fit the rest of this one but fits a page and under SPLIT_ROOM of this one is left, or when its band,
   * headers and first `first` points do not fit here.
   */
  private start(title: string, head: Line[], all: number, first: number): void {
    const { b, pager } = this;
    const gap = gapLine(b);
    const top = gap.height + BAND_HEIGHT + heightOf(head);
    if (top + all > pager.room) {
      if (top + all <= pager.fullPage && pager.room < pager.fullPage * SPLIT_ROOM) pager.breakBefore(this.row);
      else if (top + first > pager.room) pager.breakBefore(this.row);
    }
    // A page after a break starts with the spacer too, below the repeated title rows.
    this.put(gap);
    this.put(bandLine(b, title));
    this.putAll(head);
  }

  /** A break, then the section's band marked "(continued)" and its column headers again. */
  private continueOnNextPage(title: string, head: Line[]): void {
    this.pager.breakBefore(this.row);
    this.put(gapLine(this.b));
    this.put(bandLine(this.b, `${title} (continued)`));
    this.putAll(head);
  }

  /**
   * A section whose entries print two across, down the left column and then the right, as many as a page holds; the
   * rest continues under the band and column headers on the next page.
   */
  twoColumns(title: string, head: Line[], entries: ColumnEntry[], halves: Halves): void {
    const { b, pager } = this;
    this.start(title, head, Math.ceil(entries.length / 2) * LINE_HEIGHT, 2 * LINE_HEIGHT);
    let at = 0;
    while (at < entries.length) {
      let rows = Math.floor(pager.room / LINE_HEIGHT);
      let chunk = twoColumnRows(b, halves, entries, at, Math.max(rows, 2));
      // Rows of wrapped text are taller than one line: fewer rows until the chunk fits the page.
      while (rows > 2 && heightOf(chunk.lines) > pager.room) chunk = twoColumnRows(b, halves, entries, at, --rows);
      this.putAll(chunk.lines);
      at = chunk.next;
      if (at < entries.length) this.continueOnNextPage(title, head);
    }
  }

  section(s: Section): void {
    const { pager } = this;
    this.start(
      s.title,
      s.head,
      s.body.reduce((n, u) => n + heightOf(u), 0),
      heightOf(s.body[0] ?? []),
    );
    const room = pager.fullPage - GAP_HEIGHT - BAND_HEIGHT - heightOf(s.head);
    for (const unit of s.body) {
      // A unit taller than a page goes row by row (its first two rows together: a heading and its first row).
      const pieces = heightOf(unit) <= room ? [unit] : [unit.slice(0, 2), ...unit.slice(2).map((l) => [l])];
      for (const piece of pieces) {
        if (heightOf(piece) > pager.room) this.continueOnNextPage(s.title, s.head);
        this.putAll(piece);
      }
    }
  }
}

/** One entry of a list printed two across: a department's heading, or a person's Position, Name and Call. */
interface ColumnEntry {
  heading?: string;
  values?: (string | null)[];
}

/** The spans of a two-across row's halves: Position, Name and Call on A:E, and again on F:I. */
type Halves = [Span[], Span[]];
const RIGHT_HALF: Span[] = [
  [6, 7],
  [8, 8],
  [9, 9],
];
/** Calls that fit in E (7 wide): the left Name takes C:D. */
const HALVES: Halves = [
  [
    [1, 2],
    [3, 4],
    [5, 5],
  ],
  RIGHT_HALF,
];
/** A call with its weekday ("23:30 Tue", on a sheet with calls the evening before) needs D:E: the left Name takes C. */
const HALVES_WIDE_CALL: Halves = [
  [
    [1, 2],
    [3, 3],
    [4, 5],
  ],
  RIGHT_HALF,
];

function entryLines(e: ColumnEntry | undefined, spans: Span[]): number {
  if (!e) return 1;
  if (e.heading !== undefined) return wrappedLines(e.heading, spanWidth([spans[0][0], spans[2][1]]), DEPARTMENT);
  return linesIn(spans, e.values ?? []);
}

/** One row of a two-across list: a left and a right entry (either may be missing at a column's end). */
function pairLine(
  b: SheetBuilder,
  halves: Halves,
  left: ColumnEntry | undefined,
  right: ColumnEntry | undefined,
): Line {
  const lines = Math.max(entryLines(left, halves[0]), entryLines(right, halves[1]));
  const height = lines > 1 ? linesHeight(lines) : LINE_HEIGHT;
  return {
    height,
    write: (row) => {
      [left, right].forEach((e, half) => {
        const spans = halves[half];
        const from = spans[0][0];
        const width = spans[2][1] - from + 1;
        if (e?.heading !== undefined) {
          b.set(row, from, e.heading);
          b.merge(row, from, 1, width);
          b.style(row, from, 1, width, { wrap: true, ...DEPARTMENT, vAlign: "top" });
          return;
        }
        spans.forEach((span, i) => {
          b.set(row, span[0], e?.values?.[i] ?? null);
          b.merge(row, span[0], 1, span[1] - span[0] + 1);
        });
        // Beside a row that wraps, the other half's line reads from the top.
        b.style(row, from, 1, width, { ...GRID, wrap: true, vAlign: "top" });
        if (e) b.style(row, spans[2][0], 1, spans[2][1] - spans[2][0] + 1, { bold: true, hAlign: "center" });
      });
      if (lines > 1) b.height(row, height);
    },
  };
}

/**
 * Up to `rows` entries from `at` for one column: a department carried over from the column before gets its heading
 * again ("Camera (cont.)"), and a heading never ends a column. Returns the column and where the next one starts.
 */
function takeColumn(entries: ColumnEntry[], at: number, rows: number): { column: ColumnEntry[]; next: number } {
  const column: ColumnEntry[] = [];
  let k = at;
  if (k < entries.length && entries[k].heading === undefined) {
    let h = k - 1;
    while (h >= 0 && entries[h].heading === undefined) h--;
    if (h >= 0) column.push({ heading: `${entries[h].heading} (cont.)` });
  }
  while (k < entries.length && column.length < rows) column.push(entries[k++]);
  // Only a column's first entry can be a repeated heading, so what is given back is always the list's own.
  while (column.length > 1 && column[column.length - 1].heading !== undefined) {
    column.pop();
    k--;
  }
  return { column, next: k };
}

/**
 * The rows for entries from `at` on, at most `rows` of them: down the left column, then down the right. Where the
 * rest fits, the columns are balanced (the fewest rows that hold it); else the page is filled.
 */
function twoColumnRows(
  b: SheetBuilder,
  halves: Halves,
  entries: ColumnEntry[],
  at: number,
  rows: number,
): { lines: Line[]; next: number } {
  for (let r = Math.min(rows, Math.max(1, Math.ceil((entries.length - at) / 2))); ; r++) {
    const left = takeColumn(entries, at, r);
    const right = takeColumn(entries, left.next, r);
    if (right.next === entries.length || r >= rows) {
      const count = Math.max(left.column.length, right.column.length);
      const lines = Array.from({ length: count }, (_, k) => pairLine(b, halves, left.column[k], right.column[k]));
      return { lines, next: right.next };
    }
  }
}

/** The general crew call as the sheet prints it, with its weekday when it is the evening before; a dash without one. */
function generalCrewCall(cs: CallSheet): string {
  return cs.crewCall ? timeOnDay(cs.crewCall, cs.crewCallDayOffset, cs.date) : NONE;
}

/**
 * A person's call as the sheet prints it: the time, and its weekday where the call is on another day than the sheet's
 * (a 23:30 make-up call to a 00:30 strip: "23:30 Tue" on Wednesday's sheet). Null for no call.
 */
export function callText(c: { call: string | null; callDayOffset?: number }, sheetDate: string): string | null {
  return c.call === null ? null : timeOnDay(c.call, c.callDayOffset, sheetDate);
}

/** "23:30", or "23:30 Sun" where the time is `offset` days from `date` (ISO). */
function timeOnDay(time: string, offset: number | undefined, date: string): string {
  const day = offset ? dayFromIso(date) : null;
  return day !== null && offset ? `${time} ${weekdayName(day + offset)}` : time;
}

/** When a cast member is due on set: the start of their first scene of the day (scenes are in shooting order). */
function onSetText(cs: CallSheet, resource: string): string | null {
  const first = cs.scenes.find((s) => s.start !== undefined && s.cast.includes(resource));
  return first?.start === undefined ? null : timeOnDay(first.start, first.startDayOffset, cs.date);
}

/**
 * The Production key each place on the sheet reads: the parser has already turned every alias into its key (`Forecast`
 * is `Weather`). The notes take the Production's Notes (the call-sheet model puts them first in its notes) and every
 * other row.
 */
const HEADER_KEYS = {
  title: ["Title"],
  episode: ["Episode"],
  director: ["Director"],
  producer: ["Producer"],
  upm: ["UPM"],
  firstAd: ["1st AD"],
  office: ["Production Office"],
  phone: ["Phone"],
  weather: ["Weather"],
  sunrise: ["Sunrise"],
  sunset: ["Sunset"],
  crewCall: ["Crew Call"],
  shootingCall: ["Shooting Call"],
  lunch: ["Lunch"],
  basecamp: ["Basecamp"],
  parking: ["Crew Parking"],
  hospital: ["Nearest Hospital"],
  hospitalAddress: ["Hospital Address"],
  notes: ["Notes"],
};

/** The Production keys the layout prints in their own places. */
const PRINTED_KEYS = new Set(Object.values(HEADER_KEYS).flat().map(looseKey));

/** The Production table's other rows ("Client: Acme", "Agency: ..."), for the notes: the JSON header has them too. */
function otherHeaderLines(cs: CallSheet): string[] {
  return Object.entries(cs.header)
    .filter(([k, v]) => v.trim() && !PRINTED_KEYS.has(looseKey(k)))
    .map(([k, v]) => `${k.trim()}: ${v.trim()}`);
}

/** Header text by loose key: the call sheet's own header, then the Production table. */
function headerLookup(cs: CallSheet, model: Model): (...names: string[]) => string | undefined {
  const table = new Map<string, string>();
  for (const [k, v] of Object.entries(model.production)) if (v) table.set(looseKey(k), v);
  for (const [k, v] of Object.entries(cs.header)) if (v) table.set(looseKey(k), v);
  return (...names) => {
    for (const n of names) {
      const v = table.get(looseKey(n));
      if (v && v.trim()) return v.trim();
    }
    return undefined;
  };
}

/**
 * The day's lunch: the Production table's own (Lunch, Lunch Time, Lunch Call), else LUNCH_AFTER_MINUTES after
 * the general crew call, saying so; a dash-free placeholder when there is neither.
 */
export function lunchText(cs: CallSheet, model: Model): string {
  const own = headerLookup(cs, model)(...HEADER_KEYS.lunch);
  if (own) return own;
  const call = clockMinutes(cs.crewCall);
  if (call === undefined) return NONE;
  return `${hhmm(call + LUNCH_AFTER_MINUTES)} (${LUNCH_AFTER_MINUTES / 60} h after crew call)`;
}

const SCENE_SPANS: Span[] = [
  [1, 1],
  [2, 3],
  [4, 4],
  [5, 5],
  [6, 6],
  [7, 7],
  [8, 8],
  [9, 9],
];
const SCENE_HEADERS = ["Sc", "Set / Description", "I/E", "D/N", "Pages", "Cast", "Location", "Time"];

/** "20:00–04:00"; a start on another day than the scenes' own date with its weekday ("23:30 Sun–01:00"). */
function sceneTime(s: CallSheetScene, date: string): string | null {
  const start = sceneStart(s, date);
  if (start && s.end) return `${start}–${s.end}`;
  return start ?? null;
}

/** "20:00"; a start on another day than the scenes' own date with its weekday ("23:30 Sun"). */
function sceneStart(s: CallSheetScene, date: string): string | undefined {
  return s.start === undefined ? undefined : timeOnDay(s.start, s.startDayOffset, date);
}

/**
 * The scenes of a day when several units work it (scenes with a `unit`): one group per unit, `leadFirst` (item ids in
 * schedule order) deciding their order, each in shooting order; otherwise one group of all.
 */
function unitGroups(scenes: CallSheetScene[], leadFirst: string[] = []): CallSheetScene[][] {
  if (!scenes.some((s) => s.unit !== undefined)) return [scenes];
  const unitOf = new Map(scenes.map((s) => [s.item, s.unit ?? ""]));
  const groups = new Map<string, CallSheetScene[]>();
  for (const id of leadFirst)
    if (unitOf.has(id) && !groups.has(unitOf.get(id) ?? "")) groups.set(unitOf.get(id) ?? "", []);
  for (const s of scenes) {
    const unit = s.unit ?? "";
    if (!groups.has(unit)) groups.set(unit, []);
    groups.get(unit)?.push(s);
  }
  return [...groups.values()];
}

/**
 * The column header and one unit per scene (of the day `date`); the total pages row stays with the last scene. Several
 * units at work that day print one after the other, each under a line naming it (its schedule sheet) and its first
 * call, so that their scenes at other places are no company move.
 */
function sceneTable(
  b: SheetBuilder,
  scenes: CallSheetScene[],
  date: string,
  totalPages?: string,
  leadFirst?: string[],
): { head: Line[]; body: Unit[] } {
  const head = [tableLine(b, SCENE_SPANS, SCENE_HEADERS, { ...TABLE_HEADER, hAlign: "center" })];
  const body: Unit[] = unitGroups(scenes, leadFirst).flatMap((group) =>
    group.map((s, k) => {
      const heading =
        k === 0 && s.unit !== undefined
          ? [wideLine(b, [s.unit, sceneStart(s, date)].filter(Boolean).join(" · call "), UNIT_HEADING)]
          : [];
      return [...heading, ...sceneLines(b, s, k > 0 ? group[k - 1] : undefined, date)];
    }),
  );
  if (scenes.length === 0) body.push([noneLine(b, "No scenes scheduled.")]);
  else if (totalPages !== undefined) {
    const total = tableLine(
      b,
      [
        [1, 5],
        [6, 6],
        [7, 9],
      ],
      ["Total pages", totalPages, null],
      { bold: true, fill: "#F2F2F2" },
      (row) => {
        b.style(row, 1, 1, 1, { hAlign: "right" });
        b.style(row, 6, 1, 1, { hAlign: "center" });
      },
    );
    body[body.length - 1].push(total);
  }
  return { head, body };
}

/** A scene's row, after a company move where it is at another place than `previous` (its unit's scene before it). */
function sceneLines(b: SheetBuilder, s: CallSheetScene, previous: CallSheetScene | undefined, date: string): Line[] {
  const setText = [s.set, s.description].filter((x) => x && x.trim()).join("\n");
  // A scene at another location than the one before it: the company moves first (kept on the page with the scene).
  const before = previous?.location?.trim();
  const here = s.location?.trim();
  const move =
    before && here && placeKey(before) !== placeKey(here) ? [wideLine(b, `COMPANY MOVE to ${here}`, COMPANY_MOVE)] : [];
  return [
    ...move,
    tableLine(
      b,
      SCENE_SPANS,
      [
        s.scene ?? s.item,
        setText || null,
        s.ie ?? null,
        s.dn ?? null,
        s.pages ?? null,
        s.cast.join(", ") || null,
        s.location ?? null,
        sceneTime(s, date),
      ],
      undefined,
      (row) => {
        b.style(row, 1, 1, 1, { bold: true, hAlign: "center" });
        b.style(row, 4, 1, 3, { hAlign: "center" });
      },
    ),
  ];
}

/** `castDood`: the cast's DOOD rows, for the cast not called that day (on hold, travelling). */
export function buildCallSheet(cs: CallSheet, model: Model, castDood?: Dood): GeneratedSheet {
  const b = new SheetBuilder();
  const h = headerLookup(cs, model);
  const last = CALL_SHEET_COLS;

  // Title band (rows 1-2 repeat on every printed page, so the band names the day too).
  const title = h(...HEADER_KEYS.title) ?? "Call Sheet";
  const TITLE: CellStyle = { bold: true, fontSize: 20, hAlign: "center", vAlign: "middle", wrap: true };
  b.set(1, 1, title);
  b.merge(1, 1, 1, last);
  b.style(1, 1, 1, last, TITLE);
  b.height(1, Math.max(32, linesHeight(wrappedLines(title, spanWidth([1, last]), TITLE), TITLE.fontSize)));
  const episode = h(...HEADER_KEYS.episode);
  const day = `${longDateText(cs.date)} · ${dayOfShoot(cs)}`;
  b.set(2, 1, episode ? `${CALL_SHEET_TITLE} · Episode ${episode} · ${day}` : `${CALL_SHEET_TITLE} · ${day}`);
  b.merge(2, 1, 1, last);
  b.style(2, 1, 1, last, { ...SECTION, fontSize: 12, hAlign: "center" });
  b.height(2, 20);

  // Header block, rows 4-10: people (A:C, the office over two rows), day, crew call and lunch (D:F),
  // conditions (G:I).
  const top = 4;
  b.height(top - 1, GAP_HEIGHT);
  const people: [string, string | undefined][] = [
    ["Director", h(...HEADER_KEYS.director)],
    ["Producer", h(...HEADER_KEYS.producer)],
    ["UPM", h(...HEADER_KEYS.upm)],
    ["1st AD", h(...HEADER_KEYS.firstAd)],
    ["Office", h(...HEADER_KEYS.office)],
    ["Phone", h(...HEADER_KEYS.phone)],
  ];
  /** Header row of each person: the office takes rows top+4 and top+5. */
  const personRow = [0, 1, 2, 3, 4, 6];
  const OFFICE = 4;
  // Scenes are in shooting order: the first with a start is the earliest (a night's 23:30 before its 01:30); with
  // several units at work, the lead unit's (as the general crew call is).
  const first = unitGroups(cs.scenes, cs.items)[0].find((s) => s.start !== undefined);
  const firstStart = first && sceneStart(first, cs.date);
  const conditions: [string, string | undefined][] = [
    ["Weather", h(...HEADER_KEYS.weather)],
    ["Sunrise", h(...HEADER_KEYS.sunrise)],
    ["Sunset", h(...HEADER_KEYS.sunset)],
    ["Shooting call", h(...HEADER_KEYS.shootingCall) ?? firstStart],
    ["Lunch", lunchText(cs, model)],
    ["Basecamp", h(...HEADER_KEYS.basecamp)],
    ["Crew parking", perLocation(cs, (l) => l.parking) ?? h(...HEADER_KEYS.parking)],
  ];
  const rows = conditions.length;
  people.forEach(([label, value], i) => {
    const r = top + personRow[i];
    const span = i === OFFICE ? 2 : 1;
    b.set(r, 1, label);
    b.merge(r, 1, span, 1);
    b.set(r, 2, value ?? null);
    b.merge(r, 2, span, 2);
  });
  conditions.forEach(([label, value], i) => {
    b.set(top + i, 7, label);
    b.set(top + i, 8, value ?? null);
    b.merge(top + i, 8, 1, 2);
  });
  b.style(top, 1, rows, 1, LABEL);
  b.style(top, 7, rows, 1, LABEL);
  b.style(top, 2, rows, 2, VALUE);
  b.style(top, 8, rows, 2, VALUE);

  b.set(top, 4, longDateText(cs.date));
  b.set(top + 1, 4, dayOfShoot(cs));
  b.set(top + 2, 4, GENERAL_CREW_CALL);
  b.set(top + 3, 4, generalCrewCall(cs));
  for (const r of [top, top + 1, top + 2]) b.merge(r, 4, 1, 3);
  b.merge(top + 3, 4, rows - 3, 3);
  b.style(top, 4, rows, 3, { hAlign: "center", vAlign: "middle", fill: "#F2F2F2" });
  b.style(top, 4, 1, 3, { bold: true, fontSize: 12 });
  b.style(top + 1, 4, 1, 3, { bold: true });
  b.style(top + 2, 4, 1, 3, { bold: true, fontSize: 9 });
  b.style(top + 3, 4, rows - 3, 3, { bold: true, fontSize: 26 });
  b.style(top, 1, rows, last, { border: "thin" });
  // Long values (an office address, a weather line, two parkings) wrap: each row as tall as its longest.
  const heights = conditions.map(([, value]) => wrappedLines(value ?? "", spanWidth([8, 9])));
  people.forEach(([, value], i) => {
    if (i !== OFFICE)
      heights[personRow[i]] = Math.max(heights[personRow[i]], wrappedLines(value ?? "", spanWidth([2, 3])));
  });
  const points = heights.map((lines) => (lines > 1 ? linesHeight(lines) : LINE_HEIGHT));
  const office = linesHeight(wrappedLines(people[OFFICE][1] ?? "", spanWidth([2, 3])));
  const officeRoom = points[OFFICE] + points[OFFICE + 1];
  if (office > officeRoom) points[OFFICE + 1] += office - officeRoom;
  points.forEach((p, i) => {
    if (p !== LINE_HEIGHT) b.height(top + i, p);
  });

  // Hospital: its own band, always present so a missing one is noticed.
  let row = top + rows;
  // Each location's own hospital (the call-sheet model already falls back to the Production table's per location).
  const hospitalText =
    perLocation(cs, (l) => [l.nearestHospital, l.hospitalAddress].filter((x) => x).join(", ")) ??
    ([h(...HEADER_KEYS.hospital), h(...HEADER_KEYS.hospitalAddress)].filter((x) => x).join(", ") ||
      "Not given: add Nearest Hospital to the Production table.");
  b.set(row, 1, "NEAREST HOSPITAL");
  b.merge(row, 1, 1, 2);
  b.set(row, 3, hospitalText);
  b.merge(row, 3, 1, last - 2);
  b.style(row, 1, 1, last, HOSPITAL);
  b.height(row, linesHeight(wrappedLines(hospitalText, spanWidth([3, last]), HOSPITAL)) + 3);

  const pager = new Pager(pageHeightPoints(CALL_SHEET_WIDTHS), rowPoints(b.rowHeights, 1) + rowPoints(b.rowHeights, 2));
  for (let r = 1; r <= row; r++) pager.take(rowPoints(b.rowHeights, r));
  const flow = new Flow(b, pager, row + 1);
  const sections: Section[] = [];

  // SCENES
  sections.push({ title: "SCENES", ...sceneTable(b, cs.scenes, cs.date, cs.totalPages, cs.items) });

  // CAST: the character gets two columns (a part's name is long, a status is three letters). Where someone is called
  // for make-up before their first scene, the call and the time on set (that scene's start) are two columns.
  const calls = cs.cast.map((c) => callText(c, cs.date));
  const onSetTimes = cs.cast.map((c) => (c.call === null ? null : onSetText(cs, c.resource)));
  const onSet = onSetTimes.some((t, k) => t !== null && t !== calls[k]);
  const castSpans: Span[] = onSet
    ? [
        [1, 1],
        [2, 2],
        [3, 4],
        [5, 5],
        [6, 6],
        [7, 7],
        [8, 9],
      ]
    : [
        [1, 1],
        [2, 2],
        [3, 4],
        [5, 5],
        [6, 7],
        [8, 9],
      ];
  const castHeads = onSet
    ? ["#", "Cast", "Character", "Status", "Call", "On Set", "Remarks"]
    : ["#", "Cast", "Character", "Status", "Call", "Remarks"];
  const cast: Section = {
    title: "CAST",
    head: [tableLine(b, castSpans, castHeads, { ...TABLE_HEADER, hAlign: "center" })],
    body: cs.cast.map((c, k) => {
      const r = findResource(model, c.resource);
      const call = calls[k] ?? NONE;
      const times = onSet ? [call, onSetTimes[k] ?? NONE] : [call];
      return [
        tableLine(
          b,
          castSpans,
          [
            c.resource,
            c.name ?? r?.name ?? null,
            c.role ?? r?.role ?? null,
            c.status ?? null,
            ...times,
            r?.notes ?? null,
          ],
          undefined,
          (row) => {
            b.style(row, 1, 1, 1, { hAlign: "center" });
            b.style(row, 5, 1, 3, { hAlign: "center" });
            b.style(row, 6, 1, onSet ? 1 : 2, { bold: true });
          },
        ),
      ];
    }),
  };
  if (cs.cast.length === 0) cast.body.push([noneLine(b, "No cast called.")]);
  // The cast not called but the DOOD has that day (on hold, travelling, rehearsing, at a fitting): the coordinator
  // still tells them, and holds are paid. Print only: the report's cast is the day's working cast.
  const notCalledSpans: Span[] = [
    [1, 2],
    [3, CALL_SHEET_COLS],
  ];
  for (const [label, names] of castNotCalled(cs, model, castDood))
    cast.body.push([
      tableLine(b, notCalledSpans, [label, names], undefined, (row) => b.style(row, 1, 1, 1, { bold: true })),
    ]);
  sections.push(cast);

  // CREW CALLS, grouped by department in the order departments first appear; a department stays on one page.
  const crewSpans: Span[] = [
    [1, 2],
    [3, 5],
    [6, 7],
    [8, 9],
  ];
  const departments = new Map<string, typeof cs.crew>();
  for (const c of cs.crew) {
    const dept = c.department?.trim() || findResource(model, c.resource)?.department?.trim() || "Crew";
    const list = departments.get(dept) ?? [];
    list.push(c);
    departments.set(dept, list);
  }
  // Position, Name, Call and Phone of each, by department. Only date-only work that day (no Start): they come in at
  // the general crew call.
  const crewRows = [...departments].map(([dept, members]) => ({
    dept,
    people: members.map((c) => {
      const r = findResource(model, c.resource);
      const call = callText(c, cs.date) ?? generalCrewCall(cs);
      return [c.role ?? r?.role ?? null, c.name ?? r?.name ?? c.resource, call, r?.phone ?? null];
    }),
  }));
  const crew: Section = { title: "CREW CALLS", head: [], body: [] };
  if (cs.crew.length + departments.size > CREW_ONE_COLUMN_ROWS) {
    // A long crew list prints two across (Position, Name and Call; phones stay on the crew list), as a call sheet's
    // back page does: 54 people in 10 departments took a page and a half one to a row.
    const twoHeads = ["Position", "Name", "Call", "Position", "Name", "Call"];
    const entries = crewRows.flatMap(({ dept, people }): ColumnEntry[] => [
      { heading: dept },
      ...people.map((values) => ({ values: values.slice(0, 3) })),
    ]);
    const narrowCall = spanWidth(HALVES[0][2]);
    const wideCall = entries.some((e) => e.values && wrappedLines(e.values[2] ?? "", narrowCall, { bold: true }) > 1);
    const halves = wideCall ? HALVES_WIDE_CALL : HALVES;
    crew.head = [tableLine(b, [...halves[0], ...halves[1]], twoHeads, { ...TABLE_HEADER, hAlign: "center" })];
    crew.twoAcross = { entries, halves };
  } else {
    crew.head = [tableLine(b, crewSpans, ["Position", "Name", "Call", "Phone"], { ...TABLE_HEADER, hAlign: "center" })];
    crew.body = crewRows.map(({ dept, people }) => [
      wideLine(b, dept, DEPARTMENT),
      ...people.map((values) =>
        tableLine(b, crewSpans, values, undefined, (row) => b.style(row, 6, 1, 2, { bold: true, hAlign: "center" })),
      ),
    ]);
    if (cs.crew.length === 0) crew.body.push([noneLine(b, "No crew listed.")]);
  }
  sections.push(crew);

  // LOCATIONS
  const locSpans: Span[] = [
    [1, 3],
    [4, 9],
  ];
  sections.push({
    title: "LOCATIONS",
    head: [tableLine(b, locSpans, ["Location", "Address"], TABLE_HEADER)],
    body: cs.locations.length
      ? cs.locations.map((l) => [tableLine(b, locSpans, [l.name, l.address ?? null])])
      : [[noneLine(b, "No locations given.")]],
  });

  // EQUIPMENT
  const eqSpans: Span[] = [
    [1, 3],
    [4, 5],
    [6, 9],
  ];
  sections.push({
    title: "EQUIPMENT",
    head: [tableLine(b, eqSpans, ["Item", "Qty", "ID"], TABLE_HEADER)],
    body: cs.equipment.length
      ? cs.equipment.map((e) => {
          const r = findResource(model, e.resource);
          return [
            tableLine(
              b,
              eqSpans,
              [e.name ?? r?.name ?? e.resource, e.quantity !== undefined ? String(e.quantity) : null, e.resource],
              undefined,
              (row) => b.style(row, 4, 1, 2, { hAlign: "center" }),
            ),
          ];
        })
      : [[noneLine(b, "No equipment booked.")]],
  });

  // DELIVERIES due today: what, how many, when, in what state (a delayed one is the coordinator's to chase), from whom.
  const delSpans: Span[] = [
    [1, 2],
    [3, 3],
    [4, 5],
    [6, 7],
    [8, 8],
    [9, 9],
  ];
  sections.push({
    title: "DELIVERIES",
    head: [tableLine(b, delSpans, ["Item", "Qty", "Arrives", "Status", "Vendor", "Needed for"], TABLE_HEADER)],
    body: cs.deliveries.length
      ? cs.deliveries.map((d) => {
          const forText = d.neededFor.map((id) => sceneLabel(model, id)).join(", ");
          const qty = d.quantity !== undefined ? String(d.quantity) : null;
          const values = [d.item, qty, d.delivery, d.status ?? null, d.vendor ?? null, forText || null];
          return [tableLine(b, delSpans, values, undefined, (row) => b.style(row, 3, 1, 3, { hAlign: "center" }))];
        })
      : [[noneLine(b, "No deliveries due.")]],
  });

  // NOTES
  const notes = [...otherHeaderLines(cs), ...cs.notes];
  sections.push({
    title: "NOTES",
    head: [],
    body: notes.length ? notes.map((n) => [tableLine(b, [[1, last]], [n])]) : [[noneLine(b, "No notes.")]],
  });

  // ADVANCE SCHEDULE
  let advance: Section;
  if (cs.advance) {
    const adv = cs.advance;
    const dateText = `${longDateText(adv.date)}${adv.shootDay !== undefined ? `, Shoot Day ${adv.shootDay}` : ""}`;
    const table = sceneTable(b, adv.scenes, adv.date);
    advance = {
      title: "ADVANCE SCHEDULE",
      head: [wideLine(b, dateText, { bold: true, border: "thin" }), ...table.head],
      body: table.body,
    };
  } else {
    advance = { title: "ADVANCE SCHEDULE", head: [], body: [[noneLine(b, "No further shoot days scheduled.")]] };
  }
  // The closing line stays with the last rows above it.
  advance.body[advance.body.length - 1].push(
    gapLine(b),
    wideLine(b, "Made by Production Coordinator from this workbook. Run Check again after any schedule change.", {
      ...MUTED,
      fontSize: 8,
    }),
  );
  sections.push(advance);

  for (const s of sections) {
    if (s.twoAcross) flow.twoColumns(s.title, s.head, s.twoAcross.entries, s.twoAcross.halves);
    else flow.section(s);
  }

  const print: NonNullable<GeneratedSheet["print"]> = {
    orientation: "portrait",
    fitToWidth: true,
    printArea: b.usedRange(last),
    titleRows: CALL_SHEET_TITLE_ROWS,
  };
  if (pager.breaks.length > 0) print.pageBreaks = [...pager.breaks];
  return b.build(`call-sheet:${cs.date}`, "call-sheet", cs.sheet, [...CALL_SHEET_WIDTHS], {
    print,
    tabColor: "#2F5597",
  });
}

/** DOOD codes of a day a cast member is not called but the production has them, and how the call sheet says each. */
const NOT_CALLED: [code: string, label: string][] = [
  ["H", "On hold"],
  ["T", "Travel"],
  ["R", "Rehearsal"],
  ["F", "Fitting"],
];

/**
 * The day's cast by DOOD code among NOT_CALLED, in the DOOD's (the cast table's) order, each kind one line:
 * ["On hold", "7 Rosa Zeller (Mayor Price), 12 Pia Chen"]. Only people not in the day's cast list.
 */
function castNotCalled(cs: CallSheet, model: Model, dood: Dood | undefined): [string, string][] {
  const day = dood ? dood.days.indexOf(cs.date) : -1;
  if (!dood || day < 0) return [];
  const called = new Set(cs.cast.map((c) => c.resource));
  const byCode = new Map<string, string[]>();
  for (const row of dood.rows) {
    if (called.has(row.resource)) continue;
    const code = row.codes[day];
    if (!NOT_CALLED.some(([c]) => c === code)) continue;
    const role = findResource(model, row.resource)?.role?.trim();
    const who = [row.resource, row.name && row.name !== row.resource ? row.name : undefined].filter((x) => x).join(" ");
    const list = byCode.get(code) ?? [];
    list.push(role ? `${who} (${role})` : who);
    byCode.set(code, list);
  }
  return NOT_CALLED.filter(([code]) => byCode.has(code)).map(([code, label]) => [
    label,
    (byCode.get(code) as string[]).join(", "),
  ]);
}

/** "Sc 12" for an item with a scene, else the item ID. */
function sceneLabel(model: Model, id: string): string {
  const scene = model.itemById.get(id)?.scene;
  return scene ? `Sc ${scene}` : id;
}

/**
 * One text from the day's locations (a hospital, a parking): the same for all, or each with its locations'
 * names ("SF General (Lou's Diner); St. Mary's (Stage 4)"); undefined when no location gives one.
 */
function perLocation(
  cs: CallSheet,
  field: (l: CallSheet["locations"][number]) => string | undefined,
): string | undefined {
  const byText = new Map<string, string[]>();
  for (const l of cs.locations) {
    const text = field(l)?.trim();
    if (!text) continue;
    const names = byText.get(text) ?? [];
    names.push(l.name);
    byText.set(text, names);
  }
  if (byText.size <= 1) return byText.keys().next().value;
  return [...byText].map(([text, names]) => `${text} (${names.join(", ")})`).join("; ");
}
