/** budget-overrun (contract §5): planned cost booked to an Account exceeds its Budget. */
import type { Model } from "../model";
import type { Conflict, Costs } from "../report";
import { accountKey, computeCosts, formatMoney, roundMoney } from "../costs";
import type { Rule } from "./rule";

/** How many contributors the suggestion names. */
const TOP_CONTRIBUTORS = 3;

function describe(model: Model, account: string): string | undefined {
  const key = accountKey(account);
  return model.budget.find((b) => accountKey(b.account) === key && b.description?.trim())?.description?.trim();
}

/** What one resource adds to an account: its amount, its lines (days), and whether any is paid by the hour. */
interface Contribution {
  amount: number;
  days: number;
  hourly: boolean;
}

/** Contributions per resource, per account key (lines without an account skipped). */
function contributions(lines: NonNullable<Costs["lines"]>): Map<string, Map<string, Contribution>> {
  const out = new Map<string, Map<string, Contribution>>();
  for (const line of lines) {
    if (line.account === undefined) continue;
    const key = accountKey(line.account);
    let byResource = out.get(key);
    if (!byResource) out.set(key, (byResource = new Map()));
    const c = byResource.get(line.resource);
    const hourly = line.hours !== undefined;
    if (c) {
      c.amount += line.amount;
      c.days += 1;
      c.hourly ||= hourly;
    } else byResource.set(line.resource, { amount: line.amount, days: 1, hourly });
  }
  return out;
}

export const budgetOverrun: Rule = {
  id: "budget-overrun",
  severity: "warning",
  description: "The planned cost booked to a budget account is more than its budget.",
  check(model: Model): Conflict[] {
    const costs = computeCosts(model);
    const conflicts: Conflict[] = [];
    // Lines carry the label (ID); a person's name reads better in a suggestion.
    const nameOf = new Map(model.resources.filter((r) => r.name).map((r) => [r.label, r.name as string]));
    let linesByAccount: Map<string, Map<string, Contribution>> | undefined;
    for (const acc of costs.accounts) {
      if (acc.budget === undefined) continue;
      // Compare in cents so float noise never makes "exactly at budget" an overrun.
      const over = roundMoney(acc.planned - acc.budget);
      if (over <= 0) continue;
      const desc = describe(model, acc.account);
      const name = desc ? `${acc.account} (${desc})` : acc.account;
      // Cost lines per account and resource, gathered in one pass the first time an account is over.
      linesByAccount ??= contributions(costs.lines ?? []);
      const byResource = linesByAccount.get(accountKey(acc.account)) ?? new Map();
      const biggest = [...byResource.entries()]
        .sort(([ra, a], [rb, b]) => b.amount - a.amount || (ra < rb ? -1 : 1))
        .slice(0, TOP_CONTRIBUTORS);
      const top = biggest.map(
        ([r, c]) => `${nameOf.get(r) ?? r} (${c.days} ${c.days === 1 ? "day" : "days"}, ${formatMoney(c.amount)})`,
      );
      // A shorter day saves nothing on a Day Rate: only hours paid by the hour are shortened.
      const cut = biggest.some(([, c]) => c.hourly) ? "Cut or shorten their days" : "Cut their days";
      const conflict: Conflict = {
        type: "budget-overrun",
        severity: "warning",
        resource: acc.account,
        items: [],
        message: `Account ${name} is planned at ${formatMoney(acc.planned)} against a budget of ${formatMoney(acc.budget)}: ${formatMoney(over)} over.`,
        magnitude: over,
      };
      // The account's Budget cells, for the accountant to find the line.
      const key = accountKey(acc.account);
      const cells = model.budget
        .filter((b) => b.cell !== undefined && accountKey(b.account) === key)
        .map((b) => ({ sheet: b.sheet, cell: b.cell as string }));
      if (cells.length) conflict.cells = cells;
      if (top.length) {
        conflict.suggestion = `Biggest contributors: ${top.join(", ")}. ${cut}, or move budget to account ${acc.account}.`;
      }
      conflicts.push(conflict);
    }
    return conflicts;
  },
};
