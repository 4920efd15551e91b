/** Rule sets (contract §4): defaults, overrides from the Rules table and saved settings, and which applies to whom. */
import type { Resource, RuleSet } from "./model";
import type { RuleSetNumbers } from "./snapshot";
import { memoize } from "./memo";

export const DEFAULT_TRAVEL_BUFFER_MIN = 30;

/** The numbers a rule set has (a Rules table row or saved settings may override each). */
export const RULE_SET_FIELDS: (keyof RuleSetNumbers)[] = [
  "minRestHours",
  "maxDayHours",
  "maxConsecutiveDays",
  "travelBufferMin",
  "otAfterHours",
  "otRate",
  "dropDays",
];
export const DEFAULT_DROP_DAYS = 10;

function set(name: string, minRest: number | null, maxDay: number | null, maxConsecutive: number | null): RuleSet {
  return {
    name,
    minRestHours: minRest,
    maxDayHours: maxDay,
    maxConsecutiveDays: maxConsecutive,
    travelBufferMin: DEFAULT_TRAVEL_BUFFER_MIN,
    otAfterHours: null,
    otRate: null,
    dropDays: DEFAULT_DROP_DAYS,
  };
}

/** Names compare like headers: case, spaces and punctuation ignored ("sag aftra" = "SAG-AFTRA"). */
export const ruleSetKey: (name: string) => string = memoize(
  // Every person rule asks for every person's set: a workbook names a handful of sets, each folded once.
  (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, ""),
  1000,
);

/** The three built-in sets, keyed by ruleSetKey. */
export function defaultRuleSets(): Map<string, RuleSet> {
  const sets = [set("SAG-AFTRA", 12, 14, 6), set("IATSE", 10, 14, 6), set("Non-union", 10, 14, 6)];
  return new Map(sets.map((s) => [ruleSetKey(s.name), s]));
}

/**
 * Apply overrides: a row with a known name replaces the given numbers of that set (numbers it leaves
 * blank keep the default); a new name defines a new set (blank numbers: no limit, buffer/drop defaults).
 */
export function applyRuleSetOverride(
  sets: Map<string, RuleSet>,
  name: string,
  numbers: Partial<RuleSetNumbers>,
): RuleSet {
  const key = ruleSetKey(name);
  const base = sets.get(key) ?? set(name.trim(), null, null, null);
  const merged: RuleSet = { ...base };
  // Saved settings may hold anything (hand-edited, older versions): take only known finite numbers.
  const given = numbers && typeof numbers === "object" ? numbers : {};
  for (const k of RULE_SET_FIELDS) {
    const v = (given as Record<string, unknown>)[k];
    if (typeof v === "number" && Number.isFinite(v) && v >= 0) (merged as unknown as Record<string, number>)[k] = v;
  }
  sets.set(key, merged);
  return merged;
}

/**
 * The rule set of a resource: its Rule Set column when that names a known set; else SAG-AFTRA for
 * cast and IATSE for crew; else none (equipment, vehicles, locations, other).
 * An unknown name falls back to the type's default (the parser reports it as a data issue).
 */
export function ruleSetFor(resource: Resource, sets: Map<string, RuleSet>): RuleSet | null {
  if (resource.ruleSet) {
    const named = sets.get(ruleSetKey(resource.ruleSet));
    if (named) return named;
  }
  if (resource.type === "cast") return sets.get(ruleSetKey("SAG-AFTRA")) ?? null;
  if (resource.type === "crew") return sets.get(ruleSetKey("IATSE")) ?? null;
  return null;
}

/** A "person" (contract §5): cast or crew, or any resource with a Rule Set. */
export function isPerson(resource: Resource): boolean {
  return resource.type === "cast" || resource.type === "crew" || !!resource.ruleSet;
}
