/**
 * The user's conditional-format rules keep, in the CLI's copy, the attributes ExcelJS drops ("stop if true", what a
 * "contains text" rule looks for): src/xlsx/original-parts.ts.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { worksheetParts } from "../../../src/xlsx/fast-read";
import { withOriginalParts, withRuleAttributesOf } from "../../../src/xlsx/original-parts";
import { editPart, excelJsCopy } from "../../helpers/zip-parts";

const ROOT = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/>';
const sheet = (...formats: string[]) => `${ROOT}${formats.join("")}</worksheet>`;
const NIGHTS = (attrs: string) =>
  `<conditionalFormatting sqref="A2:E3"><cfRule type="expression" dxfId="0" priority="3"${attrs}><formula>$C2&gt;0.3</formula></cfRule></conditionalFormatting>`;
const ANN = (attrs: string, quote = "&quot;") =>
  `<conditionalFormatting sqref="E2:E3"><cfRule type="containsText" dxfId="1" priority="4"${attrs}><formula>NOT(ISERROR(SEARCH(${quote}Ann${quote},E2)))</formula></cfRule></conditionalFormatting>`;

describe("withRuleAttributesOf", () => {
  test.each([
    {
      name: "stop-if-true and a contains-text rule's operator and text go back (entities compared as read)",
      original: sheet(NIGHTS(' stopIfTrue="1"'), ANN(' operator="containsText" text="Ann"', '"')),
      copy: sheet(NIGHTS(""), ANN("")),
      expected: sheet(NIGHTS(' stopIfTrue="1"'), ANN(' operator="containsText" text="Ann"')),
    },
    {
      name: "near miss: a rule over another range takes nothing",
      original: sheet(NIGHTS(' stopIfTrue="1"').replace("A2:E3", "A2:E9")),
      copy: sheet(NIGHTS("")),
      expected: sheet(NIGHTS("")),
    },
    {
      name: "near miss: an attribute the copy has keeps the copy's value",
      original: sheet(ANN(' operator="containsText" text="Ann"')),
      copy: sheet(ANN(' text="Ann B"')),
      expected: sheet(ANN(' text="Ann B" operator="containsText"')),
    },
  ])("$name", ({ original, copy, expected }) => {
    expect(withRuleAttributesOf(original, copy)).toBe(expected);
  });
});

test("end to end: ExcelJS's copy of a sheet with such rules gets them back and still opens", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Schedule");
  ws.addRow(["ID", "Date", "Start", "End", "Cast"]);
  ws.addRow(["S1", 46083, 0.25, 0.5, "Ann"]);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const rules =
    '<conditionalFormatting sqref="E2:E3"><cfRule type="containsText" priority="1" operator="containsText" dxfId="0" text="Ann"><formula>NOT(ISERROR(SEARCH("Ann",E2)))</formula></cfRule></conditionalFormatting>';
  await editPart(zip, "xl/worksheets/sheet1.xml", (xml) => xml.replace("</sheetData>", `</sheetData>${rules}`));
  await editPart(zip, "xl/styles.xml", (xml) =>
    xml.replace(/<dxfs count="0"\s*\/>|(?=<tableStyles)/, '<dxfs count="1"><dxf><font><b/></font></dxf></dxfs>'),
  );
  const original = await zip.generateAsync({ type: "nodebuffer" });
  const written = await excelJsCopy(original);
  const rule = (buf: Buffer) => /<cfRule\b[^>]*>/.exec(worksheetParts(buf).get("Schedule")?.xml() ?? "")?.[0] ?? "";
  // What this fixes: ExcelJS writes the rule without what it looks for.
  expect(rule(written)).not.toContain('text="Ann"');
  const kept = await withOriginalParts(original, written);
  expect(rule(kept)).toContain('text="Ann"');
  expect(rule(kept)).toContain('operator="containsText"');
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(kept as unknown as ArrayBuffer);
  expect(again.getWorksheet("Schedule")!.getCell("E2").value).toBe("Ann");
});
