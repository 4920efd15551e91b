/** Editing the parts of an .xlsx package in tests, to make files the way Excel or openpyxl would have written them. */
import type JSZip from "jszip";

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
