/**
 * Conformance helpers shared by all three sets: save a hand-built workbook, run the real pipeline on the saved
 * file, and compare the report with expectations written by hand from the contract (never derived by running
 * the engine). `describeReport` generates the tests every workbook makes; each test file keeps its own data.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { readWorkbookFile } from "../../src/xlsx/read";
import { check } from "../../src/core/check";
import type { Conflict, ConflictType, DoodRow, Report } from "../../src/core/report";

const TEST_OUTPUT = path.join(__dirname, "..", "..", "test-output");

/** A wall-clock moment as ExcelJS wants it: UTC fields are the local wall clock. */
export function at(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute));
}

/** An Excel time fraction (what a cell formatted h:mm holds). */
export function timeFraction(hour: number, minute = 0): number {
  return (hour * 60 + minute) / 1440;
}

/**
 * Writes the workbook where people can open it (test-output/<folder>), then reads it back the way the CLI does
 * and checks it.
 */
export async function saveAndCheck(wb: ExcelJS.Workbook, fileName: string, folder = "conformance"): Promise<Report> {
  const dir = path.join(TEST_OUTPUT, folder);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, fileName);
  await wb.xlsx.writeFile(file);
  const { snapshot } = await readWorkbookFile(file);
  return check(snapshot).report;
}

/** Header styling the way coordinators do it: bold on a grey fill. */
export function styleHeader(row: ExcelJS.Row): void {
  row.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
  });
}

export type CellInput = string | number | Date | null;

export interface SheetFormat {
  /** Zero-based columns whose numbers are times of day (formatted h:mm). */
  timeColumns?: number[];
  /** The number format of date-only cells. */
  dateFormat?: string;
}

/** Number formats the way a coordinator would set them: date, date-time, or time of day. */
export function formatCell(cell: ExcelJS.Cell, value: CellInput, timeOnly = false, dateFormat = "m/d/yyyy"): void {
  if (value instanceof Date) {
    cell.numFmt = value.getUTCHours() || value.getUTCMinutes() ? "m/d/yyyy h:mm" : dateFormat;
  } else if (timeOnly && typeof value === "number") {
    cell.numFmt = "h:mm";
  }
}

/** A plain-range sheet (no Excel table): a bold header row, then the rows. */
export function plainSheet(
  wb: ExcelJS.Workbook,
  name: string,
  header: string[],
  rows: CellInput[][],
  format: SheetFormat = {},
): ExcelJS.Worksheet {
  const timeColumns = format.timeColumns ?? [];
  const ws = wb.addWorksheet(name);
  ws.addRow(header);
  styleHeader(ws.getRow(1));
  for (const r of rows) {
    const row = ws.addRow(r);
    r.forEach((v, i) => formatCell(row.getCell(i + 1), v, timeColumns.includes(i), format.dateFormat));
  }
  ws.columns.forEach((c) => (c.width = 18));
  return ws;
}

/** What identifies a finding: everything the contract fixes except message, suggestion and magnitude. */
type ConflictIdentity = Pick<Conflict, "type" | "severity" | "resource" | "items" | "date">;

/** A finding as the contract fixes it (message and suggestion are free text), with why it fires. */
export type ExpectedConflict = ConflictIdentity & {
  /** Asserted only where the contract's unit is clear: minutes short, units over capacity, money over budget. */
  magnitude?: number;
  /** Why the contract says this fires (shown in the test name). */
  why: string;
};

/** A boundary case that must NOT produce a conflict of this type for this resource on these items. */
export interface NearMiss {
  type: ConflictType;
  resource?: string;
  /** The conflict must not name all of these items. */
  items: string[];
  why: string;
}

export function conflictKey(c: ConflictIdentity): string {
  return [c.type, c.severity, c.resource ?? "(none)", c.items.join(","), c.date ?? "(none)"].join(" | ");
}

export function conflictKeys(conflicts: readonly ConflictIdentity[]): string[] {
  return conflicts.map(conflictKey).sort();
}

export function findConflict(report: Report, expected: ExpectedConflict): Conflict | undefined {
  const key = conflictKey(expected);
  return report.conflicts.find((c) => conflictKey(c) === key);
}

/** Conflicts of a near miss's type and resource that name all its items (should be none). */
export function nearMissHits(report: Report, miss: NearMiss): Conflict[] {
  return report.conflicts.filter(
    (c) =>
      c.type === miss.type &&
      (miss.resource === undefined || c.resource === miss.resource) &&
      miss.items.every((i) => c.items.includes(i)),
  );
}

export interface ExpectedIssue {
  code: string;
  sheet: string;
  cell: string;
}

export function issueKeys(issues: readonly { code: string; sheet: string; cell?: string }[]): string[] {
  return issues.map((i) => `${i.code} | ${i.sheet} | ${i.cell ?? "(none)"}`).sort();
}

export interface ExpectedCast {
  resource: string;
  status: string;
  call: string | null;
}

export interface ExpectedCallSheet {
  date: string;
  /** Compared as a set: the contract does not fix the order of a call sheet's items. */
  items: string[];
  cast: ExpectedCast[];
}

/** The parts of a call sheet the contract fixes, with items sorted. */
export function callSheetView(report: Report): ExpectedCallSheet[] {
  return report.callSheets.map((s) => ({
    date: s.date,
    items: [...s.items].sort(),
    cast: s.cast.map((c) => ({ resource: c.resource, status: c.status ?? "", call: c.call })),
  }));
}

export function sortedCallSheets(expected: ExpectedCallSheet[]): ExpectedCallSheet[] {
  return expected.map((s) => ({ ...s, items: [...s.items].sort() }));
}

/** A DOOD row as the contract fixes it; travel, start and finish are compared only where given. */
export type ExpectedDoodRow = Omit<DoodRow, "name">;

/** A DOOD row reduced to the fields the expectation names. */
export function doodView(report: Report, expected: ExpectedDoodRow[]): ExpectedDoodRow[] {
  return report.dood.rows.map((row, i) => {
    const want = expected[i];
    const view: ExpectedDoodRow = { resource: row.resource, codes: row.codes, work: row.work, hold: row.hold };
    if (want?.travel !== undefined) view.travel = row.travel ?? 0;
    if (want?.start !== undefined) view.start = row.start;
    if (want?.finish !== undefined) view.finish = row.finish;
    return view;
  });
}

/** The generated call-sheet names by date (contract section 8). */
export function callSheetNames(report: Report): { date: string; sheet: string }[] {
  return report.callSheets.map((s) => ({ date: s.date, sheet: s.sheet }));
}

/** What a workbook's report must hold; each part left out generates no test. */
export interface ReportExpectations {
  /** The whole list of data issues, as issueKeys (empty: none). */
  issues?: { title: string; keys: string[] };
  /** The whole set of conflicts (no misses, no extras); each is also found on its own with its magnitude. */
  conflicts?: ExpectedConflict[];
  nearMisses?: NearMiss[];
  /** The DOOD's shoot days and its rows, reduced to the fields each row names. */
  dood?: { title: string; days: string[]; rows: ExpectedDoodRow[] };
  /** Every call sheet (items compared as a set) and, where given, every sheet name by date. */
  callSheets?: { title: string; sheets: ExpectedCallSheet[]; names?: { date: string; sheet: string }[] };
}

/**
 * The conflict assertions of one workbook: the whole set (no misses, no extras), each expected finding with its
 * magnitude where the unit is clear, and each near miss absent.
 */
export function describeConflicts(getReport: () => Report, expected: ExpectedConflict[], nearMisses: NearMiss[]): void {
  test("conflicts match finding for finding (no misses, no extras)", () => {
    expect(conflictKeys(getReport().conflicts)).toEqual(conflictKeys(expected));
  });

  // test.each refuses an empty table.
  if (expected.length > 0) {
    test.each(expected.map((e) => [`${e.type} ${e.resource ?? ""} ${e.date ?? ""}: ${e.why}`, e] as const))(
      "finds %s",
      (_name, want) => {
        const found = findConflict(getReport(), want);
        expect(found).toBeDefined();
        if (want.magnitude !== undefined) expect(found?.magnitude).toBe(want.magnitude);
      },
    );
  }

  if (nearMisses.length > 0) {
    test.each(nearMisses.map((m) => [`${m.type} ${m.resource ?? ""} ${m.items.join("+")}: ${m.why}`, m] as const))(
      "no %s",
      (_name, miss) => {
        expect(nearMissHits(getReport(), miss)).toEqual([]);
      },
    );
  }
}

/**
 * One workbook's conformance suite: saves and checks the workbook once, generates the standard tests from the
 * expectations, then runs the workbook's own tests (`moreTests`) against the same report.
 */
export function describeReport(
  title: string,
  makeReport: () => Promise<Report>,
  want: ReportExpectations,
  moreTests?: (report: () => Report) => void,
): void {
  describe(title, () => {
    let saved: Report | undefined;
    beforeAll(async () => {
      saved = await makeReport();
    });
    const report = (): Report => {
      if (saved === undefined) throw new Error("the workbook was not checked (see the beforeAll failure)");
      return saved;
    };

    const { issues, dood, callSheets } = want;
    if (issues) {
      test(issues.title, () => {
        expect(issueKeys(report().dataIssues)).toEqual([...issues.keys].sort());
      });
    }
    if (want.conflicts || want.nearMisses) describeConflicts(report, want.conflicts ?? [], want.nearMisses ?? []);
    if (dood) {
      test(dood.title, () => {
        expect(report().dood.days).toEqual(dood.days);
        expect(doodView(report(), dood.rows)).toEqual(dood.rows);
      });
    }
    if (callSheets) {
      test(callSheets.title, () => {
        expect(callSheetView(report())).toEqual(sortedCallSheets(callSheets.sheets));
        if (callSheets.names) expect(callSheetNames(report())).toEqual(callSheets.names);
      });
    }
    moreTests?.(report);
  });
}
