/** openpyxl's absolute relationship targets, made relative before ExcelJS loads a file (src/xlsx/read.ts). */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { relativeRelationshipParts } from "../../../src/xlsx/fast-read";
import { withRelativeTargets } from "../../../src/xlsx/read";

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
