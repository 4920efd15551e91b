/**
 * A value typed far past the rest of a sheet (XFD1048576 beside a table in A1:J20): the used range's dense grid
 * would hold 17 billion cells (the CLI ran out of memory, found by a fuzz of it). The readers leave such cells out
 * of the grid and the parser reports each as `far-cell`.
 */
import { gridFromRows, type CellRows } from "../../../src/xlsx/grid";
import { parseWorkbook } from "../../../src/core/parse";

const table: CellRows = [
  {
    r: 1,
    cells: [
      { c: 1, v: "ID" },
      { c: 2, v: "Date" },
    ],
  },
  {
    r: 2,
    cells: [
      { c: 1, v: "S1" },
      { c: 2, v: 46083 },
    ],
  },
];

test("a far cell is left out of the grid and named", () => {
  const far: string[] = [];
  const grid = gridFromRows([...table, { r: 1048576, cells: [{ c: 16384, v: "x" }] }], far);
  expect(grid).toEqual({
    row: 1,
    col: 1,
    values: [
      ["ID", "Date"],
      ["S1", 46083],
    ],
  });
  expect(far).toEqual(["XFD1048576"]);
});

test("a far column on the table's own rows is left out too; a big sheet without a gap is kept whole", () => {
  const far: string[] = [];
  const rows: CellRows = [...table.slice(0, 1), { r: 2, cells: [...table[1].cells, { c: 16000, v: "x" }] }];
  rows.push({ r: 9000, cells: [{ c: 1, v: "S2" }] });
  const grid = gridFromRows(rows, far);
  expect(far).toEqual(["WQJ2"]);
  expect(grid?.values.length).toBe(9000);
  expect(grid?.values[0].length).toBe(2);
  // Under the size at which the grid is looked at: nothing left out.
  const near: string[] = [];
  expect(gridFromRows([...table, { r: 5000, cells: [{ c: 600, v: "x" }] }], near)?.values[0].length).toBe(600);
  expect(near).toEqual([]);
});

test("the parser reports the far cells, the first five by name", () => {
  const farCells = ["XFD1048576", "XFD1048575", "XFD1048574", "XFD1048573", "XFD1048572", "XFD1048571"];
  const m = parseWorkbook({
    sheets: [{ name: "Locations", used: { row: 1, col: 1, values: [["Name"], ["Barn"]] }, tables: [], farCells }],
  });
  const issues = m.issues.filter((i) => i.code === "far-cell");
  expect(issues.map((i) => i.cell)).toEqual(farCells.slice(0, 5));
  expect(issues[0].message).toBe(
    "Locations!XFD1048576: this value stands far past the rest of the sheet and is not read (nor 1 more like it); " +
      "move it next to its table, or clear it if it was typed there by accident",
  );
});
