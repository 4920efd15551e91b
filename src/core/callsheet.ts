/** Call sheets: one per shoot day, built from the model and the DOOD (contract §7, §8). */
import { withRoom } from "./typed-arrays";
import type { Item, Model, Resource } from "./model";
import type { CallSheet, CallSheetCast, CallSheetCrew, CallSheetLocation, CallSheetScene, Dood } from "./report";
import { type ScheduleColumns, placeKey, scheduleColumns } from "./columns";
import { ParsedItem } from "./parse/parsed-item";
import { shootDayGroups } from "./dood";
import { MINUTES_PER_DAY, dayOf, hhmm, isoDate } from "./time";
import { parseTime } from "./parse/values";

/** Eighths of a page as call sheets write them: 12 -> "1 4/8", 3 -> "3/8", 16 -> "2". */
export function eighthsText(eighths: number): string {
  const total = Math.max(0, Math.round(eighths));
  const whole = Math.floor(total / 8);
  const rest = total % 8;
  if (rest === 0) return String(whole);
  return whole === 0 ? `${rest}/8` : `${whole} ${rest}/8`;
}

const normKey = (k: string) => k.toLowerCase().replace(/[^a-z0-9]/g, "");

/** A production value by its canonical name, tolerant of how the key was spelled. */
export function productionValue(model: Model, key: string): string | undefined {
  const want = normKey(key);
  for (const [k, v] of Object.entries(model.production)) if (normKey(k) === want && v.trim()) return v.trim();
  return undefined;
}

/** hhmm of each minute of the day, built once up front (call sheets write the same times on every day). */
const clockTexts: string[] = Array.from({ length: 1440 }, (_, m) => hhmm(m));
function clock(minute: number): string {
  const m = ((Math.round(minute) % 1440) + 1440) % 1440;
  return clockTexts[m] ?? hhmm(m);
}

/** eighthsText, memoised for the usual page counts. */
const pageTexts: string[] = [];
function pagesText(eighths: number): string {
  const total = Math.max(0, Math.round(eighths));
  return total < 4096 ? (pageTexts[total] ??= eighthsText(total)) : eighthsText(total);
}

/** Packing for shootingOrder: items per day below PACK, |minutes| below LATEST (2^36 > any Excel date). */
const PACK = 65536;
const LATEST = 2 ** 36;

/** Which call-sheet list a resource goes on (by its type). */
const NO_LIST = 0;
const CAST_LIST = 1;
const CREW_LIST = 2;
const EQUIPMENT_LIST = 3;

function listOf(resource: Resource | undefined): number {
  switch (resource?.type) {
    case "cast":
      return CAST_LIST;
    case "crew":
      return CREW_LIST;
    case "equipment":
    case "vehicle":
      return EQUIPMENT_LIST;
    default:
      return NO_LIST;
  }
}

/**
 * What every call sheet shares, computed once: per column resource (the ids of `scheduleColumns`) the
 * resource its key resolves to, the list it goes on and its place in that list, so a day's lists are
 * made by marking ids and sorting small integers.
 */
interface SharedLookups {
  columns: ScheduleColumns;
  /** model.resourceByKey of each column resource's key (undefined for a made-up one). */
  resourceOf: (Resource | undefined)[];
  /** Scene cast label of each column resource: its label, else the key. */
  labelOf: string[];
  /**
   * Name, Role and Department of each column resource, side by side: a day's crew are neighbouring ids,
   * so their entries read a few cache lines instead of one scattered Resource each.
   */
  nameOf: (string | undefined)[];
  roleOf: (string | undefined)[];
  departmentOf: (string | undefined)[];
  /** NO_LIST, CAST_LIST, CREW_LIST or EQUIPMENT_LIST. */
  list: Uint8Array;
  /** Place in its list's order: cast and equipment by table order, crew by department then table order. */
  place: Int32Array;
  /** Column resource id at each place, per list. */
  atPlace: Int32Array[];
  /** Lead Time of each column resource, in minutes. */
  leadTime: Float64Array;
  /** The cast member's DOOD codes by day index at each cast place (its row by label). */
  doodCodes: (readonly string[] | undefined)[];
  doodDayIndex: Map<string, number>;
  deliveriesByDay: Map<number, Model["materials"]>;
  prodHospital?: string;
  prodHospitalAddress?: string;
  prodParking?: string;
  prodNotes?: string;
}

/** Written with capitals and small letters both ("Camera", not "CAMERA" or "camera"). */
function isMixedCase(text: string): boolean {
  return /\p{Lu}/u.test(text) && /\p{Ll}/u.test(text);
}

function sharedLookups(model: Model, dood: Dood): SharedLookups {
  const deptRank = new Map<string, number>();
  // One department, one spelling: "Camera" on one row and a "CAMERA" heading over another are one crew section,
  // named as first written in mixed case (capitals are a heading's style), else as first written ("VFX").
  const deptName = new Map<string, string>();
  for (const r of [...model.resources].sort((a, b) => a.order - b.order)) {
    const written = r.department?.trim();
    if (!written) continue;
    const d = written.toLowerCase();
    if (!deptRank.has(d)) deptRank.set(d, deptRank.size);
    const known = deptName.get(d);
    if (known === undefined || (!isMixedCase(known) && isMixedCase(written))) deptName.set(d, written);
  }
  const rank = (r: Resource) => deptRank.get(r.department?.trim().toLowerCase() ?? "") ?? Infinity;

  const columns = scheduleColumns(model);
  const columnResources = columns.resources;
  const count = columnResources.length;
  const resourceOf = columnResources.map((r) => model.resourceByKey.get(r.key));
  const labelOf = columnResources.map((r, id) => resourceOf[id]?.label ?? r.key);
  const nameOf = resourceOf.map((r) => r?.name);
  const roleOf = resourceOf.map((r) => r?.role);
  const departmentOf = resourceOf.map((r) => {
    const written = r?.department?.trim();
    return written ? (deptName.get(written.toLowerCase()) ?? written) : r?.department;
  });
  const list = new Uint8Array(count);
  const members: number[][] = [[], [], [], []];
  for (let id = 0; id < count; id++) {
    list[id] = listOf(resourceOf[id]);
    members[list[id]].push(id);
  }
  const order = (a: number, b: number) => (resourceOf[a] as Resource).order - (resourceOf[b] as Resource).order;
  members[CAST_LIST].sort(order);
  const crewRank = new Float64Array(count);
  for (const id of members[CREW_LIST]) crewRank[id] = rank(resourceOf[id] as Resource);
  members[CREW_LIST].sort((a, b) => crewRank[a] - crewRank[b] || order(a, b));
  members[EQUIPMENT_LIST].sort(order);
  const place = new Int32Array(count);
  for (const ids of members) ids.forEach((id, k) => (place[id] = k));

  const doodRowByLabel = new Map(dood.rows.map((r) => [r.resource, r]));
  const doodCodes = members[CAST_LIST].map((id) => doodRowByLabel.get((resourceOf[id] as Resource).label)?.codes);
  const leadTime = new Float64Array(count);
  resourceOf.forEach((r, id) => (leadTime[id] = r?.leadTimeMin ?? 0));
  const deliveriesByDay = new Map<number, Model["materials"]>();
  for (const m of model.materials) {
    const day = dayOf(m.delivery);
    const list = deliveriesByDay.get(day);
    if (list) list.push(m);
    else deliveriesByDay.set(day, [m]);
  }
  return {
    columns,
    resourceOf,
    labelOf,
    nameOf,
    roleOf,
    departmentOf,
    list,
    place,
    atPlace: members.map((ids) => Int32Array.from(ids)),
    leadTime,
    doodCodes,
    doodDayIndex: new Map(dood.days.map((d, j) => [d, j])),
    deliveriesByDay,
    prodHospital: productionValue(model, "Nearest Hospital"),
    prodHospitalAddress: productionValue(model, "Hospital Address"),
    prodParking: productionValue(model, "Crew Parking"),
    prodNotes: productionValue(model, "Notes"),
  };
}

/**
 * One day's people and gear: which column resources its items use (by list, in list order) and each
 * one's earliest call time. Scratch arrays indexed by resource id, reused from day to day.
 */
class DayResources {
  /** Resource ids used today, per list, in list order. */
  readonly used: number[][] = [[], [], [], []];
  /** Today's places per list (scratch, `placeCount` of them). */
  private places: Int32Array[];
  private readonly placeCount = new Int32Array(4);
  private readonly usedOn: Int32Array;
  private readonly calledOn: Int32Array;
  private readonly firstCall: Float64Array;
  private day = 0;

  constructor(
    private readonly shared: SharedLookups,
    count: number,
  ) {
    this.usedOn = new Int32Array(count);
    this.calledOn = new Int32Array(count);
    this.firstCall = new Float64Array(count);
    this.places = [0, 1, 2, 3].map(() => new Int32Array(16));
  }

  /** Collect day `day`'s resources from its items (positions in model.items). */
  collect(items: ArrayLike<number>): void {
    const day = ++this.day;
    const { columns, list, place, atPlace } = this.shared;
    const { resourceStart, resourceIds, call } = columns;
    const { places, placeCount } = this;
    placeCount.fill(0);
    for (let k = 0; k < items.length; k++) {
      const position = items[k];
      const t = call[position];
      for (let p = resourceStart[position]; p < resourceStart[position + 1]; p++) {
        const id = resourceIds[p];
        if (this.usedOn[id] !== day) {
          this.usedOn[id] = day;
          const l = list[id];
          places[l] = withRoom(places[l], placeCount[l] + 1);
          places[l][placeCount[l]++] = place[id];
        }
        // NaN (no call time) never compares below, nor is taken as a first call.
        if (t === t && (this.calledOn[id] !== day || t < this.firstCall[id])) {
          this.calledOn[id] = day;
          this.firstCall[id] = t;
        }
      }
    }
    for (let l = CAST_LIST; l <= EQUIPMENT_LIST; l++) {
      const ids = this.used[l];
      ids.length = 0;
      // A typed array sorts numerically, in place, without a comparator.
      const sorted = places[l].subarray(0, placeCount[l]).sort();
      for (let k = 0; k < sorted.length; k++) ids.push(atPlace[l][sorted[k]]);
    }
  }

  /** Earliest Start minus Lead Time over the day's items, in minutes; undefined if none is timed. */
  callMinute(id: number): number | undefined {
    return this.calledOn[id] === this.day ? this.firstCall[id] - this.shared.leadTime[id] : undefined;
  }
}

/**
 * The last few entries made for each column resource, found by a small integer (a call time, a DOOD code)
 * or by an object: a set-associative cache over typed arrays, so a look-up reads one short run of memory
 * and hashes nothing. A miss only means a new entry; the oldest of the resource's entries makes room.
 */
class RecentByResource<T> {
  private readonly numbers: Int32Array;
  private readonly objects: unknown[] = [];
  private readonly entries: (T | undefined)[] = [];
  private readonly oldest: Uint8Array;

  constructor(
    count: number,
    private readonly ways: number,
  ) {
    this.numbers = new Int32Array(count * ways).fill(-1);
    this.oldest = new Uint8Array(count);
    // Filled up front so the arrays stay dense (indexed by id, set in any order).
    for (let k = 0; k < count * ways; k++) {
      this.objects.push(undefined);
      this.entries.push(undefined);
    }
  }

  /** The entry kept for (id, number, object), if any; `object` is compared by identity. */
  get(id: number, number: number, object?: unknown): T | undefined {
    for (let k = id * this.ways, end = k + this.ways; k < end; k++) {
      if (this.numbers[k] === number && this.objects[k] === object) return this.entries[k];
    }
    return undefined;
  }

  set(id: number, number: number, object: unknown, entry: T): T {
    const k = id * this.ways + this.oldest[id];
    this.oldest[id] = (this.oldest[id] + 1) % this.ways;
    this.numbers[k] = number;
    this.objects[k] = object;
    this.entries[k] = entry;
    return entry;
  }
}

const CAST_CACHE_SLOTS = 65536;
/** The scene cast of a row with an empty Cast (shared: reports are read-only). */
const NO_CAST: string[] = Object.freeze([]) as unknown as string[];

/** hhmm's text as a number: 0 for no call, else 1 + the minute of the day. */
function callSlot(call: number | undefined): number {
  return call === undefined ? 0 : (((Math.round(call) % 1440) + 1440) % 1440) + 1;
}

/** Days from the sheet's date to a call's (0 for none): a 00:30 strip's 23:30 call is the day before. */
function callDayOffset(call: number | undefined, sheetDay: number): number {
  return call === undefined ? 0 : Math.floor(Math.round(call) / MINUTES_PER_DAY) - sheetDay;
}

/** An entry's key by its call: the call's slot, and its day where that is not the sheet's (0, -1, 1, -2... as 0, 1, 2, 3...). */
function callKey(call: number | undefined, offset: number): number {
  return callSlot(call) + 1441 * (offset < 0 ? -2 * offset - 1 : 2 * offset);
}

/**
 * Entries that repeat from day to day (a crew member with the same call, a cast member with the same call
 * and DOOD code, a piece of gear, a location, a scene's cast) are made once and shared by the sheets that
 * list them: a long schedule repeats them thousands of times. The report is read-only data (JSON, the
 * write plan, a worker message), so sharing changes nothing but the memory and time it takes.
 */
class RepeatedEntries {
  private readonly cast: RecentByResource<CallSheetCast>;
  private readonly crew: RecentByResource<CallSheetCrew>;
  private readonly equipment: RecentByResource<CallSheet["equipment"][number]>;
  /** Scene cast labels by the item's Cast keys (the parser gives rows with the same Cast text one array). */
  private readonly castLabels: RecentByResource<string[]>;
  private readonly labelBuckets: number;
  /** Parsed items' Cast labels by the run of their Cast (see castLabelsOf). */
  private readonly castRuns = new Int32Array(CAST_CACHE_SLOTS).fill(-1);
  private readonly castRunLabels: string[][] = new Array<string[]>(CAST_CACHE_SLOTS).fill(NO_CAST);
  private readonly locationByResource = new Map<Resource, CallSheetLocation>();
  private readonly locationByName = new Map<string, CallSheetLocation>();

  constructor(
    private readonly model: Model,
    private readonly shared: SharedLookups,
  ) {
    const count = shared.list.length;
    this.cast = new RecentByResource(count, 8);
    this.crew = new RecentByResource(count, 4);
    this.equipment = new RecentByResource(count, 1);
    this.labelBuckets = count + 1;
    this.castLabels = new RecentByResource(this.labelBuckets, 4);
  }

  /** A cast entry; `status` is the day's DOOD code ("": none). */
  castMember(id: number, call: number | undefined, status: string, offset = 0): CallSheetCast {
    // Kept by call and code (the DOOD's codes are a few shared strings: compared by identity).
    const key = callKey(call, offset);
    const made = this.cast.get(id, key, status);
    if (made) return made;
    const r = this.shared.resourceOf[id] as Resource;
    const c: CallSheetCast = { resource: r.label, call: call === undefined ? null : clock(call) };
    if (offset !== 0) c.callDayOffset = offset;
    if (r.name !== undefined) c.name = r.name;
    if (r.role !== undefined) c.role = r.role;
    if (status) c.status = status;
    return this.cast.set(id, key, status, c);
  }

  crewMember(id: number, call: number | undefined, offset = 0): CallSheetCrew {
    const key = callKey(call, offset);
    const made = this.crew.get(id, key);
    if (made) return made;
    const { labelOf, nameOf, roleOf, departmentOf } = this.shared;
    const c: CallSheetCrew = { resource: labelOf[id], call: call === undefined ? null : clock(call) };
    if (offset !== 0) c.callDayOffset = offset;
    const name = nameOf[id];
    const role = roleOf[id];
    const department = departmentOf[id];
    if (name !== undefined) c.name = name;
    if (role !== undefined) c.role = role;
    if (department !== undefined) c.department = department;
    return this.crew.set(id, key, undefined, c);
  }

  gear(id: number): CallSheet["equipment"][number] {
    const made = this.equipment.get(id, 0);
    if (made) return made;
    const r = this.shared.resourceOf[id] as Resource;
    const e: CallSheet["equipment"][number] = { resource: r.label };
    if (r.name !== undefined) e.name = r.name;
    // The units the production has (Capacity, which the Equipment table may call Qty): the sheet's Qty column.
    if (Number.isFinite(r.capacity)) e.quantity = r.capacity;
    return this.equipment.set(id, 0, undefined, e);
  }

  /** The labels of an item's Cast (for its scene row); `position` is the item's place in the columns. */
  sceneCast(item: Item, position: number): string[] {
    const cast = item instanceof ParsedItem ? item.castPositions() : null;
    if (cast) return this.castLabelsOf(cast.ids, cast.from, cast.to, cast.run);
    const { columns, labelOf, list } = this.shared;
    const { resourceStart, resourceIds, resources } = columns;
    const from = resourceStart[position];
    const to = resourceStart[position + 1];
    // Bucket by the leading cast-list resource ids (the Cast's, as a rule), without reading the Cast array
    // itself: any bucket is right, a hit needs the same array.
    let hash = 0;
    for (let p = from; p < to && list[resourceIds[p]] === CAST_LIST; p++) hash = (hash * 31 + resourceIds[p] + 1) | 0;
    const bucket = (hash >>> 0) % this.labelBuckets;
    const made = this.castLabels.get(bucket, 0, item.cast);
    if (made) return made;
    const labels = item.cast.map((key, k) => {
      // The Cast keys lead the item's resources (the parser and builders list them first); else look the key up.
      const id = from + k < to ? resourceIds[from + k] : -1;
      if (id >= 0 && resources[id].key === key) return labelOf[id];
      return this.model.resourceByKey.get(key)?.label ?? key;
    });
    return this.castLabels.set(bucket, 0, item.cast, labels);
  }

  /**
   * Labels for a Cast given as positions `ids[from .. to)` stored as run `run`: rows whose Cast the parser
   * read as one list share one array. A direct-mapped cache on the run number (a clash only costs a new
   * array).
   */
  private castLabelsOf(ids: Int32Array, from: number, to: number, run: number): string[] {
    if (from === to) return NO_CAST;
    const slot = run % CAST_CACHE_SLOTS;
    if (this.castRuns[slot] === run) return this.castRunLabels[slot];
    const { labelOf } = this.shared;
    const labels = new Array<string>(to - from);
    for (let k = from; k < to; k++) labels[k - from] = labelOf[ids[k]];
    this.castRuns[slot] = run;
    this.castRunLabels[slot] = labels;
    return labels;
  }

  /** A location row: the location resource's (`res`) or, without one, the name as written. */
  location(name: string, res: Resource | undefined): CallSheetLocation {
    const cached = res ? this.locationByResource.get(res) : this.locationByName.get(name);
    if (cached) return cached;
    const { prodHospital, prodHospitalAddress, prodParking } = this.shared;
    const loc: CallSheetLocation = { name };
    if (res?.address) loc.address = res.address;
    // The location's own hospital wins; its address only goes with it.
    const hospital = res?.nearestHospital ?? prodHospital;
    const hospitalAddress = res?.nearestHospital ? res.hospitalAddress : (res?.hospitalAddress ?? prodHospitalAddress);
    if (hospital) loc.nearestHospital = hospital;
    if (hospitalAddress) loc.hospitalAddress = hospitalAddress;
    const parking = res?.parking ?? prodParking;
    if (parking) loc.parking = parking;
    if (res) this.locationByResource.set(res, loc);
    else this.locationByName.set(name, loc);
    return loc;
  }
}

function castList(
  day: DayResources,
  shared: SharedLookups,
  entries: RepeatedEntries,
  dateText: string,
  sheetDay: number,
): CallSheetCast[] {
  const dayIndex = shared.doodDayIndex.get(dateText) ?? -1;
  return day.used[CAST_LIST].map((id) => {
    const call = day.callMinute(id);
    const codes = dayIndex >= 0 ? shared.doodCodes[shared.place[id]] : undefined;
    const status = (codes && dayIndex < codes.length ? codes[dayIndex] : undefined) ?? "";
    return entries.castMember(id, call, status, callDayOffset(call, sheetDay));
  });
}

/** Crew grouped by department (departments in the order they first appear in the resource tables, none last). */
function crewList(day: DayResources, entries: RepeatedEntries, sheetDay: number): CallSheetCrew[] {
  return day.used[CREW_LIST].map((id) => {
    const call = day.callMinute(id);
    return entries.crewMember(id, call, callDayOffset(call, sheetDay));
  });
}

function equipmentList(day: DayResources, entries: RepeatedEntries): CallSheet["equipment"] {
  return day.used[EQUIPMENT_LIST].map((id) => entries.gear(id));
}

/**
 * The Shoot Day of a day whose strips give several (a night's strips after midnight typed with the calendar date and
 * the night's Shoot Day): the one most of them give; of equally many, the one given later in shooting order (a
 * date's own night comes after the night before's last strips). `order` is the day's shooting order, `m` its length.
 */
function mostCommonShootDay(
  items: readonly Item[],
  positions: ArrayLike<number>,
  order: ArrayLike<number>,
  m: number,
): number | undefined {
  const counts = new Map<number, number>();
  let best: number | undefined;
  let bestCount = 0;
  for (let r = 0; r < m; r++) {
    const day = items[positions[order[r]]].shootDay;
    if (day === undefined) continue;
    const count = (counts.get(day) ?? 0) + 1;
    counts.set(day, count);
    if (count >= bestCount) {
      best = day;
      bestCount = count;
    }
  }
  return best;
}

/** An item's scene row; `position` is the item's place in the columns, `call` its call time (NaN: none). */
function scene(item: Item, position: number, call: number, entries: RepeatedEntries): CallSheetScene {
  // A start on another day than the item's Date (a date-time of 23:30 the evening before): said, for the print.
  const offset = call === call && item.date !== null ? callDayOffset(call, item.date) : 0;
  const cast = entries.sceneCast(item, position);
  const s: CallSheetScene = { item: item.id, cast };
  if (item.scene !== undefined) s.scene = item.scene;
  if (item.set !== undefined) s.set = item.set;
  if (item.ie !== undefined) s.ie = item.ie;
  if (item.dn !== undefined) s.dn = item.dn;
  if (item.eighths !== undefined) s.pages = pagesText(item.eighths);
  if (item.location !== undefined) s.location = item.location;
  if (item.description !== undefined) s.description = item.description;
  if (call === call) s.start = clock(call);
  if (offset !== 0) s.startDayOffset = offset;
  if (item.end !== undefined) s.end = clock(item.end);
  return s;
}

/** What a call sheet lists item by item, for one day. */
interface DayRows {
  /** Scene rows in shooting order. */
  scenes: CallSheetScene[];
  /** Item ids in schedule order. */
  ids: string[];
  /** Sum of the items' eighths (schedule order); undefined if none has pages. */
  pages?: number;
  /** First Shoot Day value in schedule order. */
  shootDay?: number;
  /** Without one, what a Shoot Day cell says of the day instead ("Travel Day"). */
  dayLabel?: string;
  locations: CallSheetLocation[];
  notes: string[];
  /** Where the day's strips come from several schedule sheets (units): the first one's, in schedule order. */
  leadUnit?: string;
}

/**
 * Builds a day's DayRows in one pass over its items in shooting order, reading each Item once while it
 * is at hand. The shooting order comes from the call-time column; scratch arrays are reused from day
 * to day (a typed array per day would be 50,000 small buffers at 25,000 days).
 */
class DayRowBuilder {
  /** Local indices (places in the day's schedule-order list) in shooting order. */
  private order = new Int32Array(64);
  /** Shooting-order rank of each local index. */
  private rank = new Int32Array(64);
  private keys = new Float64Array(64);
  /** Eighths of each local index, NaN without pages. */
  private eighths = new Float64Array(64);
  private readonly call: Float64Array;

  constructor(
    private readonly model: Model,
    private readonly shared: SharedLookups,
    private readonly entries: RepeatedEntries,
  ) {
    this.call = shared.columns.call;
  }

  build(positions: ArrayLike<number>): DayRows {
    const m = positions.length;
    if (m > this.order.length) {
      const size = Math.max(m, this.order.length * 2);
      this.order = new Int32Array(size);
      this.rank = new Int32Array(size);
      this.keys = new Float64Array(size);
      this.eighths = new Float64Array(size);
    }
    const { order, rank, eighths, call } = this;
    this.shootingOrder(positions);
    const { items, resourceByKey } = this.model;
    const { entries } = this;
    const scenes: CallSheetScene[] = [];
    const locations: CallSheetLocation[] = [];
    const notes: string[] = [];
    if (this.shared.prodNotes) notes.push(this.shared.prodNotes);
    // Location names taken today as written (most items repeat one and need no lower-casing), and folded.
    const taken: string[] = [];
    const seen = new Set<string>();
    let lastLocationKey: string | undefined;
    let lastLocation: Resource | undefined;
    let shootDay: number | undefined;
    let mixedShootDays = false;
    let dayLabel: string | undefined;
    for (let r = 0; r < m; r++) {
      const k = order[r];
      rank[k] = r;
      const position = positions[k];
      const item = items[position];
      scenes.push(scene(item, position, call[position], entries));
      eighths[k] = item.eighths ?? NaN;
      if (item.shootDay !== undefined) {
        if (shootDay === undefined) shootDay = item.shootDay;
        else if (item.shootDay !== shootDay) mixedShootDays = true;
      }
      if (dayLabel === undefined && item.dayLabel !== undefined) dayLabel = item.dayLabel;

      const key = item.locationKey;
      if (key !== lastLocationKey) {
        lastLocationKey = key;
        lastLocation = key ? resourceByKey.get(key) : undefined;
      }
      const res = key ? lastLocation : undefined;
      const name = res?.name ?? res?.label ?? item.location?.trim();
      if (name && !taken.includes(name)) {
        taken.push(name);
        const folded = placeKey(name);
        if (!seen.has(folded)) {
          seen.add(folded);
          locations.push(entries.location(name, res));
        }
      }

      const note = item.notes?.trim();
      if (note) notes.push(`${item.scene ? `Sc ${item.scene}` : item.id}: ${note}`);
    }
    if (mixedShootDays) shootDay = mostCommonShootDay(items, positions, order, m);
    // Strips from several schedule sheets on one day are units at work side by side (a main unit's board and a second
    // unit's): each scene says its unit (its sheet), so the print keeps them apart. The first in schedule order leads.
    const lead = m > 0 ? items[positions[0]].sheet : undefined;
    let units = false;
    for (let k = 1; k < m && !units; k++) units = items[positions[k]].sheet !== lead;
    if (units) for (let r = 0; r < m; r++) scenes[r].unit = items[positions[order[r]]].sheet;
    const ids: string[] = [];
    let pages: number | undefined;
    for (let k = 0; k < m; k++) {
      ids.push(scenes[rank[k]].item);
      if (eighths[k] === eighths[k]) pages = (pages ?? 0) + eighths[k];
    }
    return {
      scenes,
      ids,
      pages,
      shootDay,
      ...(shootDay === undefined && dayLabel ? { dayLabel } : {}),
      locations,
      notes,
      ...(units ? { leadUnit: lead } : {}),
    };
  }

  /**
   * Fills `order` with the day's local indices in shooting order: by call time, items without one after
   * timed ones, ties by schedule order.
   */
  private shootingOrder(positions: ArrayLike<number>): void {
    const m = positions.length;
    const { call, order, keys } = this;
    let packable = m < PACK;
    for (let k = 0; k < m && packable; k++) {
      const t = call[positions[k]];
      if (t === t && !(Number.isInteger(t) && Math.abs(t) < LATEST)) packable = false;
    }
    if (packable) {
      // Whole-minute times: (time, place in the day) packed into one exact number and sorted natively.
      for (let k = 0; k < m; k++) {
        const t = call[positions[k]];
        keys[k] = (t === t ? t : LATEST) * PACK + k;
      }
      const sorted = keys.subarray(0, m).sort();
      for (let r = 0; r < m; r++) order[r] = sorted[r] - Math.floor(sorted[r] / PACK) * PACK;
      return;
    }
    const time = (k: number) => {
      const t = call[positions[k]];
      return t === t ? t : Infinity;
    };
    const local = Array.from({ length: m }, (_, k) => k);
    // Two items without a time give Infinity - Infinity = NaN, falsy like a tie: schedule order decides.
    local.sort((a, b) => time(a) - time(b) || a - b);
    for (let r = 0; r < m; r++) order[r] = local[r];
  }
}

function deliveryList(shared: SharedLookups, date: number): CallSheet["deliveries"] {
  return [...(shared.deliveriesByDay.get(date) ?? [])]
    .sort((a, b) => a.delivery - b.delivery || a.row - b.row)
    .map((m) => {
      const d: CallSheet["deliveries"][number] = {
        item: m.item,
        delivery: m.deliveryDateOnly ? "all day" : hhmm(m.delivery),
        neededFor: [...m.neededFor],
      };
      if (m.quantity !== undefined) d.quantity = m.quantity;
      if (m.vendor !== undefined) d.vendor = m.vendor;
      if (m.status !== undefined) d.status = m.status;
      return d;
    });
}

/** Minutes after midnight of a Production value that is a time (`07:00` from a time cell, `7:00 AM` typed). */
function timeOfDay(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const time = parseTime(text.trim());
  return typeof time === "number" && time >= 0 && time < MINUTES_PER_DAY ? time : undefined;
}

/**
 * A day's own Production values (a Production table of one row per day): the row for its date, else for its Shoot
 * Day; rows for the same day add what the first leaves blank. Undefined without such a row.
 */
function productionDays(
  model: Model,
): (date: number, shootDay: number | undefined) => Record<string, string> | undefined {
  const byDate = new Map<number, Record<string, string>>();
  const byShootDay = new Map<number, Record<string, string>>();
  for (const d of model.productionDays ?? []) {
    if (d.date !== undefined) byDate.set(d.date, { ...d.values, ...byDate.get(d.date) });
    else if (d.shootDay !== undefined) byShootDay.set(d.shootDay, { ...d.values, ...byShootDay.get(d.shootDay) });
  }
  return (date, shootDay) => byDate.get(date) ?? (shootDay === undefined ? undefined : byShootDay.get(shootDay));
}

/**
 * One call sheet per shoot day (the DOOD's days). `sheetName` gives the generated sheet's name
 * for a day serial and its Shoot Day value.
 */
export function buildCallSheets(
  model: Model,
  dood: Dood,
  sheetName: (date: number, shootDay?: number) => string,
): CallSheet[] {
  const { days, dayStart, dayItems } = shootDayGroups(model);
  const itemsOf = (j: number) => dayItems.subarray(dayStart[j], dayStart[j + 1]);
  const shared = sharedLookups(model, dood);
  const { call } = shared.columns;
  const dayResources = new DayResources(shared, shared.list.length);
  const entries = new RepeatedEntries(model, shared);
  const dayRows = new DayRowBuilder(model, shared, entries);
  // One header object for every sheet: reports are read-only data.
  const header: Record<string, string> = {};
  for (const [k, v] of Object.entries(model.production)) if (v.trim()) header[k] = v;
  const ownDay = productionDays(model);

  const sheets: CallSheet[] = [];
  // A day whose strips give no Shoot Day, in a schedule with the column: named on from the last numbered day,
  // unless that number is another day's own (then by its date). A cancelled strip's number is no day's.
  let lastShootDay: number | undefined;
  let lastShootDayAt = -1;
  let labelledSince = 0;
  const ownDays = new Set<number>();
  if (model.hasShootDayColumn)
    for (const item of model.items) if (item.shootDay !== undefined && !item.cancelled) ownDays.add(item.shootDay);
  // "Day 21 of 40": the length the cells state, else the last day where the numbers start at 1 (a block of days
  // 21 to 25 does not say how long the shoot is).
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (const d of ownDays) {
    firstDay = Math.min(firstDay, d);
    lastDay = Math.max(lastDay, d);
  }
  const shootDayCount = model.shootDaysStated ?? (firstDay === 1 ? lastDay : undefined);
  let today = days.length ? dayRows.build(itemsOf(0)) : undefined;
  let nextDateText: string | undefined;
  for (let n = 0; n < days.length; n++) {
    const date = days[n];
    const dateText = nextDateText ?? isoDate(date);
    const positions = itemsOf(n);
    const { scenes, ids, pages, shootDay, dayLabel, locations, notes, leadUnit } = today as DayRows;
    dayResources.collect(positions);
    const crew = crewList(dayResources, entries, date);
    // The general crew call is the unit call: the day's first Start, whoever its strip lists (a first scene with cast
    // only is still shot by the crew; strips often list no crew). A crew member's Lead Time is a pre-call on their own
    // row: a make-up artist called 90 minutes early does not call the whole crew. With several units at work, the
    // lead unit's: a second unit's 05:00 call does not call the main unit's crew.
    let earliestStart = Infinity;
    for (let k = 0; k < positions.length; k++)
      if (
        call[positions[k]] < earliestStart &&
        (leadUnit === undefined || model.items[positions[k]].sheet === leadUnit)
      )
        earliestStart = call[positions[k]];
    // The day's row of a Production table written one row per day: its values over the production's own, and its
    // Crew Call (as the coordinator sets it) over the unit call.
    const own = ownDay(date, shootDay);
    const dayHeader = own ? { ...header, ...own } : header;
    const statedCall = timeOfDay(dayHeader["Crew Call"]);
    const generalCall =
      statedCall !== undefined
        ? date * MINUTES_PER_DAY + statedCall
        : earliestStart < Infinity
          ? earliestStart
          : undefined;
    // After the production's own notes, which the day's rows put first.
    if (own?.Notes) notes.splice(shared.prodNotes ? 1 : 0, 0, own.Notes);
    const crewCallDayOffset = callDayOffset(generalCall, date);
    if (shootDay !== undefined) {
      lastShootDay = shootDay;
      lastShootDayAt = n;
      labelledSince = 0;
    }
    // A day named in words (a pre-light, a travel day) is named by its date and takes no number from the others.
    if (dayLabel !== undefined) labelledSince++;
    const continued =
      lastShootDay === undefined ? n + 1 - labelledSince : lastShootDay + n - lastShootDayAt - labelledSince;
    const nameDay =
      shootDay ??
      (model.hasShootDayColumn && dayLabel === undefined && !ownDays.has(continued) ? continued : undefined);
    const sheet: CallSheet = {
      date: dateText,
      dayNumber: n + 1,
      dayCount: days.length,
      sheet: sheetName(date, nameDay),
      items: ids,
      cast: castList(dayResources, shared, entries, dateText, date),
      crew,
      crewCall: generalCall === undefined ? null : clock(generalCall),
      ...(crewCallDayOffset !== 0 ? { crewCallDayOffset } : {}),
      header: dayHeader,
      scenes,
      locations,
      equipment: equipmentList(dayResources, entries),
      deliveries: deliveryList(shared, date),
      notes,
    };
    if (shootDay !== undefined) {
      sheet.shootDay = shootDay;
      if (shootDayCount !== undefined && shootDayCount >= shootDay) sheet.shootDayCount = shootDayCount;
    } else if (dayLabel !== undefined) sheet.dayLabel = dayLabel;
    else if (nameDay !== undefined) sheet.continuedDay = nameDay;
    if (pages !== undefined) sheet.totalPages = eighthsText(pages);
    if (n + 1 < days.length) {
      // The advance schedule is the next day's own scene list (the same objects: reports are read-only).
      today = dayRows.build(itemsOf(n + 1));
      nextDateText = isoDate(days[n + 1]);
      const advance: NonNullable<CallSheet["advance"]> = { date: nextDateText, scenes: today.scenes };
      if (today.shootDay !== undefined) advance.shootDay = today.shootDay;
      sheet.advance = advance;
    }
    sheets.push(sheet);
  }
  return sheets;
}
