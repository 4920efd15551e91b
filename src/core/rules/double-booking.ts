/**
 * double-booking: a resource in more timed items at once than its Capacity. One conflict per maximal
 * span where the load exceeds Capacity; a sweep over start/end events per resource (O(n log n)).
 */
import type { Model, Resource } from "../model";
import type { Conflict } from "../report";
import { comparableText, type ScheduleColumns } from "../columns";
import type { Rule } from "./rule";
import {
  idsInOrder,
  itemNames,
  itemsOf,
  momentText,
  resourceItemCells,
  scheduleIndex,
  who,
  isoDay,
  finding,
} from "./common";
import { sortByKey } from "../sort-ids";
import type { ScheduleIndex } from "./common";
import { isBlocked } from "./unavailable";
import { clearOfOthers, firstDayFrom, type Move } from "./moves";

/** A stretch of overload: [from, to) in minutes, its items (numbers), and the most items over Capacity. */
export interface Span {
  from: number;
  to: number;
  items: number[];
  over: number;
}

/**
 * Maximal spans of overload among `timed` (item numbers sorted by Start, then schedule order). Items are
 * half-open [Start, End), so zero-length ones occupy no time and touching ones do not overlap.
 *
 * The load drops to zero wherever an item starts after every earlier one has ended, so the list splits
 * there into clusters that no span crosses (touching items stay in one cluster: a span may go on through
 * the instant one ends and the next starts). One pass finds them; only a cluster with more items than
 * Capacity needs the sweep, and most have one item.
 */
export function overloadSpans(columns: ScheduleColumns, timed: ArrayLike<number>, capacity: number): Span[] {
  const { start, end } = columns;
  const spans: Span[] = [];
  let from = 0;
  let size = 0;
  let latestEnd = -Infinity;
  for (let k = 0; k < timed.length; k++) {
    const i = timed[k];
    if (!(end[i] > start[i])) continue;
    if (start[i] > latestEnd) {
      if (size > capacity) sweep(columns, timed, from, k, capacity, spans);
      from = k;
      size = 0;
    }
    size++;
    if (end[i] > latestEnd) latestEnd = end[i];
  }
  if (size > capacity) sweep(columns, timed, from, timed.length, capacity, spans);
  return spans;
}

/** The sweep's scratch arrays: one set, grown as needed (a sweep runs per overlapping cluster, 250,000 at 1M items). */
class SweepScratch {
  items: Int32Array;
  starts: Float64Array;
  ends: Float64Array;
  byEnd: Int32Array;
  active: Int32Array;
  slot: Int32Array;

  constructor(size: number) {
    this.items = new Int32Array(size);
    this.starts = new Float64Array(size);
    this.ends = new Float64Array(size);
    this.byEnd = new Int32Array(size);
    this.active = new Int32Array(size);
    this.slot = new Int32Array(size);
  }
}

let scratch = new SweepScratch(64);

/**
 * The sweep's items (still by Start, those of no length left out) numbered 0 .. n in `scratch`, with their times and
 * byEnd[x] = x; returns n. Its own function: V8 optimises a long first loop while it runs, and code after it that has
 * not run yet would be thrown away when reached.
 */
function sweepEvents(
  columns: ScheduleColumns,
  timed: ArrayLike<number>,
  from: number,
  to: number,
  scratch: SweepScratch,
): number {
  const { start, end } = columns;
  const { items, starts, ends, byEnd } = scratch;
  let n = 0;
  for (let k = from; k < to; k++) if (end[timed[k]] > start[timed[k]]) items[n++] = timed[k];
  for (let x = 0; x < n; x++) {
    starts[x] = start[items[x]];
    ends[x] = end[items[x]];
    byEnd[x] = x;
  }
  return n;
}

/** Sweep the start and end events of the items of timed[from .. to) that occupy time; add the spans. */
function sweep(
  columns: ScheduleColumns,
  timed: ArrayLike<number>,
  from: number,
  to: number,
  capacity: number,
  spans: Span[],
): void {
  if (scratch.items.length < to - from) scratch = new SweepScratch(Math.max(to - from, 2 * scratch.items.length));
  const { items, starts, ends, active, slot } = scratch;
  const n = sweepEvents(columns, timed, from, to, scratch);
  const byEnd = scratch.byEnd.subarray(0, n);
  sortByKey(byEnd, ends);
  // The items in progress (active[0 .. load)): a set of numbers with O(1) add and remove (swap with the last).
  let load = 0;
  let s = 0;
  let e = 0;
  let open: Span | null = null;
  while (e < n) {
    const next = Math.min(s < n ? starts[s] : Infinity, ends[byEnd[e]]);
    // Apply every event at this instant before judging the load: ends then starts.
    for (; e < n && ends[byEnd[e]] === next; e++) {
      const moved = active[--load];
      active[slot[byEnd[e]]] = moved;
      slot[moved] = slot[byEnd[e]];
    }
    const firstStarting = s;
    for (; s < n && starts[s] === next; s++) {
      slot[s] = load;
      active[load++] = s;
    }
    if (load > capacity) {
      if (!open) {
        open = { from: next, to: next, items: [], over: load - capacity };
        for (let x = 0; x < load; x++) open.items.push(items[active[x]]);
      } else {
        for (let x = firstStarting; x < s; x++) open.items.push(items[x]);
        open.over = Math.max(open.over, load - capacity);
      }
    } else if (open) {
      open.to = next;
      spans.push(open);
      open = null;
    }
  }
}

interface Equivalents {
  /** Resources grouped by type and role (compared trimmed, case-insensitively). */
  groups: Map<string, Resource[]>;
  /** Resource number of each key (the first resource with it). */
  idOfKey: Map<string, number>;
  /** Latest End among each resource's first k+1 timed items, built for resources asked about. */
  latestEnds: Map<number, Float64Array>;
}

const equivalentsCache = new WeakMap<ScheduleIndex, Equivalents>();

/** Built once per model, on the first overload. */
function equivalentsOf(index: ScheduleIndex): Equivalents {
  let cached = equivalentsCache.get(index);
  if (!cached) {
    const groups = new Map<string, Resource[]>();
    for (const r of index.model.resources) {
      if (!r.role) continue;
      const key = roleKey(r);
      let list = groups.get(key);
      if (!list) groups.set(key, (list = []));
      list.push(r);
    }
    const idOfKey = new Map<string, number>();
    index.columns.resources.forEach((r, id) => {
      if (!idOfKey.has(r.key)) idOfKey.set(r.key, id);
    });
    cached = { groups, idOfKey, latestEnds: new Map() };
    equivalentsCache.set(index, cached);
  }
  return cached;
}

/** Type and Role, the Role compared as tokens compare it (case, a no-break space, a run of spaces inside as one). */
function roleKey(resource: Resource): string {
  return `${resource.type}\u0000${comparableText(resource.role as string)}`;
}

/**
 * A resource of the same type and role, available that day, that can take the busy one's place on one item of the
 * span: an item without which the others stay within Capacity, over whose whole time the other resource is free.
 * Undefined when no such pair exists (then moves are offered).
 */
function freeEquivalent(
  index: ScheduleIndex,
  resource: Resource,
  capacity: number,
  byStart: number[],
  date: number,
): { free: Resource; item: number } | undefined {
  if (!resource.role) return undefined;
  const { start, end } = index.columns;
  // Items whose removal leaves the rest within Capacity (in a chain, B ending as C starts, both under A: only A).
  const without = (x: number) => byStart.filter((i) => i !== x);
  const removable = byStart.filter((x) => peakLoad(without(x), start, end) <= capacity);
  if (removable.length === 0) return undefined;
  const equivalents = equivalentsOf(index);
  let checked = 0;
  for (const other of equivalents.groups.get(roleKey(resource)) ?? []) {
    if (other.key === resource.key) continue;
    // Bounded so a big crew list cannot make the suggestion quadratic.
    if (++checked > 50) break;
    if (isBlocked(index.model, other, date)) continue;
    const id = equivalents.idOfKey.get(other.key);
    for (const x of removable)
      if (id === undefined || !overlapsAny(index, equivalents, id, start[x], end[x])) return { free: other, item: x };
  }
  return undefined;
}

/** Whether any timed item of resource `id` overlaps [from, to): binary search, then one lookup. */
function overlapsAny(index: ScheduleIndex, equivalents: Equivalents, id: number, from: number, to: number): boolean {
  const { start, end } = index.columns;
  const first = index.timedStart[id];
  const timed = index.timedIds.subarray(first, index.timedStart[id + 1]);
  // Items starting before `to` are a prefix; one of them overlaps when the latest End in it is after `from`.
  let lo = 0;
  let hi = timed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start[timed[mid]] < to) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return false;
  let latest = equivalents.latestEnds.get(id);
  if (!latest) {
    latest = new Float64Array(timed.length);
    let max = -Infinity;
    for (let k = 0; k < timed.length; k++) latest[k] = max = Math.max(max, end[timed[k]]);
    equivalents.latestEnds.set(id, latest);
  }
  return latest[lo - 1] > from;
}

export const doubleBooking: Rule = {
  id: "double-booking",
  severity: "error",
  description: "A person, piece of equipment or place is booked in more items at the same time than it has units.",
  check(model: Model): Conflict[] {
    const out: Conflict[] = [];
    const index = scheduleIndex(model);
    const { columns, timedStart, timedIds } = index;
    for (let u = 0; u < index.used.length; u++) {
      const r = index.used[u];
      if (timedStart[r + 1] === timedStart[r]) continue;
      const resource = columns.resources[r];
      const capacity = Math.max(0, resource.capacity);
      // Most resources have no two items at once: nothing to sweep.
      if (capacity >= 1 && !index.overlaps[r]) continue;
      const timed = timedIds.subarray(timedStart[r], timedStart[r + 1]);
      for (const span of overloadSpans(columns, timed, capacity))
        out.push(spanConflict(index, r, timed, resource, capacity, span));
    }
    return out;
  },
};

/** The finding for one span of overload (resource number r). */
function spanConflict(
  index: ScheduleIndex,
  r: number,
  timed: Int32Array,
  resource: Resource,
  capacity: number,
  span: Span,
): Conflict {
  const { start, date } = index.columns;
  // By Start, then schedule order.
  const byStart = span.items.sort((a, b) => start[a] - start[b] || a - b);
  const items = itemsOf(index.model, byStart);
  const first = byStart[0];
  const ids = idsInOrder(items);
  // Names for the text: IDs, with sheet and row where two of the span's items share an ID.
  const named = itemNames(items);
  const nameOf = (i: number) => named.get(index.model.items[i]) ?? index.model.items[i].id;
  const names = [...named.values()];
  const free = span.over === 1 ? freeEquivalent(index, resource, capacity, byStart, date[first]) : undefined;
  const unit = resource.role ?? "unit";
  let suggestion: string;
  if (free) suggestion = `Book ${who(free.free)} (also ${resource.role}) instead on ${nameOf(free.item)}.`;
  else {
    // Two items for one unit (the usual case): the later one moves to the resource's first free time. A span
    // can chain more items at a load of two (B ends as C starts, both under A): those take the general plan.
    const last = byStart[byStart.length - 1];
    const moves =
      capacity === 1 && byStart.length === 2
        ? [{ item: last, start: firstFreeStart(index.columns, timed, byStart, last) }]
        : capacity >= 1 && byStart.length <= MAX_SPAN_MOVED
          ? movesOutOf(index, r, capacity, byStart)
          : [];
    const clear = moves.length ? clearOfOthers(index, moves) : moves;
    // An actor plays a part: there is no other ELENA to add (a double is the coordinator's call); a place is not
    // added to but swapped; Capacity 0 is kit the production does not have yet.
    const cast = resource.type === "cast";
    const more =
      capacity === 0
        ? `book a ${resource.role ?? resource.label} and raise its Capacity from 0`
        : resource.type === "location"
          ? "shoot one of them at another location"
          : resource.type === "crew" && resource.role === undefined
            ? "book someone else on one of them"
            : `add another ${unit}`;
    suggestion = clear.length
      ? `Move ${clearText(clear, nameOf)}${cast ? "" : `, or ${more}`}.`
      : cast
        ? `Take ${who(resource)} off some of ${names.join(", ")}, or move them apart.`
        : `${more[0].toUpperCase()}${more.slice(1)}, or take ${resource.label} off ${capacity === 0 ? "" : "some of "}${names.join(", ")}.`;
  }
  return finding(
    {
      type: "double-booking",
      severity: "error",
      resource: resource.label,
      items: ids,
      date: isoDay(date[first]),
      message:
        capacity === 0
          ? `${who(resource)} has Capacity 0 but is booked from ${momentText(span.from)} to ${momentText(span.to)}: ` +
            `${names.join(", ")}.`
          : `${who(resource)} is booked in ${span.over + capacity} items at once (capacity ${capacity}) ` +
            `from ${momentText(span.from)} to ${momentText(span.to)}: ${names.join(", ")}.`,
      suggestion,
      magnitude: span.over,
      cells: resourceItemCells(items, resource.key, ["Start", "End"]),
    },
    items,
  );
}

/** "S4 to start at 11:00 Mon 2026-03-02 and S5 to start at …" (a loop: see movesText). */
function clearText(clear: Move[], nameOf: (i: number) => string): string {
  let text = "";
  for (let k = 0; k < clear.length; k++)
    text += `${k > 0 ? " and " : ""}${nameOf(clear[k].item)} to start at ${momentText(clear[k].start)}`;
  return text;
}

/**
 * For a one-unit resource: the earliest Start at or after x's own where x (keeping its length) overlaps none
 * of the resource's other items. Those that can are the span's other items (every item in progress when x
 * starts is one of them) and the items starting after x: `timed` (the resource's items by Start) from there.
 */
function firstFreeStart(columns: ScheduleColumns, timed: Int32Array, spanItems: number[], x: number): number {
  const { start, end } = columns;
  const window = new FreeWindow(start[x], end[x] - start[x]);
  for (const i of spanItems) if (i !== x && window.fitsBefore(start[i], end[i])) return window.at;
  let lo = 0;
  let hi = timed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start[timed[mid]] < start[x]) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < timed.length; k++) {
    const i = timed[k];
    if (i !== x && !spanItems.includes(i) && window.fitsBefore(start[i], end[i])) break;
  }
  return window.at;
}

/**
 * A one-unit resource's first free stretch of `length` minutes from a Start on: shown the other items in
 * Start order, the window moves past the End of each one it meets, and fits before the first it does not.
 */
class FreeWindow {
  constructor(
    public at: number,
    private readonly length: number,
  ) {}

  /** Meets item [from, to) (zero-length ones occupy no time); true when the window fits before it. */
  fitsBefore(from: number, to: number): boolean {
    if (!(to > from) || to <= this.at) return false;
    if (from >= this.at + this.length) return true;
    this.at = to;
    return false;
  }
}

/**
 * The most items of one span a suggestion plans moves for. A span of more (a strip pasted a thousand times) is no
 * schedule to shuffle, and planning it is quadratic per move: 1,000 copies of one strip took 4 s, 3,000 took 100 s.
 */
const MAX_SPAN_MOVED = 24;

/**
 * The fewest moves, latest-starting items first, that leave the span's items within Capacity: each item
 * moves to the earliest Start (at or after its own) where it fits, keeping its length, among the
 * resource's other items of the days around (as already moved). Empty when no move helps.
 */
function movesOutOf(index: ScheduleIndex, r: number, capacity: number, spanItems: number[]): Move[] {
  const { start, end, date } = index.columns;
  // The items around, by Start, with their times as they stand (moved ones updated).
  const around = itemsAround(index, r, date[spanItems[0]]);
  // An item running over more days than that is still one of the span's.
  for (const i of spanItems) if (!around.includes(i)) around.push(i);
  const from = new Float64Array(around.length);
  const to = new Float64Array(around.length);
  around.forEach((i, k) => {
    from[k] = start[i];
    to[k] = end[i];
  });
  const local = spanItems.map((i) => around.indexOf(i));
  const moves: Move[] = [];
  for (let k = local.length - 1; k >= 0 && peakLoad(local, from, to) > capacity; k--) {
    const x = local[k];
    const length = to[x] - from[x];
    const at = earliestFit(x, from, to, from[x], length, capacity);
    from[x] = at;
    to[x] = at + length;
    moves.push({ item: around[x], start: at });
  }
  return peakLoad(local, from, to) > capacity ? [] : moves;
}

/** The resource's timed items on the day before, the day of and the day after `day`, by Start. */
function itemsAround(index: ScheduleIndex, r: number, day: number): number[] {
  const { days } = index;
  const { start } = index.columns;
  const out: number[] = [];
  for (let d = firstDayFrom(index, r, day - 1); d < days.dayStart[r + 1] && days.date[d] <= day + 1; d++)
    for (let k = days.from[d]; k < days.from[d + 1]; k++) out.push(days.itemIds[k]);
  return out.sort((a, b) => start[a] - start[b] || a - b);
}

/**
 * The most of the items `local` at once (positions in from/to, or item numbers with the columns' Start and End);
 * zero-length ones occupy no time.
 */
function peakLoad(local: number[], from: Float64Array, to: Float64Array): number {
  let peak = 0;
  // The load peaks at some item's Start: count the items in progress there (spans hold a few items).
  for (const p of local) {
    if (!(to[p] > from[p])) continue;
    let load = 0;
    for (const q of local) if (to[q] > from[q] && from[q] <= from[p] && to[q] > from[p]) load++;
    peak = Math.max(peak, load);
  }
  return peak;
}

/**
 * The earliest Start at or after `earliest` where item x, `length` minutes long, fits beside the other
 * items (positions in from/to) with fewer than `capacity` of them at any instant.
 */
function earliestFit(
  x: number,
  from: Float64Array,
  to: Float64Array,
  earliest: number,
  length: number,
  capacity: number,
): number {
  const n = from.length;
  const occupies = (k: number) => k !== x && to[k] > from[k];
  if (capacity === 1) {
    // One unit: the first gap of `length` between the others, taken in Start order.
    const order: number[] = [];
    for (let k = 0; k < n; k++) if (occupies(k)) order.push(k);
    order.sort((a, b) => from[a] - from[b]);
    const window = new FreeWindow(earliest, length);
    for (const k of order) if (window.fitsBefore(from[k], to[k])) break;
    return window.at;
  }
  // Candidates: its own Start, then each other item's End after it (the only places a fit can begin).
  const candidates = [earliest];
  for (let k = 0; k < n; k++) if (occupies(k) && to[k] > earliest) candidates.push(to[k]);
  candidates.sort((a, b) => a - b);
  for (const t of candidates) {
    // The load in [t, t + length) peaks at t or at a Start inside the window.
    let peak = 0;
    for (let p = -1; p < n; p++) {
      const at = p < 0 ? t : from[p];
      if (p >= 0 && (!occupies(p) || at <= t || at >= t + length)) continue;
      let load = 0;
      for (let q = 0; q < n; q++) if (occupies(q) && from[q] <= at && to[q] > at) load++;
      peak = Math.max(peak, load);
    }
    if (peak < capacity) return t;
  }
  return candidates[candidates.length - 1];
}
