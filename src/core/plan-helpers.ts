/**
 * Pure rules both executors (Office.js in src/excel, ExcelJS in src/xlsx) follow when they write a plan, kept in
 * one place so the two paths name tables and mark highlights alike.
 */
import { parseRange, rectsOverlap } from "./a1";
import { GENERATED_MARKER, type GeneratedSheet } from "./plan";

/**
 * Excel table names: letters, digits, underscores and dots, starting with a letter or underscore, and not
 * readable as a cell reference ("AB12", "R1C1", "R", "C"); `_2`, `_3`… on a clash with `taken` (lower case).
 * The chosen name is added to `taken`.
 */
export function legalTableName(wanted: string, taken: Set<string>): string {
  let base = wanted.replace(/[^A-Za-z0-9_.]/g, "_");
  if (!/^[A-Za-z_]/.test(base) || /^[A-Za-z]{1,3}\d+$/.test(base) || /^(R\d*C\d*|R|C)$/i.test(base)) base = `_${base}`;
  base = base.slice(0, 250);
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}_${i}`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * A generated sheet's tables, main one first (so on a name clash it keeps the plain name): ranges that parse, not
 * overlapping an earlier table or a merge (Excel would reject the whole batch, ExcelJS would write a broken file).
 */
export function tablesToWrite(sheet: GeneratedSheet): { range: string; name: string }[] {
  const taken = sheet.merges.map(parseRange).filter((r) => r !== null);
  const out: { range: string; name: string }[] = [];
  for (const t of [...(sheet.table ? [sheet.table] : []), ...(sheet.tables ?? [])]) {
    const r = parseRange(t.range);
    if (!r || taken.some((o) => rectsOverlap(o, r))) continue;
    taken.push(r);
    out.push(t);
  }
  return out;
}

/** What every highlight formula carries, quote included, so Clear finds exactly ours. */
const HIGHLIGHT_MARKER = `"${GENERATED_MARKER}:`;

/**
 * A highlight's conditional-format formula without the leading "=" (ExcelJS stores it so; Office.js wants "="):
 * always TRUE, so the format shows, and it names the marker and severity.
 */
export function highlightFormulaText(severity: string): string {
  return `ISTEXT(${HIGHLIGHT_MARKER}${severity}")`;
}

/** True for a formula (with or without "=") that one of our highlights carries. */
export function isHighlightFormulaText(formula: unknown): boolean {
  return typeof formula === "string" && formula.includes(HIGHLIGHT_MARKER);
}
