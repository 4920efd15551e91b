/**
 * consecutive-days: a person works (any non-cancelled item, timed or date-only) on more calendar days
 * in a row than Max Consecutive Days. One conflict per run, dated on the run's first day.
 */
import type { Item, Model, Resource, RuleSet } from "../model";
import type { Conflict } from "../report";
import type { Rule } from "./rule";
import {
  columnOf,
  dayText,
  itemCells,
  personLimit,
  scheduleIndex,
  who,
  isoDay,
  type ScheduleIndex,
  finding,
} from "./common";

/**
 * Resource r's distinct worked dates, ascending, written to `out` (its work days' dates merged with its date-only
 * items' dates); returns how many. Typed-array sorts copy their numbers onto the heap, so the few date-only dates
 * are ordered by insertion and merged in.
 */
function workedDates(index: ScheduleIndex, r: number, out: Float64Array): number {
  const { days, untimedStart, untimedIds } = index;
  const { date } = index.columns;
  const firstDay = days.dayStart[r];
  const timedCount = days.dayStart[r + 1] - firstDay;
  const untimedCount = untimedStart[r + 1] - untimedStart[r];
  if (untimedCount === 0) {
    for (let k = 0; k < timedCount; k++) out[k] = days.date[firstDay + k];
    return timedCount;
  }
  // The date-only dates after room for every timed one, in order: by insertion when they are few or already in order
  // (a schedule mostly lists them by date), else by a sort.
  const tail = timedCount;
  let shifts = 0;
  for (let k = 0; k < untimedCount; k++) {
    const day = date[untimedIds[untimedStart[r] + k]];
    let at = tail + k;
    if (shifts < MAX_INSERTION_SHIFTS) for (; at > tail && out[at - 1] > day; at--, shifts++) out[at] = out[at - 1];
    out[at] = day;
  }
  if (shifts >= MAX_INSERTION_SHIFTS) out.subarray(tail, tail + untimedCount).sort();
  // Merge from the front: the write position never passes the next date-only date still to read.
  let n = 0;
  let t = 0;
  let u = tail;
  const end = tail + untimedCount;
  while (t < timedCount || u < end) {
    const next =
      u >= end || (t < timedCount && days.date[firstDay + t] <= out[u]) ? days.date[firstDay + t++] : out[u++];
    if (n === 0 || out[n - 1] !== next) out[n++] = next;
  }
  return n;
}

/** Past this many moves the insertion stops and a sort finishes the date-only dates (no quadratic worst case). */
const MAX_INSERTION_SHIFTS = 4096;

/**
 * The first of resource r's items on `day`: timed ones by Start then schedule order (the day's first),
 * date-only ones after them by schedule order; -1 if none.
 */
function firstItemOn(index: ScheduleIndex, r: number, day: number): number {
  const { days, untimedStart, untimedIds } = index;
  for (let d = days.dayStart[r]; d < days.dayStart[r + 1]; d++) {
    if (days.date[d] === day) return days.itemIds[days.from[d]];
  }
  for (let k = untimedStart[r]; k < untimedStart[r + 1]; k++) {
    if (index.columns.date[untimedIds[k]] === day) return untimedIds[k];
  }
  return -1;
}

export const consecutiveDays: Rule = {
  id: "consecutive-days",
  severity: "warning",
  description: "A person works more days in a row than their rule set allows.",
  check(model: Model): Conflict[] {
    const out: Conflict[] = [];
    const index = scheduleIndex(model);
    const dates = new Float64Array(index.longest);
    for (let u = 0; u < index.used.length; u++) resourceRuns(model, index, index.used[u], dates, out);
    return out;
  },
};

/**
 * Resource r's findings, pushed to `out` (`dates` is scratch room). A function of its own, called once per resource,
 * so V8 optimises it during a smaller schedule's run and keeps that code (see travel's resourceTravel).
 */
function resourceRuns(model: Model, index: ScheduleIndex, r: number, dates: Float64Array, out: Conflict[]): void {
  const { columns, timedStart, untimedStart } = index;
  const resource = columns.resources[r];
  const limited = personLimit(model, resource, "maxConsecutiveDays");
  if (!limited) return;
  const max = Math.max(0, Math.floor(limited.limit));
  if (timedStart[r + 1] - timedStart[r] + untimedStart[r + 1] - untimedStart[r] <= max) return;
  const count = workedDates(index, r, dates);
  let runStart = 0;
  for (let i = 1; i <= count; i++) {
    if (i < count && dates[i] === dates[i - 1] + 1) continue;
    const length = i - runStart;
    if (length > max) {
      // The earliest item on the first day past the limit.
      const overDay = dates[runStart + max];
      const first = firstItemOn(index, r, overDay);
      if (first >= 0) {
        const run = { firstDay: dates[runStart], lastDay: dates[i - 1], overDay, length };
        out.push(consecutiveConflict(resource, limited.set, max, run, model.items[first]));
      }
    }
    runStart = i;
  }
}

/** The finding for a run of `length` worked days, `item` being the first on the day past the limit. */
function consecutiveConflict(
  resource: Resource,
  set: RuleSet,
  max: number,
  run: { firstDay: number; lastDay: number; overDay: number; length: number },
  item: Item,
): Conflict {
  const { firstDay, lastDay, overDay, length } = run;
  return finding(
    {
      type: "consecutive-days",
      severity: "warning",
      resource: resource.label,
      items: [item.id],
      date: isoDay(firstDay),
      message:
        `${who(resource)} works ${length} days in a row, ${dayText(firstDay)} to ${dayText(lastDay)}; ` +
        `${set.name} allows ${max}. The ${ordinal(max + 1)} day in a row starts with ${item.id} on ${dayText(overDay)}.`,
      suggestion: `Give ${who(resource)} ${dayOffText(run, max)}, or move their work that day.`,
      magnitude: length - max,
      cells: itemCells(item, [columnOf(item, resource.key), "Date"]),
    },
    [item],
  );
}

/**
 * Where a day off ends the run. One day off splits it into the days before and after: both within `max` when the
 * day is no earlier than the run's (length - max)th day and no later than its (max + 1)th (the day over the limit).
 * A run longer than that needs more than one.
 */
function dayOffText(run: { firstDay: number; overDay: number; length: number }, max: number): string {
  const earliest = run.firstDay + run.length - 1 - max;
  if (earliest > run.overDay)
    return `a day off on or before ${dayText(run.overDay)}, and one in every ${max + 1} days after`;
  if (earliest === run.overDay) return `a day off on ${dayText(run.overDay)}`;
  return `a day off between ${dayText(earliest)} and ${dayText(run.overDay)}`;
}

/** "1st", "2nd", "3rd", "4th", "11th", "21st": "Day 5" would read as a shoot day's name. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}
