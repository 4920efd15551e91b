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
