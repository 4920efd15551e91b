/** Text safety: user text written through Range.values must stay the same text. */
import type { PlanValue } from "../core/plan";

/**
 * Excel parses strings written to Range.values as if typed: "=x", "+x", "-x", "@x" become formulas,
 * "7:00", "3/2/2026", "1 4/8", "12%" numbers, "TRUE" a boolean, "#N/A" an error, and a leading "'"
 * is eaten. A leading apostrophe makes Excel keep the rest as text, so it is added wherever Excel
 * could read the string as anything else.
 */
export function needsTextGuard(s: string): boolean {
  return /^[=+\-@'#\s]/.test(s) || /\d/.test(s) || /^(true|false)$/i.test(s.trim());
}

/** A plan value as written to Range.values ("" clears; null would mean "leave unchanged" in Office.js). */
export function toExcelValue(v: PlanValue): string | number | boolean {
  if (v === null) return "";
  if (typeof v === "string") return v !== "" && needsTextGuard(v) ? `'${v}` : v;
  if (typeof v === "number" && !Number.isFinite(v)) return "";
  return v;
}
