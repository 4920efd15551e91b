/**
 * Model -> USS v1.0 JSON: one stripboard ("stripboard" + empty "boneyard" board) on one calendar.
 *
 * Written so that any reader dates the strips the same: the board is a flat `breakdownIds` list with
 * a "day" strip closing each shoot day (the documented form); the calendar starts on the first
 * shoot date and marks every date between shoot days as off (weekly where a weekday is never shot,
 * else a single "dayOff" event). Keys of both spellings are written where the standard's prose and
 * real files differ (`time` and `duration`, `version` and `ussVersion`, the dood flags), so readers
 * of either kind find them. Dates are written at 12:00Z so no reader's time zone moves them a day.
 */
import type { Item, Model, Resource } from "../model";
import { MINUTES_PER_DAY, hhmm, isoDate, weekday } from "../time";
import { EXPORT_CATEGORIES } from "./categories";
import type { UssExportOptions, UssExportResult } from "./types";

type ExportKind = keyof typeof EXPORT_CATEGORIES;

interface UssElement {
  id: string;
  kind: ExportKind;
  name: string;
  resource?: Resource;
  events: Record<string, unknown>[];
}

/** Most dates one availability window is spelled out into (a year and a bit). */
const MAX_EVENT_DAYS = 400;

function ussDate(day: number): string {
  return `${isoDate(day)}T12:00:00.000Z`;
}

/** Deterministic ids in the standard's 24-hex-digit shape; skips any id the model already uses. */
class IdMaker {
  private n = 0;
  constructor(private readonly taken: Set<string>) {}
  next(): string {
    let id: string;
    do id = (++this.n).toString(16).padStart(24, "0");
    while (this.taken.has(id));
    this.taken.add(id);
    return id;
  }
}

const EVENT_FOR_KIND: Record<string, { type: string; name: string }> = {
  travel: { type: "event", name: "travel" },
  rehearsal: { type: "event", name: "rehearsal" },
  fitting: { type: "event", name: "fitting" },
  hold: { type: "event", name: "hold" },
  "day off": { type: "dayOff", name: "dayOff" },
  unavailable: { type: "dayOff", name: "unavailable" },
};

export function exportUss(model: Model, options: UssExportOptions = {}): UssExportResult {
  const messages: string[] = [];
  const taken = new Set(model.items.map((i) => i.id));
  const ids = new IdMaker(taken);

  // Strips: every non-cancelled item with a readable date, by date then schedule order.
  const dated: Item[] = [];
  let cancelled = 0;
  for (const item of model.items) {
    if (item.cancelled) cancelled++;
    else if (item.date === null)
      messages.push(
        `${item.sheet}!${item.cells.Date ?? `row ${item.row}`}: item ${item.id} has no readable date; not exported`,
      );
    else dated.push(item);
  }
  if (cancelled > 0) messages.push(`${cancelled} cancelled item(s) not exported`);
  dated.sort((a, b) => (a.date as number) - (b.date as number) || a.index - b.index);

  // Elements: one per resource (cast, crew, equipment, vehicles) and per distinct set, I/E, D/N, location text.
  const elements: UssElement[] = [];
  const byResource = new Map<string, UssElement>();
  const byText = new Map<string, UssElement>();
  const resourceKind = (r: Resource): ExportKind | null =>
    r.type === "cast"
      ? "cast"
      : r.type === "crew"
        ? "crew"
        : r.type === "equipment"
          ? "equipment"
          : r.type === "vehicle"
            ? "vehicle"
            : null;
  const addResource = (r: Resource, kind: ExportKind): UssElement => {
    const el: UssElement = { id: ids.next(), kind, name: r.role ?? r.name ?? r.label, resource: r, events: [] };
    byResource.set(r.key, el);
    elements.push(el);
    return el;
  };
  for (const r of model.resources) {
    const kind = resourceKind(r);
    if (kind) addResource(r, kind);
  }
  const elementForKey = (key: string, fallback: ExportKind): UssElement | undefined => {
    const found = byResource.get(key);
    if (found) return found;
    const r = model.resourceByKey.get(key);
    if (!r) return undefined;
    // A resource of another type named in this column (or an unresolved token) goes in the column's category.
    return addResource(r, fallback);
  };
  const elementForText = (kind: ExportKind, value: string | undefined): UssElement | undefined => {
    const name = value?.trim();
    if (!name) return undefined;
    const key = `${kind}:${name.toLowerCase()}`;
    let el = byText.get(key);
    if (!el) {
      el = { id: ids.next(), kind, name, events: [] };
      byText.set(key, el);
      elements.push(el);
    }
    return el;
  };

  const breakdowns: Record<string, unknown>[] = [];
  const boardIds: string[] = [];
  const shootDates: number[] = [];
  const dayStrip = (): string => {
    const id = ids.next();
    breakdowns.push(breakdown(id, "day"));
    return id;
  };
  for (const item of dated) {
    const date = item.date as number;
    if (shootDates.length > 0 && shootDates[shootDates.length - 1] !== date) boardIds.push(dayStrip());
    if (shootDates[shootDates.length - 1] !== date) shootDates.push(date);
    const els: UssElement[] = [];
    const push = (el: UssElement | undefined) => {
      if (el && !els.includes(el)) els.push(el);
    };
    push(elementForText("set", item.set));
    push(elementForText("ie", item.ie));
    push(elementForText("dn", item.dn));
    push(elementForText("location", item.location));
    for (const k of item.cast) push(elementForKey(k, "cast"));
    for (const k of item.crew) push(elementForKey(k, "crew"));
    for (const k of item.equipment) push(elementForKey(k, "equipment"));
    for (const k of item.other) {
      const r = model.resourceByKey.get(k);
      const kind = r ? resourceKind(r) : null;
      if (kind) push(elementForKey(k, kind));
    }
    const b = breakdown(item.id, "scene");
    b.scene = item.scene ?? null;
    b.description = item.description ?? null;
    b.pages = item.eighths !== undefined ? item.eighths / 8 : null;
    const minutes =
      item.durationMin ??
      (item.timed && item.start !== undefined && item.end !== undefined ? item.end - item.start : undefined);
    b.time = b.duration = minutes !== undefined ? Math.round(minutes * 60000) : null;
    b.comments = item.notes ?? null;
    b.elements = els.map((e) => e.id);
    // Call times have no place in the standard: kept in custom keys (allowed with a leading underscore).
    if (item.timed && item.start !== undefined && item.end !== undefined) {
      b._start = hhmm(item.start);
      b._end = hhmm(item.end);
    }
    breakdowns.push(b);
    boardIds.push(item.id);
  }
  if (dated.length > 0) boardIds.push(dayStrip());

  // Availability -> element events, one per date.
  const addEvents = (r: Resource, from: number, to: number, kind: string) => {
    const el = byResource.get(r.key);
    const ev = EVENT_FOR_KIND[kind];
    if (!el || !ev) return;
    let last = to;
    if (to - from + 1 > MAX_EVENT_DAYS) {
      last = from + MAX_EVENT_DAYS - 1;
      messages.push(`${r.label}: ${kind} from ${isoDate(from)} to ${isoDate(to)} exported only up to ${isoDate(last)}`);
    }
    for (let d = from; d <= last; d++)
      el.events.push({ id: ids.next(), type: ev.type, name: ev.name, date: ussDate(d) });
  };
  for (const w of model.availability) {
    const r = model.resourceByKey.get(w.resourceKey);
    if (r) addEvents(r, Math.floor(w.from / MINUTES_PER_DAY), Math.ceil(w.to / MINUTES_PER_DAY) - 1, w.kind);
  }
  for (const r of model.resources) for (const u of r.unavailable) addEvents(r, u.from, u.to, "unavailable");
  if (model.resources.some((r) => r.availableFrom !== undefined || r.availableTo !== undefined))
    messages.push("Available From / Available To have no place in the standard; not exported");

  // Calendar: weekdays never shot within the span (and weekends) are weekly days off; other gaps are single days off.
  const calendarId = ids.next();
  const calendarEvents: Record<string, unknown>[] = [];
  const weekdaysOff: number[] = [];
  if (shootDates.length > 0) {
    calendarEvents.push({ id: ids.next(), type: "start", name: null, date: ussDate(shootDates[0]) });
    const shotWeekdays = new Set(shootDates.map(weekday));
    const first = shootDates[0];
    const last = shootDates[shootDates.length - 1];
    const inSpan = new Set<number>();
    for (let d = first; d <= last && inSpan.size < 7; d++) inSpan.add(weekday(d));
    for (let w = 0; w < 7; w++) if (!shotWeekdays.has(w) && (inSpan.has(w) || w === 0 || w === 6)) weekdaysOff.push(w);
    const shot = new Set(shootDates);
    for (let d = first; d <= last; d++)
      if (!shot.has(d) && !weekdaysOff.includes(weekday(d)))
        calendarEvents.push({ id: ids.next(), type: "dayOff", name: "dayOff", date: ussDate(d) });
  } else messages.push("no dated items: the stripboard is empty");

  const categories = (Object.keys(EXPORT_CATEGORIES) as ExportKind[])
    .filter((k) => k === "cast" || elements.some((e) => e.kind === k))
    .map((k) => ({ kind: k, id: ids.next(), ...EXPORT_CATEGORIES[k] }));
  const categoryId = new Map(categories.map((c) => [c.kind, c.id]));
  const title = options.name ?? model.production.title ?? model.production.Title ?? "Schedule";

  const uss = {
    universalScheduleStandard: {
      id: ids.next(),
      author: null,
      company: null,
      created: options.created ?? null,
      description: "Exported by Production Coordinator",
      episode: model.production.episode ?? model.production.Episode ?? null,
      episodeName: null,
      name: title,
      project: model.production.title ?? model.production.Title ?? title,
      schedColor: null,
      schedDate: options.created ?? null,
      scriptColor: null,
      scriptDate: null,
      season: null,
      source: "Production Coordinator",
      version: "1.0.0",
      ussVersion: "1.0.0",
      breakdowns,
      categories: categories.map((c) => ({
        id: c.id,
        created: null,
        elements: elements.filter((e) => e.kind === c.kind).map((e) => e.id),
        name: c.name,
        ucid: c.ucid,
      })),
      elements: elements.map((e) => elementObject(e, categoryId.get(e.kind) as string)),
      stripboards: [
        {
          id: ids.next(),
          name: title,
          calendar: calendarId,
          boards: [
            { id: ids.next(), name: "stripboard", breakdownIds: boardIds },
            { id: ids.next(), name: "boneyard", breakdownIds: [] },
          ],
        },
      ],
      calendars: [
        {
          id: calendarId,
          name: shootDates.length ? `Start ${isoDate(shootDates[0])}` : "Calendar",
          daysOff: weekdaysOff,
          events: calendarEvents,
        },
      ],
    },
  };
  return { uss, json: JSON.stringify(uss, null, 2), messages };
}

function breakdown(id: string, type: "scene" | "day"): Record<string, unknown> {
  return {
    id,
    bannerText: null,
    comments: null,
    created: null,
    description: null,
    elements: [],
    pages: null,
    scene: null,
    scriptPage: null,
    time: null,
    duration: null,
    type,
  };
}

function elementObject(e: UssElement, category: string): Record<string, unknown> {
  const r = e.resource;
  const isCast = e.kind === "cast";
  const allowDrop = r?.allowDrop ?? false;
  const o: Record<string, unknown> = {
    id: e.id,
    category,
    created: null,
    name: e.name,
    elementId: r?.id ?? "",
    elementIdLock: false,
    isIdLock: false,
    doodInclude: isCast,
    isDood: isCast,
    doodHoldAllow: isCast,
    isHold: isCast,
    doodDropAllow: allowDrop,
    isDrop: allowDrop,
    doodDropDays: 10,
    dropDayCount: 10,
    daysOff: [],
    events: e.events,
    linkedElements: [],
  };
  // The standard names a cast element by its character; the actor travels in a custom key.
  if (r?.role && r.name) o._actor = r.name;
  return o;
}
