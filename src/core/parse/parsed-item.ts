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

// The item fields kept in ItemFields, by column number there.
const SCENE = 0;
const DESCRIPTION = 1;
const SET = 2;
const IE = 3;
const DN = 4;
const LOCATION = 5;
const LOCATION_KEY = 6;
const STATUS = 7;
const NOTES = 8;
const DAY_LABEL = 9;
const TEXT_FIELDS = 10;
const CALL_ONLY = 0;
const DURATION = 1;
const SHOOT_DAY = 2;
const EIGHTHS = 3;
const PRIORITY = 4;
const DEADLINE = 5;
/** Whether the Deadline has a date only: 1 yes, 0 no. */
const DEADLINE_DATE_ONLY = 6;
const NUMBER_FIELDS = 7;

/**
 * The item fields that only the reports read, or that most rows leave empty (Scene to Notes, Duration to
 * Deadline, Depends On), as columns indexed by Item.index: an item keeps only what the rules read per item,
 * which makes it a third of the size for the garbage collector to copy (twice, while young) at a million
 * rows. A column exists from its first value on (a workbook without Notes has no Notes column), sized for
 * every item at once (grown one item at a time, a million-entry array is copied some thirty times, and large
 * arrays count towards the next full collection of the heap); numbers are typed arrays with NaN for "empty",
 * texts and lists arrays with holes for "empty".
 */
export class ItemFields {
  private readonly texts: ((string | undefined)[] | null)[] = new Array(TEXT_FIELDS).fill(null);
  private readonly numbers: (Float64Array | null)[] = new Array(NUMBER_FIELDS).fill(null);
  private dependsOn: string[][] | null = null;

  constructor(private readonly capacity: number) {}

  text(field: number, i: number): string | undefined {
    const column = this.texts[field];
    return column === null ? undefined : column[i];
  }

  setText(field: number, i: number, value: string | undefined): void {
    let column = this.texts[field];
    if (column === null) {
      if (value === undefined) return;
      column = this.texts[field] = new Array<string | undefined>(Math.max(this.capacity, i + 1));
    }
    column[i] = value;
  }

  number(field: number, i: number): number | undefined {
    const column = this.numbers[field];
    if (column === null || i >= column.length) return undefined;
    const v = column[i];
    return v === v ? v : undefined;
  }

  setNumber(field: number, i: number, value: number | undefined): void {
    let column = this.numbers[field];
    if (column === null || i >= column.length) {
      if (value === undefined) return;
      column = this.numbers[field] = grownNumbers(column, Math.max(this.capacity, i + 1));
    }
    column[i] = value === undefined ? NaN : value;
  }

  dependsOnOf(i: number): string[] {
    const column = this.dependsOn;
    return (column === null ? undefined : column[i]) ?? EMPTY;
  }

  setDependsOn(i: number, value: string[]): void {
    let column = this.dependsOn;
    if (column === null) {
      if (value.length === 0) return;
      column = this.dependsOn = new Array<string[]>(Math.max(this.capacity, i + 1));
    }
    column[i] = value;
  }
}

function grownNumbers(column: Float64Array | null, length: number): Float64Array {
  const grown = new Float64Array(length).fill(NaN);
  if (column) grown.set(column);
  return grown;
}

/** What the items of one schedule table share. */
export class ItemTable {
  /** The model's columns, set once the schedule is read (resourceKeys reads them). */
  columns: ScheduleColumns | undefined = undefined;
  constructor(
    readonly sheet: string,
    readonly layout: CellLayout,
    readonly lists: ItemLists,
    /** The fields every schedule table's items keep as columns (one store per parse, by Item.index). */
    readonly fields: ItemFields,
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
  row = 0;
  date: number | null = null;
  start: number | undefined = undefined;
  end: number | undefined = undefined;
  timed = false;
  cancelled = false;

  constructor(private readonly table: ItemTable) {}

  // The other fields live in the table (its sheet) and in ItemFields (the rest).
  get sheet(): string {
    return this.table.sheet;
  }
  set sheet(sheet: string) {
    ownField(this, "sheet", sheet);
  }
  get scene(): string | undefined {
    return this.table.fields.text(SCENE, this.index);
  }
  set scene(v: string | undefined) {
    this.table.fields.setText(SCENE, this.index, v);
  }
  get description(): string | undefined {
    return this.table.fields.text(DESCRIPTION, this.index);
  }
  set description(v: string | undefined) {
    this.table.fields.setText(DESCRIPTION, this.index, v);
  }
  get set(): string | undefined {
    return this.table.fields.text(SET, this.index);
  }
  set set(v: string | undefined) {
    this.table.fields.setText(SET, this.index, v);
  }
  get ie(): string | undefined {
    return this.table.fields.text(IE, this.index);
  }
  set ie(v: string | undefined) {
    this.table.fields.setText(IE, this.index, v);
  }
  get dn(): string | undefined {
    return this.table.fields.text(DN, this.index);
  }
  set dn(v: string | undefined) {
    this.table.fields.setText(DN, this.index, v);
  }
  get location(): string | undefined {
    return this.table.fields.text(LOCATION, this.index);
  }
  set location(v: string | undefined) {
    this.table.fields.setText(LOCATION, this.index, v);
  }
  get locationKey(): string | undefined {
    return this.table.fields.text(LOCATION_KEY, this.index);
  }
  set locationKey(v: string | undefined) {
    this.table.fields.setText(LOCATION_KEY, this.index, v);
  }
  get status(): string | undefined {
    return this.table.fields.text(STATUS, this.index);
  }
  set status(v: string | undefined) {
    this.table.fields.setText(STATUS, this.index, v);
  }
  get notes(): string | undefined {
    return this.table.fields.text(NOTES, this.index);
  }
  set notes(v: string | undefined) {
    this.table.fields.setText(NOTES, this.index, v);
  }
  get dayLabel(): string | undefined {
    return this.table.fields.text(DAY_LABEL, this.index);
  }
  set dayLabel(v: string | undefined) {
    this.table.fields.setText(DAY_LABEL, this.index, v);
  }
  get callOnly(): number | undefined {
    return this.table.fields.number(CALL_ONLY, this.index);
  }
  set callOnly(v: number | undefined) {
    this.table.fields.setNumber(CALL_ONLY, this.index, v);
  }
  get durationMin(): number | undefined {
    return this.table.fields.number(DURATION, this.index);
  }
  set durationMin(v: number | undefined) {
    this.table.fields.setNumber(DURATION, this.index, v);
  }
  get shootDay(): number | undefined {
    return this.table.fields.number(SHOOT_DAY, this.index);
  }
  set shootDay(v: number | undefined) {
    this.table.fields.setNumber(SHOOT_DAY, this.index, v);
  }
  get eighths(): number | undefined {
    return this.table.fields.number(EIGHTHS, this.index);
  }
  set eighths(v: number | undefined) {
    this.table.fields.setNumber(EIGHTHS, this.index, v);
  }
  get priority(): number | undefined {
    return this.table.fields.number(PRIORITY, this.index);
  }
  set priority(v: number | undefined) {
    this.table.fields.setNumber(PRIORITY, this.index, v);
  }
  get deadline(): number | undefined {
    return this.table.fields.number(DEADLINE, this.index);
  }
  set deadline(v: number | undefined) {
    this.table.fields.setNumber(DEADLINE, this.index, v);
  }
  get deadlineDateOnly(): boolean | undefined {
    const v = this.table.fields.number(DEADLINE_DATE_ONLY, this.index);
    return v === undefined ? undefined : v === 1;
  }
  set deadlineDateOnly(v: boolean | undefined) {
    this.table.fields.setNumber(DEADLINE_DATE_ONLY, this.index, v === undefined ? undefined : Number(v));
  }
  get dependsOn(): string[] {
    return this.table.fields.dependsOnOf(this.index);
  }
  set dependsOn(v: string[]) {
    this.table.fields.setDependsOn(this.index, v);
  }

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
    const { table: _table, ...own } = this;
    const fields: Record<string, unknown> = {};
    for (const name of STORED_FIELDS) fields[name] = this[name];
    const { cast, crew, equipment, other, cells, resourceKeys } = this;
    return { ...fields, ...own, cast, crew, equipment, other, cells, resourceKeys };
  }
}

/** The fields a parsed item computes on read from its table and ItemFields (for toJSON). */
const STORED_FIELDS = [
  "sheet",
  "callOnly",
  "durationMin",
  "shootDay",
  "dayLabel",
  "scene",
  "description",
  "set",
  "ie",
  "dn",
  "eighths",
  "location",
  "locationKey",
  "priority",
  "deadline",
  "deadlineDateOnly",
  "dependsOn",
  "status",
  "notes",
] as const;

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
