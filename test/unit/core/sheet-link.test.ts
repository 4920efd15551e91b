import { parseSheetLink, sheetLinkFormula, type SheetLink } from "../../../src/core/sheet-link";

const sheet = (name: string): SheetLink => ({ kind: "sheet", name });
const DELETED: SheetLink = { kind: "deleted" };
const NONE: SheetLink = { kind: "none" };

describe("a registry row's link formula, read", () => {
  test.each<[string, unknown, SheetLink]>([
    ["plain name, as ExcelJS stores it", "DOOD!$A$1", sheet("DOOD")],
    ["plain name, as Office.js gives it", "=DOOD!$A$1", sheet("DOOD")],
    ["no $", "=DOOD!A1", sheet("DOOD")],
    ["one $", "Conflicts!$A1", sheet("Conflicts")],
    ["moved by an inserted row and column", "='DOOD v1'!$C$12", sheet("DOOD v1")],
    ["quoted", "'DOOD v1'!$A$1", sheet("DOOD v1")],
    ["quoted, with =", "='Call Sheet 2026-03-17'!$A$1", sheet("Call Sheet 2026-03-17")],
    ["'' inside the quotes", "='Ana''s DOOD'!$A$1", sheet("Ana's DOOD")],
    ["'' at the end of the name", "='Notes '''!A1", sheet("Notes '")],
    ["! inside the quotes", "='Wow!'!$A$1", sheet("Wow!")],
    ["a sheet called #REF!", "='#REF!'!$A$1", sheet("#REF!")],
    ["non-ASCII plain name", "=Drehplan!$A$1", sheet("Drehplan")],
    ["spaces around", "  = 'DOOD'!$A$1 ", sheet("DOOD")],
    ["row 1 deleted on the sheet: the sheet is still there", "=DOOD!#REF!", sheet("DOOD")],
    ["sheet deleted (Excel)", "=#REF!$A$1", DELETED],
    ["sheet deleted, as ExcelJS reads the file", "#REF!$A$1", DELETED],
    ["sheet deleted, bare", "=#REF!", DELETED],
    ["sheet deleted, lower case", "#ref!A1", DELETED],
    ["sheet deleted, both parts", "#REF!#REF!", DELETED],
    ["empty cell (old registry)", "", NONE],
    ["no formula (Office.js gives the value)", 0, NONE],
    ["absent", undefined, NONE],
    ["null", null, NONE],
    ["a formula of something else", "=1+2", NONE],
    ["a function", "=SUM(A1:A3)", NONE],
    ["a range, not one cell", "='DOOD'!$A$1:$B$2", NONE],
    ["a reference in an expression", "=DOOD!A1+1", NONE],
    ["unclosed quote", "='DOOD!$A$1", NONE],
    ["empty quoted name", "=''!$A$1", NONE],
    ["quoted name without !", "='DOOD'$A$1", NONE],
    ["another workbook", "=[1]DOOD!$A$1", NONE],
    ["plain name with a space (Excel would quote it)", "=DOOD v1!$A$1", NONE],
    ["only =", "=", NONE],
  ])("%s: %j", (_title, formula, expected) => {
    expect(parseSheetLink(formula)).toEqual(expected);
  });
});

describe("a registry row's link formula, written", () => {
  test.each([
    ["DOOD", "'DOOD'!$A$1"],
    ["DOOD v1", "'DOOD v1'!$A$1"],
    ["Ana's DOOD", "'Ana''s DOOD'!$A$1"],
    ["''", "''''''!$A$1"],
  ])("%j -> %j (always quoted, ' doubled), and read back", (name, formula) => {
    expect(sheetLinkFormula(name)).toBe(formula);
    expect(parseSheetLink(`=${formula}`)).toEqual(sheet(name));
  });
});
