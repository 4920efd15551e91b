import ExcelJS from "exceljs";
import { dateToSerial, snapshotFromExcelJS, toCellValue } from "../../../src/xlsx/read";
import { saveSettings, writeMeta } from "../../../src/xlsx/meta";
import { roundTrip } from "./dump";

const utc = (y: number, mo: number, d: number, h = 0, mi = 0): Date => new Date(Date.UTC(y, mo - 1, d, h, mi));

describe("toCellValue", () => {
  test.each<[string, ExcelJS.CellValue, boolean, unknown]>([
    ["null", null, false, null],
    ["undefined", undefined, false, null],
    ["text", "7:30 AM", false, "7:30 AM"],
    ["text that looks like a formula", "=SUM(A1)", false, "=SUM(A1)"],
    ["number", 42.5, false, 42.5],
    ["zero", 0, false, 0],
    ["boolean", true, false, true],
    ["false", false, false, false],
    ["date at midnight", utc(2026, 3, 2), false, 46083],
    ["date-time", utc(2026, 3, 2, 7, 30), false, 46083.3125],
    ["time only (1899-12-30)", utc(1899, 12, 30, 19, 15), false, (19 * 60 + 15) / 1440],
    ["date in a 1904 workbook", utc(2026, 3, 2), true, 46083 - 1462],
    ["time only in a 1904 workbook (1904-01-01)", utc(1904, 1, 1, 6, 0), true, 0.25],
    ["invalid date (a date-styled number beyond a JS Date)", new Date(NaN), false, Infinity],
    [
      "rich text",
      { richText: [{ text: "Camera " }, { text: "Package A", font: { bold: true } }] },
      false,
      "Camera Package A",
    ],
    ["formula with number result", { formula: "A1+1", result: 3 }, false, 3],
    ["formula with date result", { formula: "A1", result: utc(2026, 3, 3) }, false, 46084],
    ["formula with error result", { formula: "1/0", result: { error: "#DIV/0!" } }, false, { error: "#DIV/0!" }],
    ["formula never calculated", { formula: "A1" }, false, null],
    ["shared formula", { sharedFormula: "B2", result: "x" } as ExcelJS.CellValue, false, "x"],
    ["hyperlink", { text: "Call sheet", hyperlink: "https://example.com" }, false, "Call sheet"],
    [
      "hyperlink with rich text",
      { text: { richText: [{ text: "Lo" }, { text: "cation" }] }, hyperlink: "#A1" } as unknown as ExcelJS.CellValue,
      false,
      "Location",
    ],
    ["error value", { error: "#N/A" }, false, { error: "#N/A" }],
  ])("%s", (_name, value, date1904, expected) => {
    expect(toCellValue(value, date1904)).toEqual(expected);
  });

  test.each([
    [utc(2026, 3, 2, 23, 59), 46083 + 1439 / 1440],
    [utc(2026, 3, 3, 0, 0), 46084],
    [utc(1900, 3, 1), 61],
  ])("dateToSerial(%s) = %d", (date, serial) => {
    expect(dateToSerial(date)).toBeCloseTo(serial, 9);
  });
});

describe("snapshotFromExcelJS", () => {
  async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<ExcelJS.Workbook> {
    const wb = new ExcelJS.Workbook();
    build(wb);
    return roundTrip(wb);
  }

  test("used range starts at the first non-empty row and column, gaps are null", async () => {
    const wb = await workbook((w) => {
      const ws = w.addWorksheet("Crew");
      ws.getCell("C3").value = "ID";
      ws.getCell("D3").value = "Name";
      ws.getCell("C5").value = "C1";
      ws.getCell("E5").value = 3;
      ws.getCell("B9").value = ""; // empty text is not data
    });
    const s = snapshotFromExcelJS(wb, "x.xlsx");
    expect(s.name).toBe("x.xlsx");
    expect(s.sheets[0].used).toEqual({
      row: 3,
      col: 3,
      values: [
        ["ID", "Name", null],
        [null, null, null],
        ["C1", null, 3],
      ],
    });
    expect(s.sheets[0].tables).toEqual([]);
  });

  test("an empty sheet has used = null", async () => {
    const wb = await workbook((w) => void w.addWorksheet("Empty"));
    expect(snapshotFromExcelJS(wb).sheets).toEqual([{ name: "Empty", used: null, tables: [] }]);
  });

  test("Excel tables under a title row, with dates, formulas and merged title", async () => {
    const wb = await workbook((w) => {
      const ws = w.addWorksheet("Schedule");
      ws.getCell("A1").value = "Shooting schedule";
      ws.mergeCells("A1:C1");
      ws.addTable({
        name: "Strips",
        ref: "A3",
        headerRow: true,
        columns: [{ name: "ID" }, { name: "Date" }, { name: "Call" }],
        rows: [
          ["S-1", utc(2026, 3, 2), "7:30 AM"],
          ["S-2", { formula: "B4+1", result: utc(2026, 3, 3) }, 0.25],
        ],
      });
    });
    const sheet = snapshotFromExcelJS(wb).sheets[0];
    expect(sheet.used?.row).toBe(1);
    expect(sheet.used?.values[0]).toEqual(["Shooting schedule", null, null]);
    expect(sheet.tables).toEqual([
      {
        name: "Strips",
        row: 3,
        col: 1,
        values: [
          ["ID", "Date", "Call"],
          ["S-1", 46083, "7:30 AM"],
          ["S-2", 46084, 0.25],
        ],
      },
    ]);
  });

  test("date1904: dates become 1904 serials, like the raw numbers beside them", async () => {
    const wb = await workbook((w) => {
      w.properties.date1904 = true;
      const ws = w.addWorksheet("S");
      ws.getCell("A1").value = utc(2026, 3, 2);
      ws.getCell("A1").numFmt = "yyyy-mm-dd";
      ws.getCell("B1").value = 46083 - 1462; // typed as a number in a 1904 file
    });
    const s = snapshotFromExcelJS(wb);
    expect(s.date1904).toBe(true);
    expect(s.sheets[0].used?.values[0]).toEqual([46083 - 1462, 46083 - 1462]);
  });

  test("1900 workbook: no date1904 flag", async () => {
    const wb = await workbook((w) => void w.addWorksheet("S").getCell("A1").value);
    expect(snapshotFromExcelJS(wb).date1904).toBeUndefined();
  });

  test("generated sheets are marked, the registry sheet is hidden from the snapshot, settings are read", async () => {
    const wb = await workbook((w) => {
      w.addWorksheet("Schedule").getCell("A1").value = "ID";
      w.addWorksheet("Conflicts").getCell("A1").value = "Type";
      writeMeta(w, new Map([["Conflicts", "conflicts"]]), { highlightColors: { error: "#FF0000" } });
    });
    const s = snapshotFromExcelJS(wb);
    expect(s.sheets.map((x) => [x.name, !!x.generated])).toEqual([
      ["Schedule", false],
      ["Conflicts", true],
    ]);
    expect(s.settings).toEqual({ highlightColors: { error: "#FF0000" } });
    expect(wb.getWorksheet("_pc_meta")?.state).toBe("veryHidden");
  });

  test("a user sheet named _pc_meta without the marker is read as a normal sheet's neighbour, not trusted", async () => {
    const wb = await workbook((w) => {
      w.addWorksheet("_pc_meta").getCell("A1").value = "my notes";
      w.addWorksheet("Conflicts").getCell("A1").value = "mine";
    });
    const s = snapshotFromExcelJS(wb);
    expect(s.sheets.find((x) => x.name === "Conflicts")?.generated).toBeUndefined();
  });

  test("long settings survive chunking over many cells", async () => {
    const production: Record<string, string> = {};
    for (let i = 0; i < 3000; i++) production[`k${i}`] = "x".repeat(30);
    const wb = await workbook((w) => {
      w.addWorksheet("S");
      saveSettings(w, { production });
    });
    expect(snapshotFromExcelJS(wb).settings?.production?.k2999).toBe("x".repeat(30));
  });
});
