/** Shared look and small lookups for the generated sheets. */
import type { CellStyle } from "../plan";
import type { Model, Resource } from "../model";
import { dayFromIso, longDate } from "../time";
import { roundMoney } from "../costs";

export const DATE_FORMAT = "yyyy-mm-dd";
// Negatives in red brackets, as accountants print them; positives padded to line up with them.
export const MONEY_FORMAT = "#,##0.00_);[Red](#,##0.00)";
export const PERCENT_FORMAT = "0.0%";

export const TITLE: CellStyle = { bold: true, fontSize: 16 };
export const SUBTITLE: CellStyle = { italic: true, fontColor: "#595959" };
export const TABLE_HEADER: CellStyle = { bold: true, fill: "#D9E1F2", border: "thin", vAlign: "middle" };
export const SECTION: CellStyle = { bold: true, fill: "#1F3864", fontColor: "#FFFFFF", vAlign: "middle" };
export const GRID: CellStyle = { border: "thin", vAlign: "top" };
export const TOTAL: CellStyle = { bold: true, border: "thin", fill: "#F2F2F2" };
export const MUTED: CellStyle = { italic: true, fontColor: "#7F7F7F" };

/** Placeholder for "nothing here": never "-" (a leading minus reads as a formula in Excel). */
export const NONE = "—";

/** ISO date -> Excel day serial, or the text itself when it is not an ISO date. */
export function dateValue(iso: string | undefined): number | string | null {
  if (!iso) return null;
  return dayFromIso(iso) ?? iso;
}

/** ISO date -> "Mon 2 Mar 2026" (the text itself when not an ISO date). */
export function longDateText(iso: string): string {
  const d = dayFromIso(iso);
  return d === null ? iso : longDate(d);
}

/** ISO date -> "Mon 2 Mar" for narrow headers. */
export function shortDateText(iso: string): string {
  return longDateText(iso).replace(/ \d{4}$/, "");
}

/** The resource a finding or report row names (by ID/label, then name, case-insensitive). */
export function findResource(model: Model, label: string | undefined): Resource | undefined {
  if (!label) return undefined;
  const key = label.toLowerCase();
  return (
    model.resourceByKey.get(key) ??
    model.resources.find((r) => r.label.toLowerCase() === key) ??
    model.resources.find((r) => r.name?.toLowerCase() === key)
  );
}

/** "Name (ID)" when both are known and differ, else whichever is known. */
export function whoText(model: Model, label: string | undefined, name?: string): string {
  if (!label) return name ?? "";
  const r = findResource(model, label);
  const n = name ?? r?.name;
  const id = r?.id ?? label;
  if (n && id && n.toLowerCase() !== id.toLowerCase()) return `${n} (${id})`;
  return n ?? label;
}

/** Canonical form of a key for loose lookups: lower case letters and digits only. */
export function looseKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** Finite number or null (NaN/Infinity never reach a cell). */
export function num(value: number | undefined | null): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** Round money to cents so both executors write the same value. */
export function money(value: number | undefined | null): number | null {
  const n = num(value);
  return n === null ? null : roundMoney(n);
}
