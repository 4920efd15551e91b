/**
 * The zip directory both the fast reader and the copy writer read: every part with its stored sizes and where its
 * bytes start, a comment after the directory skipped, and a cut or foreign file told apart from a readable one.
 */
import JSZip from "jszip";
import { inflateRawSync } from "zlib";
import { entryDataStart, readZipDirectory, type ZipDirectoryEntry } from "../../../src/xlsx/zip-directory";

async function sample(comment?: string): Promise<Buffer> {
  const zip = new JSZip();
  // No folder entries: Excel writes none.
  const createFolders = false;
  zip.file("[Content_Types].xml", "<Types/>", { createFolders });
  zip.file("xl/workbook.xml", "<workbook>".padEnd(5000, "x") + "</workbook>", { createFolders });
  zip.file("xl/stored.txt", "plain", { compression: "STORE", createFolders });
  zip.file("xl/Résumé.xml", "é", { createFolders });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", comment });
}

function entries(buf: Buffer): ZipDirectoryEntry[] {
  const read = readZipDirectory(buf);
  if (typeof read === "string") throw new Error(read);
  return read;
}

function contentOf(buf: Buffer, entry: ZipDirectoryEntry): string {
  const start = entryDataStart(buf, entry);
  if (start === undefined) throw new Error(`no data for ${entry.name}`);
  const data = buf.subarray(start, start + entry.compressedSize);
  return (entry.method === 8 ? inflateRawSync(data) : data).toString("utf8");
}

describe("readZipDirectory", () => {
  it("lists every part in stored order, with methods and sizes that give back its content", async () => {
    const buf = await sample();
    const read = entries(buf);
    expect(read.map((e) => e.name)).toEqual([
      "[Content_Types].xml",
      "xl/workbook.xml",
      "xl/stored.txt",
      "xl/Résumé.xml",
    ]);
    expect(read.find((e) => e.name === "xl/stored.txt")?.method).toBe(0);
    expect(read.find((e) => e.name === "xl/workbook.xml")?.method).toBe(8);
    for (const e of read) expect(Buffer.byteLength(contentOf(buf, e))).toBe(e.size);
    expect(contentOf(buf, read[3])).toBe("é");
  });

  it("finds the directory behind a zip comment", async () => {
    const buf = await sample("written by a scheduling tool");
    expect(entries(buf)).toHaveLength(4);
  });

  it.each([
    ["a file that is no zip", () => Buffer.from("ID,Date\n1,2026-03-02\n".repeat(10)), "no zip directory"],
    ["an empty file", () => Buffer.alloc(0), "no zip directory"],
  ])("says why it cannot read %s", (_name, make, reason) => {
    expect(readZipDirectory(make())).toBe(reason);
  });

  it("says the directory is bad where it points past the file's end", async () => {
    const buf = Buffer.from(await sample());
    const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    buf.writeUInt32LE(buf.length - 30, eocd + 16);
    expect(readZipDirectory(buf)).toBe("bad zip directory");
  });

  it("gives no data start for a part whose bytes were cut off", async () => {
    const buf = await sample();
    const big = entries(buf).find((e) => e.name === "xl/workbook.xml") as ZipDirectoryEntry;
    expect(entryDataStart(buf, big)).toBeDefined();
    expect(entryDataStart(buf, { ...big, compressedSize: buf.length })).toBeUndefined();
    expect(entryDataStart(buf, { ...big, localOffset: big.localOffset + 1 })).toBeUndefined();
  });
});
