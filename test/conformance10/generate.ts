/**
 * Set 10's generator: a seeded production written twice, as the oracle's in-memory description and as an
 * ExcelJS workbook typed the way a coordinator types one: a stripboard (plain range or Excel table, aliases,
 * date cells and text dates, time fractions and text times, night shoots, date-only strips with a Duration,
 * Cancelled/Omitted strips, sometimes a Shoot Day column), Cast/Crew/Equipment with Day Rate or Hourly Rate,
 * Account, Makeup/Prep and Allow Drop, a Rules sheet with OT After/OT Rate/Drop Days, Availability windows of
 * every kind, Locations with addresses and hospitals, a Production key/value table, Materials/Deliveries with
 * Needed For / Needed By, and a Budget table.
 */
import ExcelJS from "exceljs";
import { plainSheet, type CellInput } from "../conformance/helpers";
import { tableSheet } from "../conformance4/table";
import { Rng, dayOf } from "../conformance9/generate";
import {
  DAY,
  costs,
  pagesText,
  type OItem,
  type OMaterial,
  type OProduction,
  type OResource,
  type ORulesRow,
  type OWindow,
  type WindowKind,
} from "./oracle";

const pad2 = (n: number): string => String(n).padStart(2, "0");
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function parts(day: number): { y: number; m: number; d: number; wd: number } {
  const dt = new Date(day * DAY * 60000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate(), wd: dt.getUTCDay() };
}
const us = (day: number): string => {
  const { y, m, d } = parts(day);
  return `${m}/${d}/${y}`;
};
const dateCell = (day: number): Date => new Date(day * DAY * 60000);
const minuteCell = (minute: number): Date => new Date(minute * 60000);

function writeDate(rng: Rng, day: number): CellInput {
  const { y, m, d } = parts(day);
  switch (rng.int(0, 4)) {
    case 0:
      return `${y}-${pad2(m)}-${pad2(d)}`;
    case 1:
      return us(day);
    case 2:
      return `${d} ${MONTHS[m - 1]} ${y}`;
    default:
      return dateCell(day);
  }
}

function writeTime(rng: Rng, tod: number): { value: CellInput; fraction: boolean } {
  const h = Math.floor(tod / 60);
  const mi = tod % 60;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  if (rng.chance(0.4)) return { value: tod / 1440, fraction: true };
  const forms = [`${pad2(h)}:${pad2(mi)}`, `${h12}:${pad2(mi)} ${h < 12 ? "AM" : "PM"}`];
  if (h !== 0) forms.push(`${pad2(h)}${pad2(mi)}`);
  return { value: rng.pick(forms), fraction: false };
}

function writeMoment(rng: Rng, m: { minute: number; dateOnly: boolean }): CellInput {
  if (m.dateOnly) return writeDate(rng, Math.floor(m.minute / DAY));
  if (rng.chance(0.3)) {
    const day = Math.floor(m.minute / DAY);
    return `${us(day)} ${hhmmText(m.minute - day * DAY)}`;
  }
  return minuteCell(m.minute);
}
const hhmmText = (tod: number): string => `${pad2(Math.floor(tod / 60))}:${pad2(tod % 60)}`;

const FIRST = ["Ava", "Ben", "Cleo", "Dev", "Esme", "Finn", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lena", "Milo", "Nia"];
const LAST = ["Abbott", "Brandt", "Castro", "Dunn", "Ellis", "Fox", "Grant", "Hale", "Ibarra", "Jensen", "Kwan"];
const CHARACTERS = ["Sheriff", "Mara", "The Kid", "Doc Hollis", "Agent Lin", "Grandma June", "Boyd", "Nadia", "Eli"];
const CREW: [string, string][] = [
  ["Director of Photography", "Camera"],
  ["Gaffer", "Electric"],
  ["1st AC", "Camera"],
  ["Key Grip", "Grip"],
  ["Best Boy Electric", "Electric"],
  ["Sound Mixer", "Sound"],
  ["Key Makeup", "Hair & Makeup"],
  ["Boom Operator", "Sound"],
  ["Props Master", "Props"],
  ["Key Hair", "Hair & Makeup"],
];
const KITS: [string, "equipment" | "vehicle"][] = [
  ["Camera A Package", "equipment"],
  ["Lighting Kit", "equipment"],
  ["Drone Kit", "equipment"],
  ["Picture Car", "vehicle"],
  ["Grip Truck", "vehicle"],
];
const LOCS = ["Stage 3", "Warehouse", "Pier 9", "Harbor Diner", "Old Mill", "Main Street"];
const SETS = ["INT. DINER", "EXT. PIER", "INT. SHERIFF'S OFFICE", "EXT. ROAD", "INT. MILL", "EXT. MAIN STREET"];
const MATERIALS = ["Rain tower", "Smoke machine", "Breakaway glass", "Period wardrobe", "Hero prop gun", "Generator"];
const VENDORS = ["Acme FX", "Costume House", "Props R Us", "Lot Services"];

export interface Generated {
  production: OProduction;
  workbook: ExcelJS.Workbook;
  summary: string;
}

export function generate(seed: number): Generated {
  const rng = new Rng(seed * 7 + 3);
  const start = dayOf(2026, 3, 2) + rng.int(0, 10) * 7; // a Monday

  // ----- rule sets
  const rules: ORulesRow[] = [];
  const extra = rng.pick(["Local 600", "Day Player", "Local 80"]);
  if (rng.chance(0.6))
    rules.push({
      name: "SAG-AFTRA",
      dropDays: rng.pick([3, 4, 5, undefined]),
      otAfterH: rng.pick([10, undefined]),
      otRate: 1.5,
    });
  if (rng.chance(0.6)) rules.push({ name: "IATSE", otAfterH: rng.pick([10, 12]), otRate: rng.pick([1.5, 2]) });
  if (rng.chance(0.7)) rules.push({ name: extra, otAfterH: 8, otRate: 1.5, dropDays: rng.pick([2, 3, undefined]) });
  for (const r of rules) if (r.otAfterH === undefined) r.otRate = undefined;
  const extraUsed = rules.some((r) => r.name === extra);

  // ----- resources
  let order = 0;
  const names = rng.shuffle(FIRST.flatMap((f) => LAST.map((l) => `${f} ${l}`)));
  let ni = 0;
  const castCount = rng.int(4, 8);
  const chars = rng.sample(CHARACTERS, castCount);
  const cast: OResource[] = chars.map((role, i) => {
    const hourly = rng.chance(0.2);
    return {
      key: String(i + 1),
      name: names[ni++],
      role,
      type: "cast",
      order: order++,
      leadTime: rng.pick([0, 30, 45, 60, 90]),
      allowDrop: rng.chance(0.5),
      ruleSet: rng.chance(0.2) && extraUsed ? extra : rng.chance(0.15) ? "SAG-AFTRA" : undefined,
      dayRate: hourly ? undefined : rng.chance(0.85) ? rng.pick([400, 800, 1200, 2400]) : undefined,
      hourlyRate: hourly ? rng.pick([48, 64, 96]) : undefined,
      account: rng.chance(0.85) ? rng.pick(["1401", "1405"]) : undefined,
      windows: [],
    };
  });
  const crewIds = rng.chance(0.6);
  const crew: OResource[] = rng.sample(CREW, rng.int(4, 8)).map(([role, dept], i) => {
    const name = names[ni++];
    const daily = rng.chance(0.2);
    return {
      key: crewIds ? `C${i + 1}` : name,
      name,
      role,
      dept: rng.chance(0.08) ? undefined : dept, // a crew row with no Dept
      type: "crew",
      order: order++,
      leadTime: rng.pick([0, 0, 30, 60]),
      allowDrop: false,
      ruleSet: rng.chance(0.25) && extraUsed ? extra : undefined,
      dayRate: daily ? rng.pick([320, 480]) : undefined,
      hourlyRate: daily ? undefined : rng.chance(0.9) ? rng.pick([32, 40, 56, 72]) : undefined,
      account: rng.chance(0.8)
        ? dept === "Camera"
          ? "3300"
          : dept === "Electric" || dept === "Grip"
            ? "3400"
            : "3800"
        : undefined,
      windows: [],
    };
  });
  const kits: OResource[] = rng.sample(KITS, rng.int(2, 4)).map(([name, type], i) => ({
    key: `E${i + 1}`,
    name,
    type,
    order: order++,
    leadTime: 0,
    allowDrop: false,
    dayRate: rng.chance(0.8) ? rng.pick([150, 300, 600]) : undefined,
    account: rng.chance(0.85) ? (type === "vehicle" ? "3500" : "3300") : undefined,
    windows: [],
  }));
  const locNames = rng.sample(LOCS, rng.int(3, 5));
  const locations: OResource[] = locNames.slice(0, -1).map((name) => {
    const own = rng.chance(0.4);
    return {
      key: name,
      name,
      type: "location",
      order: order++,
      leadTime: 0,
      allowDrop: false,
      windows: [],
      dayRate: rng.chance(0.3) ? rng.pick([500, 1000]) : undefined,
      account: "3600",
      address: `${rng.int(1, 999)} Ocean Ave`,
      hospital: own ? rng.pick(["St. Mary's", "Bay General"]) : undefined,
      hospitalAddress: own ? `${rng.int(1, 99)} Hospital Rd` : undefined,
    };
  });
  const resources = [...cast, ...crew, ...kits, ...locations];

  // ----- calendar: blocks of shooting with breaks (drops for Allow Drop cast)
  const days: number[] = [];
  let d = start;
  const blocks = rng.int(1, 3);
  for (let b = 0; b < blocks; b++) {
    const len = rng.int(3, 7);
    let k = 0;
    while (k < len) {
      const wd = parts(d).wd;
      if ((wd !== 0 && wd !== 6) || rng.chance(0.15)) {
        days.push(d);
        k++;
      }
      d++;
    }
    d += rng.int(1, 16);
  }

  // ----- strips
  const items: OItem[] = [];
  const leads = cast.slice(0, 2).map((c) => c.key);
  for (const day of days) {
    const night = rng.chance(0.2);
    let t = day * DAY + (night ? rng.int(72, 80) * 15 : rng.int(24, 36) * 15);
    let loc = rng.pick(locNames);
    const core = rng.chance(0.1) ? [] : rng.sample(crew, rng.int(2, crew.length)).map((c) => c.key);
    const n = rng.int(1, 4);
    for (let k = 0; k < n; k++) {
      const move = k > 0 && rng.chance(0.3); // a company move
      const lunch = k > 0 && !move && rng.chance(0.3); // a meal gap (paid: call-to-wrap)
      if (move) {
        loc = rng.pick(locNames);
        t += rng.int(0, 4) * 15;
      } else if (lunch) t += rng.pick([30, 60]);
      if (t >= (day + 1) * DAY - 60) break; // strips start on their Date (a night runs past midnight by its End)
      const len = rng.int(4, 14) * 15;
      const dateOnly = rng.chance(0.12);
      const castHere = [
        ...leads.filter(() => rng.chance(0.6)),
        ...rng.sample(cast.slice(2), rng.int(0, 2)).map((c) => c.key),
      ];
      const it: OItem = {
        id: "",
        order: 0,
        date: day,
        start: dateOnly ? undefined : t,
        end: dateOnly ? undefined : t + len,
        duration: dateOnly ? rng.pick([60, 90, 120, 180]) : undefined,
        scene: String(rng.int(1, 99)) + rng.pick(["", "", "A"]),
        set: rng.pick(SETS),
        ie: rng.pick(["INT", "EXT"]),
        dn: night ? "NIGHT" : rng.pick(["DAY", "DAY", "DUSK"]),
        eighths: rng.int(1, 20),
        location: undefined,
        cast: [...new Set(castHere)].sort((a, b) => Number(a) - Number(b)),
        crew: dateOnly
          ? rng.sample(crew, rng.int(0, 2)).map((c) => c.key)
          : [...core, ...(rng.chance(0.2) ? [rng.pick(crew).key] : [])].filter((c, i, a) => a.indexOf(c) === i),
        gear: rng.sample(kits, rng.int(0, 2)).map((k) => k.key),
        cancelled: false,
      };
      if (!rng.chance(0.05)) {
        it.location = loc;
        if (rng.chance(0.05)) it.locationTyped = loc.toLowerCase();
      }
      if (!dateOnly) t += len;
      items.push(it);
    }
  }
  // strips typed at the bottom of the board (schedule order is not date order), ids, cancellations
  if (rng.chance(0.4)) items.push(items.splice(rng.int(0, items.length - 1), 1)[0]);
  const idStyle = rng.int(0, 2);
  items.forEach((it, i) => {
    it.order = i;
    it.id = idStyle === 0 ? String(i + 1) : idStyle === 1 ? `S${i + 1}` : `${i + 1}A`;
    const others = items.filter((o) => o !== it && o.date === it.date && !o.cancelled);
    if (others.length && rng.chance(0.07)) it.cancelled = true;
  });
  const hasShootDay = rng.chance(0.5);
  const offset = rng.pick([0, 0, 20]);
  const liveDays = [...new Set(items.filter((i) => !i.cancelled).map((i) => i.date))].sort((a, b) => a - b);
  for (const it of items) it.shootDay = offset + liveDays.indexOf(it.date) + 1;

  // ----- availability windows (DOOD kinds at most one per person and date)
  const windowRows: { token: CellInput; from: CellInput; to: CellInput; kind: string }[] = [];
  const taken = new Set<string>();
  const span = [days[0] - 3, days[days.length - 1] + 3];
  for (let k = 0; k < rng.int(6, 16); k++) {
    const r = rng.chance(0.85) ? rng.pick(cast) : rng.pick([...crew, ...kits]);
    const kind: WindowKind = rng.pick([
      "hold",
      "travel",
      "rehearsal",
      "fitting",
      "unavailable",
      "day off",
      "hold",
      "travel",
    ]);
    const first = rng.chance(0.7) ? rng.pick(days) : rng.int(span[0], span[1]);
    const form = rng.int(0, 4);
    let w: OWindow;
    let from: CellInput;
    let to: CellInput;
    if (form === 0) {
      const last = first + rng.int(0, 2);
      w = { from: first * DAY, to: (last + 1) * DAY, kind };
      from = writeDate(rng, first);
      to = writeDate(rng, last);
    } else if (form === 1) {
      w = { from: first * DAY, to: (first + 1) * DAY, kind };
      from = writeDate(rng, first);
      to = null;
    } else if (form === 4) {
      // an overnight window: 20:00 to the next morning (touches two dates)
      w = { from: first * DAY + rng.int(80, 88) * 15, to: (first + 1) * DAY + rng.int(24, 44) * 15, kind };
      from = minuteCell(w.from);
      to = rng.chance(0.5) ? minuteCell(w.to) : `${us(first + 1)} ${hhmmText(w.to - (first + 1) * DAY)}`;
    } else {
      const s = first * DAY + rng.int(28, 60) * 15;
      w = { from: s, to: s + rng.int(2, 12) * 30, kind };
      from = minuteCell(w.from);
      to = minuteCell(w.to);
    }
    const touched: number[] = [];
    for (let x = Math.floor(w.from / DAY); x * DAY < w.to; x++) touched.push(x);
    if (kind !== "unavailable" && kind !== "day off") {
      if (touched.some((x) => taken.has(`${r.key}|${x}`))) continue;
      touched.forEach((x) => taken.add(`${r.key}|${x}`));
    }
    r.windows.push(w);
    const kindCell = kind === "unavailable" && rng.chance(0.4) ? "" : rng.chance(0.3) ? kind.toUpperCase() : kind;
    const token: CellInput = r.type === "cast" ? rng.pick([Number(r.key), r.name, r.role!]) : r.key;
    windowRows.push({ token, from, to, kind: kindCell });
  }

  // ----- materials
  const liveItems = items.filter((i) => !i.cancelled);
  const materials: OMaterial[] = [];
  for (let k = 0; k < rng.int(2, 6); k++) {
    const mode = rng.int(0, 2); // 0 Needed For, 1 Needed By, 2 both
    const forItems = mode === 1 ? [] : rng.sample(items, rng.int(1, 2)).sort((a, b) => a.order - b.order);
    const anchor = forItems.length
      ? (forItems[0].start ?? forItems[0].date * DAY)
      : rng.pick(liveItems).date * DAY + 8 * 60;
    let neededBy: OMaterial["neededBy"];
    if (mode !== 0) {
      const dateOnly = rng.chance(0.5);
      const byDay = Math.floor(anchor / DAY) - rng.int(0, 1);
      neededBy = dateOnly
        ? { minute: byDay * DAY, dateOnly }
        : { minute: byDay * DAY + rng.int(24, 64) * 15, dateOnly };
    }
    const dateOnly = rng.chance(0.35);
    const shift = rng.pick([-2880, -1440, -600, -60, 0, 30, 120, 1440]);
    let delivery = anchor + shift;
    if (dateOnly) delivery = Math.floor(delivery / DAY) * DAY;
    else if (delivery % DAY === 0) delivery += 30;
    // now and then delivered exactly at Needed By (in time: "later than" is strict)
    if (neededBy && rng.chance(0.2)) delivery = neededBy.minute;
    materials.push({
      name: rng.pick(MATERIALS) + (k ? ` #${k + 1}` : ""),
      neededFor: forItems.map((i) => i.id),
      neededBy,
      delivery: { minute: delivery, dateOnly: delivery % DAY === 0 },
      vendor: rng.pick(VENDORS),
    });
  }

  const header = {
    title: rng.pick(["The Long Night", "Harbor Lights", "Mill House"]),
    hospital: rng.chance(0.8) ? "County General" : undefined,
    hospitalAddress: undefined as string | undefined,
  };
  if (header.hospital) header.hospitalAddress = "500 Main St";

  const production: OProduction = { resources, items, materials, rules, budget: [], header, hasShootDay };
  // Budget: around what is planned (over, exactly at, under), plus an account with nothing booked.
  const planned = costs(production).accounts;
  for (const a of planned) {
    if (a.account === "(no account)" || rng.chance(0.15)) continue;
    const f = rng.pick([0.5, 0.9, 1, 1, 1.1, 2]);
    production.budget.push({
      account: a.account,
      amount: Math.round(a.planned * f * 100) / 100,
      description: `Acct ${a.account}`,
    });
  }
  production.budget.push({ account: "6000", amount: 1000, description: "Contingency" });

  return {
    production,
    workbook: write(rng, production, cast, crew, kits, locations, windowRows),
    summary: `${liveDays.length} days, ${items.length} strips, ${cast.length} cast, ${crew.length} crew, ${materials.length} materials`,
  };
}

function write(
  rng: Rng,
  p: OProduction,
  cast: OResource[],
  crew: OResource[],
  kits: OResource[],
  locations: OResource[],
  windowRows: { token: CellInput; from: CellInput; to: CellInput; kind: string }[],
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const byKey = new Map(p.resources.map((r) => [r.key, r]));
  const c = {
    id: rng.pick(["ID", "Item ID", "Strip ID", "Ref"]),
    day: rng.pick(["Shoot Day", "Day", "Shoot Day #"]),
    scene: rng.pick(["Scene", "Sc.", "Scene #"]),
    set: rng.pick(["Set", "Set Name", "Slugline"]),
    ie: rng.pick(["I/E", "INT/EXT"]),
    dn: rng.pick(["D/N", "Day/Night", "Time of Day"]),
    pages: rng.pick(["Pages", "Pgs", "Page Count"]),
    date: rng.pick(["Date", "Shoot Date", "Scheduled Date"]),
    start: rng.pick(["Start", "Call", "Call Time", "Start Time"]),
    end: rng.pick(["End", "Wrap", "Wrap Time", "End Time"]),
    dur: rng.pick(["Duration", "Est. Time", "Hours"]),
    loc: rng.pick(["Location", "Loc", "Shooting Location"]),
    cast: rng.pick(["Cast", "Cast IDs", "Talent"]),
    crew: rng.pick(["Crew", "Crew Members", "Personnel"]),
    gear: rng.pick(["Equipment", "Gear", "Kit"]),
    status: rng.pick(["Status", "State"]),
  };
  const header = [
    c.id,
    ...(p.hasShootDay ? [c.day] : []),
    c.scene,
    c.set,
    c.ie,
    c.dn,
    c.pages,
    c.date,
    c.start,
    c.end,
    c.dur,
    c.loc,
    c.cast,
    c.crew,
    c.gear,
    c.status,
  ];
  const timeCols = new Set<number>();
  const sep = (): string => rng.pick([", ", "; ", ",", "\n", " / "]);
  const rows = [...p.items]
    .sort((a, b) => a.order - b.order)
    .map((it) => {
      const cells: Record<string, CellInput> = {};
      cells[c.id] = /^\d+$/.test(it.id) && rng.chance(0.5) ? Number(it.id) : it.id;
      cells[c.day] = it.shootDay ?? null;
      cells[c.scene] = it.scene;
      cells[c.set] = it.set;
      cells[c.ie] = it.ie;
      cells[c.dn] = it.dn;
      cells[c.pages] = it.eighths % 4 === 0 && rng.chance(0.5) ? it.eighths / 8 : pagesText(it.eighths); // 1.5 pages = 1 4/8
      cells[c.date] = writeDate(rng, it.date);
      if (it.start !== undefined && it.end !== undefined) {
        const s = writeTime(rng, it.start - it.date * DAY);
        const e = writeTime(rng, (it.end - it.date * DAY) % DAY);
        cells[c.start] = s.value;
        cells[c.end] = e.value;
        if (s.fraction) timeCols.add(header.indexOf(c.start));
        if (e.fraction) timeCols.add(header.indexOf(c.end));
      } else cells[c.dur] = it.duration! % 60 === 0 ? it.duration! / 60 : `${it.duration}m`;
      cells[c.loc] = it.location ?? null;
      if (it.location && it.locationTyped) cells[c.loc] = it.locationTyped;
      const castTokens = it.cast.map((k) =>
        rng.chance(0.75) ? k : rng.pick([byKey.get(k)!.name, byKey.get(k)!.role!]),
      );
      cells[c.cast] =
        castTokens.length === 1 && rng.chance(0.5) && /^\d+$/.test(castTokens[0])
          ? Number(castTokens[0])
          : castTokens.join(sep()) || null;
      cells[c.crew] =
        it.crew
          .map((k) => {
            const r = byKey.get(k)!;
            return rng.pick([r.key, r.name, r.role!]);
          })
          .join(sep()) || null;
      cells[c.gear] = it.gear.map((k) => rng.pick([k, byKey.get(k)!.name])).join(sep()) || null;
      cells[c.status] = it.cancelled
        ? rng.pick(["Cancelled", "Canceled", "Omitted", "OMITTED"])
        : rng.pick([null, null, "Scheduled"]);
      return header.map((h) => cells[h] ?? null);
    });
  const sheetName = rng.pick(["Shooting Schedule", "Stripboard", "Schedule"]);
  if (rng.chance(0.5)) tableSheet(wb, sheetName, "tblBoard", header, rows, [...timeCols]);
  else plainSheet(wb, sheetName, header, rows, { timeColumns: [...timeCols] });

  const yes = (): CellInput => rng.pick(["yes", "Yes", "Y", "TRUE"]);
  const no = (): CellInput => rng.pick([null, "no", "No"]);
  const castHeader = [
    rng.pick(["Cast #", "Cast ID", "ID"]),
    rng.pick(["Name", "Actor"]),
    rng.pick(["Character", "Role"]),
    rng.pick(["Union", "Rule Set"]),
    rng.pick(["Makeup", "Lead Time"]),
    rng.pick(["Allow Drop", "Drop OK"]),
    rng.pick(["Day Rate", "Daily Rate"]),
    rng.pick(["Hourly Rate", "Hour Rate"]),
    rng.pick(["Account", "Acct", "Budget Account"]),
  ];
  const castRows = cast.map(
    (r) =>
      [
        rng.chance(0.5) ? Number(r.key) : r.key,
        r.name,
        r.role!,
        r.ruleSet ?? null,
        r.leadTime || null,
        r.allowDrop ? yes() : no(),
        r.dayRate ?? null,
        r.hourlyRate ?? null,
        r.account !== undefined && rng.chance(0.3) ? Number(r.account) : (r.account ?? null),
      ] as CellInput[],
  );
  if (rng.chance(0.5)) tableSheet(wb, "Cast", "Cast", castHeader, castRows);
  else plainSheet(wb, "Cast", castHeader, castRows);

  const crewIds = crew.some((r) => r.key !== r.name);
  plainSheet(
    wb,
    "Crew",
    [
      ...(crewIds ? ["ID"] : []),
      "Name",
      rng.pick(["Position", "Role"]),
      rng.pick(["Dept", "Department"]),
      "Union",
      "Prep",
      rng.pick(["Rate", "Day Rate"]),
      "Hourly Rate",
      rng.pick(["Account", "Acct"]),
    ],
    crew.map(
      (r) =>
        [
          ...(crewIds ? [r.key] : []),
          r.name,
          r.role!,
          r.dept ?? null,
          r.ruleSet ?? null,
          r.leadTime || null,
          r.dayRate ?? null,
          r.hourlyRate ?? null,
          r.account ?? null,
        ] as CellInput[],
    ),
  );
  plainSheet(
    wb,
    "Equipment",
    ["Code", "Item", "Type", rng.pick(["Day Rate", "Daily Rate"]), "Budget Account"],
    kits.map((k) => [k.key, k.name, k.type, k.dayRate ?? null, k.account ?? null] as CellInput[]),
  );
  plainSheet(
    wb,
    "Locations",
    ["Name", "Address", "Nearest Hospital", "Hospital Address", "Day Rate", "Account"],
    locations.map((l) => [
      l.name,
      l.address ?? null,
      l.hospital ?? null,
      l.hospitalAddress ?? null,
      l.dayRate ?? null,
      l.dayRate ? l.account! : null,
    ]),
  );
  const prod: CellInput[][] = [
    ["Title", p.header.title],
    ["Director", "Jo Park"],
  ];
  if (p.header.hospital)
    prod.push(["Nearest Hospital", p.header.hospital], ["Hospital Address", p.header.hospitalAddress!]);
  plainSheet(wb, "Production", ["Field", "Value"], prod);
  if (p.rules.length) {
    plainSheet(
      wb,
      "Rules",
      ["Rule Set", "Min Rest (h)", "OT After (h)", "OT Rate", "Drop Days"],
      p.rules.map((r) => [r.name, null, r.otAfterH ?? null, r.otRate ?? null, r.dropDays ?? null]),
    );
  }
  if (windowRows.length) {
    plainSheet(
      wb,
      "Availability",
      ["Resource", "From", "To", "Kind", "Notes"],
      windowRows.map((w) => [w.token, w.from, w.to, w.kind, null]),
    );
  }
  const deliveryCol = rng.pick(["Delivery", "ETA", "Arrives"]);
  plainSheet(
    wb,
    rng.pick(["Materials", "Deliveries"]),
    ["Item", "Quantity", "Needed For", "Needed By", deliveryCol, "Vendor"],
    p.materials.map((m) => [
      m.name,
      rng.int(1, 4),
      m.neededFor.length ? m.neededFor.join(", ") : null,
      m.neededBy ? writeMoment(rng, m.neededBy) : null,
      writeMoment(rng, m.delivery),
      m.vendor,
    ]),
  );
  plainSheet(
    wb,
    "Budget",
    ["Account", "Description", rng.pick(["Budget", "Amount"])],
    p.budget.map((b) => [
      /^\d+$/.test(b.account) && rng.chance(0.3) ? Number(b.account) : b.account,
      b.description ?? null,
      b.amount,
    ]),
  );
  return wb;
}
