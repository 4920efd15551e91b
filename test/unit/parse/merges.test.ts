import { parseWorkbook } from "../../../src/core/parse";
import { fillMergesDown } from "../../../src/core/parse/discover";
import type { CellValue, Grid } from "../../../src/core/snapshot";
import { serial } from "./snapshot-helpers";

const D = serial("2026-03-02");

describe("merged cells in the data", () => {
  // Rows 3..6 are data (header on row 2), columns A..C.
  const grid: Grid = {
    row: 1,
    col: 1,
    values: [
      ["Title", null, null],
      ["ID", "Date", "Location"],
      ["S1", D, "Barn"],
      ["S2", null, null],
      ["S3", D + 1, "Mill"],
      ["S4", null, null],
    ],
  };
  const data = () => grid.values.slice(2);
  const fill = (merges: string[]) => fillMergesDown(data(), grid, 3, merges);

  test.each<[string, string[], CellValue[][]]>([
    [
      "a Date block and a Location block",
      ["B3:B4", "C5:C6"],
      [
        ["S1", D, "Barn"],
        ["S2", D, null],
        ["S3", D + 1, "Mill"],
        ["S4", null, "Mill"],
      ],
    ],
    [
      "a block over two columns fills its first column",
      ["B3:C4"],
      [
        ["S1", D, "Barn"],
        ["S2", D, null],
        ["S3", D + 1, "Mill"],
        ["S4", null, null],
      ],
    ],
    ["a one-row banner across the columns", ["A4:C4"], data()],
    ["a merge starting in the title or the header", ["A1:A4", "B2:B4"], data()],
    ["a merge whose top cell is empty", ["B4:B5"], data()],
    [
      "a merge running past the last row",
      ["C5:C9"],
      [
        ["S1", D, "Barn"],
        ["S2", null, null],
        ["S3", D + 1, "Mill"],
        ["S4", null, "Mill"],
      ],
    ],
  ])("%s", (_name, merges, expected) => {
    expect(fill(merges)).toEqual(expected);
  });

  test("the snapshot's rows are copied, never edited", () => {
    const before = JSON.stringify(grid.values);
    fill(["B3:B4", "C5:C6"]);
    expect(JSON.stringify(grid.values)).toBe(before);
  });

  test("through the parser: the strip under a merged Date has that Date and no data issue", () => {
    const values: CellValue[][] = [
      ["ID", "Date", "Start", "End", "Cast"],
      ["S1", D, 0.3, 0.4, "Ann"],
      ["S2", null, 0.5, 0.6, "Ann"],
    ];
    const m = parseWorkbook({
      sheets: [{ name: "Schedule", used: { row: 1, col: 1, values }, tables: [], merges: ["B2:B3"] }],
    });
    expect(m.items.map((i) => i.date)).toEqual([D, D]);
    expect(m.issues.filter((i) => i.code !== "unknown-resource")).toEqual([]);
  });

  test("a banner under a Day, Date or Location merged down over the day is a banner, not a strip", () => {
    // A stripboard export: Day and Date merged over the day's rows, the lunch and the day's end on rows of their own.
    const values: CellValue[][] = [
      ["Day", "Date", "Scene", "Set", "Location", "Cast"],
      [1, D, "1", "INT. KITCHEN", "Stage 4", "Ann"],
      [null, null, "LUNCH - 30 min", null, null, null],
      [null, null, "2", "INT. HALL", null, "Ann"],
      [null, null, "BONEYARD", null, null, null],
    ];
    const m = parseWorkbook({
      sheets: [{ name: "Schedule", used: { row: 1, col: 1, values }, tables: [], merges: ["A2:A5", "B2:B5", "E2:E4"] }],
    });
    expect(m.items.map((i) => [i.id, i.scene, i.date])).toEqual([
      ["row:2", "1", D],
      ["row:4", "2", D],
    ]);
  });

  test("the merged-down cells are known through pandas' 'nan' blanks too (the rows are copied to blank them)", () => {
    const values: CellValue[][] = [
      ["Day", "Date", "Scene", "Set", "Cast"],
      [1, D, "1", "INT. KITCHEN", "Ann"],
      [null, null, "SCENES MOVED FROM BLOCK 1", "nan", "nan"],
      [null, null, "2", "INT. HALL", "Ann"],
    ];
    const m = parseWorkbook({
      sheets: [{ name: "Schedule", used: { row: 1, col: 1, values }, tables: [], merges: ["A2:A4", "B2:B4"] }],
    });
    expect(m.items.map((i) => [i.id, i.date])).toEqual([
      ["row:2", D],
      ["row:4", D],
    ]);
  });

  test("with its day written on the row, only a banner's words make it one (a meal, a move, the day's end)", () => {
    const values: CellValue[][] = [
      ["Day", "Date", "Scene", "Set", "Cast"],
      [1, D, "1", "INT. KITCHEN", "Ann"],
      [1, D, "LUNCH - 30 min", null, null],
      [1, D, "Company move to Harbor Pier", null, null],
      [1, D, "2", "INT. HALL", "Ann"],
      [1, D, "End of Day 1 -- 2 2/8 pgs", null, null],
      // A task with its day and one text: a strip, as before.
      [2, D + 1, "Prep", null, null],
    ];
    const m = parseWorkbook({ sheets: [{ name: "Schedule", used: { row: 1, col: 1, values }, tables: [] }] });
    expect(m.items.map((i) => [i.id, i.scene])).toEqual([
      ["row:2", "1"],
      ["row:5", "2"],
      ["row:7", "Prep"],
    ]);
  });
});
