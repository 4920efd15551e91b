import { parseWorkbook } from "../../../src/core/parse";
import { rangeSheet, serial, workbook } from "./snapshot-helpers";

const D = serial("2026-03-02");

function model() {
  return parseWorkbook(
    workbook(
      rangeSheet("Schedule", [
        ["ID", "Date", "Cast", "Crew", "Equipment", "Resources", "Location"],
        ["S1", D, "2, 1, 2", "G1; Ghost", "CAM", "1", "Barn"],
        ["S2", D, null, "", null, null, null],
      ]),
      rangeSheet("Cast", [
        ["ID", "Name", "Type"],
        [1, "Ann", "cast"],
        [2, "Bo", "cast"],
        ["G1", "Gil", "crew"],
        ["CAM", "Camera A", "equipment"],
        [null, "Barn", "location"],
      ]),
    ),
  );
}

describe("parsed items compute their lists, keys and cells on read", () => {
  test("lists keep cell order without repeats; an empty cell is an empty list", () => {
    const [s1, s2] = model().items;
    expect(s1.cast).toEqual(["2", "1"]);
    expect(s1.crew).toEqual(["g1", "name:ghost"]);
    expect(s1.equipment).toEqual(["cam"]);
    expect(s1.other).toEqual(["1"]);
    expect(s1.resourceKeys).toEqual(["2", "1", "g1", "name:ghost", "cam", "name:barn"]);
    expect(s1.cells.Crew).toBe("D2");
    expect([s2.cast, s2.crew, s2.equipment, s2.other, s2.resourceKeys]).toEqual([[], [], [], [], []]);
  });

  test("assigning a list replaces it for that item only, and JSON shows the computed fields", () => {
    const [s1, s2] = model().items;
    s1.cast = ["9"];
    s1.resourceKeys = ["9"];
    expect([s1.cast, s1.resourceKeys, s2.cast]).toEqual([["9"], ["9"], []]);
    const json = JSON.parse(JSON.stringify(s2)) as Record<string, unknown>;
    expect(json).toMatchObject({ id: "S2", cast: [], crew: [], cells: { ID: "A3", Cast: "C3" }, resourceKeys: [] });
    expect(json).not.toHaveProperty("table");
  });
});

describe("fields kept as columns (ItemFields) read and write like plain fields", () => {
  function twoTables() {
    return parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["ID", "Date", "Scene", "Start", "Duration", "Deadline", "Depends On"],
          ["A1", D, "12", null, null, null, null],
          ["A2", D, null, "07:00", "1:30", "2026-03-03", "A1"],
          ["A3", D, "14", "09:00", null, D + 0.5, null],
        ]),
        rangeSheet("Stripboard", [
          ["ID", "Date", "Notes", "Pages"],
          ["B1", D, "rain cover", "1 4/8"],
          ["B2", D, null, null],
        ]),
      ),
    );
  }

  test.each([
    // [item, field, value]: a column a table lacks reads as empty on its items, before and after its first value
    ["A1", "scene", "12"],
    ["A2", "scene", undefined],
    ["A3", "scene", "14"],
    ["B1", "scene", undefined],
    ["A1", "durationMin", undefined],
    ["A2", "durationMin", 90],
    ["A2", "callOnly", undefined],
    ["A3", "callOnly", 9 * 60 + D * 1440],
    ["A2", "deadline", (D + 2) * 1440],
    ["A2", "deadlineDateOnly", true],
    ["A3", "deadline", D * 1440 + 720],
    ["A3", "deadlineDateOnly", false],
    ["A1", "deadlineDateOnly", undefined],
    ["A2", "dependsOn", ["A1"]],
    ["A3", "dependsOn", []],
    ["B1", "dependsOn", []],
    ["B1", "notes", "rain cover"],
    ["B2", "notes", undefined],
    ["A1", "notes", undefined],
    ["B1", "eighths", 12],
    ["B2", "eighths", undefined],
    ["A1", "sheet", "Schedule"],
    ["B2", "sheet", "Stripboard"],
  ])("%s.%s is %p", (id, field, value) => {
    const item = twoTables().items.find((i) => i.id === id) as unknown as Record<string, unknown>;
    expect(item[field]).toEqual(value);
  });

  test("assigning changes that item only, also on a column no row had, and JSON shows the fields", () => {
    const items = twoTables().items;
    const [a1, a2, , b1, b2] = items;
    a1.notes = "late";
    a2.priority = 1;
    b2.scene = "99";
    b1.eighths = undefined;
    a2.dependsOn = [];
    a1.sheet = "Moved";
    expect(items.map((i) => [i.notes, i.priority, i.scene, i.eighths, i.dependsOn.length, i.sheet])).toEqual([
      ["late", undefined, "12", undefined, 0, "Moved"],
      [undefined, 1, undefined, undefined, 0, "Schedule"],
      [undefined, undefined, "14", undefined, 0, "Schedule"],
      ["rain cover", undefined, undefined, undefined, 0, "Stripboard"],
      [undefined, undefined, "99", undefined, 0, "Stripboard"],
    ]);
    const json = JSON.parse(JSON.stringify(a2)) as Record<string, unknown>;
    expect(json).toMatchObject({ id: "A2", sheet: "Schedule", durationMin: 90, priority: 1, deadlineDateOnly: true });
    expect(json).not.toHaveProperty("table");
  });
});

describe("lists that rarely repeat (the parser's list memos rest)", () => {
  const crew = Array.from({ length: 60 }, (_, k) => ["C" + k, "Crew " + k, "crew"]);

  /** Each row's crew as picked (numbers), its cell text, and whether every row reads back its own list. */
  function readBack(picks: number[][], texts: string[]) {
    const rows = texts.map((text, i) => [`S${i}`, D, text, String(1 + (i % 2))]);
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [["ID", "Date", "Crew", "Cast"], ...rows]),
        rangeSheet("Crew", [["ID", "Name", "Type"], ...crew, ["1", "Ann", "cast"], ["2", "Bo", "cast"]]),
      ),
    );
    expect(m.items).toHaveLength(texts.length);
    const wrong = m.items.filter(
      (item, i) => item.crew.join() !== picks[i].map((c) => "c" + c).join() || item.cast.join() !== String(1 + (i % 2)),
    );
    return wrong.map((i) => i.id);
  }

  function randomPicks(count: number): number[][] {
    let seed = 7;
    const next = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) >>> 16) % 60;
    return Array.from({ length: count }, () => [...new Set([next(), next(), next()])]);
  }
  const text = (p: number[], i: number) => p.map((c) => "C" + c).join(i % 2 ? ", " : "; ");

  test("12,000 rows of crew lists drawn at random (both of the column's memos rest)", () => {
    const picks = randomPicks(12000);
    expect(readBack(picks, picks.map(text))).toEqual([]);
  });

  test("texts that repeat (the text memo keeps them) while the other rows' lists do not (the list memo rests)", () => {
    const random = randomPicks(12000);
    const fixed = random.slice(0, 20);
    // Even rows: one of 20 texts; odd rows: a new random list, or (every fifth) the text of a random row 50 back.
    const picks = random.map((p, i) =>
      i % 2 === 0 ? fixed[(i / 2) % 20] : i % 10 === 9 && i > 100 ? random[i - 50] : p,
    );
    const texts = picks.map((p, i) => text(p, i % 2 === 0 ? 0 : i % 10 === 9 && i > 100 ? i - 50 : i));
    expect(readBack(picks, texts)).toEqual([]);
  });
});
