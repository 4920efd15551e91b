/**
 * The spliced copy's zip writer: parts the copy leaves alone keep the user's compressed bytes and time stamps, parts
 * it writes are compressed anew and stamped 1980-01-01, folder entries and non-ASCII names survive, and the result
 * reads back in JSZip part for part.
 */
import JSZip from "jszip";
import { inflateRawSync } from "zlib";
import { zipBytes } from "../../../src/xlsx/zip-write";

interface Entry {
  name: string;
  method: number;
  time: number;
  date: number;
  data: Buffer;
}

/** Every entry of a zip as stored: name, method, DOS time and date, compressed bytes. */
function entriesOf(buf: Buffer): Entry[] {
  let eocd = buf.length - 22;
  while (buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const out: Entry[] = [];
  let p = buf.readUInt32LE(eocd + 16);
  for (let k = 0; k < buf.readUInt16LE(eocd + 10); k++) {
    const nameLen = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    out.push({
      name: buf.toString("utf8", p + 46, p + 46 + nameLen),
      method: buf.readUInt16LE(p + 10),
      time: buf.readUInt16LE(p + 12),
      date: buf.readUInt16LE(p + 14),
      data: buf.subarray(start, start + buf.readUInt32LE(p + 20)),
    });
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}

async function userZip(): Promise<Buffer> {
  const zip = new JSZip();
  const when = new Date(2024, 4, 17, 9, 30, 10);
  zip.folder("xl");
  zip.file("[Content_Types].xml", "<Types/>", { date: when });
  zip.file("xl/workbook.xml", "<workbook>" + "x".repeat(5000) + "</workbook>", { date: when });
  zip.file("xl/media/Bühne 1.png", Buffer.from([137, 80, 78, 71, 1, 2, 3]), { date: when, compression: "STORE" });
  zip.file("docProps/app.xml", "<Properties/>", { date: when });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 1 } });
}

describe("zipBytes", () => {
  it("keeps the parts it was not told were written as the user's bytes, and writes the others anew", async () => {
    const original = await userZip();
    const zip = await JSZip.loadAsync(original);
    zip.file("xl/workbook.xml", "<workbook>changed</workbook>");
    zip.file("xl/worksheets/sheet9.xml", "<worksheet>new</worksheet>");
    zip.remove("docProps/app.xml");
    const copy = await zipBytes(zip, original, new Set(["xl/workbook.xml", "xl/worksheets/sheet9.xml"]));

    const before = new Map(entriesOf(original).map((e) => [e.name, e]));
    const after = new Map(entriesOf(copy).map((e) => [e.name, e]));
    // The user's folder entries stay (JSZip made them here); the copy adds none for its new part.
    expect([...after.keys()]).toEqual([
      "xl/",
      "[Content_Types].xml",
      "xl/workbook.xml",
      "xl/media/",
      "xl/media/Bühne 1.png",
      "docProps/",
      "xl/worksheets/sheet9.xml",
    ]);
    for (const name of ["xl/", "[Content_Types].xml", "xl/media/", "xl/media/Bühne 1.png"]) {
      // Same compressed bytes (level 1 here: zlib's default level would not give these), method and stamp.
      expect(after.get(name)).toEqual(before.get(name));
    }
    for (const name of ["xl/workbook.xml", "xl/worksheets/sheet9.xml"]) {
      const e = after.get(name)!;
      expect({ method: e.method, time: e.time, date: e.date }).toEqual({ method: 8, time: 0, date: 33 });
    }
    expect(inflateRawSync(after.get("xl/workbook.xml")!.data).toString()).toBe("<workbook>changed</workbook>");

    const again = await JSZip.loadAsync(copy, { checkCRC32: true });
    expect(await again.file("xl/worksheets/sheet9.xml")!.async("string")).toBe("<worksheet>new</worksheet>");
    expect(await again.file("xl/workbook.xml")!.async("string")).toBe("<workbook>changed</workbook>");
    expect([...(await again.file("xl/media/Bühne 1.png")!.async("nodebuffer"))]).toEqual([137, 80, 78, 71, 1, 2, 3]);
  });

  it("writes every part anew where the user's zip cannot be copied from", async () => {
    const original = await userZip();
    const zip = await JSZip.loadAsync(original);
    const copy = await zipBytes(zip, Buffer.from("not a zip"), new Set());
    const again = await JSZip.loadAsync(copy, { checkCRC32: true });
    expect(await again.file("docProps/app.xml")!.async("string")).toBe("<Properties/>");
    expect(entriesOf(copy).map((e) => e.name)).not.toContain("xl/");
  });
});
