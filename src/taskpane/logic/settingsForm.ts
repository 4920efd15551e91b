/** Validation of the Settings tab: rule-set numbers, highlight colours, production header fields. */
import type { RuleSetNumbers } from "../../core/snapshot";

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
  minRestHours: { label: "Min rest", unit: "h", min: 0, max: 48, integer: false, blankIsNoLimit: true },
  maxDayHours: { label: "Max day", unit: "h", min: 1, max: 24, integer: false, blankIsNoLimit: true },
  maxConsecutiveDays: {
    label: "Max consecutive days",
    unit: "days",
    min: 1,
    max: 365,
    integer: true,
    blankIsNoLimit: true,
  },
  travelBufferMin: { label: "Travel buffer", unit: "min", min: 0, max: 720, integer: true, blankIsNoLimit: false },
  otAfterHours: { label: "OT after", unit: "h", min: 0, max: 24, integer: false, blankIsNoLimit: true },
  otRate: { label: "OT rate", unit: "×", min: 1, max: 10, integer: false, blankIsNoLimit: true },
  dropDays: { label: "Drop days", unit: "days", min: 1, max: 365, integer: true, blankIsNoLimit: false },
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
