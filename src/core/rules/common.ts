/**
 * Shared helpers for the rules: one numeric index of the schedule per model (each resource's items as
 * runs of item numbers, sorted once), names for messages, and the cells a conflict points at.
 *
 * The hot loops work on `scheduleColumns(model)` (typed arrays indexed by Item.index) and on this index;
 * a rule turns numbers into `model.items[i]` and strings only for a finding.
 */
import { ACTIVE, DEPENDS, TIMED, placeKey, scheduleColumns, type ScheduleColumns } from "../columns";
import { sortByKey } from "../sort-ids";
import { ParsedItem } from "../parse/parsed-item";
import type { CellRef, Item, Model, Resource, RuleSet } from "../model";
import type { Conflict } from "../report";
import { isPerson, ruleSetFor } from "../rulesets";
import { MINUTES_PER_DAY, hhmm, isoDate, weekdayName } from "../time";
import { memoize } from "../memo";

/**
 * Each resource's items as runs of item numbers (Item.index), built once per model. A resource is its
 * position in `columns.resources`.
 */
export interface ScheduleIndex {
  model: Model;
  columns: ScheduleColumns;
  /**
   * Resources with at least one active item, in order of first appearance in the schedule (the order the
   * rules report in, which breaks ties of the final sort).
   */
  used: Int32Array;
  /** Resource r's timed items by Start, then schedule order: timedIds[timedStart[r] .. timedStart[r + 1]). */
  timedStart: Int32Array;
  timedIds: Int32Array;
  /** 1 where two of resource r's timed items overlap (by more than zero minutes). */
  overlaps: Uint8Array;
  /** Resource r's active date-only items in schedule order: untimedIds[untimedStart[r] .. untimedStart[r + 1]). */
  untimedStart: Int32Array;
  untimedIds: Int32Array;
  /** Each resource's dates with timed work. */
  days: WorkDays;
  /** The most active items any one resource has (a size for the rules' scratch arrays). */
  longest: number;
}

/**
 * Every resource's dates with timed work, as numbers. Resource r's days are dayStart[r] .. dayStart[r + 1]
 * (dates ascending); day d's timed items are itemIds[from[d] .. from[d + 1]), by Start then schedule order.
 */
export interface WorkDays {
  dayStart: Int32Array;
  date: Float64Array;
  from: Int32Array;
  /** The index's timedIds, regrouped by date where a resource's dates do not rise with Start. */
  itemIds: Int32Array;
  /** The day's latest-ending item (ties: schedule order); its first is itemIds[from[d]]. */
  last: Int32Array;
  /** 1 where the day's items are at two or more places (the only days the travel rule reads). */
  severalPlaces: Uint8Array;
}

const indexCache = new WeakMap<Model, ScheduleIndex>();

/** Items that rules look at: not cancelled and with a readable Date. */
export function isActive(item: Item): boolean {
  return !item.cancelled && item.date !== null;
}

/** Timed and usable for overlap rules. */
export function isTimed(item: Item): item is Item & { start: number; end: number; date: number } {
  return item.timed && item.start !== undefined && item.end !== undefined && item.date !== null;
}

export function byIndex(a: Item, b: Item): number {
  return a.index - b.index;
}

/**
 * Build (or reuse) the per-resource index of a model: a counting sort of the (resource, item) pairs, in
 * two passes over the items in schedule order (reading them in order is what keeps this fast; random
 * access into the columns is not). A schedule mostly lists each resource's items in Start order, so only
 * the few runs that are not get sorted. Then each resource's work days.
 */
export function scheduleIndex(model: Model): ScheduleIndex {
  const cached = indexCache.get(model);
  if (cached) return cached;
  const columns = scheduleColumns(model);
  const resourceCount = columns.resources.length;
  const timedStart = new Int32Array(resourceCount + 1);
  const untimedStart = new Int32Array(resourceCount + 1);
  const used = new Int32Array(resourceCount);
  const notes = newNotes(resourceCount);
  const usedCount = countPairs(columns, timedStart, untimedStart, used, notes);
  const timedIds = new Int32Array(timedStart[resourceCount]);
  const untimedIds = new Int32Array(untimedStart[resourceCount]);
  // The work days are filled while dealing, for every list already in Start order (most of them).
  let days = emptyWorkDays(notes.dayCounts, timedIds);
  dealOut(columns, timedStart, timedIds, untimedStart, untimedIds, days);
  let dayCountsKept = true;
  for (let r = 0; r < resourceCount; r++) {
    if (!notes.outOfOrder[r]) continue;
    const dayCount = notes.dayCounts[r];
    const run = sortByKey(timedIds.subarray(timedStart[r], timedStart[r + 1]), columns.start);
    noteRun(columns, run, r, notes);
    // Sorted by Start, a list whose dates still rise has the same dates: its days are redone in place.
    if (notes.dayCounts[r] !== dayCount) dayCountsKept = false;
    else if (!notes.datesFall[r]) fillResourceDays(columns, timedStart[r], timedStart[r + 1], days.dayStart[r], days);
  }
  if (notes.datesFall.some(Boolean)) days = regroupedWorkDays(columns, timedStart, timedIds);
  else if (!dayCountsKept) days = workDaysOf(columns, timedStart, timedIds, notes.dayCounts);
  let longest = 0;
  for (let r = 0; r < resourceCount; r++) {
    longest = Math.max(longest, timedStart[r + 1] - timedStart[r] + untimedStart[r + 1] - untimedStart[r]);
  }
  const index: ScheduleIndex = {
    model,
    columns,
    longest,
    used: used.slice(0, usedCount),
    timedStart,
    timedIds,
    overlaps: notes.overlaps,
    untimedStart,
    untimedIds,
    days,
  };
  indexCache.set(model, index);
  return index;
}

/** Forget the model's index (runRules drops it once done, so the reports that follow do not carry it). */
export function releaseScheduleIndex(model: Model): void {
  indexCache.delete(model);
}

/** What the rules ask of each resource's timed list, noted item by item in list order. */
interface ListNotes {
  /** Number of dates (runs of equal dates: the work days when dates never fall). */
  dayCounts: Int32Array;
  /** 1 where two items overlap by more than zero minutes. */
  overlaps: Uint8Array;
  /** 1 where a Start falls: the list is not in Start order. */
  outOfOrder: Uint8Array;
  /** 1 where a Date falls: the runs are not the work days. */
  datesFall: Uint8Array;
  lastStart: Float64Array;
  lastDate: Float64Array;
  latestEnd: Float64Array;
}

function newNotes(resourceCount: number): ListNotes {
  return {
    dayCounts: new Int32Array(resourceCount),
    overlaps: new Uint8Array(resourceCount),
    outOfOrder: new Uint8Array(resourceCount),
    datesFall: new Uint8Array(resourceCount),
    lastStart: new Float64Array(resourceCount).fill(-Infinity),
    lastDate: new Float64Array(resourceCount).fill(-Infinity),
    latestEnd: new Float64Array(resourceCount).fill(-Infinity),
  };
}

/**
 * Count each resource's timed and date-only active items into timedStart[r + 1] and untimedStart[r + 1],
 * then turn the counts into starts (prefix sums); note each timed list as it goes (in schedule order, so
 * the notes hold for the lists already in Start order). Notes resources in order of first appearance;
 * returns how many.
 */
function countPairs(
  columns: ScheduleColumns,
  timedStart: Int32Array,
  untimedStart: Int32Array,
  used: Int32Array,
  notes: ListNotes,
): number {
  const { count, flags, resourceStart, resourceIds, date, start, end } = columns;
  const { dayCounts, overlaps, outOfOrder, datesFall, lastStart, lastDate, latestEnd } = notes;
  // Module imports are property reads (getters once compiled to CommonJS): keep the bits in locals.
  const activeBit = ACTIVE;
  const timedBit = TIMED;
  let usedCount = 0;
  for (let i = 0; i < count; i++) {
    const f = flags[i];
    if (!(f & activeBit)) continue;
    const timed = (f & timedBit) !== 0;
    const counts = timed ? timedStart : untimedStart;
    const day = date[i];
    const from = start[i];
    const to = end[i];
    for (let k = resourceStart[i]; k < resourceStart[i + 1]; k++) {
      const r = resourceIds[k];
      if (timedStart[r + 1] === 0 && untimedStart[r + 1] === 0) used[usedCount++] = r;
      counts[r + 1]++;
      if (!timed) continue;
      // Same notes as noteRun.
      if (from < lastStart[r]) outOfOrder[r] = 1;
      lastStart[r] = from;
      if (day !== lastDate[r]) {
        if (day < lastDate[r]) datesFall[r] = 1;
        lastDate[r] = day;
        dayCounts[r]++;
      }
      // Zero-length items occupy no time (half-open intervals), so they never overlap.
      if (to > from) {
        if (from < latestEnd[r]) overlaps[r] = 1;
        if (to > latestEnd[r]) latestEnd[r] = to;
      }
    }
  }
  for (let r = 1; r < timedStart.length; r++) {
    timedStart[r] += timedStart[r - 1];
    untimedStart[r] += untimedStart[r - 1];
  }
  return usedCount;
}

/** Note resource r's timed list afresh (after sorting it into Start order). */
function noteRun(columns: ScheduleColumns, run: Int32Array, r: number, notes: ListNotes): void {
  const { date, start, end } = columns;
  let dayCount = 0;
  let overlap = 0;
  let datesFall = 0;
  let lastDate = -Infinity;
  let latestEnd = -Infinity;
  for (let k = 0; k < run.length; k++) {
    const i = run[k];
    if (date[i] !== lastDate) {
      if (date[i] < lastDate) datesFall = 1;
      lastDate = date[i];
      dayCount++;
    }
    if (end[i] > start[i]) {
      if (start[i] < latestEnd) overlap = 1;
      if (end[i] > latestEnd) latestEnd = end[i];
    }
  }
  notes.dayCounts[r] = dayCount;
  notes.overlaps[r] = overlap;
  notes.datesFall[r] = datesFall;
}

/**
 * Deal each active item, in schedule order, into the timed or date-only run of each of its resources, and
 * note each resource's work days as its timed items arrive (right for the lists already in Start order;
 * scheduleIndex redoes the others). Reading the items in order, once, is what keeps this fast: the same
 * days found from the dealt runs would read each item's date and end again, out of order, once per resource.
 */
function dealOut(
  columns: ScheduleColumns,
  timedStart: Int32Array,
  timedIds: Int32Array,
  untimedStart: Int32Array,
  untimedIds: Int32Array,
  days: WorkDays,
): void {
  const { count, flags, resourceStart, resourceIds, date, end, place } = columns;
  const activeBit = ACTIVE;
  const timedBit = TIMED;
  const resourceCount = timedStart.length - 1;
  const nextTimed = timedStart.slice(0, resourceCount);
  const nextUntimed = untimedStart.slice(0, resourceCount);
  // Each resource's current day (its number in `days`), that day's date, its latest End so far and its first place.
  const { dayStart, from, last, severalPlaces } = days;
  const currentPlace = new Int32Array(resourceCount);
  const dayDate = days.date;
  const currentDay = new Int32Array(resourceCount);
  for (let r = 0; r < resourceCount; r++) currentDay[r] = dayStart[r] - 1;
  const currentDate = new Float64Array(resourceCount).fill(NaN);
  const currentEnd = new Float64Array(resourceCount);
  for (let i = 0; i < count; i++) {
    const f = flags[i];
    if (!(f & activeBit)) continue;
    if (f & timedBit) {
      const day = date[i];
      const to = end[i];
      const itemPlace = place[i];
      for (let k = resourceStart[i]; k < resourceStart[i + 1]; k++) {
        const r = resourceIds[k];
        const at = nextTimed[r]++;
        timedIds[at] = i;
        if (day !== currentDate[r]) {
          const d = ++currentDay[r];
          currentDate[r] = day;
          dayDate[d] = day;
          from[d] = at;
          last[d] = i;
          currentEnd[r] = to;
          currentPlace[r] = itemPlace;
          continue;
        }
        if (to > currentEnd[r]) {
          // Ties keep the earlier item: items arrive in schedule order.
          last[currentDay[r]] = i;
          currentEnd[r] = to;
        }
        if (itemPlace >= 0 && itemPlace !== currentPlace[r]) {
          if (currentPlace[r] < 0) currentPlace[r] = itemPlace;
          else severalPlaces[currentDay[r]] = 1;
        }
      }
    } else {
      for (let k = resourceStart[i]; k < resourceStart[i + 1]; k++) untimedIds[nextUntimed[resourceIds[k]]++] = i;
    }
  }
}

/**
 * Work days when Start and Date disagree somewhere (a Start on another day than the Date): each such
 * resource's list is regrouped by date (stable, so each date keeps Start order), then days are counted.
 */
function regroupedWorkDays(columns: ScheduleColumns, starts: Int32Array, timedIds: Int32Array): WorkDays {
  const { date } = columns;
  const ids = timedIds.slice();
  const dayCounts = new Int32Array(starts.length - 1);
  for (let r = 0; r + 1 < starts.length; r++) {
    const lo = starts[r];
    const hi = starts[r + 1];
    let rise = true;
    for (let k = lo + 1; k < hi && rise; k++) rise = date[ids[k]] >= date[ids[k - 1]];
    if (!rise) {
      const byDate = Array.from(ids.subarray(lo, hi)).sort((a, b) => date[a] - date[b]);
      ids.set(byDate, lo);
    }
    for (let k = lo; k < hi; k++) if (k === lo || date[ids[k]] !== date[ids[k - 1]]) dayCounts[r]++;
  }
  return workDaysOf(columns, starts, ids, dayCounts);
}

/** Day slots for each resource's number of dates (dayCounts), to be filled; from[] ends at itemIds.length. */
function emptyWorkDays(dayCounts: Int32Array, itemIds: Int32Array): WorkDays {
  const dayStart = new Int32Array(dayCounts.length + 1);
  for (let r = 0; r < dayCounts.length; r++) dayStart[r + 1] = dayStart[r] + dayCounts[r];
  const dayCount = dayStart[dayCounts.length];
  const from = new Int32Array(dayCount + 1);
  from[dayCount] = itemIds.length;
  return {
    dayStart,
    date: new Float64Array(dayCount),
    from,
    itemIds,
    last: new Int32Array(dayCount),
    severalPlaces: new Uint8Array(dayCount),
  };
}

/** Work days from each resource's timed list grouped by date (dayCounts: each resource's number of dates). */
function workDaysOf(
  columns: ScheduleColumns,
  starts: Int32Array,
  itemIds: Int32Array,
  dayCounts: Int32Array,
): WorkDays {
  const days = emptyWorkDays(dayCounts, itemIds);
  for (let r = 0; r + 1 < starts.length; r++)
    fillResourceDays(columns, starts[r], starts[r + 1], days.dayStart[r], days);
  return days;
}

/**
 * The days of one resource's timed list, itemIds[lo .. hi) grouped by date, numbered from `firstDay`: each
 * day's date, first position and latest-ending item (ties: schedule order).
 */
function fillResourceDays(columns: ScheduleColumns, lo: number, hi: number, firstDay: number, days: WorkDays): void {
  const { date, end, place } = columns;
  const { itemIds, from, last, severalPlaces } = days;
  let d = firstDay - 1;
  let first = -1;
  for (let k = lo; k < hi; k++) {
    const i = itemIds[k];
    if (k === lo || date[i] !== date[itemIds[k - 1]]) {
      d++;
      days.date[d] = date[i];
      from[d] = k;
      last[d] = i;
      severalPlaces[d] = 0;
      first = place[i];
      continue;
    }
    if (end[i] > end[last[d]] || (end[i] === end[last[d]] && i < last[d])) last[d] = i;
    if (place[i] >= 0 && place[i] !== first) {
      if (first < 0) first = place[i];
      else severalPlaces[d] = 1;
    }
  }
}

/** What the item rules look at first: the active items with a Depends On list, or a Deadline. */
export interface ItemFacts {
  /** Active items with a Depends On list, in schedule order. */
  dependent: Int32Array;
  /** Active items with a finite Deadline, in schedule order. */
  dueBy: Int32Array;
}

const factsCache = new WeakMap<ScheduleIndex, ItemFacts>();

export function itemFacts(index: ScheduleIndex): ItemFacts {
  let facts = factsCache.get(index);
  if (facts) return facts;
  const { count, flags, deadline } = index.columns;
  const activeBit = ACTIVE;
  const dependsBit = DEPENDS;
  const dependent: number[] = [];
  const dueBy: number[] = [];
  for (let i = 0; i < count; i++) {
    const f = flags[i];
    if (!(f & activeBit)) continue;
    if (f & dependsBit) dependent.push(i);
    if (deadline[i] === deadline[i]) dueBy.push(i);
  }
  facts = { dependent: Int32Array.from(dependent), dueBy: Int32Array.from(dueBy) };
  factsCache.set(index, facts);
  return facts;
}

/** Where flatten's reads go: a store the compiler cannot drop as unused. */
let flattened = 0;

/**
 * The text joined into one flat string in place. A template literal leaves a tree of its pieces, a heap
 * object per piece, which the garbage collector copies piece by piece for as long as the text is young;
 * reading a character makes V8 join the tree once, and then only the joined text survives.
 */
export function flatten(text: string): string {
  flattened = (flattened + text.charCodeAt(0)) | 0;
  return text;
}

/** The schedule position of each finding's first item, noted as it is made (see firstPosition). */
const firstPositions = new WeakMap<Conflict, number>();

/**
 * A finding as the rules return it: its message and suggestion flattened (thousands of findings outlive
 * the young generation; this halves the collector's time during the rules at 100k items), and the
 * position of the first of `items` (the items it names) noted for the final sort.
 */
export function finding(conflict: Conflict, items: readonly Item[]): Conflict {
  flatten(conflict.message);
  if (conflict.suggestion !== undefined) flatten(conflict.suggestion);
  let first = -1;
  for (let k = 0; k < items.length; k++) if (first < 0 || items[k].index < first) first = items[k].index;
  if (first >= 0) firstPositions.set(conflict, first);
  return conflict;
}

/** The schedule position of a finding's first item, when finding() made it with items. */
export function firstPosition(conflict: Conflict): number | undefined {
  return firstPositions.get(conflict);
}

/** Items by number (for the findings: only hits become objects). */
export function itemsOf(model: Model, ids: ArrayLike<number>): Item[] {
  const out = new Array<Item>(ids.length);
  for (let k = 0; k < ids.length; k++) out[k] = model.items[ids[k]];
  return out;
}

/** Rule-set numbers for a resource (null: no set applies). */
export function ruleSetOf(model: Model, resource: Resource) {
  return ruleSetFor(resource, model.ruleSets);
}

/**
 * The person rules' common gate: the rule set of a person whose set gives a finite `field`, with that
 * number; null for non-people and for sets without that limit (blank means no limit).
 */
export function personLimit(
  model: Model,
  resource: Resource,
  field: "minRestHours" | "maxDayHours" | "maxConsecutiveDays",
): { set: RuleSet; limit: number } | null {
  if (!isPerson(resource)) return null;
  const set = ruleSetOf(model, resource);
  const limit = set?.[field];
  return set && typeof limit === "number" && Number.isFinite(limit) ? { set, limit } : null;
}

/** What a work-day rule is told about one person: their rule set, its limit in minutes, their Lead Time. */
export interface PersonDayLimit {
  resource: Resource;
  /** The resource's position in the columns (and the index). */
  position: number;
  set: RuleSet;
  limitMin: number;
  leadMin: number;
}

/**
 * The walk the work-day rules (turnaround, long-day) share: for each person with at least `minDays` work
 * days whose rule set gives an hours limit `field`, `scan` writes the offending work-day numbers into a
 * shared buffer and returns how many; `report` makes each one a finding.
 */
export function personDayFindings(
  model: Model,
  field: "minRestHours" | "maxDayHours",
  minDays: number,
  scan: (columns: ScheduleColumns, days: WorkDays, r: number, lead: number, limit: number, out: Int32Array) => number,
  report: (person: PersonDayLimit, day: number) => Conflict,
): Conflict[] {
  const out: Conflict[] = [];
  const index = scheduleIndex(model);
  const { days, columns } = index;
  const hits = new Int32Array(index.longest);
  for (let u = 0; u < index.used.length; u++) {
    const r = index.used[u];
    if (days.dayStart[r + 1] - days.dayStart[r] < minDays) continue;
    const resource = columns.resources[r];
    const limited = personLimit(model, resource, field);
    if (!limited) continue;
    const person = {
      resource,
      position: r,
      set: limited.set,
      limitMin: limited.limit * 60,
      leadMin: resource.leadTimeMin || 0,
    };
    const found = scan(columns, days, r, person.leadMin, person.limitMin, hits);
    for (let h = 0; h < found; h++) out.push(report(person, hits[h]));
  }
  return out;
}

// The rules name resources as the parser's issues do.
export { who } from "../model";

/** "S-38 (07:00–12:00 Wed)" or "S-38 (Wed 2026-03-04, no times)". */
export function describeItem(item: Item): string {
  if (isTimed(item)) return `${item.id} (${hhmm(item.start)}–${endText(item.start, item.end)})`;
  return `${item.id} (${dayText(item.date as number)}, no times)`;
}

/** End time, with "+1" style day text when it runs past midnight of the start's day. */
function endText(start: number, end: number): string {
  const days = Math.floor(end / MINUTES_PER_DAY) - Math.floor(start / MINUTES_PER_DAY);
  return days > 0 ? `${hhmm(end)} ${weekdayName(Math.floor(end / MINUTES_PER_DAY))}` : hhmm(end);
}

/** isoDate, memoised: a schedule has few distinct days and many findings per day. */
export const isoDay: (day: number) => string = memoize(isoDate, 100000);

/** "Wed 2026-03-04", memoised like isoDay. */
export const dayText: (day: number) => string = memoize((day: number) => `${weekdayName(day)} ${isoDay(day)}`, 100000);

/** "07:00 Wed 2026-03-04". */
export function momentText(minute: number): string {
  return `${hhmm(minute)} ${dayText(Math.floor(minute / MINUTES_PER_DAY))}`;
}

/** Item IDs in schedule order (duplicates removed). */
export function idsInOrder(items: Item[]): string[] {
  if (items.length === 2) {
    const [a, b] = items;
    if (a === b) return [a.id];
    return a.index <= b.index ? [a.id, b.id] : [b.id, a.id];
  }
  return inScheduleOrder(items).map((i) => i.id);
}

/**
 * The items in schedule order, each once: the list itself when it already is (the rules mostly pass their items
 * that way), else a sorted copy.
 */
function inScheduleOrder(items: readonly Item[]): readonly Item[] {
  let ordered = true;
  for (let k = 1; k < items.length && ordered; k++) ordered = items[k - 1].index < items[k].index;
  return ordered ? items : [...new Set(items)].sort(byIndex);
}

/**
 * The items as a message names them, in schedule order: each by its ID, and where two of them share one (a second
 * schedule sheet, an old revision left in the workbook) by its sheet and row as well: "S1 (Schedule (2) row 4)".
 */
export function itemNames(items: readonly Item[]): Map<Item, string> {
  const sorted = inScheduleOrder(items);
  const count = new Map<string, number>();
  for (const item of sorted) count.set(item.id, (count.get(item.id) ?? 0) + 1);
  return new Map(
    sorted.map((item) => [
      item,
      (count.get(item.id) as number) > 1 ? `${item.id} (${item.sheet} row ${item.row})` : item.id,
    ]),
  );
}

/** The schedule column a resource was named in on this item. */
export function columnOf(item: Item, key: string): string | undefined {
  // A parsed item answers from its list positions (its lists are built anew on each read).
  const listed =
    item instanceof ParsedItem
      ? item.listColumnOf(key)
      : item.cast.includes(key)
        ? "Cast"
        : item.crew.includes(key)
          ? "Crew"
          : item.equipment.includes(key)
            ? "Equipment"
            : item.other.includes(key)
              ? "Resources"
              : undefined;
  if (listed) return listed;
  if (item.locationKey === key) return "Location";
  return undefined;
}

/** The cells of an item, by canonical column names (missing columns skipped, duplicates dropped). */
export function itemCells(item: Item, columns: readonly (string | undefined)[]): CellRef[] {
  const out: CellRef[] = [];
  // A parsed item answers one column without making its whole cells object; others are read once.
  const parsed = item instanceof ParsedItem ? item : null;
  const cells = parsed ? null : item.cells;
  for (let c = 0; c < columns.length; c++) {
    const col = columns[c];
    if (!col) continue;
    const cell = parsed ? parsed.cellOf(col) : (cells as Item["cells"])[col];
    if (!cell || hasCell(out, cell)) continue;
    out.push({ sheet: item.sheet, cell });
  }
  return out;
}

/** Whether one item's cell list already holds this address (all on the item's sheet). */
function hasCell(refs: CellRef[], cell: string): boolean {
  for (let k = 0; k < refs.length; k++) if (refs[k].cell === cell) return true;
  return false;
}

/** Cells of several items for one resource: its column cell plus the given columns, items in schedule order. */
export function resourceItemCells(items: Item[], key: string | undefined, columns: string[]): CellRef[] {
  const out: CellRef[] = [];
  const wanted: (string | undefined)[] = [undefined, ...columns];
  for (const item of inScheduleOrder(items)) {
    wanted[0] = key === undefined ? undefined : columnOf(item, key);
    for (const ref of itemCells(item, wanted)) out.push(ref);
  }
  return out;
}

/** The later of two numbers' serial days from minutes. */
export function dayOfMinute(minute: number): number {
  return Math.floor(minute / MINUTES_PER_DAY);
}

export { placeKey };
