/**
 * The link from a `_pc_meta` registry row to its generated sheet: a formula `='Name'!$A$1` in column E.
 * Excel and LibreOffice rewrite it when the sheet is renamed and turn it into `#REF!` when the sheet is
 * deleted, so it names the sheet as it is now on both paths (Office.js cannot read a sheet's sheetId, and
 * LibreOffice renumbers sheetIds when it saves). Pure, for both executors.
 */
import { quotedSheet } from "./a1";

/** What a registry row's link says: the sheet's current name, its deletion, or nothing (no formula). */
export type SheetLink = { kind: "sheet"; name: string } | { kind: "deleted" } | { kind: "none" };

/** The formula text (without `=`, as ExcelJS stores it) linking to a sheet; the name is always quoted. */
export function sheetLinkFormula(sheetName: string): string {
  return `${quotedSheet(sheetName)}!$A$1`;
}

/** A cell reference after the `!`: any single cell (rows or columns inserted move it), or `#REF!` when row 1 or
 * column A was deleted (the sheet itself is still there). */
const CELL_PART = /^(\$?[A-Za-z]{1,3}\$?[0-9]{1,7}|#REF!)$/;
/** An unquoted sheet name as Excel writes one: no quote, space, `!` or operator in it. */
const UNQUOTED_NAME = /^[^'!\s=+\-*/^&<>,;()"#[\]]+$/;

/**
 * Reads a link formula as Office.js (`='A b'!$A$1`), ExcelJS (`'A b'!$A$1`) or the file's `<f>` give it. Anything
 * that is not one sheet's cell is "none" (read as an old registry row), unless it holds `#REF!` in place of the
 * sheet, which is how both apps leave a reference to a deleted sheet (`#REF!$A$1`, `#REF!`).
 */
export function parseSheetLink(formula: unknown): SheetLink {
  if (typeof formula !== "string") return { kind: "none" };
  const text = formula.trim().replace(/^=\s*/, "");
  if (!text) return { kind: "none" };
  const named = splitSheetName(text);
  if (named && CELL_PART.test(named.cell)) return { kind: "sheet", name: named.name };
  if (/^#REF!/i.test(text)) return { kind: "deleted" };
  return { kind: "none" };
}

/** `'It''s'!$A$1` -> { name: "It's", cell: "$A$1" }; `DOOD!A1` -> { name: "DOOD", cell: "A1" }. */
function splitSheetName(text: string): { name: string; cell: string } | null {
  if (text[0] === "'") {
    let name = "";
    for (let i = 1; i < text.length; i++) {
      if (text[i] !== "'") name += text[i];
      else if (text[i + 1] === "'") name += text[i++];
      else return text[i + 1] === "!" && name ? { name, cell: text.slice(i + 2) } : null;
    }
    return null;
  }
  const bang = text.indexOf("!");
  const name = text.slice(0, bang);
  return bang > 0 && UNQUOTED_NAME.test(name) ? { name, cell: text.slice(bang + 1) } : null;
}
