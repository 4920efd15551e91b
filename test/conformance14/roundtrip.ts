/**
 * Set 14's helpers: the workbook on its second day. Runs the real CLI (`check <in> --out <out> --json <file>`)
 * the way a coordinator does, reopens what it wrote, and compares what the contract (§8) fixes: the user's cells
 * never change, generated sheets are never read as input, rerunning gives the same workbook, and text copied from
 * the user's cells is written as text, never as a formula.
 *
 * Every stage keeps the same file name (`wb.xlsx`) in its own folder, so the report's and the sheets' mention of
 * the workbook's name cannot differ between runs.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { captureIO } from "../../src/cli/io";
import type { Report } from "../../src/core/report";

export const OUT = path.join(__dirname, "..", "..", "test-output", "conformance14");

export const FIXED_GENERATED = ["Conflicts", "Priorities", "DOOD", "Cost Report"];

export function stagePath(workbook: string, stage: string): string {
  const dir = path.join(OUT, workbook, stage);
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, "wb.xlsx");
}

export interface CliRun {
  status: number;
  report: Report;
}

/** `check <input> --out <out> --json <out.json>` through the CLI's own entry point. */
export async function cliCheckOut(input: string, out: string): Promise<CliRun> {
  const json = out.replace(/\.xlsx$/, ".json");
  const io = captureIO();
  const status = await main(["check", input, "--out", out, "--json", json], io);
  if (status === 2) throw new Error(`the CLI could not run: ${io.err.join(" ")}`);
  return { status, report: JSON.parse(fs.readFileSync(json, "utf8")) as Report };
}

/** `check <input> --json -` (no --out: the CLI's fast reader). */
export async function cliCheckJson(input: string): Promise<CliRun> {
  const io = captureIO();
  const status = await main(["check", input, "--json", "-"], io);
  if (status === 2) throw new Error(`the CLI could not run: ${io.err.join(" ")}`);
  return { status, report: JSON.parse(io.text()) as Report };
}

export async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The report without the file name (every stage is `wb.xlsx` anyway). */
export function findings(report: Report): Omit<Report, "workbook"> {
  const { workbook: _name, ...rest } = report;
  return rest;
}

/** The registry of generated sheets (`_pc_meta`, very hidden): the names it lists, in order. */
export function registry(wb: ExcelJS.Workbook): string[] {
  const meta = wb.worksheets.find((ws) => /^_pc_meta\d*$/.test(ws.name));
  const names: string[] = [];
  meta?.eachRow((row, r) => {
    if (r > 1 && row.getCell(1).value === "sheet") names.push(String(row.getCell(2).value));
  });
  return names;
}

function tablesOf(ws: ExcelJS.Worksheet): string[] {
  const raw = (ws as unknown as { tables?: Record<string, unknown> }).tables ?? {};
  return Object.values(raw).map((entry) => {
    const e = entry as { table?: Record<string, unknown>; model?: Record<string, unknown> } & Record<string, unknown>;
    const t = e.table ?? e.model ?? e;
    return `${String(t.displayName ?? t.name)} @ ${String(t.tableRef ?? t.ref)}`;
  });
}

/**
 * Everything the user wrote on the named sheets: every cell's type, value, number format, font, fill, border and
 * alignment, the merges and the Excel tables. Highlights (conditional formats) are not cells and are left out.
 */
export function userCells(wb: ExcelJS.Workbook, sheets: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of sheets) {
    const ws = wb.getWorksheet(name);
    if (!ws) {
      out[name] = "(sheet missing)";
      continue;
    }
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        out[`${name}!${cell.address}`] = JSON.parse(
          JSON.stringify({
            type: cell.type,
            value: cell.value,
            numFmt: cell.numFmt ?? null,
            font: cell.font ?? null,
            fill: cell.fill ?? null,
            border: cell.border ?? null,
            alignment: cell.alignment ?? null,
          }),
        );
      }),
    );
    out[`${name}!(merges)`] = [...((ws.model as { merges?: string[] }).merges ?? [])].sort();
    out[`${name}!(tables)`] = tablesOf(ws).sort();
  }
  return out;
}

/** The values of every cell of the named sheets (generated content), for run-to-run comparison. */
export function sheetValues(wb: ExcelJS.Workbook, sheets: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of sheets) {
    const ws = wb.getWorksheet(name);
    if (!ws) {
      out[name] = "(sheet missing)";
      continue;
    }
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        out[`${name}!${cell.address}`] = JSON.parse(JSON.stringify({ type: cell.type, value: cell.value }));
      }),
    );
  }
  return out;
}

/** Cells of the named sheets that hold a formula (there must be none on generated sheets). */
export function formulaCells(wb: ExcelJS.Workbook, sheets: string[]): string[] {
  const hits: string[] = [];
  for (const name of sheets) {
    wb.getWorksheet(name)?.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as unknown;
        const isFormulaObject = typeof v === "object" && v !== null && ("formula" in v || "sharedFormula" in v);
        if (cell.type === ExcelJS.ValueType.Formula || isFormulaObject) hits.push(`${name}!${cell.address}`);
      }),
    );
  }
  return hits;
}

/** Text of a cell (plain string, rich text or hyperlink text), or null for anything else. */
function cellText(v: ExcelJS.CellValue): string | null {
  if (typeof v === "string") return v;
  if (v && typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  if (v && typeof v === "object" && "hyperlink" in v && typeof v.text === "string") return v.text;
  return null;
}

/** Generated-sheet cells (as `Sheet!A1`) whose text starts with `prefix` and that are stored as text. */
export function textCellsStartingWith(wb: ExcelJS.Workbook, sheets: string[], prefix: string): string[] {
  const hits: string[] = [];
  for (const name of sheets) {
    wb.getWorksheet(name)?.eachRow((row) =>
      row.eachCell((cell) => {
        const t = cellText(cell.value);
        if (t !== null && t.startsWith(prefix) && cell.type !== ExcelJS.ValueType.Formula)
          hits.push(`${name}!${cell.address}`);
      }),
    );
  }
  return hits;
}

/** Runs once, however many tests ask. */
export function once<T>(f: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= f());
}
