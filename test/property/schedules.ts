/**
 * Random small schedules for the property tests (rules.property.test.ts, the differential test against the
 * quadratic reference, and suggestions.property.test.ts): seven people, gear and a location over up to a week,
 * with rule sets, availability, travel times, materials, day rates and a budget line, and the model each
 * describes.
 */
import fc from "fast-check";
import type { Model } from "../../src/core/model";
import { ModelBuilder, type ItemSpec } from "../helpers/model-builder";

const ALL_DATES = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08"];
const PLACES = ["Stage 1", " stage 1", "Park", "HARBOR", "", "Harbor "];
export const PEOPLE = [
  { id: "1", name: "Ava", type: "cast" as const },
  { id: "2", name: "Ben", type: "cast" as const },
  { id: "C1", name: "Cy", type: "crew" as const, role: "Grip" },
  { id: "C2", name: "Di", type: "crew" as const, role: "Grip" },
  { id: "CAM", name: "Camera", type: "equipment" as const },
  { id: "VAN", name: "Van", type: "vehicle" as const },
  { id: "L1", name: "Park", type: "location" as const },
];

export const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
const quarterIn = (fromHour: number, toHour: number) =>
  fc.integer({ min: fromHour * 4, max: toHour * 4 - 1 }).map((q) => q * 15);

export interface Shape {
  /** Dates used: the first `days` of the week. */
  days: number;
  /** Starts fall in [fromHour, toHour). */
  fromHour: number;
  toHour: number;
  /** Longest item. */
  maxHours: number;
  /** Most resources on one item. */
  maxPeople: number;
  /** The resources items draw from (IDs; default all). */
  pool?: string[];
}

/** A week of work at any hour (the differential test's schedules). */
export const WEEK: Shape = { days: 7, fromHour: 0, toHour: 24, maxHours: 16, maxPeople: PEOPLE.length };

/**
 * Random schedules of a shape. Fewer days, a short span of Starts, short items and few resources per item
 * make the findings that need two nearby items of one resource on one date (travel), or someone of the
 * same role left free (double-booking's "Book ... instead"), common.
 */
export function scheduleArbOf({ days, fromHour, toHour, maxHours, maxPeople, pool }: Shape) {
  const quarter = quarterIn(fromHour, toHour);
  const date = fc.constantFrom(...ALL_DATES.slice(0, days));
  const moment = fc.tuple(date, quarterIn(0, 24)).map(([d, m]) => `${d} ${hhmm(m)}`);
  const dateOrMoment = fc.oneof(date, moment);

  const resourceArb = fc.record({
    capacity: fc.constantFrom<number>(1, 1, 2),
    lead: fc.constantFrom(0, 0, 30, 90),
    ruleSet: fc.constantFrom(undefined, undefined, "SAG-AFTRA", "Tight", "Loose"),
    availableFrom: fc.option(date, { nil: undefined }),
    availableTo: fc.option(date, { nil: undefined }),
    unavailable: fc.array(fc.tuple(date, date), { maxLength: 2 }),
    dayRate: fc.option(fc.constantFrom(300, 800), { nil: undefined }),
  });

  const itemArb = fc.record({
    date,
    timed: fc.boolean(),
    start: quarter,
    duration: fc.integer({ min: 0, max: maxHours * 4 }).map((q) => q * 15),
    people: fc.subarray(pool ?? PEOPLE.map((p) => p.id), { maxLength: maxPeople }),
    location: fc.constantFrom(...PLACES),
    depends: fc.array(fc.integer({ min: 0, max: 14 }), { maxLength: 2 }),
    deadline: fc.option(dateOrMoment, { freq: 4, nil: undefined }),
    cancelled: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
  });

  return fc.record({
    resources: fc.array(resourceArb, { minLength: PEOPLE.length, maxLength: PEOPLE.length }),
    items: fc.array(itemArb, { minLength: 1, maxLength: 14 }),
    travel: fc.array(
      fc.tuple(fc.constantFrom(...PLACES), fc.constantFrom(...PLACES), fc.integer({ min: 0, max: 120 })),
      {
        maxLength: 4,
      },
    ),
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
    budget: fc.option(fc.constantFrom(500, 2000, 5000), { nil: undefined }),
  });
}

export const scheduleArb = scheduleArbOf(WEEK);
/** One day, Starts 06:00-10:00, items up to 2 h: many back-to-back pairs (travel). */
export const dayScheduleArb = scheduleArbOf({
  days: 1,
  fromHour: 6,
  toHour: 10,
  maxHours: 2,
  maxPeople: PEOPLE.length,
});
/** Two days, Starts 06:00-12:00, items up to 3 h with up to 2 of four resources: a Grip often left free. */
export const denseScheduleArb = scheduleArbOf({
  days: 2,
  fromHour: 6,
  toHour: 12,
  maxHours: 3,
  maxPeople: 2,
  pool: ["1", "C1", "C2", "CAM"],
});

/** Two days at any hour, items up to 4 h with up to 3 of four resources: short rests between strips shared by others. */
export const restScheduleArb = scheduleArbOf({
  days: 2,
  fromHour: 0,
  toHour: 24,
  maxHours: 4,
  maxPeople: 3,
  pool: ["1", "2", "C1", "CAM"],
});

export type Schedule = typeof scheduleArb extends fc.Arbitrary<infer T> ? T : never;

export function buildModel(s: Schedule): Model {
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
      dayRate: r.dayRate,
      account: r.dayRate !== undefined ? "Labor" : undefined,
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
  if (s.budget !== undefined) b.budgetLine("Labor", s.budget);
  return b.build();
}
