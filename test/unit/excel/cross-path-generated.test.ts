/**
 * The add-in and the CLI read a workbook the same way (contract §1): generated productions (conformance set
 * 9's generator: aliases, value forms, several tables, night shoots) saved as .xlsx, then checked by the CLI's
 * reader and by the Office.js path on the simulated Excel opened on the same file, must give the same report.
 */
import ExcelJS from "exceljs";
import { check } from "../../../src/core/check";
import { runCheck } from "../../../src/excel";
import { snapshotFromXlsxBuffer } from "../../../src/xlsx/fast-read";
import { generate } from "../../conformance9/generate";
import { installGlobal } from "../../sim-excel";
import { fromExcelJS } from "../../sim-excel/exceljs";

test.each(Array.from({ length: 12 }, (_, k) => k + 1))("seed %d: the same report through both paths", async (seed) => {
  const buffer = Buffer.from(await generate(seed).workbook.xlsx.writeBuffer());
  const file = check(snapshotFromXlsxBuffer(buffer)).report;

  const opened = new ExcelJS.Workbook();
  await opened.xlsx.load(buffer as unknown as ArrayBuffer);
  const sim = fromExcelJS(opened);
  sim.apiVersion = "1.13";
  installGlobal(sim);
  const office = (await runCheck(sim.context() as unknown as Excel.RequestContext)).report;

  expect(file.conflicts.length).toBeGreaterThan(0);
  for (const part of ["summary", "conflicts", "dataIssues", "priorities", "dood", "costs"] as const) {
    expect({ part, value: office[part] }).toEqual({ part, value: file[part] });
  }
  expect(office.callSheets).toEqual(file.callSheets);
});
