/**
 * Where printed pages end: how much of a sheet fits on one page when its columns are fitted to the page width,
 * and a pager that follows the rows down the pages and notes manual breaks. Row heights are the plan's own
 * (or the 15 pt default), so the estimate is deterministic and the same for both executors.
 */
import { LINE_HEIGHT } from "./sheet-builder";

/** US Letter, portrait, with Excel's Normal margins (0.7 in left and right, 0.75 in top and bottom), in points. */
export const LETTER_PORTRAIT = { width: (8.5 - 2 * 0.7) * 72, height: (11 - 2 * 0.75) * 72 };

/**
 * Points per character of column width at the narrowest the sheet prints: Excel draws a column of width w as
 * 7w pixels (Calibri 11 at 96 dpi), 0.75 pt a pixel. A wider rendering (Office.js sets widths 5 px wider,
 * LibreOffice without Calibri measures with a wider font) is shrunk more to fit the page and holds more rows.
 */
const POINTS_PER_CHAR = 5.25;

/** Share of each page filled, the rest left for text that wraps into more lines than estimated. */
const FILL = 0.97;

/**
 * Sheet points (summed row heights) that one printed page holds when the columns are fitted to one page
 * wide: the printable height over the zoom, which Excel takes as a whole percent rounded down.
 */
export function pageHeightPoints(columnWidths: number[], page = LETTER_PORTRAIT): number {
  const sheetWidth = columnWidths.reduce((s, w) => s + w, 0) * POINTS_PER_CHAR;
  const zoom = Math.min(100, Math.floor((100 * page.width) / Math.max(sheetWidth, 1))) / 100;
  return Math.floor((page.height / zoom) * FILL);
}

/** A row's height in points: the plan's, else the default. */
export function rowPoints(heights: Record<number, number>, row: number): number {
  return heights[row] ?? LINE_HEIGHT;
}

/**
 * Follows rows down the printed pages. The title rows repeat at the top of every page, so a page after a
 * break holds `pageHeight - titleHeight` of other rows.
 */
export class Pager {
  /** Rows that start a new page. */
  readonly breaks: number[] = [];
  private left: number;

  constructor(
    readonly pageHeight: number,
    readonly titleHeight: number,
  ) {
    this.left = pageHeight;
  }

  /** Points left on the current page. */
  get room(): number {
    return this.left;
  }

  /** Points a fresh page holds below the repeated title rows. */
  get fullPage(): number {
    return this.pageHeight - this.titleHeight;
  }

  take(points: number): void {
    this.left -= points;
  }

  /** A manual break above `row`: it starts the next page. */
  breakBefore(row: number): void {
    if (this.breaks[this.breaks.length - 1] !== row) this.breaks.push(row);
    this.left = this.fullPage;
  }
}

/**
 * Manual page breaks for a sheet printed one page wide without repeated title rows, so that no run of rows in `keep`
 * (first and last row, inclusive) that fits on a page is cut: a run that would cross a page's end starts the next page.
 * Breaks fall where the rows run out of room otherwise, as the printer's own would.
 */
export function keepTogetherBreaks(
  heights: Record<number, number>,
  lastRow: number,
  pageHeight: number,
  keep: readonly [number, number][],
): number[] {
  const runEnd = new Map<number, number>();
  for (const [from, to] of keep) runEnd.set(from, Math.max(to, runEnd.get(from) ?? to));
  const pager = new Pager(pageHeight, 0);
  for (let row = 1; row <= lastRow; row++) {
    const end = runEnd.get(row);
    let run = 0;
    if (end !== undefined) for (let r = row; r <= end; r++) run += rowPoints(heights, r);
    const height = rowPoints(heights, row);
    if (pager.room < pager.fullPage && ((run > pager.room && run <= pager.fullPage) || height > pager.room)) {
      pager.breakBefore(row);
    }
    pager.take(height);
  }
  return pager.breaks;
}
