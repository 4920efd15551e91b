// Gzipped size of the JavaScript a page loads up front (its <script src> tags in dist/).
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";

export function pageScriptSizes(distDir, page) {
  const html = readFileSync(path.join(distDir, page), "utf8");
  const srcs = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((s) => !/^https?:/.test(s));
  const files = srcs.map((src) => {
    const buf = readFileSync(path.join(distDir, src.replace(/^\.?\//, "")));
    return { file: src, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  });
  return { files, gzip: files.reduce((n, f) => n + f.gzip, 0), bytes: files.reduce((n, f) => n + f.bytes, 0) };
}

if (process.argv[1] && process.argv[1].endsWith("bundle-size.mjs")) {
  const dist = path.resolve(process.argv[2] ?? "dist");
  for (const page of ["taskpane.html", "preview.html"]) {
    const s = pageScriptSizes(dist, page);
    console.log(
      `${page}: ${(s.gzip / 1024).toFixed(1)} KB gzipped (${(s.bytes / 1024).toFixed(0)} KB raw) in ${s.files.length} files`,
    );
  }
}
