/**
 * dependency: an item starts before an item in its Depends On ends; when either is date-only, its Date
 * is before the predecessor's Date. Unknown or cancelled predecessors are skipped (the parser reports
 * unknown IDs as data issues).
 */
import type { Item, Model } from "../model";
import type { Conflict } from "../report";
import { ACTIVE, TIMED } from "../columns";
import { MINUTES_PER_DAY, formatDuration } from "../time";
import type { Rule } from "./rule";
import { deadlineEnd, dueText } from "./deadline";
import {
  dayText,
  idsInOrder,
  isTimed,
  itemCells,
  itemFacts,
  momentText,
  scheduleIndex,
  isoDay,
  finding,
} from "./common";

export const dependency: Rule = {
  id: "dependency",
  severity: "error",
  description: "An item is scheduled to start before an item it depends on has finished.",
  check(model: Model): Conflict[] {
    const out: Conflict[] = [];
    const index = scheduleIndex(model);
    const { flags, start, end, date, predStart, predIds } = index.columns;
    const activeBit = ACTIVE;
    const timedBit = TIMED;
    const { dependent } = itemFacts(index);
    for (let d = 0; d < dependent.length; d++) {
      const i = dependent[d];
      for (let k = predStart[i]; k < predStart[i + 1]; k++) {
        const p = predIds[k];
        // Unknown, itself, inactive, or already checked (an ID may be written twice; lists are short).
        if (p < 0 || p === i || !(flags[p] & activeBit) || listedBefore(predIds, predStart[i], k, p)) continue;
        // How early: by times when both are timed, else by whole days.
        const early = flags[i] & flags[p] & timedBit ? end[p] - start[i] : (date[p] - date[i]) * MINUTES_PER_DAY;
        if (early > 0) out.push(dependencyConflict(model.items[i], model.items[p], early));
      }
    }
    return out;
  },
};

/** Whether ids[from .. k) holds p. */
function listedBefore(ids: Int32Array, from: number, k: number, p: number): boolean {
  for (let j = from; j < k; j++) if (ids[j] === p) return true;
  return false;
}

/**
 * Where moving `item` `shift` minutes later takes it past its own Deadline: " (that ends it 3 h 30 min after its
 * deadline, 15:00 Tue 2026-03-03)", so the coordinator sees the deadline finding it would make; else nothing.
 */
function pastDeadline(item: Item, shift: number): string {
  if (item.deadline === undefined) return "";
  const over = deadlineEnd(item) + shift - item.deadline;
  return over > 0 ? ` (that ends it ${formatDuration(over)} after its deadline, ${dueText(item)})` : "";
}

/** The finding for `item` scheduled `early` minutes before its predecessor `pred` allows. */
function dependencyConflict(item: Item, pred: Item, early: number): Conflict {
  const date = item.date as number;
  const predDate = pred.date as number;
  let message: string;
  let suggestion: string;
  if (isTimed(item) && isTimed(pred)) {
    message = `${item.id} starts at ${momentText(item.start)} but depends on ${pred.id}, which ends at ${momentText(pred.end)}.`;
    // Finishing the predecessor earlier is offered only where it would still run.
    suggestion =
      `Start ${item.id} at ${momentText(pred.end)} or later${pastDeadline(item, early)}` +
      (item.start > pred.start ? `, or finish ${pred.id} by ${momentText(item.start)}.` : ".");
  } else {
    message = `${item.id} is on ${dayText(date)} but depends on ${pred.id}, which is on ${dayText(predDate)}.`;
    suggestion = `Move ${item.id} to ${dayText(predDate)} or later${pastDeadline(item, early)}, or ${pred.id} to ${dayText(date)} or earlier.`;
  }
  return finding(
    {
      type: "dependency",
      severity: "error",
      items: idsInOrder([pred, item]),
      date: isoDay(date),
      message: `${message} It is ${formatDuration(early)} early.`,
      suggestion,
      magnitude: early,
      // Date-only items have no Start or End to blame.
      cells: [
        ...itemCells(item, isTimed(item) ? ["Depends On", "Start", "Date"] : ["Depends On", "Date"]),
        ...itemCells(pred, isTimed(pred) ? ["End", "Date"] : ["Date"]),
      ],
    },
    [pred, item],
  );
}
