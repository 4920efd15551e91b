/**
 * src/core/formula.ts: the Excel subset the file readers compute for formulas saved without results. Each table
 * row is a formula and what Excel shows for it, with near misses next to the case they guard (precedence, text
 * coercion, errors, dates), and the formulas that must stay "unsupported" rather than be guessed.
 */
import { FormulaBook, evaluate, translateFormula, type CellSource, type FormulaCell } from "../../../src/core/formula";
import type { CellValue } from "../../../src/core/snapshot";

/** A small workbook: "Sheet1" (the formula's own sheet) and "My 'Sheet'", cells by A1 address. */
const CELLS: Record<string, Record<string, CellValue | FormulaCell>> = {
  SHEET1: {
    A1: 3,
    A2: 4,
    A3: "text",
    A4: true,
    A5: "5",
    B1: 0.2916666666666667, // 07:00
    B2: 46083, // 2026-03-02
    C1: { error: "#N/A" },
    D1: { formula: "A1*2" },
    D2: { formula: "D1+1" },
    E1: { formula: "E2" },
    E2: { formula: "E1" },
    F1: { formula: "OFFSET(A1,1,0)" },
    F2: { formula: "OFFSET(A1,1,0)", cached: 99 },
  },
  "MY 'SHEET'": { A1: 10, B2: 20 },
};

function address(row: number, col: number): string {
  return String.fromCharCode(64 + col) + row;
}

const source: CellSource = (sheet, row, col) => {
  const cells = CELLS[sheet.toUpperCase()];
  return cells === undefined ? undefined : (cells[address(row, col)] ?? null);
};

const value = (formula: string, date1904 = false) => evaluate(formula, source, { date1904 });

describe("values Excel shows", () => {
  test.each<[string, CellValue]>([
    // literals and quoting
    ["=1", 1],
    ["=.5", 0.5],
    ["=1.5E3", 1500],
    ['="a""b"', 'a"b'],
    ['=""', ""],
    ["=TRUE", true],
    ["=false", false],
    ["=#N/A", { error: "#N/A" }],
    // precedence: unary minus binds tighter than ^ in Excel (-2^2 is 4), but not binary minus (2-2^2 is -2)
    ["=-2^2", 4],
    ["=2-2^2", -2],
    ["=0-2^2", -4],
    ["=2^3^2", 64],
    ["=1+2*3", 7],
    ["=(1+2)*3", 9],
    ["=2*3^2", 18],
    ["=10%", 0.1],
    ["=50%*4", 2],
    ["=-10%", -0.1],
    ["=2^50%", Math.SQRT2],
    ["=--3", 3],
    ["=+A1", 3],
    ['=1+2&"x"', "3x"],
    ["=1+2=3", true],
    ["=1<2=TRUE", true],
    // text joins and coercion
    ['="a"&1', "a1"],
    ['="a"&1.5', "a1.5"],
    ['="a"&0.1+0.2', "a0.3"],
    ['="a"&TRUE', "aTRUE"],
    ['="a"&Z99', "a"],
    ['="3"+1', 4],
    ['=" 3 "*2', 6],
    ['="50%"*2', 1],
    ['="x"+1', { error: "#VALUE!" }],
    ['=""+1', { error: "#VALUE!" }],
    ["=TRUE+1", 2],
    ["=A3+1", { error: "#VALUE!" }],
    ['="(night)"+1', { error: "#VALUE!" }],
    ["=A5+1", 6],
    ["=Z99+1", 1],
    ["=Z99", 0],
    // comparisons: numbers < text < booleans, text case-insensitive, 15 digits
    ['="abc"="ABC"', true],
    ['=1<"1"', true],
    ['="z"<TRUE', true],
    ["=0.1+0.2=0.3", true],
    ["=Z99=0", true],
    ['=Z99=""', true],
    ["=3<>3", false],
    ["=3>=3", true],
    ['="ab"<"AC"', true],
    ['="a b"<"ab"', true],
    ['="a1"<"ab"', true],
    ['="ab"<"ab c"', true],
    // equality needs no collation
    ['="a_"="ab"', false],
    ['="co-op"<>"coop"', true],
    ['="Dana_1"="dana_1"', true],
    // errors
    ["=1/0", { error: "#DIV/0!" }],
    ["=1/Z99", { error: "#DIV/0!" }],
    ["=C1+1", { error: "#N/A" }],
    ["=1/0+C1", { error: "#DIV/0!" }],
    ["=0^0", { error: "#NUM!" }],
    ["=(-8)^(1/3)", { error: "#NUM!" }],
    ["=10^400", { error: "#NUM!" }],
    // references
    ["=A1+A2", 7],
    ["=$A$1+A$2", 7],
    ["=Sheet1!A1", 3],
    ["=sheet1!a1", 3],
    ["='My ''Sheet'''!A1+'My ''Sheet'''!B2", 30],
    ["=SUM('My ''Sheet'''!A1:B2)", 30],
    ["=D2", 7],
    ["=B1+8/24", 0.625],
    ["=B2+1", 46084],
    // functions over ranges skip text, booleans and blanks; typed values are coerced
    ["=SUM(A1:A5)", 7],
    ["=SUM(A1:A2,10)", 17],
    ['=SUM("3",TRUE)', 4],
    ['=SUM("x")', { error: "#VALUE!" }],
    ["=SUM(A1:C1)", { error: "#N/A" }],
    ["=SUM(Z1:Z9)", 0],
    ["=MIN(A1:A5)", 3],
    ["=MAX(A1:A5,-1)", 4],
    ["=MAX(Z1:Z9)", 0],
    ["=AVERAGE(A1:A5)", 3.5],
    ["=AVERAGE(Z1:Z9)", { error: "#DIV/0!" }],
    ["=COUNT(A1:C1,A3:A5)", 2],
    ['=COUNT(1,"2","x",TRUE)', 3],
    ["=COUNTA(A1:C1,Z1)", 3],
    ["=COUNTA(A3,Z1:Z9)", 1],
    ["=ROUND(2.675,2)", 2.68],
    ["=ROUND(-2.5,0)", -3],
    ["=ROUND(1234,-2)", 1200],
    ["=ROUNDUP(1.21,1)", 1.3],
    ["=ROUNDUP(-1.21,1)", -1.3],
    ["=ROUNDDOWN(1.29,1)", 1.2],
    ["=ROUNDDOWN(-1.29,0)", -1],
    ["=INT(-1.5)", -2],
    ["=INT(1.5)", 1],
    ["=ABS(-2)", 2],
    ["=MOD(-3,2)", 1],
    ["=MOD(3,-2)", -1],
    ["=MOD(3,0)", { error: "#DIV/0!" }],
    // logic: IF evaluates only the branch it takes
    ['=IF(A1>2,"big","small")', "big"],
    ['=IF(A1>5,"big","small")', "small"],
    ["=IF(A1>5,1)", false],
    ["=IF(A1>5,1,)", 0],
    ["=IF(TRUE,1,1/0)", 1],
    ['=IF("x",1,2)', { error: "#VALUE!" }],
    ["=IF(C1,1,2)", { error: "#N/A" }],
    ["=AND(A1>2,A2>2)", true],
    ["=AND(A1>2,A2>5)", false],
    ["=AND(A1:A5)", true],
    ["=AND(Z1:Z2)", { error: "#VALUE!" }],
    ["=OR(FALSE,0,1)", true],
    ["=NOT(0)", true],
    ["=IFERROR(1/0,7)", 7],
    ['=IFERROR(C1,"none")', "none"],
    ["=IFERROR(5,7)", 5],
    // dates and times (1900 system: days from 1899-12-30, with Excel's 29 Feb 1900)
    ["=DATE(2026,3,2)", 46083],
    ["=DATE(2026,14,1)", 46419],
    ["=DATE(2026,3,0)", 46081],
    ["=DATE(26,3,2)", 9558],
    ["=DATE(1900,1,1)", 1],
    ["=DATE(1900,2,28)", 59],
    ["=DATE(1900,3,1)", 61],
    // Excel's calendar has a 29 Feb 1900 (serial 60), also when days or months roll over into it
    ["=DATE(1900,2,29)", 60],
    ["=DATE(1900,1,60)", 60],
    ["=DATE(1900,3,0)", 60],
    ["=DATE(1900,2,30)", 61],
    ["=DATE(1900,1,0)", 0],
    ["=DATE(1899,12,31)", 693962],
    ["=DATE(-1,1,1)", { error: "#NUM!" }],
    ["=DATE(10000,1,1)", { error: "#NUM!" }],
    ["=DATE(9999,12,31)", 2958465],
    ["=DATE(9999,12,32)", { error: "#NUM!" }],
    ["=TIME(8,0,0)", 8 / 24],
    ["=TIME(15,30,0)", 15.5 / 24],
    ["=TIME(25,0,0)", 1 / 24],
    ["=TIME(0,-1,0)", { error: "#NUM!" }],
    ["=DATE(2026,3,2)+TIME(7,0,0)", 46083 + 7 / 24],
    // text functions
    ['=CONCATENATE("a",1,TRUE)', "a1TRUE"],
    ['=_xlfn.CONCAT(A1:A3,"!")', "34text!"],
    ['=_xlfn.CONCAT("a","b")', "ab"],
    // Near miss: a newer function without the _xlfn. a file must give it is #NAME? in Excel, and here.
    ['=CONCAT("a","b")', { error: "#NAME?" }],
    ['=IFNA(1/0,"x")', { error: "#NAME?" }],
    ['=IFERROR(XLOOKUP("a",A1:A3,A1:A3),"none")', "none"],
    ['=_xlfn.IFNA(#N/A,"x")', "x"],
    ['=UPPER("Dana")', "DANA"],
    ['=LOWER("Dana")', "dana"],
    ['=TRIM("  Dana   Whitfield ")', "Dana Whitfield"],
    ['=LEN("Dana")', 4],
    ["=LEN(A1*10)", 2],
  ])("%s -> %j", (formula, expected) => {
    const r = value(formula);
    expect(r).toEqual({ value: expected });
  });

  test("DATE in the 1904 system counts from 1904-01-01", () => {
    expect(value("=DATE(1904,1,2)", true)).toEqual({ value: 1 });
    expect(value("=DATE(2026,3,2)", true)).toEqual({ value: 46083 - 1462 });
    expect(value("=DATE(1903,12,31)", true)).toEqual({ value: { error: "#NUM!" } });
  });
});

describe("unsupported: never guessed", () => {
  test.each<[string, RegExp]>([
    ["=OFFSET(A1,1,0)", /function OFFSET/],
    ['=INDIRECT("A1")', /function INDIRECT/],
    ["=NOW()", /function NOW/],
    ["=RAND()", /function RAND/],
    ["=TODAY()", /function TODAY/],
    ["=Table1[Col]", /structured/],
    ["=SUM(tblCast[Day Rate])", /structured/],
    ["=[1]Sheet1!A1", /external/],
    ["='[Book.xlsx]Sheet1'!A1", /another workbook/],
    ["=Sheet1:Sheet3!A1", /.+/],
    ["=RATE_CARD*2", /name RATE_CARD/],
    ["=SUM(A:A)", /whole column/],
    ["=SUM(A)", /name A/],
    ["={1,2,3}", /array/],
    ["=A1:A3", /range/],
    ["=A1:A3+1", /range/],
    ["=Missing!A1", /Missing/],
    ["=E1", /circular/],
    ["=F1+1", /OFFSET/],
    ["=SUM(A1:Z10000)", /range/],
    ['="10:00"+0', /date or number/],
    ['="1,000"+0', /date or number/],
    ['="(5)"+0', /date or number/],
    ["=DATE(1900,0,40)", /month before/],
    ['="a_"<"ab"', /collation/],
    ['="co-op"<"coop"', /collation/],
    ['="é"<"f"', /collation/],
    ["=1+", /ends early/],
    ["=(1+2", /parentheses/],
    ["=1 2", /operator/],
    ["=ROUND(1)", /ROUND with 1/],
    ["=A1#", /spill/],
    ['="a"&1E+21', /number/],
  ])("%s", (formula, why) => {
    const r = value(formula);
    expect("unsupported" in r && r.unsupported).toMatch(why);
  });

  test("a referenced formula that cannot be computed gives its cached result instead", () => {
    expect(value("=F2+1")).toEqual({ value: 100 });
  });
});

describe("FormulaBook", () => {
  test("computes each formula cell once and follows references to other formulas", () => {
    let reads = 0;
    const counting: CellSource = (sheet, row, col) => {
      reads++;
      return source(sheet, row, col);
    };
    const book = new FormulaBook(counting);
    expect(book.cell("Sheet1", 2, 4)).toEqual({ value: 7 }); // D2 = D1+1, D1 = A1*2
    const after = reads;
    expect(book.cell("Sheet1", 1, 4)).toEqual({ value: 6 });
    expect(book.cell("sheet1", 2, 4)).toEqual({ value: 7 });
    expect(reads).toBe(after);
  });

  test("a cycle is unsupported for every cell in it; an unsupported formula keeps its cached result", () => {
    const book = new FormulaBook(source);
    expect(book.cell("Sheet1", 1, 5)).toEqual({ unsupported: "a circular reference" });
    expect(book.cell("Sheet1", 2, 5)).toEqual({ unsupported: "a circular reference" });
    expect(book.cell("Sheet1", 1, 6)).toEqual({ unsupported: "the function OFFSET" });
    expect(book.cell("Sheet1", 2, 6)).toEqual({ value: 99 });
  });

  test("a long chain of formulas asked for in row order is computed (each step reuses the one above)", () => {
    const chain: CellSource = (_sheet, row) => (row === 1 ? 46083 : { formula: `A${row - 1}+1` });
    const book = new FormulaBook(chain);
    let last: unknown;
    for (let row = 2; row <= 5000; row++) last = book.cell("Sheet1", row, 1);
    expect(last).toEqual({ value: 46083 + 4999 });
  });
});

describe("FormulaBook: chains deeper than one stretch of recursion", () => {
  test("a column where each row refers to the row below, asked for from the top, is computed", () => {
    const chain: CellSource = (_sheet, row) => (row === 3000 ? 46083 : { formula: `A${row + 1}-1` });
    expect(new FormulaBook(chain).cell("Sheet1", 1, 1)).toEqual({ value: 46083 - 2999 });
  });

  test("a circle longer than a stretch is unsupported (not a hang, not a stack overflow)", () => {
    const circle: CellSource = (_sheet, row) => ({ formula: `A${row === 500 ? 1 : row + 1}+1` });
    const book = new FormulaBook(circle);
    expect(book.cell("Sheet1", 1, 1)).toHaveProperty("unsupported");
    expect(book.cell("Sheet1", 250, 1)).toHaveProperty("unsupported");
  });

  test("every cell of a 1,000-cell circle asked for in turn walks the circle a few times, not once per cell", () => {
    let reads = 0;
    const circle: CellSource = (_sheet, row) => {
      reads++;
      return { formula: `A${row === 1000 ? 1 : row + 1}+1` };
    };
    const book = new FormulaBook(circle);
    for (let row = 1; row <= 1000; row++) expect(book.cell("Sheet1", row, 1)).toHaveProperty("unsupported");
    // Walking it once per cell read the cells a million times (minutes of evaluation in the CLI).
    expect(reads).toBeLessThan(50_000);
  });
});

describe("translateFormula (shared formulas filled down or across)", () => {
  test.each<[string, number, number, string | null]>([
    ["C2+8/24", 1, 0, "C3+8/24"],
    ["C2+$B$1*D$2+$C3", 2, 1, "D4+$B$1*E$2+$C5"],
    ["'My ''Sheet'''!A1+Sheet1!B2", 1, 1, "'My ''Sheet'''!B2+Sheet1!C3"],
    ['"C2"&C2', 1, 0, '"C2"&C3'],
    ["SUM(A1:A3)", 0, 2, "SUM(C1:C3)"],
    ["A1+1", -1, 0, null],
    ["Table1[Col]", 1, 0, null],
  ])("%s moved by (%i, %i) -> %s", (formula, rows, cols, expected) => {
    expect(translateFormula(formula, rows, cols)).toBe(expected);
  });
});
