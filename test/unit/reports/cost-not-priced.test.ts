/**
 * The Cost Report names the people who work but whose cost Planned leaves out: a rate that does not read, or an
 * Account with no rate. Without either (no rate, no account) nobody expects them priced, and they are not listed.
 */
import { check } from "../../../src/core/check";
import { unpricedWork } from "../../../src/core/costs";
import { buildWritePlan } from "../../../src/core/writeplan";
import type { CellValue } from "../../../src/core/snapshot";
import { rangeSheet, workbook } from "../parse/snapshot-helpers";
import { allValues, rowOf, valueAt } from "../writeplan/fixture";

const SCHEDULE: CellValue[][] = [
  ["ID", "Date", "Start", "End", "Cast", "Crew"],
  ["S1", "2026-03-02", "08:00", "12:00", "1, 2, 3, 4", "C1"],
  ["S2", "2026-03-03", "08:00", "12:00", "2, 3", "C1"],
  ["S3", "2026-03-03", "13:00", "15:00", "2", null],
  ["S4", "2026-03-04", "08:00", "12:00", "5", null],
];
const CAST: CellValue[][] = [
  ["ID", "Name", "Day Rate", "Account"],
  ["1", "Ava Marsh", 1200, "1401"],
  ["2", "Ben Okafor", "TBD", "1401"],
  ["3", "Cy Lund", null, "1401"],
  ["4", "Dee Park", null, null],
  ["5", "Eve Moss", "n/a", null],
  ["6", "Fay Hill", "TBD", "1401"],
];

function run() {
  return check(
    workbook(
      rangeSheet("Schedule", SCHEDULE),
      rangeSheet("Cast", CAST),
      rangeSheet("Crew", [
        ["ID", "Name", "Hourly Rate", "Account"],
        ["C1", "Kai Berg", "", "2000"],
      ]),
      rangeSheet("Budget", [
        ["Account", "Budget"],
        ["1401", 5000],
      ]),
    ),
  );
}

describe("work the planned cost leaves out", () => {
  test("an unreadable rate or an account without a rate, with days worked and why; table order", () => {
    const { model, report } = run();
    const found = unpricedWork(model, report.dataIssues).map((u) => [u.resource.label, u.days, u.why]);
    expect(found).toEqual([
      ["2", 2, expect.stringMatching(/^Cast!C3: 'TBD' is not a number/)],
      ["3", 2, "no Day Rate or Hourly Rate, though its account is 1401"],
      ["5", 1, expect.stringMatching(/^Cast!C6: 'n\/a' is not a number/)],
      ["C1", 2, "no Day Rate or Hourly Rate, though its account is 2000"],
    ]);
    // Near misses: Ava has a rate (priced), Dee neither rate nor account (not expected), Fay works no day.
  });

  test("the Cost Report lists them under their own band, the account as the resource gives it", () => {
    const { model, report } = run();
    const sheet = buildWritePlan(report, model).sheets.find((s) => s.key === "cost-report")!;
    const head = rowOf(sheet, "WORKED, NOT PRICED (not in Planned)") + 1;
    const row = (r: number) => ["A", "B", "C"].map((c) => valueAt(sheet, `${c}${r}`) ?? null);
    expect(row(head)).toEqual(["Account", "Resource", "Days worked"]);
    expect([1, 2, 3, 4].map((k) => row(head + k))).toEqual([
      ["1401", "Ben Okafor (2)", 2],
      ["1401", "Cy Lund (3)", 2],
      ["(no account)", "Eve Moss (5)", 1],
      ["2000", "Kai Berg (C1)", 2],
    ]);
    // Planned for 1401 is Ava's day only: what the section explains.
    expect(valueAt(sheet, `D${rowOf(sheet, "Account") + 1}`)).toBe(1200);
  });

  test("nobody left out: no band", () => {
    const { model, report } = check(
      workbook(
        rangeSheet("Schedule", SCHEDULE.slice(0, 2)),
        rangeSheet("Cast", [
          ["ID", "Name", "Day Rate"],
          ["1", "Ava Marsh", 1200],
          ["2", "Ben Okafor", null],
        ]),
      ),
    );
    const sheet = buildWritePlan(report, model).sheets.find((s) => s.key === "cost-report")!;
    expect(allValues(sheet).map(([, v]) => v)).not.toContain("WORKED, NOT PRICED (not in Planned)");
  });
});
