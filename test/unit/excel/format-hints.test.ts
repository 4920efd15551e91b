/**
 * The Office.js path reads number formats with the values (Range.numberFormat, in the same sync) and gives the
 * same format hints as the file readers, in the one-sync read and in the block read huge books fall back to.
 */
import ExcelJS from "exceljs";
import { readSnapshot } from "../../../src/excel";
import { snapshotFromXlsxBuffer } from "../../../src/xlsx/fast-read";
import { fromExcelJS } from "../../sim-excel/exceljs";
import { installGlobal, payloadLimitOnSecondSync, type SimulatedExcel } from "../../sim-excel";
import { expectedFormatHints, formatsWorkbook } from "../xlsx/format-hints-book";

async function opened(): Promise<{ sim: SimulatedExcel; raw: Buffer }> {
  const written = await formatsWorkbook().xlsx.writeBuffer();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(written);
  const sim = fromExcelJS(wb);
  installGlobal(sim);
  return { sim, raw: Buffer.from(written) };
}

const ctxOf = (sim: SimulatedExcel): Excel.RequestContext => sim.context() as unknown as Excel.RequestContext;

test("the add-in's read gives the file readers' hints, in the same 2 syncs", async () => {
  const { sim, raw } = await opened();
  const snap = await readSnapshot(ctxOf(sim));
  expect(sim.metrics.syncs).toBe(2);
  const file = snapshotFromXlsxBuffer(raw);
  expect(snap.sheets.map((s) => s.formatHints)).toEqual(file.sheets.map((s) => s.formatHints));
  expect(snap.sheets[0].formatHints).toEqual(expectedFormatHints());
  expect("formatHints" in snap.sheets[1]).toBe(false);
});

test("over the web's 5 MB response the values and formats come in blocks, with the same hints", async () => {
  const { sim } = await opened();
  const ctx = ctxOf(sim);
  const syncs = payloadLimitOnSecondSync(ctx);
  const snap = await readSnapshot(ctx);
  expect(syncs.calls).toBe(4);
  expect(snap.sheets[0].formatHints).toEqual(expectedFormatHints());
});
