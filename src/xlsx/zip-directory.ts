/**
 * A zip's central directory, read straight from the file's bytes: the fast reader finds its parts with it, and the
 * copy writer finds the user's compressed parts to copy. Plain zips only (no zip64, no split archives).
 */

/** One part as the directory stores it. */
export interface ZipDirectoryEntry {
  /** The name as stored (the fast reader tidies backslashes and a leading slash; the copy writer keeps it). */
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  time: number;
  date: number;
  localOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** The directory's entries in stored order, or why there are none to read ("no zip directory", "zip64", ...). */
export function readZipDirectory(buf: Buffer): ZipDirectoryEntry[] | string {
  let eocd = -1;
  // The end record sits in the last 22 bytes plus a comment of up to 65,535.
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--)
    if (buf.readUInt32LE(i) === END_OF_DIRECTORY) {
      eocd = i;
      break;
    }
  if (eocd < 0) return "no zip directory";
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || p === 0xffffffff) return "zip64";
  const entries: ZipDirectoryEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== DIRECTORY_ENTRY) return "bad zip directory";
    const nameLength = buf.readUInt16LE(p + 28);
    if (p + 46 + nameLength > buf.length) return "bad zip directory";
    entries.push({
      name: buf.toString("utf8", p + 46, p + 46 + nameLength),
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      time: buf.readUInt16LE(p + 12),
      date: buf.readUInt16LE(p + 14),
      crc: buf.readUInt32LE(p + 16),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

/**
 * Where an entry's compressed bytes start, after its local header (whose name and extra field may differ in length
 * from the directory's); undefined where no local header is there or the bytes would run past the file's end.
 */
export function entryDataStart(buf: Buffer, entry: ZipDirectoryEntry): number | undefined {
  const p = entry.localOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL_HEADER) return undefined;
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  return start + entry.compressedSize <= buf.length ? start : undefined;
}
