/**
 * List cells whose exact text repeats are read once per column (a memo by cell text): every row must still
 * get its own lists and its own unknown-resource issue, and a column whose texts stop repeating (the memo
 * rests) must read the same as one whose texts repeat.
 */
import { parseWorkbook } from "../../../src/core/parse";
import type { CellValue } from "../../../src/core/snapshot";
import { rangeSheet, serial, workbook } from "./snapshot-helpers";

const D = serial("2026-03-02");
const RESOURCES: CellValue[][] = [
  ["ID", "Name", "Type", "Role"],
  [1, "Ann Lee", "cast", "Hero"],
  ["7", "Bo", "cast", "Cop"],
  ["C1", "Cy Park", "crew", "Grip"],
];

function parse(rows: CellValue[][]) {
  return parseWorkbook(
    workbook(rangeSheet("Resources", RESOURCES), rangeSheet("Schedule", [["ID", "Date", "Cast", "Crew"], ...rows])),
  );
}

describe("list cells with repeated text", () => {
  test("each row reports its own unknown tokens and keeps its lists", () => {
    const m = parse([
      ["S1", D, "1, Zed", "C1"],
      ["S2", D, "1, Zed", "Zed"],
      ["S3", D, "1, Zed", "C1"],
    ]);
    const unknown = m.issues.filter((i) => i.code === "unknown-resource").map((i) => i.cell);
    expect(unknown).toEqual(["C2", "C3", "D3", "C4"]);
    expect(m.items.map((it) => it.cast)).toEqual([
      ["1", "name:zed"],
      ["1", "name:zed"],
      ["1", "name:zed"],
    ]);
    expect(m.items.map((it) => it.resourceKeys)).toEqual([
      ["1", "name:zed", "c1"],
      ["1", "name:zed"],
      ["1", "name:zed", "c1"],
    ]);
  });

  test("the same text reads the same in another column", () => {
    const m = parse([
      ["S1", D, "Hero; 7", "Hero; 7"],
      ["S2", D, "Grip", "Hero; 7"],
    ]);
    expect(m.items[0].cast).toEqual(["1", "7"]);
    expect(m.items[0].crew).toEqual(["1", "7"]);
    expect(m.items[1].cast).toEqual(["c1"]);
    expect(m.items[1].crew).toEqual(["1", "7"]);
  });

  test("a column of all-different texts (memo resting) reads like a column of repeated ones", () => {
    const n = 20000;
    const rows: CellValue[][] = [];
    for (let k = 0; k < n; k++) {
      // Crew texts never repeat (a different spacing each row); cast texts cycle through three.
      const crew = `C1,${" ".repeat(k % 50)}Zed${Math.floor(k / 50)}`;
      rows.push([`S${k}`, D, ["1, 7", "Bo", "Ann Lee / Nobody"][k % 3], crew]);
    }
    const m = parse(rows);
    expect(m.items).toHaveLength(n);
    for (const k of [0, 1, 2, 4095, 4096, 4097, 9000, n - 1]) {
      const item = m.items[k];
      expect(item.cast).toEqual([["1", "7"], ["7"], ["1", "name:nobody"]][k % 3]);
      expect(item.crew).toEqual(["c1", `name:zed${Math.floor(k / 50)}`]);
    }
    const unknownCells = m.issues.filter((i) => i.code === "unknown-resource").map((i) => i.cell);
    // One issue per row for the crew token, and one on every third row for 'Nobody'.
    expect(unknownCells.filter((c) => c!.startsWith("D"))).toHaveLength(n);
    expect(unknownCells.filter((c) => c!.startsWith("C"))).toHaveLength(Math.ceil((n - 2) / 3));
  });
});
