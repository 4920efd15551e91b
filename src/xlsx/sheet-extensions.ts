/**
 * What the user's sheets keep in their extension list (`<extLst>`), which ExcelJS rewrites or drops:
 * - conditional formats of Excel 2010 and later (`x14:`): data bars' look (solid or gradient fill, axis, negative
 *   colour, direction, "Automatic" ends) and icon sets of their own. ExcelJS writes them anew from what it
 *   understood: an "Automatic" end (`autoMin`) becomes "Lowest value", a threshold given by a formula becomes `NaN`,
 *   and a data bar written in Excel 2007's form gets an extension it never had. The copy takes each rule back as the
 *   original wrote it, keeping the id and priority ExcelJS gave it (the sheet's rule points at that id; the
 *   highlights' rules come first);
 * - every other extension the copy lacks and that stands on its own (no relationship to a part ExcelJS dropped):
 *   sparklines, data validations drawn from another sheet (drop-downs), and the like go back as written. Slicers and
 *   timelines, which point at parts of their own, are not brought back.
 */
import { attr } from "./opc";
import { extensionOf, rootTag, sheetExtensions, withDeclarations, withExtension, withoutExtension } from "./sheet-xml";

/** The extension URI of conditional formats. */
const FORMATS_EXT = "{78C0D931-6437-407d-A8EE-F0AAD7539E65}";

/** Whether a sheet's copy needs this: it has extensions, or a data bar or icon set ExcelJS may give one. */
export function usesSheetExtensions(sheetXml: string): boolean {
  return sheetExtensions(sheetXml).length > 0 || /<cfRule\b[^>]*\btype="(?:dataBar|iconSet)"/.test(sheetXml);
}

/**
 * The copy's sheet XML with the original's extensions: its conditional formats (withExtensionFormatsOf) and each
 * other extension the copy has none of with the same URI, with the namespace declarations it needs from the
 * original's root; not one that names a relationship (`r:id`), whose part the copy does not have.
 */
export function withSheetExtensionsOf(original: string, copy: string): string {
  let out = withExtensionFormatsOf(original, copy);
  const ours = new Set(sheetExtensions(out).map(uriOf));
  for (const ext of sheetExtensions(original)) {
    const uri = uriOf(ext);
    if (!uri || uri === FORMATS_EXT || ours.has(uri) || /\s[\w.-]+:id="/.test(ext)) continue;
    const declared = withDeclarations(ext, rootTag(original), rootTag(out));
    if (declared) out = withExtension(out, declared);
  }
  return out;
}

function uriOf(ext: string): string | undefined {
  return attr(startTag(ext), "uri");
}

const FORMATTING = /<x14:conditionalFormatting\b[^>]*>([\s\S]*?)<\/x14:conditionalFormatting>/g;
const RULE = /<x14:cfRule\b[^>]*?(?:\/>|>[\s\S]*?<\/x14:cfRule>)/g;
const SQREF = /<xm:sqref>([\s\S]*?)<\/xm:sqref>/;
/** A sheet rule's pointer at its extension rule (`<extLst><ext …><x14:id>{…}</x14:id></ext></extLst>`). */
const RULE_POINTER = /<extLst>\s*<ext\b[^>]*>\s*<x14:id>([^<]*)<\/x14:id>\s*<\/ext>\s*<\/extLst>/g;

interface ExtensionRule {
  sqref: string;
  rule: string;
}

/** The extension's rules with their ranges, in order. */
function rulesOf(ext: string): ExtensionRule[] {
  const out: ExtensionRule[] = [];
  for (const [, body] of ext.matchAll(FORMATTING)) {
    const sqref = SQREF.exec(body)?.[1].trim() ?? "";
    for (const [rule] of body.matchAll(RULE)) out.push({ sqref, rule });
  }
  return out;
}

/** What pairs a rule of the copy with the original's: its range and type (then order). */
function keyOf({ sqref, rule }: ExtensionRule): string {
  return `${sqref}\u0000${attr(startTag(rule), "type") ?? ""}`;
}

function startTag(element: string): string {
  return element.slice(0, element.indexOf(">") + 1);
}

/** The original's rule with the copy's id and priority (each only where the copy gives one). */
function withIdentityOf(original: string, copy: string): string {
  let tag = startTag(original);
  const rest = original.slice(tag.length);
  for (const name of ["id", "priority"]) {
    const value = attr(startTag(copy), name);
    if (value === undefined) continue;
    const given = new RegExp(`(\\s${name}=)"[^"]*"`);
    tag = given.test(tag) ? tag.replace(given, `$1"${value}"`) : tag.replace(/^<x14:cfRule\b/, `$& ${name}="${value}"`);
  }
  return tag + rest;
}

/**
 * The copy's sheet XML with the original's extension rules: each rule the copy also has (same range and type, in
 * order) as the original wrote it; a rule the original did not have (ExcelJS's extension of a 2007 data bar) dropped,
 * with the sheet rule's pointer at it; one ExcelJS dropped, added after the copy's rules.
 */
export function withExtensionFormatsOf(original: string, copy: string): string {
  const theirExt = extensionOf(original, FORMATS_EXT);
  const ourExt = extensionOf(copy, FORMATS_EXT);
  if (!theirExt && !ourExt) return copy;
  if (!ourExt) {
    const declared = theirExt && withDeclarations(theirExt, rootTag(original), rootTag(copy));
    return declared ? withExtension(copy, declared) : copy;
  }
  const theirs = new Map<string, ExtensionRule[]>();
  for (const rule of theirExt ? rulesOf(theirExt) : []) {
    const key = keyOf(rule);
    const list = theirs.get(key);
    if (list) list.push(rule);
    else theirs.set(key, [rule]);
  }
  const dropped = new Set<string>();
  let kept = 0;
  const rebuilt = ourExt.replace(FORMATTING, (block: string, body: string) => {
    const sqref = SQREF.exec(body)?.[1].trim() ?? "";
    const rules = body.replace(RULE, (rule: string) => {
      const source = theirs.get(keyOf({ sqref, rule }))?.shift();
      if (source) {
        kept++;
        return withIdentityOf(source.rule, rule);
      }
      const id = attr(startTag(rule), "id");
      if (id !== undefined) dropped.add(id);
      return "";
    });
    return rules.includes("<x14:cfRule") ? block.replace(body, rules) : "";
  });
  // Rules ExcelJS did not write: after the copy's, numbered after every rule of the sheet.
  let priority = Math.max(0, ...Array.from(copy.matchAll(/\spriority="(\d+)"/g), (m) => Number(m[1])));
  const missing = Array.from(theirs.values()).flat();
  const added = missing
    .map(
      ({ sqref, rule }) =>
        `<x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">` +
        `${withIdentityOf(rule, `<x14:cfRule priority="${++priority}">`)}<xm:sqref>${sqref}</xm:sqref>` +
        `</x14:conditionalFormatting>`,
    )
    .join("");
  const end = rebuilt.lastIndexOf("</x14:conditionalFormattings>");
  const ext = added && end >= 0 ? rebuilt.slice(0, end) + added + rebuilt.slice(end) : rebuilt;
  let out = kept + missing.length > 0 ? copy.replace(ourExt, ext) : withoutExtension(copy, ourExt);
  if (dropped.size) out = out.replace(RULE_POINTER, (pointer: string, id: string) => (dropped.has(id) ? "" : pointer));
  return out;
}
