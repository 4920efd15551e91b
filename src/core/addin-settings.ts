/**
 * What the add-in keeps in Excel's settings of the workbook (workbook.settings, saved in the file's web extension
 * part as `<we:property name=… value=…>` with a JSON value): the names of the sheets it generated and the user's
 * settings. The file readers read them, so that a workbook last checked in Excel and then by the CLI has its
 * generated sheets replaced (not suffixed beside them) and its table mappings and rule-set edits applied.
 */
import type { WorkbookSettings, WorkbookSnapshot } from "./snapshot";
import { GENERATED_MARKER } from "./plan";
import { generatedLayoutOf } from "./parse/generated-layouts";

export const ADDIN_GENERATED_SETTING = `${GENERATED_MARKER}.generated`;
export const ADDIN_USER_SETTING = `${GENERATED_MARKER}.settings`;

/** A setting's stored value: JSON (a string value is JSON text inside JSON, as some hosts store it); undefined if not. */
function parsed(value: string): unknown {
  try {
    const v: unknown = JSON.parse(value);
    if (typeof v !== "string") return v;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return v;
    }
  } catch {
    return undefined;
  }
}

/** The add-in's generated-sheet names and user settings from its settings' name/value pairs. */
export function addinSettingsOf(properties: Iterable<[string, string]>): {
  generated: string[];
  settings?: WorkbookSettings;
} {
  const out: { generated: string[]; settings?: WorkbookSettings } = { generated: [] };
  for (const [name, value] of properties) {
    const v = parsed(value);
    if (name === ADDIN_GENERATED_SETTING && Array.isArray(v))
      out.generated = v.filter((n): n is string => typeof n === "string");
    if (name === ADDIN_USER_SETTING && v && typeof v === "object" && !Array.isArray(v))
      out.settings = v as WorkbookSettings;
  }
  return out;
}

/**
 * The snapshot with the add-in's marks taken in (both file readers): each sheet its list names is generated if it
 * shows a generated layout (a user's sheet made under one's name is hers), and its saved settings stand where the
 * file's registry sheet kept none.
 */
export function withAddinMarks(snapshot: WorkbookSnapshot, addin: ReturnType<typeof addinSettingsOf>): void {
  const names = new Set(addin.generated.map((n) => n.toLowerCase()));
  for (const sheet of snapshot.sheets)
    if (names.has(sheet.name.toLowerCase()) && generatedLayoutOf(sheet)) sheet.generated = true;
  if (!snapshot.settings && addin.settings) snapshot.settings = addin.settings;
}
