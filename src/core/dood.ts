/**
 * Day out of days (contract §7): one row per cast member (other resource types on request), one column
 * per shoot day.
 */
import type { AvailabilityKind, AvailabilityWindow, Model, Resource, ResourceType } from "./model";
import type { Dood, DoodRow } from "./report";
import { ACTIVE, type ScheduleColumns, scheduleColumns } from "./columns";
import { DEFAULT_DROP_DAYS, ruleSetFor } from "./rulesets";
import { MINUTES_PER_DAY, isoDate } from "./time";

/** Codes that mean the person works that day. */
export const WORK_CODES: ReadonlySet<string> = new Set(["SW", "W", "WF", "SWF", "WD", "PW", "SWD", "PWF", "PWD"]);

/** Availability kinds shown on the DOOD, in the order they win when several windows cover one day. */
const WINDOW_CODES: [AvailabilityKind, string][] = [
  ["travel", "T"],
  ["rehearsal", "R"],
  ["fitting", "F"],
  ["hold", "H"],
];
const WINDOW_CODE_RANK = new Map<string, number>(WINDOW_CODES.map(([kind], i) => [kind, i]));

/**
 * The active items grouped by shoot day, as numbers: what the DOOD and the call sheets walk instead of
 * filtering, mapping and sorting Item objects.
 */
export interface ShootDayGroups {
  /** Shoot days: sorted day serials with at least one active item. */
  days: number[];
  /**
   * Day j's items are `dayItems[dayStart[j] .. dayStart[j + 1])`, ascending: item indices (the columns'
   * positions, which are Item.index and positions in model.items), so in schedule order.
   */
  dayStart: Int32Array;
  dayItems: Int32Array;
}

const groupsByColumns = new WeakMap<ScheduleColumns, ShootDayGroups>();

/** The model's active items by shoot day (built once per model from its columns). */
export function shootDayGroups(model: Model): ShootDayGroups {
  const columns = scheduleColumns(model);
  let groups = groupsByColumns.get(columns);
  if (!groups) {
    groups = groupByDay(columns);
    groupsByColumns.set(columns, groups);
  }
  return groups;
}

function groupByDay(columns: ScheduleColumns): ShootDayGroups {
  const { count, date, flags } = columns;
  let active = 0;
  let datesRise = true;
  let prior = -Infinity;
  for (let i = 0; i < count; i++) {
    if (!(flags[i] & ACTIVE)) continue;
    active++;
    if (date[i] < prior) datesRise = false;
    prior = date[i];
  }
  const activeDates = new Float64Array(active);
  for (let i = 0, k = 0; i < count; i++) if (flags[i] & ACTIVE) activeDates[k++] = date[i];
  // A schedule is usually written in date order; sort only when it is not.
  if (!datesRise) activeDates.sort();
  const days: number[] = [];
  for (let k = 0; k < active; k++) if (k === 0 || activeDates[k] !== activeDates[k - 1]) days.push(activeDates[k]);

  // Day of each active item (a running index when dates rise, else a binary search), then a counting
  // sort by day that keeps schedule order within a day.
  const dayOf = new Int32Array(count).fill(-1);
  const dayStart = new Int32Array(days.length + 1);
  for (let i = 0, j = 0; i < count; i++) {
    if (!(flags[i] & ACTIVE)) continue;
    if (datesRise) {
      while (days[j] !== date[i]) j++;
    } else j = lowerBound(days, date[i]);
    dayOf[i] = j;
    dayStart[j + 1]++;
  }
  for (let j = 0; j < days.length; j++) dayStart[j + 1] += dayStart[j];
  const dayItems = new Int32Array(active);
  const next = dayStart.slice(0, days.length);
  for (let i = 0; i < count; i++) if (dayOf[i] >= 0) dayItems[next[dayOf[i]]++] = i;
  return { days, dayStart, dayItems };
}

/** Shoot days: sorted day serials with at least one active item. */
export function shootDays(model: Model): number[] {
  return [...shootDayGroups(model).days];
}

function dropDaysFor(resource: Resource, model: Model): number {
  const set = ruleSetFor(resource, model.ruleSets);
  return set && Number.isFinite(set.dropDays) ? set.dropDays : DEFAULT_DROP_DAYS;
}

/** First index in the sorted `days` whose value is >= day. */
function lowerBound(days: readonly number[], day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Window codes by day index for one resource (travel wins over rehearsal, fitting, hold). Each window
 * touches only the shoot days it overlaps, found by binary search, so a long hold costs its own days only.
 */
function windowCodes(windows: readonly AvailabilityWindow[], days: readonly number[], codes: string[]): void {
  const rank: number[] = [];
  for (const w of windows) {
    const idx = WINDOW_CODE_RANK.get(w.kind);
    if (idx === undefined) continue;
    // A window overlaps day d when from < (d + 1) * 1440 and to > d * 1440.
    const firstDay = Math.floor(w.from / MINUTES_PER_DAY);
    const lastDay = Math.ceil(w.to / MINUTES_PER_DAY) - 1;
    for (let j = lowerBound(days, firstDay); j < days.length && days[j] <= lastDay; j++) {
      if (rank[j] === undefined || idx < rank[j]) {
        rank[j] = idx;
        codes[j] = WINDOW_CODES[idx][1];
      }
    }
  }
}

/**
 * Work code of the k-th of a resource's work days. `dropBefore` / `dropAfter`: a drop (more than Drop
 * Days calendar days between two work days) ends / starts at this day.
 */
function workCode(k: number, last: number, dropBefore: boolean, dropAfter: boolean): string {
  if (k === 0 && k === last) return "SWF";
  if (k === 0) return dropAfter ? "SWD" : "SW";
  if (k === last) return dropBefore ? "PWF" : "WF";
  if (dropBefore && dropAfter) return "PWD";
  if (dropBefore) return "PW";
  return dropAfter ? "WD" : "W";
}

/** One row; `work` holds the resource's work days as ascending indices into `days`. */
function doodRow(
  model: Model,
  resource: Resource,
  days: readonly number[],
  work: readonly number[],
  windows: readonly AvailabilityWindow[],
): DoodRow {
  const dropDays = dropDaysFor(resource, model);
  // A drop between consecutive work days a < b: the calendar days strictly between them exceed Drop Days.
  const dropAfter = (k: number) =>
    resource.allowDrop && k + 1 < work.length && days[work[k + 1]] - days[work[k]] - 1 > dropDays;
  const codes = new Array<string>(days.length).fill("");
  // Lowest precedence first: holds between work days outside a drop, then windows, then work codes.
  for (let k = 1; k < work.length; k++) {
    if (dropAfter(k - 1)) continue;
    for (let j = work[k - 1] + 1; j < work[k]; j++) codes[j] = "H";
  }
  if (windows.length) windowCodes(windows, days, codes);
  const last = work.length - 1;
  for (let k = 0; k < work.length; k++) codes[work[k]] = workCode(k, last, k > 0 && dropAfter(k - 1), dropAfter(k));

  const row: DoodRow = { resource: resource.label, codes, work: 0, hold: 0, travel: 0 };
  if (resource.name !== undefined) row.name = resource.name;
  let hold = 0;
  let travel = 0;
  // An index loop: a for..of makes an iterator result per day until V8 optimises this (a row per resource).
  for (let j = 0; j < codes.length; j++) {
    if (codes[j] === "H") hold++;
    else if (codes[j] === "T") travel++;
  }
  row.work = work.length;
  row.hold = hold;
  row.travel = travel;
  if (work.length) {
    row.start = isoDate(days[work[0]]);
    row.finish = isoDate(days[work[last]]);
  }
  return row;
}

/**
 * Each listed resource's work days as ascending day indices: one pass over the items day by day, each
 * item's resources as numbers (only the listed resources are tracked, whatever their types).
 */
function workDays(model: Model, listed: readonly Resource[]): number[][] {
  const columns = scheduleColumns(model);
  const { dayStart, dayItems } = shootDayGroups(model);
  // Row of each column resource (by key, as the items name them); -1 for anyone not listed.
  const rowByKey = new Map<string, number>();
  listed.forEach((r, row) => {
    if (!rowByKey.has(r.key)) rowByKey.set(r.key, row);
  });
  const rowOf = new Int32Array(columns.resources.length).fill(-1);
  columns.resources.forEach((r, id) => (rowOf[id] = rowByKey.get(r.key) ?? -1));

  const work: number[][] = listed.map(() => []);
  const lastDay = new Int32Array(listed.length).fill(-1);
  const { resourceStart, resourceIds } = columns;
  for (let j = 0; j + 1 < dayStart.length; j++) {
    for (let k = dayStart[j]; k < dayStart[j + 1]; k++) {
      const item = dayItems[k];
      for (let p = resourceStart[item]; p < resourceStart[item + 1]; p++) {
        const row = rowOf[resourceIds[p]];
        if (row >= 0 && lastDay[row] !== j) {
          lastDay[row] = j;
          work[row].push(j);
        }
      }
    }
  }
  // Two rows with one key (hand-built models only) share the first row's days.
  return listed.map((r) => work[rowByKey.get(r.key) as number]);
}

/** Resource types that can have DOOD rows: every type the model knows, in the pane's order. */
export const DOOD_TYPES: readonly ResourceType[] = ["cast", "crew", "equipment", "vehicle", "location", "other"];

/** The default DOOD: the cast only (contract §7). */
export const DEFAULT_DOOD_TYPES: readonly ResourceType[] = ["cast"];

const KNOWN_TYPES: ReadonlySet<string> = new Set(DOOD_TYPES);

export function isDoodType(name: string): name is ResourceType {
  return KNOWN_TYPES.has(name);
}

/**
 * The types to list, de-duplicated: cast first when included, the others in the order given. Unknown
 * names are dropped; nothing left means the default (the cast).
 */
export function normalizeDoodTypes(types: readonly string[] | undefined): ResourceType[] {
  const known = (types ?? []).filter(isDoodType);
  const out: ResourceType[] = known.includes("cast") ? ["cast"] : [];
  for (const t of known) if (!out.includes(t)) out.push(t);
  return out.length > 0 ? out : [...DEFAULT_DOOD_TYPES];
}

/**
 * The DOOD rows saved in the workbook settings (`doodTypes`, written by the pane's Settings tab), or
 * undefined when none are saved or the saved value is not a list of type names.
 */
export function savedDoodTypes(settings: unknown): ResourceType[] | undefined {
  const value = settings && typeof settings === "object" ? (settings as { doodTypes?: unknown }).doodTypes : undefined;
  if (!Array.isArray(value) || value.length === 0 || !value.every((t) => typeof t === "string" && isDoodType(t)))
    return undefined;
  return normalizeDoodTypes(value as string[]);
}

/** True for exactly the default request (cast only): its rows carry no `type`, and it is saved as no entry. */
export function isCastOnly(types: readonly ResourceType[]): boolean {
  return types.length === 1 && types[0] === "cast";
}

/**
 * DOOD for the requested resource types (default: the cast), contract §7. Rows: each type's resources in
 * the order of their table, types in the order requested with the cast first. Every type gets the same
 * codes and totals; a row carries its `type` only when other types than the cast were requested.
 */
export function computeDood(model: Model, types: readonly ResourceType[] = DEFAULT_DOOD_TYPES): Dood {
  const { days } = shootDayGroups(model);
  const wanted = normalizeDoodTypes(types);
  // One pass puts the resources in a bucket per requested type (made-up ones left out); each bucket is then
  // sorted by table order. No per-type pass over the resources or the items.
  const byType = new Map<ResourceType, Resource[]>(wanted.map((t) => [t, []]));
  for (const r of model.resources) if (!r.synthetic || r.type === "cast") byType.get(r.type)?.push(r);
  const listed: Resource[] = [];
  for (const t of wanted)
    for (const r of (byType.get(t) as Resource[]).sort((a, b) => a.order - b.order)) listed.push(r);
  const work = workDays(model, listed);
  const windows = new Map<string, AvailabilityWindow[]>();
  for (const w of model.availability) {
    const list = windows.get(w.resourceKey);
    if (list) list.push(w);
    else windows.set(w.resourceKey, [w]);
  }
  const typed = !isCastOnly(wanted);
  return {
    days: days.map(isoDate),
    rows: listed.map((r, row) => {
      const out = doodRow(model, r, days, work[row], windows.get(r.key) ?? []);
      if (typed) out.type = r.type;
      return out;
    }),
  };
}

/** The cast's rows of a DOOD (what the call sheets read for each cast member's status). */
export function castRows(dood: Dood): Dood {
  if (dood.rows.every((r) => r.type === undefined)) return dood;
  return { days: dood.days, rows: dood.rows.filter((r) => r.type === "cast") };
}

/**
 * The cast's DOOD whatever types `dood` lists (the call sheets' statuses, and who is on hold that day): its cast rows
 * where it lists the cast, else computed for the cast alone.
 */
export function castDood(dood: Dood, model: Model): Dood {
  return dood.rows.some((r) => r.type === undefined || r.type === "cast") ? castRows(dood) : computeDood(model);
}
