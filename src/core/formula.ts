/**
 * A small, exact subset of Excel formulas, for files saved without calculated results (openpyxl never computes;
 * XlsxWriter caches 0). The file readers evaluate such cells so the snapshot holds what Excel would show.
 *
 * Exact or nothing: whatever is outside the subset (an unknown function, a defined name, an external reference, a
 * table the reader did not describe, an array, a reference cycle, text Excel would read as a date) is
 * "unsupported", never a guess. Table references (`tbl[[#This Row],[Start]]`) become A1 references first
 * (structured-refs.ts).
 * Pure: the cells come from a callback the reader gives.
 */
import { columnLetters, columnNumber } from "./a1";
import type { CellErrorValue, CellValue } from "./snapshot";
import { withStructuredReferences, type FormulaTable } from "./structured-refs";

export type { FormulaTable };

/** A formula cell as the reader gives it: the formula text (with or without `=`) and its cached result, if any. */
export interface FormulaCell {
  formula: string;
  /** The saved result: what a referencing formula uses when this formula cannot be computed. */
  cached?: CellValue;
  /** Set by the reader when it already knows the formula cannot be computed (an array formula). */
  unsupported?: string;
}

/** A cell's content; undefined when there is no such sheet. Sheet names are matched case-insensitively by the reader. */
export type CellSource = (sheet: string, row: number, col: number) => CellValue | FormulaCell | undefined;

export interface FormulaOptions {
  /** The workbook uses the 1904 date system (DATE gives serials from 1904-01-01). */
  date1904?: boolean;
  /**
   * The last row that holds anything on a sheet (0: none), so that a whole column (`Cast!A:B`) is read down to
   * there: every row below it is empty. Without it, whole columns are unsupported.
   */
  lastRow?: (sheet: string) => number;
  /** The workbook's Excel tables, for table references (`tbl[[#This Row],[Start]]`); without them, unsupported. */
  tables?: readonly FormulaTable[];
  /**
   * The rows hidden on a sheet, for SUBTOTAL's 101-111 (which leave them out); without it, those are unsupported.
   */
  hiddenRows?: (sheet: string) => ReadonlySet<number>;
}

/** A computed value (an Excel error value is a value), or why the formula cannot be computed here. */
export type FormulaResult = { value: CellValue } | { unsupported: string };

const MAX_ROW = 1048576;
const MAX_COL = 16384;
/** Ranges larger than this are not walked (a whole-column SUM per row would be quadratic). */
const MAX_RANGE_CELLS = 100000;
/**
 * Formula cells followed from one another in one stretch of recursion (each costs a few stack frames per level of
 * its expression). A longer chain (a column where each row refers to the row below) is computed from its far end
 * first, a stretch at a time (FormulaBook.cell).
 */
const MAX_DEPTH = 100;
/** Stretches of MAX_DEPTH tried before a chain counts as too deep (or as a cycle longer than a stretch). */
const MAX_STRETCHES = 2000;

class Unsupported extends Error {}

/**
 * Functions newer than Excel 2007 that a file must name with the `_xlfn.` prefix (`_xlfn.IFNA(…)`, as Excel saves
 * them): written without it (openpyxl writes what it is given), Excel shows #NAME? until the cell is typed again.
 */
const NEWER_FUNCTIONS = new Set(["IFNA", "CONCAT", "MAXIFS", "MINIFS", "XLOOKUP"]);

/** Thrown through the evaluation (never caught as unsupported) to the outermost cell() with where it stopped. */
class TooDeep extends Error {
  constructor(readonly at: [string, number, number]) {
    super("formulas nested too deeply");
  }
}

function unsupported(why: string): never {
  throw new Unsupported(why);
}

// ---------- tokens ----------

type Token =
  | { k: "num"; v: number }
  | { k: "str"; v: string }
  | { k: "bool"; v: boolean }
  | { k: "err"; v: string }
  | {
      k: "cell";
      row: number;
      col: number;
      rowAbs: boolean;
      colAbs: boolean;
      start: number;
      end: number;
      /** A column alone (`$A` of `$A:$B`): one end of a whole-column range. */
      column?: true;
    }
  | { k: "sheet"; name: string }
  | { k: "fn"; name: string; unprefixed?: boolean }
  | { k: "op"; v: string };

const ERROR_LITERALS = ["#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#N/A"];
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const COLUMN = /^(\$?)([A-Za-z]{1,3})$/;
/** A number literal where the scan stands (sticky: no copy of the rest of the text). */
const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;

/** A character of an unquoted name (function, sheet, cell, defined name): letters, digits, _ . $ \ ? and non-ASCII. */
function isNameChar(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    code === 95 ||
    code === 46 ||
    code === 36 ||
    code === 92 ||
    code === 63 ||
    code >= 0xa1
  );
}

/**
 * The text quoted from `text[at]` (a `"` string or a `'` sheet name; the quote doubled inside stands for itself)
 * and the position of its closing quote.
 */
function quoted(text: string, at: number, unclosed: string): [string, number] {
  const q = text[at];
  let out = "";
  let j = at + 1;
  for (;;) {
    if (j >= text.length) unsupported(unclosed);
    if (text[j] === q) {
      if (text[j + 1] !== q) return [out, j];
      out += q;
      j += 2;
    } else out += text[j++];
  }
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === " " || ch === "\n" || ch === "\r" || ch === "\t") {
      i++;
      continue;
    }
    if (ch === '"') {
      const [s, j] = quoted(text, i, "an unclosed string");
      out.push({ k: "str", v: s });
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      const [name, j] = quoted(text, i, "an unclosed sheet name");
      if (text[j + 1] !== "!") unsupported("a quoted name that is not a sheet");
      out.push(sheetToken(name));
      i = j + 2;
      continue;
    }
    if (ch === "#") {
      const lit = ERROR_LITERALS.find((e) => text.startsWith(e, i) || text.toUpperCase().startsWith(e, i));
      if (!lit) unsupported("an unknown error literal or a spill reference");
      out.push({ k: "err", v: lit });
      i += lit.length;
      continue;
    }
    if (ch === "[") unsupported("an external workbook or structured table reference");
    if (ch === "{") unsupported("an array constant");
    NUMBER.lastIndex = i;
    const num = (ch >= "0" && ch <= "9") || ch === "." ? NUMBER.exec(text) : null;
    if (num) {
      out.push({ k: "num", v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    if (isNameChar(text.charCodeAt(i))) {
      let j = i;
      while (j < text.length && isNameChar(text.charCodeAt(j))) j++;
      const word = text.slice(i, j);
      const next = text[j];
      if (next === "!") {
        out.push(sheetToken(word));
        i = j + 1;
      } else if (next === "(") {
        const upper = word.toUpperCase();
        const name = upper.replace(/^_XLFN\./, "");
        out.push(name === upper && NEWER_FUNCTIONS.has(name) ? { k: "fn", name, unprefixed: true } : { k: "fn", name });
        i = j;
      } else if (next === "[") {
        unsupported(`a structured table reference (${word}[...])`);
      } else {
        out.push(wordToken(word, i, j));
        i = j;
      }
      continue;
    }
    const two = text.slice(i, i + 2);
    if (two === "<>" || two === "<=" || two === ">=") {
      out.push({ k: "op", v: two });
      i += 2;
      continue;
    }
    if ("+-*/^&%=<>(),:".includes(ch)) {
      out.push({ k: "op", v: ch });
      i++;
      continue;
    }
    unsupported(`the character '${ch}'`);
  }
  return out;
}

function sheetToken(name: string): Token {
  if (name.includes(":")) unsupported("a reference across sheets (Sheet1:Sheet3!A1)");
  if (name.includes("[") || name.includes("]")) unsupported("a reference to another workbook");
  return { k: "sheet", name };
}

function wordToken(word: string, start: number, end: number): Token {
  const upper = word.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { k: "bool", v: upper === "TRUE" };
  const m = CELL.exec(word);
  if (m) {
    const col = columnNumber(m[2]);
    const row = Number(m[4]);
    if (col <= MAX_COL && row >= 1 && row <= MAX_ROW)
      return { k: "cell", row, col, colAbs: m[1] === "$", rowAbs: m[3] === "$", start, end };
  }
  // A column alone stands only at an end of a whole-column range (the parser checks); else it is a name.
  const c = COLUMN.exec(word);
  if (c && columnNumber(c[2]) <= MAX_COL)
    return { k: "cell", row: 1, col: columnNumber(c[2]), colAbs: c[1] === "$", rowAbs: true, start, end, column: true };
  return unsupported(`the name ${word} (a defined name or a whole row or column)`);
}

// ---------- syntax ----------

type Node =
  | { k: "lit"; v: Scalar }
  | { k: "ref"; sheet: string | null; row: number; col: number; row2: number; col2: number }
  | { k: "neg" | "pct" | "plus"; e: Node }
  | { k: "bin"; op: string; l: Node; r: Node }
  | { k: "call"; name: string; args: (Node | null)[] };

const COMPARISONS = new Set(["=", "<>", "<", ">", "<=", ">="]);

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    if (this.tokens.length === 0) unsupported("an empty formula");
    const node = this.comparison();
    if (this.i < this.tokens.length) unsupported("operands without an operator between them");
    return node;
  }

  private peekOp(): string | undefined {
    const t = this.tokens[this.i];
    return t && t.k === "op" ? t.v : undefined;
  }

  private binary(ops: (op: string) => boolean, operand: () => Node): Node {
    let l = operand();
    for (let op = this.peekOp(); op !== undefined && ops(op); op = this.peekOp()) {
      this.i++;
      l = { k: "bin", op, l, r: operand() };
    }
    return l;
  }

  // Excel's precedence, loosest first: comparisons, &, + -, * /, ^, %, unary - + (so -2^2 is 4).
  private comparison = (): Node => this.binary((op) => COMPARISONS.has(op), this.concat);
  private concat = (): Node => this.binary((op) => op === "&", this.additive);
  private additive = (): Node => this.binary((op) => op === "+" || op === "-", this.multiplicative);
  private multiplicative = (): Node => this.binary((op) => op === "*" || op === "/", this.power);
  private power = (): Node => this.binary((op) => op === "^", this.percent);

  private percent = (): Node => {
    let e = this.unary();
    while (this.peekOp() === "%") {
      this.i++;
      e = { k: "pct", e };
    }
    return e;
  };

  private unary = (): Node => {
    const op = this.peekOp();
    if (op === "-" || op === "+") {
      this.i++;
      return { k: op === "-" ? "neg" : "plus", e: this.unary() };
    }
    return this.primary();
  };

  private primary(): Node {
    const t = this.tokens[this.i++];
    if (!t) unsupported("a formula that ends early");
    switch (t.k) {
      case "num":
      case "str":
      case "bool":
        return { k: "lit", v: t.v };
      case "err":
        return { k: "lit", v: { error: t.v } };
      case "sheet": {
        const cell = this.tokens[this.i++];
        if (!cell || cell.k !== "cell") unsupported(`a reference to ${t.name} that is not a cell or range`);
        return this.reference(t.name, cell);
      }
      case "cell":
        return this.reference(null, t);
      case "fn": {
        const call = this.call(t.name);
        // Excel knows a newer function in a file only by its _xlfn. name: without it, the call is #NAME?.
        return t.unprefixed ? { k: "lit", v: { error: "#NAME?" } } : call;
      }
      case "op":
        if (t.v === "(") {
          const inner = this.comparison();
          if (this.peekOp() !== ")") unsupported("unbalanced parentheses");
          this.i++;
          return inner;
        }
        return unsupported(`the operator '${t.v}' where a value belongs`);
    }
  }

  private reference(sheet: string | null, a: Token & { k: "cell" }): Node {
    if (this.peekOp() !== ":") {
      if (a.column) unsupported(`the name ${this.word(a)} (a defined name or a whole row or column)`);
      return { k: "ref", sheet, row: a.row, col: a.col, row2: a.row, col2: a.col };
    }
    this.i++;
    const b = this.tokens[this.i++];
    if (!b || b.k !== "cell") unsupported("a range that is not cell:cell");
    if (!a.column !== !b.column) unsupported("a range from a cell to a whole column");
    return {
      k: "ref",
      sheet,
      row: a.column ? 1 : Math.min(a.row, b.row),
      col: Math.min(a.col, b.col),
      row2: a.column ? MAX_ROW : Math.max(a.row, b.row),
      col2: Math.max(a.col, b.col),
    };
  }

  private word(t: Token & { k: "cell" }): string {
    return `${t.colAbs ? "$" : ""}${columnLetters(t.col)}`;
  }

  private call(name: string): Node {
    const fn = FUNCTIONS[name];
    if (!fn) unsupported(`the function ${name}`);
    this.i++; // "("
    const args: (Node | null)[] = [];
    if (this.peekOp() === ")") this.i++;
    else {
      for (;;) {
        const op = this.peekOp();
        args.push(op === "," || op === ")" ? null : this.comparison());
        const sep = this.tokens[this.i++];
        if (sep?.k === "op" && sep.v === ")") break;
        if (sep?.k !== "op" || sep.v !== ",") unsupported(`a malformed call of ${name}`);
      }
    }
    if (args.length < fn.min || args.length > fn.max) unsupported(`${name} with ${args.length} arguments`);
    return { k: "call", name, args };
  }
}

/** Parses a formula (with or without the leading `=`); throws Unsupported. */
function parse(formula: string): Node {
  return new Parser(tokenize(formula.replace(/^\s*=/, ""))).parse();
}

/**
 * A shared formula's text for a follower cell: relative references moved by the offset from the master (what
 * Excel does when it fills the formula down or across); null when a moved reference leaves the sheet or the
 * text is outside the subset.
 */
export function translateFormula(formula: string, rowOffset: number, colOffset: number): string | null {
  let tokens: Token[];
  try {
    tokens = tokenize(formula);
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  let out = "";
  let at = 0;
  for (const t of tokens) {
    if (t.k !== "cell") continue;
    const row = t.rowAbs ? t.row : t.row + rowOffset;
    const col = t.colAbs ? t.col : t.col + colOffset;
    if (row < 1 || row > MAX_ROW || col < 1 || col > MAX_COL) return null;
    const rowText = t.column ? "" : `${t.rowAbs ? "$" : ""}${row}`;
    out += formula.slice(at, t.start) + `${t.colAbs ? "$" : ""}${columnLetters(col)}${rowText}`;
    at = t.end;
  }
  return out + formula.slice(at);
}

// ---------- values ----------

/** A value inside a calculation: null is an empty cell (0 in arithmetic, "" in text). */
type Scalar = number | string | boolean | null | CellErrorValue;
type Ref = Node & { k: "ref" };

function isError(v: unknown): v is CellErrorValue {
  return typeof v === "object" && v !== null && "error" in v;
}

const VALUE: CellErrorValue = { error: "#VALUE!" };
const DIV0: CellErrorValue = { error: "#DIV/0!" };
const NUM: CellErrorValue = { error: "#NUM!" };

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
/**
 * Text Excel would read as a date, a time, money or an accounting negative "(5)" in the user's locale (with a digit
 * somewhere: "30-Jan-2008", "3/2", "7:30", "$1,000").
 */
const LOCALE_NUMBER =
  /\d\s*[:/-]\s*\d|[$€£¥,]|\(\s*[\d.]|\d\s*(?:am|pm)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * Text in arithmetic: a plain number or a percentage is read; other text with a digit in it Excel may read as a
 * date, a time or money ("30-Jan-2008", "$1,000"), which is not guessed here; text without one is #VALUE!.
 */
function numberFromText(text: string): number | CellErrorValue {
  const t = text.trim();
  if (PLAIN_NUMBER.test(t)) return Number(t);
  if (t.endsWith("%") && PLAIN_NUMBER.test(t.slice(0, -1).trim())) return Number(t.slice(0, -1).trim()) / 100;
  if (/\d/.test(t)) unsupported(`the text '${t}' in arithmetic (Excel may read it as a date or number)`);
  return VALUE;
}

function toNumber(v: Scalar): number | CellErrorValue {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === null) return 0;
  if (typeof v === "string") return numberFromText(v);
  return v;
}

/**
 * A number as `&` and CONCATENATE write it: up to 15 significant digits. Excel writes very large and very small
 * numbers with an exponent ("1E+15"), from thresholds not documented: those are unsupported here.
 */
function numberText(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e15 || (abs > 0 && abs < 1e-4)) unsupported(`the text of the number ${n}`);
  return String(Number(n.toPrecision(15)));
}

function toText(v: Scalar): string | CellErrorValue {
  if (typeof v === "string") return v;
  if (typeof v === "number") return numberText(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v === null) return "";
  return v;
}

function toBool(v: Scalar): boolean | CellErrorValue {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (v === null) return false;
  if (typeof v === "string") {
    const t = v.trim().toUpperCase();
    return t === "TRUE" ? true : t === "FALSE" ? false : VALUE;
  }
  return v;
}

/** A finite number, else #NUM! (Excel's overflow). */
function finite(n: number): number | CellErrorValue {
  return Number.isFinite(n) ? n : NUM;
}

/** Excel compares numbers to 15 significant digits (0.1+0.2 = 0.3 is TRUE). */
function compareNumbers(a: number, b: number): number {
  const x = Number(a.toPrecision(15));
  const y = Number(b.toPrecision(15));
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Excel's order across types: numbers < text < booleans; text case-insensitive; an empty cell is the other's zero. */
/** `equality`: only whether the two are equal is wanted (any non-zero for unequal text, whatever its order). */
function compare(a: Exclude<Scalar, CellErrorValue>, b: Exclude<Scalar, CellErrorValue>, equality = false): number {
  const zero = (other: Scalar): Scalar => (typeof other === "string" ? "" : typeof other === "boolean" ? false : 0);
  const x = a === null ? zero(b) : a;
  const y = b === null ? zero(a) : b;
  const rank = (v: Scalar): number => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === "number") return compareNumbers(x, y as number);
  if (typeof x === "string")
    return equality ? Number(x.toUpperCase() !== (y as string).toUpperCase()) : compareText(x, y as string);
  return Number(x) - Number(y);
}

/** Characters whose order in Excel's collation is the plain one: space, then digits, then letters. */
const PLAIN_ORDER = /^[ 0-9A-Z]$/;

/**
 * Text order, case-insensitive. Excel orders punctuation and accented letters by its own collation (and skips
 * hyphens and apostrophes), so where the first difference is such a character the order is unsupported.
 */
function compareText(a: string, b: string): number {
  const p = a.toUpperCase();
  const q = b.toUpperCase();
  if (p === q) return 0;
  let i = 0;
  while (i < p.length && i < q.length && p[i] === q[i]) i++;
  const plain = (ch: string | undefined) => ch === undefined || PLAIN_ORDER.test(ch);
  if (!plain(p[i]) || !plain(q[i])) unsupported(`the order of the texts '${a}' and '${b}' (Excel's collation)`);
  return p < q ? -1 : 1;
}

function power(a: number, b: number): number | CellErrorValue {
  if (a === 0 && b === 0) return NUM;
  if (a === 0 && b < 0) return DIV0;
  if (a < 0 && !Number.isInteger(b)) return NUM;
  return finite(Math.pow(a, b));
}

function arithmetic(op: string, a: number, b: number): number | CellErrorValue {
  switch (op) {
    case "+":
      return finite(a + b);
    case "-":
      return finite(a - b);
    case "*":
      return finite(a * b);
    case "/":
      return b === 0 ? DIV0 : finite(a / b);
    default:
      return power(a, b);
  }
}

/** x scaled by 10^digits, to 15 significant digits (so 2.675 rounds to 2.68 as in Excel, not 2.67). */
function rounded(x: number, digits: number, mode: (abs: number) => number): number {
  const f = Math.pow(10, Math.abs(digits));
  // More digits than a double holds (ROUND(1E+300,10), ROUND(1.5,400)): the number as it is, as in Excel.
  if (digits >= 0 && !Number.isFinite(x * f)) return x;
  const scaled = Number((digits >= 0 ? x * f : x / f).toPrecision(15));
  const r = Math.sign(scaled) * mode(Math.abs(scaled));
  return (digits >= 0 ? r / f : r * f) || 0;
}

const DAY_MS = 86400000;

/** The largest serial Excel has: 9999-12-31. */
const MAX_SERIAL_1900 = 2958465;
const MAX_SERIAL_1904 = MAX_SERIAL_1900 - 1462;

function maxSerial(date1904: boolean): number {
  return date1904 ? MAX_SERIAL_1904 : MAX_SERIAL_1900;
}

/**
 * A 1900-system serial before 1900-03-01 (61), where Excel's calendar has a 29 February 1900 that never was: its
 * dates and weekdays are one day off the real ones, so the date functions leave them unsupported.
 */
function beforeMarch1900(day: number, date1904: boolean): boolean {
  return !date1904 && day < 61;
}

/**
 * DATE(y, m, d) as a serial: years 0-1899 count from 1900, months and days roll over, as Excel does. Days are
 * counted on from the first of the month in Excel's own calendar, which has a 29 Feb 1900 (DATE(1900,2,29) is 60).
 */
function dateSerial(y: number, m: number, d: number, date1904: boolean): number | CellErrorValue {
  let year = Math.trunc(y);
  if (year < 0 || year >= 10000) return NUM;
  if (year < 1900) year += 1900;
  const first = Date.UTC(year, Math.trunc(m) - 1, 1);
  if (!Number.isFinite(first)) return NUM;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1900, 0, 1);
  const firstDays = (first - epoch) / DAY_MS;
  // Serials of firsts of months: 1900-01-01 is 1 and 1900-03-01 is 61 (one day later than the real calendar).
  const firstSerial = date1904 ? firstDays : firstDays >= 59 ? firstDays + 2 : firstDays + 1;
  const serial = firstSerial + Math.trunc(d) - 1;
  if (serial < 0 || serial > maxSerial(date1904)) return NUM;
  // A month before the epoch rolled back into range by its days (DATE(1900,0,40)): not known how Excel counts.
  if (firstDays < 0) unsupported("a date counted from a month before the first date Excel has");
  return serial;
}

/** A serial's date as Excel shows it (1900 system: 0 is 1900-01-00 and 60 is 1900-02-29): [year, month, day]. */
function serialDate(days: number, date1904: boolean): [number, number, number] {
  if (!date1904 && days === 0) return [1900, 1, 0];
  if (!date1904 && days === 60) return [1900, 2, 29];
  const base = date1904 ? Date.UTC(1904, 0, 1) : days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const t = new Date(base + days * DAY_MS);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A date-time serial as whole days and seconds of the day. Negative is #NUM!; a time with a fraction of a second
 * (Excel's rounding of it is not known here) or a serial past 9999-12-31 is unsupported.
 */
function dayAndSeconds(n: number, date1904: boolean): { days: number; seconds: number } | CellErrorValue {
  if (n < 0) return NUM;
  if (n >= maxSerial(date1904) + 1) unsupported(`the date serial ${n} past 9999-12-31`);
  const days = Math.floor(n);
  const exact = (n - days) * 86400;
  const seconds = Math.round(exact);
  // A millisecond covers the error of a serial's double (a few microseconds at today's dates).
  if (Math.abs(exact - seconds) > 1e-3) unsupported("a time with a fraction of a second");
  if (seconds === 86400) unsupported("a time a fraction of a second before midnight");
  return { days, seconds };
}

/** TIME(h, m, s) as a fraction of a day (whole days dropped, as Excel does). */
function timeFraction(h: number, m: number, s: number): number | CellErrorValue {
  const hours = Math.trunc(h);
  // Each argument is at most 32,767 (Excel's TIME).
  if (hours > 32767 || Math.trunc(m) > 32767 || Math.trunc(s) > 32767) return NUM;
  const seconds = hours * 3600 + Math.trunc(m) * 60 + Math.trunc(s);
  if (seconds < 0) return NUM;
  return (seconds % 86400) / 86400;
}

// ---------- evaluation ----------

interface FunctionDef {
  min: number;
  max: number;
  /** Takes the argument nodes (null: an empty argument), so IF and IFERROR evaluate only what they use. */
  run: (ev: Evaluation, args: (Node | null)[]) => Scalar;
}

/** Each number of the arguments as SUM sees them: from references only numbers (errors stop it); typed values coerced. */
function numbersOf(ev: Evaluation, args: (Node | null)[], out: number[]): CellErrorValue | null {
  for (const a of args) {
    if (a?.k === "ref") {
      for (const v of ev.cells(a)) {
        if (typeof v === "number") out.push(v);
        else if (isError(v)) return v;
      }
      continue;
    }
    const n = toNumber(a ? ev.scalar(a) : null);
    if (isError(n)) return n;
    out.push(n);
  }
  return null;
}

function numeric(reduce: (ns: number[]) => Scalar): FunctionDef {
  return {
    min: 1,
    max: 255,
    run: (ev, args) => {
      const ns: number[] = [];
      return numbersOf(ev, args, ns) ?? reduce(ns);
    },
  };
}

/** A one-argument (or fixed-arity) function of numbers; the first error among the arguments wins. */
function ofNumbers(arity: number, fn: (...ns: number[]) => Scalar): FunctionDef {
  return {
    min: arity,
    max: arity,
    run: (ev, args) => {
      const ns: number[] = [];
      for (const a of args) {
        const n = toNumber(a ? ev.scalar(a) : null);
        if (isError(n)) return n;
        ns.push(n);
      }
      return fn(...ns);
    },
  };
}

function ofText(fn: (s: string) => Scalar): FunctionDef {
  return {
    min: 1,
    max: 1,
    run: (ev, [a]) => {
      const s = toText(a ? ev.scalar(a) : null);
      return isError(s) ? s : fn(s);
    },
  };
}

/** AND / OR: booleans and numbers from references (text and blanks skipped); typed values must be logical. */
function logical(all: boolean): FunctionDef {
  return {
    min: 1,
    max: 255,
    run: (ev, args) => {
      let seen = false;
      let result = all;
      for (const a of args) {
        const values = a?.k === "ref" ? ev.cells(a) : [a ? ev.scalar(a) : null];
        for (const v of values) {
          if (isError(v)) return v;
          if (a?.k === "ref" && (typeof v === "string" || v === null)) continue;
          const b = toBool(v);
          if (isError(b)) return b;
          seen = true;
          result = all ? result && b : result || b;
        }
      }
      return seen ? result : VALUE;
    },
  };
}

function joined(ev: Evaluation, args: (Node | null)[], ranges: boolean): Scalar {
  let out = "";
  for (const a of args) {
    const values = ranges && a?.k === "ref" ? ev.cells(a) : [a ? ev.scalar(a) : null];
    for (const v of values) {
      const s = toText(v);
      if (isError(s)) return s;
      out += s;
    }
  }
  return out;
}

/**
 * COUNT and COUNTA: a range's cells count by `inRange`, a typed argument (evaluated, as Excel does) by `typed`;
 * an omitted argument does not count.
 */
function counter(inRange: (v: CellValue) => boolean, typed: (v: CellValue) => boolean): FunctionDef {
  return {
    min: 1,
    max: 255,
    run: (ev, args) => {
      let n = 0;
      for (const a of args) {
        if (a?.k === "ref") {
          for (const v of ev.cells(a)) if (inRange(v)) n++;
        } else if (a && typed(ev.scalar(a))) n++;
      }
      return n;
    },
  };
}

// ---------- criteria (SUMIF, COUNTIFS, ...) ----------

const NA: CellErrorValue = { error: "#N/A" };
const REF: CellErrorValue = { error: "#REF!" };

/** A number and a cell's number in order; equal only to 15 digits (Excel's rule here is not known): unsupported. */
function orderNumbers(a: number, b: number): number {
  if (a === b) return 0;
  const c = compareNumbers(a, b);
  if (c === 0) unsupported(`the numbers ${a} and ${b}, equal only to 15 significant digits`);
  return c;
}

/** Whether a comparison operator holds for an order (negative, 0 or positive). */
function holds(op: string, c: number): boolean {
  switch (op) {
    case "=":
      return c === 0;
    case "<>":
      return c !== 0;
    case "<":
      return c < 0;
    case ">":
      return c > 0;
    case "<=":
      return c <= 0;
    default:
      return c >= 0;
  }
}

/** Text Excel may read as a number where a number is sought (COUNTIF matches "5" with 5; which texts is not known). */
function mayReadAsNumber(t: string): boolean {
  const s = t.trim();
  return /\d/.test(s) && (PLAIN_NUMBER.test(s) || s.endsWith("%") || LOCALE_NUMBER.test(s));
}

/** A text pattern with Excel's wildcards (* any run, ? one character, ~ escapes the next * ? ~), case-insensitive. */
function wildcardPattern(text: string): RegExp {
  let source = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "~") {
      const next = text[i + 1];
      if (next !== "*" && next !== "?" && next !== "~") unsupported("a ~ in a pattern that escapes no wildcard");
      source += "\\" + next;
      i++;
    } else if (ch === "*") source += "[\\s\\S]*";
    else if (ch === "?") source += "[\\s\\S]";
    else source += ch.replace(/[\\^$.|+()[\]{}*?/-]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "i");
}

type Criterion = (v: Scalar) => boolean;

function numberCriterion(op: string, n: number): Criterion {
  return (v) => {
    if (typeof v === "number") return holds(op, orderNumbers(v, n));
    if (typeof v === "string" && mayReadAsNumber(v)) unsupported(`the text '${v}' matched against a number criterion`);
    if (isError(v) && op === "<>") unsupported("an error value under a <> criterion");
    // Blanks, text, logical values and errors are never equal to a number; <> counts them.
    return op === "<>";
  };
}

function textCriterion(op: string, text: string): Criterion {
  if (op === "=" || op === "<>") {
    const pattern = wildcardPattern(text);
    const matchesEmpty = pattern.test("");
    return (v) => {
      if (isError(v) && op === "<>") unsupported("an error value under a <> criterion");
      // Whether "*" matches a formula's empty text is not clear from Excel's documentation.
      if (v === "" && matchesEmpty) unsupported(`empty text under the criterion '${op}${text}'`);
      const hit = typeof v === "string" && pattern.test(v);
      return op === "=" ? hit : !hit;
    };
  }
  if (/[*?~]/.test(text)) unsupported(`the criterion '${op}${text}' (wildcards with ${op})`);
  // Ordering criteria compare text with text only; whether a formula's empty text counts ("<a") is not documented.
  return (v) => {
    if (v === "") unsupported(`empty text under the criterion '${op}${text}'`);
    return typeof v === "string" && holds(op, compareText(v, text));
  };
}

function booleanCriterion(b: boolean): Criterion {
  return (v) => {
    if (typeof v === "string" && /^\s*(?:TRUE|FALSE)\s*$/i.test(v)) unsupported(`the text '${v}' matched against ${b}`);
    return v === b;
  };
}

/**
 * A criterion as SUMIF and COUNTIFS read it: a number or logical value is matched by equality; text may start with
 * = <> < > <= >= and the rest is a number, TRUE/FALSE, nothing (blanks) or text (wildcards with = and <>).
 */
function criterion(c: Scalar): Criterion {
  if (isError(c)) unsupported("an error value as a criterion");
  // An empty cell as the criterion counts as 0 (Microsoft's COUNTIFS documentation).
  if (c === null) return numberCriterion("=", 0);
  if (typeof c === "number") return numberCriterion("=", c);
  if (typeof c === "boolean") return booleanCriterion(c);
  const m = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/.exec(c) as RegExpExecArray;
  const op = m[1] ?? "=";
  const rest = m[2];
  if (rest === "") {
    // "" matches empty cells and empty text, "=" only empty cells, "<>" every cell that is not empty.
    if (m[1] === undefined) return (v) => v === null || v === "";
    if (op !== "=" && op !== "<>") unsupported(`the criterion '${op}' with nothing after it`);
    return (v) => {
      if (v === "") unsupported(`empty text under the criterion '${op}'`);
      return op === "=" ? v === null : v !== null;
    };
  }
  if (PLAIN_NUMBER.test(rest)) return numberCriterion(op, Number(rest));
  if (/^(?:TRUE|FALSE)$/i.test(rest)) {
    if (op !== "=") unsupported(`the criterion '${c}'`);
    return booleanCriterion(rest.toUpperCase() === "TRUE");
  }
  if (rest.trim() !== rest || mayReadAsNumber(rest) || rest.startsWith("#"))
    unsupported(`the criterion '${c}' (Excel may read it as a number, date or error)`);
  return textCriterion(op, rest);
}

function rangeArg(a: Node | null, fn: string): Ref {
  if (a?.k !== "ref") unsupported(`${fn} with an argument that is not a range`);
  return a;
}

function sameShape(a: Ref, b: Ref): boolean {
  return a.row2 - a.row === b.row2 - b.row && a.col2 - a.col === b.col2 - b.col;
}

/**
 * Which cells of `shape` meet every (range, criterion) pair of args; ranges of other shapes are unsupported. Whole
 * columns are read down to `last`, the last row of the longest of their sheets, in every range alike (so the cells
 * line up); `tail` is how many cells below it (all empty) meet the criteria too.
 */
function matching(
  ev: Evaluation,
  fn: string,
  shape: Ref,
  pairs: (Node | null)[],
): { hits: boolean[]; last: number; tail: number } {
  const ranges: Ref[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const range = rangeArg(pairs[i], fn);
    if (!sameShape(range, shape)) unsupported(`${fn} over ranges of different shapes`);
    ranges.push(range);
  }
  const last = isWholeColumn(shape) ? Math.max(...[shape, ...ranges].map((r) => ev.lastRow(r.sheet))) : shape.row2;
  let hits: boolean[] | null = null;
  let emptyMatches = true;
  for (let k = 0; k < ranges.length; k++) {
    const test = criterion(pairs[2 * k + 1] ? ev.scalar(pairs[2 * k + 1] as Node) : null);
    const before: boolean[] | null = hits;
    hits = ev.cells(ranges[k], last).map((v, j): boolean => (before === null || before[j]) && test(v));
    if (last < shape.row2) emptyMatches &&= test(null);
  }
  const tail = last < shape.row2 && emptyMatches ? (shape.row2 - last) * (shape.col2 - shape.col + 1) : 0;
  return { hits: hits as boolean[], last, tail };
}

/** A reference to whole columns (`A:B`): rows 1 to the last row Excel has. */
function isWholeColumn(ref: Ref): boolean {
  return ref.row === 1 && ref.row2 === MAX_ROW;
}

/**
 * SUMIF-style functions: the numbers of `target` where the criteria hold (text, logical values and blanks skipped;
 * an error in a matched cell is the result), reduced.
 */
function conditional(
  name: string,
  pick: (args: (Node | null)[]) => { target: Node | null; pairs: (Node | null)[] },
  reduce: (ns: number[]) => Scalar,
): (ev: Evaluation, args: (Node | null)[]) => Scalar {
  return (ev, args) => {
    const { target, pairs } = pick(args);
    const range = rangeArg(target, name);
    // Cells below `last` are empty: no numbers, no errors.
    const { hits, last } = matching(ev, name, range, pairs);
    const ns: number[] = [];
    const values = ev.cells(range, last);
    for (let j = 0; j < values.length; j++) {
      if (!hits[j]) continue;
      const v = values[j];
      if (isError(v)) return v;
      if (typeof v === "number") ns.push(v);
    }
    return reduce(ns);
  };
}

/** COUNTIF's count: the cells read that meet the criteria, and the empty ones below them that do. */
function counted({ hits, tail }: { hits: boolean[]; tail: number }): number {
  let n = tail;
  for (const hit of hits) if (hit) n++;
  return n;
}

// What SUM, AVERAGE, MAX, MIN and PRODUCT make of their numbers (MAX and MIN of none are 0). Not Math.max(...ns):
// a range of 100,000 cells is too many arguments for one call.
const sum = (ns: number[]): Scalar => finite(ns.reduce((s, n) => s + n, 0));
const average = (ns: number[]): Scalar => (ns.length ? finite(ns.reduce((s, n) => s + n, 0) / ns.length) : DIV0);
const largest = (ns: number[]): Scalar => (ns.length ? ns.reduce((m, n) => (n > m ? n : m)) : 0);
const smallest = (ns: number[]): Scalar => (ns.length ? ns.reduce((m, n) => (n < m ? n : m)) : 0);
const product = (ns: number[]): Scalar => (ns.length ? finite(ns.reduce((p, n) => p * n, 1)) : 0);

/** SUMIF(range, criteria, [sum_range]) and AVERAGEIF: the criterion on `range`, the numbers from sum_range. */
function ifFunction(name: string, reduce: (ns: number[]) => Scalar): FunctionDef {
  return {
    min: 2,
    max: 3,
    run: conditional(
      name,
      ([range, crit, target]) => {
        if (target === null) unsupported(`${name} with an empty third argument`);
        return { target: target === undefined ? range : target, pairs: [range, crit] };
      },
      reduce,
    ),
  };
}

/** SUMIFS(sum_range, range1, criteria1, ...), MAXIFS and MINIFS. */
function ifsFunction(name: string, reduce: (ns: number[]) => Scalar): FunctionDef {
  return {
    min: 3,
    max: 255,
    run: (ev, args) => {
      if (args.length % 2 === 0) unsupported(`${name} with a range without a criterion`);
      return conditional(name, ([target, ...pairs]) => ({ target, pairs }), reduce)(ev, args);
    },
  };
}

// ---------- lookups ----------

/** Whether a lookup cell equals the sought value: same type, text case-insensitive (with wildcards if asked). */
function lookupEquals(sought: Scalar, v: Scalar, pattern: RegExp | null): boolean {
  if (typeof sought === "number") return typeof v === "number" && orderNumbers(v, sought) === 0;
  if (typeof sought === "string") {
    if (typeof v !== "string") return false;
    return pattern ? pattern.test(v) : v.toUpperCase() === sought.toUpperCase();
  }
  return v === sought;
}

/** The first position holding the sought value, or -1. */
function exactPosition(sought: Scalar, values: Scalar[], wildcards: boolean): number {
  const pattern = wildcards && typeof sought === "string" && /[*?~]/.test(sought) ? wildcardPattern(sought) : null;
  return values.findIndex((v) => lookupEquals(sought, v, pattern));
}

/**
 * Approximate match (VLOOKUP TRUE, MATCH 1 and -1): the last position whose value is at most (ascending) or at
 * least (descending) the sought one, or -1. Excel searches by halving; what that finds in data out of order, with
 * blanks, repeats or mixed types is not what its documentation defines, so such data is unsupported.
 */
function approximatePosition(sought: Scalar, values: Scalar[], descending: boolean): number {
  if (typeof sought !== "number" && typeof sought !== "string")
    unsupported("an approximate lookup of something other than a number or text");
  const order = (a: Scalar, b: Scalar): number =>
    typeof a === "number" ? orderNumbers(a, b as number) : compareText(a as string, b as string);
  let found = -1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== typeof sought) unsupported("an approximate lookup in data of mixed types, blanks or errors");
    if (i > 0) {
      const step = order(values[i - 1], v);
      if (descending ? step <= 0 : step >= 0) unsupported("an approximate lookup in data that is not strictly sorted");
    }
    const c = order(v, sought);
    if (descending ? c >= 0 : c <= 0) found = i;
  }
  return found;
}

/** The value to look up: an error is the result; an empty cell is unsupported (how Excel matches it is unclear). */
function sought(ev: Evaluation, a: Node | null): Scalar {
  const v = a ? ev.scalar(a) : null;
  if (v === null) unsupported("a lookup of an empty value");
  return v;
}

/** A whole-number argument (truncated, as Excel does), or the error it is. */
function integerArg(ev: Evaluation, a: Node | null): number | CellErrorValue {
  const n = toNumber(a ? ev.scalar(a) : null);
  return isError(n) ? n : Math.trunc(n);
}

/** VLOOKUP and HLOOKUP: `across` false looks down the first column, true along the first row. */
function tableLookup(across: boolean): FunctionDef {
  return {
    min: 3,
    max: 4,
    run: (ev, [key, table, index, mode]) => {
      const name = across ? "HLOOKUP" : "VLOOKUP";
      const range = rangeArg(table, name);
      const value = sought(ev, key);
      if (isError(value)) return value;
      const n = integerArg(ev, index);
      if (isError(n)) return n;
      if (n < 1) return VALUE;
      if (n > (across ? range.row2 - range.row + 1 : range.col2 - range.col + 1)) return REF;
      // Omitted: approximate; an empty argument (VLOOKUP(a,t,2,)) is FALSE.
      const approximate = mode === undefined ? true : toBool(mode ? ev.scalar(mode) : null);
      if (isError(approximate)) return approximate;
      const keys = ev.cells(across ? { ...range, row2: range.row } : { ...range, col2: range.col });
      const at = approximate ? approximatePosition(value, keys, false) : exactPosition(value, keys, true);
      if (at < 0) return NA;
      return across
        ? ev.at(range.sheet, range.row + n - 1, range.col + at)
        : ev.at(range.sheet, range.row + at, range.col + n - 1);
    },
  };
}

/** A one-row or one-column range's cells, or null when it is neither. */
function line(ev: Evaluation, range: Ref): Scalar[] | null {
  return range.row === range.row2 || range.col === range.col2 ? ev.cells(range) : null;
}

// ---------- SUBTOTAL ----------

/** Whether a formula calls SUBTOTAL or AGGREGATE anywhere (unknown when its text is outside the subset). */
function callsSubtotal(formula: string): boolean | null {
  try {
    return tokenize(formula.replace(/^\s*=/, "")).some(
      (t) => t.k === "fn" && (t.name === "SUBTOTAL" || t.name === "AGGREGATE"),
    );
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
    return /SUBTOTAL|AGGREGATE/i.test(formula) ? null : false;
  }
}

/**
 * The cells SUBTOTAL counts: a cell whose formula is a SUBTOTAL is left out (Excel's rule against counting a
 * subtotal twice), and so is a hidden row's with `visibleOnly` (101-111); a formula that uses SUBTOTAL or AGGREGATE
 * some other way is unsupported.
 */
function subtotalCells(ev: Evaluation, range: Ref, visibleOnly: boolean): Scalar[] {
  const out: Scalar[] = [];
  const hidden = visibleOnly ? ev.hiddenRows(range.sheet) : null;
  ev.walk(range, (row, col) => {
    if (hidden?.has(row)) return;
    const formula = ev.formulaAt(range.sheet, row, col);
    if (formula !== null) {
      const calls = callsSubtotal(formula);
      if (calls !== false) {
        let node: Node | null = null;
        try {
          node = parse(formula);
        } catch (e) {
          if (!(e instanceof Unsupported)) throw e;
        }
        if (calls && node?.k === "call" && node.name === "SUBTOTAL") {
          // Its own cell in its range is a circular reference in Excel, whatever SUBTOTAL leaves out.
          if (ev.isComputing(range.sheet, row, col)) unsupported("a SUBTOTAL over its own cell (a circular reference)");
          return;
        }
        unsupported(`the formula =${formula.replace(/^\s*=/, "")} inside a SUBTOTAL range`);
      }
    }
    out.push(ev.at(range.sheet, row, col));
  });
  return out;
}

function variance(ns: number[], sample: boolean): Scalar {
  if (ns.length < (sample ? 2 : 1)) return DIV0;
  const mean = ns.reduce((s, n) => s + n, 0) / ns.length;
  return finite(ns.reduce((s, n) => s + (n - mean) * (n - mean), 0) / (sample ? ns.length - 1 : ns.length));
}

/** SUBTOTAL's functions 1-11 over the cells of its references. */
const SUBTOTALS: Record<number, (vs: Scalar[]) => Scalar> = {
  1: (vs) => ofRangeNumbers(vs, average),
  2: (vs) => vs.filter((v) => typeof v === "number").length,
  3: (vs) => vs.filter((v) => v !== null).length,
  4: (vs) => ofRangeNumbers(vs, largest),
  5: (vs) => ofRangeNumbers(vs, smallest),
  6: (vs) => ofRangeNumbers(vs, product),
  7: (vs) => ofRangeNumbers(vs, (ns) => sqrtOf(variance(ns, true))),
  8: (vs) => ofRangeNumbers(vs, (ns) => sqrtOf(variance(ns, false))),
  9: (vs) => ofRangeNumbers(vs, sum),
  10: (vs) => ofRangeNumbers(vs, (ns) => variance(ns, true)),
  11: (vs) => ofRangeNumbers(vs, (ns) => variance(ns, false)),
};

function sqrtOf(v: Scalar): Scalar {
  return typeof v === "number" ? Math.sqrt(v) : v;
}

/** The numbers among a range's cells (the first error is the result), reduced. */
function ofRangeNumbers(vs: Scalar[], reduce: (ns: number[]) => Scalar): Scalar {
  const ns: number[] = [];
  for (const v of vs) {
    if (isError(v)) return v;
    if (typeof v === "number") ns.push(v);
  }
  return reduce(ns);
}

// ---------- dates, times and text ----------

/** A date-time argument as whole days and seconds, or the error it is. */
function dateTimeArg(ev: Evaluation, a: Node | null): { days: number; seconds: number } | CellErrorValue {
  const n = toNumber(a ? ev.scalar(a) : null);
  return isError(n) ? n : dayAndSeconds(n, ev.date1904);
}

function datePart(part: (ymd: [number, number, number]) => number): FunctionDef {
  return {
    min: 1,
    max: 1,
    run: (ev, [a]) => {
      const t = dateTimeArg(ev, a);
      return isError(t) ? t : part(serialDate(t.days, ev.date1904));
    },
  };
}

function timePart(part: (seconds: number) => number): FunctionDef {
  return {
    min: 1,
    max: 1,
    run: (ev, [a]) => {
      const t = dateTimeArg(ev, a);
      return isError(t) ? t : part(t.seconds);
    },
  };
}

/** EDATE and EOMONTH: the date `months` months on, on the same day (at most the month's last) or the last day. */
/** Most working days WORKDAY steps over, one at a time (a bound for a stray argument, not a calendar). */
const MAX_WORKDAY_STEPS = 100000;

/**
 * A date argument of WORKDAY and NETWORKDAYS as a whole day serial (the time of day dropped, as Excel does).
 * Serials before 1900-03-01 are unsupported: Excel's calendar there has a 29 February 1900 and its weekdays are
 * off by one.
 */
function workdayDate(ev: Evaluation, a: Node | null): number | CellErrorValue {
  const n = toNumber(a ? ev.scalar(a) : null);
  if (isError(n)) return n;
  if (n < 0 || beforeMarch1900(n, ev.date1904)) unsupported("working days counted from a date before 1900-03-01");
  const t = dayAndSeconds(n, ev.date1904);
  return isError(t) ? t : t.days;
}

/**
 * A day serial's weekday, Sunday 0 to Saturday 6: 1900 serials count from a Sunday (serial 1, with Excel's 29
 * February 1900 in), 1904 serials from a Friday (serial 0).
 */
function weekdayFromSunday(day: number, date1904: boolean): number {
  return (day + (date1904 ? 1462 : 0) + 6) % 7;
}

/**
 * Whether a day is a working day for WORKDAY and NETWORKDAYS: Monday to Friday and not one of the holidays
 * argument's dates (a range, blanks skipped, or one value; anything but a date is #VALUE!), or that argument's error.
 */
function workingDayTest(ev: Evaluation, a: Node | null | undefined): ((day: number) => boolean) | CellErrorValue {
  const off = new Set<number>();
  const values =
    a === undefined || a === null ? [] : a.k === "ref" ? ev.cells(a).filter((v) => v !== null) : [ev.scalar(a)];
  for (const v of values) {
    if (isError(v)) return v;
    if (typeof v !== "number") unsupported("a holiday that is not a date serial");
    if (v < 0) return NUM;
    off.add(Math.floor(v));
  }
  return (day) => {
    const weekday = weekdayFromSunday(day, ev.date1904);
    return weekday >= 1 && weekday <= 5 && !off.has(day);
  };
}

function monthsOn(endOfMonth: boolean): FunctionDef {
  return {
    min: 2,
    max: 2,
    run: (ev, [start, by]) => {
      const n = toNumber(start ? ev.scalar(start) : null);
      if (isError(n)) return n;
      const months = integerArg(ev, by);
      if (isError(months)) return months;
      if (n < 0) return NUM;
      const t = dayAndSeconds(Math.floor(n), ev.date1904);
      if (isError(t)) return t;
      if (beforeMarch1900(t.days, ev.date1904)) unsupported("EDATE or EOMONTH from a date before 1900-03-01");
      const [y, m, d] = serialDate(t.days, ev.date1904);
      const total = y * 12 + (m - 1) + months;
      const year = Math.floor(total / 12);
      const month = (total % 12) + 1;
      if (year < (ev.date1904 ? 1904 : 1900) || year > 9999) return NUM;
      const last = daysInMonth(year, month);
      const serial = dateSerial(year, month, endOfMonth ? last : Math.min(d, last), ev.date1904);
      if (typeof serial === "number" && beforeMarch1900(serial, ev.date1904))
        unsupported("EDATE or EOMONTH to a date before 1900-03-01");
      return serial;
    },
  };
}

/** A text argument only (DATEVALUE(46083) and its like are not read here). */
function textOnly(name: string, fn: (s: string, ev: Evaluation) => Scalar): FunctionDef {
  return {
    min: 1,
    max: 1,
    run: (ev, [a]) => {
      const v = a ? ev.scalar(a) : null;
      if (isError(v)) return v;
      if (typeof v !== "string") unsupported(`${name} of something other than text`);
      return fn(v, ev);
    },
  };
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** TEXT(value, format) for the formats it can write exactly; any other is unsupported. */
function formatted(ev: Evaluation, v: Exclude<Scalar, CellErrorValue>, format: string): Scalar {
  if (format === "@") {
    if (typeof v !== "string") unsupported("TEXT with @ of something other than text");
    return v;
  }
  if (typeof v === "string" || typeof v === "boolean") unsupported("TEXT of text or a logical value");
  const n = v ?? 0;
  if (format === "0" || format === "0.00") {
    const digits = format === "0" ? 0 : 2;
    // Excel shows 15 significant digits: beyond them its text is not this rounding.
    if (Math.abs(n) >= (digits ? 1e13 : 1e15)) unsupported(`TEXT of the large number ${n}`);
    const r = rounded(n, digits, (abs) => Math.floor(abs + 0.5));
    if (r === 0 && n < 0) unsupported("TEXT of a small negative number (whether Excel writes -0)");
    return r.toFixed(digits);
  }
  const t = dayAndSeconds(n, ev.date1904);
  if (isError(t)) unsupported("TEXT of a negative date or time");
  const hours = Math.floor(t.seconds / 3600);
  const minutes = pad2(Math.floor(t.seconds / 60) % 60);
  if (format === "hh:mm") return `${pad2(hours)}:${minutes}`;
  if (format === "h:mm AM/PM") return `${hours % 12 || 12}:${minutes} ${hours < 12 ? "AM" : "PM"}`;
  if (format === "yyyy-mm-dd") {
    const [y, m, d] = serialDate(t.days, ev.date1904);
    return `${y}-${pad2(m)}-${pad2(d)}`;
  }
  return unsupported(`TEXT with the format '${format}'`);
}

/** The text of LEFT, RIGHT and MID, or the error it is. */
function textArg(ev: Evaluation, a: Node | null): string | CellErrorValue {
  return toText(a ? ev.scalar(a) : null);
}

/** CEILING and FLOOR of positive numbers to a positive significance, to 15 digits (CEILING(0.3,0.1) is 0.3). */
function toMultiple(x: number, significance: number, mode: (q: number) => number): Scalar {
  if (x < 0 || significance < 0) unsupported("CEILING or FLOOR with a negative number or significance");
  if (x === 0) return 0;
  const q = Number((x / significance).toPrecision(15));
  return finite(Number((mode(q) * significance).toPrecision(15)));
}

/** IS-functions: a test of the argument's value. */
function isValue(test: (v: Scalar) => boolean): FunctionDef {
  return { min: 1, max: 1, run: (ev, [a]) => test(a ? ev.scalar(a) : null) };
}

/** LEFT and RIGHT: the text, then how many characters (default 1; negative is #VALUE!). */
function sideOfText(take: (text: string, count: number) => string): FunctionDef {
  return {
    min: 1,
    max: 2,
    run: (ev, [a, count]) => {
      const s = textArg(ev, a);
      if (isError(s)) return s;
      const n = count === undefined ? 1 : integerArg(ev, count);
      if (isError(n)) return n;
      return n < 0 ? VALUE : take(s, n);
    },
  };
}

/** A case change that maps letter to letter; JavaScript's ß → SS and the like are not Excel's: unsupported. */
function oneToOneCase(s: string, changed: string): string {
  if (changed.length !== s.length) unsupported(`the case of '${s}' (a letter that changes length)`);
  return changed;
}

const FUNCTIONS: Record<string, FunctionDef> = {
  SUM: numeric(sum),
  MIN: numeric(smallest),
  MAX: numeric(largest),
  AVERAGE: numeric(average),
  // Typed values count when they are numbers, logical values or text that reads as a number.
  COUNT: counter(
    (v) => typeof v === "number",
    (v) => typeof v === "number" || typeof v === "boolean" || (typeof v === "string" && !isError(numberFromText(v))),
  ),
  COUNTA: counter(
    (v) => v !== null,
    () => true,
  ),
  ROUND: ofNumbers(2, (x, d) => rounded(x, Math.trunc(d), (abs) => Math.floor(abs + 0.5))),
  ROUNDUP: ofNumbers(2, (x, d) => rounded(x, Math.trunc(d), Math.ceil)),
  ROUNDDOWN: ofNumbers(2, (x, d) => rounded(x, Math.trunc(d), Math.floor)),
  INT: ofNumbers(1, (x) => Math.floor(x)),
  ABS: ofNumbers(1, (x) => Math.abs(x)),
  MOD: ofNumbers(2, (a, b) => (b === 0 ? DIV0 : finite(a - b * Math.floor(a / b)))),
  IF: {
    min: 1,
    max: 3,
    run: (ev, [test, yes, no]) => {
      const b = toBool(test ? ev.scalar(test) : null);
      if (isError(b)) return b;
      const branch = b ? yes : no;
      // An omitted branch: FALSE when there is no third argument, 0 when it is empty (IF(x,1,)).
      if (branch === undefined) return b ? 0 : false;
      return branch === null ? 0 : ev.scalar(branch);
    },
  },
  AND: logical(true),
  OR: logical(false),
  NOT: {
    min: 1,
    max: 1,
    run: (ev, [a]) => {
      const b = toBool(a ? ev.scalar(a) : null);
      return isError(b) ? b : !b;
    },
  },
  IFERROR: {
    min: 2,
    max: 2,
    run: (ev, [a, alt]) => {
      const v = a ? ev.scalar(a) : null;
      if (!isError(v)) return v;
      return alt ? ev.scalar(alt) : 0;
    },
  },
  DATE: {
    min: 3,
    max: 3,
    run: (ev, args) => {
      const ns: number[] = [];
      for (const a of args) {
        const n = toNumber(a ? ev.scalar(a) : null);
        if (isError(n)) return n;
        ns.push(n);
      }
      return dateSerial(ns[0], ns[1], ns[2], ev.date1904);
    },
  },
  TIME: ofNumbers(3, timeFraction),
  CONCATENATE: { min: 1, max: 255, run: (ev, args) => joined(ev, args, false) },
  CONCAT: { min: 1, max: 254, run: (ev, args) => joined(ev, args, true) },
  UPPER: ofText((s) => oneToOneCase(s, s.toUpperCase())),
  LOWER: ofText((s) => oneToOneCase(s, s.toLowerCase())),
  TRIM: ofText((s) => s.replace(/ +/g, " ").replace(/^ | $/g, "")),
  LEN: ofText((s) => s.length),
  PRODUCT: numeric(product),
  SUMIF: ifFunction("SUMIF", sum),
  AVERAGEIF: ifFunction("AVERAGEIF", average),
  SUMIFS: ifsFunction("SUMIFS", sum),
  MAXIFS: ifsFunction("MAXIFS", largest),
  MINIFS: ifsFunction("MINIFS", smallest),
  COUNTIF: {
    min: 2,
    max: 2,
    run: (ev, args) => counted(matching(ev, "COUNTIF", rangeArg(args[0], "COUNTIF"), args)),
  },
  COUNTIFS: {
    min: 2,
    max: 254,
    run: (ev, args) => {
      if (args.length % 2 !== 0) unsupported("COUNTIFS with a range without a criterion");
      return counted(matching(ev, "COUNTIFS", rangeArg(args[0], "COUNTIFS"), args));
    },
  },
  VLOOKUP: tableLookup(false),
  HLOOKUP: tableLookup(true),
  MATCH: {
    min: 2,
    max: 3,
    run: (ev, [key, within, kind]) => {
      const value = sought(ev, key);
      if (isError(value)) return value;
      const type = kind === undefined ? 1 : integerArg(ev, kind);
      if (isError(type)) return type;
      if (kind === null || (type !== 0 && type !== 1 && type !== -1))
        unsupported("MATCH with a match type not -1, 0 or 1");
      const values = line(ev, rangeArg(within, "MATCH"));
      if (values === null) return NA;
      const at = type === 0 ? exactPosition(value, values, true) : approximatePosition(value, values, type === -1);
      return at < 0 ? NA : at + 1;
    },
  },
  INDEX: {
    min: 2,
    max: 3,
    run: (ev, [within, rowArg, colArg]) => {
      const range = rangeArg(within, "INDEX");
      const height = range.row2 - range.row + 1;
      const width = range.col2 - range.col + 1;
      let row = integerArg(ev, rowArg);
      if (isError(row)) return row;
      let col: number | CellErrorValue = 1;
      if (colArg !== undefined) col = integerArg(ev, colArg);
      else if (height === 1)
        [row, col] = [1, row]; // one row: the single number picks the column
      else if (width !== 1) unsupported("INDEX of a whole row of a range");
      if (isError(col)) return col;
      if (row < 0 || col < 0) return VALUE;
      if (row === 0 || col === 0) unsupported("INDEX of a whole row or column");
      if (row > height || col > width) return REF;
      return ev.at(range.sheet, range.row + row - 1, range.col + col - 1);
    },
  },
  XLOOKUP: {
    min: 3,
    max: 6,
    run: (ev, [key, within, results, ifNotFound, matchMode, searchMode]) => {
      const modes = [matchMode, searchMode].map((m, i) => (m === undefined ? i : m ? ev.scalar(m) : null));
      if (modes[0] !== 0 || modes[1] !== 1) unsupported("XLOOKUP with a match or search mode");
      const keys = rangeArg(within, "XLOOKUP");
      const out = rangeArg(results, "XLOOKUP");
      const down = keys.col === keys.col2;
      if (
        !(down || keys.row === keys.row2) ||
        !sameShape(keys, out) ||
        (down ? out.col !== out.col2 : out.row !== out.row2)
      )
        unsupported("XLOOKUP over ranges that are not matching single rows or columns");
      const value = sought(ev, key);
      if (isError(value)) return value;
      const at = exactPosition(value, ev.cells(keys), false);
      if (at >= 0) return down ? ev.at(out.sheet, out.row + at, out.col) : ev.at(out.sheet, out.row, out.col + at);
      if (ifNotFound === undefined) return NA;
      if (ifNotFound === null) unsupported("XLOOKUP with an empty if_not_found");
      return ev.scalar(ifNotFound);
    },
  },
  SUBTOTAL: {
    min: 2,
    max: 255,
    run: (ev, [kind, ...refs]) => {
      const n = integerArg(ev, kind);
      if (isError(n)) return n;
      // 101-111 (an Excel table's totals row writes 109) leave out hidden rows, as the reader tells them. 1-11 leave out
      // rows an AutoFilter hides: files without saved results come from programs that do not filter, so every row counts.
      const visibleOnly = n >= 101 && n <= 111;
      const fn = SUBTOTALS[visibleOnly ? n - 100 : n];
      if (!fn) unsupported(`SUBTOTAL with the function number ${n}`);
      const values: Scalar[] = [];
      for (const r of refs) values.push(...subtotalCells(ev, rangeArg(r, "SUBTOTAL"), visibleOnly));
      return fn(values);
    },
  },
  YEAR: datePart(([y]) => y),
  MONTH: datePart(([, m]) => m),
  DAY: datePart(([, , d]) => d),
  HOUR: timePart((s) => Math.floor(s / 3600)),
  MINUTE: timePart((s) => Math.floor(s / 60) % 60),
  SECOND: timePart((s) => s % 60),
  WEEKDAY: {
    min: 1,
    max: 2,
    run: (ev, [a, kind]) => {
      const t = dateTimeArg(ev, a);
      if (isError(t)) return t;
      const type = kind === undefined ? 1 : integerArg(ev, kind);
      if (isError(type)) return type;
      if (kind === null || (type !== 1 && type !== 2 && type !== 3))
        unsupported("WEEKDAY with a return type not 1, 2 or 3");
      const sunday0 = weekdayFromSunday(t.days, ev.date1904);
      return type === 1 ? sunday0 + 1 : type === 2 ? ((sunday0 + 6) % 7) + 1 : (sunday0 + 6) % 7;
    },
  },
  // The date `days` working days (Monday to Friday, not a holiday) after or before start; the start itself never
  // counts, and 0 days is the start as it is.
  WORKDAY: {
    min: 2,
    max: 3,
    run: (ev, [startArg, daysArg, holidaysArg]) => {
      const start = workdayDate(ev, startArg);
      if (isError(start)) return start;
      const days = integerArg(ev, daysArg);
      if (isError(days)) return days;
      const isWorkingDay = workingDayTest(ev, holidaysArg);
      if (isError(isWorkingDay)) return isWorkingDay;
      if (Math.abs(days) > MAX_WORKDAY_STEPS) unsupported(`WORKDAY over ${days} working days`);
      const step = days < 0 ? -1 : 1;
      let day = start;
      for (let left = Math.abs(days); left > 0;) {
        day += step;
        if (isWorkingDay(day)) left--;
      }
      if (day < 0 || beforeMarch1900(day, ev.date1904)) unsupported("WORKDAY to a date before 1900-03-01");
      if (day > maxSerial(ev.date1904)) return NUM;
      return day;
    },
  },
  // Working days from start to end, both counted; negative when end comes first.
  NETWORKDAYS: {
    min: 2,
    max: 3,
    run: (ev, [startArg, endArg, holidaysArg]) => {
      const start = workdayDate(ev, startArg);
      if (isError(start)) return start;
      const end = workdayDate(ev, endArg);
      if (isError(end)) return end;
      const isWorkingDay = workingDayTest(ev, holidaysArg);
      if (isError(isWorkingDay)) return isWorkingDay;
      const [from, to] = start <= end ? [start, end] : [end, start];
      if (to - from > 7 * MAX_WORKDAY_STEPS) unsupported("NETWORKDAYS over that many years");
      let count = 0;
      for (let day = from; day <= to; day++) if (isWorkingDay(day)) count++;
      return start <= end ? count : -count;
    },
  },
  EDATE: monthsOn(false),
  EOMONTH: monthsOn(true),
  DATEVALUE: textOnly("DATEVALUE", (s, ev) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
    if (!m) unsupported(`DATEVALUE of '${s}' (only yyyy-mm-dd is read here)`);
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // Excel's calendar has 1900-02-29 (serial 60).
    const leap1900 = !ev.date1904 && y === 1900 && mo === 2 && d === 29;
    if (mo < 1 || mo > 12 || d < 1 || (d > daysInMonth(y, mo) && !leap1900) || y < (ev.date1904 ? 1904 : 1900))
      unsupported(`DATEVALUE of the date '${s}' that does not exist`);
    return dateSerial(y, mo, d, ev.date1904);
  }),
  TIMEVALUE: textOnly("TIMEVALUE", (s) => {
    const m = /^(\d{2}):(\d{2})$/.exec(s.trim());
    if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) unsupported(`TIMEVALUE of '${s}' (only hh:mm is read here)`);
    return timeFraction(Number(m[1]), Number(m[2]), 0);
  }),
  LEFT: sideOfText((t, n) => t.slice(0, n)),
  RIGHT: sideOfText((t, n) => (n === 0 ? "" : t.slice(-n))),
  MID: {
    min: 3,
    max: 3,
    run: (ev, [a, from, count]) => {
      const s = textArg(ev, a);
      if (isError(s)) return s;
      const start = integerArg(ev, from);
      if (isError(start)) return start;
      const n = integerArg(ev, count);
      if (isError(n)) return n;
      return start < 1 || n < 0 ? VALUE : s.slice(start - 1, start - 1 + n);
    },
  },
  VALUE: {
    min: 1,
    max: 1,
    run: (ev, [a]) => {
      const v = a ? ev.scalar(a) : null;
      if (isError(v) || typeof v === "number") return v;
      if (typeof v !== "string" || v.trim() === "") unsupported("VALUE of something other than text or a number");
      if (/^[A-Za-z ]+$/.test(v)) return VALUE;
      const n = numberFromText(v);
      if (isError(n)) unsupported(`VALUE of the text '${v}'`);
      return n;
    },
  },
  TEXT: {
    min: 2,
    max: 2,
    run: (ev, [a, f]) => {
      const v = a ? ev.scalar(a) : null;
      if (isError(v)) return v;
      const format = toText(f ? ev.scalar(f) : null);
      return isError(format) ? format : formatted(ev, v, format);
    },
  },
  ISBLANK: {
    min: 1,
    max: 1,
    run: (ev, [a]) => {
      if (a?.k === "ref") return ev.scalar(a) === null;
      const v = a ? ev.scalar(a) : null;
      // An empty value from a lookup or an omitted argument: whether Excel calls it blank is not known here.
      if (v === null) unsupported("ISBLANK of an empty value that is not a reference");
      return false;
    },
  },
  ISNUMBER: isValue((v) => typeof v === "number"),
  ISTEXT: isValue((v) => typeof v === "string"),
  ISERROR: isValue(isError),
  ISNA: isValue((v) => isError(v) && v.error === "#N/A"),
  IFNA: {
    min: 2,
    max: 2,
    run: (ev, [a, alt]) => {
      const v = a ? ev.scalar(a) : null;
      if (!(isError(v) && v.error === "#N/A")) return v;
      return alt ? ev.scalar(alt) : 0;
    },
  },
  N: {
    min: 1,
    max: 1,
    run: (ev, [a]) => {
      const v = a ? ev.scalar(a) : null;
      return typeof v === "number" || isError(v) ? v : typeof v === "boolean" ? Number(v) : 0;
    },
  },
  CEILING: ofNumbers(2, (x, s) => (s === 0 ? 0 : toMultiple(x, s, Math.ceil))),
  FLOOR: ofNumbers(2, (x, s) => (s === 0 ? DIV0 : toMultiple(x, s, Math.floor))),
  MROUND: ofNumbers(2, (x, m) => {
    if (m === 0 || x === 0) return 0;
    if (Math.sign(x) !== Math.sign(m)) return NUM;
    const raw = x / m;
    const q = Number(raw.toPrecision(15));
    // A half that is one only to 15 digits (MROUND(6.05,0.1)): which way Excel rounds it is not known.
    if (q !== raw && Math.abs(q - Math.floor(q) - 0.5) < 1e-9) unsupported(`MROUND(${x},${m}) at a half`);
    return finite(Number((Math.floor(q + 0.5) * m).toPrecision(15)));
  }),
};

/** One formula's evaluation, at a cell of a sheet, in a workbook. */
class Evaluation {
  /** The larger operand of the last + or - computed (see evaluateFormula). */
  lastSumScale = 0;

  constructor(
    private readonly book: FormulaBook,
    private readonly sheet: string,
    readonly date1904: boolean,
  ) {}

  /** The value of an expression; a multi-cell range here would need implicit intersection: unsupported. */
  scalar(node: Node): Scalar {
    switch (node.k) {
      case "lit":
        return node.v;
      case "ref":
        if (node.row !== node.row2 || node.col !== node.col2) unsupported("a range where one value belongs");
        return this.book.valueAt(node.sheet ?? this.sheet, node.row, node.col);
      case "plus":
        return this.scalar(node.e);
      case "neg":
      case "pct": {
        const n = toNumber(this.scalar(node.e));
        if (isError(n)) return n;
        return node.k === "neg" ? -n : n / 100;
      }
      case "bin":
        return this.binary(node.op, node.l, node.r);
      case "call":
        return FUNCTIONS[node.name].run(this, node.args);
    }
  }

  private binary(op: string, l: Node, r: Node): Scalar {
    const a = this.scalar(l);
    const b = this.scalar(r);
    if (op === "&") {
      const x = toText(a);
      if (isError(x)) return x;
      const y = toText(b);
      return isError(y) ? y : x + y;
    }
    if (COMPARISONS.has(op)) {
      if (isError(a)) return a;
      if (isError(b)) return b;
      return holds(op, compare(a, b, op === "=" || op === "<>"));
    }
    const x = toNumber(a);
    if (isError(x)) return x;
    const y = toNumber(b);
    if (isError(y)) return y;
    if (op === "+" || op === "-") this.lastSumScale = Math.max(Math.abs(x), Math.abs(y));
    return arithmetic(op, x, y);
  }

  /**
   * Every cell of a reference, row by row (a referenced formula is evaluated first). Whole columns stop at their
   * sheet's last row (or at `last`): below it every cell is empty, which is nothing to a sum, a count or a lookup.
   */
  cells(ref: Ref, last?: number): Scalar[] {
    const out: Scalar[] = [];
    this.walk(ref, (r, c) => out.push(this.at(ref.sheet, r, c)), last);
    return out;
  }

  /** Each (row, column) of a reference, row by row (whole columns as in cells); too large a range is unsupported. */
  walk(ref: Ref, visit: (row: number, col: number) => void, last?: number): void {
    const row2 = isWholeColumn(ref) ? Math.min(ref.row2, last ?? this.lastRow(ref.sheet)) : ref.row2;
    const count = (row2 - ref.row + 1) * (ref.col2 - ref.col + 1);
    if (count > MAX_RANGE_CELLS) unsupported(`a range of ${count} cells`);
    for (let r = ref.row; r <= row2; r++) {
      for (let c = ref.col; c <= ref.col2; c++) visit(r, c);
    }
  }

  /** The last row holding anything on a sheet (null: the formula's own sheet). */
  lastRow(sheet: string | null): number {
    return this.book.lastRow(sheet ?? this.sheet);
  }

  /** One cell's value (sheet null: the formula's own sheet). */
  at(sheet: string | null, row: number, col: number): Scalar {
    return this.book.valueAt(sheet ?? this.sheet, row, col);
  }

  /** One cell's formula text, or null when it holds a value. */
  formulaAt(sheet: string | null, row: number, col: number): string | null {
    return this.book.formulaAt(sheet ?? this.sheet, row, col);
  }

  /** The rows hidden on a sheet (this formula's when null). */
  hiddenRows(sheet: string | null): ReadonlySet<number> {
    return this.book.hidden(sheet ?? this.sheet);
  }

  /** Whether that cell's formula is being computed (this one, or one that led here). */
  isComputing(sheet: string | null, row: number, col: number): boolean {
    return this.book.isComputing(sheet ?? this.sheet, row, col);
  }
}

/**
 * The formulas of one workbook, evaluated on demand and remembered per cell (so a formula referenced by many is
 * computed once, and a reference cycle is caught). Ask for cells in row order: earlier results are then reused.
 */
export class FormulaBook {
  private readonly done = new Map<string, FormulaResult>();
  private readonly running = new Set<string>();
  private readonly date1904: boolean;
  private readonly lastRows: FormulaOptions["lastRow"];
  private readonly hiddenRows: FormulaOptions["hiddenRows"];
  readonly tables: readonly FormulaTable[];

  constructor(
    private readonly source: CellSource,
    options: FormulaOptions = {},
  ) {
    this.date1904 = !!options.date1904;
    this.lastRows = options.lastRow;
    this.hiddenRows = options.hiddenRows;
    this.tables = options.tables ?? [];
  }

  /** The rows hidden on a sheet; unsupported when the reader did not say. */
  hidden(sheet: string): ReadonlySet<number> {
    if (!this.hiddenRows) unsupported("SUBTOTAL of visible cells only (101-111): hidden rows are not known here");
    return this.hiddenRows(sheet);
  }

  /** The last row holding anything on a sheet, for whole columns; unsupported when the reader did not say. */
  lastRow(sheet: string): number {
    if (!this.lastRows) unsupported("a whole column (the sheet's extent is not known here)");
    return this.lastRows(sheet);
  }

  /**
   * The value of the formula cell at (sheet, row, col): computed, else its cached result when it has one, else
   * unsupported (with why).
   */
  cell(sheet: string, row: number, col: number): FormulaResult {
    if (this.running.size > 0) return this.compute(sheet, row, col);
    // The outermost call: where a chain went deeper than a stretch, compute that cell first (it then starts a
    // stretch of its own), and come back.
    const todo: [string, number, number][] = [[sheet, row, col]];
    for (;;) {
      const [s, r, c] = todo[todo.length - 1];
      let result: FormulaResult;
      try {
        result = this.compute(s, r, c);
      } catch (e) {
        if (!(e instanceof TooDeep) && !(e instanceof RangeError)) throw e;
        const at = e instanceof TooDeep ? e.at : null;
        const again = at && todo.some(([ts, tr, tc]) => ts === at[0] && tr === at[1] && tc === at[2]);
        if (at && !again && todo.length < MAX_STRETCHES) {
          todo.push(at);
          continue;
        }
        // A stack overflow, a cycle longer than a stretch, or a chain too long: not computed.
        const failed: FormulaResult = {
          unsupported: "formulas that refer to each other too deeply, or in a long circle",
        };
        // A cycle is the same from each of its cells: the stretches' starting cells remember it, so asking for
        // every cell of a 1,000-cell circle does not walk the circle 1,000 times (400 s and more).
        if (again) for (const [ts, tr, tc] of todo) this.done.set(bookKey(ts, tr, tc), failed);
        return failed;
      }
      todo.pop();
      if (todo.length === 0) return result;
    }
  }

  private compute(sheet: string, row: number, col: number): FormulaResult {
    const key = bookKey(sheet, row, col);
    const known = this.done.get(key);
    if (known) return known;
    const content = this.source(sheet, row, col);
    if (content === undefined) return { unsupported: `a reference to a sheet named ${sheet} that does not exist` };
    if (!isFormulaCell(content)) return { value: content };
    if (this.running.has(key)) return { unsupported: "a circular reference" };
    if (this.running.size >= MAX_DEPTH) throw new TooDeep([sheet, row, col]);
    this.running.add(key);
    let result: FormulaResult;
    try {
      result = content.unsupported
        ? { unsupported: content.unsupported }
        : evaluateFormula(content.formula, { sheet, row, col }, this.date1904, this);
    } finally {
      this.running.delete(key);
    }
    if ("unsupported" in result && content.cached !== undefined && content.cached !== null)
      result = { value: content.cached };
    this.done.set(key, result);
    return result;
  }

  /** A cell's formula text, or null when it holds a value (or there is no such sheet). */
  isComputing(sheet: string, row: number, col: number): boolean {
    return this.running.has(bookKey(sheet, row, col));
  }

  formulaAt(sheet: string, row: number, col: number): string | null {
    const content = this.source(sheet, row, col);
    return content !== undefined && isFormulaCell(content) ? content.formula : null;
  }

  /** A referenced cell's value inside a calculation; throws Unsupported when it cannot be known. */
  valueAt(sheet: string, row: number, col: number): Scalar {
    const r = this.cell(sheet, row, col);
    if ("unsupported" in r) unsupported(r.unsupported);
    return r.value;
  }
}

/** A cell's key in a FormulaBook (sheet names compare case-insensitively). */
function bookKey(sheet: string, row: number, col: number): string {
  return `${sheet.toUpperCase()}!${row},${col}`;
}

function isFormulaCell(v: CellValue | FormulaCell): v is FormulaCell {
  return typeof v === "object" && v !== null && typeof (v as FormulaCell).formula === "string";
}

function evaluateFormula(
  text: string,
  at: { sheet: string; row: number; col: number },
  date1904: boolean,
  book: FormulaBook,
): FormulaResult {
  const { sheet } = at;
  let formula = text;
  if (formula.includes("[") && book.tables.length > 0) {
    const resolved = withStructuredReferences(formula, at, book.tables);
    if ("unsupported" in resolved) return resolved;
    formula = resolved.formula;
  }
  try {
    const root = parse(formula);
    const ev = new Evaluation(book, sheet, date1904);
    const v = ev.scalar(root);
    // Excel sets a formula's last + or - to 0 when it comes out next to nothing against its operands (=0.5-0.4-0.1
    // shows 0), by a tolerance it does not document: such results are not guessed.
    const lastIsSum = root.k === "bin" && (root.op === "+" || root.op === "-");
    if (lastIsSum && typeof v === "number" && v !== 0 && Math.abs(v) < ev.lastSumScale * 1e-13)
      unsupported(`a sum that comes out next to zero (${v}), which Excel may show as 0`);
    // A formula that shows an empty cell (=A9 with A9 empty) shows 0.
    return { value: v === null ? 0 : v };
  } catch (e) {
    if (e instanceof Unsupported) return { unsupported: e.message };
    throw e;
  }
}

/**
 * Evaluates one formula on its own, with `cells` for what it references (tests and one-off use). `sheet`, `row` and
 * `col` say where the formula is (its unqualified references; a table reference's own row).
 */
export function evaluate(
  formula: string,
  cells: CellSource = () => null,
  options: FormulaOptions & { sheet?: string; row?: number; col?: number } = {},
): FormulaResult {
  const at = { sheet: options.sheet ?? "Sheet1", row: options.row ?? 1, col: options.col ?? 1 };
  return evaluateFormula(formula, at, !!options.date1904, new FormulaBook(cells, options));
}
