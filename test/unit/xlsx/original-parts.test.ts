/**
 * The user's data validations (drop-downs) kept in the CLI's copy as written (src/xlsx/original-parts.ts): ExcelJS
 * splits a validation's ranges into overlapping pieces and drops the validations Excel keeps in the sheet's
 * extension list (lists drawn from another sheet).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { worksheetParts } from "../../../src/xlsx/fast-read";
import {
  withDefinedNamesOf,
  withOriginalParts,
  withSheetElementsOf,
  withWorkbookElementOf,
} from "../../../src/xlsx/original-parts";
import { excelJsCopy } from "../../helpers/zip-parts";

const X14 = 'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"';
const XM = 'xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"';
const ROOT = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
const STATUS =
  '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="F2:F200 H2:H9"><formula1>"Scheduled,Cancelled"</formula1></dataValidation></dataValidations>';
const SPLIT =
  '<dataValidations count="2"><dataValidation type="list" allowBlank="1" sqref="F10:F200"><formula1>"Scheduled,Cancelled"</formula1></dataValidation><dataValidation type="list" allowBlank="1" sqref="F2:F200"><formula1>"Scheduled,Cancelled"</formula1></dataValidation></dataValidations>';
const CAST_LIST = (declarations: string) =>
  `<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"${declarations}><x14:dataValidations count="1"><x14:dataValidation type="list"><x14:formula1><xm:f>Lists!$A$2:$A$40</xm:f></x14:formula1><xm:sqref>E2:E200</xm:sqref></x14:dataValidation></x14:dataValidations></ext>`;
const DATA = "<sheetData/>";
const MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

describe("withSheetElementsOf", () => {
  test.each([
    {
      name: "the copy's split ranges give way to the user's element",
      original: `${ROOT}${DATA}${STATUS}${MARGINS}</worksheet>`,
      copy: `${ROOT}${DATA}${SPLIT}${MARGINS}</worksheet>`,
      expected: `${ROOT}${DATA}${STATUS}${MARGINS}</worksheet>`,
    },
    {
      name: "a validation the copy lost goes back before pageMargins (the schema's order)",
      original: `${ROOT}${DATA}${STATUS}${MARGINS}</worksheet>`,
      copy: `${ROOT}${DATA}<conditionalFormatting sqref="A2"/>${MARGINS}</worksheet>`,
      expected: `${ROOT}${DATA}<conditionalFormatting sqref="A2"/>${STATUS}${MARGINS}</worksheet>`,
    },
    {
      name: "a list drawn from another sheet goes back into a new extension list, last in the sheet",
      original: `${ROOT}${DATA}${MARGINS}<extLst>${CAST_LIST(` ${X14} ${XM}`)}</extLst></worksheet>`,
      copy: `${ROOT}${DATA}${MARGINS}</worksheet>`,
      expected: `${ROOT}${DATA}${MARGINS}<extLst>${CAST_LIST(` ${X14} ${XM}`)}</extLst></worksheet>`,
    },
    {
      name: "into the copy's own extension list, after what ExcelJS wrote there",
      original: `${ROOT}${DATA}<extLst>${CAST_LIST(` ${X14} ${XM}`)}</extLst></worksheet>`,
      copy: `${ROOT}${DATA}<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"/></extLst></worksheet>`,
      expected: `${ROOT}${DATA}<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"/>${CAST_LIST(` ${X14} ${XM}`)}</extLst></worksheet>`,
    },
    {
      name: "prefixes the original declared on its root are declared on the extension",
      original: `<worksheet xmlns="m" ${X14} ${XM}>${DATA}<extLst>${CAST_LIST("")}</extLst></worksheet>`,
      copy: `${ROOT}${DATA}</worksheet>`,
      expected: `${ROOT}${DATA}<extLst>${CAST_LIST(` ${X14} ${XM}`)}</extLst></worksheet>`,
    },
    {
      name: "near miss: a prefix declared nowhere is not copied (the file would not open)",
      original: `${ROOT}${DATA}<extLst>${CAST_LIST(` ${X14}`)}</extLst></worksheet>`,
      copy: `${ROOT}${DATA}</worksheet>`,
      expected: `${ROOT}${DATA}</worksheet>`,
    },
    {
      name: "near miss: an extension the copy already has is not added twice",
      original: `${ROOT}${DATA}<extLst>${CAST_LIST(` ${X14} ${XM}`)}</extLst></worksheet>`,
      copy: `${ROOT}${DATA}<extLst>${CAST_LIST(` ${X14} ${XM}`)}</extLst></worksheet>`,
      expected: `${ROOT}${DATA}<extLst>${CAST_LIST(` ${X14} ${XM}`)}</extLst></worksheet>`,
    },
    {
      name: "near miss: a sheet written with prefixed elements is left as ExcelJS wrote it",
      original: `<x:worksheet xmlns:x="m">${DATA}<x:dataValidations count="1"/></x:worksheet>`,
      copy: `${ROOT}${DATA}${SPLIT}</worksheet>`,
      expected: `${ROOT}${DATA}${SPLIT}</worksheet>`,
    },
  ])("$name", ({ original, copy, expected }) => {
    expect(withSheetElementsOf(original, copy)).toBe(expected);
  });
});

/** A workbook with a Schedule sheet whose XML carries the given validations, as Excel would have written them. */
async function withValidations(main: string, ext: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Schedule");
  ws.addRow(["ID", "Date", "Start", "End", "Cast", "Status"]);
  for (let k = 1; k <= 5; k++)
    ws.addRow([`S${k}`, new Date(Date.UTC(2026, 2, 2)), "08:00", "12:00", "Ann", "Scheduled"]);
  wb.addWorksheet("Lists").addRow(["Ann"]);
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  const part = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(part)!.async("string");
  zip.file(
    part,
    xml
      .replace(/<dataValidations\b[\s\S]*?<\/dataValidations>/, "")
      .replace("<pageMargins", `${main}<pageMargins`)
      .replace("</worksheet>", `<extLst>${ext}</extLst></worksheet>`),
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

test("end to end: the copy ExcelJS writes keeps the user's drop-downs as written and still opens", async () => {
  const ext = CAST_LIST(` ${X14} ${XM}`);
  const original = await withValidations(STATUS, ext);
  const written = await excelJsCopy(original);
  // What this fixes: ExcelJS drops the extension's list (and rewrites the other).
  expect(worksheetParts(written).get("Schedule")?.xml()).not.toContain("Lists!$A$2:$A$40");
  const kept = await withOriginalParts(original, written);
  const sheet = worksheetParts(kept).get("Schedule")?.xml() ?? "";
  expect(sheet).toContain(STATUS);
  expect(sheet).toContain(ext);
  expect(sheet.match(/<dataValidations\b/g)).toHaveLength(1);
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(kept as unknown as ArrayBuffer);
  expect(again.getWorksheet("Conflicts")).toBeTruthy();
  expect(again.getWorksheet("Schedule")!.getCell("A2").value).toBe("S1");
});

test("near miss: a workbook without validations or comments comes back as ExcelJS wrote it", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Schedule").addRow(["ID"]);
  const original = Buffer.from(await wb.xlsx.writeBuffer());
  wb.addWorksheet("Conflicts").addRow(["generated"]);
  const written = Buffer.from(await wb.xlsx.writeBuffer());
  expect(await withOriginalParts(original, written)).toBe(written);
});

describe("withDefinedNamesOf", () => {
  const WB = (sheets: string[], names: string) =>
    `<workbook xmlns="m"><sheets>${sheets.map((s, k) => `<sheet name="${s}" sheetId="${k + 1}" r:id="rId${k + 1}"/>`).join("")}</sheets>${names}<calcPr/></workbook>`;
  const TITLES = `<definedName name="_xlnm.Print_Titles" localSheetId="1">'Schedule'!1:1</definedName>`;
  const FILTER = `<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'Schedule'!$A$1:$F$9</definedName>`;
  const CAST = `<definedName name="CastList">Resources!$B$2:$B$3</definedName>`;
  const OURS = `<definedName name="_xlnm.Print_Area" localSheetId="3">'Conflicts'!$A1:$J9</definedName>`;

  test.each([
    {
      name: "the user's names come back (print titles ExcelJS dropped, the filter's name made global again local)",
      original: WB(["Resources", "Schedule"], `<definedNames>${CAST}${TITLES}${FILTER}</definedNames>`),
      copy: WB(
        ["Resources", "Schedule", "_meta", "Conflicts"],
        `<definedNames><definedName name="CastList">Resources!$B$2:$B$3</definedName><definedName name="_xlnm._FilterDatabase">Schedule!$A$1:$F$9</definedName>${OURS}</definedNames>`,
      ),
      expected: WB(
        ["Resources", "Schedule", "_meta", "Conflicts"],
        `<definedNames>${CAST}${TITLES}${FILTER}${OURS}</definedNames>`,
      ),
    },
    {
      name: "a sheet-local name follows its sheet to its place in the copy",
      original: WB(["Notes", "Schedule"], `<definedNames>${TITLES}</definedNames>`),
      copy: WB(["Schedule", "Notes"], ""),
      expected: WB(
        ["Schedule", "Notes"],
        `<definedNames>${TITLES.replace('localSheetId="1"', 'localSheetId="0"')}</definedNames>`,
      ),
    },
    {
      name: "near miss: a workbook without names of its own keeps the copy's",
      original: WB(["Schedule"], ""),
      copy: WB(["Schedule", "_meta", "Conflicts"], `<definedNames>${OURS}</definedNames>`),
      expected: WB(["Schedule", "_meta", "Conflicts"], `<definedNames>${OURS}</definedNames>`),
    },
  ])("$name", ({ original, copy, expected }) => {
    expect(withDefinedNamesOf(original, copy)).toBe(expected);
  });
});

test("end to end: the schedule's print titles, which ExcelJS drops, are in the copy", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Schedule").addRow(["ID", "Date"]);
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const titles = `<definedName name="_xlnm.Print_Titles" localSheetId="0">'Schedule'!1:1</definedName>`;
  zip.file(
    "xl/workbook.xml",
    workbook.replace(/<definedNames\/>|(<\/sheets>)/, `$1<definedNames>${titles}</definedNames>`),
  );
  const original = await zip.generateAsync({ type: "nodebuffer" });
  const written = await excelJsCopy(original);
  const names = async (buf: Buffer) => await (await JSZip.loadAsync(buf)).file("xl/workbook.xml")!.async("string");
  expect(await names(written)).not.toContain("'Schedule'!1:1");
  expect(await names(await withOriginalParts(original, written))).toContain(titles);
});

describe("page breaks and sheet properties", () => {
  const BREAKS =
    '<rowBreaks count="2" manualBreakCount="2"><brk id="11" max="16383" man="1"/><brk id="21" max="16383" man="1"/></rowBreaks>';
  const SETUP = '<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>';
  test.each([
    {
      name: "the user's manual page breaks (which ExcelJS drops) go back after the page setup",
      original: `${ROOT}${DATA}${MARGINS}${SETUP}${BREAKS}</worksheet>`,
      copy: `${ROOT}${DATA}${MARGINS}${SETUP}<tableParts count="0"/></worksheet>`,
      expected: `${ROOT}${DATA}${MARGINS}${SETUP}${BREAKS}<tableParts count="0"/></worksheet>`,
    },
    {
      name: "a protected sheet keeps its password (ExcelJS drops it) and its editable ranges, before the filter",
      original: `${ROOT}${DATA}<sheetProtection sheet="1" password="CC1A"/><protectedRanges><protectedRange sqref="F2:F9" name="Notes"/></protectedRanges>${MARGINS}</worksheet>`,
      copy: `${ROOT}${DATA}<sheetProtection sheet="1"/><autoFilter ref="A1:F9"/>${MARGINS}</worksheet>`,
      expected: `${ROOT}${DATA}<sheetProtection sheet="1" password="CC1A"/><protectedRanges><protectedRange sqref="F2:F9" name="Notes"/></protectedRanges><autoFilter ref="A1:F9"/>${MARGINS}</worksheet>`,
    },
    {
      name: "sheetPr's children in schema order: outlinePr before pageSetUpPr",
      original: `${ROOT}<sheetPr><outlinePr summaryBelow="1"/><pageSetUpPr fitToPage="1"/></sheetPr>${DATA}</worksheet>`,
      copy: `${ROOT}<sheetPr><tabColor rgb="FF1072BA"/><pageSetUpPr fitToPage="1"/><outlinePr summaryBelow="1"/></sheetPr>${DATA}</worksheet>`,
      expected: `${ROOT}<sheetPr><tabColor rgb="FF1072BA"/><outlinePr summaryBelow="1"/><pageSetUpPr fitToPage="1"/></sheetPr>${DATA}</worksheet>`,
    },
    {
      name: "near miss: sheetPr with an element this does not know is left as written",
      original: `${ROOT}<sheetPr><outlinePr/><pageSetUpPr fitToPage="1"/></sheetPr>${DATA}</worksheet>`,
      copy: `${ROOT}<sheetPr><pageSetUpPr fitToPage="1"/><outlinePr/><x:other/></sheetPr>${DATA}</worksheet>`,
      expected: `${ROOT}<sheetPr><pageSetUpPr fitToPage="1"/><outlinePr/><x:other/></sheetPr>${DATA}</worksheet>`,
    },
  ])("$name", ({ original, copy, expected }) => {
    expect(withSheetElementsOf(original, copy)).toBe(expected);
  });
});

test.each([
  {
    name: "the workbook's protection, which ExcelJS drops, goes back before bookViews",
    original:
      '<workbook xmlns="m"><workbookPr/><workbookProtection workbookPassword="CC8C" lockStructure="1"/><bookViews/><sheets/></workbook>',
    copy: '<workbook xmlns="m"><fileVersion appName="xl"/><workbookPr/><bookViews/><sheets/></workbook>',
    expected:
      '<workbook xmlns="m"><fileVersion appName="xl"/><workbookPr/><workbookProtection workbookPassword="CC8C" lockStructure="1"/><bookViews/><sheets/></workbook>',
  },
  {
    name: "near miss: an unprotected workbook stays as written",
    original: '<workbook xmlns="m"><workbookPr/><bookViews/><sheets/></workbook>',
    copy: '<workbook xmlns="m"><workbookPr/><bookViews/><sheets/></workbook>',
    expected: '<workbook xmlns="m"><workbookPr/><bookViews/><sheets/></workbook>',
  },
])("withWorkbookElementOf(workbookProtection): $name", ({ original, copy, expected }) => {
  expect(withWorkbookElementOf(original, copy, "workbookProtection")).toBe(expected);
});

test("a carriage return in the user's text stays in the copy (ExcelJS writes it raw; XML readers drop a raw one)", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Notes").getCell("A1").value = "line one\r\nline two";
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  const raw = await (await JSZip.loadAsync(buf)).file("xl/sharedStrings.xml")!.async("string");
  expect(raw).toContain("line one\r\n");
  const kept = await withOriginalParts(buf, buf);
  const strings = await (await JSZip.loadAsync(kept)).file("xl/sharedStrings.xml")!.async("string");
  expect(strings).toContain("line one&#13;\nline two");
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(kept as unknown as ArrayBuffer);
  expect(back.getWorksheet("Notes")!.getCell("A1").value).toBe("line one\r\nline two");
});

// Found by a fuzz of the copy: ExcelJS drops calcPr, so a script's file asking Excel to recompute on open
// (fullCalcOnLoad, its cached results stale) came back without it, and checking the copy read a stale End of 0 as 00:00.
describe("withWorkbookElementOf(calcPr)", () => {
  const BOOK = (calc: string) =>
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Schedule" sheetId="1" r:id="rId1"/></sheets>${calc}</workbook>`;
  test.each([
    [
      "the original's settings replace the copy's",
      '<calcPr calcId="191029" calcMode="manual" fullCalcOnLoad="1"/>',
      '<calcPr calcId="171027"/>',
    ],
    ["the original's settings go in where the copy has none", '<calcPr iterate="1" iterateCount="50"/>', ""],
  ])("%s", (_name, theirs, ours) => {
    expect(withWorkbookElementOf(BOOK(theirs), BOOK(ours), "calcPr")).toBe(BOOK(theirs));
  });

  test("near miss: an original without calculation settings leaves the copy's", () => {
    expect(withWorkbookElementOf(BOOK(""), BOOK('<calcPr calcId="171027"/>'), "calcPr")).toBe(
      BOOK('<calcPr calcId="171027"/>'),
    );
  });

  test("end to end: the copy of a file asking for a full recalculation still asks for it", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Schedule").addRow(["ID"]);
    const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
    const book = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", book.replace(/<calcPr\b[^>]*\/>/, '<calcPr calcId="124519" fullCalcOnLoad="1"/>'));
    const original = await zip.generateAsync({ type: "nodebuffer" });
    const kept = await withOriginalParts(original, await excelJsCopy(original));
    const written = await (await JSZip.loadAsync(kept)).file("xl/workbook.xml")!.async("string");
    expect(written).toContain('<calcPr calcId="124519" fullCalcOnLoad="1"/>');
  });
});
