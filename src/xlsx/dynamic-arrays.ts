/**
 * Excel 365's dynamic-array formulas (`=SORT(…)`, `=FILTER(…)`, `=UNIQUE(…)` that spill): Excel marks each such
 * cell with cell metadata (`cm="1"`) pointing into the workbook's metadata part. ExcelJS drops both, so the copy
 * would open with each one as a legacy array formula (`{=SORT(…)}`) held to the range it last spilled into. The copy
 * gets the original's metadata part back, and each marked cell its mark.
 */
import type JSZip from "jszip";
import { partText, workbookRelationships } from "./fast-read";
import { attr } from "./opc";
import { PartCopier, relationshipsOf, workbookPart } from "./package-parts";

const METADATA_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata";

/**
 * The original's metadata part when it can go back as it is: it marks cells (dynamic arrays) and holds no value
 * metadata (rich values such as linked data types and pictures in cells, whose own parts the copy lacks).
 */
export function cellMetadataPart(original: Buffer): string | undefined {
  const part = workbookRelationships(original).find((r) => r.type === METADATA_TYPE)?.target;
  if (!part) return undefined;
  let xml: string | undefined;
  try {
    xml = partText(original, part);
  } catch {
    return undefined;
  }
  return xml && /<cellMetadata\b/.test(xml) && !/<valueMetadata\b/.test(xml) ? part : undefined;
}

/** A start tag of a cell that carries cell metadata. */
const MARKED_CELL = /<c\b[^>]*\scm="[^"]*"[^>]*>/g;

/** Whether a sheet has cells marked with cell metadata. */
export function hasCellMarks(sheetXml: string): boolean {
  return /<c\b[^>]*\scm="/.test(sheetXml);
}

/** The copy's sheet XML with each cell the original marked (`cm`) marked the same (the plan moves no user cell). */
export function withCellMarksOf(original: string, copy: string): string {
  const marks = new Map<string, string>();
  for (const [tag] of original.matchAll(MARKED_CELL)) {
    const ref = attr(tag, "r");
    const mark = attr(tag, "cm");
    if (ref && mark) marks.set(ref, mark);
  }
  if (marks.size === 0) return copy;
  return copy.replace(/<c\b[^>]*>/g, (tag: string) => {
    const mark = marks.get(attr(tag, "r") ?? "");
    return mark === undefined || attr(tag, "cm") !== undefined ? tag : `<c cm="${mark}"${tag.slice(2)}`;
  });
}

/**
 * The copy with the original's metadata part, related from its workbook part (unless it has one); whether it
 * changed.
 */
export async function withCellMetadataOf(original: JSZip, copy: JSZip, part: string): Promise<boolean> {
  const ours = await workbookPart(copy);
  const copier = await PartCopier.open(original, copy);
  if (!ours || !copier || !original.file(part)) return false;
  if ((await relationshipsOf(copy, ours)).some((r) => r.type === METADATA_TYPE)) return false;
  const placed = await copier.parts([part]);
  await copier.relate(ours, METADATA_TYPE, placed.get(part) as string, "Meta");
  copier.finish();
  return true;
}
