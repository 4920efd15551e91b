/** The rule registry (contract §5) and the sorted run of every rule over a model. */
import type { Model } from "../model";
import { CONFLICT_TYPE_ORDER, type Conflict } from "../report";
import type { Rule } from "./rule";
import { firstPosition, releaseScheduleIndex } from "./common";

export { CONFLICT_TYPE_ORDER };
import { doubleBooking } from "./double-booking";
import { unavailable } from "./unavailable";
import { turnaround } from "./turnaround";
import { longDay } from "./long-day";
import { consecutiveDays } from "./consecutive-days";
import { travel } from "./travel";
import { dependency } from "./dependency";
import { deadline } from "./deadline";
import { materialLate } from "./material-late";
import { budgetOverrun } from "./budget-overrun";

export type { Rule } from "./rule";

/** Every rule, in the contract's order (which is also the tie-break order of the results). */
export const rules: Rule[] = [
  doubleBooking,
  unavailable,
  turnaround,
  longDay,
  consecutiveDays,
  travel,
  dependency,
  deadline,
  materialLate,
  budgetOverrun,
];

const typeRank = new Map(CONFLICT_TYPE_ORDER.map((t, i) => [t, i]));

/**
 * Sort conflicts: by date (undated ones last), then type in contract order, then resource, then the
 * schedule position of the first item; equal keys keep rule output order. Each key becomes a small whole
 * number (dates and resources ranked among their distinct texts), then stable counting sorts run from
 * the last key to the first, so no comparison function runs per pair.
 */
export function sortConflicts(model: Model, conflicts: Conflict[]): Conflict[] {
  const n = conflicts.length;
  const dateRank = textRanks(conflicts.map((c) => c.date ?? "\uffff"));
  const resourceRank = textRanks(conflicts.map((c) => c.resource ?? ""));
  const type = new Int32Array(n);
  // First item's schedule position, shifted to start at 0: no items first, unknown IDs last.
  const first = new Int32Array(n);
  const unknownFirst = model.items.length + 1;
  for (let k = 0; k < n; k++) {
    const c = conflicts[k];
    type[k] = typeRank.get(c.type) ?? CONFLICT_TYPE_ORDER.length;
    if (c.items.length === 0) first[k] = 0;
    else first[k] = (firstPosition(c) ?? model.itemById.get(c.items[0])?.index ?? unknownFirst - 1) + 1;
  }
  let order: Int32Array = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = k;
  for (const key of [first, resourceRank, type, dateRank]) order = stableSortBy(order, key);
  return Array.from(order, (k) => conflicts[k]);
}

/** Each text's rank among the distinct texts in code-unit order (the order of `<` on strings). */
function textRanks(texts: string[]): Int32Array {
  const rank = new Map<string, number>();
  for (const t of texts) rank.set(t, 0);
  [...rank.keys()].sort().forEach((t, r) => rank.set(t, r));
  return Int32Array.from(texts, (t) => rank.get(t) as number);
}

/** `order` stably sorted by key[order[k]] (small non-negative whole numbers): one counting sort. */
function stableSortBy(order: Int32Array, key: Int32Array): Int32Array {
  let max = 0;
  for (let k = 0; k < key.length; k++) if (key[k] > max) max = key[k];
  const next = new Int32Array(max + 2);
  for (let k = 0; k < order.length; k++) next[key[order[k]] + 1]++;
  for (let v = 1; v < next.length; v++) next[v] += next[v - 1];
  const out = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) out[next[key[order[k]]]++] = order[k];
  return out;
}

/** Run the given rules (default: all) and return their conflicts, sorted. */
export function runRules(model: Model, only: Rule[] = rules): Conflict[] {
  const found = only.map((rule) => rule.check(model));
  releaseScheduleIndex(model);
  return sortConflicts(model, ([] as Conflict[]).concat(...found));
}
