/**
 * Grouped rows and columns (Data > Group) as the user left them. ExcelJS keeps no `collapsed` mark of its own: it
 * writes one on every row or column whose outline level reaches the sheet's `outlineLevelRow`/`outlineLevelCol`
 * (0 when the file gives none, so every grouped row), and drops the one Excel writes on the summary row or column
 * of a collapsed group. Excel then shows an open group's button as closed, or a closed one as open. The copy's rows
 * and columns take their `collapsed` marks from the original's, and have none where it had none.
 */
import { attr } from "./opc";

const ROW_TAG = /<row\b[^>]*>/g;
const COL_TAG = /<col\b[^>]*>/g;
const COLLAPSED = /\scollapsed="[^"]*"/;

/** Whether a sheet's XML has grouped rows or columns, or a collapsed mark, that the copy must keep. */
export function usesOutline(sheetXml: string): boolean {
  return sheetXml.includes("outlineLevel=") || sheetXml.includes("collapsed=");
}

/** The copy's sheet XML with each row's and column's `collapsed` mark as in the original sheet. */
export function withOutlineOf(original: string, copy: string): string {
  if (!usesOutline(original) && !usesOutline(copy)) return copy;
  const rows = new Map<string, string>();
  for (const [tag] of original.matchAll(ROW_TAG)) {
    const r = attr(tag, "r");
    const mark = COLLAPSED.exec(tag)?.[0];
    if (r !== undefined && mark) rows.set(r, mark);
  }
  // Columns come as ranges, which the copy may split or join: a copy's range takes the mark of the original range
  // holding its first column.
  const cols: { min: number; max: number; mark: string }[] = [];
  for (const [tag] of original.matchAll(COL_TAG)) {
    const mark = COLLAPSED.exec(tag)?.[0];
    if (mark) cols.push({ min: Number(attr(tag, "min")), max: Number(attr(tag, "max")), mark });
  }
  return copy
    .replace(ROW_TAG, (tag) => withMark(tag, rows.get(attr(tag, "r") ?? "")))
    .replace(COL_TAG, (tag) => {
      const min = Number(attr(tag, "min"));
      return withMark(tag, cols.find((c) => c.min <= min && min <= c.max)?.mark);
    });
}

/** A start tag with its collapsed attribute replaced by `mark` (` collapsed="1"`), or removed. */
function withMark(tag: string, mark: string | undefined): string {
  const bare = tag.replace(COLLAPSED, "");
  if (!mark) return bare;
  const end = bare.endsWith("/>") ? bare.length - 2 : bare.length - 1;
  return bare.slice(0, end) + mark + bare.slice(end);
}
