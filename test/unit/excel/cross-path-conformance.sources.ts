/**
 * Workbooks for cross-path-conformance.test.ts, and the two ways of checking one.
 *
 * Sources, so that no test depends on another suite having run first:
 *   - built in memory from builders the sets export (set 10's `generate`, set 18's `run*` with `saveAndCheck`
 *     captured by the test file's jest.mock, so nothing is written to disk and no other suite's file is raced);
 *   - the committed fixtures of set 15 (ExcelJS- and LibreOffice-written files);
 *   - whatever the other conformance suites left in test-output/conformance* when this file is collected
 *     (hand-built workbooks whose builders are not exported). Missing folders are reported as skipped tests.
 * Identical files (set 15 copies its fixtures into test-output) are checked once, under their first name.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { check } from "../../../src/core/check";
import type { Report } from "../../../src/core/report";
import { runCheck } from "../../../src/excel";
import { snapshotFromXlsxBuffer, workbookUses1904 } from "../../../src/xlsx/fast-read";
import { dateToSerial, withRelativeTargets } from "../../../src/xlsx/read";
import { installGlobal, type SimulatedExcel } from "../../sim-excel";
import { fromExcelJS } from "../../sim-excel/exceljs";

export const ROOT = path.join(__dirname, "..", "..", "..");
const TEST_OUTPUT = path.join(ROOT, "test-output");

export interface Book {
  /** Where it comes from, relative to the repository (or `set N builder ...` for in-memory ones). */
  label: string;
  buffer: Buffer;
}

/** A complete zip ends with an end-of-central-directory record; a file still being written does not. */
function complete(buf: Buffer): boolean {
  const tail = buf.subarray(Math.max(0, buf.length - 65557));
  return tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) >= 0;
}

function xlsxUnder(dir: string, out: string[]): void {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) xlsxUnder(p, out);
    else if (e.name.endsWith(".xlsx") && !e.name.startsWith("~$")) out.push(p);
  }
}

export function committedFixtures(): Book[] {
  const dir = path.join(ROOT, "test", "conformance15", "fixtures");
  const files: string[] = [];
  xlsxUnder(dir, files);
  return files.map((f) => ({ label: path.relative(ROOT, f), buffer: fs.readFileSync(f) }));
}

/**
 * The .xlsx files under test-output/<folder>/ for each folder, and the folders (or files) that could not be used:
 * absent (the suite has not run in this clone) or incomplete (being written by a suite running right now).
 */
export function leftOnDisk(folders: string[]): { books: Book[]; skipped: string[] } {
  const books: Book[] = [];
  const skipped: string[] = [];
  for (const folder of folders) {
    const dir = path.join(TEST_OUTPUT, folder);
    const files: string[] = [];
    if (fs.existsSync(dir)) xlsxUnder(dir, files);
    if (files.length === 0) {
      skipped.push(`test-output/${folder}/ has no workbooks: run its suite (npx jest test/${folder}/) to cover them`);
      continue;
    }
    for (const f of files) {
      const buffer = fs.readFileSync(f);
      if (complete(buffer)) books.push({ label: path.relative(ROOT, f), buffer });
      else skipped.push(`${path.relative(ROOT, f)} is incomplete (being written by a running suite?)`);
    }
  }
  return { books, skipped };
}

/** Drops byte-identical repeats, keeping the first label; returns the aliases for the names. */
export function distinct(books: Book[]): (Book & { aliases: string[] })[] {
  const seen = new Map<string, Book & { aliases: string[] }>();
  for (const b of books) {
    const h = createHash("sha1").update(b.buffer).digest("hex");
    const first = seen.get(h);
    if (first) first.aliases.push(b.label);
    else seen.set(h, { ...b, aliases: [] });
  }
  return [...seen.values()];
}

export function fileReport(buffer: Buffer): Report {
  return check(snapshotFromXlsxBuffer(buffer)).report;
}

/**
 * The Office path exactly as cross-path-generated.test.ts runs it (the simulator loaded by `fromExcelJS`,
 * ExcelJS 1.13), except that nothing is written back: runCheck computes the report before it builds and applies
 * the write plan (src/excel/run.ts), and writing highlights on set 18's 640-row books costs seconds each.
 */
export async function officeReport(
  buffer: Buffer,
  options: { apiVersion?: string; faithful1904?: boolean } = {},
): Promise<Report> {
  const opened = new ExcelJS.Workbook();
  // As the CLI loads a file: ExcelJS cannot follow openpyxl's absolute relationship targets (every table).
  await opened.xlsx.load((await withRelativeTargets(buffer)) as unknown as ArrayBuffer);
  const sim = fromExcelJS(opened);
  if (options.faithful1904) keep1904(sim, opened, buffer);
  sim.apiVersion = options.apiVersion ?? "1.13";
  installGlobal(sim);
  return (await runCheck(sim.context() as unknown as Excel.RequestContext, { write: false })).report;
}

/**
 * What real Excel shows the add-in for a 1904-system file, which `fromExcelJS` does not: Range.values holds the
 * serials as stored (1904-based: 07:00 is 0.2917, 2026-03-02 is 44621) and Workbook.use1904DateSystem is true.
 * `fromExcelJS` turns every ExcelJS Date into a 1900 serial; ExcelJS made those Dates with the 1904 epoch when the
 * file says date1904="1" (ExcelJS itself writes that), so they are turned back with it here. LibreOffice writes
 * date1904="true", which ExcelJS does not see: its Dates used the 1900 epoch and their serials are already raw.
 */
export function keep1904(sim: SimulatedExcel, wb: ExcelJS.Workbook, buffer: Buffer): void {
  if (!workbookUses1904(buffer)) return;
  sim.state.date1904 = true;
  if (!wb.properties.date1904) return;
  wb.worksheets.forEach((ws) => {
    const sheet = sim.state.sheets.find((s) => s.name === ws.name);
    if (!sheet) return;
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const v = cell.value;
        const d =
          v instanceof Date
            ? v
            : v && typeof v === "object" && "result" in v && v.result instanceof Date
              ? v.result
              : null;
        const simCell = sheet.cells.get((r - 1) * 16384 + (c - 1));
        if (d && simCell) simCell.value = dateToSerial(d, true);
      });
    });
  });
}

export const PARTS = ["summary", "conflicts", "dataIssues", "priorities", "dood", "costs", "callSheets"] as const;

/** The parts that differ, for a message that says where to look. */
export function differingParts(a: Report, b: Report): string[] {
  return PARTS.filter((p) => JSON.stringify(a[p]) !== JSON.stringify(b[p]));
}
