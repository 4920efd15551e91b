import { unavailable } from "../../../src/core/rules/unavailable";
import { travel } from "../../../src/core/rules/travel";
import { dependency } from "../../../src/core/rules/dependency";
import { deadline } from "../../../src/core/rules/deadline";
import { materialLate } from "../../../src/core/rules/material-late";
import { ModelBuilder, type ItemSpec, type ResourceSpec } from "../../helpers/model-builder";

const D = "2026-03-03";

describe("unavailable", () => {
  function run(item: Partial<ItemSpec>, person: Partial<ResourceSpec>, windows: [string, string, string?][] = []) {
    const b = new ModelBuilder().resource({ id: "1", name: "Ava Marsh", type: "cast", ...person });
    b.item({ id: "S1", date: D, cast: ["1"], ...item });
    for (const [from, to, kind] of windows) b.window("1", from, to, (kind ?? "unavailable") as "unavailable");
    return unavailable.check(b.build()).map((c) => [c.items, c.magnitude]);
  }
  const timed = { start: "08:00", end: "12:00" };
  test.each<[string, Partial<ItemSpec>, Partial<ResourceSpec>, [string, string, string?][], unknown[]]>([
    ["available from that day", timed, { availableFrom: D }, [], []],
    ["available from the next day", timed, { availableFrom: "2026-03-04" }, [], [[["S1"], 240]]],
    ["available to that day", timed, { availableTo: D }, [], []],
    ["available to the day before", timed, { availableTo: "2026-03-02" }, [], [[["S1"], 240]]],
    ["night shoot runs past Available To", { start: "20:00", end: "02:00" }, { availableTo: D }, [], [[["S1"], 120]]],
    ["an Unavailable date", timed, { unavailable: [[D, D]] }, [], [[["S1"], 240]]],
    ["Unavailable the next day", timed, { unavailable: [["2026-03-04", "2026-03-05"]] }, [], []],
    ["date-only item on an Unavailable date", {}, { unavailable: [[D, D]] }, [], [[["S1"], 1440]]],
    ["window ending at the Start touches only", timed, {}, [["2026-03-03 06:00", "2026-03-03 08:00"]], []],
    ["window starting at the End touches only", timed, {}, [["2026-03-03 12:00", "2026-03-03 14:00"]], []],
    ["window overlapping one minute", timed, {}, [["2026-03-03 11:59", "2026-03-03 14:00"]], [[["S1"], 1]]],
    [
      "overlapping windows counted once",
      timed,
      {},
      [
        ["2026-03-03 07:00", "2026-03-03 10:00"],
        ["2026-03-03 09:00", "2026-03-03 11:00", "day off"],
      ],
      [[["S1"], 180]],
    ],
    ["hold window is not unavailability", timed, {}, [[D, D, "hold"]], []],
    ["date-only item and a partial window", {}, {}, [["2026-03-03 10:00", "2026-03-03 11:30"]], [[["S1"], 90]]],
    ["cancelled item", { ...timed, status: "cancelled" }, { unavailable: [[D, D]] }, [], []],
  ])("%s", (_name, item, person, windows, expected) => {
    expect(run(item, person, windows)).toEqual(expected);
  });

  test("one conflict per resource and item even with several windows", () => {
    const b = new ModelBuilder().resource({ id: "1", name: "Ava Marsh", type: "cast", unavailable: [[D, D]] });
    b.resource({ id: "CAM", type: "equipment", availableTo: "2026-03-01" });
    b.item({ id: "S1", date: D, start: "08:00", end: "09:00", cast: ["1"], equipment: ["CAM"] });
    b.window("1", D, D);
    const found = unavailable.check(b.build());
    expect(found.map((c) => c.resource).sort()).toEqual(["1", "CAM"]);
    const ava = found.find((c) => c.resource === "1");
    expect(ava?.message).toMatch(/^Ava Marsh \(1\) is booked on S1 .* but is unavailable/);
    expect(ava?.date).toBe(D);
  });
});

describe("unavailable: the message names the stretch the item meets", () => {
  // Touching stretches merge into one blocked time; the reason given is the part the item falls in.
  test.each<[string, (b: ModelBuilder) => void, RegExp]>([
    [
      "two Unavailable dates in a row, item on the second",
      (b) =>
        b.resource({
          id: "1",
          name: "Ava Marsh",
          type: "cast",
          unavailable: [
            ["2026-03-02", "2026-03-02"],
            [D, D],
          ],
        }),
      /but is unavailable on Tue 2026-03-03\.$/,
    ],
    [
      "a day off next to an unavailable window, item in the window",
      (b) => {
        b.resource({ id: "1", name: "Ava Marsh", type: "cast" });
        b.window("1", "2026-03-02", "2026-03-02", "day off");
        b.window("1", D, D, "unavailable");
      },
      /but is unavailable 00:00 Tue 2026-03-03 – 00:00 Wed 2026-03-04\.$/,
    ],
    [
      "near miss: the item in the first of the two still names the first",
      (b) => {
        b.resource({ id: "1", name: "Ava Marsh", type: "cast" });
        b.window("1", D, D, "day off");
        b.window("1", "2026-03-04", "2026-03-04", "unavailable");
      },
      /but is a day off 00:00 Tue 2026-03-03 – 00:00 Wed 2026-03-04\.$/,
    ],
    [
      "before Available From: says from when they are available",
      (b) => b.resource({ id: "1", name: "Ava Marsh", type: "cast", availableFrom: "2026-03-04" }),
      /but is available only from 2026-03-04 \(Available From\)\.$/,
    ],
    [
      "after Available To: says until when they are available",
      (b) => b.resource({ id: "1", name: "Ava Marsh", type: "cast", availableTo: "2026-03-02" }),
      /but is available only until the end of 2026-03-02 \(Available To\)\.$/,
    ],
  ])("%s", (_name, setUp, message) => {
    const b = new ModelBuilder();
    setUp(b);
    b.item({ id: "S1", date: D, start: "08:00", end: "12:00", cast: ["1"] });
    const found = unavailable.check(b.build());
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(message);
  });
});

describe("unavailable: a strip meeting several blocked times names each", () => {
  function messageFor(windows: [string, string][], item: { start?: string; end?: string } = {}) {
    const b = new ModelBuilder().resource({ id: "1", name: "Ann Bell", type: "cast" });
    for (const [from, to] of windows) b.window("1", `${D} ${from}`, `${D} ${to}`, "unavailable");
    b.item({ id: "A1", date: D, start: "08:00", end: "18:00", cast: ["1"], ...item });
    const found = unavailable.check(b.build());
    expect(found).toHaveLength(1);
    return found[0];
  }

  test("two windows inside one strip: both named, one conflict, minutes of both", () => {
    const c = messageFor([
      ["09:00", "10:00"],
      ["15:00", "16:00"],
    ]);
    expect(c.magnitude).toBe(120);
    expect(c.message).toMatch(
      /but is unavailable 09:00 Tue 2026-03-03 – 10:00 Tue 2026-03-03 and unavailable 15:00 Tue 2026-03-03 – 16:00 Tue 2026-03-03\.$/,
    );
  });

  test("near miss: the strip wraps before the second window, so only the first is named", () => {
    const c = messageFor(
      [
        ["09:00", "10:00"],
        ["15:00", "16:00"],
      ],
      { end: "15:00" },
    );
    expect(c.magnitude).toBe(60);
    expect(c.message).not.toMatch(/15:00 Tue 2026-03-03 – 16:00/);
  });

  test("five windows: three named, then how many more", () => {
    const c = messageFor([
      ["08:30", "09:00"],
      ["10:00", "10:30"],
      ["12:00", "12:30"],
      ["14:00", "14:30"],
      ["16:00", "16:30"],
    ]);
    expect(c.magnitude).toBe(150);
    expect(c.message).toMatch(/12:30 Tue 2026-03-03 and 2 more times\.$/);
  });

  test("a date-only strip names its date once and says it counts as the whole day", () => {
    const b = new ModelBuilder().resource({ id: "1", name: "Ann Bell", type: "cast", unavailable: [[D, D]] });
    b.item({ id: "Q3", date: D, cast: ["1"] });
    const [c] = unavailable.check(b.build());
    expect(c.message).toBe(
      "Ann Bell (1) is booked on Q3 on Tue 2026-03-03 (no times: the whole day) but is unavailable on Tue 2026-03-03.",
    );
  });
});

describe("unavailable: a later start leaves room for a person's Lead Time", () => {
  // A child actor in school until 11:00 with 30 min of make-up: S5 08:00-12:00 (the grader's case).
  function suggestionFor(spec: Partial<ResourceSpec>) {
    const b = new ModelBuilder().resource({ id: "7", name: "Lily Ames", type: "cast", ...spec });
    b.window("7", `${D} 08:00`, `${D} 11:00`, "unavailable");
    b.item({ id: "S5", date: D, start: "10:00", end: "12:00", cast: ["7"] });
    const [c] = unavailable.check(b.build());
    expect(c.magnitude).toBe(60);
    return c.suggestion;
  }

  test("with Lead Time: start late enough that the call is clear, and say when the call is", () => {
    expect(suggestionFor({ leadTimeMin: 30 })).toBe(
      "Start S5 at 11:30 Tue 2026-03-03 or later (a call at 11:00 Tue 2026-03-03 with 30 min Lead Time), " +
        "move S5 to a day Lily Ames (7) is available, or replace them on it.",
    );
  });

  test("near miss: no Lead Time, the strip starts when the blocked time ends", () => {
    expect(suggestionFor({})).toBe(
      "Start S5 at 11:00 Tue 2026-03-03 or later, move S5 to a day Lily Ames (7) is available, or replace them on it.",
    );
  });
});

describe("travel", () => {
  function run(
    pairs: [string, string, string | undefined][],
    opts: { travel?: [string, string, number][]; person?: Partial<ResourceSpec> } = {},
  ) {
    const b = new ModelBuilder()
      .resource({ id: "1", name: "Ava", type: "cast", ...opts.person })
      .resource({ name: "Harbor", type: "location" })
      .ruleSet("Slow", { travelBufferMin: 60 });
    for (const [from, to, m] of opts.travel ?? []) b.travelTime(from, to, m);
    pairs.forEach(([start, end, location], k) =>
      b.item({ id: `S${k + 1}`, date: D, start, end, location, cast: ["1"] }),
    );
    return travel.check(b.build()).map((c) => [c.items, c.magnitude]);
  }
  test.each<[string, [string, string, string | undefined][], Parameters<typeof run>[1], unknown[]]>([
    [
      "gap exactly the buffer",
      [
        ["08:00", "10:00", "Park"],
        ["10:30", "12:00", "Harbor"],
      ],
      {},
      [],
    ],
    [
      "gap one minute short of the buffer",
      [
        ["08:00", "10:00", "Park"],
        ["10:29", "12:00", "Harbor"],
      ],
      {},
      [[["S1", "S2"], 1]],
    ],
    [
      "same place, compared trimmed and case-insensitively",
      [
        ["08:00", "10:00", "Park"],
        ["10:00", "12:00", " park "],
      ],
      {},
      [],
    ],
    [
      "an empty Location is not a move",
      [
        ["08:00", "10:00", "Park"],
        ["10:00", "12:00", undefined],
      ],
      {},
      [],
    ],
    [
      "overlapping items are double-booking, not travel",
      [
        ["08:00", "10:30", "Park"],
        ["10:00", "12:00", "Harbor"],
      ],
      {},
      [],
    ],
    [
      "Travel row is used",
      [
        ["08:00", "10:00", "Park"],
        ["10:45", "12:00", "Harbor"],
      ],
      { travel: [["park", "HARBOR", 50]] },
      [[["S1", "S2"], 5]],
    ],
    [
      "Travel row is symmetric",
      [
        ["08:00", "10:00", "Harbor"],
        ["10:45", "12:00", "Park"],
      ],
      { travel: [["Park", "Harbor", 50]] },
      [[["S1", "S2"], 5]],
    ],
    [
      "both directions given: the reverse row is not used",
      [
        ["08:00", "10:00", "Harbor"],
        ["10:15", "12:00", "Park"],
      ],
      {
        travel: [
          ["Park", "Harbor", 50],
          ["Harbor", "Park", 10],
        ],
      },
      [],
    ],
    [
      "gap exactly the Travel row",
      [
        ["08:00", "10:00", "Park"],
        ["10:50", "12:00", "Harbor"],
      ],
      { travel: [["Park", "Harbor", 50]] },
      [],
    ],
    [
      "the rule set's buffer",
      [
        ["08:00", "10:00", "Park"],
        ["10:45", "12:00", "Harbor"],
      ],
      { person: { ruleSet: "Slow" } },
      [[["S1", "S2"], 15]],
    ],
    [
      "only adjacent items by Start",
      [
        ["08:00", "09:00", "Park"],
        ["09:00", "10:00", "Park"],
        ["13:00", "14:00", "Harbor"],
      ],
      {},
      [],
    ],
  ])("%s", (_name, pairs, opts, expected) => {
    expect(run(pairs, opts)).toEqual(expected);
  });

  test("items on different Dates are not compared, and locations are exempt", () => {
    const b = new ModelBuilder()
      .resource({ id: "1", type: "cast" })
      .resource({ id: "L", name: "Park", type: "location" });
    b.item({ id: "N", date: "2026-03-02", start: "20:00", end: "23:50", location: "Harbor", cast: ["1"] });
    b.item({ id: "M", date: "2026-03-03", start: "00:00", end: "02:00", location: "Park", cast: ["1"] });
    b.item({ id: "A", date: D, start: "08:00", end: "09:00", location: "Park", other: ["L"] });
    b.item({ id: "B", date: D, start: "09:00", end: "10:00", location: "Harbor", other: ["L"] });
    expect(travel.check(b.build())).toEqual([]);
  });

  // SAG-AFTRA: Max Day 14 h (cast). Call 04:00 to wrap 18:00 is exactly 14 h; S2 called 30 min later wraps 18:30.
  test.each<[string, string]>([
    [
      "18:00",
      "Start S2 at 16:30 Tue 2026-03-03 or later (that makes Ava (1)'s day 14 h 30 min, over 14 h), or wrap S1 by 15:30 Tue 2026-03-03.",
    ],
    ["17:00", "Start S2 at 16:30 Tue 2026-03-03 or later, or wrap S1 by 15:30 Tue 2026-03-03."],
    // S2 is not the day's last strip: the day (to S3's 19:00 wrap, already 15 h) is no longer for the move.
    ["18:00 with S3", "Start S2 at 16:30 Tue 2026-03-03 or later, or wrap S1 by 15:30 Tue 2026-03-03."],
  ])("starting later says when it makes the day longer than Max Day (S2 ends %s)", (end2, suggestion) => {
    const b = new ModelBuilder().resource({ id: "1", name: "Ava", type: "cast" });
    b.item({ id: "S1", date: D, start: "04:00", end: "16:00", location: "Park", cast: ["1"] });
    b.item({ id: "S2", date: D, start: "16:00", end: end2.slice(0, 5), location: "Harbor", cast: ["1"] });
    if (end2.endsWith("S3"))
      b.item({ id: "S3", date: D, start: "18:30", end: "19:00", location: "Harbor", cast: ["1"] });
    expect(travel.check(b.build()).map((c) => c.suggestion)).toEqual([suggestion]);
  });
});

describe("dependency", () => {
  function run(pred: Partial<ItemSpec>, item: Partial<ItemSpec>, depends = ["P"]) {
    const b = new ModelBuilder();
    b.item({ id: "I", date: D, dependsOn: depends, ...item });
    b.item({ id: "P", date: D, ...pred });
    return dependency.check(b.build()).map((c) => [c.items, c.date, c.magnitude]);
  }
  test.each<[string, Partial<ItemSpec>, Partial<ItemSpec>, unknown[]]>([
    [
      "starts exactly when the predecessor ends",
      { start: "08:00", end: "10:00" },
      { start: "10:00", end: "11:00" },
      [],
    ],
    [
      "starts one minute early",
      { start: "08:00", end: "10:00" },
      { start: "09:59", end: "11:00" },
      [[["I", "P"], D, 1]],
    ],
    [
      "predecessor night shoot ends the next morning",
      { date: "2026-03-02", start: "22:00", end: "02:00" },
      { start: "01:00", end: "03:00" },
      [[["I", "P"], D, 60]],
    ],
    ["date-only item the same day", { start: "08:00", end: "10:00" }, {}, []],
    [
      "date-only item the day before",
      { date: "2026-03-04" },
      { start: "08:00", end: "09:00" },
      [[["I", "P"], D, 1440]],
    ],
    [
      "cancelled predecessor",
      { start: "08:00", end: "10:00", status: "Cancelled" },
      { start: "09:00", end: "11:00" },
      [],
    ],
  ])("%s", (_name, pred, item, expected) => {
    expect(run(pred, item)).toEqual(expected);
  });

  test("unknown and repeated predecessors", () => {
    expect(run({ start: "08:00", end: "10:00" }, { start: "09:00", end: "11:00" }, ["P", "NOPE", "P"])).toHaveLength(1);
  });
});

describe("deadline", () => {
  test.each<[string, Partial<ItemSpec>, number | null]>([
    ["ends exactly at the deadline", { start: "08:00", end: "10:00", deadline: "2026-03-03 10:00" }, null],
    ["ends one minute late", { start: "08:00", end: "10:01", deadline: "2026-03-03 10:00" }, 1],
    ["date-only deadline the same day", { start: "20:00", end: "23:59", deadline: D }, null],
    ["night shoot past a date-only deadline", { start: "20:00", end: "01:00", deadline: D }, 60],
    ["date-only item on its deadline day", { deadline: D }, null],
    ["date-only item a day after its deadline", { deadline: "2026-03-02" }, 1440],
    ["date-only item against a timed deadline", { deadline: "2026-03-03 18:00" }, 360],
    ["cancelled", { start: "08:00", end: "10:01", deadline: "2026-03-03 10:00", status: "Cancelled" }, null],
  ])("%s", (_name, spec, magnitude) => {
    const found = deadline.check(new ModelBuilder().item({ id: "S1", date: D, ...spec }).build());
    expect(found.map((c) => c.magnitude)).toEqual(magnitude === null ? [] : [magnitude]);
    if (magnitude !== null) expect(found[0]).toMatchObject({ items: ["S1"], date: D });
  });
});

describe("dependency and deadline: each suggestion says what it runs into of the other", () => {
  // WO-103 14:00-15:30, Deadline 15:00, depends on WO-102 which ends 17:00 (the grader's work orders).
  function both(wo103: Partial<ItemSpec>, wo102: Partial<ItemSpec> = { start: "13:00", end: "17:00" }) {
    const b = new ModelBuilder();
    b.item({ id: "WO-102", date: D, ...wo102 });
    b.item({ id: "WO-103", date: D, start: "14:00", end: "15:30", dependsOn: ["WO-102"], ...wo103 });
    const model = b.build();
    return { dep: dependency.check(model)[0]?.suggestion, due: deadline.check(model)[0]?.suggestion };
  }

  test("starting after the predecessor passes the deadline; ending by the deadline starts before the predecessor", () => {
    const { dep, due } = both({ deadline: "2026-03-03 15:00" });
    expect(dep).toBe(
      "Start WO-103 at 17:00 Tue 2026-03-03 or later (that ends it 3 h 30 min after its deadline, 15:00 Tue 2026-03-03)" +
        ", or finish WO-102 by 14:00 Tue 2026-03-03.",
    );
    expect(due).toBe(
      "Move WO-103 at least 30 min earlier, to end by 15:00 Tue 2026-03-03 " +
        "(it depends on WO-102, which ends at 17:00 Tue 2026-03-03: move that earlier too).",
    );
  });

  test("near miss: a deadline the later start still meets, a predecessor the earlier time still follows", () => {
    const { dep } = both({ deadline: "2026-03-03 18:30" });
    expect(dep).toBe("Start WO-103 at 17:00 Tue 2026-03-03 or later, or finish WO-102 by 14:00 Tue 2026-03-03.");
    const { due } = both(
      { start: "12:00", end: "15:30", deadline: "2026-03-03 15:00" },
      { start: "08:00", end: "11:30" },
    );
    expect(due).toBe("Move WO-103 at least 30 min earlier, to end by 15:00 Tue 2026-03-03.");
  });

  test("date-only: the day the deadline needs is before the predecessor's day", () => {
    const { dep, due } = both({ start: undefined, end: undefined, deadline: D }, { date: "2026-03-04" });
    expect(dep).toBe(
      "Move WO-103 to Wed 2026-03-04 or later (that ends it 24 h after its deadline, end of Tue 2026-03-03), " +
        "or WO-102 to Tue 2026-03-03 or earlier.",
    );
    expect(due).toBeUndefined();
    const late = both({ date: "2026-03-05", start: undefined, end: undefined, deadline: D }, { date: "2026-03-04" });
    expect(late.due).toBe(
      "Move WO-103 to Tue 2026-03-03 or earlier (it depends on WO-102, which is on Wed 2026-03-04: move that earlier too).",
    );
    const clear = both({ date: "2026-03-05", start: undefined, end: undefined, deadline: D }, { date: D });
    expect(clear.due).toBe("Move WO-103 to Tue 2026-03-03 or earlier.");
  });
});

describe("deadline suggestion", () => {
  test.each<[string, string, string]>([
    [
      "a date-only Deadline: by the end of its day",
      D,
      "Move S1 at least 1 h earlier, to end by the end of Tue 2026-03-03.",
    ],
    [
      "near miss: a Deadline at midnight with its time written: that time",
      `${D} 24:00`,
      "Move S1 at least 1 h earlier, to end by 00:00 Wed 2026-03-04.",
    ],
  ])("%s", (_name, due, suggestion) => {
    const b = new ModelBuilder().item({ id: "S1", date: D, start: "20:00", end: "01:00", deadline: due });
    expect(deadline.check(b.build())[0].suggestion).toBe(suggestion);
  });
});

describe("material-late", () => {
  function run(delivery: string, neededFor: string[], neededBy?: string) {
    const b = new ModelBuilder();
    b.item({ id: "LATER", date: "2026-03-04", start: "09:00", end: "10:00" });
    b.item({ id: "S1", date: D, start: "08:00", end: "10:00" });
    b.item({ id: "DO", date: D });
    b.item({ id: "X", date: D, start: "06:00", end: "07:00", status: "Cancelled" });
    b.material("Breakaway glass", delivery, neededFor, neededBy);
    return materialLate.check(b.build());
  }
  test.each<[string, string, string[], string | undefined, [string[], string, number] | null]>([
    ["arrives exactly at Start", "2026-03-03 08:00", ["S1"], undefined, null],
    ["arrives one minute after Start", "2026-03-03 08:01", ["S1"], undefined, [["S1"], D, 1]],
    ["date-only delivery is 00:00", D, ["S1"], undefined, null],
    ["date-only delivery the same day as a date-only item", D, ["DO"], undefined, null],
    ["a minute after midnight for a date-only item", "2026-03-03 00:01", ["DO"], undefined, [["DO"], D, 1]],
    [
      "late for two items, date of the earliest-starting",
      "2026-03-04 12:00",
      ["LATER", "S1"],
      undefined,
      [["LATER", "S1"], D, 1680],
    ],
    ["late only for Needed By", "2026-03-02 12:00", [], "2026-03-02", [[], "2026-03-02", 720]],
    ["Needed By earlier than the item sets the magnitude", "2026-03-03 09:00", ["S1"], "2026-03-03", [["S1"], D, 540]],
    ["cancelled and unknown items are skipped", "2026-03-05", ["X", "NOPE"], undefined, null],
  ])("%s", (_name, delivery, neededFor, neededBy, expected) => {
    const found = run(delivery, neededFor, neededBy);
    expect(found.map((c) => [c.items, c.date, c.magnitude])).toEqual(expected ? [expected] : []);
    for (const c of found) {
      expect(c.resource).toBeUndefined();
      expect(c.message).toContain("Breakaway glass");
    }
  });

  test("message names the vendor and ETA, suggestion the time needed", () => {
    const b = new ModelBuilder().item({ id: "S1", date: D, start: "08:00", end: "10:00" });
    b.material("Rain tower", "2026-03-03 09:30", ["S1"]);
    const model = b.build();
    model.materials[0].vendor = "Acme FX";
    const [c] = materialLate.check(model);
    expect(c.message).toBe("Rain tower from Acme FX arrives 09:30 Tue 2026-03-03, 1 h 30 min too late for item S1.");
    expect(c.suggestion).toBe("Get Rain tower delivered by 08:00 Tue 2026-03-03.");
  });

  test("a date-only Needed By is 00:00 of its day: said so, and the suggestion gives the day before", () => {
    const b = new ModelBuilder();
    b.material("Rain tower", "2026-03-03 08:00", [], D);
    const [c] = materialLate.check(b.build());
    expect(c.magnitude).toBe(480);
    expect(c.message).toBe(
      "Rain tower arrives 08:00 Tue 2026-03-03, 8 h too late for Needed By 2026-03-03 (a date: from 00:00).",
    );
    expect(c.suggestion).toBe(
      "Get Rain tower delivered by the end of Mon 2026-03-02 (it is needed from 00:00 Tue 2026-03-03).",
    );
  });
});
