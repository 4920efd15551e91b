/**
 * A small, exact subset of Excel formulas, for files saved without calculated results (openpyxl never computes;
 * XlsxWriter caches 0). The file readers evaluate such cells so the snapshot holds what Excel would show.
 *
 * Exact or nothing: whatever is outside the subset (an unknown function, a defined name, a table or external
 * reference, an array, a reference cycle, text Excel would read as a date) is "unsupported", never a guess.
 * Pure: the cells come from a callback the reader gives.
 */
import { columnLetters, columnNumber } from "./a1";
import type { CellErrorValue, CellValue } from "./snapshot";

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
  | { k: "cell"; row: number; col: number; rowAbs: boolean; colAbs: boolean; start: number; end: number }
  | { k: "sheet"; name: string }
  | { k: "fn"; name: string }
  | { k: "op"; v: string };

const ERROR_LITERALS = ["#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#N/A"];
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
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
        out.push({ k: "fn", name: word.toUpperCase().replace(/^_XLFN\./, "") });
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
      case "fn":
        return this.call(t.name);
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
    if (this.peekOp() !== ":") return { k: "ref", sheet, row: a.row, col: a.col, row2: a.row, col2: a.col };
    this.i++;
    const b = this.tokens[this.i++];
    if (!b || b.k !== "cell") unsupported("a range that is not cell:cell");
    return {
      k: "ref",
      sheet,
      row: Math.min(a.row, b.row),
      col: Math.min(a.col, b.col),
      row2: Math.max(a.row, b.row),
      col2: Math.max(a.col, b.col),
    };
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
    out += formula.slice(at, t.start) + `${t.colAbs ? "$" : ""}${columnLetters(col)}${t.rowAbs ? "$" : ""}${row}`;
    at = t.end;
  }
  return out + formula.slice(at);
}

// ---------- values ----------

/** A value inside a calculation: null is an empty cell (0 in arithmetic, "" in text). */
type Scalar = number | string | boolean | null | CellErrorValue;
type Ref = Node & { k: "ref" };

function isError(v: unknown): v is CellErrorValue {
  return typeof v === "object" && v !== null;
}

const VALUE: CellErrorValue = { error: "#VALUE!" };
const DIV0: CellErrorValue = { error: "#DIV/0!" };
const NUM: CellErrorValue = { error: "#NUM!" };

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
/** Text Excel would read as a date, a time or money in the user's locale: not guessed here. */
const LOCALE_NUMBER = /\d\s*[:/-]\s*\d|[$€£¥,]|\d\s*(?:am|pm)\b/i;

/** Text in arithmetic: a plain number or a percentage is read, other text is #VALUE!. */
function numberFromText(text: string): number | CellErrorValue {
  const t = text.trim();
  if (PLAIN_NUMBER.test(t)) return Number(t);
  if (t.endsWith("%") && PLAIN_NUMBER.test(t.slice(0, -1).trim())) return Number(t.slice(0, -1).trim()) / 100;
  if (LOCALE_NUMBER.test(t)) unsupported(`the text '${t}' in arithmetic (Excel may read it as a date or number)`);
  return VALUE;
}

function toNumber(v: Scalar): number | CellErrorValue {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === null) return 0;
  if (typeof v === "string") return numberFromText(v);
  return v;
}

/** A number as `&` and CONCATENATE write it: up to 15 significant digits, no exponent here. */
function numberText(n: number): string {
  const s = String(Number(n.toPrecision(15)));
  if (s.includes("e")) unsupported(`the text of the number ${s}`);
  return s;
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
function compare(a: Exclude<Scalar, CellErrorValue>, b: Exclude<Scalar, CellErrorValue>): number {
  const zero = (other: Scalar): Scalar => (typeof other === "string" ? "" : typeof other === "boolean" ? false : 0);
  const x = a === null ? zero(b) : a;
  const y = b === null ? zero(a) : b;
  const rank = (v: Scalar): number => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === "number") return compareNumbers(x, y as number);
  if (typeof x === "string") {
    const p = x.toUpperCase();
    const q = (y as string).toUpperCase();
    return p < q ? -1 : p > q ? 1 : 0;
  }
  return Number(x) - Number(y);
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
  const scaled = Number((digits >= 0 ? x * f : x / f).toPrecision(15));
  const r = Math.sign(scaled) * mode(Math.abs(scaled));
  return (digits >= 0 ? r / f : r * f) || 0;
}

const DAY_MS = 86400000;

/** DATE(y, m, d) as a serial: years 0-1899 count from 1900, months and days roll over, as Excel does. */
function dateSerial(y: number, m: number, d: number, date1904: boolean): number | CellErrorValue {
  let year = Math.trunc(y);
  if (year < 0 || year >= 10000) return NUM;
  if (year < 1900) year += 1900;
  const ms = Date.UTC(year, Math.trunc(m) - 1, Math.trunc(d));
  if (!Number.isFinite(ms) || new Date(ms).getUTCFullYear() > 9999) return NUM;
  if (date1904) {
    const serial = (ms - Date.UTC(1904, 0, 1)) / DAY_MS;
    return serial < 0 ? NUM : serial;
  }
  const days = (ms - Date.UTC(1899, 11, 30)) / DAY_MS;
  // Excel's 1900 system counts a 29 Feb 1900 that never was: serials before 1 March 1900 are one less.
  const serial = days < 61 ? days - 1 : days;
  return serial < 0 ? NUM : serial;
}

/** TIME(h, m, s) as a fraction of a day (whole days dropped, as Excel does). */
function timeFraction(h: number, m: number, s: number): number | CellErrorValue {
  const hours = Math.trunc(h);
  if (hours > 32767) return NUM;
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

const FUNCTIONS: Record<string, FunctionDef> = {
  SUM: numeric((ns) => finite(ns.reduce((s, n) => s + n, 0))),
  // Not Math.min(...ns): a range of 100,000 cells is too many arguments for one call.
  MIN: numeric((ns) => (ns.length ? ns.reduce((m, n) => (n < m ? n : m)) : 0)),
  MAX: numeric((ns) => (ns.length ? ns.reduce((m, n) => (n > m ? n : m)) : 0)),
  AVERAGE: numeric((ns) => (ns.length ? finite(ns.reduce((s, n) => s + n, 0) / ns.length) : DIV0)),
  // Typed values count when they are numbers, logical values or text that reads as a number.
  COUNT: counter(
    (v) => typeof v === "number",
    (v) => typeof v === "number" || typeof v === "boolean" || (typeof v === "string" && PLAIN_NUMBER.test(v.trim())),
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
  UPPER: ofText((s) => s.toUpperCase()),
  LOWER: ofText((s) => s.toLowerCase()),
  TRIM: ofText((s) => s.replace(/ +/g, " ").replace(/^ | $/g, "")),
  LEN: ofText((s) => s.length),
};

/** One formula's evaluation, at a cell of a sheet, in a workbook. */
class Evaluation {
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
      const c = compare(a, b);
      return op === "="
        ? c === 0
        : op === "<>"
          ? c !== 0
          : op === "<"
            ? c < 0
            : op === ">"
              ? c > 0
              : op === "<="
                ? c <= 0
                : c >= 0;
    }
    const x = toNumber(a);
    if (isError(x)) return x;
    const y = toNumber(b);
    return isError(y) ? y : arithmetic(op, x, y);
  }

  /** Every cell of a reference, row by row (a referenced formula is evaluated first). */
  cells(ref: Ref): Scalar[] {
    const count = (ref.row2 - ref.row + 1) * (ref.col2 - ref.col + 1);
    if (count > MAX_RANGE_CELLS) unsupported(`a range of ${count} cells`);
    const out: Scalar[] = [];
    const sheet = ref.sheet ?? this.sheet;
    for (let r = ref.row; r <= ref.row2; r++) {
      for (let c = ref.col; c <= ref.col2; c++) out.push(this.book.valueAt(sheet, r, c));
    }
    return out;
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

  constructor(
    private readonly source: CellSource,
    options: FormulaOptions = {},
  ) {
    this.date1904 = !!options.date1904;
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
        // A stack overflow, a cycle longer than a stretch, or a chain too long: not computed, not remembered.
        return { unsupported: "formulas that refer to each other too deeply, or in a long circle" };
      }
      todo.pop();
      if (todo.length === 0) return result;
    }
  }

  private compute(sheet: string, row: number, col: number): FormulaResult {
    const key = `${sheet.toUpperCase()}!${row},${col}`;
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
        : evaluateFormula(content.formula, sheet, this.date1904, this);
    } finally {
      this.running.delete(key);
    }
    if ("unsupported" in result && content.cached !== undefined && content.cached !== null)
      result = { value: content.cached };
    this.done.set(key, result);
    return result;
  }

  /** A referenced cell's value inside a calculation; throws Unsupported when it cannot be known. */
  valueAt(sheet: string, row: number, col: number): Scalar {
    const r = this.cell(sheet, row, col);
    if ("unsupported" in r) unsupported(r.unsupported);
    return r.value;
  }
}

function isFormulaCell(v: CellValue | FormulaCell): v is FormulaCell {
  return typeof v === "object" && v !== null && typeof (v as FormulaCell).formula === "string";
}

function evaluateFormula(formula: string, sheet: string, date1904: boolean, book: FormulaBook): FormulaResult {
  try {
    const v = new Evaluation(book, sheet, date1904).scalar(parse(formula));
    // A formula that shows an empty cell (=A9 with A9 empty) shows 0.
    return { value: v === null ? 0 : v };
  } catch (e) {
    if (e instanceof Unsupported) return { unsupported: e.message };
    throw e;
  }
}

/**
 * Evaluates one formula on its own, with `cells` for what it references (tests and one-off use). `sheet` is the
 * sheet the formula is on (its unqualified references).
 */
export function evaluate(
  formula: string,
  cells: CellSource = () => null,
  options: FormulaOptions & { sheet?: string } = {},
): FormulaResult {
  return evaluateFormula(formula, options.sheet ?? "Sheet1", !!options.date1904, new FormulaBook(cells, options));
}
