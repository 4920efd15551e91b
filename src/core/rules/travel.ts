/**
 * travel: a resource's (not a location's) consecutive timed items on one Date, by Start, are at different
 * locations, do not overlap, and the gap is shorter than the travel time (Travel table, else the buffer).
 */
import type { Model, TravelTime } from "../model";
import type { Conflict } from "../report";
import { DEFAULT_TRAVEL_BUFFER_MIN } from "../rulesets";
import { formatDuration, hhmm } from "../time";
import type { Rule } from "./rule";
import {
  columnOf,
  idsInOrder,
  itemCells,
  momentText,
  placeKey,
  ruleSetOf,
  scheduleIndex,
  who,
  isoDay,
  workDays,
} from "./common";

const travelCache = new WeakMap<TravelTime[], Map<string, number>>();

/**
 * Travel minutes between two places (compared trimmed, case-insensitively). A row covers both directions
 * unless the reverse is also given; the first row for a direction wins.
 */
export function travelMinutes(travel: TravelTime[], from: string, to: string): number | undefined {
  let table = travelCache.get(travel);
  if (!table) {
    table = new Map();
    const explicit = new Map<string, number>();
    for (const t of travel) {
      if (!Number.isFinite(t.minutes)) continue;
      const k = `${placeKey(t.from)}\u0000${placeKey(t.to)}`;
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

export const travel: Rule = {
  id: "travel",
  severity: "warning",
  description: "Not enough time to get from one location to the next between two items on the same day.",
  check(model: Model): Conflict[] {
    const out: Conflict[] = [];
    // Few distinct places: each item's place becomes a number once (-1: none), and each pair of places
    // is looked up in the table once, instead of comparing strings for every pair of items.
    const items = model.items;
    const placeOf = new Int32Array(items.length).fill(-1);
    const placeKeys: string[] = [];
    const idOfPlace = new Map<string, number>();
    const idOfText = new Map<string, number>();
    for (const item of scheduleIndex(model).active) {
      const text = item.location;
      if (!text) continue;
      let id = idOfText.get(text);
      if (id === undefined) {
        const key = placeKey(text);
        id = key ? idOfPlace.get(key) : -1;
        if (id === undefined) {
          id = placeKeys.length;
          placeKeys.push(key);
          idOfPlace.set(key, id);
        }
        idOfText.set(text, id);
      }
      placeOf[item.index] = id;
    }
    // Table minutes per (from, to) place pair; null: no row.
    const tripMemo = new Map<number, number | null>();
    const trip = (from: number, to: number): number | undefined => {
      const pair = from * placeKeys.length + to;
      let minutes = tripMemo.get(pair);
      if (minutes === undefined) {
        minutes = travelMinutes(model.travel, placeKeys[from], placeKeys[to]) ?? null;
        tripMemo.set(pair, minutes);
      }
      return minutes ?? undefined;
    };
    for (const bucket of scheduleIndex(model).byResource.values()) {
      const { resource } = bucket;
      if (resource.type === "location" || bucket.timed.length < 2) continue;
      const buffer = ruleSetOf(model, resource)?.travelBufferMin ?? DEFAULT_TRAVEL_BUFFER_MIN;
      for (const day of workDays(bucket)) {
        // day.timed is ordered by Start, then schedule order.
        const list = day.timed;
        for (let i = 1; i < list.length; i++) {
          const a = list[i - 1];
          const b = list[i];
          const aEnd = a.end as number;
          const bStart = b.start as number;
          if (aEnd > bStart) continue;
          const from = placeOf[a.index];
          const to = placeOf[b.index];
          if (from < 0 || to < 0 || from === to) continue;
          const table = trip(from, to);
          const needed = table ?? buffer;
          const gap = bStart - aEnd;
          if (!(gap < needed)) continue;
          const source =
            table === undefined
              ? `the travel buffer is ${formatDuration(buffer)}`
              : `the trip takes ${formatDuration(needed)}`;
          out.push({
            type: "travel",
            severity: "warning",
            resource: resource.label,
            items: idsInOrder([a, b]),
            date: isoDay(day.date),
            message:
              `${who(resource)} has ${formatDuration(gap)} to get from ${(a.location as string).trim()} (${a.id}, wrap ${hhmm(aEnd)}) ` +
              `to ${(b.location as string).trim()} (${b.id}, call ${hhmm(bStart)}); ${source}.`,
            suggestion: `Start ${b.id} at ${momentText(aEnd + needed)} or later, or wrap ${a.id} by ${momentText(bStart - needed)}.`,
            magnitude: needed - gap,
            cells: [
              ...itemCells(a, [columnOf(a, resource.key), "End", "Location"]),
              ...itemCells(b, [columnOf(b, resource.key), "Start", "Location"]),
            ],
          });
        }
      }
    }
    return out;
  },
};
