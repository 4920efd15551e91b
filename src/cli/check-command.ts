/** `check <workbook.xlsx> [--json <file>|-] [--out <file.xlsx>] [--dood-types <types>]`: the file-side pipeline. */
import * as path from "path";
import { promises as fs } from "fs";
import { check } from "../core/check";
import { DOOD_TYPES, isDoodType, normalizeDoodTypes } from "../core/dood";
import type { ResourceType, TableInfo } from "../core/model";
import { buildWritePlan } from "../core/writeplan";
import type ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../core/snapshot";
import { readWorkbookFile } from "../xlsx/read";
import { readSnapshotFast, snapshotFromXlsxBuffer } from "../xlsx/fast-read";
import { splicedCopy } from "../xlsx/splice";
import { applyPlan, xlsxBytes } from "../xlsx/write";
import { withOriginalParts } from "../xlsx/original-parts";
import { generatedIn } from "../xlsx/meta";
import { hasMacros } from "../xlsx/macros";
import { CliError, inspectInput, sameFile, writeFileAtomic } from "./files";
import { formatSummary } from "./summary";
import type { CliIO } from "./io";

/** An output name for a macro-enabled workbook (the copy keeps the input's macros). */
const MACRO_ENABLED = /\.xlsm$/i;

export const CHECK_USAGE = `Usage: production-coordinator check <workbook.xlsx> [--json <file>|-] [--out <file.xlsx>]
                                    [--dood-types <types>] [--culture <tag>]

  --json <file>         write the report as JSON to <file>; "-" prints it on stdout instead of the summary
  --out <file>          write a copy of the workbook with highlights and the generated sheets
                        (Conflicts, Priorities, DOOD, Cost Report, call sheets); the input is never changed;
                        name it .xlsm to keep the workbook's macros
  --dood-types <types>  resource types listed on the DOOD, comma-separated (cast first when included):
                        ${DOOD_TYPES.join(", ")}; default: the rows saved in the workbook's
                        settings, else cast
  --culture <tag>       the culture the workbook was written in, for text dates like 02/03/2026: en-US (and
                        no culture) reads month first, en-GB, fr-FR and any other culture day first; default:
                        month first (the summary says when some dates can only be day first: 13/03/2026).
                        Also for text numbers: de-DE, fr-FR and others that write decimal commas read 45,50 as
                        45.5 and 1.250 as 1250

Exit status: 0 no error conflicts, 1 error conflicts found, 2 could not run.`;

/** Above this many rows the CLI prints progress lines on stderr. */
const PROGRESS_ROWS = 5000;

export interface CheckArgs {
  input: string;
  json?: string;
  out?: string;
  /** Resource types for the DOOD rows (--dood-types); undefined: the workbook's saved choice, else cast. */
  doodTypes?: ResourceType[];
  /** --culture: Excel's culture name for the workbook (text dates' day/month order). */
  culture?: string;
}

/** "cast,crew" -> ["cast", "crew"]; a name the core does not know is a usage error. */
export function parseDoodTypes(text: string): ResourceType[] {
  const names = text
    .split(",")
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  if (names.length === 0) throw new CliError(`--dood-types needs at least one type: ${DOOD_TYPES.join(", ")}`);
  const unknown = names.filter((t) => !isDoodType(t));
  if (unknown.length > 0) {
    throw new CliError(
      `--dood-types: unknown resource type${unknown.length === 1 ? "" : "s"} ${unknown.map((t) => `"${t}"`).join(", ")}; use ${DOOD_TYPES.join(", ")}`,
    );
  }
  return normalizeDoodTypes(names);
}

export function parseCheckArgs(argv: string[]): CheckArgs | "help" {
  let input: string | undefined;
  let json: string | undefined;
  let out: string | undefined;
  let doodTypes: ResourceType[] | undefined;
  let culture: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf("=");
    const flag = a.startsWith("--") && eq > 0 ? a.slice(0, eq) : a;
    const inline = a.startsWith("--") && eq > 0 ? a.slice(eq + 1) : undefined;
    const next = (): string => {
      if (inline !== undefined) return inline;
      const v = argv[++i];
      if (v === undefined || v === "") throw new CliError(`${flag} needs a value (see --help)`);
      return v;
    };
    if (flag === "--help" || flag === "-h") return "help";
    else if (flag === "--json") json = next();
    else if (flag === "--out" || flag === "-o") out = next();
    else if (flag === "--dood-types") doodTypes = parseDoodTypes(next());
    else if (flag === "--culture") culture = parseCulture(next());
    else if (a.startsWith("-") && a !== "-") throw new CliError(`unknown option ${a} (see --help)`);
    else if (input === undefined) input = a;
    else throw new CliError(`unexpected argument ${a}: check takes one workbook (see --help)`);
  }
  if (!input) throw new CliError("check needs a workbook: production-coordinator check <workbook.xlsx>");
  return { input, json, out, ...(doodTypes ? { doodTypes } : {}), ...(culture ? { culture } : {}) };
}

/** "en-GB", "fr_FR", "de": a culture tag (letters, digits and dashes); anything else is a usage error. */
function parseCulture(text: string): string {
  const tag = text.trim();
  if (!/^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(tag)) {
    throw new CliError(`--culture: '${text}' is not a culture name; write it like en-GB or en-US`);
  }
  return tag;
}

function rowCount(snapshot: { sheets: { used: { values: unknown[] } | null }[] }): number {
  return snapshot.sheets.reduce((n, s) => n + (s.used?.values.length ?? 0), 0);
}

export async function runCheck(argv: string[], io: CliIO): Promise<number> {
  const args = parseCheckArgs(argv);
  if (args === "help") {
    io.stdout(CHECK_USAGE);
    return 0;
  }
  const { input, json, out, doodTypes, culture } = args;
  if (out && (await sameFile(input, out))) {
    throw new CliError(`--out ${out} is the input workbook; choose another file (the input is never overwritten)`);
  }
  if (json && json !== "-" && (await sameFile(input, json))) {
    throw new CliError(`--json ${json} is the input workbook; choose another file`);
  }
  if (out && json && json !== "-" && (await sameFile(out, json))) {
    throw new CliError("--json and --out name the same file");
  }
  const { size } = await inspectInput(input);
  const started = Date.now();
  const big = size > 2_000_000;
  if (big) io.stderr(`Reading ${input} (${(size / 1e6).toFixed(1)} MB)...`);

  const loaded = await loadWorkbook(input, !!out);
  const { snapshot, source } = loaded;
  if (snapshot.sheets.length === 0) throw new CliError(`${input}: the workbook has no worksheets`);
  if (culture) snapshot.culture = culture;
  const rows = rowCount(snapshot);
  if (big || rows > PROGRESS_ROWS) io.stderr(`Read ${rows} rows in ${secs(started)}; checking...`);

  let result;
  try {
    result = check(snapshot, doodTypes ? { doodTypes } : {});
  } catch (e) {
    throw new CliError(`${input}: the check failed: ${firstLine(e)}`);
  }
  const { report, model } = result;

  // Everything is computed before anything is written: a failure leaves no output behind.
  let xlsx: Buffer | undefined;
  /** Why the copy was written by rewriting the workbook with ExcelJS, when it was. */
  let rewritten: string | undefined = undefined;
  if (out) {
    // The highlight colours saved from the task pane's Settings, as the add-in takes them.
    const colors = snapshot.settings?.highlightColors;
    const plan = buildWritePlan(report, model, { date1904: !!snapshot.date1904, ...(colors ? { colors } : {}) });
    const macroEnabled = MACRO_ENABLED.test(out);
    let workbook = loaded.workbook;
    if (!workbook && source) {
      try {
        xlsx = await splicedCopy(source, snapshot, plan, { macroEnabled });
      } catch (e) {
        // A package written in a way the splice does not take (SpliceUnsupported: parts written with prefixes):
        // the copy goes through ExcelJS, which rewrites the user's sheets (original-parts.ts puts back what it can).
        workbook = (await loadWorkbook(input, true, true)).workbook;
        rewritten = firstLine(e);
      }
    }
    if (!xlsx) {
      rewritten ??= "the fast reader could not read its package";
      try {
        if (!workbook || !source) throw new Error("the workbook was not loaded for writing");
        applyPlan(workbook, plan);
        xlsx = await withOriginalParts(source, await xlsxBytes(workbook), {
          macroEnabled,
          generated: generatedIn(workbook),
        });
      } catch (e) {
        throw new CliError(`${out}: cannot build the output workbook: ${firstLine(e)}`);
      }
    }
  }
  const jsonText = json ? JSON.stringify(report, null, 2) + "\n" : undefined;
  if (out && xlsx) {
    if (rows > PROGRESS_ROWS) io.stderr(`Writing ${out}...`);
    await writeFileAtomic(out, xlsx);
  }
  if (json && json !== "-" && jsonText) await writeFileAtomic(json, jsonText);

  if (json === "-" && jsonText) {
    io.stdoutRaw(jsonText);
    // The report holds the findings; how the dates were read goes where a script's reader still sees it.
    if (model.dateOrder?.unsure) io.stderr(DATE_ORDER_HINT);
  } else {
    io.stdout(formatSummary(report));
    const unread = unreadColumns(model.tables);
    if (unread) io.stdout(unread);
    if (model.dateOrder?.unsure) io.stdout(DATE_ORDER_HINT);
    if (out) io.stdout(`Wrote ${path.normalize(out)}`);
    if (out && rewritten)
      io.stdout(
        `Note: the copy was written by rewriting the workbook (${rewritten}); some of the workbook's formatting may ` +
          "differ in it. The input is unchanged.",
      );
    if (out && source && !MACRO_ENABLED.test(out) && hasMacros(source))
      io.stdout(
        `Note: ${path.basename(input)} has macros, which an .xlsx copy cannot hold; name the copy .xlsm to keep them`,
      );
    if (json) io.stdout(`Wrote ${path.normalize(json)}`);
  }
  if (big || rows > PROGRESS_ROWS) io.stderr(`Done in ${secs(started)}.`);
  return report.summary.errors > 0 ? 1 : 0;
}

/** Said when the workbook's text dates leave their order open (model.dateOrder.unsure). */
export const DATE_ORDER_HINT =
  "Some text dates can only be day first (13/03/2026) and are bad-date issues: text dates are read month first " +
  "(the contract's US order) when no culture is given. If this workbook writes dates day first, check it again " +
  "with --culture en-GB.";

/**
 * The headers no column of a table's role answers to, per table: a coordinator's `Cast ID` or `Est. Hours` that the
 * tool did not know was silently ignored before (the task pane's Setup shows the same as "Not used").
 */
export function unreadColumns(tables: readonly TableInfo[]): string | undefined {
  const lines = tables
    .filter((t) => t.role !== null && t.unknownColumns.length > 0)
    .map((t) => `  ${t.table ?? t.sheet} (${t.role}): ${t.unknownColumns.map((h) => `"${h}"`).join(", ")}`);
  if (lines.length === 0) return undefined;
  return ["Columns not read (rename a header, or map it in the add-in's Setup):", ...lines].join("\n");
}

/**
 * The snapshot, read by the fast reader (src/xlsx/fast-read.ts, several times quicker than ExcelJS), with the file's
 * bytes when a copy is to be written (the copy is spliced into them). Anything the fast reader does not handle, and
 * `excelJs`, goes to ExcelJS, whose workbook then writes the copy, so a bad file still gets ExcelJS's diagnosis.
 */
async function loadWorkbook(
  input: string,
  needSource: boolean,
  excelJs = false,
): Promise<{ snapshot: WorkbookSnapshot; workbook?: ExcelJS.Workbook; source?: Buffer }> {
  if (!excelJs) {
    try {
      if (!needSource) return { snapshot: await readSnapshotFast(input) };
      const source = await fs.readFile(input);
      return { snapshot: snapshotFromXlsxBuffer(source, input.split(/[\\/]/).pop() ?? input), source };
    } catch {
      // Fall through to ExcelJS, which either reads the file or says what is wrong with it.
    }
  }
  let loaded: Awaited<ReturnType<typeof readWorkbookFile>>;
  try {
    loaded = await readWorkbookFile(input);
  } catch (e) {
    // The fast reader reads what ExcelJS refuses for its own rules (a sheet named `History`, which Excel reserves, or
    // one starting with a quote, as other programs save them): the file is sound, only the copy cannot be written.
    if (
      needSource &&
      (await readSnapshotFast(input).then(
        () => true,
        () => false,
      ))
    ) {
      const reason = firstLine(e);
      const rename = /sheet|name/i.test(reason) ? "rename that sheet, or " : "";
      throw new CliError(
        `${input}: the copy writer cannot open this workbook (${reason}); ${rename}check the workbook without --out`,
      );
    }
    throw new CliError(`${input}: cannot open as an .xlsx workbook (corrupt or not an Excel file): ${firstLine(e)}`);
  }
  if (needSource && loaded.date1904Unkept) {
    throw new CliError(
      `${input}: the workbook uses the 1904 date system in a form the copy writer cannot keep; check it without --out, or save it from Excel first`,
    );
  }
  return loaded;
}

function secs(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

export function firstLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return (text.split("\n")[0] || "unknown error").slice(0, 300);
}
