import { prioritize } from "../../../src/core/priorities";
import type { Conflict, Priority } from "../../../src/core/report";
import { ModelBuilder } from "../../helpers/model-builder";
import { deadline } from "../../../src/core/rules/deadline";

const D1 = "2026-03-02";
const D2 = "2026-03-03";

function byItem(list: Priority[]): Record<string, Priority> {
  return Object.fromEntries(list.map((p) => [p.item, p]));
}

/** A -> B -> C back to back, D -> C a shorter branch, E alone on the next day. */
function chain(cDeadline?: string) {
  const b = new ModelBuilder();
  b.item({ id: "A", date: D1, start: "08:00", end: "10:00" });
  b.item({ id: "B", date: D1, start: "10:00", end: "12:00", dependsOn: ["A"] });
  b.item({ id: "D", date: D1, start: "08:00", end: "09:00" });
  b.item({ id: "C", date: D1, start: "12:00", end: "14:00", dependsOn: ["B", "D"], deadline: cDeadline });
  b.item({ id: "E", date: D2, start: "08:00", end: "09:00" });
  return b.build();
}

describe("critical path", () => {
  test.each([
    ["A", 0, true],
    ["B", 0, true],
    ["C", 0, true],
    ["D", 180, false],
  ])("%s: slack %d min, critical %s", (id, slack, critical) => {
    const p = byItem(prioritize(chain(), []))[id];
    expect(p.slackMinutes).toBe(slack);
    expect(p.critical).toBe(critical);
    expect(p.reasons.includes("on the critical path")).toBe(critical);
  });

  test("an item in no chain gets no CPM figures and is never critical", () => {
    const e = byItem(prioritize(chain(), [])).E;
    expect(e.slackMinutes).toBeUndefined();
    expect(e.critical).toBeUndefined();
  });

  test("a gap before the successor is slack; one minute less gap, less slack", () => {
    const run = (bStart: string) => {
      const b = new ModelBuilder();
      b.item({ id: "A", date: D1, start: "08:00", end: "10:00" });
      b.item({ id: "B", date: D1, start: bStart, end: "13:00", dependsOn: ["A"] });
      return byItem(prioritize(b.build(), []));
    };
    expect(run("11:00").A).toMatchObject({ slackMinutes: 60, critical: false });
    expect(run("10:01").A).toMatchObject({ slackMinutes: 1, critical: false });
    expect(run("10:00").A).toMatchObject({ slackMinutes: 0, critical: true });
  });

  test("a late predecessor pushes its successor (earliest start = max(own start, predecessors' finish))", () => {
    const b = new ModelBuilder();
    b.item({ id: "A", date: D1, start: "08:00", end: "11:00" });
    b.item({ id: "B", date: D1, start: "10:00", end: "12:00", dependsOn: ["A"], deadline: `${D1} 12:30` });
    const p = byItem(prioritize(b.build(), []));
    // B really finishes at 13:00 (11:00 + 2 h): 30 min past its deadline.
    expect(p.B.reasons).toContain("misses its deadline by 30 min once what it depends on is done");
    expect(p.A).toMatchObject({ slackMinutes: -30, critical: true });
  });

  test.each([
    [
      "deadline one hour before the chain's end: negative slack on the chain",
      `${D1} 13:00`,
      -60,
      "misses its deadline by 1 h",
    ],
    ["deadline exactly at the end", `${D1} 14:00`, 0, "ends exactly at its deadline"],
    ["deadline two days later: slack stays at the chain end", "2026-03-04 14:00", 0, "deadline in 2 days"],
    ["deadline five hours later", `${D1} 19:00`, 0, "deadline in 5 h"],
  ])("%s", (_name, deadline, slack, reason) => {
    const p = byItem(prioritize(chain(deadline), []));
    expect(p.A.slackMinutes).toBe(slack);
    expect(p.C.reasons).toContain(reason);
  });

  test("date-only items take Duration, else 0", () => {
    const b = new ModelBuilder();
    b.item({ id: "A", date: D1, durationMin: 120 });
    b.item({ id: "B", date: D1, dependsOn: ["A"], deadline: `${D1} 01:00` });
    const { B } = byItem(prioritize(b.build(), []));
    // A's 2 h Duration puts B's earliest finish at 02:00, but as the deadline rule reads it B, date-only, ends with
    // its Date: 23 h past its deadline, in its slack as in its reason.
    expect(B.slackMinutes).toBe(-1380);
    // The deadline as the rule reads it: a date-only item ends with its Date (its deadline conflict says 23 h too).
    expect(B.reasons).toContain("misses its deadline by 23 h");
  });
});

describe("blocks", () => {
  test.each([
    ["diamond counts each successor once", "A", 3],
    ["middle of the diamond", "B", 1],
    ["end", "D", 0],
  ])("%s", (_name, id, blocks) => {
    const b = new ModelBuilder();
    b.item({ id: "A", date: D1, start: "08:00", end: "09:00" });
    b.item({ id: "B", date: D1, start: "09:00", end: "10:00", dependsOn: ["A"] });
    b.item({ id: "C", date: D1, start: "09:00", end: "10:00", dependsOn: ["A"] });
    b.item({ id: "D", date: D1, start: "10:00", end: "11:00", dependsOn: ["B", "C"] });
    const reasons = byItem(prioritize(b.build(), []))[id].reasons;
    const expected = blocks === 0 ? [] : [`blocks ${blocks} ${blocks === 1 ? "strip" : "strips"}`];
    expect(reasons.filter((r) => r.startsWith("blocks"))).toEqual(expected);
  });
});

describe("reasons and ranking", () => {
  const conflict = (type: Conflict["type"], severity: Conflict["severity"], items: string[]): Conflict => ({
    type,
    severity,
    items,
    message: type,
  });

  test.each([
    [1, "priority 1 (Critical)"],
    [2, "priority 2 (High)"],
    [3, "priority 3 (Medium)"],
    [4, "priority 4 (Low)"],
    [7, "priority 7"],
  ])("priority %d reads %s", (priority, reason) => {
    const b = new ModelBuilder();
    b.item({ id: "A", date: D1, priority });
    expect(prioritize(b.build(), [])[0].reasons).toEqual([reason]);
  });

  test("items without a Date are ranked after every dated item, by their Priority, then schedule order", () => {
    const b = new ModelBuilder();
    b.item({ id: "U1", date: D1 });
    b.item({ id: "A", date: D1 });
    b.item({ id: "U2", date: D1, priority: 1 });
    b.item({ id: "X", date: D1, status: "Cancelled" });
    b.item({ id: "B", date: D2, priority: 4 });
    const model = b.build();
    // As the parser leaves a row whose Date is blank or does not exist.
    for (const item of model.items) if (item.id.startsWith("U") || item.id === "X") item.date = null;
    const ranked = prioritize(model, []);
    expect(ranked.map((p) => [p.item, p.rank])).toEqual([
      ["B", 1],
      ["A", 2],
      ["U2", 3],
      ["U1", 4],
    ]);
    expect(ranked[2].reasons).toEqual(["no readable Date: not on the schedule yet", "priority 1 (Critical)"]);
    expect(ranked[3]).toMatchObject({ score: 0, reasons: ["no readable Date: not on the schedule yet"] });
  });

  test("conflicts are counted once per conflict, types listed in order of first appearance", () => {
    const b = new ModelBuilder();
    b.item({ id: "A", date: D1, start: "08:00", end: "09:00" });
    b.item({ id: "B", date: D1, start: "08:00", end: "09:00" });
    const found = [
      conflict("double-booking", "error", ["A", "B"]),
      conflict("turnaround", "error", ["A", "A"]),
      conflict("double-booking", "error", ["A"]),
    ];
    const p = byItem(prioritize(b.build(), found));
    expect(p.A.reasons).toEqual(["in 3 conflicts (double-booking, turnaround)"]);
    expect(p.B.reasons).toEqual(["in 1 conflict (double-booking)"]);
    expect(p.A.rank).toBe(1);
  });

  test("one problem named for several resources counts once, its findings said; near miss: other items, another problem", () => {
    const b = new ModelBuilder();
    for (const id of ["A", "B", "C"]) b.item({ id, date: D1, start: "08:00", end: "09:00" });
    const crew = (resource: string, items: string[]) => ({
      ...conflict("consecutive-days", "warning", items),
      resource,
    });
    const p = byItem(
      prioritize(b.build(), [
        crew("1", ["A"]),
        crew("2", ["A"]),
        crew("3", ["A"]),
        crew("4", ["B"]),
        crew("5", ["C"]),
        { ...conflict("consecutive-days", "warning", ["C"]), resource: "6", message: "another" },
        conflict("long-day", "warning", ["C"]),
      ]),
    );
    expect(p.A.reasons).toEqual(["in 1 conflict (consecutive-days), 3 findings"]);
    expect(p.B.reasons).toEqual(["in 1 conflict (consecutive-days)"]);
    expect(p.C.reasons).toEqual(["in 2 conflicts (consecutive-days, long-day), 3 findings"]);
    // A's three findings weigh as one warning, as B's one does; C's two problems weigh two.
    expect(p.A.score).toBe(p.B.score);
    expect(p.C.score).toBeCloseTo((p.B.score as number) + 4, 5);
  });

  test("errors weigh more than warnings", () => {
    const b = new ModelBuilder();
    b.item({ id: "W", date: D1 }).item({ id: "E", date: D1 });
    const ranks = prioritize(b.build(), [
      conflict("long-day", "warning", ["W"]),
      conflict("unavailable", "error", ["E"]),
    ]);
    expect(ranks.map((p) => p.item)).toEqual(["E", "W"]);
  });

  test("sooner items rank first when nothing else differs; ties by start then schedule order", () => {
    const b = new ModelBuilder();
    b.item({ id: "later", date: D2, start: "07:00", end: "08:00" });
    b.item({ id: "second", date: D1, start: "09:00", end: "10:00" });
    b.item({ id: "first", date: D1, start: "08:00", end: "09:00" });
    b.item({ id: "dateonly", date: D1 });
    expect(prioritize(b.build(), []).map((p) => [p.item, p.rank])).toEqual([
      ["dateonly", 1],
      ["first", 2],
      ["second", 3],
      ["later", 4],
    ]);
  });

  test("every non-cancelled dated item is ranked 1..n; cancelled items are not", () => {
    const b = new ModelBuilder();
    for (let i = 0; i < 6; i++) b.item({ id: `I${i}`, date: D1, priority: (i % 4) + 1 });
    b.item({ id: "X", date: D1, status: "Cancelled", priority: 1 });
    const list = prioritize(b.build(), []);
    expect(list.map((p) => p.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(list.map((p) => p.item)).not.toContain("X");
    expect(list.slice(0, 2).map((p) => p.item)).toEqual(["I0", "I4"]);
  });

  test("items in or after a dependency cycle are ranked without CPM figures", () => {
    const b = new ModelBuilder();
    b.item({ id: "X", date: D1, dependsOn: ["Y"] });
    b.item({ id: "Y", date: D1, dependsOn: ["X"] });
    b.item({ id: "Z", date: D1, dependsOn: ["Y"] });
    b.item({ id: "ok", date: D1, dependsOn: ["missing", "ok"] });
    const p = byItem(prioritize(b.build(), []));
    for (const id of ["X", "Y", "Z"]) {
      expect(p[id].slackMinutes).toBeUndefined();
      expect(p[id].reasons).toContain("in or after a dependency cycle (no critical-path figures)");
    }
    expect(p.X.reasons).toContain("blocks 2 strips");
    expect(p.ok.reasons).toEqual([]);
    expect(
      Object.values(p)
        .map((x) => x.rank)
        .sort(),
    ).toEqual([1, 2, 3, 4]);
  });

  test("a long chain is handled without recursion", () => {
    const b = new ModelBuilder();
    const n = 5000;
    for (let i = 0; i < n; i++) b.item({ id: `T${i}`, date: D1, durationMin: 1, dependsOn: i ? [`T${i - 1}`] : [] });
    const p = byItem(prioritize(b.build(), []));
    expect(p.T0.reasons).toContain(`blocks ${n - 1} strips`);
    expect(p[`T${n - 1}`].critical).toBe(true);
  });
});

describe("the deadline reason agrees with the item's deadline conflict", () => {
  // A date-only item ends with its Date (the deadline rule): it used to count as ending at 00:00 of that Date.
  test.each<[string, { date: string; start?: string; end?: string; deadline: string }, number, string]>([
    ["date-only, a day late", { date: D2, deadline: D1 }, 1440, "misses its deadline by 1 day"],
    ["date-only, due the same day", { date: D1, deadline: D1 }, 0, "ends exactly at its deadline"],
    ["date-only, due at noon that day", { date: D1, deadline: `${D1} 12:00` }, 720, "misses its deadline by 12 h"],
    [
      "timed, 30 min late",
      { date: D1, start: "08:00", end: "12:30", deadline: `${D1} 12:00` },
      30,
      "misses its deadline by 30 min",
    ],
    ["date-only, a day early", { date: D1, deadline: D2 }, 0, "deadline in 1 day"],
  ])("%s", (_name, spec, late, reason) => {
    const b = new ModelBuilder();
    b.item({ id: "X", ...spec });
    const model = b.build();
    const conflicts = deadline.check(model);
    expect(conflicts.map((c) => c.magnitude)).toEqual(late > 0 ? [late] : []);
    expect(byItem(prioritize(model, conflicts)).X.reasons).toContain(reason);
  });

  test.each<[string, { date: string; start?: string; end?: string; deadline: string }, number, boolean]>([
    ["date-only, a day late", { date: D2, deadline: D1 }, -1440, true],
    ["date-only, due at 15:00 that day", { date: D2, deadline: `${D2} 15:00` }, -540, true],
    ["date-only, due the same day", { date: D2, deadline: D2 }, 0, true],
    ["timed, 30 min late", { date: D2, start: "08:00", end: "12:30", deadline: `${D2} 12:00` }, -30, true],
  ])("in a chain, %s: slack is what the deadline finding says is missing", (_name, spec, slack, critical) => {
    const b = new ModelBuilder();
    b.item({ id: "A", date: D1, start: "08:00", end: "09:00" });
    b.item({ id: "X", ...spec, dependsOn: ["A"] });
    const model = b.build();
    const x = byItem(prioritize(model, deadline.check(model))).X;
    expect(x).toMatchObject({ slackMinutes: slack, critical });
  });

  test("a date-only item's own late deadline is not passed on: what it depends on need only be done by its Date", () => {
    const b = new ModelBuilder();
    b.item({ id: "A", date: D1, start: "08:00", end: "09:00" });
    b.item({ id: "X", date: D2, deadline: D1, dependsOn: ["A"] });
    const model = b.build();
    const p = byItem(prioritize(model, deadline.check(model)));
    expect(p.X).toMatchObject({ slackMinutes: -1440, critical: true });
    // A may end as late as X's Date (the dependency rule compares a date-only item's Date): 15 h after 09:00.
    expect(p.A).toMatchObject({ slackMinutes: 900, critical: false });
  });
});
