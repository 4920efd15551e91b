/**
 * unavailable: an item (timed, or a date-only item as its whole day) intersects a time its resource is
 * unavailable: before Available From, after Available To, an Unavailable date, or an Availability window
 * of kind unavailable / day off. One conflict per (resource, item); magnitude = minutes of overlap.
 */
import type { Item, Model, Resource } from "../model";
import type { Conflict } from "../report";
import { MINUTES_PER_DAY, formatDuration } from "../time";
import { isPerson } from "../rulesets";
import { TIMED, type ScheduleColumns } from "../columns";
import type { Rule } from "./rule";
import {
  dayText,
  describeItem,
  isTimed,
  itemCells,
  columnOf,
  momentText,
  scheduleIndex,
  type ScheduleIndex,
  who,
  isoDay,
  finding,
} from "./common";

const TIMES = ["Start", "End"];

/** A blocked stretch of time, half-open [from, to) in minutes, with why. */
export interface Blocked {
  from: number;
  to: number;
  /**
   * Why [from, to) is blocked, in words, added to `out` (unless already there): of the stretches merged into this one,
   * each that meets [from, to) (a day off on Monday and unavailable on Tuesday touch and merge; a Tuesday item is told
   * "unavailable"). Made on demand, since most stretches never meet an item.
   */
  reasonsFor(from: number, to: number, out: string[]): void;
}

/** What makes a stretch: an Availability window, Available From / To, or Unavailable dates (day serials). */
type Why =
  | { kind: "window"; dayOff: boolean; from: number; to: number }
  | { kind: "before"; day: number }
  | { kind: "after"; day: number }
  | { kind: "dates"; from: number; to: number };

class Stretch implements Blocked {
  private text: string | undefined = undefined;
  /** The stretches merged into this one, in order of start (undefined while it is only itself). */
  private parts: Stretch[] | undefined = undefined;
  constructor(
    public from: number,
    public to: number,
    private readonly why: Why,
  ) {}

  get reason(): string {
    return (this.text ??= reasonText(this.why));
  }

  reasonsFor(from: number, to: number, out: string[]): void {
    if (!this.parts) {
      if (!out.includes(this.reason)) out.push(this.reason);
      return;
    }
    for (const part of this.parts) if (part.from < to && part.to > from) part.reasonsFor(from, to, out);
  }

  /** Joins `next` (starting inside or right at the end of this one) to this stretch. */
  absorb(next: Stretch): void {
    this.parts ??= [new Stretch(this.from, this.to, this.why)];
    this.parts.push(next.copy());
    this.to = Math.max(this.to, next.to);
  }

  /** A stretch to merge into: its own parts list, so merging never changes a stretch another resource shares. */
  copy(): Stretch {
    const out = new Stretch(this.from, this.to, this.why);
    if (this.parts) out.parts = this.parts.slice();
    return out;
  }
}

function reasonText(why: Why): string {
  switch (why.kind) {
    case "window":
      return `${why.dayOff ? "a day off" : "unavailable"} ${momentText(why.from)} – ${momentText(why.to)}`;
    case "before":
      return `available only from ${isoDay(why.day)} (Available From)`;
    case "after":
      return `available only until the end of ${isoDay(why.day)} (Available To)`;
    case "dates":
      return why.from === why.to
        ? `unavailable on ${dayText(why.from)}`
        : `unavailable ${isoDay(why.from)} to ${isoDay(why.to)}`;
  }
}

interface BlockedCache {
  /** Availability windows of kind unavailable / day off, per resource key, sorted and merged. */
  windows: Map<string, Stretch[]>;
  /** Merged blocked times per resource key with dates of its own, filled on first use. */
  merged: Map<string, Blocked[]>;
}

const blockedCache = new WeakMap<Model, BlockedCache>();

const NEVER_BLOCKED: Blocked[] = [];

function windowsByResource(model: Model): Map<string, Stretch[]> {
  const out = new Map<string, Stretch[]>();
  for (const w of model.availability) {
    if (w.kind !== "unavailable" && w.kind !== "day off") continue;
    if (!(w.to > w.from)) continue;
    let list = out.get(w.resourceKey);
    if (!list) out.set(w.resourceKey, (list = []));
    list.push(new Stretch(w.from, w.to, { kind: "window", dayOff: w.kind === "day off", from: w.from, to: w.to }));
  }
  for (const [key, list] of out) out.set(key, merge(list));
  return out;
}

/** Stretches sorted by start, overlapping or touching ones joined (each keeps the reasons of its parts). */
function merge(raw: Stretch[]): Stretch[] {
  raw.sort((a, b) => a.from - b.from);
  const merged: Stretch[] = [];
  for (const b of raw) {
    const last = merged[merged.length - 1];
    if (last && b.from <= last.to) last.absorb(b);
    else merged.push(b.copy());
  }
  return merged;
}

/**
 * The merged, sorted times a resource is unavailable. Most resources have no dates of their own (no
 * Available From / To, no Unavailable): theirs are their Availability windows, merged once for the model.
 */
export function blockedTimes(model: Model, resource: Resource): Blocked[] {
  let cache = blockedCache.get(model);
  if (!cache) {
    cache = { windows: windowsByResource(model), merged: new Map() };
    blockedCache.set(model, cache);
  }
  const windows = cache.windows.get(resource.key);
  if (resource.availableFrom === undefined && resource.availableTo === undefined && !resource.unavailable.length)
    return windows ?? NEVER_BLOCKED;
  const hit = cache.merged.get(resource.key);
  if (hit) return hit;
  const raw: Stretch[] = windows ? [...windows] : [];
  if (resource.availableFrom !== undefined) {
    const day = resource.availableFrom;
    raw.push(new Stretch(-Infinity, day * MINUTES_PER_DAY, { kind: "before", day }));
  }
  if (resource.availableTo !== undefined) {
    const day = resource.availableTo;
    raw.push(new Stretch((day + 1) * MINUTES_PER_DAY, Infinity, { kind: "after", day }));
  }
  for (const r of resource.unavailable) {
    if (r.to < r.from) continue;
    const why: Why = { kind: "dates", from: r.from, to: r.to };
    raw.push(new Stretch(r.from * MINUTES_PER_DAY, (r.to + 1) * MINUTES_PER_DAY, why));
  }
  const merged = merge(raw);
  cache.merged.set(resource.key, merged);
  return merged;
}

/** Index of the first blocked stretch ending after `from` (binary search over stretches sorted by time). */
function firstEndingAfter(blocked: Blocked[], from: number): number {
  let lo = 0;
  let hi = blocked.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocked[mid].to <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Minutes of [from, to) that fall in blocked time, and every reason met, in order of time. */
export function blockedOverlap(blocked: Blocked[], from: number, to: number): { minutes: number; reasons: string[] } {
  const lo = firstEndingAfter(blocked, from);
  let minutes = 0;
  const reasons: string[] = [];
  for (let i = lo; i < blocked.length && blocked[i].from < to; i++) {
    const overlap = Math.min(to, blocked[i].to) - Math.max(from, blocked[i].from);
    if (overlap > 0) {
      minutes += overlap;
      blocked[i].reasonsFor(from, to, reasons);
    }
  }
  return { minutes, reasons };
}

/** How many reasons a message names before "and N more times". */
const NAMED_REASONS = 3;

/**
 * "unavailable 09:00 – 10:00 and unavailable 15:00 – 16:00": every blocked time a strip meets, so moving it past the
 * first does not run into the next.
 */
function reasonsText(reasons: string[]): string {
  const named = reasons.slice(0, NAMED_REASONS);
  const more = reasons.length - named.length;
  if (more > 0) return `${named.join(", ")} and ${more} more ${more === 1 ? "time" : "times"}`;
  return named.length < 3 ? named.join(" and ") : `${named.slice(0, -1).join(", ")} and ${named[named.length - 1]}`;
}

/** Whether [from, to) overlaps any blocked stretch by more than zero minutes (no allocation). */
function touchesBlocked(blocked: Blocked[], from: number, to: number): boolean {
  const lo = firstEndingAfter(blocked, from);
  for (let i = lo; i < blocked.length && blocked[i].from < to; i++) {
    if (Math.min(to, blocked[i].to) - Math.max(from, blocked[i].from) > 0) return true;
  }
  return false;
}

/** True when any part of that day is blocked for the resource. */
export function isBlocked(model: Model, resource: Resource, day: number): boolean {
  const blocked = blockedTimes(model, resource);
  return blocked.length > 0 && touchesBlocked(blocked, day * MINUTES_PER_DAY, (day + 1) * MINUTES_PER_DAY);
}

/** The time an item occupies for availability: its times, or its whole day. */
export function occupiedTime(item: Item): [number, number] {
  if (isTimed(item)) return [item.start, item.end];
  const d = item.date as number;
  return [d * MINUTES_PER_DAY, (d + 1) * MINUTES_PER_DAY];
}

export const unavailable: Rule = {
  id: "unavailable",
  severity: "error",
  description: "Someone or something is scheduled at a time they are not available.",
  check(model: Model): Conflict[] {
    const out: Conflict[] = [];
    const index = scheduleIndex(model);
    const hits = new Int32Array(index.longest);
    for (let u = 0; u < index.used.length; u++) resourceUnavailable(model, index, index.used[u], hits, out);
    return out;
  },
};

/**
 * Resource r's findings, pushed to `out` (`hits` is scratch room). A function of its own, called once per resource,
 * so V8 optimises it during a smaller schedule's run and keeps that code (see travel's resourceTravel).
 */
function resourceUnavailable(model: Model, index: ScheduleIndex, r: number, hits: Int32Array, out: Conflict[]): void {
  const { columns, timedStart, timedIds, untimedStart, untimedIds } = index;
  const resource = columns.resources[r];
  const blocked = blockedTimes(model, resource);
  if (blocked.length === 0) return;
  let found = blockedItems(columns, timedIds.subarray(timedStart[r], timedStart[r + 1]), blocked, hits, 0);
  found = blockedItems(columns, untimedIds.subarray(untimedStart[r], untimedStart[r + 1]), blocked, hits, found);
  // Report in schedule order.
  const inOrder = hits.subarray(0, found).sort();
  for (let h = 0; h < inOrder.length; h++) {
    const i = inOrder[h];
    const timed = (columns.flags[i] & TIMED) !== 0;
    const from = timed ? columns.start[i] : columns.date[i] * MINUTES_PER_DAY;
    const to = timed ? columns.end[i] : from + MINUTES_PER_DAY;
    const { minutes, reasons } = blockedOverlap(blocked, from, to);
    // A person is called Lead Time before the strip: a later start leaves room for that call too.
    const lead = isPerson(resource) ? resource.leadTimeMin || 0 : 0;
    const fixes = timed ? partialFixes(blocked, from, to, lead) : NO_FIXES;
    // Starting later must not put another person or thing on the strip into their own blocked time (wrapping
    // earlier only shortens the strip, so it never can).
    if (fixes.startAt !== undefined && othersBlocked(model, columns, i, r, fixes.startAt, fixes.startAt + to - from))
      fixes.startAt = undefined;
    out.push(unavailableConflict(resource, model.items[i], minutes, reasonsText(reasons), fixes));
  }
}

/**
 * Items of `ids` whose occupied time (see occupiedTime) overlaps blocked time by more than zero minutes,
 * written to `out` from position `found` on; returns the new count. Numbers only: objects are for hits.
 */
function blockedItems(columns: ScheduleColumns, ids: Int32Array, blocked: Blocked[], out: Int32Array, found: number) {
  const { date, start, end, flags } = columns;
  // Module imports are property reads once compiled to CommonJS: keep them in locals for the loop.
  const timedBit = TIMED;
  const dayMinutes = MINUTES_PER_DAY;
  for (let k = 0; k < ids.length; k++) {
    const i = ids[k];
    const timed = (flags[i] & timedBit) !== 0;
    const from = timed ? start[i] : date[i] * dayMinutes;
    const to = timed ? end[i] : from + dayMinutes;
    if (touchesBlocked(blocked, from, to)) out[found++] = i;
  }
  return found;
}

/** Where a timed item only partly meets blocked time: the End that keeps it before, the Start that keeps it after. */
interface PartialFixes {
  wrapBy?: number;
  startAt?: number;
  /** The Lead Time startAt leaves for the person's call (0: none). */
  lead?: number;
}

const NO_FIXES: PartialFixes = Object.freeze({});

/**
 * For a timed item [from, to) meeting blocked time: when its start is free, it can wrap where the blocked time begins
 * (a night strip on someone's last available day, wrapping by midnight); when the blocked time ends before the item
 * does, it can start there, keeping its length, if that runs clear of blocked time on the same day. A person with a
 * Lead Time starts that much later, so their call (a child actor's make-up after school) is clear too.
 */
function partialFixes(blocked: Blocked[], from: number, to: number, lead = 0): PartialFixes {
  const fixes: PartialFixes = {};
  let first: Blocked | undefined;
  let last: Blocked | undefined;
  for (let k = firstEndingAfter(blocked, from); k < blocked.length && blocked[k].from < to; k++) {
    if (Math.min(to, blocked[k].to) - Math.max(from, blocked[k].from) <= 0) continue;
    first ??= blocked[k];
    last = blocked[k];
  }
  if (!first || !last) return fixes;
  if (first.from > from) fixes.wrapBy = first.from;
  const later = last.to + lead;
  const dayEnd = (Math.floor(from / MINUTES_PER_DAY) + 1) * MINUTES_PER_DAY;
  if (last.to < to && later + (to - from) <= dayEnd && !touchesBlocked(blocked, later - lead, later + (to - from))) {
    fixes.startAt = later;
    if (lead > 0) fixes.lead = lead;
  }
  return fixes;
}

/** Whether item i's other resources (not r) have blocked time in [from, to). */
function othersBlocked(
  model: Model,
  columns: ScheduleColumns,
  i: number,
  r: number,
  from: number,
  to: number,
): boolean {
  for (let p = columns.resourceStart[i]; p < columns.resourceStart[i + 1]; p++) {
    const q = columns.resourceIds[p];
    if (q === r) continue;
    const theirs = blockedTimes(model, columns.resources[q]);
    if (theirs.length > 0 && touchesBlocked(theirs, from, to)) return true;
  }
  return false;
}

/** What else could do the work: another person, another place, another unit of the kit. */
function replacementText(resource: Resource): string {
  if (resource.type === "location") return "shoot it at another location";
  if (resource.type === "cast" || resource.type === "crew") return "replace them on it";
  return "book another one for it";
}

function unavailableConflict(
  resource: Resource,
  item: Item,
  minutes: number,
  reason: string,
  { wrapBy, startAt, lead }: PartialFixes,
): Conflict {
  const date = item.date as number;
  const changes = [
    ...(wrapBy !== undefined ? [`wrap ${item.id} by ${momentText(wrapBy)}`] : []),
    ...(startAt !== undefined
      ? [
          `start ${item.id} at ${momentText(startAt)} or later` +
            (lead ? ` (a call at ${momentText(startAt - lead)} with ${formatDuration(lead)} Lead Time)` : ""),
        ]
      : []),
    `move ${item.id} to a day ${who(resource)} is available`,
  ];
  const suggestion = `${changes.join(", ")}, or ${replacementText(resource)}.`;
  return finding(
    {
      type: "unavailable",
      severity: "error",
      resource: resource.label,
      items: [item.id],
      date: isoDay(date),
      // A date-only item is its whole day: its date once, and why the whole day counts.
      message: isTimed(item)
        ? `${who(resource)} is booked on ${describeItem(item)} on ${dayText(date)} but is ${reason}.`
        : `${who(resource)} is booked on ${item.id} on ${dayText(date)} (no times: the whole day) but is ${reason}.`,
      suggestion: suggestion.charAt(0).toUpperCase() + suggestion.slice(1),
      magnitude: minutes,
      // A date-only item's Start and End cells are empty: its Date is the cell to blame.
      cells: itemCells(item, [columnOf(item, resource.key), "Date", ...(isTimed(item) ? TIMES : [])]),
    },
    [item],
  );
}
