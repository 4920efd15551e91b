/**
 * Set 18: a seeded generator of cell values as coordinators type them, over every form contract §2 lists and
 * their near variants. Each value carries a form label; the oracle (not the generator) decides what it means.
 */
import type { CellValue } from "./oracle";
import { dayOf, isoOf } from "./oracle";

export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0 || 1;
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
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

export interface Gen {
  value: CellValue;
  form: string;
}

const MS_DAY = 86400000;
const EPOCH_SERIAL = 25569;
const MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTH_FULL = [
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
const WD = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const WD_FULL = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const ERRORS = ["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?"];

const pad2 = (n: number): string => String(n).padStart(2, "0");

function formula(result: number | string | Date): CellValue {
  const f = typeof result === "string" ? `T("${result.replace(/"/g, '""')}")` : "0+0";
  return { formula: f, result };
}

function maybeFormula(rng: Rng, v: Gen): Gen {
  if (v.value !== null && (typeof v.value !== "object" || v.value instanceof Date) && rng.chance(0.05)) {
    return { value: formula(v.value as number | string | Date), form: `formula(${v.form})` };
  }
  return v;
}

export function errorValue(rng: Rng): Gen {
  const e = rng.pick(ERRORS);
  return rng.chance(0.5)
    ? { value: { error: e }, form: `error ${e}` }
    : { value: { formula: "VLOOKUP(A1,Z:Z,2,0)", result: { error: e } }, form: `formula error ${e}` };
}

function ymd(day: number): { y: number; m: number; d: number; wd: number } {
  const t = new Date(day * MS_DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), wd: t.getUTCDay() };
}

/** A text date of `day` in one of the forms (no weekday form when `inList`, whose commas would split it). */
export function dateText(rng: Rng, day: number, inList = false): Gen {
  const { y, m, d, wd } = ymd(day);
  const forms: [string, () => string][] = [
    ["iso", () => `${y}-${pad2(m)}-${pad2(d)}`],
    ["us m/d/yyyy", () => `${m}/${d}/${y}`],
    ["us mm/dd/yyyy", () => `${pad2(m)}/${pad2(d)}/${y}`],
    ["us m/d/yy?", () => `${m}/${d}/${String(y).slice(2)}`],
    ["d/m/yyyy with d>12", () => (d > 12 ? `${d}/${m}/${y}` : `${m}/${d}/${y}`)],
    ["d Mon yyyy", () => `${d} ${MONTH_ABBR[m - 1]} ${y}`],
    ["d Month yyyy", () => `${d} ${MONTH_FULL[m - 1]} ${y}`],
    ["d MON yyyy?", () => `${d} ${MONTH_ABBR[m - 1].toUpperCase()} ${y}`],
    ["iso no padding?", () => `${y}-${m}-${d}`],
    ["d.m.yyyy (day first)", () => `${d}.${m}.${y}`],
  ];
  if (!inList) {
    forms.push(
      ["Ddd, Month d, yyyy", () => `${WD[wd]}, ${MONTH_FULL[m - 1]} ${d}, ${y}`],
      ["Dddd, Month d, yyyy?", () => `${WD_FULL[wd]}, ${MONTH_FULL[m - 1]} ${d}, ${y}`],
      ["wrong weekday?", () => `${WD[(wd + 1) % 7]}, ${MONTH_FULL[m - 1]} ${d}, ${y}`],
      ["Ddd, Mon d, yyyy?", () => `${WD[wd]}, ${MONTH_ABBR[m - 1]} ${d}, ${y}`],
    );
  }
  // In lists, mostly the forms the documents fix (so most lists are determined as a whole).
  const pool = inList && rng.chance(0.85) ? forms.filter(([f]) => !f.endsWith("?")) : forms;
  const [form, make] = rng.pick(pool);
  let text = make();
  let label = form;
  if (rng.chance(0.1)) {
    text = ` ${text}  `;
    label += " padded";
  }
  return { value: text, form: label };
}

const BAD_DATES = [
  "2/30/2026",
  "2026-02-30",
  "31 Apr 2026",
  "13/13/2026",
  "TBD",
  "next week",
  "March",
  "Mar 2026x",
  "??",
  "0/5/2026",
];

/** A date cell: serials, Date cells, text forms, bad values and errors. */
export function genDate(rng: Rng, lo: number, hi: number, opts: { inList?: boolean } = {}): Gen {
  const day = rng.int(lo, hi);
  const r = rng.next();
  let g: Gen;
  if (r < 0.15) g = { value: day + EPOCH_SERIAL, form: "serial" };
  else if (r < 0.3) g = { value: new Date(day * MS_DAY), form: "Date cell" };
  else if (r < 0.33) g = { value: new Date(day * MS_DAY + rng.int(1, 1439) * 60000), form: "date-time cell?" };
  else if (r < 0.9) g = dateText(rng, day, opts.inList);
  else if (r < 0.96) g = { value: rng.pick(BAD_DATES), form: "bad text" };
  else return errorValue(rng);
  return maybeFormula(rng, g);
}

export function hhmm(minute: number): string {
  const m = ((minute % 1440) + 1440) % 1440;
  return `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`;
}

function twelve(minute: number): { h: number; mi: number; pm: boolean } {
  const h24 = Math.floor(minute / 60);
  return { h: h24 % 12 === 0 ? 12 : h24 % 12, mi: minute % 60, pm: h24 >= 12 };
}

const BAD_TIMES = ["TBD", "7:75", "noon", "x", "lunch", "7:30 XM", "99:00", "1275", "--", "after lunch"];

/** A time cell (Start or End) on a row whose Date is `rowDay`. */
export function genTime(rng: Rng, rowDay: number): Gen {
  const minute = rng.int(0, 1439);
  const { h, mi, pm } = twelve(minute);
  const ap = pm ? "PM" : "AM";
  const forms: [string, () => CellValue][] = [
    ["fraction", () => minute / 1440],
    ["time-only Date cell", () => new Date(-EPOCH_SERIAL * MS_DAY + minute * 60000)],
    ["date-time cell", () => new Date(rowDay * MS_DAY + Math.max(1, minute) * 60000)],
    ["next-day date-time cell", () => new Date((rowDay + 1) * MS_DAY + minute * 60000)],
    ["HH:MM", () => hhmm(minute)],
    ["H:MM", () => `${Math.floor(minute / 60)}:${pad2(mi)}`],
    ["h:mm AM", () => `${h}:${pad2(mi)} ${ap}`],
    ["h:mm am", () => `${h}:${pad2(mi)} ${ap.toLowerCase()}`],
    ["h:mmAM", () => `${h}:${pad2(mi)}${ap}`],
    ["h AM", () => `${h} ${ap}`],
    ["ha", () => `${h}${pad2(0) === "00" ? "" : ""}${pm ? "p" : "a"}`],
    [" ha ", () => ` ${h}${pm ? "p" : "a"} `],
    ["h A.M.?", () => `${h} ${pm ? "P.M." : "A.M."}`],
    ["h:mm a.m.?", () => `${h}:${pad2(mi)} ${pm ? "p.m." : "a.m."}`],
    ["military", () => String(Math.floor(minute / 60) * 100 + mi)],
    ["military padded", () => pad2(Math.floor(minute / 60)) + pad2(mi)],
    ["military number", () => Math.floor(minute / 60) * 100 + mi],
    ["bare hour text", () => String(rng.int(1, 23))],
    ["bare hour number", () => rng.int(1, 23)],
    ["12 AM/PM", () => rng.pick(["12 AM", "12 PM", "12:30 AM", "12:30 PM", "12a", "12p", "12:00 am", "12:00 pm"])],
    ["0:00/24:00", () => rng.pick(["0:00", "00:00", "24:00"])],
    ["past midnight text", () => `${rng.int(24, 47)}:${pad2(rng.int(0, 59))}`],
    ["past midnight number", () => 1 + rng.int(1, 1439) / 1440],
    ["seconds", () => `${hhmm(minute)}:${pad2(rng.int(0, 59))}`],
    ["decimal text?", () => `${Math.floor(minute / 60)}.${pad2(mi)}`],
    ["bad", () => rng.pick(BAD_TIMES)],
  ];
  if (rng.chance(0.04)) return errorValue(rng);
  const [form, make] = rng.pick(forms);
  return maybeFormula(rng, { value: make(), form });
}

const BAD_DURATIONS = ["TBD", "abc", "-1", "-1.5", "1:75", "x h", "?", "n/a"];

/** A duration cell (minutes intended 15..1200). */
export function genDuration(rng: Rng): Gen {
  const minutes = rng.int(1, 80) * 15;
  const h = Math.floor(minutes / 60);
  const mi = minutes % 60;
  const hours = minutes / 60;
  const forms: [string, () => CellValue][] = [
    ["hours number", () => hours],
    ["hours text", () => String(hours)],
    ["h:mm", () => `${h}:${pad2(mi)}`],
    ["90m", () => `${minutes}m`],
    ["1h30", () => (mi === 0 ? `${h}h` : `${h}h${pad2(mi)}`)],
    ["1h30 unpadded", () => (mi === 0 ? `${h}h` : `${h}h${mi}`)],
    ["1.5h", () => `${hours}h`],
    [" 90m ", () => ` ${minutes}m `],
    ["90 min?", () => `${minutes} min`],
    ["90 mins?", () => `${minutes} mins`],
    ["1h 30m?", () => `${h}h ${mi}m`],
    ["1h30m?", () => `${h}h${mi}m`],
    ["90M?", () => `${minutes}M`],
    ["1.5 hrs?", () => `${hours} hrs`],
    ["2 h?", () => `${hours} h`],
    ["bad", () => rng.pick(BAD_DURATIONS)],
  ];
  if (rng.chance(0.04)) return errorValue(rng);
  const [form, make] = rng.pick(forms);
  return maybeFormula(rng, { value: make(), form });
}

const BAD_PAGES = ["TBD", "x", "-1", "a/8", "pages", "?", "n/a"];

export function genPages(rng: Rng): Gen {
  const e = rng.int(1, 80);
  const whole = Math.floor(e / 8);
  const part = e % 8;
  const text = (): string => (whole === 0 ? `${part}/8` : part === 0 ? `${whole}` : `${whole} ${part}/8`);
  const forms: [string, () => CellValue][] = [
    ["number", () => e / 8],
    ["eighths text", text],
    ["padded eighths", () => `  ${text()} `],
    ["whole text", () => `${Math.max(1, whole)}`],
    ["a/8", () => `${rng.int(1, 7)}/8`],
    ["1 8/8?", () => `${Math.max(1, whole)} 8/8`],
    ["0 4/8?", () => `0 ${rng.int(1, 7)}/8`],
    ["9/8?", () => `${rng.int(8, 20)}/8`],
    ["1 1/2?", () => `${Math.max(1, whole)} 1/2`],
    ["decimal text?", () => `${whole}.5`],
    ["with pgs?", () => `${text()} pgs`],
    ["bad", () => rng.pick(BAD_PAGES)],
  ];
  if (rng.chance(0.04)) return errorValue(rng);
  const [form, make] = rng.pick(forms);
  return maybeFormula(rng, { value: make(), form });
}

export interface CastMember {
  id: number | string;
  name: string;
  role: string;
}

export const CAST: CastMember[] = [
  { id: 1, name: "Ann Lee", role: "Detective" },
  { id: 2, name: "Bo Park", role: "Sergeant" },
  { id: 3, name: "Cy Moss", role: "Mayor" },
  { id: 4, name: "Di Rowe", role: "Nurse" },
  { id: 5, name: "Ed Fox", role: "Janitor" },
  { id: 7, name: "Flo Kim", role: "Doctor" },
  { id: 12, name: "Gus Ng", role: "Pilot" },
  { id: "C20", name: "Hal Wu", role: "Driver" },
  { id: "C21", name: "Ivy Ott", role: "Teacher" },
  // Collisions that exercise §3's order (ID, then Name, then Role):
  { id: "Nurse", name: "Jo Bell", role: "Medic" }, // "Nurse" is this ID and Di Rowe's Role: the ID wins
  { id: 13, name: "12", role: "Boy" }, // "12" is Gus Ng's ID and this Name: the ID wins
  { id: "C22", name: "Kai Poe", role: "Ann Lee" }, // "Ann Lee" is Ann's Name and this Role: the Name wins
];

const SEPARATORS = [", ", ",", "; ", ";", " / ", "/", "\n", "\r\n", " ,  ", ";\n"];

function joinTokens(rng: Rng, tokens: string[]): { text: string; seps: string } {
  let text = "";
  const used: string[] = [];
  tokens.forEach((t, i) => {
    if (i > 0) {
      const s = rng.pick(SEPARATORS);
      used.push(JSON.stringify(s));
      text += s;
      if (rng.chance(0.08)) {
        const s2 = rng.pick([",", ";", " , "]);
        text += s2; // an empty token
        used.push("empty");
      }
    }
    text += rng.chance(0.1) ? `  ${t} ` : t;
  });
  if (rng.chance(0.05)) {
    text += ", ";
    used.push("trailing");
  }
  return { text, seps: used.join(" ") };
}

/** A Cast cell: IDs (text, or a number alone), names in any case, roles, unknown names, ranges. */
export function genCast(rng: Rng): Gen {
  if (rng.chance(0.04)) return errorValue(rng);
  if (rng.chance(0.08)) {
    const c = rng.pick(CAST.filter((x) => typeof x.id === "number"));
    return { value: c.id as number, form: "single number ID" };
  }
  const n = rng.int(1, 4);
  const tokens: string[] = [];
  const kinds: string[] = [];
  for (let i = 0; i < n; i++) {
    const c = rng.pick(CAST);
    const r = rng.next();
    if (r < 0.35) {
      tokens.push(String(c.id));
      kinds.push("id");
    } else if (r < 0.55) {
      tokens.push(c.name);
      kinds.push("name");
    } else if (r < 0.65) {
      tokens.push(rng.chance(0.5) ? c.name.toLowerCase() : c.name.toUpperCase());
      kinds.push("name-case");
    } else if (r < 0.75) {
      tokens.push(c.role);
      kinds.push("role");
    } else if (r < 0.82) {
      tokens.push(typeof c.id === "string" ? c.id.toLowerCase() : String(c.id));
      kinds.push("id-case");
    } else if (r < 0.9) {
      tokens.push(`${rng.int(1, 3)}-${rng.int(4, 7)}`);
      kinds.push("range");
    } else {
      tokens.push(rng.pick(["Zed", "Extra #4", "Stand-in", "TBD"]));
      kinds.push("unknown");
    }
  }
  const { text, seps } = joinTokens(rng, tokens);
  return maybeFormula(rng, { value: text, form: `list[${kinds.join(",")}] seps[${seps}]` });
}

export const PREDS: (string | number)[] = ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", 101, 102, 103, 104];

export function genDepends(rng: Rng): Gen {
  if (rng.chance(0.04)) return errorValue(rng);
  if (rng.chance(0.08)) return { value: rng.pick([101, 102, 103, 104]), form: "single number ID" };
  const n = rng.int(1, 4);
  const tokens: string[] = [];
  const kinds: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = rng.pick(PREDS);
    const r = rng.next();
    if (r < 0.75) {
      tokens.push(String(p));
      kinds.push("id");
    } else if (r < 0.85) {
      tokens.push(String(p).toLowerCase());
      kinds.push("id-case");
    } else {
      tokens.push(rng.pick(["P99", "Q1", "999", "X"]));
      kinds.push("unknown");
    }
  }
  const { text, seps } = joinTokens(rng, tokens);
  return maybeFormula(rng, { value: text, form: `list[${kinds.join(",")}] seps[${seps}]` });
}

const DATE_SEPARATORS = [", ", ",", "; ", ";", "\n", "\r\n", " ;\n"];

/** An Unavailable cell: dates and `a..b` ranges (in the window lo..hi), separated by , ; or line breaks. */
export function genDateList(rng: Rng, lo: number, hi: number): Gen {
  const r = rng.next();
  if (r < 0.04) return errorValue(rng);
  if (r < 0.1) return { value: rng.int(lo, hi) + EPOCH_SERIAL, form: "single serial" };
  if (r < 0.16) return { value: new Date(rng.int(lo, hi) * MS_DAY), form: "single Date cell" };
  const n = rng.int(1, 4);
  const parts: string[] = [];
  const kinds: string[] = [];
  for (let i = 0; i < n; i++) {
    const q = rng.next();
    if (q < 0.25) {
      const a = rng.int(lo - 2, hi);
      const b = a + rng.int(0, 5);
      const ta = dateText(rng, a, true).value as string;
      const tb = dateText(rng, b, true).value as string;
      const spaced = rng.chance(0.05);
      parts.push(spaced ? `${ta.trim()} .. ${tb.trim()}` : `${ta.trim()}..${tb.trim()}`);
      kinds.push(spaced ? "range spaced?" : "range");
    } else if (q < 0.93) {
      const g = dateText(rng, rng.int(lo, hi), true);
      parts.push(g.value as string);
      kinds.push(g.form);
    } else {
      parts.push(rng.pick(BAD_DATES.filter((b) => !b.includes("/"))));
      kinds.push("bad");
    }
  }
  let text = "";
  parts.forEach((p, i) => {
    if (i > 0) text += rng.pick(DATE_SEPARATORS);
    text += p;
  });
  if (rng.chance(0.05)) text += ";";
  if (rng.chance(0.03)) {
    const d = ymd(rng.int(lo, hi));
    text = `${WD[d.wd]}, ${MONTH_FULL[d.m - 1]} ${d.d}, ${d.y}`;
    kinds.splice(0, kinds.length, "weekday form in a list?");
  }
  return maybeFormula(rng, { value: text, form: `dates[${kinds.join("|")}]` });
}

export function genLead(rng: Rng): Gen {
  if (rng.chance(0.04)) return errorValue(rng);
  const minutes = rng.int(1, 40) * 15;
  const h = Math.floor(minutes / 60);
  const mi = minutes % 60;
  const forms: [string, () => CellValue][] = [
    ["minutes number", () => minutes],
    ["minutes text", () => String(minutes)],
    ["90m", () => `${minutes}m`],
    ["1h30", () => (mi === 0 ? `${h}h` : `${h}h${pad2(mi)}`)],
    ["1.5h", () => `${minutes / 60}h`],
    ["1:30?", () => `${h}:${pad2(mi)}`],
    ["90 min?", () => `${minutes} min`],
    ["excel time fraction?", () => minutes / 1440],
    ["over a week", () => rng.int(7 * 1440 + 1, 20000)],
    ["bad", () => rng.pick(["TBD", "none", "x", "?"])],
  ];
  const [form, make] = rng.pick(forms);
  return maybeFormula(rng, { value: make(), form });
}

export function genPriority(rng: Rng): Gen {
  if (rng.chance(0.04)) return errorValue(rng);
  const forms: [string, () => CellValue][] = [
    ["number", () => rng.int(1, 5)],
    ["number text", () => String(rng.int(1, 5))],
    ["word", () => rng.pick(["Critical", "Urgent", "High", "Medium", "Normal", "Low"])],
    ["padded word", () => ` ${rng.pick(["High", "Low", "Critical"])} `],
    ["word case?", () => rng.pick(["high", "LOW", "critical", "URGENT", "normal"])],
    ["zero/fraction?", () => rng.pick([0, 1.5, -1])],
    ["P1?", () => rng.pick(["P1", "#1", "1st"])],
    ["bad", () => rng.pick(["ASAP", "whenever", "zz", "?"])],
  ];
  const [form, make] = rng.pick(forms);
  return maybeFormula(rng, { value: make(), form });
}

export const WINDOW_LO = dayOf(2026, 3, 1)!;
export const WINDOW_HI = dayOf(2026, 3, 31)!;
export { isoOf };

/** An Availability From/To: half date-time cells (minute precision), half any date form. */
export function genWindowEnd(rng: Rng, lo: number, hi: number): Gen {
  if (rng.chance(0.5)) {
    const d = rng.int(lo, hi);
    const m = rng.int(1, 1439);
    return maybeFormula(rng, { value: new Date(d * MS_DAY + m * 60000), form: "date-time cell" });
  }
  return genDate(rng, lo, hi);
}
