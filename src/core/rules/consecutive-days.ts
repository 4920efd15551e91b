/**
 * consecutive-days: a person works (any non-cancelled item, timed or date-only) on more calendar days
 * in a row than Max Consecutive Days. One conflict per run, dated on the run's first day.
 */
import type { Item, Model } from "../model";
import type { Conflict } from "../report";
import type { Rule } from "./rule";
import { columnOf, dayText, isTimed, itemCells, personLimit, scheduleIndex, who, isoDay } from "./common";

/** Earlier wins: timed items by Start, date-only ones after them, ties by schedule order. */
function comesFirst(a: Item, b: Item): boolean {
  const at = isTimed(a);
  const bt = isTimed(b);
  if (at !== bt) return at;
  if (at && bt && a.start !== b.start) return a.start < b.start;
  return a.index < b.index;
}

export const consecutiveDays: Rule = {
  id: "consecutive-days",
  severity: "warning",
  description: "A person works more days in a row than their rule set allows.",
  check(model: Model): Conflict[] {
    const out: Conflict[] = [];
    for (const { resource, items } of scheduleIndex(model).byResource.values()) {
      const limited = personLimit(model, resource, "maxConsecutiveDays");
      if (!limited) continue;
      const { set, limit } = limited;
      const max = Math.max(0, Math.floor(limit));
      if (items.length <= max) continue;
      // Distinct worked dates, sorted; a typed array keeps this cheap for the common case (no long run).
      const all = new Float64Array(items.length);
      let inOrder = true;
      for (let k = 0; k < items.length; k++) {
        all[k] = items[k].date as number;
        if (k > 0 && all[k] < all[k - 1]) inOrder = false;
      }
      if (!inOrder) all.sort();
      const dates: number[] = [];
      for (const d of all) if (dates.length === 0 || dates[dates.length - 1] !== d) dates.push(d);
      let runStart = 0;
      for (let i = 1; i <= dates.length; i++) {
        if (i < dates.length && dates[i] === dates[i - 1] + 1) continue;
        const length = i - runStart;
        if (length > max) {
          const firstDay = dates[runStart];
          const overDay = dates[runStart + max];
          let item: Item | undefined;
          for (const candidate of items) {
            if (candidate.date === overDay && (!item || comesFirst(candidate, item))) item = candidate;
          }
          if (item) {
            out.push({
              type: "consecutive-days",
              severity: "warning",
              resource: resource.label,
              items: [item.id],
              date: isoDay(firstDay),
              message:
                `${who(resource)} works ${length} days in a row, ${dayText(firstDay)} to ${dayText(dates[i - 1])}; ` +
                `${set.name} allows ${max}. Day ${max + 1} starts with ${item.id} on ${dayText(overDay)}.`,
              suggestion: `Give ${who(resource)} a day off on or before ${dayText(overDay)}, or move their work that day.`,
              magnitude: length - max,
              cells: itemCells(item, [columnOf(item, resource.key), "Date"]),
            });
          }
        }
        runStart = i;
      }
    }
    return out;
  },
};
