/**
 * Formulas saved without results (openpyxl) or in a workbook that asks Excel to recalculate on open
 * (fullCalcOnLoad: XlsxWriter's cached 0s): both readers compute them (src/core/formula.ts), agree cell for cell,
 * and put a computed value in the snapshot exactly as a cached result of that value would be; a formula they
 * cannot compute and that has no cached result is a cell-error data issue at its cell. Files are built with
 * ExcelJS (a formula without `result` is written as `<f>` alone).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbookFile, snapshotFromExcelJS } from "../../../src/xlsx/read";
import { snapshotFromXlsxBuffer, workbookFlags } from "../../../src/xlsx/fast-read";
import { check } from "../../../src/core/check";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/snapshot";
import { hintsAt } from "../parse/snapshot-helpers";

const utc = (y: number, mo: number, d: number): Date => new Date(Date.UTC(y, mo - 1, d));
/** A time of day as the day fraction Excel stores (a Date would be written with a rounding error). */
const time = (h: number): number => h / 24;

type Results = Record<string, CellValue | Date>;

/**
 * Schedule (dates yyyy-mm-dd, times h:mm): F1's End `=C2+8/24` is the master of a shared formula that F2's End
 * follows; F2's Date is `=B2+1`; F3's End adds `Rates!B1` hours, itself a formula on a later sheet.
 * `results`: cached results by cell (none: never calculated).
 */
function board(results: Results = {}, extra?: (ws: ExcelJS.Worksheet) => void): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Schedule");
  const rates = wb.addWorksheet("Rates");
  const formula = (cell: string, value: object) => {
    const result = results[cell];
    return (result === undefined ? value : { ...value, result }) as ExcelJS.CellValue;
  };
  ws.addRow(["ID", "Date", "Start", "End", "Cast"]);
  ws.addRow(["F1", utc(2026, 3, 2), time(7), null, 1]);
  ws.addRow(["F2", null, time(9), null, 1]);
  ws.addRow(["F3", utc(2026, 3, 4), time(10), null, 1]);
  ws.getCell("D2").value = formula("D2", { formula: "C2+8/24", shareType: "shared", ref: "D2:D3" });
  ws.getCell("D3").value = formula("D3", { sharedFormula: "D2" });
  ws.getCell("B3").value = formula("B3", { formula: "B2+1" });
  ws.getCell("D4").value = formula("D4", { formula: "C4+Rates!B1/24" });
  ws.getColumn(2).numFmt = "yyyy-mm-dd";
  for (const c of [3, 4]) ws.getColumn(c).numFmt = "h:mm";
  rates.addRow(["Hours", null]);
  rates.getCell("B1").value = formula("Rates!B1", { formula: "2*3" });
  extra?.(ws);
  return wb;
}

/** Both readers on the written file: the fast reader, and ExcelJS with the flags the file reader passes. */
async function bothReaders(wb: ExcelJS.Workbook): Promise<{ fast: WorkbookSnapshot; excelJs: WorkbookSnapshot }> {
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(buf as unknown as ArrayBuffer);
  return {
    fast: snapshotFromXlsxBuffer(buf, "w.xlsx"),
    excelJs: snapshotFromExcelJS(loaded, "w.xlsx", workbookFlags(buf)),
  };
}

/** A cell of a sheet's used range by A1 address. */
function cell(s: WorkbookSnapshot, sheet: string, a1: string): CellValue {
  const used = s.sheets.find((x) => x.name === sheet)?.used;
  const col = a1.charCodeAt(0) - 64;
  const row = Number(a1.slice(1));
  return used?.values[row - used.row]?.[col - used.col] ?? null;
}

async function sheetXml(wb: ExcelJS.Workbook, part = "xl/worksheets/sheet1.xml"): Promise<string> {
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  return (await zip.file(part)?.async("string")) ?? "";
}

describe("formulas saved without results", () => {
  test("the file really holds formulas without results, and a shared formula's follower without text", async () => {
    const xml = await sheetXml(board());
    expect(xml).toMatch(/<c r="D2"[^>]*><f t="shared" ref="D2:D3" si="0">C2\+8\/24<\/f><\/c>/);
    expect(xml).toMatch(/<c r="D3"[^>]*><f t="shared" si="0"\/><\/c>/);
    for (const a1 of ["D2", "D3", "B3", "D4"])
      expect(xml).not.toMatch(new RegExp(`<c r="${a1}"[^>]*>(?:(?!</c>).)*<v>`));
  });

  test("both readers compute them, across sheets and down a shared formula, and agree", async () => {
    const { fast, excelJs } = await bothReaders(board());
    expect(JSON.stringify(excelJs)).toBe(JSON.stringify(fast));
    expect(cell(fast, "Schedule", "B3")).toBe(46084);
    // Times in a date-styled cell take ExcelJS's millisecond round trip (next test): equal to the last bits.
    expect(cell(fast, "Schedule", "D2")).toBeCloseTo(time(15), 12);
    expect(cell(fast, "Schedule", "D3")).toBeCloseTo(time(17), 12);
    expect(cell(fast, "Schedule", "D4")).toBeCloseTo(time(16), 12);
    expect(cell(fast, "Rates", "B1")).toBe(6);
  });

  test("a computed value reads exactly as the same value cached by Excel (date round trip, time format hints)", async () => {
    const computed = await bothReaders(board());
    const cached = await bothReaders(
      board({ D2: time(7) + 8 / 24, D3: time(9) + 8 / 24, B3: utc(2026, 3, 3), D4: time(10) + 6 / 24, "Rates!B1": 6 }),
    );
    expect(computed.fast).toEqual(cached.fast);
    expect(computed.excelJs).toEqual(cached.excelJs);
    const hints = computed.fast.sheets[0].formatHints;
    expect([...hintsAt({ "2,4": "time", "3,4": "time", "4,4": "time" })].every(([k, h]) => hints?.get(k) === h)).toBe(
      true,
    );
  });

  test("the check reads the computed cells: F2 on 03-03 (=B2+1), no data issue at a formula cell", async () => {
    const { fast } = await bothReaders(board());
    const { report } = check(fast);
    expect(report.dataIssues.filter((i) => i.sheet === "Schedule" && /^[BD]/.test(i.cell ?? ""))).toEqual([]);
    expect(report.dood.days).toEqual(["2026-03-02", "2026-03-03", "2026-03-04"]);
  });
});

describe("lookups and conditional sums without saved results", () => {
  test("End = Start + the hours a VLOOKUP finds on another sheet (case-insensitive); a SUMIF of those hours", async () => {
    const wb = board({}, (ws) => {
      ws.addRow(["F4", utc(2026, 3, 4), time(12), null, 1]);
      ws.getCell("D5").value = { formula: 'C5+VLOOKUP("hours",Rates!A1:B3,2,FALSE)/24' } as ExcelJS.CellValue;
      ws.getCell("G2").value = { formula: 'SUMIF(Rates!A1:A3,"Hours",Rates!B1:B3)' } as ExcelJS.CellValue;
      ws.getCell("G3").value = { formula: 'IFERROR(VLOOKUP("Days",Rates!A1:B3,2,FALSE),"none")' } as ExcelJS.CellValue;
      // Whole columns, as coordinators write lookups: read down to each sheet's last row.
      ws.getCell("G4").value = { formula: 'VLOOKUP("HOURS",Rates!$A:$B,2,FALSE)' } as ExcelJS.CellValue;
      ws.getCell("G5").value = { formula: 'COUNTIF(A:A,"F*")' } as ExcelJS.CellValue;
    });
    const { fast, excelJs } = await bothReaders(wb);
    expect(JSON.stringify(excelJs)).toBe(JSON.stringify(fast));
    expect(cell(fast, "Schedule", "D5")).toBeCloseTo(time(18), 12);
    expect(["G2", "G3", "G4", "G5"].map((a1) => cell(fast, "Schedule", a1))).toEqual([6, "none", 6, 4]);
    expect(check(fast).report.dataIssues.filter((i) => i.code === "cell-error")).toEqual([]);
  });
});

describe("SUBTOTAL of visible rows (101-111, an Excel totals row's 109) without saved results", () => {
  test("both readers leave out the rows the file marks hidden, as Excel does; 9 counts them", async () => {
    const wb = board({}, (ws) => {
      ws.addRow(["Total", null, null, null, null]);
      ws.getCell("G1").value = 4;
      ws.getCell("G2").value = 2;
      ws.getCell("G3").value = 1;
      ws.getRow(3).hidden = true;
      ws.getCell("G5").value = { formula: "SUBTOTAL(109,G1:G3)" } as ExcelJS.CellValue;
      ws.getCell("H5").value = { formula: "SUBTOTAL(9,G1:G3)" } as ExcelJS.CellValue;
    });
    expect(await sheetXml(wb)).toMatch(/<row r="3"[^>]*hidden="1"/);
    const { fast, excelJs } = await bothReaders(wb);
    expect(JSON.stringify(excelJs)).toBe(JSON.stringify(fast));
    expect([cell(fast, "Schedule", "G5"), cell(fast, "Schedule", "H5")]).toEqual([6, 7]);
    expect(check(fast).report.dataIssues.filter((i) => i.code === "cell-error")).toEqual([]);
  });
});

describe("a formula the readers cannot compute", () => {
  const withLookup = (results: Results = {}) =>
    board(results, (ws) => {
      ws.addRow(["F4", utc(2026, 3, 4), time(12), null, 1]);
      const result = results.D5;
      ws.getCell("D5").value = (
        result === undefined
          ? { formula: "OFFSET(Rates!A1,0,1)/24+C5" }
          : { formula: "OFFSET(Rates!A1,0,1)/24+C5", result }
      ) as ExcelJS.CellValue;
    });

  test("without a cached result: a cell-error data issue at that cell saying what to do, in both readers", async () => {
    const { fast, excelJs } = await bothReaders(withLookup());
    expect(excelJs).toEqual(fast);
    for (const s of [fast, excelJs]) {
      const issues = check(s).report.dataIssues.filter((i) => i.code === "cell-error");
      expect(issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([["cell-error", "Schedule", "D5"]]);
      expect(issues[0].message).toBe(
        "Schedule!D5: the formula =OFFSET(Rates!A1,0,1)/24+C5 has no saved result (the file was written by a " +
          "program that does not calculate, and this formula is beyond what the checker computes); open and save " +
          "the file in Excel, or type the value",
      );
    }
  });

  test("with a cached result: the cached result is kept, even when the workbook asks for a recalculation", async () => {
    const wb = withLookup({ D5: 0.75 });
    wb.calcProperties.fullCalcOnLoad = true;
    const { fast, excelJs } = await bothReaders(wb);
    expect(excelJs).toEqual(fast);
    expect(cell(fast, "Schedule", "D5")).toBe(0.75);
    expect(check(fast).report.dataIssues.filter((i) => i.code === "cell-error")).toEqual([]);
  });
});

describe("a saved 0 in a workbook recalculated on open (XlsxWriter's placeholder)", () => {
  test("is no result: a formula the readers cannot compute is a cell-error, not 0, in both readers", async () => {
    const wb = board({}, (ws) => {
      ws.addRow(["F4", utc(2026, 3, 4), time(12), null, 1]);
      ws.getCell("D5").value = { formula: "OFFSET(Rates!A1,0,1)/24+C5", result: 0 } as ExcelJS.CellValue;
    });
    wb.calcProperties.fullCalcOnLoad = true;
    const { fast, excelJs } = await bothReaders(wb);
    expect(excelJs).toEqual(fast);
    const issues = check(fast).report.dataIssues.filter((i) => i.code === "cell-error");
    expect(issues.map((i) => i.cell)).toEqual(["D5"]);
    expect(issues[0].message).toContain("has no saved result");
  });

  test("without fullCalcOnLoad (Excel's own files) a saved 0 is a result like any other", async () => {
    const wb = board({}, (ws) => {
      ws.addRow(["F4", utc(2026, 3, 4), time(12), null, 1]);
      ws.getCell("D5").value = { formula: "OFFSET(Rates!A1,0,1)/24+C5", result: 0 } as ExcelJS.CellValue;
    });
    const { fast, excelJs } = await bothReaders(wb);
    expect(excelJs).toEqual(fast);
    expect(cell(fast, "Schedule", "D5")).toBe(0);
  });
});

describe("cached results: trusted unless the workbook sets fullCalcOnLoad", () => {
  // Cached results that disagree with the formulas: Excel's own saved results win, XlsxWriter's 0s do not. A cached
  // 0 is a result too (ExcelJS's cell.value drops it; the reader takes cell.result).
  const stale = () => board({ D2: 0.5, D3: 0, B3: utc(2026, 3, 9), D4: 0.9, "Rates!B1": 0 });

  test("without fullCalcOnLoad (Excel's own files): the cached result wins over what the formula gives", async () => {
    const { fast, excelJs } = await bothReaders(stale());
    expect(excelJs).toEqual(fast);
    expect(["D2", "D3", "B3", "D4"].map((a1) => cell(fast, "Schedule", a1))).toEqual([0.5, 0, 46090, 0.9]);
  });

  test("with fullCalcOnLoad (openpyxl, XlsxWriter): every formula is recomputed, in both readers", async () => {
    const wb = stale();
    wb.calcProperties.fullCalcOnLoad = true;
    expect(await sheetXml(wb, "xl/workbook.xml")).toContain('fullCalcOnLoad="1"');
    const { fast, excelJs } = await bothReaders(wb);
    expect(excelJs).toEqual(fast);
    expect(cell(fast, "Schedule", "B3")).toBe(46084);
    expect(cell(fast, "Schedule", "D2")).toBeCloseTo(time(15), 12);
    expect(cell(fast, "Schedule", "D3")).toBeCloseTo(time(17), 12);
    expect(cell(fast, "Schedule", "D4")).toBeCloseTo(time(16), 12);
    // The in-memory workbook says it itself (ExcelJS does not load calcPr from a file).
    expect(snapshotFromExcelJS(wb, "w.xlsx")).toEqual(fast);
  });

  test("check --out's file reader sees fullCalcOnLoad in the file (ExcelJS itself drops it on load)", async () => {
    const wb = stale();
    wb.calcProperties.fullCalcOnLoad = true;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pc-formulas-")), "w.xlsx");
    await wb.xlsx.writeFile(file);
    const { snapshot, workbook } = await readWorkbookFile(file);
    expect(workbook.calcProperties.fullCalcOnLoad).toBeUndefined();
    expect(cell(snapshot, "Schedule", "D2")).toBeCloseTo(time(15), 12);
  });
});
