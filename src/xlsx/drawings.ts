/**
 * The user's drawings (charts, pictures, shapes: a Budget chart, a production logo) carried past ExcelJS. ExcelJS
 * fails to load a drawing written without the `xdr:` prefix (openpyxl's, "Cannot read properties of undefined
 * (reading 'anchors')"), and writes back only the pictures it understood: every chart is lost. So the package
 * ExcelJS loads has no drawings (`withoutDrawings`), and the copy it writes gets each sheet's drawing back, with
 * every part the drawing reaches (charts, their styles, images), as the file had them (`withDrawingsOf`). The plan
 * draws nothing and moves no cell, so the original drawing is right for the copy.
 */
import JSZip from "jszip";
import {
  PartCopier,
  RELATIONSHIPS_NS,
  type Relationship,
  reachable,
  relationshipsOf,
  text,
  worksheets,
} from "./package-parts";
import { relsPartOf, utf8 } from "./opc";
import { isPlainWorksheet, withChild } from "./sheet-xml";

const DRAWING_TYPE = `${RELATIONSHIPS_NS}/drawing`;
/** A sheet's drawing element: `<drawing r:id="rId3"/>` (any prefix for the relationships namespace). */
const DRAWING_ELEMENT = /<drawing\b[^>]*?\b[\w.-]+:id="([^"]*)"[^>]*?\/>/;

/** A sheet's drawing: its relationship and every part it reaches (the drawing first). */
interface SheetDrawing {
  relationship: Relationship;
  parts: string[];
}

async function drawingOf(zip: JSZip, sheetPart: string): Promise<SheetDrawing | undefined> {
  const xml = await text(zip, sheetPart);
  const id = xml && DRAWING_ELEMENT.exec(xml)?.[1];
  if (!id) return undefined;
  const relationship = (await relationshipsOf(zip, sheetPart)).find((r) => r.id === id && r.type === DRAWING_TYPE);
  if (!relationship?.part || !zip.file(relationship.part)) return undefined;
  return { relationship, parts: await reachable(zip, relationship.part) };
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
    zip.file(sheetPart, utf8(xml.replace(DRAWING_ELEMENT, "")));
    const relsPart = relsPartOf(sheetPart);
    zip.file(relsPart, utf8(((await text(zip, relsPart)) as string).replace(drawing.relationship.tag, "")));
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
  const ourSheets = await worksheets(copy);
  const copier = await PartCopier.open(original, copy);
  if (!copier) return false;
  let changed = false;
  for (const [name, theirSheet] of await worksheets(original)) {
    const ourSheet = ourSheets.get(name);
    const drawing = await drawingOf(original, theirSheet);
    if (!ourSheet || !drawing) continue;
    const sheetXml = await text(copy, ourSheet);
    if (!sheetXml || DRAWING_ELEMENT.test(sheetXml) || !isPlainWorksheet(sheetXml)) continue;
    const placed = await copier.parts(drawing.parts);
    const id = await copier.relate(ourSheet, DRAWING_TYPE, placed.get(drawing.parts[0]) as string, "Drawing");
    copy.file(ourSheet, utf8(withChild(sheetXml, "drawing", `<drawing xmlns:r="${RELATIONSHIPS_NS}" r:id="${id}"/>`)));
    changed = true;
  }
  if (changed) copier.finish();
  return changed;
}
