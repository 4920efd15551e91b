/** Findings as the pane lists them: conflicts and data issues, grouped, filtered and searched. */
import { CONFLICT_TYPE_ORDER, problemKey, type Conflict, type ConflictType, type Report } from "../../core/report";
import type { DataIssue } from "../../core/model";
import { dayNamesByDate } from "../../core/shoot-day";
import { dayFromIso, weekdayName } from "../../core/time";

export type FindingSeverity = "error" | "warning" | "data";
export type GroupBy = "type" | "day" | "person";
export type SeverityFilter = "all" | FindingSeverity;

export interface Finding {
  /** Stable within one report: list position. */
  id: string;
  severity: FindingSeverity;
  /** Conflict type, or the data-issue code. */
  type: string;
  message: string;
  suggestion?: string;
  date?: string;
  /** Resource label (ID or name); for budget-overrun the account. */
  resource?: string;
  items: string[];
  /** The shoot day and scenes as a coordinator names them ("Day 7 · Sc 36, 37"), where the workbook says. */
  where?: string;
  /** The shoot days (call sheet names) and scenes of the finding's date and items, for the search. */
  days?: string[];
  scenes?: string[];
  /** Cells to select when the finding is clicked (one sheet, comma-separated ranges). */
  target?: { sheet: string; address: string };
  /**
   * The other resources with the same problem (same type, severity and items: seven people on one too-short company
   * move), merged into this finding by mergeSameProblem; their cells are in `target` too.
   */
  also?: string[];
}

/** Selects a finding's cells: sheet name and comma-separated A1 ranges. */
export type SelectCells = (sheet: string, address: string) => void;

export interface FindingGroup {
  key: string;
  label: string;
  findings: Finding[];
}

const TYPE_ORDER = CONFLICT_TYPE_ORDER;

const TYPE_LABELS: Record<string, string> = {
  "double-booking": "Double booking",
  unavailable: "Unavailable",
  turnaround: "Turnaround (rest)",
  "long-day": "Long day",
  "consecutive-days": "Consecutive days",
  travel: "Travel time",
  dependency: "Dependency",
  deadline: "Deadline",
  "material-late": "Late material",
  "budget-overrun": "Budget overrun",
};

export function typeLabel(type: string): string {
  return TYPE_LABELS[type] ?? `Data issue: ${type.replace(/-/g, " ")}`;
}

/** Most cells Excel selects in one go; the rest of a long finding is still highlighted. */
const MAX_TARGET_RANGES = 30;

function conflictTarget(conflict: Conflict): Finding["target"] {
  const cells = conflict.cells ?? [];
  if (cells.length === 0) return undefined;
  const sheet = cells[0].sheet;
  const addresses = [...new Set(cells.filter((c) => c.sheet === sheet).map((c) => c.cell))];
  return { sheet, address: addresses.slice(0, MAX_TARGET_RANGES).join(",") };
}

function issueTarget(issue: DataIssue): Finding["target"] {
  return issue.cell ? { sheet: issue.sheet, address: issue.cell } : undefined;
}

/** What the pane knows of an item a finding names: its Scene and ISO Date. */
export interface ItemInfo {
  scene?: string;
  date?: string;
}

/**
 * "Day 7 · Sc 36, 37": the finding's day as its call sheet names it, then the items' scenes, each on another day than
 * that one with its own ("Day 6 · Sc 50 (Day 10)": a run of days that goes over the limit on its fifth).
 */
function whereOf(
  c: Conflict,
  dayNames: Map<string, string>,
  items: Record<string, ItemInfo>,
): Pick<Finding, "where" | "days" | "scenes"> {
  const day = c.date ? dayNames.get(c.date) : undefined;
  const days = new Set(day ? [day] : []);
  const scenes: string[] = [];
  const texts: string[] = [];
  for (const id of c.items) {
    const info = items[id];
    if (!info?.scene || scenes.includes(info.scene)) continue;
    scenes.push(info.scene);
    const own = info.date && info.date !== c.date ? dayNames.get(info.date) : undefined;
    if (own) days.add(own);
    texts.push(own && own !== day ? `${info.scene} (${own})` : info.scene);
  }
  const parts = [day, texts.length ? `Sc ${texts.join(", ")}` : undefined].filter(Boolean);
  return {
    ...(parts.length ? { where: parts.join(" · ") } : {}),
    ...(days.size ? { days: [...days] } : {}),
    ...(scenes.length ? { scenes } : {}),
  };
}

/**
 * Conflicts first (report order), then data issues. `items`: the Scene and Date of each item the conflicts name (the
 * schedule IDs say which row; a coordinator says the scene), and the call sheets' day names say which shoot day.
 */
export function toFindings(
  report: Pick<Report, "conflicts" | "dataIssues"> & Partial<Pick<Report, "callSheets">>,
  items: Record<string, ItemInfo> = {},
  /** The call sheets' day names by date (dayNamesByDate), when the caller has them already. */
  dayNames: Map<string, string> = dayNamesByDate(report.callSheets ?? []),
): Finding[] {
  const out: Finding[] = [];
  report.conflicts.forEach((c, i) => {
    out.push({
      id: `c${i}`,
      severity: c.severity,
      type: c.type,
      message: c.message,
      ...(c.suggestion ? { suggestion: c.suggestion } : {}),
      ...(c.date ? { date: c.date } : {}),
      ...(c.resource ? { resource: c.resource } : {}),
      items: c.items,
      ...whereOf(c, dayNames, items),
      ...(conflictTarget(c) ? { target: conflictTarget(c) } : {}),
    });
  });
  report.dataIssues.forEach((d, i) => {
    out.push({
      id: `d${i}`,
      severity: "data",
      type: d.code,
      message: `${placePrefix(d)}${d.message}`,
      items: [],
      ...(issueTarget(d) ? { target: issueTarget(d) } : {}),
    });
  });
  return out;
}

/**
 * One finding per problem: conflicts of one type and severity over the same items (the rules find one per resource)
 * become the first of them, naming the others in `also`, with all their cells to select. Data issues stay as they
 * are. Order: where each problem first appears.
 */
export function mergeSameProblem(findings: Finding[]): Finding[] {
  const out: Finding[] = [];
  const byKey = new Map<string, Finding>();
  for (const f of findings) {
    if (f.severity === "data" || f.items.length === 0) {
      out.push(f);
      continue;
    }
    const key = problemKey(f);
    const first = byKey.get(key);
    if (!first) {
      const own = { ...f };
      byKey.set(key, own);
      out.push(own);
      continue;
    }
    if (f.resource) first.also = [...(first.also ?? []), f.resource];
    if (f.target && first.target?.sheet === f.target.sheet) {
      const addresses = new Set([...first.target.address.split(","), ...f.target.address.split(",")]);
      first.target = { sheet: first.target.sheet, address: [...addresses].slice(0, MAX_TARGET_RANGES).join(",") };
    }
  }
  return out;
}

/** "day 7", "sc 36", "scene 4A" in a search: a shoot day and a scene, matched exactly. */
const DAY_WORDS = /\bday\s*(\d+)\b/gi;
const SCENE_WORDS = /\b(?:scene|sc)\.?\s*([a-z]?\d[\w-]*)/gi;

/** Whether `phrase` stands as words in `text` ("scene 12" in "Move scene 12", not in "scene 120"). */
function hasPhrase(text: string, phrase: string): boolean {
  return new RegExp(`(^|\\W)${phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\W|$)`, "i").test(text);
}

/**
 * Keep findings of the severity and matching the search: "day 7" and "sc 36" name a shoot day and a scene exactly (not
 * Day 17, not strip S-36, not 36A), in the finding's days and scenes or as words in its text; every other word must
 * appear somewhere in the finding (any field, any case).
 */
export function filterFindings(findings: Finding[], severity: SeverityFilter, search: string): Finding[] {
  const days = [...search.matchAll(DAY_WORDS)].map((m) => ({ phrase: m[0], day: `day ${m[1]}` }));
  const scenes = [...search.matchAll(SCENE_WORDS)].map((m) => ({ phrase: m[0], scene: m[1].toLowerCase() }));
  const words = search.replace(DAY_WORDS, " ").replace(SCENE_WORDS, " ").toLowerCase().split(/\s+/).filter(Boolean);
  return findings.filter((f) => {
    if (severity !== "all" && f.severity !== severity) return false;
    const hay = [f.message, f.suggestion, f.type, typeLabel(f.type), f.date, f.where, f.resource, ...f.items]
      .filter(Boolean)
      .join(" ");
    const ownDays = (f.days ?? []).map((d) => d.toLowerCase());
    // A day name may say how long the shoot is ("Day 7 of 10"): "day 7" is its first two words.
    const dayFits = (d: { phrase: string; day: string }) =>
      ownDays.some((o) => o === d.day || o.startsWith(`${d.day} `)) || hasPhrase(hay, d.phrase);
    if (!days.every(dayFits)) return false;
    const ownScenes = (f.scenes ?? []).map((x) => x.toLowerCase());
    const sceneFits = (x: { phrase: string; scene: string }) => ownScenes.includes(x.scene) || hasPhrase(hay, x.phrase);
    if (!scenes.every(sceneFits)) return false;
    const lower = hay.toLowerCase();
    return words.every((w) => lower.includes(w));
  });
}

const NO_KEY = "\uffff";

function groupKey(f: Finding, by: GroupBy): string {
  if (by === "type") return f.type;
  if (by === "day") return f.date ?? NO_KEY;
  // A budget overrun's resource is its account: said so, not listed as if it were a person.
  if (f.type === "budget-overrun" && f.resource) return `Account ${f.resource}`;
  return f.resource ?? NO_KEY;
}

function typeRank(key: string): number {
  const i = TYPE_ORDER.indexOf(key as ConflictType);
  return i >= 0 ? i : TYPE_ORDER.length;
}

/**
 * Groups in a coordinator's order: by type in rule order (data issues last, by code); by day
 * chronologically; by person alphabetically (names shown where known). "No date"/"No person" last.
 */
export function groupFindings(
  findings: Finding[],
  by: GroupBy,
  names: Record<string, string> = {},
  dayNames: ReadonlyMap<string, string> = new Map(),
): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = groupKey(f, by);
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const keys = [...groups.keys()].sort((a, b) => {
    if (by === "type") return typeRank(a) - typeRank(b) || a.localeCompare(b);
    if (a === NO_KEY || b === NO_KEY) return a === b ? 0 : a === NO_KEY ? 1 : -1;
    return by === "day" ? a.localeCompare(b) : a.localeCompare(b, undefined, { numeric: true, sensitivity: "base" });
  });
  return keys.map((key) => ({ key, label: groupLabel(key, by, names, dayNames), findings: groups.get(key) ?? [] }));
}

/** "Ann Lee (1)": a resource label with its name where the label is an ID; the label alone otherwise. */
export function personLabel(label: string, names: Record<string, string>): string {
  return names[label] ? `${names[label]} (${label})` : label;
}

function groupLabel(
  key: string,
  by: GroupBy,
  names: Record<string, string>,
  dayNames: ReadonlyMap<string, string>,
): string {
  if (by === "type") return typeLabel(key);
  if (key === NO_KEY) return by === "day" ? "No date" : "No person or resource";
  if (by === "person") return personLabel(key, names);
  // By day: "Tue 2026-03-03 · Day 2", as the call sheets name the day.
  const day = dayFromIso(key);
  const dated = day === null ? key : `${weekdayName(day)} ${key}`;
  return dayNames.has(key) ? `${dated} · ${dayNames.get(key)}` : dated;
}

export interface FindingCounts {
  errors: number;
  warnings: number;
  dataIssues: number;
  /** Data issues per code, most frequent first. */
  issuesByCode: { code: string; count: number }[];
  /** Conflicts per type, in rule order. */
  conflictsByType: { type: string; count: number }[];
}

export function countFindings(report: Pick<Report, "conflicts" | "dataIssues">): FindingCounts {
  const byCode = new Map<string, number>();
  for (const d of report.dataIssues) byCode.set(d.code, (byCode.get(d.code) ?? 0) + 1);
  const byType = new Map<string, number>();
  for (const c of report.conflicts) byType.set(c.type, (byType.get(c.type) ?? 0) + 1);
  const errors = report.conflicts.filter((c) => c.severity === "error").length;
  return {
    errors,
    warnings: report.conflicts.length - errors,
    dataIssues: report.dataIssues.length,
    issuesByCode: [...byCode]
      .map(([code, count]) => ({ code, count }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    conflictsByType: [...byType]
      .map(([type, count]) => ({ type, count }))
      .sort((a, b) => typeRank(a.type) - typeRank(b.type)),
  };
}

/**
 * "Sheet!A1: " before a data issue's message, unless the message already starts with its place; nothing for an issue
 * of no sheet (a missing table).
 */
export function placePrefix(d: { sheet: string; cell?: string; message: string }): string {
  if (!d.sheet) return "";
  const places = [`${d.sheet}!`, `${d.sheet}:`, `'${d.sheet.replace(/'/g, "''")}'!`];
  if (places.some((p) => d.message.startsWith(p))) return "";
  return d.cell ? `${d.sheet}!${d.cell}: ` : `${d.sheet}: `;
}

/** "1 error", "2 errors": a count with its noun. */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
