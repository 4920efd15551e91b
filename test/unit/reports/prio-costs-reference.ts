/**
 * The straightforward cost computation (Maps of item lists per resource and date), kept as the reference
 * the columns-based src/core/costs.ts must equal on random schedules (prio-costs.test.ts).
 */
import type { Item, Model, Resource } from "../../../src/core/model";
import type { Costs } from "../../../src/core/report";
import { type CostLine, NO_ACCOUNT, accountKey, roundMoney } from "../../../src/core/costs";
import { ruleSetFor } from "../../../src/core/rulesets";
import { isoDate } from "../../../src/core/time";

function activeDatedItems(model: Model): (Item & { date: number })[] {
  return model.items.filter((i): i is Item & { date: number } => !i.cancelled && i.date !== null);
}

/** Hours a resource works on one date: the timed span from its call, plus Durations of date-only items. */
function hoursWorked(
  resource: Resource,
  items: { start?: number; end?: number; timed: boolean; durationMin?: number }[],
) {
  let first: number | undefined;
  let last: number | undefined;
  let untimed = 0;
  for (const item of items) {
    if (item.timed && item.start !== undefined && item.end !== undefined) {
      if (first === undefined || item.start < first) first = item.start;
      if (last === undefined || item.end > last) last = item.end;
    } else if (item.durationMin !== undefined && item.durationMin > 0) {
      untimed += item.durationMin;
    }
  }
  const span = first !== undefined && last !== undefined ? last - (first - resource.leadTimeMin) : 0;
  return (span + untimed) / 60;
}

/** Cost of one worked date: Day Rate flat; else Hourly Rate x hours, hours past OT After at OT Rate. */
function dayCost(model: Model, resource: Resource, hours: number): number {
  if (resource.dayRate !== undefined) return resource.dayRate;
  const rate = resource.hourlyRate ?? 0;
  const set = ruleSetFor(resource, model.ruleSets);
  const otAfter = set?.otAfterHours;
  const otRate = set?.otRate;
  if (otAfter !== null && otAfter !== undefined && otRate !== null && otRate !== undefined && hours > otAfter) {
    return rate * otAfter + rate * otRate * (hours - otAfter);
  }
  return rate * hours;
}

/** Planned cost per resource and worked date (resources with a Day Rate or Hourly Rate only). */
function costLines(model: Model): CostLine[] {
  const paid = model.resources
    .filter((r) => r.dayRate !== undefined || r.hourlyRate !== undefined)
    .sort((a, b) => a.order - b.order);
  if (!paid.length) return [];
  const paidKeys = new Set(paid.map((r) => r.key));
  // Index only the paid resources' days: most workbooks rate a few people, and the index is the cost.
  const byResourceDay = new Map<string, Map<number, ReturnType<typeof activeDatedItems>>>();
  for (const item of activeDatedItems(model)) {
    for (const key of item.resourceKeys) {
      if (!paidKeys.has(key)) continue;
      let days = byResourceDay.get(key);
      if (!days) byResourceDay.set(key, (days = new Map()));
      const list = days.get(item.date);
      if (list) list.push(item);
      else days.set(item.date, [item]);
    }
  }
  const lines: CostLine[] = [];
  for (const r of paid) {
    const days = byResourceDay.get(r.key);
    if (!days) continue;
    for (const date of [...days.keys()].sort((a, b) => a - b)) {
      const hours = hoursWorked(r, days.get(date) ?? []);
      const line: CostLine = { date: isoDate(date), resource: r.label, amount: roundMoney(dayCost(model, r, hours)) };
      if (r.account?.trim()) line.account = r.account.trim();
      if (r.dayRate === undefined) line.hours = Math.round(hours * 100) / 100;
      lines.push(line);
    }
  }
  return lines;
}

/** Costs for the report (contract §5 budget-overrun, Cost Report sheet). */
export function computeCostsReference(model: Model): Costs {
  const lines = costLines(model);
  const accounts = new Map<string, { account: string; budget?: number; planned: number }>();
  for (const b of model.budget) {
    const key = accountKey(b.account);
    const acc = accounts.get(key);
    // Several budget lines for one account add up.
    if (acc) acc.budget = roundMoney((acc.budget ?? 0) + b.amount);
    else accounts.set(key, { account: b.account.trim(), budget: roundMoney(b.amount), planned: 0 });
  }
  const noAccount = { account: NO_ACCOUNT, planned: 0 };
  const days = new Map<string, number>();
  for (const line of lines) {
    days.set(line.date, (days.get(line.date) ?? 0) + line.amount);
    if (line.account === undefined) {
      noAccount.planned += line.amount;
      continue;
    }
    const key = accountKey(line.account);
    let acc = accounts.get(key);
    if (!acc) accounts.set(key, (acc = { account: line.account, planned: 0 }));
    acc.planned += line.amount;
  }
  const out = [...accounts.values()];
  if (lines.some((l) => l.account === undefined)) out.push(noAccount);
  for (const a of out) a.planned = roundMoney(a.planned);
  return {
    accounts: out,
    days: [...days.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([date, planned]) => ({ date, planned: roundMoney(planned) })),
    lines,
  };
}
