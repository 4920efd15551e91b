/**
 * The columns-based costs must equal the straightforward reference (prio-costs-reference.ts) on random
 * schedules: day and hourly rates, overtime rule sets, lead times, date-only Durations, night shoots,
 * dates out of schedule order, cancelled items, shared and padded accounts, budget lines.
 */
import fc from "fast-check";
import { computeCosts } from "../../../src/core/costs";
import { ModelBuilder } from "../../helpers/model-builder";
import { computeCostsReference } from "./prio-costs-reference";

const DATES = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-10"];
const ACCOUNTS = [undefined, "1400", " 1400", "2000", "", "3300 "];
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

const resourceArb = fc.record({
  type: fc.constantFrom("cast" as const, "crew" as const, "equipment" as const),
  dayRate: fc.option(fc.constantFrom(100, 250.5, 0.1), { freq: 2, nil: undefined }),
  hourlyRate: fc.option(fc.constantFrom(20, 10.333, 45), { freq: 2, nil: undefined }),
  ruleSet: fc.constantFrom(undefined, "OT", "Flat"),
  account: fc.constantFrom(...ACCOUNTS),
  leadTimeMin: fc.constantFrom(0, 0, 30, 90),
});

const itemArb = fc.record({
  date: fc.constantFrom(...DATES),
  timed: fc.boolean(),
  start: fc.integer({ min: 0, max: 95 }).map((q) => q * 15),
  length: fc.integer({ min: 0, max: 60 }).map((q) => q * 15),
  durationMin: fc.option(fc.integer({ min: -10, max: 300 }), { nil: undefined }),
  people: fc.subarray([0, 1, 2, 3, 4, 5]),
  cancelled: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
});

const scheduleArb = fc.record({
  resources: fc.array(resourceArb, { minLength: 6, maxLength: 6 }),
  items: fc.array(itemArb, { maxLength: 20 }),
  budget: fc.array(fc.tuple(fc.constantFrom("1400", "2000 ", "9000"), fc.integer({ min: 0, max: 5000 })), {
    maxLength: 3,
  }),
});

type Schedule = typeof scheduleArb extends fc.Arbitrary<infer T> ? T : never;

function build(schedule: Schedule) {
  const b = new ModelBuilder();
  schedule.resources.forEach((r, k) => b.resource({ id: `R${k}`, ...r }));
  b.ruleSet("OT", { otAfterHours: 4, otRate: 1.5 }).ruleSet("Flat", {});
  for (const it of schedule.items) {
    b.item({
      date: it.date,
      ...(it.timed ? { start: hhmm(it.start), end: hhmm((it.start + it.length) % 1440) } : {}),
      durationMin: it.durationMin,
      cast: it.people.map((p) => `R${p}`),
      status: it.cancelled ? "Cancelled" : undefined,
    });
  }
  for (const [account, amount] of schedule.budget) b.budgetLine(account, amount);
  return b.build();
}

test("computeCosts equals the reference on random schedules", () => {
  fc.assert(
    fc.property(scheduleArb, (schedule) => {
      const costs = computeCosts(build(schedule));
      // The basis text is the sum written out (tested in costs.test.ts); the reference checks the numbers.
      const lines = costs.lines?.map(({ basis: _basis, ...line }) => line);
      expect({ ...costs, lines }).toEqual(computeCostsReference(build(schedule)));
    }),
    { numRuns: 400 },
  );
});
