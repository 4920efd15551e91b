/** Call sheets: one per shoot day, built from the model and the DOOD (contract §7, §8). */
import type { Item, Model, Resource } from "./model";
import type { CallSheet, CallSheetCast, CallSheetCrew, CallSheetLocation, CallSheetScene, Dood } from "./report";
import { type ScheduleColumns, scheduleColumns } from "./columns";
import { shootDayGroups } from "./dood";
import { dayOf, hhmm, isoDate } from "./time";

/** Eighths of a page as call sheets write them: 12 -> "1 4/8", 3 -> "3/8", 16 -> "2". */
export function eighthsText(eighths: number): string {
  const total = Math.max(0, Math.round(eighths));
  const whole = Math.floor(total / 8);
  const rest = total % 8;
  if (rest === 0) return String(whole);
  return whole === 0 ? `${rest}/8` : `${whole} ${rest}/8`;
}

/** The time an item calls for: its Start, else a Start written without End/Duration. */
function callTime(item: Item): number | undefined {
  return item.start ?? item.callOnly;
}

const normKey = (k: string) => k.toLowerCase().replace(/[^a-z0-9]/g, "");

/** A production value by its canonical name, tolerant of how the key was spelled. */
export function productionValue(model: Model, key: string): string | undefined {
  const want = normKey(key);
  for (const [k, v] of Object.entries(model.production)) if (normKey(k) === want && v.trim()) return v.trim();
  return undefined;
}

/** hhmm, each minute of the day's text built once (call sheets write the same times on every day). */
const clockTexts: string[] = [];
function clock(minute: number): string {
  const key = Math.round(minute);
  const m = ((key % 1440) + 1440) % 1440;
  return (clockTexts[m] ??= hhmm(m));
}

/** eighthsText, memoised for the usual page counts. */
const pageTexts: string[] = [];
function pagesText(eighths: number): string {
  const total = Math.max(0, Math.round(eighths));
  return total < 4096 ? (pageTexts[total] ??= eighthsText(total)) : eighthsText(total);
}

/**
 * A day's items (positions, schedule order) in shooting order: by Start, date-only items after timed
 * ones, ties by schedule order. Each item's time is read once, not once per comparison.
 */
function shootingOrder(model: Model, positions: ArrayLike<number>): number[] {
  const m = positions.length;
  const time = new Float64Array(m);
  let packable = m < PACK;
  for (let k = 0; k < m; k++) {
    const t = callTime(model.items[positions[k]]);
    time[k] = t ?? Infinity;
    if (t !== undefined && !(Number.isInteger(t) && Math.abs(t) < LATEST)) packable = false;
  }
  if (packable) {
    // Whole-minute times: (time, place in the day) packed into one exact number and sorted natively.
    const keys = new Float64Array(m);
    for (let k = 0; k < m; k++) keys[k] = (time[k] === Infinity ? LATEST : time[k]) * PACK + k;
    keys.sort();
    return Array.from(keys, (key) => positions[key - Math.floor(key / PACK) * PACK]);
  }
  const local = Array.from({ length: m }, (_, k) => k);
  // Two date-only items give Infinity - Infinity = NaN, falsy like a tie: schedule order decides.
  local.sort((a, b) => time[a] - time[b] || a - b);
  return local.map((k) => positions[k]);
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
  /** NO_LIST, CAST_LIST, CREW_LIST or EQUIPMENT_LIST. */
  list: Uint8Array;
  /** Place in its list's order: cast and equipment by table order, crew by department then table order. */
  place: Int32Array;
  /** Column resource id at each place, per list. */
  atPlace: Int32Array[];
  /** Lead Time of each column resource, in minutes. */
  leadTime: Float64Array;
  /** The cast member's DOOD codes at each cast place (its row by label), as numbers into `statusText`. */
  statusByDay: (Int32Array | undefined)[];
  /** The DOOD code of each number (0: the empty code, no status). */
  statusText: string[];
  doodDayIndex: Map<string, number>;
  deliveriesByDay: Map<number, Model["materials"]>;
  prodHospital?: string;
  prodHospitalAddress?: string;
  prodParking?: string;
  prodNotes?: string;
}

/**
 * DOOD rows as arrays of small numbers, one pass along each row: a day's call sheet then reads its cast's
 * codes from compact arrays instead of one element of each long string array (at 25,000 days those
 * arrays are page-aligned, and reading the same index across them misses the cache every time).
 */
function doodStatusNumbers(rows: (readonly string[] | undefined)[]): {
  statusByDay: (Int32Array | undefined)[];
  statusText: string[];
} {
  const numberOf = new Map<string, number>([["", 0]]);
  const statusText = [""];
  const statusByDay = rows.map((codes) => {
    if (!codes) return undefined;
    const out = new Int32Array(codes.length);
    let last = "";
    let lastNumber = 0;
    for (let j = 0; j < codes.length; j++) {
      const code = codes[j] ?? "";
      if (code !== last) {
        let n = numberOf.get(code);
        if (n === undefined) {
          numberOf.set(code, (n = statusText.length));
          statusText.push(code);
        }
        last = code;
        lastNumber = n;
      }
      out[j] = lastNumber;
    }
    return out;
  });
  return { statusByDay, statusText };
}

function sharedLookups(model: Model, dood: Dood): SharedLookups {
  const deptRank = new Map<string, number>();
  for (const r of [...model.resources].sort((a, b) => a.order - b.order)) {
    const d = r.department?.trim().toLowerCase();
    if (d && !deptRank.has(d)) deptRank.set(d, deptRank.size);
  }
  const rank = (r: Resource) => deptRank.get(r.department?.trim().toLowerCase() ?? "") ?? Infinity;

  const columns = scheduleColumns(model);
  const columnResources = columns.resources;
  const count = columnResources.length;
  const resourceOf = columnResources.map((r) => model.resourceByKey.get(r.key));
  const labelOf = columnResources.map((r, id) => resourceOf[id]?.label ?? r.key);
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
  const { statusByDay, statusText } = doodStatusNumbers(
    members[CAST_LIST].map((id) => doodRowByLabel.get((resourceOf[id] as Resource).label)?.codes),
  );
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
    list,
    place,
    atPlace: members.map((ids) => Int32Array.from(ids)),
    leadTime,
    statusByDay,
    statusText,
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
  collect(model: Model, items: ArrayLike<number>): void {
    const day = ++this.day;
    const { columns, list, place, atPlace } = this.shared;
    const { resourceStart, resourceIds } = columns;
    const { places, placeCount } = this;
    placeCount.fill(0);
    for (let k = 0; k < items.length; k++) {
      const position = items[k];
      const t = callTime(model.items[position]);
      for (let p = resourceStart[position]; p < resourceStart[position + 1]; p++) {
        const id = resourceIds[p];
        if (this.usedOn[id] !== day) {
          this.usedOn[id] = day;
          const l = list[id];
          if (placeCount[l] === places[l].length) {
            const grown = new Int32Array(places[l].length * 2);
            grown.set(places[l]);
            places[l] = grown;
          }
          places[l][placeCount[l]++] = place[id];
        }
        if (t !== undefined && (this.calledOn[id] !== day || t < this.firstCall[id])) {
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

/** hhmm's text as a number: 0 for no call, else 1 + the minute of the day. */
function callSlot(call: number | undefined): number {
  return call === undefined ? 0 : (((Math.round(call) % 1440) + 1440) % 1440) + 1;
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

  /** A cast entry; `status` numbers the DOOD code in shared.statusText (0: none). */
  castMember(id: number, call: number | undefined, status: number): CallSheetCast {
    // Kept by call and code; a DOOD with 65,536 distinct codes or more (none real) shares none past that.
    const key = status < 65536 ? callSlot(call) * 65536 + status : -1;
    const made = key >= 0 ? this.cast.get(id, key) : undefined;
    if (made) return made;
    const r = this.shared.resourceOf[id] as Resource;
    const c: CallSheetCast = { resource: r.label, call: call === undefined ? null : clock(call) };
    if (r.name !== undefined) c.name = r.name;
    if (r.role !== undefined) c.role = r.role;
    if (status) c.status = this.shared.statusText[status];
    return key >= 0 ? this.cast.set(id, key, undefined, c) : c;
  }

  crewMember(id: number, call: number | undefined): CallSheetCrew {
    const key = callSlot(call);
    const made = this.crew.get(id, key);
    if (made) return made;
    const r = this.shared.resourceOf[id] as Resource;
    const c: CallSheetCrew = { resource: r.label, call: call === undefined ? null : clock(call) };
    if (r.name !== undefined) c.name = r.name;
    if (r.role !== undefined) c.role = r.role;
    if (r.department !== undefined) c.department = r.department;
    return this.crew.set(id, key, undefined, c);
  }

  gear(id: number): CallSheet["equipment"][number] {
    const made = this.equipment.get(id, 0);
    if (made) return made;
    const r = this.shared.resourceOf[id] as Resource;
    const e: CallSheet["equipment"][number] = { resource: r.label };
    if (r.name !== undefined) e.name = r.name;
    return this.equipment.set(id, 0, undefined, e);
  }

  /** The labels of an item's Cast (for its scene row); `position` is the item's place in the columns. */
  sceneCast(item: Item, position: number): string[] {
    const { columns, labelOf } = this.shared;
    const { resourceStart, resourceIds, resources } = columns;
    const from = resourceStart[position];
    const to = resourceStart[position + 1];
    // Bucket by the leading resource ids (the Cast's, as a rule); any bucket is right, a hit needs the same array.
    let bucket = 0;
    for (let p = from; p < to && p < from + item.cast.length; p++)
      bucket = (bucket * 31 + resourceIds[p] + 1) % this.labelBuckets;
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
): CallSheetCast[] {
  const dayIndex = shared.doodDayIndex.get(dateText) ?? -1;
  return day.used[CAST_LIST].map((id) => {
    const call = day.callMinute(id);
    const statusByDay = dayIndex >= 0 ? shared.statusByDay[shared.place[id]] : undefined;
    return entries.castMember(id, call, statusByDay && dayIndex < statusByDay.length ? statusByDay[dayIndex] : 0);
  });
}

/** Crew grouped by department (departments in the order they first appear in the resource tables, none last). */
function crewList(
  day: DayResources,
  shared: SharedLookups,
  entries: RepeatedEntries,
): { crew: CallSheetCrew[]; earliest?: number } {
  let earliest: number | undefined;
  const crew = day.used[CREW_LIST].map((id) => {
    const call = day.callMinute(id);
    if (call !== undefined && (earliest === undefined || call < earliest)) earliest = call;
    return entries.crewMember(id, call);
  });
  return { crew, earliest };
}

function equipmentList(day: DayResources, entries: RepeatedEntries): CallSheet["equipment"] {
  return day.used[EQUIPMENT_LIST].map((id) => entries.gear(id));
}

/** An item's scene row; `position` is the item's place in the columns. */
function scene(item: Item, position: number, entries: RepeatedEntries): CallSheetScene {
  const cast = entries.sceneCast(item, position);
  const s: CallSheetScene = { item: item.id, cast };
  if (item.scene !== undefined) s.scene = item.scene;
  if (item.set !== undefined) s.set = item.set;
  if (item.ie !== undefined) s.ie = item.ie;
  if (item.dn !== undefined) s.dn = item.dn;
  if (item.eighths !== undefined) s.pages = pagesText(item.eighths);
  if (item.location !== undefined) s.location = item.location;
  if (item.description !== undefined) s.description = item.description;
  const start = callTime(item);
  if (start !== undefined) s.start = clock(start);
  if (item.end !== undefined) s.end = clock(item.end);
  return s;
}

function locationList(model: Model, ordered: readonly Item[], entries: RepeatedEntries): CallSheetLocation[] {
  const seen = new Set<string>();
  // Names already taken today as written: most items repeat one, and need no lower-casing.
  const taken: string[] = [];
  const out: CallSheetLocation[] = [];
  for (const item of ordered) {
    const res = item.locationKey ? model.resourceByKey.get(item.locationKey) : undefined;
    const name = res?.name ?? res?.label ?? item.location?.trim();
    if (!name || taken.includes(name)) continue;
    taken.push(name);
    const folded = name.toLowerCase();
    if (seen.has(folded)) continue;
    seen.add(folded);
    out.push(entries.location(name, res));
  }
  return out;
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
      if (m.vendor !== undefined) d.vendor = m.vendor;
      return d;
    });
}

function noteList(ordered: readonly Item[], shared: SharedLookups): string[] {
  const notes: string[] = [];
  const prod = shared.prodNotes;
  if (prod) notes.push(prod);
  for (const item of ordered) {
    const n = item.notes?.trim();
    if (n) notes.push(`${item.scene ? `Sc ${item.scene}` : item.id}: ${n}`);
  }
  return notes;
}

/** First Shoot Day value among the day's items (positions in schedule order). */
function shootDayOf(model: Model, positions: ArrayLike<number>): number | undefined {
  for (let k = 0; k < positions.length; k++) {
    const shootDay = model.items[positions[k]].shootDay;
    if (shootDay !== undefined) return shootDay;
  }
  return undefined;
}

/** A day's items in shooting order with their scene rows. */
interface OrderedDay {
  ordered: Item[];
  scenes: CallSheetScene[];
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
  const orderedDay = (j: number): OrderedDay => {
    const positions = shootingOrder(model, itemsOf(j));
    const ordered = positions.map((p) => model.items[p]);
    return { ordered, scenes: ordered.map((item, k) => scene(item, positions[k], entries)) };
  };
  const shared = sharedLookups(model, dood);
  const dayResources = new DayResources(shared, shared.list.length);
  const entries = new RepeatedEntries(model, shared);
  const header: Record<string, string> = {};
  for (const [k, v] of Object.entries(model.production)) if (v.trim()) header[k] = v;

  const sheets: CallSheet[] = [];
  let today = days.length ? orderedDay(0) : undefined;
  for (let n = 0; n < days.length; n++) {
    const date = days[n];
    const dateText = isoDate(date);
    const positions = itemsOf(n);
    const { ordered, scenes } = today as OrderedDay;
    const shootDay = shootDayOf(model, positions);
    dayResources.collect(model, positions);
    const { crew, earliest } = crewList(dayResources, shared, entries);
    const ids: string[] = [];
    let earliestStart: number | undefined;
    let pages: number | undefined;
    for (let k = 0; k < positions.length; k++) {
      const item = model.items[positions[k]];
      ids.push(item.id);
      const t = callTime(item);
      if (t !== undefined && (earliestStart === undefined || t < earliestStart)) earliestStart = t;
      if (item.eighths !== undefined) pages = (pages ?? 0) + item.eighths;
    }
    const generalCall = earliest ?? earliestStart;
    const sheet: CallSheet = {
      date: dateText,
      dayNumber: n + 1,
      dayCount: days.length,
      sheet: sheetName(date, shootDay),
      items: ids,
      cast: castList(dayResources, shared, entries, dateText),
      crew,
      crewCall: generalCall === undefined ? null : clock(generalCall),
      header: { ...header },
      scenes,
      locations: locationList(model, ordered, entries),
      equipment: equipmentList(dayResources, entries),
      deliveries: deliveryList(shared, date),
      notes: noteList(ordered, shared),
    };
    if (shootDay !== undefined) sheet.shootDay = shootDay;
    if (pages !== undefined) sheet.totalPages = eighthsText(pages);
    if (n + 1 < days.length) {
      const next = days[n + 1];
      // The advance schedule is the next day's own scene list (the same objects: reports are read-only).
      today = orderedDay(n + 1);
      const advance: NonNullable<CallSheet["advance"]> = { date: isoDate(next), scenes: today.scenes };
      const nextShootDay = shootDayOf(model, itemsOf(n + 1));
      if (nextShootDay !== undefined) advance.shootDay = nextShootDay;
      sheet.advance = advance;
    }
    sheets.push(sheet);
  }
  return sheets;
}
