/**
 * ISO date cells (`<c t="d"><v>2026-03-02T07:00:00</v>`, ECMA-376's date cell type, as openpyxl writes with
 * iso_dates): both readers read their serial, and the copy ExcelJS writes keeps the date (ExcelJS read the year as the
 * number 2026 and wrote it over the user's cell; found by a fuzz of the CLI).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { isoCellSerial, snapshotFromXlsxBuffer, withSerialDateCells } from "../../../src/xlsx/fast-read";
import { withRelativeTargets } from "../../../src/xlsx/read";

test.each<[string, boolean, number | null]>([
  ["2026-03-02", false, 46083],
  ["2026-03-02T07:30:00", false, 46083 + 7.5 / 24],
  ["2026-03-02T07:30:00Z", false, 46083 + 7.5 / 24],
  ["07:30:00", false, 7.5 / 24],
  ["2026-03-02", true, 46083 - 1462],
  ["March 2", false, null],
  ["", false, null],
])("isoCellSerial(%p, 1904: %p) = %p", (text, date1904, serial) => {
  const got = isoCellSerial(text, date1904);
  if (serial === null) expect(got).toBeNull();
  else expect(got).toBeCloseTo(serial, 9);
});

test("withSerialDateCells rewrites only date cells, keeping their attributes and formulas", () => {
  const xml =
    '<row r="2"><c r="A2" s="3" t="d"><v>2026-03-02</v></c><c r="B2" t="s"><v>0</v></c>' +
    '<c r="C2" s="4" t="d"><f>A2+1</f><v>2026-03-03</v></c><c r="D2" t="d"><v>soon</v></c></row>';
  expect(withSerialDateCells(xml, false)).toBe(
    '<row r="2"><c r="A2" s="3"><v>46083</v></c><c r="B2" t="s"><v>0</v></c>' +
      '<c r="C2" s="4"><f>A2+1</f><v>46084</v></c><c r="D2" t="d"><v>soon</v></c></row>',
  );
  expect(withSerialDateCells('<c r="A1" t="s"><v>0</v></c>', false)).toBeNull();
});

/** An ExcelJS file whose A2 is then stored the way openpyxl's iso_dates writes a date. */
async function isoDateBook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Schedule");
  ws.addRow(["ID", "Date"]);
  ws.addRow(["S1", 46083]);
  ws.getCell("B2").numFmt = "yyyy-mm-dd";
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  const part = "xl/worksheets/sheet1.xml";
  const xml = (await zip.file(part)!.async("string")).replace(
    /<c r="B2"([^>]*)><v>46083<\/v><\/c>/,
    '<c r="B2"$1 t="d"><v>2026-03-02T00:00:00</v></c>',
  );
  expect(xml).toContain('t="d"');
  zip.file(part, xml);
  return zip.generateAsync({ type: "nodebuffer" });
}

test("both readers read an ISO date cell as its serial", async () => {
  const buf = await isoDateBook();
  expect(snapshotFromXlsxBuffer(buf).sheets[0].used?.values[1]).toEqual(["S1", 46083]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await withRelativeTargets(buf)) as unknown as ArrayBuffer);
  const v = wb.getWorksheet("Schedule")!.getCell("B2").value;
  expect(v instanceof Date ? v.toISOString().slice(0, 10) : v).toBe("2026-03-02");
});
