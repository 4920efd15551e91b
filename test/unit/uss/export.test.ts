import { readFileSync } from "fs";
import * as path from "path";
import { parseWorkbook } from "../../../src/core/parse";
import { exportUss, importUss, snapshotFromSheets, type UssCell, type UssImportResult } from "../../../src/core/uss";
import { ModelBuilder } from "../../helpers/model-builder";

const SAMPLE = readFileSync("/work/shared/data/uss/small_sample_schedule.uss", "utf8");
const MULTI = readFileSync(path.join(__dirname, "../../fixtures/uss/multi-board.uss"), "utf8");

function records(result: UssImportResult, sheet: string): Record<string, UssCell>[] {
  const rows = result.sheets.find((s) => s.name === sheet)?.rows ?? [];
  const header = (rows[0] ?? []).map(String);
  return rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? null])));
}

function modelOf(result: UssImportResult) {
  return parseWorkbook(snapshotFromSheets(result.sheets, "imported.xlsx"));
}

type Json = Record<string, any>;

describe("imported tables read cleanly as a workbook", () => {
  test.each([
    ["sample", SAMPLE, undefined],
    ["multi: Shooting Order", MULTI, "Shooting Order"],
    ["multi: Flat Order", MULTI, "Flat Order"],
  ])("%s: no data issues, every table placed by its name", (_n, text, board) => {
    const model = modelOf(importUss(text, { board }));
    expect(model.issues).toEqual([]);
    expect(model.tables.map((t) => [t.sheet, t.role])).toEqual(
      expect.arrayContaining([
        ["Schedule", "schedule"],
        ["Cast", "resources"],
        ["Availability", "availability"],
        ["Production", "production"],
      ]),
    );
    expect(model.items.every((i) => i.date !== null)).toBe(true);
  });
});

describe("export", () => {
  const uss = exportUss(modelOf(importUss(SAMPLE)), { created: "2026-01-01T00:00:00.000Z" }).uss
    .universalScheduleStandard as Json;

  test("is one stripboard on one calendar, with both spellings of the keys that differ", () => {
    expect(uss.stripboards).toHaveLength(1);
    expect(uss.calendars).toHaveLength(1);
    expect(uss.stripboards[0].calendar).toBe(uss.calendars[0].id);
    expect(uss.version).toBe("1.0.0");
    expect(uss.ussVersion).toBe("1.0.0");
    const scene = uss.breakdowns.find((b: Json) => b.type === "scene");
    expect(scene).toMatchObject({ scene: "89PT1", pages: 0.25, time: 5700000, duration: 5700000 });
    expect(uss.calendars[0].events[0]).toEqual({
      id: expect.any(String),
      type: "start",
      name: null,
      date: "2022-06-20T12:00:00.000Z",
    });
  });

  test("every breakdown sits on exactly one board, and every reference resolves", () => {
    const onBoards = uss.stripboards[0].boards.flatMap((b: Json) => b.breakdownIds);
    expect([...onBoards].sort()).toEqual(uss.breakdowns.map((b: Json) => b.id).sort());
    const elementIds = new Set(uss.elements.map((e: Json) => e.id));
    for (const b of uss.breakdowns) for (const e of b.elements) expect(elementIds.has(e)).toBe(true);
    const categoryIds = new Set(uss.categories.map((c: Json) => c.id));
    for (const e of uss.elements) expect(categoryIds.has(e.category)).toBe(true);
    for (const c of uss.categories)
      expect(c.elements).toEqual(uss.elements.filter((e: Json) => e.category === c.id).map((e: Json) => e.id));
    const ids = [...uss.breakdowns, ...uss.elements, ...uss.categories, ...uss.calendars].map((x: Json) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("cast elements keep their numbers; set, I/E, D/N become elements of their categories", () => {
    const names = (cat: string) => {
      const c = uss.categories.find((x: Json) => x.name === cat);
      return uss.elements.filter((e: Json) => e.category === c?.id).map((e: Json) => [e.elementId, e.name]);
    };
    expect(names("Cast Members")).toEqual([
      ["1", "GEORGE"],
      ["2", "CLARENCE"],
    ]);
    expect(names("INT/EXT")).toEqual([["", "EXT"]]);
    expect(names("Day/Night")).toEqual([["", "NIGHT"]]);
    expect(names("Set")).toEqual([["", "BEDFORD FALLS BRIDGE"]]);
  });
});

describe("round trip: import -> workbook -> export -> import keeps every strip, date and cast member", () => {
  const KEPT = [
    "ID",
    "Date",
    "Scene",
    "Description",
    "Set",
    "I/E",
    "D/N",
    "Pages",
    "Duration",
    "Location",
    "Notes",
    "Crew",
    "Equipment",
  ];
  const castSet = (v: UssCell) => (v === null ? [] : String(v).split(", ").sort());

  test.each([
    ["sample", SAMPLE, undefined],
    ["multi: Shooting Order", MULTI, "Shooting Order"],
    ["multi: Flat Order (two boards)", MULTI, "Flat Order"],
  ])("%s", (_n, text, board) => {
    const first = importUss(text, { board });
    const exported = exportUss(modelOf(first));
    const second = importUss(exported.json);
    expect(second.ok).toBe(true);
    const pick = (r: Record<string, UssCell>): Record<string, unknown> => ({
      ...Object.fromEntries(KEPT.map((k) => [k, r[k]])),
      Cast: castSet(r.Cast),
    });
    const byDate = (rows: Record<string, UssCell>[]) =>
      rows
        .map(pick)
        .sort((a, b) => String(a.Date).localeCompare(String(b.Date)) || String(a.ID).localeCompare(String(b.ID)));
    expect(byDate(records(second, "Schedule"))).toEqual(byDate(records(first, "Schedule")));
    expect(records(second, "Cast").map((c) => [c["Cast #"], c.Name])).toEqual(
      records(first, "Cast").map((c) => [c["Cast #"], c.Name]),
    );
    const windows = (r: UssImportResult) =>
      records(r, "Availability")
        .map((a) => `${a.Resource} ${a.From} ${a.To} ${a.Kind}`)
        .sort();
    expect(windows(second)).toEqual(windows(first));
  });

  test("a single-board schedule keeps its shoot day numbers too", () => {
    const first = importUss(MULTI);
    const second = importUss(exportUss(modelOf(first)).json);
    expect(records(second, "Schedule").map((r) => [r.ID, r["Shoot Day"]])).toEqual(
      records(first, "Schedule").map((r) => [r.ID, r["Shoot Day"]]),
    );
  });
});

describe("export of a hand-built schedule", () => {
  const model = new ModelBuilder()
    .resource({ id: "1", name: "Ann Actor", role: "HERO" })
    .resource({ id: "2", name: "Bo" })
    .resource({ id: "G1", name: "Crane", type: "equipment" })
    .item({ id: "A", date: "2026-03-02", start: "07:00", end: "12:00", cast: ["1"], scene: "1" })
    .item({ id: "B", date: "2026-03-03", start: "22:00", end: "02:00", cast: ["1", "2"], scene: "2" })
    .item({ id: "C", date: "2026-03-05", cast: ["2"], equipment: ["Crane"], scene: "3" })
    .item({ id: "D", date: "2026-03-07", cast: ["2"], scene: "4" })
    .item({ id: "E", date: "2026-03-16", cast: ["1"], scene: "5" })
    .item({ id: "F", date: "2026-03-04", cast: ["1"], status: "Cancelled", scene: "6" })
    .window("1", "2026-03-09", "2026-03-10", "hold")
    .build();
  const result = exportUss(model);
  const cal = (result.uss.universalScheduleStandard as Json).calendars[0];
  const back = importUss(result.json);

  test("weekdays never shot are weekly days off; other gaps are single days off", () => {
    expect(cal.daysOff).toEqual([0, 3, 5]);
    expect(cal.events.filter((e: Json) => e.type === "dayOff").map((e: Json) => e.date.slice(0, 10))).toEqual([
      "2026-03-09",
      "2026-03-10",
      "2026-03-12",
      "2026-03-14",
    ]);
  });

  test.each([
    ["A", "2026-03-02", "07:00", "12:00"],
    ["B", "2026-03-03", "22:00", "02:00"],
    ["C", "2026-03-05", null, null],
    ["D", "2026-03-07", null, null],
    ["E", "2026-03-16", null, null],
  ])("%s comes back on %s (%s-%s)", (id, date, start, end) => {
    expect(records(back, "Schedule").find((r) => r.ID === id)).toMatchObject({ Date: date, Start: start, End: end });
  });

  test("cancelled items are left out, with a message", () => {
    expect(records(back, "Schedule").map((r) => r.ID)).not.toContain("F");
    expect(result.messages).toContain("1 cancelled item(s) not exported");
  });

  test("an actor with a character: the element is the character, the actor comes back as Name", () => {
    expect(records(back, "Cast")).toEqual([
      { "Cast #": "1", Name: "Ann Actor", Character: "HERO", "Allow Drop": "no" },
      { "Cast #": "2", Name: "Bo", Character: null, "Allow Drop": "no" },
    ]);
    expect(records(back, "Equipment")).toEqual([
      { ID: "G1", Name: "Crane", Type: "equipment", Department: "Special Equipment" },
    ]);
  });

  test("availability windows come back day by day", () => {
    expect(records(back, "Availability").map((a) => [a.Resource, a.From, a.Kind])).toEqual([
      ["1", "2026-03-09", "hold"],
      ["1", "2026-03-10", "hold"],
    ]);
  });

  test("an empty schedule exports an empty board with a message", () => {
    const empty = exportUss(new ModelBuilder().build());
    expect(empty.messages).toContain("no dated items: the stripboard is empty");
    expect(importUss(empty.json).messages.join("\n")).toMatch(/no breakdowns to import/);
  });
});
