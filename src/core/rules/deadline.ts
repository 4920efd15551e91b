/** deadline: an item ends after its Deadline (a date-only item ends at the end of its Date). */
import type { Model } from "../model";
import type { Conflict } from "../report";
import { MINUTES_PER_DAY, formatDuration } from "../time";
import type { Rule } from "./rule";
import { dayText, isTimed, itemCells, momentText, scheduleIndex, isoDay } from "./common";

export const deadline: Rule = {
  id: "deadline",
  severity: "error",
  description: "An item is scheduled to finish after its deadline.",
  check(model: Model): Conflict[] {
    const out: Conflict[] = [];
    for (const item of scheduleIndex(model).active) {
      if (item.deadline === undefined || !Number.isFinite(item.deadline)) continue;
      const date = item.date as number;
      const end = isTimed(item) ? item.end : (date + 1) * MINUTES_PER_DAY;
      const late = end - item.deadline;
      if (!(late > 0)) continue;
      const due = item.deadlineDateOnly
        ? `end of ${dayText(item.deadline / MINUTES_PER_DAY - 1)}`
        : momentText(item.deadline);
      const ends = isTimed(item) ? `ends at ${momentText(end)}` : `is on ${dayText(date)}`;
      const suggestion = isTimed(item)
        ? `Move ${item.id} at least ${formatDuration(late)} earlier, to end by ${momentText(item.deadline)}.`
        : `Move ${item.id} to ${dayText(Math.floor(item.deadline / MINUTES_PER_DAY) - 1)} or earlier.`;
      out.push({
        type: "deadline",
        severity: "error",
        items: [item.id],
        date: isoDay(date),
        message: `${item.id} ${ends}, ${formatDuration(late)} after its deadline (${due}).`,
        suggestion,
        magnitude: late,
        cells: itemCells(item, ["Deadline", "End", "Date"]),
      });
    }
    return out;
  },
};
