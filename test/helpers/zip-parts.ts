/** Editing the parts of an .xlsx package in tests, to make files the way Excel or openpyxl would have written them. */
import ExcelJS from "exceljs";
import type JSZip from "jszip";
import { withRelativeTargets } from "../../src/xlsx/read";

/** Replaces a part's text with `edit` of it. */
export async function editPart(zip: JSZip, part: string, edit: (xml: string) => string): Promise<void> {
  const file = zip.file(part);
  if (!file) throw new Error(`no part ${part}`);
  zip.file(part, edit(await file.async("string")));
}

/** Adds a relationship to a rels part (which must exist). */
export function addRelationship(zip: JSZip, relsPart: string, id: string, type: string, target: string) {
  return editPart(zip, relsPart, (xml) =>
    xml.replace("</Relationships>", `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`),
  );
}

/** Adds content-type entries (Override or Default elements) to [Content_Types].xml. */
export function addContentTypes(zip: JSZip, ...entries: string[]) {
  return editPart(zip, "[Content_Types].xml", (xml) => xml.replace("</Types>", `${entries.join("")}</Types>`));
}

/**
 * What ExcelJS writes for the CLI's copy before the user's parts go back: the file loaded as the CLI loads it,
 * a generated sheet added, written again.
 */
export async function excelJsCopy(original: Buffer): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await withRelativeTargets(original)) as unknown as ArrayBuffer);
  wb.addWorksheet("Conflicts").addRow(["generated"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
