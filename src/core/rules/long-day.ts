/** long-day: a person's day, latest End − (earliest Start − Lead Time), is longer than Max Day. */
import type { Item, Model, Resource, RuleSet } from "../model";
import type { Conflict } from "../report";
import type { ScheduleColumns } from "../columns";
import { formatDuration } from "../time";
import type { Rule } from "./rule";
import {
  dayText,
  idsInOrder,
  itemsOf,
  momentText,
  resourceItemCells,
  personDayFindings,
  scheduleIndex,
  who,
  isoDay,
  type WorkDays,
  finding,
} from "./common";

/**
 * Resource r's work days d longer than `maxDay` from call (earliest Start less `lead`) to wrap (latest
 * End), written to `out`; returns how many.
 */
function longDays(
  columns: ScheduleColumns,
  days: WorkDays,
  r: number,
  lead: number,
  maxDay: number,
  out: Int32Array,
): number {
  const { start, end } = columns;
  let found = 0;
  for (let d = days.dayStart[r]; d < days.dayStart[r + 1]; d++) {
    const length = end[days.last[d]] - (start[days.itemIds[days.from[d]]] - lead);
    if (length > maxDay) out[found++] = d;
  }
  return found;
}

export const longDay: Rule = {
  id: "long-day",
  severity: "warning",
  description: "A person's working day, from call to wrap, is longer than their rule set allows.",
  check(model: Model): Conflict[] {
    const { days } = scheduleIndex(model);
    return personDayFindings(model, "maxDayHours", 1, longDays, ({ resource, set, limitMin, leadMin }, d) => {
      const timed = itemsOf(model, days.itemIds.subarray(days.from[d], days.from[d + 1]));
      const first = model.items[days.itemIds[days.from[d]]] as Item & { start: number };
      const last = model.items[days.last[d]] as Item & { end: number };
      return longDayConflict(resource, set, limitMin, leadMin, timed, first, last, days.date[d]);
    });
  },
};

/** The finding for a day from the call of `first` to the wrap of `last` longer than `maxDay`. */
function longDayConflict(
  resource: Resource,
  set: RuleSet,
  maxDay: number,
  lead: number,
  timed: Item[],
  first: Item & { start: number },
  last: Item & { end: number },
  date: number,
): Conflict {
  const call = first.start - lead;
  const length = last.end - call;
  const over = length - maxDay;
  return finding(
    {
      type: "long-day",
      severity: "warning",
      resource: resource.label,
      items: idsInOrder(timed),
      date: isoDay(date),
      message:
        `${who(resource)} works ${formatDuration(length)} on ${dayText(date)}, from call at ${momentText(call)} ` +
        `to wrap of ${last.id} at ${momentText(last.end)}; ${set.name} allows ${formatDuration(maxDay)}.`,
      suggestion: longDaySuggestion(resource, timed, first, last, over, date),
      magnitude: over,
      cells: resourceItemCells(timed, resource.key, ["Start", "End"]),
    },
    timed,
  );
}

/**
 * What shortens the day by `over`: every item ending later wraps by the new wrap, or every item starting
 * earlier starts at the new call (keeping its wrap); an option is left out where it would leave an item
 * ending before it starts.
 */
function longDaySuggestion(
  resource: Resource,
  timed: Item[],
  first: Item & { start: number },
  last: Item & { end: number },
  over: number,
  date: number,
): string {
  const wrapBy = last.end - over;
  const startAt = first.start + over;
  const wrapping = timed.filter((i) => (i.end as number) > wrapBy);
  const starting = timed.filter((i) => (i.start as number) < startAt);
  const options: string[] = [];
  if (wrapping.every((i) => (i.start as number) < wrapBy))
    options.push(`wrap ${idsInOrder(wrapping).join(", ")} by ${momentText(wrapBy)}`);
  if (starting.every((i) => (i.end as number) > startAt))
    options.push(`start ${idsInOrder(starting).join(", ")} at ${momentText(startAt)} (keeping their wraps)`);
  if (!options.length) return `Move some of ${who(resource)}'s work on ${dayText(date)} to another day.`;
  const text = options.join(", or ");
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}
