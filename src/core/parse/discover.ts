/**
 * Finding the tables (contract §1): Excel tables, or a sheet's used range; the header row (skipping a
 * title above it); the role (saved mapping > name > headers); column matching.
 */
import { generatedLayoutOf } from "./generated-layouts";
import { cellAddress, parseRange, rangeAddress } from "../a1";
import type { DataIssue, ResourceType, Role, TableInfo } from "../model";
import type { CellValue, FormatHints, Grid, SavedTableMapping, SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import { formatHintKey } from "../number-format";
import {
  ROLE_DEFS,
  headerKey,
  isRoleName,
  matchColumns,
  roleFromName,
  roleFromText,
  type ColumnMatch,
} from "./headers";
import { isBlank, isBlankRow } from "./values";

/** A table found in the workbook, ready for reading its rows. */
export interface FoundTable {
  sheet: string;
  table?: string;
  role: Role | null;
  /** Resource type implied by the table or sheet name (Cast -> cast). */
  typeHint?: ResourceType;
  /** 1-based Excel row of the header row (for key/value production tables: of the first row). */
  headerRow: number;
  /** 1-based Excel column of the first column. */
  col: number;
  headers: string[];
  match: ColumnMatch;
  /** Data rows below the header, as in the grid (blank rows included; the reader skips them). */
  rows: CellValue[][];
  /** Excel row of rows[0]. */
  firstDataRow: number;
  /** Production written as key/value rows rather than a header row. */
  keyValue?: boolean;
  /** The sheet's formatHints (keyed by Excel row and column), with merges filled down; absent when it has none. */
  formatHints?: FormatHints;
  info: TableInfo;
}

/** The header of a key/value list ("Key | Value", "Field | Details"), not one of its fields. */
const KEY_VALUE_HEADER =
  /^\s*(?:key|field|item|name|label|setting|property)\s*\|\s*(?:value|values|details?|info|information|entry|text)\s*$/i;

/** How many rows from the top a header row may sit below a title. */
const HEADER_SEARCH_ROWS = 10;
/** A header row must name at least this many columns of a role for its headers to decide the role. */
const MIN_HEADER_MATCHES = 2;

function headerText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return "";
  return String(v).trim();
}

function nonEmptyCount(row: CellValue[]): number {
  let n = 0;
  for (const v of row) if (!isBlank(v)) n++;
  return n;
}

/**
 * Rows with at least one filled cell (stops at a row's first filled cell). Index loops: this runs once per table,
 * before V8 optimises it, where a for..of makes an iterator result per row and per cell.
 */
function filledRows(rows: CellValue[][]): number {
  let n = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < row.length; c++) {
      if (!isBlank(row[c])) {
        n++;
        break;
      }
    }
  }
  return n;
}

/** Look up a saved mapping: exact key first, then case-insensitively. */
function savedMapping(snapshot: WorkbookSnapshot, keys: string[]): SavedTableMapping | undefined {
  const mappings = snapshot.settings?.mappings;
  if (!mappings) return undefined;
  for (const k of keys) if (mappings[k]) return mappings[k];
  const lower = new Map(Object.entries(mappings).map(([k, v]) => [k.toLowerCase(), v]));
  for (const k of keys) {
    const m = lower.get(k.toLowerCase());
    if (m) return m;
  }
  return undefined;
}

interface RoleGuess {
  role: Role | null;
  match: ColumnMatch | null;
  /** Roles tied for best. */
  tied: Role[];
  score: number;
}

/** How many of a Production match's columns only say which day a row is for. */
function dayKeysIn(match: ColumnMatch): number {
  return (match.index.has("Date") ? 1 : 0) + (match.index.has("Shoot Day") ? 1 : 0);
}

/** Score every role against a header row; the best wins, a tie is ambiguous. */
function guessRole(headers: string[]): RoleGuess {
  let best: { role: Role; match: ColumnMatch; score: number }[] = [];
  const complete: { role: Role; match: ColumnMatch; score: number }[] = [];
  for (const def of ROLE_DEFS) {
    const match = matchColumns(def.role, headers);
    // A Production table's Date and Shoot Day say which day a row is for: no production field, so a schedule's
    // `Shoot Day | Date | Notes` stays a schedule.
    const matched = def.role === "production" ? match.matched - dayKeysIn(match) : match.matched;
    if (matched < MIN_HEADER_MATCHES) continue;
    // A role whose required columns are all there beats one that only shares names.
    const score = matched + (match.missing.length === 0 ? 0.5 : 0);
    if (match.missing.length === 0) complete.push({ role: def.role, match, score });
    if (!best.length || score > best[0].score) best = [{ role: def.role, match, score }];
    else if (score === best[0].score) best.push({ role: def.role, match, score });
  }
  // A rental list's `Item | Qty | Vendor` names one more Materials column than Resources ones (Name, Capacity), but
  // materials need a Delivery and a list of kit has none: all Resources needs, one column short, is the kit list.
  // (Only there: a schedule missing its Date stays a schedule beside a complete Availability guess.)
  if (best.length === 1 && best[0].role === "materials" && best[0].match.missing.length > 0) {
    const kit = complete.find((c) => c.role === "resources" && c.match.matched >= best[0].match.matched - 1);
    if (kit) best = [kit];
  }
  // A Locations table takes every Resources column, so the two tie on any table without a location word
  // (Location, Site, Fee, ...): it lists places when it has a place's columns (Address, Hospital, Parking)
  // and no Type column, else people and gear. Either way they count as one role.
  const res = best.find((b) => b.role === "resources");
  if (res && best.some((b) => b.role === "locations")) {
    const place = ["Address", "Nearest Hospital", "Hospital Address", "Parking"].some((c) => res.match.index.has(c));
    const loser = place && !res.match.index.has("Type") ? "resources" : "locations";
    best = best.filter((b) => b.role !== loser);
  }
  if (best.length === 1) return { role: best[0].role, match: best[0].match, tied: [], score: best[0].score };
  return { role: null, match: null, tied: best.map((b) => b.role), score: best.length ? best[0].score : 0 };
}

function headerScore(headers: string[], role: Role | null): number {
  if (role) return matchColumns(role, headers).matched;
  return guessRole(headers).score;
}

/**
 * The header row of a plain range: its first non-empty row, unless that is a title (one cell, or
 * under two matched headers) and a later row within the first rows matches headers better.
 */
function findHeaderRow(values: CellValue[][], role: Role | null): number {
  let first = -1;
  for (let r = 0; r < values.length; r++) {
    if (nonEmptyCount(values[r]) > 0) {
      first = r;
      break;
    }
  }
  if (first < 0) return -1;
  const firstScore = headerScore(values[first].map(headerText), role);
  if (nonEmptyCount(values[first]) >= 2 && firstScore >= MIN_HEADER_MATCHES) return first;
  let best = first;
  let bestScore = firstScore;
  const last = Math.min(values.length, first + HEADER_SEARCH_ROWS);
  for (let r = first + 1; r < last; r++) {
    if (nonEmptyCount(values[r]) < 2) continue;
    const s = headerScore(values[r].map(headerText), role);
    if (s > bestScore) {
      best = r;
      bestScore = s;
    }
  }
  return best;
}

/**
 * The headers of a two-row header ("Shoot"/"Date" -> "Shoot Date"), when the row under the first is one: two or
 * more cells, every one of them short text that reads as no number, date or time. Else null.
 */
function twoRowHeaders(top: string[], next: CellValue[] | undefined): string[] | null {
  if (!next || nonEmptyCount(next) < 2) return null;
  for (const v of next) {
    if (isBlank(v)) continue;
    if (typeof v !== "string" || v.length > 40 || /\d{2}|\d[:/.]\d/.test(v)) return null;
  }
  const width = Math.max(top.length, next.length);
  const out: string[] = [];
  for (let c = 0; c < width; c++) out.push(`${top[c] ?? ""} ${headerText(next[c])}`.trim());
  return out;
}

/** How pandas writes a missing value when a frame is turned to text before `to_excel` (`df.astype(str)`). */
function isMissingMark(v: CellValue | undefined): boolean {
  return typeof v === "string" && v.length === 3 && (v === "nan" || v === "NaN" || v === "NaT");
}

/** Rows looked at for missing marks before a whole table is searched: a frame's marks are in every column. */
const MISSING_MARK_PROBE = 200;

/**
 * `nan`, `NaN` and `NaT` cells as the blanks they stand for (a script's `df.astype(str).to_excel(...)`): a crew
 * cell "nan" would otherwise be a made-up resource double-booked on every row. Only in a table whose first rows
 * hold such a mark, so other tables cost one short look; rows with one are copied, never edited.
 */
function withoutMissingMarks(rows: CellValue[][]): CellValue[][] {
  // pandas writes a float gap as "nan": without one, "NaN" and "NaT" may be someone's IDs.
  let seen = false;
  for (let r = 0; r < rows.length && r < MISSING_MARK_PROBE && !seen; r++) seen = rows[r].some((v) => v === "nan");
  if (!seen) return rows;
  const out = rows.map((row) => {
    if (!row.some(isMissingMark)) return row;
    const copy = row.map((v) => (isMissingMark(v) ? null : v));
    // What fillMergesDown noted of the row holds for its copy.
    const filled = mergeFilled.get(row);
    if (filled) mergeFilled.set(copy, filled);
    return copy;
  });
  if (withMergeFills.has(rows)) withMergeFills.add(out);
  return out;
}

/** A header row that names a role on its own: two or more of its columns, its required ones among them. */
function completeRole(headers: string[]): Role | null {
  const guess = guessRole(headers);
  return guess.role && guess.match && guess.match.missing.length === 0 ? guess.role : null;
}

/** Rows [top, bottom) and columns [left, right) of a grid, as a grid of its own. */
function subGrid(grid: Grid, top: number, bottom: number, left: number, right: number): Grid {
  const values: CellValue[][] = [];
  for (let r = top; r < bottom; r++) values.push((grid.values[r] ?? []).slice(left, right));
  return { row: grid.row + top, col: grid.col + left, values };
}

/**
 * The lists of a plain range that holds several side by side or one under another (a Contacts sheet with the
 * cast in A:C and the crew in E:G; the gear under the crew after a blank row). Contract §1 makes a sheet's used
 * range one table; a coordinator's second list would then be read as more columns or rows of the first. Split
 * only where the parts are lists of their own (secondList, stackedBlocks), so a schedule with a blank spacer
 * column or a notes block under it stays whole. Else the grid as it is.
 */
function listBlocks(grid: Grid): Grid[] {
  const { values } = grid;
  if (values.length < 2) return [grid];
  let width = 0;
  for (const r of values) if (r.length > width) width = r.length;
  // Side by side: runs of columns between columns blank from top to bottom.
  const runs: [number, number][] = [];
  let start = -1;
  for (let c = 0; c <= width; c++) {
    let blank = c === width;
    if (!blank) {
      blank = true;
      for (let r = 0; r < values.length && blank; r++) blank = isBlank(values[r][c]);
    }
    if (!blank && start < 0) start = c;
    else if (blank && start >= 0) {
      runs.push([start, c]);
      start = -1;
    }
  }
  let columnsSplit: Grid[] = [grid];
  if (runs.length > 1) {
    const parts = runs.map(([l, r]) => subGrid(grid, 0, values.length, l, r));
    let separate = true;
    for (let k = 1; k < parts.length && separate; k++) separate = secondList(parts[k - 1], parts[k]);
    if (separate) columnsSplit = parts;
  }
  return columnsSplit.flatMap(stackedBlocks);
}

/** The header cells of a grid's first non-blank row (none for a blank grid). */
function firstHeaders(grid: Grid): string[] {
  const first = grid.values.find((r) => !isBlankRow(r));
  return (first ?? []).map(headerText);
}

/**
 * Whether `right`, beside `left` across a blank column, is a list of its own rather than more of `left`'s columns
 * (a spacer column): both are lists of people, gear or places, and `right` either names `left`'s role again with
 * the same identifying column (a crew list's Name beside a cast list's Name), or the other list role without any
 * column `left`'s role has and `left` lacks.
 */
function secondList(left: Grid, right: Grid): boolean {
  const leftHeaders = firstHeaders(left);
  const rightHeaders = firstHeaders(right);
  const leftRole = completeRole(leftHeaders);
  const rightRole = completeRole(rightHeaders);
  // Only lists of people, gear and places stand side by side as lists of their own (a Contacts sheet); a Budget
  // or Travel block beside a schedule is more columns of it, as contract §1 reads a used range.
  const isList = (r: Role | null) => r === "resources" || r === "locations";
  if (!isList(leftRole) || !isList(rightRole)) return false;
  const leftMatch = matchColumns(leftRole, leftHeaders);
  const asLeft = matchColumns(leftRole, rightHeaders);
  if (rightRole === leftRole) {
    const identity = ROLE_DEFS.find((d) => d.role === leftRole)!.required.flat();
    return identity.some((c) => leftMatch.index.has(c) && asLeft.index.has(c));
  }
  for (const c of asLeft.index.keys()) if (!leftMatch.index.has(c)) return false;
  return true;
}

const CAST_HEADERS = new Set(["cast", "castid", "character", "actor", "artist", "talent", "performer"]);
const CREW_HEADERS = new Set(["position", "department", "dept", "crewid", "job"]);

/** A list's resource type from its header words (a cast list's "Cast #", a crew list's "Position"), if any. */
function typeFromHeaders(grid: Grid): ResourceType | undefined {
  const keys = firstHeaders(grid).map(headerKey);
  if (keys.some((k) => CAST_HEADERS.has(k))) return "cast";
  if (keys.some((k) => CREW_HEADERS.has(k))) return "crew";
  return undefined;
}

/** The role the first non-blank row of a grid names completely, or null. */
function firstHeaderRole(grid: Grid): Role | null {
  return completeRole(firstHeaders(grid));
}

/** One under another: a list starts at a row after a blank row whose cells name a role completely. */
function stackedBlocks(grid: Grid): Grid[] {
  const { values } = grid;
  const width = values.reduce((w, r) => Math.max(w, r.length), 0);
  const first = values.findIndex((r) => !isBlankRow(r));
  if (first < 0 || firstHeaderRole(grid) === null) return [grid];
  const cuts: number[] = [];
  for (let r = first + 2; r < values.length; r++) {
    // The row above first: in a dense list it is filled, and one cell says so.
    if (values[r - 1] && !isBlankRow(values[r - 1])) continue;
    const row = values[r];
    if (nonEmptyCount(row) < 2 || !row.every((v) => isBlank(v) || typeof v === "string")) continue;
    // Three named columns at least: a two-cell row under a blank row is as likely a stray strip as a header.
    const headers = row.map(headerText);
    const role = completeRole(headers);
    if (role !== null && matchColumns(role, headers).matched >= 3) cuts.push(r);
  }
  if (!cuts.length) return [grid];
  const bounds = [0, ...cuts, values.length];
  const out: Grid[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) out.push(subGrid(grid, bounds[k], bounds[k + 1], 0, width));
  return out;
}

const ROLE_LABEL: Record<Role, string> = {
  schedule: "Schedule",
  resources: "Resources",
  availability: "Availability",
  materials: "Materials",
  locations: "Locations",
  travel: "Travel",
  budget: "Budget",
  rules: "Rules",
  production: "Production",
};

export function roleLabel(role: Role): string {
  return ROLE_LABEL[role];
}

/** Discover every table of the workbook and add placement issues. */
export function discoverTables(snapshot: WorkbookSnapshot, issues: DataIssue[]): FoundTable[] {
  const found: FoundTable[] = [];
  // Each table's own placement issues, added once it is known to be read (an old copy's are not).
  const issuesOf = new Map<FoundTable, DataIssue[]>();
  const place = (
    sheet: SheetSnapshot,
    grid: Grid,
    name: string | undefined,
    isExcelTable: boolean,
    several = false,
  ) => {
    const own: DataIssue[] = [];
    const f = placeGrid(snapshot, sheet, grid, name, own, isExcelTable, several);
    if (f) {
      found.push(f);
      issuesOf.set(f, own);
    } else issues.push(...own);
  };
  for (const sheet of snapshot.sheets) {
    // The add-in's own output, and a copy the user kept of it (generated-layouts.ts), is no input.
    if (sheet.generated || generatedLayoutOf(sheet)) continue;
    reportFarCells(sheet, issues);
    if (sheet.tables.length) {
      for (const t of sheet.tables) {
        // Excel's totals row ("Total", =SUBTOTAL(...)) is no cast member, strip or account.
        const grid = t.totalsRow && t.values.length > 1 ? { ...t, values: t.values.slice(0, -1) } : t;
        place(sheet, grid, t.name, true);
      }
    } else if (sheet.used) {
      // A sheet the user mapped as a whole stays one table.
      const blocks = savedMapping(snapshot, [sheet.name]) ? [sheet.used] : listBlocks(sheet.used);
      for (const block of blocks) place(sheet, block, undefined, false, blocks.length > 1);
    }
  }
  const setAside = oldCopies(found);
  for (const f of found) {
    const live = setAside.get(f);
    if (live) issues.push(setAsideAsOldCopy(f, live));
    else issues.push(...(issuesOf.get(f) ?? []));
  }
  return found;
}

/**
 * Words that mark a sheet or table as an old copy kept for reference ("Stripboard (old)", "Cast - backup 3/1",
 * "ScheduleArchive"); "copy of" is how Google Sheets names a duplicated sheet.
 */
const OLD_COPY_WORDS = new Set([
  "old",
  "older",
  "backup",
  "bak",
  "bkp",
  "archive",
  "archived",
  "superseded",
  "obsolete",
  "outdated",
  "deprecated",
  "unused",
  "dnu",
]);
/** Those that also mark it written first ("OLD Schedule"); a "Backup Locations" list is weather cover, not a copy. */
const OLD_COPY_FIRST_WORDS = new Set(["old", "superseded", "obsolete", "outdated", "deprecated"]);

/**
 * Whether a sheet or table name marks an old copy: the mark alone in brackets ("Schedule (old)", "Cast [backup 3/1]"),
 * or at the end or (OLD_COPY_FIRST_WORDS) the start of a name that is otherwise a role's own name ("Schedule OLD",
 * "Crew List - backup", "Old Schedule"); "Copy of ..."; "do not use". Versions and dates beside the mark do not count.
 * "Schedule (Old Town unit)", "Old Town Locations", "Cast (older kids)" and "Archive Materials" are no old copies.
 */
export function marksOldCopy(name: string): boolean {
  const spaced = name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  if (/^\W*copy of\b/.test(spaced) || /\bdo not use\b/.test(spaced)) return true;
  // Words without the version and date tokens ("v2", "3", "1"): they stand beside any mark.
  const wordsOf = (text: string) => text.split(/[^a-z0-9]+/).filter((w) => w.length > 0 && !/\d/.test(w));
  for (const m of spaced.matchAll(/[([]([^)\]]*)[)\]]/g)) {
    const inner = wordsOf(m[1]);
    if (inner.length > 0 && inner.every((w) => OLD_COPY_WORDS.has(w))) return true;
  }
  const words = wordsOf(spaced);
  const isRole = (rest: string[]) =>
    rest.length === 0 ||
    isRoleName(rest.join(" ")) ||
    (rest.length === 2 && LIST_WORD.test(rest[1]) && isRoleName(rest[0]));
  const last = words.length - 1;
  if (last >= 0 && OLD_COPY_WORDS.has(words[last]) && isRole(words.slice(0, last))) return true;
  return last >= 0 && OLD_COPY_FIRST_WORDS.has(words[0]) && isRole(words.slice(1));
}

/** "Cast List", "Crew Sheet": a role's name and a word for a list. */
const LIST_WORD = /^(?:list|sheet|table|tab)$/;

/**
 * Tables whose sheet or table name marks them as old copies, each with a table of the same role that is read
 * instead (a saved role is the user's word and always read). Two schedules would otherwise be merged: every strip
 * would meet its own old copy, double-booked with itself, and the DOOD would gain the old days.
 */
function oldCopies(found: FoundTable[]): Map<FoundTable, FoundTable> {
  const isOld = (t: FoundTable) =>
    t.role !== null &&
    t.info.roleSource !== "saved" &&
    (marksOldCopy(t.sheet) || (t.table !== undefined && marksOldCopy(t.table)));
  const old = found.filter(isOld);
  const out = new Map<FoundTable, FoundTable>();
  if (old.length === 0) return out;
  for (const t of old) {
    // An old cast list gives way to a cast list, not to the crew list (resource tables are merged by kind).
    const live = found.find(
      (o) => o.role === t.role && !old.includes(o) && (t.role !== "resources" || o.typeHint === t.typeHint),
    );
    if (live) out.set(t, live);
  }
  return out;
}

/** Turn an old copy into a table that is not read (the Setup tab lists it; a chosen role reads it) and say so. */
function setAsideAsOldCopy(t: FoundTable, live: FoundTable): DataIssue {
  const role = t.role as Role;
  const where = (f: FoundTable) => (f.table ? `table ${f.table} on ${f.sheet}` : `sheet ${f.sheet}`);
  t.role = null;
  t.info = { ...t.info, role: null, columns: {}, unknownColumns: t.headers.filter((h) => h) };
  return {
    code: "old-copy",
    sheet: t.sheet,
    cell: t.info.headerAddress.split(":")[0],
    message:
      `${t.sheet}!${t.info.headerAddress}: the name of ${where(t)} marks it as an old copy and ${where(live)} holds ` +
      `the ${role === "resources" && live.typeHint ? `${live.typeHint} list` : roleLabel(role).toLowerCase()}, so it is ` +
      `not read; rename it, or choose its role in the add-in, to read it`,
  };
}

/** How many far-away cells of a sheet are named one by one. */
const FAR_CELLS_NAMED = 5;

/** The cells the reader left out far past the rest of a sheet (SheetSnapshot.farCells): each not read, said so. */
function reportFarCells(sheet: SheetSnapshot, issues: DataIssue[]): void {
  const far = sheet.farCells ?? [];
  for (const cell of far.slice(0, FAR_CELLS_NAMED))
    issues.push({
      code: "far-cell",
      sheet: sheet.name,
      cell,
      message:
        `${sheet.name}!${cell}: this value stands far past the rest of the sheet and is not read` +
        (far.length > FAR_CELLS_NAMED ? ` (nor ${far.length - FAR_CELLS_NAMED} more like it)` : "") +
        "; move it next to its table, or clear it if it was typed there by accident",
    });
}

/** The columns fillMergesDown filled in each row it copied (a row's own cells are the others). */
const mergeFilled = new WeakMap<CellValue[], Set<number>>();

/** The row lists in which fillMergesDown filled a cell (most tables have no merges: their rows need no lookup). */
const withMergeFills = new WeakSet<CellValue[][]>();

/** The columns of `row` that hold a value repeated down from a merged cell above, if any. */
export function mergeFilledColumns(row: CellValue[]): ReadonlySet<number> | undefined {
  return mergeFilled.get(row);
}

/** Whether fillMergesDown filled any cell of these rows. */
export function hasMergeFills(rows: CellValue[][]): boolean {
  return withMergeFills.has(rows);
}

/**
 * A cell merged down over several data rows (a stripboard's Date or Location block) holds its value for
 * every row it covers, though Excel gives the value in the top-left cell only: repeat it down the merge's
 * first column. Merges that start above the data (a title, the header) or span one row (a banner across
 * the columns) are left alone. The snapshot's rows are copied before a change, never edited.
 */
export function fillMergesDown(
  rows: CellValue[][],
  grid: Grid,
  firstDataRow: number,
  merges: readonly string[] | undefined,
): CellValue[][] {
  if (!merges?.length) return rows;
  let width = 0;
  for (const r of grid.values) if (r.length > width) width = r.length;
  const lastCol = grid.col + width - 1;
  const copied = new Set<number>();
  for (const ref of merges) {
    const m = parseRange(ref);
    if (!m || m.rows < 2 || m.row < firstDataRow || m.col < grid.col || m.col > lastCol) continue;
    const top = m.row - firstDataRow;
    if (top >= rows.length) continue;
    const c = m.col - grid.col;
    const value = rows[top]?.[c] ?? null;
    if (value === null) continue;
    for (let k = top + 1; k < Math.min(rows.length, top + m.rows); k++) {
      if (!copied.has(k)) {
        rows[k] = rows[k] ? [...rows[k]] : [];
        copied.add(k);
      }
      while (rows[k].length < c) rows[k].push(null);
      rows[k][c] = value;
      let filled = mergeFilled.get(rows[k]);
      if (!filled) mergeFilled.set(rows[k], (filled = new Set()));
      filled.add(c);
      withMergeFills.add(rows);
    }
  }
  return rows;
}

/**
 * A sheet's format hints as the rows read after fillMergesDown: a hinted cell merged down over data rows hints
 * every row it covers. The sheet's map is copied before a change, never edited.
 */
export function hintsDownMerges(
  hints: FormatHints,
  firstDataRow: number,
  merges: readonly string[] | undefined,
): FormatHints {
  let out = hints;
  for (const ref of merges ?? []) {
    const m = parseRange(ref);
    if (!m || m.rows < 2 || m.row < firstDataRow) continue;
    const hint = hints.get(formatHintKey(m.row, m.col));
    if (hint === undefined) continue;
    if (out === hints) out = new Map(hints);
    for (let k = 1; k < m.rows; k++) out.set(formatHintKey(m.row + k, m.col), hint);
  }
  return out;
}

function placeGrid(
  snapshot: WorkbookSnapshot,
  sheet: SheetSnapshot,
  grid: Grid,
  tableName: string | undefined,
  issues: DataIssue[],
  isExcelTable: boolean,
  /** One of several lists on a sheet: its own headers say its role before the sheet's name does. */
  oneOfSeveral = false,
): FoundTable | null {
  const values = grid.values;
  if (!values.length) return null;
  const saved = savedMapping(snapshot, tableName ? [tableName, `${sheet.name}!${tableName}`] : [sheet.name]);
  const byName = (tableName ? roleFromName(tableName) : undefined) ?? roleFromName(sheet.name);
  // One of several lists on a sheet: "Cast #" or "Character" in its header says cast, "Position" or "Dept" crew.
  const typeHint =
    (tableName ? roleFromName(tableName)?.type : undefined) ??
    (oneOfSeveral ? typeFromHeaders(grid) : roleFromName(sheet.name)?.type);

  let role: Role | null = null;
  let roleSource: TableInfo["roleSource"] = "none";
  if (saved) {
    if (saved.role === "ignore") role = null;
    else role = roleFromText(saved.role) ?? null;
    if (role || saved.role === "ignore") roleSource = "saved";
  }
  const ownRole = oneOfSeveral && roleSource === "none" ? firstHeaderRole(grid) : null;
  if (ownRole) {
    role = ownRole;
    roleSource = "headers";
  } else if (roleSource === "none" && byName) {
    role = byName.role;
    roleSource = "name";
  }

  const headerIndex = isExcelTable ? 0 : findHeaderRow(values, role);
  if (headerIndex < 0) return null;
  let headers = values[headerIndex].map(headerText);
  // A header written on two rows ("Shoot" over "Date", "Call" over "Time") when the two read together name more.
  let dataIndex = headerIndex + 1;
  const twoRow = isExcelTable ? null : twoRowHeaders(headers, values[headerIndex + 1]);
  if (twoRow && headerScore(twoRow, role) > headerScore(headers, role)) {
    headers = twoRow;
    dataIndex++;
  }
  const headerRow = grid.row + headerIndex;
  // The header row's first filled cell: a title or note in column A widens the sheet's used range to the left of a
  // header that starts in B, and an issue about the table names a cell of its header (contract §6).
  const firstHeader = Math.max(
    0,
    headers.findIndex((h) => h.trim() !== ""),
  );
  const firstCell = cellAddress(headerRow, grid.col + firstHeader);
  const headerAddress = rangeAddress(headerRow, grid.col + firstHeader, 1, Math.max(1, headers.length - firstHeader));

  if (saved?.role === "ignore") {
    return null;
  }

  // A name beyond the contract's gives way to headers that name another role completely.
  if (roleSource === "name" && byName?.weak) {
    const own = completeRole(headers);
    if (own !== null && own !== role) {
      role = own;
      roleSource = "headers";
    }
  }
  let tied: Role[] = [];
  if (roleSource === "none") {
    const guess = guessRole(headers);
    if (guess.role) {
      role = guess.role;
      roleSource = "headers";
    } else tied = guess.tied;
  }

  const firstDataRow = grid.row + dataIndex;
  const rows = withoutMissingMarks(fillMergesDown(values.slice(dataIndex), grid, firstDataRow, sheet.merges));
  const where = tableName ? `table ${tableName} on ${sheet.name}` : `sheet ${sheet.name}`;
  const match = role ? matchColumns(role, headers, saved?.columns) : matchColumns("schedule", []);
  const info: TableInfo = {
    sheet: sheet.name,
    ...(tableName ? { table: tableName } : {}),
    role,
    headerAddress,
    columns: match.columns,
    // Production is key/value rows: its first row is a pair (the title), not headers, and every key is read.
    unknownColumns: role === "production" ? [] : role ? match.unknown : headers.filter((h) => h),
    rows: filledRows(rows),
    roleSource,
  };
  const table: FoundTable = {
    sheet: sheet.name,
    table: tableName,
    role,
    typeHint,
    headerRow,
    col: grid.col,
    headers,
    match,
    rows,
    firstDataRow,
    info,
  };
  if (sheet.formatHints) table.formatHints = hintsDownMerges(sheet.formatHints, firstDataRow, sheet.merges);

  if (!role) {
    if (tied.length) {
      issues.push({
        code: "ambiguous-table",
        sheet: sheet.name,
        cell: firstCell,
        message: `${sheet.name}!${headerAddress}: the headers of ${where} fit ${tied.map(roleLabel).join(" and ")} equally; name the sheet or table after its role (e.g. "${roleLabel(tied[0])}") or choose its role in the add-in`,
      });
    } else {
      issues.push({
        code: "unknown-table",
        sheet: sheet.name,
        cell: firstCell,
        message: `${sheet.name}!${headerAddress}: cannot tell what ${where} holds; use headers like Date, Start, End, Cast for a schedule, name the sheet after its role, or choose its role in the add-in`,
      });
    }
    return table;
  }

  if (role === "production") {
    // Key/value rows unless the first row names at least two production fields (header-row form).
    if (match.matched < MIN_HEADER_MATCHES) {
      // An Excel table's header row is a header even here: "Key | Value" names the columns, not a field.
      const skip = KEY_VALUE_HEADER.test(`${headerText(values[headerIndex][0])}|${headerText(values[headerIndex][1])}`)
        ? 1
        : 0;
      table.keyValue = true;
      table.rows = values.slice(headerIndex + skip);
      table.firstDataRow = headerRow + skip;
      table.info.rows = filledRows(table.rows);
    }
    return table;
  }

  for (const missing of match.missing) {
    const first = missing.split(" or ")[0];
    const aliases = ROLE_DEFS.find((d) => d.role === role)!
      .columns.find((c) => c.name === first)!
      .aliases.slice(0, 3)
      .map((a) => `"${a}"`)
      .join(", ");
    issues.push({
      code: "missing-column",
      sheet: sheet.name,
      cell: firstCell,
      message:
        `${sheet.name}!${firstCell}: ${where} (${roleLabel(role)}) has no ${missing} column; add a column headed "${first}"${aliases ? ` (or ${aliases})` : ""}` +
        // Placed by its headers alone, it may be another kind of list (a shot list, a script breakdown).
        (roleSource === "headers"
          ? `, or, if it is not a ${roleLabel(role)} table, set it to "Ignore this table" on the add-in's Setup tab`
          : ""),
    });
  }
  return table;
}
