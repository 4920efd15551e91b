/**
 * src/core/formula.ts, the wider function set: conditional aggregates (criteria as Excel reads them), lookups,
 * SUBTOTAL, dates and times, text and information functions. Each row is a formula and what Excel shows for it,
 * with the near misses next to the case they guard, then the formulas that must stay "unsupported".
 */
import { evaluate, translateFormula, type CellSource, type FormulaCell } from "../../../src/core/formula";
import type { CellValue } from "../../../src/core/snapshot";

const NA = { error: "#N/A" };
const DIV0 = { error: "#DIV/0!" };

/**
 * Sheet1 (the formula's own sheet):
 * - A1:C5 a crew table: name, day rate (one "n/a"), department (one empty);
 * - D1:E3 keys and values with an error; F1:G2 the text "5" and the number 5; G1:G3 also logical values;
 * - H1:H3 zeros and a blank; J1:K4 a sorted rate table; L1:M3 unsorted keys; N1:N4 descending numbers;
 * - P1:P7 amounts with SUBTOTAL formulas among them, Q1 a cached SUBTOTAL of a table; A20:C21 a row-wise table;
 * - R1:R2 a time and a date-time; S1 #N/A.
 */
const CELLS: Record<string, CellValue | FormulaCell> = {
  A1: "Dana",
  B1: 300,
  C1: "Cam",
  A2: "Eli",
  B2: 250,
  C2: "Grip",
  A3: "Fay",
  B3: "n/a",
  C3: "Cam",
  A4: "Gus",
  B4: 400,
  C4: "Sound",
  A5: "Dan*",
  B5: 100,
  A6: "",
  D1: "x",
  E1: 5,
  D2: "y",
  E2: DIV0,
  D3: "x",
  E3: 7,
  F1: "5",
  F2: 5,
  G1: true,
  G2: false,
  G3: true,
  H1: 0,
  H3: 0,
  J1: 0,
  K1: "none",
  J2: 10,
  K2: "low",
  J3: 50,
  K3: "mid",
  J4: 100,
  K4: "high",
  L1: 5,
  M1: "five",
  L2: 1,
  M2: "one",
  L3: 9,
  M3: "nine",
  N1: 100,
  N2: 50,
  N3: 10,
  N4: 0,
  P1: 10,
  P2: 20,
  P3: { formula: "SUBTOTAL(9,P1:P2)" },
  P4: 5,
  P5: { formula: "=SUBTOTAL(9,P1:P4)" },
  P6: "x",
  P7: { formula: "SUBTOTAL(9,P1:P2)*2" },
  Q1: { formula: "SUBTOTAL(9,tblMain[Pages])", cached: 12 },
  A20: "Mon",
  B20: "Tue",
  C20: "Wed",
  A21: 8,
  B21: 9,
  C21: 10,
  R1: 0.3125, // 07:30
  R2: 46083.3125, // 2026-03-02 07:30
  S1: NA,
};

function address(row: number, col: number): string {
  return String.fromCharCode(64 + col) + row;
}

const source: CellSource = (sheet, row, col) =>
  sheet.toUpperCase() === "SHEET1" ? (CELLS[address(row, col)] ?? null) : undefined;

const value = (formula: string, date1904 = false) => evaluate(formula, source, { date1904 });

function expectValues(rows: [string, CellValue][], date1904 = false): void {
  for (const [formula, expected] of rows) {
    const r = value(formula, date1904);
    expect({ formula, r }).toEqual({ formula, r: { value: expected } });
  }
}

describe("conditional aggregates", () => {
  test.each<[string, CellValue]>([
    // equality: case-insensitive text; text in the sum range is skipped
    ['=SUMIF(C1:C5,"Cam",B1:B5)', 300],
    ['=SUMIF(C1:C5,"cAM",B1:B5)', 300],
    ['=SUMIF(C1:C5,"=Cam",B1:B5)', 300],
    ['=SUMIF(C1:C5,"Ca",B1:B5)', 0],
    // operators on numbers (the criterion range is the sum range when there is no third argument)
    ['=SUMIF(B1:B5,">250")', 700],
    ['=SUMIF(B1:B5,">=250")', 950],
    ['=SUMIF(B1:B5,"<250")', 100],
    ['=SUMIF(B1:B5,"<=250")', 350],
    ['=SUMIF(B1:B5,"<>300")', 750],
    ['=SUMIF(B1:B5,"=250")', 250],
    ["=SUMIF(B1:B5,250)", 250],
    ['=SUMIF(B1:B5,">"&B2)', 700],
    // wildcards: * any run, ? one character, ~ escapes
    ['=SUMIF(A1:A5,"D*",B1:B5)', 400],
    ['=SUMIF(A1:A5,"Dan~*",B1:B5)', 100],
    ['=SUMIF(A1:A5,"???",B1:B5)', 650],
    ['=SUMIF(A1:A5,"?",B1:B5)', 0],
    ['=SUMIF(A1:A5,"<>D*",B1:B5)', 650],
    // blank criteria: "" is empty cells (and empty text), "=" empty cells only, "<>" every cell not empty
    ['=SUMIF(C1:C5,"",B1:B5)', 100],
    ['=SUMIF(C1:C5,"=",B1:B5)', 100],
    ['=SUMIF(C1:C5,"<>",B1:B5)', 950],
    ['=SUMIF(C1:C5,"<>Cam",B1:B5)', 750],
    // an error in the sum range counts only where the criterion matches
    ['=SUMIF(D1:D3,"x",E1:E3)', 12],
    ['=SUMIF(D1:D3,"y",E1:E3)', DIV0],
    ['=COUNTIF(C1:C5,"Cam")', 2],
    ['=COUNTIF(B1:B5,">"&B2)', 2],
    ["=COUNTIF(B1:B5,250)", 1],
    ['=COUNTIF(B1:B5,"250")', 1],
    ['=COUNTIF(A1:A5,"*")', 5],
    ['=COUNTIF(A1:A6,"")', 1],
    ['=COUNTIF(C1:C5,"<>")', 4],
    ['=COUNTIF(C1:C5,"")', 1],
    ['=COUNTIF(A1:A5,">E")', 3],
    ['=COUNTIF(A1:A5,"<e")', 2],
    // errors in the criterion range never match =, < or >
    ['=COUNTIF(E1:E3,">1")', 2],
    // logical values match logical criteria only; numbers never match text
    ["=COUNTIF(G1:G3,TRUE)", 2],
    ['=COUNTIF(G1:G3,"true")', 2],
    ['=COUNTIF(G1:G3,"=FALSE")', 1],
    ["=COUNTIF(G1:G3,1)", 0],
    ['=COUNTIF(B1:B5,"*")', 1],
    // a criterion that is an empty cell is 0, which does not match blanks
    ["=COUNTIF(H1:H3,Z99)", 2],
    ['=COUNTIF(H1:H3,"<>0")', 1],
    ['=COUNTIFS(C1:C5,"Cam",B1:B5,">250")', 1],
    ['=COUNTIFS(C1:C5,"Cam",A1:A5,"?a*")', 2],
    ['=COUNTIFS(C1:C5,"Cam")', 2],
    ['=SUMIFS(B1:B5,C1:C5,"Cam",A1:A5,"D*")', 300],
    ['=SUMIFS(B1:B5,C1:C5,"Cam",A1:A5,"F*")', 0],
    ['=SUMIFS(E1:E3,D1:D3,"y")', DIV0],
    ['=AVERAGEIF(C1:C5,"Cam",B1:B5)', 300],
    ['=AVERAGEIF(B1:B5,">200")', 950 / 3],
    ['=AVERAGEIF(C1:C5,"Nobody",B1:B5)', DIV0],
    ['=_xlfn.MAXIFS(B1:B5,C1:C5,"<>Cam")', 400],
    ['=_xlfn.MINIFS(B1:B5,C1:C5,"<>Cam")', 100],
    ['=_xlfn.MAXIFS(B1:B5,C1:C5,"Nobody")', 0],
    ['=_xlfn.MINIFS(B1:B5,C1:C5,"Cam",B1:B5,">0")', 300],
  ])("%s -> %j", (formula, expected) => {
    expect(value(formula)).toEqual({ value: expected });
  });
});

describe("lookups", () => {
  test.each<[string, CellValue]>([
    ['=VLOOKUP("eli",A1:C5,2,FALSE)', 250],
    ['=VLOOKUP("Eli",A1:C5,2,0)', 250],
    ['=VLOOKUP("Eli",A1:C5,2,)', 250],
    ['=VLOOKUP("Fay",A1:C5,2,FALSE)', "n/a"],
    ['=VLOOKUP("Eli",A1:C5,4,FALSE)', { error: "#REF!" }],
    ['=VLOOKUP("Eli",A1:C5,0,FALSE)', { error: "#VALUE!" }],
    ['=VLOOKUP("Zed",A1:C5,2,FALSE)', NA],
    ["=VLOOKUP(E2,D1:E3,2,FALSE)", DIV0],
    // wildcards in exact match; ~ finds a literal *
    ['=VLOOKUP("Gu?",A1:C5,3,FALSE)', "Sound"],
    ['=VLOOKUP("D*",A1:C5,2,FALSE)', 300],
    ['=VLOOKUP("Dan*",A1:C5,2,FALSE)', 300],
    ['=VLOOKUP("Dan~*",A1:C5,2,FALSE)', 100],
    // an empty result cell shows 0, and is "" in text
    ['=VLOOKUP("Dan~*",A1:C5,3,FALSE)', 0],
    ['=VLOOKUP("Dan~*",A1:C5,3,FALSE)&""', ""],
    // no coercion between the number 5 and the text "5"
    ["=VLOOKUP(5,F1:G2,2,FALSE)", false],
    ['=VLOOKUP("5",F1:G2,2,FALSE)', true],
    // approximate match on sorted keys: the last key not above the value
    ["=VLOOKUP(55,J1:K4,2)", "mid"],
    ["=VLOOKUP(55,J1:K4,2,TRUE)", "mid"],
    ["=VLOOKUP(10,J1:K4,2,1)", "low"],
    ["=VLOOKUP(100,J1:K4,2)", "high"],
    ["=VLOOKUP(1000,J1:K4,2)", "high"],
    ["=VLOOKUP(-1,J1:K4,2)", NA],
    ["=VLOOKUP(1,L1:M3,2,FALSE)", "one"],
    ['=HLOOKUP("tue",A20:C21,2,FALSE)', 9],
    ['=HLOOKUP("Tue",A20:C21,3,FALSE)', { error: "#REF!" }],
    ['=HLOOKUP("Thu",A20:C21,2)', 8],
    ['=HLOOKUP("Zoo",A20:C21,2,TRUE)', 10],
    ['=MATCH("fay",A1:A5,0)', 3],
    ['=MATCH("G*",A1:A5,0)', 4],
    ['=MATCH("Zed",A1:A5,0)', NA],
    ['=MATCH("Dana",A1:C5,0)', NA],
    ['=MATCH("Tue",A20:C20,0)', 2],
    ["=MATCH(55,J1:J4)", 3],
    ["=MATCH(55,J1:J4,1)", 3],
    ["=MATCH(50,J1:J4,1)", 3],
    ["=MATCH(-5,J1:J4,1)", NA],
    ["=MATCH(55,N1:N4,-1)", 1],
    ["=MATCH(50,N1:N4,-1)", 2],
    ["=MATCH(-1,N1:N4,-1)", 4],
    ["=MATCH(101,N1:N4,-1)", NA],
    ["=MATCH(9,L1:L3,0)", 3],
    ["=INDEX(A1:C5,2,2)", 250],
    ["=INDEX(A1:A5,3)", "Fay"],
    ["=INDEX(A20:C20,2)", "Tue"],
    ["=INDEX(A20:C21,2,3)", 10],
    ["=INDEX(A1:C5,6,1)", { error: "#REF!" }],
    ["=INDEX(A1:C5,1,4)", { error: "#REF!" }],
    ["=INDEX(A1:C5,-1,1)", { error: "#VALUE!" }],
    ["=INDEX(A1:C5,1.9,1.2)", "Dana"],
    ['=INDEX(A1:C5,MATCH("Gus",A1:A5,0),3)', "Sound"],
    ['=INDEX(A1:C5,MATCH("Zed",A1:A5,0),3)', NA],
    ["=INDEX(C1:C5,5)", 0],
    ['=_xlfn.XLOOKUP("gus",A1:A5,B1:B5)', 400],
    ['=_xlfn.XLOOKUP("Zed",A1:A5,B1:B5)', NA],
    ['=_xlfn.XLOOKUP("Zed",A1:A5,B1:B5,"none")', "none"],
    ['=_xlfn.XLOOKUP("Eli",A1:A5,B1:B5,"none")', 250],
    // XLOOKUP's exact match has no wildcards
    ['=_xlfn.XLOOKUP("D*",A1:A5,B1:B5)', NA],
    ['=_xlfn.XLOOKUP("Dan*",A1:A5,B1:B5)', 100],
    ['=_xlfn.XLOOKUP("Tue",A20:C20,A21:C21)', 9],
    ['=_xlfn.XLOOKUP("Eli",A1:A5,C1:C5,"none",0,1)', "Grip"],
  ])("%s -> %j", (formula, expected) => {
    expect(value(formula)).toEqual({ value: expected });
  });
});

describe("SUBTOTAL", () => {
  test.each<[string, CellValue]>([
    // P3 and P5 are SUBTOTALs: left out by SUBTOTAL, counted by SUM
    ["=SUBTOTAL(9,P1:P4)", 35],
    ["=SUBTOTAL(9,P1:P6)", 35],
    ["=SUM(P1:P5)", 100],
    ["=SUBTOTAL(9,P1:P2,P4)", 35],
    ["=SUBTOTAL(1,P1:P4)", 35 / 3],
    ["=SUBTOTAL(2,P1:P6)", 3],
    ["=SUBTOTAL(3,P1:P6)", 4],
    ["=SUBTOTAL(4,P1:P6)", 20],
    ["=SUBTOTAL(5,P1:P6)", 5],
    ["=SUBTOTAL(6,P1:P4)", 1000],
    ["=SUBTOTAL(9,Z1:Z3)", 0],
    ["=SUBTOTAL(1,Z1:Z3)", DIV0],
    ["=SUBTOTAL(7,P1)", DIV0],
    ["=SUBTOTAL(9,E1:E3)", DIV0],
    ["=SUBTOTAL(2,E1:E3)", 2],
    ["=SUBTOTAL(3,E1:E3)", 3],
    // a cached SUBTOTAL is counted by SUM
    ["=SUM(P4,Q1)", 17],
  ])("%s -> %j", (formula, expected) => {
    expect(value(formula)).toEqual({ value: expected });
  });

  test("STDEV, STDEVP, VAR, VARP", () => {
    const at = (f: string) => (value(f) as { value: number }).value;
    expect(at("=SUBTOTAL(7,P1:P4)")).toBeCloseTo(7.637626158259733, 12);
    expect(at("=SUBTOTAL(8,P1:P4)")).toBeCloseTo(6.236095644623235, 12);
    expect(at("=SUBTOTAL(10,P1:P4)")).toBeCloseTo(58.333333333333336, 12);
    expect(at("=SUBTOTAL(11,P1:P4)")).toBeCloseTo(38.888888888888886, 12);
  });

  test("101-111 leave out the rows the reader says are hidden; 1-11 count them", () => {
    // Row 2 (P2 = 20) hidden: 109 sums P1 and P4 (P3 is a SUBTOTAL, left out either way).
    const hidden = (rows: number[]) => (sheet: string) => new Set(sheet.toUpperCase() === "SHEET1" ? rows : []);
    const at = (f: string, rows: number[]) => evaluate(f, source, { hiddenRows: hidden(rows) });
    expect(at("=SUBTOTAL(109,P1:P4)", [2])).toEqual({ value: 15 });
    expect(at("=SUBTOTAL(9,P1:P4)", [2])).toEqual({ value: 35 });
    expect(at("=SUBTOTAL(101,P1:P4)", [2])).toEqual({ value: 7.5 });
    expect(at("=SUBTOTAL(103,P1:P6)", [2, 6])).toEqual({ value: 2 });
    expect(at("=SUBTOTAL(109,P1:P4)", [])).toEqual({ value: 35 });
    expect(at("=SUBTOTAL(112,P1:P4)", [])).toMatchObject({ unsupported: expect.stringMatching(/function number 112/) });
  });
});

describe("dates and times", () => {
  test.each<[string, CellValue]>([
    ["=YEAR(46083)", 2026],
    ["=MONTH(46083)", 3],
    ["=DAY(46083)", 2],
    ["=DAY(46083.99)", 2],
    ["=YEAR(R2)", 2026],
    ['=YEAR("46083")', 2026],
    // Excel's 1900 calendar: serial 0 is 1900-01-00, 60 is 1900-02-29
    ["=YEAR(0)", 1900],
    ["=MONTH(0)", 1],
    ["=DAY(0)", 0],
    ["=DAY(1)", 1],
    ["=DAY(59)", 28],
    ["=MONTH(60)", 2],
    ["=DAY(60)", 29],
    ["=MONTH(61)", 3],
    ["=DAY(61)", 1],
    ["=YEAR(2958465)", 9999],
    ["=YEAR(-1)", { error: "#NUM!" }],
    ['=YEAR("x")', { error: "#VALUE!" }],
    ["=YEAR(S1)", NA],
    ["=HOUR(R1)", 7],
    ["=MINUTE(R1)", 30],
    ["=HOUR(R2)", 7],
    ["=HOUR(0.75)", 18],
    ["=HOUR(TIME(23,59,59))", 23],
    ["=MINUTE(TIME(7,29,59))", 29],
    ["=SECOND(TIME(7,30,15))", 15],
    ["=SECOND(46083)", 0],
    ["=HOUR(-0.5)", { error: "#NUM!" }],
    // Monday 2026-03-02 and Sunday 2026-03-08 in the three numberings
    ["=WEEKDAY(46083)", 2],
    ["=WEEKDAY(46083,1)", 2],
    ["=WEEKDAY(46083,2)", 1],
    ["=WEEKDAY(46083,3)", 0],
    ["=WEEKDAY(46089)", 1],
    ["=WEEKDAY(46089,2)", 7],
    ["=WEEKDAY(46089,3)", 6],
    ["=WEEKDAY(R2)", 2],
    // Excel's 1900-01-01 is a Sunday, and its 1900-02-29 a Wednesday
    ["=WEEKDAY(1)", 1],
    ["=WEEKDAY(60)", 4],
    ["=WEEKDAY(61)", 5],
    ["=WEEKDAY(-1)", { error: "#NUM!" }],
    ["=EDATE(DATE(2026,1,31),1)", 46081],
    ["=EDATE(46083,-2)", 46024],
    ["=EDATE(46083.75,0)", 46083],
    ["=EDATE(45351,12)", 45716],
    ["=EDATE(46083,1.9)", 46083 + 31],
    ["=EOMONTH(46083,0)", 46112],
    ["=EOMONTH(46083,-1)", 46081],
    ["=EOMONTH(46053,1)", 46081],
    ["=EDATE(-1,1)", { error: "#NUM!" }],
    ["=EDATE(2958465,1)", { error: "#NUM!" }],
    ['=DATEVALUE("2026-03-02")', 46083],
    ['=DATEVALUE("1900-02-29")', 60],
    ['=DATEVALUE("1900-03-01")', 61],
    ['=TIMEVALUE("07:30")', 0.3125],
    ['=TIMEVALUE("00:00")', 0],
    ['=TIMEVALUE("23:59")', (23 * 60 + 59) / 1440],
    ['=DATEVALUE("2026-03-02")+TIMEVALUE("07:30")', 46083.3125],
  ])("%s -> %j", (formula, expected) => {
    expect(value(formula)).toEqual({ value: expected });
  });

  test("the 1904 date system: serial 0 is 1904-01-01, a Friday, and 1904 is a leap year", () => {
    expectValues(
      [
        ["=YEAR(0)", 1904],
        ["=MONTH(0)", 1],
        ["=DAY(0)", 1],
        ["=MONTH(60)", 3],
        ["=DAY(60)", 1],
        ["=YEAR(46083-1462)", 2026],
        ["=DAY(46083-1462)", 2],
        ["=WEEKDAY(0)", 6],
        ["=WEEKDAY(46083-1462)", 2],
        ["=EOMONTH(0,0)", 30],
        ["=EDATE(46083-1462,1)", 46083 - 1462 + 31],
        ['=DATEVALUE("2026-03-02")', 46083 - 1462],
        ['=DATEVALUE("1904-01-01")', 0],
        ["=DATE(1900,2,29)", { error: "#NUM!" }],
      ],
      true,
    );
  });
});

describe("text and information", () => {
  test.each<[string, CellValue]>([
    ['=LEFT("Dana",2)', "Da"],
    ['=LEFT("Dana")', "D"],
    ['=LEFT("Dana",10)', "Dana"],
    ['=LEFT("Dana",0)', ""],
    ['=LEFT("Dana",-1)', { error: "#VALUE!" }],
    ["=LEFT(1234.5,3)", "123"],
    ["=LEFT(S1,1)", NA],
    ["=LEFT(Z99,1)", ""],
    ['=RIGHT("Dana",3)', "ana"],
    ['=RIGHT("Dana")', "a"],
    ['=RIGHT("Dana",0)', ""],
    ['=RIGHT("Dana",9)', "Dana"],
    ['=RIGHT("Dana",-1)', { error: "#VALUE!" }],
    ['=MID("Whitfield",6,3)', "iel"],
    ['=MID("abc",5,2)', ""],
    ['=MID("abc",2,9)', "bc"],
    ['=MID("abc",0,1)', { error: "#VALUE!" }],
    ['=MID("abc",1,-1)', { error: "#VALUE!" }],
    ['=VALUE("12.5")', 12.5],
    ['=VALUE(" 3 ")', 3],
    ['=VALUE("-1e3")', -1000],
    ['=VALUE("50%")', 0.5],
    ["=VALUE(7)", 7],
    ['=VALUE("abc")', { error: "#VALUE!" }],
    ["=VALUE(S1)", NA],
    ["=VALUE(F1)+1", 6],
    ['=TEXT(3.456,"0.00")', "3.46"],
    ['=TEXT(2.675,"0.00")', "2.68"],
    ['=TEXT(3,"0.00")', "3.00"],
    ['=TEXT(2.5,"0")', "3"],
    ['=TEXT(-2.5,"0")', "-3"],
    ['=TEXT(-1.234,"0.00")', "-1.23"],
    ['=TEXT(Z99,"0")', "0"],
    ['=TEXT(R1,"hh:mm")', "07:30"],
    ['=TEXT(R2,"hh:mm")', "07:30"],
    ['=TEXT(TIME(7,29,40),"hh:mm")', "07:29"],
    ['=TEXT(0.75,"hh:mm")', "18:00"],
    ['=TEXT(0.75,"h:mm AM/PM")', "6:00 PM"],
    ['=TEXT(R1,"h:mm AM/PM")', "7:30 AM"],
    ['=TEXT(0,"h:mm AM/PM")', "12:00 AM"],
    ['=TEXT(0.5,"h:mm AM/PM")', "12:00 PM"],
    ['=TEXT(R2,"yyyy-mm-dd")', "2026-03-02"],
    ['=TEXT(60,"yyyy-mm-dd")', "1900-02-29"],
    ['=TEXT("Dana","@")', "Dana"],
    ['=TEXT(S1,"0")', NA],
    ["=ISBLANK(Z99)", true],
    ["=ISBLANK(A6)", false],
    ["=ISBLANK(A1)", false],
    ["=ISBLANK(P3)", false],
    ['=ISBLANK("")', false],
    ["=ISBLANK(0)", false],
    ["=ISNUMBER(5)", true],
    ["=ISNUMBER(F1)", false],
    ["=ISNUMBER(F2)", true],
    ["=ISNUMBER(Z99)", false],
    ["=ISNUMBER(S1)", false],
    ["=ISTEXT(A1)", true],
    ["=ISTEXT(A6)", true],
    ["=ISTEXT(Z99)", false],
    ["=ISTEXT(5)", false],
    ["=ISERROR(S1)", true],
    ["=ISERROR(1/0)", true],
    ["=ISERROR(1)", false],
    ["=ISNA(S1)", true],
    ["=ISNA(1/0)", false],
    ['=_xlfn.IFNA(S1,"x")', "x"],
    ['=_xlfn.IFNA(1/0,"x")', DIV0],
    ['=_xlfn.IFNA(5,"x")', 5],
    ['=_xlfn.IFNA(VLOOKUP("Zed",A1:C5,2,FALSE),0)', 0],
    ["=N(5)", 5],
    ['=N("5")', 0],
    ["=N(TRUE)", 1],
    ["=N(S1)", NA],
    ["=N(Z99)", 0],
    ["=PRODUCT(2,3,4)", 24],
    ["=PRODUCT(B1:B2)", 75000],
    ["=PRODUCT(Z1:Z3)", 0],
    ["=PRODUCT(E1:E3)", DIV0],
    ["=CEILING(2.3,1)", 3],
    ["=CEILING(0.3,0.1)", 0.3],
    ["=CEILING(1.25,0.5)", 1.5],
    ["=CEILING(7,5)", 10],
    ["=CEILING(10,5)", 10],
    ["=CEILING(2.3,0)", 0],
    ["=FLOOR(2.7,1)", 2],
    ["=FLOOR(7,5)", 5],
    ["=FLOOR(0.3,0.1)", 0.3],
    ["=FLOOR(2.7,0)", DIV0],
    ["=MROUND(7,5)", 5],
    ["=MROUND(7.5,5)", 10],
    ["=MROUND(-7.5,-5)", -10],
    ["=MROUND(7,-5)", { error: "#NUM!" }],
    ["=MROUND(7,0)", 0],
    ["=MROUND(1.3,0.5)", 1.5],
  ])("%s -> %j", (formula, expected) => {
    expect(value(formula)).toEqual({ value: expected });
  });
});

describe("unsupported: never guessed", () => {
  test.each<[string, RegExp]>([
    // criteria
    ['=SUMIF(C1:C5,"Cam",B1:B4)', /different shapes/],
    ['=COUNTIFS(C1:C5,"Cam",B1:B4,">0")', /different shapes/],
    ['=SUMIF(C1,"Cam",B1:B5)', /different shapes/],
    ['=SUMIF("Cam","Cam")', /not a range/],
    ['=COUNTIFS(C1:C5,"Cam",B1:B5)', /without a criterion/],
    ["=COUNTIF(F1:F2,5)", /text '5'/],
    ['=COUNTIF(E1:E3,"<>5")', /error value under a <>/],
    ['=COUNTIF(A1:A6,"<>")', /empty text/],
    ['=COUNTIF(A1:A6,"*")', /empty text/],
    ['=COUNTIF(B1:B5,"<")', /nothing after/],
    ['=COUNTIF(B1:B5,">3/2/2026")', /date/],
    ['=COUNTIF(B1:B5,">1,000")', /number/],
    ['=COUNTIF(B1:B5,"50%")', /number/],
    ['=COUNTIF(B1:B5," 5")', /criterion/],
    ['=COUNTIF(E1:E3,"#DIV/0!")', /error/],
    ["=COUNTIF(B1:B5,S1)", /error value as a criterion/],
    ['=COUNTIF(A1:A5,"a~b")', /escapes no wildcard/],
    ['=COUNTIF(A1:A5,">D*")', /wildcards/],
    ['=COUNTIF(A1:A5,">D-")', /collation/],
    ['=COUNTIF(G1:G3,"<>TRUE")', /criterion/],
    ["=COUNTIF(J1:J4,10+1E-14)", /15 significant digits/],
    ["=SUMIF(C1:C5,A1:A2,B1:B5)", /range/],
    // lookups
    ["=VLOOKUP(6,L1:M3,2)", /not strictly sorted/],
    ['=VLOOKUP("Dana",A1:C5,2)', /not strictly sorted/],
    ["=VLOOKUP(55,J1:K5,2)", /mixed types/],
    ["=MATCH(5,F1:F2,1)", /mixed types/],
    ["=MATCH(55,J1:J4,-1)", /not strictly sorted/],
    ["=MATCH(55,J1:J4,2)", /match type/],
    ["=MATCH(55,J1:J4,)", /match type/],
    ["=VLOOKUP(Z99,A1:C5,2,FALSE)", /empty value/],
    ["=VLOOKUP(1,5,2,FALSE)", /not a range/],
    ["=INDEX(A1:C5,2)", /whole row/],
    ["=INDEX(A1:C5,0,1)", /whole row or column/],
    ['=_xlfn.XLOOKUP("D*",A1:A5,B1:B5,,2)', /mode/],
    ['=_xlfn.XLOOKUP("Eli",A1:A5,B1:B5,"none",0,-1)', /mode/],
    ['=_xlfn.XLOOKUP("Eli",A1:A5,B1:C5)', /single rows or columns/],
    ['=_xlfn.XLOOKUP("Eli",A1:A5,B1:B4)', /single rows or columns/],
    ['=_xlfn.XLOOKUP("Zed",A1:A5,B1:B5,)', /empty if_not_found/],
    ["=VLOOKUP(55,J:K,2)", /whole column/],
    // SUBTOTAL
    ["=SUBTOTAL(109,P1:P4)", /hidden rows/],
    ["=SUBTOTAL(101,P1:P4)", /hidden rows/],
    ["=SUBTOTAL(9,P1:P7)", /inside a SUBTOTAL range/],
    ["=SUBTOTAL(12,P1:P4)", /function number 12/],
    // a formula outside the subset (a table reference) cannot be told to be a SUBTOTAL, though it is one
    ["=SUBTOTAL(9,P4,Q1)", /inside a SUBTOTAL range/],
    ["=SUBTOTAL(9,5)", /not a range/],
    // dates and times
    ["=HOUR(0.5+0.4/86400)", /fraction of a second/],
    ["=DAY(1-0.0001/86400)", /before midnight/],
    ["=YEAR(2958466)", /past 9999-12-31/],
    ["=WEEKDAY(46083,11)", /return type/],
    ["=WEEKDAY(46083,)", /return type/],
    ["=EDATE(30,1)", /before 1900-03-01/],
    ["=EOMONTH(90,-1)", /before 1900-03-01/],
    ['=DATEVALUE("3/2/2026")', /only yyyy-mm-dd/],
    ['=DATEVALUE("2026-02-30")', /does not exist/],
    ['=DATEVALUE("1899-12-31")', /does not exist/],
    ["=DATEVALUE(46083)", /other than text/],
    ['=TIMEVALUE("7:30")', /only hh:mm/],
    ['=TIMEVALUE("24:00")', /only hh:mm/],
    ['=TIMEVALUE("07:30:15")', /only hh:mm/],
    ['=YEAR("2026-03-02")', /date or number/],
    // text and information
    ['=VALUE("1,000")', /text '1,000'/],
    ['=VALUE("3/2/2026")', /date or number/],
    ['=VALUE("")', /VALUE of something/],
    ["=VALUE(TRUE)", /VALUE of something/],
    ['=VALUE("12abc")', /text '12abc'/],
    ['=TEXT(1,"#,##0")', /format/],
    ['=TEXT(R2,"dd/mm/yyyy")', /format/],
    ['=TEXT(1,"@")', /@/],
    ['=TEXT("5","0")', /TEXT of text/],
    ['=TEXT(-0.4,"0")', /-0/],
    ['=TEXT(-1,"hh:mm")', /negative/],
    ["=ISBLANK(INDEX(C1:C5,5))", /ISBLANK of an empty value/],
    ["=ISNUMBER(A1:A5)", /range/],
    ["=CEILING(-2.3,1)", /negative/],
    ["=FLOOR(2.3,-1)", /negative/],
    ["=MROUND(6.05,0.1)", /at a half/],
    // volatile functions stay out
    ["=TODAY()", /function TODAY/],
    ["=NOW()", /function NOW/],
    ["=RAND()", /function RAND/],
    ["=OFFSET(A1,1,0)", /function OFFSET/],
    ['=INDIRECT("A1")', /function INDIRECT/],
  ])("%s", (formula, why) => {
    const r = value(formula);
    expect("unsupported" in r && r.unsupported).toMatch(why);
  });
});

describe("whole columns (Cast!$A:$B): read down to the sheet's last row, every row below it empty", () => {
  // Sheet1 (above) ends at row 21; "Cast" holds three rows.
  const CAST: Record<string, CellValue> = { A1: "x", B1: 1, A2: "y", B2: 2, A3: "x", B3: 4 };
  const LAST_ROW = 1048576;
  const twoSheets: CellSource = (sheet, row, col) =>
    sheet.toUpperCase() === "CAST" ? (CAST[address(row, col)] ?? null) : source(sheet, row, col);
  const lastRow = (sheet: string) => (sheet.toUpperCase() === "CAST" ? 3 : 21);
  const whole = (formula: string) => evaluate(formula, twoSheets, { lastRow });

  test.each<[string, CellValue]>([
    ['=VLOOKUP("eli",A:B,2,FALSE)', 250],
    ['=VLOOKUP("ELI",$A:$C,3,FALSE)', "Grip"],
    ['=VLOOKUP("Zed",A:B,2,FALSE)', NA],
    ['=VLOOKUP("y",Cast!$A:$B,2,FALSE)*10', 20],
    ["=SUM(B:B)", 1059], // 300 + 250 + 400 + 100 + B21's 9; texts skipped
    ["=SUM(Sheet1!B:C)", 1069], // and C21's 10
    ["=COUNTA(A:A)", 8], // A1:A5, A6's empty text, A20, A21
    ['=COUNTIF(A:A,"Dan*")', 2],
    // Blanks count down to the last row Excel has: A6 (empty text), A7:A19 and every row below 21.
    ['=COUNTIF(A:A,"")', LAST_ROW - 7],
    ['=COUNTIF(B:B,"<>300")', LAST_ROW - 1],
    ['=COUNTIFS(C:C,"Cam",B:B,">100")', 1],
    ['=SUMIF(C:C,"Cam",B:B)', 300],
    // Ranges on sheets of different lengths line up row by row: Cast's x rows are 1 and 3 (B3 is text).
    ['=SUMIF(Cast!A:A,"x",Sheet1!B:B)', 300],
    ['=SUMIF(Cast!A:A,"x",Cast!B:B)', 5],
    ['=COUNTIFS(Cast!A:A,"",Sheet1!A:A,"")', LAST_ROW - 7],
    ['=MATCH("Gus",A:A,0)', 4],
    ["=INDEX(B:B,4)", 400],
    ["=INDEX(B:B,500)", 0], // an empty cell below the last row
    ['=_xlfn.XLOOKUP("Fay",A:A,C:C)', "Cam"],
  ])("%s is %p", (formula, expected) => {
    expect(whole(formula)).toEqual({ value: expected });
  });

  test.each<[string, RegExp]>([
    ["=A:A", /range where one value belongs/],
    ["=SUM(A1:B)", /cell to a whole column/],
    ["=SUM(A)", /name A/],
    ['=SUMIF(A:A,"x",B1:B9)', /different shapes/],
  ])("%s stays unsupported (%p)", (formula, why) => {
    const r = whole(formula);
    expect("unsupported" in r && r.unsupported).toMatch(why);
  });

  test("without the sheets' extent (a reader that does not say) a whole column is unsupported", () => {
    const r = evaluate("=SUM(B:B)", twoSheets);
    expect("unsupported" in r && r.unsupported).toMatch(/whole column/);
  });

  test.each<[string, number, number, string | null]>([
    ["VLOOKUP(A2,Cast!$A:$B,2,FALSE)", 1, 0, "VLOOKUP(A3,Cast!$A:$B,2,FALSE)"],
    ["SUM(B:B)+B2", 3, 1, "SUM(C:C)+C5"],
    ["SUM($B:B)", 0, 2, "SUM($B:D)"],
    ["SUM(A:A)", 0, -1, null],
  ])("a shared formula %s moved by %i rows and %i columns is %p", (formula, rows, cols, moved) => {
    expect(translateFormula(formula, rows, cols)).toBe(moved);
  });
});

describe("working days: WORKDAY and NETWORKDAYS (Monday to Friday, less the holidays)", () => {
  // H1:H3 the holidays of Microsoft's examples (2008-11-26, 2008-12-04, 2009-01-21); H5 2012-11-22; H6 text;
  // 2026-03-06 is a Friday (46087), 03-07 a Saturday, 03-09 a Monday (46090).
  const HOLIDAYS: Record<string, CellValue> = { H1: 39778, H2: 39786, H3: 39834, H5: 41235, H6: "Thanksgiving" };
  const days: CellSource = (sheet, row, col) => HOLIDAYS[address(row, col)] ?? null;
  const work = (formula: string, date1904 = false) => evaluate(formula, days, { date1904 });

  test.each<[string, CellValue]>([
    // Microsoft's examples: 151 working days from 2008-10-01 is 2009-04-30, 2009-05-05 past three holidays
    ["=WORKDAY(DATE(2008,10,1),151)", 39933],
    ["=WORKDAY(DATE(2008,10,1),151,H1:H3)", 39938],
    ["=NETWORKDAYS(DATE(2012,10,1),DATE(2013,3,1))", 110],
    ["=NETWORKDAYS(DATE(2012,10,1),DATE(2013,3,1),H5)", 109],
    ["=NETWORKDAYS(DATE(2012,10,1),DATE(2013,3,1),H1:H5)", 109], // other years' holidays and a blank change nothing
    // a Friday's next working day is Monday; a Saturday's too; back from Monday is Friday; 0 days is the start
    ["=WORKDAY(46087,1)", 46090],
    ["=WORKDAY(46088,1)", 46090],
    ["=WORKDAY(46090,-1)", 46087],
    ["=WORKDAY(46088,0)", 46088],
    ["=WORKDAY(46087.75,1)", 46090], // the time of day is dropped
    ["=WORKDAY(46087,1,46090)", 46091], // Monday a holiday
    ["=NETWORKDAYS(46083,46087)", 5],
    ["=NETWORKDAYS(46087,46083)", -5],
    ["=NETWORKDAYS(46088,46089)", 0],
    ["=NETWORKDAYS(46087,46090,46090)", 1],
    ["=WORKDAY(46087,1/0)", DIV0],
  ])("%s is %p", (formula, expected) => {
    expect(work(formula)).toEqual({ value: expected });
  });

  test("in the 1904 date system: 2026-03-06 is serial 44625, a Friday", () => {
    expect(work("=WORKDAY(44625,1)", true)).toEqual({ value: 44628 });
    expect(work("=NETWORKDAYS(44621,44625)", true)).toEqual({ value: 5 });
  });

  test.each<[string, RegExp]>([
    ["=WORKDAY(DATE(1900,1,2),1)", /before 1900-03-01/],
    ["=WORKDAY(46087,1,H6)", /holiday/],
    ["=WORKDAY(46087,1000000)", /working days/],
    ["=WORKDAY.INTL(46087,1,1)", /WORKDAY\.INTL/],
  ])("%s stays unsupported (%p)", (formula, why) => {
    const r = work(formula);
    expect("unsupported" in r && r.unsupported).toMatch(why);
  });
});
