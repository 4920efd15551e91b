/**
 * Both file readers (the fast reader behind `check` and ExcelJS behind --out) give the same format hints, for
 * formats set as codes and as built-in ids, and only for whole numbers.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { snapshotFromExcelJS } from "../../../src/xlsx/read";
import { snapshotFromXlsxBuffer } from "../../../src/xlsx/fast-read";
import type { WorkbookSnapshot } from "../../../src/core/snapshot";
import { expectedFormatHints, formatsWorkbook } from "./format-hints-book";
import { hintsAt } from "../parse/snapshot-helpers";

async function bothReaders(wb: ExcelJS.Workbook): Promise<{ exceljs: WorkbookSnapshot; fast: WorkbookSnapshot }> {
  const raw = await wb.xlsx.writeBuffer();
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(raw);
  return { exceljs: snapshotFromExcelJS(loaded, "f.xlsx"), fast: snapshotFromXlsxBuffer(Buffer.from(raw), "f.xlsx") };
}

test("the fast reader and ExcelJS give the hints of every number in a time or date-time format", async () => {
  const { exceljs, fast } = await bothReaders(formatsWorkbook());
  expect(exceljs.sheets[0].formatHints).toEqual(expectedFormatHints());
  expect(fast.sheets[0].formatHints).toEqual(expectedFormatHints());
  // The whole snapshots too, as JSON text (key order included).
  expect(JSON.stringify(fast)).toBe(JSON.stringify(exceljs));
});

test("a sheet without time formats has no formatHints record", async () => {
  const { exceljs, fast } = await bothReaders(formatsWorkbook());
  expect("formatHints" in exceljs.sheets[1]).toBe(false);
  expect("formatHints" in fast.sheets[1]).toBe(false);
});

test("built-in format ids in the file (no code): 20 and 22 as Excel writes them", async () => {
  // ExcelJS writes its table's codes as built-in ids: h:mm is 20, m/d/yy "h":mm is 22, mm-dd-yy is 14.
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("S");
  ws.addRow([1, 46093, 46093]);
  ws.getCell("A1").numFmt = "h:mm";
  ws.getCell("B1").numFmt = 'm/d/yy "h":mm';
  ws.getCell("C1").numFmt = "mm-dd-yy";
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const styles = await zip.file("xl/styles.xml")!.async("string");
  const cellXfs = styles.slice(styles.indexOf("<cellXfs"));
  expect([...cellXfs.matchAll(/<xf numFmtId="(\d+)"/g)].map((m) => m[1])).toEqual(["0", "20", "22", "14"]);
  const { exceljs, fast } = await bothReaders(wb);
  expect(fast.sheets[0].formatHints).toEqual(hintsAt({ "1,1": "time", "1,2": "datetime" }));
  expect(exceljs.sheets[0].formatHints).toEqual(fast.sheets[0].formatHints);
});
