import { turnaround } from "../../../src/core/rules/turnaround";
import { longDay } from "../../../src/core/rules/long-day";
import { consecutiveDays, ordinal } from "../../../src/core/rules/consecutive-days";
import { ModelBuilder, type ResourceSpec } from "../../helpers/model-builder";

type Work = [date: string, start?: string, end?: string, status?: string];

function model(work: Work[], person: Partial<ResourceSpec> = {}, build?: (b: ModelBuilder) => void) {
  const b = new ModelBuilder().resource({ id: "1", name: "Ava Marsh", type: "cast", ...person });
  build?.(b);
  work.forEach(([date, start, end, status], k) => b.item({ id: `S${k + 1}`, date, start, end, status, cast: ["1"] }));
  return b.build();
}

describe("turnaround (SAG-AFTRA 12 h)", () => {
  test.each<[string, Work[], Partial<ResourceSpec>, [string[], string, number][]]>([
    [
      "rest exactly 12 h is fine",
      [
        ["2026-03-02", "08:00", "19:00"],
        ["2026-03-03", "07:00", "12:00"],
      ],
      {},
      [],
    ],
    [
      "rest 11 h 59 min",
      [
        ["2026-03-02", "08:00", "19:01"],
        ["2026-03-03", "07:00", "12:00"],
      ],
      {},
      [[["S1", "S2"], "2026-03-03", 1]],
    ],
    [
      "lead time counts: 12 h minus 30 min makeup",
      [
        ["2026-03-02", "08:00", "19:00"],
        ["2026-03-03", "07:00", "12:00"],
      ],
      { leadTimeMin: 30 },
      [[["S1", "S2"], "2026-03-03", 30]],
    ],
    [
      "lead time with enough rest",
      [
        ["2026-03-02", "08:00", "19:00"],
        ["2026-03-03", "07:30", "12:00"],
      ],
      { leadTimeMin: 30 },
      [],
    ],
    [
      "night shoot wrap after midnight",
      [
        ["2026-03-02", "18:00", "02:00"],
        ["2026-03-03", "13:00", "20:00"],
      ],
      {},
      [[["S1", "S2"], "2026-03-03", 60]],
    ],
    [
      "not calendar-consecutive dates still compared",
      [
        ["2026-03-02", "08:00", "23:00"],
        ["2026-03-04", "08:00", "12:00"],
      ],
      {},
      [],
    ],
    [
      "crew (IATSE 10 h): 10 h is fine",
      [
        ["2026-03-02", "08:00", "21:00"],
        ["2026-03-03", "07:00", "12:00"],
      ],
      { type: "crew" },
      [],
    ],
    [
      "crew (IATSE 10 h): 9 h",
      [
        ["2026-03-02", "08:00", "22:00"],
        ["2026-03-03", "07:00", "12:00"],
      ],
      { type: "crew" },
      [[["S1", "S2"], "2026-03-03", 60]],
    ],
    [
      "equipment has no rule set",
      [
        ["2026-03-02", "08:00", "23:00"],
        ["2026-03-03", "01:00", "02:00"],
      ],
      { type: "equipment" },
      [],
    ],
    [
      "equipment with a Rule Set is a person",
      [
        ["2026-03-02", "08:00", "23:00"],
        ["2026-03-03", "08:00", "09:00"],
      ],
      { type: "equipment", ruleSet: "IATSE" },
      [[["S1", "S2"], "2026-03-03", 60]],
    ],
    [
      "cancelled wrap is ignored",
      [
        ["2026-03-02", "08:00", "12:00"],
        ["2026-03-02", "12:00", "23:00", "Cancelled"],
        ["2026-03-03", "07:00", "12:00"],
      ],
      {},
      [],
    ],
    [
      "date-only day does not count",
      [["2026-03-02", "08:00", "23:00"], ["2026-03-03"], ["2026-03-04", "07:00", "09:00"]],
      {},
      [],
    ],
  ])("%s", (_name, work, person, expected) => {
    const found = turnaround.check(model(work, person));
    expect(found.map((c) => [c.items, c.date, c.magnitude])).toEqual(expected);
  });

  test("uses the latest-ending item of the earlier date and the earliest-starting of the later", () => {
    const found = turnaround.check(
      model([
        ["2026-03-03", "09:00", "12:00"],
        ["2026-03-02", "20:00", "23:30"],
        ["2026-03-02", "08:00", "10:00"],
        ["2026-03-03", "07:00", "08:00"],
      ]),
    );
    expect(found).toHaveLength(1);
    expect(found[0].items).toEqual(["S2", "S4"]);
    expect(found[0].message).toBe(
      "Ava Marsh (1) gets 7 h 30 min rest between wrap of S2 at 23:30 Mon and call of S4 at 07:00 Tue; SAG-AFTRA needs 12 h.",
    );
    expect(found[0].suggestion).toContain("11:30 Tue 2026-03-03");
    expect(found[0].magnitude).toBe(270);
  });

  test.each<[string, string, string, boolean]>([
    ["a DAWN strip moved hours later: the suggestion says another day may serve better", "DAWN", "07:00", true],
    ["near miss: a DAY strip moved as far says nothing of the light", "DAY", "07:00", false],
    ["near miss: a DAWN strip moved by an hour or less stays put in its light", "Dawn", "10:30", false],
  ])("%s", (_name, dn, start, noted) => {
    // Wrap 23:30, so the next call may be 11:30 at the earliest.
    const b = new ModelBuilder().resource({ id: "1", name: "Ava Marsh", type: "cast" });
    b.item({ id: "S1", date: "2026-03-02", start: "18:00", end: "23:30", cast: ["1"] });
    b.item({ id: "S2", date: "2026-03-03", start, end: "12:00", dn, cast: ["1"] });
    const [found] = turnaround.check(b.build());
    expect(
      found.suggestion?.includes(`S2 is ${dn.toUpperCase()}: another day may serve better than a later start`),
    ).toBe(noted);
  });

  test("a Rules override changes Min Rest", () => {
    const m = model(
      [
        ["2026-03-02", "08:00", "22:00"],
        ["2026-03-03", "07:00", "12:00"],
      ],
      {},
      (b) => b.ruleSet("SAG-AFTRA", { minRestHours: 9 }),
    );
    expect(turnaround.check(m)).toHaveLength(0);
  });
});

describe("long-day (Max Day 14 h)", () => {
  test.each<[string, Work[], Partial<ResourceSpec>, [string[], number][]]>([
    ["exactly 14 h is fine", [["2026-03-02", "06:00", "20:00"]], {}, []],
    ["14 h 1 min", [["2026-03-02", "06:00", "20:01"]], {}, [[["S1"], 1]]],
    ["lead time makes it long", [["2026-03-02", "06:00", "20:00"]], { leadTimeMin: 45 }, [[["S1"], 45]]],
    [
      "span across several items",
      [
        ["2026-03-02", "13:00", "21:00"],
        ["2026-03-02", "06:00", "09:00"],
      ],
      {},
      [[["S1", "S2"], 60]],
    ],
    ["night shoot past midnight", [["2026-03-02", "14:00", "05:00"]], {}, [[["S1"], 60]]],
    ["date-only items do not count", [["2026-03-02", "06:00", "19:00"], ["2026-03-02"]], {}, []],
    [
      "cancelled items do not count",
      [
        ["2026-03-02", "06:00", "19:00"],
        ["2026-03-02", "19:00", "23:00", "Omitted"],
      ],
      {},
      [],
    ],
    ["vehicles have no limit", [["2026-03-02", "01:00", "23:00"]], { type: "vehicle" }, []],
  ])("%s", (_name, work, person, expected) => {
    const found = longDay.check(model(work, person));
    expect(found.map((c) => [c.items, c.magnitude])).toEqual(expected);
    for (const c of found) expect(c.date).toBe("2026-03-02");
  });
});

test.each<[number, string]>([
  [1, "1st"],
  [2, "2nd"],
  [3, "3rd"],
  [4, "4th"],
  [7, "7th"],
  [11, "11th"],
  [12, "12th"],
  [13, "13th"],
  [21, "21st"],
  [22, "22nd"],
  [111, "111th"],
])("ordinal(%d) = %s", (n, text) => {
  expect(ordinal(n)).toBe(text);
});

describe("consecutive-days (Max 6)", () => {
  const days = (n: number, from = 2) =>
    Array.from({ length: n }, (_, k) => `2026-03-${String(from + k).padStart(2, "0")}`);
  test.each<[string, Work[], [string, string[], number][]]>([
    ["6 days in a row is fine", days(6).map((d) => [d, "08:00", "10:00"]), []],
    ["7 days in a row", days(7).map((d) => [d, "08:00", "10:00"]), [["2026-03-02", ["S7"], 1]]],
    ["date-only items count", days(7).map((d) => [d]), [["2026-03-02", ["S7"], 1]]],
    ["a gap day resets the run", [...days(6).map((d): Work => [d]), ...days(6, 9).map((d): Work => [d])], []],
    [
      "a cancelled day breaks the run",
      days(7).map((d, k): Work => [d, undefined, undefined, k === 3 ? "Canceled" : undefined]),
      [],
    ],
    ["9 days: magnitude 3", days(9).map((d) => [d]), [["2026-03-02", ["S7"], 3]]],
  ])("%s", (_name, work, expected) => {
    const found = consecutiveDays.check(model(work));
    expect(found.map((c) => [c.date, c.items, c.magnitude])).toEqual(expected);
  });

  test("the item named is day 7's first: timed by Start before date-only", () => {
    const work: Work[] = days(6).map((d) => [d]);
    work.push(["2026-03-08"], ["2026-03-08", "10:00", "11:00"], ["2026-03-08", "09:00", "10:00"]);
    const [c] = consecutiveDays.check(model(work));
    expect(c.items).toEqual(["S9"]);
    expect(c.message).toContain("7 days in a row");
    // Not "Day 7", which reads as a shoot day's name.
    expect(c.message).toContain("The 7th day in a row starts with S9 on Sun 2026-03-08.");
  });

  test("date-only days out of order, repeated and on timed days merge into one run", () => {
    const work: Work[] = [
      ["2026-03-02", "08:00", "10:00"],
      ["2026-03-04", "08:00", "10:00"],
      ["2026-03-06", "08:00", "10:00"],
      ["2026-03-08"],
      ["2026-03-07"],
      ["2026-03-05"],
      ["2026-03-03"],
      ["2026-03-03"],
      ["2026-03-04"],
      ["2026-03-10"],
    ];
    const found = consecutiveDays.check(model(work));
    // Mon 2 to Sun 8 is 7 days (Mon 9 is off): day 7 has only S4.
    expect(found.map((c) => [c.date, c.items, c.magnitude])).toEqual([["2026-03-02", ["S4"], 1]]);
    expect(found[0].message).toContain("Mon 2026-03-02 to Sun 2026-03-08");
  });

  test("many date-only days listed backwards (past the insertion's limit) make one run", () => {
    const work: Work[] = days(28)
      .concat(days(28, 1).map((d) => d.replace("-03-", "-04-")))
      .concat(days(28, 1).map((d) => d.replace("-03-", "-05-")))
      .concat(days(28, 1).map((d) => d.replace("-03-", "-06-")))
      .filter((d) => !/-0[456]-(29|30|31)/.test(d))
      .reverse()
      .map((d) => [d]);
    // Mar 2-29 is one run of 28 days; Apr 1-28, May 1-28 and Jun 1-28 are three more, each preceded by a gap.
    const found = consecutiveDays.check(model(work));
    expect(found.map((c) => [c.date, c.magnitude])).toEqual([
      ["2026-03-02", 22],
      ["2026-04-01", 22],
      ["2026-05-01", 22],
      ["2026-06-01", 22],
    ]);
  });

  test("two runs give two conflicts", () => {
    const work: Work[] = [...days(7).map((d): Work => [d]), ...days(7, 11).map((d): Work => [d])];
    expect(consecutiveDays.check(model(work)).map((c) => c.date)).toEqual(["2026-03-02", "2026-03-11"]);
  });

  // One day off splits a run into the days before and after it: both at most 6 only from day (length - 6) to day 7.
  test.each<[number, string]>([
    [7, "a day off between Mon 2026-03-02 and Sun 2026-03-08"],
    [12, "a day off between Sat 2026-03-07 and Sun 2026-03-08"],
    [13, "a day off on Sun 2026-03-08"],
    [14, "a day off on or before Sun 2026-03-08, and one in every 7 days after"],
  ])("a run of %i days: the suggestion names where one day off ends it", (length, dayOff) => {
    const [c] = consecutiveDays.check(model(days(length).map((d) => [d])));
    expect(c.suggestion).toBe(`Give Ava Marsh (1) ${dayOff}, or move their work that day.`);
  });

  test.each([7, 10, 12, 13])("a day off anywhere the suggestion names ends a run of %i days", (length) => {
    const all = days(length);
    const [c] = consecutiveDays.check(model(all.map((d) => [d])));
    const m = /between \w+ ([\d-]+) and \w+ ([\d-]+)|on \w+ ([\d-]+)/.exec(c.suggestion as string) ?? [];
    const [from, to] = [m[1] ?? m[3], m[2] ?? m[3]];
    const window = all.filter((d) => d >= from && d <= to);
    expect(window.length).toBeGreaterThan(0);
    for (const off of window)
      expect(consecutiveDays.check(model(all.filter((d) => d !== off).map((d) => [d])))).toEqual([]);
    // Just outside the window the run is still too long.
    const before = all[all.indexOf(window[0]) - 1];
    const after = all[all.indexOf(window[window.length - 1]) + 1];
    for (const off of [before, after].filter(Boolean))
      expect(consecutiveDays.check(model(all.filter((d) => d !== off).map((d) => [d])))).not.toEqual([]);
  });
});
