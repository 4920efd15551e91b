/**
 * turnaround: a person's rest between two consecutive dates of their own dates with timed items,
 * (earliest Start on the later date − Lead Time) − (latest End on the earlier date), is below Min Rest.
 */
import type { Item, Model, Resource, RuleSet } from "../model";
import type { Conflict } from "../report";
import type { ScheduleColumns } from "../columns";
import { formatDuration, timeWithDay } from "../time";
import type { Rule } from "./rule";
import { clearOfOthers, type Move } from "./moves";
import {
  columnOf,
  idsInOrder,
  itemsOf,
  itemCells,
  momentText,
  personDayFindings,
  personLimit,
  scheduleIndex,
  type ScheduleIndex,
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
    return personDayFindings(model, "minRestHours", 2, shortRests, ({ resource, set, limitMin, leadMin }, d) => {
      const wrap = model.items[days.last[d - 1]] as Item & { end: number };
      const next = model.items[days.itemIds[days.from[d]]] as Item & { start: number };
      const later = itemsOf(model, days.itemIds.subarray(days.from[d], days.from[d + 1]));
      const moves = laterStarts(index, later, wrap.end + limitMin + leadMin);
      const longer = longerDay(model, resource, later, moves, leadMin);
      return turnaroundConflict(model, resource, set, limitMin, leadMin, wrap, next, moves, longer, days.date[d]);
    });
  },
};

/**
 * The later date's strips moved so that none starts before `earliest` (the call that restores rest, plus the Lead
 * Time): the first strips by Start, all shifted by the same amount so their order and the gaps between them stay,
 * as far as the shifted run reaches; then each pushed later where it would put one of its other people or gear in
 * two places at once. Where no such place turns up by the next day's end, the shifted times as they are.
 */
function laterStarts(index: ScheduleIndex, later: Item[], earliest: number): Move[] {
  const shift = earliest - (later[0].start as number);
  const moves: Move[] = [];
  let reach = -Infinity;
  for (const item of later) {
    if (moves.length > 0 && (item.start as number) >= reach) break;
    moves.push({ item: item.index, start: (item.start as number) + shift });
    reach = Math.max(reach, (item.end as number) + shift);
  }
  const clear = clearOfOthers(index, moves);
  return clear.length ? clear : moves;
}

/** "that makes Ava (1)'s day 15 h, over 14 h" where the moves make the person's day longer than their Max Day. */
function longerDay(model: Model, resource: Resource, later: Item[], moves: Move[], lead: number): string | undefined {
  const maxDay = personLimit(model, resource, "maxDayHours");
  if (!maxDay) return undefined;
  const movedTo = new Map(moves.map((m) => [m.item, m.start]));
  let call = Infinity;
  let wrapAt = -Infinity;
  let before = -Infinity;
  for (const item of later) {
    const start = item.start as number;
    const end = item.end as number;
    const at = movedTo.get(item.index) ?? start;
    call = Math.min(call, at);
    wrapAt = Math.max(wrapAt, at + (end - start));
    before = Math.max(before, end);
  }
  const length = wrapAt - (call - lead);
  // Only what the moves add: a day already too long is the long-day finding's.
  const was = before - ((later[0].start as number) - lead);
  return length > maxDay.limit * 60 && length > was
    ? `that makes ${who(resource)}'s day ${formatDuration(length)}, over ${formatDuration(maxDay.limit * 60)}`
    : undefined;
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
  /** Where the later date's early strips would start (laterStarts). */
  moves: Move[],
  longer: string | undefined,
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
      // Every strip of the later date that starts before the needed call (plus lead) moves, with those it would run into.
      suggestion:
        `Call ${who(resource)} at ${momentText(neededCall)} or later (start ` +
        moves.map((m) => `${model.items[m.item].id} at ${momentText(m.start)}`).join(", ") +
        `${longer ? `; ${longer}` : ""}), or wrap ${wrap.id} earlier.`,
      magnitude: minRest - rest,
      cells: [
        ...itemCells(wrap, [columnOf(wrap, resource.key), "End"]),
        ...itemCells(next, [columnOf(next, resource.key), "Start"]),
      ],
    },
    [wrap, next],
  );
}
