/**
 * Draws the add-in's icons (a clapperboard with a check mark) as PNGs in assets/, without any image library.
 * Run: npx tsx scripts/make-icons.ts
 */
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

type RGBA = [number, number, number, number];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size: number, pixel: (x: number, y: number) => RGBA): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const p = pixel(x, y);
      raw.set(p, y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const sig = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([sig, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

const TEAL: RGBA = [16, 110, 120, 255];
const DARK: RGBA = [32, 32, 40, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const CLEAR: RGBA = [0, 0, 0, 0];

/** Clapperboard in unit coordinates: striped top bar, dark slate, white check mark. */
function icon(u: number, v: number): RGBA {
  if (u < 0.06 || u > 0.94 || v < 0.12 || v > 0.92) return CLEAR;
  if (v < 0.32) return Math.floor((u + v) * 6) % 2 === 0 ? WHITE : DARK;
  if (v < 0.37) return CLEAR;
  // check mark: two thick strokes
  const d1 = Math.abs(v - (0.62 + (u - 0.3)));
  const d2 = Math.abs(v - (0.76 - (u - 0.45) * 1.1));
  if ((u > 0.28 && u < 0.46 && d1 < 0.07) || (u >= 0.44 && u < 0.76 && d2 < 0.07)) return WHITE;
  return TEAL;
}

for (const size of [16, 32, 64, 80, 128]) {
  const file = join(__dirname, "..", "assets", `icon-${size}.png`);
  writeFileSync(
    file,
    png(size, (x, y) => icon((x + 0.5) / size, (y + 0.5) / size)),
  );
}
writeFileSync(
  join(__dirname, "..", "assets", "logo-filled.png"),
  png(300, (x, y) => icon((x + 0.5) / 300, (y + 0.5) / 300)),
);
console.log("icons written to assets/");
