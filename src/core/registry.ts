/**
 * The registry of generated sheets a workbook carries in its `_pc_meta` sheet (layout: src/xlsx/meta.ts), read
 * the same way by both executors: the file readers (src/xlsx) from their cells, the add-in (src/excel) from the
 * sheet's values and formulas.
 */
import type { WorkbookSettings } from "./snapshot";
import { parseSheetLink, type SheetLink } from "./sheet-link";

/** One generated sheet in the registry. */
export interface RegistryEntry {
  name: string;
  key: string;
  /** The sheet's sheetId when it was written (absent in registries written before it was kept). */
  sheetId?: number;
  /** What column E's formula says now (absent in registries written before it was kept). */
  link?: Exclude<SheetLink, { kind: "none" }>;
}

export interface MetaRecord {
  /** Generated sheets, as registered. */
  entries: RegistryEntry[];
  settings?: WorkbookSettings;
  /** Why the settings could not be read, for a data issue or a warning. */
  settingsError?: string;
}

/** Column E: the link formula of a "sheet" row. */
export const LINK_COLUMN = 5;

/** One registry row after the marker row: its cells' text by column number, and column E's formula if it has one. */
export interface RegistryRow {
  text: (column: number) => string;
  link?: string;
}

/** The registry from its rows (the ExcelJS reader and the fast reader each give their own cells). */
export function registryFromRows(rows: Iterable<RegistryRow>): MetaRecord {
  const record: MetaRecord = { entries: [] };
  let json = "";
  for (const { text, link } of rows) {
    const kind = text(1);
    const b = text(2);
    if (kind === "sheet" && b) record.entries.push(registryEntry(b, text(3), text(4), link));
    else if (kind === "settings") json += b;
  }
  if (json) {
    try {
      const parsed: unknown = JSON.parse(json);
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) record.settings = parsed as WorkbookSettings;
      else record.settingsError = "saved settings are not an object";
    } catch {
      record.settingsError = "saved settings are not valid JSON";
    }
  }
  return record;
}

/** A registry row's entry (`id`: column D's text, `formula`: column E's formula text). */
export function registryEntry(name: string, key: string, id: string, formula?: string): RegistryEntry {
  const entry: RegistryEntry = { name, key };
  const sheetId = Number(id);
  if (id && Number.isInteger(sheetId) && sheetId > 0) entry.sheetId = sheetId;
  const link = parseSheetLink(formula);
  if (link.kind !== "none") entry.link = link;
  return entry;
}

/**
 * The names of the sheets the registry lists as generated: the sheet its link formula names now (none when
 * the link says the sheet was deleted), else by sheetId where the registry kept it (whatever the sheet is
 * called now), else by name. A link naming no sheet of the book (a tool renamed without updating formulas)
 * falls back to the sheetId. A linked sheet under another sheetId than registered is the generated one only if
 * `looksGenerated` says its cells show a generated layout: LibreOffice renumbers sheetIds as it saves, while a script
 * (openpyxl) that deleted the generated sheet and made the user's own under its name leaves the link naming it.
 */
export function generatedSheetNames(
  entries: RegistryEntry[],
  sheets: { name: string; id: number }[],
  looksGenerated: (name: string) => boolean = () => true,
): Set<string> {
  const out = new Set<string>();
  for (const e of entries) {
    const link = e.link;
    if (link?.kind === "deleted") continue;
    const linked = link && sheets.find((s) => s.name.toLowerCase() === link.name.toLowerCase());
    if (linked && e.sheetId !== undefined && linked.id !== e.sheetId && !looksGenerated(linked.name)) continue;
    const sheet =
      linked ??
      (e.sheetId !== undefined ? sheets.find((s) => s.id === e.sheetId) : sheets.find((s) => s.name === e.name));
    if (sheet) out.add(sheet.name);
  }
  return out;
}

/**
 * The sheet an entry stands for where sheetIds cannot be read (Office.js): the one its link names now, none when
 * the link says it was deleted, else the registered name.
 */
export function registeredName(entry: RegistryEntry): string | null {
  if (entry.link?.kind === "deleted") return null;
  return entry.link?.kind === "sheet" ? entry.link.name : entry.name;
}

/** A registry cell's text, as the registry is read (numbers and booleans as text, anything else empty). */
export function registryText(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return "";
}
