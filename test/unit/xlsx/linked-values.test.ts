/**
 * A link on a date, time or number cell (a Date linked to a calendar, a scene number to its script page): ExcelJS
 * holds the cell's value as the link's text, so the --out path read the Date as the text "Mon Mar 02 2026 00:00:00
 * GMT…" (a bad-date, the double booking lost) and wrote it back into the copy as that text (found by a fuzz of the
 * copy). Both readers now read the value and the copy keeps it.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { check } from "../../../src/core/check";
import { snapshotFromXlsxBuffer, worksheetParts } from "../../../src/xlsx/fast-read";
import { withOriginalParts, withLinkedValuesOf } from "../../../src/xlsx/original-parts";
import { snapshotFromExcelJS, withRelativeTargets } from "../../../src/xlsx/read";
import { xlsxBytes } from "../../../src/xlsx/write";

async function linkedBook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Schedule");
  ws.addRow(["ID", "Date", "Start", "End", "Cast", "Scene"]);
  ws.addRow(["S1", 46083, 0.375, 0.5, "Ana", 3]);
  ws.addRow(["S2", 46083, 0.4375, 0.5625, "Ana", 4]);
  for (const r of [2, 3]) {
    ws.getCell(`B${r}`).numFmt = "yyyy-mm-dd";
    ws.getCell(`C${r}`).numFmt = "hh:mm";
    ws.getCell(`D${r}`).numFmt = "hh:mm";
  }
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  // Links as Excel writes them: the cell keeps its number; the link is a sheet element with a relationship.
  const part = "xl/worksheets/sheet1.xml";
  const links =
    '<hyperlinks><hyperlink ref="B2" r:id="rIdL1"/><hyperlink ref="C3" r:id="rIdL2"/><hyperlink ref="F2" r:id="rIdL1"/></hyperlinks>';
  const xml = (await zip.file(part)!.async("string")).replace(
    /<pageMargins/,
    `${links.replace(/<hyperlinks>/, '<hyperlinks xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">')}<pageMargins`,
  );
  zip.file(part, xml);
  const rels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rIdL1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.com/a" TargetMode="External"/>' +
    '<Relationship Id="rIdL2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.com/b" TargetMode="External"/>' +
    "</Relationships>";
  zip.file("xl/worksheets/_rels/sheet1.xml.rels", rels);
  return zip.generateAsync({ type: "nodebuffer" });
}

async function loaded(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await withRelativeTargets(buf)) as unknown as ArrayBuffer);
  return wb;
}

test("both readers read a linked Date, time and number as their values, and find the double booking", async () => {
  const buf = await linkedBook();
  const wb = await loaded(buf);
  expect(wb.getWorksheet("Schedule")!.getCell("B2").value).toMatchObject({ hyperlink: "https://example.com/a" });
  for (const snapshot of [snapshotFromXlsxBuffer(buf), snapshotFromExcelJS(wb)]) {
    const values = snapshot.sheets[0].used!.values;
    expect(values[1][1]).toBeCloseTo(46083, 6);
    expect(values[2][2]).toBeCloseTo(0.4375, 6);
    expect(values[1][5]).toBe(3);
    const { report } = check(snapshot);
    expect(report.dataIssues.filter((i) => i.code !== "unknown-resource")).toEqual([]);
    expect(report.conflicts.map((c) => c.type)).toEqual(["double-booking"]);
  }
});

test("the copy keeps the linked cells' numbers and their links", async () => {
  const original = await linkedBook();
  const wb = await loaded(original);
  wb.addWorksheet("Conflicts").addRow(["generated"]);
  const written = await xlsxBytes(wb);
  // What this fixes: ExcelJS writes the linked cells as text.
  expect(worksheetParts(written).get("Schedule")!.xml()).toMatch(/<c r="B2"[^>]*t="s"/);
  const kept = await withOriginalParts(original, written);
  const sheet = worksheetParts(kept).get("Schedule")!.xml()!;
  expect(sheet).toMatch(/<c r="B2"(?![^>]*t="s")[^>]*><v>46083<\/v><\/c>/);
  expect(sheet).toMatch(/<c r="C3"(?![^>]*t="s")[^>]*><v>0.4375<\/v><\/c>/);
  expect(sheet).toMatch(/<c r="F2"(?![^>]*t="s")[^>]*><v>3<\/v><\/c>/);
  expect(sheet.match(/<hyperlink\b/g)).toHaveLength(3);
  const again = await loaded(kept);
  expect(snapshotFromExcelJS(again).sheets[0].used!.values[1][1]).toBeCloseTo(46083, 6);
});

test("near miss: a linked text cell is left as the copy wrote it", () => {
  const original =
    '<sheetData><row r="2"><c r="D2" t="s"><v>0</v></c></row></sheetData><hyperlinks><hyperlink ref="D2" r:id="rId1"/></hyperlinks>';
  const copy = '<sheetData><row r="2"><c r="D2" s="3" t="s"><v>7</v></c></row></sheetData>';
  expect(withLinkedValuesOf(original, copy)).toBe(copy);
});
