/**
 * Set 6's helpers beyond set 1's: run the CLI's path end to end (save, read, check, write the generated sheets
 * back, save, reopen) and validate a report against the shared report.schema.json the way the CLI's JSON is
 * (`JSON.stringify(report)`).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { readWorkbookFile } from "../../src/xlsx/read";
import { applyPlan } from "../../src/xlsx/write";
import { check } from "../../src/core/check";
import { buildWritePlan } from "../../src/core/writeplan";
import type { Report } from "../../src/core/report";

const OUT_DIR = path.join(__dirname, "..", "..", "test-output", "conformance6");
const SCHEMA = path.resolve(__dirname, "..", "..", "..", "shared", "spec", "report.schema.json");

/** Saves `name.xlsx`, checks it, writes the generated sheets into `name-checked.xlsx` and reopens that. */
export async function checkAndWriteBack(
  wb: ExcelJS.Workbook,
  name: string,
): Promise<{ report: Report; written: ExcelJS.Workbook }> {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const input = path.join(OUT_DIR, `${name}.xlsx`);
  await wb.xlsx.writeFile(input);
  const { snapshot, workbook } = await readWorkbookFile(input);
  const { report, model } = check(snapshot);
  applyPlan(workbook, buildWritePlan(report, model, {}));
  const output = path.join(OUT_DIR, `${name}-checked.xlsx`);
  await workbook.xlsx.writeFile(output);
  const written = new ExcelJS.Workbook();
  await written.xlsx.readFile(output);
  return { report, written };
}

/** The schema errors of the report as the CLI would print it (empty: valid). */
export function schemaErrors(report: Report): unknown[] {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, "utf8")));
  const json: unknown = JSON.parse(JSON.stringify(report));
  return validate(json) ? [] : (validate.errors ?? []);
}

/** Every cell value of a sheet as text, row by row (for "this number is on the sheet" checks). */
export function sheetTexts(ws: ExcelJS.Worksheet | undefined): string[] {
  const out: string[] = [];
  ws?.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value;
      if (v === null || v === undefined) return;
      if (typeof v === "object" && !(v instanceof Date) && "result" in v) out.push(String(v.result));
      else if (typeof v === "object" && !(v instanceof Date) && "richText" in v)
        out.push(v.richText.map((r) => r.text).join(""));
      else out.push(v instanceof Date ? v.toISOString() : String(v));
    }),
  );
  return out;
}

/** The summary counts the contract's lists imply. */
export function summaryOf(report: Report): { errors: number; warnings: number; dataIssues: number } {
  return {
    errors: report.conflicts.filter((c) => c.severity === "error").length,
    warnings: report.conflicts.filter((c) => c.severity === "warning").length,
    dataIssues: report.dataIssues.length,
  };
}
