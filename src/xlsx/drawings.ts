/**
 * The user's drawings (charts, pictures, shapes: a Budget chart, a production logo) carried past ExcelJS. ExcelJS
 * fails to load a drawing written without the `xdr:` prefix (openpyxl's, "Cannot read properties of undefined
 * (reading 'anchors')"), and writes back only the pictures it understood: every chart is lost. So the package
 * ExcelJS loads has no drawings (`withoutDrawings`), and the copy it writes gets each sheet's drawing back, with
 * every part the drawing reaches (charts, their styles, images), as the file had them (`withDrawingsOf`). The plan
 * draws nothing and moves no cell, so the original drawing is right for the copy.
 */
import JSZip from "jszip";
import { isPlainWorksheet, withChild } from "./sheet-xml";

const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DRAWING_TYPE = `${RELATIONSHIPS_NS}/drawing`;
/** A sheet's drawing element: `<drawing r:id="rId3"/>` (any prefix for the relationships namespace). */
const DRAWING_ELEMENT = /<drawing\b[^>]*?\b[\w.-]+:id="([^"]*)"[^>]*?\/>/;

/** A package has no folder entries (JSZip adds them for a new path unless told not to). */
const NO_FOLDERS = { createFolders: false };

interface Relationship {
  id: string;
  type: string;
  /** Zip path of the target (undefined for an external one). */
  part?: string;
  tag: string;
}

/** `xl/worksheets/sheet1.xml` -> `xl/worksheets/_rels/sheet1.xml.rels`. */
function relsPartOf(part: string): string {
  const at = part.lastIndexOf("/");
  return `${part.slice(0, at)}/_rels/${part.slice(at + 1)}.rels`;
}

function folderOf(part: string): string {
  return part.slice(0, Math.max(0, part.lastIndexOf("/")));
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** A relationship target relative to `folder` -> a zip path. */
function resolve(folder: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = folder ? folder.split("/") : [];
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** The path from folder `from` to part `to`. */
function relative(from: string, to: string): string {
  const a = from ? from.split("/") : [];
  const b = to.split("/");
  let shared = 0;
  while (shared < a.length && shared < b.length - 1 && a[shared] === b[shared]) shared++;
  return [...a.slice(shared).map(() => ".."), ...b.slice(shared)].join("/");
}

async function text(zip: JSZip, part: string): Promise<string | undefined> {
  return zip.file(part)?.async("string");
}

async function relationshipsOf(zip: JSZip, part: string): Promise<Relationship[]> {
  const xml = await text(zip, relsPartOf(part));
  if (!xml) return [];
  return Array.from(xml.matchAll(/<Relationship\b[^>]*>/g), ([tag]) => {
    const target = attr(tag, "Target") ?? "";
    const external = attr(tag, "TargetMode") === "External";
    return {
      id: attr(tag, "Id") ?? "",
      type: attr(tag, "Type") ?? "",
      part: external ? undefined : resolve(folderOf(part), target),
      tag,
    };
  });
}

/** Each worksheet's part by sheet name. */
async function worksheets(zip: JSZip): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const workbook = await text(zip, "xl/workbook.xml");
  if (!workbook) return out;
  const rels = await relationshipsOf(zip, "xl/workbook.xml");
  for (const [tag] of workbook.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
    const id = /\s[\w.-]+:id="([^"]*)"/.exec(tag)?.[1];
    const rel = rels.find((r) => r.id === id);
    if (rel?.part && /\/worksheet$/.test(rel.type)) out.set(attr(tag, "name") ?? "", rel.part);
  }
  return out;
}

/** A sheet's drawing: its relationship and every part it reaches (the drawing first). */
interface SheetDrawing {
  sheetPart: string;
  relationship: Relationship;
  parts: string[];
}

async function drawingOf(zip: JSZip, sheetPart: string): Promise<SheetDrawing | undefined> {
  const xml = await text(zip, sheetPart);
  const id = xml && DRAWING_ELEMENT.exec(xml)?.[1];
  if (!id) return undefined;
  const relationship = (await relationshipsOf(zip, sheetPart)).find((r) => r.id === id && r.type === DRAWING_TYPE);
  if (!relationship?.part || !zip.file(relationship.part)) return undefined;
  const parts: string[] = [];
  const seen = new Set<string>();
  const visit = async (part: string) => {
    if (seen.has(part) || !zip.file(part)) return;
    seen.add(part);
    parts.push(part);
    for (const rel of await relationshipsOf(zip, part)) if (rel.part) await visit(rel.part);
  };
  await visit(relationship.part);
  return { sheetPart, relationship, parts };
}

/**
 * The package without its worksheets' drawings, for ExcelJS to load: each sheet's drawing element and relationship
 * gone, and the drawings' parts with them. Returns whether anything was removed.
 */
export async function withoutDrawings(zip: JSZip): Promise<boolean> {
  let removed = false;
  for (const sheetPart of (await worksheets(zip)).values()) {
    const drawing = await drawingOf(zip, sheetPart);
    if (!drawing) continue;
    const xml = (await text(zip, sheetPart)) as string;
    zip.file(sheetPart, xml.replace(DRAWING_ELEMENT, ""));
    const relsPart = relsPartOf(sheetPart);
    zip.file(relsPart, ((await text(zip, relsPart)) as string).replace(drawing.relationship.tag, ""));
    for (const part of drawing.parts) {
      zip.remove(part);
      zip.remove(relsPartOf(part));
    }
    removed = true;
  }
  return removed;
}

/**
 * The copy with the original's drawings back on the sheets of the same name that have none: each drawing's parts
 * copied (renamed where the copy already has a part of that name), their content types declared, and the sheet
 * given the relationship and the drawing element. Returns whether it changed the copy.
 */
export async function withDrawingsOf(original: JSZip, copy: JSZip): Promise<boolean> {
  const theirSheets = await worksheets(original);
  const ourSheets = await worksheets(copy);
  let typesXml = await text(copy, "[Content_Types].xml");
  const theirTypes = (await text(original, "[Content_Types].xml")) ?? "";
  if (!typesXml) return false;
  let changed = false;
  for (const [name, theirSheet] of theirSheets) {
    const ourSheet = ourSheets.get(name);
    const drawing = await drawingOf(original, theirSheet);
    if (!ourSheet || !drawing) continue;
    const sheetXml = await text(copy, ourSheet);
    if (!sheetXml || DRAWING_ELEMENT.test(sheetXml) || !isPlainWorksheet(sheetXml)) continue;

    // Each part under its own name, or a free one next to it.
    const placed = new Map<string, string>();
    for (const part of drawing.parts) {
      let to = part;
      for (let k = 2; copy.file(to) || [...placed.values()].includes(to); k++)
        to = part.replace(/(\.[^./]*)?$/, `_${k}$1`);
      placed.set(part, to);
    }
    for (const [part, to] of placed) {
      copy.file(to, await (original.file(part) as JSZip.JSZipObject).async("nodebuffer"), NO_FOLDERS);
      const rels = await text(original, relsPartOf(part));
      if (rels) {
        const retargeted = rels.replace(/<Relationship\b[^>]*>/g, (tag) => {
          if (attr(tag, "TargetMode") === "External") return tag;
          const target = resolve(folderOf(part), attr(tag, "Target") ?? "");
          const moved = placed.get(target);
          return moved ? tag.replace(/\sTarget="[^"]*"/, ` Target="${relative(folderOf(to), moved)}"`) : tag;
        });
        copy.file(relsPartOf(to), retargeted, NO_FOLDERS);
      }
      typesXml = withContentType(typesXml, theirTypes, part, to);
    }

    // The sheet's relationship to its drawing, under an Id the copy's rels do not use.
    const relsPart = relsPartOf(ourSheet);
    const rels =
      (await text(copy, relsPart)) ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    let id = "rIdDrawing1";
    for (let k = 2; rels.includes(`Id="${id}"`); k++) id = `rIdDrawing${k}`;
    const target = relative(folderOf(ourSheet), placed.get(drawing.parts[0]) as string);
    copy.file(
      relsPart,
      rels.replace(
        "</Relationships>",
        `<Relationship Id="${id}" Type="${DRAWING_TYPE}" Target="${target}"/></Relationships>`,
      ),
      NO_FOLDERS,
    );
    copy.file(ourSheet, withChild(sheetXml, "drawing", `<drawing xmlns:r="${RELATIONSHIPS_NS}" r:id="${id}"/>`));
    changed = true;
  }
  if (changed) copy.file("[Content_Types].xml", typesXml);
  return changed;
}

/**
 * The copy's content types with part `to` declared as the original declared `part`: its Override, or the Default
 * for its extension when the copy has none for it.
 */
function withContentType(types: string, theirTypes: string, part: string, to: string): string {
  const override = new RegExp(
    `<Override\\b[^>]*PartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*>`,
    "i",
  ).exec(theirTypes)?.[0];
  if (override) {
    if (types.includes(`PartName="/${to}"`)) return types;
    return types.replace("</Types>", `${override.replace(/PartName="[^"]*"/, `PartName="/${to}"`)}</Types>`);
  }
  const extension = /\.([^./]+)$/.exec(part)?.[1];
  if (!extension) return types;
  const hasDefault = (xml: string) => new RegExp(`<Default\\b[^>]*Extension="${extension}"[^>]*>`, "i").exec(xml)?.[0];
  if (hasDefault(types)) return types;
  const theirDefault = hasDefault(theirTypes);
  return theirDefault ? types.replace("</Types>", `${theirDefault}</Types>`) : types;
}
