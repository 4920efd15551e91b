/** long-day: a person's day, latest End − (earliest Start − Lead Time), is longer than Max Day. */
import type { Model } from "../model";
import type { Conflict } from "../report";
import { formatDuration } from "../time";
import type { Rule } from "./rule";
import {
  dayText,
  idsInOrder,
  momentText,
  resourceItemCells,
  personLimit,
  scheduleIndex,
  who,
  workDays,
  isoDay,
} from "./common";

export const longDay: Rule = {
  id: "long-day",
  severity: "warning",
  description: "A person's working day, from call to wrap, is longer than their rule set allows.",
  check(model: Model): Conflict[] {
    const out: Conflict[] = [];
    for (const bucket of scheduleIndex(model).byResource.values()) {
      const { resource } = bucket;
      const limited = personLimit(model, resource, "maxDayHours");
      if (!limited) continue;
      const { set, limit } = limited;
      const maxDay = limit * 60;
      const lead = resource.leadTimeMin || 0;
      for (const day of workDays(bucket)) {
        const call = day.first.start - lead;
        const length = day.last.end - call;
        if (!(length > maxDay)) continue;
        const over = length - maxDay;
        out.push({
          type: "long-day",
          severity: "warning",
          resource: resource.label,
          items: idsInOrder(day.timed),
          date: isoDay(day.date),
          message:
            `${who(resource)} works ${formatDuration(length)} on ${dayText(day.date)}, from call at ${momentText(call)} ` +
            `to wrap of ${day.last.id} at ${momentText(day.last.end)}; ${set.name} allows ${formatDuration(maxDay)}.`,
          suggestion: `Wrap ${day.last.id} by ${momentText(day.last.end - over)}, or call ${day.first.id} at ${momentText(day.first.start + over)}.`,
          magnitude: over,
          cells: resourceItemCells(day.timed, resource.key, ["Start", "End"]),
        });
      }
    }
    return out;
  },
};
