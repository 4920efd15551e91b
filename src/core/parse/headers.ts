/**
 * Header names (contract §1, §3): normalisation, the alias table of every role, required columns,
 * and roles from table or sheet names.
 */
import { wordTable } from "../word-table";
import type { ResourceType, Role } from "../model";

/**
 * Compare key of a header: lower case, without a trailing `#` or `No.`, without spaces and punctuation.
 * "Scene #", "scene no.", "Scene_No.", "SceneNo." and "SCENE" all give "scene". A header that is only "No." or "#"
 * keeps it.
 */
export function headerKey(text: string): string {
  const lower = text.toLowerCase().trim();
  const stripped = lower.replace(TRAILING_NUMBER_MARK, "");
  const key = stripped.replace(NON_ALNUM, "");
  return key.length ? key : lower.replace(NON_ALNUM, "") || lower.replace(/\s+/g, "");
}

// `_` is punctuation here (a regex word character, so `\b` alone would miss `Cast_No.`), and `No.` or `Num.` with its
// point may be written onto the word (`CastNo.`): without the point a word may just end in "no".
const TRAILING_NUMBER_MARK = /(?:[\s_]*#|(?:[\s_]+|\b)(?:no|num)\.?|(?<=[a-z])(?:no|num)\.)\s*$/;
const NON_ALNUM = /[^a-z0-9]/g;

export interface ColumnDef {
  /** Canonical name, as the contract writes it: also the key of Item.cells. */
  name: string;
  aliases: string[];
  /** How many of [name, ...aliases] are the contract's own words (they come first; the rest are this project's). */
  contractWords: number;
}

export interface RoleDef {
  role: Role;
  columns: ColumnDef[];
  /** Every group must have one of its columns ("ID or Name"). */
  required: string[][];
}

/** A column: the contract's words for it (canonical name first), then this project's extra aliases. */
function col(contract: string[], extra: string[] = []): ColumnDef {
  const [name, ...aliases] = [...contract, ...extra];
  return { name, aliases, contractWords: contract.length };
}

/** Every role's columns, canonical name first (contract §3, plus a few extra aliases). */
export const ROLE_DEFS: RoleDef[] = [
  {
    role: "schedule",
    required: [["Date"]],
    columns: [
      col(["ID", "Item ID", "Strip ID", "Task ID", "Work Order", "WO", "Ref"], ["Reference"]),
      col(["Date", "Shoot Date", "Scheduled Date", "Day Date", "Work Date"], ["Shooting Date"]),
      col(["Shoot Day", "Day", "Shoot Day #", "Day #"], ["Shooting Day", "Day No"]),
      col(
        ["Start", "Call", "Call Time", "Start Time", "From", "Begin"],
        ["Shooting Call", "Crew Call", "Unit Call", "Shoot Call"],
      ),
      col(
        ["End", "Wrap", "Wrap Time", "End Time", "To", "Finish"],
        ["Finish Time", "Est. Wrap", "Estimated Wrap", "Unit Wrap"],
      ),
      col(
        ["Duration", "Est. Time", "Est Duration", "Hours", "Length"],
        ["Estimated Time", "Est Time", "Est. Hours", "Est. Hrs", "Estimated Hours"],
      ),
      col(["Scene", "Sc", "Sc.", "Scene #", "Scene No.", "Scene Number"], ["Scenes"]),
      col(["Description", "Synopsis", "Scene Description", "Task", "Task Name", "Title"]),
      col(["Set", "Set Name", "Slugline"]),
      col(["I/E", "INT/EXT", "Int/Ext"], ["IE"]),
      col(["D/N", "Day/Night", "Time of Day"], ["DN"]),
      col(["Pages", "Pgs", "Page Count", "Eighths", "1/8ths"], ["Page", "Pg"]),
      col(["Location", "Loc", "Shooting Location", "Site"]),
      col(
        ["Cast", "Cast IDs", "Cast Members", "Talent", "Actors"],
        ["Cast ID", "Cast Member", "Cast List", "Characters", "Cast #s", "Cast Nos."],
      ),
      col(["Crew", "Crew Members", "Staff", "Personnel"], ["Crew Member", "Crew List", "Crew Needed"]),
      col(["Equipment", "Gear", "Kit", "Equipment Needed"], ["Equipment List", "Equip"]),
      col(["Resources", "Assigned", "Assigned To"], ["Resource"]),
      col(["Priority", "Pri", "Priority Level"]),
      col(["Deadline", "Due", "Due Date", "Needed By"]),
      col(["Depends On", "Predecessors", "After", "Dependencies"], ["Depends"]),
      col(["Status", "State"]),
      col(["Notes", "Remarks", "Comments"], ["Note"]),
    ],
  },
  {
    role: "resources",
    required: [["ID", "Name"]],
    columns: [
      col(["ID", "Cast #", "Cast ID", "Resource ID", "Code", "No."], ["Crew ID", "Equipment ID"]),
      col(["Name", "Actor", "Person", "Resource", "Item", "Full Name"], ["Artist", "Performer", "Vehicle"]),
      col(["Type", "Category", "Kind", "Resource Type"]),
      col(["Role", "Character", "Position", "Title"], ["Job"]),
      col(["Department", "Dept"]),
      col(["Capacity", "Qty", "Quantity", "Units"]),
      col(["Available From", "Start Date", "Start"], ["Avail From"]),
      col(["Available To", "End Date", "Until"], ["Avail To"]),
      col(["Unavailable", "Days Off", "Blackout Dates", "Not Available"], ["Unavailable Dates"]),
      col(["Rule Set", "Union", "Agreement", "Contract"], ["Ruleset"]),
      col(["Birth Date", "DOB", "Date of Birth"]),
      col(["Allow Drop", "Drop OK"], ["Drop"]),
      col(["Day Rate", "Daily Rate", "Rate"], ["Rate/Day", "Rate per Day"]),
      col(["Hourly Rate", "Hour Rate"], ["Rate/Hour", "Rate/Hr", "Rate per Hour"]),
      col(["Account", "Budget Account", "Acct"]),
      col(["Phone", "Mobile", "Cell"]),
      col(["Email", "E-mail"]),
      col(
        ["Lead Time", "Makeup", "Prep"],
        ["Makeup Time", "Prep Time", "Hair/Makeup", "Hair & Makeup", "Hair/MU", "HMU"],
      ),
      col([], ["Address", "Street Address"]),
      col([], ["Nearest Hospital", "Hospital"]),
      col([], ["Hospital Address"]),
      col([], ["Parking", "Crew Parking"]),
      col([], ["Notes", "Remarks", "Comments"]),
    ],
  },
  {
    role: "locations",
    required: [["ID", "Name"]],
    // The location words, this project's; withResourceColumns adds every Resources column (a Locations table is one
    // of them, and takes the contract's words from there).
    columns: [
      // `Loc #` (headers drop a trailing # or No.: `Loc`) is a locations department's number for each place.
      col([], ["ID", "Location ID", "Code", "Loc ID", "Loc"]),
      col([], ["Name", "Location", "Location Name", "Site"]),
      col([], ["Address", "Street Address", "Location Address"]),
      col([], ["Nearest Hospital", "Hospital"]),
      col([], ["Hospital Address"]),
      col([], ["Parking", "Crew Parking"]),
      col([], ["Day Rate", "Daily Rate", "Rate", "Location Fee", "Fee"]),
      col([], ["Phone", "Contact Phone"]),
    ],
  },
  {
    role: "availability",
    required: [["Resource"], ["From"]],
    columns: [
      col(["Resource"], ["Name", "Person", "Cast", "Crew", "Who", "ID", "Resource ID"]),
      col(["From"], ["Start", "Start Date", "From Date", "Date"]),
      col(["To"], ["End", "End Date", "To Date", "Until"]),
      col(["Kind"], ["Type", "Reason", "Status"]),
      col(["Notes"], ["Remarks", "Comments"]),
    ],
  },
  {
    role: "materials",
    required: [["Item"], ["Delivery"]],
    columns: [
      col(["Item"], ["Material", "Materials", "Description", "Prop"]),
      col(["Quantity"], ["Qty"]),
      col(["Needed For"], ["For", "Items", "Needed For Items", "For Items"]),
      col(["Needed By"], ["Need By", "Due", "Due Date", "Required By"]),
      col(["Delivery", "ETA", "Arrives"], ["Delivery Date", "Arrival", "Delivered"]),
      col(["Vendor"], ["Supplier"]),
      col(["Status"], ["State"]),
      col([], ["Notes", "Remarks", "Comments"]),
    ],
  },
  {
    role: "travel",
    required: [["From"], ["To"], ["Minutes"]],
    columns: [
      col(["From"], ["From Location", "Origin"]),
      col(["To"], ["To Location", "Destination"]),
      col(["Minutes"], ["Travel Time", "Time", "Travel Minutes", "Mins", "Duration", "Drive Time", "Drive Minutes"]),
    ],
  },
  {
    role: "budget",
    required: [["Account"], ["Budget"]],
    columns: [
      col(["Account"], ["Acct", "Budget Account", "Account Code"]),
      col(["Description"], ["Name", "Account Name", "Desc", "Category", "Line Item"]),
      // Not `Total`: an Actuals or cost sheet (Account | Total) would be read as a second budget.
      col(["Budget", "Amount"], ["Budgeted", "Budget Amount", "Approved Budget", "Total Budget", "Budget Total"]),
    ],
  },
  {
    role: "rules",
    required: [["Rule Set"]],
    columns: [
      col(["Rule Set"], ["Name", "Union", "Agreement", "Ruleset"]),
      col(["Min Rest (h)"], ["Min Rest", "Min Rest Hours", "Minimum Rest", "Minimum Rest (h)", "Turnaround", "Rest"]),
      col(["Max Day (h)"], ["Max Day", "Max Day Hours", "Max Hours", "Maximum Day", "Maximum Day (h)"]),
      col(["Max Consecutive Days"], ["Max Consecutive", "Consecutive Days", "Max Days in a Row", "Days in a Row"]),
      col(["Travel Buffer (min)"], ["Travel Buffer", "Buffer"]),
      col(["OT After (h)"], ["OT After", "Overtime After"]),
      col(["OT Rate"], ["Overtime Rate"]),
      col(["Drop Days"], ["Drop"]),
    ],
  },
  {
    role: "production",
    required: [],
    columns: [
      col(["Title"], ["Production", "Show", "Production Title"]),
      col(["Episode"], ["Ep"]),
      col(["Director"]),
      col(["Producer"], ["Producers"]),
      col(["UPM"], ["Unit Production Manager"]),
      col(["1st AD"], ["First AD", "1st Assistant Director", "First Assistant Director"]),
      col(["Production Office"], ["Office"]),
      col(["Phone"], ["Office Phone", "Production Phone"]),
      col(["Nearest Hospital"], ["Hospital"]),
      col(["Hospital Address"]),
      col(["Crew Parking"], ["Parking"]),
      col(["Basecamp"], ["Base Camp"]),
      col(["Weather"], ["Forecast"]),
      col(["Sunrise"]),
      col(["Sunset"]),
      // More than the contract's keys: what a call sheet prints in its own places, and in a table of one row per day,
      // the day each row is for.
      col(["Date"], ["Shoot Date", "Day Date"]),
      col(["Shoot Day"], ["Shoot Day #", "Day #", "Day No.", "Day Number"]),
      col(["Crew Call"], ["General Crew Call", "General Call"]),
      col(["Shooting Call"], ["Shoot Call"]),
      col(["Lunch"], ["Lunch Time", "Lunch Call"]),
      col(["Notes"]),
    ],
  },
];

/**
 * Contract §3: "Several tables may play this role (Cast, Crew, Equipment, Locations)", so a Locations table
 * takes every Resources column and alias too, after its own location words (which win where both name one).
 */
function withResourceColumns(own: ColumnDef[], resources: ColumnDef[]): ColumnDef[] {
  const merged = own.map((c) => ({ ...c, aliases: [...c.aliases] }));
  for (const r of resources) {
    const mine = merged.find((c) => c.name === r.name);
    if (mine) mine.aliases.push(...r.aliases.filter((a) => !mine.aliases.includes(a)));
    else merged.push({ ...r, aliases: [...r.aliases] });
  }
  return merged;
}
{
  const locations = ROLE_DEFS.find((d) => d.role === "locations") as RoleDef;
  locations.columns = withResourceColumns(
    locations.columns,
    (ROLE_DEFS.find((d) => d.role === "resources") as RoleDef).columns,
  );
}

export const ROLE_DEF: Record<Role, RoleDef> = Object.fromEntries(ROLE_DEFS.map((d) => [d.role, d])) as Record<
  Role,
  RoleDef
>;

/** headerKey -> canonical name, per role. */
const ALIAS_INDEX: Record<Role, Map<string, string>> = Object.fromEntries(
  ROLE_DEFS.map((d) => {
    const m = new Map<string, string>();
    for (const c of d.columns) {
      for (const a of [c.name, ...c.aliases]) {
        const k = headerKey(a);
        if (!m.has(k)) m.set(k, c.name);
      }
    }
    return [d.role, m];
  }),
) as Record<Role, Map<string, string>>;

/** Each header word's place in its column's list (the canonical name 0, then the aliases in order), by role. */
const ALIAS_RANK: Record<Role, Map<string, number>> = Object.fromEntries(
  ROLE_DEFS.map((d) => {
    const m = new Map<string, number>();
    for (const c of d.columns) {
      [c.name, ...c.aliases].forEach((a, k) => {
        const key = headerKey(a);
        if (!m.has(key)) m.set(key, k);
      });
    }
    return [d.role, m];
  }),
) as Record<Role, Map<string, number>>;

/** The canonical column a header names in a role, or undefined. */
/**
 * The contract's own column words (§3: canonical names and aliases, the first `contractWords` of each column), by
 * role. An extra alias of this project never takes a column from a header the contract names: in `Crew Call | Start`,
 * Start is the Start ("Unknown columns are kept and ignored", and the project may accept more but not change a
 * meaning the contract writes). Locations are a Resources table; Production is read by its keys, not columns.
 */
const CONTRACT_KEYS = new Map<Role, Set<string>>(
  ROLE_DEFS.filter((d) => d.role !== "production" && d.role !== "locations").map((d) => [
    d.role,
    new Set(d.columns.flatMap((c) => [c.name, ...c.aliases].slice(0, c.contractWords)).map(headerKey)),
  ]),
);
CONTRACT_KEYS.set("locations", CONTRACT_KEYS.get("resources") as Set<string>);

/** Whether a header names its column with the contract's own word (or that word with a unit: "Day Rate ($)"). */
function isContractWord(role: Role, header: string): boolean {
  const keys = CONTRACT_KEYS.get(role);
  if (!keys) return true;
  if (keys.has(headerKey(header))) return true;
  const m = UNIT_SUFFIX.exec(header);
  return !!m && keys.has(headerKey(m[1]));
}

export function canonicalColumn(role: Role, header: string): string | undefined {
  const exact = ALIAS_INDEX[role].get(headerKey(header));
  if (exact !== undefined) return exact;
  // "Day Rate ($)", "Travel Time (min)", "Duration (hrs)": the name before a unit in brackets, when the unit is a
  // currency or the column's own unit (a "Lead Time (h)" would be read as minutes, so it stays unknown).
  const m = UNIT_SUFFIX.exec(header);
  if (!m) return undefined;
  const name = ALIAS_INDEX[role].get(headerKey(m[1]));
  if (name === undefined) return undefined;
  const unit = m[2].trim().toLowerCase();
  if (CURRENCY_UNITS.has(unit)) return name;
  // "Rate ($/day)", "Rate (per hour)": a rate's unit says which rate it is.
  const per = RATE_UNIT.exec(unit);
  if (per && (name === "Day Rate" || name === "Hourly Rate") && (!per[1] || CURRENCY_UNITS.has(per[1])))
    return per[2] === "day" || per[2] === "d" || per[3] === "daily" ? "Day Rate" : "Hourly Rate";
  // "Start (24h)", "Call (hh:mm)", "Duration (hh:mm)": how the times are written.
  if ((name === "Start" || name === "End") && TIME_FORMAT_UNIT.test(unit)) return name;
  if (name === "Duration" && /^h{1,2}:?mm$/.test(unit)) return name;
  const columnUnit = COLUMN_UNITS[name];
  return columnUnit !== undefined && TIME_UNITS[unit] === columnUnit ? name : undefined;
}

/** A rate's unit: `$/day`, `/hr`, `per hour`, `USD per day`, `daily`, `hourly` (the currency, then day or hour). */
const RATE_UNIT = /^(\S*?)\s*(?:(?:\/|\bper\s+|\ba\s+)\s*(day|d|hour|hours|hrs|hr|h)|(daily|hourly))$/;
/** A time column's format: `24h`, `24 hr`, `hh:mm`, `am/pm`, `local`. */
const TIME_FORMAT_UNIT = /^(?:24\s*-?\s*(?:h|hr|hrs|hour)|hh:?mm|h:mm|am\/pm|local(?: time)?)$/;

const UNIT_SUFFIX = /^(.*\S)\s*[([]([^)\]]+)[)\]]\s*$/;
const CURRENCY_UNITS = new Set([
  "$",
  "usd",
  "£",
  "gbp",
  "€",
  "eur",
  "cad",
  "aud",
  "nzd",
  "us$",
  "c$",
  "a$",
  "chf",
  "sek",
  "nok",
  "dkk",
  "¥",
  "jpy",
  "₹",
  "inr",
  "zar",
  "mxn",
  "brl",
  "r$",
]);
const TIME_UNITS: Record<string, "h" | "min"> = {
  h: "h",
  hr: "h",
  hrs: "h",
  hour: "h",
  hours: "h",
  m: "min",
  min: "min",
  mins: "min",
  minute: "min",
  minutes: "min",
};
/** The unit a column's bare numbers count in (contract §2-§4). */
const COLUMN_UNITS: Record<string, "h" | "min"> = {
  Duration: "h",
  "Min Rest (h)": "h",
  "Max Day (h)": "h",
  "OT After (h)": "h",
  "Lead Time": "min",
  Minutes: "min",
  "Travel Buffer (min)": "min",
};

export interface ColumnMatch {
  /** canonical name -> 0-based index in the header row */
  index: Map<string, number>;
  /** canonical name -> header text */
  columns: Record<string, string>;
  unknown: string[];
  /** Canonical columns matched (each once). */
  matched: number;
  /** Required groups not satisfied, as "ID or Name". */
  missing: string[];
}

/**
 * Match a header row to a role's columns; of two headers naming one column, the one the contract lists first wins
 * (then the leftmost). `overrides` (saved
 * mapping: canonical -> header text) take precedence; an override of "" (or blank) switches that column
 * off, so the header that would name it is left unknown. Overrides for columns the role lacks are ignored.
 */
export function matchColumns(role: Role, headers: string[], overrides?: Record<string, string>): ColumnMatch {
  const index = new Map<string, number>();
  const columns: Record<string, string> = {};
  const unknown: string[] = [];
  const taken = new Set<number>();
  const switchedOff = new Set<string>();
  if (overrides) {
    const keys = headers.map(headerKey);
    for (const [canon, text] of Object.entries(overrides)) {
      const name = ROLE_DEF[role].columns.find((c) => headerKey(c.name) === headerKey(canon))?.name;
      if (name === undefined || typeof text !== "string") continue;
      if (!text.trim()) {
        switchedOff.add(name);
        continue;
      }
      const at = keys.indexOf(headerKey(text));
      if (at >= 0 && !index.has(name) && !taken.has(at)) {
        index.set(name, at);
        columns[name] = headers[at];
        taken.add(at);
      }
    }
    // A column switched off stays off even if another override named it too.
    for (const name of switchedOff) {
      const at = index.get(name);
      if (at === undefined) continue;
      index.delete(name);
      delete columns[name];
      taken.delete(at);
    }
  }
  // The contract's words first, then this project's extra aliases for the columns still free: an extra alias
  // left of the contract's column ("Crew Call" before "Start") does not take its place.
  const extra: number[] = [];
  // Where two headers name one column (`No.` and `Cast #` for the ID), the contract's canonical name wins, then the
  // alias it lists first (`Cast #` before `No.`: a running number is the weaker claim), then the leftmost.
  const rankOf = (h: string) => ALIAS_RANK[role].get(headerKey(UNIT_SUFFIX.exec(h)?.[1] ?? h)) ?? Infinity;
  const chosen = new Map<string, number>();
  headers.forEach((h, i) => {
    if (taken.has(i) || !h.trim()) return;
    const c = canonicalColumn(role, h);
    if (c && !isContractWord(role, h)) extra.push(i);
    else if (c && switchedOff.has(c)) unknown.push(h);
    else if (c && !index.has(c)) {
      const before = chosen.get(c);
      if (before === undefined || rankOf(h) < rankOf(headers[before])) chosen.set(c, i);
    } else if (!c) unknown.push(h);
  });
  for (const [c, i] of chosen) {
    index.set(c, i);
    columns[c] = headers[i];
  }
  for (const i of extra) {
    const c = canonicalColumn(role, headers[i]) as string;
    if (switchedOff.has(c) || index.has(c)) continue;
    index.set(c, i);
    columns[c] = headers[i];
  }
  const missing = ROLE_DEF[role].required.filter((g) => !g.some((c) => index.has(c))).map((g) => g.join(" or "));
  return { index, columns, unknown, matched: index.size, missing };
}

/** Table or sheet name -> role and the resource type it implies (the contract's names; more in WEAK_NAMES). */
const NAME_ROLES: [string, Role, ResourceType?][] = [
  ["Schedule", "schedule"],
  ["Shooting Schedule", "schedule"],
  ["Shoot Schedule", "schedule"],
  ["Production Schedule", "schedule"],
  ["Stripboard", "schedule"],
  ["Strip Board", "schedule"],
  ["One-Liner", "schedule"],
  ["One Line Schedule", "schedule"],
  ["Resources", "resources"],
  ["Cast", "resources", "cast"],
  ["Cast List", "resources", "cast"],
  ["Crew", "resources", "crew"],
  ["Crew List", "resources", "crew"],
  ["Equipment", "resources", "equipment"],
  ["Gear", "resources", "equipment"],
  ["Vehicles", "resources", "vehicle"],
  ["Vehicle", "resources", "vehicle"],
  ["Locations", "locations", "location"],
  ["Location", "locations", "location"],
  ["Availability", "availability"],
  ["Materials", "materials"],
  ["Deliveries", "materials"],
  ["Travel", "travel"],
  ["Travel Times", "travel"],
  ["Budget", "budget"],
  ["Rules", "rules"],
  ["Rule Sets", "rules"],
  ["Production", "production"],
  ["Production Info", "production"],
];
/**
 * Names beyond the contract's: they give a resource list its type, but a table whose own headers name another role
 * completely (an Availability table on a sheet called Talent) keeps that role.
 */
const WEAK_NAMES: [string, Role, ResourceType?][] = [
  ["Talent", "resources", "cast"],
  ["Actors", "resources", "cast"],
  ["Performers", "resources", "cast"],
  ["Picture Cars", "resources", "vehicle"],
];
const NAME_INDEX = new Map<string, { role: Role; type?: ResourceType; weak?: boolean }>([
  ...NAME_ROLES.map(([n, r, t]) => [headerKey(n), { role: r, type: t }] as const),
  ...WEAK_NAMES.map(([n, r, t]) => [headerKey(n), { role: r, type: t, weak: true }] as const),
]);

/**
 * Whether a name is one of the role names itself (`Schedule`, `Cast`, `One-Liner`, `Travel Times`), in any case, also
 * as a table names it (`tblSchedule`, `Cast2`).
 */
export function isRoleName(name: string): boolean {
  return NAME_INDEX.has(headerKey(name)) || NAME_INDEX.has(tableNameKey(name));
}

/** "tblCast", "Cast2", "Cast_Table" -> "cast". */
function tableNameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(NON_ALNUM, "")
    .replace(/^(?:tbl|table)/, "")
    .replace(/(?:table|tbl)?\d*$/, "");
}

/** Role (and implied resource type) from a table or sheet name; "tblCast", "Cast2", "Cast_Table" also count. */
export function roleFromName(name: string): { role: Role; type?: ResourceType; weak?: boolean } | undefined {
  const direct = NAME_INDEX.get(headerKey(name));
  if (direct) return direct;
  return NAME_INDEX.get(tableNameKey(name)) ?? typeFromNameWords(name);
}

/** Words in a list's name that say what its resources are ("Principal Cast", "Day Players", "Camera Dept"). */
const TYPE_NAME_WORDS: Record<string, ResourceType> = {
  cast: "cast",
  talent: "cast",
  actors: "cast",
  performers: "cast",
  players: "cast",
  crew: "crew",
  dept: "crew",
  department: "crew",
  // People of the transport department ("Transport" alone may list the vehicles).
  drivers: "crew",
  teamsters: "crew",
  equipment: "equipment",
  gear: "equipment",
  vehicles: "vehicle",
  locations: "location",
};
/** Words that name another role: a "Cast Availability" or "Crew Schedule" sheet is no list of people. */
const OTHER_ROLE_WORDS = new Set([
  "schedule",
  "stripboard",
  "oneliner",
  "board",
  "availability",
  "avails",
  "travel",
  "budget",
  "rules",
  "materials",
  "deliveries",
  "production",
  "calls",
  "call",
  "sheet",
]);

/**
 * A resource list's type from the words of its name, when they name exactly one type and no other role: weak, so a
 * table whose headers name another role completely keeps that role (contract §3: Type "defaults from the table or
 * sheet name").
 */
function typeFromNameWords(name: string): { role: Role; type: ResourceType; weak: true } | undefined {
  const words = name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.some((w) => OTHER_ROLE_WORDS.has(w))) return undefined;
  const types = new Set(words.map((w) => TYPE_NAME_WORDS[w]).filter((t): t is ResourceType => t !== undefined));
  if (types.size !== 1) return undefined;
  const type = [...types][0];
  return { role: type === "location" ? "locations" : "resources", type, weak: true };
}

/** A saved mapping's role text -> role ("Cast" -> resources); undefined when unknown. */
export function roleFromText(text: string): Role | undefined {
  const k = headerKey(text);
  const direct = ROLE_DEFS.find((d) => d.role === k);
  return direct ? direct.role : roleFromName(text)?.role;
}

/** Resource type words in a Type column. */
const TYPE_WORDS = wordTable<ResourceType>({
  cast: "cast",
  castmember: "cast",
  actor: "cast",
  actress: "cast",
  talent: "cast",
  performer: "cast",
  dayplayer: "cast",
  crew: "crew",
  crewmember: "crew",
  staff: "crew",
  equipment: "equipment",
  equip: "equipment",
  gear: "equipment",
  kit: "equipment",
  vehicle: "vehicle",
  vehicles: "vehicle",
  car: "vehicle",
  truck: "vehicle",
  van: "vehicle",
  trailer: "vehicle",
  location: "location",
  locations: "location",
  site: "location",
  other: "other",
});

export function resourceTypeFromText(text: string): ResourceType | undefined {
  return TYPE_WORDS[headerKey(text)];
}

/** Production keys (key/value rows) -> canonical production field. */
export function productionKey(text: string): string | undefined {
  return canonicalColumn("production", text);
}
