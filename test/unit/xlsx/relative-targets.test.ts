/**
 * openpyxl's packages made loadable by ExcelJS (src/xlsx/read.ts: absolute relationship targets made relative,
 * comment parts moved where ExcelJS reads them), and the user's comments kept in the CLI's copy (src/xlsx/original-parts.ts).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { excelJsFixes, worksheetParts } from "../../../src/xlsx/fast-read";
import { withRelativeTargets } from "../../../src/xlsx/read";
import { excelJsCopy } from "../../helpers/zip-parts";
import { withOriginalParts } from "../../../src/xlsx/original-parts";

const relativeRelationshipParts = (buf: Buffer) => excelJsFixes(buf).rels;

/** An ExcelJS workbook with a table, its sheet's rels rewritten the way openpyxl writes them. */
async function openpyxlStyle(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Cast");
  ws.addTable({
    name: "tblCast",
    ref: "A1",
    columns: [{ name: "ID" }, { name: "Name" }],
    rows: [
      [1, "Ana Brandt"],
      [2, "Joe Kim"],
    ],
  });
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith(".rels") && n !== "_rels/.rels")) {
    const xml = await zip.file(name)!.async("string");
    const folder = name.replace(/\/_rels\/[^/]+$/, "");
    // Each relative target as the absolute part name it stands for.
    const absolute = xml.replace(/Target="(?!\/)([^"]*)"/g, (_all, target: string) => {
      const parts = folder.split("/");
      for (const seg of target.split("/")) {
        if (seg === "..") parts.pop();
        else parts.push(seg);
      }
      return `Target="/${parts.join("/")}"`;
    });
    zip.file(name, absolute);
  }
  return zip.generateAsync({ type: "nodebuffer" });
}

test("absolute targets are rewritten relative to their source part", async () => {
  const parts = relativeRelationshipParts(await openpyxlStyle());
  expect(parts.get("xl/worksheets/_rels/sheet1.xml.rels")).toContain('Target="../tables/table1.xml"');
  expect(parts.get("xl/_rels/workbook.xml.rels")).toContain('Target="worksheets/sheet1.xml"');
  expect([...parts.values()].join("")).not.toContain('Target="/');
});

test("ExcelJS loads the file once its targets are relative, table and all", async () => {
  const buf = await openpyxlStyle();
  await expect(new ExcelJS.Workbook().xlsx.load(buf as unknown as ArrayBuffer)).rejects.toThrow();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await withRelativeTargets(buf)) as unknown as ArrayBuffer);
  expect(wb.getWorksheet("Cast")!.getCell("B3").value).toBe("Joe Kim");
  expect(wb.getWorksheet("Cast")!.getTable("tblCast")).toBeTruthy();
});

test("a file written with relative targets is left as it is", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Schedule").addRow(["ID", "Date"]);
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  expect(relativeRelationshipParts(buf).size).toBe(0);
  expect(await withRelativeTargets(buf)).toBe(buf);
});

/** A sheet with a comment, packaged the way openpyxl writes it: its own folder, an absolute target, plain text. */
async function openpyxlComment(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Schedule");
  ws.addRow(["ID", "Date"]);
  ws.addRow(["S1", "2026-03-02"]);
  ws.getCell("A2").note = "placeholder";
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  zip.remove("xl/comments1.xml");
  zip.file(
    "xl/comments/comment1.xml",
    '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Zoë (2nd AD)</author></authors>' +
      '<commentList><comment ref="A2" authorId="0" shapeId="0"><text><t>First strip: check with the 1st AD</t></text></comment></commentList></comments>',
  );
  const relsName = "xl/worksheets/_rels/sheet1.xml.rels";
  const rels = await zip.file(relsName)!.async("string");
  zip.file(relsName, rels.replace(/Target="[^"]*comments1\.xml"/, 'Target="/xl/comments/comment1.xml"'));
  return zip.generateAsync({ type: "nodebuffer" });
}

test("openpyxl's comments part, elsewhere than xl/commentsN.xml, moves there: ExcelJS loads the file", async () => {
  const buf = await openpyxlComment();
  await expect(new ExcelJS.Workbook().xlsx.load(buf as unknown as ArrayBuffer)).rejects.toThrow();
  expect(excelJsFixes(buf).moves).toEqual(new Map([["xl/comments/comment1.xml", "xl/comments1.xml"]]));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await withRelativeTargets(buf)) as unknown as ArrayBuffer);
  expect(wb.getWorksheet("Schedule")!.getCell("A1").value).toBe("ID");
});

test("the copy keeps the user's comments as written: author and text (ExcelJS writes 'Author' and loses plain text)", async () => {
  const original = await openpyxlComment();
  const written = await excelJsCopy(original);
  expect(worksheetParts(written).get("Schedule")?.comments?.xml).not.toContain("Zoë (2nd AD)");
  const kept = worksheetParts(await withOriginalParts(original, written)).get("Schedule")?.comments;
  expect(kept?.xml).toContain("<author>Zoë (2nd AD)</author>");
  expect(kept?.xml).toContain("First strip: check with the 1st AD");
  // The copy still opens, comment and all.
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await withOriginalParts(original, written)) as unknown as ArrayBuffer);
  expect(again.getWorksheet("Conflicts")).toBeTruthy();
});

test("near miss: comments on other cells than the copy's are left as ExcelJS wrote them", async () => {
  const original = await openpyxlComment();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await withRelativeTargets(original)) as unknown as ArrayBuffer);
  wb.getWorksheet("Schedule")!.getCell("B2").note = "another";
  const written = Buffer.from(await wb.xlsx.writeBuffer());
  expect(await withOriginalParts(original, written)).toBe(written);
});
