/** deadline: an item ends after its Deadline (a date-only item ends at the end of its Date). */
import type { Item, Model } from "../model";
import type { Conflict } from "../report";
import { MINUTES_PER_DAY, formatDuration } from "../time";
import type { Rule } from "./rule";
import { ACTIVE, TIMED, type ScheduleColumns } from "../columns";
import { dayText, isTimed, itemCells, itemFacts, momentText, scheduleIndex, isoDay, finding } from "./common";

export const deadline: Rule = {
  id: "deadline",
  severity: "error",
  description: "An item is scheduled to finish after its deadline.",
  check(model: Model): Conflict[] {
    const out: Conflict[] = [];
    const index = scheduleIndex(model);
    const { dueBy } = itemFacts(index);
    for (let d = 0; d < dueBy.length; d++) {
      const i = dueBy[d];
      const item = model.items[i];
      const deadline = item.deadline as number;
      const end = deadlineEnd(item);
      const late = end - deadline;
      if (late > 0)
        out.push(deadlineConflict(item, deadline, end, late, blockingPredecessor(model, index.columns, i, late)));
    }
    return out;
  },
};

/** Where an item ends for its Deadline: its End, or the end of its Date for a date-only item. */
export function deadlineEnd(item: Item): number {
  return isTimed(item) ? item.end : ((item.date as number) + 1) * MINUTES_PER_DAY;
}

/** A Deadline as messages give it: `end of Tue 2026-03-03` for a date-only one, else its date and time. */
export function dueText(item: Item): string {
  const deadline = item.deadline as number;
  return item.deadlineDateOnly ? `end of ${dayText(deadline / MINUTES_PER_DAY - 1)}` : momentText(deadline);
}

/**
 * The first of item i's predecessors (Depends On, active) that moving i `late` minutes earlier (a date-only item: to
 * its Deadline's day) would start it before, as the suggestion names it ("WO-102, which ends at 17:00 Tue"); undefined
 * when the move keeps clear of them all.
 */
function blockingPredecessor(model: Model, columns: ScheduleColumns, i: number, late: number): string | undefined {
  const { flags, start, end, date, predStart, predIds } = columns;
  // The Date i moves to: a timed item keeps its times `late` minutes earlier, a date-only one goes back whole days.
  const newDate =
    flags[i] & TIMED
      ? date[i] - (Math.floor(start[i] / MINUTES_PER_DAY) - Math.floor((start[i] - late) / MINUTES_PER_DAY))
      : date[i] - Math.ceil(late / MINUTES_PER_DAY);
  for (let k = predStart[i]; k < predStart[i + 1]; k++) {
    const p = predIds[k];
    if (p < 0 || p === i || !(flags[p] & ACTIVE)) continue;
    // As the dependency rule compares: by times when both are timed, else by whole days.
    const timed = (flags[i] & flags[p] & TIMED) !== 0;
    const blocks = timed ? end[p] > start[i] - late : date[p] > newDate;
    if (!blocks) continue;
    const pred = model.items[p];
    return timed ? `${pred.id}, which ends at ${momentText(end[p])}` : `${pred.id}, which is on ${dayText(date[p])}`;
  }
  return undefined;
}

/**
 * The finding for `item` ending at `end`, `late` minutes after its `deadline`; `blocking` names a predecessor the
 * earlier time would start it before (the dependency rule's finding then), so the suggestion says to move that too.
 */
function deadlineConflict(item: Item, deadline: number, end: number, late: number, blocking?: string): Conflict {
  const date = item.date as number;
  const due = dueText(item);
  const ends = isTimed(item) ? `ends at ${momentText(end)}` : `is on ${dayText(date)}`;
  const too = blocking ? ` (it depends on ${blocking}: move that earlier too)` : "";
  // A date-only Deadline ends its day: "by the end of Tue", not "by 00:00 Wed".
  const by = item.deadlineDateOnly ? `the ${due}` : due;
  const suggestion = isTimed(item)
    ? `Move ${item.id} at least ${formatDuration(late)} earlier, to end by ${by}${too}.`
    : `Move ${item.id} to ${dayText(Math.floor(deadline / MINUTES_PER_DAY) - 1)} or earlier${too}.`;
  return finding(
    {
      type: "deadline",
      severity: "error",
      items: [item.id],
      date: isoDay(date),
      message: `${item.id} ${ends}, ${formatDuration(late)} after its deadline (${due}).`,
      suggestion,
      magnitude: late,
      cells: itemCells(item, isTimed(item) ? ["Deadline", "End", "Date"] : ["Deadline", "Date"]),
    },
    [item],
  );
}
