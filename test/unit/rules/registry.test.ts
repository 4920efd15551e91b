import { CONFLICT_TYPE_ORDER, rules, runRules, sortConflicts } from "../../../src/core/rules";
import type { Conflict } from "../../../src/core/report";
import { ModelBuilder } from "../../helpers/model-builder";

describe("registry", () => {
  test("lists one rule per conflict type, in contract order", () => {
    expect(rules.map((r) => r.id)).toEqual(CONFLICT_TYPE_ORDER);
    for (const r of rules) expect(r.description.length).toBeGreaterThan(10);
  });

  test.each([
    [
      "date first",
      [
        ["b", "2026-03-03", "double-booking", "1", 0],
        ["a", "2026-03-02", "deadline", undefined, 0],
      ],
      ["a", "b"],
    ],
    [
      "then type in contract order",
      [
        ["b", "2026-03-02", "travel", "1", 0],
        ["a", "2026-03-02", "unavailable", "1", 0],
      ],
      ["a", "b"],
    ],
    [
      "then resource",
      [
        ["b", "2026-03-02", "travel", "2", 0],
        ["a", "2026-03-02", "travel", "1", 1],
      ],
      ["a", "b"],
    ],
    [
      "then first item's schedule position",
      [
        ["b", "2026-03-02", "travel", "1", 1],
        ["a", "2026-03-02", "travel", "1", 0],
      ],
      ["a", "b"],
    ],
    [
      "undated conflicts last",
      [
        ["b", undefined, "budget-overrun", "ACC", -1],
        ["a", "2026-03-09", "deadline", undefined, 0],
      ],
      ["a", "b"],
    ],
  ] as [string, [string, string | undefined, Conflict["type"], string | undefined, number][], string[]][])(
    "sort: %s",
    (_name, specs, expected) => {
      const model = new ModelBuilder()
        .item({ id: "I0", date: "2026-03-02" })
        .item({ id: "I1", date: "2026-03-02" })
        .build();
      const conflicts: Conflict[] = specs.map(([message, date, type, resource, first]) => ({
        type,
        severity: "error",
        message,
        items: first < 0 ? [] : [`I${first}`],
        ...(date ? { date } : {}),
        ...(resource ? { resource } : {}),
      }));
      expect(sortConflicts(model, conflicts).map((c) => c.message)).toEqual(expected);
    },
  );

  test("runRules combines and sorts every rule's findings", () => {
    const b = new ModelBuilder().resource({
      id: "1",
      name: "Ava",
      type: "cast",
      unavailable: [["2026-03-02", "2026-03-02"]],
    });
    b.item({ id: "S1", date: "2026-03-03", start: "08:00", end: "23:00", cast: ["1"] });
    b.item({ id: "S2", date: "2026-03-02", start: "08:00", end: "10:00", cast: ["1"], deadline: "2026-03-02 09:00" });
    b.item({ id: "S3", date: "2026-03-02", start: "09:00", end: "11:00", cast: ["1"] });
    const found = runRules(b.build());
    expect(found.map((c) => [c.date, c.type, c.items.join(",")])).toEqual([
      ["2026-03-02", "double-booking", "S2,S3"],
      ["2026-03-02", "unavailable", "S2"],
      ["2026-03-02", "unavailable", "S3"],
      ["2026-03-02", "deadline", "S2"],
      ["2026-03-03", "long-day", "S1"],
    ]);
  });
});
