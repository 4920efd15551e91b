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

/** The window code covering a day for a resource, if any (travel wins over rehearsal, fitting, hold). */
function windowCode(windows: readonly AvailabilityWindow[], day: number): string {
  const dayStart = day * MINUTES_PER_DAY;
  const dayEnd = dayStart + MINUTES_PER_DAY;
  let best = -1;
  for (const w of windows) {
    if (w.from >= dayEnd || w.to <= dayStart) continue;
    const idx = WINDOW_CODES.findIndex(([kind]) => kind === w.kind);
    if (idx >= 0 && (best < 0 || idx < best)) best = idx;
  }
  return best >= 0 ? WINDOW_CODES[best][1] : "";
}

function doodRow(
  model: Model,
  resource: Resource,
  days: number[],
  workDays: Set<number> | undefined,
  windows: readonly AvailabilityWindow[],
): DoodRow {
  const work = [...(workDays ?? [])].sort((a, b) => a - b);
  const { codes, drops } = workCodes(work, resource.allowDrop, dropDaysFor(resource, model));
  const first = work.length ? work[0] : Infinity;
  const last = work.length ? work[work.length - 1] : -Infinity;
  const inDrop = (d: number) => drops.some(([a, b]) => d > a && d < b);
  const row: DoodRow = { resource: resource.label, codes: [], work: 0, hold: 0, travel: 0 };
  if (resource.name !== undefined) row.name = resource.name;
  for (const d of days) {
    let code = codes.get(d) ?? "";
    if (!code) code = windowCode(windows, d);
    if (!code && d > first && d < last && !inDrop(d)) code = "H";
    row.codes.push(code);
    if (WORK_CODES.has(code)) row.work++;
    else if (code === "H") row.hold++;
    else if (code === "T") row.travel = (row.travel ?? 0) + 1;
  }
  if (work.length) {
    row.start = isoDate(first);
    row.finish = isoDate(last);
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
  const cast = model.resources.filter((r) => r.type === "cast").sort((a, b) => a.order - b.order);
  return {
    days: days.map(isoDate),
    rows: cast.map((r) => doodRow(model, r, days, worked.get(r.key), windows.get(r.key) ?? [])),
  };
}
