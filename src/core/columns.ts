/**
 * The schedule as columns of numbers for the hot loops (rules, DOOD, call sheets, priorities): typed
 * arrays indexed by Item.index, and each item's resources as numbers, so a pass over a million items
 * compares no strings and allocates nothing per item. The parser fills `model.columns` as it reads (it
 * already holds each resource when it resolves a token); a model built another way (tests) gets the same
 * columns built from its items on first use.
 */
import { withRoom } from "./typed-arrays";
import type { Item, Model, Resource } from "./model";

/** flags bit: the item takes part in rules (not cancelled, has a Date). */
export const ACTIVE = 1;
/** flags bit: active and timed (Start and End known). */
export const TIMED = 2;
/** flags bit: Depends On names at least one ID (active or not). */
export const DEPENDS = 4;

export interface ScheduleColumns {
  /** Number of items (model.items.length). */
  count: number;
  /** Day serial; NaN without a Date. */
  date: Float64Array;
  /** Minutes; NaN unless the item is timed. */
  start: Float64Array;
  end: Float64Array;
  /** Minutes of the Start as written, timed or not (a call-only Start counts); NaN without one. */
  call: Float64Array;
  /** ACTIVE | TIMED | DEPENDS bits. */
  flags: Uint8Array;
  /** Deadline in minutes; NaN without a finite one. */
  deadline: Float64Array;
  /** The item's place: a number for its trimmed, lower-cased Location (-1: none); see places. */
  place: Int32Array;
  /** Place keys (trimmed, lower-cased Location texts) by place number. */
  places: string[];
  /**
   * Item i's resources are `resourceIds[resourceStart[i] .. resourceStart[i + 1])`, in the order of
   * Item.resourceKeys (de-duplicated): positions in `resources`.
   */
  resourceStart: Int32Array;
  resourceIds: Int32Array;
  /**
   * The resources the ids point at: model.resources, followed by a made-up resource (type other,
   * Capacity 1) for any key with no resource row (only in hand-built models).
   */
  resources: Resource[];
  /**
   * Item i's Depends On resolved: `predIds[predStart[i] .. predStart[i + 1])` is the position of the item
   * each ID names (model.itemById's: the first item with that ID), -1 for an ID no item holds, one entry per
   * ID as written (so entry k belongs to dependsOn[k]). Resolved once, so no later stage looks an ID up.
   */
  predStart: Int32Array;
  predIds: Int32Array;
}

/** Each item's Depends On as item positions (see ScheduleColumns.predIds). */
export type DependsOnPositions = Pick<ScheduleColumns, "predStart" | "predIds">;

/** The Depends On lists of `items` resolved through `itemById` (see ScheduleColumns.predIds). */
export function resolveDependsOn(items: readonly Item[], itemById: ReadonlyMap<string, Item>): DependsOnPositions {
  const predStart = new Int32Array(items.length + 1);
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    total += items[i].dependsOn.length;
    predStart[i + 1] = total;
  }
  const predIds = new Int32Array(total);
  for (let i = 0; i < items.length; i++) {
    const deps = items[i].dependsOn;
    for (let k = 0; k < deps.length; k++) predIds[predStart[i] + k] = itemById.get(deps[k])?.index ?? -1;
  }
  return { predStart, predIds };
}

const built = new WeakMap<Model, ScheduleColumns>();

/** The model's columns: the parser's, else built once from the items. */
export function scheduleColumns(model: Model): ScheduleColumns {
  if (model.columns) return model.columns;
  let columns = built.get(model);
  if (!columns) {
    columns = columnsFromItems(model);
    built.set(model, columns);
  }
  return columns;
}

/**
 * Text as names, Roles and places compare: trimmed, lower case, a no-break space (pasted from a PDF or web call
 * sheet, invisible in Excel) as a space and a run of spaces inside as one (`Lena  Ruiz` typed with two is Lena Ruiz).
 */
export function comparableText(text: string): string {
  const k = text.trim().toLowerCase();
  return k.includes("\u00a0") || k.includes("  ") ? k.replace(/[ \u00a0]+/g, " ") : k;
}

/** A Location's text as places compare (comparableText). */
export function placeKey(text: string | undefined): string {
  return comparableText(text ?? "");
}

/**
 * Where a Location text is, compared: the location resource it names (by Name or ID), known by its Name, so
 * `L1` and `Stage 4` in two cells are one place when a Locations row says L1 is Stage 4; else the text.
 */
export function placeKeyOf(text: string, location: Resource | undefined): string {
  return placeKey(location ? (location.name ?? location.id) : text);
}

/** Flags of one item, as the rules see it (cancelled or undated: 0). */
export function itemFlags(item: Item): number {
  if (item.cancelled || item.date === null) return 0;
  return item.timed && item.start !== undefined && item.end !== undefined ? ACTIVE | TIMED : ACTIVE;
}

/** Build the columns from a model's items (string lookups: the slow path for models not from the parser). */
export function columnsFromItems(model: Model): ScheduleColumns {
  const items = model.items;
  const n = items.length;
  const resources = [...model.resources];
  const position = new Map<string, number>();
  resources.forEach((r, k) => {
    if (!position.has(r.key)) position.set(r.key, k);
  });
  const byKey = new Map<string, Resource>();
  for (const r of model.resources) if (!byKey.has(r.key)) byKey.set(r.key, r);
  const builder = new ColumnsBuilder(n, (key) => byKey.get(key));
  const ids: number[] = [];
  for (const item of items) {
    ids.length = 0;
    for (const key of item.resourceKeys) {
      let id = position.get(key);
      if (id === undefined) {
        id = resources.length;
        resources.push(madeUpResource(key));
        position.set(key, id);
      }
      if (!ids.includes(id)) ids.push(id);
    }
    builder.add(item, ids);
  }
  return builder.finish(resources, resolveDependsOn(items, model.itemById));
}

/** Appends items one by one (the parser uses it too); grows its resource buffer as needed. */
export class ColumnsBuilder {
  private readonly date: Float64Array;
  private readonly start: Float64Array;
  private readonly end: Float64Array;
  private readonly call: Float64Array;
  private readonly flags: Uint8Array;
  private readonly deadline: Float64Array;
  private readonly place: Int32Array;
  private readonly places: string[] = [];
  /** Location text as written -> place number; few distinct texts, each folded once. */
  private readonly placeOfText = new Map<string, number>();
  private readonly placeOfKey = new Map<string, number>();
  private readonly resourceStart: Int32Array;
  private resourceIds: Int32Array;
  private count = 0;
  private pairs = 0;

  /** `resourceOfKey` gives the location resource an item's locationKey names (its place is that location's). */
  constructor(
    capacity: number,
    private readonly resourceOfKey: (key: string) => Resource | undefined,
  ) {
    this.date = new Float64Array(capacity);
    this.start = new Float64Array(capacity);
    this.end = new Float64Array(capacity);
    this.call = new Float64Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.deadline = new Float64Array(capacity);
    this.place = new Int32Array(capacity);
    this.resourceStart = new Int32Array(capacity + 1);
    // About 8 resources a row is typical (cast, crew, gear, place); growing by half keeps big copies rare.
    this.resourceIds = new Int32Array(Math.max(16, capacity * 8));
  }

  /** Item number `this.count` (must equal item.index); ids[0 .. length) are resource positions, de-duplicated. */
  add(item: Item, ids: ArrayLike<number>, length = ids.length): void {
    const i = this.count++;
    const flags = itemFlags(item);
    this.flags[i] = item.dependsOn.length > 0 ? flags | DEPENDS : flags;
    const deadline = item.deadline;
    this.deadline[i] = deadline !== undefined && Number.isFinite(deadline) ? deadline : NaN;
    this.place[i] = item.location ? this.placeOf(item.location, item.locationKey) : -1;
    this.date[i] = item.date ?? NaN;
    this.start[i] = flags & TIMED ? (item.start as number) : NaN;
    this.end[i] = flags & TIMED ? (item.end as number) : NaN;
    this.call[i] = item.start ?? item.callOnly ?? NaN;
    this.resourceIds = withRoom(this.resourceIds, this.pairs + length);
    for (let k = 0; k < length; k++) this.resourceIds[this.pairs++] = ids[k];
    this.resourceStart[i + 1] = this.pairs;
  }

  private placeOf(text: string, locationKey: string | undefined): number {
    // One text names one location throughout a model (the parser resolves it once).
    let id = this.placeOfText.get(text);
    if (id === undefined) {
      const key = placeKeyOf(text, locationKey === undefined ? undefined : this.resourceOfKey(locationKey));
      id = key ? this.placeOfKey.get(key) : -1;
      if (id === undefined) {
        id = this.places.length;
        this.places.push(key);
        this.placeOfKey.set(key, id);
      }
      this.placeOfText.set(text, id);
    }
    return id;
  }

  /**
   * The columns, as views on the builder's arrays (no copies: at a million rows every new ArrayBuffer
   * megabyte counts towards V8's external-memory trigger for a full collection).
   */
  finish(resources: Resource[], dependsOn: DependsOnPositions): ScheduleColumns {
    const n = this.count;
    return {
      count: n,
      date: this.date.subarray(0, n),
      start: this.start.subarray(0, n),
      end: this.end.subarray(0, n),
      call: this.call.subarray(0, n),
      flags: this.flags.subarray(0, n),
      deadline: this.deadline.subarray(0, n),
      place: this.place.subarray(0, n),
      places: this.places,
      resourceStart: this.resourceStart.subarray(0, n + 1),
      resourceIds: this.resourceIds.subarray(0, this.pairs),
      resources,
      predStart: dependsOn.predStart,
      predIds: dependsOn.predIds,
    };
  }
}

/** A key with no resource row: acts as Type other, Capacity 1. */
function madeUpResource(key: string): Resource {
  return {
    key,
    label: key.startsWith("name:") ? key.slice(5) : key,
    type: "other",
    capacity: 1,
    unavailable: [],
    allowDrop: false,
    leadTimeMin: 0,
    order: Number.MAX_SAFE_INTEGER,
    sheet: "",
    row: 0,
    synthetic: true,
  };
}
