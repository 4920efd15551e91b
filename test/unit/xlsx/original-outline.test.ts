/**
 * Grouped rows and columns stay open or collapsed as the user left them in the CLI's copy: src/xlsx/outline.ts.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { worksheetParts } from "../../../src/xlsx/fast-read";
import { withOriginalParts } from "../../../src/xlsx/original-parts";
import { withOutlineOf } from "../../../src/xlsx/outline";
import { editPart, excelJsCopy } from "../../helpers/zip-parts";

const sheet = (rows: string, cols = "") =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${cols}<sheetData>${rows}</sheetData></worksheet>`;

describe("withOutlineOf", () => {
  test.each([
    {
      name: "an open group's rows lose the collapsed mark the copy gave them",
      original: sheet('<row r="2" outlineLevel="1"/><row r="3" outlineLevel="1"/>'),
      copy: sheet('<row r="2" outlineLevel="1" collapsed="1"/><row r="3" outlineLevel="1" collapsed="1"/>'),
      expected: sheet('<row r="2" outlineLevel="1"/><row r="3" outlineLevel="1"/>'),
    },
    {
      name: "a collapsed group's summary row gets its mark back (with content), the hidden rows stay unmarked",
      original: sheet(
        '<row r="2" hidden="1" outlineLevel="1"><c r="A2"/></row><row r="3" collapsed="1"><c r="A3"/></row>',
      ),
      copy: sheet('<row r="2" hidden="1" outlineLevel="1" collapsed="1"><c r="A2"/></row><row r="3"><c r="A3"/></row>'),
      expected: sheet(
        '<row r="2" hidden="1" outlineLevel="1"><c r="A2"/></row><row r="3" collapsed="1"><c r="A3"/></row>',
      ),
    },
    {
      name: "near miss: row 30 is not row 3",
      original: sheet('<row r="3" collapsed="1"/>'),
      copy: sheet('<row r="30" outlineLevel="1" collapsed="1"/><row r="3"/>'),
      expected: sheet('<row r="30" outlineLevel="1"/><row r="3" collapsed="1"/>'),
    },
    {
      name: "columns: a range the copy split takes the mark of the original range holding its first column",
      original: sheet(
        "",
        '<cols><col min="2" max="4" outlineLevel="1" hidden="1"/><col min="5" max="5" collapsed="1"/></cols>',
      ),
      copy: sheet(
        "",
        '<cols><col min="2" max="3" outlineLevel="1" hidden="1" collapsed="1"/><col min="4" max="4" outlineLevel="1" hidden="1" collapsed="1"/><col min="5" max="5"/></cols>',
      ),
      expected: sheet(
        "",
        '<cols><col min="2" max="3" outlineLevel="1" hidden="1"/><col min="4" max="4" outlineLevel="1" hidden="1"/><col min="5" max="5" collapsed="1"/></cols>',
      ),
    },
    {
      name: "a sheet with no groups is left as the copy wrote it",
      original: sheet('<row r="2"/>'),
      copy: sheet('<row r="2" spans="1:3"/>'),
      expected: sheet('<row r="2" spans="1:3"/>'),
    },
  ])("$name", ({ original, copy, expected }) => {
    expect(withOutlineOf(original, copy)).toBe(expected);
  });
});

/** A schedule with rows 3-4 grouped and collapsed under summary row 5 (as Excel saves it) and rows 7-8 open. */
async function groupedBook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Schedule");
  ws.addRow(["ID", "Date", "Start", "End", "Cast"]);
  for (let i = 1; i <= 8; i++) ws.addRow([`S${i}`, new Date(Date.UTC(2026, 2, 2)), "08:00", "10:00", "1"]);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  await editPart(zip, "xl/worksheets/sheet1.xml", (xml) =>
    xml
      .replace(/<row r="([34])"/g, '<row r="$1" hidden="1" outlineLevel="1"')
      .replace(/<row r="([78])"/g, '<row r="$1" outlineLevel="1"')
      .replace(/<row r="5"/, '<row r="5" collapsed="1"')
      .replace(/<sheetFormatPr\b[^>]*?(\/?)>/, '<sheetFormatPr defaultRowHeight="15" outlineLevelRow="1"$1>'),
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

const rowTags = (buf: Buffer) =>
  Array.from((worksheetParts(buf).get("Schedule")?.xml() ?? "").matchAll(/<row\b[^>]*>/g), (m) => m[0]);
const marked = (tags: string[]) => tags.filter((t) => t.includes("collapsed=")).map((t) => /r="(\d+)"/.exec(t)?.[1]);

test("end to end: the copy's groups are collapsed where the user's were, and nowhere else", async () => {
  const original = await groupedBook();
  expect(marked(rowTags(original))).toEqual(["5"]);
  const written = await excelJsCopy(original);
  // What this fixes: ExcelJS marks every grouped row collapsed (the open group too) and drops the summary row's mark.
  expect(marked(rowTags(written))).toEqual(["3", "4", "7", "8"]);
  const kept = await withOriginalParts(original, written);
  expect(marked(rowTags(kept))).toEqual(["5"]);
  // The rows keep their levels and hidden state.
  expect(rowTags(kept).filter((t) => t.includes('outlineLevel="1"'))).toHaveLength(4);
  expect(rowTags(kept).filter((t) => t.includes('hidden="1"'))).toHaveLength(2);
});
