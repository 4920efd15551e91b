/** Excel 365's threaded comments kept in the CLI's copy (src/xlsx/threaded-comments.ts): ExcelJS drops them. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { withOriginalParts } from "../../../src/xlsx/original-parts";
import { addContentTypes, addRelationship, excelJsCopy } from "../../helpers/zip-parts";

const THREAD_REL = "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment";
const PERSON_REL = "http://schemas.microsoft.com/office/2017/10/relationships/person";
const THREAD =
  '<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="A2" dT="2026-11-20T09:00:00.00" personId="{00000000-0000-0000-0000-000000000001}" id="{00000000-0000-0000-0000-0000000000A1}"><text>Can Ana do the 7am call?</text></threadedComment></ThreadedComments>';
const PERSONS =
  '<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><person displayName="Zoë (2nd AD)" id="{00000000-0000-0000-0000-000000000001}" userId="zoe" providerId="None"/></personList>';

async function workbookWithThread(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Schedule");
  ws.addRow(["ID", "Date"]);
  ws.addRow(["S1", new Date(Date.UTC(2026, 2, 2))]);
  // The note Excel writes beside a thread for older versions.
  ws.getCell("A2").note = "[Threaded comment]\nCan Ana do the 7am call?";
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  zip.file("xl/threadedComments/threadedComment1.xml", THREAD);
  zip.file("xl/persons/person.xml", PERSONS);
  await addRelationship(
    zip,
    "xl/worksheets/_rels/sheet1.xml.rels",
    "rIdT",
    THREAD_REL,
    "../threadedComments/threadedComment1.xml",
  );
  await addRelationship(zip, "xl/_rels/workbook.xml.rels", "rIdP", PERSON_REL, "persons/person.xml");
  await addContentTypes(
    zip,
    '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>',
    '<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>',
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

test("the copy keeps each sheet's threads and the workbook's people, related and typed as in the file", async () => {
  const original = await workbookWithThread();
  const written = await excelJsCopy(original);
  expect((await JSZip.loadAsync(written)).file("xl/threadedComments/threadedComment1.xml")).toBeNull();

  const copy = await JSZip.loadAsync(await withOriginalParts(original, written));
  expect(await copy.file("xl/threadedComments/threadedComment1.xml")?.async("string")).toBe(THREAD);
  expect(await copy.file("xl/persons/person.xml")?.async("string")).toBe(PERSONS);
  expect(await copy.file("xl/worksheets/_rels/sheet1.xml.rels")!.async("string")).toMatch(
    new RegExp(`Type="${THREAD_REL}" Target="../threadedComments/threadedComment1.xml"`),
  );
  expect(await copy.file("xl/_rels/workbook.xml.rels")!.async("string")).toMatch(
    new RegExp(`Type="${PERSON_REL}" Target="persons/person.xml"`),
  );
  const types = await copy.file("[Content_Types].xml")!.async("string");
  expect(types).toContain('PartName="/xl/threadedComments/threadedComment1.xml"');
  expect(types).toContain('PartName="/xl/persons/person.xml"');
  // The note beside the thread is the file's own.
  expect(await copy.file("xl/comments1.xml")?.async("string")).toContain("Can Ana do the 7am call?");
});
