/**
 * `import <file.uss> [--board NAME] [--start YYYY-MM-DD] --out <workbook.xlsx>` and
 * `export <workbook.xlsx> --out <file.uss> [--name TEXT]`: Universal Schedule Standard in and out.
 * Exit codes: 0 done (notes go to stderr as warnings), 2 could not run (one line on stderr).
 */
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import { parseWorkbook } from "../core/parse";
import { exportUss, importUss, type UssSheet } from "../core/uss";
import { readWorkbookFile } from "../xlsx/read";
import { CliError, inspectInput, sameFile, writeFileAtomic } from "./files";
import { processIO, type CliIO } from "./io";

export const IMPORT_USAGE = `Usage: production-coordinator import <file.uss> --out <workbook.xlsx> [--board NAME] [--start YYYY-MM-DD]
  Reads a Universal Schedule Standard file and writes its schedule as a new workbook
  (sheets Schedule, Cast, Crew, Equipment, Availability, Production).
  --board   the stripboard to import, by name (default: the first with strips)
  --start   first shoot date, when the file's calendar has none (or to move it)`;

export const EXPORT_USAGE = `Usage: production-coordinator export <workbook.xlsx> --out <file.uss> [--name TEXT]
  Writes the workbook's schedule, cast, crew and equipment as a Universal Schedule Standard v1.0 file.
  --name    the schedule name written into the file (default: the Production Title)`;

interface Args {
  input?: string;
  options: Record<string, string>;
  help: boolean;
}

function parseArgs(argv: string[], valued: string[]): Args {
  const args: Args = { options: {}, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--help" || a === "-h") args.help = true;
    else if (a.startsWith("--")) {
      const [flag, inline] = a.split(/=(.*)/s, 2);
      const name = flag.slice(2);
      if (!valued.includes(name)) throw new CliError(`unknown option ${flag}; try --help`);
      const value = inline ?? argv[++i];
      if (value === undefined || value === "") throw new CliError(`${flag} needs a value`);
      args.options[name] = value;
    } else if (args.input === undefined) args.input = a;
    else throw new CliError(`unexpected argument "${a}"; try --help`);
  }
  return args;
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split("\n")[0];
}

async function guard(io: CliIO, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (e) {
    io.stderr(`error: ${e instanceof CliError ? e.message : `unexpected failure: ${firstLine(e)}`}`);
    return 2;
  }
}

async function requireOutput(input: string, out: string | undefined, ext: string): Promise<string> {
  if (!out) throw new CliError(`--out <file${ext}> is required`);
  if (await sameFile(input, out))
    throw new CliError(`${out}: refusing to overwrite the input; choose another --out file`);
  return out;
}

const DATE_COLUMNS: Record<string, string[]> = { Schedule: ["Date"], Availability: ["From", "To"] };

/** ISO date text -> a JS Date whose UTC fields are that date (what ExcelJS writes as a serial). */
function isoToDate(v: unknown): Date | null {
  if (typeof v !== "string") return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
}

/** Imported tables -> a workbook of plain sheets, header row bold and frozen, dates as real Excel dates. */
export function workbookFromSheets(sheets: UssSheet[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
    const header = (sheet.rows[0] ?? []).map((h) => String(h ?? ""));
    const dateCols = new Set((DATE_COLUMNS[sheet.name] ?? []).map((h) => header.indexOf(h)).filter((i) => i >= 0));
    sheet.rows.forEach((row, r) => {
      // Values are written as typed cells: a text starting with "=" stays text, never a formula.
      const values = row.map((v, c) => (r > 0 && dateCols.has(c) ? (isoToDate(v) ?? v) : v));
      ws.addRow(values);
    });
    ws.getRow(1).font = { bold: true };
    header.forEach((h, c) => {
      const col = ws.getColumn(c + 1);
      const longest = Math.max(h.length, ...sheet.rows.slice(1).map((row) => String(row[c] ?? "").length));
      col.width = Math.min(60, Math.max(8, longest + 2));
      if (dateCols.has(c)) col.numFmt = "yyyy-mm-dd";
    });
  }
  return wb;
}

export async function runImport(argv: string[], io: CliIO = processIO): Promise<number> {
  return guard(io, async () => {
    const args = parseArgs(argv, ["out", "board", "start"]);
    if (args.help) {
      io.stdout(IMPORT_USAGE);
      return 0;
    }
    if (!args.input) throw new CliError("no .uss file given; try: import <file.uss> --out <workbook.xlsx>");
    const input = args.input;
    const out = await requireOutput(input, args.options.out, ".xlsx");
    let content: string;
    try {
      content = await fs.readFile(input, "utf8");
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new CliError(
        `${input}: ${code === "ENOENT" ? "file not found" : code === "EISDIR" ? "is a folder" : `cannot read (${code ?? firstLine(e)})`}`,
      );
    }
    const result = importUss(content, { board: args.options.board, start: args.options.start });
    if (!result.ok)
      throw new CliError(`${input}: ${result.messages[result.messages.length - 1] ?? "nothing to import"}`);
    for (const m of result.messages) io.stderr(`warning: ${m}`);
    const buffer = Buffer.from(await workbookFromSheets(result.sheets).xlsx.writeBuffer());
    await writeFileAtomic(out, buffer);
    const schedule = result.sheets.find((s) => s.name === "Schedule")?.rows ?? [];
    const days = new Set(schedule.slice(1).map((r) => r[1])).size;
    const cast = (result.sheets.find((s) => s.name === "Cast")?.rows.length ?? 1) - 1;
    io.stdout(
      `Imported ${schedule.length - 1} strip(s) on ${days} shoot day(s) and ${cast} cast member(s) from stripboard "${result.board}" into ${out}`,
    );
    return 0;
  });
}

export async function runExport(argv: string[], io: CliIO = processIO): Promise<number> {
  return guard(io, async () => {
    const args = parseArgs(argv, ["out", "name"]);
    if (args.help) {
      io.stdout(EXPORT_USAGE);
      return 0;
    }
    if (!args.input) throw new CliError("no workbook given; try: export <workbook.xlsx> --out <file.uss>");
    const input = args.input;
    const out = await requireOutput(input, args.options.out, ".uss");
    await inspectInput(input);
    let snapshot;
    try {
      ({ snapshot } = await readWorkbookFile(input));
    } catch (e) {
      throw new CliError(`${input}: cannot open the workbook (${firstLine(e)})`);
    }
    const model = parseWorkbook(snapshot);
    const result = exportUss(model, { name: args.options.name, created: new Date().toISOString() });
    const strips = model.items.filter((i) => !i.cancelled && i.date !== null).length;
    if (strips === 0) throw new CliError(`${input}: no dated schedule items to export`);
    if (model.issues.length > 0)
      io.stderr(`warning: the workbook has ${model.issues.length} data issue(s); run check to see them`);
    for (const m of result.messages) io.stderr(`warning: ${m}`);
    await writeFileAtomic(out, result.json + "\n");
    io.stdout(`Exported ${strips} strip(s) to ${out}`);
    return 0;
  });
}
