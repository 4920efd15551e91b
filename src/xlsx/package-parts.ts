/**
 * Parts of an OPC package (an .xlsx zip) as JSZip holds them: relationships, the parts one part reaches, and copying
 * parts from the user's file into the copy ExcelJS wrote (renamed where the copy has a part of that name, content
 * types and relationships following). What src/xlsx/drawings.ts and src/xlsx/macros.ts put back is copied this way.
 */
import JSZip from "jszip";
import { attr, folderOf, relativePath, relsPartOf, resolvePart, utf8 } from "./opc";

export const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A package has no folder entries (JSZip adds them for a new path unless told not to). */
export const NO_FOLDERS = { createFolders: false };

export interface Relationship {
  id: string;
  type: string;
  /** Zip path of the target (undefined for an external one). */
  part?: string;
  tag: string;
}

export async function text(zip: JSZip, part: string): Promise<string | undefined> {
  return zip.file(part)?.async("string");
}

export async function relationshipsOf(zip: JSZip, part: string): Promise<Relationship[]> {
  const xml = await text(zip, relsPartOf(part));
  if (!xml) return [];
  return Array.from(xml.matchAll(/<Relationship\b[^>]*>/g), ([tag]) => {
    const target = attr(tag, "Target") ?? "";
    const external = attr(tag, "TargetMode") === "External";
    return {
      id: attr(tag, "Id") ?? "",
      type: attr(tag, "Type") ?? "",
      part: external ? undefined : resolvePart(folderOf(part), target),
      tag,
    };
  });
}

/** Each worksheet's part by sheet name. */
export async function worksheets(zip: JSZip): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const workbook = await text(zip, "xl/workbook.xml");
  if (!workbook) return out;
  const rels = await relationshipsOf(zip, "xl/workbook.xml");
  for (const [tag] of workbook.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
    const id = /\s[\w.-]+:id="([^"]*)"/.exec(tag)?.[1];
    const rel = rels.find((r) => r.id === id);
    if (rel?.part && /\/worksheet$/.test(rel.type)) out.set(attr(tag, "name") ?? "", rel.part);
  }
  return out;
}

/** The package's workbook part (the root relationships' office document). */
export async function workbookPart(zip: JSZip): Promise<string | undefined> {
  return (await relationshipsOf(zip, "")).find((r) => r.type === `${RELATIONSHIPS_NS}/officeDocument`)?.part;
}

/** Every part `root` reaches through relationships (itself first; parts the package lacks left out). */
export async function reachable(zip: JSZip, root: string): Promise<string[]> {
  const parts: string[] = [];
  const seen = new Set<string>();
  const visit = async (part: string) => {
    if (seen.has(part) || !zip.file(part)) return;
    seen.add(part);
    parts.push(part);
    for (const rel of await relationshipsOf(zip, part)) if (rel.part) await visit(rel.part);
  };
  await visit(root);
  return parts;
}

/** Copies parts of the user's file into the copy; `finish` writes the content types they need. */
export class PartCopier {
  private constructor(
    private readonly original: JSZip,
    private readonly copy: JSZip,
    private types: string,
    private readonly theirTypes: string,
  ) {}

  /** Undefined when the copy has no content types part (nothing can be added to it). */
  static async open(original: JSZip, copy: JSZip): Promise<PartCopier | undefined> {
    const types = await text(copy, CONTENT_TYPES);
    return types ? new PartCopier(original, copy, types, (await text(original, CONTENT_TYPES)) ?? "") : undefined;
  }

  /**
   * Copies the parts (with their relationships, retargeted among them) under their own names or, where the copy
   * has that name, a free one next to it (`chart1_2.xml`); returns each part's name in the copy.
   */
  async parts(parts: string[]): Promise<Map<string, string>> {
    const placed = new Map<string, string>();
    const taken = new Set<string>();
    for (const part of parts) {
      let to = part;
      for (let k = 2; this.copy.file(to) || taken.has(to); k++) to = part.replace(/(\.[^./]*)?$/, `_${k}$1`);
      placed.set(part, to);
      taken.add(to);
    }
    for (const [part, to] of placed) {
      this.copy.file(to, await (this.original.file(part) as JSZip.JSZipObject).async("nodebuffer"), NO_FOLDERS);
      const rels = await text(this.original, relsPartOf(part));
      if (rels) {
        const retargeted = rels.replace(/<Relationship\b[^>]*>/g, (tag) => {
          if (attr(tag, "TargetMode") === "External") return tag;
          const moved = placed.get(resolvePart(folderOf(part), attr(tag, "Target") ?? ""));
          return moved ? tag.replace(/\sTarget="[^"]*"/, ` Target="${relativePath(folderOf(to), moved)}"`) : tag;
        });
        this.copy.file(relsPartOf(to), retargeted, NO_FOLDERS);
      }
      this.types = withContentType(this.types, this.theirTypes, part, to);
    }
    return placed;
  }

  /** Adds a relationship from `source` (a part of the copy) to `target`, under an Id its rels do not use. */
  async relate(source: string, type: string, target: string, stem: string): Promise<string> {
    const relsPart = relsPartOf(source);
    const rels =
      (await text(this.copy, relsPart)) ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    let id = `rId${stem}1`;
    for (let k = 2; rels.includes(`Id="${id}"`); k++) id = `rId${stem}${k}`;
    const relationship = `<Relationship Id="${id}" Type="${type}" Target="${relativePath(folderOf(source), target)}"/>`;
    this.copy.file(relsPart, utf8(rels.replace("</Relationships>", `${relationship}</Relationships>`)), NO_FOLDERS);
    return id;
  }

  /** The copy's Override for `part` changed from content type `from` to `to`; whether it was `from`. */
  retype(part: string, from: string, to: string): boolean {
    const ours = overrideOf(this.types, part);
    if (!ours?.includes(`ContentType="${from}"`)) return false;
    this.types = this.types.replace(ours, ours.replace(`ContentType="${from}"`, `ContentType="${to}"`));
    return true;
  }

  finish(): void {
    this.copy.file(CONTENT_TYPES, utf8(this.types), NO_FOLDERS);
  }
}

const CONTENT_TYPES = "[Content_Types].xml";

function overrideOf(types: string, part: string): string | undefined {
  return new RegExp(`<Override\\b[^>]*PartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*>`, "i").exec(
    types,
  )?.[0];
}

/**
 * The copy's content types with part `to` declared as the original declared `part`: its Override, or the Default
 * for its extension when the copy has none for it.
 */
function withContentType(types: string, theirTypes: string, part: string, to: string): string {
  const override = overrideOf(theirTypes, part);
  if (override) {
    if (types.includes(`PartName="/${to}"`)) return types;
    return types.replace("</Types>", `${override.replace(/PartName="[^"]*"/, `PartName="/${to}"`)}</Types>`);
  }
  const extension = /\.([^./]+)$/.exec(part)?.[1];
  if (!extension) return types;
  const hasDefault = (xml: string) => new RegExp(`<Default\\b[^>]*Extension="${extension}"[^>]*>`, "i").exec(xml)?.[0];
  if (hasDefault(types)) return types;
  const theirDefault = hasDefault(theirTypes);
  return theirDefault ? types.replace("</Types>", `${theirDefault}</Types>`) : types;
}
