/** The rule registry (contract §5) and the sorted run of every rule over a model. */
import type { Model } from "../model";
import { CONFLICT_TYPE_ORDER, type Conflict } from "../report";
import type { Rule } from "./rule";

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
 * schedule position of the first item. The sort is stable, so equal keys keep rule output order.
 */
export function sortConflicts(model: Model, conflicts: Conflict[]): Conflict[] {
  const keyed = conflicts.map((c) => ({
    c,
    date: c.date ?? "\uffff",
    type: typeRank.get(c.type) ?? CONFLICT_TYPE_ORDER.length,
    resource: c.resource ?? "",
    first: c.items.length > 0 ? (model.itemById.get(c.items[0])?.index ?? Number.MAX_SAFE_INTEGER) : -1,
  }));
  keyed.sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      a.type - b.type ||
      (a.resource < b.resource ? -1 : a.resource > b.resource ? 1 : 0) ||
      a.first - b.first,
  );
  return keyed.map((k) => k.c);
}

/** Run the given rules (default: all) and return their conflicts, sorted. */
export function runRules(model: Model, only: Rule[] = rules): Conflict[] {
  const out: Conflict[] = [];
  for (const rule of only) {
    for (const c of rule.check(model)) out.push(c);
  }
  return sortConflicts(model, out);
}
