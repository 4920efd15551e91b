/**
 * Manual page breaks between columns, which ExcelJS neither writes nor keeps: the generated sheets that print across
 * pages (a long DOOD) get theirs put into the written file's sheet XML, where the schema puts `colBreaks`.
 */
import JSZip from "jszip";
import { worksheetParts } from "./fast-read";
import { withChild } from "./sheet-xml";
import { utf8 } from "./opc";

/**
 * `copy` with each named sheet's column breaks: `breaks` maps a sheet's name to the 1-based columns that start a
 * printed page (a break left of each).
 */
export async function withColumnBreaks(copy: Buffer, breaks: Map<string, number[]>): Promise<Buffer> {
  const parts = worksheetParts(copy);
  const changes = new Map<string, string>();
  for (const [sheet, columns] of breaks) {
    const part = parts.get(sheet);
    const element = colBreaksXml(columns);
    const xml = part?.xml();
    if (!part || !xml || !element) continue;
    changes.set(part.part, withChild(xml, "colBreaks", element));
  }
  if (changes.size === 0) return copy;
  const zip = await JSZip.loadAsync(copy);
  for (const [name, xml] of changes) zip.file(name, utf8(xml));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/**
 * The `colBreaks` element for page breaks left of the given 1-based columns, or undefined for none. OOXML numbers a
 * break by the column before it (zero-based: the column it starts), across every row.
 */
export function colBreaksXml(columns: number[]): string | undefined {
  const cols = [...new Set(columns.filter((c) => Number.isInteger(c) && c > 1))].sort((a, b) => a - b);
  if (cols.length === 0) return undefined;
  return (
    `<colBreaks count="${cols.length}" manualBreakCount="${cols.length}">` +
    cols.map((c) => `<brk id="${c - 1}" max="1048575" man="1"/>`).join("") +
    `</colBreaks>`
  );
}
