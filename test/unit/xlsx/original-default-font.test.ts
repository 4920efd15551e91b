/**
 * The workbook's default font kept in the CLI's copy (src/xlsx/original-parts.ts): ExcelJS writes its own Calibri 11
 * as font 0, the font of every cell without one of its own.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { partText } from "../../../src/xlsx/fast-read";
import { withDefaultFontOf, withOriginalParts } from "../../../src/xlsx/original-parts";
import { editPart, excelJsCopy } from "../../helpers/zip-parts";

const COURIER = '<font><name val="Courier New"/><color rgb="FF0000AA"/><sz val="14"/></font>';
const CALIBRI =
  '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';
const styles = (...fonts: string[]) =>
  `<styleSheet xmlns="m"><fonts count="${fonts.length}">${fonts.join("")}</fonts><fills count="0"/></styleSheet>`;

describe("withDefaultFontOf", () => {
  test.each([
    ["the original's font 0 replaces the copy's", styles(COURIER), styles(CALIBRI, COURIER), styles(COURIER, COURIER)],
    ["the same font: the copy as it is", styles(CALIBRI), styles(CALIBRI, COURIER), styles(CALIBRI, COURIER)],
    ["an empty font element", styles("<font/>"), styles(CALIBRI), styles("<font/>")],
    ["no font list in the original: the copy as it is", "<styleSheet/>", styles(CALIBRI), styles(CALIBRI)],
  ])("%s", (_name, original, copy, expected) => {
    expect(withDefaultFontOf(original, copy)).toBe(expected);
  });
});

test("end to end: cells without a font of their own keep the workbook's default font", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Schedule").addRow(["S1", "Harbour"]);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  await editPart(zip, "xl/styles.xml", (xml) =>
    xml.replace(/(<fonts\b[^>]*>)\s*<font\b[\s\S]*?<\/font>/, `$1${COURIER}`),
  );
  const original = await zip.generateAsync({ type: "nodebuffer" });
  const written = await excelJsCopy(original);
  const firstFont = (buf: Buffer) =>
    /<fonts\b[^>]*>\s*(<font\b[\s\S]*?<\/font>)/.exec(partText(buf, "xl/styles.xml") ?? "")?.[1];
  // What this fixes: ExcelJS's own default font comes first.
  expect(firstFont(written)).not.toBe(COURIER);
  const kept = await withOriginalParts(original, written);
  expect(firstFont(kept)).toBe(COURIER);
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(kept as unknown as ArrayBuffer);
  expect(again.getWorksheet("Schedule")!.getCell("A1").value).toBe("S1");
});
