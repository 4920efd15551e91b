/**
 * A deliberately simple, quadratic reading of contract §5, written straight from the text without the
 * engine's indexes or sweeps. Property tests compare the engine against it rule by rule.
 */
import type { Item, Model, Resource } from "../../src/core/model";
import type { ConflictType } from "../../src/core/report";
import { DEFAULT_TRAVEL_BUFFER_MIN, isPerson, ruleSetFor } from "../../src/core/rulesets";
import { MINUTES_PER_DAY, isoDate } from "../../src/core/time";

/** The comparable part of a conflict. */
export interface RefConflict {
  type: ConflictType;
  resource?: string;
  items: string[];
  date?: string;
  magnitude: number;
}

const DAY = MINUTES_PER_DAY;

function live(model: Model): Item[] {
  return model.items.filter((i) => !i.cancelled && i.date !== null);
}

function timed(i: Item): boolean {
  return i.timed && i.start !== undefined && i.end !== undefined;
}

function s(i: Item): number {
  return i.start as number;
}

function e(i: Item): number {
  return i.end as number;
}

function uses(i: Item, key: string): boolean {
  return i.resourceKeys.includes(key);
}

function ordered(items: Item[]): string[] {
  const unique: Item[] = [];
  for (const i of items) if (!unique.includes(i)) unique.push(i);
  return unique.sort((a, b) => a.index - b.index).map((i) => i.id);
}

function earliestStarting(items: Item[]): Item {
  let best = items[0];
  for (const i of items) if (s(i) < s(best) || (s(i) === s(best) && i.index < best.index)) best = i;
  return best;
}

function latestEnding(items: Item[]): Item {
  let best = items[0];
  for (const i of items) if (e(i) > e(best) || (e(i) === e(best) && i.index < best.index)) best = i;
  return best;
}

function usedResources(model: Model): Resource[] {
  const items = live(model);
  return model.resources.filter((r) => items.some((i) => uses(i, r.key)));
}

export function refDoubleBooking(model: Model): RefConflict[] {
  const out: RefConflict[] = [];
  const items = live(model);
  for (const r of usedResources(model)) {
    const mine = items.filter((i) => uses(i, r.key) && timed(i) && e(i) > s(i));
    const points = [...new Set(mine.flatMap((i) => [s(i), e(i)]))].sort((a, b) => a - b);
    let span: { from: number; to: number; over: number } | null = null;
    const spans: { from: number; to: number; over: number }[] = [];
    for (let k = 0; k + 1 < points.length; k++) {
      const load = mine.filter((i) => s(i) <= points[k] && e(i) >= points[k + 1]).length;
      if (load > r.capacity) {
        if (span) {
          span.to = points[k + 1];
          span.over = Math.max(span.over, load - r.capacity);
        } else span = { from: points[k], to: points[k + 1], over: load - r.capacity };
      } else if (span) {
        spans.push(span);
        span = null;
      }
    }
    if (span) spans.push(span);
    for (const sp of spans) {
      const hit = mine.filter((i) => s(i) < sp.to && e(i) > sp.from);
      const first = earliestStarting(hit);
      out.push({
        type: "double-booking",
        resource: r.label,
        items: ordered(hit),
        date: isoDate(first.date as number),
        magnitude: sp.over,
      });
    }
  }
  return out;
}

function blockedAt(model: Model, r: Resource, minute: number): boolean {
  if (r.availableFrom !== undefined && minute < r.availableFrom * DAY) return true;
  if (r.availableTo !== undefined && minute >= (r.availableTo + 1) * DAY) return true;
  if (r.unavailable.some((u) => minute >= u.from * DAY && minute < (u.to + 1) * DAY)) return true;
  return model.availability.some(
    (w) =>
      w.resourceKey === r.key &&
      (w.kind === "unavailable" || w.kind === "day off") &&
      minute >= w.from &&
      minute < w.to,
  );
}

export function refUnavailable(model: Model): RefConflict[] {
  const out: RefConflict[] = [];
  for (const i of live(model)) {
    const from = timed(i) ? s(i) : (i.date as number) * DAY;
    const to = timed(i) ? e(i) : ((i.date as number) + 1) * DAY;
    for (const r of model.resources) {
      if (!uses(i, r.key)) continue;
      // Cut [from, to) at every boundary that falls inside it; each piece is wholly blocked or free.
      const cuts = [from, to];
      const add = (m: number) => {
        if (m > from && m < to) cuts.push(m);
      };
      if (r.availableFrom !== undefined) add(r.availableFrom * DAY);
      if (r.availableTo !== undefined) add((r.availableTo + 1) * DAY);
      for (const u of r.unavailable) {
        add(u.from * DAY);
        add((u.to + 1) * DAY);
      }
      for (const w of model.availability) {
        if (w.resourceKey !== r.key) continue;
        add(w.from);
        add(w.to);
      }
      const sorted = [...new Set(cuts)].sort((a, b) => a - b);
      let minutes = 0;
      for (let k = 0; k + 1 < sorted.length; k++) {
        if (blockedAt(model, r, sorted[k])) minutes += sorted[k + 1] - sorted[k];
      }
      if (minutes > 0)
        out.push({
          type: "unavailable",
          resource: r.label,
          items: [i.id],
          date: isoDate(i.date as number),
          magnitude: minutes,
        });
    }
  }
  return out;
}

function personDays(model: Model, r: Resource): Map<number, Item[]> {
  const days = new Map<number, Item[]>();
  for (const i of live(model)) {
    if (!uses(i, r.key) || !timed(i)) continue;
    days.set(i.date as number, [...(days.get(i.date as number) ?? []), i]);
  }
  return days;
}

export function refTurnaround(model: Model): RefConflict[] {
  const out: RefConflict[] = [];
  for (const r of usedResources(model)) {
    const set = ruleSetFor(r, model.ruleSets);
    if (!isPerson(r) || !set || set.minRestHours === null) continue;
    const days = personDays(model, r);
    const dates = [...days.keys()].sort((a, b) => a - b);
    for (let k = 1; k < dates.length; k++) {
      const wrap = latestEnding(days.get(dates[k - 1]) as Item[]);
      const call = earliestStarting(days.get(dates[k]) as Item[]);
      const rest = s(call) - r.leadTimeMin - e(wrap);
      if (rest < set.minRestHours * 60) {
        out.push({
          type: "turnaround",
          resource: r.label,
          items: ordered([wrap, call]),
          date: isoDate(dates[k]),
          magnitude: set.minRestHours * 60 - rest,
        });
      }
    }
  }
  return out;
}

export function refLongDay(model: Model): RefConflict[] {
  const out: RefConflict[] = [];
  for (const r of usedResources(model)) {
    const set = ruleSetFor(r, model.ruleSets);
    if (!isPerson(r) || !set || set.maxDayHours === null) continue;
    for (const [date, items] of personDays(model, r)) {
      const length = Math.max(...items.map(e)) - (Math.min(...items.map(s)) - r.leadTimeMin);
      if (length > set.maxDayHours * 60) {
        out.push({
          type: "long-day",
          resource: r.label,
          items: ordered(items),
          date: isoDate(date),
          magnitude: length - set.maxDayHours * 60,
        });
      }
    }
  }
  return out;
}

export function refConsecutiveDays(model: Model): RefConflict[] {
  const out: RefConflict[] = [];
  for (const r of usedResources(model)) {
    const set = ruleSetFor(r, model.ruleSets);
    if (!isPerson(r) || !set || set.maxConsecutiveDays === null) continue;
    const max = set.maxConsecutiveDays;
    const mine = live(model).filter((i) => uses(i, r.key));
    const worked = (d: number) => mine.some((i) => i.date === d);
    const dates = [...new Set(mine.map((i) => i.date as number))];
    for (const first of dates) {
      if (worked(first - 1)) continue;
      let length = 1;
      while (worked(first + length)) length++;
      if (length <= max) continue;
      const overDay = first + max;
      const that = mine.filter((i) => i.date === overDay);
      const timedOnes = that.filter(timed);
      const pick = timedOnes.length > 0 ? earliestStarting(timedOnes) : that.sort((a, b) => a.index - b.index)[0];
      out.push({
        type: "consecutive-days",
        resource: r.label,
        items: [pick.id],
        date: isoDate(first),
        magnitude: length - max,
      });
    }
  }
  return out;
}

function norm(t: string | undefined): string {
  return (t ?? "").trim().toLowerCase();
}

function refTravelTime(model: Model, from: string, to: string): number | undefined {
  const rows = model.travel.filter((t) => Number.isFinite(t.minutes));
  const direct = rows.find((t) => (t.fromPlace ?? norm(t.from)) === from && (t.toPlace ?? norm(t.to)) === to);
  if (direct) return direct.minutes;
  const reverse = rows.find((t) => (t.fromPlace ?? norm(t.from)) === to && (t.toPlace ?? norm(t.to)) === from);
  return reverse?.minutes;
}

/** An item's place: the location resource its Location names (known by its Name), else the text. */
function refPlace(model: Model, item: Item): string {
  const named = item.locationKey ? model.resources.find((r) => r.key === item.locationKey) : undefined;
  return norm(named ? (named.name ?? named.id) : item.location);
}

export function refTravel(model: Model): RefConflict[] {
  const out: RefConflict[] = [];
  for (const r of usedResources(model)) {
    if (r.type === "location") continue;
    const buffer = ruleSetFor(r, model.ruleSets)?.travelBufferMin ?? DEFAULT_TRAVEL_BUFFER_MIN;
    const mine = live(model).filter((i) => uses(i, r.key) && timed(i));
    const dates = [...new Set(mine.map((i) => i.date as number))];
    for (const d of dates) {
      const day = mine.filter((i) => i.date === d).sort((a, b) => s(a) - s(b) || a.index - b.index);
      for (let k = 1; k < day.length; k++) {
        const a = day[k - 1];
        const b = day[k];
        const from = refPlace(model, a);
        const to = refPlace(model, b);
        if (!from || !to || from === to || e(a) > s(b)) continue;
        const needed = refTravelTime(model, from, to) ?? buffer;
        const gap = s(b) - e(a);
        if (gap < needed)
          out.push({
            type: "travel",
            resource: r.label,
            items: ordered([a, b]),
            date: isoDate(d),
            magnitude: needed - gap,
          });
      }
    }
  }
  return out;
}

export function refDependency(model: Model): RefConflict[] {
  const out: RefConflict[] = [];
  for (const i of live(model)) {
    for (const id of [...new Set(i.dependsOn)]) {
      const p = model.itemById.get(id);
      if (!p || p === i || p.cancelled || p.date === null) continue;
      const early = timed(i) && timed(p) ? e(p) - s(i) : ((p.date as number) - (i.date as number)) * DAY;
      if (early > 0)
        out.push({ type: "dependency", items: ordered([p, i]), date: isoDate(i.date as number), magnitude: early });
    }
  }
  return out;
}

export function refDeadline(model: Model): RefConflict[] {
  const out: RefConflict[] = [];
  for (const i of live(model)) {
    if (i.deadline === undefined) continue;
    const end = timed(i) ? e(i) : ((i.date as number) + 1) * DAY;
    if (end > i.deadline)
      out.push({ type: "deadline", items: [i.id], date: isoDate(i.date as number), magnitude: end - i.deadline });
  }
  return out;
}

export function refMaterialLate(model: Model): RefConflict[] {
  const out: RefConflict[] = [];
  for (const m of model.materials) {
    const needed = [...new Set(m.neededFor)]
      .map((id) => model.itemById.get(id))
      .filter((i): i is Item => !!i && !i.cancelled && i.date !== null);
    const at = (i: Item) => (timed(i) ? s(i) : (i.date as number) * DAY);
    const late = needed.filter((i) => m.delivery > at(i));
    const byLate = m.neededBy !== undefined && m.delivery > m.neededBy;
    if (late.length === 0 && !byLate) continue;
    const limits = [...late.map(at), ...(byLate ? [m.neededBy as number] : [])];
    // Items: every item it is needed for; dated by the earliest-starting of them.
    const first = [...needed].sort((a, b) => at(a) - at(b) || a.index - b.index)[0];
    const date = first ? (first.date as number) : Math.floor((m.neededBy as number) / DAY);
    out.push({
      type: "material-late",
      items: ordered(needed),
      date: isoDate(date),
      magnitude: m.delivery - Math.min(...limits),
    });
  }
  return out;
}

/** Every reference rule by type (budget-overrun is checked by its own tests). */
export const referenceRules: Partial<Record<ConflictType, (model: Model) => RefConflict[]>> = {
  "double-booking": refDoubleBooking,
  unavailable: refUnavailable,
  turnaround: refTurnaround,
  "long-day": refLongDay,
  "consecutive-days": refConsecutiveDays,
  travel: refTravel,
  dependency: refDependency,
  deadline: refDeadline,
  "material-late": refMaterialLate,
};
