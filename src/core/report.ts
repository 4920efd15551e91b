/** The report: what `check --json` writes (../shared/spec/report.schema.json) and what the pane shows. */
import type { CellRef, DataIssue, ResourceType } from "./model";

export type ConflictType =
  | "double-booking"
  | "unavailable"
  | "turnaround"
  | "long-day"
  | "consecutive-days"
  | "travel"
  | "dependency"
  | "deadline"
  | "material-late"
  | "budget-overrun";

export type Severity = "error" | "warning";

/** Contract order of the conflict types (§5): reports, lists and sheets sort by it. */
export const CONFLICT_TYPE_ORDER: ConflictType[] = [
  "double-booking",
  "unavailable",
  "turnaround",
  "long-day",
  "consecutive-days",
  "travel",
  "dependency",
  "deadline",
  "material-late",
  "budget-overrun",
];

/**
 * What makes findings one problem: a type at one severity over the same items. The rules find one per resource (a 7th
 * consecutive day worked by 42 people on one strip is 42 findings); the priorities count, and the pane shows, one.
 */
export function problemKey(c: { type: string; severity: string; items: readonly string[] }): string {
  return `${c.type}\u0000${c.severity}\u0000${c.items.join("\u0000")}`;
}

export interface Conflict {
  type: ConflictType;
  severity: Severity;
  /** Resource ID, else name; the account for budget-overrun. */
  resource?: string;
  /** Schedule item IDs, in schedule order. */
  items: string[];
  /** ISO date (YYYY-MM-DD). */
  date?: string;
  message: string;
  suggestion?: string;
  /** Size of the breach in the rule's unit (minutes short, units over capacity, money over budget). */
  magnitude?: number;
  /** Cells to highlight and link to (not required by the schema; kept in the JSON for tools). */
  cells?: CellRef[];
}

export interface Priority {
  item: string;
  rank: number;
  score?: number;
  slackMinutes?: number;
  critical?: boolean;
  reasons: string[];
}

export interface DoodRow {
  resource: string;
  name?: string;
  /** The resource's Type; present only when types other than the cast were requested. */
  type?: ResourceType;
  codes: string[];
  work: number;
  hold: number;
  travel?: number;
  start?: string;
  finish?: string;
}

export interface Dood {
  days: string[];
  rows: DoodRow[];
}

export interface CallSheetCast {
  resource: string;
  name?: string;
  role?: string;
  status?: string;
  /** HH:MM, or null when the person has no timed item that day. */
  call: string | null;
  /** Days from the sheet's date to the call's, where they differ: -1 for a 23:30 call to a 00:30 strip. */
  callDayOffset?: number;
}

export interface CallSheetCrew {
  resource: string;
  name?: string;
  role?: string;
  department?: string;
  call: string | null;
  /** As CallSheetCast's. */
  callDayOffset?: number;
}

export interface CallSheetScene {
  item: string;
  scene?: string;
  set?: string;
  ie?: string;
  dn?: string;
  /** Pages as eighths text, e.g. "1 4/8". */
  pages?: string;
  cast: string[];
  location?: string;
  description?: string;
  start?: string;
  /** Days from the day's date to the start's, where they differ (a date-time of 23:30 the evening before). */
  startDayOffset?: number;
  end?: string;
  /** The schedule sheet the scene comes from, on a day when several sheets' strips are at work (units). */
  unit?: string;
}

export interface CallSheetLocation {
  name: string;
  address?: string;
  /** The location's nearest hospital, else the production's "Nearest Hospital". */
  nearestHospital?: string;
  hospitalAddress?: string;
  parking?: string;
}

export interface CallSheet {
  date: string;
  shootDay?: number;
  /**
   * The production's shoot length, for "Day {shootDay} of {shootDayCount}": as the Shoot Day cells state it
   * (`Day 21 of 40`), else the highest Shoot Day where the numbers start at 1; absent when unknown (a block of days
   * 21 to 25 says "Day 21").
   */
  shootDayCount?: number;
  /** What the Shoot Day cells say of a day that is not a shoot day ("Pre-light", "Travel Day"), with no number. */
  dayLabel?: string;
  /** The number a day with a blank Shoot Day is named with, on from the last numbered day ("Call Sheet Day 3"). */
  continuedDay?: number;
  /** Day N of M: N (1-based among the workbook's shoot days) and M. */
  dayNumber: number;
  dayCount: number;
  sheet: string;
  items: string[];
  cast: CallSheetCast[];
  crew: CallSheetCrew[];
  /**
   * HH:MM general crew call: the unit call, the day's earliest Start (a crew member's Lead Time is a pre-call on their
   * own row), unless the Production table gives the day's Crew Call.
   */
  crewCall?: string | null;
  /** Days from the sheet's date to the crew call's, where they differ (a night's 23:30 call the evening before). */
  crewCallDayOffset?: number;
  header: Record<string, string>;
  scenes: CallSheetScene[];
  locations: CallSheetLocation[];
  equipment: { resource: string; name?: string; quantity?: number }[];
  deliveries: {
    item: string;
    /** The Materials row's Quantity. */
    quantity?: number;
    delivery: string;
    vendor?: string;
    /** The Materials row's Status as written (`Confirmed`, `Delayed - courier ETA unconfirmed`). */
    status?: string;
    neededFor: string[];
  }[];
  notes: string[];
  /** The next shoot day's scenes. */
  advance?: { date: string; shootDay?: number; scenes: CallSheetScene[] };
  totalPages?: string;
}

export interface Costs {
  accounts: { account: string; budget?: number; planned: number }[];
  days: { date: string; planned: number }[];
  /** Per resource, per worked day, for the cost report. */
  lines?: { date: string; resource: string; account?: string; hours?: number; amount: number; basis?: string }[];
  /**
   * Cast days paid but not worked, and not in `planned`: the DOOD's hold (H) and travel (T) days of each cast member
   * with a Day Rate, at that rate (production practice: holds and travel days are paid). An exposure for the
   * accountant beside the contract's planned cost, which counts worked dates only.
   */
  paidNotWorked?: PaidNotWorked[];
}

export interface PaidNotWorked {
  resource: string;
  account?: string;
  /** Hold days (H) and travel days (T) on the DOOD. */
  hold: number;
  travel: number;
  amount: number;
  /** "3 days (2 hold, 1 travel) × day rate 1250". */
  basis: string;
}

/**
 * The CLI's JSON report (report.schema.json). Treat it as read-only: call sheets share entries that repeat
 * from day to day (a cast member's line, a crew call, the next day's scenes as the advance schedule), so
 * editing one in place would edit it on every sheet. Copy before changing.
 */
export interface Report {
  version: 1;
  workbook?: string;
  summary: { items: number; resources: number; errors: number; warnings: number; dataIssues: number };
  conflicts: Conflict[];
  dataIssues: DataIssue[];
  priorities: Priority[];
  dood: Dood;
  callSheets: CallSheet[];
  costs?: Costs;
}
