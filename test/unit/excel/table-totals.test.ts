/**
 * An Excel table's totals row ("Total", =SUBTOTAL(...)) is no data: not a cast member, strip or budget line, in
 * the CLI's two readers and in the add-in's (Office.js on the simulated Excel) alike.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { check } from "../../../src/core/check";
import { readSnapshot } from "../../../src/excel";
import { readSnapshotFast } from "../../../src/xlsx/fast-read";
import { readWorkbookFile } from "../../../src/xlsx/read";
import type { Report } from "../../../src/core/report";
import { fromExcelJS } from "../../sim-excel/exceljs";
import { installGlobal } from "../../sim-excel";

function book(totals: boolean): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Schedule").addTable({
    name: "tblBoard",
    ref: "A1",
    headerRow: true,
    totalsRow: totals,
    columns: [
      { name: "ID", totalsRowLabel: "Total" },
      { name: "Date" },
      { name: "Start" },
      { name: "End" },
      { name: "Cast", totalsRowFunction: "count" },
    ],
    rows: [
      ["S1", "2026-03-02", "07:00", "09:00", "1"],
      ["S2", "2026-03-02", "08:00", "10:00", "1"],
    ],
  });
  wb.addWorksheet("Cast").addTable({
    name: "tblCast",
    ref: "A1",
    headerRow: true,
    totalsRow: totals,
    columns: [
      { name: "ID", totalsRowLabel: "Total" },
      { name: "Name", totalsRowFunction: "count" },
      { name: "Lead Time", totalsRowFunction: "sum" },
    ],
    rows: [[1, "Ann Lee", 30]],
  });
  return wb;
}

function summary(report: Report) {
  return {
    items: report.summary.items,
    resources: report.dood.rows.map((r) => r.resource),
    conflicts: report.conflicts.map((c) => [c.type, c.resource, c.items.join(",")]),
    issues: report.dataIssues.map((i) => i.code),
  };
}

const WANT = {
  items: 2,
  resources: ["1"],
  conflicts: [["double-booking", "1", "S1,S2"]],
  issues: [],
};

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "pc-totals-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("an Excel table's totals row is not data", () => {
  test.each([true, false])("the CLI's readers, totals row %p", async (totals) => {
    const file = path.join(dir, `book-${totals}.xlsx`);
    await book(totals).xlsx.writeFile(file);
    const fast = await readSnapshotFast(file);
    expect(fast.sheets.map((s) => s.tables.map((t) => !!t.totalsRow))).toEqual([[totals], [totals]]);
    expect(summary(check(fast).report)).toEqual(WANT);
    const slow = await readWorkbookFile(file);
    expect(summary(check(slow.snapshot).report)).toEqual(WANT);
  });

  test("the add-in's reader (showTotals)", async () => {
    const file = path.join(dir, "book-sim.xlsx");
    await book(true).xlsx.writeFile(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sim = fromExcelJS(wb);
    installGlobal(sim);
    const snapshot = await readSnapshot(sim.context() as unknown as Excel.RequestContext);
    expect(snapshot.sheets.map((s) => s.tables.map((t) => !!t.totalsRow))).toEqual([[true], [true]]);
    expect(summary(check(snapshot).report)).toEqual(WANT);
  });
});
