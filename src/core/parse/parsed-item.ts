/**
 * The items the parser makes. An Item is one object per schedule row and every one of them lives as long
 * as the model, so at a million rows each object and field counts twice: in memory, and in the garbage
 * collector, which copies every surviving young object (twice, before promoting it). A parsed item keeps
 * its plain fields and computes the rest on read:
 * - `cells` from the row number and its table's column letters (only findings ask for them);
 * - `resourceKeys` from the model's columns, which hold each item's resources as positions already.
 * One class for every table and every parse, so the rules' optimised code sees one shape.
 */
import { columnLetters } from "../a1";
import type { ScheduleColumns } from "../columns";
import type { Item } from "../model";

const EMPTY: string[] = Object.freeze([]) as unknown as string[];

const ROW = Symbol("row");

type CellMap = Partial<Record<string, string>>;

/**
 * Item.cells for a table: the addresses are computed on read from getters on a shared prototype, so a
 * million rows do not hold ten million address strings. `cells.Start`, `"Start" in cells` and for..in
 * work; JSON.stringify gives the plain object. One class per table: its instances share one shape.
 */
export function cellsFactory(index: Map<string, number>, firstCol: number): (row: number) => CellMap {
  class Cells {
    [ROW]: number;
    constructor(row: number) {
      this[ROW] = row;
    }
  }
  const proto = Cells.prototype as unknown as Record<string | symbol, unknown>;
  const plain: [string, string][] = [];
  for (const [name, i] of index) plain.push([name, columnLetters(firstCol + i)]);
  for (const [name, letters] of plain) {
    Object.defineProperty(proto, name, {
      enumerable: true,
      get(this: Cells) {
        return letters + this[ROW];
      },
    });
  }
  Object.defineProperty(proto, "toJSON", {
    enumerable: false,
    value(this: Cells) {
      return Object.fromEntries(plain.map(([n, l]) => [n, l + this[ROW]]));
    },
  });
  return (row) => new Cells(row) as unknown as CellMap;
}

/** What the items of one schedule table share. */
export class ItemTable {
  /** The model's columns, set once the schedule is read (resourceKeys reads them). */
  columns: ScheduleColumns | undefined = undefined;
  constructor(readonly makeCells: (row: number) => CellMap) {}
}

export class ParsedItem implements Item {
  id = "";
  index = 0;
  sheet = "";
  row = 0;
  date: number | null = null;
  start: number | undefined = undefined;
  end: number | undefined = undefined;
  callOnly: number | undefined = undefined;
  timed = false;
  durationMin: number | undefined = undefined;
  shootDay: number | undefined = undefined;
  scene: string | undefined = undefined;
  description: string | undefined = undefined;
  set: string | undefined = undefined;
  ie: string | undefined = undefined;
  dn: string | undefined = undefined;
  eighths: number | undefined = undefined;
  location: string | undefined = undefined;
  locationKey: string | undefined = undefined;
  cast: string[] = EMPTY;
  crew: string[] = EMPTY;
  equipment: string[] = EMPTY;
  other: string[] = EMPTY;
  priority: number | undefined = undefined;
  deadline: number | undefined = undefined;
  deadlineDateOnly: boolean | undefined = undefined;
  dependsOn: string[] = EMPTY;
  status: string | undefined = undefined;
  cancelled = false;
  notes: string | undefined = undefined;

  constructor(private readonly table: ItemTable) {}

  get cells(): CellMap {
    return this.table.makeCells(this.row);
  }

  /** Every resource key of the item, de-duplicated, in column order (a new array on each read). */
  get resourceKeys(): string[] {
    const columns = this.table.columns;
    if (!columns) return [];
    const { resourceStart, resourceIds, resources } = columns;
    const keys: string[] = [];
    for (let k = resourceStart[this.index]; k < resourceStart[this.index + 1]; k++)
      keys.push(resources[resourceIds[k]].key);
    return keys;
  }

  /** Code that sets the keys (tests building odd models) gets a plain field from then on. */
  set resourceKeys(keys: string[]) {
    Object.defineProperty(this, "resourceKeys", { value: keys, writable: true, enumerable: true, configurable: true });
  }

  /** JSON (and so structured logs) sees the computed fields as if they were plain ones. */
  toJSON(): Record<string, unknown> {
    const { table: _table, ...fields } = this;
    return { ...fields, cells: this.cells, resourceKeys: this.resourceKeys };
  }
}
