/**
 * The user's drawings (charts, pictures) carried past ExcelJS into the CLI's copy (src/xlsx/drawings.ts): ExcelJS
 * cannot load openpyxl's drawings and drops every chart it loads.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { withDrawingsOf } from "../../../src/xlsx/drawings";
import { withOriginalParts } from "../../../src/xlsx/original-parts";
import { withRelativeTargets } from "../../../src/xlsx/read";
import { addContentTypes, addRelationship, editPart, excelJsCopy } from "../../helpers/zip-parts";

const CHART_XML =
  '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea/></c:chart></c:chartSpace>';
/** openpyxl's drawing: no `xdr:` prefix. */
const DRAWING_XML =
  '<wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><oneCellAnchor><from><col>3</col><colOff>0</colOff><row>1</row><rowOff>0</rowOff></from><ext cx="5400000" cy="2700000"/><graphicFrame><nvGraphicFramePr><cNvPr id="1" name="Chart 1"/><cNvGraphicFramePr/></nvGraphicFramePr><xfrm/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic></graphicFrame><clientData/></oneCellAnchor></wsDr>';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A workbook with a Schedule and a Budget sheet carrying a chart the way openpyxl writes one. */
async function budgetWithChart(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Schedule").addRow(["ID", "Date"]);
  const budget = wb.addWorksheet("Budget");
  budget.addRow(["Account", "Budget"]);
  budget.addRow(["Cast", 1000]);
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  zip.file("xl/drawings/drawing1.xml", DRAWING_XML);
  zip.file(
    "xl/drawings/_rels/drawing1.xml.rels",
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
  );
  await addRelationship(zip, "xl/drawings/_rels/drawing1.xml.rels", "rId1", `${REL}/chart`, "/xl/charts/chart1.xml");
  zip.file("xl/charts/chart1.xml", CHART_XML);
  zip.file(
    "xl/worksheets/_rels/sheet2.xml.rels",
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
  );
  await addRelationship(
    zip,
    "xl/worksheets/_rels/sheet2.xml.rels",
    "rId1",
    `${REL}/drawing`,
    "/xl/drawings/drawing1.xml",
  );
  await editPart(zip, "xl/worksheets/sheet2.xml", (xml) =>
    xml.replace("</worksheet>", `<drawing xmlns:r="${REL}" r:id="rId1"/></worksheet>`),
  );
  await addContentTypes(
    zip,
    '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

async function partText(buf: Buffer | JSZip, part: string): Promise<string | undefined> {
  const zip = buf instanceof JSZip ? buf : await JSZip.loadAsync(buf);
  return zip.file(part)?.async("string");
}

test("ExcelJS loads a workbook with openpyxl's chart once its drawings are set aside", async () => {
  const original = await budgetWithChart();
  // What this fixes: the CLI's --out failed on such a file ("reading 'anchors'").
  await expect(new ExcelJS.Workbook().xlsx.load(original as unknown as ArrayBuffer)).rejects.toThrow(/anchors/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await withRelativeTargets(original)) as unknown as ArrayBuffer);
  expect(wb.getWorksheet("Budget")!.getCell("B2").value).toBe(1000);
});

test("the copy gets the chart back on its sheet, parts, content types and all, and opens again", async () => {
  const original = await budgetWithChart();
  const written = await excelJsCopy(original);
  expect(await partText(written, "xl/charts/chart1.xml")).toBeUndefined();

  const copy = await withOriginalParts(original, written);
  expect(await partText(copy, "xl/charts/chart1.xml")).toBe(CHART_XML);
  expect(await partText(copy, "xl/drawings/drawing1.xml")).toBe(DRAWING_XML);
  const sheet = (await partText(copy, "xl/worksheets/sheet2.xml")) ?? "";
  const id = /<drawing\b[^>]*r:id="([^"]+)"/.exec(sheet)?.[1];
  expect(id).toBeDefined();
  const rels = (await partText(copy, "xl/worksheets/_rels/sheet2.xml.rels")) ?? "";
  expect(rels).toContain(`Id="${id}" Type="${REL}/drawing" Target="../drawings/drawing1.xml"`);
  const types = (await partText(copy, "[Content_Types].xml")) ?? "";
  expect(types).toContain('PartName="/xl/charts/chart1.xml"');
  expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
  // The Schedule sheet, which had no drawing, gets none.
  expect(await partText(copy, "xl/worksheets/sheet1.xml")).not.toContain("<drawing");
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await withRelativeTargets(copy)) as unknown as ArrayBuffer);
  expect(again.getWorksheet("Conflicts")).toBeTruthy();
});

test("a part name the copy already uses: the drawing's part is renamed and its relationship follows", async () => {
  const original = await JSZip.loadAsync(await budgetWithChart());
  const copy = await JSZip.loadAsync(await budgetWithChart());
  // The copy's Budget sheet without its drawing, but a chart part of that name in use.
  const sheet = await copy.file("xl/worksheets/sheet2.xml")!.async("string");
  copy.file("xl/worksheets/sheet2.xml", sheet.replace(/<drawing\b[^>]*\/>/, ""));
  copy.remove("xl/worksheets/_rels/sheet2.xml.rels");
  copy.remove("xl/drawings/drawing1.xml");
  copy.file("xl/charts/chart1.xml", "<other/>");
  expect(await withDrawingsOf(original, copy)).toBe(true);
  expect(await partText(copy, "xl/charts/chart1.xml")).toBe("<other/>");
  expect(await partText(copy, "xl/charts/chart1_2.xml")).toBe(CHART_XML);
  expect(await partText(copy, "xl/drawings/_rels/drawing1.xml.rels")).toContain('Target="../charts/chart1_2.xml"');
  expect(await partText(copy, "[Content_Types].xml")).toContain('PartName="/xl/charts/chart1_2.xml"');
});

test("near miss: a sheet the copy already draws on is left as it is", async () => {
  const original = await JSZip.loadAsync(await budgetWithChart());
  const copy = await JSZip.loadAsync(await budgetWithChart());
  expect(await withDrawingsOf(original, copy)).toBe(false);
});

test("a picture (Excel's xdr: drawing) keeps its image bytes in the copy", async () => {
  const wb = new ExcelJS.Workbook();
  const production = wb.addWorksheet("Production");
  production.addRow(["Title", "Night Shift"]);
  // A 1x1 PNG: the production logo.
  const png = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
    "base64",
  );
  production.addImage(wb.addImage({ buffer: png, extension: "png" } as never), "D1:E4");
  const original = Buffer.from(await wb.xlsx.writeBuffer());
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load((await withRelativeTargets(original)) as unknown as ArrayBuffer);
  loaded.addWorksheet("Conflicts").addRow(["generated"]);
  const copy = await withOriginalParts(original, Buffer.from(await loaded.xlsx.writeBuffer()));
  const zip = await JSZip.loadAsync(copy);
  const media = Object.keys(zip.files).filter((n) => n.startsWith("xl/media/"));
  expect(media).toHaveLength(1);
  expect(await zip.file(media[0])!.async("nodebuffer")).toEqual(png);
  expect((await partText(zip, "xl/worksheets/sheet1.xml"))?.match(/<drawing\b/g)).toHaveLength(1);
  expect(await partText(zip, "[Content_Types].xml")).toMatch(/<Default\b[^>]*Extension="png"/);
});
