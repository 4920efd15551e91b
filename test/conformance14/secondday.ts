/**
 * The second-day story every set-14 workbook tells, as tests:
 *   day 1   the coordinator's file `in/wb.xlsx` is checked: `check --out checked/wb.xlsx`;
 *   rerun   the checked copy is checked again (`--out rechecked/wb.xlsx`, and `--json -` with the fast reader);
 *   day 2   the coordinator opens the checked copy, edits the schedule (a strip moved, a person added), renames
 *           and moves some generated sheets, saves `day2/wb.xlsx`, and checks it: `--out day2-checked/wb.xlsx`.
 * Expectations for both days are hand-worked from the contract (in each test file).
 */
import ExcelJS from "exceljs";
import { describeReport, type ReportExpectations } from "../conformance/helpers";
import type { Report } from "../../src/core/report";
import { quoteSheetName, rewriteSheetReferences as rewriteFormula } from "../sim-excel/state";
import {
  cliCheckJson,
  cliCheckOut,
  findings,
  formulaCells,
  once,
  open,
  registry,
  sheetValues,
  stagePath,
  textCellsStartingWith,
  userCells,
  type CliRun,
} from "./roundtrip";

export interface SecondDay {
  /** Folder under test-output/conformance14. */
  name: string;
  build: () => ExcelJS.Workbook;
  /** The coordinator's own sheets (every one of them, in workbook order). */
  userSheets: string[];
  /** Generated sheet names the first check must write (contract §8), in any order. */
  generatedDay1: string[];
  /** Generated sheet names of the day-2 check. */
  generatedDay2: string[];
  /** User text that starts with = + - or @ and must show, as text, at the start of some generated cell. */
  formulaLike: string[];
  /** The coordinator's day-2 edits on the checked copy (cells of user sheets, generated sheets dragged). */
  edit: (wb: ExcelJS.Workbook) => void;
  /**
   * Generated sheets the coordinator also renames on day 2 (to keep yesterday's copy), checked as a variant of
   * day 2: its findings must equal day 2's (the registry keeps each generated sheet's sheetId and a link formula,
   * both of which follow a rename).
   */
  renames: [string, string][];
  day1: ReportExpectations;
  day2: ReportExpectations;
  /** Exit status the CLI must give (1 when there are error conflicts). */
  status1: number;
  status2: number;
}

interface Runs {
  input: string;
  checked: string;
  rechecked: string;
  day2: string;
  day2checked: string;
  first: CliRun;
  again: CliRun;
  againFast: CliRun;
  second: CliRun;
  renamed: CliRun;
}

/** Moves a sheet to the front of the tab order (as dragging its tab would). */
export function moveToFront(wb: ExcelJS.Workbook, name: string): void {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name} to move`);
  // ExcelJS orders tabs by `orderNo`, a field its typings leave out.
  const order = (w: ExcelJS.Worksheet) => w as unknown as { orderNo: number };
  const min = Math.min(...wb.worksheets.map((w) => order(w).orderNo));
  order(ws).orderNo = min - 1;
}

/**
 * Renames a sheet as double-clicking its tab in Excel does: nobody tells the registry's text, but every formula
 * that refers to the sheet (the registry's column-E links among them) is rewritten to the new name.
 */
export function rename(wb: ExcelJS.Workbook, from: string, to: string): void {
  const ws = wb.getWorksheet(from);
  if (!ws) throw new Error(`no sheet ${from} to rename`);
  ws.name = to;
  rewriteSheetReferences(wb, from, `${quoteSheetName(to)}!`);
}

/** Deletes a sheet as Excel does: every formula that referred to it now says `#REF!` in its place. */
export function removeSheet(wb: ExcelJS.Workbook, name: string): void {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name} to delete`);
  wb.removeWorksheet(ws.id);
  rewriteSheetReferences(wb, name, "#REF!");
}

/** Rewrites every formula of the book that refers to a sheet, as Excel does (see the simulator's own rename). */
function rewriteSheetReferences(wb: ExcelJS.Workbook, sheet: string, replacement: string): void {
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        // Shared-formula followers take their text from their master.
        if (!v || typeof v !== "object" || !("formula" in v) || typeof v.formula !== "string") return;
        const formula = rewriteFormula(v.formula, sheet, replacement);
        if (formula !== v.formula) cell.value = { ...v, formula };
      }),
    );
  }
}

export function describeSecondDay(s: SecondDay): void {
  const runs = once(async (): Promise<Runs> => {
    const input = stagePath(s.name, "day1-in");
    const checked = stagePath(s.name, "day1-checked");
    const rechecked = stagePath(s.name, "day1-rechecked");
    const day2 = stagePath(s.name, "day2-in");
    const day2checked = stagePath(s.name, "day2-checked");
    await s.build().xlsx.writeFile(input);
    const first = await cliCheckOut(input, checked);
    const again = await cliCheckOut(checked, rechecked);
    const againFast = await cliCheckJson(checked);
    const wb = await open(checked);
    s.edit(wb);
    await wb.xlsx.writeFile(day2);
    const second = await cliCheckOut(day2, day2checked);
    const wbr = await open(checked);
    s.edit(wbr);
    for (const [from, to] of s.renames) rename(wbr, from, to);
    const day2r = stagePath(s.name, "day2-renamed-in");
    await wbr.xlsx.writeFile(day2r);
    const renamed = await cliCheckOut(day2r, stagePath(s.name, "day2-renamed-checked"));
    return { input, checked, rechecked, day2, day2checked, first, again, againFast, second, renamed };
  });
  const report1 = async (): Promise<Report> => (await runs()).first.report;
  const report2 = async (): Promise<Report> => (await runs()).second.report;

  describe(s.name, () => {
    describeReport("day 1: the coordinator's file, checked with --out", report1, s.day1);

    describe("day 1: what the CLI wrote", () => {
      test("exit status", async () => {
        expect((await runs()).first.status).toBe(s.status1);
      });
      test("the input file is not changed", async () => {
        const r = await runs();
        const fresh = stagePath(s.name, "day1-in-again");
        await s.build().xlsx.writeFile(fresh);
        expect(userCells(await open(r.input), s.userSheets)).toEqual(userCells(await open(fresh), s.userSheets));
      });
      test("the generated sheets follow the user's sheets, and a user sheet named like one keeps its name", async () => {
        const wb = await open((await runs()).checked);
        const names = wb.worksheets.filter((w) => w.state !== "veryHidden").map((w) => w.name);
        expect(names.slice(0, s.userSheets.length)).toEqual(s.userSheets);
        expect([...names.slice(s.userSheets.length)].sort()).toEqual([...s.generatedDay1].sort());
        expect([...registry(wb)].sort()).toEqual([...s.generatedDay1].sort());
      });
      test("every user cell, style, merge and table is as the coordinator left it", async () => {
        const r = await runs();
        expect(userCells(await open(r.checked), s.userSheets)).toEqual(userCells(await open(r.input), s.userSheets));
      });
      test("no generated cell is a formula", async () => {
        const wb = await open((await runs()).checked);
        expect(formulaCells(wb, s.generatedDay1)).toEqual([]);
        expect(formulaCells(wb, s.userSheets)).toEqual([]);
      });
      if (s.formulaLike.length > 0) {
        test.each(s.formulaLike.map((t) => [t]))("user text %j is copied as text, not as a formula", async (text) => {
          const wb = await open((await runs()).checked);
          expect(textCellsStartingWith(wb, s.generatedDay1, text).length).toBeGreaterThan(0);
        });
      }
    });

    describe("rerun: checking the checked copy (generated sheets are not input)", () => {
      test("gives the same report (--out path, ExcelJS reader)", async () => {
        const r = await runs();
        expect(findings(r.again.report)).toEqual(findings(r.first.report));
        expect(r.again.status).toBe(r.first.status);
      });
      test("gives the same report (--json path, fast reader)", async () => {
        const r = await runs();
        expect(findings(r.againFast.report)).toEqual(findings(r.first.report));
      });
      test("leaves the same workbook as running once: sheets, order, registry, every cell", async () => {
        const r = await runs();
        const once1 = await open(r.checked);
        const twice = await open(r.rechecked);
        expect(twice.worksheets.map((w) => w.name)).toEqual(once1.worksheets.map((w) => w.name));
        expect(registry(twice)).toEqual(registry(once1));
        expect(userCells(twice, s.userSheets)).toEqual(userCells(once1, s.userSheets));
        expect(sheetValues(twice, s.generatedDay1)).toEqual(sheetValues(once1, s.generatedDay1));
      });
    });

    describeReport("day 2: after the coordinator's edits (a generated sheet dragged to the front)", report2, s.day2);

    const renamedTitle = `day 2 with generated sheets renamed (${s.renames
      .map(([a, b]) => `${a} -> ${b}`)
      .join(", ")}): a renamed generated sheet is not read as input (same findings as day 2)`;
    test(renamedTitle, async () => {
      const r = await runs();
      expect(findings(r.renamed.report)).toEqual(findings(r.second.report));
    });

    describe("day 2: what the CLI wrote", () => {
      test("exit status", async () => {
        expect((await runs()).second.status).toBe(s.status2);
      });
      test("every user cell is as the coordinator left it on day 2", async () => {
        const r = await runs();
        expect(userCells(await open(r.day2checked), s.userSheets)).toEqual(userCells(await open(r.day2), s.userSheets));
      });
      test("the day-2 generated sheets are written and registered", async () => {
        const wb = await open((await runs()).day2checked);
        const reg = registry(wb);
        for (const n of s.generatedDay2) expect(reg).toContain(n);
        for (const n of s.generatedDay2) expect(wb.getWorksheet(n)).toBeDefined();
        expect(formulaCells(wb, reg)).toEqual([]);
      });
    });
  });
}
