/**
 * Excel table references in formulas (structured references), turned into the A1 references they stand for, so
 * src/core/formula.ts computes them like any other: `tblSchedule[[#This Row],[Start]]` (the cell of that column in the
 * formula's own row: what Excel saves for the `[@Start]` it shows), `tblCast[Day Rate]` and
 * `tblCast[[#Data],[Day Rate]]` (the column's data cells), `tblCast[#Totals]`, `[[Start]:[End]]`. A table's
 * calculated column, saved by XlsxWriter without results, is written this way.
 */
import { columnLetters, quoteSheet } from "./a1";

/** An Excel table as formulas see it. */
export interface FormulaTable {
  name: string;
  sheet: string;
  /** The table's whole range, header and totals rows included (1-based). */
  row: number;
  col: number;
  rows: number;
  cols: number;
  /** Column names, left to right. */
  columns: string[];
  headerRow: boolean;
  totalsRow: boolean;
}

/** The formula's own cell. */
export interface FormulaCellAt {
  sheet: string;
  row: number;
  col: number;
}

export type Resolved = { formula: string } | { unsupported: string };

class NotResolved extends Error {}

function fail(why: string): never {
  throw new NotResolved(why);
}

/**
 * The formula with each structured reference replaced by its A1 reference (`'Schedule'!$C$5`); a this-row reference
 * from outside the table's data rows becomes `#VALUE!`, as in Excel. Unsupported where a reference names no table
 * or column of the workbook, or takes a form not read here.
 */
export function withStructuredReferences(
  formula: string,
  at: FormulaCellAt,
  tables: readonly FormulaTable[],
): Resolved {
  try {
    let out = "";
    let i = 0;
    while (i < formula.length) {
      const ch = formula[i];
      if (ch === '"' || ch === "'") {
        // A string or a quoted sheet name: copied as it is (a doubled quote stays inside).
        let j = i + 1;
        for (; j < formula.length; j++) {
          if (formula[j] !== ch) continue;
          if (formula[j + 1] === ch) j++;
          else break;
        }
        out += formula.slice(i, j + 1);
        i = j + 1;
        continue;
      }
      if (ch !== "[") {
        out += ch;
        i++;
        continue;
      }
      if (out.endsWith("'")) fail("a reference to another workbook");
      const name = /[A-Za-z_\\][A-Za-z0-9_.\\]*$/.exec(out)?.[0];
      if (name) out = out.slice(0, -name.length);
      const end = closingBracket(formula, i);
      out += reference(tableFor(name, at, tables), formula.slice(i + 1, end), at);
      i = end + 1;
    }
    return { formula: out };
  } catch (e) {
    if (e instanceof NotResolved) return { unsupported: e.message };
    throw e;
  }
}

/** Where the bracket opened at `open` closes (nested brackets; `'` escapes the next character in a name). */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    const c = text[j];
    if (c === "'") j++;
    else if (c === "[") depth++;
    else if (c === "]" && --depth === 0) return j;
  }
  return fail("an unclosed [ in a formula");
}

function tableFor(name: string | undefined, at: FormulaCellAt, tables: readonly FormulaTable[]): FormulaTable {
  if (name) {
    const table = tables.find((t) => t.name.toUpperCase() === name.toUpperCase());
    return table ?? fail(`a reference to a table named ${name} that is not in this workbook`);
  }
  // Without a name: the table the formula is in.
  const own = tables.find(
    (t) =>
      t.sheet.toUpperCase() === at.sheet.toUpperCase() &&
      at.row >= t.row &&
      at.row < t.row + t.rows &&
      at.col >= t.col &&
      at.col < t.col + t.cols,
  );
  return own ?? fail("a table reference from outside any table (or to another workbook)");
}

type Area = "#ALL" | "#DATA" | "#HEADERS" | "#TOTALS" | "#THIS ROW";
const AREAS = new Set<string>(["#ALL", "#DATA", "#HEADERS", "#TOTALS", "#THIS ROW"]);

/** The A1 reference a table reference's inside (`@Start`, `[#This Row],[Start]`, `Day Rate`) stands for. */
function reference(table: FormulaTable, spec: string, at: FormulaCellAt): string {
  const areas: Area[] = [];
  const columns: [string, string][] = [];
  const inside = spec.trim();
  // Excel shows `[@Start]` but saves `[[#This Row],[Start]]`: its file format has no @, and Excel does not compute a
  // formula a program saved with one (openpyxl writes what it is given; XlsxWriter turns @ into #This Row).
  if (inside.startsWith("@"))
    fail(`the table reference [${spec}], which a file must hold as [[#This Row],${inside.slice(1).trim() || "…"}]`);
  if (inside.startsWith("[")) items(inside, areas, columns);
  else if (inside) items(`[${inside}]`, areas, columns);
  const [firstCol, lastCol] = columnSpan(table, columns);
  const dataFrom = table.row + (table.headerRow ? 1 : 0);
  const dataTo = table.row + table.rows - 1 - (table.totalsRow ? 1 : 0);
  let from: number;
  let to: number;
  const only = areas.length === 0 ? "#DATA" : areas.length === 1 ? areas[0] : null;
  if (only === "#THIS ROW") {
    if (at.row < dataFrom || at.row > dataTo) return "#VALUE!";
    from = to = at.row;
  } else if (only === "#DATA") [from, to] = [dataFrom, dataTo];
  else if (only === "#ALL") [from, to] = [table.row, table.row + table.rows - 1];
  else if (only === "#HEADERS") {
    if (!table.headerRow) return "#REF!";
    from = to = table.row;
  } else if (only === "#TOTALS") {
    if (!table.totalsRow) return "#REF!";
    from = to = table.row + table.rows - 1;
  } else {
    const set = new Set(areas);
    if (set.size === 2 && set.has("#HEADERS") && set.has("#DATA")) [from, to] = [table.row, dataTo];
    else if (set.size === 2 && set.has("#DATA") && set.has("#TOTALS"))
      [from, to] = [dataFrom, table.row + table.rows - 1];
    else return fail(`the table reference ${table.name}[${spec}]`);
  }
  if (to < from) return "#REF!";
  const sheet = `${quoteSheet(table.sheet)}!`;
  const a = `$${columnLetters(firstCol)}$${from}`;
  const b = `$${columnLetters(lastCol)}$${to}`;
  return a === b ? sheet + a : `${sheet}${a}:${b}`;
}

/** The bracketed items of a reference (`[#This Row],[Start]`, `[Start]:[End]`), sorted into areas and columns. */
function items(text: string, areas: Area[], columns: [string, string][]): void {
  let i = 0;
  const next = (): string => {
    if (text[i] !== "[") fail(`the table reference [${text}]`);
    const end = closingBracket(text, i);
    const item = text.slice(i + 1, end);
    i = end + 1;
    return item;
  };
  for (;;) {
    while (text[i] === " ") i++;
    const first = next();
    while (text[i] === " ") i++;
    const upper = first.trim().toUpperCase();
    if (AREAS.has(upper)) areas.push(upper as Area);
    else if (text[i] === ":") {
      i++;
      while (text[i] === " ") i++;
      columns.push([unescape(first), unescape(next())]);
    } else columns.push([unescape(first), unescape(first)]);
    while (text[i] === " ") i++;
    if (i >= text.length) return;
    if (text[i] !== ",") fail(`the table reference [${text}]`);
    i++;
  }
}

/** A column name as written in a reference: `'` escapes the character after it (`'#`, `'[`, `''`). */
function unescape(name: string): string {
  return name.replace(/'(.)/g, "$1");
}

/** The sheet columns a reference's column names span (all the table's where it names none). */
function columnSpan(table: FormulaTable, columns: [string, string][]): [number, number] {
  if (columns.length === 0) return [table.col, table.col + table.cols - 1];
  if (columns.length > 1) fail(`a table reference naming several column ranges in ${table.name}`);
  const index = (name: string) => {
    const k = table.columns.findIndex((c) => c.trim().toUpperCase() === name.trim().toUpperCase());
    return k >= 0 ? table.col + k : fail(`a reference to a column ${name} that table ${table.name} does not have`);
  };
  const a = index(columns[0][0]);
  const b = index(columns[0][1]);
  return [Math.min(a, b), Math.max(a, b)];
}
