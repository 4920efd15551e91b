import { computeDood } from "../../../src/core/dood";
import { ModelBuilder } from "../../helpers/model-builder";

/** A board with one filler item per shoot day (no cast), so every listed date is a column. */
function board(dates: string[]): ModelBuilder {
  const b = new ModelBuilder().resource({ id: "1", name: "Ada", type: "cast" });
  for (const d of dates) b.item({ id: `fill-${d}`, date: d });
  return b;
}

/** Codes of the first cast row, keyed by date for readable expectations. */
function codes(b: ModelBuilder, label = "1"): Record<string, string> {
  const dood = computeDood(b.build());
  const row = dood.rows.find((r) => r.resource === label);
  if (!row) throw new Error("row missing");
  return Object.fromEntries(dood.days.map((d, i) => [d, row.codes[i]]));
}

const MAR = (d: number) => `2026-03-${String(d).padStart(2, "0")}`;

describe("computeDood codes", () => {
  test.each([
    ["only day", [2], [1, 2, 3], { [MAR(1)]: "", [MAR(2)]: "SWF", [MAR(3)]: "" }],
    ["two days", [1, 3], [1, 2, 3], { [MAR(1)]: "SW", [MAR(2)]: "H", [MAR(3)]: "WF" }],
    ["three consecutive", [1, 2, 3], [1, 2, 3, 4], { [MAR(1)]: "SW", [MAR(2)]: "W", [MAR(3)]: "WF", [MAR(4)]: "" }],
    [
      "hold before first is blank",
      [3, 4],
      [1, 2, 3, 4],
      { [MAR(1)]: "", [MAR(2)]: "", [MAR(3)]: "SW", [MAR(4)]: "WF" },
    ],
  ])("%s", (_name, work, days, expected) => {
    const b = board(days.map(MAR));
    for (const d of work) b.item({ date: MAR(d), cast: ["1"] });
    expect(codes(b)).toEqual(expected);
  });

  test("a non-working shoot day between work days that is not a column day is not counted", () => {
    // 2026-03-05 has no items at all, so it is not a shoot day and not a column.
    const b = board([MAR(1), MAR(9)]);
    b.item({ date: MAR(1), cast: ["1"] }).item({ date: MAR(9), cast: ["1"] });
    const dood = computeDood(b.build());
    expect(dood.days).toEqual([MAR(1), MAR(9)]);
    expect(dood.rows[0]).toMatchObject({ codes: ["SW", "WF"], work: 2, hold: 0, start: MAR(1), finish: MAR(9) });
  });

  test("cancelled items make no work and no shoot day; dateless items are ignored", () => {
    const b = board([MAR(1), MAR(3)]);
    b.item({ date: MAR(1), cast: ["1"] })
      .item({ date: MAR(2), cast: ["1"], status: "Cancelled" })
      .item({ date: MAR(3), cast: ["1"], status: "omitted" });
    const model = b.build();
    model.items.push({ ...model.items[0], id: "nodate", date: null, index: 99 });
    const dood = computeDood(model);
    expect(dood.days).toEqual([MAR(1), MAR(3)]);
    expect(dood.rows[0]).toMatchObject({ codes: ["SWF", ""], work: 1, finish: MAR(1) });
  });
});

describe("computeDood drops", () => {
  // Work on the 1st, then again on 1 + 1 + gap (gap = calendar days strictly between).
  const dropCase = (gap: number, allowDrop: boolean, dropDays?: number) => {
    const second = 1 + gap + 1;
    const days = [1, 2, second - 1, second, second + 1];
    const b = new ModelBuilder().resource({
      id: "1",
      type: "cast",
      allowDrop,
      ruleSet: dropDays ? "Stunts" : undefined,
    });
    if (dropDays) b.ruleSet("Stunts", { dropDays });
    for (const d of days) b.item({ id: `f${d}`, date: MAR(d) });
    b.item({ date: MAR(1), cast: ["1"] })
      .item({ date: MAR(second), cast: ["1"] })
      .item({ date: MAR(second + 1), cast: ["1"] });
    return computeDood(b.build()).rows[0].codes;
  };

  test.each([
    ["gap exactly Drop Days: no drop", 10, true, undefined, ["SW", "H", "H", "W", "WF"]],
    ["gap Drop Days + 1: drop", 11, true, undefined, ["SWD", "", "", "PW", "WF"]],
    ["gap Drop Days + 1 without Allow Drop: holds", 11, false, undefined, ["SW", "H", "H", "W", "WF"]],
    ["rule set Drop Days 3, gap 3: no drop", 3, true, 3, ["SW", "H", "H", "W", "WF"]],
    ["rule set Drop Days 3, gap 4: drop", 4, true, 3, ["SWD", "", "", "PW", "WF"]],
  ])("%s", (_name, gap, allow, dropDays, expected) => {
    expect(dropCase(gap, allow, dropDays)).toEqual(expected);
  });

  test.each([
    // work days (day of March) -> codes on the same days
    ["drop then pickup on last day", [1, 2, 20], ["SW", "WD", "PWF"]],
    ["first day is also the drop day", [1, 20, 21], ["SWD", "PW", "WF"]],
    ["two drops: middle day is pickup and drop", [1, 15, 30], ["SWD", "PWD", "PWF"]],
    ["W around a drop", [1, 2, 3, 20, 21, 22], ["SW", "W", "WD", "PW", "W", "WF"]],
  ])("%s", (_name, work, expected) => {
    const b = new ModelBuilder().resource({ id: "1", type: "cast", allowDrop: true });
    for (const d of work) b.item({ date: MAR(d), cast: ["1"] });
    const dood = computeDood(b.build());
    expect(dood.rows[0].codes).toEqual(expected);
    expect(dood.rows[0].work).toBe(work.length);
  });

  test("shoot days inside a drop are blank, not H", () => {
    const b = new ModelBuilder().resource({ id: "1", type: "cast", allowDrop: true });
    b.item({ date: MAR(1), cast: ["1"] })
      .item({ date: MAR(5) })
      .item({ date: MAR(20), cast: ["1"] });
    expect(computeDood(b.build()).rows[0]).toMatchObject({ codes: ["SWD", "", "PWF"], hold: 0 });
  });
});

describe("computeDood availability windows", () => {
  test.each([
    ["travel", "T"],
    ["rehearsal", "R"],
    ["fitting", "F"],
    ["hold", "H"],
  ] as const)("%s window shows %s on a non-working shoot day", (kind, code) => {
    const b = board([MAR(1), MAR(2), MAR(3)]);
    b.item({ date: MAR(2), cast: ["1"] }).window("1", MAR(1), MAR(1), kind);
    expect(codes(b)).toEqual({ [MAR(1)]: code, [MAR(2)]: "SWF", [MAR(3)]: "" });
  });

  test.each([
    ["unavailable", ""],
    ["day off", ""],
  ] as const)("%s window shows nothing", (kind, code) => {
    const b = board([MAR(1), MAR(2)]);
    b.item({ date: MAR(2), cast: ["1"] }).window("1", MAR(1), MAR(1), kind);
    expect(codes(b)[MAR(1)]).toBe(code);
  });

  test.each([
    ["ends exactly at 00:00 of the 3rd: not on the 3rd", `${MAR(2)} 22:00`, `${MAR(3)} 00:00`, ["", "SWF", ""]],
    ["one minute into the 3rd", `${MAR(2)} 22:00`, `${MAR(3)} 00:01`, ["", "SWF", "T"]],
    ["last minute of the 1st", `${MAR(1)} 23:59`, `${MAR(2)} 00:00`, ["T", "SWF", ""]],
    ["covers the work day: work code wins", `${MAR(2)} 08:00`, `${MAR(2)} 10:00`, ["", "SWF", ""]],
  ])("timed travel window %s", (_name, from, to, expected) => {
    const b = board([MAR(1), MAR(2), MAR(3)]);
    b.item({ date: MAR(2), cast: ["1"] }).window("1", from, to, "travel");
    const row = computeDood(b.build()).rows[0];
    expect(row.codes).toEqual(expected);
    expect(row.travel).toBe(expected.filter((c) => c === "T").length);
    expect(row.work).toBe(1);
  });

  test("travel wins over a hold window on the same day", () => {
    const b = board([MAR(1), MAR(2)]);
    b.item({ date: MAR(2), cast: ["1"] })
      .window("1", MAR(1), MAR(1), "hold")
      .window("1", MAR(1), MAR(1), "travel");
    expect(computeDood(b.build()).rows[0]).toMatchObject({ codes: ["T", "SWF"], hold: 0, travel: 1 });
  });

  test("totals count hold windows and implied holds", () => {
    const b = board([MAR(1), MAR(2), MAR(3), MAR(4)]);
    b.item({ date: MAR(2), cast: ["1"] })
      .item({ date: MAR(4), cast: ["1"] })
      .window("1", MAR(1), MAR(1), "hold");
    expect(computeDood(b.build()).rows[0]).toMatchObject({ codes: ["H", "SW", "H", "WF"], hold: 2, work: 2 });
  });
});

describe("computeDood rows", () => {
  test("cast only, in table order, label and name; a cast member who never works is listed", () => {
    const b = new ModelBuilder()
      .resource({ id: "2", name: "Bea", type: "cast" })
      .resource({ name: "Grip Gus", type: "crew" })
      .resource({ name: "Cy", type: "cast" })
      .resource({ id: "1", name: "Ada", type: "cast" });
    b.item({ date: MAR(1), cast: ["1"], crew: ["Grip Gus"] });
    const dood = computeDood(b.build());
    expect(dood.rows.map((r) => [r.resource, r.name])).toEqual([
      ["2", "Bea"],
      ["Cy", "Cy"],
      ["1", "Ada"],
    ]);
    expect(dood.rows[0]).toEqual({ resource: "2", name: "Bea", codes: [""], work: 0, hold: 0, travel: 0 });
  });

  test("no items: no days, rows with no codes", () => {
    const dood = computeDood(new ModelBuilder().resource({ id: "1", type: "cast" }).build());
    expect(dood.days).toEqual([]);
    expect(dood.rows[0].codes).toEqual([]);
  });
});
