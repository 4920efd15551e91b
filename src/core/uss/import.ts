/**
 * USS (.uss JSON) -> the workbook contract's tables, as 2-D values ready to write as plain sheets.
 *
 * One row per strip of the chosen stripboard, dated by walking its calendar. Both the standard's
 * documented spellings and those of real files are read: type "scene"/"strip", `time`/`duration`,
 * `breakdownIds`/`breakdownArrays` (flat with "day" break strips, or one array per shoot day),
 * element `category` or category `elements`, `doodDropAllow`/`isDrop`.
 */
import { wordTable } from "../word-table";
import { isoDate, weekday, weekdayName } from "../time";
import { type ShootCalendar, isDayOff, shootDates, ussDay } from "./calendar";
import { categoryKind } from "./categories";
import { type JsonObject, bool, isObject, num, pathKey, show, text } from "./json";
import type { CategoryKind, UssCell, UssImportOptions, UssImportResult, UssSheet } from "./types";

type StripKind = "strip" | "day" | "banner";

interface Breakdown {
  id: string;
  kind: StripKind;
  path: string;
  scene?: string;
  description?: string;
  /** Pages in eighths. */
  eighths?: number;
  durationMin?: number;
  comments?: string;
  scriptPage?: string;
  /** "HH:MM" from the exporter's own `_start`/`_end` keys. */
  start?: string;
  end?: string;
  elements: string[];
}

interface Category {
  id: string;
  name: string;
  kind: CategoryKind;
  /** Element ids in the category's own order (documented style), when given. */
  elementOrder: string[];
}

interface Element {
  id: string;
  name: string;
  path: string;
  elementId?: string;
  categoryId?: string;
  actor?: string;
  character?: string;
  allowDrop?: boolean;
  events: unknown[];
  daysOff: unknown;
}

/** A resource row made from an element: the token the schedule uses for it. */
interface ResourceElement {
  element: Element;
  kind: "cast" | "crew" | "equipment" | "vehicle";
  category: Category;
  id?: string;
  token: string;
}

/** Schedule column headers (contract §3, normalised) that an extra category column must not shadow. */
const SCHEDULE_HEADERS = new Set(
  (
    "id itemid stripid taskid workorder wo ref date shootdate scheduleddate daydate workdate shootday day dayno " +
    "start call calltime starttime from begin end wrap wraptime endtime to finish duration esttime estduration hours " +
    "length scene sc sceneno scenenumber description synopsis scenedescription task taskname title set setname " +
    "slugline ie intext dn daynight timeofday pages pgs pagecount eighths 18ths location loc shootinglocation site " +
    "cast castids castmembers talent actors crew crewmembers staff personnel equipment gear kit equipmentneeded " +
    "resources assigned assignedto priority pri prioritylevel deadline due duedate neededby dependson predecessors " +
    "after dependencies status state notes remarks comments board"
  ).split(" "),
);

function normHeader(h: string): string {
  return h
    .toLowerCase()
    .replace(/(#|\bno\.?)\s*$/, "")
    .replace(/[^a-z0-9]/g, "");
}

const LIST_SEPARATORS = /[,;/\n\r]/;

/** Eighths -> "1 4/8", "3/8", "2". */
export function eighthsText(eighths: number): string {
  const whole = Math.floor(eighths / 8);
  const rest = eighths % 8;
  if (rest === 0) return String(whole);
  return whole === 0 ? `${rest}/8` : `${whole} ${rest}/8`;
}

/** Minutes -> "1:35". */
function durationText(min: number): string {
  return `${Math.floor(min / 60)}:${String(min % 60).padStart(2, "0")}`;
}

function byCastNumber(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  if (Number.isFinite(na)) return -1;
  if (Number.isFinite(nb)) return 1;
  return a.localeCompare(b);
}

const EVENT_KINDS = wordTable<string>({
  travel: "travel",
  doodtravel: "travel",
  rehearsal: "rehearsal",
  doodrehearsal: "rehearsal",
  fitting: "fitting",
  doodfitting: "fitting",
  hold: "hold",
  doodhold: "hold",
  holiday: "day off",
  dayoff: "day off",
  unavailable: "unavailable",
});

class Importer {
  readonly messages: string[] = [];
  private base = "$.universalScheduleStandard";
  private root: JsonObject = {};
  private readonly breakdowns = new Map<string, Breakdown>();
  private readonly categories = new Map<string, Category>();
  private readonly categoryOrder: Category[] = [];
  private readonly elements = new Map<string, Element>();
  private readonly elementOrder: Element[] = [];

  constructor(private readonly options: UssImportOptions) {}

  private note(path: string, message: string): void {
    this.messages.push(`${path}: ${message}`);
  }

  private fail(path: string, message: string): UssImportResult {
    this.note(path, message);
    return { ok: false, sheets: [], messages: this.messages };
  }

  private array(key: string, required: boolean): unknown[] {
    const v = this.root[key];
    const path = pathKey(this.base, key);
    if (Array.isArray(v)) return v;
    if (v === undefined || v === null) {
      if (required) this.note(path, "missing; read as empty");
    } else this.note(path, `expected an array, found ${show(v)}; ignored`);
    return [];
  }

  run(input: unknown): UssImportResult {
    let doc = input;
    if (typeof input === "string") {
      try {
        doc = JSON.parse(input.replace(/^\uFEFF/, ""));
      } catch (e) {
        return this.fail("$", `not valid JSON (${e instanceof Error ? e.message : String(e)})`);
      }
    }
    if (!isObject(doc)) return this.fail("$", "expected a JSON object holding universalScheduleStandard");
    if (isObject(doc.universalScheduleStandard)) this.root = doc.universalScheduleStandard;
    else if (Array.isArray(doc.breakdowns)) {
      this.root = doc;
      this.base = "$";
      this.note("$", "no universalScheduleStandard key; read the object itself as the schedule");
    } else return this.fail("$.universalScheduleStandard", "missing: this is not a Universal Schedule Standard file");

    this.readBreakdowns();
    this.readCategories();
    this.readElements();
    if (this.breakdowns.size === 0) return this.fail(pathKey(this.base, "breakdowns"), "no breakdowns to import");

    const board = this.chooseStripboard();
    if (!board) return { ok: false, sheets: [], messages: this.messages };
    return this.build(board);
  }

  private readBreakdowns(): void {
    const list = this.array("breakdowns", true);
    list.forEach((b, i) => {
      const path = `${pathKey(this.base, "breakdowns")}[${i}]`;
      if (!isObject(b)) return this.note(path, `expected a breakdown object, found ${show(b)}; skipped`);
      const id = text(b.id);
      if (!id) return this.note(`${path}.id`, "missing; breakdown skipped");
      if (this.breakdowns.has(id)) return this.note(`${path}.id`, `duplicate id "${id}"; second breakdown skipped`);
      const type = text(b.type)?.toLowerCase();
      let kind: StripKind = "strip";
      if (type === "day") kind = "day";
      else if (type === "banner") kind = "banner";
      else if (type !== undefined && type !== "scene" && type !== "strip")
        this.note(`${path}.type`, `unknown type ${show(b.type)}; read as a scene strip`);
      const bd: Breakdown = { id, kind, path, elements: [] };
      bd.scene = text(b.scene);
      bd.description = text(b.description);
      bd.comments = text(b.comments);
      bd.scriptPage = text(b.scriptPage);
      if (b.pages !== null && b.pages !== undefined) {
        const p = num(b.pages);
        if (p === undefined || p < 0) this.note(`${path}.pages`, `not a page count: ${show(b.pages)}; left blank`);
        else {
          bd.eighths = Math.round(p * 8);
          if (Math.abs(p * 8 - bd.eighths) > 1e-6)
            this.note(`${path}.pages`, `${p} is not a whole number of eighths; rounded to ${eighthsText(bd.eighths)}`);
        }
      }
      const timeKey = b.time !== null && b.time !== undefined ? "time" : "duration";
      const ms = b[timeKey];
      if (ms !== null && ms !== undefined) {
        const n = num(ms);
        if (n === undefined || n < 0)
          this.note(`${path}.${timeKey}`, `not a duration in milliseconds: ${show(ms)}; left blank`);
        else bd.durationMin = Math.round(n / 60000);
      }
      for (const key of ["_start", "_end"] as const) {
        const t = text(b[key]);
        if (t && /^\d{1,2}:\d{2}$/.test(t)) bd[key === "_start" ? "start" : "end"] = t;
      }
      if (Array.isArray(b.elements)) {
        b.elements.forEach((e, j) => {
          const eid = text(e);
          if (eid) bd.elements.push(eid);
          else this.note(`${path}.elements[${j}]`, `not an element id: ${show(e)}; skipped`);
        });
      } else if (b.elements !== null && b.elements !== undefined)
        this.note(`${path}.elements`, `expected an array of element ids, found ${show(b.elements)}`);
      this.breakdowns.set(id, bd);
    });
  }

  private readCategories(): void {
    this.array("categories", true).forEach((c, i) => {
      const path = `${pathKey(this.base, "categories")}[${i}]`;
      if (!isObject(c)) return this.note(path, `expected a category object, found ${show(c)}; skipped`);
      const id = text(c.id);
      if (!id) return this.note(`${path}.id`, "missing; category skipped");
      if (this.categories.has(id)) return this.note(`${path}.id`, `duplicate id "${id}"; second category skipped`);
      const name = text(c.name) ?? `Category ${id}`;
      const ucid = num(c.ucid);
      const order = Array.isArray(c.elements) ? c.elements.map(text).filter((x): x is string => !!x) : [];
      const cat: Category = { id, name, kind: categoryKind(name, ucid), elementOrder: order };
      this.categories.set(id, cat);
      this.categoryOrder.push(cat);
    });
  }

  private readElements(): void {
    // Documented style: categories list their elements; the first category naming an element wins.
    const listedIn = new Map<string, string>();
    for (const c of this.categoryOrder) for (const e of c.elementOrder) if (!listedIn.has(e)) listedIn.set(e, c.id);
    let uncategorised = 0;
    this.array("elements", true).forEach((e, i) => {
      const path = `${pathKey(this.base, "elements")}[${i}]`;
      if (!isObject(e)) return this.note(path, `expected an element object, found ${show(e)}; skipped`);
      const id = text(e.id);
      if (!id) return this.note(`${path}.id`, "missing; element skipped");
      if (this.elements.has(id)) return this.note(`${path}.id`, `duplicate id "${id}"; second element skipped`);
      let categoryId = text(e.category);
      if (categoryId && !this.categories.has(categoryId)) {
        this.note(`${path}.category`, `no category with id "${categoryId}"`);
        categoryId = undefined;
      }
      categoryId ??= listedIn.get(id);
      if (!categoryId) uncategorised++;
      const el: Element = {
        id,
        name: text(e.name) ?? "",
        path,
        elementId: text(e.elementId),
        categoryId,
        actor: text(e._actor),
        character: text(e.character) ?? text(e._character),
        allowDrop: bool(e.doodDropAllow) ?? bool(e.isDrop),
        events: Array.isArray(e.events) ? e.events : [],
        daysOff: e.daysOff,
      };
      if (!el.name) this.note(`${path}.name`, "missing");
      this.elements.set(id, el);
      this.elementOrder.push(el);
    });
    if (uncategorised > 0)
      this.note(
        pathKey(this.base, "elements"),
        `${uncategorised} element(s) belong to no category; ignored, as the standard says`,
      );
  }

  private chooseStripboard(): JsonObject | null {
    const boards = this.array("stripboards", false);
    const path = pathKey(this.base, "stripboards");
    const valid = boards
      .map((b, i) => ({ b, i }))
      .filter(({ b, i }) => {
        if (isObject(b)) return true;
        this.note(`${path}[${i}]`, `expected a stripboard object, found ${show(b)}; skipped`);
        return false;
      }) as { b: JsonObject; i: number }[];
    if (valid.length === 0) {
      this.note(path, "no stripboards: the file is a breakdown only, with no schedule to import");
      return null;
    }
    const wanted = this.options.board?.trim().toLowerCase();
    if (wanted) {
      const hit =
        valid.find(({ b }) => text(b.name)?.toLowerCase() === wanted) ??
        valid.find(({ b }) => text(b.id)?.toLowerCase() === wanted);
      if (!hit) {
        const names = valid.map(({ b }) => `"${text(b.name) ?? text(b.id) ?? "?"}"`).join(", ");
        this.note(path, `no stripboard named "${this.options.board}"; the file has ${names}`);
        return null;
      }
      this.stripboardPath = `${path}[${hit.i}]`;
      return hit.b;
    }
    const hasStrips = (b: JsonObject) =>
      this.scheduleBoards(b).some(({ ids }) => flatIds(ids).some((id) => this.breakdowns.get(id)?.kind === "strip"));
    // Real files often start with a "Script Order" board: many strips, no day breaks, so no dates.
    // Skip such a strip order when a later stripboard has days.
    const isStripOrder = (b: JsonObject) =>
      this.scheduleBoards(b).every(({ ids }) => {
        if (!Array.isArray(ids)) return true;
        const hasBreak = ids.some((v) => Array.isArray(v) || this.breakdowns.get(text(v) ?? "")?.kind === "day");
        return !hasBreak && flatIds(ids).filter((id) => this.breakdowns.get(id)?.kind === "strip").length !== 1;
      });
    const withStrips = valid.find(({ b }) => hasStrips(b) && !isStripOrder(b)) ?? valid.find(({ b }) => hasStrips(b));
    const chosen = withStrips ?? valid[0];
    if (!withStrips) this.note(path, "no stripboard has scheduled strips");
    this.stripboardPath = `${path}[${chosen.i}]`;
    return chosen.b;
  }

  private stripboardPath = "";

  /** The boards of a stripboard that are shot (every board but the boneyard), with their id lists. */
  private scheduleBoards(sb: JsonObject): { name: string; ids: unknown; path: string }[] {
    const boards = Array.isArray(sb.boards) ? sb.boards : [];
    const out: { name: string; ids: unknown; path: string }[] = [];
    boards.forEach((b, i) => {
      if (!isObject(b)) return;
      const name = text(b.name) ?? `board ${i + 1}`;
      if (/boneyard/i.test(name)) return;
      const key = b.breakdownIds !== undefined ? "breakdownIds" : "breakdownArrays";
      out.push({ name, ids: b[key], path: `${this.stripboardPath}.boards[${i}].${key}` });
    });
    return out;
  }

  /**
   * A board's ids -> shoot days, each the ids of its scene strips in order. Banners are dropped.
   * `dated` is false for a flat list of several strips with no day break: a strip order, not a schedule.
   */
  private boardDays(ids: unknown, path: string, seen: Set<string>): { days: string[][]; dated: boolean } {
    if (!Array.isArray(ids)) {
      this.note(path, `expected an array of breakdown ids, found ${show(ids)}`);
      return { days: [], dated: true };
    }
    const perDayArrays = ids.some(Array.isArray);
    const days: string[][] = [];
    let current: string[] = [];
    let breaks = 0;
    const close = () => {
      if (current.length > 0) days.push(current);
      current = [];
    };
    const take = (v: unknown, p: string) => {
      const id = text(v);
      if (!id) return this.note(p, `not a breakdown id: ${show(v)}; skipped`);
      const bd = this.breakdowns.get(id);
      if (!bd) return this.note(p, `no breakdown with id "${id}"; skipped`);
      if (bd.kind === "day") {
        breaks++;
        return close();
      }
      if (bd.kind === "banner") return;
      if (seen.has(id)) return this.note(p, `breakdown "${id}" is already on the schedule; repeat skipped`);
      seen.add(id);
      current.push(id);
    };
    ids.forEach((entry, j) => {
      if (Array.isArray(entry)) {
        // Real files: one array per shoot day.
        entry.forEach((v, k) => take(v, `${path}[${j}][${k}]`));
        breaks++;
        close();
      } else {
        // Seen in a real file: one id left bare between the day arrays. It joins the day that the next array closes.
        if (perDayArrays && this.breakdowns.get(text(entry) ?? "")?.kind === "strip")
          this.note(`${path}[${j}]`, `"${text(entry)}" is not inside a day array; put on the day that follows`);
        take(entry, `${path}[${j}]`);
      }
    });
    close();
    if (breaks === 0 && days.length === 1 && days[0].length > 1) {
      this.note(
        path,
        `no day breaks: the board is a strip order, not a schedule; its ${days[0].length} strips are imported without dates`,
      );
      return { days, dated: false };
    }
    return { days, dated: true };
  }

  /** Scene strips that no board of the stripboard lists (the standard ignores them); one message naming a few. */
  private noteUnlisted(sb: JsonObject): void {
    const listed = new Set<string>();
    const boards = Array.isArray(sb.boards) ? sb.boards : [];
    for (const b of boards)
      if (isObject(b)) for (const id of flatIds(b.breakdownIds ?? b.breakdownArrays)) listed.add(id);
    const missing = [...this.breakdowns.values()].filter((b) => b.kind === "strip" && !listed.has(b.id));
    if (missing.length === 0) return;
    const names = missing.slice(0, 5).map((b) => (b.scene ? `scene ${b.scene}` : `"${b.id}"`));
    const more = missing.length > 5 ? `, and ${missing.length - 5} more` : "";
    this.note(
      `${this.stripboardPath}.boards`,
      `${missing.length} breakdown(s) are on no board of this stripboard (${names.join(", ")}${more}); not imported`,
    );
  }

  private readCalendar(sb: JsonObject): { cal: ShootCalendar | null; name?: string } {
    const calendars = this.array("calendars", false);
    const calId = text(sb.calendar);
    let index = calendars.findIndex((c) => isObject(c) && text(c.id) === calId);
    if (index < 0) {
      if (calendars.length === 1 && isObject(calendars[0])) {
        index = 0;
        this.note(
          `${this.stripboardPath}.calendar`,
          `no calendar with id ${show(sb.calendar)}; used the only calendar`,
        );
      } else {
        this.note(`${this.stripboardPath}.calendar`, `no calendar with id ${show(sb.calendar)}`);
      }
    }
    const c = index >= 0 ? (calendars[index] as JsonObject) : {};
    const path = index >= 0 ? `${pathKey(this.base, "calendars")}[${index}]` : `${this.stripboardPath}.calendar`;
    const weekdaysOff = new Set<number>();
    if (Array.isArray(c.daysOff)) {
      c.daysOff.forEach((d, i) => {
        const n = num(d);
        if (n !== undefined && Number.isInteger(n) && n >= 0 && n <= 6) weekdaysOff.add(n);
        else this.note(`${path}.daysOff[${i}]`, `not a weekday 0-6: ${show(d)}; ignored`);
      });
    } else if (c.daysOff !== undefined && c.daysOff !== null)
      this.note(`${path}.daysOff`, `expected an array of weekdays, found ${show(c.daysOff)}`);
    if (weekdaysOff.size === 7) {
      this.note(`${path}.daysOff`, "every weekday is off; weekly days off ignored");
      weekdaysOff.clear();
    }
    let start: number | null = null;
    const datesOff = new Set<number>();
    const events = Array.isArray(c.events) ? c.events : [];
    events.forEach((ev, i) => {
      const p = `${path}.events[${i}]`;
      if (!isObject(ev)) return this.note(p, `expected an event object, found ${show(ev)}; skipped`);
      const type = text(ev.type)?.toLowerCase();
      const name = (text(ev.name) ?? "").toLowerCase().replace(/[\s_-]/g, "");
      const isStart = type === "start";
      const isOff = type === "dayoff" || (type === "event" && (name === "holiday" || name === "dayoff"));
      if (!isStart && !isOff) return;
      const day = ussDay(ev.date);
      if (day === null) return this.note(`${p}.date`, `not an ISO date: ${show(ev.date)}; event ignored`);
      if (isOff) datesOff.add(day);
      else if (start === null) start = day;
      else this.note(p, `second start event; the first (${isoDate(start)}) is used`);
    });
    const override = this.options.start ? ussDay(this.options.start) : null;
    if (this.options.start && override === null) this.note("--start", `not an ISO date: ${show(this.options.start)}`);
    if (override !== null) start = override;
    const name = text(c.name);
    if (start === null) {
      this.note(path, "no start event: shoot dates cannot be set (give a start date to import it dated)");
      return { cal: null, name };
    }
    return { cal: { start, weekdaysOff, datesOff }, name };
  }

  private build(sb: JsonObject): UssImportResult {
    const boardName = text(sb.name) ?? text(sb.id) ?? "stripboard";
    const seen = new Set<string>();
    const boards = this.scheduleBoards(sb).map((b) => ({ name: b.name, ...this.boardDays(b.ids, b.path, seen) }));
    this.noteUnlisted(sb);
    if (boards.length === 0) this.note(this.stripboardPath, "has no board other than the boneyard");
    const { cal, name: calendarName } = this.readCalendar(sb);
    if (cal && isDayOff(cal, cal.start))
      this.note(
        this.stripboardPath,
        `start date ${isoDate(cal.start)} is a day off; shoot day 1 moved to the next work day`,
      );

    const resources = this.resourceElements();
    const tokenOf = new Map(resources.map((r) => [r.element.id, r]));

    // Extra columns: categories that are not a contract column, in file order.
    const extraCols: { header: string; categoryIds: string[] }[] = [];
    const headerFor = new Map<string, { header: string; categoryIds: string[] }>();
    const addExtra = (header: string, categoryId: string | null) => {
      const existing = headerFor.get(normHeader(header));
      // Two categories of the same name share a column.
      if (existing && categoryId && existing.header === header && existing.categoryIds.length > 0) {
        existing.categoryIds.push(categoryId);
        return;
      }
      const h = existing || SCHEDULE_HEADERS.has(normHeader(header)) ? `${header} (breakdown)` : header;
      const col = { header: h, categoryIds: categoryId ? [categoryId] : [] };
      headerFor.set(normHeader(h), col);
      extraCols.push(col);
    };
    if ([...this.breakdowns.values()].some((b) => b.scriptPage)) addExtra("Script Page", null);
    const fixedHeaders: Partial<Record<CategoryKind, string>> = {
      scriptDay: "Script Day",
      unit: "Unit",
      sequence: "Sequence",
    };
    for (const c of this.categoryOrder) {
      const fixed = fixedHeaders[c.kind];
      if (fixed) addExtra(fixed, c.id);
      else if (c.kind === "other") addExtra(c.name, c.id);
    }

    const allStrips = boards.flatMap((b) => b.days.flat()).map((id) => this.breakdowns.get(id) as Breakdown);
    const timed = allStrips.some((s) => s.start || s.end);
    const header: string[] = ["ID", "Date", "Shoot Day"];
    if (timed) header.push("Start", "End");
    header.push(
      "Duration",
      "Scene",
      "Description",
      "Set",
      "I/E",
      "D/N",
      "Pages",
      "Location",
      "Cast",
      "Crew",
      "Equipment",
      "Notes",
    );
    if (boards.length > 1) header.push("Board");
    header.push(...extraCols.map((c) => c.header));

    const rows: UssCell[][] = [header];
    const shootDays: number[] = [];
    for (const board of boards) {
      const dated = cal !== null && board.dated;
      const dates = dated ? shootDates(cal, board.days.length) : [];
      board.days.forEach((ids, d) => {
        if (dated) shootDays.push(dates[d]);
        for (const id of ids) {
          const bd = this.breakdowns.get(id) as Breakdown;
          const byKind = (kind: CategoryKind) => this.namesIn(bd, (c) => c.kind === kind);
          const tokens = (kinds: string[]) =>
            bd.elements
              .map((e) => tokenOf.get(e))
              .filter((r): r is ResourceElement => !!r && kinds.includes(r.kind))
              .map((r) => r.token)
              .filter((t, i, all) => all.indexOf(t) === i);
          const row: UssCell[] = [id, dated ? isoDate(dates[d]) : null, board.dated ? d + 1 : null];
          if (timed) row.push(bd.start ?? null, bd.end ?? null);
          row.push(
            bd.durationMin !== undefined ? durationText(bd.durationMin) : null,
            bd.scene ?? null,
            bd.description ?? null,
            byKind("set"),
            byKind("ie"),
            byKind("dn"),
            bd.eighths !== undefined ? eighthsText(bd.eighths) : null,
            byKind("location"),
            tokens(["cast"]).sort(byCastNumber).join(", ") || null,
            tokens(["crew"]).join(", ") || null,
            tokens(["equipment", "vehicle"]).join(", ") || null,
            bd.comments ?? null,
          );
          if (boards.length > 1) row.push(board.name);
          for (const col of extraCols) {
            if (col.categoryIds.length === 0) row.push(bd.scriptPage ?? null);
            else row.push(this.namesIn(bd, (c) => col.categoryIds.includes(c.id)));
          }
          rows.push(row);
        }
      });
    }
    if (rows.length === 1) this.note(this.stripboardPath, "no scene strips on the schedule boards");

    const sheets: UssSheet[] = [{ name: "Schedule", rows }];
    sheets.push(...this.resourceSheets(resources));
    const availability = this.availabilityRows(resources, shootDays);
    if (availability.length > 1) sheets.push({ name: "Availability", rows: availability });
    sheets.push({ name: "Production", rows: this.productionRows(boardName, calendarName) });
    return { ok: true, sheets, messages: this.messages, board: boardName, calendar: calendarName };
  }

  /** Names of a breakdown's elements in the matching categories, joined. */
  private namesIn(bd: Breakdown, match: (c: Category) => boolean): string | null {
    const names: string[] = [];
    for (const eid of bd.elements) {
      const el = this.elements.get(eid);
      const cat = el?.categoryId ? this.categories.get(el.categoryId) : undefined;
      if (el && cat && match(cat) && el.name && !names.includes(el.name)) names.push(el.name);
    }
    return names.length ? names.join(", ") : null;
  }

  /** Cast, crew and equipment elements with the IDs and schedule tokens they get. */
  private resourceElements(): ResourceElement[] {
    const out: ResourceElement[] = [];
    const usedIds = new Set<string>();
    const usedNames = new Set<string>();
    const kinds = ["cast", "crew", "equipment", "vehicle"] as const;
    const prefix: Record<(typeof kinds)[number], string> = { cast: "C", crew: "CR", equipment: "EQ", vehicle: "V" };
    const generated: Record<string, number> = {};
    const gen = (kind: (typeof kinds)[number]) => {
      let id: string;
      do id = `${prefix[kind]}${(generated[kind] = (generated[kind] ?? 0) + 1)}`;
      while (usedIds.has(id.toLowerCase()) || usedNames.has(id.toLowerCase()));
      return id;
    };
    // Cast first so cast numbers keep their IDs when another category reuses a number.
    for (const kind of kinds) {
      for (const cat of this.categoryOrder.filter((c) => c.kind === kind)) {
        const members = this.elementOrder.filter((e) => e.categoryId === cat.id);
        const order = cat.elementOrder.filter((id) => members.some((m) => m.id === id));
        const ordered = [
          ...order.map((id) => this.elements.get(id) as Element),
          ...members.filter((m) => !order.includes(m.id)),
        ];
        for (const element of ordered) {
          let id: string | undefined;
          const wanted = element.elementId;
          if (wanted && !usedIds.has(wanted.toLowerCase()) && !LIST_SEPARATORS.test(wanted)) id = wanted;
          else if (wanted)
            this.note(
              `${element.path}.elementId`,
              `"${wanted}" is already used by another element or holds a list separator; not used as its ID`,
            );
          const name = element.name;
          let token: string;
          if (id) token = id;
          else if (
            name &&
            !LIST_SEPARATORS.test(name) &&
            !usedIds.has(name.toLowerCase()) &&
            !usedNames.has(name.toLowerCase())
          )
            token = name;
          else token = id = gen(kind);
          if (id) usedIds.add(id.toLowerCase());
          if (name) usedNames.add(name.toLowerCase());
          out.push({ element, kind, category: cat, id, token });
        }
      }
    }
    return out;
  }

  private resourceSheets(resources: ResourceElement[]): UssSheet[] {
    const cast: UssCell[][] = [["Cast #", "Name", "Character", "Allow Drop"]];
    const crew: UssCell[][] = [["ID", "Name", "Type", "Department"]];
    const equipment: UssCell[][] = [["ID", "Name", "Type", "Department"]];
    for (const r of resources) {
      const e = r.element;
      const yesNo = e.allowDrop === undefined ? null : e.allowDrop ? "yes" : "no";
      if (r.kind === "cast") {
        // An actor's name travels in the exporter's `_actor` key; the element name is then the character.
        const name = e.actor ?? (e.name || null);
        const character = e.actor ? e.name || null : (e.character ?? null);
        cast.push([r.id ?? null, name, character, yesNo]);
      } else if (r.kind === "crew") crew.push([r.id ?? null, e.name || null, "crew", r.category.name]);
      else equipment.push([r.id ?? null, e.name || null, r.kind, r.category.name]);
    }
    const sheets: UssSheet[] = [{ name: "Cast", rows: cast }];
    if (crew.length > 1) sheets.push({ name: "Crew", rows: crew });
    if (equipment.length > 1) sheets.push({ name: "Equipment", rows: equipment });
    return sheets;
  }

  /** Element events and weekly days off -> Availability rows. */
  private availabilityRows(resources: ResourceElement[], shootDays: number[]): UssCell[][] {
    const rows: UssCell[][] = [["Resource", "From", "To", "Kind", "Notes"]];
    const first = shootDays.length ? Math.min(...shootDays) : null;
    const last = shootDays.length ? Math.max(...shootDays) : null;
    for (const r of resources) {
      const e = r.element;
      e.events.forEach((ev, i) => {
        const p = `${e.path}.events[${i}]`;
        if (!isObject(ev)) return this.note(p, `expected an event object, found ${show(ev)}; skipped`);
        const type = text(ev.type)?.toLowerCase();
        const rawName = text(ev.name);
        const name = (rawName ?? "").toLowerCase().replace(/[\s_-]/g, "");
        const kind = type === "dayoff" ? "day off" : type === "event" ? EVENT_KINDS[name] : undefined;
        if (!kind) return this.note(p, `event ${show(rawName ?? ev.type)} has no availability kind; skipped`);
        const day = ussDay(ev.date);
        if (day === null) return this.note(`${p}.date`, `not an ISO date: ${show(ev.date)}; event skipped`);
        const notes = rawName && name !== kind.replace(" ", "") ? rawName : null;
        rows.push([r.token, isoDate(day), isoDate(day), kind, notes]);
      });
      if (!Array.isArray(e.daysOff) || e.daysOff.length === 0) continue;
      const weekdays = new Set<number>();
      e.daysOff.forEach((d, i) => {
        const n = num(d);
        if (n !== undefined && Number.isInteger(n) && n >= 0 && n <= 6) weekdays.add(n);
        else this.note(`${e.path}.daysOff[${i}]`, `not a weekday 0-6: ${show(d)}; ignored`);
      });
      if (weekdays.size === 0 || first === null || last === null) continue;
      const label = `weekly day off (${[...weekdays]
        .sort()
        .map((w) => weekdayName(w + 1))
        .join(", ")})`;
      // One row per run of consecutive off dates between the first and last shoot day.
      let runStart: number | null = null;
      for (let d = first; d <= last + 1; d++) {
        const off = d <= last && weekdays.has(weekday(d));
        if (off && runStart === null) runStart = d;
        if (!off && runStart !== null) {
          rows.push([r.token, isoDate(runStart), isoDate(d - 1), "day off", label]);
          runStart = null;
        }
      }
    }
    return rows;
  }

  private productionRows(boardName: string, calendarName?: string): UssCell[][] {
    const r = this.root;
    const rows: UssCell[][] = [["Field", "Value"]];
    const title = text(r.project) ?? text(r.name);
    if (title) rows.push(["Title", title]);
    const episode = [text(r.season) && `S${text(r.season)}`, text(r.episode), text(r.episodeName)]
      .filter(Boolean)
      .join(" ");
    if (episode) rows.push(["Episode", episode]);
    const colours = [
      text(r.scriptColor) && `script ${text(r.scriptColor)}`,
      text(r.schedColor) && `schedule ${text(r.schedColor)}`,
    ]
      .filter(Boolean)
      .join(", ");
    const source = [`Imported from USS "${text(r.name) ?? "schedule"}"`, `stripboard "${boardName}"`];
    if (calendarName) source.push(`calendar "${calendarName}"`);
    if (colours) source.push(`revisions: ${colours}`);
    rows.push(["Notes", source.join("; ")]);
    return rows;
  }
}

function flatIds(ids: unknown): string[] {
  if (!Array.isArray(ids)) return [];
  return ids
    .flatMap((v) => (Array.isArray(v) ? v : [v]))
    .map(text)
    .filter((x): x is string => !!x);
}

/** Reads a .uss document (JSON text or parsed value) into workbook tables. Never throws. */
export function importUss(input: unknown, options: UssImportOptions = {}): UssImportResult {
  try {
    return new Importer(options).run(input);
  } catch (e) {
    // Defensive: a shape no check foresaw still becomes a message, never a crash.
    return {
      ok: false,
      sheets: [],
      messages: [`$: could not read the file (${e instanceof Error ? e.message : String(e)})`],
    };
  }
}
