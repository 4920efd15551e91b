/**
 * The Cost Report: per account (overruns highlighted), per day with a running total, and the
 * per-resource lines when the report has them. Totals are plain values, not formulas, so both
 * executors write the same workbook.
 */
import { COST_REPORT_NOTE, COST_REPORT_TITLE } from "../generated-marks";
import type { GeneratedSheet, PlanValue } from "../plan";
import type { Costs, Report } from "../report";
import type { Model } from "../model";
import { SheetBuilder, tableName, wrappedLines } from "./sheet-builder";
import { rangeAddress } from "../a1";
import { NO_ACCOUNT, accountKey, roundMoney, unpricedWork } from "../costs";
import { dayNamesByDate } from "../shoot-day";
import { keepTogetherBreaks, pageHeightPoints } from "./paging";
import {
  DATE_FORMAT,
  GRID,
  MONEY_FORMAT,
  MUTED,
  PERCENT_FORMAT,
  SECTION,
  SUBTITLE,
  TABLE_HEADER,
  TITLE,
  TOTAL,
  dateValue,
  money,
  whoText,
} from "./common";

export const OVERRUN_FILL = "#F4B6B6";
export const COST_LINES_TABLE = tableName("CostLines");
const COLS = 6;
// Basis texts ("5 days (4 hold, 1 travel) × day rate 1100") need the last column wide.
const WIDTHS = [14, 30, 14, 14, 14, 40];

function sum(values: (number | null)[]): number {
  return roundMoney(values.reduce<number>((s, v) => s + (v ?? 0), 0));
}

function section(b: SheetBuilder, row: number, title: string): void {
  b.set(row, 1, title);
  b.style(row, 1, 1, COLS, SECTION);
}

/**
 * A section of money lines: its band, column headers, one row per line (the amount in column 5, rounded to cents) and
 * a Total of the amounts, gridded; returns the Total's row.
 */
function amountLines(b: SheetBuilder, top: number, title: string, headers: string[], rows: PlanValue[][]): number {
  section(b, top, title);
  const head = top + 1;
  b.setRow(head, 1, headers);
  b.style(head, 1, 1, COLS, TABLE_HEADER);
  const amounts: number[] = [];
  let row = head;
  for (const cells of rows) {
    row++;
    const amount = money(cells[4] as number) ?? 0;
    amounts.push(amount);
    b.setRow(row, 1, [...cells.slice(0, 4), amount, ...cells.slice(5)]);
  }
  row++;
  b.setRow(row, 1, ["Total", null, null, null, sum(amounts), null]);
  b.style(row, 1, 1, COLS, TOTAL);
  b.style(head + 1, 5, row - head, 1, { numberFormat: MONEY_FORMAT });
  b.style(head, 1, row - head + 1, COLS, GRID);
  return row;
}

/**
 * An account table from its band at `top`: Budget, Planned, Variance and % used per account and in total, the rows over
 * budget filled; returns its last row.
 */
function accountTable(
  b: SheetBuilder,
  top: number,
  title: string,
  accounts: readonly { account: string; budget?: number; planned: number }[],
  model: Model,
  plannedHeader = "Planned",
): number {
  section(b, top, title);
  let row = top + 1;
  const accHead = row;
  b.setRow(row, 1, ["Account", "Description", "Budget", plannedHeader, "Variance", "% used"]);
  b.style(row, 1, 1, COLS, TABLE_HEADER);
  const budgets: (number | null)[] = [];
  const planned: (number | null)[] = [];
  for (const a of accounts) {
    row++;
    const line = model.budget.find((l) => l.account.toLowerCase() === a.account.toLowerCase());
    const budget = money(a.budget);
    const plan = money(a.planned) ?? 0;
    budgets.push(budget);
    planned.push(plan);
    b.setRow(row, 1, [
      a.account,
      line?.description ?? null,
      budget,
      plan,
      budget === null ? null : money(budget - plan),
      budget ? Math.round((plan / budget) * 10000) / 10000 : null,
    ]);
    if (budget !== null && plan > budget) b.style(row, 1, 1, COLS, { fill: OVERRUN_FILL, bold: true });
  }
  if (accounts.length === 0) {
    row++;
    b.set(row, 2, "No accounts: add a Budget table, or Account, Day Rate or Hourly Rate columns to the resources.");
    b.style(row, 2, 1, 1, MUTED);
  } else {
    row++;
    const totalBudget = budgets.some((v) => v !== null) ? sum(budgets) : null;
    const totalPlanned = sum(planned);
    b.setRow(row, 1, [
      "Total",
      null,
      totalBudget,
      totalPlanned,
      totalBudget === null ? null : money(totalBudget - totalPlanned),
      totalBudget ? Math.round((totalPlanned / totalBudget) * 10000) / 10000 : null,
    ]);
    b.style(row, 1, 1, COLS, TOTAL);
  }
  b.style(accHead + 1, 3, row - accHead, 3, { numberFormat: MONEY_FORMAT });
  b.style(accHead + 1, 6, row - accHead, 1, { numberFormat: PERCENT_FORMAT });
  b.style(accHead, 1, row - accHead + 1, COLS, GRID);
  return row;
}

export function buildCostSheet(report: Report, model: Model, name: string): GeneratedSheet {
  const b = new SheetBuilder();
  const costs: Costs = report.costs ?? { accounts: [], days: [] };
  b.set(1, 1, COST_REPORT_TITLE);
  b.style(1, 1, 1, 1, TITLE);
  b.height(1, 24);
  b.set(2, 1, COST_REPORT_NOTE);
  b.style(2, 1, 1, 1, SUBTITLE);

  // Each section's first and last row, for the page breaks.
  const sections: [number, number][] = [];
  // By account: the contract's planned cost against the budget.
  let row = accountTable(b, 4, "BY ACCOUNT", costs.accounts, model);
  sections.push([4, row]);

  // The same with the paid hold and travel days added: an account can be under budget on worked days and over once
  // its holds are paid. Only when there are such days.
  const holds = costs.paidNotWorked ?? [];
  if (holds.length > 0) {
    const withHolds = new Map(costs.accounts.map((a) => [accountKey(a.account), { ...a }]));
    for (const p of holds) {
      const account = p.account ?? NO_ACCOUNT;
      const entry = withHolds.get(accountKey(account)) ?? { account, planned: 0 };
      entry.planned = roundMoney(entry.planned + p.amount);
      withHolds.set(accountKey(account), entry);
    }
    const top = row + 2;
    row = accountTable(
      b,
      top,
      "BY ACCOUNT WITH HOLD AND TRAVEL DAYS (paid, not worked)",
      [...withHolds.values()],
      model,
      "Planned + holds",
    );
    sections.push([top, row]);
  }

  // Work the planned cost leaves out: a rate that does not read, or an account with no rate.
  const unpriced = unpricedWork(model, report.dataIssues);
  if (unpriced.length > 0) {
    row += 2;
    const top = row;
    section(b, row, "WORKED, NOT PRICED (not in Planned)");
    row++;
    const head = row;
    b.setRow(row, 1, ["Account", "Resource", "Days worked", null, null, "Why"]);
    b.style(row, 1, 1, COLS, TABLE_HEADER);
    for (const u of unpriced) {
      row++;
      b.setRow(row, 1, [
        u.resource.account?.trim() || NO_ACCOUNT,
        whoText(model, u.resource.label),
        u.days,
        null,
        null,
        u.why,
      ]);
      b.style(row, 6, 1, 1, { wrap: true });
      b.fitLines(row, wrappedLines(u.why, WIDTHS[5]));
    }
    b.style(head, 1, row - head + 1, COLS, GRID);
    sections.push([top, row]);
  }

  // Holds and travel days: paid, not worked, so not in Planned (the contract's figure), but the accountant's exposure.
  // Account first, as in the accounts above; the name in the wide column.
  if (holds.length > 0) {
    const top = row + 2;
    row = amountLines(
      b,
      top,
      "HOLD AND TRAVEL DAYS (paid, not worked: not in Planned)",
      ["Account", "Resource", "Hold days", "Travel days", "Amount", "Basis"],
      holds.map((p) => [p.account ?? NO_ACCOUNT, whoText(model, p.resource), p.hold, p.travel, p.amount, p.basis]),
    );
    sections.push([top, row]);
  }

  // By day: each date named as its call sheet names it (the production's own Shoot Day where it has one).
  row += 2;
  const dayTop = row;
  section(b, row, "BY DAY");
  row++;
  const dayHead = row;
  b.setRow(row, 1, ["Date", "Day", "Planned", "Cumulative"]);
  b.style(row, 1, 1, 4, TABLE_HEADER);
  let running = 0;
  const days = [...costs.days].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  const nameOf = dayNamesByDate(report.callSheets);
  for (const d of days) {
    row++;
    const amount = money(d.planned) ?? 0;
    running = roundMoney(running + amount);
    b.setRow(row, 1, [dateValue(d.date), nameOf.get(d.date) ?? null, amount, running]);
  }
  if (days.length === 0) {
    row++;
    b.set(row, 2, "No planned cost by day.");
    b.style(row, 2, 1, 1, MUTED);
  } else {
    row++;
    b.setRow(row, 1, ["Total", null, running, null]);
    b.style(row, 1, 1, 4, TOTAL);
  }
  b.style(dayHead + 1, 1, row - dayHead, 1, { numberFormat: DATE_FORMAT, hAlign: "left" });
  b.style(dayHead + 1, 3, row - dayHead, 2, { numberFormat: MONEY_FORMAT });
  b.style(dayHead, 1, row - dayHead + 1, 4, GRID);
  sections.push([dayTop, row]);

  // Per resource and day, when the report has the detail: by date (the day's hot cost), then account, then as the
  // report lists them; an Excel table, so the accountant filters a day, an account or a person.
  let detail: { range: string; name: string } | undefined;
  if (costs.lines && costs.lines.length > 0) {
    // The column headers' row (the band is above it).
    const head = row + 3;
    const accountOrder = new Map(costs.accounts.map((a, k) => [accountKey(a.account), k]));
    const orderOf = (account: string | undefined) => accountOrder.get(accountKey(account ?? NO_ACCOUNT)) ?? Infinity;
    const lines = costs.lines
      .map((l, k) => ({ l, k, account: orderOf(l.account) }))
      .sort((x, y) => (x.l.date < y.l.date ? -1 : x.l.date > y.l.date ? 1 : x.account - y.account || x.k - y.k))
      .map((x) => x.l);
    row = amountLines(
      b,
      row + 2,
      "BY RESOURCE AND DAY",
      ["Date", "Resource", "Account", "Hours", "Amount", "Basis"],
      lines.map((l) => [
        dateValue(l.date),
        whoText(model, l.resource),
        l.account ?? null,
        l.hours ?? null,
        l.amount,
        l.basis ?? null,
      ]),
    );
    b.style(head + 1, 1, row - head, 1, { numberFormat: DATE_FORMAT, hAlign: "left" });
    b.style(head + 1, 4, row - head, 1, { numberFormat: "0.0#" });
    // The Total row stays below the table: a filter never hides it.
    detail = { range: rangeAddress(head, 1, row - head, COLS), name: COST_LINES_TABLE };
    sections.push([head - 1, row]);
  }

  // A section's band, column headers and first two lines stay together, and so do its last two lines and its Total.
  const keep = sections.flatMap(([top, end]): [number, number][] =>
    end - top <= 5
      ? [[top, end]]
      : [
          [top, top + 3],
          [end - 2, end],
        ],
  );
  const pageBreaks = keepTogetherBreaks(b.rowHeights, b.lastRow, pageHeightPoints(WIDTHS), keep);
  return b.build("cost-report", "cost-report", name, WIDTHS, {
    ...(detail ? { table: detail } : {}),
    print: {
      orientation: "portrait",
      fitToWidth: true,
      printArea: b.usedRange(COLS),
      ...(pageBreaks.length ? { pageBreaks } : {}),
    },
  });
}
