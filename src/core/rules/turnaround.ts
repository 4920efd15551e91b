/**
 * turnaround: a person's rest between two consecutive dates of their own dates with timed items,
 * (earliest Start on the later date − Lead Time) − (latest End on the earlier date), is below Min Rest.
 */
import type { Item, Model, Resource, RuleSet } from "../model";
import type { Conflict } from "../report";
import type { ScheduleColumns } from "../columns";
import { formatDuration, timeWithDay } from "../time";
import type { Rule } from "./rule";
import { inTheWayText, lightNote, movesText, shiftedRun, wrapAfter, type Move } from "./moves";
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
    const index = scheduleIndex(model);
    const { days } = index;
    return personDayFindings(
      model,
      "minRestHours",
      2,
      shortRests,
      ({ resource, position, set, limitMin, leadMin }, d) => {
        const wrap = model.items[days.last[d - 1]] as Item & { end: number };
        const next = model.items[days.itemIds[days.from[d]]] as Item & { start: number };
        const moves = shiftedRun(
          index.columns,
          days.itemIds,
          days.from[d],
          days.from[d + 1],
          wrap.end + limitMin + leadMin,
        );
        // Shifted together, the early strips cannot make the day longer; they can run into others' strips, and a
        // later wrap can cut the rest before the next day's call.
        const notes: string[] = [];
        const inTheWay = inTheWayText(index, moves, position);
        if (inTheWay !== undefined) notes.push(inTheWay);
        const nextRest = nextRestNote(model, index.columns, days, position, d, moves, resource, set, limitMin, leadMin);
        if (nextRest !== undefined) notes.push(nextRest);
        const light = lightNote(model.items, moves);
        if (light !== undefined) notes.push(light);
        const earlier = itemsOf(model, days.itemIds.subarray(days.from[d - 1], days.from[d]));
        const wrapText = wrapAdvice(earlier, next.start - leadMin - limitMin, wrap);
        return turnaroundConflict(
          model,
          resource,
          set,
          limitMin,
          leadMin,
          wrap,
          next,
          moves,
          notes,
          wrapText,
          days.date[d],
        );
      },
    );
  },
};

/**
 * "that leaves Eve (5) 11 h before the call of E3 at 06:30 Wed 2026-03-04; SAG-AFTRA needs 12 h": where moving day d's
 * strips later wraps the person so late that the next work day's call comes too soon, when it did not before.
 */
function nextRestNote(
  model: Model,
  columns: ScheduleColumns,
  days: WorkDays,
  r: number,
  d: number,
  moves: Move[],
  resource: Resource,
  set: RuleSet,
  minRest: number,
  lead: number,
): string | undefined {
  if (d + 1 >= days.dayStart[r + 1]) return undefined;
  const { start, end } = columns;
  const wrapAt = wrapAfter(columns, end[days.last[d]], moves);
  const next = days.itemIds[days.from[d + 1]];
  const call = start[next] - lead;
  if (call - wrapAt >= minRest || call - end[days.last[d]] < minRest) return undefined;
  return (
    `that leaves ${who(resource)} ${formatDuration(Math.max(0, call - wrapAt))} before the call of ` +
    `${model.items[next].id} at ${momentText(call)}; ${set.name} needs ${formatDuration(minRest)}`
  );
}

/**
 * "wrap S1, S2 by 19:00 Mon": every strip of the earlier date ending after `wrapBy` (the call less the rest needed),
 * when each would still run; else "wrap S1 earlier".
 */
function wrapAdvice(earlier: Item[], wrapBy: number, wrap: Item): string {
  const late = earlier.filter((i) => (i.end as number) > wrapBy);
  if (late.length === 0 || late.some((i) => !((i.start as number) < wrapBy))) return `wrap ${wrap.id} earlier`;
  return `wrap ${idsInOrder(late).join(", ")} by ${momentText(wrapBy)}`;
}

/** The finding for too little rest between `wrap` and the call of `next` (on `date`). */
function turnaroundConflict(
  model: Model,
  resource: Resource,
  set: RuleSet,
  minRest: number,
  lead: number,
  wrap: Item & { end: number },
  next: Item & { start: number },
  /** Where the later date's early strips would start (shiftedRun). */
  moves: Move[],
  /** What the moves would run into (other people's strips), and the rest they would cut, if anything. */
  notes: string[],
  /** How the earlier date's wrap could move ("wrap S1 by 19:00 Mon"). */
  wrapText: string,
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
      suggestion:
        `Call ${who(resource)} at ${momentText(neededCall)} or later (start ` +
        movesText(model.items, moves) +
        notes.reduce((text, n) => `${text}; ${n}`, "") +
        `), or ${wrapText}.`,
      magnitude: minRest - rest,
      cells: [
        ...itemCells(wrap, [columnOf(wrap, resource.key), "End"]),
        ...itemCells(next, [columnOf(next, resource.key), "Start"]),
      ],
    },
    [wrap, next],
  );
}
