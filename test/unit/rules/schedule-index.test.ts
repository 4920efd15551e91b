/**
 * The rules' numeric machinery against plain reference versions: the packed numeric sort, the
 * cluster-split overload sweep, the work days (also when a Start falls on another day than its Date)
 * and the counting-sort order of conflicts.
 */
import fc from "fast-check";
import type { ScheduleColumns } from "../../../src/core/columns";
import type { Conflict } from "../../../src/core/report";
import { CONFLICT_TYPE_ORDER, sortConflicts } from "../../../src/core/rules";
import { scheduleIndex } from "../../../src/core/rules/common";
import { sortByKey } from "../../../src/core/sort-ids";
import { overloadSpans } from "../../../src/core/rules/double-booking";
import { ModelBuilder, at } from "../../helpers/model-builder";

describe("sortByKey", () => {
  const keys = fc.oneof(
    fc.array(fc.integer({ min: -5000, max: 5000 }), { maxLength: 60 }),
    fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { maxLength: 60 }),
  );
  test("orders by key, then by id, like a comparison sort", () => {
    fc.assert(
      fc.property(keys, (values) => {
        const key = Float64Array.from(values);
        // Ids in a shuffled order, so ties must be settled by id.
        const ids = Int32Array.from(values.map((_, k) => k).reverse());
        const expected = Array.from(ids).sort((a, b) => key[a] - key[b] || a - b);
        expect(Array.from(sortByKey(ids, key))).toEqual(expected);
      }),
    );
  });

  // Runs in schedule order are nearly sorted (insertion sort) or far from it (its budget runs out and
  // the full sort finishes the partly sorted run): both must end in the same order.
  test("nearly sorted and far-from-sorted runs end in the same order as a comparison sort", () => {
    const shapes = fc.record({
      length: fc.integer({ min: 2, max: 400 }),
      swaps: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 6 })), { maxLength: 200 }),
      ties: fc.integer({ min: 1, max: 50 }),
      reversed: fc.boolean(),
    });
    fc.assert(
      fc.property(shapes, ({ length, swaps, ties, reversed }) => {
        // Keys rise with the id (ties: several ids share a key), then some neighbours trade places.
        const key = Float64Array.from({ length }, (_, id) => Math.floor(id / ties));
        const ids = Int32Array.from({ length }, (_, k) => (reversed ? length - 1 - k : k));
        for (const [at, by] of swaps) {
          const a = at % length;
          const b = Math.min(length - 1, a + by);
          [ids[a], ids[b]] = [ids[b], ids[a]];
        }
        const expected = Array.from(ids).sort((a, b) => key[a] - key[b] || a - b);
        expect(Array.from(sortByKey(ids, key))).toEqual(expected);
      }),
    );
  });
});

/** The plain sweep over every start and end event of the whole list (no clusters). */
function referenceSpans(start: number[], end: number[], capacity: number) {
  const items = start.map((_, k) => k).filter((k) => end[k] > start[k]);
  const byEnd = [...items].sort((a, b) => end[a] - end[b]);
  const spans: { from: number; to: number; items: number[]; over: number }[] = [];
  const active = new Set<number>();
  let s = 0;
  let e = 0;
  let open: (typeof spans)[number] | null = null;
  while (e < byEnd.length) {
    const next = Math.min(s < items.length ? start[items[s]] : Infinity, end[byEnd[e]]);
    while (e < byEnd.length && end[byEnd[e]] === next) active.delete(byEnd[e++]);
    const starting: number[] = [];
    while (s < items.length && start[items[s]] === next) {
      active.add(items[s]);
      starting.push(items[s++]);
    }
    if (active.size > capacity) {
      if (!open) open = { from: next, to: next, items: [...active], over: active.size - capacity };
      else {
        open.items.push(...starting);
        open.over = Math.max(open.over, active.size - capacity);
      }
    } else if (open) {
      open.to = next;
      spans.push(open);
      open = null;
    }
  }
  return spans;
}

describe("overloadSpans", () => {
  // Short items on a small grid of minutes: many touching, nested, zero-length and chained overlaps.
  const interval = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 12 }));
  test("splitting at idle moments finds the same spans as one sweep of everything", () => {
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 40 }), fc.constantFrom(0, 1, 1.5, 2, 3), (intervals, capacity) => {
        // Sorted by Start, then by number, like a resource's timed list.
        const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
        const start = sorted.map(([s]) => s);
        const end = sorted.map(([s, length]) => s + length);
        const columns = { start: Float64Array.from(start), end: Float64Array.from(end) } as ScheduleColumns;
        const timed = Int32Array.from(start.map((_, k) => k));
        const spans = overloadSpans(columns, timed, capacity).map((x) => ({ ...x, items: [...x.items].sort() }));
        const expected = referenceSpans(start, end, capacity).map((x) => ({ ...x, items: [...x.items].sort() }));
        expect(spans).toEqual(expected);
      }),
    );
  });
});

describe("scheduleIndex work days", () => {
  test("a Start on another day than the Date is grouped under its Date", () => {
    const b = new ModelBuilder().resource({ id: "1", name: "Ava", type: "cast" });
    b.item({ id: "A", date: "2026-03-03", start: "08:00", end: "10:00", cast: ["1"] });
    b.item({ id: "B", date: "2026-03-02", start: "09:00", end: "11:00", cast: ["1"] });
    b.item({ id: "C", date: "2026-03-03", start: "06:00", end: "07:00", cast: ["1"] });
    b.item({ id: "D", date: "2026-03-02", start: "12:00", end: "13:00", cast: ["1"] });
    const model = b.build();
    // B is dated the 2nd but starts on the 4th: by Start it comes last, by Date it belongs to the 2nd.
    const late = model.items[1];
    late.start = at("2026-03-04 09:00");
    late.end = at("2026-03-04 11:00");
    const index = scheduleIndex(model);
    const { days } = index;
    const r = index.used[0];
    const ids = (d: number) =>
      Array.from(days.itemIds.subarray(days.from[d], days.from[d + 1]), (i) => model.items[i].id);
    const found = [];
    for (let d = days.dayStart[r]; d < days.dayStart[r + 1]; d++) {
      found.push({ date: days.date[d], items: ids(d), last: model.items[days.last[d]].id });
    }
    expect(found).toEqual([
      { date: model.items[3].date, items: ["D", "B"], last: "B" },
      { date: model.items[0].date, items: ["C", "A"], last: "A" },
    ]);
    expect(index.overlaps[r]).toBe(0);
  });

  test("notes a resource whose timed items overlap, and not one whose items only touch", () => {
    const b = new ModelBuilder()
      .resource({ id: "1", name: "Ava", type: "cast" })
      .resource({ id: "2", name: "Ben", type: "cast" });
    b.item({ id: "A", date: "2026-03-02", start: "08:00", end: "10:00", cast: ["1", "2"] });
    b.item({ id: "B", date: "2026-03-02", start: "10:00", end: "11:00", cast: ["1"] });
    b.item({ id: "C", date: "2026-03-02", start: "09:59", end: "10:30", cast: ["2"] });
    const model = b.build();
    const index = scheduleIndex(model);
    const byId = (id: string) => index.columns.resources.findIndex((x) => x.id === id);
    expect(index.overlaps[byId("1")]).toBe(0);
    expect(index.overlaps[byId("2")]).toBe(1);
  });
});

describe("scheduleIndex: days at several places (what travel reads)", () => {
  // Each resource's days in order, as 1 where the index says the day has two or more known places.
  function severalPlaces(items: { date: string; start: string; end: string; location?: string }[]): number[] {
    const b = new ModelBuilder().resource({ id: "1", name: "Ava", type: "cast" });
    items.forEach((it, k) => b.item({ id: `S${k}`, ...it, cast: ["1"] }));
    const index = scheduleIndex(b.build());
    const r = index.used[0];
    const out: number[] = [];
    for (let d = index.days.dayStart[r]; d < index.days.dayStart[r + 1]; d++) out.push(index.days.severalPlaces[d]);
    return out;
  }
  const D1 = "2026-03-02";
  const D2 = "2026-03-03";

  test.each<[string, { date: string; start: string; end: string; location?: string }[], number[]]>([
    [
      "one place a day, two places on the second",
      [
        { date: D1, start: "08:00", end: "10:00", location: "Pier" },
        { date: D1, start: "11:00", end: "12:00", location: "pier " },
        { date: D2, start: "08:00", end: "10:00", location: "Pier" },
        { date: D2, start: "11:00", end: "12:00", location: "Stage 4" },
      ],
      [0, 1],
    ],
    [
      "a strip with no Location between two places still leaves two places",
      [
        { date: D1, start: "08:00", end: "09:00", location: "Pier" },
        { date: D1, start: "09:00", end: "10:00" },
        { date: D1, start: "11:00", end: "12:00", location: "Stage 4" },
      ],
      [1],
    ],
    [
      "near miss: one place and strips without a Location",
      [
        { date: D1, start: "08:00", end: "09:00" },
        { date: D1, start: "09:00", end: "10:00", location: "Pier" },
        { date: D1, start: "11:00", end: "12:00" },
      ],
      [0],
    ],
    [
      "listed out of Start order (the list is sorted and its days redone)",
      [
        { date: D2, start: "11:00", end: "12:00", location: "Stage 4" },
        { date: D1, start: "11:00", end: "12:00", location: "Pier" },
        { date: D1, start: "08:00", end: "10:00", location: "Pier" },
        { date: D2, start: "08:00", end: "10:00", location: "Pier" },
      ],
      [0, 1],
    ],
  ])("%s", (_name, items, expected) => {
    expect(severalPlaces(items)).toEqual(expected);
  });
});

describe("sortConflicts", () => {
  const model = new ModelBuilder()
    .item({ id: "I0", date: "2026-03-02" })
    .item({ id: "I1", date: "2026-03-02" })
    .item({ id: "I2", date: "2026-03-02" })
    .build();
  const conflict = fc.record({
    type: fc.constantFrom(...CONFLICT_TYPE_ORDER),
    date: fc.option(fc.constantFrom("2026-03-02", "2026-03-10", "2026-12-01"), { nil: undefined }),
    resource: fc.option(fc.constantFrom("1", "10", "2", "Ava", "ava", "É"), { nil: undefined }),
    items: fc.array(fc.constantFrom("I0", "I1", "I2", "missing"), { maxLength: 2 }),
  });
  test("equals a stable comparison sort on (date, type, resource, first item)", () => {
    fc.assert(
      fc.property(fc.array(conflict, { maxLength: 30 }), (specs) => {
        const conflicts: Conflict[] = specs.map((c, k) => ({ ...c, severity: "error", message: `m${k}` }));
        const first = (c: Conflict) =>
          c.items.length > 0 ? (model.itemById.get(c.items[0])?.index ?? Number.MAX_SAFE_INTEGER) : -1;
        const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
        const expected = [...conflicts].sort(
          (a, b) =>
            text(a.date ?? "\uffff", b.date ?? "\uffff") ||
            CONFLICT_TYPE_ORDER.indexOf(a.type) - CONFLICT_TYPE_ORDER.indexOf(b.type) ||
            text(a.resource ?? "", b.resource ?? "") ||
            first(a) - first(b),
        );
        expect(sortConflicts(model, conflicts).map((c) => c.message)).toEqual(expected.map((c) => c.message));
      }),
    );
  });
});
