/** A small grid builder: collects values, styles, merges and heights, then yields a GeneratedSheet. */
import type { CellStyle, GeneratedKind, GeneratedSheet, Hyperlink, PlanValue, StyleRun } from "../plan";
import { cellAddress, parseRange, rangeAddress, rectsOverlap, type Rect } from "../a1";

/** Points per text line at the default 11 pt font. */
export const LINE_HEIGHT = 15;

export class SheetBuilder {
  private readonly rows = new Map<number, PlanValue[]>();
  readonly styles: StyleRun[] = [];
  readonly merges: string[] = [];
  readonly rowHeights: Record<number, number> = {};
  readonly hyperlinks: Hyperlink[] = [];
  /** Last row written to (values, styles or merges). */
  lastRow = 0;
  lastCol = 0;

  private touch(row: number, col: number): void {
    if (row > this.lastRow) this.lastRow = row;
    if (col > this.lastCol) this.lastCol = col;
  }

  /** Put one value; undefined and null leave the cell empty. */
  set(row: number, col: number, value: PlanValue | undefined): void {
    this.touch(row, col);
    let r = this.rows.get(row);
    if (!r) this.rows.set(row, (r = []));
    r[col - 1] = value ?? null;
  }

  /** Put values left to right from (row, col). */
  setRow(row: number, col: number, values: (PlanValue | undefined)[]): void {
    values.forEach((v, i) => this.set(row, col + i, v));
  }

  style(row: number, col: number, rows: number, cols: number, style: CellStyle): void {
    if (rows < 1 || cols < 1) return;
    this.touch(row + rows - 1, col + cols - 1);
    this.styles.push({ range: rangeAddress(row, col, rows, cols), style });
  }

  /** Merge a rectangle (no-op for one cell). */
  merge(row: number, col: number, rows: number, cols: number): void {
    if (rows * cols <= 1) return;
    this.touch(row + rows - 1, col + cols - 1);
    this.merges.push(rangeAddress(row, col, rows, cols));
  }

  link(row: number, col: number, sheet: string, range: string, text: string): void {
    this.set(row, col, text);
    this.hyperlinks.push({ cell: cellAddress(row, col), sheet, range, text });
  }

  height(row: number, points: number): void {
    this.rowHeights[row] = Math.max(this.rowHeights[row] ?? 0, points);
  }

  /**
   * A row of wrapped text as tall as its most `lines` (at 11 pt): written, since a renderer that does not fit rows on
   * opening prints the rest over the next row; one line keeps the default height.
   */
  fitLines(row: number, lines: number): void {
    if (lines > 1) this.height(row, linesHeight(lines));
  }

  /** The used rectangle A1:<lastCol><lastRow> (at least A1). */
  usedRange(cols = this.lastCol): string {
    return rangeAddress(1, 1, Math.max(1, this.lastRow), Math.max(1, cols));
  }

  /** One dense block from A1 so executors make a single write. */
  build(
    key: string,
    kind: GeneratedKind,
    name: string,
    columnWidths: number[],
    extra: Partial<GeneratedSheet> = {},
  ): GeneratedSheet {
    const width = Math.max(this.lastCol, 1);
    const values: PlanValue[][] = [];
    for (let r = 1; r <= Math.max(this.lastRow, 1); r++) {
      const src = this.rows.get(r) ?? [];
      const line: PlanValue[] = [];
      for (let c = 0; c < width; c++) line.push(src[c] ?? null);
      values.push(line);
    }
    const sheet: GeneratedSheet = {
      key,
      kind,
      name,
      blocks: [{ at: "A1", values }],
      styles: compactStyles(this.styles),
      merges: this.merges,
      columnWidths,
      hyperlinks: this.hyperlinks,
      ...extra,
    };
    if (Object.keys(this.rowHeights).length > 0) sheet.rowHeights = this.rowHeights;
    return sheet;
  }
}

/** Whether a run after `at` in `runs` overlaps `rect` (a scan, not a copy of the list: calls sheets have thousands). */
function overlapsAfter(runs: { rect: Rect }[], at: number, rect: Rect): boolean {
  for (let k = at + 1; k < runs.length; k++) if (rectsOverlap(runs[k].rect, rect)) return true;
  return false;
}

/**
 * Fewer, larger style runs with the same result: a run is folded into an earlier run of the same style
 * and columns that ends on the row above, when no run in between touches its cells (styles apply in
 * order, so a run may only move earlier past runs it does not overlap). Per-row fills of a sorted list
 * become one rectangle per colour band.
 */
export function compactStyles(runs: StyleRun[]): StyleRun[] {
  const out: { rect: Rect; style: StyleRun["style"]; key: string }[] = [];
  /** Open rectangle per (style, columns): its index in `out`. */
  const open = new Map<string, number>();
  for (const run of runs) {
    const rect = parseRange(run.range);
    if (!rect) {
      out.push({ rect: { row: 0, col: 0, rows: 0, cols: 0 }, style: run.style, key: run.range });
      continue;
    }
    const key = `${JSON.stringify(run.style)}|${rect.col}|${rect.cols}`;
    const at = open.get(key);
    const target = at === undefined ? undefined : out[at];
    if (target && target.rect.row + target.rect.rows === rect.row && !overlapsAfter(out, at as number, rect)) {
      target.rect.rows += rect.rows;
      continue;
    }
    open.set(key, out.length);
    out.push({ rect: { ...rect }, style: run.style, key });
  }
  return out.map((o) =>
    o.rect.rows === 0
      ? { range: o.key, style: o.style }
      : { range: rangeAddress(o.rect.row, o.rect.col, o.rect.rows, o.rect.cols), style: o.style },
  );
}

/**
 * Widths of the printable ASCII characters (space to "~") in digit widths, the unit of column widths, in the
 * two fonts a generated sheet prints in: Calibri (measured on its metric twin Carlito), Excel's default, and
 * DejaVu Sans, which LibreOffice prints when Calibri is missing; each in its own digits.
 */
// prettier-ignore
const CALIBRI = [
  0.45, 0.64, 0.79, 0.98, 1, 1.41, 1.35, 0.44, 0.6, 0.6, 0.98, 0.98, 0.49, 0.6, 0.5, 0.76,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.53, 0.53, 0.98, 0.98, 0.98, 0.91,
  1.76, 1.14, 1.07, 1.05, 1.21, 0.96, 0.91, 1.24, 1.23, 0.5, 0.63, 1.03, 0.83, 1.69, 1.27, 1.31,
  1.02, 1.33, 1.07, 0.91, 0.96, 1.27, 1.12, 1.76, 1.02, 0.96, 0.92, 0.61, 0.76, 0.61, 0.98, 0.98,
  0.57, 0.95, 1.04, 0.83, 1.04, 0.98, 0.6, 0.93, 1.04, 0.45, 0.47, 0.9, 0.45, 1.58, 1.04, 1.04,
  1.04, 1.04, 0.69, 0.77, 0.66, 1.04, 0.89, 1.41, 0.85, 0.89, 0.78, 0.62, 0.91, 0.62, 0.98,
];
// prettier-ignore
const DEJAVU_SANS = [
  0.5, 0.63, 0.72, 1.32, 1, 1.49, 1.23, 0.43, 0.61, 0.61, 0.79, 1.32, 0.5, 0.57, 0.5, 0.53,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.53, 0.53, 1.32, 1.32, 1.32, 0.83,
  1.57, 1.08, 1.08, 1.1, 1.21, 0.99, 0.9, 1.22, 1.18, 0.46, 0.46, 1.03, 0.88, 1.36, 1.18, 1.24,
  0.95, 1.24, 1.09, 1, 0.96, 1.15, 1.08, 1.55, 1.08, 0.96, 1.08, 0.61, 0.53, 0.61, 1.32, 0.79,
  0.79, 0.96, 1, 0.86, 1, 0.97, 0.55, 1, 1, 0.44, 0.44, 0.91, 0.44, 1.53, 1, 0.96,
  1, 1, 0.65, 0.82, 0.62, 1, 0.93, 1.29, 0.93, 0.93, 0.83, 1, 0.53, 1, 1.32,
];
/** Any other character: as wide as a capital; "—" wider, and east Asian characters a full em (two digits). */
const OTHER_WIDTH = 1.1;
const EM_DASH_WIDTH = 1.8;
const WIDE_WIDTH = 2;
/** Bold text is up to a tenth wider. */
const BOLD_FACTOR = 1.1;
/** Digit widths a cell loses to its left and right padding. */
const CELL_PADDING = 1;
/** Excel's tallest row, in points. */
export const MAX_ROW_HEIGHT = 409;

export interface TextLook {
  bold?: boolean;
  /** Points; 11 when not given. */
  fontSize?: number;
}

function charWidth(font: number[], code: number): number {
  if (code >= 32 && code < 127) return font[code - 32];
  if (code === 0x2014) return EM_DASH_WIDTH;
  // CJK, Hangul and full-width forms.
  const wide =
    (code >= 0x2e80 && code < 0xd800) || (code >= 0xf900 && code < 0xfb00) || (code >= 0xff00 && code < 0xff61);
  return wide ? WIDE_WIDTH : OTHER_WIDTH;
}

function widthIn(font: number[], text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) w += charWidth(font, text.charCodeAt(i));
  return w;
}

/** Width of one line of text in digit widths at 11 pt: the wider of the two fonts. */
export function textWidth(text: string): number {
  return Math.max(widthIn(CALIBRI, text), widthIn(DEJAVU_SANS, text));
}

function linesIn(font: number[], text: string, room: number, scale: number): number {
  const space = font[0] * scale;
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(" ")) {
      let w = widthIn(font, word) * scale;
      const gap = used > 0 ? space : 0;
      if (used + gap + w <= room) {
        used += gap + w;
        continue;
      }
      if (used > 0) lines++;
      for (; w > room; w -= room) lines++;
      used = w;
    }
  }
  return lines;
}

/**
 * Lines text takes in a wrapped cell `width` characters wide (a column width, or the sum of a merged area's):
 * each line break starts a line, words wrap at spaces, a word longer than a line breaks inside. A deterministic
 * estimate from character widths, the more of the two fonts, so a row sized by it does not cut its text.
 */
export function wrappedLines(text: string, width: number, look: TextLook = {}): number {
  const scale = ((look.fontSize ?? 11) / 11) * (look.bold ? BOLD_FACTOR : 1);
  const room = Math.max(1, width - CELL_PADDING);
  return Math.max(linesIn(CALIBRI, text, room, scale), linesIn(DEJAVU_SANS, text, room, scale));
}

/** Points a row needs for `lines` lines of text at `fontSize`, at most Excel's tallest row. */
export function linesHeight(lines: number, fontSize = 11): number {
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * LINE_HEIGHT * (fontSize / 11)));
}

/** A legal, prefixed Excel table name: letters, digits and underscores, starting with "PC_". */
export function tableName(base: string): string {
  const clean = base.replace(/[^A-Za-z0-9_]/g, "_").replace(/^_+/, "");
  return `PC_${clean || "Table"}`.slice(0, 255);
}
