/**
 * Set 9's oracle: an independent, deliberately plain implementation of the contract's time rules
 * (workbook-contract.md §4 rule sets, §5 double-booking, unavailable, turnaround, long-day, consecutive-days,
 * travel, dependency, deadline) on a small in-memory schedule description. Written from the contract only; it
 * shares nothing with the engine. Quadratic loops on purpose: it must be obviously right, not fast.
 *
 * Time is counted in minutes of local wall clock from 1970-01-01 00:00; a date is a day number (minutes / 1440).
 */

export type RType = "cast" | "crew" | "equipment" | "vehicle" | "location" | "other";

export interface OWindow {
  /** Half-open [from, to) in minutes. */
  from: number;
  to: number;
  kind: "unavailable" | "day off" | "hold" | "travel" | "rehearsal" | "fitting";
}

export interface OResource {
  /** The ID, or the name where the resource has no ID (the report's `resource`). */
  key: string;
  type: RType;
  capacity: number;
  /** The Rule Set cell, if any. */
  ruleSet?: string;
  /** Lead Time (Makeup/Prep) in minutes. */
  leadTime: number;
  /** Day numbers. */
  availableFrom?: number;
  availableTo?: number;
  unavailable: number[];
  windows: OWindow[];
}

export interface OItem {
  id: string;
  /** Schedule order (sheet order, then row). */
  order: number;
  /** Day number of the item's Date. */
  date: number;
  /** Minutes; both absent for a date-only item. */
  start?: number;
  end?: number;
  /** Resource keys of the resources the item books (cast, crew, equipment, resources, the location resource). */
  resources: string[];
  /** The Location cell (a location name), if any. */
  location?: string;
  cancelled: boolean;
  dependsOn: string[];
  /** Deadline in minutes (a date-only Deadline is already the end of its day). */
  deadline?: number;
}

/** A Rules table row: blank cells are undefined (hours and minutes as typed). */
export interface ORulesRow {
  name: string;
  minRestH?: number;
  maxDayH?: number;
  maxConsecutive?: number;
  travelBufferMin?: number;
}

export interface OTravelRow {
  from: string;
  to: string;
  minutes: number;
}

export interface OProduction {
  resources: OResource[];
  items: OItem[];
  rules: ORulesRow[];
  travel: OTravelRow[];
}

export interface Finding {
  type: string;
  severity: "error" | "warning";
  resource?: string;
  items: string[];
  date?: string;
  magnitude?: number;
}

export const DAY = 1440;

export function isoDate(day: number): string {
  return new Date(day * DAY * 60000).toISOString().slice(0, 10);
}

interface RuleSet {
  minRest?: number; // minutes
  maxDay?: number; // minutes
  maxConsecutive?: number;
  travelBuffer?: number; // minutes
}

/** §4: the default sets, then each Rules row replaces a default number by number or defines a new set. */
export function ruleSets(rows: ORulesRow[]): Map<string, RuleSet> {
  const sets = new Map<string, RuleSet>([
    ["sag-aftra", { minRest: 12 * 60, maxDay: 14 * 60, maxConsecutive: 6 }],
    ["iatse", { minRest: 10 * 60, maxDay: 14 * 60, maxConsecutive: 6 }],
    ["non-union", { minRest: 10 * 60, maxDay: 14 * 60, maxConsecutive: 6 }],
  ]);
  for (const row of rows) {
    const key = row.name.toLowerCase();
    const set: RuleSet = { ...(sets.get(key) ?? {}) };
    if (row.minRestH !== undefined) set.minRest = Math.round(row.minRestH * 60);
    if (row.maxDayH !== undefined) set.maxDay = Math.round(row.maxDayH * 60);
    if (row.maxConsecutive !== undefined) set.maxConsecutive = row.maxConsecutive;
    if (row.travelBufferMin !== undefined) set.travelBuffer = row.travelBufferMin;
    sets.set(key, set);
  }
  return sets;
}

function ruleSetName(r: OResource): string | undefined {
  if (r.ruleSet) return r.ruleSet;
  if (r.type === "cast") return "SAG-AFTRA";
  if (r.type === "crew") return "IATSE";
  return undefined;
}

function isPerson(r: OResource): boolean {
  return r.type === "cast" || r.type === "crew" || r.ruleSet !== undefined;
}

const timed = (i: OItem): boolean => i.start !== undefined && i.end !== undefined;
const bySchedule = (a: OItem, b: OItem): number => a.order - b.order;
const ids = (items: OItem[]): string[] => [...items].sort(bySchedule).map((i) => i.id);
/** Earliest Start, then schedule order. */
const byStart = (a: OItem, b: OItem): number => a.start! - b.start! || a.order - b.order;

export function oracle(p: OProduction): Finding[] {
  const out: Finding[] = [];
  const sets = ruleSets(p.rules);
  const live = p.items.filter((i) => !i.cancelled);
  const byId = new Map(live.map((i) => [i.id, i]));

  for (const r of p.resources) {
    const mine = live.filter((i) => i.resources.includes(r.key));
    const mineTimed = mine.filter(timed);
    const set = ruleSetName(r) ? sets.get(ruleSetName(r)!.toLowerCase()) : undefined;
    const person = isPerson(r);

    // double-booking: maximal spans where the load exceeds Capacity.
    const points = [...new Set(mineTimed.flatMap((i) => [i.start!, i.end!]))].sort((a, b) => a - b);
    let span: { from: number; to: number; peak: number } | undefined;
    const spans: { from: number; to: number; peak: number }[] = [];
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k];
      const b = points[k + 1];
      const load = mineTimed.filter((i) => i.start! < b && i.end! > a).length;
      if (load > r.capacity) {
        if (span && span.to === a) {
          span.to = b;
          span.peak = Math.max(span.peak, load - r.capacity);
        } else {
          span = { from: a, to: b, peak: load - r.capacity };
          spans.push(span);
        }
      } else {
        span = undefined;
      }
    }
    for (const s of spans) {
      const involved = mineTimed.filter((i) => i.start! < s.to && i.end! > s.from);
      const first = [...involved].sort(byStart)[0];
      out.push({
        type: "double-booking",
        severity: "error",
        resource: r.key,
        items: ids(involved),
        date: isoDate(first.date),
        magnitude: s.peak,
      });
    }

    // unavailable: one per (resource, item).
    const blocked: [number, number][] = [];
    if (r.availableFrom !== undefined) blocked.push([-Infinity, r.availableFrom * DAY]);
    if (r.availableTo !== undefined) blocked.push([(r.availableTo + 1) * DAY, Infinity]);
    for (const d of r.unavailable) blocked.push([d * DAY, (d + 1) * DAY]);
    for (const w of r.windows) if (w.kind === "unavailable" || w.kind === "day off") blocked.push([w.from, w.to]);
    for (const i of mine) {
      const [s, e] = timed(i) ? [i.start!, i.end!] : [i.date * DAY, (i.date + 1) * DAY];
      if (blocked.some(([a, b]) => s < b && e > a)) {
        out.push({ type: "unavailable", severity: "error", resource: r.key, items: [i.id], date: isoDate(i.date) });
      }
    }

    // travel: not for locations; consecutive timed items of one date ordered by Start.
    if (r.type !== "location") {
      const dates = [...new Set(mineTimed.map((i) => i.date))];
      for (const d of dates) {
        const day = mineTimed.filter((i) => i.date === d).sort(byStart);
        for (let k = 0; k + 1 < day.length; k++) {
          const a = day[k];
          const b = day[k + 1];
          if (!a.location || !b.location || sameText(a.location, b.location)) continue;
          if (a.end! > b.start!) continue; // they overlap
          const gap = b.start! - a.end!;
          const need = travelMinutes(p.travel, a.location, b.location) ?? set?.travelBuffer ?? 30;
          if (gap < need) {
            out.push({
              type: "travel",
              severity: "warning",
              resource: r.key,
              items: ids([a, b]),
              date: isoDate(a.date),
              magnitude: need - gap,
            });
          }
        }
      }
    }

    if (!person || !set) continue;

    // turnaround: consecutive dates of the person's own dates with timed items.
    if (set.minRest !== undefined) {
      const dates = [...new Set(mineTimed.map((i) => i.date))].sort((a, b) => a - b);
      for (let k = 0; k + 1 < dates.length; k++) {
        const earlier = mineTimed.filter((i) => i.date === dates[k]);
        const later = mineTimed.filter((i) => i.date === dates[k + 1]);
        const last = [...earlier].sort((a, b) => b.end! - a.end! || a.order - b.order)[0];
        const first = [...later].sort(byStart)[0];
        const rest = first.start! - r.leadTime - last.end!;
        if (rest < set.minRest) {
          out.push({
            type: "turnaround",
            severity: "error",
            resource: r.key,
            items: ids([last, first]),
            date: isoDate(dates[k + 1]),
            magnitude: set.minRest - rest,
          });
        }
      }
    }

    // long-day: per date, latest End − (earliest Start − Lead Time) > Max Day.
    if (set.maxDay !== undefined) {
      const dates = [...new Set(mineTimed.map((i) => i.date))];
      for (const d of dates) {
        const day = mineTimed.filter((i) => i.date === d);
        const from = Math.min(...day.map((i) => i.start!)) - r.leadTime;
        const to = Math.max(...day.map((i) => i.end!));
        if (to - from > set.maxDay) {
          out.push({
            type: "long-day",
            severity: "warning",
            resource: r.key,
            items: ids(day),
            date: isoDate(d),
            magnitude: to - from - set.maxDay,
          });
        }
      }
    }

    // consecutive-days: runs of calendar days worked (any non-cancelled item with that Date).
    if (set.maxConsecutive !== undefined) {
      const dates = [...new Set(mine.map((i) => i.date))].sort((a, b) => a - b);
      let k = 0;
      while (k < dates.length) {
        let j = k;
        while (j + 1 < dates.length && dates[j + 1] === dates[j] + 1) j++;
        const length = j - k + 1;
        if (length > set.maxConsecutive) {
          const over = dates[k + set.maxConsecutive];
          const first = mine.filter((i) => i.date === over).sort(firstOfDay)[0];
          out.push({
            type: "consecutive-days",
            severity: "warning",
            resource: r.key,
            items: [first.id],
            date: isoDate(dates[k]),
            magnitude: length - set.maxConsecutive,
          });
        }
        k = j + 1;
      }
    }
  }

  // dependency: one per violated predecessor.
  for (const item of live) {
    for (const pid of item.dependsOn) {
      const pred = byId.get(pid);
      if (!pred) continue;
      let late: boolean;
      let magnitude: number | undefined;
      if (timed(item) && timed(pred)) {
        late = item.start! < pred.end!;
        magnitude = pred.end! - item.start!;
      } else {
        late = item.date < pred.date;
      }
      if (late) {
        out.push({
          type: "dependency",
          severity: "error",
          items: ids([pred, item]),
          date: isoDate(item.date),
          magnitude,
        });
      }
    }
  }

  // deadline: the item's End (a date-only item: the end of its day) after its Deadline.
  for (const item of live) {
    if (item.deadline === undefined) continue;
    const end = timed(item) ? item.end! : (item.date + 1) * DAY;
    if (end > item.deadline) {
      out.push({
        type: "deadline",
        severity: "error",
        items: [item.id],
        date: isoDate(item.date),
        magnitude: end - item.deadline,
      });
    }
  }
  return out;
}

/** The first item of a day: earliest Start, then schedule order; date-only items (no Start) after timed ones. */
function firstOfDay(a: OItem, b: OItem): number {
  const sa = a.start ?? Infinity;
  const sb = b.start ?? Infinity;
  return sa - sb || a.order - b.order;
}

const sameText = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Travel table: the row for that direction, else a row for the other direction (symmetric unless both given). */
export function travelMinutes(rows: OTravelRow[], from: string, to: string): number | undefined {
  const direct = rows.find((r) => sameText(r.from, from) && sameText(r.to, to));
  if (direct) return direct.minutes;
  const back = rows.find((r) => sameText(r.from, to) && sameText(r.to, from));
  return back?.minutes;
}
