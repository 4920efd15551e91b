/**
 * The items the parser makes. An Item is one object per schedule row and every one of them lives as long
 * as the model, so at a million rows each object and field counts twice: in memory, and in the garbage
 * collector, which copies every surviving young object (twice, before promoting it). A parsed item keeps
 * its plain fields and computes the rest on read:
 * - `cells` from the row number and its table's column letters (only findings ask for them);
 * - `resourceKeys` from the model's columns, which hold each item's resources as positions already;
 * - `cast`, `crew`, `equipment` and `other` from ItemLists, each list cell's resources as positions.
 * One class for every table and every parse, so the rules' optimised code sees one shape.
 */
import { columnLetters } from "../a1";
import type { ScheduleColumns } from "../columns";
import type { Item, Resource } from "../model";
import { withRoom } from "../typed-arrays";

const EMPTY: string[] = Object.freeze([]) as unknown as string[];

const ROW = Symbol("row");

type CellMap = Partial<Record<string, string>>;

/**
 * Where a table's cells are: Item.cells is computed on read from getters on a shared prototype, so a million
 * rows do not hold ten million address strings (`cells.Start`, `"Start" in cells` and for..in work;
 * JSON.stringify gives the plain object; one class per table, so its instances share one shape), and one
 * column's address is made without the object for the findings, which name a few cells each.
 */
export interface CellLayout {
  cells(row: number): CellMap;
  /** The address of column `name` in `row`; undefined where the table has no such column. */
  cell(name: string, row: number): string | undefined;
}

export function cellLayout(index: Map<string, number>, firstCol: number): CellLayout {
  class Cells {
    [ROW]: number;
    constructor(row: number) {
      this[ROW] = row;
    }
  }
  const proto = Cells.prototype as unknown as Record<string | symbol, unknown>;
  const letters = new Map<string, string>();
  for (const [name, i] of index) letters.set(name, columnLetters(firstCol + i));
  for (const [name, columnText] of letters) {
    Object.defineProperty(proto, name, {
      enumerable: true,
      get(this: Cells) {
        return columnText + this[ROW];
      },
    });
  }
  Object.defineProperty(proto, "toJSON", {
    enumerable: false,
    value(this: Cells) {
      return Object.fromEntries(Array.from(letters, ([n, l]) => [n, l + this[ROW]]));
    },
  });
  return {
    cells: (row) => new Cells(row) as unknown as CellMap,
    cell(name, row) {
      const columnText = letters.get(name);
      return columnText === undefined ? undefined : columnText + row;
    },
  };
}

/** A list cell's resources; `run` is where ItemLists stored it (-1: not yet). */
export type PositionList = { positions: ArrayLike<number>; run: number };

/** Which list column: Cast, Crew, Equipment, Resources. */
const CAST = 0;
const CREW = 1;
const EQUIPMENT = 2;
const OTHER = 3;
const LISTS = 4;
const LIST_COLUMNS = ["Cast", "Crew", "Equipment", "Resources"];

/**
 * Every item's four list cells as resource positions, in cell order. Lists live once in a pool of
 * numbers (a length, then the positions): rows whose cells the parser resolved to the same list (its memo
 * hands back one object for the same text) share one run, so a list has a number that says "same list".
 * `ref[i * 4 + c]` is the run of item i's list c, -1 for an empty cell. Typed arrays, which the garbage
 * collector neither copies nor traces, instead of up to four arrays of key strings per item.
 */
export class ItemLists {
  private readonly ref: Int32Array;
  private pool: Int32Array;
  private used = 0;
  private count = 0;

  constructor(capacity: number) {
    this.ref = new Int32Array(capacity * LISTS).fill(-1);
    this.pool = new Int32Array(Math.max(16, capacity * 2));
  }

  /** The next item's lists (null: an empty cell). */
  add(
    cast: PositionList | null,
    crew: PositionList | null,
    equipment: PositionList | null,
    other: PositionList | null,
  ) {
    const at = this.count++ * LISTS;
    if (cast) this.ref[at + CAST] = this.runFor(cast);
    if (crew) this.ref[at + CREW] = this.runFor(crew);
    if (equipment) this.ref[at + EQUIPMENT] = this.runFor(equipment);
    if (other) this.ref[at + OTHER] = this.runFor(other);
  }

  private runFor(list: PositionList): number {
    // Lists repeat (the parser's memo shares them): each is stored once, and remembers where.
    if (list.run >= 0) return list.run;
    const { positions } = list;
    this.pool = withRoom(this.pool, this.used + positions.length + 1);
    const run = this.used;
    this.pool[this.used++] = positions.length;
    for (let k = 0; k < positions.length; k++) this.pool[this.used++] = positions[k];
    list.run = run;
    return run;
  }

  /** The run of item i's list c: the same number for the same list object; -1 for an empty cell. */
  run(i: number, c: number): number {
    return this.ref[i * LISTS + c];
  }

  /** A run's positions are positions()[from(run) .. to(run)). */
  from(run: number): number {
    return run < 0 ? 0 : run + 1;
  }

  to(run: number): number {
    return run < 0 ? 0 : run + 1 + this.pool[run];
  }

  /** The pool of every run (valid until the next add). */
  positions(): Int32Array {
    return this.pool;
  }

  /** Which of item i's lists (CAST .. OTHER) names the resource with this key first; -1 for none. */
  listNaming(i: number, key: string, resources: readonly Resource[]): number {
    for (let c = 0; c < LISTS; c++) {
      const run = this.ref[i * LISTS + c];
      for (let k = this.from(run); k < this.to(run); k++) if (resources[this.pool[k]].key === key) return c;
    }
    return -1;
  }

  /** Keys of item i's list c (a new array; the shared empty one when the cell was empty). */
  keys(i: number, c: number, resources: readonly Resource[]): string[] {
    const run = this.ref[i * LISTS + c];
    if (run < 0) return EMPTY;
    const from = this.from(run);
    const to = this.to(run);
    const out = new Array<string>(to - from);
    for (let k = from; k < to; k++) out[k - from] = resources[this.pool[k]].key;
    return out;
  }
}

/** What the items of one schedule table share. */
export class ItemTable {
  /** The model's columns, set once the schedule is read (resourceKeys reads them). */
  columns: ScheduleColumns | undefined = undefined;
  constructor(
    readonly layout: CellLayout,
    readonly lists: ItemLists,
    /** The parser's resources (positions in `lists` point into it; it only grows). */
    readonly resources: readonly Resource[],
  ) {}
}

/** A computed field that code assigns (tests building odd models) becomes a plain own field from then on. */
function ownField(item: ParsedItem, name: string, value: unknown): void {
  Object.defineProperty(item, name, { value, writable: true, enumerable: true, configurable: true });
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
  priority: number | undefined = undefined;
  deadline: number | undefined = undefined;
  deadlineDateOnly: boolean | undefined = undefined;
  dependsOn: string[] = EMPTY;
  status: string | undefined = undefined;
  cancelled = false;
  notes: string | undefined = undefined;

  constructor(private readonly table: ItemTable) {}

  get cells(): CellMap {
    return this.table.layout.cells(this.row);
  }

  /** One column's cell address (what `cells[name]` gives, without making the cells object). */
  cellOf(name: string): string | undefined {
    return this.table.layout.cell(name, this.row);
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

  set resourceKeys(keys: string[]) {
    ownField(this, "resourceKeys", keys);
  }

  /**
   * The list column that names the resource first ("Cast", "Crew", "Equipment", "Resources"; undefined for
   * none), read from the positions without building the key lists. Lists assigned by code are read as set.
   */
  listColumnOf(key: string): string | undefined {
    const own = (name: string) => Object.prototype.hasOwnProperty.call(this, name);
    if (own("cast") || own("crew") || own("equipment") || own("other")) {
      const lists = [this.cast, this.crew, this.equipment, this.other];
      return LIST_COLUMNS[lists.findIndex((list) => list.includes(key))];
    }
    return LIST_COLUMNS[this.table.lists.listNaming(this.index, key, this.table.resources)];
  }

  /**
   * The item's Cast as positions in the model's resources, `ids[from .. to)`, and its run (the same number
   * for every row whose Cast the parser read as the same list); null when code has assigned the lists.
   */
  castPositions(): { ids: Int32Array; from: number; to: number; run: number } | null {
    if (Object.prototype.hasOwnProperty.call(this, "cast")) return null;
    const { lists } = this.table;
    const run = lists.run(this.index, CAST);
    return { ids: lists.positions(), from: lists.from(run), to: lists.to(run), run };
  }

  /**
   * Resource keys named in Cast, Crew, Equipment and Resources, each in cell order, de-duplicated: a new
   * array on each read (accessors defined below the class).
   */
  declare cast: string[];
  declare crew: string[];
  declare equipment: string[];
  declare other: string[];

  /** The keys of list column `list` (CAST .. OTHER). */
  listKeys(list: number): string[] {
    return this.table.lists.keys(this.index, list, this.table.resources);
  }

  /** JSON (and so structured logs) sees the computed fields as if they were plain ones. */
  toJSON(): Record<string, unknown> {
    const { table: _table, ...fields } = this;
    const { cast, crew, equipment, other, cells, resourceKeys } = this;
    return { ...fields, cast, crew, equipment, other, cells, resourceKeys };
  }
}

// The four list fields as accessors on the prototype: read from ItemLists, assigned as own fields.
(["cast", "crew", "equipment", "other"] as const).forEach((name, list) => {
  Object.defineProperty(ParsedItem.prototype, name, {
    configurable: true,
    get(this: ParsedItem) {
      return this.listKeys(list);
    },
    set(this: ParsedItem, keys: string[]) {
      ownField(this, name, keys);
    },
  });
});
