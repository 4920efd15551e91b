/**
 * The user's cell comments in the CLI's copy, as they wrote them. ExcelJS writes back every comment it loaded, but
 * with the author "Author" for all, and with no text where the file kept a comment's text without formatting runs
 * (openpyxl's `<text><t>…</t></text>`). The plan adds no comments, so each sheet's own comments part is the right
 * one for the copy: it goes back in place of ExcelJS's, where both name the same cells.
 */
import JSZip from "jszip";
import { sheetComments } from "./fast-read";

export async function withOriginalComments(original: Buffer, copy: Buffer): Promise<Buffer> {
  const theirs = sheetComments(original);
  if (theirs.size === 0) return copy;
  const written = sheetComments(copy);
  let zip: JSZip | undefined;
  for (const [sheet, { xml }] of theirs) {
    const ours = written.get(sheet);
    if (!ours || cellsOf(ours.xml) !== cellsOf(xml)) continue;
    zip ??= await JSZip.loadAsync(copy);
    zip.file(ours.part, xml);
  }
  return zip ? zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }) : copy;
}

/** The cells a comments part annotates, sorted: the comparison that says two parts are of the same comments. */
function cellsOf(xml: string): string {
  return Array.from(xml.matchAll(/<comment\b[^>]*\bref="([^"]+)"/g), (m) => m[1])
    .sort()
    .join(" ");
}
