/**
 * dependency: an item starts before an item in its Depends On ends; when either is date-only, its Date
 * is before the predecessor's Date. Unknown or cancelled predecessors are skipped (the parser reports
 * unknown IDs as data issues).
 */
import type { Model } from "../model";
import type { Conflict } from "../report";
import { MINUTES_PER_DAY, formatDuration } from "../time";
import type { Rule } from "./rule";
import { dayText, idsInOrder, isActive, isTimed, itemCells, momentText, scheduleIndex, isoDay } from "./common";

export const dependency: Rule = {
  id: "dependency",
  severity: "error",
  description: "An item is scheduled to start before an item it depends on has finished.",
  check(model: Model): Conflict[] {
    const out: Conflict[] = [];
    for (const item of scheduleIndex(model).active) {
      if (item.dependsOn.length === 0) continue;
      const seen = new Set<string>();
      for (const id of item.dependsOn) {
        const pred = model.itemById.get(id);
        if (!pred || pred === item || seen.has(pred.id) || !isActive(pred)) continue;
        seen.add(pred.id);
        const date = item.date as number;
        const predDate = pred.date as number;
        let early: number;
        let message: string;
        let suggestion: string;
        if (isTimed(item) && isTimed(pred)) {
          early = pred.end - item.start;
          message = `${item.id} starts at ${momentText(item.start)} but depends on ${pred.id}, which ends at ${momentText(pred.end)}.`;
          suggestion = `Start ${item.id} at ${momentText(pred.end)} or later, or finish ${pred.id} by ${momentText(item.start)}.`;
        } else {
          early = (predDate - date) * MINUTES_PER_DAY;
          message = `${item.id} is on ${dayText(date)} but depends on ${pred.id}, which is on ${dayText(predDate)}.`;
          suggestion = `Move ${item.id} to ${dayText(predDate)} or later, or ${pred.id} to ${dayText(date)} or earlier.`;
        }
        if (!(early > 0)) continue;
        out.push({
          type: "dependency",
          severity: "error",
          items: idsInOrder([pred, item]),
          date: isoDay(date),
          message: `${message} It is ${formatDuration(early)} early.`,
          suggestion,
          magnitude: early,
          cells: [...itemCells(item, ["Depends On", "Start", "Date"]), ...itemCells(pred, ["End", "Date"])],
        });
      }
    }
    return out;
  },
};
