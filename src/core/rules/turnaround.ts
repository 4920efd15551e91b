/**
 * turnaround: a person's rest between two consecutive dates of their own dates with timed items,
 * (earliest Start on the later date − Lead Time) − (latest End on the earlier date), is below Min Rest.
 */
import type { Item, Model, Resource, RuleSet } from "../model";
import type { Conflict } from "../report";
import type { ScheduleColumns } from "../columns";
import { formatDuration, timeWithDay } from "../time";
import type { Rule } from "./rule";
import {
  columnOf,
  idsInOrder,
  itemsOf,
  itemCells,
  momentText,
  personDayFindings,
  scheduleIndex,
  who,
  isoDay,
  type WorkDays,
  finding,
} from "./common";

/**
 * Resource r's work days d whose call (earliest Start less `lead`) comes less than `minRest` after the
 * previous day's wrap (latest End), written to `out`; returns how many.
 */
function shortRests(
  columns: ScheduleColumns,
  days: WorkDays,
  r: number,
  lead: number,
  minRest: number,
  out: Int32Array,
): number {
  const { start, end } = columns;
  let found = 0;
  for (let d = days.dayStart[r] + 1; d < days.dayStart[r + 1]; d++) {
    const rest = start[days.itemIds[days.from[d]]] - lead - end[days.last[d - 1]];
    if (rest < minRest) out[found++] = d;
  }
  return found;
}

export const turnaround: Rule = {
  id: "turnaround",
  severity: "error",
  description: "A person gets less rest between wrap and the next call than their rule set requires.",
  check(model: Model): Conflict[] {
    const { days } = scheduleIndex(model);
    return personDayFindings(model, "minRestHours", 2, shortRests, ({ resource, set, limitMin, leadMin }, d) => {
      const wrap = model.items[days.last[d - 1]] as Item & { end: number };
      const next = model.items[days.itemIds[days.from[d]]] as Item & { start: number };
      const later = itemsOf(model, days.itemIds.subarray(days.from[d], days.from[d + 1]));
      return turnaroundConflict(resource, set, limitMin, leadMin, wrap, next, later, days.date[d]);
    });
  },
};

/** The finding for too little rest between `wrap` and the call of `next` (on `date`). */
function turnaroundConflict(
  resource: Resource,
  set: RuleSet,
  minRest: number,
  lead: number,
  wrap: Item & { end: number },
  next: Item & { start: number },
  /** The person's timed items on the later date (by Start). */
  later: Item[],
  date: number,
): Conflict {
  const call = next.start - lead;
  const rest = call - wrap.end;
  const neededCall = wrap.end + minRest;
  const leadText = lead > 0 ? ` (call ${formatDuration(lead)} before Start)` : "";
  return finding(
    {
      type: "turnaround",
      severity: "error",
      resource: resource.label,
      items: idsInOrder([wrap, next]),
      date: isoDay(date),
      message:
        `${who(resource)} gets ${formatDuration(Math.max(rest, 0))} rest between wrap of ${wrap.id} at ` +
        `${timeWithDay(wrap.end)} and call of ${next.id} at ${timeWithDay(call)}${leadText}; ` +
        `${set.name} needs ${formatDuration(minRest)}` +
        (rest < 0 ? ` (the call is ${formatDuration(-rest)} before the wrap)` : "") +
        ".",
      // Every item of the later date that starts before the needed call (plus lead) has to move.
      suggestion: `Call ${who(resource)} at ${momentText(neededCall)} or later (${idsInOrder(
        later.filter((i) => (i.start as number) < neededCall + lead),
      ).join(", ")} starting ${momentText(neededCall + lead)} or later), or wrap ${wrap.id} earlier.`,
      magnitude: minRest - rest,
      cells: [
        ...itemCells(wrap, [columnOf(wrap, resource.key), "End"]),
        ...itemCells(next, [columnOf(next, resource.key), "Start"]),
      ],
    },
    [wrap, next],
  );
}
