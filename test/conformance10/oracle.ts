/**
 * Set 10's oracle: an independent, deliberately plain implementation of the contract's REPORTS
 * (workbook-contract.md §7 DOOD, §8 call sheets, the cost side of §5 `budget-overrun`, and §5 `material-late`)
 * on a small in-memory description of a production. Written from the contract (and the choices already
 * documented in docs/conformance.md) only; it shares nothing with the engine. Plain loops: obviously right, not fast.
 *
 * Time is counted in minutes of local wall clock from 1970-01-01 00:00; a date is a day number (minutes / 1440).
 */

export const DAY = 1440;

export type RType = "cast" | "crew" | "equipment" | "vehicle" | "location" | "other";
export type WindowKind = "unavailable" | "day off" | "hold" | "travel" | "rehearsal" | "fitting";

export interface OWindow {
  /** Half-open [from, to) in minutes. */
  from: number;
  to: number;
  kind: WindowKind;
}

export interface OResource {
  /** The ID, or the name where the resource has no ID (the report's `resource`). */
  key: string;
  name: string;
  role?: string;
  dept?: string;
  type: RType;
  /** Table order (cast table first, then crew, equipment, locations). */
  order: number;
  ruleSet?: string;
  leadTime: number;
  allowDrop: boolean;
  dayRate?: number;
  hourlyRate?: number;
  account?: string;
  windows: OWindow[];
  /** Locations only. */
  address?: string;
  hospital?: string;
  hospitalAddress?: string;
}

export interface OItem {
  id: string;
  /** Schedule order. */
  order: number;
  date: number;
  /** Minutes; both absent for a date-only item. */
  start?: number;
  end?: number;
  /** Minutes of a date-only item's Duration (paid to hourly people). */
  duration?: number;
  shootDay?: number;
  scene: string;
  set: string;
  ie: string;
  dn: string;
  /** Pages in eighths. */
  eighths: number;
  location?: string;
  /** The Location cell when typed in another case than the location's name (the same place to a coordinator). */
  locationTyped?: string;
  cast: string[];
  crew: string[];
  gear: string[];
  cancelled: boolean;
}

export interface OMoment {
  minute: number;
  dateOnly: boolean;
}

export interface OMaterial {
  name: string;
  neededFor: string[];
  neededBy?: OMoment;
  delivery: OMoment;
  vendor: string;
}

export interface ORulesRow {
  name: string;
  otAfterH?: number;
  otRate?: number;
  dropDays?: number;
}

export interface OProduction {
  resources: OResource[];
  items: OItem[];
  materials: OMaterial[];
  rules: ORulesRow[];
  budget: { account: string; amount: number; description?: string }[];
  header: { title: string; hospital?: string; hospitalAddress?: string };
  /** Whether the schedule has a Shoot Day column. */
  hasShootDay: boolean;
}

export function isoDate(day: number): string {
  return new Date(day * DAY * 60000).toISOString().slice(0, 10);
}

export function hhmm(minute: number): string {
  const tod = ((minute % DAY) + DAY) % DAY;
  return `${String(Math.floor(tod / 60)).padStart(2, "0")}:${String(tod % 60).padStart(2, "0")}`;
}

export function pagesText(eighths: number): string {
  const whole = Math.floor(eighths / 8);
  const rest = eighths % 8;
  if (rest === 0) return String(whole);
  return whole ? `${whole} ${rest}/8` : `${rest}/8`;
}

const timed = (i: OItem): boolean => i.start !== undefined && i.end !== undefined;
const bySchedule = (a: OItem, b: OItem): number => a.order - b.order;

// ------------------------------------------------------------------ rule sets (§4)

interface RuleSet {
  otAfter?: number; // hours
  otRate?: number;
  dropDays: number;
}

export function ruleSets(rows: ORulesRow[]): Map<string, RuleSet> {
  const sets = new Map<string, RuleSet>([
    ["sag-aftra", { dropDays: 10 }],
    ["iatse", { dropDays: 10 }],
    ["non-union", { dropDays: 10 }],
  ]);
  for (const row of rows) {
    const key = row.name.toLowerCase();
    const set: RuleSet = { ...(sets.get(key) ?? { dropDays: 10 }) };
    if (row.otAfterH !== undefined) set.otAfter = row.otAfterH;
    if (row.otRate !== undefined) set.otRate = row.otRate;
    if (row.dropDays !== undefined) set.dropDays = row.dropDays;
    sets.set(key, set);
  }
  return sets;
}

function setOf(r: OResource, sets: Map<string, RuleSet>): RuleSet | undefined {
  const name = r.ruleSet ?? (r.type === "cast" ? "SAG-AFTRA" : r.type === "crew" ? "IATSE" : undefined);
  return name ? sets.get(name.toLowerCase()) : undefined;
}

// ------------------------------------------------------------------ helpers

export function live(p: OProduction): OItem[] {
  return p.items.filter((i) => !i.cancelled).sort(bySchedule);
}

export function shootDays(p: OProduction): number[] {
  return [...new Set(live(p).map((i) => i.date))].sort((a, b) => a - b);
}

function itemsOf(p: OProduction, key: string): OItem[] {
  const r = p.resources.find((x) => x.key === key);
  const here = (i: OItem): boolean =>
    r?.type === "location" && i.location !== undefined && i.location.toLowerCase() === r.name.toLowerCase();
  return live(p).filter((i) => i.cast.includes(key) || i.crew.includes(key) || i.gear.includes(key) || here(i));
}

function workDates(p: OProduction, key: string): number[] {
  return [...new Set(itemsOf(p, key).map((i) => i.date))].sort((a, b) => a - b);
}

/** The window code on a date (every date a window touches), if any. */
function windowCode(r: OResource, day: number): string | undefined {
  const codes: Record<string, string> = { travel: "T", rehearsal: "R", fitting: "F", hold: "H" };
  for (const w of r.windows) {
    const code = codes[w.kind];
    if (!code) continue;
    if (w.from < (day + 1) * DAY && w.to > day * DAY) return code;
  }
  return undefined;
}

// ------------------------------------------------------------------ §7 DOOD

export interface ODoodRow {
  resource: string;
  codes: string[];
  work: number;
  hold: number;
  travel: number;
  start?: string;
  finish?: string;
}

export function dood(p: OProduction): { days: string[]; rows: ODoodRow[] } {
  const days = shootDays(p);
  const sets = ruleSets(p.rules);
  const rows: ODoodRow[] = [];
  const cast = p.resources.filter((r) => r.type === "cast").sort((a, b) => a.order - b.order);
  for (const r of cast) {
    const work = workDates(p, r.key);
    const dropDays = setOf(r, sets)?.dropDays ?? 10;
    const drops = new Set<number>(); // work dates followed by a drop
    const pickups = new Set<number>(); // work dates after a drop
    if (r.allowDrop) {
      for (let k = 0; k + 1 < work.length; k++) {
        const gap = work[k + 1] - work[k] - 1; // calendar days strictly between
        if (gap > dropDays) {
          drops.add(work[k]);
          pickups.add(work[k + 1]);
        }
      }
    }
    const first = work[0];
    const last = work[work.length - 1];
    const codes = days.map((d) => {
      if (work.includes(d)) {
        if (work.length === 1) return "SWF";
        const head = d === first ? "S" : pickups.has(d) ? "P" : "";
        const tail = d === last ? "F" : drops.has(d) ? "D" : "";
        return `${head}W${tail}`;
      }
      const w = windowCode(r, d);
      if (w) return w;
      if (work.length && d > first && d < last) {
        // dropped if it lies inside a drop gap
        const before = Math.max(...work.filter((x) => x < d));
        if (drops.has(before)) return "";
        return "H";
      }
      return "";
    });
    rows.push({
      resource: r.key,
      codes,
      work: codes.filter((c) => c.includes("W")).length,
      hold: codes.filter((c) => c === "H").length,
      travel: codes.filter((c) => c === "T").length,
      start: work.length ? isoDate(first) : undefined,
      finish: work.length ? isoDate(last) : undefined,
    });
  }
  return { days: days.map(isoDate), rows };
}

// ------------------------------------------------------------------ §8 call sheets

export interface OScene {
  item: string;
  scene: string;
  set: string;
  ie: string;
  dn: string;
  pages: string;
  location?: string;
  cast: string[];
  start?: string;
  end?: string;
}

export interface OCallSheet {
  date: string;
  sheet: string;
  shootDay?: number;
  dayNumber: number;
  dayCount: number;
  items: string[];
  cast: { resource: string; status: string; call: string | null }[];
  crew: { resource: string; department?: string; call: string | null }[];
  crewCall: string | null;
  scenes: OScene[];
  totalPages: string;
  locations: { name: string; address?: string; nearestHospital?: string; hospitalAddress?: string }[];
  equipment: string[];
  deliveries: { item: string; delivery: string; neededFor: string[]; vendor: string }[];
  advance?: { date: string; shootDay?: number; scenes: string[] };
}

/** Shooting order: timed items by Start (then schedule order), date-only items after them in schedule order. */
function shootingOrder(a: OItem, b: OItem): number {
  return (a.start ?? Infinity) - (b.start ?? Infinity) || a.order - b.order;
}

function callOf(day: OItem[], key: string, lead: number): string | null {
  const mine = day.filter((i) => timed(i) && (i.cast.includes(key) || i.crew.includes(key)));
  if (!mine.length) return null;
  return hhmm(Math.min(...mine.map((i) => i.start!)) - lead);
}

function scene(i: OItem): OScene {
  const s: OScene = {
    item: i.id,
    scene: i.scene,
    set: i.set,
    ie: i.ie,
    dn: i.dn,
    pages: pagesText(i.eighths),
    location: i.locationTyped ?? i.location, // the scene line shows the cell as typed
    cast: i.cast,
  };
  if (timed(i)) {
    s.start = hhmm(i.start!);
    s.end = hhmm(i.end!);
  }
  return s;
}

export function callSheets(p: OProduction): OCallSheet[] {
  const days = shootDays(p);
  const doodRows = dood(p).rows;
  const res = new Map(p.resources.map((r) => [r.key, r]));
  const byOrder = (a: string, b: string): number => res.get(a)!.order - res.get(b)!.order;
  return days.map((d, n) => {
    const day = live(p).filter((i) => i.date === d);
    const ordered = [...day].sort(shootingOrder);
    const castKeys = [...new Set(day.flatMap((i) => i.cast))].sort(byOrder);
    const crewKeys = [...new Set(day.flatMap((i) => i.crew))].sort(byOrder);
    // crew grouped by department in the crew table's first-appearance order, table order inside a department;
    // crew with no Department come last (an unnamed group is not a department a coordinator would place first)
    const deptOrder = [
      ...new Set(
        p.resources
          .filter((r) => r.type === "crew" && r.dept)
          .sort((a, b) => a.order - b.order)
          .map((r) => r.dept!),
      ),
      "",
    ];
    crewKeys.sort(
      (a, b) => deptOrder.indexOf(res.get(a)!.dept ?? "") - deptOrder.indexOf(res.get(b)!.dept ?? "") || byOrder(a, b),
    );
    const crew = crewKeys.map((k) => ({
      resource: k,
      department: res.get(k)!.dept,
      call: callOf(day, k, res.get(k)!.leadTime),
    }));
    // the general call is the unit call: the day's earliest Start, whoever its strip lists (a Lead Time is a
    // pre-call on the person's own row; until session 20 it was the earliest Start a crew member works)
    const starts = day.filter(timed).map((i) => i.start!);
    const crewCall = starts.length ? hhmm(Math.min(...starts)) : null;
    // one entry per place (names compare case-insensitively): the location resource's name, else the cell's
    // text where it first appears in shooting order
    const seen = new Set<string>();
    const locTyped: string[] = [];
    for (const i of ordered) {
      const typed = i.locationTyped ?? i.location;
      if (!typed || seen.has(typed.toLowerCase())) continue;
      seen.add(typed.toLowerCase());
      locTyped.push(typed);
    }
    const locations = locTyped.map((typed) => {
      const r = p.resources.find((x) => x.type === "location" && x.name.toLowerCase() === typed.toLowerCase());
      const own = r?.hospital !== undefined;
      return {
        name: r ? r.name : typed,
        address: r?.address,
        nearestHospital: own ? r!.hospital : p.header.hospital,
        hospitalAddress: own ? r!.hospitalAddress : p.header.hospitalAddress,
      };
    });
    const gearKeys = [...new Set(day.flatMap((i) => i.gear))].sort(byOrder);
    const deliveries = p.materials
      .filter((m) => Math.floor(m.delivery.minute / DAY) === d)
      .map((m, ix) => ({ m, ix }))
      .sort((a, b) => a.m.delivery.minute - b.m.delivery.minute || a.ix - b.ix)
      .map(({ m }) => ({
        item: m.name,
        delivery: m.delivery.dateOnly ? "all day" : hhmm(m.delivery.minute),
        neededFor: m.neededFor,
        vendor: m.vendor,
      }));
    const next = days[n + 1];
    const sheet: OCallSheet = {
      date: isoDate(d),
      sheet: p.hasShootDay ? `Call Sheet Day ${day[0].shootDay}` : `Call Sheet ${isoDate(d)}`,
      shootDay: p.hasShootDay ? day[0].shootDay : undefined,
      dayNumber: n + 1,
      dayCount: days.length,
      items: day.map((i) => i.id),
      cast: castKeys.map((k) => ({
        resource: k,
        status: doodRows.find((r) => r.resource === k)!.codes[n],
        call: callOf(day, k, res.get(k)!.leadTime),
      })),
      crew,
      crewCall,
      scenes: ordered.map(scene),
      totalPages: pagesText(day.reduce((s, i) => s + i.eighths, 0)),
      locations,
      equipment: gearKeys,
      deliveries,
    };
    if (next !== undefined) {
      const nd = live(p)
        .filter((i) => i.date === next)
        .sort(shootingOrder);
      sheet.advance = {
        date: isoDate(next),
        shootDay: p.hasShootDay ? nd[0].shootDay : undefined,
        scenes: nd.map((i) => i.id),
      };
    }
    return sheet;
  });
}

// ------------------------------------------------------------------ costs (§5 budget-overrun's cost)

export interface OCostLine {
  date: number;
  resource: string;
  account: string;
  amount: number;
}

export const NO_ACCOUNT = "(no account)";

export function costLines(p: OProduction): OCostLine[] {
  const sets = ruleSets(p.rules);
  const out: OCostLine[] = [];
  for (const r of p.resources) {
    if (r.dayRate === undefined && r.hourlyRate === undefined) continue;
    const mine = itemsOf(p, r.key);
    for (const d of workDates(p, r.key)) {
      const day = mine.filter((i) => i.date === d);
      let amount: number;
      if (r.dayRate !== undefined) amount = r.dayRate;
      else {
        const t = day.filter(timed);
        let minutes = 0;
        if (t.length) minutes += Math.max(...t.map((i) => i.end!)) - (Math.min(...t.map((i) => i.start!)) - r.leadTime);
        for (const i of day) if (!timed(i)) minutes += i.duration ?? 0;
        const hours = minutes / 60;
        const set = setOf(r, sets);
        if (set?.otAfter !== undefined && set.otRate !== undefined && hours > set.otAfter) {
          amount = r.hourlyRate! * set.otAfter + r.hourlyRate! * set.otRate * (hours - set.otAfter);
        } else amount = r.hourlyRate! * hours;
      }
      out.push({ date: d, resource: r.key, account: r.account ?? NO_ACCOUNT, amount });
    }
  }
  return out;
}

export function costs(p: OProduction): {
  days: { date: string; planned: number }[];
  accounts: { account: string; budget?: number; planned: number }[];
} {
  const lines = costLines(p);
  const dates = [...new Set(lines.map((l) => l.date))].sort((a, b) => a - b);
  const days = dates.map((d) => ({
    date: isoDate(d),
    planned: lines.filter((l) => l.date === d).reduce((s, l) => s + l.amount, 0),
  }));
  const names = [...new Set([...p.budget.map((b) => b.account), ...lines.map((l) => l.account)])];
  const accounts = names.map((a) => ({
    account: a,
    budget: p.budget.find((b) => b.account === a)?.amount,
    planned: lines.filter((l) => l.account === a).reduce((s, l) => s + l.amount, 0),
  }));
  return { days, accounts };
}

// ------------------------------------------------------------------ §5 material-late and budget-overrun

export interface Finding {
  type: string;
  severity: "error" | "warning";
  resource?: string;
  items: string[];
  date?: string;
  magnitude?: number;
}

export function findings(p: OProduction): Finding[] {
  const out: Finding[] = [];
  const items = live(p);
  for (const m of p.materials) {
    const mine = items.filter((i) => m.neededFor.includes(i.id));
    const startOf = (i: OItem): number => (timed(i) ? i.start! : i.date * DAY);
    const lateForItem = mine.some((i) => m.delivery.minute > startOf(i));
    const lateForBy = m.neededBy !== undefined && m.delivery.minute > m.neededBy.minute;
    if (!lateForItem && !lateForBy) continue;
    const first = [...mine].sort((a, b) => startOf(a) - startOf(b) || a.order - b.order)[0];
    out.push({
      type: "material-late",
      severity: "error",
      items: mine.map((i) => i.id),
      date: first ? isoDate(first.date) : isoDate(Math.floor(m.neededBy!.minute / DAY)),
    });
  }
  for (const a of costs(p).accounts) {
    if (a.budget !== undefined && a.planned > a.budget + 1e-9) {
      out.push({
        type: "budget-overrun",
        severity: "warning",
        resource: a.account,
        items: [],
        magnitude: Math.round((a.planned - a.budget) * 100) / 100,
      });
    }
  }
  return out;
}
