/**
 * Excel 365's threaded comments (a conversation on a cell) in the copy. ExcelJS keeps only the note Excel writes
 * beside each thread for older versions, so the copy would show "[Threaded comment] …" notes instead of the
 * conversations. Each sheet's threads go back with their relationship, and the workbook's list of people who wrote
 * them (the persons part). The notes themselves come back as written (src/xlsx/original-parts.ts), so each thread
 * still matches its note.
 */
import JSZip from "jszip";
import { PartCopier, reachable, relationshipsOf, workbookPart, worksheets } from "./package-parts";

const THREADED_COMMENTS = "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment";
const PERSONS = "http://schemas.microsoft.com/office/2017/10/relationships/person";

/** The copy with the original's threaded comments on the sheets of the same name; whether it changed. */
export async function withThreadedCommentsOf(original: JSZip, copy: JSZip): Promise<boolean> {
  const copier = await PartCopier.open(original, copy);
  const theirWorkbook = await workbookPart(original);
  const ourWorkbook = await workbookPart(copy);
  if (!copier || !theirWorkbook || !ourWorkbook) return false;
  const ourSheets = await worksheets(copy);
  let changed = false;
  for (const [name, theirSheet] of await worksheets(original)) {
    const ourSheet = ourSheets.get(name);
    if (!ourSheet) continue;
    const ours = await relationshipsOf(copy, ourSheet);
    if (ours.some((r) => r.type === THREADED_COMMENTS)) continue;
    for (const rel of await relationshipsOf(original, theirSheet)) {
      if (rel.type !== THREADED_COMMENTS || !rel.part || !original.file(rel.part)) continue;
      const placed = await copier.parts(await reachable(original, rel.part));
      await copier.relate(ourSheet, THREADED_COMMENTS, placed.get(rel.part) as string, "Thread");
      changed = true;
    }
  }
  if (!changed) return false;
  const persons = (await relationshipsOf(original, theirWorkbook)).find((r) => r.type === PERSONS)?.part;
  const hasPersons = (await relationshipsOf(copy, ourWorkbook)).some((r) => r.type === PERSONS);
  if (persons && original.file(persons) && !hasPersons) {
    const placed = await copier.parts([persons]);
    await copier.relate(ourWorkbook, PERSONS, placed.get(persons) as string, "Persons");
  }
  copier.finish();
  return true;
}
