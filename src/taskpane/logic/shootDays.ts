/** Which shoot day the Generate tab offers first. */

/** Local calendar date of a JS Date as YYYY-MM-DD (the coordinator's "today", not UTC). */
export function localIsoDate(now: Date): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/**
 * The next shoot day from today (today itself counts), else the first shoot day; undefined when
 * there are none. Days are ISO dates; order in the input does not matter.
 */
export function defaultShootDay(days: string[], today: string): string | undefined {
  const sorted = [...new Set(days)].sort();
  return sorted.find((d) => d >= today) ?? sorted[0];
}
