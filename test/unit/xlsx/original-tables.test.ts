/**
 * The user's Excel tables in the CLI's copy as written (src/xlsx/original-parts.ts): ExcelJS hides every filter
 * button of a table it loaded and drops calculated-column formulas.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { worksheetParts } from "../../../src/xlsx/fast-read";
import { withOriginalParts } from "../../../src/xlsx/original-parts";
import { editPart, excelJsCopy } from "../../helpers/zip-parts";

const HOURS = "(tblSchedule[[#This Row],[End]]-tblSchedule[[#This Row],[Start]])*24";

/** A schedule table the way Excel writes it: filter buttons shown, a calculated Hours column. */
async function scheduleWithTable(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Schedule");
  ws.addTable({
    name: "tblSchedule",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "ID" }, { name: "Start" }, { name: "End" }, { name: "Hours" }],
    rows: [
      ["S1", 0.25, 0.5, 6],
      ["S2", 0.5, 0.75, 6],
    ],
  });
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const part = Object.keys(zip.files).find((name) => /^xl\/tables\/table\d+\.xml$/.test(name)) as string;
  await editPart(zip, part, (xml) =>
    xml
      .replace(/<autoFilter ref="([^"]+)">[\s\S]*?<\/autoFilter>/, '<autoFilter ref="$1"/>')
      .replace(
        /<tableColumn id="4" name="Hours"[^>]*\/>/,
        `<tableColumn id="4" name="Hours"><calculatedColumnFormula>${HOURS}</calculatedColumnFormula></tableColumn>`,
      ),
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

function scheduleTable(buf: Buffer): string {
  return worksheetParts(buf).get("Schedule")?.tables?.[0]?.xml ?? "";
}

test("the user's table keeps its filter buttons and calculated column; the copy's id stays", async () => {
  const original = await scheduleWithTable();
  expect(scheduleTable(original)).toContain(HOURS);
  const written = await excelJsCopy(original);
  // What this fixes: ExcelJS hides the buttons and drops the formula.
  expect(scheduleTable(written)).toContain('hiddenButton="1"');
  expect(scheduleTable(written)).not.toContain(HOURS);
  const kept = await withOriginalParts(original, written);
  const table = scheduleTable(kept);
  expect(table).toContain(HOURS);
  expect(table).not.toContain("hiddenButton");
  expect(/<table\b[^>]*\sid="(\d+)"/.exec(table)?.[1]).toBe(
    /<table\b[^>]*\sid="(\d+)"/.exec(scheduleTable(written))?.[1],
  );
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(kept as unknown as ArrayBuffer);
  expect(again.getWorksheet("Schedule")!.getTable("tblSchedule")).toBeTruthy();
  expect(again.getWorksheet("Conflicts")).toBeTruthy();
});

test("near miss: a table of a generated sheet, or one whose range the copy changed, stays as the copy wrote it", async () => {
  const original = await scheduleWithTable();
  const written = await excelJsCopy(original);
  const asWritten = scheduleTable(written);
  const generated = await withOriginalParts(original, written, { generated: new Set(["Schedule"]) });
  expect(scheduleTable(generated)).toBe(asWritten);

  const zip = await JSZip.loadAsync(written);
  const part = Object.keys(zip.files).find((name) => /^xl\/tables\/table\d+\.xml$/.test(name)) as string;
  await editPart(zip, part, (xml) => xml.replace(/ref="A1:D3"/g, 'ref="A1:D4"'));
  const resized = await zip.generateAsync({ type: "nodebuffer" });
  expect(scheduleTable(await withOriginalParts(original, resized))).toBe(scheduleTable(resized));
});
