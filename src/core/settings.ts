/**
 * Saved settings come back from the workbook as JSON that anyone (an older version, a hand edit, a
 * co-author) may have written: keep only well-formed entries, in objects without a prototype, so a table
 * called "constructor" can never meet Object.prototype.
 */
import type { SavedTableMapping, WorkbookSettings } from "./snapshot";
import { RULE_SET_FIELDS } from "./rulesets";

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A dictionary with no inherited keys. */
function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

function cleanMapping(raw: unknown): SavedTableMapping | null {
  if (!isRecord(raw) || typeof raw.role !== "string" || !raw.role.trim()) return null;
  const mapping: SavedTableMapping = { role: raw.role };
  if (isRecord(raw.columns)) {
    const columns = dict<string>();
    for (const [canonical, header] of Object.entries(raw.columns)) {
      // "" is kept: it means "this column is not mapped" (Setup's "(none)"); other blanks mean nothing.
      if (typeof header === "string" && (header === "" || header.trim())) columns[canonical] = header;
    }
    mapping.columns = columns;
  }
  return mapping;
}

function cleanText(raw: unknown): Record<string, string> | undefined {
  if (!isRecord(raw)) return undefined;
  const out = dict<string>();
  for (const [k, v] of Object.entries(raw)) if (typeof v === "string") out[k] = v;
  return out;
}

/** "#abc" or "#aabbcc" -> "#AABBCC"; anything else -> undefined. */
function hexColor(v: unknown): string | undefined {
  if (typeof v !== "string") return undefined;
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(v.trim());
  if (!m) return undefined;
  const hex = m[1].length === 3 ? [...m[1]].map((ch) => ch + ch).join("") : m[1];
  return `#${hex.toUpperCase()}`;
}

/** Settings as the core may trust them; anything malformed is left out. */
export function sanitizeSettings(raw: unknown): WorkbookSettings | undefined {
  if (!isRecord(raw)) return undefined;
  const settings: WorkbookSettings = {};
  if (isRecord(raw.mappings)) {
    const mappings = dict<SavedTableMapping>();
    for (const [key, value] of Object.entries(raw.mappings)) {
      const m = cleanMapping(value);
      if (m) mappings[key] = m;
    }
    settings.mappings = mappings;
  }
  if (isRecord(raw.ruleSets)) {
    const ruleSets = dict<Record<string, number>>();
    for (const [name, numbers] of Object.entries(raw.ruleSets)) {
      if (!isRecord(numbers) || !name.trim()) continue;
      const kept: Record<string, number> = {};
      for (const f of RULE_SET_FIELDS) {
        const v = numbers[f];
        if (typeof v === "number" && Number.isFinite(v) && v >= 0) kept[f] = v;
      }
      ruleSets[name] = kept;
    }
    settings.ruleSets = ruleSets;
  }
  if (isRecord(raw.highlightColors)) {
    const c = raw.highlightColors;
    const colors: { error?: string; warning?: string } = {};
    const error = hexColor(c.error);
    const warning = hexColor(c.warning);
    if (error) colors.error = error;
    if (warning) colors.warning = warning;
    settings.highlightColors = colors;
  }
  const production = cleanText(raw.production);
  if (production) settings.production = production;
  return settings;
}
