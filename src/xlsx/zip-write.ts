/**
 * The spliced copy's zip: the parts the copy did not change go in as the user's file had them, compressed bytes
 * and all; the others are compressed by Node's zlib. JSZip compresses in JavaScript, which took seconds for a copy
 * with hundreds of call sheets; and copying a part's bytes is what "kept byte for byte" means.
 */
import type JSZip from "jszip";
import { crc32, deflateRawSync } from "zlib";
import { entryDataStart, readZipDirectory, type ZipDirectoryEntry } from "./zip-directory";

/** A part's entry in the user's zip directory: enough to copy its compressed bytes. */
type StoredEntry = Pick<ZipDirectoryEntry, "method" | "crc" | "compressedSize" | "size" | "time" | "date"> & {
  dataStart: number;
};

/**
 * The user's entries by name (null where the zip is one this does not copy from: zip64, split). An encrypted or
 * unreadable part is left out: the copy compresses that part itself.
 */
function storedEntries(buf: Buffer): Map<string, StoredEntry> | null {
  const directory = readZipDirectory(buf);
  if (typeof directory === "string") return null;
  const out = new Map<string, StoredEntry>();
  for (const entry of directory) {
    const { name, flags, method, crc, compressedSize, size, time, date } = entry;
    if (flags & 1 || (method !== 0 && method !== 8) || compressedSize === 0xffffffff) continue;
    const dataStart = entryDataStart(buf, entry);
    if (dataStart !== undefined) out.set(name, { method, crc, compressedSize, size, time, date, dataStart });
  }
  return out;
}

/** 1980-01-01 00:00 in DOS form (Excel's own stamp), for the parts the copy writes: a rerun gives the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * The bytes of `zip`, in its order, with every part not in `written` copied from `original` where it has it. Throws
 * where the result would need zip64 (over 4 GB or 65,535 parts): the caller then writes the copy another way.
 */
export async function zipBytes(zip: JSZip, original: Buffer, written: Set<string>): Promise<Buffer> {
  const stored = storedEntries(original) ?? new Map<string, StoredEntry>();
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, file] of Object.entries(zip.files)) {
    const kept = written.has(name) ? undefined : stored.get(name);
    // A folder entry of the user's stays; the copy adds none.
    if (file.dir && !kept) continue;
    let entry: Omit<StoredEntry, "dataStart">;
    let data: Buffer;
    if (kept) {
      entry = kept;
      data = original.subarray(kept.dataStart, kept.dataStart + kept.compressedSize);
    } else {
      const content = await file.async("nodebuffer");
      data = deflateRawSync(content);
      entry = {
        method: 8,
        crc: crc32(content) >>> 0,
        compressedSize: data.length,
        size: content.length,
        time: DOS_TIME,
        date: DOS_DATE,
      };
    }
    const nameBytes = Buffer.from(name, "utf8");
    // Bit 11: the name is UTF-8.
    const flags = /^[\x20-\x7e]*$/.test(name) ? 0 : 0x800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt16LE(entry.time, 10);
    local.writeUInt16LE(entry.date, 12);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.compressedSize, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    local.copy(central, 8, 6, 30);
    central.writeUInt16LE(0, 32);
    central.writeUInt16LE(0, 34);
    central.writeUInt16LE(0, 36);
    central.writeUInt32LE(0, 38);
    if (offset > 0xffffffff) throw new Error("the copy would need zip64");
    central.writeUInt32LE(offset, 42);
    chunks.push(local, nameBytes, data);
    directory.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const entries = directory.length / 2;
  const size = directory.reduce((n, b) => n + b.length, 0);
  if (entries > 0xfffe || offset > 0xffffffff || offset + size > 0xffffffff)
    throw new Error("the copy would need zip64");
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries, 8);
  end.writeUInt16LE(entries, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...directory, end]);
}
