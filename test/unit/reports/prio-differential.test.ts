/**
 * The typed-array prioritization must equal the straightforward reference (prio-reference.ts) on random
 * schedules: duplicate and padded IDs, cancelled and dateless items, cycles, call-only and date-only
 * items, deadlines, priorities and conflicts. Also its ranking sort against a plain comparison sort.
 */
import fc from "fast-check";
import type { Model } from "../../../src/core/model";
import type { Conflict } from "../../../src/core/report";
import { prioritize, rankOrder } from "../../../src/core/priorities";
import { MINUTES_PER_DAY } from "../../../src/core/time";
import { ModelBuilder, day } from "../../helpers/model-builder";
import { prioritizeReference } from "./prio-reference";

const DATES = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-12"];
const TYPES = ["double-booking", "turnaround", "long-day", "deadline"] as const;
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

const itemArb = fc.record({
  id: fc.integer({ min: 0, max: 15 }),
  date: fc.constantFrom(...DATES),
  /** 0 date-only, 1 timed, 2 call only, 3 dateless */
  kind: fc.constantFrom(0, 1, 1, 1, 2, 3),
  start: fc.integer({ min: 0, max: 95 }).map((q) => q * 15),
  length: fc.integer({ min: 0, max: 40 }).map((q) => q * 15),
  durationMin: fc.option(fc.integer({ min: -30, max: 600 }), { nil: undefined }),
  depends: fc.array(fc.tuple(fc.integer({ min: 0, max: 17 }), fc.constantFrom("", " ")), { maxLength: 3 }),
  deadline: fc.option(fc.integer({ min: -2 * MINUTES_PER_DAY, max: 3 * MINUTES_PER_DAY }), { freq: 3, nil: undefined }),
  priority: fc.option(fc.constantFrom(0, 1, 2, 3, 4, 5, 7, 2.5), { freq: 3, nil: undefined }),
  cancelled: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
});

const conflictArb = fc.record({
  type: fc.constantFrom(...TYPES),
  severity: fc.constantFrom("error" as const, "warning" as const),
  items: fc.array(fc.integer({ min: 0, max: 17 }), { minLength: 1, maxLength: 4 }),
});

const scheduleArb = fc.record({
  items: fc.array(itemArb, { minLength: 1, maxLength: 24 }),
  conflicts: fc.array(conflictArb, { maxLength: 8 }),
  /** The parser keeps the first item of a duplicated ID in itemById; the test builder keeps the last. */
  firstWins: fc.boolean(),
});

type Schedule = typeof scheduleArb extends fc.Arbitrary<infer T> ? T : never;

function build(schedule: Schedule): { model: Model; conflicts: Conflict[] } {
  const b = new ModelBuilder();
  for (const it of schedule.items) {
    b.item({
      id: `I${it.id}`,
      date: it.date,
      ...(it.kind === 1 ? { start: hhmm(it.start), end: hhmm((it.start + it.length) % MINUTES_PER_DAY) } : {}),
      durationMin: it.durationMin,
      dependsOn: it.depends.map(([d, pad]) => `${pad}I${d}${pad}`),
      priority: it.priority,
      status: it.cancelled ? "Cancelled" : undefined,
    });
  }
  const model = b.build();
  schedule.items.forEach((it, i) => {
    const item = model.items[i];
    if (it.kind === 2) item.callOnly = day(it.date) * MINUTES_PER_DAY + it.start;
    if (it.kind === 3) item.date = null;
    if (it.deadline !== undefined) item.deadline = day(it.date) * MINUTES_PER_DAY + it.deadline;
  });
  if (schedule.firstWins) {
    const firstById = new Map<string, (typeof model.items)[number]>();
    for (const item of model.items) if (!firstById.has(item.id)) firstById.set(item.id, item);
    model.itemById = firstById;
  }
  const conflicts = schedule.conflicts.map((c) => ({
    type: c.type,
    severity: c.severity,
    items: c.items.map((i) => `I${i}`),
    message: c.type,
  }));
  return { model, conflicts };
}

describe("prioritize equals the reference", () => {
  test("random schedules", () => {
    fc.assert(
      fc.property(scheduleArb, (schedule) => {
        const a = build(schedule);
        const b = build(schedule);
        const ranked = prioritize(a.model, a.conflicts);
        // The reference ranks the dated items; the undated ones follow them (ranked after every dated one).
        const reference = prioritizeReference(b.model, b.conflicts);
        expect(ranked.slice(0, reference.length)).toEqual(reference);
        const undated = a.model.items.filter((i) => !i.cancelled && i.date === null).map((i) => i.id);
        expect(ranked.slice(reference.length).map((p) => p.item)).toEqual(expect.arrayContaining(undated));
        expect(ranked.length).toBe(reference.length + undated.length);
        ranked.forEach((p, r) => expect(p.rank).toBe(r + 1));
      }),
      { numRuns: 400 },
    );
  });

  test("more chained items than the exact count takes (summed upper bound), with diamonds", () => {
    const b = new ModelBuilder();
    const n = 9000;
    for (let i = 0; i < n; i++) {
      const deps = i === 0 ? [] : i % 3 === 0 && i > 3 ? [`T${i - 1}`, `T${i - 3}`] : [`T${i - 1}`];
      b.item({ id: `T${i}`, date: DATES[i % 3], durationMin: 1 + (i % 7), dependsOn: deps, priority: (i % 6) + 1 });
    }
    const conflicts: Conflict[] = [{ type: "turnaround", severity: "error", items: ["T5", "T7", "T5"], message: "x" }];
    expect(prioritize(b.build(), conflicts)).toEqual(prioritizeReference(b.build(), conflicts));
  });
});

describe("rankOrder", () => {
  const comparisonSort = (cents: number[], start: number[]) =>
    cents.map((_, k) => k).sort((a, b) => cents[b] - cents[a] || start[a] - start[b] || a - b);

  test("equals a comparison sort: counting sort, insertion runs, scrambled runs and the fallback", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 50 })), { maxLength: 400 }),
        fc.constantFrom("ints", "fraction", "nan"),
        (pairs, mode) => {
          const cents = pairs.map(([c], k) => (mode === "fraction" && k === 0 ? c + 0.5 : c));
          const start = pairs.map(([, s], k) => (mode === "nan" && k === 1 ? NaN : s));
          const ranked = Array.from(rankOrder(Float64Array.from(cents), Float64Array.from(start)));
          expect(ranked).toEqual(comparisonSort(cents, start));
        },
      ),
      { numRuns: 300 },
    );
  });

  test("a long run in reverse start order (past the insertion budget)", () => {
    const n = 2000;
    const cents = new Array<number>(n).fill(7);
    const start = cents.map((_, k) => n - k - (k % 2));
    expect(Array.from(rankOrder(Float64Array.from(cents), Float64Array.from(start)))).toEqual(
      comparisonSort(cents, start),
    );
  });
});
