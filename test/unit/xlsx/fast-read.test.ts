/**
 * The fast reader must give exactly the snapshot the ExcelJS reader gives (differential), for every kind
 * of cell the contract reads, and fall back (FastReadUnsupported) on what it does not handle.
 */
import ExcelJS from "exceljs";
import { deflateRawSync } from "zlib";
import { snapshotFromExcelJS } from "../../../src/xlsx/read";
import { FastReadUnsupported, snapshotFromXlsxBuffer } from "../../../src/xlsx/fast-read";
import { writeMeta } from "../../../src/xlsx/meta";
import type { WorkbookSnapshot } from "../../../src/core/snapshot";

const utc = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): Date =>
  new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));

async function bothWays(wb: ExcelJS.Workbook) {
  const raw = await wb.xlsx.writeBuffer();
  const buf = Buffer.from(raw);
  const viaExcelJs = new ExcelJS.Workbook();
  await viaExcelJs.xlsx.load(raw);
  // Compared as JSON text: the snapshot is plain data, and a text diff names the first differing cell.
  return {
    expected: JSON.stringify(snapshotFromExcelJS(viaExcelJs, "w.xlsx")),
    actual: JSON.stringify(snapshotFromXlsxBuffer(buf, "w.xlsx")),
  };
}

describe("fast reader = ExcelJS reader, cell by cell", () => {
  test.each<[string, ExcelJS.CellValue, string?]>([
    ["text", "7:30 AM"],
    ["text with markup characters", `<b> & "quoted" 'single' </b>`],
    ["text that looks like a formula", "=SUM(A1)"],
    ["whitespace-only text", "   "],
    ["empty text (not a value)", ""],
    ["unicode text", "Zoë — 東京 🎬"],
    ["integer", 42],
    ["fraction", 0.1 + 0.2],
    ["negative", -3.5],
    ["zero", 0],
    ["huge", 1e300],
    ["true", true],
    ["false", false],
    ["date at midnight", utc(2026, 3, 2), "yyyy-mm-dd"],
    ["date-time to the millisecond", utc(2026, 3, 2, 7, 30, 12, 345), "yyyy-mm-dd hh:mm:ss"],
    ["time only", utc(1899, 12, 30, 19, 15), "hh:mm"],
    ["number in a date format", 46083.123456789, "d-mmm-yy"],
    ["number in a quoted-text format (not a date)", 12.5, '0.0" days"'],
    ["number in a bracketed colour format (not a date)", 12.5, "[Red]0.00"],
    ["built-in date format 14", 46083.5, "mm-dd-yy"],
    ["rich text", { richText: [{ text: "Camera " }, { text: "Package A", font: { bold: true } }] }],
    ["formula with number result", { formula: "1+2", result: 3 }],
    ["formula with text result", { formula: '"a"&"b"', result: "ab" }],
    ["formula with date result", { formula: "A1", result: utc(2026, 3, 3) }, "yyyy-mm-dd"],
    ["formula with error result", { formula: "1/0", result: { error: "#DIV/0!" } }],
    ["formula never calculated", { formula: "B9" }],
    ["error value", { error: "#N/A" }],
    ["hyperlink", { text: "Call sheet", hyperlink: "https://example.com" }],
    // A rest parameter: jest reads a callback with more parameters than the row has values as done-style.
  ])("%s", async (...row) => {
    const [, value, numFmt] = row;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("B2").value = "header";
    const cell = ws.getCell("C3");
    cell.value = value;
    if (numFmt) cell.numFmt = numFmt;
    const { expected, actual } = await bothWays(wb);
    expect(actual).toBe(expected);
  });
});

describe("fast reader = ExcelJS reader, workbook structure", () => {
  test("several sheets in tab order, tables, merged cells, a 1904 workbook and the registry", async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const a = wb.addWorksheet("Schedule & Notes");
    a.addTable({
      name: "Strips",
      ref: "B2",
      headerRow: true,
      columns: [{ name: "ID" }, { name: "Date" }, { name: "Cast" }],
      rows: [
        ["S-1", utc(2026, 3, 2), "1, 2"],
        ["S-2", utc(2026, 3, 3), "Ann <lead>"],
      ],
    });
    a.getColumn(3).numFmt = "yyyy-mm-dd";
    a.getCell("F1").value = "Banner";
    a.mergeCells("F1:H2");
    a.getCell("G1").value = "hidden under the merge";
    const b = wb.addWorksheet("Cast");
    b.getCell("A1").value = "Name";
    b.getCell("A1000").value = "far row";
    wb.addWorksheet("Empty");
    wb.addWorksheet("Call Sheet Day 1").getCell("A1").value = "generated";
    writeMeta(wb, new Map([["Call Sheet Day 1", "call-sheet:2026-03-02"]]), { colors: { error: "#FF0000" } } as never);
    const { expected, actual: text } = await bothWays(wb);
    expect(text).toBe(expected);
    const actual = JSON.parse(text) as WorkbookSnapshot;
    // Near misses the comparison above must have seen: the meta sheet is gone, the generated sheet is marked.
    expect(actual.sheets.map((s) => s.name)).toEqual(["Schedule & Notes", "Cast", "Empty", "Call Sheet Day 1"]);
    expect(actual.sheets[3].generated).toBe(true);
    expect(actual.date1904).toBe(true);
    expect(actual.sheets[0].tables[0].values[1][1]).toBe(46083 - 1462);
  });

  test("a sheet named like the registry but without its marker stays a user sheet", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("_pc_meta").getCell("A1").value = "my own notes";
    const { expected, actual } = await bothWays(wb);
    expect(actual).toBe(expected);
    expect((JSON.parse(actual) as WorkbookSnapshot).sheets.map((s) => s.name)).toEqual(["_pc_meta"]);
  });
});

describe("fast reader falls back on what it does not handle", () => {
  test.each<[string, Buffer]>([
    ["not a zip", Buffer.from("ID,Date\nS-1,2026-03-02\n")],
    ["a zip without xl/workbook.xml", zipOf({ "docProps/app.xml": "<x/>" })],
    ["an empty buffer", Buffer.alloc(0)],
  ])("%s", (_name, buf) => {
    expect(() => snapshotFromXlsxBuffer(buf)).toThrow(FastReadUnsupported);
  });
});

/** A minimal deflate zip (local headers + central directory) for fallback cases. */
function zipOf(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = deflateRawSync(Buffer.from(text));
    const nameBuf = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(text.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(text.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
