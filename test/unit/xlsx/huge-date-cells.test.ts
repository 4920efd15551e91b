/**
 * A date-styled number beyond any date (`1E+308` in an Available From cell): the fast reader read Infinity and said
 * "'Infinity' is not a date", the ExcelJS reader (the --out path) got an Invalid Date and said the cell shows #VALUE!,
 * which it does not (Excel shows ####). Both now read Infinity and the issue says which numbers are dates (found by
 * a fuzz of the CLI).
 */
import ExcelJS from "exceljs";
import { check } from "../../../src/core/check";
import type { WorkbookSnapshot } from "../../../src/core/snapshot";
import { snapshotFromXlsxBuffer } from "../../../src/xlsx/fast-read";
import { snapshotFromExcelJS, withRelativeTargets } from "../../../src/xlsx/read";

async function hugeDateBook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const schedule = wb.addWorksheet("Schedule");
  schedule.addRow(["ID", "Date", "Start", "End", "Cast"]);
  schedule.addRow(["S1", 46083, "07:00", "12:00", "1"]);
  schedule.getCell("B2").numFmt = "yyyy-mm-dd";
  const cast = wb.addWorksheet("Cast");
  cast.addRow(["ID", "Name", "Available From", "Available To"]);
  cast.addRow(["1", "Ana Diaz", 1e308, 3e6]);
  cast.getCell("C2").numFmt = "yyyy-mm-dd";
  cast.getCell("D2").numFmt = "yyyy-mm-dd";
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function bothSnapshots(): Promise<[string, WorkbookSnapshot][]> {
  const buf = await hugeDateBook();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await withRelativeTargets(buf)) as unknown as ArrayBuffer);
  return [
    ["fast reader", snapshotFromXlsxBuffer(buf)],
    ["ExcelJS reader", snapshotFromExcelJS(wb)],
  ];
}

test("both readers read a date-styled 1E+308 as Infinity and a date-styled 3,000,000 as that serial", async () => {
  for (const [, snapshot] of await bothSnapshots()) {
    const cast = snapshot.sheets.find((s) => s.name === "Cast")!;
    expect(cast.used?.values[1][2]).toBe(Infinity);
    expect(cast.used?.values[1][3]).toBeCloseTo(3e6, 6);
  }
});

test("both paths give the same bad-date issues, naming the number", async () => {
  const issues = (await bothSnapshots()).map(([, snapshot]) =>
    check(snapshot)
      .report.dataIssues.filter((i) => i.sheet === "Cast")
      .map((i) => [i.code, i.cell, i.message]),
  );
  expect(issues[0]).toEqual(issues[1]);
  expect(issues[0]).toEqual([
    [
      "bad-date",
      "C2",
      expect.stringContaining("an out-of-range number is not a date (Excel's dates are the numbers 1 to 2958465)"),
    ],
    ["bad-date", "D2", expect.stringContaining("'3000000' is not a date (Excel's dates")],
  ]);
});
