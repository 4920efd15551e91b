/**
 * CLI benchmark (issue #3): the CLI's `check f --json out.json` end to end against ExcelJS reading the
 * same file alone (the floor). Generates a realistic 60,000-strip .xlsx once (40 strips a shoot day,
 * 1,500 days, 60 cast, 150 crew, 40 equipment) in the temp folder, then times both in this process,
 * several runs each, and prints the medians and their ratio (goal: at most 1.5).
 *
 *   npx tsx --expose-gc scripts/bench-cli.ts              # 60,000 strips, 3 runs each
 *   npx tsx --expose-gc scripts/bench-cli.ts --strips 20000 --runs 5
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { CellValue } from "../src/core/snapshot";
import { main } from "../src/cli/main";
import { captureIO } from "../src/cli/io";
import { generateSnapshot } from "./bench";

const EPOCH_1900_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86400000;
/** Schedule columns written as dates and as times (the generator gives serials). */
const DATE_COLUMNS = new Set(["Date", "Deadline", "Unavailable", "Available From", "From", "To", "Delivery"]);
const TIME_COLUMNS = new Set(["Start", "End"]);

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** A serial as ExcelJS writes a date cell: a Date whose UTC fields are the wall clock. */
function serialDate(serial: number): Date {
  return new Date(EPOCH_1900_MS + Math.round(serial * MS_PER_DAY));
}

/** Writes the generated production as a workbook a coordinator could have typed: dates and times formatted. */
async function writeWorkbook(file: string, strips: number): Promise<void> {
  const snapshot = generateSnapshot(strips, 7, { cast: 60, crew: 150, gear: 40 });
  const wb = new ExcelJS.Workbook();
  for (const sheet of snapshot.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    const values = sheet.used?.values ?? [];
    const header = (values[0] ?? []).map(String);
    ws.addRow(header).font = { bold: true };
    header.forEach((h, c) => {
      if (DATE_COLUMNS.has(h))
        ws.getColumn(c + 1).numFmt = sheet.name === "Availability" ? "yyyy-mm-dd hh:mm" : "yyyy-mm-dd";
      if (TIME_COLUMNS.has(h)) ws.getColumn(c + 1).numFmt = "hh:mm";
    });
    for (let r = 1; r < values.length; r++) {
      ws.addRow(
        values[r].map((v: CellValue, c) => {
          if (typeof v !== "number") return v;
          if (DATE_COLUMNS.has(header[c])) return serialDate(v);
          if (TIME_COLUMNS.has(header[c])) return serialDate(v);
          return v;
        }),
      );
    }
  }
  await wb.xlsx.writeFile(file);
}

async function timeExcelJsRead(file: string): Promise<number> {
  gc();
  const t0 = performance.now();
  await new ExcelJS.Workbook().xlsx.readFile(file);
  return performance.now() - t0;
}

async function timeCliCheck(file: string, json: string): Promise<number> {
  gc();
  const io = captureIO();
  const t0 = performance.now();
  const status = await main(["check", file, "--json", json], io);
  const ms = performance.now() - t0;
  if (status === 2) throw new Error(`check failed: ${io.err.join(" ")}`);
  return ms;
}

async function run(): Promise<void> {
  const strips = arg("--strips", 60000);
  const runs = Math.max(1, arg("--runs", 3));
  const dir = path.join(os.tmpdir(), "pc-bench-cli");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `schedule-${strips}.xlsx`);
  const json = path.join(dir, `report-${strips}.json`);
  if (!fs.existsSync(file) || process.argv.includes("--regenerate")) {
    const t0 = performance.now();
    await writeWorkbook(file, strips);
    console.log(`generated ${file} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  console.log(`${file}: ${(fs.statSync(file).size / 1e6).toFixed(1)} MB, ${strips} strips, ${runs} runs each`);
  const readMs: number[] = [];
  const checkMs: number[] = [];
  // Interleaved, so a busy moment on the machine hits both sides alike.
  for (let k = 0; k < runs; k++) {
    readMs.push(await timeExcelJsRead(file));
    checkMs.push(await timeCliCheck(file, json));
    console.log(
      `run ${k + 1}: ExcelJS read ${(readMs[k] / 1000).toFixed(2)} s, CLI check ${(checkMs[k] / 1000).toFixed(2)} s`,
    );
  }
  const read = median(readMs);
  const cli = median(checkMs);
  console.log(`median ExcelJS read ${(read / 1000).toFixed(2)} s`);
  console.log(`median CLI check --json ${(cli / 1000).toFixed(2)} s`);
  console.log(`ratio ${(cli / read).toFixed(2)} (goal <= 1.5)`);
  console.log(`peak RSS ${Math.round(process.memoryUsage().rss / 1048576)} MB (process, at the end)`);
}

void run();
