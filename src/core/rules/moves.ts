/**
 * Suggested moves of strips. Double-booking's moves wait until the other people and gear on the moved strip are
 * free (clearOfOthers); turnaround's and travel's move to the time the rule needs and say what they would run into
 * (shiftedRun, inTheWayText).
 */
import type { ScheduleColumns } from "../columns";
import type { Item } from "../model";
import { MINUTES_PER_DAY } from "../time";
import { momentText, who, type ScheduleIndex } from "./common";

/** An item and the Start it could move to. */
export interface Move {
  item: number;
  start: number;
}

/**
 * One resource's strips of a day, `ids[from .. to)` by Start, moved so that the first starts at `earliest`: the first
 * strips all shifted by the same amount, so their order and the gaps between them stay, as far as the shifted run
 * reaches (a strip it would run into moves with it, or one it would leave less than `gapNeeded(last, next)` minutes
 * before: the time to get from one place to the next).
 */
export function shiftedRun(
  columns: ScheduleColumns,
  ids: ArrayLike<number>,
  from: number,
  to: number,
  earliest: number,
  gapNeeded: (last: number, next: number) => number = () => 0,
): Move[] {
  const { start, end } = columns;
  const shift = earliest - start[ids[from]];
  const moves: Move[] = [];
  let reach = -Infinity;
  let last = -1;
  for (let k = from; k < to; k++) {
    const i = ids[k];
    if (moves.length > 0 && start[i] >= reach + gapNeeded(last, i)) break;
    moves.push({ item: i, start: start[i] + shift });
    if (end[i] + shift >= reach) {
      reach = end[i] + shift;
      last = i;
    }
  }
  return moves;
}

/**
 * The person's latest End on a day once `moves` are made, `wrap` the latest before: the moves only shift strips later,
 * so every strip left in place still ends by `wrap`.
 */
export function wrapAfter(columns: ScheduleColumns, wrap: number, moves: Move[]): number {
  let latest = wrap;
  for (const m of moves) latest = Math.max(latest, m.start + columns.end[m.item] - columns.start[m.item]);
  return latest;
}

/** The Start a move gives item y, or undefined when y is not moved (moves are a few: a scan, no map). */
function movedStart(moves: Move[], y: number): number | undefined {
  for (let k = 0; k < moves.length; k++) if (moves[k].item === y) return moves[k].start;
  return undefined;
}

/** How many of the strips in the way a suggestion names. */
const NAMED_IN_THE_WAY = 3;

/**
 * What the moved strips would run into: for each other person or piece of gear on them (not `subject`, the resource
 * whose strips they are: shifted together, they keep clear of its other strips) who would be over their
 * Capacity at the new time, the strips they are on then and when they are free ("Ben (2) is on S4 until 11:30 Mon
 * 2026-03-02"), so the coordinator sees what else has to move; at most three, then how many more. Empty when the
 * moves fit.
 */
export function inTheWayText(index: ScheduleIndex, moves: Move[], subject: number): string | undefined {
  if (moves.length !== 1) return inTheWayOf(index, moves, subject);
  // Everyone making the same company move gets the same single move: worked out once per strip and time.
  let known = singleMoves.get(index);
  if (!known) singleMoves.set(index, (known = new Map()));
  const key = moves[0].item * MINUTES_KEY + moves[0].start;
  let text = known.get(key);
  if (text === undefined) known.set(key, (text = inTheWayOf(index, moves, subject) ?? null));
  return text ?? undefined;
}

/**
 * "S7 at 11:30 Mon 2026-03-02, S8 at 13:00 Mon 2026-03-02": the moves from `from` on, each strip by its ID and new
 * Start. A loop, not `.map(…).join(…)`: V8's inlined map makes an array of another kind than its builtin did, so the
 * first optimised run of a finding builder that joins one threw its code away.
 */
export function movesText(items: readonly { id: string }[], moves: Move[], from = 0): string {
  let text = "";
  for (let k = from; k < moves.length; k++)
    text += `${k > from ? ", " : ""}${items[moves[k].item].id} at ${momentText(moves[k].start)}`;
  return text;
}

/** D/N words that tie a strip to the light of one time of day: a DAWN strip moved to the afternoon is not dawn. */
const TIMED_LIGHT = /\b(dawn|dusk|sunrise|sunset|magic hour|golden hour)\b/i;
/** Minutes such a strip may move before the suggestion says so. */
const LIGHT_SLIP_MIN = 60;

/**
 * "S-19 is DAWN: another day may serve better than a later start", for the first moved strip whose D/N ties it to a
 * time of day and which the move shifts by more than an hour. The rules do not read D/N; the coordinator does.
 */
export function lightNote(items: readonly Item[], moves: Move[]): string | undefined {
  for (const m of moves) {
    const item = items[m.item];
    const dn = item.dn?.trim();
    if (!dn || item.start === undefined || Math.abs(m.start - item.start) <= LIGHT_SLIP_MIN) continue;
    if (TIMED_LIGHT.test(dn))
      return `${item.id} is ${dn.toUpperCase()}: another day may serve better than a later start`;
  }
  return undefined;
}

/** Single moves' texts per index, keyed by strip and Start (null: nothing in the way). */
const singleMoves = new WeakMap<ScheduleIndex, Map<number, string | null>>();
/** Above any Start in minutes (a serial day of 100,000 is the year 2173): strip * MINUTES_KEY + Start is exact. */
const MINUTES_KEY = 2 ** 28;

function inTheWayOf(index: ScheduleIndex, moves: Move[], subject: number): string | undefined {
  const { start, end, date, resourceStart, resourceIds, resources } = index.columns;
  const { days, model } = index;
  const named: number[] = [];
  const texts: string[] = [];
  let more = 0;
  for (const { item: x, start: at } of moves) {
    const length = end[x] - start[x];
    if (!(length > 0)) continue;
    const day = date[x];
    for (let p = resourceStart[x]; p < resourceStart[x + 1]; p++) {
      const q = resourceIds[p];
      if (q === subject || named.includes(q)) continue;
      const on: number[] = [];
      for (let d = firstDayFrom(index, q, day - 1); d < days.dayStart[q + 1] && days.date[d] <= day + 1; d++) {
        // A day whose latest wrap comes before the moved strip starts has nothing in its way.
        if (end[days.last[d]] <= at) continue;
        for (let k = days.from[d]; k < days.from[d + 1]; k++) {
          // A day's strips are by Start: the rest start after the moved strip ends.
          const y = days.itemIds[k];
          if (start[y] >= at + length) break;
          // The moved strips keep their places among themselves: what they overlapped before is not news.
          if (movedStart(moves, y) !== undefined) continue;
          if (end[y] > start[y] && end[y] > at) on.push(y);
        }
      }
      // Most have nothing in the way: their Capacity (a read of the resource itself) is not needed then.
      if (on.length === 0 || on.length < Math.max(1, resources[q].capacity)) continue;
      // One of a kind is busy until the last of those strips ends (S6 then S7 back to back: until S7's end); of
      // several units, only while all are taken, and only the strips taking them then are in the way.
      const full = inTheWayOfUnits(start, end, on, Math.max(1, resources[q].capacity));
      if (!full) continue;
      named.push(q);
      if (texts.length === NAMED_IN_THE_WAY) {
        more++;
        continue;
      }
      let ids = "";
      for (let k = 0; k < full.ids.length; k++) ids += `${k > 0 ? ", " : ""}${model.items[full.ids[k]].id}`;
      texts.push(`${who(resources[q])} is on ${ids} until ${momentText(full.until)}`);
    }
  }
  if (texts.length === 0) return undefined;
  return texts.join(", ") + (more ? `, and ${more} more ${more === 1 ? "is" : "are"} busy then` : "");
}

/**
 * Of the strips `on` (each overlapping the moved strip's time, so every stretch they make meets it too), those running
 * while all `capacity` units are taken, in their order, and when the last such stretch ends: what the moved strip
 * would be one too many beside, and until when. Undefined when a unit stays free throughout.
 */
function inTheWayOfUnits(
  start: ArrayLike<number>,
  end: ArrayLike<number>,
  on: number[],
  capacity: number,
): { ids: number[]; until: number } | undefined {
  if (capacity === 1) {
    let until = -Infinity;
    for (const y of on) until = Math.max(until, end[y]);
    return { ids: on, until };
  }
  // The times [a, b) all units are taken (half-open: at one time, an End frees a unit before a Start takes it).
  const events: [number, number][] = [];
  for (const y of on) events.push([start[y], 1], [end[y], -1]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const full: [number, number][] = [];
  let load = 0;
  let opened = 0;
  for (const [t, step] of events) {
    const was = load;
    load += step;
    if (was < capacity && load >= capacity) opened = t;
    else if (was >= capacity && load < capacity && t > opened) full.push([opened, t]);
  }
  if (full.length === 0) return undefined;
  const ids = on.filter((y) => full.some(([a, b]) => start[y] < b && end[y] > a));
  return { ids, until: full[full.length - 1][1] };
}

/**
 * The moves, each pushed later where it would put another resource of the moved strip (the other people and gear on
 * it) over its Capacity, so a suggestion never solves one double booking by making another; empty when a move finds
 * no such place by the end of the next day (then only "add another" is said). The busy resource is checked again
 * too, with the items already moved at their new times.
 */
export function clearOfOthers(index: ScheduleIndex, moves: Move[]): Move[] {
  const { start, end, date } = index.columns;
  // The other moves at their new times; a strip's own entry never matters (firstClash skips it), so one move needs
  // no map.
  const moved = new Map<number, number>();
  if (moves.length > 1) for (const m of moves) moved.set(m.item, m.start);
  const out: Move[] = [];
  for (const m of moves) {
    const x = m.item;
    const length = end[x] - start[x];
    const latest = (date[x] + 2) * MINUTES_PER_DAY;
    let at = m.start;
    // At most 32 pushes, each past the soonest end in the way.
    for (let pushes = 0; ; pushes++) {
      const next = firstClash(index, x, at, length, moved);
      if (next === undefined) break;
      if (next > latest || pushes === 32) return [];
      at = next;
    }
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
  // A strip of no length takes no time: it is in nobody's way (intervals are half-open).
  if (!(length > 0)) return undefined;
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
        // One path for every call (a lookup in an empty map is cheap): a branch first taken at 100k items would throw
        // the optimised code away there.
        const from = moved.get(y) ?? start[y];
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
