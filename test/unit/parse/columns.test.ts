/** The parser fills model.columns as it reads; it must equal the columns built from the items. */
import { readFileSync } from "fs";
import path from "path";
import { parseWorkbook } from "../../../src/core/parse";
import { columnsFromItems, ACTIVE, TIMED } from "../../../src/core/columns";
import type { Model } from "../../../src/core/model";
import { snapshotFromXlsxBuffer } from "../../../src/xlsx/fast-read";
import { generateSnapshot } from "../../../scripts/bench";
import { messySnapshot } from "./messy-snapshot";
import { rangeSheet, serial, workbook } from "./snapshot-helpers";

function expectColumnsFromItems(m: Model): void {
  expect(m.columns).toBeDefined();
  const parsed = m.columns!;
  const fromItems = columnsFromItems(m);
  expect(parsed.count).toBe(m.items.length);
  // The parser's resources are the model's: no key is left without a resource row.
  expect(parsed.resources).toBe(m.resources);
  expect(fromItems.resources).toHaveLength(m.resources.length);
  for (const name of [
    "date",
    "start",
    "end",
    "call",
    "flags",
    "deadline",
    "place",
    "resourceStart",
    "resourceIds",
  ] as const) {
    expect({ name, values: Array.from(parsed[name]) }).toEqual({ name, values: Array.from(fromItems[name]) });
  }
  expect(parsed.places).toEqual(fromItems.places);
}

describe("model.columns from the parser", () => {
  test("the sample production", () => {
    const file = path.resolve(__dirname, "../../../assets/sample-production.xlsx");
    const m = parseWorkbook(snapshotFromXlsxBuffer(readFileSync(file)));
    expect(m.items.length).toBeGreaterThan(10);
    expectColumnsFromItems(m);
  });

  test("a bench workbook", () => {
    expectColumnsFromItems(parseWorkbook(generateSnapshot(2000, 3, { cast: 12, crew: 9, gear: 3 })));
  });

  test("odd cells: unknown tokens, errors, cancelled, undated and untimed rows, banners", () => {
    const m = parseWorkbook(messySnapshot(3000, 5));
    const flags = m.columns!.flags;
    // The workbook has each kind of row the flags tell apart.
    expect(m.resources.some((r) => r.synthetic)).toBe(true);
    expect(m.items.some((it) => it.cancelled && flags[it.index] === 0)).toBe(true);
    expect(m.items.some((it) => it.date === null && flags[it.index] === 0)).toBe(true);
    expect(m.items.some((it) => !it.cancelled && it.date !== null && !it.timed && flags[it.index] === ACTIVE)).toBe(
      true,
    );
    expect(m.items.some((it) => flags[it.index] === (ACTIVE | TIMED))).toBe(true);
    expectColumnsFromItems(m);
  });

  test("items are numbered across schedule sheets; a location named in no list still counts", () => {
    const D = serial("2026-03-02");
    const m = parseWorkbook(
      workbook(
        rangeSheet("Cast", [
          ["ID", "Name"],
          [1, "Ann"],
          [2, "Bo"],
        ]),
        rangeSheet("Locations", [
          ["Name", "Address"],
          ["Mill", "1 Road"],
        ]),
        rangeSheet("Schedule", [
          ["ID", "Date", "Start", "End", "Cast", "Location"],
          ["A", D, 0.3, 0.4, "1, Zed, 1", "Mill"],
          ["B", D, 0.5, 0.6, null, "Mill"],
        ]),
        rangeSheet("Schedule 2", [
          ["ID", "Date", "Start", "End", "Cast", "Crew"],
          ["C", D, 0.3, 0.4, "zed", "2"],
        ]),
      ),
    );
    expect(m.items.map((it) => [it.id, it.index, it.resourceKeys])).toEqual([
      ["A", 0, ["1", "name:zed", "name:mill"]],
      ["B", 1, ["name:mill"]],
      ["C", 2, ["name:zed", "2"]],
    ]);
    const c = m.columns!;
    const ids = (i: number) => Array.from(c.resourceIds.slice(c.resourceStart[i], c.resourceStart[i + 1]));
    const keysOf = (i: number) => ids(i).map((p) => c.resources[p].key);
    expect([keysOf(0), keysOf(1), keysOf(2)]).toEqual(m.items.map((it) => it.resourceKeys));
    expectColumnsFromItems(m);
  });
});
