/**
 * Table references in formulas saved without results (src/core/structured-refs.ts): each becomes the A1 reference
 * Excel means by it, so the formula engine computes it; what it cannot place is unsupported, never guessed.
 */
import ExcelJS from "exceljs";
import { evaluate } from "../../../src/core/formula";
import { type FormulaTable, withStructuredReferences } from "../../../src/core/structured-refs";
import { check } from "../../../src/core/check";
import { snapshotFromExcelJS } from "../../../src/xlsx/read";
import { snapshotFromXlsxBuffer } from "../../../src/xlsx/fast-read";

/** tblSchedule on Schedule!A1:E5: header row 1, data rows 2-4, totals row 5. */
const SCHEDULE: FormulaTable = {
  name: "tblSchedule",
  sheet: "Schedule",
  row: 1,
  col: 1,
  rows: 5,
  cols: 5,
  columns: ["ID", "Start", "End", "Day Rate", "#"],
  headerRow: true,
  totalsRow: true,
};
const CAST: FormulaTable = { ...SCHEDULE, name: "Cast List", sheet: "Cast's", totalsRow: false, rows: 3 };
const at = { sheet: "Schedule", row: 3, col: 3 };

describe("withStructuredReferences", () => {
  test.each([
    ["[[#This Row],[Start]]+5/24", "Schedule!$B$3+5/24"],
    ["tblSchedule[[#This Row],[Day Rate]]*2", "Schedule!$D$3*2"],
    ["tblSchedule[[#This Row],[Start]]", "Schedule!$B$3"],
    ["TBLSCHEDULE[[#this row],[start]]", "Schedule!$B$3"],
    ["SUM(tblSchedule[Day Rate])", "SUM(Schedule!$D$2:$D$4)"],
    ["SUM(tblSchedule[[#Data],[Day Rate]])", "SUM(Schedule!$D$2:$D$4)"],
    ["tblSchedule[[#Totals],[Day Rate]]", "Schedule!$D$5"],
    ["tblSchedule[[#Headers],[End]]", "Schedule!$C$1"],
    ["SUM(tblSchedule[[#This Row],[Start]:[End]])", "SUM(Schedule!$B$3:$C$3)"],
    ["COUNT(tblSchedule[#All])", "COUNT(Schedule!$A$1:$E$5)"],
    ["tblSchedule[[#This Row],['#]]", "Schedule!$E$3"],
    ["SUM('Cast List'!A1)+1", "SUM('Cast List'!A1)+1"],
    ['"[@Start]"&tblSchedule[[#This Row],[ID]]', '"[@Start]"&Schedule!$A$3'],
  ])("%s -> %s", (formula, expected) => {
    expect(withStructuredReferences(formula, at, [SCHEDULE, CAST])).toEqual({ formula: expected });
  });

  test("a table on a sheet whose name needs quotes", () => {
    const ref = withStructuredReferences("SUM(Cast_List[Day Rate])", at, [{ ...CAST, name: "Cast_List" }]);
    expect(ref).toEqual({ formula: "SUM('Cast''s'!$D$2:$D$3)" });
  });

  test.each([
    ["a this-row reference from the header row is #VALUE!, as in Excel", { ...at, row: 1 }, "#VALUE!"],
    ["a this-row reference from the totals row is #VALUE!", { ...at, row: 5 }, "#VALUE!"],
  ])("near miss: %s", (_name, where, expected) => {
    const ref = withStructuredReferences("tblSchedule[[#This Row],[Start]]", where, [SCHEDULE]);
    expect(ref).toEqual({ formula: expected });
  });

  test.each([
    ["a table the workbook does not have", "tblCrew[@Start]", at],
    ["a column the table does not have", "tblSchedule[[#This Row],[Wrap]]", at],
    ["a reference without a name from outside every table", "[[#This Row],[Start]]", { ...at, row: 9 }],
    ["an unclosed bracket", "tblSchedule[[#This Row],[Start]", at],
    // Excel shows [@Start] but saves [[#This Row],[Start]]: a file holding @ is not computed (Excel would not).
    ["@ as Excel shows it, which its file format does not have", "[@Start]", at],
    ["@ with a bracketed name", "tblSchedule[@[Day Rate]]", at],
    ["a bracket after a quoted name (another workbook's)", "'Cast List'[Day Rate]", at],
  ])("unsupported: %s", (_name, formula, where) => {
    expect(withStructuredReferences(formula, where, [SCHEDULE])).toHaveProperty("unsupported");
  });
});

test("evaluate: a calculated column's formula computes from its own row", () => {
  const cells = (_sheet: string, row: number, col: number) => (col === 2 ? row / 24 : null);
  const formula = "tblSchedule[[#This Row],[Start]]+5/24";
  const r = evaluate(formula, cells, { sheet: "Schedule", row: 4, col: 3, tables: [SCHEDULE] });
  expect(r).toEqual({ value: 9 / 24 });
  // Without the tables the reader gives, the same formula is not guessed at.
  expect(evaluate(formula, cells, { sheet: "Schedule", row: 4, col: 3 })).toHaveProperty("unsupported");
});

test("end to end: an End column written as a table formula without results (XlsxWriter)", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Schedule");
  ws.addTable({
    name: "tblSchedule",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "ID" }, { name: "Date" }, { name: "Start" }, { name: "End" }, { name: "Cast" }],
    rows: [
      ["S1", new Date(Date.UTC(2026, 2, 2)), 7 / 24, null, "Ann"],
      ["S2", new Date(Date.UTC(2026, 2, 2)), 11 / 24, null, "Ann"],
    ],
  });
  ws.getCell("D2").value = { formula: "tblSchedule[[#This Row],[Start]]+5/24" } as ExcelJS.CellValue;
  ws.getCell("D3").value = { formula: "[[#This Row],[Start]]+1/24" } as ExcelJS.CellValue;
  ws.getColumn(2).numFmt = "yyyy-mm-dd";
  for (const c of [3, 4]) ws.getColumn(c).numFmt = "h:mm";
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(buf as unknown as ArrayBuffer);
  for (const snapshot of [snapshotFromXlsxBuffer(buf, "t.xlsx"), snapshotFromExcelJS(loaded, "t.xlsx")]) {
    const { report } = check(snapshot);
    // S1 07:00-12:00 and S2 11:00-12:00: Ann is double-booked for an hour, and nothing is a cell error.
    expect(report.dataIssues.filter((d) => d.code === "cell-error")).toEqual([]);
    expect(report.conflicts.map((c) => [c.type, c.items])).toEqual([["double-booking", ["S1", "S2"]]]);
    expect(report.conflicts[0].message).toMatch(/from 11:00 .* to 12:00 /);
  }
});
