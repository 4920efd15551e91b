/**
 * Set 9's generator: a seeded, realistic production (cast by number, crew by role, kits, locations with a Travel
 * table, day and night shoots, date-only strips, cancelled strips, work orders with Depends On and Deadlines,
 * rule sets, availability) produced twice: as the oracle's in-memory description and as an ExcelJS workbook
 * typed the way a coordinator types one, with header aliases and value forms the contract accepts (§2, §3).
 */
import ExcelJS from "exceljs";
import { plainSheet, type CellInput } from "../conformance/helpers";
import { tableSheet } from "../conformance4/table";
import {
  DAY,
  type OItem,
  type OProduction,
  type OResource,
  type ORulesRow,
  type OTravelRow,
  type OWindow,
  type RType,
} from "./oracle";

// ---------------------------------------------------------------- random

export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = (seed * 2654435761) >>> 0 || 1;
  }
  next(): number {
    // mulberry32
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  shuffle<T>(xs: T[]): T[] {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }
  sample<T>(xs: readonly T[], n: number): T[] {
    return this.shuffle([...xs]).slice(0, Math.min(n, xs.length));
  }
}

// ---------------------------------------------------------------- value forms (contract §2)

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS_LONG = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

function dayParts(day: number): { y: number; m: number; d: number; wd: number } {
  const dt = new Date(day * DAY * 60000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate(), wd: dt.getUTCDay() };
}

export function dayOf(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86400000;
}

/** A date-time typed as text: an accepted date form, a space, an accepted time form (`3/3/2026 14:00`). */
function dateTimeText(rng: Rng, minute: number): string {
  const day = Math.floor(minute / DAY);
  const tod = minute - day * DAY;
  const h = Math.floor(tod / 60);
  const mi = tod % 60;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  const time = rng.chance(0.5) ? `${pad2(h)}:${pad2(mi)}` : `${h12}:${pad2(mi)} ${h < 12 ? "AM" : "PM"}`;
  return `${writeUs(day)} ${time}`;
}

/** A date-time cell, or now and then the same moment as text. */
function dateTime(rng: Rng, minute: number, textRate: number): CellInput {
  return rng.chance(textRate) ? dateTimeText(rng, minute) : minuteCell(minute);
}

function dateCell(day: number): Date {
  return new Date(day * DAY * 60000);
}

function minuteCell(minute: number): Date {
  return new Date(minute * 60000);
}

/** A date typed as a date cell or as one of the accepted text forms. */
function writeDate(rng: Rng, day: number, textOk = true, inList = false): CellInput {
  const { y, m, d, wd } = dayParts(day);
  if (!textOk) return dateCell(day);
  // In a list cell (Unavailable) a comma separates dates, so `Mon, March 2, 2026` cannot be used there.
  switch (rng.int(0, 6)) {
    case 3:
      if (inList) return `${m}/${d}/${y}`;
      return `${WEEKDAYS[wd]}, ${MONTHS_LONG[m - 1]} ${d}, ${y}`;
    case 0:
      return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    case 1:
      return `${m}/${d}/${y}`;
    case 2:
      return `${d} ${MONTHS[m - 1]} ${y}`;
    default:
      return dateCell(day);
  }
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** A time of day (minutes after midnight) typed as a fraction or text; `timeFraction` columns are h:mm. */
function writeTime(rng: Rng, tod: number): { value: CellInput; fraction: boolean } {
  const h = Math.floor(tod / 60);
  const mi = tod % 60;
  const ampmOk = true; // `12:30 PM` is half past noon, `12:30 AM` half past midnight (the 12-hour clock)
  const forms: (() => CellInput)[] = [() => `${pad2(h)}:${pad2(mi)}`, () => `${h}:${pad2(mi)}`];
  const h12 = h % 12 === 0 ? 12 : h % 12;
  if (ampmOk) forms.push(() => `${h12}:${pad2(mi)} ${h < 12 ? "AM" : "PM"}`);
  if (mi === 0 && h !== 0 && h !== 12) forms.push(() => `${h12}${h < 12 ? "a" : "p"}`);
  if (h !== 0) forms.push(() => `${pad2(h)}${pad2(mi)}`);
  if (rng.chance(0.4)) return { value: tod / 1440, fraction: true };
  return { value: rng.pick(forms)(), fraction: false };
}

/** A duration in minutes typed as hours or as `1:30`, `90m`, `1h30`, `1.5h`. */
function writeDuration(rng: Rng, minutes: number): CellInput {
  const h = Math.floor(minutes / 60);
  const mi = minutes % 60;
  const forms: (() => CellInput)[] = [
    () => `${h}:${pad2(mi)}`,
    () => `${minutes}m`,
    () => (mi ? `${h}h${pad2(mi)}` : `${h}h`),
  ];
  if ((minutes * 4) % 60 === 0) {
    forms.push(() => minutes / 60);
    forms.push(() => `${minutes / 60}h`);
  }
  return rng.pick(forms)();
}

// ---------------------------------------------------------------- the production

const FIRST = [
  "Ava",
  "Ben",
  "Cleo",
  "Dev",
  "Esme",
  "Finn",
  "Gus",
  "Hana",
  "Ivo",
  "Jun",
  "Kai",
  "Lena",
  "Milo",
  "Nia",
  "Omar",
  "Pia",
  "Quinn",
  "Rosa",
  "Sami",
  "Tess",
  "Uma",
  "Vik",
  "Wren",
  "Xavi",
  "Yara",
  "Zed",
];
const LAST = [
  "Abbott",
  "Brandt",
  "Castro",
  "Dunn",
  "Ellis",
  "Fox",
  "Grant",
  "Hale",
  "Ibarra",
  "Jensen",
  "Kwan",
  "Lowe",
  "Moreno",
  "Nash",
  "Okafor",
  "Price",
  "Quade",
  "Reyes",
  "Stone",
  "Tran",
  "Ueda",
  "Vance",
  "Walsh",
  "Young",
];
const CHARACTERS = [
  "Sheriff",
  "Mara",
  "The Kid",
  "Doc Hollis",
  "Agent Lin",
  "Grandma June",
  "Boyd",
  "Officer Ray",
  "Nadia",
  "Tomas",
  "The Stranger",
  "Lucy",
  "Captain Vos",
  "Eli",
];
const CREW_ROLES: [string, string][] = [
  ["Director", "Directing"],
  ["1st AD", "AD"],
  ["Director of Photography", "Camera"],
  ["1st AC", "Camera"],
  ["Gaffer", "Electric"],
  ["Key Grip", "Grip"],
  ["Sound Mixer", "Sound"],
  ["Boom Operator", "Sound"],
  ["Script Supervisor", "Script"],
  ["Location Manager", "Locations"],
  ["Key Makeup", "Hair & Makeup"],
  ["Key Hair", "Hair & Makeup"],
  ["Props Master", "Props"],
  ["Transport Captain", "Transport"],
];
const SECOND_UNIT_ROLES: [string, string][] = [
  ["2nd Unit Director", "Directing"],
  ["2nd Unit DP", "Camera"],
  ["Stunt Coordinator", "Stunts"],
];
const LOCATIONS = [
  "Stage 3",
  "Warehouse",
  "Pier 9",
  "Main Street",
  "Harbor Diner",
  "Ridge Road",
  "Old Mill",
  "Motel 6B",
];
const KITS: [string, RType][] = [
  ["Camera A Package", "equipment"],
  ["Camera B Package", "equipment"],
  ["Lighting Kit", "equipment"],
  ["Drone Kit", "equipment"],
  ["Techno Crane", "equipment"],
  ["Picture Car", "vehicle"],
  ["Grip Truck", "vehicle"],
];

interface GResource extends OResource {
  id?: string;
  name: string;
  role?: string;
  dept?: string;
  /** What the schedule cells may call it (ID, Name, Role). */
  tokens: string[];
}

interface GItem extends OItem {
  sheet: "main" | "second" | "prep";
  cast: string[];
  crew: string[];
  gear: string[];
  /** Work orders: the Resources column. */
  assigned: string[];
  scene?: string;
  description: string;
  /** Deadline typed as a date only (oracle value already at the end of that day). */
  deadlineDateOnly?: boolean;
  status: string;
  /** A strip typed with a Duration instead of End. */
  useDuration: boolean;
}

export interface Generated {
  production: OProduction;
  workbook: ExcelJS.Workbook;
  /** A one-line description of what the seed made (for test names). */
  summary: string;
}

export function generate(seed: number): Generated {
  const rng = new Rng(seed);
  const first = dayOf(2026, 3, 2) + rng.int(0, 20) * 7; // a Monday

  // ----- people and things
  const castCount = rng.int(6, 11);
  const names = rng.shuffle(FIRST.flatMap((f) => LAST.map((l) => `${f} ${l}`))).slice(0, 40);
  let nameIx = 0;
  const characters = rng.sample(CHARACTERS, castCount);
  const rules: ORulesRow[] = [];
  const hasRules = rng.chance(0.6);
  const extraSet = rng.pick(["Local 600", "Day Player", "Local 80"]);
  if (hasRules) {
    if (rng.chance(0.6))
      rules.push({
        name: "SAG-AFTRA",
        minRestH: rng.pick([11, 12, undefined]),
        maxConsecutive: rng.pick([5, undefined]),
        travelBufferMin: rng.pick([45, undefined]),
      });
    if (rng.chance(0.6))
      rules.push({ name: "IATSE", maxDayH: rng.pick([12, 13, undefined]), travelBufferMin: rng.pick([20, undefined]) });
    rules.push({
      name: extraSet,
      minRestH: rng.pick([9, 10, 11, 10.5]),
      maxDayH: rng.pick([12, 15]),
      maxConsecutive: rng.pick([5, 6, 7]),
      travelBufferMin: rng.pick([15, 40]),
    });
    if (rng.chance(0.4)) rules.push({ name: "Non-union", minRestH: 8, travelBufferMin: 10 });
  }
  const setChoices = hasRules ? ["Non-union", extraSet] : ["Non-union"];

  const cast: GResource[] = [];
  for (let i = 0; i < castCount; i++) {
    const name = names[nameIx++];
    const r: GResource = {
      key: String(i + 1),
      id: String(i + 1),
      name,
      role: characters[i],
      type: "cast",
      capacity: 1,
      leadTime: rng.pick([0, 0, 30, 45, 60, 90]),
      unavailable: [],
      windows: [],
      tokens: [String(i + 1)],
    };
    const setRoll = rng.next();
    if (setRoll < 0.2) r.ruleSet = rng.pick(setChoices);
    else if (setRoll < 0.36) r.ruleSet = "SAG-AFTRA"; // restated explicitly
    cast.push(r);
  }

  const crewIds = rng.chance(0.6);
  const crewRoles = rng.sample(CREW_ROLES, rng.int(7, 11));
  const hasSecond = rng.chance(0.6);
  const roles2 = hasSecond ? rng.sample(SECOND_UNIT_ROLES, rng.int(1, 3)) : [];
  const crew: GResource[] = [...crewRoles, ...roles2].map(([role, dept], i) => {
    const name = names[nameIx++];
    const id = crewIds ? `C${i + 1}` : undefined;
    const r: GResource = {
      key: id ?? name,
      id,
      name,
      role,
      dept,
      type: "crew",
      capacity: 1,
      leadTime: rng.pick([0, 0, 0, 30, 60]),
      unavailable: [],
      windows: [],
      tokens: [role, name, name.toLowerCase(), name.toUpperCase(), ...(id ? [id] : [])],
    };
    if (rng.chance(0.2)) r.ruleSet = rng.pick(setChoices);
    return r;
  });

  const kits: GResource[] = rng.sample(KITS, rng.int(3, 5)).map(([name, type], i) => ({
    key: `E${i + 1}`,
    id: `E${i + 1}`,
    name,
    type,
    capacity: rng.chance(0.35) ? 2 : 1,
    leadTime: 0,
    unavailable: [],
    windows: [],
    tokens: [`E${i + 1}`, name],
  }));

  const locNames = rng.sample(LOCATIONS, rng.int(4, 6));
  const locIds = rng.chance(0.5);
  // The last location is not in the Locations table (a street, a public place): it names no resource.
  const locations: GResource[] = locNames.slice(0, -1).map((name, i) => ({
    key: locIds ? `L${i + 1}` : name,
    id: locIds ? `L${i + 1}` : undefined,
    name,
    type: "location",
    capacity: rng.chance(0.3) ? 2 : 1,
    leadTime: 0,
    unavailable: [],
    windows: [],
    tokens: [name],
  }));
  const locationKey = (name: string): string | undefined => locations.find((l) => l.name === name)?.key;

  const travel: OTravelRow[] = [];
  for (let a = 0; a < locNames.length; a++) {
    for (let b = a + 1; b < locNames.length; b++) {
      if (!rng.chance(0.45)) continue;
      travel.push({ from: locNames[a], to: locNames[b], minutes: rng.pick([20, 30, 40, 45, 60]) });
      if (rng.chance(0.25)) travel.push({ from: locNames[b], to: locNames[a], minutes: rng.pick([15, 25, 50]) });
    }
  }

  // ----- the calendar: 10-40 shoot days, mostly five-day weeks, some six- and seven-day runs
  const shootDays: number[] = [];
  const target = rng.int(10, 40);
  const weekendRate = rng.pick([0.1, 0.3, 0.6]);
  let day = first;
  while (shootDays.length < target) {
    const wd = dayParts(day).wd;
    const weekend = wd === 0 || wd === 6;
    if (!weekend || rng.chance(weekendRate)) shootDays.push(day);
    day++;
  }
  const maxStrips = 180;
  const perDayMain = Math.max(2, Math.min(4, Math.floor((maxStrips * 0.7) / target)));

  const items: GItem[] = [];
  const mainCrew = crew.filter((c) => !roles2.some(([r]) => r === c.role));
  const secondCrew = crew.filter((c) => roles2.some(([r]) => r === c.role));
  const castWeights = cast.flatMap((c, i) => Array<GResource>(i < 3 ? 4 : i < 6 ? 2 : 1).fill(c));

  function strip(
    sheet: GItem["sheet"],
    date: number,
    start: number | undefined,
    end: number | undefined,
    loc: string,
  ): GItem {
    if (start !== undefined && end !== undefined && start % DAY === 0 && start !== date * DAY) {
      start += 15; // a date-time cell at exactly midnight would read as a date only
      end += 15;
    }
    const it: GItem = {
      id: "",
      order: 0,
      date,
      start,
      end,
      resources: [],
      location: loc || undefined,
      cancelled: false,
      dependsOn: [],
      sheet,
      cast: [],
      crew: [],
      gear: [],
      assigned: [],
      scene: String(rng.int(1, 120)) + rng.pick(["", "", "A", "B"]),
      description: rng.pick([
        "Chase",
        "Confrontation",
        "Arrival",
        "Dinner",
        "Phone call",
        "Stakeout",
        "Escape",
        "Reunion",
      ]),
      status: rng.pick(["", "", "", "Scheduled", "Confirmed"]),
      useDuration: false,
    };
    items.push(it);
    return it;
  }

  // main unit
  let night = false;
  for (const d of shootDays) {
    if (rng.chance(night ? 0.6 : 0.15)) night = !night;
    let t = d * DAY + (night ? rng.int(68, 80) * 15 : rng.int(24, 32) * 15);
    let loc = rng.pick(locNames);
    const n = rng.int(2, perDayMain + 1);
    const core = rng.sample(mainCrew, rng.int(3, Math.min(6, mainCrew.length)));
    const camera = kits[0];
    for (let k = 0; k < n; k++) {
      if (k > 0) {
        const move = rng.chance(0.3);
        const lunch = rng.chance(0.3);
        if (move) {
          loc = rng.pick(locNames);
          t += rng.int(0, 5) * 15; // company move
        } else if (lunch) t += rng.pick([30, 60]);
      }
      const len = rng.int(4, 16) * 15;
      let it: GItem;
      if (rng.chance(0.08)) {
        it = strip("main", d, undefined, undefined, loc); // date-only strip (plates, inserts)
      } else {
        it = strip("main", d, t, t + len, loc);
        t = it.end!;
      }
      it.cast = rng
        .sample(castWeights, rng.int(1, 3))
        .filter((c, i, a) => a.indexOf(c) === i)
        .map((c) => c.key);
      it.crew = [...core, ...(rng.chance(0.3) ? rng.sample(mainCrew, 1) : [])]
        .filter((c, i, a) => a.indexOf(c) === i)
        .map((c) => c.key);
      it.gear = [camera.key, ...(rng.chance(0.35) ? [rng.pick(kits).key] : [])].filter((c, i, a) => a.indexOf(c) === i);
      it.useDuration = it.start !== undefined && rng.chance(0.12);
    }
    if (rng.chance(0.12)) t += rng.int(2, 4) * 60; // a very long day
  }

  // second unit: some shoot days, sharing cast doubles, crew and kits
  if (hasSecond) {
    for (const d of shootDays) {
      if (!rng.chance(0.35) || items.length > maxStrips - 20) continue;
      let t = d * DAY + rng.int(24, 80) * 15;
      const n = rng.int(1, 3);
      for (let k = 0; k < n; k++) {
        const loc = rng.pick(locNames);
        t += rng.int(0, 4) * 15;
        const len = rng.int(4, 14) * 15;
        const it = rng.chance(0.08)
          ? strip("second", d, undefined, undefined, loc)
          : strip("second", d, t, t + len, loc);
        if (it.end !== undefined) t = it.end;
        it.cast = rng.chance(0.5) ? [rng.pick(cast).key] : [];
        it.crew = [...secondCrew.map((c) => c.key), ...(rng.chance(0.3) ? [rng.pick(mainCrew).key] : [])].filter(
          (c, i, a) => a.indexOf(c) === i,
        );
        it.gear = [rng.pick(kits).key];
        it.useDuration = it.start !== undefined && rng.chance(0.12);
      }
    }
  }

  // work orders: prep before the first day and on shoot days
  const hasPrep = rng.chance(0.7);
  const prepItems: GItem[] = [];
  if (hasPrep) {
    const n = rng.int(5, 16);
    for (let k = 0; k < n; k++) {
      const d = rng.chance(0.4) ? first - rng.int(1, 5) : rng.pick(shootDays);
      const s = d * DAY + rng.int(24, 72) * 15;
      const len = rng.int(2, 24) * 15;
      // some work orders name no location (office tasks): no travel check for them
      const loc = rng.chance(0.15) ? "" : rng.pick(locNames);
      const it = rng.chance(0.15) ? strip("prep", d, undefined, undefined, loc) : strip("prep", d, s, s + len, loc);
      it.scene = undefined;
      it.description = rng.pick([
        "Rig lights",
        "Build set",
        "Prelight",
        "Camera test",
        "Load truck",
        "Wardrobe fitting",
        "Scout",
        "Strike set",
      ]);
      it.assigned = [...rng.sample(crew, rng.int(1, 2)), ...(rng.chance(0.5) ? [rng.pick(kits)] : [])].map(
        (c) => c.key,
      );
      // now and then the work order's own location also typed in Assigned To: still one booking of it
      const own = locations.find((l) => l.name === loc);
      if (own && rng.chance(0.15)) it.assigned.push(own.key);
      prepItems.push(it);
    }
  }

  // order, ids, cancellations
  const sheetRank = { main: 0, second: 1, prep: 2 };
  items.sort((a, b) => sheetRank[a.sheet] - sheetRank[b.sheet] || a.date - b.date || (a.start ?? 0) - (b.start ?? 0));
  // a couple of strips added at the bottom of the main board
  const main = items.filter((i) => i.sheet === "main");
  for (let k = 0; k < rng.int(0, 2); k++) {
    const moved = rng.pick(main);
    items.splice(items.indexOf(moved), 1);
    const lastMain = items.filter((i) => i.sheet === "main").length;
    items.splice(lastMain, 0, moved);
  }
  let n1 = 0;
  let n2 = 0;
  let n3 = 0;
  const idStyle = rng.int(0, 2);
  // Some 2nd-unit boards have no ID column: their items are `row:N` (N = the Excel row, under a header in row 1).
  const secondNoId = rng.chance(0.35);
  items.forEach((it, i) => {
    it.order = i;
    if (it.sheet === "main") it.id = idStyle === 0 ? String(++n1) : idStyle === 1 ? `S${++n1}` : `${++n1}A`;
    else if (it.sheet === "second") it.id = secondNoId ? `row:${++n2 + 1}` : `2U-${++n2}`;
    else it.id = `WO-${++n3}`;
    if (rng.chance(0.05)) {
      it.cancelled = true;
      it.status = rng.pick(["Cancelled", "Canceled", "Omitted", "CANCELED", "omitted"]);
    }
  });

  // dependencies and deadlines
  for (const it of items) {
    const isPrep = it.sheet === "prep";
    if (rng.chance(isPrep ? 0.5 : 0.06)) {
      const others = items.filter(
        (o) =>
          o !== it &&
          !o.id.startsWith("row:") &&
          (isPrep ? true : o.sheet !== "main" || Math.abs(o.date - it.date) <= 3),
      );
      const pool = isPrep ? others.filter((o) => o.sheet === "prep" || rng.chance(0.1)) : others;
      const preds = rng.sample(pool.length ? pool : others, rng.int(1, 2));
      // no cycles: only point at items that do not (transitively) depend on this one
      it.dependsOn = preds.filter((p) => !dependsTransitively(items, p, it.id)).map((p) => p.id);
    }
    if (rng.chance(isPrep ? 0.6 : 0.05)) {
      if (rng.chance(0.4)) {
        const dd = it.date + rng.int(-1, 1);
        it.deadline = (dd + 1) * DAY;
        it.deadlineDateOnly = true;
      } else {
        const end = it.end ?? (it.date + 1) * DAY;
        it.deadline = end + rng.int(-8, 8) * 30;
        if (it.deadline % DAY === 0) it.deadline += 30; // a date-time cell at midnight would read as a date only
      }
    }
  }
  for (const it of items) {
    const loc = it.location ? locationKey(it.location) : undefined;
    it.resources = [...it.cast, ...it.crew, ...it.gear, ...it.assigned, ...(loc ? [loc] : [])];
    it.resources = it.resources.filter((r, i, a) => a.indexOf(r) === i);
  }

  // availability of people and things
  const all = [...cast, ...crew, ...kits, ...locations];
  const last = Math.max(...shootDays);
  for (const c of cast) {
    if (rng.chance(0.25)) c.availableFrom = first + rng.int(0, 6);
    if (rng.chance(0.25)) c.availableTo = last - rng.int(0, 6);
    if (rng.chance(0.3)) {
      const d = rng.pick(shootDays);
      c.unavailable.push(d);
      if (rng.chance(0.4)) {
        const e = d + rng.int(1, 2);
        c.unavailable.push(...range(d + 1, e));
        (c as GResource & { ranges?: [number, number][] }).ranges = [[d, e]];
      }
    }
  }
  for (const c of crew) if (rng.chance(0.15)) c.unavailable.push(rng.pick(shootDays));
  const windows: { res: GResource; token: string; w: OWindow; fromForm: CellInput; toForm: CellInput }[] = [];
  for (let k = 0; k < rng.int(2, 7); k++) {
    const res = rng.pick(all);
    const kind = rng.pick(["unavailable", "unavailable", "day off", "hold", "travel", "fitting", "rehearsal"] as const);
    const d = rng.pick(shootDays);
    let w: OWindow;
    let fromForm: CellInput;
    let toForm: CellInput;
    const form = rng.int(0, 5);
    if (form <= 1) {
      const e = d + rng.int(0, 2);
      w = { from: d * DAY, to: (e + 1) * DAY, kind };
      fromForm = writeDate(rng, d);
      toForm = writeDate(rng, e);
    } else if (form === 2) {
      // a date-time From with a date-only To: until the end of the To day
      const s = d * DAY + rng.int(24, 84) * 15;
      const e = d + rng.int(0, 1);
      w = { from: s, to: (e + 1) * DAY, kind };
      fromForm = minuteCell(s);
      toForm = writeDate(rng, e);
    } else if (form === 3) {
      // a date-only From and no To: that one day
      w = { from: d * DAY, to: (d + 1) * DAY, kind };
      fromForm = writeDate(rng, d);
      toForm = null;
    } else {
      const s = d * DAY + rng.int(24, 84) * 15;
      let e = s + rng.int(2, 16) * 30;
      if (e % DAY === 0) e += 30;
      w = { from: s, to: e, kind };
      fromForm = minuteCell(s);
      toForm = minuteCell(e);
    }
    res.windows.push(w);
    windows.push({
      res,
      token: res.type === "cast" ? rng.pick([res.id!, res.name]) : rng.pick(res.tokens.slice(0, 2)),
      w,
      fromForm,
      toForm,
    });
  }

  const production: OProduction = { resources: all, items, rules, travel };

  // ---------------------------------------------------------------- the workbook
  const wb = new ExcelJS.Workbook();
  writeSchedule(
    rng,
    wb,
    items.filter((i) => i.sheet === "main"),
    "main",
    cast,
    crew,
    [...kits, ...locations],
  );
  if (items.some((i) => i.sheet === "second"))
    writeSchedule(
      rng,
      wb,
      items.filter((i) => i.sheet === "second"),
      "second",
      cast,
      crew,
      [...kits, ...locations],
    );
  if (prepItems.length)
    writeSchedule(
      rng,
      wb,
      items.filter((i) => i.sheet === "prep"),
      "prep",
      cast,
      crew,
      [...kits, ...locations],
    );
  writeCast(rng, wb, cast);
  writeCrew(rng, wb, crew, crewIds);
  writeKits(rng, wb, kits);
  writeLocations(rng, wb, locations, locIds);
  if (travel.length) {
    plainSheet(
      wb,
      rng.pick(["Travel", "Travel Times"]),
      ["From", "To", rng.pick(["Minutes", "minutes"])],
      travel.map((t) => [t.from, t.to, t.minutes]),
    );
  }
  if (rules.length) {
    plainSheet(
      wb,
      "Rules",
      ["Rule Set", "Min Rest (h)", "Max Day (h)", "Max Consecutive Days", "Travel Buffer (min)"],
      rules.map((r) => [
        r.name,
        r.minRestH ?? null,
        r.maxDayH ?? null,
        r.maxConsecutive ?? null,
        r.travelBufferMin ?? null,
      ]),
    );
  }
  if (windows.length) {
    const kindCell = (k: OWindow["kind"]): string =>
      k === "unavailable" && rng.chance(0.5) ? "" : k === "day off" ? rng.pick(["day off", "Day Off"]) : k;
    plainSheet(
      wb,
      "Availability",
      ["Resource", "From", "To", "Kind", "Notes"],
      windows.map((x) => [x.token, x.fromForm, x.toForm, kindCell(x.w.kind), ""]),
    );
  }

  const counts = (t: GItem["sheet"]): number => items.filter((i) => i.sheet === t).length;
  const summary = `${shootDays.length} days, ${counts("main")} main + ${counts("second")} 2nd-unit strips, ${counts("prep")} work orders, ${cast.length} cast, ${crew.length} crew`;
  return { production, workbook: wb, summary };
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let d = a; d <= b; d++) out.push(d);
  return out;
}

function dependsTransitively(items: GItem[], from: GItem, target: string, seen = new Set<string>()): boolean {
  if (from.id === target) return true;
  if (seen.has(from.id)) return false;
  seen.add(from.id);
  return from.dependsOn.some((p) => {
    const next = items.find((i) => i.id === p);
    return next ? dependsTransitively(items, next, target, seen) : false;
  });
}

// ---------------------------------------------------------------- sheets

function token(rng: Rng, res: GResource, castStyle: "number" | "mixed"): string | number {
  if (res.type === "cast") {
    if (castStyle === "number" || rng.chance(0.7)) return res.id!;
    return rng.pick([res.name, res.role!, res.name.toLowerCase()]);
  }
  return rng.pick(res.tokens);
}

function listCell(rng: Rng, tokens: (string | number)[]): CellInput {
  if (tokens.length === 0) return null;
  if (tokens.length === 1 && typeof tokens[0] === "string" && /^\d+$/.test(tokens[0]) && rng.chance(0.6))
    return Number(tokens[0]);
  const sep = rng.pick([", ", "; ", ",", "\n", " / "]);
  return tokens.join(sep);
}

function writeSchedule(
  rng: Rng,
  wb: ExcelJS.Workbook,
  items: GItem[],
  kind: GItem["sheet"],
  cast: GResource[],
  crew: GResource[],
  kits: GResource[],
): void {
  const all = [...cast, ...crew, ...kits];
  const byKey = (k: string): GResource => all.find((r) => r.key === k)!;
  const castStyle = rng.chance(0.5) ? "number" : "mixed";
  const cols = {
    id:
      kind === "prep"
        ? rng.pick(["WO", "Work Order", "Task ID"])
        : kind === "second"
          ? rng.pick(["Strip ID", "Ref", "Item ID"])
          : rng.pick(["ID", "Item ID", "Strip ID", "Ref"]),
    date: kind === "prep" ? "Work Date" : rng.pick(["Date", "Shoot Date", "Scheduled Date", "Day Date"]),
    start:
      kind === "second"
        ? rng.pick(["From", "Call", "Start Time"])
        : kind === "prep"
          ? rng.pick(["Start Time", "Start", "Begin"])
          : rng.pick(["Start", "Call", "Call Time", "Start Time"]),
    end:
      kind === "second"
        ? rng.pick(["To", "Wrap", "End Time"])
        : kind === "prep"
          ? rng.pick(["End Time", "End", "Finish"])
          : rng.pick(["End", "Wrap", "Wrap Time", "End Time", "Finish"]),
    duration: rng.pick(["Duration", "Est. Time", "Length", "Est Duration"]),
    scene: rng.pick(["Scene", "Sc.", "Scene #", "Sc"]),
    pages: rng.pick(["Pages", "Pgs", "Page Count"]),
    desc: kind === "prep" ? "Task" : rng.pick(["Description", "Synopsis", "Scene Description"]),
    loc: rng.pick(["Location", "Loc", "Shooting Location", "Site"]),
    cast: rng.pick(["Cast", "Cast IDs", "Cast Members", "Talent"]),
    crew: rng.pick(["Crew", "Crew Members", "Staff", "Personnel"]),
    gear: rng.pick(["Equipment", "Gear", "Kit", "Equipment Needed"]),
    res: rng.pick(["Resources", "Assigned", "Assigned To"]),
    deps: rng.pick(["Depends On", "Predecessors", "After", "Dependencies"]),
    due: rng.pick(["Deadline", "Due", "Due Date"]),
    status: rng.pick(["Status", "State"]),
  };
  const header: string[] =
    kind === "prep"
      ? [cols.id, cols.desc, cols.date, cols.start, cols.end, cols.loc, cols.res, cols.deps, cols.due, cols.status]
      : [
          ...(items.some((i) => i.id.startsWith("row:")) ? [] : [cols.id]),
          cols.scene,
          cols.desc,
          cols.date,
          cols.start,
          cols.end,
          cols.duration,
          cols.pages,
          cols.loc,
          cols.cast,
          cols.crew,
          cols.gear,
          cols.deps,
          cols.due,
          cols.status,
        ];
  const timeCols = new Set<number>();
  const rows: CellInput[][] = [];
  const dateTimeCells = kind === "prep" || rng.chance(0.2);
  for (const it of items) {
    const cells: Record<string, CellInput> = {};
    cells[cols.id] = /^\d+$/.test(it.id) && rng.chance(0.5) ? Number(it.id) : it.id;
    cells[cols.date] = writeDate(rng, it.date);
    if (it.start !== undefined && it.end !== undefined) {
      const afterMidnight = it.start >= (it.date + 1) * DAY;
      if (dateTimeCells || afterMidnight) {
        cells[cols.start] = dateTime(rng, it.start, kind === "prep" ? 0.25 : 0);
        if (it.useDuration && kind !== "prep" && !afterMidnight)
          cells[cols.duration] = writeDuration(rng, it.end - it.start);
        else if (it.end % DAY === 0)
          cells[cols.end] = "00:00"; // a midnight date-time cell would read as a date only
        else cells[cols.end] = dateTime(rng, it.end, kind === "prep" ? 0.25 : 0);
      } else {
        const s = writeTime(rng, it.start - it.date * DAY);
        cells[cols.start] = s.value;
        if (s.fraction) timeCols.add(header.indexOf(cols.start));
        if (it.useDuration) cells[cols.duration] = writeDuration(rng, it.end - it.start);
        else {
          const e = writeTime(rng, (it.end - it.date * DAY) % DAY);
          cells[cols.end] = e.value;
          if (e.fraction) timeCols.add(header.indexOf(cols.end));
        }
      }
    }
    // now and then the location typed in another case (the same place to a coordinator)
    cells[cols.loc] = it.location && rng.chance(0.05) ? it.location.toLowerCase() : (it.location ?? null);
    if (kind === "prep") {
      cells[cols.desc] = it.description;
      cells[cols.res] = listCell(
        rng,
        it.assigned.map((k) => token(rng, byKey(k), castStyle)),
      );
    } else {
      cells[cols.scene] = it.scene ?? null;
      cells[cols.pages] = rng.pick<CellInput>(["1 4/8", "3/8", "2", 1, "6/8", "2 1/8"]);
      cells[cols.desc] = it.description;
      cells[cols.cast] = listCell(
        rng,
        it.cast.map((k) => token(rng, byKey(k), castStyle)),
      );
      const crewTokens = it.crew.map((k) => token(rng, byKey(k), castStyle));
      // now and then one crew member named twice in the cell (by Role and by Name): still one booking
      if (it.crew.length && rng.chance(0.03)) {
        const twice = byKey(it.crew[0]);
        crewTokens.push(twice.tokens.find((t) => t !== crewTokens[0]) ?? twice.name);
      }
      cells[cols.crew] = listCell(rng, crewTokens);
      cells[cols.gear] = listCell(
        rng,
        it.gear.map((k) => token(rng, byKey(k), castStyle)),
      );
    }
    cells[cols.deps] = it.dependsOn.length ? it.dependsOn.join(rng.pick([", ", "; ", ",", "/", "\n"])) : null;
    if (it.deadline !== undefined) {
      cells[cols.due] = it.deadlineDateOnly ? writeDate(rng, it.deadline / DAY - 1) : dateTime(rng, it.deadline, 0.25);
    }
    cells[cols.status] = it.status || null;
    rows.push(header.map((h) => cells[h] ?? null));
  }
  const sheetName =
    kind === "main"
      ? rng.pick(["Shooting Schedule", "Stripboard", "One-Liner", "Schedule"])
      : kind === "second"
        ? "2nd Unit"
        : "Prep Plan";
  // A time-fraction column must hold only fractions or text; mark the column as h:mm where any cell is a fraction.
  if (rng.chance(0.5)) {
    tableSheet(
      wb,
      sheetName,
      kind === "main" ? "tblMain" : kind === "second" ? "tbl2ndUnit" : "tblPrep",
      header,
      rows,
      [...timeCols],
    );
  } else {
    plainSheet(wb, sheetName, header, rows, { timeColumns: [...timeCols] });
  }
}

function writeCast(rng: Rng, wb: ExcelJS.Workbook, cast: GResource[]): void {
  const h = {
    id: rng.pick(["Cast #", "Cast ID", "ID"]),
    name: rng.pick(["Name", "Actor", "Full Name"]),
    role: rng.pick(["Character", "Role"]),
    set: rng.pick(["Union", "Rule Set", "Contract", "Agreement"]),
    lead: rng.pick(["Makeup", "Lead Time", "Prep"]),
    from: rng.pick(["Start Date", "Available From"]),
    to: rng.pick(["Until", "Available To", "End Date"]),
    off: rng.pick(["Days Off", "Unavailable", "Blackout Dates", "Not Available"]),
  };
  const rows = cast.map((c) => {
    const ranges = (c as GResource & { ranges?: [number, number][] }).ranges;
    let off: CellInput = null;
    if (c.unavailable.length) {
      if (ranges)
        off = rng.chance(0.5)
          ? `${writeUs(ranges[0][0])}..${writeUs(ranges[0][1])}`
          : `${writeIso(ranges[0][0])}..${writeIso(ranges[0][1])}`;
      else off = writeDate(rng, c.unavailable[0], true, true);
    }
    return [
      rng.chance(0.5) ? Number(c.id) : c.id!,
      c.name,
      c.role!,
      c.ruleSet !== undefined && rng.chance(0.2) ? c.ruleSet.toLowerCase() : (c.ruleSet ?? null),
      c.leadTime || (rng.chance(0.5) ? 0 : null),
      c.availableFrom !== undefined ? writeDate(rng, c.availableFrom) : null,
      c.availableTo !== undefined ? writeDate(rng, c.availableTo) : null,
      off,
    ] as CellInput[];
  });
  const header = [h.id, h.name, h.role, h.set, h.lead, h.from, h.to, h.off];
  if (rng.chance(0.5)) tableSheet(wb, "Cast", "Cast", header, rows);
  else plainSheet(wb, "Cast", header, rows);
}

function writeIso(day: number): string {
  const { y, m, d } = dayParts(day);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

function writeUs(day: number): string {
  const { y, m, d } = dayParts(day);
  return `${m}/${d}/${y}`;
}

function writeCrew(rng: Rng, wb: ExcelJS.Workbook, crew: GResource[], withIds: boolean): void {
  const header = [
    ...(withIds ? [rng.pick(["ID", "Code", "Resource ID"])] : []),
    rng.pick(["Name", "Person", "Full Name"]),
    rng.pick(["Position", "Role", "Title"]),
    rng.pick(["Dept", "Department"]),
    rng.pick(["Union", "Rule Set", "Agreement"]),
    rng.pick(["Prep", "Lead Time"]),
    rng.pick(["Days Off", "Unavailable"]),
  ];
  const rows = crew.map(
    (c) =>
      [
        ...(withIds ? [c.id!] : []),
        c.name,
        c.role!,
        c.dept!,
        c.ruleSet !== undefined && rng.chance(0.2) ? c.ruleSet.toUpperCase() : (c.ruleSet ?? null),
        c.leadTime || null,
        c.unavailable.length
          ? c.unavailable
              .map((d) => writeDate(rng, d, true))
              .map(String)
              .join(rng.pick([", ", "; ", "\n"]))
          : null,
      ] as CellInput[],
  );
  // A Days Off cell holding a Date object would be stringified above; keep text dates only.
  rows.forEach((r, i) => {
    const c = crew[i];
    if (c.unavailable.length) r[r.length - 1] = c.unavailable.map((d) => writeUs(d)).join(", ");
  });
  plainSheet(wb, "Crew", header, rows);
}

function writeKits(rng: Rng, wb: ExcelJS.Workbook, kits: GResource[]): void {
  const header = [
    rng.pick(["Code", "ID"]),
    rng.pick(["Item", "Name"]),
    rng.pick(["Type", "Category"]),
    rng.pick(["Qty", "Capacity", "Units"]),
  ];
  const rows = kits.map(
    (k) =>
      [
        k.id!,
        k.name,
        k.type === "vehicle" ? "vehicle" : rng.pick(["equipment", "Equipment", ""]),
        k.capacity === 1 && rng.chance(0.4) ? null : k.capacity,
      ] as CellInput[],
  );
  plainSheet(wb, "Equipment", header, rows);
}

function writeLocations(rng: Rng, wb: ExcelJS.Workbook, locations: GResource[], withIds: boolean): void {
  const header = [...(withIds ? ["ID"] : []), "Name", rng.pick(["Capacity", "Qty"]), "Address"];
  const rows = locations.map(
    (l) =>
      [
        ...(withIds ? [l.id!] : []),
        l.name,
        l.capacity === 1 && rng.chance(0.5) ? null : l.capacity,
        `${rng.int(1, 999)} Ocean Ave`,
      ] as CellInput[],
  );
  plainSheet(wb, "Locations", header, rows);
}
