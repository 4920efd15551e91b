/**
 * Boundaries the rest of the suite left open, found by mutation testing of the rule engine: each test names the
 * contract sentence (or documented reading) it pins.
 */
import { turnaround } from "../../../src/core/rules/turnaround";
import { longDay } from "../../../src/core/rules/long-day";
import { consecutiveDays } from "../../../src/core/rules/consecutive-days";
import { doubleBooking } from "../../../src/core/rules/double-booking";
import { budgetOverrun } from "../../../src/core/rules/budget-overrun";
import { dependency } from "../../../src/core/rules/dependency";
import { deadline } from "../../../src/core/rules/deadline";
import { travel } from "../../../src/core/rules/travel";
import { unavailable } from "../../../src/core/rules/unavailable";
import { applyRuleSetOverride, defaultRuleSets, ruleSetKey } from "../../../src/core/rulesets";
import { isoDate } from "../../../src/core/time";
import { ModelBuilder, day, type ResourceSpec } from "../../helpers/model-builder";

type Work = [date: string, start?: string, end?: string];

function model(person: Partial<ResourceSpec>, work: Work[]) {
  const b = new ModelBuilder().resource({ id: "1", name: "Ava Marsh", type: "cast", ...person });
  work.forEach(([date, start, end], k) => b.item({ id: `S${k + 1}`, date, start, end, cast: ["1"] }));
  return b.build();
}

const days = (n: number) => Array.from({ length: n }, (_, k) => isoDate(day("2026-03-02") + k));

// Contract §4: SAG-AFTRA (cast) 12 h / 14 h / 6, IATSE (crew) 10 h / 14 h / 6, Non-union (Rule Set Non-union)
// 10 h / 14 h / 6. Each default is pinned at its boundary: the limit itself is fine, one minute (or day) past fires.
describe.each<[string, Partial<ResourceSpec>, number, number, number]>([
  ["SAG-AFTRA (cast by default)", { type: "cast" }, 12, 14, 6],
  ["IATSE (crew by default)", { type: "crew" }, 10, 14, 6],
  ["Non-union (named by Rule Set)", { type: "cast", ruleSet: "Non-union" }, 10, 14, 6],
])("default rule set %s", (_name, person, minRest, maxDay, maxDays) => {
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

  // §5 turnaround: (earliest Start on the later date) − (latest End on the earlier date) < Min Rest.
  test.each<[string, number, number[]]>([
    ["rest of exactly Min Rest is fine", 0, []],
    ["one minute short of Min Rest", 1, [1]],
  ])(`turnaround: %s (Min Rest ${minRest} h)`, (_case, short, expected) => {
    // Wrap 20:00 Mon; call Tue at 20:00 + Min Rest − short.
    const call = 20 * 60 + minRest * 60 - 24 * 60 - short;
    const found = turnaround.check(
      model(person, [
        ["2026-03-02", "08:00", "20:00"],
        ["2026-03-03", hhmm(call), "18:00"],
      ]),
    );
    expect(found.map((c) => c.magnitude)).toEqual(expected);
  });

  // §5 long-day: latest End − earliest Start > Max Day.
  test.each<[string, number, number[]]>([
    ["a day of exactly Max Day is fine", 0, []],
    ["one minute over Max Day", 1, [1]],
  ])(`long-day: %s (Max Day ${maxDay} h)`, (_case, over, expected) => {
    const found = longDay.check(model(person, [["2026-03-02", "05:00", hhmm(5 * 60 + maxDay * 60 + over)]]));
    expect(found.map((c) => c.magnitude)).toEqual(expected);
  });

  // §5 consecutive-days: works more than Max Consecutive Days calendar days in a row.
  test.each<[string, number, number[]]>([
    ["Max Consecutive Days in a row is fine", 0, []],
    ["one day more", 1, [1]],
  ])(`consecutive-days: %s (${maxDays})`, (_case, extra, expected) => {
    const found = consecutiveDays.check(
      model(
        person,
        days(maxDays + extra).map((d): Work => [d]),
      ),
    );
    expect(found.map((c) => c.magnitude)).toEqual(expected);
  });
});

// Contract §5 double-booking: "One conflict per maximal span of time during which its load exceeds Capacity", items:
// "every timed item of that resource overlapping the span". A cluster bigger than the sweep's first scratch room
// (64, grown to at least twice that) must still be swept whole.
test.each([130, 200])("double-booking: %i copies of one strip are one span naming every copy", (copies) => {
  const b = new ModelBuilder().resource({ id: "CAM", name: "Camera A", type: "equipment", capacity: 1 });
  for (let k = 0; k < copies; k++)
    b.item({ id: `S${k + 1}`, date: "2026-03-02", start: "08:00", end: "10:00", equipment: ["CAM"] });
  const found = doubleBooking.check(b.build());
  expect(found.map((c) => [c.items.length, c.magnitude, c.date])).toEqual([[copies, copies - 1, "2026-03-02"]]);
  expect(found[0].items).toEqual(Array.from({ length: copies }, (_, k) => `S${k + 1}`));
});

// Contract §5 consecutive-days: a person works more than Max Consecutive Days calendar days in a row, whatever order
// the schedule lists the days in. Date-only days are ordered by insertion until 4,096 moves, then sorted: this listing
// reaches exactly 4,096 moves and appends three days out of order after it.
test("consecutive-days: days listed out of order past exactly the insertion limit still make one run", () => {
  const base = day("2026-01-01");
  const offsets: number[] = [];
  for (let k = 0; k <= 90; k++) offsets.push(300 - 2 * k); // 91 days, descending: 0 + 1 + … + 90 = 4,095 moves
  offsets.push(299); // one move (past day 300): 4,096
  offsets.push(297, 295, 293); // filling the gaps 292..300 into a run of 9
  const found = consecutiveDays.check(
    model(
      {},
      offsets.map((o): Work => [isoDate(base + o)]),
    ),
  );
  // 292, 293, …, 300 is 9 days in a row: the 7th day (298, listed second) starts the excess.
  expect(found.map((c) => [c.date, c.items, c.magnitude])).toEqual([[isoDate(base + 292), ["S2"], 3]]);
});

// Contract §5 dependency: "if either is date-only: its date is before the predecessor's date". The finding then
// speaks in days, not in times one of the two items does not have.
test.each<[string, { start?: string; end?: string }, { start?: string; end?: string }, string]>([
  [
    "a timed item after a date-only predecessor's day",
    {},
    { start: "08:00", end: "09:00" },
    "I is on Tue 2026-03-03 but depends on P, which is on Wed 2026-03-04. It is 24 h early.",
  ],
  [
    "a date-only item before a timed predecessor",
    { start: "08:00", end: "09:00" },
    {},
    "I is on Tue 2026-03-03 but depends on P, which is on Wed 2026-03-04. It is 24 h early.",
  ],
])("dependency: %s is judged and told by whole days", (_name, pred, item, message) => {
  const b = new ModelBuilder();
  b.item({ id: "I", date: "2026-03-03", dependsOn: ["P"], ...item });
  b.item({ id: "P", date: "2026-03-04", ...pred });
  const found = dependency.check(b.build());
  expect(found.map((c) => [c.items, c.date, c.magnitude, c.message])).toEqual([
    [["I", "P"], "2026-03-03", 1440, message],
  ]);
  expect(found[0].suggestion).toBe("Move I to Wed 2026-03-04 or later, or P to Tue 2026-03-03 or earlier.");
});

// Contract §5 turnaround: rest below Min Rest fires; a call exactly at the wrap is 0 min of rest, not a call "before
// the wrap" (that note is for a negative rest: the next date's call comes before the earlier date's wrap).
test.each<[string, string, string]>([
  [
    "a call exactly at the wrap: no rest, nothing before the wrap",
    "06:00",
    "gets 0 min rest between wrap of S1 at 06:00 Tue and call of S2 at 06:00 Tue; SAG-AFTRA needs 12 h.",
  ],
  [
    "near miss: a call before the wrap says by how much",
    "05:30",
    "gets 0 min rest between wrap of S1 at 06:00 Tue and call of S2 at 05:30 Tue; SAG-AFTRA needs 12 h (the call is 30 min before the wrap).",
  ],
])("turnaround: %s", (_name, call, said) => {
  const found = turnaround.check(
    model({}, [
      ["2026-03-02", "18:00", "06:00"],
      ["2026-03-03", call, "12:00"],
    ]),
  );
  expect(found).toHaveLength(1);
  expect(found[0].message).toBe(`Ava Marsh (1) ${said}`);
});

// docs/workbook-format.md: "Saved settings are checked before use: malformed ... rule-set numbers ... are ignored";
// rulesets.ts takes "only known finite numbers" (not negative): the default stays.
test.each<[string, unknown]>([
  ["negative", -1],
  ["not a number", NaN],
  ["infinite", Infinity],
  ["text", "12"],
])("an override's rule-set number that is %s keeps the default", (_name, value) => {
  const sets = defaultRuleSets();
  const merged = applyRuleSetOverride(sets, "SAG-AFTRA", { minRestHours: value, maxDayHours: 13 } as never);
  expect([merged.minRestHours, merged.maxDayHours]).toEqual([12, 13]);
  expect(sets.get(ruleSetKey("sag aftra"))).toBe(merged);
});

// rulesets.ts takes "finite numbers" that are not negative, so 0 is a number a Rules row may give (a Travel Buffer
// of 0 min: no buffer between locations).
test("a zero rule-set number in an override is kept", () => {
  const merged = applyRuleSetOverride(defaultRuleSets(), "IATSE", { travelBufferMin: 0, minRestHours: 0 });
  expect([merged.travelBufferMin, merged.minRestHours, merged.maxDayHours]).toEqual([0, 0, 14]);
});

// Suggestions (contract §5: "where it can, `suggestion`"); the readings below are the project's own (docs, rule
// comments), each pinned where a mutant of its boundary survived every other test.

// deadline.ts: a date-only item ends at the end of its Date, so to end by a timed Deadline it must be on the day
// before the Deadline's day.
test.each<[string, string, string]>([
  ["a Deadline during a day: the day before it", "2026-03-03 15:00", "Move W to Mon 2026-03-02 or earlier."],
  ["near miss: a date-only Deadline: that day", "2026-03-03", "Move W to Tue 2026-03-03 or earlier."],
])("deadline: a date-only item, %s", (_name, due, suggestion) => {
  const b = new ModelBuilder().item({ id: "W", date: "2026-03-04", deadline: due });
  expect(deadline.check(b.build()).map((c) => c.suggestion)).toEqual([suggestion]);
});

// travel.ts: "Wrapping earlier is offered only where the item would still run": wrapping the first strip by
// its own Start is no option.
test.each<[string, number, string]>([
  ["the trip takes the whole first strip: no wrap offered", 60, "Start S2 at 10:00 Tue 2026-03-03 or later."],
  [
    "near miss: a minute of it would still run",
    59,
    "Start S2 at 09:59 Tue 2026-03-03 or later, or wrap S1 by 08:01 Tue 2026-03-03.",
  ],
])("travel: %s", (_name, minutes, suggestion) => {
  const b = new ModelBuilder().resource({ id: "1", name: "Ava", type: "cast" }).travelTime("Park", "Harbor", minutes);
  b.item({ id: "S1", date: "2026-03-03", start: "08:00", end: "09:00", location: "Park", cast: ["1"] });
  b.item({ id: "S2", date: "2026-03-03", start: "09:00", end: "10:00", location: "Harbor", cast: ["1"] });
  expect(travel.check(b.build()).map((c) => c.suggestion)).toEqual([suggestion]);
});

// unavailable.ts: "Starting later must not put another person or thing on the strip into their own blocked time".
test.each<[string, string, string]>([
  [
    "the camera is out when the later start would be: no later start offered",
    "10:00",
    "Move S1 to a day Ava Marsh (1) is available, or replace them on it.",
  ],
  [
    "near miss: the camera is back by then",
    "08:00",
    "Start S1 at 10:00 Tue 2026-03-03 or later, move S1 to a day Ava Marsh (1) is available, or replace them on it.",
  ],
])("unavailable: %s", (_name, cameraOutFrom, suggestion) => {
  const b = new ModelBuilder()
    .resource({ id: "1", name: "Ava Marsh", type: "cast" })
    .resource({ id: "CAM", name: "Camera A", type: "equipment" });
  b.window("1", "2026-03-03 08:00", "2026-03-03 10:00");
  b.window("CAM", `2026-03-03 ${cameraOutFrom}`, cameraOutFrom === "10:00" ? "2026-03-03 13:00" : "2026-03-03 08:30");
  b.item({ id: "S1", date: "2026-03-03", start: "09:00", end: "11:00", cast: ["1"], equipment: ["CAM"] });
  const ava = unavailable.check(b.build()).filter((c) => c.resource === "1");
  expect(ava.map((c) => c.suggestion)).toEqual([suggestion]);
});

// double-booking.ts movesOutOf: "each item moves to the earliest Start (at or after its own) where it fits" (a
// resource of several units too; the general plan, not only the one-unit case).
test("double-booking: three strips on a two-unit resource: the latest moves to where a unit is free", () => {
  const b = new ModelBuilder().resource({ id: "CAM", name: "Camera A", type: "equipment", capacity: 2 });
  b.item({ id: "A", date: "2026-03-02", start: "08:00", end: "10:00", equipment: ["CAM"] });
  b.item({ id: "B", date: "2026-03-02", start: "08:00", end: "10:00", equipment: ["CAM"] });
  b.item({ id: "C", date: "2026-03-02", start: "09:00", end: "11:00", equipment: ["CAM"] });
  // Later that day, apart from the span: 10:00 is the first fit, not after this.
  b.item({ id: "D", date: "2026-03-02", start: "12:00", end: "13:00", equipment: ["CAM"] });
  expect(doubleBooking.check(b.build()).map((c) => c.suggestion)).toEqual([
    "Move C to start at 10:00 Mon 2026-03-02, or add another unit.",
  ]);
});

// long-day.ts: "every item starting earlier starts at the new call (keeping its wrap)": a strip that already starts
// at the new call is not one to move.
test("long-day: the later start names only the strips starting before the new call", () => {
  const found = longDay.check(
    model({}, [
      ["2026-03-02", "05:00", "12:00"],
      ["2026-03-02", "06:00", "20:00"],
    ]),
  );
  expect(found.map((c) => [c.magnitude, c.suggestion])).toEqual([
    [60, "Wrap S2 by 19:00 Mon 2026-03-02, or start S1 at 06:00 Mon 2026-03-02 (keeping their wraps)."],
  ]);
});

// Contract §5: intervals are half-open, so an Availability window whose To is its From holds no time; it is no
// blocked time of its own and adds nothing to the reasons a message gives.
test("unavailable: a window of no length is not named beside the one the strip meets", () => {
  const b = new ModelBuilder().resource({ id: "1", name: "Ava Marsh", type: "cast" });
  b.window("1", "2026-03-03 08:00", "2026-03-03 10:00");
  b.window("1", "2026-03-03 10:00", "2026-03-03 10:00", "day off");
  b.item({ id: "S1", date: "2026-03-03", start: "09:00", end: "11:00", cast: ["1"] });
  expect(unavailable.check(b.build()).map((c) => [c.magnitude, c.message])).toEqual([
    [
      60,
      "Ava Marsh (1) is booked on S1 (09:00–11:00) on Tue 2026-03-03 but is unavailable 08:00 Tue 2026-03-03 – " +
        "10:00 Tue 2026-03-03.",
    ],
  ]);
});

// Contract §5 budget-overrun: "`resource` = the account"; budget-overrun.ts gives "The account's Budget cells, for the
// accountant to find the line" (a Budget row read without a cell address has none to give).
test("budget-overrun: the conflict points at the account's Budget cells", () => {
  const b = new ModelBuilder().resource({ id: "1", name: "Ava", type: "cast", dayRate: 1000, account: "2100" });
  b.item({ id: "S1", date: "2026-03-02", start: "08:00", end: "18:00", cast: ["1"] });
  b.budgetLine("2100", 400).budgetLine("2100", 100).budgetLine("3300", 50);
  const m = b.build();
  m.budget[0].cell = "B2";
  m.budget[2].cell = "B4";
  expect(budgetOverrun.check(m).map((c) => [c.resource, c.magnitude, c.cells])).toEqual([
    ["2100", 500, [{ sheet: "Budget", cell: "B2" }]],
  ]);
});
