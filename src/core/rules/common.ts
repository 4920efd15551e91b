/**
 * Shared helpers for the rules: one index of the schedule per model (items bucketed by resource and
 * sorted once), names for messages, and the cells a conflict points at.
 */
import type { CellRef, Item, Model, Resource } from "../model";
import { ruleSetFor } from "../rulesets";
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

/** Build (or reuse) the per-resource index of a model. */
export function scheduleIndex(model: Model): ScheduleIndex {
  const cached = indexCache.get(model);
  if (cached) return cached;
  const active: Item[] = [];
  const byResource = new Map<string, ResourceBucket>();
  for (const item of model.items) {
    if (!isActive(item)) continue;
    active.push(item);
    for (const key of item.resourceKeys) {
      let bucket = byResource.get(key);
      if (!bucket) {
        const resource = model.resourceByKey.get(key) ?? syntheticResource(key);
        bucket = { resource, items: [], timed: [] };
        byResource.set(key, bucket);
      }
      // resourceKeys is de-duplicated by the parser; guard anyway so an item counts once per resource.
      if (bucket.items[bucket.items.length - 1] === item) continue;
      bucket.items.push(item);
      if (isTimed(item)) bucket.timed.push(item);
    }
  }
  for (const bucket of byResource.values()) bucket.timed.sort(byStart);
  const index = { active, byResource };
  indexCache.set(model, index);
  return index;
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
  const byDate = new Map<number, Item[]>();
  for (const item of bucket.timed) {
    const d = item.date as number;
    let list = byDate.get(d);
    if (!list) byDate.set(d, (list = []));
    list.push(item);
  }
  const days: WorkDay[] = [];
  for (const [date, timed] of byDate) {
    let last = timed[0];
    for (const item of timed) {
      if ((item.end as number) > (last.end as number) || (item.end === last.end && item.index < last.index))
        last = item;
    }
    days.push({ date, timed, first: timed[0] as WorkDay["first"], last: last as WorkDay["last"] });
  }
  days.sort((a, b) => a.date - b.date);
  workDayCache.set(bucket, days);
  return days;
}
