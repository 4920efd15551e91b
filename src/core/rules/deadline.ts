/** deadline: an item ends after its Deadline (a date-only item ends at the end of its Date). */
import type { Item, Model } from "../model";
import type { Conflict } from "../report";
import { MINUTES_PER_DAY, formatDuration } from "../time";
import type { Rule } from "./rule";
import { dayText, isTimed, itemCells, itemFacts, momentText, scheduleIndex, isoDay, finding } from "./common";

export const deadline: Rule = {
  id: "deadline",
  severity: "error",
  description: "An item is scheduled to finish after its deadline.",
  check(model: Model): Conflict[] {
    const out: Conflict[] = [];
    for (const i of itemFacts(scheduleIndex(model)).dueBy) {
      const item = model.items[i];
      const deadline = item.deadline as number;
      const end = deadlineEnd(item);
      const late = end - deadline;
      if (late > 0) out.push(deadlineConflict(item, deadline, end, late));
    }
    return out;
  },
};

/** Where an item ends for its Deadline: its End, or the end of its Date for a date-only item. */
export function deadlineEnd(item: Item): number {
  return isTimed(item) ? item.end : ((item.date as number) + 1) * MINUTES_PER_DAY;
}

/** The finding for `item` ending at `end`, `late` minutes after its `deadline`. */
function deadlineConflict(item: Item, deadline: number, end: number, late: number): Conflict {
  const date = item.date as number;
  const due = item.deadlineDateOnly ? `end of ${dayText(deadline / MINUTES_PER_DAY - 1)}` : momentText(deadline);
  const ends = isTimed(item) ? `ends at ${momentText(end)}` : `is on ${dayText(date)}`;
  const suggestion = isTimed(item)
    ? `Move ${item.id} at least ${formatDuration(late)} earlier, to end by ${momentText(deadline)}.`
    : `Move ${item.id} to ${dayText(Math.floor(deadline / MINUTES_PER_DAY) - 1)} or earlier.`;
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
