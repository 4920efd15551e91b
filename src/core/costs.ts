/** Planned labour and rental cost from rates and the schedule, per account, per day and per resource-day. */
import type { DataIssue, Model, Resource, RuleSet } from "./model";
import type { Costs, Dood, PaidNotWorked } from "./report";
import { ACTIVE, TIMED, scheduleColumns } from "./columns";
import { parseCell } from "./a1";
import { ruleSetFor } from "./rulesets";
import { MINUTES_PER_DAY, dayFromIso, isoDate } from "./time";
import { blockedOverlap, blockedTimes } from "./rules/unavailable";

/** The account planned cost goes to when its resource names none. */
export const NO_ACCOUNT = "(no account)";

/** Round money to cents (half away from zero, and free of binary noise such as 1.005). */
export function roundMoney(amount: number): number {
  const cents = Math.round(Math.abs(amount) * 100 + 1e-7);
  // A typo like 1e308 has no cents to round (x100 overflows): it stays as typed, a number the report can hold.
  if (!Number.isFinite(cents)) return amount;
  return (Math.sign(amount) * cents) / 100 || 0;
}

/** 12345.6 -> "12,345.60" (no currency symbol: the workbook's currency is not known). */
export function formatMoney(amount: number): string {
  const cents = Math.round(Math.abs(amount) * 100);
  const whole = Math.floor(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${amount < 0 && cents > 0 ? "-" : ""}${whole}.${String(cents % 100).padStart(2, "0")}`;
}

/** Accounts compare trimmed and case-insensitively ("1400" = " 1400 "). */
export function accountKey(account: string): string {
  return account.trim().toLowerCase();
}

export interface CostLine {
  date: string;
  resource: string;
  account?: string;
  hours?: number;
  amount: number;
  /** How the amount is made, for the accountant: "day rate 450", "8 h × 60 + 4 h × 90 (OT 1.5×)". */
  basis?: string;
}

/**
 * A worked date's pay: a Day Rate flat; else Hourly Rate x hours, the hours past OT After at OT Rate. One breakdown
 * gives both the amount and its basis text, so the two cannot disagree.
 */
type DayPay =
  | { dayRate: number }
  | { rate: number; hours: number }
  | { rate: number; otAfter: number; otHours: number; otRate: number };

function dayPay(resource: Resource, set: RuleSet | null, hours: number): DayPay {
  if (resource.dayRate !== undefined) return { dayRate: resource.dayRate };
  const rate = resource.hourlyRate ?? 0;
  const otAfter = set?.otAfterHours;
  const otRate = set?.otRate;
  if (otAfter !== null && otAfter !== undefined && otRate !== null && otRate !== undefined && hours > otAfter) {
    return { rate, otAfter, otHours: hours - otAfter, otRate };
  }
  return { rate, hours };
}

function payAmount(pay: DayPay): number {
  if ("dayRate" in pay) return pay.dayRate;
  if ("hours" in pay) return pay.rate * pay.hours;
  return pay.rate * pay.otAfter + pay.rate * pay.otRate * pay.otHours;
}

/** A number as the basis text shows it: up to two decimals, no trailing zeros. */
function plain(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/**
 * Hours as the basis text shows them: "10 h", "17 h 25 min". In minutes, not decimals: 17.42 h × 40 is 696.80,
 * while the amount of 17 h 25 min is 696.67, and an accountant checks the line by multiplying what it says.
 */
function hoursText(hours: number): string {
  const minutes = Math.round(hours * 60);
  const rest = minutes % 60;
  return rest === 0 ? `${minutes / 60} h` : `${(minutes - rest) / 60} h ${rest} min`;
}

/** The sum written out for the accountant: "day rate 450", "8 h × 60 + 4 h 30 min × 90 (OT 1.5×)". */
function payBasis(pay: DayPay): string {
  if ("dayRate" in pay) return `day rate ${plain(pay.dayRate)}`;
  if ("hours" in pay) return `${hoursText(pay.hours)} × ${plain(pay.rate)}`;
  const { rate, otAfter, otHours, otRate } = pay;
  return `${hoursText(otAfter)} × ${plain(rate)} + ${hoursText(otHours)} × ${plain(rate * otRate)} (OT ${plain(otRate)}×)`;
}

/** Cost lines, and each line's date as a number into `dates` (ISO texts), for the day totals. */
interface PlannedCost {
  lines: CostLine[];
  dayOf: Int32Array;
  dates: string[];
}

/**
 * Planned cost per resource and worked date (resources with a Day Rate or Hourly Rate only), from the
 * schedule columns: each paid resource's items in schedule order, grouped by date. Hours on a date: the
 * timed span from the first Start (less the resource's Lead Time) to the last End, plus the Durations
 * of its date-only items.
 */
function planCosts(model: Model): PlannedCost {
  const paid = model.resources
    .filter((r) => r.dayRate !== undefined || r.hourlyRate !== undefined)
    .sort((a, b) => a.order - b.order);
  if (!paid.length) return { lines: [], dayOf: new Int32Array(0), dates: [] };
  const columns = scheduleColumns(model);
  const { count, flags, date, start, end, resourceStart, resourceIds } = columns;

  // Paid keys as slots; a resource position counts for the slot of its key.
  const slotOfKey = new Map<string, number>();
  for (const r of paid) if (!slotOfKey.has(r.key)) slotOfKey.set(r.key, slotOfKey.size);
  const slots = slotOfKey.size;
  const slotOfPosition = new Int32Array(columns.resources.length);
  columns.resources.forEach((r, p) => (slotOfPosition[p] = slotOfKey.get(r.key) ?? -1));

  // Each slot's active items in schedule order (CSR): count, then fill.
  const slotStart = new Int32Array(slots + 1);
  for (let i = 0; i < count; i++) {
    if (!(flags[i] & ACTIVE)) continue;
    for (let e = resourceStart[i]; e < resourceStart[i + 1]; e++) {
      const slot = slotOfPosition[resourceIds[e]];
      if (slot >= 0) slotStart[slot + 1]++;
    }
  }
  for (let s = 0; s < slots; s++) slotStart[s + 1] += slotStart[s];
  const slotItems = new Int32Array(slotStart[slots]);
  const fill = slotStart.slice(0, slots);
  for (let i = 0; i < count; i++) {
    if (!(flags[i] & ACTIVE)) continue;
    for (let e = resourceStart[i]; e < resourceStart[i + 1]; e++) {
      const slot = slotOfPosition[resourceIds[e]];
      if (slot >= 0) slotItems[fill[slot]++] = i;
    }
  }

  const dates: string[] = [];
  const dayOfText = new Map<string, number>();
  const dayOfDate = new Map<number, number>();
  const dayNumber = (day: number): number => {
    let d = dayOfDate.get(day);
    if (d === undefined) {
      const text = isoDate(day);
      d = dayOfText.get(text);
      if (d === undefined) dayOfText.set(text, (d = dates.push(text) - 1));
      dayOfDate.set(day, d);
    }
    return d;
  };

  const lines: CostLine[] = [];
  const dayOf: number[] = [];
  for (const r of paid) {
    const slot = slotOfKey.get(r.key) as number;
    const items = slotItems.subarray(slotStart[slot], slotStart[slot + 1]);
    if (!items.length) continue;
    let inDateOrder = true;
    for (let k = 1; k < items.length && inDateOrder; k++) inDateOrder = date[items[k - 1]] <= date[items[k]];
    // A stable sort keeps schedule order within a date.
    const ordered = inDateOrder ? items : Int32Array.from([...items].sort((a, b) => date[a] - date[b]));
    const set = r.dayRate === undefined ? ruleSetFor(r, model.ruleSets) : null;
    const account = r.account?.trim() || undefined;
    for (let from = 0; from < ordered.length;) {
      const day = date[ordered[from]];
      let first = Infinity;
      let last = -Infinity;
      let untimed = 0;
      let to = from;
      for (; to < ordered.length && date[ordered[to]] === day; to++) {
        const i = ordered[to];
        if (flags[i] & TIMED) {
          if (start[i] < first) first = start[i];
          if (end[i] > last) last = end[i];
        } else {
          const duration = model.items[i].durationMin;
          if (duration !== undefined && duration > 0) untimed += duration;
        }
      }
      from = to;
      const span = first !== Infinity ? last - (first - r.leadTimeMin) : 0;
      const hours = (span + untimed) / 60;
      const d = dayNumber(day);
      const pay = dayPay(r, set, hours);
      const line: CostLine = {
        date: dates[d],
        resource: r.label,
        amount: roundMoney(payAmount(pay)),
        basis: payBasis(pay),
      };
      if (account !== undefined) line.account = account;
      if (r.dayRate === undefined) line.hours = Math.round(hours * 100) / 100;
      lines.push(line);
      dayOf.push(d);
    }
  }
  return { lines, dayOf: Int32Array.from(dayOf), dates };
}

/** Planned cost per resource and worked date (resources with a Day Rate or Hourly Rate only). */
export function costLines(model: Model): CostLine[] {
  return planCosts(model).lines;
}

/**
 * The cast's paid days that are not worked (see Costs.paidNotWorked), from the cast rows of the DOOD: each with hold
 * or travel days and a Day Rate, in DOOD order. A hold on a date the person is unavailable all day (a day off, their
 * own booking) is theirs, not the production's: not paid. Hourly-paid cast have no day to price a hold at: left out.
 */
export function paidDaysNotWorked(model: Model, castDood: Dood): PaidNotWorked[] {
  const byLabel = new Map<string, Resource>();
  for (const r of model.resources) if (!r.synthetic && !byLabel.has(r.label)) byLabel.set(r.label, r);
  const dayNumbers = castDood.days.map((d) => dayFromIso(d));
  const out: PaidNotWorked[] = [];
  for (const row of castDood.rows) {
    const resource = byLabel.get(row.resource);
    const travel = row.travel ?? 0;
    if (row.hold + travel === 0 || resource?.dayRate === undefined) continue;
    let hold = 0;
    const blocked = blockedTimes(model, resource);
    row.codes.forEach((code, k) => {
      const day = dayNumbers[k];
      if (code !== "H" || day === null) return;
      // Unavailable all day (a day off, their own booking): no hold to pay; a few hours off still leaves the day held.
      const off = blocked.length > 0 && blockedOverlap(blocked, day * MINUTES_PER_DAY, (day + 1) * MINUTES_PER_DAY);
      if (!off || off.minutes < MINUTES_PER_DAY) hold++;
    });
    if (hold + travel === 0) continue;
    // "5 days (4 hold, 1 travel) × day rate 1100": every day at the rate, as the amount is.
    const days =
      hold && travel
        ? `${hold + travel} days (${hold} hold, ${travel} travel)`
        : hold
          ? `${hold} hold ${hold === 1 ? "day" : "days"}`
          : `${travel} travel ${travel === 1 ? "day" : "days"}`;
    const account = resource.account?.trim() || undefined;
    out.push({
      resource: row.resource,
      ...(account !== undefined ? { account } : {}),
      hold,
      travel,
      amount: roundMoney((hold + travel) * resource.dayRate),
      basis: `${days} × day rate ${plain(resource.dayRate)}`,
    });
  }
  return out;
}

/** A resource whose work the planned cost leaves out though it should count it (the Cost Report's NOT PRICED). */
export interface UnpricedWork {
  resource: Resource;
  /** Dates with an active item naming them. */
  days: number;
  /** Why it is not priced: the data issues on the resource's row (an unreadable rate), else that it has none. */
  why: string;
}

/**
 * Resources that work on dated items with no Day Rate or Hourly Rate where one is expected: their row has an Account,
 * or a number the tool could not read (a Day Rate of `TBD`). Their days are not in Planned, so an account can look
 * under budget; the accountant needs them named. Resources without a rate or an account are not expected to be priced
 * (a workbook that prices the cast only), and are left out. In table order.
 */
export function unpricedWork(model: Model, issues: readonly DataIssue[]): UnpricedWork[] {
  const rowIssues = new Map<string, string[]>();
  for (const issue of issues) {
    const cell = issue.code === "bad-number" && issue.sheet && issue.cell ? parseCell(issue.cell) : null;
    if (!cell) continue;
    const key = `${issue.sheet}\u0000${cell.row}`;
    rowIssues.set(key, [...(rowIssues.get(key) ?? []), issue.message]);
  }
  const columns = scheduleColumns(model);
  // Candidates by resource position, each with its set of worked dates.
  const worked = new Map<number, Set<number>>();
  const why = new Map<Resource, string>();
  columns.resources.forEach((r, p) => {
    if (r.synthetic || r.dayRate !== undefined || r.hourlyRate !== undefined || r.row === 0) return;
    const unread = rowIssues.get(`${r.sheet}\u0000${r.row}`);
    if (!unread && !r.account?.trim()) return;
    worked.set(p, new Set());
    why.set(r, unread ? unread.join("; ") : `no Day Rate or Hourly Rate, though its account is ${r.account?.trim()}`);
  });
  if (worked.size === 0) return [];
  const { count, flags, date, resourceStart, resourceIds } = columns;
  for (let i = 0; i < count; i++) {
    if (!(flags[i] & ACTIVE) || !Number.isFinite(date[i])) continue;
    for (let e = resourceStart[i]; e < resourceStart[i + 1]; e++) worked.get(resourceIds[e])?.add(date[i]);
  }
  const out: UnpricedWork[] = [];
  for (const [p, dates] of worked) {
    const resource = columns.resources[p];
    if (dates.size > 0) out.push({ resource, days: dates.size, why: why.get(resource) as string });
  }
  return out.sort((a, b) => a.resource.order - b.resource.order);
}

/** Costs for the report (contract §5 budget-overrun, Cost Report sheet). */
export function computeCosts(model: Model): Costs {
  const { lines, dayOf, dates } = planCosts(model);
  const accounts = new Map<string, { account: string; budget?: number; planned: number }>();
  for (const b of model.budget) {
    const key = accountKey(b.account);
    const acc = accounts.get(key);
    // Several budget lines for one account add up.
    if (acc) acc.budget = roundMoney((acc.budget ?? 0) + b.amount);
    else accounts.set(key, { account: b.account.trim(), budget: roundMoney(b.amount), planned: 0 });
  }
  const noAccount = { account: NO_ACCOUNT, planned: 0 };
  let anyNoAccount = false;
  const dayTotals = new Float64Array(dates.length);
  // Lines come resource by resource, so the account text repeats: look its entry up once per run.
  let lastAccount: string | undefined;
  let acc = noAccount;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    dayTotals[dayOf[k]] += line.amount;
    if (line.account === undefined) {
      noAccount.planned += line.amount;
      anyNoAccount = true;
      continue;
    }
    if (line.account !== lastAccount) {
      lastAccount = line.account;
      const key = accountKey(line.account);
      let found = accounts.get(key);
      if (!found) accounts.set(key, (found = { account: line.account, planned: 0 }));
      acc = found;
    }
    acc.planned += line.amount;
  }
  const out = [...accounts.values()];
  if (anyNoAccount) out.push(noAccount);
  for (const a of out) a.planned = roundMoney(a.planned);
  return {
    accounts: out,
    days: dates
      .map((date, d) => ({ date, planned: roundMoney(dayTotals[d]) }))
      .sort((a, b) => (a.date < b.date ? -1 : 1)),
    lines,
  };
}
