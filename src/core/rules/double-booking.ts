/**
 * double-booking: a resource in more timed items at once than its Capacity. One conflict per maximal
 * span where the load exceeds Capacity; a sweep over start/end events per resource (O(n log n)).
 */
import type { Item, Model, Resource } from "../model";
import type { Conflict } from "../report";
import type { Rule } from "./rule";
import { byStart, idsInOrder, isTimed, momentText, resourceItemCells, scheduleIndex, who, isoDay } from "./common";
import { isBlocked } from "./unavailable";

interface Span {
  from: number;
  to: number;
  items: Item[];
  over: number;
}

/** Maximal spans of overload for one resource's timed items (sorted by start). */
export function overloadSpans(timed: Item[], capacity: number): Span[] {
  if (capacity >= 1 && !anyOverlap(timed)) return [];
  // Zero-length items occupy no time (half-open intervals), so they never overlap.
  const items = timed.filter((i) => (i.end as number) > (i.start as number));
  if (items.length <= capacity) return [];
  const byEnd = [...items].sort((a, b) => (a.end as number) - (b.end as number));
  const ends = byEnd.map((i) => i.end as number);
  const spans: Span[] = [];
  const active = new Set<Item>();
  let s = 0;
  let e = 0;
  let open: Span | null = null;
  while (e < byEnd.length) {
    const next = Math.min(s < items.length ? (items[s].start as number) : Infinity, ends[e]);
    // Apply every event at this instant before judging the load: ends then starts.
    while (e < byEnd.length && ends[e] === next) active.delete(byEnd[e++]);
    const starting: Item[] = [];
    while (s < items.length && items[s].start === next) {
      active.add(items[s]);
      starting.push(items[s++]);
    }
    const load = active.size;
    if (load > capacity) {
      if (!open) {
        open = { from: next, to: next, items: [...active], over: load - capacity };
      } else {
        open.items.push(...starting);
        open.over = Math.max(open.over, load - capacity);
      }
    } else if (open) {
      open.to = next;
      spans.push(open);
      open = null;
    }
  }
  return spans;
}

/** Whether two of the items (sorted by start) overlap: one pass, no allocation (the common answer is no). */
function anyOverlap(timed: Item[]): boolean {
  let maxEnd = -Infinity;
  for (let k = 0; k < timed.length; k++) {
    const start = timed[k].start as number;
    const end = timed[k].end as number;
    if (!(end > start)) continue;
    if (start < maxEnd) return true;
    if (end > maxEnd) maxEnd = end;
  }
  return false;
}

const equivalentsCache = new WeakMap<Model, Map<string, Resource[]>>();

/** Resources grouped by type and role (compared trimmed, case-insensitively), built once per model. */
function equivalents(model: Model, resource: Resource): Resource[] {
  let groups = equivalentsCache.get(model);
  if (!groups) {
    groups = new Map();
    for (const r of model.resources) {
      if (!r.role) continue;
      const key = `${r.type}\u0000${r.role.trim().toLowerCase()}`;
      let list = groups.get(key);
      if (!list) groups.set(key, (list = []));
      list.push(r);
    }
    equivalentsCache.set(model, groups);
  }
  return resource.role ? (groups.get(`${resource.type}\u0000${resource.role.trim().toLowerCase()}`) ?? []) : [];
}

/** A resource of the same type and role that is free during the span and available that day. */
function freeEquivalent(model: Model, resource: Resource, span: Span, date: number): Resource | undefined {
  const index = scheduleIndex(model);
  let checked = 0;
  for (const other of equivalents(model, resource)) {
    if (other.key === resource.key) continue;
    // Bounded so a big crew list cannot make the suggestion quadratic.
    if (++checked > 50) break;
    if (isBlocked(model, other, date)) continue;
    const timed = index.byResource.get(other.key)?.timed;
    if (!timed || !overlapsAny(timed, span.from, span.to)) return other;
  }
  return undefined;
}

const latestEndCache = new WeakMap<Item[], Float64Array>();

/** Latest End among the first k+1 items, for each k (built once per list, only for lists asked about). */
function latestEnds(timed: Item[]): Float64Array {
  let ends = latestEndCache.get(timed);
  if (!ends) {
    ends = new Float64Array(timed.length);
    let latest = -Infinity;
    for (let k = 0; k < timed.length; k++) {
      latest = Math.max(latest, timed[k].end as number);
      ends[k] = latest;
    }
    latestEndCache.set(timed, ends);
  }
  return ends;
}

/** Whether any of the items (sorted by start) overlaps [from, to): binary search, then one lookup. */
function overlapsAny(timed: Item[], from: number, to: number): boolean {
  // Items starting before `to` are a prefix; one of them overlaps when the latest End in it is after `from`.
  let lo = 0;
  let hi = timed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((timed[mid].start as number) < to) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && latestEnds(timed)[lo - 1] > from;
}

export const doubleBooking: Rule = {
  id: "double-booking",
  severity: "error",
  description: "A person, piece of equipment or place is booked in more items at the same time than it has units.",
  check(model: Model): Conflict[] {
    const out: Conflict[] = [];
    for (const bucket of scheduleIndex(model).byResource.values()) {
      const { resource } = bucket;
      const capacity = Math.max(0, resource.capacity);
      for (const span of overloadSpans(bucket.timed, capacity)) {
        const items = [...span.items].sort(byStart);
        const first = items[0];
        if (!isTimed(first)) continue;
        const ids = idsInOrder(items);
        const free = freeEquivalent(model, resource, span, first.date);
        const last = items[items.length - 1];
        const suggestion = free
          ? `Book ${who(free)} (also ${resource.role}) instead on one of ${ids.join(", ")}.`
          : `Move ${last.id} to start at ${momentText(span.to)} or later, or add another ${resource.role ?? "unit"}.`;
        out.push({
          type: "double-booking",
          severity: "error",
          resource: resource.label,
          items: ids,
          date: isoDay(first.date),
          message:
            `${who(resource)} is booked in ${span.over + capacity} items at once (capacity ${capacity}) ` +
            `from ${momentText(span.from)} to ${momentText(span.to)}: ${ids.join(", ")}.`,
          suggestion,
          magnitude: span.over,
          cells: resourceItemCells(items, resource.key, ["Start", "End"]),
        });
      }
    }
    return out;
  },
};
