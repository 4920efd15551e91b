/** Day out of days (contract §7): one row per cast member, one column per shoot day. */
import type { AvailabilityKind, AvailabilityWindow, Item, Model, Resource } from "./model";
import type { Dood, DoodRow } from "./report";
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

/** Items the day-level reports use: not cancelled and with a readable Date. */
export function activeDatedItems(model: Model): (Item & { date: number })[] {
  return model.items.filter((i): i is Item & { date: number } => !i.cancelled && i.date !== null);
}

/** Shoot days: sorted day serials with at least one active item. */
export function shootDays(model: Model): number[] {
  return [...new Set(activeDatedItems(model).map((i) => i.date))].sort((a, b) => a - b);
}

/** Day serials on which each resource (by key) has an active item. */
export function workDaysByResource(model: Model): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const item of activeDatedItems(model)) {
    for (const key of item.resourceKeys) {
      let days = out.get(key);
      if (!days) out.set(key, (days = new Set()));
      days.add(item.date);
    }
  }
  return out;
}

function dropDaysFor(resource: Resource, model: Model): number {
  const set = ruleSetFor(resource, model.ruleSets);
  return set && Number.isFinite(set.dropDays) ? set.dropDays : DEFAULT_DROP_DAYS;
}

/**
 * Work codes for sorted work days. A drop happens between consecutive work days a < b when the
 * calendar days strictly between them (b - a - 1) exceed Drop Days.
 */
function workCodes(
  work: number[],
  allowDrop: boolean,
  dropDays: number,
): { codes: Map<number, string>; drops: [number, number][] } {
  const codes = new Map<number, string>();
  const drops: [number, number][] = [];
  if (allowDrop) {
    for (let i = 1; i < work.length; i++) if (work[i] - work[i - 1] - 1 > dropDays) drops.push([work[i - 1], work[i]]);
  }
  const dropAt = new Set(drops.map(([a]) => a));
  const pickupAt = new Set(drops.map(([, b]) => b));
  const first = work[0];
  const last = work[work.length - 1];
  for (const d of work) {
    const isFirst = d === first;
    const isLast = d === last;
    let code: string;
    if (isFirst && isLast) code = "SWF";
    else if (isFirst) code = dropAt.has(d) ? "SWD" : "SW";
    else if (isLast) code = pickupAt.has(d) ? "PWF" : "WF";
    else if (pickupAt.has(d) && dropAt.has(d)) code = "PWD";
    else if (pickupAt.has(d)) code = "PW";
    else if (dropAt.has(d)) code = "WD";
    else code = "W";
    codes.set(d, code);
  }
  return { codes, drops };
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

function doodRow(
  model: Model,
  resource: Resource,
  days: readonly number[],
  dayIndex: ReadonlyMap<number, number>,
  workDays: Set<number> | undefined,
  windows: readonly AvailabilityWindow[],
): DoodRow {
  const work = workDays ? [...workDays].sort((a, b) => a - b) : [];
  const { codes: workCode, drops } = workCodes(work, resource.allowDrop, dropDaysFor(resource, model));
  const codes = new Array<string>(days.length).fill("");
  // Lowest precedence first: holds between work days outside a drop, then windows, then work codes.
  const dropStart = new Set(drops.map(([a]) => a));
  for (let i = 1; i < work.length; i++) {
    if (dropStart.has(work[i - 1])) continue;
    const to = dayIndex.get(work[i]) as number;
    for (let j = (dayIndex.get(work[i - 1]) as number) + 1; j < to; j++) codes[j] = "H";
  }
  if (windows.length) windowCodes(windows, days, codes);
  for (const [d, code] of workCode) codes[dayIndex.get(d) as number] = code;

  const row: DoodRow = { resource: resource.label, codes, work: 0, hold: 0, travel: 0 };
  if (resource.name !== undefined) row.name = resource.name;
  let hold = 0;
  let travel = 0;
  for (const code of codes) {
    if (code === "H") hold++;
    else if (code === "T") travel++;
  }
  row.work = workCode.size;
  row.hold = hold;
  row.travel = travel;
  if (work.length) {
    row.start = isoDate(work[0]);
    row.finish = isoDate(work[work.length - 1]);
  }
  return row;
}

/** DOOD for the cast, in the order of their table (contract §7). */
export function computeDood(model: Model): Dood {
  const days = shootDays(model);
  const worked = workDaysByResource(model);
  const windows = new Map<string, AvailabilityWindow[]>();
  for (const w of model.availability) {
    const list = windows.get(w.resourceKey);
    if (list) list.push(w);
    else windows.set(w.resourceKey, [w]);
  }
  const dayIndex = new Map(days.map((d, j) => [d, j]));
  const cast = model.resources.filter((r) => r.type === "cast").sort((a, b) => a.order - b.order);
  return {
    days: days.map(isoDate),
    rows: cast.map((r) => doodRow(model, r, days, dayIndex, worked.get(r.key), windows.get(r.key) ?? [])),
  };
}
