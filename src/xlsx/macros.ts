/**
 * A macro-enabled workbook (.xlsm) written back as one. ExcelJS loads an .xlsm but writes neither its VBA project
 * nor the macro-enabled content type, so Excel refuses a copy named .xlsm ("the file format or extension is not
 * valid") and the user's macros are gone. The copy gets the original's VBA project (with the parts it reaches, such
 * as its signature) and the macro-enabled type for its workbook part.
 */
import JSZip from "jszip";
import { workbookRelationshipTypes } from "./fast-read";
import { PartCopier, reachable, relationshipsOf, workbookPart } from "./package-parts";

export const VBA_TYPE = "http://schemas.microsoft.com/office/2006/relationships/vbaProject";
export const WORKBOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
export const MACRO_WORKBOOK_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

/** Whether the file's workbook has a VBA project (macros); false when the file cannot be read here. */
export function hasMacros(file: Buffer): boolean {
  return workbookRelationshipTypes(file).includes(VBA_TYPE);
}

/**
 * The copy as a macro-enabled workbook: the original's VBA project (when it has one and the copy has none) and the
 * workbook part's macro-enabled content type. Returns whether it changed the copy.
 */
export async function asMacroEnabledOf(original: JSZip, copy: JSZip): Promise<boolean> {
  const ours = await workbookPart(copy);
  const theirs = await workbookPart(original);
  const copier = await PartCopier.open(original, copy);
  if (!ours || !theirs || !copier) return false;
  const project = (await relationshipsOf(original, theirs)).find((r) => r.type === VBA_TYPE)?.part;
  const hasProject = (await relationshipsOf(copy, ours)).some((r) => r.type === VBA_TYPE);
  if (project && original.file(project) && !hasProject) {
    const placed = await copier.parts(await reachable(original, project));
    await copier.relate(ours, VBA_TYPE, placed.get(project) as string, "Vba");
  }
  const changedType = copier.retype(ours, WORKBOOK_TYPE, MACRO_WORKBOOK_TYPE);
  copier.finish();
  return changedType || (!!project && !hasProject);
}
