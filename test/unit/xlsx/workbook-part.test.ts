/**
 * A package whose workbook part is not at xl/workbook.xml (the root relationships say where it is, as OPC has it;
 * Excel and LibreOffice open such files), with its shared strings and styles under other names too: the fast
 * reader finds every part through relationships and reads the same workbook, and the CLI's copy keeps that layout.
 * It used to say "the workbook has no worksheets".
 */
import JSZip from "jszip";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../../src/cli/main";
import { captureIO } from "../../../src/cli/io";
import { snapshotFromXlsxBuffer, worksheetParts } from "../../../src/xlsx/fast-read";
import { editPart } from "../../helpers/zip-parts";

const SAMPLE = path.join(__dirname, "../../../assets/sample-production.xlsx");

/** Moves part `from` to `to` (and its rels part with it). */
async function move(zip: JSZip, from: string, to: string): Promise<void> {
  const rels = (part: string) => part.replace(/([^/]+)$/, "_rels/$1.rels");
  for (const [a, b] of [
    [from, to],
    [rels(from), rels(to)],
  ]) {
    const file = zip.file(a);
    if (!file) continue;
    zip.file(b, await file.async("nodebuffer"));
    zip.remove(a);
  }
}

/** The sample with its workbook at xl/book.xml, shared strings at xl/text/words.xml and styles at xl/looks.xml. */
async function movedSample(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await fs.readFile(SAMPLE));
  await move(zip, "xl/workbook.xml", "xl/book.xml");
  await move(zip, "xl/sharedStrings.xml", "xl/text/words.xml");
  await move(zip, "xl/styles.xml", "xl/looks.xml");
  await editPart(zip, "_rels/.rels", (xml) => xml.replace('Target="xl/workbook.xml"', 'Target="xl/book.xml"'));
  await editPart(zip, "xl/_rels/book.xml.rels", (xml) =>
    xml
      .replace('Target="sharedStrings.xml"', 'Target="text/words.xml"')
      .replace('Target="styles.xml"', 'Target="looks.xml"'),
  );
  await editPart(zip, "[Content_Types].xml", (xml) =>
    xml
      .replace('PartName="/xl/workbook.xml"', 'PartName="/xl/book.xml"')
      .replace('PartName="/xl/sharedStrings.xml"', 'PartName="/xl/text/words.xml"')
      .replace('PartName="/xl/styles.xml"', 'PartName="/xl/looks.xml"'),
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

test("the moved parts are where the test says (the sample has every one of them)", async () => {
  const zip = await JSZip.loadAsync(await movedSample());
  for (const part of ["xl/book.xml", "xl/_rels/book.xml.rels", "xl/text/words.xml", "xl/looks.xml"])
    expect(zip.file(part)).not.toBeNull();
  expect(zip.file("xl/workbook.xml")).toBeNull();
  expect(zip.file("xl/sharedStrings.xml")).toBeNull();
});

test("the fast reader reads the moved package as the original, text, dates and tables alike", async () => {
  const original = snapshotFromXlsxBuffer(await fs.readFile(SAMPLE), "sample.xlsx");
  const moved = snapshotFromXlsxBuffer(await movedSample(), "sample.xlsx");
  expect(moved.sheets.map((s) => s.name)).toEqual(original.sheets.map((s) => s.name));
  expect(moved).toEqual(original);
  expect([...worksheetParts(await movedSample()).keys()]).toEqual(original.sheets.map((s) => s.name));
});

test("the CLI checks the moved package and its copy keeps the user's layout", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "pc-workbook-part-"));
  try {
    const input = path.join(dir, "moved.xlsx");
    await fs.writeFile(input, await movedSample());
    const plain = captureIO();
    expect(await main(["check", SAMPLE, "--json", "-"], plain)).not.toBe(2);
    const io = captureIO();
    const out = path.join(dir, "out.xlsx");
    expect(await main(["check", input, "--json", "-", "--out", out], io)).not.toBe(2);
    const conflicts = (text: string[]) => JSON.parse(text.join("")).conflicts;
    expect(conflicts(io.out)).toEqual(conflicts(plain.out));
    const copy = await JSZip.loadAsync(await fs.readFile(out));
    expect(copy.file("xl/book.xml")).not.toBeNull();
    const sheets = snapshotFromXlsxBuffer(await fs.readFile(out)).sheets;
    expect(sheets.find((s) => s.name === "Conflicts")?.generated).toBe(true);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
