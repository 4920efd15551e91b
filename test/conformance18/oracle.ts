/**
 * Set 18: an independent reader of workbook-contract §2 cell values, written from the contract text and the
 * choices recorded in docs/workbook-format.md (never from src/core/parse). Every reader maps a cell value the
 * way ExcelJS stores it to what the contract says it means, or to "issue" (a data issue at that cell), or to
 * "either" (a form neither document fixes: skipped in the comparison, but counted).
 */

/** A cell value as ExcelJS stores it. */
export type CellValue =
  | null
  | number
  | string
  | Date
  | { formula: string; result: number | string | Date | { error: string } }
  | { error: string };

export type Reading<T> = { ok: T } | { issue: true; why: string } | { either: string };

export const issue = (why: string): { issue: true; why: string } => ({ issue: true, why });
export const either = (why: string): { either: string } => ({ either: why });
export const ok = <T>(v: T): { ok: T } => ({ ok: v });

export function isOk<T>(r: Reading<T>): r is { ok: T } {
  return "ok" in r;
}
export function isIssue<T>(r: Reading<T>): r is { issue: true; why: string } {
  return "issue" in r;
}
export function isEither<T>(r: Reading<T>): r is { either: string } {
  return "either" in r;
}

/** A formula is read by its cached result (§2 says nothing else; the workbook stores the result). */
function unwrap(v: CellValue): Exclude<CellValue, { formula: string }> {
  if (v !== null && typeof v === "object" && !(v instanceof Date) && "formula" in v) {
    return v.result as Exclude<CellValue, { formula: string }>;
  }
  return v;
}

function isError(v: unknown): v is { error: string } {
  return v !== null && typeof v === "object" && !(v instanceof Date) && "error" in (v as object);
}

// ---------------------------------------------------------------- days

/** A day as a count of days since 1970-01-01 (so arithmetic is plain integers). */
export type Day = number;

const MS_DAY = 86400000;
/** Excel 1900 system: serial 25569 is 1970-01-01 (serials after 1900-03-01 only). */
const EPOCH_SERIAL = 25569;

export function dayOf(y: number, m: number, d: number): Day | undefined {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return undefined;
  return Math.round(t / MS_DAY);
}

export function isoOf(day: Day): string {
  return new Date(day * MS_DAY).toISOString().slice(0, 10);
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** `Mar`, `March` (title case as written in the contract); other spellings/cases are not fixed. */
function monthOf(word: string): number | "case" | undefined {
  const lower = word.toLowerCase();
  for (let i = 0; i < 12; i++) {
    const full = MONTHS[i];
    const abbr = full.slice(0, 3);
    if (lower === full || lower === abbr) {
      const title = lower.charAt(0).toUpperCase() + lower.slice(1);
      return word === title ? i + 1 : "case";
    }
  }
  return undefined;
}

function fourDigitYear(y: string): number {
  if (y.length === 4) return Number(y);
  // docs/workbook-format.md: two-digit years 00–29 are 2000s (the generator only writes those).
  return 2000 + Number(y);
}

/**
 * Contract §2 Dates: serials, `2026-03-02`, `3/2/2026` (month first with no culture, so a first part over 12 is no
 * month: `bad-date`, since session 19; `3/2/26` with a two-digit year 00–29 is 2026), `2 Mar 2026`, `Mon, March 2, 2026`.
 * A date that does not exist is `bad-date` (workbook-format).
 */
export function readDateText(raw: string): Reading<Day> {
  const s = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return fromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(s)) return either("ISO without zero padding");
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = fourDigitYear(m[3]);
    if (m[3].length === 2 && Number(m[3]) > 29) return either("two-digit year 30-99");
    return a > 12 ? issue("month over 12 in US order") : fromYmd(y, a, b);
  }
  m = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(s);
  if (m) {
    const mon = monthOf(m[2]);
    if (mon === undefined) return issue("not a month");
    if (mon === "case") return either("month name case");
    return fromYmd(Number(m[3]), mon, Number(m[1]));
  }
  m = /^([A-Za-z]+), ([A-Za-z]+) (\d{1,2}), (\d{4})$/.exec(s);
  if (m) {
    const mon = monthOf(m[2]);
    if (mon === undefined) return issue("not a month");
    if (mon === "case" || !MONTHS.includes(m[2].toLowerCase())) return either("month spelling in weekday form");
    if (!WEEKDAYS.includes(m[1])) return either("weekday spelling");
    const r = fromYmd(Number(m[4]), mon, Number(m[3]));
    if (isOk(r) && WEEKDAYS[new Date(r.ok * MS_DAY).getUTCDay()] !== m[1]) return either("weekday does not match");
    return r;
  }
  // workbook-format: "`2.3.2026` is day first".
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (m) return fromYmd(Number(m[3]), Number(m[2]), Number(m[1]));
  if (/^\d{1,2}[-.]\d{1,2}[-.]\d{2,4}$/.test(s) || (/[A-Za-z]/.test(s) && /\d/.test(s) && /\d{4}/.test(s))) {
    return either("a date-like form the contract does not name");
  }
  return issue("not a date");
}

function fromYmd(y: number, m: number, d: number): Reading<Day> {
  const day = dayOf(y, m, d);
  return day === undefined ? issue("date does not exist") : ok(day);
}

/** A Date as ExcelJS hands it over: UTC fields are the wall clock (contract §2: no time zones). */
function dateParts(d: Date): { day: Day; minute: number; seconds: number } {
  const t = d.getTime();
  const day = Math.floor(t / MS_DAY);
  const ms = t - day * MS_DAY;
  return { day, minute: Math.floor(ms / 60000), seconds: (ms % 60000) / 1000 };
}

/** Days-since-1970 of the 1899-12-30 time-only date part. */
const TIME_ONLY_DAY = -EPOCH_SERIAL;

/** `system` 1904: a raw serial counts from 1904-01-01 (1462 days later than the 1900 system); Date cells do not move. */
export function readDate(v: CellValue, system: 1900 | 1904 = 1900): Reading<Day> {
  const u = unwrap(v);
  if (u === null || u === "") return either("blank");
  if (isError(u)) return issue("excel error");
  if (u instanceof Date) {
    const p = dateParts(u);
    if (p.minute !== 0 || p.seconds !== 0) return either("a date-time in a date column");
    if (p.day === TIME_ONLY_DAY) return either("serial 0");
    return ok(p.day);
  }
  if (typeof u === "number") {
    if (u < 0) return issue("negative serial"); // workbook-format: dates outside Excel's range are issues
    if (!Number.isInteger(u)) return either("fractional serial in a date column");
    if (u < 61 || u > 2958465) return either("serial outside the ordinary range");
    return ok(u - EPOCH_SERIAL + (system === 1904 ? 1462 : 0));
  }
  return readDateText(u as string);
}

// ---------------------------------------------------------------- times

/** Minutes from 00:00 of the row's Date (>= 1440 is the next day). */
export type Minute = number;

/** Round seconds to the nearest minute (workbook-format: `20:00:45` is 20:01). */
function roundFraction(x: number): number {
  return Math.round(x * 1440);
}

/**
 * Contract §2 Times: fractions, date-times, `07:00`, `7:30 AM`, `7a`, `19:15`, `1900`. workbook-format: a whole
 * number 1–23 is an hour; 100–2359 is military; a non-whole number between 1 and 2 is the next day; a time may
 * reach 47:59; seconds round. `rowDay` is the row's Date (a time with no date takes it).
 */
export function readTime(v: CellValue, rowDay: Day): Reading<Minute> {
  const u = unwrap(v);
  if (u === null || u === "") return either("blank");
  if (isError(u)) return issue("excel error");
  if (u instanceof Date) {
    const p = dateParts(u);
    const minute = p.minute + Math.round(p.seconds / 60);
    if (p.day === TIME_ONLY_DAY) return ok(minute);
    if (p.day === rowDay) {
      if (minute === 0) return either("a date-time at midnight reads as a date (workbook-format)");
      return ok(minute);
    }
    // A date-time is that moment: one on the day after the row's Date is minute + 1440 (an End of a night shoot).
    if (p.day === rowDay + 1) return ok(minute + 1440);
    return either("a date-time on another day than the row's Date");
  }
  if (typeof u === "number") return readTimeNumber(u);
  return readTimeText(u as string);
}

function readTimeNumber(x: number): Reading<Minute> {
  if (x < 0) return issue("negative time");
  if (x < 1) {
    const m = roundFraction(x);
    return m >= 1440 ? either("rounds to 24:00") : ok(m);
  }
  if (Number.isInteger(x)) {
    if (x >= 1 && x <= 23) return ok(x * 60);
    if (x >= 100 && x <= 2359 && x % 100 <= 59) return ok(Math.floor(x / 100) * 60 + (x % 100));
    return either("a whole number the documents do not place");
  }
  if (x < 2) return ok(roundFraction(x));
  return either("a fraction past 2");
}

export function readTimeText(raw: string): Reading<Minute> {
  const s = raw.trim();
  let m = /^(\d{1,2}):(\d{2})$/.exec(s);
  if (m) {
    const h = Number(m[1]);
    const mi = Number(m[2]);
    if (mi > 59) return issue("minutes over 59");
    if (h > 47) return issue("hours over 47:59");
    return ok(h * 60 + mi);
  }
  m = /^(\d{1,2}):(\d{2}):(\d{2})$/.exec(s);
  if (m) {
    const h = Number(m[1]);
    const mi = Number(m[2]);
    const sec = Number(m[3]);
    if (mi > 59 || sec > 59) return issue("minutes or seconds over 59");
    if (h > 47) return issue("hours over 47:59");
    return ok(h * 60 + mi + Math.round(sec / 60));
  }
  // `7:30 AM`, `7:30 am`, `7a`, `7 PM`, `7pm`: the contract's 12-hour forms and their case/spacing.
  m = /^(\d{1,2})(?::(\d{2}))? ?(AM|am|PM|pm|a|p|A|P)$/.exec(s);
  if (m) {
    const h = Number(m[1]);
    const mi = m[2] === undefined ? 0 : Number(m[2]);
    if (h < 1 || h > 12) return either("hour outside 1-12 with AM/PM");
    if (mi > 59) return issue("minutes over 59");
    const pm = m[3].toLowerCase().startsWith("p");
    return ok(((h % 12) + (pm ? 12 : 0)) * 60 + mi);
  }
  if (/^\d{1,2}(:\d{2})?\s*[AaPp]\.?\s*[Mm]?\.?$/.test(s))
    return either("an AM/PM spelling the contract does not name");
  if (/^\d{1,2}(:\d{2})?\s{2,}(AM|PM|am|pm)$/.test(s)) return either("double space before AM/PM");
  m = /^(\d{3,4})$/.exec(s);
  if (m) {
    const n = Number(m[1]);
    if (n >= 100 && n <= 2359 && n % 100 <= 59) return ok(Math.floor(n / 100) * 60 + (n % 100));
    if (n % 100 > 59) return issue("military minutes over 59");
    return either("military past 2359");
  }
  m = /^(\d{1,2})$/.exec(s);
  if (m) {
    const n = Number(m[1]);
    if (n >= 1 && n <= 23) return ok(n * 60);
    return either("a bare number outside 1-23");
  }
  if (/^\d+\.\d+$/.test(s)) return either("a decimal as text in a time column");
  if (/^\d{1,2}[.h]\d{2}$/.test(s)) return either("a European time spelling");
  // Fixed by the first run: the engine reads `noon` as 12:00. The contract lets the project accept more than
  // §2 names, so a time word is not a data issue the contract requires.
  if (/^(noon|midday|midnight)$/i.test(s)) return either("a time word (the project may accept more)");
  return issue("not a time");
}

// ---------------------------------------------------------------- durations (minutes)

/** Contract §2 Durations: hours as a number, or text `1:30`, `90m`, `1h30`, `1.5h`. */
export function readDuration(v: CellValue): Reading<number> {
  const u = unwrap(v);
  if (u === null || u === "") return either("blank");
  if (isError(u)) return issue("excel error");
  if (u instanceof Date) return either("a date in a duration column");
  if (typeof u === "number") return hoursNumber(u);
  const s = (u as string).trim();
  let m = /^(\d+(?:\.\d+)?)$/.exec(s);
  if (m) return hoursNumber(Number(m[1]));
  m = /^(\d{1,2}):(\d{2})$/.exec(s);
  if (m) return Number(m[2]) > 59 ? issue("minutes over 59") : positive(Number(m[1]) * 60 + Number(m[2]));
  m = /^(\d+)m$/.exec(s);
  if (m) return positive(Number(m[1]));
  m = /^(\d+)h(\d{1,2})$/.exec(s);
  if (m) return Number(m[2]) > 59 ? issue("minutes over 59") : positive(Number(m[1]) * 60 + Number(m[2]));
  m = /^(\d+(?:\.\d+)?)h$/.exec(s);
  if (m) return hoursNumber(Number(m[1]));
  if (/^-\d/.test(s)) return issue("negative duration");
  if (/\d/.test(s) && /^[\d\s.:]*(h|hr|hrs|hours?|m|min|mins|minutes?|H|M|Min)?[\s\d]*(m|min|mins|M)?$/.test(s)) {
    return either("a duration spelling the contract does not name");
  }
  return issue("not a duration");
}

function hoursNumber(h: number): Reading<number> {
  if (h < 0) return issue("negative duration");
  const minutes = h * 60;
  if (Math.abs(minutes - Math.round(minutes)) > 1e-9) return either("not a whole minute");
  return positive(Math.round(minutes));
}

function positive(minutes: number): Reading<number> {
  return minutes === 0 ? either("zero duration") : ok(minutes);
}

// ---------------------------------------------------------------- pages (eighths)

/** Contract §2 Pages: a number, or eighths text `1 4/8`, `3/8`, `2`. */
export function readPages(v: CellValue): Reading<number> {
  const u = unwrap(v);
  if (u === null || u === "") return either("blank");
  if (isError(u)) return issue("excel error");
  if (u instanceof Date) return either("a date in a pages column");
  if (typeof u === "number") {
    if (u < 0) return issue("negative pages");
    const e = u * 8;
    if (Math.abs(e - Math.round(e)) > 1e-9) return either("not a whole eighth");
    return e === 0 ? either("zero pages") : ok(Math.round(e));
  }
  const s = (u as string).trim();
  let m = /^(\d+)$/.exec(s);
  if (m) return Number(m[1]) === 0 ? either("zero pages") : ok(Number(m[1]) * 8);
  m = /^(\d+)\/8$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    if (a === 0 || a >= 8) return either("eighths of 0 or 8 and more");
    return ok(a);
  }
  m = /^(\d+) (\d+)\/8$/.exec(s);
  if (m) {
    const a = Number(m[2]);
    if (a === 0 || a >= 8 || Number(m[1]) === 0) return either("whole + eighths outside 1..7");
    return ok(Number(m[1]) * 8 + a);
  }
  if (/^\d/.test(s)) return either("a page spelling the contract does not name");
  return issue("not a page count");
}

// ---------------------------------------------------------------- lists

/** Contract §2 Lists: split on `,` `;` `/` or line breaks; trimmed; empty tokens dropped. */
export function splitList(v: CellValue): Reading<string[]> {
  const u = unwrap(v);
  if (u === null || u === "") return ok([]);
  if (isError(u)) return issue("excel error");
  if (u instanceof Date) return either("a date in a list column");
  if (typeof u === "number") return ok([String(u)]);
  return ok(
    (u as string)
      .split(/[,;/]|\r\n|\n|\r/)
      .map((t) => t.trim())
      .filter((t) => t !== ""),
  );
}

/** Contract §2: lists of dates (Unavailable) split on `,` `;` or line breaks only; tokens are dates or `a..b`. */
export function readDateList(v: CellValue): Reading<Day[]> {
  const u = unwrap(v);
  if (u === null || u === "") return ok([]);
  if (isError(u)) return issue("excel error");
  if (u instanceof Date || typeof u === "number") {
    const r = readDate(u);
    return isOk(r) ? ok([r.ok]) : r;
  }
  const s = u as string;
  if (/\b(Sun|Mon|Tue|Wed|Thu|Fri|Sat),/.test(s)) {
    return either("`Mon, March 2, 2026` holds commas, the list separator (the two §2 bullets disagree)");
  }
  const tokens = s
    .split(/[,;]|\r\n|\n|\r/)
    .map((t) => t.trim())
    .filter((t) => t !== "");
  const days = new Set<Day>();
  let undetermined: string | undefined;
  for (const t of tokens) {
    const parts = t.split("..");
    if (parts.length > 2) return issue("a range with two `..`");
    if (parts.length === 2) {
      if (parts[0] !== parts[0].trim() || parts[1] !== parts[1].trim()) undetermined = "spaces around `..`";
      const a = readDateText(parts[0]);
      const b = readDateText(parts[1]);
      if (isIssue(a) || isIssue(b)) return issue("a bad date in a range");
      if (isEither(a) || isEither(b)) {
        undetermined = "an undetermined date in a range";
        continue;
      }
      if (!isOk(a) || !isOk(b)) continue;
      if (b.ok < a.ok) {
        undetermined = "a range that ends before it starts";
        continue;
      }
      for (let d = a.ok; d <= b.ok; d++) days.add(d);
    } else {
      const r = readDateText(t);
      if (isIssue(r)) return issue(`bad date token '${t}'`);
      if (isEither(r)) {
        undetermined = r.either;
        continue;
      }
      days.add(r.ok);
    }
  }
  if (undetermined) return either(undetermined);
  return ok([...days].sort((a, b) => a - b));
}

// ---------------------------------------------------------------- deadlines, lead times, priorities

/** An instant as minutes since 1970-01-01 00:00 wall clock. */
export type Instant = number;

/**
 * Contract §5 deadline: a date-only Deadline means the end of that day. A Date cell with a time is that
 * instant; at exactly midnight it is a date (workbook-format).
 */
export function readDeadline(v: CellValue): Reading<Instant> {
  const u = unwrap(v);
  if (u instanceof Date) {
    const p = dateParts(u);
    if (p.day === TIME_ONLY_DAY) return either("a time with no date as a deadline");
    if (p.minute === 0 && p.seconds === 0) return ok((p.day + 1) * 1440);
    return ok(p.day * 1440 + p.minute + Math.round(p.seconds / 60));
  }
  if (typeof u === "number" && !Number.isInteger(u) && u > 0) {
    const day = Math.floor(u) - EPOCH_SERIAL;
    return ok(day * 1440 + roundFraction(u - Math.floor(u)));
  }
  if (typeof u === "string" && /\d\s+\d{1,2}:\d{2}/.test(u)) return either("date-time text");
  const r = readDate(v);
  return isOk(r) ? ok((r.ok + 1) * 1440) : r;
}

/**
 * Contract §3 Lead Time: minutes before the first Start. A number (or number text) is minutes; the §2 duration
 * text forms that carry their unit (`45m`, `1h30`, `1.5h`) are read by that unit; `1:30` is not fixed.
 * workbook-format: over a week is a data issue.
 */
export function readLeadTime(v: CellValue): Reading<number> {
  const u = unwrap(v);
  if (u === null || u === "") return either("blank");
  if (isError(u)) return issue("excel error");
  if (u instanceof Date) return either("a date in a lead-time column");
  if (typeof u === "number") {
    if (u < 0) return either("negative lead time");
    if (!Number.isInteger(u)) return either("fractional minutes (maybe an Excel time)");
    if (u > 7 * 1440) return issue("over a week");
    return ok(u);
  }
  const s = (u as string).trim();
  if (/^\d+$/.test(s)) return readLeadTime(Number(s));
  if (/^\d{1,2}:\d{2}$/.test(s)) return either("`1:30` as a lead time (h:mm or m:ss?)");
  if (/^(\d+m|\d+h\d{1,2}|\d+(\.\d+)?h)$/.test(s)) {
    const d = readDuration(s);
    return d;
  }
  if (/\d/.test(s)) return either("a lead-time spelling the contract does not name");
  return issue("not a number of minutes");
}

/** Contract §3 Priority: a number (1 = most urgent) or Critical/Urgent/High/Medium/Normal/Low. */
export function readPriority(v: CellValue): Reading<number> {
  const u = unwrap(v);
  if (u === null || u === "") return either("blank");
  if (isError(u)) return issue("excel error");
  if (u instanceof Date) return either("a date as a priority");
  const words: Record<string, number> = { Critical: 1, Urgent: 1, High: 2, Medium: 3, Normal: 3, Low: 4 };
  if (typeof u === "number") return Number.isInteger(u) && u >= 1 ? ok(u) : either("zero, negative or fractional");
  const s = (u as string).trim();
  if (s in words) return ok(words[s]);
  if (Object.keys(words).some((w) => w.toLowerCase() === s.toLowerCase())) return either("priority word case");
  if (/^\d+$/.test(s)) return Number(s) >= 1 ? ok(Number(s)) : either("zero");
  if (/\d/.test(s)) return either("a priority spelling the contract does not name");
  return issue("not a priority");
}

/**
 * An Availability From/To (contract §3: "From/To may be dates or date-times; a date-only To covers that whole
 * day"): `{ instant, dateOnly }`, instant = minutes since 1970 at the start of the day for a date.
 */
export function readWindowEnd(v: CellValue): Reading<{ instant: Instant; dateOnly: boolean }> {
  const u = unwrap(v);
  if (u instanceof Date) {
    const p = dateParts(u);
    if (p.day === TIME_ONLY_DAY) return either("a time with no date");
    return ok({
      instant: p.day * 1440 + p.minute + Math.round(p.seconds / 60),
      dateOnly: p.minute === 0 && p.seconds === 0,
    });
  }
  if (typeof u === "string" && /\d\s+\d{1,2}:\d{2}/.test(u)) return either("date-time text");
  const r = readDate(v);
  return isOk(r) ? ok({ instant: r.ok * 1440, dateOnly: true }) : r;
}
