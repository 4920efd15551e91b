/**
 * What a generated sheet's cells look like once its style runs are applied in order, one look per styled cell. Both
 * file writers start from this: the ExcelJS executor (write.ts) sets each look on its cell, the spliced copy's own
 * writer (generated-xml.ts) turns each into a style record. A later run changes only what it says: a bold run over a
 * coloured font keeps the colour, a bottom border keeps the other sides.
 */
import type { CellStyle, GeneratedSheet, PlanValue } from "../core/plan";
import { cellKey, parseRange } from "../core/a1";

export type BorderStyle = "thin" | "medium";

export interface CellLook {
  /** Set once a run changes the font: Calibri 11 (Excel's default) with the runs' changes. */
  font?: { bold?: boolean; italic?: boolean; size: number; color?: string };
  /** ARGB of a solid fill. */
  fill?: string;
  alignment?: { horizontal?: "left" | "center" | "right"; vertical?: "top" | "middle" | "bottom"; wrapText?: boolean };
  border?: { top?: BorderStyle; left?: BorderStyle; bottom?: BorderStyle; right?: BorderStyle };
  numFmt?: string;
}

/** The font a generated cell starts from: Excel's default. */
export const BASE_FONT = { name: "Calibri", family: 2, size: 11 } as const;

/** "#RRGGBB" -> ARGB ("FFRRGGBB"); null for anything else. */
export function toArgb(color: string | undefined): string | null {
  if (!color) return null;
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  return m ? `FF${m[1].toUpperCase()}` : null;
}

/** `look` with `style` applied over it (a new object where anything changes). */
export function withStyle(look: CellLook, style: CellStyle): CellLook {
  const out: CellLook = { ...look };
  if (
    style.bold !== undefined ||
    style.italic !== undefined ||
    style.fontSize !== undefined ||
    toArgb(style.fontColor)
  ) {
    const font = { ...(look.font ?? { size: BASE_FONT.size }) };
    if (style.bold !== undefined) font.bold = style.bold;
    if (style.italic !== undefined) font.italic = style.italic;
    if (style.fontSize !== undefined) font.size = style.fontSize;
    const color = toArgb(style.fontColor);
    if (color) font.color = color;
    out.font = font;
  }
  const fill = toArgb(style.fill);
  if (fill) out.fill = fill;
  if (style.hAlign || style.vAlign || style.wrap !== undefined) {
    const alignment = { ...(look.alignment ?? {}) };
    if (style.hAlign) alignment.horizontal = style.hAlign;
    if (style.vAlign) alignment.vertical = style.vAlign;
    if (style.wrap !== undefined) alignment.wrapText = style.wrap;
    out.alignment = alignment;
  }
  if (style.border === "thin" || style.border === "medium")
    out.border = { top: style.border, left: style.border, bottom: style.border, right: style.border };
  else if (style.border === "bottom") out.border = { ...(look.border ?? {}), bottom: "thin" };
  if (style.numberFormat) out.numFmt = style.numberFormat;
  return out;
}

/**
 * Each styled cell's look (by cellKey), the sheet's runs applied in their order. Runs that share a range and follow
 * one another share their work: a sheet's runs come in long stretches over the same cells (a call sheet's rows).
 */
export function cellLooks(sheet: GeneratedSheet): Map<number, CellLook> {
  const looks = new Map<number, CellLook>();
  // Cells with the same look before a run have the same look after it: one new object per distinct look and run.
  for (const run of sheet.styles) {
    const r = parseRange(run.range);
    if (!r) continue;
    const after = new Map<CellLook | undefined, CellLook>();
    for (let i = 0; i < r.rows; i++)
      for (let j = 0; j < r.cols; j++) {
        const key = cellKey(r.row + i, r.col + j);
        const before = looks.get(key);
        let look = after.get(before);
        if (!look) after.set(before, (look = withStyle(before ?? {}, run.style)));
        looks.set(key, look);
      }
  }
  return looks;
}

/**
 * An Excel table's column names from its header cells: text, unique (case-insensitively) and never empty, as Excel
 * requires; the header cells are written with these names.
 */
export function tableColumnNames(header: (PlanValue | undefined)[]): string[] {
  const seen = new Set<string>();
  return header.map((v, j) => {
    let name = v === null || v === undefined || v === "" ? `Column${j + 1}` : String(v);
    while (seen.has(name.toLowerCase())) name = `${name} ${j + 1}`;
    seen.add(name.toLowerCase());
    return name;
  });
}
