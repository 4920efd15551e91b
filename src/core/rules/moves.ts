/**
 * Suggested moves of strips, kept clear of the other people and gear on them: a rule that suggests "start X at T"
 * pushes T later until no resource of X would be over its Capacity there (double-booking, turnaround).
 */
import { MINUTES_PER_DAY } from "../time";
import type { ScheduleIndex } from "./common";

/** An item and the Start it could move to. */
export interface Move {
  item: number;
  start: number;
}

/**
 * The moves, each pushed later where it would put another resource of the moved strip (the other people and gear on
 * it) over its Capacity, so a suggestion never solves one problem by making a double booking; empty when a move finds
 * no such place by the end of the next day. Every resource of a moved strip is checked, its own busy one too, with
 * the strips already moved at their new times.
 */
export function clearOfOthers(index: ScheduleIndex, moves: Move[]): Move[] {
  const { start, end, date } = index.columns;
  // A strip still to be placed is in nobody's way (NaN compares false): each pair of moved strips is checked once,
  // by the later of the two at both their new times, so strips that overlapped before can follow each other.
  const moved = new Map<number, number>();
  for (const m of moves) moved.set(m.item, NaN);
  const out: Move[] = [];
  for (const m of moves) {
    const x = m.item;
    const length = end[x] - start[x];
    const latest = (date[x] + 2) * MINUTES_PER_DAY;
    let at: number | undefined = m.start;
    for (let round = 0; at !== undefined && round < 32; round++) {
      const next = firstClash(index, x, at, length, moved);
      if (next === undefined) break;
      at = next > latest ? undefined : next;
    }
    if (at === undefined || firstClash(index, x, at, length, moved) !== undefined) return [];
    moved.set(x, at);
    out.push({ item: x, start: at });
  }
  return out;
}

/**
 * Where item x at [at, at + length) puts one of its resources at or over Capacity with its other items of the days
 * around (moved ones at their new times): the earliest End among the items in the way, the next Start to try;
 * undefined when x fits there.
 */
function firstClash(index: ScheduleIndex, x: number, at: number, length: number, moved: Map<number, number>) {
  const { start, end, date, resourceStart, resourceIds, resources } = index.columns;
  const { days } = index;
  const day = date[x];
  let next: number | undefined;
  for (let p = resourceStart[x]; p < resourceStart[x + 1]; p++) {
    const q = resourceIds[p];
    let inTheWay = 0;
    let soonestEnd = Infinity;
    // Runs once per resource per try of each move: the days are read in place, not gathered and sorted.
    for (let d = firstDayFrom(index, q, day - 1); d < days.dayStart[q + 1] && days.date[d] <= day + 1; d++) {
      for (let k = days.from[d]; k < days.from[d + 1]; k++) {
        const y = days.itemIds[k];
        if (y === x) continue;
        const from = moved.size === 0 ? start[y] : (moved.get(y) ?? start[y]);
        const to = from + (end[y] - start[y]);
        if (to > from && from < at + length && to > at) {
          inTheWay++;
          soonestEnd = Math.min(soonestEnd, to);
        }
      }
    }
    if (inTheWay >= Math.max(1, resources[q].capacity)) next = Math.min(next ?? Infinity, soonestEnd);
  }
  return next;
}

/** Resource r's first work day (its number in index.days) on or after `day`: a binary search. */
export function firstDayFrom(index: ScheduleIndex, r: number, day: number): number {
  const { days } = index;
  let lo = days.dayStart[r];
  let hi = days.dayStart[r + 1];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days.date[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
