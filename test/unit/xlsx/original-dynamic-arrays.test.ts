/**
 * Excel 365's dynamic-array formulas keep their mark and the metadata part it points into in the CLI's copy, so they
 * still spill rather than open as legacy array formulas: src/xlsx/dynamic-arrays.ts.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { cellMetadataPart, withCellMarksOf } from "../../../src/xlsx/dynamic-arrays";
import { partText, worksheetParts } from "../../../src/xlsx/fast-read";
import { withOriginalParts } from "../../../src/xlsx/original-parts";
import { addContentTypes, addRelationship, editPart, excelJsCopy } from "../../helpers/zip-parts";

const sheet = (cells: string) =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="2">${cells}</row></sheetData></worksheet>`;
const SORTED = '<f t="array" ref="E2:E4">_xlfn._xlws.SORT(C2:C4)</f><v>1</v>';

describe("withCellMarksOf", () => {
  test.each([
    {
      name: "a spilling formula's cell gets its mark back",
      original: sheet(`<c r="C2"><v>3</v></c><c r="E2" cm="1">${SORTED}</c>`),
      copy: sheet(`<c r="C2"><v>3</v></c><c r="E2">${SORTED}</c>`),
      expected: sheet(`<c r="C2"><v>3</v></c><c cm="1" r="E2">${SORTED}</c>`),
    },
    {
      name: "near miss: E20 is not E2, and a cell the copy marked keeps its own mark",
      original: sheet(`<c r="E2" cm="1">${SORTED}</c>`),
      copy: sheet(`<c r="E20"><v>1</v></c><c r="E2" cm="2">${SORTED}</c>`),
      expected: sheet(`<c r="E20"><v>1</v></c><c r="E2" cm="2">${SORTED}</c>`),
    },
  ])("$name", ({ original, copy, expected }) => {
    expect(withCellMarksOf(original, copy)).toBe(expected);
  });
});

const METADATA_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata";
const metadataXml = (extra = "") =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1">' +
  '<metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" ' +
  'splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>' +
  '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}">' +
  '<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
  `<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>${extra}</metadata>`;

/** A workbook as Excel 365 saves one with `=SORT(C2:C4)` spilling from E2. */
async function dynamicArrayBook(metadata = metadataXml()): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Lists");
  ws.addRow(["Location", "", "Minutes"]);
  for (const m of [45, 30, 60]) ws.addRow(["Stage 2", "", m]);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  await editPart(zip, "xl/worksheets/sheet1.xml", (xml) =>
    xml.replace(/(<row r="2"[^>]*>[\s\S]*?)(<\/row>)/, `$1<c r="E2" cm="1">${SORTED.replace("1</v>", "30</v>")}</c>$2`),
  );
  zip.file("xl/metadata.xml", metadata);
  await addContentTypes(
    zip,
    '<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/>',
  );
  await addRelationship(zip, "xl/_rels/workbook.xml.rels", "rId99", METADATA_TYPE, "metadata.xml");
  return zip.generateAsync({ type: "nodebuffer" });
}

test("end to end: the copy keeps the formula's mark and the metadata part, and still opens", async () => {
  const original = await dynamicArrayBook();
  const written = await excelJsCopy(original);
  const cell = (buf: Buffer) => /<c\b[^>]*r="E2"[^>]*>/.exec(worksheetParts(buf).get("Lists")?.xml() ?? "")?.[0];
  // What this fixes: ExcelJS drops the mark and the part, and Excel then reads {=SORT(C2:C4)} held to E2:E4.
  expect(cell(written)).not.toContain("cm=");
  expect(partText(written, "xl/metadata.xml")).toBeUndefined();
  const kept = await withOriginalParts(original, written);
  expect(cell(kept)).toContain('cm="1"');
  expect(partText(kept, "xl/metadata.xml")).toBe(metadataXml());
  expect(partText(kept, "xl/_rels/workbook.xml.rels")).toContain(METADATA_TYPE);
  expect(partText(kept, "[Content_Types].xml")).toContain('PartName="/xl/metadata.xml"');
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(kept as unknown as ArrayBuffer);
  expect(again.getWorksheet("Lists")!.getCell("C3").value).toBe(30);
});

test("near miss: metadata of rich values (whose parts the copy lacks) is not brought back, nor the marks", async () => {
  const original = await dynamicArrayBook(
    metadataXml('<valueMetadata count="1"><bk><rc t="2" v="0"/></bk></valueMetadata>'),
  );
  expect(cellMetadataPart(original)).toBeUndefined();
  const kept = await withOriginalParts(original, await excelJsCopy(original));
  expect(partText(kept, "xl/metadata.xml")).toBeUndefined();
  expect(worksheetParts(kept).get("Lists")?.xml()).not.toContain("cm=");
});
