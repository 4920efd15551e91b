/**
 * What ExcelJS changes in the user's sheets when the CLI writes its copy, put back as the user wrote it. The plan
 * adds no comment and no data validation and moves no cell, so each sheet's own are right for the copy:
 * - comments: ExcelJS writes every comment it loaded with the author "Author", and with no text where the file
 *   kept a comment's text without formatting runs (openpyxl's `<text><t>…</t></text>`);
 * - drawings (charts, pictures): see src/xlsx/drawings.ts;
 * - defined names: ExcelJS drops a sheet's print titles written without `$` (`Schedule!1:1`), makes the filter's
 *   hidden name global, and rewrites print areas and named ranges in forms of its own; the original's go back, each
 *   sheet-local one numbered for its sheet's place in the copy, beside the names of the sheets the plan generated.
 * - data validations (drop-down lists): ExcelJS writes one whose range list has several ranges back as overlapping
 *   pieces (exceljs#2820), and drops those Excel keeps in the sheet's extension list (a list drawn from another
 *   sheet: `Status` from a `Lists` sheet), which would lose the user's drop-downs;
 * - manual page breaks, which ExcelJS drops, and the order of `sheetPr`'s children, which it breaks;
 * - sheet and workbook protection: ExcelJS drops the password of a protected sheet (anyone could unprotect the
 *   copy), its ranges others may edit, and the workbook's protection altogether;
 * - the workbook's calculation settings (calcPr), which ExcelJS drops;
 * - the values of linked date, time and number cells, which ExcelJS writes as text (withLinkedValuesOf);
 * - a worksheet's children in schema order, which ExcelJS breaks for a sheet with notes (withWorksheetChildrenInOrder);
 * - threaded comments (Excel 365's conversations), which ExcelJS drops: see src/xlsx/threaded-comments.ts;
 * - macros: see src/xlsx/macros.ts;
 * - the workbook's default font (the Normal style's, of every cell with no font of its own), which ExcelJS replaces
 *   with its own Calibri 11;
 * - Excel tables: ExcelJS hides every filter button of a table it loaded (a `hiddenButton` on each column) and drops
 *   its calculated columns' formulas (new rows no longer fill in) and the attributes it does not know;
 * - conditional formats: the attributes ExcelJS drops from a rule (withRuleAttributesOf);
 * - what a sheet keeps in its extension list: Excel 2010's conditional formats, sparklines, drop-downs drawn from
 *   another sheet (see src/xlsx/sheet-extensions.ts);
 * - dynamic-array formulas' marks and the metadata part they point into (see src/xlsx/dynamic-arrays.ts);
 * - which groups of rows and columns are collapsed (see src/xlsx/outline.ts).
 */
import JSZip from "jszip";
import { partText, worksheetParts } from "./fast-read";
import { attr, decodeXml, utf8 } from "./opc";
import { withDrawingsOf } from "./drawings";
import { asMacroEnabledOf } from "./macros";
import { withThreadedCommentsOf } from "./threaded-comments";
import {
  childElement,
  isPlainWorksheet,
  withChild,
  withSheetPrInOrder,
  withWorkbookChild,
  withWorksheetChildrenInOrder,
} from "./sheet-xml";
import { usesSheetExtensions, withSheetExtensionsOf } from "./sheet-extensions";
import { cellMetadataPart, hasCellMarks, withCellMarksOf, withCellMetadataOf } from "./dynamic-arrays";
import { usesOutline, withOutlineOf } from "./outline";

/**
 * `macroEnabled`: the copy is an .xlsm, with the original's macros when it has them (an .xlsx copy cannot hold
 * macros: Excel refuses an .xlsx whose workbook is macro-enabled). `generated`: the sheets this run generated, which
 * take nothing from the original (a previous run's sheet of the same name had its own page breaks, for other days).
 */
export async function withOriginalParts(
  original: Buffer,
  copy: Buffer,
  { macroEnabled = false, generated = new Set<string>() }: { macroEnabled?: boolean; generated?: Set<string> } = {},
): Promise<Buffer> {
  const theirs = worksheetParts(original);
  if (theirs.size === 0 && !macroEnabled) return copy;

  const written = worksheetParts(copy);
  const changes = new Map<string, string>();
  // Dynamic-array formulas' marks go back only with the metadata part they point into.
  const metadata = cellMetadataPart(original);
  let marked = false;
  for (const [sheet, part] of theirs) {
    const ours = written.get(sheet);
    if (!ours || generated.has(sheet)) continue;
    if (part.comments && ours.comments && cellsOf(ours.comments.xml) === cellsOf(part.comments.xml))
      changes.set(ours.comments.part, part.comments.xml);
    for (const [table, xml] of originalTables(part.tables, ours.tables)) changes.set(table, xml);
    let theirXml: string | undefined;
    let ourXml: string | undefined;
    let marks = false;
    try {
      theirXml = part.xml();
      marks = metadata !== undefined && theirXml !== undefined && hasCellMarks(theirXml);
      // A sheet with notes: ExcelJS writes its legacyDrawing out of the schema's order (withWorksheetChildrenInOrder).
      ourXml = theirXml && (marks || needsOriginal(theirXml) || ours.comments) ? ours.xml() : undefined;
    } catch {
      continue; // a part this reader cannot unpack: the copy keeps what ExcelJS wrote
    }
    if (!theirXml || !ourXml) continue;
    let restored = withLinkedValuesOf(theirXml, withSheetElementsOf(theirXml, ourXml));
    if (marks) restored = withCellMarksOf(theirXml, restored);
    restored = withWorksheetChildrenInOrder(restored);
    marked ||= marks && restored !== ourXml;
    if (restored !== ourXml) changes.set(ours.part, restored);
  }
  const drawings = Array.from(theirs.values()).some((sheet) => sheet.drawing);
  const threads = Array.from(theirs.values()).some((sheet) => sheet.threads);
  const theirWorkbook = packagePart(original, WORKBOOK_PART);
  const ourWorkbook =
    theirWorkbook?.includes("<definedName") ||
    KEPT_WORKBOOK_CHILDREN.some((name) => theirWorkbook?.includes(`<${name}`))
      ? packagePart(copy, WORKBOOK_PART)
      : undefined;
  if (theirWorkbook && ourWorkbook) {
    let named = withDefinedNamesOf(theirWorkbook, ourWorkbook);
    for (const name of KEPT_WORKBOOK_CHILDREN) named = withWorkbookElementOf(theirWorkbook, named, name);
    if (named !== ourWorkbook) changes.set(WORKBOOK_PART, named);
  }
  // A carriage return in the user's text (`_x000D_` in their file) is written raw by ExcelJS, and every XML reader
  // drops a raw one before a line feed: as a character reference it stays (`line one\r\nline two` kept).
  const ourStrings = packagePart(copy, SHARED_STRINGS_PART);
  if (ourStrings?.includes("\r")) changes.set(SHARED_STRINGS_PART, ourStrings.replace(/\r/g, "&#13;"));
  const theirStyles = packagePart(original, STYLES_PART);
  const ourStyles = theirStyles && packagePart(copy, STYLES_PART);
  if (theirStyles && ourStyles) {
    const styled = withDefaultFontOf(theirStyles, ourStyles);
    if (styled !== ourStyles) changes.set(STYLES_PART, styled);
  }
  if (changes.size === 0 && !drawings && !threads && !macroEnabled) return copy;
  const zip = await JSZip.loadAsync(copy);
  for (const [name, xml] of changes) zip.file(name, utf8(xml));
  const theirZip = drawings || threads || macroEnabled || marked ? await JSZip.loadAsync(original) : undefined;
  // After the sheets' other changes: the drawing element goes into the sheet XML as changed.
  const drawn = drawings && theirZip && (await withDrawingsOf(theirZip, zip));
  const threaded = threads && theirZip && (await withThreadedCommentsOf(theirZip, zip));
  const macros = macroEnabled && theirZip && (await asMacroEnabledOf(theirZip, zip));
  if (marked && theirZip && metadata) await withCellMetadataOf(theirZip, zip, metadata);
  if (changes.size === 0 && !drawn && !threaded && !macros) return copy;
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/**
 * The copy's table parts that go back as the original wrote them, with their XML: each table of the sheet the copy
 * kept under the same name and range (the plan moves no cell), keeping the copy's `id`, which must stay unique
 * among the workbook's tables (the generated sheets' are numbered after the user's).
 */
function originalTables(
  theirs: { part: string; xml: string }[] | undefined,
  ours: { part: string; xml: string }[] | undefined,
): [string, string][] {
  if (!theirs || !ours) return [];
  const out: [string, string][] = [];
  const copies = ours.flatMap((t) => {
    const root = tableRoot(t.xml);
    return root ? [{ ...t, root }] : [];
  });
  for (const table of theirs) {
    const root = tableRoot(table.xml);
    if (!root) continue;
    const name = attr(root, "name");
    const copy = copies.find((t) => attr(t.root, "name") === name && attr(t.root, "ref") === attr(root, "ref"));
    const id = copy && attr(copy.root, "id");
    if (!copy || id === undefined || copy.xml === table.xml) continue;
    const at = table.xml.indexOf(root);
    out.push([
      copy.part,
      table.xml.slice(0, at) + root.replace(/\sid="[^"]*"/, ` id="${id}"`) + table.xml.slice(at + root.length),
    ]);
  }
  return out;
}

/** A table part's root start tag (`<table ... >`), undefined for a part written with a prefix or none. */
function tableRoot(xml: string): string | undefined {
  const at = xml.search(/<table\b/);
  return at < 0 ? undefined : xml.slice(at, xml.indexOf(">", at) + 1);
}

/** The cells a comments part annotates, sorted: the comparison that says two parts are of the same comments. */
function cellsOf(xml: string): string {
  return Array.from(xml.matchAll(/<comment\b[^>]*\bref="([^"]+)"/g), (m) => m[1])
    .sort()
    .join(" ");
}

/** The sheet's own elements the copy takes from the original: ExcelJS rewrites or drops them. */
const KEPT_CHILDREN = ["sheetProtection", "protectedRanges", "dataValidations", "rowBreaks", "colBreaks"];

/** Whether the copy of this sheet needs anything from the original's XML. */
function needsOriginal(sheetXml: string): boolean {
  return (
    sheetXml.includes("<hyperlink ") ||
    usesSheetExtensions(sheetXml) ||
    RULE_ATTRIBUTES_USED.test(sheetXml) ||
    KEPT_CHILDREN.some((name) => sheetXml.includes(`<${name}`)) ||
    usesOutline(sheetXml) ||
    (sheetXml.includes("<outlinePr") && sheetXml.includes("<pageSetUpPr"))
  );
}

/**
 * The copy's sheet XML with the original sheet's own elements ExcelJS rewrites or drops: its data validations
 * (the `dataValidations` element), protection and manual page breaks, each where the schema puts it; its extensions
 * (withSheetExtensionsOf); its groups' collapsed marks (withOutlineOf); and its `sheetPr` children in schema order. A sheet written with a namespace prefix on
 * its elements (`<x:worksheet>`) is left as ExcelJS wrote it.
 */
export function withSheetElementsOf(original: string, copy: string): string {
  if (!isPlainWorksheet(original) || !isPlainWorksheet(copy)) return copy;
  let out = withOutlineOf(
    original,
    withSheetExtensionsOf(original, withRuleAttributesOf(original, withSheetPrInOrder(copy))),
  );
  for (const name of KEPT_CHILDREN) {
    const theirs = childElement(original, name)?.[0];
    if (theirs) out = withChild(out, name, theirs);
  }
  return out;
}

/** A cell's element in sheet XML: its start tag's attributes and its content. */
function cellElement(xml: string, ref: string): { at: number; whole: string; attrs: string; inner: string } | null {
  const m = new RegExp(`<c r="${ref}"(\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</c>)`).exec(xml);
  return m ? { at: m.index, whole: m[0], attrs: m[1] ?? "", inner: m[2] ?? "" } : null;
}

/**
 * The copy's sheet XML with the values of the user's linked date, time and number cells as they wrote them: ExcelJS
 * holds a link's cell value as the link's text and writes it as a string, so a linked Date came back as the text
 * "Mon Mar 02 2026 00:00:00 GMT…" and a linked scene number 3 as the text "3". The copy's style stays.
 */
export function withLinkedValuesOf(original: string, copy: string): string {
  let out = copy;
  for (const [, ref] of original.matchAll(/<hyperlink\b[^>]*?\bref="([A-Z]{1,3}[0-9]{1,7})"/g)) {
    const theirs = cellElement(original, ref);
    const type = theirs && attr(theirs.attrs, "t");
    if (!theirs || type === "s" || type === "str" || type === "inlineStr" || !theirs.inner.includes("<v")) continue;
    const ours = cellElement(out, ref);
    const ourType = ours && attr(ours.attrs, "t");
    if (!ours || (ourType !== "s" && ourType !== "str")) continue;
    const attrs = ours.attrs.replace(/\st="[^"]*"/, "") + (type ? ` t="${type}"` : "");
    const cell = `<c r="${ref}"${attrs}>${theirs.inner}</c>`;
    out = out.slice(0, ours.at) + cell + out.slice(ours.at + ours.whole.length);
  }
  return out;
}

/**
 * Conditional-format attributes ExcelJS drops when it writes a rule back: "stop if true", and what a text, date,
 * top-N or average rule compares ("contains Ann"); without them Excel shows the rule differently or not at all.
 */
const RULE_ATTRIBUTES = [
  "stopIfTrue",
  "operator",
  "text",
  "timePeriod",
  "rank",
  "percent",
  "bottom",
  "aboveAverage",
  "equalAverage",
  "stdDev",
];
const RULE_ATTRIBUTES_USED = new RegExp(`<cfRule\\b[^>]*\\s(?:${RULE_ATTRIBUTES.join("|")})=`);
const FORMATTING = /<conditionalFormatting\b([^>]*)>([\s\S]*?)<\/conditionalFormatting>/g;
const RULE = /<cfRule\b[^>]*?(?:\/>|>[\s\S]*?<\/cfRule>)/g;

/** What identifies a rule across the two files: its range, its type and its formulas (entities read). */
function ruleKey(sqref: string, rule: string): string {
  const start = rule.slice(0, rule.indexOf(">"));
  const formulas = Array.from(rule.matchAll(/<formula>([\s\S]*?)<\/formula>/g), (m) => decodeXml(m[1]));
  return [sqref, attr(start, "type") ?? "", ...formulas].join("\u0000");
}

/** A conditionalFormatting element's sqref, from the attributes of its start tag. */
function sqrefOf(attrs: string): string {
  return attr(`<x${attrs}>`, "sqref") ?? "";
}

/**
 * The copy's sheet XML with each of the user's conditional-format rules given back the attributes above that the
 * original's rule of the same range, type and formulas had and the copy's lacks (its priority and format stay the
 * copy's: the highlights' rules come first, and ExcelJS numbers the formats anew).
 */
export function withRuleAttributesOf(original: string, copy: string): string {
  if (!RULE_ATTRIBUTES_USED.test(original)) return copy;
  const theirs = new Map<string, string[]>();
  for (const [, attrs, body] of original.matchAll(FORMATTING)) {
    const sqref = sqrefOf(attrs);
    for (const [rule] of body.matchAll(RULE)) {
      const key = ruleKey(sqref, rule);
      const list = theirs.get(key) ?? [];
      list.push(rule.slice(0, rule.indexOf(">")));
      theirs.set(key, list);
    }
  }
  return copy.replace(FORMATTING, (block: string, attrs: string, body: string) => {
    const sqref = sqrefOf(attrs);
    const rules = body.replace(RULE, (rule: string) => {
      const source = theirs.get(ruleKey(sqref, rule))?.shift();
      if (!source) return rule;
      const close = rule.indexOf(">");
      const end = rule[close - 1] === "/" ? close - 1 : close;
      const start = rule.slice(0, end);
      const added = RULE_ATTRIBUTES.filter((name) => attr(start + ">", name) === undefined)
        .map((name) => new RegExp(`\\s${name}="[^"]*"`).exec(source)?.[0] ?? "")
        .join("");
      return added ? start + added + rule.slice(end) : rule;
    });
    return `<conditionalFormatting${attrs}>${rules}</conditionalFormatting>`;
  });
}

const SHARED_STRINGS_PART = "xl/sharedStrings.xml";
const STYLES_PART = "xl/styles.xml";

/** The first font of a styles part's font list (the default font), undefined where it has none or uses prefixes. */
function defaultFont(styles: string): string | undefined {
  const fonts = /<fonts\b[^>]*>/.exec(styles);
  if (!fonts) return undefined;
  const rest = styles.slice(fonts.index + fonts[0].length);
  return /^\s*(<font\b[^>]*\/>|<font\b[^>]*>[\s\S]*?<\/font>)/.exec(rest)?.[1];
}

/**
 * The copy's styles part with the original's default font as its first font: font 0 is the Normal style's, which
 * every cell without a font of its own shows (the generated sheets' plain cells too, as in a sheet the user adds).
 */
export function withDefaultFontOf(original: string, copy: string): string {
  const theirs = defaultFont(original);
  const ours = defaultFont(copy);
  if (!theirs || !ours || theirs === ours) return copy;
  const at = copy.indexOf(ours, copy.search(/<fonts\b/));
  return copy.slice(0, at) + theirs + copy.slice(at + ours.length);
}

const WORKBOOK_PART = "xl/workbook.xml";

/** A part's text, undefined where the package has none or cannot be read. */
function packagePart(buf: Buffer, part: string): string | undefined {
  try {
    return partText(buf, part);
  } catch {
    return undefined;
  }
}

/** The sheets' names in workbook order (their position is a defined name's localSheetId). */
function sheetNames(workbook: string): string[] {
  return Array.from(workbook.matchAll(/<sheet\b[^>]*>/g), ([tag]) => attr(tag, "name") ?? "");
}

const DEFINED_NAME = /<definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/definedName>)/g;

/**
 * The copy's workbook XML with the original's defined names (sheet-local ones renumbered by sheet name; one whose
 * sheet the copy lacks dropped) and, of the copy's own, only those local to a sheet the original did not have (the
 * generated sheets' print areas and titles). A workbook written with prefixed elements is left as it is.
 */
export function withDefinedNamesOf(original: string, copy: string): string {
  const theirs = childElement(original, "definedNames")?.[0];
  if (!theirs || !/<workbook\b/.test(original) || !/<workbook\b/.test(copy)) return copy;
  const theirSheets = sheetNames(original);
  const ourSheets = sheetNames(copy);
  const known = new Set(theirSheets);
  const names: string[] = [];
  for (const [element] of theirs.matchAll(DEFINED_NAME)) {
    const local = /\slocalSheetId="(\d+)"/.exec(element.slice(0, element.indexOf(">")));
    if (!local) {
      names.push(element);
      continue;
    }
    const at = ourSheets.indexOf(theirSheets[Number(local[1])]);
    if (at >= 0) names.push(element.replace(local[0], ` localSheetId="${at}"`));
  }
  for (const [element] of (childElement(copy, "definedNames")?.[0] ?? "").matchAll(DEFINED_NAME)) {
    const local = /\slocalSheetId="(\d+)"/.exec(element.slice(0, element.indexOf(">")));
    if (local && !known.has(ourSheets[Number(local[1])])) names.push(element);
  }
  return withWorkbookChild(copy, "definedNames", `<definedNames>${names.join("")}</definedNames>`);
}

/**
 * The workbook's own elements ExcelJS drops and the copy takes back from the original: its protection, and its
 * calculation settings (manual or iterative calculation, and `fullCalcOnLoad`: a file saved by a script with cached
 * results it asks Excel to recompute, without which the copy's stale cached 0 would be read as 00:00 when the copy is
 * checked again).
 */
const KEPT_WORKBOOK_CHILDREN = ["workbookProtection", "calcPr"];

/** The copy's workbook XML with the original's `name` element (the copy's own, if any, replaced). */
export function withWorkbookElementOf(original: string, copy: string, name: string): string {
  const theirs = childElement(original, name)?.[0];
  return theirs && /<workbook\b/.test(copy) ? withWorkbookChild(copy, name, theirs) : copy;
}
