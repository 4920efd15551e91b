/**
 * A workbook last checked by the add-in in Excel, then by the CLI: the add-in lists its generated sheets and keeps
 * the user's settings in Excel's settings of the workbook (the web extension part), not in a `_pc_meta` sheet. The
 * file readers read them (src/core/addin-settings.ts), so the CLI replaces the add-in's sheets instead of suffixing
 * its own beside them, and applies the settings made in the task pane.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../../src/cli/main";
import { captureIO } from "../../../src/cli/io";
import { snapshotFromXlsxBuffer } from "../../../src/xlsx/fast-read";
import { readWorkbookFile } from "../../../src/xlsx/read";
import type { Report } from "../../../src/core/report";

const SAMPLE = path.join(__dirname, "../../../assets/sample-production.xlsx");
/** The sample's cast: the DOOD's rows without saved settings. */
const SAMPLE_CAST = 8;
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "pc-addin-marks-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

/** The sample with a run's generated sheets as the add-in leaves them: no registry sheet, its settings part. */
async function checkedByTheAddin(withSettings: boolean): Promise<string> {
  const copy = path.join(dir, "cli-copy.xlsx");
  expect(await main(["check", SAMPLE, "--out", copy], captureIO())).toBe(1);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(copy);
  const meta = wb.worksheets.find((ws) => ws.name.startsWith("_pc_meta"))!;
  const generated = wb.worksheets
    .filter((ws) => ws.id > wb.getWorksheet("Rules")!.id && ws !== meta)
    .map((ws) => ws.name);
  wb.removeWorksheet(meta.id);
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  if (withSettings)
    zip.file(
      "xl/webextensions/webextension1.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{5B1D2E47-0C1A-4C39-9A2B-3F6E1A2B3C4D}"><we:reference id="pc" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties><we:property name="ProductionCoordinator.generated" value="${escape(JSON.stringify(generated))}"/><we:property name="ProductionCoordinator.settings" value="${escape(JSON.stringify({ doodTypes: ["cast", "crew"], highlightColors: { error: "#123456" } }))}"/></we:properties><we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>`,
    );
  const file = path.join(dir, withSettings ? "addin.xlsx" : "no-marks.xlsx");
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
  return file;
}

async function checkOut(input: string): Promise<{ names: string[]; report: Report }> {
  const out = input.replace(/\.xlsx$/, "-out.xlsx");
  const json = input.replace(/\.xlsx$/, ".json");
  expect(await main(["check", input, "--out", out, "--json", json], captureIO())).toBe(1);
  return {
    names: snapshotFromXlsxBuffer(await fs.readFile(out)).sheets.map((s) => s.name),
    report: JSON.parse(await fs.readFile(json, "utf8")) as Report,
  };
}

test("the add-in's generated sheets are replaced, and its saved settings apply", async () => {
  const input = await checkedByTheAddin(true);
  const { names, report } = await checkOut(input);
  expect(names.filter((n) => / \(\d+\)$/.test(n))).toEqual([]);
  expect(names.filter((n) => n === "Conflicts")).toHaveLength(1);
  // doodTypes from the task pane's Settings: crew rows on the DOOD.
  expect(report.dood.rows.length).toBeGreaterThan(SAMPLE_CAST);
  // The highlight colour saved in the Settings tab.
  const styles = await (
    await JSZip.loadAsync(await fs.readFile(input.replace(/\.xlsx$/, "-out.xlsx")))
  )
    .file("xl/styles.xml")!
    .async("string");
  expect(styles).toContain('rgb="FF123456"');
  // The ExcelJS reader takes the same marks.
  const viaExcelJs = (await readWorkbookFile(input)).snapshot;
  const fast = snapshotFromXlsxBuffer(await fs.readFile(input));
  expect(viaExcelJs.sheets.map((s) => [s.name, !!s.generated])).toEqual(
    fast.sheets.map((s) => [s.name, !!s.generated]),
  );
  expect(viaExcelJs.settings).toEqual(fast.settings);
});

test("near miss: without the add-in's marks its sheets stay (read as no input) and the run's are suffixed", async () => {
  const input = await checkedByTheAddin(false);
  const { names, report } = await checkOut(input);
  expect(names).toContain("Conflicts (2)");
  expect(report.dood.rows).toHaveLength(SAMPLE_CAST);
});
