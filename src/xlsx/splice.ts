/**
 * The CLI's copy, written by splicing what the add-in adds into the user's own package. The user's parts stay as
 * their file had them, byte for byte, except where a change is the point:
 * - the previous run's generated sheets and registry sheet go (their parts, relationships, content types, their
 *   print names), and the calculation chain, which Excel rebuilds;
 * - each highlighted sheet gets the highlights as conditional formats (the user's own rules move two places down,
 *   as in write.ts), and loses the previous run's;
 * - the generated sheets (written as parts by generated-xml.ts) come in after the user's sheets, with their styles
 *   merged into the user's style part, their text as inline strings, their tables named and numbered around the
 *   user's, and their "Go to" links as links inside the workbook.
 * Everything else (notes, links, pictures, external links, macros, number formats, filters, properties) is the
 * user's file. Where the package is written in a way this does not read (prefixed elements, no style part),
 * SpliceUnsupported says so and the CLI writes its copy through ExcelJS instead (write.ts, original-parts.ts).
 */
import JSZip from "jszip";
import { META_SHEET_PATTERN, type Highlight, type WritePlan } from "../core/plan";
import type { WorkbookSnapshot } from "../core/snapshot";
import { highlightFormulaText, isHighlightFormulaText } from "../core/plan-helpers";
import { parseRange } from "../core/a1";
import { attr, decodeXml, escapeAttr, escapeText, folderOf, plainXml, relativePath, relsPartOf, utf8 } from "./opc";
import { RELATIONSHIPS_NS, reachable, relationshipsOf, text, workbookPart } from "./package-parts";
import { WORKSHEET_CHILDREN, topLevelChildren, withWorkbookChild } from "./sheet-xml";
import { toArgb } from "./cell-looks";
import { layOutGeneratedSheets, registrySheetParts } from "./generated-xml";
import { zipBytes } from "./zip-write";
import { MACRO_WORKBOOK_TYPE, VBA_TYPE, WORKBOOK_TYPE } from "./macros";
import type { RegistryEntry } from "../core/registry";

export class SpliceUnsupported extends Error {}

const CONTENT_TYPES = "[Content_Types].xml";
const WORKSHEET_REL = `${RELATIONSHIPS_NS}/worksheet`;
const TABLE_REL = `${RELATIONSHIPS_NS}/table`;
const CALC_CHAIN_REL = `${RELATIONSHIPS_NS}/calcChain`;
const STYLES_REL = `${RELATIONSHIPS_NS}/styles`;
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
/** The style part of a package that has none: Excel's defaults (Calibri 11, no fill, no border). */
const PLAIN_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";

/** One `<sheet>` of the workbook part. */
interface SheetEntry {
  tag: string;
  name: string;
  sheetId: number;
  rId: string;
  part?: string;
  worksheet: boolean;
}

/**
 * The copy: `original` with the previous run's additions removed and `plan`'s added. `snapshot` is the fast reader's
 * of the same bytes: its sheets flagged generated, and the registry sheet it left out, are the previous run's.
 */
export async function splicedCopy(
  original: Buffer,
  snapshot: WorkbookSnapshot,
  plan: WritePlan,
  { macroEnabled = false }: { macroEnabled?: boolean } = {},
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(original);
  // The parts the copy writes; every other part goes in with the user's own bytes.
  const written = new Set<string>();
  const put = (part: string, xml: string) => {
    zip.file(part, utf8(xml), { createFolders: false });
    written.add(part);
  };
  const wbPart = await workbookPart(zip);
  if (!wbPart) throw new SpliceUnsupported("no workbook part");
  // Parts written with a prefix (the .NET SDK's form) are changed in their plain form.
  let workbookXml = plainXml(await required(zip, wbPart));
  if (!/<workbook\b/.test(workbookXml) || !/<sheets\b/.test(workbookXml))
    throw new SpliceUnsupported("a workbook part written with prefixes");
  const rels = await relationshipsOf(zip, wbPart);
  const entries = sheetEntries(workbookXml, rels);

  // What the previous run added: its generated sheets and its registry (the fast reader leaves the registry out).
  const read = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const removed = entries.filter(
    (e) => e.worksheet && (read.get(e.name)?.generated || (!read.has(e.name) && META_SHEET_PATTERN.test(e.name))),
  );
  const removedSet = new Set(removed);
  const kept = entries.filter((e) => !removedSet.has(e));

  // A package without a style part (some generators write none) gets one: the generated sheets need styles.
  const theirStylesPart = rels.find((r) => r.type === STYLES_REL)?.part;
  const ownStyles = theirStylesPart !== undefined && zip.file(theirStylesPart) !== null;
  // Where every reader looks for it (openpyxl reads no other), unless a part of the user's has that name.
  const stylesPart = ownStyles
    ? (theirStylesPart as string)
    : zip.file(/^xl\/styles\.xml$/i).length === 0
      ? "xl/styles.xml"
      : freeParts(zip, "xl/styles", ".xml")();
  const styles = new StyleSheet(ownStyles ? await required(zip, stylesPart) : PLAIN_STYLES);

  // The user's sheets: the previous run's highlights out, this run's in.
  const highlights = new Map<string, Highlight[]>();
  for (const h of plan.highlights) highlights.set(h.sheet, [...(highlights.get(h.sheet) ?? []), h]);
  for (const e of kept) {
    if (!e.worksheet || !e.part) continue;
    const xml = await text(zip, e.part);
    if (xml === undefined) continue;
    const mine = highlights.get(e.name) ?? [];
    if (mine.length === 0 && !xml.includes("ProductionCoordinator:")) continue;
    const plain = plainXml(xml);
    const changed = withHighlights(withoutHighlights(plain), mine, styles);
    if (changed !== plain) put(e.part, changed);
  }

  // The generated sheets, written on their own.
  const keptNames = kept.map((e) => e.name);
  const tableNames = new Set<string>();
  for (const name of await takenTableNames(zip, kept, workbookXml)) tableNames.add(name.toLowerCase());
  const laidOut = layOutGeneratedSheets(plan, keptNames, tableNames);
  const { generated } = laidOut;
  // Ids after the user's sheets' (a rerun gives its sheets the same ones): the registry knows a sheet by its id.
  let nextId = Math.max(0, ...kept.map((e) => e.sheetId)) + 1;
  const ids = new Map<string, number>();
  for (const name of generated.keys()) ids.set(name, nextId++);
  const registry: RegistryEntry[] = [...generated].map(([name, key]) => ({
    name,
    key,
    sheetId: ids.get(name) as number,
    link: { kind: "sheet", name },
  }));
  const registrySheet = registrySheetParts(registry, snapshot.settings, [...keptNames, ...generated.keys()], (name) =>
    generated.has(name),
  );

  // Out with the previous run's sheets.
  const contentTypes = await required(zip, CONTENT_TYPES);
  const types = new TagList(contentTypes, "Override", (tag) =>
    (attr(tag, "PartName") ?? "").replace(/^\//, "").toLowerCase(),
  );
  const workbookRels = new TagList(
    await required(zip, relsPartOf(wbPart)),
    "Relationship",
    (tag) => attr(tag, "Id") ?? "",
  );
  // The calculation chain lists cells of the sheets removed, which Excel repairs; it rebuilds a missing one. It goes
  // on every run, so that a rerun gives the same copy.
  const chains = rels.filter((r) => r.type === CALC_CHAIN_REL);
  if (removed.length > 0 || chains.length > 0) {
    workbookXml = withoutSheets(workbookXml, entries, removedSet);
    for (const e of removed) workbookRels.remove(e.rId);
    for (const r of chains) workbookRels.remove(r.id);
    put(relsPartOf(wbPart), workbookRels.xml());
    put(wbPart, workbookXml);
    const keep = new Set<string>();
    for (const root of await relationshipsOf(zip, ""))
      if (root.part) for (const part of await reachable(zip, root.part)) keep.add(part);
    const gone = new Set<string>();
    for (const e of removed) if (e.part) for (const part of await reachable(zip, e.part)) gone.add(part);
    for (const r of chains) if (r.part) gone.add(r.part);
    for (const part of gone) {
      if (keep.has(part)) continue;
      zip.remove(part);
      zip.remove(relsPartOf(part));
      types.remove(part.toLowerCase());
    }
  }

  // In with this run's: their looks into the user's style part, then the sheets written with the looks' new numbers.
  const styleMap = styles.merge(new StyleSheet(laidOut.styles));
  const sheets = laidOut.sheets(styleMap.xf);
  if (registrySheet) sheets.push(registrySheet);
  let nextTableId = await maxTableId(zip, contentTypes);
  const sheetTags: string[] = [];
  const freeSheetPart = freeParts(zip, "xl/worksheets/sheet", ".xml");
  const freeTablePart = freeParts(zip, "xl/tables/table", ".xml");
  const freeRelationshipId = workbookRels.freeKeys("rId");
  for (const sheet of sheets) {
    const part = freeSheetPart();
    const relTags = sheet.tables.map((tableXml, i) => {
      const tablePart = freeTablePart();
      put(tablePart, tableXml.replace(/(<table\b[^>]*?\sid=")\d+"/, `$1${++nextTableId}"`));
      types.set(tablePart.toLowerCase(), `<Override PartName="/${tablePart}" ContentType="${TABLE_TYPE}"/>`);
      return `<Relationship Id="rId${i + 1}" Type="${TABLE_REL}" Target="${relativePath(folderOf(part), tablePart)}"/>`;
    });
    put(part, sheet.xml);
    if (relTags.length > 0)
      put(
        relsPartOf(part),
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relTags.join("")}</Relationships>`,
      );
    types.set(part.toLowerCase(), `<Override PartName="/${part}" ContentType="${WORKSHEET_TYPE}"/>`);
    const rId = freeRelationshipId();
    workbookRels.set(
      rId,
      `<Relationship Id="${rId}" Type="${WORKSHEET_REL}" Target="${relativePath(folderOf(wbPart), part)}"/>`,
    );
    const sheetId = ids.get(sheet.name) ?? nextId++;
    sheetTags.push(
      `<sheet name="${escapeAttr(sheet.name)}" sheetId="${sheetId}"${sheet.state ? ` state="${sheet.state}"` : ""} r:id="${rId}"/>`,
    );
  }
  workbookXml = workbookXml.replace(/<\/sheets>|<sheets\s*\/>/, (m) =>
    m.startsWith("</") ? `${sheetTags.join("")}</sheets>` : `<sheets>${sheetTags.join("")}</sheets>`,
  );
  workbookXml = withPrintNames(workbookXml, laidOut.definedNames, kept.length);
  if (!/\sxmlns:r="/.test(workbookXml.slice(0, workbookXml.indexOf(">", workbookXml.search(/<workbook\b/)))))
    workbookXml = workbookXml.replace(/<workbook\b/, `<workbook xmlns:r="${RELATIONSHIPS_NS}"`);

  if (!ownStyles) {
    for (const r of rels.filter((r) => r.type === STYLES_REL)) workbookRels.remove(r.id);
    const rId = freeRelationshipId();
    workbookRels.set(
      rId,
      `<Relationship Id="${rId}" Type="${STYLES_REL}" Target="${relativePath(folderOf(wbPart), stylesPart)}"/>`,
    );
    types.set(stylesPart.toLowerCase(), `<Override PartName="/${stylesPart}" ContentType="${STYLES_TYPE}"/>`);
  }
  // An .xlsx copy cannot hold macros (Excel refuses it): an .xlsm's VBA project stays out of one.
  if (!macroEnabled)
    for (const r of rels.filter((r) => r.type === VBA_TYPE)) {
      workbookRels.remove(r.id);
      for (const part of r.part ? await reachable(zip, r.part) : []) {
        zip.remove(part);
        zip.remove(relsPartOf(part));
        types.remove(part.toLowerCase());
      }
    }
  put(wbPart, workbookXml);
  put(relsPartOf(wbPart), workbookRels.xml());
  put(stylesPart, styles.xml());
  put(CONTENT_TYPES, withWorkbookType(types.xml(), wbPart, macroEnabled));
  return zipBytes(zip, original, written);
}

async function required(zip: JSZip, part: string): Promise<string> {
  const xml = await text(zip, part);
  if (xml === undefined) throw new SpliceUnsupported(`no ${part}`);
  return xml;
}

function sheetEntries(workbookXml: string, rels: { id: string; type: string; part?: string }[]): SheetEntry[] {
  const sheets = /<sheets\b[^>]*>([\s\S]*?)<\/sheets>/.exec(workbookXml)?.[1] ?? "";
  return Array.from(sheets.matchAll(/<sheet\b[^>]*>/g), ([tag]) => {
    const rId = /\sr:id="([^"]*)"/.exec(tag)?.[1] ?? "";
    const rel = rels.find((r) => r.id === rId);
    return {
      tag,
      name: attr(tag, "name") ?? "",
      sheetId: Number(attr(tag, "sheetId")) || 0,
      rId,
      part: rel?.part,
      worksheet: !!rel && rel.type === WORKSHEET_REL,
    };
  });
}

/**
 * The workbook part without the removed sheets: their `<sheet>`, the names local to them (print areas, filters), the
 * other local names renumbered to their sheet's new place, and the active and first tabs kept on the same sheets.
 */
function withoutSheets(xml: string, entries: SheetEntry[], removed: Set<SheetEntry>): string {
  const newIndex = new Map<number, number>();
  let k = 0;
  entries.forEach((e, i) => {
    if (!removed.has(e)) newIndex.set(i, k++);
  });
  const gone = new Set([...removed].map((e) => e.tag));
  let out = xml.replace(/<sheet\b[^>]*>/g, (tag) => (gone.has(tag) ? "" : tag));
  // A name is `<definedName …>…</definedName>` or, as some writers leave an empty one, `<definedName …/>`.
  out = out.replace(/<definedName\b([^>]*?)(?:\/>|>[\s\S]*?<\/definedName>)/g, (whole, attrs: string) => {
    const local = /\slocalSheetId="(\d+)"/.exec(attrs);
    if (!local) return whole;
    const moved = newIndex.get(Number(local[1]));
    return moved === undefined ? "" : whole.replace(local[0], ` localSheetId="${moved}"`);
  });
  out = out.replace(/<definedNames\b[^>]*>\s*<\/definedNames>/, "");
  out = out.replace(/<workbookView\b[^>]*>/g, (tag) =>
    tag.replace(/\s(activeTab|firstSheet)="(\d+)"/g, (_, name: string, v: string) => {
      const moved = newIndex.get(Number(v));
      return ` ${name}="${moved ?? 0}"`;
    }),
  );
  return out;
}

/** The generated sheets' print names (`localSheetId` counted among them), placed for the sheets' places after `offset`. */
function withPrintNames(xml: string, definedNames: string[], offset: number): string {
  const names = definedNames.map((name) =>
    name.replace(/\slocalSheetId="(\d+)"/, (_, id: string) => ` localSheetId="${Number(id) + offset}"`),
  );
  if (names.length === 0) return xml;
  const existing = /<definedNames\b[^>]*>([\s\S]*?)<\/definedNames>/.exec(xml);
  if (existing) return xml.replace("</definedNames>", () => `${names.join("")}</definedNames>`);
  return withWorkbookChild(xml, "definedNames", `<definedNames>${names.join("")}</definedNames>`);
}

/**
 * A part made of one kind of tag (the content types' Overrides, a part's Relationships) edited as a list of tags by
 * key: a copy may add and remove thousands (a call sheet per shoot day), each in constant time.
 */
class TagList {
  private readonly tags = new Map<string, string | null>();
  private readonly added = new Map<string, string>();

  constructor(
    private readonly source: string,
    private readonly name: string,
    private readonly keyOf: (tag: string) => string,
  ) {
    for (const [tag] of source.matchAll(new RegExp(`<${name}\\b[^>]*>`, "g"))) this.tags.set(keyOf(tag), tag);
  }

  has(key: string): boolean {
    return (this.tags.has(key) && this.tags.get(key) !== null) || this.added.has(key);
  }

  remove(key: string): void {
    if (this.tags.has(key)) this.tags.set(key, null);
    this.added.delete(key);
  }

  /** Puts `tag` under `key`, in place of a tag of that key the part had. */
  set(key: string, tag: string): void {
    this.remove(key);
    this.added.set(key, tag);
  }

  /** A generator of keys `${stem}N` the list does not hold, N from 1 up. */
  freeKeys(stem: string): () => string {
    let k = 0;
    return () => {
      do k++;
      while (this.has(`${stem}${k}`));
      return `${stem}${k}`;
    };
  }

  /** The part: its own tags where they were, less the removed ones, then the added ones before its end tag. */
  xml(): string {
    const kept = this.source.replace(new RegExp(`<${this.name}\\b[^>]*>(?:\\s*</${this.name}>)?`, "g"), (tag) =>
      this.tags.get(this.keyOf(tag)) === null ? "" : tag,
    );
    const end = kept.lastIndexOf("</");
    return kept.slice(0, end) + [...this.added.values()].join("") + kept.slice(end);
  }
}

/** A generator of the parts `stem{n}{ext}` the package does not hold, n from 1 up. */
function freeParts(zip: JSZip, stem: string, ext: string): () => string {
  const taken = new Set(Object.keys(zip.files).map((name) => name.toLowerCase()));
  let k = 0;
  return () => {
    do k++;
    while (taken.has(`${stem}${k}${ext}`.toLowerCase()));
    return `${stem}${k}${ext}`;
  };
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The workbook part's content type for the copy's extension: an .xlsm copy is macro-enabled (Excel refuses one that is not). */
function withWorkbookType(types: string, wbPart: string, macroEnabled: boolean): string {
  const [from, to] = macroEnabled ? [WORKBOOK_TYPE, MACRO_WORKBOOK_TYPE] : [MACRO_WORKBOOK_TYPE, WORKBOOK_TYPE];
  const override = new RegExp(`<Override\\b[^>]*PartName="/${escapeRegex(wbPart)}"[^>]*>`, "i").exec(types)?.[0];
  return override
    ? types.replace(override, () => override.replace(`ContentType="${from}"`, `ContentType="${to}"`))
    : types;
}

/** The user's table names and defined names: a generated table's name must be none of them. */
async function takenTableNames(zip: JSZip, kept: SheetEntry[], workbookXml: string): Promise<string[]> {
  const names: string[] = [];
  for (const e of kept) {
    if (!e.part) continue;
    for (const r of await relationshipsOf(zip, e.part)) {
      if (r.type !== TABLE_REL || !r.part) continue;
      const head = /<table\b[^>]*>/.exec((await text(zip, r.part)) ?? "")?.[0];
      for (const key of ["name", "displayName"]) {
        const name = head && attr(head, key);
        if (name) names.push(name);
      }
    }
  }
  for (const m of workbookXml.matchAll(/<definedName\b[^>]*>/g)) {
    const name = attr(m[0], "name");
    if (name) names.push(name);
  }
  return names;
}

/** The highest id of the package's tables: its table parts are those in xl/tables and any its content types call tables. */
async function maxTableId(zip: JSZip, contentTypes: string): Promise<number> {
  let max = 0;
  const typed = new Set<string>();
  for (const [tag] of contentTypes.matchAll(/<Override\b[^>]*>/g))
    if (attr(tag, "ContentType") === TABLE_TYPE)
      typed.add((attr(tag, "PartName") ?? "").replace(/^\//, "").toLowerCase());
  for (const name of Object.keys(zip.files)) {
    if (!/^xl\/tables\/[^/]+\.xml$/i.test(name) && !typed.has(name.toLowerCase())) continue;
    const head = /<table\b[^>]*>/.exec((await text(zip, name)) ?? "")?.[0];
    max = Math.max(max, Number((head && attr(head, "id")) ?? 0) || 0);
  }
  return max;
}

// ---- highlights ----

/** The sheet without the previous run's highlights; the user's rules back in the places they had before them. */
export function withoutHighlights(xml: string): string {
  let removed = false;
  const out = xml.replace(
    /<conditionalFormatting\b[^>]*>([\s\S]*?)<\/conditionalFormatting>/g,
    (block: string, inner: string) => {
      const rules = inner.replace(/<cfRule\b[^>]*?(?:\/>|>[\s\S]*?<\/cfRule>)/g, (rule: string) => {
        const formula = /<formula>([\s\S]*?)<\/formula>/.exec(rule)?.[1];
        if (formula === undefined || !isHighlightFormulaText(decodeXml(formula))) return rule;
        removed = true;
        return "";
      });
      if (rules === inner) return block;
      return /<cfRule\b/.test(rules) ? block.replace(inner, () => rules) : "";
    },
  );
  return removed ? withPriorities(out, (p) => (p > HIGHLIGHT_RULES ? p - HIGHLIGHT_RULES : p)) : xml;
}

/** The priorities the highlights take on a sheet: errors 1, warnings 2 (see write.ts). */
const HIGHLIGHT_RULES = 2;

function withPriorities(xml: string, change: (p: number) => number): string {
  return xml.replace(/(<(?:[\w]+:)?cfRule\b[^>]*?\spriority=")(\d+)"/g, (_, head: string, p: string) => {
    return `${head}${change(Number(p))}"`;
  });
}

/** The sheet with `highlights` as conditional formats above the user's own (which move two places down). */
export function withHighlights(xml: string, highlights: Highlight[], styles: StyleSheet): string {
  const blocks: string[] = [];
  for (const h of highlights) {
    const argb = toArgb(h.color);
    const ranges = h.ranges.map((r) => r.replace(/\$/g, "")).filter((r) => parseRange(r) !== null);
    if (!argb || ranges.length === 0) continue;
    const dxfId = styles.dxf(
      `<dxf><fill><patternFill patternType="solid"><bgColor rgb="${argb}"/></patternFill></fill></dxf>`,
    );
    blocks.push(
      `<conditionalFormatting sqref="${ranges.join(" ")}"><cfRule type="expression" dxfId="${dxfId}" priority="${
        h.severity === "error" ? 1 : 2
      }"><formula>${escapeText(highlightFormulaText(h.severity))}</formula></cfRule></conditionalFormatting>`,
    );
  }
  if (blocks.length === 0) return xml;
  const moved = withPriorities(xml, (p) => p + HIGHLIGHT_RULES);
  const again = topLevelChildren(moved, "worksheet");
  if (!again) throw new SpliceUnsupported("a worksheet written with prefixes, or one this cannot read");
  // Before the sheet's first conditional format, or what the schema puts after them.
  const later = again.children.find((c) => CF_AFTER.includes(c.name));
  const where = later ? later.start : again.rootEnd;
  return moved.slice(0, where) + blocks.join("") + moved.slice(where);
}

/** conditionalFormatting and what CT_Worksheet puts after it. */
const CF_AFTER = WORKSHEET_CHILDREN.slice(WORKSHEET_CHILDREN.indexOf("conditionalFormatting"));

// ---- styles ----

interface StyleMap {
  xf(index: number): number;
  dxf(index: number): number;
}

/** The sections of a style part that the merge appends to, in CT_Stylesheet's order. */
const SECTIONS = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"] as const;
type Section = (typeof SECTIONS)[number];
const ITEM: Record<Section, string> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellStyleXfs: "xf",
  cellXfs: "xf",
  cellStyles: "cellStyle",
  dxfs: "dxf",
};
const LATER_SECTIONS = ["tableStyles", "colors", "extLst"];

/** A style part's lists, appended to where the copy needs a style the user's part lacks (an equal one is reused). */
export class StyleSheet {
  private readonly items = new Map<Section, string[]>();
  private readonly changed = new Set<Section>();

  private source: string;

  constructor(source: string) {
    this.source = plainXml(source);
    if (this.source && !/<styleSheet\b/.test(this.source))
      throw new SpliceUnsupported("a style part written with prefixes");
    for (const section of SECTIONS) this.items.set(section, this.read(section));
  }

  private read(section: Section): string[] {
    const block = new RegExp(`<${section}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${section}>)`).exec(this.source);
    const inner = block?.[1] ?? "";
    const item = ITEM[section];
    return Array.from(inner.matchAll(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, "g")), (m) => m[0]);
  }

  /** The index of `item` in `section`, appended when no equal one is there. */
  private place(section: Section, item: string): number {
    const list = this.items.get(section) as string[];
    const at = list.indexOf(item);
    if (at >= 0) return at;
    list.push(item);
    this.changed.add(section);
    return list.length - 1;
  }

  /** A differential format (a conditional format's look): its index. */
  dxf(item: string): number {
    return this.place("dxfs", item);
  }

  /** Takes in the styles `theirs` uses; returns where each of its cell formats and differential formats is here. */
  merge(theirs: StyleSheet): StyleMap {
    if (this.items.get("cellStyleXfs")?.length === 0 || this.items.get("cellXfs")?.length === 0)
      throw new SpliceUnsupported("a style part without cell formats");
    const fonts = (theirs.items.get("fonts") ?? []).map((f) => this.place("fonts", f));
    const fills = (theirs.items.get("fills") ?? []).map((f) => this.place("fills", f));
    const borders = (theirs.items.get("borders") ?? []).map((b) => this.place("borders", b));
    const numFmts = new Map<string, string>();
    for (const nf of theirs.items.get("numFmts") ?? []) {
      const id = attr(nf, "numFmtId") ?? "";
      const code = attr(nf, "formatCode") ?? "";
      numFmts.set(id, String(this.numFmt(code, nf)));
    }
    const xfs = (theirs.items.get("cellXfs") ?? []).map((xf) => {
      const mapped = xf
        .replace(/\snumFmtId="(\d+)"/, (_, v: string) => ` numFmtId="${numFmts.get(v) ?? v}"`)
        .replace(/\sfontId="(\d+)"/, (_, v: string) => ` fontId="${fonts[Number(v)] ?? 0}"`)
        .replace(/\sfillId="(\d+)"/, (_, v: string) => ` fillId="${fills[Number(v)] ?? 0}"`)
        .replace(/\sborderId="(\d+)"/, (_, v: string) => ` borderId="${borders[Number(v)] ?? 0}"`)
        .replace(/\sxfId="(\d+)"/, ' xfId="0"');
      return this.place("cellXfs", mapped);
    });
    const dxfs = (theirs.items.get("dxfs") ?? []).map((d) => this.place("dxfs", d));
    return { xf: (i) => xfs[i] ?? 0, dxf: (i) => dxfs[i] ?? 0 };
  }

  /** The id of a number format of this code here (a built-in id stays), added under a free id when there is none. */
  private numFmt(code: string, item: string): number {
    const id = Number(attr(item, "numFmtId"));
    if (id < 164) return id;
    const list = this.items.get("numFmts") as string[];
    const same = list.find((nf) => attr(nf, "formatCode") === code);
    if (same) return Number(attr(same, "numFmtId"));
    const free = Math.max(163, ...list.map((nf) => Number(attr(nf, "numFmtId")) || 0)) + 1;
    this.place("numFmts", item.replace(/\snumFmtId="\d+"/, ` numFmtId="${free}"`));
    return free;
  }

  /** The style part with what was appended. */
  xml(): string {
    let out = this.source;
    for (const section of SECTIONS) {
      if (!this.changed.has(section)) continue;
      const list = this.items.get(section) as string[];
      const element = `<${section} count="${list.length}">${list.join("")}</${section}>`;
      const block = new RegExp(`<${section}\\b[^>]*?(?:/>|>[\\s\\S]*?</${section}>)`).exec(out);
      if (block) {
        const open = /^<[^>]*?(\/?)>/.exec(block[0])?.[0] ?? "";
        const attrs = open
          .replace(/^<\w+/, "")
          .replace(/\/?>$/, "")
          .replace(/\scount="\d+"/, "");
        out = out.replace(block[0], () => `<${section} count="${list.length}"${attrs}>${list.join("")}</${section}>`);
        continue;
      }
      // A section the part lacks goes before the first that follows it.
      const after = [...SECTIONS.slice(SECTIONS.indexOf(section) + 1), ...LATER_SECTIONS]
        .map((name) => out.search(new RegExp(`<${name}\\b`)))
        .filter((i) => i >= 0);
      const at = after.length > 0 ? Math.min(...after) : out.lastIndexOf("</styleSheet>");
      out = out.slice(0, at) + element + out.slice(at);
    }
    return out;
  }
}
