/**
 * What ExcelJS changes in the user's sheets when the CLI writes its copy, put back as the user wrote it. The plan
 * adds no comment and no data validation and moves no cell, so each sheet's own are right for the copy:
 * - comments: ExcelJS writes every comment it loaded with the author "Author", and with no text where the file
 *   kept a comment's text without formatting runs (openpyxl's `<text><t>…</t></text>`);
 * - drawings (charts, pictures): see src/xlsx/drawings.ts;
 * - data validations (drop-down lists): ExcelJS writes one whose range list has several ranges back as overlapping
 *   pieces (exceljs#2820), and drops those Excel keeps in the sheet's extension list (a list drawn from another
 *   sheet: `Status` from a `Lists` sheet), which would lose the user's drop-downs.
 */
import JSZip from "jszip";
import { worksheetParts } from "./fast-read";
import { withDrawingsOf } from "./drawings";

export async function withOriginalParts(original: Buffer, copy: Buffer): Promise<Buffer> {
  const theirs = worksheetParts(original);
  if (theirs.size === 0) return copy;

  const written = worksheetParts(copy);
  const changes = new Map<string, string>();
  for (const [sheet, part] of theirs) {
    const ours = written.get(sheet);
    if (!ours) continue;
    if (part.comments && ours.comments && cellsOf(ours.comments.xml) === cellsOf(part.comments.xml))
      changes.set(ours.comments.part, part.comments.xml);
    let theirXml: string | undefined;
    let ourXml: string | undefined;
    try {
      theirXml = part.xml();
      ourXml = theirXml && hasValidations(theirXml) ? ours.xml() : undefined;
    } catch {
      continue; // a part this reader cannot unpack: the copy keeps what ExcelJS wrote
    }
    if (!theirXml || !ourXml) continue;
    const restored = withValidationsOf(theirXml, ourXml);
    if (restored !== ourXml) changes.set(ours.part, restored);
  }
  const drawings = Array.from(theirs.values()).some((sheet) => sheet.drawing);
  if (changes.size === 0 && !drawings) return copy;
  const zip = await JSZip.loadAsync(copy);
  for (const [name, xml] of changes) zip.file(name, xml);
  // After the sheets' other changes: the drawing element goes into the sheet XML as changed.
  const drawn = drawings && (await withDrawingsOf(await JSZip.loadAsync(original), zip));
  if (changes.size === 0 && !drawn) return copy;
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The cells a comments part annotates, sorted: the comparison that says two parts are of the same comments. */
function cellsOf(xml: string): string {
  return Array.from(xml.matchAll(/<comment\b[^>]*\bref="([^"]+)"/g), (m) => m[1])
    .sort()
    .join(" ");
}

/** The extension Excel keeps data validations in (those that name another sheet). */
const VALIDATIONS_EXT = "{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}";
const VALIDATIONS = /<dataValidations\b[^>]*?(?:\/>|>[\s\S]*?<\/dataValidations>)/;
const EXTENSION = /<ext\b[^>]*>[\s\S]*?<\/ext>/g;
/** The worksheet's children that come after dataValidations (ECMA-376 CT_Worksheet), where one goes in before. */
const AFTER_VALIDATIONS =
  /<(?:hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/;

function hasValidations(sheetXml: string): boolean {
  return VALIDATIONS.test(sheetXml) || sheetXml.includes(VALIDATIONS_EXT);
}

/**
 * The copy's sheet XML with the original sheet's data validations: its `dataValidations` element in place of the
 * copy's (or where the schema puts it), and its validations extension where the copy has none. A sheet written
 * with a namespace prefix on its elements (`<x:worksheet>`) is left as ExcelJS wrote it.
 */
export function withValidationsOf(original: string, copy: string): string {
  if (!/<worksheet\b/.test(original) || !/<worksheet\b/.test(copy)) return copy;
  let out = copy;
  const theirs = VALIDATIONS.exec(original)?.[0];
  if (theirs) {
    const ours = VALIDATIONS.exec(out);
    if (ours) out = out.slice(0, ours.index) + theirs + out.slice(ours.index + ours[0].length);
    else out = insertBefore(out, AFTER_VALIDATIONS, theirs);
  }
  const theirExt = extensionOf(original, VALIDATIONS_EXT);
  if (theirExt && !extensionOf(out, VALIDATIONS_EXT)) {
    const declared = withDeclarations(theirExt, rootTag(original), rootTag(out));
    if (declared) {
      const end = out.indexOf("</extLst>");
      out =
        end >= 0
          ? out.slice(0, end) + declared + out.slice(end)
          : insertBefore(out, /<\/worksheet>/, `<extLst>${declared}</extLst>`);
    }
  }
  return out;
}

function extensionOf(xml: string, uri: string): string | undefined {
  for (const m of xml.matchAll(EXTENSION)) if (m[0].slice(0, m[0].indexOf(">")).includes(uri)) return m[0];
  return undefined;
}

function rootTag(xml: string): string {
  const at = xml.search(/<worksheet\b/);
  return at < 0 ? "" : xml.slice(at, xml.indexOf(">", at) + 1);
}

/**
 * The extension with a declaration for each namespace prefix it uses that neither it nor the copy's root declares,
 * taken from the original's root; undefined when one is declared nowhere (copying it would break the file).
 */
function withDeclarations(ext: string, originalRoot: string, copyRoot: string): string | undefined {
  const prefixes = new Set(Array.from(ext.matchAll(/<\/?([A-Za-z_][\w.-]*):/g), (m) => m[1]));
  const added: string[] = [];
  for (const prefix of prefixes) {
    const declaration = new RegExp(`\\bxmlns:${prefix.replace(/\./g, "\\.")}="[^"]*"`);
    if (declaration.test(ext) || declaration.test(copyRoot)) continue;
    const found = declaration.exec(originalRoot);
    if (!found) return undefined;
    added.push(found[0]);
  }
  if (added.length === 0) return ext;
  const close = ext.indexOf(">");
  return `${ext.slice(0, close)} ${added.join(" ")}${ext.slice(close)}`;
}

function insertBefore(xml: string, before: RegExp, element: string): string {
  const at = xml.search(before);
  const end = xml.lastIndexOf("</worksheet>");
  const where = at >= 0 ? at : end;
  return where < 0 ? xml : xml.slice(0, where) + element + xml.slice(where);
}
