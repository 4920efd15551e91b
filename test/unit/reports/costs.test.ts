import { NO_ACCOUNT, computeCosts, formatMoney, paidDaysNotWorked, roundMoney } from "../../../src/core/costs";
import { computeDood } from "../../../src/core/dood";
import { budgetOverrun } from "../../../src/core/rules/budget-overrun";
import { ModelBuilder } from "../../helpers/model-builder";

const D1 = "2026-03-02";
const D2 = "2026-03-03";

describe("money helpers", () => {
  test.each([
    [1.005, 1.01],
    [1.004, 1],
    [0.1 + 0.2, 0.3],
    [-2.345, -2.35],
    [0, 0],
    [-1e308, -1e308], // cents would overflow: as typed, never Infinity (JSON null)
    [1e308, 1e308],
  ])("roundMoney(%p) = %p", (x, y) => expect(roundMoney(x)).toBe(y));

  test.each([
    [0, "0.00"],
    [999.5, "999.50"],
    [1000, "1,000.00"],
    [1234567.891, "1,234,567.89"],
    [-1500, "-1,500.00"],
  ])("formatMoney(%p) = %s", (x, s) => expect(formatMoney(x)).toBe(s));
});

describe("computeCosts lines", () => {
  test.each([
    // [name, resource spec, items on D1 as [start, end] or duration-only, expected hours, amount]
    ["day rate is flat per worked date", { dayRate: 500 }, [["08:00", "20:00"]], undefined, 500],
    ["day rate wins over hourly", { dayRate: 500, hourlyRate: 10 }, [["08:00", "20:00"]], undefined, 500],
    [
      "hourly x span of timed items",
      { hourlyRate: 20 },
      [
        ["08:00", "10:00"],
        ["13:00", "14:30"],
      ],
      6.5,
      130,
    ],
    ["lead time counts from the call", { hourlyRate: 20, leadTimeMin: 30 }, [["08:00", "10:00"]], 2.5, 50],
    ["night shoot over midnight", { hourlyRate: 10 }, [["20:00", "04:00"]], 8, 80],
    ["date-only items: sum of Durations", { hourlyRate: 10 }, [90, 30], 2, 20],
    ["date-only without Duration: 0 h", { hourlyRate: 10 }, [undefined], 0, 0],
    ["cents are rounded", { hourlyRate: 10.333 }, [["08:00", "09:00"]], 1, 10.33],
  ] as const)("%s", (_name, spec, items, hours, amount) => {
    const b = new ModelBuilder().resource({ id: "P", type: "crew", ruleSet: "Flat", account: "2000", ...spec });
    b.ruleSet("Flat", {});
    for (const it of items) {
      if (Array.isArray(it)) b.item({ date: D1, start: it[0], end: it[1], crew: ["P"] });
      else b.item({ date: D1, durationMin: it as number | undefined, crew: ["P"] });
    }
    const { lines } = computeCosts(b.build());
    const expected: Record<string, unknown> = { date: D1, resource: "P", account: "2000", amount };
    if (hours !== undefined) expected.hours = hours;
    expect(lines?.map(({ basis: _basis, ...line }) => line)).toEqual([expected]);
  });

  // OT After 10 h at 1.5x, hourly 20.
  test.each([
    // Minutes, not rounded decimals: 9.98 h × 20 would be 199.60, the amount is 199.67.
    ["one minute under OT After", "08:00", "17:59", (599 / 60) * 20, "9 h 59 min × 20"],
    ["exactly at OT After: no OT", "08:00", "18:00", 200, "10 h × 20"],
    ["one hour past OT After", "08:00", "19:00", 200 + 1 * 20 * 1.5, "10 h × 20 + 1 h × 30 (OT 1.5×)"],
    ["three hours past", "08:00", "21:00", 200 + 3 * 30, "10 h × 20 + 3 h × 30 (OT 1.5×)"],
    ["1 h 25 min past", "08:00", "19:25", 200 + (85 / 60) * 30, "10 h × 20 + 1 h 25 min × 30 (OT 1.5×)"],
  ])("overtime %s", (_name, start, end, amount, basis) => {
    const b = new ModelBuilder().resource({ id: "P", type: "crew", ruleSet: "OT", hourlyRate: 20 });
    b.ruleSet("OT", { otAfterHours: 10, otRate: 1.5 });
    b.item({ date: D1, start, end, crew: ["P"] });
    const line = computeCosts(b.build()).lines?.[0];
    expect(line?.amount).toBeCloseTo(amount, 2);
    // The accountant's reconciliation: the basis text says how the amount is made.
    expect(line?.basis).toBe(basis);
  });

  test("overtime does not apply to a day rate, nor without an OT Rate", () => {
    const b = new ModelBuilder()
      .resource({ id: "D", type: "crew", ruleSet: "OT", dayRate: 300 })
      .resource({ id: "H", type: "crew", ruleSet: "NoRate", hourlyRate: 10 });
    b.ruleSet("OT", { otAfterHours: 1, otRate: 2 }).ruleSet("NoRate", { otAfterHours: 1 });
    b.item({ date: D1, start: "08:00", end: "20:00", crew: ["D", "H"] });
    expect(computeCosts(b.build()).lines?.map((l) => l.amount)).toEqual([300, 120]);
  });

  test("cancelled items cost nothing; resources without a rate have no lines; one line per worked date", () => {
    const b = new ModelBuilder().resource({ id: "P", dayRate: 100 }).resource({ id: "Q" });
    b.item({ date: D1, start: "08:00", end: "09:00", cast: ["P", "Q"] });
    b.item({ date: D1, start: "10:00", end: "11:00", cast: ["P"] });
    b.item({ date: D2, start: "08:00", end: "09:00", cast: ["P"], status: "Canceled" });
    expect(computeCosts(b.build()).lines).toEqual([{ date: D1, resource: "P", amount: 100, basis: "day rate 100" }]);
  });
});

describe("computeCosts accounts and days", () => {
  test("budget lines, planned-only accounts and (no account)", () => {
    const b = new ModelBuilder()
      .resource({ id: "A", dayRate: 100, account: "1400" })
      .resource({ id: "B", dayRate: 50, account: " 1400 " })
      .resource({ id: "C", dayRate: 70, account: "3300" })
      .resource({ id: "N", dayRate: 10 });
    b.budgetLine("1400", 1000).budgetLine("5000", 20).budgetLine("1400", 500);
    b.item({ date: D2, start: "08:00", end: "09:00", cast: ["A", "B", "C", "N"] });
    b.item({ date: D1, start: "08:00", end: "09:00", cast: ["A"] });
    const costs = computeCosts(b.build());
    expect(costs.accounts).toEqual([
      { account: "1400", budget: 1500, planned: 250 },
      { account: "5000", budget: 20, planned: 0 },
      { account: "3300", planned: 70 },
      { account: NO_ACCOUNT, planned: 10 },
    ]);
    expect(costs.days).toEqual([
      { date: D1, planned: 100 },
      { date: D2, planned: 230 },
    ]);
  });
});

describe("budgetOverrun rule", () => {
  function model(budget: number, days: number) {
    const b = new ModelBuilder()
      .resource({ id: "1", name: "Ada", dayRate: 300, account: "1400" })
      .resource({ id: "2", name: "Bo", dayRate: 100, account: "1400" })
      .resource({ id: "3", name: "Cy", dayRate: 50.1, account: "1400" })
      .resource({ id: "4", name: "Di", dayRate: 0.1, account: "1400" });
    b.budgetLine("1400", budget);
    for (let d = 0; d < days; d++)
      b.item({ date: `2026-03-0${d + 2}`, start: "08:00", end: "09:00", cast: ["1", "2", "3", "4"] });
    const m = b.build();
    m.budget[0].description = "Cast";
    return m;
  }

  test.each([
    ["under budget", 1000, 2, 0],
    ["exactly at budget", 900.4, 2, 0],
    ["one cent over", 900.39, 2, 0.01],
    ["well over", 500, 2, 400.4],
  ])("%s", (_name, budget, days, over) => {
    const found = budgetOverrun.check(model(budget, days));
    expect(found.length).toBe(over > 0 ? 1 : 0);
    if (over > 0) expect(found[0].magnitude).toBeCloseTo(over, 2);
  });

  test("conflict shape: warning, account as resource, no items, no date, names the biggest contributors", () => {
    const [c] = budgetOverrun.check(model(500, 2));
    expect(c).toMatchObject({ type: "budget-overrun", severity: "warning", resource: "1400", items: [] });
    expect(c.date).toBeUndefined();
    expect(c.message).toBe("Account 1400 (Cast) is planned at 900.40 against a budget of 500.00: 400.40 over.");
    expect(c.suggestion).toContain("Ada (2 days, 600.00), Bo (2 days, 200.00), Cy (2 days, 100.20)");
    expect(c.suggestion).not.toContain("Di");
  });

  test("a shorter day is suggested only where someone is paid by the hour", () => {
    expect(budgetOverrun.check(model(500, 2))[0].suggestion).toMatch(
      /\. Cut their days, or move budget to account 1400\.$/,
    );
    const b = new ModelBuilder()
      .resource({ id: "1", name: "Ada", dayRate: 300, account: "1400" })
      .resource({ id: "2", name: "Bo", hourlyRate: 100, account: "1400" });
    b.budgetLine("1400", 100);
    b.item({ date: D1, start: "08:00", end: "10:00", cast: ["1", "2"] });
    expect(budgetOverrun.check(b.build())[0].suggestion).toBe(
      "Biggest contributors: Ada (1 day, 300.00), Bo (1 day, 200.00). Cut or shorten their days, or move budget to account 1400.",
    );
  });

  test("accounts without a budget line never overrun", () => {
    const b = new ModelBuilder().resource({ id: "1", dayRate: 1e6, account: "9999" }).resource({ id: "2", dayRate: 5 });
    b.item({ date: D1, start: "08:00", end: "09:00", cast: ["1", "2"] });
    expect(budgetOverrun.check(b.build())).toEqual([]);
  });

  test("rule metadata", () => {
    expect([budgetOverrun.id, budgetOverrun.severity]).toEqual(["budget-overrun", "warning"]);
  });
});

describe("paid days not worked: the cast's holds and travel days at their Day Rate", () => {
  // Ava works Mon and Thu (H Tue, Wed: two shoot days between), travels Fri on an Availability window; Ben works
  // Mon and Tue only; Cleo (hourly) holds Tue and Wed too.
  function costsOf() {
    const b = new ModelBuilder()
      .resource({ id: "1", name: "Ava", type: "cast", dayRate: 1250, account: "1400" })
      .resource({ id: "2", name: "Ben", type: "cast", dayRate: 800 })
      .resource({ id: "3", name: "Cleo", type: "cast", hourlyRate: 60 });
    b.item({ id: "S1", date: "2026-03-02", start: "08:00", end: "10:00", cast: ["1", "2", "3"] });
    b.item({ id: "S2", date: "2026-03-03", start: "08:00", end: "10:00", cast: ["2"] });
    b.item({ id: "S3", date: "2026-03-04", start: "08:00", end: "10:00" });
    b.item({ id: "S4", date: "2026-03-05", start: "08:00", end: "10:00", cast: ["1", "3"] });
    b.item({ id: "S5", date: "2026-03-06", start: "08:00", end: "10:00" });
    b.window("1", "2026-03-06", "2026-03-06", "travel");
    const model = b.build();
    return paidDaysNotWorked(model, computeDood(model));
  }

  test("holds and travel at the Day Rate, with the account and the sum written out; workers and hourly cast left out", () => {
    expect(costsOf()).toEqual([
      {
        resource: "1",
        account: "1400",
        hold: 2,
        travel: 1,
        amount: 3750,
        basis: "3 days (2 hold, 1 travel) × day rate 1250",
      },
    ]);
  });

  test.each([
    [false, [{ resource: "1", hold: 3, travel: 0, amount: 3750, basis: "3 hold days × day rate 1250" }]],
    [true, []], // Allow Drop: a gap of 14 calendar days (over the 10 of Drop Days) is a drop, not paid holds
  ])("a long gap with Allow Drop %p", (allowDrop, expected) => {
    const b = new ModelBuilder().resource({ id: "1", name: "Ava", type: "cast", dayRate: 1250, allowDrop });
    b.item({ id: "A", date: "2026-03-02", start: "08:00", end: "10:00", cast: ["1"] });
    for (const [k, date] of ["2026-03-05", "2026-03-09", "2026-03-12"].entries())
      b.item({ id: `X${k}`, date, start: "08:00", end: "10:00" });
    b.item({ id: "B", date: "2026-03-16", start: "08:00", end: "10:00", cast: ["1"] });
    const model = b.build();
    expect(paidDaysNotWorked(model, computeDood(model))).toEqual(expected);
  });
  test.each([
    ["a day off all day: that hold is not paid", "2026-03-04", "2026-03-04", 1],
    ["near miss: two hours off leave the day held", "2026-03-04 09:00", "2026-03-04 11:00", 2],
  ])("%s", (_name, from, to, paidHolds) => {
    const b = new ModelBuilder().resource({ id: "1", name: "Ava", type: "cast", dayRate: 1000 });
    b.item({ id: "S1", date: "2026-03-02", start: "08:00", end: "10:00", cast: ["1"] });
    b.item({ id: "S2", date: "2026-03-03", start: "08:00", end: "10:00" });
    b.item({ id: "S3", date: "2026-03-04", start: "08:00", end: "10:00" });
    b.item({ id: "S4", date: "2026-03-05", start: "08:00", end: "10:00", cast: ["1"] });
    b.window("1", from, to, "day off");
    const model = b.build();
    const dood = computeDood(model);
    expect(dood.rows[0].codes).toEqual(["SW", "H", "H", "WF"]);
    expect(paidDaysNotWorked(model, dood)).toEqual([
      expect.objectContaining({ hold: paidHolds, amount: paidHolds * 1000 }),
    ]);
  });
});
