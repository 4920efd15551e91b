/** A small grid builder: collects values, styles, merges and heights, then yields a GeneratedSheet. */
import type { CellStyle, GeneratedKind, GeneratedSheet, Hyperlink, PlanValue, StyleRun } from "../plan";
import { cellAddress, parseRange, rangeAddress } from "../a1";

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

type Rect = { row: number; col: number; rows: number; cols: number };

function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
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
    if (
      target &&
      target.rect.row + target.rect.rows === rect.row &&
      !out.slice(at! + 1).some((o) => overlaps(o.rect, rect))
    ) {
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

/** Rough number of wrapped lines for text in a cell `width` characters wide. */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.15));
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/** A legal, prefixed Excel table name: letters, digits and underscores, starting with "PC_". */
export function tableName(base: string): string {
  const clean = base.replace(/[^A-Za-z0-9_]/g, "_").replace(/^_+/, "");
  return `PC_${clean || "Table"}`.slice(0, 255);
}
