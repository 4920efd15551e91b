/**
 * travel: a resource's (not a location's) consecutive timed items on one Date, by Start, are at different
 * locations, do not overlap, and the gap is shorter than the travel time (Travel table, else the buffer).
 */
import type { Item, Model, Resource, TravelTime } from "../model";
import type { Conflict } from "../report";
import { DEFAULT_TRAVEL_BUFFER_MIN } from "../rulesets";
import { formatDuration, hhmm } from "../time";
import type { ScheduleColumns } from "../columns";
import type { Rule } from "./rule";
import { inTheWayText, lightNote, movesText, shiftedRun, wrapAfter, type Move } from "./moves";
import {
  columnOf,
  idsInOrder,
  itemCells,
  momentText,
  personLimit,
  placeKey,
  ruleSetOf,
  scheduleIndex,
  who,
  isoDay,
  type ScheduleIndex,
  type WorkDays,
  finding,
} from "./common";

const travelCache = new WeakMap<TravelTime[], Map<string, number>>();

/**
 * Travel minutes between two places (place keys: compared trimmed, case-insensitively, a location's ID as its
 * name). A row covers both directions unless the reverse is also given; the first row for a direction wins.
 */
export function travelMinutes(travel: TravelTime[], from: string, to: string): number | undefined {
  let table = travelCache.get(travel);
  if (!table) {
    table = new Map();
    const explicit = new Map<string, number>();
    for (const t of travel) {
      if (!Number.isFinite(t.minutes)) continue;
      const k = `${t.fromPlace ?? placeKey(t.from)}\u0000${t.toPlace ?? placeKey(t.to)}`;
      if (!explicit.has(k)) explicit.set(k, t.minutes);
    }
    for (const [k, m] of explicit) {
      table.set(k, m);
      const [a, b] = k.split("\u0000");
      const reverse = `${b}\u0000${a}`;
      if (!explicit.has(reverse)) table.set(reverse, m);
    }
    travelCache.set(travel, table);
  }
  return table.get(`${placeKey(from)}\u0000${placeKey(to)}`);
}

/** Table minutes for a (from, to) pair of place numbers, each pair looked up once; undefined: no row. */
function tripLookup(model: Model, keys: string[]): (from: number, to: number) => number | undefined {
  const lookUp = (from: number, to: number) => travelMinutes(model.travel, keys[from], keys[to]);
  const pairs = keys.length * keys.length;
  if (pairs > 1 << 18) {
    const memo = new Map<number, number | null>();
    return (from, to) => {
      const pair = from * keys.length + to;
      let minutes = memo.get(pair);
      if (minutes === undefined) memo.set(pair, (minutes = lookUp(from, to) ?? null));
      return minutes ?? undefined;
    };
  }
  // Few places: a flat table. known: 0 not looked up yet, 1 a row, 2 no row.
  const known = new Uint8Array(pairs);
  const minutes = new Float64Array(pairs);
  return (from, to) => {
    const pair = from * keys.length + to;
    if (known[pair] === 0) {
      const table = lookUp(from, to);
      known[pair] = table === undefined ? 2 : 1;
      minutes[pair] = table ?? 0;
    }
    return known[pair] === 1 ? minutes[pair] : undefined;
  };
}

/**
 * Consecutive pairs of a resource's items on one date that are at two different known places and do not
 * overlap: positions k in `days.itemIds` (the pair is k - 1, k), written to `out`; returns how many.
 * Most pairs share a place, so this numeric scan is the hot loop and the rest runs only for what it finds.
 */
function placeChanges(
  columns: ScheduleColumns,
  days: WorkDays,
  r: number,
  placeOf: Int32Array,
  out: Int32Array,
): number {
  const { start, end } = columns;
  const { itemIds, from, severalPlaces } = days;
  let found = 0;
  for (let d = days.dayStart[r]; d < days.dayStart[r + 1]; d++) {
    // Most days keep a person in one place: nothing to travel between.
    if (severalPlaces[d] === 0) continue;
    // The day's items are ordered by Start, then schedule order: compare each with the one before.
    let place = placeOf[itemIds[from[d]]];
    for (let k = from[d] + 1; k < from[d + 1]; k++) {
      const next = placeOf[itemIds[k]];
      if (place >= 0 && next >= 0 && next !== place && end[itemIds[k - 1]] <= start[itemIds[k]]) out[found++] = k;
      place = next;
    }
  }
  return found;
}

export const travel: Rule = {
  id: "travel",
  severity: "warning",
  description: "Not enough time to get from one location to the next between two items on the same day.",
  check(model: Model): Conflict[] {
    const out: Conflict[] = [];
    const index = scheduleIndex(model);
    const trip = tripLookup(model, index.columns.places);
    // A resource has fewer pairs than items.
    const moves = new Int32Array(index.longest);
    for (let u = 0; u < index.used.length; u++) {
      const r = index.used[u];
      if (index.columns.resources[r].type === "location" || index.timedStart[r + 1] - index.timedStart[r] < 2) continue;
      resourceTravel(model, index, r, trip, moves, out);
    }
    return out;
  },
};

/**
 * Resource r's travel findings, pushed to `out` (`moves` is scratch room). A function of its own, called once per
 * resource: V8 optimises it as a whole during a smaller schedule's run and keeps that code for the next, where a
 * loop inside `check` was compiled again (on-stack replacement) in every run.
 */
function resourceTravel(
  model: Model,
  index: ScheduleIndex,
  r: number,
  trip: (from: number, to: number) => number | undefined,
  moves: Int32Array,
  out: Conflict[],
): void {
  const { columns, days } = index;
  const { start, end } = columns;
  // Only timed items reach the scan, so the place column serves as it is.
  const placeOf = columns.place;
  const found = placeChanges(columns, days, r, placeOf, moves);
  if (found === 0) return;
  const resource = columns.resources[r];
  const buffer = ruleSetOf(model, resource)?.travelBufferMin ?? DEFAULT_TRAVEL_BUFFER_MIN;
  const maxDay = personLimit(model, resource, "maxDayHours");
  let bufferSource: string | undefined;
  // The time to get from strip x to strip y, for the strips a move pushes along (0 at one place).
  const tripAfter = (x: number, y: number) =>
    placeOf[x] >= 0 && placeOf[y] >= 0 && placeOf[x] !== placeOf[y] ? (trip(placeOf[x], placeOf[y]) ?? buffer) : 0;
  let d = days.dayStart[r];
  for (let m = 0; m < found; m++) {
    const k = moves[m];
    while (days.from[d + 1] <= k) d++;
    const a = days.itemIds[k - 1];
    const b = days.itemIds[k];
    const table = trip(placeOf[a], placeOf[b]);
    const needed = table ?? buffer;
    const gap = start[b] - end[a];
    if (!(gap < needed)) continue;
    const source =
      table === undefined
        ? (bufferSource ??= `the travel buffer is ${formatDuration(buffer)}`)
        : `the trip takes ${formatDuration(needed)}`;
    // b and the person's strips after it move on together where b would run into them or leave too little time
    // to get there; the suggestion says what they would run into (other people's strips), and where that makes
    // the person's day longer than Max Day.
    const shifted = shiftedRun(columns, days.itemIds, k, days.from[d + 1], end[a] + needed, tripAfter);
    let longer: string | undefined;
    if (maxDay) {
      const call = start[days.itemIds[days.from[d]]] - (resource.leadTimeMin || 0);
      const wrap = wrapAfter(columns, end[days.last[d]], shifted);
      // Only what the move adds: a day already that long is the long-day finding's.
      if (wrap - call > maxDay.limit * 60 && wrap > end[days.last[d]])
        longer = `that makes ${who(resource)}'s day ${formatDuration(wrap - call)}, over ${formatDuration(maxDay.limit * 60)}`;
    }
    const notes = [inTheWayText(index, shifted, r), longer, lightNote(model.items, shifted)];
    out.push(
      travelConflict(model, resource, model.items[a], model.items[b], days.date[d], needed, source, shifted, notes),
    );
  }
}

/** The finding for a too-short gap between item a (wrap) and item b (call); `source` says why `needed`. */
function travelConflict(
  model: Model,
  resource: Resource,
  a: Item,
  b: Item,
  date: number,
  needed: number,
  source: string,
  /** Where b and the strips it would run into would start (shiftedRun). */
  moves: Move[],
  /** What the moves would run into, and whether they make the day too long. */
  notes: (string | undefined)[],
): Conflict {
  const aEnd = a.end as number;
  const bStart = b.start as number;
  const gap = bStart - aEnd;
  return finding(
    {
      type: "travel",
      severity: "warning",
      resource: resource.label,
      items: idsInOrder([a, b]),
      date: isoDay(date),
      message:
        `${who(resource)} has ${formatDuration(gap)} to get from ${placeName(model, a)} (${a.id}, wrap ${hhmm(aEnd)}) ` +
        `to ${placeName(model, b)} (${b.id}, call ${hhmm(bStart)}); ${source}.`,
      // b at just the time the trip needs; the strips it would run into after it, and what they run into, in brackets.
      // Wrapping earlier is offered only where the item would still run.
      suggestion:
        `Start ${b.id} at ${momentText(aEnd + needed)} or later` +
        bracketed([moves.length > 1 ? `and ${movesText(model.items, moves, 1)}` : undefined, ...notes]) +
        (bStart - needed > (a.start as number) ? `, or wrap ${a.id} by ${momentText(bStart - needed)}.` : "."),
      magnitude: needed - gap,
      cells: [
        ...itemCells(a, [columnOf(a, resource.key), "End", "Location"]),
        ...itemCells(b, [columnOf(b, resource.key), "Start", "Location"]),
      ],
    },
    [a, b],
  );
}

/** " (a; b)" of the parts given, or nothing. */
function bracketed(parts: (string | undefined)[]): string {
  const given = parts.filter((p) => p !== undefined);
  return given.length ? ` (${given.join("; ")})` : "";
}

/** An item's place as the message names it: the location's Name where the cell names it by its ID (`L3`). */
function placeName(model: Model, item: Item): string {
  const place = item.locationKey === undefined ? undefined : model.resourceByKey.get(item.locationKey);
  return place?.name?.trim() || (item.location as string).trim();
}
