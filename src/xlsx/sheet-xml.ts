/**
 * A worksheet's (and the workbook part's) children by name, in the order ECMA-376 (CT_Worksheet, CT_Workbook) requires: what puts an element the
 * user's file had back into the copy ExcelJS wrote, where Excel expects it. Unprefixed elements only (a sheet
 * written with a prefix, `<x:worksheet>`, is left as it is by the callers).
 */

/** CT_Worksheet's children in schema order. */
export const WORKSHEET_CHILDREN = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** The first `name` element of the XML (empty or with content), or null. */
export function childElement(xml: string, name: string): RegExpExecArray | null {
  return new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`).exec(xml);
}

/** Whether the XML is a worksheet written without a prefix on its elements. */
export function isPlainWorksheet(xml: string): boolean {
  return /<worksheet\b/.test(xml);
}

/** CT_Workbook's children in schema order. */
const WORKBOOK_CHILDREN = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** One child element of a part's root: its name and where it starts and ends in the XML. */
interface Child {
  name: string;
  start: number;
  end: number;
}

/**
 * The root `root`'s own children, in the order written, and where the root's end tag is; null where the XML is not
 * such a part (or not written the way this reads it). Only direct children: a conditional format's rule has an
 * `extLst` of its own, and an element looked for by name must not be found inside another.
 */
export function topLevelChildren(xml: string, root: string): { children: Child[]; rootEnd: number } | null {
  const open = new RegExp(`<${root}\\b[^>]*>`).exec(xml);
  if (!open || open[0].endsWith("/>")) return null;
  const children: Child[] = [];
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)\b[^>]*?(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g;
  tag.lastIndex = open.index + open[0].length;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    if (m[2] === undefined) continue; // a comment or processing instruction between children
    if (m[1]) return m[2] === root ? { children, rootEnd: m.index } : null;
    const name = m[2];
    const start = m.index;
    if (m[3]) {
      children.push({ name, start, end: tag.lastIndex });
      continue;
    }
    // Its end: the `</name>` that closes it, counting elements of its own name inside it.
    const same = new RegExp(`<(\\/?)${name.replace(/[.]/g, "\\.")}\\b[^>]*?(\\/?)>`, "g");
    same.lastIndex = tag.lastIndex;
    let depth = 1;
    let m2: RegExpExecArray | null = null;
    while (depth > 0 && (m2 = same.exec(xml))) if (!m2[2]) depth += m2[1] ? -1 : 1;
    if (!m2 || depth > 0) return null;
    children.push({ name, start, end: same.lastIndex });
    tag.lastIndex = same.lastIndex;
  }
  return null;
}

/**
 * The XML of a part whose root `root` has children in the schema order `order`, with `element` as its `name` child:
 * in place of the one it has, else before the first child the schema puts after it (else before the root's end).
 */
function withOrderedChild(xml: string, root: string, order: string[], name: string, element: string): string {
  const parts = topLevelChildren(xml, root);
  if (!parts) return xml;
  const existing = parts.children.find((c) => c.name === name);
  if (existing) return xml.slice(0, existing.start) + element + xml.slice(existing.end);
  const rank = order.indexOf(name);
  const later = parts.children.find((c) => order.indexOf(c.name) > rank);
  const where = later ? later.start : parts.rootEnd;
  return xml.slice(0, where) + element + xml.slice(where);
}

/**
 * The worksheet XML with its children in schema order, where ExcelJS wrote some out of it: a sheet with notes gets
 * its `legacyDrawing` after its `tableParts` and `extLst`, which Excel repairs by emptying the sheet (exceljs#1369).
 * Whitespace between children goes; anything it cannot read is left as it is.
 */
export function withWorksheetChildrenInOrder(xml: string): string {
  const parts = topLevelChildren(xml, "worksheet");
  if (!parts || parts.children.length < 2) return xml;
  const rank = (c: Child) => WORKSHEET_CHILDREN.indexOf(c.name);
  const { children } = parts;
  if (children.some((c) => rank(c) < 0)) return xml;
  if (children.every((c, k) => k === 0 || rank(children[k - 1]) <= rank(c))) return xml;
  const ordered = children
    .map((c, k) => ({ c, k }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.k - b.k)
    .map(({ c }) => xml.slice(c.start, c.end));
  return xml.slice(0, children[0].start) + ordered.join("") + xml.slice(parts.rootEnd);
}

/** The sheet XML with `element` as its `name` child, where the schema puts it (see withOrderedChild). */
export function withChild(xml: string, name: string, element: string): string {
  return withOrderedChild(xml, "worksheet", WORKSHEET_CHILDREN, name, element);
}

/** The workbook part's XML with `element` as its `name` child, where the schema puts it (see withOrderedChild). */
export function withWorkbookChild(xml: string, name: string, element: string): string {
  return withOrderedChild(xml, "workbook", WORKBOOK_CHILDREN, name, element);
}

/** CT_SheetPr's children in schema order. */
const SHEET_PR_CHILDREN = ["tabColor", "outlinePr", "pageSetUpPr"];

/**
 * The sheet XML with its `sheetPr` children in schema order: ExcelJS writes `pageSetUpPr` before `outlinePr`,
 * which the schema does not allow (a sheet set to fit its page that also has outline settings, as openpyxl writes
 * every sheet).
 */
export function withSheetPrInOrder(xml: string): string {
  const sheetPr = /<sheetPr\b[^>]*>([\s\S]*?)<\/sheetPr>/.exec(xml);
  if (!sheetPr) return xml;
  const inner = sheetPr[1];
  const children = SHEET_PR_CHILDREN.map((name) => childElement(inner, name)?.[0] ?? "");
  // Only elements this knows, each once: anything else stays as written.
  if (children.join("").length !== inner.length) return xml;
  const ordered = children.join("");
  if (ordered === inner) return xml;
  const at = sheetPr.index + sheetPr[0].indexOf(">") + 1;
  return xml.slice(0, at) + ordered + xml.slice(at + inner.length);
}

const EXTENSION = /<ext\b[^>]*>[\s\S]*?<\/ext>/g;

/** The XML's first extension (`<ext uri=…>`) with this URI, or undefined. */
export function extensionOf(xml: string, uri: string): string | undefined {
  for (const m of xml.matchAll(EXTENSION)) if (m[0].slice(0, m[0].indexOf(">")).includes(uri)) return m[0];
  return undefined;
}

/** A worksheet's root start tag (with its namespace declarations); "" where there is none. */
export function rootTag(xml: string): string {
  const at = xml.search(/<worksheet\b/);
  return at < 0 ? "" : xml.slice(at, xml.indexOf(">", at) + 1);
}

/**
 * The extension with a declaration for each namespace prefix it uses that neither it nor the copy's root declares,
 * taken from the original's root; undefined when one is declared nowhere (copying it would break the file).
 */
export function withDeclarations(ext: string, originalRoot: string, copyRoot: string): string | undefined {
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

/**
 * Where the worksheet's own extension list starts and ends (its last child; a conditional-format rule has one too).
 */
function sheetExtensionList(xml: string): { start: number; end: number } | null {
  const close = xml.lastIndexOf("</extLst>");
  const end = close + "</extLst>".length;
  if (close < 0 || !/^\s*<\/worksheet>/.test(xml.slice(end))) return null;
  return { start: xml.lastIndexOf("<extLst", close), end };
}

/** The extensions (`<ext uri=…>`) of the worksheet's own extension list, in order. */
export function sheetExtensions(xml: string): string[] {
  const list = sheetExtensionList(xml);
  return list ? Array.from(xml.slice(list.start, list.end).matchAll(EXTENSION), (m) => m[0]) : [];
}

/** The sheet XML with this extension added to the worksheet's own extension list (made where it has none). */
export function withExtension(xml: string, ext: string): string {
  const list = sheetExtensionList(xml);
  if (list) {
    const at = list.end - "</extLst>".length;
    return xml.slice(0, at) + ext + xml.slice(at);
  }
  const at = xml.lastIndexOf("</worksheet>");
  return at < 0 ? xml : xml.slice(0, at) + `<extLst>${ext}</extLst>` + xml.slice(at);
}

/** The XML without this extension (and without the worksheet's extension list, where that leaves it empty). */
export function withoutExtension(xml: string, ext: string): string {
  return xml.replace(ext, "").replace(/<extLst>\s*<\/extLst>(?=\s*<\/worksheet>)/, "");
}
