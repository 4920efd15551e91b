/**
 * Shared helpers for the rules: one index of the schedule per model (items bucketed by resource and
 * sorted once), names for messages, and the cells a conflict points at.
 */
import type { CellRef, Item, Model, Resource, RuleSet } from "../model";
import { isPerson, ruleSetFor } from "../rulesets";
import { MINUTES_PER_DAY, hhmm, isoDate, weekdayName } from "../time";

/** A resource's items, bucketed once per model (rules share it, so the work is not repeated). */
export interface ResourceBucket {
  resource: Resource;
  /** Every rule-relevant item (not cancelled, with a Date), in schedule order. */
  items: Item[];
  /** The timed ones, by Start then schedule order. */
  timed: Item[];
}

export interface ScheduleIndex {
  /** Items that take part in rules: not cancelled and with a Date, in schedule order. */
  active: Item[];
  /** Per resource key, only for resources that have at least one active item. */
  byResource: Map<string, ResourceBucket>;
}

const indexCache = new WeakMap<Model, ScheduleIndex>();

/** Items that rules look at: not cancelled and with a readable Date. */
export function isActive(item: Item): boolean {
  return !item.cancelled && item.date !== null;
}

/** Timed and usable for overlap rules. */
export function isTimed(item: Item): item is Item & { start: number; end: number; date: number } {
  return item.timed && item.start !== undefined && item.end !== undefined && item.date !== null;
}

/** Order for timed items: Start, then schedule order. */
export function byStart(a: Item, b: Item): number {
  return (a.start as number) - (b.start as number) || a.index - b.index;
}

export function byIndex(a: Item, b: Item): number {
  return a.index - b.index;
}

/**
 * Build (or reuse) the per-resource index of a model. Each resource key is looked up once per item and
 * remembered as a number; bucket arrays are allocated at their final size; the timed items are sorted
 * once for the whole schedule and dealt out to the buckets in that order, so no bucket needs its own sort.
 */
export function scheduleIndex(model: Model): ScheduleIndex {
  const cached = indexCache.get(model);
  if (cached) return cached;
  let slots = 0;
  for (const item of model.items) slots += item.resourceKeys.length;
  const active: Item[] = [];
  const timedPositions: number[] = [];
  const idOfKey = new Map<string, number>();
  const keys: string[] = [];
  const itemCount: number[] = [];
  const timedCount: number[] = [];
  const lastPosition: number[] = [];
  // Bucket number of every (active item, resource key) pair, -1 for a repeated key; slotStart per item.
  const bucketOf = new Int32Array(slots);
  const slotStart = new Int32Array(model.items.length + 1);
  let slot = 0;
  for (const item of model.items) {
    if (!isActive(item)) continue;
    const position = active.length;
    active.push(item);
    slotStart[position] = slot;
    const timed = isTimed(item);
    if (timed) timedPositions.push(position);
    for (const key of item.resourceKeys) {
      let id = idOfKey.get(key);
      if (id === undefined) {
        id = keys.length;
        idOfKey.set(key, id);
        keys.push(key);
        itemCount.push(0);
        timedCount.push(0);
        lastPosition.push(-1);
      }
      // resourceKeys is de-duplicated by the parser; guard anyway so an item counts once per resource.
      if (lastPosition[id] === position) {
        bucketOf[slot++] = -1;
        continue;
      }
      lastPosition[id] = position;
      bucketOf[slot++] = id;
      itemCount[id]++;
      if (timed) timedCount[id]++;
    }
  }
  slotStart[active.length] = slot;
  const buckets: ResourceBucket[] = keys.map((key, id) => ({
    resource: model.resourceByKey.get(key) ?? syntheticResource(key),
    items: new Array<Item>(itemCount[id]),
    timed: new Array<Item>(timedCount[id]),
  }));
  const filled = new Int32Array(keys.length);
  for (let position = 0; position < active.length; position++) {
    const item = active[position];
    for (let s = slotStart[position]; s < slotStart[position + 1]; s++) {
      const id = bucketOf[s];
      if (id >= 0) buckets[id].items[filled[id]++] = item;
    }
  }
  filled.fill(0);
  for (const position of sortedByStart(active, timedPositions)) {
    const item = active[position];
    for (let s = slotStart[position]; s < slotStart[position + 1]; s++) {
      const id = bucketOf[s];
      if (id >= 0) buckets[id].timed[filled[id]++] = item;
    }
  }
  const byResource = new Map<string, ResourceBucket>();
  for (let id = 0; id < keys.length; id++) byResource.set(keys[id], buckets[id]);
  const index = { active, byResource };
  indexCache.set(model, index);
  return index;
}

/** Positions of timed items by Start, then schedule order: numbers sorted in typed arrays. */
function sortedByStart(items: Item[], positions: number[]): Uint32Array {
  const n = positions.length;
  const order = Uint32Array.from(positions);
  let sorted = true;
  for (let k = 1; k < n && sorted; k++) {
    const a = items[order[k - 1]];
    const b = items[order[k]];
    if ((a.start as number) > (b.start as number) || (a.start === b.start && a.index > b.index)) sorted = false;
  }
  if (sorted) return order;
  const starts = new Float64Array(items.length);
  for (const p of positions) starts[p] = items[p].start as number;
  return order.sort((a, b) => starts[a] - starts[b] || items[a].index - items[b].index);
}

/** A key with no resource row (should not happen after parsing): acts as Type other, Capacity 1. */
function syntheticResource(key: string): Resource {
  const label = key.startsWith("name:") ? key.slice(5) : key;
  return {
    key,
    label,
    type: "other",
    capacity: 1,
    unavailable: [],
    allowDrop: false,
    leadTimeMin: 0,
    order: Number.MAX_SAFE_INTEGER,
    sheet: "",
    row: 0,
    synthetic: true,
  };
}

/** Rule-set numbers for a resource (null: no set applies). */
export function ruleSetOf(model: Model, resource: Resource) {
  return ruleSetFor(resource, model.ruleSets);
}

/**
 * The person rules' common gate: the rule set of a person whose set gives a finite `field`, with that
 * number; null for non-people and for sets without that limit (blank means no limit).
 */
export function personLimit(
  model: Model,
  resource: Resource,
  field: "minRestHours" | "maxDayHours" | "maxConsecutiveDays",
): { set: RuleSet; limit: number } | null {
  if (!isPerson(resource)) return null;
  const set = ruleSetOf(model, resource);
  const limit = set?.[field];
  return set && typeof limit === "number" && Number.isFinite(limit) ? { set, limit } : null;
}

/** "Ava Marsh (1)", or just the ID or the name. */
export function who(resource: Resource): string {
  if (resource.name && resource.id && resource.name !== resource.id) return `${resource.name} (${resource.id})`;
  return resource.label;
}

/** "S-38 (07:00–12:00 Wed)" or "S-38 (Wed 2026-03-04, no times)". */
export function describeItem(item: Item): string {
  if (isTimed(item)) return `${item.id} (${hhmm(item.start)}–${endText(item.start, item.end)})`;
  return `${item.id} (${dayText(item.date as number)}, no times)`;
}

/** End time, with "+1" style day text when it runs past midnight of the start's day. */
function endText(start: number, end: number): string {
  const days = Math.floor(end / MINUTES_PER_DAY) - Math.floor(start / MINUTES_PER_DAY);
  return days > 0 ? `${hhmm(end)} ${weekdayName(Math.floor(end / MINUTES_PER_DAY))}` : hhmm(end);
}

const isoCache = new Map<number, string>();

/** isoDate, memoised: a schedule has few distinct days and many findings per day. */
export function isoDay(day: number): string {
  let text = isoCache.get(day);
  if (text === undefined) {
    text = isoDate(day);
    if (isoCache.size > 100000) isoCache.clear();
    isoCache.set(day, text);
  }
  return text;
}

/** "Wed 2026-03-04". */
export function dayText(day: number): string {
  return `${weekdayName(day)} ${isoDay(day)}`;
}

/** "07:00 Wed 2026-03-04". */
export function momentText(minute: number): string {
  return `${hhmm(minute)} ${dayText(Math.floor(minute / MINUTES_PER_DAY))}`;
}

/** Item IDs in schedule order (duplicates removed). */
export function idsInOrder(items: Item[]): string[] {
  if (items.length === 2) {
    const [a, b] = items;
    if (a === b) return [a.id];
    return a.index <= b.index ? [a.id, b.id] : [b.id, a.id];
  }
  const sorted = [...new Set(items)].sort(byIndex);
  return sorted.map((i) => i.id);
}

/** The schedule column a resource was named in on this item. */
export function columnOf(item: Item, key: string): string | undefined {
  if (item.cast.includes(key)) return "Cast";
  if (item.crew.includes(key)) return "Crew";
  if (item.equipment.includes(key)) return "Equipment";
  if (item.other.includes(key)) return "Resources";
  if (item.locationKey === key) return "Location";
  return undefined;
}

/** The cells of an item, by canonical column names (missing columns skipped, duplicates dropped). */
export function itemCells(item: Item, columns: (string | undefined)[]): CellRef[] {
  const out: CellRef[] = [];
  for (const col of columns) {
    if (!col) continue;
    const cell = item.cells[col];
    if (cell && !out.some((c) => c.cell === cell && c.sheet === item.sheet)) out.push({ sheet: item.sheet, cell });
  }
  return out;
}

/** Cells of several items for one resource: its column cell plus the given columns. */
export function resourceItemCells(items: Item[], key: string | undefined, columns: string[]): CellRef[] {
  const out: CellRef[] = [];
  for (const item of [...items].sort(byIndex)) {
    out.push(...itemCells(item, [key === undefined ? undefined : columnOf(item, key), ...columns]));
  }
  return out;
}

/** The later of two numbers' serial days from minutes. */
export function dayOfMinute(minute: number): number {
  return Math.floor(minute / MINUTES_PER_DAY);
}

/** Lower-case, trimmed text for comparing locations. */
export function placeKey(text: string | undefined): string {
  return (text ?? "").trim().toLowerCase();
}

/** One date of a resource's timed work. */
export interface WorkDay {
  date: number;
  /** Timed items with that Date, by Start then schedule order. */
  timed: Item[];
  /** Earliest-starting (ties: schedule order). */
  first: Item & { start: number; end: number };
  /** Latest-ending (ties: schedule order). */
  last: Item & { start: number; end: number };
}

const workDayCache = new WeakMap<ResourceBucket, WorkDay[]>();

/** A resource's dates with timed items, in date order (computed once per bucket). */
export function workDays(bucket: ResourceBucket): WorkDay[] {
  const cached = workDayCache.get(bucket);
  if (cached) return cached;
  const timedItems = bucket.timed;
  const days: WorkDay[] = [];
  // Start is on the item's Date, so dates usually rise with Start: then each date is one run of the list.
  let inDateOrder = true;
  for (let k = 1; k < timedItems.length; k++) {
    if ((timedItems[k].date as number) < (timedItems[k - 1].date as number)) {
      inDateOrder = false;
      break;
    }
  }
  if (inDateOrder) {
    let from = 0;
    for (let k = 1; k <= timedItems.length; k++) {
      if (k < timedItems.length && timedItems[k].date === timedItems[from].date) continue;
      days.push(workDay(timedItems[from].date as number, timedItems.slice(from, k)));
      from = k;
    }
  } else {
    const byDate = new Map<number, Item[]>();
    for (const item of timedItems) {
      const d = item.date as number;
      let list = byDate.get(d);
      if (!list) byDate.set(d, (list = []));
      list.push(item);
    }
    for (const [date, timed] of byDate) days.push(workDay(date, timed));
    days.sort((a, b) => a.date - b.date);
  }
  workDayCache.set(bucket, days);
  return days;
}

/** A work day from its timed items (by Start, then schedule order). */
function workDay(date: number, timed: Item[]): WorkDay {
  let last = timed[0];
  for (const item of timed) {
    if ((item.end as number) > (last.end as number) || (item.end === last.end && item.index < last.index)) last = item;
  }
  return { date, timed, first: timed[0] as WorkDay["first"], last: last as WorkDay["last"] };
}
