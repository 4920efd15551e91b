/**
 * A workbook saved without a theme part (as LibreOffice saves one): ExcelJS loaded it with no themes and wrote a copy
 * whose relationships and content types name xl/theme/theme1.xml without the part, which Excel reports as a problem
 * (found by a fuzz of the CLI's copy).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { xlsxBytes } from "../../../src/xlsx/write";
import { withRelativeTargets } from "../../../src/xlsx/read";

async function withoutTheme(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Schedule").addRow(["ID", "Date"]);
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  zip.remove("xl/theme/theme1.xml");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file("xl/_rels/workbook.xml.rels", rels.replace(/<Relationship [^>]*theme1\.xml"\/>/, ""));
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", types.replace(/<Override PartName="\/xl\/theme\/theme1\.xml"[^>]*\/>/, ""));
  return zip.generateAsync({ type: "nodebuffer" });
}

async function copyOf(original: Buffer): Promise<JSZip> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await withRelativeTargets(original)) as unknown as ArrayBuffer);
  wb.addWorksheet("Conflicts").addRow(["generated"]);
  return JSZip.loadAsync(await xlsxBytes(wb));
}

test("every part the copy's workbook relationships name is in the copy", async () => {
  const original = await withoutTheme();
  expect((await JSZip.loadAsync(original)).file("xl/theme/theme1.xml")).toBeNull();
  const copy = await copyOf(original);
  const rels = await copy.file("xl/_rels/workbook.xml.rels")!.async("string");
  for (const [, target] of rels.matchAll(/Target="([^"]+)"/g)) expect(copy.file(`xl/${target}`)).not.toBeNull();
});

test("near miss: a workbook with its own theme keeps it", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Schedule").addRow(["ID"]);
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  const theme = (await zip.file("xl/theme/theme1.xml")!.async("string")).replace(/name="Office Theme"/, 'name="Ours"');
  zip.file("xl/theme/theme1.xml", theme);
  const copy = await copyOf(await zip.generateAsync({ type: "nodebuffer" }));
  expect(await copy.file("xl/theme/theme1.xml")!.async("string")).toContain('name="Ours"');
});
