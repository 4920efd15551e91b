/**
 * What every reader of an .xlsx package here needs: attribute values of an XML tag, and the package's part names
 * (OPC): where a part's relationships are, and relationship targets to and from zip paths. The fast reader, the
 * copy's restorers and the part copier share them.
 */

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Text as XML element content: `&`, `<` and `>` escaped. */
export function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Text as a double-quoted XML attribute value. */
export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, "&quot;");
}

/** XML text with its character and entity references resolved. */
export function decodeXml(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ent: string) => {
    if (ent[0] === "#") {
      const code = ent[1] === "x" ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ent] ?? whole;
  });
}

/** The value of attribute `name` inside the tag text `tag` (e.g. `<c r="A1" t="s">`), decoded. */
export function attr(tag: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const i = tag.indexOf(name + "=", from);
    if (i < 0) return undefined;
    const before = tag.charCodeAt(i - 1);
    // Whole attribute names only (not `r` inside `spans` or `ref`): preceded by whitespace.
    if (before === 32 || before === 9 || before === 10 || before === 13) {
      const q = tag[i + name.length + 1];
      const end = tag.indexOf(q, i + name.length + 2);
      return decodeXml(tag.slice(i + name.length + 2, end));
    }
    from = i + 1;
  }
}

/** The folder of a part: `xl/worksheets/sheet1.xml` -> `xl/worksheets` (the package root: ""). */
export function folderOf(part: string): string {
  return part.slice(0, Math.max(0, part.lastIndexOf("/")));
}

/** A part's relationships part: `xl/worksheets/sheet1.xml` -> `xl/worksheets/_rels/sheet1.xml.rels` ("" -> `_rels/.rels`). */
export function relsPartOf(part: string): string {
  const at = part.lastIndexOf("/");
  return at < 0 ? `_rels/${part}.rels` : `${part.slice(0, at)}/_rels/${part.slice(at + 1)}.rels`;
}

/**
 * A relationship target relative to the folder of its source part -> a zip path. A target is a URI: a part named
 * `cast sheet.xml` is the target `cast%20sheet.xml`.
 */
export function resolvePart(folder: string, uri: string): string {
  let target = uri;
  if (target.includes("%"))
    try {
      target = decodeURIComponent(target);
    } catch {
      // Not percent-encoding after all: the name as written.
    }
  if (target.startsWith("/")) return target.slice(1);
  const parts = folder ? folder.split("/") : [];
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** The relative target from folder `from` to part `to` (both zip paths). */
export function relativePath(from: string, to: string): string {
  const a = from ? from.split("/") : [];
  const b = to.split("/");
  let shared = 0;
  while (shared < a.length && shared < b.length - 1 && a[shared] === b[shared]) shared++;
  return [...a.slice(shared).map(() => ".."), ...b.slice(shared)].join("/");
}

/** SpreadsheetML's main namespace. */
export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/**
 * A part written with a prefix for the main namespace (`<x:worksheet xmlns:x="…/main">`, as the .NET SDK writes
 * parts) in the plain form: the same XML to any reader, and the form every reader and writer here scans for.
 * Anything else is returned as it is.
 */
export function plainXml(xml: string): string {
  let at = xml.indexOf("<");
  while (at >= 0 && (xml[at + 1] === "?" || xml[at + 1] === "!")) at = xml.indexOf("<", at + 1);
  if (at < 0) return xml;
  const root = xml.slice(at, xml.indexOf(">", at) + 1);
  const prefix = /^<([A-Za-z_][\w.-]*):/.exec(root)?.[1];
  if (!prefix || /\sxmlns="/.test(root) || attr(root, `xmlns:${prefix}`) !== MAIN_NS) return xml;
  return xml
    .replace(new RegExp(`<(/?)${prefix}:`, "g"), "<$1")
    .replace(`xmlns:${prefix}="${MAIN_NS}"`, () => `xmlns="${MAIN_NS}"`);
}

/**
 * A part's text as the bytes that go into a zip. JSZip encodes a string in pieces of 16,384 characters and turns an
 * emoji (a surrogate pair) cut by a piece's end into two U+FFFD (g42): every part the CLI writes goes in as bytes.
 */
export function utf8(xml: string): Buffer {
  return Buffer.from(xml, "utf8");
}

/**
 * Cell text as OOXML stores it decoded: `_xHHHH_` is the character HHHH (Excel writes a carriage return as `_x000D_`,
 * and a `_x` of the text's own with its underscore as `_x005F_`), as Excel and Office.js show it.
 */
export function decodeXstring(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
