/**
 * A worksheet's children where the schema puts them (found by a fuzz of the CLI's copy): ExcelJS writes a sheet with
 * notes with its `legacyDrawing` after `tableParts` and `extLst` (Excel repairs such a file by emptying the sheet),
 * and the copy's page breaks and pictures went in before the first `<extLst` in the XML, inside a data bar's rule.
 */
import ExcelJS from "exceljs";
import { worksheetParts } from "../../../src/xlsx/fast-read";
import { withOriginalParts } from "../../../src/xlsx/original-parts";
import { topLevelChildren, withChild, withWorksheetChildrenInOrder } from "../../../src/xlsx/sheet-xml";
import { excelJsCopy } from "../../helpers/zip-parts";

const ROOT = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
const DATA = '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>';
const BAR =
  '<conditionalFormatting sqref="A1:A9"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/>' +
  '<color rgb="FF638EC6"/></dataBar><extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}"><x14:id ' +
  'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">{1}</x14:id></ext></extLst></cfRule>' +
  "</conditionalFormatting>";
const MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
const EXT = '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"/></extLst>';
const BREAKS = '<rowBreaks count="1" manualBreakCount="1"><brk id="20" max="16383" man="1"/></rowBreaks>';

describe("topLevelChildren", () => {
  test("names the root's own children, not the elements inside them", () => {
    const xml = `<?xml version="1.0"?>${ROOT}${DATA}${BAR}<!-- a note -->${MARGINS}${EXT}</worksheet>`;
    const found = topLevelChildren(xml, "worksheet");
    expect(found?.children.map((c) => c.name)).toEqual(["sheetData", "conditionalFormatting", "pageMargins", "extLst"]);
    expect(found?.children.map((c) => xml.slice(c.start, c.end))).toEqual([DATA, BAR, MARGINS, EXT]);
    expect(xml.slice(found!.rootEnd)).toBe("</worksheet>");
  });

  test("near miss: XML with no such root, or cut short, gives null", () => {
    expect(topLevelChildren(`${ROOT}${DATA}</worksheet>`, "workbook")).toBeNull();
    expect(topLevelChildren(`${ROOT}<sheetData><row>`, "worksheet")).toBeNull();
  });
});

describe("withChild puts an element among the root's children", () => {
  test("page breaks go after pageMargins, not into the data bar's own extLst", () => {
    const xml = `${ROOT}${DATA}${BAR}${MARGINS}${EXT}</worksheet>`;
    expect(withChild(xml, "rowBreaks", BREAKS)).toBe(`${ROOT}${DATA}${BAR}${MARGINS}${BREAKS}${EXT}</worksheet>`);
  });

  test("near miss: a sheet with no later child takes it before its end", () => {
    const xml = `${ROOT}${DATA}${BAR}${MARGINS}</worksheet>`;
    expect(withChild(xml, "rowBreaks", BREAKS)).toBe(`${ROOT}${DATA}${BAR}${MARGINS}${BREAKS}</worksheet>`);
  });
});

describe("withWorksheetChildrenInOrder", () => {
  const NOTES = '<legacyDrawing r:id="rId2"/>';
  const TABLES = '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>';
  test.each([
    ["tableParts before legacyDrawing", `${DATA}${MARGINS}${TABLES}${NOTES}`, `${DATA}${MARGINS}${NOTES}${TABLES}`],
    [
      "an extLst before legacyDrawing",
      `${DATA}${BAR}${MARGINS}${EXT}${NOTES}`,
      `${DATA}${BAR}${MARGINS}${NOTES}${EXT}`,
    ],
    [
      "near miss: already in order, as it is",
      `${DATA}${MARGINS}${NOTES}${TABLES}`,
      `${DATA}${MARGINS}${NOTES}${TABLES}`,
    ],
  ])("%s", (_name, children, expected) => {
    expect(withWorksheetChildrenInOrder(`${ROOT}${children}</worksheet>`)).toBe(`${ROOT}${expected}</worksheet>`);
  });

  test("near miss: a child it does not know leaves the sheet as it is", () => {
    const xml = `${ROOT}${DATA}${TABLES}<mystery/>${NOTES}</worksheet>`;
    expect(withWorksheetChildrenInOrder(xml)).toBe(xml);
  });
});

test("end to end: a schedule table with a note comes back with its notes' drawing before its table", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Schedule");
  ws.addTable({
    name: "tblSchedule",
    ref: "A1",
    columns: [{ name: "ID" }, { name: "Date" }],
    rows: [["S1", new Date(Date.UTC(2026, 2, 2))]],
  });
  ws.getCell("A2").note = "Check with the AD";
  const original = Buffer.from(await wb.xlsx.writeBuffer());
  const written = await excelJsCopy(original);
  const order = (xml: string) => topLevelChildren(xml, "worksheet")!.children.map((c) => c.name);
  const before = order(worksheetParts(written).get("Schedule")!.xml()!);
  // What this fixes: ExcelJS's own order.
  expect(before.indexOf("tableParts")).toBeLessThan(before.indexOf("legacyDrawing"));
  const kept = await withOriginalParts(original, written);
  const after = order(worksheetParts(kept).get("Schedule")!.xml()!);
  expect(after.indexOf("legacyDrawing")).toBeLessThan(after.indexOf("tableParts"));
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(kept as unknown as ArrayBuffer);
  expect(again.getWorksheet("Schedule")!.getCell("A2").note).toBeTruthy();
});
