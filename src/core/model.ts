/**
 * The typed model the rules run on. Times are whole minutes since 1899-12-30 00:00 (the Excel
 * 1900-system epoch, wall-clock, no time zone); dates are whole day serials on the same epoch.
 * A 1904-system workbook is normalised to this epoch when parsed.
 */
import type { RuleSetNumbers } from "./snapshot";
import type { ScheduleColumns } from "./columns";

export type Role =
  "schedule" | "resources" | "availability" | "materials" | "locations" | "travel" | "budget" | "rules" | "production";

export type ResourceType = "cast" | "crew" | "equipment" | "vehicle" | "location" | "other";

/** Where a value came from: sheet name and A1 address. */
export interface CellRef {
  sheet: string;
  cell: string;
}

/** A span of whole days, inclusive: [from, to] as day serials. */
export interface DayRange {
  from: number;
  to: number;
}

export interface Resource {
  /** Internal unique key (lower-cased id, else "name:" + lower-cased name). */
  key: string;
  id?: string;
  name?: string;
  /** What findings call it: the ID, else the name. */
  label: string;
  type: ResourceType;
  role?: string;
  department?: string;
  capacity: number;
  /** Day serial: available from the start of this day. */
  availableFrom?: number;
  /** Day serial: available to the end of this day. */
  availableTo?: number;
  unavailable: DayRange[];
  /** Raw Rule Set text as written (resolved by ruleSetFor). */
  ruleSet?: string;
  birthDate?: number;
  allowDrop: boolean;
  dayRate?: number;
  hourlyRate?: number;
  account?: string;
  phone?: string;
  email?: string;
  /** Minutes before the first Start this person is called (makeup, prep). */
  leadTimeMin: number;
  /** Locations: street address, nearest hospital and its address, parking (for call sheets). */
  address?: string;
  nearestHospital?: string;
  hospitalAddress?: string;
  parking?: string;
  notes?: string;
  /** Position across the merged resource tables, for DOOD and call-sheet order. */
  order: number;
  sheet: string;
  /** Excel row of the resource's row; 0 for a resource made up from an unknown schedule token. */
  row: number;
  /** Made up from an unresolved schedule token (type other, capacity 1). */
  synthetic?: boolean;
}

/** A resource as a message names it: "Ava Marsh (1)", or just the ID or the name. */
export function who(resource: Resource): string {
  if (resource.name && resource.id && resource.name !== resource.id) return `${resource.name} (${resource.id})`;
  return resource.label;
}

export type AvailabilityKind = "unavailable" | "day off" | "hold" | "travel" | "rehearsal" | "fitting";

export interface AvailabilityWindow {
  resourceKey: string;
  /** Minutes, inclusive start. */
  from: number;
  /** Minutes, exclusive end. */
  to: number;
  kind: AvailabilityKind;
  notes?: string;
  sheet: string;
  row: number;
}

/** Which schedule column a token list came from. */
export type AssignmentColumn = "cast" | "crew" | "equipment" | "resources" | "location";

export interface Item {
  /** ID column value, or "row:N". */
  id: string;
  /** Position in the schedule (0-based, order of rows across schedule tables). */
  index: number;
  sheet: string;
  /** Excel row number. */
  row: number;
  /** Day serial; null when the Date could not be read (the row is then skipped by rules). */
  date: number | null;
  /** Minutes; both present for a timed item (end > start, or end = start for zero length). */
  start?: number;
  end?: number;
  /** Start as written when there is no End nor Duration (used for calls only). */
  callOnly?: number;
  timed: boolean;
  durationMin?: number;
  shootDay?: number;
  /** What the Shoot Day cell says of a day that is not a shoot day ("Pre-light", "Travel Day"), as written. */
  dayLabel?: string;
  scene?: string;
  description?: string;
  set?: string;
  ie?: string;
  dn?: string;
  /** Pages in eighths. */
  eighths?: number;
  location?: string;
  /** Resource key of the location resource named by Location, when one exists. */
  locationKey?: string;
  /** Resource keys per column, in cell order, de-duplicated. */
  cast: string[];
  crew: string[];
  equipment: string[];
  other: string[];
  /** Every resource key of the item (cast, crew, equipment, resources, location), de-duplicated. */
  resourceKeys: string[];
  /** Priority 1 (most urgent) .. n. */
  priority?: number;
  /** Deadline in minutes (date-only deadline: end of that day). */
  deadline?: number;
  deadlineDateOnly?: boolean;
  /** Item IDs this item depends on, as written (resolved by the model's itemById). */
  dependsOn: string[];
  status?: string;
  cancelled: boolean;
  notes?: string;
  /** Column (canonical name) -> A1 address of this row's cell, for highlights and messages. */
  cells: Partial<Record<string, string>>;
}

export interface Material {
  item: string;
  quantity?: number;
  neededFor: string[];
  /** Minutes (date-only: 00:00 of that day). */
  neededBy?: number;
  neededByDateOnly?: boolean;
  /** Minutes (date-only: 00:00 of that day). */
  delivery: number;
  deliveryDateOnly: boolean;
  vendor?: string;
  status?: string;
  sheet: string;
  row: number;
  cells: Partial<Record<string, string>>;
}

/** One row of a Production table written one row per day. */
export interface ProductionDay {
  /** Day serial of its Date, when given. */
  date?: number;
  /** Its Shoot Day, when given (matched where no row gives the date). */
  shootDay?: number;
  /** Canonical key -> text, as `Model.production`. */
  values: Record<string, string>;
}

export interface TravelTime {
  from: string;
  to: string;
  minutes: number;
  /**
   * The places compared (placeKey of From and To, where a text naming a location resource by its ID is that
   * location's name), set by the parser; absent, From and To themselves are compared.
   */
  fromPlace?: string;
  toPlace?: string;
}

export interface BudgetLine {
  account: string;
  description?: string;
  amount: number;
  sheet: string;
  row: number;
  /** The Budget amount's cell (what a budget-overrun finding points at). */
  cell?: string;
}

export interface RuleSet extends RuleSetNumbers {
  name: string;
}

/**
 * The day/month order of text dates: from the culture (the add-in's Excel, the CLI's --culture), or the contract's
 * default (month first). `unsure`: with no culture, some text dates can only be day first (13/03/2026: each a
 * bad-date) and none only month first, so the workbook may be written day first.
 */
export interface DateOrder {
  dayFirst: boolean;
  from: "culture" | "default";
  unsure?: boolean;
}

/** Where a table was found and what role it plays. */
export interface TableInfo {
  sheet: string;
  /** Excel table name, absent for a plain range. */
  table?: string;
  role: Role | null;
  /** Header address, e.g. "A3:M3". */
  headerAddress: string;
  /** canonical column -> header text found */
  columns: Record<string, string>;
  /** Header texts that matched no column. */
  unknownColumns: string[];
  rows: number;
  /** How the role was decided. */
  roleSource: "saved" | "name" | "headers" | "none";
}

export interface DataIssue {
  code: string;
  sheet: string;
  cell?: string;
  message: string;
}

export interface Model {
  items: Item[];
  /** First item of each ID (the parser's is an ItemIndex; any read-only map will do). */
  itemById: ReadonlyMap<string, Item>;
  resources: Resource[];
  resourceByKey: Map<string, Resource>;
  availability: AvailabilityWindow[];
  materials: Material[];
  travel: TravelTime[];
  budget: BudgetLine[];
  ruleSets: Map<string, RuleSet>;
  /** Production key/value pairs (canonical key -> text). */
  production: Record<string, string>;
  /**
   * A Production table's rows for one day (a Date or Shoot Day column): what that day's call sheet prints instead of
   * the production's own values (its weather, sunrise, crew call, notes).
   */
  productionDays?: ProductionDay[];
  tables: TableInfo[];
  issues: DataIssue[];
  /** Schedule has a Shoot Day column (call sheets are then named "Call Sheet Day N"). */
  hasShootDayColumn: boolean;
  /** The shoot's length as the Shoot Day cells state it (`Day 21 of 40`: 40), if any does. */
  shootDaysStated?: number;
  /** How text dates like 02/03/2026 were read (see DateOrder). */
  dateOrder?: DateOrder;
  /** The schedule as typed arrays for the hot loops (filled by the parser; see scheduleColumns). */
  columns?: ScheduleColumns;
}
