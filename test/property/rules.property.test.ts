/**
 * Property test: on random small schedules, every rule of the engine finds exactly what the quadratic
 * reference (test/reference/rules.ts, written from the contract text) finds.
 */
import fc from "fast-check";
import type { Model } from "../../src/core/model";
import type { Conflict, ConflictType } from "../../src/core/report";
import { rules } from "../../src/core/rules";
import { ModelBuilder, type ItemSpec } from "../helpers/model-builder";
import { referenceRules, type RefConflict } from "../reference/rules";

const DATES = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08"];
const PLACES = ["Stage 1", " stage 1", "Park", "HARBOR", "", "Harbor "];
const PEOPLE = [
  { id: "1", name: "Ava", type: "cast" as const },
  { id: "2", name: "Ben", type: "cast" as const },
  { id: "C1", name: "Cy", type: "crew" as const, role: "Grip" },
  { id: "C2", name: "Di", type: "crew" as const, role: "Grip" },
  { id: "CAM", name: "Camera", type: "equipment" as const },
  { id: "VAN", name: "Van", type: "vehicle" as const },
  { id: "L1", name: "Park", type: "location" as const },
];

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
const quarter = fc.integer({ min: 0, max: 95 }).map((q) => q * 15);
const date = fc.constantFrom(...DATES);
const moment = fc.tuple(date, quarter).map(([d, m]) => `${d} ${hhmm(m)}`);
const dateOrMoment = fc.oneof(date, moment);

const resourceArb = fc.record({
  capacity: fc.constantFrom(1, 1, 2),
  lead: fc.constantFrom(0, 0, 30, 90),
  ruleSet: fc.constantFrom(undefined, undefined, "SAG-AFTRA", "Tight", "Loose"),
  availableFrom: fc.option(date, { nil: undefined }),
  availableTo: fc.option(date, { nil: undefined }),
  unavailable: fc.array(fc.tuple(date, date), { maxLength: 2 }),
});

const itemArb = fc.record({
  date,
  timed: fc.boolean(),
  start: quarter,
  duration: fc.integer({ min: 0, max: 64 }).map((q) => q * 15),
  people: fc.subarray(PEOPLE.map((p) => p.id)),
  location: fc.constantFrom(...PLACES),
  depends: fc.array(fc.integer({ min: 0, max: 14 }), { maxLength: 2 }),
  deadline: fc.option(dateOrMoment, { freq: 4, nil: undefined }),
  cancelled: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
});

const scheduleArb = fc.record({
  resources: fc.array(resourceArb, { minLength: PEOPLE.length, maxLength: PEOPLE.length }),
  items: fc.array(itemArb, { minLength: 1, maxLength: 14 }),
  travel: fc.array(fc.tuple(fc.constantFrom(...PLACES), fc.constantFrom(...PLACES), fc.integer({ min: 0, max: 120 })), {
    maxLength: 4,
  }),
  windows: fc.array(
    fc.tuple(
      fc.integer({ min: 0, max: PEOPLE.length - 1 }),
      dateOrMoment,
      dateOrMoment,
      fc.constantFrom("unavailable", "day off", "hold", "travel") as fc.Arbitrary<
        "unavailable" | "day off" | "hold" | "travel"
      >,
    ),
    { maxLength: 3 },
  ),
  materials: fc.array(
    fc.tuple(
      dateOrMoment,
      fc.array(fc.integer({ min: 0, max: 14 }), { maxLength: 3 }),
      fc.option(dateOrMoment, { nil: undefined }),
    ),
    { maxLength: 3 },
  ),
  sag: fc.record({ minRestHours: fc.constantFrom(10, 12), maxConsecutiveDays: fc.constantFrom(2, 3, 6) }),
});

type Schedule = typeof scheduleArb extends fc.Arbitrary<infer T> ? T : never;

function buildModel(s: Schedule): Model {
  const b = new ModelBuilder();
  b.ruleSet("SAG-AFTRA", s.sag);
  b.ruleSet("Tight", { minRestHours: 11, maxDayHours: 8, maxConsecutiveDays: 2, travelBufferMin: 45 });
  b.ruleSet("Loose", { travelBufferMin: 10 });
  PEOPLE.forEach((p, k) => {
    const r = s.resources[k];
    b.resource({
      ...p,
      capacity: r.capacity,
      leadTimeMin: r.lead,
      ruleSet: r.ruleSet,
      availableFrom: r.availableFrom,
      availableTo: r.availableTo,
      unavailable: r.unavailable,
    });
  });
  s.items.forEach((it, k) => {
    const spec: ItemSpec = {
      id: `S${k}`,
      date: it.date,
      location: it.location || undefined,
      dependsOn: it.depends.map((d) => (d === 14 ? "X9" : `S${d}`)),
      deadline: it.deadline,
      status: it.cancelled ? "Cancelled" : undefined,
    };
    if (it.timed) {
      spec.start = hhmm(it.start);
      spec.end = hhmm((it.start + it.duration) % 1440);
    }
    const byRole = (type: string) => it.people.filter((id) => PEOPLE.find((p) => p.id === id)?.type === type);
    spec.cast = byRole("cast");
    spec.crew = byRole("crew");
    spec.equipment = [...byRole("equipment"), ...byRole("vehicle")];
    if (it.people.includes("L1")) spec.other = ["L1"];
    b.item(spec);
  });
  for (const [from, to, minutes] of s.travel) b.travelTime(from, to, minutes);
  for (const [who, from, to, kind] of s.windows) b.window(PEOPLE[who].id, from, to, kind);
  s.materials.forEach(([delivery, ids, neededBy], k) =>
    b.material(
      `Prop ${k}`,
      delivery,
      ids.map((d) => `S${d}`),
      neededBy,
    ),
  );
  return b.build();
}

function comparable(c: Conflict | RefConflict): string {
  return JSON.stringify([c.type, c.resource ?? null, c.items, c.date ?? null, c.magnitude]);
}

const checked = Object.keys(referenceRules) as ConflictType[];

describe("engine == quadratic reference on random schedules", () => {
  test("every rule, 500 schedules", () => {
    let fired = 0;
    fc.assert(
      fc.property(scheduleArb, (s) => {
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

  test.each(checked)("the generator produces %s conflicts", (type) => {
    const samples = fc.sample(scheduleArb, { numRuns: 300, seed: 42 });
    const count = samples.reduce(
      (n, s) => n + (referenceRules[type] as (m: Model) => RefConflict[])(buildModel(s)).length,
      0,
    );
    expect(count).toBeGreaterThan(0);
  });
});
