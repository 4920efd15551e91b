/**
 * What the user's sheets keep in their extension list comes back into the CLI's copy as written: Excel 2010's
 * conditional formats (data bars' look, icon sets of their own), which ExcelJS rewrites from what it understood, and
 * the extensions it drops (sparklines): src/xlsx/sheet-extensions.ts.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { worksheetParts } from "../../../src/xlsx/fast-read";
import { withExtensionFormatsOf, withSheetExtensionsOf } from "../../../src/xlsx/sheet-extensions";
import { withOriginalParts } from "../../../src/xlsx/original-parts";
import { editPart, excelJsCopy } from "../../helpers/zip-parts";

const ROOT =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><sheetData/>';
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";

/** A sheet rule of `type` over C2:C10, pointing at extension rule `id` where one is given. */
const sheetRule = (type: string, priority: number, id?: string) =>
  `<conditionalFormatting sqref="C2:C10"><cfRule type="${type}" priority="${priority}">` +
  (type === "dataBar" ? '<dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar>' : "") +
  (id
    ? `<extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="${X14}"><x14:id>${id}</x14:id></ext></extLst>`
    : "") +
  `</cfRule></conditionalFormatting>`;
const HIGHLIGHT =
  '<conditionalFormatting sqref="C9"><cfRule type="expression" dxfId="3" priority="2"><formula>ISTEXT("ProductionCoordinator:warning")</formula></cfRule></conditionalFormatting>';
const extension = (...rules: string[]) =>
  `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings>` +
  rules
    .map(
      (r) => `<x14:conditionalFormatting xmlns:xm="${XM}">${r}<xm:sqref>C2:C10</xm:sqref></x14:conditionalFormatting>`,
    )
    .join("") +
  "</x14:conditionalFormattings></ext></extLst>";
const sheet = (...parts: string[]) => `${ROOT}${parts.join("")}</worksheet>`;

const solidBar = (id: string, ends = "auto") =>
  `<x14:cfRule type="dataBar" id="${id}"><x14:dataBar minLength="0" maxLength="100" gradient="0">` +
  `<x14:cfvo type="${ends === "auto" ? "autoMin" : "min"}"/><x14:cfvo type="${ends === "auto" ? "autoMax" : "max"}"/>` +
  `<x14:negativeFillColor rgb="FFFF0000"/></x14:dataBar></x14:cfRule>`;
const triangles = (id: string, priority: number, threshold: string) =>
  `<x14:cfRule type="iconSet" priority="${priority}" id="${id}"><x14:iconSet iconSet="3Triangles">` +
  `<x14:cfvo type="percent"><xm:f>0</xm:f></x14:cfvo><x14:cfvo type="percent"><xm:f>33</xm:f></x14:cfvo>` +
  `<x14:cfvo type="formula"><xm:f>${threshold}</xm:f></x14:cfvo></x14:iconSet></x14:cfRule>`;

describe("withExtensionFormatsOf", () => {
  test.each([
    {
      name: "a data bar's Automatic ends go back, with the id the copy's sheet rule points at",
      original: sheet(sheetRule("dataBar", 1, "{AAAA}"), extension(solidBar("{AAAA}"))),
      copy: sheet(sheetRule("dataBar", 3, "{BBBB}"), HIGHLIGHT, extension(solidBar("{BBBB}", "lowest"))),
      expected: sheet(sheetRule("dataBar", 3, "{BBBB}"), HIGHLIGHT, extension(solidBar("{BBBB}"))),
    },
    {
      name: "an icon set's threshold formula goes back (ExcelJS writes NaN), with the copy's priority",
      original: sheet(extension(triangles("{CCCC}", 1, "$C$3*2"))),
      copy: sheet(HIGHLIGHT, extension(triangles("{DDDD}", 3, "NaN"))),
      expected: sheet(HIGHLIGHT, extension(triangles("{DDDD}", 3, "$C$3*2"))),
    },
    {
      name: "a data bar written in Excel 2007's form stays so: ExcelJS's extension and the pointer at it go",
      original: sheet(sheetRule("dataBar", 1)),
      copy: sheet(sheetRule("dataBar", 3, "{EEEE}"), HIGHLIGHT, extension(solidBar("{EEEE}", "lowest"))),
      expected: sheet(sheetRule("dataBar", 3), HIGHLIGHT),
    },
    {
      name: "a rule ExcelJS did not write is added, numbered after every rule of the sheet",
      original: sheet(extension(triangles("{CCCC}", 1, "5"))),
      copy: sheet(HIGHLIGHT, extension(solidBar("{FFFF}", "lowest"))),
      expected: sheet(HIGHLIGHT, extension(triangles("{CCCC}", 3, "5"))),
    },
    {
      name: "near miss: a sheet without such formats comes back as the copy wrote it",
      original: sheet(HIGHLIGHT),
      copy: sheet(HIGHLIGHT),
      expected: sheet(HIGHLIGHT),
    },
  ])("$name", ({ original, copy, expected }) => {
    expect(withExtensionFormatsOf(original, copy)).toBe(expected);
  });
});

test("end to end: ExcelJS's copy gets the user's data bar and icon set back as written, and still opens", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Budget");
  ws.addRow(["Account", "Description", "Budget"]);
  for (let k = 1; k <= 9; k++) ws.addRow([`${1000 + k}`, "Cast", k * 1000 - 4000]);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  await editPart(zip, "xl/worksheets/sheet1.xml", (xml) =>
    xml
      .replace("<worksheet ", `<worksheet xmlns:x14="${X14}" `)
      .replace("</sheetData>", `</sheetData>${sheetRule("dataBar", 1, "{AAAA}")}`)
      .replace("</worksheet>", `${extension(solidBar("{AAAA}"), triangles("{CCCC}", 2, "$C$3*2"))}</worksheet>`),
  );
  const original = await zip.generateAsync({ type: "nodebuffer" });
  const written = await excelJsCopy(original);
  const sheetXml = (buf: Buffer) => worksheetParts(buf).get("Budget")?.xml() ?? "";
  // What this fixes: ExcelJS turns the Automatic ends into Lowest/Highest and the formula into NaN.
  expect(sheetXml(written)).not.toContain("autoMin");
  expect(sheetXml(written)).toContain("<xm:f>NaN</xm:f>");
  const kept = sheetXml(await withOriginalParts(original, written));
  expect(kept).toContain('<x14:cfvo type="autoMin"/>');
  expect(kept).toContain("<xm:f>$C$3*2</xm:f>");
  expect(kept).not.toContain("NaN");
  // The sheet's data bar still points at its extension rule.
  const pointer = /<x14:id>([^<]*)<\/x14:id>/.exec(kept)?.[1];
  expect(kept).toContain(`<x14:cfRule type="dataBar" id="${pointer}">`);
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await withOriginalParts(original, written)) as unknown as ArrayBuffer);
  expect(again.getWorksheet("Budget")!.getCell("C2").value).toBe(-3000);
});

const SPARKLINES =
  `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}"><x14:sparklineGroups xmlns:xm="${XM}"><x14:sparklineGroup>` +
  '<x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>Budget!C2:C10</xm:f><xm:sqref>D2</xm:sqref>' +
  "</x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>";
const SLICERS =
  '<ext uri="{A8765BA9-456A-4dab-B4F3-ACF838C121DE}"><x14:slicerList><x14:slicer r:id="rId3"/></x14:slicerList></ext>';

describe("withSheetExtensionsOf", () => {
  test.each([
    {
      name: "sparklines, which ExcelJS drops, go back into the sheet's own extension list (not a rule's)",
      original: sheet(
        sheetRule("dataBar", 1, "{AAAA}"),
        extension(solidBar("{AAAA}")).replace("</extLst>", `${SPARKLINES}</extLst>`),
      ),
      copy: sheet(sheetRule("dataBar", 3, "{BBBB}"), extension(solidBar("{BBBB}", "lowest"))),
      expected: sheet(
        sheetRule("dataBar", 3, "{BBBB}"),
        extension(solidBar("{BBBB}")).replace("</extLst>", `${SPARKLINES}</extLst>`),
      ),
    },
    {
      name: "near miss: slicers point at parts the copy does not have, and stay out",
      original: sheet(`<extLst>${SLICERS}${SPARKLINES}</extLst>`),
      copy: sheet(HIGHLIGHT),
      expected: sheet(HIGHLIGHT, `<extLst>${SPARKLINES}</extLst>`),
    },
    {
      name: "near miss: an extension the copy has with the same URI is the copy's",
      original: sheet(`<extLst>${SPARKLINES}</extLst>`),
      copy: sheet(`<extLst>${SPARKLINES.replace("D2", "E2")}</extLst>`),
      expected: sheet(`<extLst>${SPARKLINES.replace("D2", "E2")}</extLst>`),
    },
  ])("$name", ({ original, copy, expected }) => {
    expect(withSheetExtensionsOf(original, copy)).toBe(expected);
  });
});

test("end to end: a sheet's sparklines are in the copy and it still opens", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Budget");
  ws.addRow(["Account", "Description", "Budget", "Trend"]);
  for (let k = 1; k <= 9; k++) ws.addRow([`${1000 + k}`, "Cast", k * 1000]);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  await editPart(zip, "xl/worksheets/sheet1.xml", (xml) =>
    xml
      .replace("<worksheet ", `<worksheet xmlns:x14="${X14}" `)
      .replace("</worksheet>", `<extLst>${SPARKLINES}</extLst></worksheet>`),
  );
  const original = await zip.generateAsync({ type: "nodebuffer" });
  const written = await excelJsCopy(original);
  const sheetXml = (buf: Buffer) => worksheetParts(buf).get("Budget")?.xml() ?? "";
  expect(sheetXml(written)).not.toContain("sparkline");
  const kept = await withOriginalParts(original, written);
  expect(sheetXml(kept)).toContain("<xm:f>Budget!C2:C10</xm:f><xm:sqref>D2</xm:sqref>");
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(kept as unknown as ArrayBuffer);
  expect(again.getWorksheet("Budget")!.getCell("C3").value).toBe(2000);
});
