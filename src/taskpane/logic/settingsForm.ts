/** Validation of the Settings tab: rule-set numbers, highlight colours, production header fields, DOOD rows. */
import type { RuleSetNumbers, WorkbookSettings } from "../../core/snapshot";
import type { ResourceType } from "../../core/model";
import { DEFAULT_DOOD_TYPES, isCastOnly, savedDoodTypes } from "../../core/dood";

export type RuleSetField = keyof RuleSetNumbers;

interface FieldSpec {
  label: string;
  unit: string;
  min: number;
  max: number;
  integer: boolean;
  /** Blank means "no limit" (stored as null) rather than "keep the default". */
  blankIsNoLimit: boolean;
}

export const RULE_SET_FIELDS: Record<RuleSetField, FieldSpec> = {
  minRestHours: {
    label: "Rest between wrap and next call",
    unit: "h",
    min: 0,
    max: 48,
    integer: false,
    blankIsNoLimit: true,
  },
  maxDayHours: { label: "Longest day, call to wrap", unit: "h", min: 1, max: 24, integer: false, blankIsNoLimit: true },
  maxConsecutiveDays: {
    label: "Most days worked in a row",
    unit: "days",
    min: 1,
    max: 365,
    integer: true,
    blankIsNoLimit: true,
  },
  travelBufferMin: {
    label: "Travel time where the Travel table has none",
    unit: "min",
    min: 0,
    max: 720,
    integer: true,
    blankIsNoLimit: false,
  },
  otAfterHours: { label: "Overtime after", unit: "h", min: 0, max: 24, integer: false, blankIsNoLimit: true },
  otRate: { label: "Overtime rate", unit: "×", min: 1, max: 10, integer: false, blankIsNoLimit: true },
  dropDays: {
    label: "DOOD drop after a gap of more than",
    unit: "days",
    min: 1,
    max: 365,
    integer: true,
    blankIsNoLimit: false,
  },
};

export const RULE_SET_FIELD_ORDER = Object.keys(RULE_SET_FIELDS) as RuleSetField[];

export type RuleSetForm = Record<RuleSetField, string>;

export interface Validated<T> {
  value: T;
  errors: Partial<Record<string, string>>;
}

/** Numbers shown in the form: null as blank. */
export function ruleSetToForm(numbers: RuleSetNumbers): RuleSetForm {
  const form = {} as RuleSetForm;
  for (const f of RULE_SET_FIELD_ORDER) form[f] = numbers[f] === null ? "" : String(numbers[f]);
  return form;
}

/**
 * Form text -> overrides to save. A blank optional limit is saved as null (no limit); a blank
 * buffer or drop-days field is left out (the default applies). Decimal comma accepted.
 */
export function validateRuleSetForm(form: RuleSetForm): Validated<Partial<RuleSetNumbers>> {
  const value: Partial<Record<RuleSetField, number | null>> = {};
  const errors: Partial<Record<string, string>> = {};
  for (const field of RULE_SET_FIELD_ORDER) {
    const spec = RULE_SET_FIELDS[field];
    const text = (form[field] ?? "").trim().replace(",", ".");
    if (text === "") {
      if (spec.blankIsNoLimit) value[field] = null;
      continue;
    }
    const n = /^[+]?\d+(\.\d+)?$|^[+]?\.\d+$/.test(text) ? Number(text) : NaN;
    if (!Number.isFinite(n)) errors[field] = `${spec.label}: enter a number`;
    else if (spec.integer && !Number.isInteger(n)) errors[field] = `${spec.label}: enter a whole number`;
    else if (n < spec.min || n > spec.max)
      errors[field] = `${spec.label}: between ${spec.min} and ${spec.max} ${spec.unit}`;
    else value[field] = n;
  }
  return { value: value as Partial<RuleSetNumbers>, errors };
}

/** "#rgb", "rgb", "#rrggbb" or "rrggbb" (any case) -> "#RRGGBB"; null when not a colour. */
export function normalizeColor(text: string): string | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim());
  if (!m) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  return `#${hex.toUpperCase()}`;
}

export function validateColors(form: {
  error: string;
  warning: string;
}): Validated<{ error?: string; warning?: string }> {
  const value: { error?: string; warning?: string } = {};
  const errors: Partial<Record<string, string>> = {};
  for (const key of ["error", "warning"] as const) {
    const text = form[key].trim();
    if (text === "") continue;
    const c = normalizeColor(text);
    if (c) value[key] = c;
    else errors[key] = "Use a colour like #FFC7CE";
  }
  return { value, errors };
}

export const PRODUCTION_FIELDS = [
  "Title",
  "Episode",
  "Director",
  "Producer",
  "UPM",
  "1st AD",
  "Production Office",
  "Phone",
  "Nearest Hospital",
  "Hospital Address",
  "Crew Parking",
  "Basecamp",
  "Weather",
  "Sunrise",
  "Sunset",
  "Notes",
] as const;

/** Longest header text kept; call-sheet header cells are not the place for essays. */
export const MAX_PRODUCTION_TEXT = 500;

/** Trimmed non-empty fields only; over-long text is an error. Text stays text (the writer never makes formulas). */
export function validateProduction(form: Record<string, string>): Validated<Record<string, string>> {
  const value: Record<string, string> = {};
  const errors: Partial<Record<string, string>> = {};
  for (const [key, raw] of Object.entries(form)) {
    const text = (raw ?? "").trim();
    if (!text) continue;
    if (text.length > MAX_PRODUCTION_TEXT) errors[key] = `${key}: at most ${MAX_PRODUCTION_TEXT} characters`;
    else value[key] = text;
  }
  return { value, errors };
}

/** True when there is nothing wrong. */
export function isValid(v: Validated<unknown>): boolean {
  return Object.keys(v.errors).length === 0;
}

/** The DOOD-row checkboxes, in the order shown (and saved). */
export const DOOD_ROW_CHOICES: readonly { type: ResourceType; label: string }[] = [
  { type: "cast", label: "Cast" },
  { type: "crew", label: "Crew" },
  { type: "equipment", label: "Equipment" },
  { type: "vehicle", label: "Vehicles" },
  { type: "location", label: "Locations" },
];

/** The DOOD rows saved in the workbook (the cast when none are saved, or what is saved is not usable). */
export function doodTypesOf(settings: WorkbookSettings | undefined): ResourceType[] {
  return savedDoodTypes(settings) ?? [...DEFAULT_DOOD_TYPES];
}

/** Ticks or unticks one type; the result keeps the checkboxes' order. */
export function toggleDoodType(current: readonly ResourceType[], type: ResourceType, on: boolean): ResourceType[] {
  const wanted = new Set(current);
  if (on) wanted.add(type);
  else wanted.delete(type);
  const shown = DOOD_ROW_CHOICES.map((c) => c.type).filter((t) => wanted.has(t));
  // A type saved but not offered here (e.g. "other", set from elsewhere) is kept, after the offered ones.
  return [...shown, ...current.filter((t) => wanted.has(t) && !shown.includes(t))];
}

/** At least one type must be ticked: a DOOD with no rows says nothing. */
export function validateDoodTypes(types: readonly ResourceType[]): Validated<ResourceType[]> {
  return {
    value: [...types],
    errors: types.length === 0 ? { doodTypes: "Tick at least one kind of row" } : {},
  };
}

/**
 * Settings with the DOOD rows saved: the default (the cast only) is saved as no entry at all, so a
 * workbook that never changed it keeps its settings as they were.
 */
export function withDoodTypes(settings: WorkbookSettings, types: readonly ResourceType[]): WorkbookSettings {
  const { doodTypes: _old, ...rest } = settings;
  return isCastOnly(types) ? rest : { ...rest, doodTypes: [...types] };
}
