/**
 * USS calendars: a start date, weekdays off and single dates off. Shoot days are dated by walking
 * forward from the start, skipping every date that is off.
 */
import { dayFromIso, weekday } from "../time";

/**
 * The calendar date of a USS date string, as written: "2022-06-20T07:00:00.000Z" -> 2022-06-20.
 * The time and zone are ignored on purpose: writers store local midnight in UTC (07:00Z is midnight
 * in Los Angeles), so converting the zone would move dates back a day for everyone west of it.
 */
export function ussDay(value: unknown): number | null {
  if (typeof value !== "string") return null;
  const m = /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(value);
  return m ? dayFromIso(m[1]) : null;
}

export interface ShootCalendar {
  start: number;
  /** 0 = Sunday .. 6 = Saturday. */
  weekdaysOff: Set<number>;
  datesOff: Set<number>;
}

export function isDayOff(cal: ShootCalendar, day: number): boolean {
  return cal.weekdaysOff.has(weekday(day)) || cal.datesOff.has(day);
}

/** The first date on or after `day` that is not off. */
export function nextWorkDay(cal: ShootCalendar, day: number): number {
  let d = day;
  // Terminates: at most 6 weekdays are off (the caller guarantees it) and datesOff is finite.
  while (isDayOff(cal, d)) d++;
  return d;
}

/** Dates of shoot days 1..count. Day 1 is the start date, or the first work day after it. */
export function shootDates(cal: ShootCalendar, count: number): number[] {
  const dates: number[] = [];
  let d = cal.start;
  for (let i = 0; i < count; i++) {
    d = nextWorkDay(cal, i === 0 ? d : d + 1);
    dates.push(d);
  }
  return dates;
}
