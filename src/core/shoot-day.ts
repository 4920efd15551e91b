import type { CallSheet } from "./report";

/**
 * A day's short name on the DOOD's header and the Cost Report: "Day 21" (its Shoot Day, or the number its call sheet
 * is named with where the Shoot Day cell is blank), its words ("Pre-light"), else its place among the shoot days.
 */
export function dayName(cs: Pick<CallSheet, "shootDay" | "dayNumber" | "dayLabel" | "continuedDay">): string {
  return cs.dayLabel ?? `Day ${cs.shootDay ?? cs.continuedDay ?? cs.dayNumber}`;
}

/** Each shoot day's dayName by its ISO date, from the call sheets: the Conflicts, Priorities and Cost Report's Day. */
export function dayNamesByDate(
  callSheets: readonly Pick<CallSheet, "date" | "shootDay" | "dayNumber" | "dayLabel" | "continuedDay">[],
): Map<string, string> {
  return new Map(callSheets.map((cs) => [cs.date, dayName(cs)]));
}

/**
 * How a call sheet names its day: "Day 21 of 40" in the production's own numbering where the schedule has a Shoot
 * Day column ("Day 21" when the shoot's length is not known), else the day's place among the workbook's shoot days
 * ("Day 3 of 12"); a day the Shoot Day cells name in words ("Pre-light"), by those words. The printed sheet and the
 * task pane's list of days say the same.
 */
export function dayOfShoot(
  cs: Pick<CallSheet, "shootDay" | "shootDayCount" | "dayNumber" | "dayCount" | "dayLabel" | "continuedDay">,
): string {
  // A pre-light or travel day says so, and takes no number; a blank Shoot Day, the number its sheet is named with.
  if (cs.shootDay === undefined && cs.dayLabel !== undefined) return cs.dayLabel;
  if (cs.shootDay === undefined && cs.continuedDay !== undefined) return `Day ${cs.continuedDay}`;
  if (cs.shootDay === undefined) return `Day ${cs.dayNumber} of ${cs.dayCount}`;
  return cs.shootDayCount === undefined ? `Day ${cs.shootDay}` : `Day ${cs.shootDay} of ${cs.shootDayCount}`;
}
