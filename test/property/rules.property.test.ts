/**
 * Property test: on random small schedules, every rule of the engine finds exactly what the quadratic
 * reference (test/reference/rules.ts, written from the contract text) finds.
 */
import fc from "fast-check";
import type { Model } from "../../src/core/model";
import type { Conflict, ConflictType } from "../../src/core/report";
import { rules } from "../../src/core/rules";
import { referenceRules, type RefConflict } from "../reference/rules";
import { buildModel, dayScheduleArb, denseScheduleArb, scheduleArb } from "./schedules";

/**
 * A week at any hour, one busy morning (back-to-back items: travel) and two dense days with few people (the
 * same Grip booked twice): each makes other findings common.
 */
const schedules = fc.oneof(scheduleArb, dayScheduleArb, denseScheduleArb);

function comparable(c: Conflict | RefConflict): string {
  return JSON.stringify([c.type, c.resource ?? null, c.items, c.date ?? null, c.magnitude]);
}

const checked = Object.keys(referenceRules) as ConflictType[];

describe("engine == quadratic reference on random schedules", () => {
  test("every rule, 500 schedules", () => {
    let fired = 0;
    fc.assert(
      fc.property(schedules, (s) => {
        const model = buildModel(s);
        for (const type of checked) {
          const rule = rules.find((r) => r.id === type);
          if (!rule) throw new Error(`no rule ${type}`);
          const engine = rule.check(model).map(comparable).sort();
          const reference = (referenceRules[type] as (m: Model) => RefConflict[])(model).map(comparable).sort();
          expect({ type, found: engine }).toEqual({ type, found: reference });
          fired += engine.length;
        }
      }),
      { numRuns: 500 },
    );
    // The generator must actually produce conflicts, or the comparison proves nothing.
    expect(fired).toBeGreaterThan(500);
  });

  test("double-booking with Capacity 0 (kit on order: every timed booking is over), 200 schedules", () => {
    const withNone = fc.tuple(fc.oneof(scheduleArb, denseScheduleArb), fc.nat()).map(([s, pick]) => ({
      ...s,
      resources: s.resources.map((r, k) => (k % 3 === pick % 3 ? { ...r, capacity: 0 } : r)),
    }));
    let fired = 0;
    fc.assert(
      fc.property(withNone, (s) => {
        const model = buildModel(s);
        const rule = rules.find((r) => r.id === "double-booking");
        const engine = rule?.check(model).map(comparable).sort();
        const reference = (referenceRules["double-booking"] as (m: Model) => RefConflict[])(model)
          .map(comparable)
          .sort();
        expect(engine).toEqual(reference);
        fired += reference.length;
      }),
      { numRuns: 200 },
    );
    expect(fired).toBeGreaterThan(200);
  });

  test.each(checked)("the generator produces %s conflicts", (type) => {
    const samples = fc.sample(schedules, { numRuns: 300, seed: 42 });
    const count = samples.reduce(
      (n, s) => n + (referenceRules[type] as (m: Model) => RefConflict[])(buildModel(s)).length,
      0,
    );
    expect(count).toBeGreaterThan(0);
  });
});
