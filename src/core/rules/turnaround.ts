/**
 * turnaround: a person's rest between two consecutive dates of their own dates with timed items,
 * (earliest Start on the later date − Lead Time) − (latest End on the earlier date), is below Min Rest.
 */
import type { Model } from "../model";
import type { Conflict } from "../report";
import { formatDuration, timeWithDay } from "../time";
import type { Rule } from "./rule";
import {
  columnOf,
  idsInOrder,
  itemCells,
  momentText,
  personLimit,
  scheduleIndex,
  who,
  workDays,
  isoDay,
} from "./common";

export const turnaround: Rule = {
  id: "turnaround",
  severity: "error",
  description: "A person gets less rest between wrap and the next call than their rule set requires.",
  check(model: Model): Conflict[] {
    const out: Conflict[] = [];
    for (const bucket of scheduleIndex(model).byResource.values()) {
      const { resource } = bucket;
      const limited = personLimit(model, resource, "minRestHours");
      if (!limited) continue;
      const { set, limit } = limited;
      const minRest = limit * 60;
      const lead = resource.leadTimeMin || 0;
      const days = workDays(bucket);
      for (let i = 1; i < days.length; i++) {
        const wrap = days[i - 1].last;
        const next = days[i].first;
        const call = next.start - lead;
        const rest = call - wrap.end;
        if (!(rest < minRest)) continue;
        const neededCall = wrap.end + minRest;
        const leadText = lead > 0 ? ` (call ${formatDuration(lead)} before Start)` : "";
        out.push({
          type: "turnaround",
          severity: "error",
          resource: resource.label,
          items: idsInOrder([wrap, next]),
          date: isoDay(days[i].date),
          message:
            `${who(resource)} gets ${formatDuration(Math.max(rest, 0))} rest between wrap of ${wrap.id} at ` +
            `${timeWithDay(wrap.end)} and call of ${next.id} at ${timeWithDay(call)}${leadText}; ` +
            `${set.name} needs ${formatDuration(minRest)}` +
            (rest < 0 ? ` (the call is ${formatDuration(-rest)} before the wrap)` : "") +
            ".",
          suggestion:
            `Call ${who(resource)} at ${momentText(neededCall)} or later` +
            (lead > 0 ? ` (${next.id} starting ${momentText(neededCall + lead)})` : "") +
            `, or wrap ${wrap.id} earlier.`,
          magnitude: minRest - rest,
          cells: [
            ...itemCells(wrap, [columnOf(wrap, resource.key), "End"]),
            ...itemCells(next, [columnOf(next, resource.key), "Start"]),
          ],
        });
      }
    }
    return out;
  },
};
