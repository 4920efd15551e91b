/**
 * Highlights on the user's sheets: conflict cells grouped by sheet and severity, an error cell never
 * also listed as a warning, adjacent cells merged into rectangles, busy rows collapsed to one span.
 */
import type { Highlight } from "../plan";
import type { Conflict, Severity } from "../report";
import type { Model } from "../model";
import { parseRange, rangeAddress } from "../a1";

export const DEFAULT_COLORS: Record<Severity, string> = { error: "#F4B6B6", warning: "#FFE699" };

/** More separate runs than this on one row become one span across the row's table. */
export const MAX_RUNS_PER_ROW = 3;
/** Guard against absurd ranges in the input (a whole column would mean a million cells). */
const MAX_CELLS_PER_REF = 20000;

type CellSet = Map<number, Set<number>>; // row -> columns

interface Run {
  row: number;
  from: number;
  to: number;
}

function addRef(set: CellSet, address: string): void {
  const r = parseRange(address);
  if (!r || r.rows * r.cols > MAX_CELLS_PER_REF) return;
  for (let row = r.row; row < r.row + r.rows; row++) {
    let cols = set.get(row);
    if (!cols) set.set(row, (cols = new Set()));
    for (let col = r.col; col < r.col + r.cols; col++) cols.add(col);
  }
}

/** The columns of the table that holds `row` on `sheet` (from its header), when the model knows it. */
function tableColumns(model: Model, sheet: string, row: number): { from: number; to: number } | null {
  let best: { headerRow: number; from: number; to: number } | null = null;
  for (const t of model.tables) {
    if (t.sheet !== sheet) continue;
    const h = parseRange(t.headerAddress);
    if (!h || h.row >= row || (best && best.headerRow > h.row)) continue;
    best = { headerRow: h.row, from: h.col, to: h.col + h.cols - 1 };
  }
  return best;
}

/** Maximal runs of consecutive columns in `cols` (sorted). */
function runsOf(row: number, cols: number[]): Run[] {
  const runs: Run[] = [];
  for (const c of cols) {
    const last = runs[runs.length - 1];
    if (last && c === last.to + 1) last.to = c;
    else runs.push({ row, from: c, to: c });
  }
  return runs;
}

/** Runs covering [from, to] minus the `blocked` columns. */
function spanAvoiding(row: number, from: number, to: number, blocked: Set<number> | undefined): Run[] {
  const cols: number[] = [];
  for (let c = from; c <= to; c++) if (!blocked?.has(c)) cols.push(c);
  return runsOf(row, cols);
}

/** Stacks runs with the same columns on consecutive rows into rectangles. */
function rectangles(runs: Run[]): string[] {
  const open = new Map<string, { row: number; rows: number; from: number; to: number }>();
  const done: { row: number; rows: number; from: number; to: number }[] = [];
  const sorted = [...runs].sort((a, b) => a.row - b.row || a.from - b.from);
  for (const run of sorted) {
    const k = `${run.from}:${run.to}`;
    const rect = open.get(k);
    if (rect && rect.row + rect.rows === run.row) {
      rect.rows++;
    } else {
      if (rect) done.push(rect);
      open.set(k, { row: run.row, rows: 1, from: run.from, to: run.to });
    }
  }
  done.push(...open.values());
  done.sort((a, b) => a.row - b.row || a.from - b.from);
  return done.map((r) => rangeAddress(r.row, r.from, r.rows, r.to - r.from + 1));
}

function rangesFor(model: Model, sheet: string, cells: CellSet, blocked: CellSet | undefined): string[] {
  const runs: Run[] = [];
  for (const [row, colSet] of cells) {
    const cols = [...colSet].filter((c) => !blocked?.get(row)?.has(c)).sort((a, b) => a - b);
    if (cols.length === 0) continue;
    const rowRuns = runsOf(row, cols);
    if (rowRuns.length <= MAX_RUNS_PER_ROW) {
      runs.push(...rowRuns);
      continue;
    }
    const table = tableColumns(model, sheet, row);
    const from = Math.min(cols[0], table?.from ?? cols[0]);
    const to = Math.max(cols[cols.length - 1], table?.to ?? cols[cols.length - 1]);
    runs.push(...spanAvoiding(row, from, to, blocked?.get(row)));
  }
  return rectangles(runs);
}

/**
 * One Highlight per (sheet, severity), warnings before errors so an executor applying them in order
 * leaves the error colour on top even if it ignores the exclusion already done here.
 */
export function buildHighlights(
  conflicts: Conflict[],
  model: Model,
  colors: Partial<Record<Severity, string>> = {},
): Highlight[] {
  const bySheet = new Map<string, Record<Severity, CellSet>>();
  for (const c of conflicts) {
    for (const ref of c.cells ?? []) {
      if (!ref?.sheet || !ref.cell) continue;
      let entry = bySheet.get(ref.sheet);
      if (!entry) bySheet.set(ref.sheet, (entry = { error: new Map(), warning: new Map() }));
      addRef(entry[c.severity === "error" ? "error" : "warning"], ref.cell);
    }
  }
  const out: Highlight[] = [];
  for (const severity of ["warning", "error"] as const) {
    for (const [sheet, sets] of bySheet) {
      const blocked = severity === "warning" ? sets.error : undefined;
      const ranges = rangesFor(model, sheet, sets[severity], blocked);
      if (ranges.length === 0) continue;
      out.push({ sheet, ranges, severity, color: colors[severity] ?? DEFAULT_COLORS[severity] });
    }
  }
  return out;
}
