/**
 * Pure cell-value parsers (contract §2). Each returns the value, null for a blank cell, or a ParseFail
 * saying why the text cannot be read. Callers add the sheet and cell to the reason.
 */
import { wordTable } from "../word-table";
import type { CellErrorValue, CellValue, FormatHint } from "../snapshot";
import { DATE1904_OFFSET, MINUTES_PER_DAY, daySerial, isoDate } from "../time";

export type ValueIssueCode = "bad-date" | "bad-time" | "bad-number" | "bad-value" | "cell-error";

export interface ParseFail {
  readonly fail: true;
  readonly code: ValueIssueCode;
  /** Why, for a coordinator: "'31/02/2026' is not a date; write it like 2026-03-02". */
  readonly reason: string;
}

/** A value, null for a blank cell, or why it could not be read. */
export type Parsed<T> = T | null | ParseFail;

export interface ValueOptions {
  /** The workbook uses the 1904 date system: serials are shifted to the 1900 epoch. */
  date1904?: boolean;
  /** Text dates like 3/2/2026 are day first (2 March). */
  dayFirst?: boolean;
  /** The culture writes decimal commas (`1.250,50`, `45,5`): text numbers are read that way where they could be either. */
  decimalComma?: boolean;
}

/** A date with a time of day: day serial and minute of that day. */
export interface DateTimeValue {
  day: number;
  minute: number;
}

/** A point in time in minutes since the epoch, and whether only a date was written. */
export interface Instant {
  minutes: number;
  dateOnly: boolean;
}

export function isFail(v: unknown): v is ParseFail {
  return typeof v === "object" && v !== null && (v as ParseFail).fail === true;
}

export function fail(code: ValueIssueCode, reason: string): ParseFail {
  return { fail: true, code, reason };
}

// ---------- blanks, errors, text ----------

const ERROR_STRINGS = new Set([
  "#N/A",
  "#REF!",
  "#VALUE!",
  "#DIV/0!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BUSY!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
  "#GETTING_DATA",
  "#N/A!",
]);

/** The Excel error a cell holds ({error} object, or error text as Office.js reports it), else null. */
export function cellError(v: CellValue): string | null {
  if (typeof v === "string") {
    // Only text starting with '#' can be an error: one char test keeps the common path cheap.
    if (v.charCodeAt(0) !== 35) return null;
    const t = v.trim().toUpperCase();
    return ERROR_STRINGS.has(t) ? t : null;
  }
  if (v !== null && typeof v === "object" && typeof (v as { error?: unknown }).error === "string") {
    return (v as { error: string }).error;
  }
  return null;
}

/**
 * The error text a file reader gives a formula cell saved without a result that it cannot compute itself (see
 * src/core/formula.ts), followed by the formula: `#NO RESULT! =VLOOKUP(...)`. Not an Excel error: Excel shows the
 * result once the file is saved in it.
 */
export const NO_RESULT_ERROR = "#NO RESULT!";

/** The value of a formula cell that has no saved result and cannot be computed here. */
export function noSavedResult(formula: string): CellErrorValue {
  return { error: `${NO_RESULT_ERROR} =${formula.replace(/^\s*=/, "")}` };
}

/** A formula cell a file reader could not compute and that has no saved result (noSavedResult). */
export function isNoSavedResult(v: CellValue | undefined): boolean {
  return typeof v === "object" && v !== null && v.error.startsWith(NO_RESULT_ERROR);
}

function errorFail(error: string): ParseFail {
  if (error.startsWith(NO_RESULT_ERROR)) {
    const formula = error.slice(NO_RESULT_ERROR.length).trim();
    return fail(
      "cell-error",
      `the formula ${formula} has no saved result (the file was written by a program that does not calculate, ` +
        "and this formula is beyond what the checker computes); open and save the file in Excel, or type the value",
    );
  }
  return fail("cell-error", `the cell shows the Excel error ${error}; fix the formula or type a value`);
}

/** True for null, undefined, empty or whitespace-only text. */
export function isBlank(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === "string") return v.length === 0 || v.trim().length === 0;
  return false;
}

/** A cell as trimmed text (numbers as written by JS, booleans TRUE/FALSE); null when blank. */
/** Every cell of a row blank (stops at the first filled one). */
export function isBlankRow(r: readonly CellValue[]): boolean {
  for (let i = 0; i < r.length; i++) if (!isBlank(r[i])) return false;
  return true;
}

/** Zero-width characters text pasted from web pages and chat carries (U+200B-U+200D, U+2060): no white space to trim(). */
function isZeroWidth(c: number): boolean {
  return c >= 0x200b && (c <= 0x200d || c === 0x2060);
}

/**
 * Text trimmed of white space and of zero-width characters at its ends: `\u200b07:00` pasted from a web page is the
 * `07:00` the coordinator sees. Two character reads for most text; where a zero-width character is at an end, it and
 * the white space trim() leaves behind it are taken off in turn (no pattern: a long cell's inner spaces are never
 * rescanned).
 */
export function trimText(s: string): string {
  let t = s.trim();
  while (t.length > 0 && (isZeroWidth(t.charCodeAt(0)) || isZeroWidth(t.charCodeAt(t.length - 1)))) {
    let a = 0;
    let b = t.length;
    while (a < b && isZeroWidth(t.charCodeAt(a))) a++;
    while (b > a && isZeroWidth(t.charCodeAt(b - 1))) b--;
    t = t.slice(a, b).trim();
  }
  return t;
}

export function parseText(v: CellValue | undefined): Parsed<string> {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") {
    const err = cellError(v);
    if (err) return errorFail(err);
    const t = trimText(v);
    return t.length ? t : null;
  }
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : null;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  const err = cellError(v);
  return err ? errorFail(err) : null;
}

/** Show a cell value in a message. */
export function showValue(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "(blank)";
  if (typeof v === "object") return v.error;
  // A date-styled number too large for a JS Date (the .xlsx readers give Infinity for it).
  if (typeof v === "number" && !Number.isFinite(v)) return "an out-of-range number";
  const s = String(v);
  return s.length > 60 ? `'${s.slice(0, 57)}...'` : `'${s}'`;
}

// ---------- numbers ----------

const NUMBER_TEXT = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i;
/** `1,250` or `1,250.50`: comma thousands (no group starts a number with 0: `0,500` is no thousands). */
const GROUPED_NUMBER = /^[1-9]\d{0,2}(?:,\d{3})+(?:\.\d*)?$/;
/** `1.250` or `1.250,50`: dot thousands (German, Dutch, Italian, Spanish...). */
const DOT_GROUPED_NUMBER = /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d*)?$/;
/** `1'250.50`: Swiss thousands. */
const APOSTROPHE_GROUPED_NUMBER = /^[1-9]\d{0,2}(?:['\u2019]\d{3})+(?:\.\d*)?$/;
/** Currencies written with decimal points wherever the workbook is: `$1,250` is 1250 in a German workbook too. */
const POINT_CURRENCY = /[$£]|\b(?:usd|gbp|cad|aud|nzd)\b/i;
/** `45,50`, `0,5`, `1,250`: a decimal comma, in a culture that writes them. */
const DECIMAL_COMMA_NUMBER = /^\d*,\d+$/;
const CURRENCY = /[$€£¥₹]|\b(?:usd|eur|gbp|cad|aud|chf|nzd|sek|nok|dkk)\b/gi;

/**
 * Numbers and money: 1200, "1,200.50", "$1,200.50", "(300)" (negative), "-$5", "1.250,50 €", "1 250,50", "1'250.50".
 * Where text could be read two ways (`1,250`, `1.250`, `45,50`) the culture decides: comma thousands unless it writes
 * decimal commas. Forms only one way can read (`1.250,50`, `1,250.50`, `1.250.000`) are read that way in any culture.
 */
export function parseNumber(v: CellValue | undefined, o: ValueOptions = {}): Parsed<number> {
  if (typeof v === "number") return Number.isFinite(v) ? v : fail("bad-number", `${showValue(v)} is not a number`);
  if (v === null || v === undefined) return null;
  if (typeof v === "boolean") return fail("bad-number", `${showValue(v)} is not a number`);
  const t = parseText(v);
  if (t === null || isFail(t)) return t;
  const n = numberFromText(t, o.decimalComma === true && !POINT_CURRENCY.test(t));
  if (n !== null) return n;
  if (!o.decimalComma && DECIMAL_COMMA_NUMBER.test(t.trim()))
    return fail(
      "bad-number",
      `${showValue(v)} is not a number here: a decimal comma is read only where the workbook's culture writes them ` +
        `(de-DE, fr-FR...); write it like ${t.trim().replace(",", ".")}`,
    );
  return fail(
    "bad-number",
    `${showValue(v)} is not a number; write it like 1200 or ${o.decimalComma ? "1.200,50" : "1,200.50"}`,
  );
}

function numberFromText(text: string, decimalComma: boolean): number | null {
  let s = text.replace(CURRENCY, "").replace(/\s+/g, "");
  let negative = false;
  if (s.startsWith("(") && s.endsWith(")")) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.startsWith("-")) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith("+")) s = s.slice(1);
  s = plainDigits(s, decimalComma);
  if (!NUMBER_TEXT.test(s)) return null;
  const n = Number(s);
  if (!Number.isFinite(n)) return null;
  return negative ? -n : n;
}

/** A number's text with thousands separators dropped and a decimal comma made a point (see parseNumber). */
function plainDigits(s: string, decimalComma: boolean): string {
  // Both separators (`1,250.50`, `1.250,50`), or the same one twice (`1,250,000`), say which is which.
  if (GROUPED_NUMBER.test(s) && (!decimalComma || s.includes(".") || s.indexOf(",") !== s.lastIndexOf(",")))
    return s.replace(/,/g, "");
  if (DOT_GROUPED_NUMBER.test(s) && (decimalComma || s.includes(",") || s.indexOf(".") !== s.lastIndexOf(".")))
    return s.replace(/\./g, "").replace(",", ".");
  if (APOSTROPHE_GROUPED_NUMBER.test(s)) return s.replace(/['\u2019]/g, "");
  // `45,50` alone only where the culture writes decimal commas: elsewhere it may be a mistyped `4,550`.
  if (DECIMAL_COMMA_NUMBER.test(s) && decimalComma) return s.replace(",", ".");
  return s;
}

/**
 * A count with its unit word, as a Rules table may write one: `5 days`, `6d` (Max Consecutive Days, Drop Days). A
 * number without one reads as parseNumber reads it.
 */
export function parseDays(v: CellValue | undefined, o: ValueOptions = {}): Parsed<number> {
  if (typeof v === "string") {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(?:days?|d)\s*$/i.exec(v);
    if (m) return +m[1];
  }
  return parseNumber(v, o);
}

/** A rate's unit words: "$650/day", "650 per day", "45/hr", "45 an hour", "45 p/h", "45 hourly". */
const PER_DAY = /^(.*?)\s*(?:\/\s*(?:day|d)|per\s+day|a\s+day|daily|p\/?d)\.?\s*$/i;
const PER_HOUR = /^(.*?)\s*(?:\/\s*(?:hour|hrs?|h)|per\s+(?:hour|hr)|an\s+hour|hourly|p\/?h)\.?\s*$/i;
const PER_WEEK = /^(.*?)\s*(?:\/\s*(?:week|wk|w)|per\s+(?:week|wk)|a\s+week|weekly|p\/?w)\.?\s*$/i;

/**
 * A Day Rate or Hourly Rate cell as crew lists write it, with its unit (`$650/day`, `45/hr`, `45 per hour`); else
 * parseNumber's reading. A rate by another unit than the column's (an hourly rate in Day Rate, a weekly one) is not
 * converted: a bad-number saying where it goes.
 */
export function parseRate(v: CellValue | undefined, per: "day" | "hour", o: ValueOptions = {}): Parsed<number> {
  if (typeof v === "string") {
    const own = (per === "day" ? PER_DAY : PER_HOUR).exec(v);
    if (own && own[1].trim()) {
      const n = parseNumber(own[1], o);
      if (n !== null && !isFail(n)) return n;
    }
    const other = (per === "day" ? PER_HOUR : PER_DAY).exec(v);
    if (other && other[1].trim() && typeof numberFromText(other[1], false) === "number")
      return fail(
        "bad-number",
        `${showValue(v)} is ${per === "day" ? "an hourly rate: put it in Hourly Rate" : "a day rate: put it in Day Rate"}`,
      );
    const week = PER_WEEK.exec(v);
    if (week && week[1].trim() && typeof numberFromText(week[1], false) === "number")
      return fail(
        "bad-number",
        `${showValue(v)} is a weekly rate: write the ${per === "day" ? "day" : "hourly"} rate the deal gives`,
      );
  }
  return parseNumber(v, o);
}

/** A Capacity as equipment lists write it: `2 units`, `2 pcs`, `x2`, `2x`; else parseNumber's reading. */
export function parseCount(v: CellValue | undefined, o: ValueOptions = {}): Parsed<number> {
  if (typeof v === "string") {
    const m = /^\s*[x×]?\s*(\d+)\s*(?:units?|pcs?\.?|pieces?|sets?|x|×)?\s*$/i.exec(v);
    if (m) return +m[1];
  }
  return parseNumber(v, o);
}

/** An overtime multiplier as accountants write it: `1.5x`, `x2`, `1.5×`, `150%`; else parseNumber's reading. */
export function parseMultiplier(v: CellValue | undefined, o: ValueOptions = {}): Parsed<number> {
  if (typeof v === "string") {
    // `1,5x`, `1,5`: a multiplier has no thousands, so a comma in it is a decimal comma.
    const text = v.replace(/(\d),(\d)/, "$1.$2");
    if (/^\s*\d+\.\d+\s*$/.test(text) && v.includes(",")) return +text;
    const times = /^\s*[x×]?\s*(\d+(?:\.\d+)?)\s*[x×]?\s*$/i.exec(text);
    if (times && /[x×]/i.test(text)) return +times[1];
    const percent = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(text);
    if (percent) return +percent[1] / 100;
  }
  return parseNumber(v, o);
}

/** Priority: a number (1 = most urgent) or Critical/Urgent 1, High 2, Medium/Normal 3, Low 4 (also "P1"). */
export function parsePriority(v: CellValue | undefined): Parsed<number> {
  if (typeof v === "number") {
    return Number.isFinite(v) && v > 0
      ? v
      : fail("bad-number", `${showValue(v)} is not a priority; use 1 (most urgent) and up`);
  }
  const t = parseText(v);
  if (t === null || isFail(t)) return t;
  // "High priority" and tracker exports' "1 - High", "#1", "2nd" say the same as the word or number. Words the
  // contract does not name ("ASAP", "soon") stay data issues: the user meant something the tool cannot rank.
  const k = t
    .toLowerCase()
    .replace(/[!.]+$/, "")
    .replace(/\s+priority$/, "")
    .trim();
  const named = PRIORITY_WORDS[k];
  if (named !== undefined) return named;
  const m = RANKED_PRIORITY.exec(k);
  if (m && +m[1] > 0) return +m[1];
  return fail("bad-number", `${showValue(v)} is not a priority; use a number or Critical, High, Medium, Low`);
}

/** P1, #1, 1st, and a number before its word: "1 - High", "2 (Medium)", "3. Low". */
const RANKED_PRIORITY = /^(?:p|#)?\s*(\d+(?:\.\d+)?)(?:st|nd|rd|th)?(?:\s*[-–:.(]\s*[a-z][a-z ]*\)?)?$/;

const PRIORITY_WORDS = wordTable<number>({
  critical: 1,
  urgent: 1,
  highest: 1,
  high: 2,
  medium: 3,
  normal: 3,
  med: 3,
  low: 4,
  lowest: 5,
});

const YES = new Set(["yes", "y", "true", "1", "x", "✓", "✔", "ok", "allowed", "allow"]);
const NO = new Set(["no", "n", "false", "0", "-", "none", "not allowed"]);

/** Yes/no: yes, y, true, x, 1 / no, n, false, 0; booleans as they are. */
export function parseYesNo(v: CellValue | undefined): Parsed<boolean> {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") {
    if (v === 1) return true;
    if (v === 0) return false;
  }
  const t = parseText(v);
  if (t === null || isFail(t)) return t;
  const k = t.toLowerCase();
  if (YES.has(k)) return true;
  if (NO.has(k)) return false;
  return fail("bad-value", `${showValue(v)} is not yes or no`);
}

// ---------- dates ----------

const MAX_SERIAL = 2958465; // 9999-12-31
const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const NUMERIC_DATE = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/;
const ORDINAL = /^(\d{1,2})(?:st|nd|rd|th)$/;
const DATE_TOKEN_SPLIT = /[\s,.\-/]+/;
const MONTHS = wordTable<number>({
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
});
const WEEKDAYS = new Set([
  "mon",
  "monday",
  "tue",
  "tues",
  "tuesday",
  "wed",
  "wednesday",
  "thu",
  "thur",
  "thurs",
  "thursday",
  "fri",
  "friday",
  "sat",
  "saturday",
  "sun",
  "sunday",
]);

/** "Mon", "Tuesday", "thu." : a day of the week by name. */
export function isWeekdayName(text: string): boolean {
  return WEEKDAYS.has(text.trim().toLowerCase().replace(/\.$/, ""));
}

/** Two-digit years as Excel reads them: 00-29 are 2000s, 30-99 are 1900s. */
function fullYear(text: string): number {
  const y = +text;
  if (text.length > 2) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

/** A serial number (maybe with a time fraction) -> day serial on the 1900 epoch; null when out of range. */
function serialDay(n: number, o: ValueOptions): number | null {
  if (!Number.isFinite(n)) return null;
  const day = Math.floor(n) + (o.date1904 ? DATE1904_OFFSET : 0);
  return day >= 1 && day <= MAX_SERIAL ? day : null;
}

/** Why a number is no date: "'3000000' is not a date (Excel's dates are the numbers 1 to 2958465); write it like…". */
function numberNotADate(v: number, o: ValueOptions): string {
  // The 1904 system's first date is its 0 (1904-01-01); the 1900 system's its 1 (1900-01-01).
  const first = o.date1904 ? 0 : 1;
  const last = MAX_SERIAL - (o.date1904 ? DATE1904_OFFSET : 0);
  return `${showValue(v)} is not a date (Excel's dates are the numbers ${first} to ${last}); ${DATE_HINT}`;
}

/** Text date -> day serial, or null. */
export function dateFromText(text: string, o: ValueOptions = {}): number | null {
  const s = withoutWeekday(text.trim());
  let m = ISO_DATE.exec(s);
  if (m) return daySerial(+m[1], +m[2], +m[3]);
  m = NUMERIC_DATE.exec(s);
  if (m) {
    const a = +m[1];
    const b = +m[3];
    const y = fullYear(m[4]);
    // Dots are a day-first habit. Slashes and dashes take the culture's order (contract §2: US order unless the
    // culture says otherwise): 13/03/2026 read month first is no date, not 13 March (notADate says so).
    return o.dayFirst === true || m[2] === "." ? daySerial(y, b, a) : daySerial(y, a, b);
  }
  return namedMonthDate(s);
}

/** "Mon 3/2/2026" -> "3/2/2026": a weekday and its comma before a numeric date (named-month dates keep it). */
function withoutWeekday(s: string): string {
  const m = LEADING_WEEKDAY.exec(s);
  return m && isWeekdayName(m[1]) && /^\d/.test(s.slice(m[0].length)) ? s.slice(m[0].length) : s;
}

const LEADING_WEEKDAY = /^([a-z]+)\.?,?\s+/i;

/** A text date's words and numbers, lower-cased, without a weekday in front ("Mon, March 2" -> march, 2). */
function dateTokens(text: string): string[] {
  const tokens = text
    .toLowerCase()
    .split(DATE_TOKEN_SPLIT)
    .filter((t) => t.length > 0);
  if (tokens.length > 0 && WEEKDAYS.has(tokens[0])) tokens.shift();
  return tokens;
}

/** "2 Mar 2026", "Mon, March 2, 2026", "March 2nd 2026", "2-Mar-26", "2026 Mar 2". */
function namedMonthDate(s: string): number | null {
  const tokens = dateTokens(s);
  if (tokens.length !== 3) return null;
  const monthAt = tokens.findIndex((t) => MONTHS[t] !== undefined);
  if (monthAt < 0) return null;
  const month = MONTHS[tokens[monthAt]];
  const rest = tokens.filter((_, i) => i !== monthAt).map((t) => ORDINAL.exec(t)?.[1] ?? t);
  if (!rest.every((t) => /^\d+$/.test(t))) return null;
  // Year last ("2 Mar 2026", "Mar 2 2026"), or first when it has four digits ("2026 Mar 2").
  if (rest[0].length === 4 && monthAt !== 2) return daySerial(+rest[0], month, +rest[1]);
  if (rest[0].length > 2 || (rest[1].length !== 4 && rest[1].length !== 2)) return null;
  return daySerial(fullYear(rest[1]), month, +rest[0]);
}

const DATE_HINT = "write it like 2026-03-02";

/**
 * Whether text reads as a date without its year ("Mon 3/2", "Mar 2", "2nd March"): a one-liner's habit. It stays a
 * bad-date (the contract's date forms all carry a year, and the year cannot be told), said so.
 */
function lacksYear(text: string): boolean {
  const tokens = dateTokens(text);
  if (tokens.length !== 2) return false;
  const day = (t: string) => /^\d{1,2}$/.test(ORDINAL.exec(t)?.[1] ?? t);
  if (tokens.every((t) => /^\d{1,2}$/.test(t))) {
    const [a, b] = tokens.map(Number);
    const plausible = a >= 1 && b >= 1 && a <= 31 && b <= 31 && Math.min(a, b) <= 12;
    return plausible && /^\D*\d{1,2}\s*[/.-]\s*\d{1,2}\s*$/.test(text);
  }
  return (MONTHS[tokens[0]] !== undefined && day(tokens[1])) || (day(tokens[0]) && MONTHS[tokens[1]] !== undefined);
}

/** The bad-date reason for text that is no date. */
function notADate(v: CellValue | undefined, o: ValueOptions): string {
  if (typeof v !== "string") return `${showValue(v)} is not a date; ${DATE_HINT}`;
  if (lacksYear(v.trim())) return `${showValue(v)} has no year; write the date with one, like 2026-03-02`;
  const hint = otherOrderHint(v, o);
  return hint ? `${showValue(v)} is no date ${hint}` : `${showValue(v)} is not a date; ${DATE_HINT}`;
}

const ORDERED_DATE = /\d\s*[/-]\s*\d/;

/**
 * For text that reads as a date only in the other order (13/03/2026 read month first): "read month first (...); if it
 * means 2026-03-13, write it like that". Null otherwise.
 */
export function otherOrderHint(text: string, o: ValueOptions): string | null {
  // Only digits around a slash or dash read differently in the other order (dots are day first in any culture).
  if (!ORDERED_DATE.test(text)) return null;
  const other: ValueOptions = { ...o, dayFirst: !o.dayFirst };
  const day = dateFromText(text, other) ?? dateTimeFromText(text, other)?.day;
  if (day === undefined || day === null) return null;
  const order = o.dayFirst
    ? "day first, as the workbook's culture writes dates"
    : "month first (the US order: no day-first culture is given)";
  return `read ${order}; if it means ${isoDate(day)}, write it like that`;
}

/** A date cell -> day serial (a date-time keeps only its date). */
export function parseDate(v: CellValue | undefined, o: ValueOptions = {}): Parsed<number> {
  if (typeof v === "number") {
    const d = serialDay(v, o);
    return d === null ? fail("bad-date", numberNotADate(v, o)) : d;
  }
  if (typeof v === "boolean") return fail("bad-date", `${showValue(v)} is not a date; ${DATE_HINT}`);
  const t = parseText(v);
  if (t === null || isFail(t)) return t;
  const d = dateFromText(t, o);
  if (d !== null) return d;
  const dt = dateTimeFromText(t, o);
  if (dt) return dt.day;
  if (NUMBER_TEXT.test(t)) {
    const s = serialDay(+t, o);
    if (s !== null && +t >= 1) return s;
  }
  return fail("bad-date", notADate(v, o));
}

const ISO_ZONE = /(?<=T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?:Z|[+-]\d{2}:?\d{2})$/i;
/** Day serials of Excel's time-only date-times (1899-12-30 is serial 0; some readers write 1899-12-31). */
const NO_DATE_DAY = 1;

const TRAILING_TIME =
  /^(.*?)(?:\s+|T)(\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?\s*(?:[ap]\.?\s*m?\.?)?|\d{1,2}\s*[ap]\.?\s*m\.?|noon|midnight)$/i;

/** "2026-03-02 07:00", "2026-03-02T19:30", "3/2/2026 7:30 PM" -> date and time; null otherwise. */
export function dateTimeFromText(text: string, o: ValueOptions = {}): DateTimeValue | null {
  // A zone a script's ISO text carries ("...T07:00:00.000Z", "+01:00") is dropped: all times are wall-clock (§2).
  const m = TRAILING_TIME.exec(text.trim().replace(ISO_ZONE, ""));
  if (!m) return null;
  const day = dateFromText(m[1], o);
  if (day === null) return null;
  const minute = timeFromText(m[2].replace(/\.\d+$/, ""));
  return minute === null ? null : { day, minute };
}

/**
 * A date or a date-time cell -> minutes, and whether only a date was given. A whole serial is a date, unless
 * its cell's format shows a time (`hint` "datetime"): then it is that date at 00:00.
 */
export function parseInstant(v: CellValue | undefined, o: ValueOptions = {}, hint?: FormatHint): Parsed<Instant> {
  if (typeof v === "number") {
    const d = serialDay(v, o);
    if (d === null) return fail("bad-date", numberNotADate(v, o));
    const frac = v - Math.floor(v);
    const minute = Math.round(frac * MINUTES_PER_DAY);
    return { minutes: d * MINUTES_PER_DAY + minute, dateOnly: minute === 0 && frac === 0 && hint !== "datetime" };
  }
  const t = parseText(v);
  if (t === null || isFail(t)) return t;
  const dt = dateTimeFromText(t, o);
  if (dt) return { minutes: dt.day * MINUTES_PER_DAY + dt.minute, dateOnly: false };
  const d = parseDate(v, o);
  if (d === null || isFail(d)) return d;
  return { minutes: d * MINUTES_PER_DAY, dateOnly: true };
}

// A hyphen needs spaces around it (`2026-03-02` holds hyphens); an en or em dash, pasted from a document, does not.
// The parts are trimmed after the split, so the pattern needs no spaces round `..` and the dashes; a hyphen's and
// `to`'s spaces start only after a non-space (a long run of spaces is scanned once, not from each of its spaces).
const RANGE_SPLIT = /\.\.|[–—]|(?<=\S)\s+-\s+|(?<=\S)\s+to\s+/i;

/** Unavailable lists: dates or `date..date` ranges separated by , ; or line breaks (not /). */
/**
 * The pieces of a date list: split on `;` and line breaks, then on commas, except that a piece that reads as
 * one date or range with its commas (`Mon, March 2, 2026`) stays whole.
 */
function datesOfList(text: string, o: ValueOptions): string[] {
  const out: string[] = [];
  for (const piece of text.split(/[;\r\n]+/)) {
    // A date written with commas ("Mon, March 2, 2026", "March 2, 2026") stays whole, also beside other dates in the
    // same comma list: at each place the longest run of comma parts that reads as one date or range is taken.
    const parts = piece.split(",");
    for (let i = 0; i < parts.length;) {
      let take = 1;
      for (let n = Math.min(MAX_DATE_PARTS, parts.length - i); n > 1 && take === 1; n--) {
        const run = parts.slice(i, i + n).join(",");
        if (wholeDateOrRange(run.trim(), o)) take = n;
      }
      out.push(parts.slice(i, i + take).join(","));
      i += take;
    }
  }
  return out;
}

/** Comma parts one date or range may have: "Mon, March 2, 2026..Wed, March 4, 2026" has five. */
const MAX_DATE_PARTS = 5;

function wholeDateOrRange(text: string, o: ValueOptions): boolean {
  const ends = text.split(RANGE_SPLIT);
  return ends.length <= 2 && ends.every((e) => dateFromText(e, o) !== null);
}

/** "3/3", "12-24": a day and month without a year. */
const NO_YEAR = /^\d{1,2}[/.-]\d{1,2}$/;

export interface DateSpan {
  from: number;
  to: number;
}

/**
 * A date list cell (Unavailable) part by part: the dates and ranges that read, and the first part that does not
 * (null: none), whose reason says whether the cell's other dates still count. One bad date among several takes
 * none of the others away.
 */
export function readDateList(
  v: CellValue | undefined,
  o: ValueOptions = {},
): { spans: DateSpan[]; bad: ParseFail | null } {
  if (typeof v === "number") {
    const d = parseDate(v, o);
    return d === null || isFail(d) ? { spans: [], bad: d } : { spans: [{ from: d, to: d }], bad: null };
  }
  const t = parseText(v);
  if (t === null || isFail(t)) return { spans: [], bad: t };
  const spans: DateSpan[] = [];
  let bad: { part: string; reason: string } | null = null;
  for (const part of datesOfList(t, o)) {
    const p = trimText(part);
    if (!p) continue;
    const ends = p.split(RANGE_SPLIT).map(trimText);
    const from = ends.length > 2 ? null : dateFromText(ends[0], o);
    const to = ends.length === 2 ? dateFromText(ends[1], o) : from;
    if (from !== null && to !== null) {
      spans.push(from <= to ? { from, to } : { from: to, to: from });
      continue;
    }
    bad ??= {
      part: p,
      reason:
        ends.length > 2
          ? `'${p}' is not a date or a range; write it like 2026-03-02..2026-03-04`
          : ends.some((e) => NO_YEAR.test(e))
            ? `'${p}' has no year; write dates like 3/3/2026 or 2026-03-03`
            : (otherOrderText(ends, o) ??
              `'${p}' is not a date or a range; write dates like 2026-03-02, ranges like 2026-03-02..2026-03-04`),
    };
  }
  if (!bad) return { spans, bad: null };
  const rest = spans.length ? " (the cell's other dates are used)" : " (none of this cell's dates is used)";
  return { spans, bad: fail("bad-date", bad.reason + rest) };
}

/** The bad part of a list's date or range that reads only in the other order, said so (otherOrderHint). */
function otherOrderText(ends: string[], o: ValueOptions): string | undefined {
  for (const e of ends) {
    if (dateFromText(e, o) !== null) continue;
    const hint = otherOrderHint(e, o);
    if (hint) return `'${e}' is no date ${hint}`;
  }
  return undefined;
}

// ---------- times ----------

const AMPM_TIME = /^(\d{1,2})(?:[:.](\d{2}))?(?::(\d{2}))?\s*([ap])\.?\s*(?:m\.?)?$/;
// `19.30` and `07.30` are how British call sheets write times; a lone `0.30` stays a fraction of a day.
const H24_TIME = /^(\d{1,2})[:h.](\d{2})(?::(\d{2}))?$/;
const MILITARY_TIME = /^(\d{3,4})$/;
const HOUR_ONLY = /^(\d{1,2})$/;
/** Text times may say "25:30" for 01:30 the next day; more than two days is a typo. */
const MAX_TEXT_HOURS = 48;

/** Text time -> minutes after midnight (25:30 -> 1530), or null. */
/** Seconds round to the nearest minute, as a time cell's fraction does (20:00:45 is 20:01): 0 or 1. */
function roundedSeconds(seconds: string | undefined): number {
  return seconds !== undefined && +seconds >= 30 ? 1 : 0;
}

export function timeFromText(text: string): number | null {
  // "0700 hrs", "1900 hours", "0700h", "19:00h", "19:00 Uhr": a time with its word; "19h", "7 Uhr": the hour (French and
  // German call sheets).
  const s = text
    .trim()
    .toLowerCase()
    .replace(/^(\d{3,4}|\d{1,2}[:.h]\d{2})\s*(?:h|hrs?|hours|uhr)\.?$/, "$1")
    .replace(/^(\d{1,2})\s*(?:h|uhr)$/, "$1:00");
  if (s === "noon" || s === "midday" || s === "12 noon") return 720;
  if (s === "midnight" || s === "12 midnight") return 0;
  let m = AMPM_TIME.exec(s);
  if (m) {
    const h = +m[1];
    const min = m[2] ? +m[2] : 0;
    if (h < 1 || h > 12 || min > 59 || (m[3] !== undefined && +m[3] > 59)) return null;
    return ((h % 12) + (m[4] === "p" ? 12 : 0)) * 60 + min + roundedSeconds(m[3]);
  }
  m = H24_TIME.exec(s);
  if (m && !s.startsWith("0.")) {
    const h = +m[1];
    const min = +m[2];
    if (h >= MAX_TEXT_HOURS || min > 59 || (m[3] !== undefined && +m[3] > 59)) return null;
    return h * 60 + min + roundedSeconds(m[3]);
  }
  m = MILITARY_TIME.exec(s);
  if (m) return militaryTime(+m[1]);
  m = HOUR_ONLY.exec(s);
  if (m) return +m[1] < 24 ? +m[1] * 60 : null;
  return null;
}

/** 700 -> 07:00, 1930 -> 19:30, 2400 -> 24:00; null when the minutes are over 59. */
function militaryTime(n: number): number | null {
  const h = Math.floor(n / 100);
  const min = n % 100;
  if (min > 59 || h > 24 || (h === 24 && min > 0)) return null;
  return h * 60 + min;
}

const TIME_HINT = "write it like 07:00 or 7:30 PM";

/**
 * A time cell -> minutes after midnight, or a DateTimeValue when the cell holds its own date
 * (a date-time serial or text). Numbers: a fraction is a time; a whole number 1..23 is an hour;
 * 100..2359 is military HHMM; a serial with a date part is a date-time. Exactly 1 in a cell whose format
 * shows a time (`hint`) is a computed 24:00 (`=16:00+8/24`, shown 0:00), read as the text `24:00` is.
 */
export function parseTime(
  v: CellValue | undefined,
  o: ValueOptions = {},
  hint?: FormatHint,
): Parsed<number | DateTimeValue> {
  if (typeof v === "number") {
    if (v >= 0 && v < 1) return Math.round(v * MINUTES_PER_DAY);
    // Either hint means the number counts days (a time or date-time format), not a typed hour.
    if (v === 1 && hint !== undefined) return MINUTES_PER_DAY;
    // A time computed past midnight (=Call+Hours/24: 22:00 + 4 h is 1.0833, shown 2:00): the next day's time.
    if (v > 1 && v < 2 && !Number.isInteger(v)) return Math.round(v * MINUTES_PER_DAY);
    if (Number.isInteger(v)) {
      if (v >= 0 && v < 24) return v * 60;
      if (v >= 100 && v <= 2400) {
        const mt = militaryTime(v);
        return mt === null ? fail("bad-time", `${showValue(v)} is not a time; ${TIME_HINT}`) : mt;
      }
    }
    if (v >= 2400) {
      const day = serialDay(v, o);
      if (day !== null) return { day, minute: Math.round((v - Math.floor(v)) * MINUTES_PER_DAY) };
    }
    return fail("bad-time", `${showValue(v)} is not a time; ${TIME_HINT}`);
  }
  if (typeof v === "boolean") return fail("bad-time", `${showValue(v)} is not a time; ${TIME_HINT}`);
  const t = parseText(v);
  if (t === null || isFail(t)) return t;
  const m = timeFromText(t);
  if (m !== null) return m;
  const dt = dateTimeFromText(t, o);
  // "1899-12-30 07:00:00": a time-only cell as some libraries write it out, the epoch standing for no date.
  if (dt) return dt.day <= NO_DATE_DAY ? dt.minute : dt;
  if (NUMBER_TEXT.test(t) && t.includes(".")) return parseTime(+t, o);
  // "7:00-9:00": a call and a wrap in one cell.
  const span = /^(.+?)\s*(?:-|\u2013|\u2014|to)\s*(.+)$/i.exec(t);
  if (span && timeFromText(span[1]) !== null && timeFromText(span[2]) !== null)
    return fail(
      "bad-time",
      `${showValue(v)} is two times: write the call (${span[1].trim()}) in Start and the wrap (${span[2].trim()}) in End`,
    );
  // A date-time whose date reads only in the other order (13/03/2026 07:00 read month first).
  const otherOrder = otherOrderHint(t, o);
  if (otherOrder) return fail("bad-time", `${showValue(v)} is no date and time ${otherOrder}`);
  return fail("bad-time", `${showValue(v)} is not a time; ${TIME_HINT}`);
}

// ---------- durations ----------

const HM_TEXT = /^(\d+):(\d{2})(?::(\d{2}))?$/;
const UNIT_TEXT =
  /^(?:(\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hour|hours)\.?)?\s*(?:(\d+(?:\.\d+)?)\s*(?:m|mn|min|mins|minute|minutes)?\.?)?$/;

/** Text span -> minutes; a bare number counts in `bareUnit`. */
function spanFromText(text: string, bareUnit: "h" | "min"): number | null {
  // `1,5h`, `7,5`: a span has no thousands, so one comma between digits is a decimal comma.
  const s = text
    .trim()
    .toLowerCase()
    .replace(/^(\d+),(\d+)(?!.*,)/, "$1.$2");
  let m = HM_TEXT.exec(s);
  if (m) return +m[2] > 59 || (m[3] !== undefined && +m[3] > 59) ? null : +m[1] * 60 + +m[2] + roundedSeconds(m[3]);
  if (NUMBER_TEXT.test(s)) {
    const n = +s;
    return n < 0 ? null : Math.round(bareUnit === "h" ? n * 60 : n);
  }
  m = UNIT_TEXT.exec(s);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  // "1h30": a number after hours with no unit is minutes; a lone number with no unit was handled above.
  const hours = m[1] !== undefined ? +m[1] : 0;
  const minutes = m[2] !== undefined ? +m[2] : 0;
  return Math.round(hours * 60 + minutes);
}

/** Duration: hours as a number, or `1:30`, `90m`, `1h30`, `1.5h`, `2 hrs` -> minutes. */
export function parseDuration(v: CellValue | undefined, hint?: FormatHint): Parsed<number> {
  if (typeof v === "number") {
    // Shown as a time (`1:30` typed into Excel is 0.0625 of a day): days, not hours.
    if (hint !== undefined && Number.isFinite(v) && v >= 0) return Math.round(v * MINUTES_PER_DAY);
    return Number.isFinite(v) && v >= 0
      ? Math.round(v * 60)
      : fail("bad-number", `${showValue(v)} is not a duration; write hours like 1.5 or 1:30`);
  }
  const t = parseText(v);
  if (t === null || isFail(t)) return t;
  const m = spanFromText(t, "h");
  return m === null ? fail("bad-number", `${showValue(v)} is not a duration; write it like 1.5, 1:30 or 90m`) : m;
}

/**
 * Hours (the Rules table's "(h)" columns): a number is hours as written (not rounded), and text takes the
 * duration forms `11:30`, `12.5h`, `1h30`, `690m`.
 */
export function parseHours(v: CellValue | undefined, hint?: FormatHint): Parsed<number> {
  if (typeof v === "number") {
    // Shown as a time (`11:30` typed into Excel is 0.479 of a day): days, to hours.
    if (hint !== undefined && Number.isFinite(v) && v >= 0) return Math.round(v * MINUTES_PER_DAY) / 60;
    return parseNumber(v);
  }
  const t = parseText(v);
  if (t === null || isFail(t)) return t;
  const m = spanFromText(t, "h");
  return m === null
    ? fail("bad-number", `${showValue(v)} is not a number of hours; write it like 11.5, 11:30 or 11h30`)
    : m / 60;
}

/**
 * Minutes (Lead Time, travel): a number is minutes; also `1:30`, `90m`, `1h`, `45 min`. A number between 0
 * and 1 is a duration typed as a time (`0:30` in a time-formatted cell is stored as 0.0208 of a day): nobody
 * means a fraction of a minute.
 */
/** Longest lead time or travel time read as minutes: a week (anything longer is a typo, not a call). */
const MAX_MINUTES = 7 * MINUTES_PER_DAY;

export function parseMinutes(v: CellValue | undefined, hint?: FormatHint): Parsed<number> {
  if (typeof v === "number") {
    // Shown as a time (`1:30` in a time-formatted cell), or a fraction nobody means as minutes: days.
    if ((v > 0 && v < 1) || (hint !== undefined && v >= 1 && v <= MAX_MINUTES / MINUTES_PER_DAY))
      return Math.round(v * MINUTES_PER_DAY);
    return Number.isFinite(v) && v >= 0 && v <= MAX_MINUTES
      ? Math.round(v)
      : fail("bad-number", `${showValue(v)} is not a number of minutes (0 to ${MAX_MINUTES})`);
  }
  const t = parseText(v);
  if (t === null || isFail(t)) return t;
  const m = spanFromText(t, "min");
  return m === null || m > MAX_MINUTES
    ? fail("bad-number", `${showValue(v)} is not a number of minutes; write it like 45, 1:30 or 1h`)
    : m;
}

// ---------- pages ----------

const EIGHTHS_TEXT = /^(?:(\d+)(?:\s+|-|\s*\+\s*))?(\d+)\s*\/\s*(\d+)$/;
const PAGES_SUFFIX = /\s*(?:pgs?|pages?)\.?$/;

/**
 * A whole number in the date serials of 2000 to 2099: where a page count or a cast list is expected, most likely what
 * Excel made of `3/8` or `1/4` typed into a General cell.
 */
export function looksLikeDate(v: number): boolean {
  return Number.isInteger(v) && v >= 36526 && v <= 73050;
}

/**
 * Eighths typed as `3/8` that Excel made a date (8 March, or 3 August where dates are day first): a whole date serial
 * of 2000-2099 on the 8th of a month up to August, or in August up to the 8th. Undefined for any other number.
 */
export function eighthsTypedAsDate(v: number): number | undefined {
  if (!looksLikeDate(v)) return undefined;
  const [, month, day] = isoDate(v).split("-").map(Number);
  if (day === 8 && month <= 8) return month;
  if (month === 8 && day < 8) return day;
  return undefined;
}

/** Pages -> eighths: 1.5 -> 12, "1 4/8" -> 12, "3/8" -> 3, "2" -> 16. */
export function parseEighths(v: CellValue | undefined): Parsed<number> {
  if (typeof v === "number") {
    // No scene runs to a thousand pages: a number that large is a date Excel made of eighths, or a mistake.
    if (v >= 1000) {
      const typed = eighthsTypedAsDate(v);
      return fail(
        "bad-number",
        typed === undefined
          ? `${showValue(v)} is not a page count`
          : `holds the date ${isoDate(v)}, which is how Excel keeps ${typed}/8 typed into a cell; format the Pages column as Text and type ${typed}/8 again`,
      );
    }
    return Number.isFinite(v) && v >= 0 ? Math.round(v * 8) : fail("bad-number", `${showValue(v)} is not a page count`);
  }
  const t = parseText(v);
  if (t === null || isFail(t)) return t;
  const s = t.toLowerCase().replace(PAGES_SUFFIX, "");
  if (NUMBER_TEXT.test(s) && +s >= 0) return Math.round(+s * 8);
  const m = EIGHTHS_TEXT.exec(s);
  if (m) {
    const whole = m[1] ? +m[1] : 0;
    const num = +m[2];
    const den = +m[3];
    // Page counts are written in eighths (or halves, quarters); other fractions are typos.
    if (den > 0 && 8 % den === 0) return whole * 8 + (num * 8) / den;
  }
  return fail("bad-number", `${showValue(v)} is not a page count; write it like 1 4/8 or 3/8`);
}

// ---------- lists ----------

const LIST_SPLIT = /[,;/\r\n]+/;

/** List text split on , ; / or line breaks; trimmed; empty tokens dropped. */
export function splitList(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(LIST_SPLIT)) {
    const p = trimText(part);
    if (p) out.push(p);
  }
  return out;
}

/** A list cell -> tokens (a number is one token: 7 -> "7"). */
export function parseList(v: CellValue | undefined): Parsed<string[]> {
  if (typeof v === "number") return Number.isFinite(v) ? [String(v)] : null;
  const t = parseText(v);
  if (t === null || isFail(t)) return t;
  const list = splitList(t);
  return list.length ? list : null;
}

/** IDs compare as text: the number 7, the text "7" and "7.0" are the same ID. */
export function idText(v: string): string {
  const s = v.trim();
  const dot = s.indexOf(".");
  return dot > 0 && /^\d+\.0+$/.test(s) ? s.slice(0, dot) : s;
}
