/** Day serials and minutes on the Excel 1900 epoch (1899-12-30), without time zones. */

export const MINUTES_PER_DAY = 1440;
/** Days between the 1900 and 1904 epochs: a 1904-system serial + this = 1900-system serial. */
export const DATE1904_OFFSET = 1462;
const EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86400000;

/** Day serial -> "YYYY-MM-DD". */
export function isoDate(day: number): string {
  const whole = Math.floor(day);
  // Years 1000-9999 (all of Excel's) by arithmetic; Date covers the rest the way it always did.
  if (whole >= -328716 && whole <= 2958465) return civilDate(whole);
  const d = new Date(EPOCH_MS + whole * MS_PER_DAY);
  // The parser rejects dates outside Excel's range; this guard keeps a stray value from crashing a report.
  return Number.isNaN(d.getTime()) ? "0000-00-00" : d.toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" of a 1900-system day serial (the proleptic Gregorian calendar, days-to-civil). */
function civilDate(serial: number): string {
  // Days since 0000-03-01: the epoch 1899-12-30 is day 693,899 of that count.
  const z = serial + 693899;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/** Year, month (1-12), day -> day serial; null when not a real calendar date. */
export function daySerial(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return Math.round((ms - EPOCH_MS) / MS_PER_DAY);
}

/** "YYYY-MM-DD" -> day serial. */
export function dayFromIso(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? daySerial(+m[1], +m[2], +m[3]) : null;
}

/** Day serial of a minute. */
export function dayOf(minute: number): number {
  return Math.floor(minute / MINUTES_PER_DAY);
}

/** Minute of day, 0..1439. */
export function minuteOfDay(minute: number): number {
  return ((minute % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
}

/** Minutes -> "HH:MM" (time of day only). */
export function hhmm(minute: number): string {
  const m = minuteOfDay(Math.round(minute));
  // A finding's text names several times: one string per minute of the day, made once.
  return (CLOCK ??= Array.from({ length: MINUTES_PER_DAY }, (_, k) => clockText(k)))[m] ?? clockText(m);
}

let CLOCK: string[] | undefined;

/** Minutes after midnight of an "HH:MM" clock text (what hhmm writes); undefined for anything else. */
export function clockMinutes(text: string | null | undefined): number | undefined {
  const m = /^\s*(\d{1,2}):(\d{2})\s*$/.exec(text ?? "");
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return undefined;
  return Number(m[1]) * 60 + Number(m[2]);
}

function clockText(m: number): string {
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** 0 = Sunday .. 6 = Saturday. */
export function weekday(day: number): number {
  return (((day - 1) % 7) + 7) % 7;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** "Wed" for a day serial. */
export function weekdayName(day: number): string {
  return WEEKDAYS[weekday(day)];
}

/** "23:30 Wed" for messages. */
export function timeWithDay(minute: number): string {
  return `${hhmm(minute)} ${weekdayName(dayOf(minute))}`;
}

/** A duration in minutes as "7 h 30 min", "45 min", "12 h". */
export function formatDuration(minutes: number): string {
  // Findings repeat the same few durations (a rest rule's 12 h, a 30 min buffer): each whole one made once.
  if (minutes >= 0 && minutes < DURATIONS.length && Number.isInteger(minutes))
    return (DURATIONS[minutes] ??= durationText(minutes));
  return durationText(minutes);
}

const DURATIONS: (string | undefined)[] = new Array(4 * MINUTES_PER_DAY).fill(undefined);

function durationText(minutes: number): string {
  const sign = minutes < 0 ? "-" : "";
  const m = Math.round(Math.abs(minutes));
  const h = Math.floor(m / 60);
  const r = m % 60;
  if (h === 0) return `${sign}${r} min`;
  return r === 0 ? `${sign}${h} h` : `${sign}${h} h ${r} min`;
}

/** Day serial -> "Mon 2 Mar 2026". */
export function longDate(day: number): string {
  const d = new Date(EPOCH_MS + day * MS_PER_DAY);
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
