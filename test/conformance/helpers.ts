/**
 * Conformance helpers: save a hand-built workbook, run the real pipeline on the saved file, and compare the
 * report with expectations written by hand from the contract (never derived by running the engine).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { readWorkbookFile } from "../../src/xlsx/read";
import { check } from "../../src/core/check";
import type { Conflict, ConflictType, Report, Severity } from "../../src/core/report";

export const OUTPUT_DIR = path.join(__dirname, "..", "..", "test-output", "conformance");

/** A wall-clock moment as ExcelJS wants it: UTC fields are the local wall clock. */
export function at(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute));
}

/** An Excel time fraction (what a cell formatted h:mm holds). */
export function timeFraction(hour: number, minute = 0): number {
  return (hour * 60 + minute) / 1440;
}

/** Writes the workbook where people can open it, then reads it back the way the CLI does and checks it. */
export async function saveAndCheck(wb: ExcelJS.Workbook, fileName: string): Promise<Report> {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, fileName);
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

export interface ExpectedConflict {
  type: ConflictType;
  severity: Severity;
  resource?: string;
  items: string[];
  date?: string;
  /** Asserted only where the contract's unit is clear: minutes short, units over capacity, money over budget. */
  magnitude?: number;
  /** Why the contract says this fires (shown in the test name). */
  why: string;
}

/** A boundary case that must NOT produce a conflict of this type for this resource on these items. */
export interface NearMiss {
  type: ConflictType;
  resource?: string;
  /** The conflict must not name all of these items. */
  items: string[];
  why: string;
}

/** The identity of a finding: everything the contract fixes except message, suggestion and magnitude. */
export function conflictKey(c: {
  type: string;
  severity: string;
  resource?: string;
  items: string[];
  date?: string;
}): string {
  return [c.type, c.severity, c.resource ?? "(none)", c.items.join(","), c.date ?? "(none)"].join(" | ");
}

export function conflictKeys(
  conflicts: readonly { type: string; severity: string; resource?: string; items: string[]; date?: string }[],
): string[] {
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

export interface ExpectedDoodRow {
  resource: string;
  codes: string[];
  work: number;
  hold: number;
  travel?: number;
  start?: string;
  finish?: string;
}

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
