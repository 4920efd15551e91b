/** @jest-environment jsdom */
import type { Conflict } from "../../../src/core/report";
import type { DataIssue } from "../../../src/core/model";
import { countFindings, filterFindings, groupFindings, toFindings } from "../../../src/taskpane/logic/findings";

function conflict(partial: Partial<Conflict>): Conflict {
  return { type: "double-booking", severity: "error", items: ["1"], message: "m", ...partial };
}

const conflicts: Conflict[] = [
  conflict({
    type: "travel",
    severity: "warning",
    resource: "7",
    date: "2026-03-03",
    message: "Travel too short for Ann",
    items: ["4", "5"],
    cells: [
      { sheet: "Schedule", cell: "A5:M5" },
      { sheet: "Schedule", cell: "A6:M6" },
    ],
  }),
  conflict({
    resource: "2",
    date: "2026-03-02",
    message: "Bob is double-booked 09:00-10:00",
    suggestion: "Move scene 12",
    items: ["1", "2"],
    cells: [
      { sheet: "Schedule", cell: "A2:M2" },
      { sheet: "Schedule", cell: "A3:M3" },
      { sheet: "Cast", cell: "A4" },
    ],
  }),
  conflict({ type: "budget-overrun", severity: "warning", resource: "3100", message: "Over budget", items: [] }),
  conflict({ type: "unavailable", resource: "10", date: "2026-03-02", message: "Cy unavailable", items: ["3"] }),
];
const issues: DataIssue[] = [
  { code: "bad-date", sheet: "Schedule", cell: "B9", message: "Not a date" },
  { code: "missing-table", sheet: "(workbook)", message: "No schedule" },
  { code: "bad-date", sheet: "Schedule", cell: "B10", message: "Not a date" },
];
const findings = toFindings({ conflicts, dataIssues: issues });

describe("toFindings", () => {
  test("conflicts first in report order, then data issues with sheet!cell in the message", () => {
    expect(findings.map((f) => f.id)).toEqual(["c0", "c1", "c2", "c3", "d0", "d1", "d2"]);
    expect(findings[4]).toMatchObject({ severity: "data", type: "bad-date", message: "Schedule!B9: Not a date" });
    expect(findings[5].message).toBe("(workbook): No schedule");
  });

  test.each([
    ["cells on one sheet are joined", 0, { sheet: "Schedule", address: "A5:M5,A6:M6" }],
    ["cells on another sheet than the first are left out", 1, { sheet: "Schedule", address: "A2:M2,A3:M3" }],
    ["no cells, no target", 2, undefined],
    ["a data issue targets its cell", 4, { sheet: "Schedule", address: "B9" }],
    ["a data issue without a cell has no target", 5, undefined],
  ])("target: %s", (_name, index, target) => {
    expect(findings[index].target).toEqual(target);
  });
});

describe("filterFindings", () => {
  test.each<[string, "all" | "error" | "warning" | "data", string, string[]]>([
    ["all, no search", "all", "", ["c0", "c1", "c2", "c3", "d0", "d1", "d2"]],
    ["errors only", "error", "", ["c1", "c3"]],
    ["warnings only", "warning", "", ["c0", "c2"]],
    ["data issues only", "data", "", ["d0", "d1", "d2"]],
    ["search is case-insensitive on the message", "all", "DOUBLE-BOOKED", ["c1"]],
    ["search matches the suggestion", "all", "scene 12", ["c1"]],
    ["search matches the date", "all", "2026-03-02", ["c1", "c3"]],
    ["search matches an item id", "all", "5", ["c0"]],
    ["search matches the type label", "all", "travel time", ["c0"]],
    ["every word must match (near miss: one word absent)", "all", "bob nowhere", []],
    ["severity and search combine", "warning", "2026-03-02", []],
    ["whitespace-only search is no search", "error", "   ", ["c1", "c3"]],
  ])("%s", (_name, severity, search, ids) => {
    expect(filterFindings(findings, severity, search).map((f) => f.id)).toEqual(ids);
  });
});

describe("groupFindings", () => {
  test("by type: rule order, then data issues by code", () => {
    const groups = groupFindings(findings, "type");
    expect(groups.map((g) => g.key)).toEqual([
      "double-booking",
      "unavailable",
      "travel",
      "budget-overrun",
      "bad-date",
      "missing-table",
    ]);
    expect(groups[0].label).toBe("Double booking");
    expect(groups[4]).toMatchObject({ label: "Data issue: bad date" });
    expect(groups[4].findings.map((f) => f.id)).toEqual(["d0", "d2"]);
  });

  test("by day: chronological, undated last; each day with its weekday and, where a call sheet names it, its name", () => {
    const groups = groupFindings(findings, "day", {}, new Map([["2026-03-03", "Day 21"]]));
    expect(groups.map((g) => g.label)).toEqual(["Mon 2026-03-02", "Tue 2026-03-03 · Day 21", "No date"]);
    expect(groups[0].findings.map((f) => f.id)).toEqual(["c1", "c3"]);
    expect(groups[2].findings).toHaveLength(4);
  });

  test("by person: natural order (2 before 10), names shown, none last", () => {
    const groups = groupFindings(findings, "person", { "2": "Bob Smith" });
    expect(groups.map((g) => g.label)).toEqual(["Bob Smith (2)", "7", "10", "Account 3100", "No person or resource"]);
  });

  test("empty in, empty out", () => {
    expect(groupFindings([], "type")).toEqual([]);
  });
});

describe("countFindings", () => {
  test("errors, warnings, data issues and per-code counts", () => {
    const counts = countFindings({ conflicts, dataIssues: issues });
    expect(counts).toMatchObject({ errors: 2, warnings: 2, dataIssues: 3 });
    expect(counts.issuesByCode).toEqual([
      { code: "bad-date", count: 2 },
      { code: "missing-table", count: 1 },
    ]);
    expect(counts.conflictsByType.map((c) => c.type)).toEqual([
      "double-booking",
      "unavailable",
      "travel",
      "budget-overrun",
    ]);
  });
});

describe("where: the shoot day and scenes a coordinator names", () => {
  const report = {
    conflicts: [conflicts[1], conflicts[0]],
    dataIssues: [],
    callSheets: [
      { date: "2026-03-02", dayNumber: 1, shootDay: 7 },
      { date: "2026-03-03", dayNumber: 2, shootDay: 17 },
    ] as never,
  };
  const items = {
    "1": { scene: "36", date: "2026-03-02" },
    "2": { scene: "37", date: "2026-03-02" },
    "4": { scene: "12", date: "2026-03-03" },
    "5": { scene: "36A", date: "2026-03-02" },
  };

  test("the day's name on its call sheet, each item's scene once; a scene on another day says its own", () => {
    const found = toFindings(report, items);
    expect(found.map((f) => f.where)).toEqual(["Day 7 · Sc 36, 37", "Day 17 · Sc 12, 36A (Day 7)"]);
  });

  test("search: 'day 7' and 'sc 36' are exact (not Day 17, not 36A or strip 36); other words anywhere", () => {
    const found = toFindings(report, items);
    const ids = (q: string) => filterFindings(found, "all", q).map((f) => f.id);
    expect(ids("sc 37")).toEqual(["c0"]);
    expect(ids("Day 17")).toEqual(["c1"]);
    // Day 7 is the first finding's day and the second's scene 36A's.
    expect(ids("day 7")).toEqual(["c0", "c1"]);
    expect(ids("sc 36")).toEqual(["c0"]);
    expect(ids("scene 36A")).toEqual(["c1"]);
    expect(ids("day 7 travel")).toEqual(["c1"]);
    // Near misses: a scene and a day no finding has.
    expect(ids("sc 38")).toEqual([]);
    expect(ids("day 8")).toEqual([]);
  });

  test("near miss: without items or call sheets there is nothing to add", () => {
    expect(toFindings({ conflicts: report.conflicts, dataIssues: [] }).map((f) => f.where)).toEqual([
      undefined,
      undefined,
    ]);
  });
});
