import { doubleBooking } from "../../../src/core/rules/double-booking";
import { ModelBuilder, type ItemSpec } from "../../helpers/model-builder";

const D = "2026-03-02";

function run(items: Omit<ItemSpec, "date">[], capacity = 1, extra?: (b: ModelBuilder) => void) {
  const b = new ModelBuilder()
    .resource({ id: "CAM", name: "Camera A", type: "equipment", role: "Camera", capacity })
    .resource({ id: "1", name: "Ava Marsh", type: "cast" });
  extra?.(b);
  items.forEach((it, k) => b.item({ id: `S${k + 1}`, date: D, equipment: ["CAM"], ...it }));
  return doubleBooking.check(b.build());
}

describe("double-booking", () => {
  test.each([
    [
      "touching intervals do not overlap",
      [
        ["08:00", "10:00"],
        ["10:00", "12:00"],
      ],
      1,
      [],
    ],
    [
      "one minute of overlap",
      [
        ["08:00", "10:01"],
        ["10:00", "12:00"],
      ],
      1,
      [[["S1", "S2"], 1]],
    ],
    [
      "capacity 2, two at once is fine",
      [
        ["08:00", "12:00"],
        ["09:00", "11:00"],
      ],
      2,
      [],
    ],
    [
      "capacity 2, three at once",
      [
        ["08:00", "12:00"],
        ["09:00", "11:00"],
        ["10:00", "10:30"],
      ],
      2,
      [[["S1", "S2", "S3"], 1]],
    ],
    [
      "capacity 2, three touching at one instant only",
      [
        ["08:00", "10:00"],
        ["09:00", "11:00"],
        ["10:00", "12:00"],
      ],
      2,
      [],
    ],
    [
      "zero-length item never overlaps",
      [
        ["08:00", "12:00"],
        ["09:00", "09:00"],
      ],
      1,
      [],
    ],
    [
      "two separate spans give two conflicts",
      [
        ["08:00", "09:00"],
        ["08:30", "09:00"],
        ["13:00", "14:00"],
        ["13:30", "15:00"],
      ],
      1,
      [
        [["S1", "S2"], 1],
        [["S3", "S4"], 1],
      ],
    ],
    [
      "overload continuing across a boundary is one span",
      [
        ["08:00", "10:00"],
        ["08:00", "10:00"],
        ["10:00", "12:00"],
        ["10:00", "12:00"],
      ],
      1,
      [[["S1", "S2", "S3", "S4"], 1]],
    ],
    [
      "magnitude is the peak units over",
      [
        ["08:00", "12:00"],
        ["08:00", "12:00"],
        ["09:00", "10:00"],
      ],
      1,
      [[["S1", "S2", "S3"], 2]],
    ],
    [
      "night shoot runs into the next morning",
      [
        ["22:00", "02:00"],
        ["01:00", "03:00"],
      ],
      1,
      [],
    ],
  ] as [string, [string, string][], number, [string[], number][]][])("%s", (_name, times, capacity, expected) => {
    const found = run(
      times.map(([start, end]) => ({ start, end })),
      capacity,
    );
    expect(found.map((c) => [c.items, c.magnitude])).toEqual(expected);
  });

  test("a night shoot overlaps the next day's early item", () => {
    const b = new ModelBuilder().resource({ id: "1", name: "Ava Marsh", type: "cast" });
    b.item({ id: "N1", date: "2026-03-02", start: "22:00", end: "03:00", cast: ["1"] });
    b.item({ id: "M1", date: "2026-03-03", start: "02:00", end: "06:00", cast: ["1"] });
    b.item({ id: "M2", date: "2026-03-03", start: "06:00", end: "08:00", cast: ["1"] });
    const [c, ...rest] = doubleBooking.check(b.build());
    expect(rest).toHaveLength(0);
    expect(c).toMatchObject({ resource: "1", items: ["N1", "M1"], date: "2026-03-02", magnitude: 1 });
    expect(c.message).toContain("Ava Marsh (1)");
  });

  test.each([
    ["cancelled", { status: "Cancelled" }],
    ["date-only", { start: undefined, end: undefined }],
  ])("a %s item takes no part", (_name, override) => {
    expect(
      run([
        { start: "08:00", end: "10:00" },
        { start: "09:00", end: "11:00", ...override },
      ]),
    ).toHaveLength(0);
  });

  test("date is the Date of the earliest-starting item, items in schedule order", () => {
    const b = new ModelBuilder().resource({ id: "1", name: "Ava", type: "cast" });
    b.item({ id: "LATE", date: "2026-03-03", start: "01:00", end: "02:00", cast: ["1"] });
    b.item({ id: "EARLY", date: "2026-03-02", start: "23:00", end: "01:30", cast: ["1"] });
    const [c] = doubleBooking.check(b.build());
    expect(c.items).toEqual(["LATE", "EARLY"]);
    expect(c.date).toBe("2026-03-02");
    expect(c.cells).toEqual(
      expect.arrayContaining([
        { sheet: "Schedule", cell: "C2" },
        { sheet: "Schedule", cell: "D3" },
      ]),
    );
  });

  test("suggests a free resource of the same type and role", () => {
    const found = run(
      [
        { start: "08:00", end: "10:00" },
        { start: "09:00", end: "11:00" },
      ],
      1,
      (b) => b.resource({ id: "CAM2", name: "Camera B", type: "equipment", role: "camera" }),
    );
    expect(found[0].suggestion).toContain("Camera B (CAM2)");
  });

  test.each([
    [
      "busy in the span",
      (b: ModelBuilder) => b.item({ id: "X", date: D, start: "09:30", end: "09:45", equipment: ["CAM2"] }),
    ],
    ["unavailable that day", (b: ModelBuilder) => b.window("CAM2", D, D)],
  ])("does not suggest an equivalent that is %s", (_name, block) => {
    const found = run(
      [
        { start: "08:00", end: "10:00" },
        { start: "09:00", end: "11:00" },
      ],
      1,
      (b) => {
        b.resource({ id: "CAM2", name: "Camera B", type: "equipment", role: "Camera" });
        block(b);
      },
    );
    expect(found[0].suggestion).not.toContain("CAM2");
    expect(found[0].suggestion).toContain("Move S2");
  });

  test.each([
    ["a cast member: no other ELENA to add", "cast", "Move S2 to start at 10:00 Mon 2026-03-02."],
    ["near miss: a crew member", "crew", "Move S2 to start at 10:00 Mon 2026-03-02, or add another ELENA."],
  ] as const)("%s", (_name, type, suggestion) => {
    const b = new ModelBuilder().resource({ id: "1", name: "Maya Ortiz", type, role: "ELENA" });
    b.item({ id: "S1", date: D, start: "08:00", end: "10:00", cast: ["1"] });
    b.item({ id: "S2", date: D, start: "09:00", end: "11:00", cast: ["1"] });
    expect(doubleBooking.check(b.build())[0].suggestion).toBe(suggestion);
  });

  test.each([
    ["a crew member with no Role: someone else, not 'another unit'", "crew", "or book someone else on one of them."],
    ["near miss: kit with no Role is still another unit", "equipment", "or add another unit."],
  ] as const)("%s", (_name, type, ending) => {
    const b = new ModelBuilder().resource({ id: "7", name: "Sam Diaz", type });
    b.item({ id: "S1", date: D, start: "08:00", end: "10:00", crew: ["7"] });
    b.item({ id: "S2", date: D, start: "09:00", end: "11:00", crew: ["7"] });
    expect(doubleBooking.check(b.build())[0].suggestion).toBe(`Move S2 to start at 10:00 Mon 2026-03-02, ${ending}`);
  });

  test("an item naming a resource in two columns counts once", () => {
    const b = new ModelBuilder().resource({ id: "1", name: "Ava", type: "cast" });
    b.item({ id: "S1", date: D, start: "08:00", end: "10:00", cast: ["1"], other: ["1"] });
    expect(doubleBooking.check(b.build())).toHaveLength(0);
  });
});

describe("a span of many items at once (a strip pasted many times)", () => {
  test.each([
    [24, /^Move /],
    [25, /^Add another Camera, or take CAM off some of S1, S2, .*S25\.$/],
  ])("%i copies of one strip: moves planned only up to 24 (planning more is quadratic per move)", (copies, said) => {
    const found = run(Array.from({ length: copies }, () => ({ start: "08:00", end: "10:00" })));
    expect(found).toHaveLength(1);
    expect(found[0].magnitude).toBe(copies - 1);
    expect(found[0].suggestion).toMatch(said);
  });
});
