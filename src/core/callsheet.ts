/** Call sheets: one per shoot day, built from the model and the DOOD (contract §7, §8). */
import type { Item, Model, Resource } from "./model";
import type { CallSheet, CallSheetCast, CallSheetCrew, CallSheetLocation, CallSheetScene, Dood } from "./report";
import { activeDatedItems, shootDays } from "./dood";
import { dayOf, hhmm, isoDate } from "./time";

type DatedItem = Item & { date: number };

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

/** Scenes in shooting order: by Start, date-only items after timed ones, ties by schedule order. */
function shootingOrder(items: DatedItem[]): DatedItem[] {
  return [...items].sort((a, b) => {
    const ta = callTime(a);
    const tb = callTime(b);
    if (ta !== undefined && tb !== undefined && ta !== tb) return ta - tb;
    if ((ta === undefined) !== (tb === undefined)) return ta === undefined ? 1 : -1;
    return a.index - b.index;
  });
}

function labelOf(model: Model, key: string): string {
  return model.resourceByKey.get(key)?.label ?? key;
}

function scene(model: Model, item: Item): CallSheetScene {
  const s: CallSheetScene = { item: item.id, cast: item.cast.map((k) => labelOf(model, k)) };
  if (item.scene !== undefined) s.scene = item.scene;
  if (item.set !== undefined) s.set = item.set;
  if (item.ie !== undefined) s.ie = item.ie;
  if (item.dn !== undefined) s.dn = item.dn;
  if (item.eighths !== undefined) s.pages = eighthsText(item.eighths);
  if (item.location !== undefined) s.location = item.location;
  if (item.description !== undefined) s.description = item.description;
  const start = callTime(item);
  if (start !== undefined) s.start = hhmm(start);
  if (item.end !== undefined) s.end = hhmm(item.end);
  return s;
}

/** Earliest call time per resource key over the day's items (one pass, not one scan per person). */
function firstCalls(items: DatedItem[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const item of items) {
    const t = callTime(item);
    if (t === undefined) continue;
    for (const key of item.resourceKeys) {
      const prior = first.get(key);
      if (prior === undefined || t < prior) first.set(key, t);
    }
  }
  return first;
}

/** Earliest Start minus Lead Time for a resource over the day's items, in minutes; undefined if none timed. */
function callMinute(resource: Resource, calls: ReadonlyMap<string, number>): number | undefined {
  const first = calls.get(resource.key);
  return first === undefined ? undefined : first - resource.leadTimeMin;
}

/** What every call sheet shares: computed once, not once per day. */
interface SharedLookups {
  doodDayIndex: Map<string, number>;
  doodRowByLabel: Map<string, Dood["rows"][number]>;
  deptRank: Map<string, number>;
  deliveriesByDay: Map<number, Model["materials"]>;
  prodHospital?: string;
  prodHospitalAddress?: string;
  prodParking?: string;
  prodNotes?: string;
}

function sharedLookups(model: Model, dood: Dood): SharedLookups {
  const deptRank = new Map<string, number>();
  for (const r of [...model.resources].sort((a, b) => a.order - b.order)) {
    const d = r.department?.trim().toLowerCase();
    if (d && !deptRank.has(d)) deptRank.set(d, deptRank.size);
  }
  const deliveriesByDay = new Map<number, Model["materials"]>();
  for (const m of model.materials) {
    const day = dayOf(m.delivery);
    const list = deliveriesByDay.get(day);
    if (list) list.push(m);
    else deliveriesByDay.set(day, [m]);
  }
  return {
    doodDayIndex: new Map(dood.days.map((d, j) => [d, j])),
    doodRowByLabel: new Map(dood.rows.map((r) => [r.resource, r])),
    deptRank,
    deliveriesByDay,
    prodHospital: productionValue(model, "Nearest Hospital"),
    prodHospitalAddress: productionValue(model, "Hospital Address"),
    prodParking: productionValue(model, "Crew Parking"),
    prodNotes: productionValue(model, "Notes"),
  };
}

const CAST_TYPES: ReadonlySet<string> = new Set(["cast"]);
const CREW_TYPES: ReadonlySet<string> = new Set(["crew"]);
const EQUIPMENT_TYPES: ReadonlySet<string> = new Set(["equipment", "vehicle"]);

/** Resources of the given types (or named in the given item column) used by the day's items, in table order. */
function usedResources(
  model: Model,
  items: DatedItem[],
  types: ReadonlySet<string>,
  column: "cast" | "crew" | "equipment",
): Resource[] {
  const keys = new Set<string>();
  for (const item of items) {
    for (const k of item[column]) keys.add(k);
    for (const k of item.resourceKeys) if (types.has(model.resourceByKey.get(k)?.type ?? "")) keys.add(k);
  }
  const out: Resource[] = [];
  for (const k of keys) {
    const r = model.resourceByKey.get(k);
    // A token in a column that resolved to another type stays off this list (e.g. a location in Cast).
    // Unknown tokens act as Type other (contract §3), so they are on no cast or crew list.
    if (r && types.has(r.type)) out.push(r);
  }
  return out.sort((a, b) => a.order - b.order);
}

function castList(
  model: Model,
  items: DatedItem[],
  shared: SharedLookups,
  calls: ReadonlyMap<string, number>,
  date: number,
): CallSheetCast[] {
  const dayIndex = shared.doodDayIndex.get(isoDate(date)) ?? -1;
  const rowByLabel = shared.doodRowByLabel;
  return usedResources(model, items, CAST_TYPES, "cast").map((r) => {
    const call = callMinute(r, calls);
    const c: CallSheetCast = { resource: r.label, call: call === undefined ? null : hhmm(call) };
    if (r.name !== undefined) c.name = r.name;
    if (r.role !== undefined) c.role = r.role;
    const code = dayIndex >= 0 ? rowByLabel.get(r.label)?.codes[dayIndex] : undefined;
    if (code) c.status = code;
    return c;
  });
}

/** Crew grouped by department (departments in the order they first appear in the resource tables, none last). */
function crewList(
  model: Model,
  items: DatedItem[],
  shared: SharedLookups,
  calls: ReadonlyMap<string, number>,
): { crew: CallSheetCrew[]; earliest?: number } {
  const deptRank = shared.deptRank;
  const rank = (r: Resource) => deptRank.get(r.department?.trim().toLowerCase() ?? "") ?? Infinity;
  const people = usedResources(model, items, CREW_TYPES, "crew").sort((a, b) => rank(a) - rank(b) || a.order - b.order);
  let earliest: number | undefined;
  const crew = people.map((r) => {
    const call = callMinute(r, calls);
    if (call !== undefined && (earliest === undefined || call < earliest)) earliest = call;
    const c: CallSheetCrew = { resource: r.label, call: call === undefined ? null : hhmm(call) };
    if (r.name !== undefined) c.name = r.name;
    if (r.role !== undefined) c.role = r.role;
    if (r.department !== undefined) c.department = r.department;
    return c;
  });
  return { crew, earliest };
}

function locationList(model: Model, ordered: DatedItem[], shared: SharedLookups): CallSheetLocation[] {
  const { prodHospital, prodHospitalAddress, prodParking } = shared;
  const seen = new Set<string>();
  const out: CallSheetLocation[] = [];
  for (const item of ordered) {
    const res = item.locationKey ? model.resourceByKey.get(item.locationKey) : undefined;
    const name = res?.name ?? res?.label ?? item.location?.trim();
    if (!name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    const loc: CallSheetLocation = { name };
    if (res?.address) loc.address = res.address;
    // The location's own hospital wins; its address only goes with it.
    const hospital = res?.nearestHospital ?? prodHospital;
    const hospitalAddress = res?.nearestHospital ? res.hospitalAddress : (res?.hospitalAddress ?? prodHospitalAddress);
    if (hospital) loc.nearestHospital = hospital;
    if (hospitalAddress) loc.hospitalAddress = hospitalAddress;
    const parking = res?.parking ?? prodParking;
    if (parking) loc.parking = parking;
    out.push(loc);
  }
  return out;
}

function equipmentList(model: Model, items: DatedItem[]): CallSheet["equipment"] {
  return usedResources(model, items, EQUIPMENT_TYPES, "equipment").map((r) => {
    const e: CallSheet["equipment"][number] = { resource: r.label };
    if (r.name !== undefined) e.name = r.name;
    return e;
  });
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

function noteList(ordered: DatedItem[], shared: SharedLookups): string[] {
  const notes: string[] = [];
  const prod = shared.prodNotes;
  if (prod) notes.push(prod);
  for (const item of ordered) {
    const n = item.notes?.trim();
    if (n) notes.push(`${item.scene ? `Sc ${item.scene}` : item.id}: ${n}`);
  }
  return notes;
}

/** First Shoot Day value among the day's items (schedule order). */
function shootDayOf(items: DatedItem[]): number | undefined {
  return items.find((i) => i.shootDay !== undefined)?.shootDay;
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
  const days = shootDays(model);
  const byDay = new Map<number, DatedItem[]>();
  for (const item of activeDatedItems(model)) {
    const list = byDay.get(item.date);
    if (list) list.push(item);
    else byDay.set(item.date, [item]);
  }
  // activeDatedItems keeps model order, so each day's list is already in schedule order unless the
  // model's items are not sorted by index; sort once per day, and order scenes once per day.
  for (const list of byDay.values()) list.sort((a, b) => a.index - b.index);
  const orderedByDay = new Map<number, DatedItem[]>();
  const orderedOf = (date: number): DatedItem[] => {
    let ordered = orderedByDay.get(date);
    if (!ordered) orderedByDay.set(date, (ordered = shootingOrder(byDay.get(date) ?? [])));
    return ordered;
  };
  const shared = sharedLookups(model, dood);
  const header: Record<string, string> = {};
  for (const [k, v] of Object.entries(model.production)) if (v.trim()) header[k] = v;

  return days.map((date, n) => {
    const items = byDay.get(date) ?? [];
    const ordered = orderedOf(date);
    // Only the next day's ordering is needed again (for its advance schedule); drop the rest.
    orderedByDay.delete(days[n - 1]);
    const shootDay = shootDayOf(items);
    const calls = firstCalls(items);
    const { crew, earliest } = crewList(model, items, shared, calls);
    const earliestStart = items.reduce<number | undefined>((min, i) => {
      const t = callTime(i);
      return t !== undefined && (min === undefined || t < min) ? t : min;
    }, undefined);
    const generalCall = earliest ?? earliestStart;
    const eighths = items.filter((i) => i.eighths !== undefined).map((i) => i.eighths as number);
    const sheet: CallSheet = {
      date: isoDate(date),
      dayNumber: n + 1,
      dayCount: days.length,
      sheet: sheetName(date, shootDay),
      items: items.map((i) => i.id),
      cast: castList(model, items, shared, calls, date),
      crew,
      crewCall: generalCall === undefined ? null : hhmm(generalCall),
      header: { ...header },
      scenes: ordered.map((i) => scene(model, i)),
      locations: locationList(model, ordered, shared),
      equipment: equipmentList(model, items),
      deliveries: deliveryList(shared, date),
      notes: noteList(ordered, shared),
    };
    if (shootDay !== undefined) sheet.shootDay = shootDay;
    if (eighths.length) sheet.totalPages = eighthsText(eighths.reduce((a, b) => a + b, 0));
    const next = days[n + 1];
    if (next !== undefined) {
      const nextItems = byDay.get(next) ?? [];
      const advance: NonNullable<CallSheet["advance"]> = {
        date: isoDate(next),
        scenes: orderedOf(next).map((i) => scene(model, i)),
      };
      const nextShootDay = shootDayOf(nextItems);
      if (nextShootDay !== undefined) advance.shootDay = nextShootDay;
      sheet.advance = advance;
    }
    return sheet;
  });
}
