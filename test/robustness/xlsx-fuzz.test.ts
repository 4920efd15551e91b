/**
 * The .xlsx path end to end on random small workbooks (merged cells, formulas with cached errors, rich text,
 * hyperlinks, dates, 1904 date system, hidden sheets, a user sheet named "Conflicts"): the CLI exits 0 or 1,
 * never 2; every user sheet keeps its values, formulas, fills, number formats and merges; our Conflicts sheet
 * takes a suffix; checking the output again gives the same report, and a second --out run changes nothing.
 * XLSX_FUZZ_RUNS overrides the number of workbooks.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { captureIO } from "../../src/cli/io";
import { ROLE_DEF } from "../../src/core/parse/headers";
import { saveSettings } from "../../src/xlsx/meta";
import { FORMULA_LIKE } from "./arbitraries";

const NUM_RUNS = Number(process.env.XLSX_FUZZ_RUNS ?? 12);
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "pc-robust-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

// ---------- random workbooks ----------

const day = fc.integer({ min: 2, max: 6 });
const quarter = fc.integer({ min: 0, max: 95 });
const wallClock = (d: number, q: number) => new Date(Date.UTC(2026, 2, d, Math.floor(q / 4), (q % 4) * 15));

const userCell: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom<ExcelJS.CellValue>(null, "S-1", "S-2", "1", "2, 3", "Park", "Stage 1") },
  { weight: 2, arbitrary: fc.tuple(day, quarter).map(([d, q]) => wallClock(d, q)) },
  { weight: 1, arbitrary: fc.constantFrom("2026-03-02", "3/3/2026", "07:00", "7:30 PM", "1h30", "1 4/8", "bad date") },
  { weight: 1, arbitrary: fc.constantFrom(...FORMULA_LIKE) },
  { weight: 1, arbitrary: fc.constantFrom(46083, 46084.25, 0.3125, 7, -1, 1e9) },
  { weight: 1, arbitrary: fc.boolean() },
  {
    weight: 1,
    arbitrary: fc.constantFrom<ExcelJS.CellValue>(
      { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue,
      { formula: "NA()", result: { error: "#N/A" } } as ExcelJS.CellFormulaValue,
      { formula: "DATE(2026,3,4)", result: 46085 } as ExcelJS.CellFormulaValue,
      { formula: '"S-"&1', result: "S-1" } as ExcelJS.CellFormulaValue,
      { formula: "NOW()" } as ExcelJS.CellFormulaValue,
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<ExcelJS.CellValue>(
      { richText: [{ text: "S-" }, { font: { bold: true }, text: "3" }] },
      { richText: [{ text: "=" }, { text: "SUM(A1)" }] },
      { text: "Park", hyperlink: "https://example.com/park" },
      { text: "=HYPERLINK(1)", hyperlink: "https://example.com" },
      { error: "#REF!" } as ExcelJS.CellErrorValue,
    ),
  },
);

interface CellSpec {
  value: ExcelJS.CellValue;
  fill?: string;
  numFmt?: string;
}

const cellSpec: fc.Arbitrary<CellSpec> = fc.record(
  {
    value: userCell,
    fill: fc.constantFrom("FFFFFF00", "FF00B050"),
    numFmt: fc.constantFrom("yyyy-mm-dd", "h:mm", "@", "0.00", "[Red]0;-0"),
  },
  { requiredKeys: ["value"] },
);

interface SheetSpec {
  name: string;
  header: string[];
  rows: CellSpec[][];
  hidden: boolean;
  merge: boolean;
  table: boolean;
}

const SCHEDULE_COLUMNS = ROLE_DEF.schedule.columns.map((c) => [c.name, ...c.aliases]);

function sheetSpec(name: string, headers: fc.Arbitrary<string[]>): fc.Arbitrary<SheetSpec> {
  return headers.chain((header) =>
    fc.record({
      name: fc.constant(name),
      header: fc.constant(header),
      rows: fc.array(fc.array(cellSpec, { minLength: header.length, maxLength: header.length }), {
        minLength: 0,
        maxLength: 8,
      }),
      hidden: fc.boolean(),
      merge: fc.boolean(),
      table: fc.boolean(),
    }),
  );
}

const scheduleHeaders = fc
  .tuple(fc.constantFrom("Date", "Shoot Date", "date"), fc.subarray(SCHEDULE_COLUMNS.slice(2)), fc.boolean())
  .chain(([date, cols, withId]) =>
    fc
      .tuple(...cols.map((names) => fc.constantFrom(...names)))
      .map((picked) => [...(withId ? ["ID"] : []), date, ...picked.filter((h) => !/^(date|id)$/i.test(h))]),
  )
  .map((hs) => [...new Map(hs.map((h) => [h.toLowerCase().replace(/[^a-z0-9]/g, ""), h])).values()]);

const workbookSpec = fc.record({
  date1904: fc.boolean(),
  schedule: sheetSpec("Schedule", scheduleHeaders),
  cast: sheetSpec("Cast", fc.constant(["ID", "Name", "Type", "Unavailable", "Day Rate"])),
  userConflicts: fc.boolean(),
  extra: fc.constantFrom("Notes", "Budget", "DOOD", "Call Sheet 2026-03-02"),
});

type WorkbookSpec = typeof workbookSpec extends fc.Arbitrary<infer T> ? T : never;

function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec, tableName: string): void {
  const ws = wb.addWorksheet(spec.name, spec.hidden ? { state: "hidden" } : {});
  // A title over the table, sometimes merged across it.
  ws.getCell("A1").value = `${spec.name} — draft`;
  if (spec.merge && spec.header.length > 1) ws.mergeCells(1, 1, 1, spec.header.length);
  spec.header.forEach((h, j) => (ws.getCell(2, j + 1).value = h));
  spec.rows.forEach((row, i) =>
    row.forEach((c, j) => {
      const cell = ws.getCell(3 + i, j + 1);
      cell.value = c.value;
      if (c.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: c.fill } };
      if (c.numFmt) cell.numFmt = c.numFmt;
    }),
  );
  if (spec.table && spec.rows.length > 0) {
    ws.addTable({
      name: tableName,
      ref: "A2",
      headerRow: true,
      columns: spec.header.map((name) => ({ name })),
      rows: spec.rows.map((r) => r.map((c) => c.value)),
    });
  }
}

async function writeWorkbook(spec: WorkbookSpec, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  if (spec.date1904) wb.properties.date1904 = true;
  addSheet(wb, spec.schedule, "tblSchedule");
  addSheet(wb, spec.cast, "tblCast");
  if (spec.userConflicts) {
    const ws = wb.addWorksheet("Conflicts");
    ws.getCell("A1").value = "My own notes on conflicts";
    ws.getCell("B2").value = { formula: "1+1", result: 2 };
  }
  const extra = wb.addWorksheet(spec.extra);
  extra.getCell("C3").value = "keep me";
  extra.getCell("C3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
  await wb.xlsx.writeFile(file);
}

// ---------- comparing workbooks ----------

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every cell of a sheet with what the user owns in it: value, formula, fill, number format. */
function dumpSheet(ws: ExcelJS.Worksheet): Record<string, string> {
  const out: Record<string, string> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      out[cell.address] = JSON.stringify([cell.value, cell.formula ?? null, cell.fill ?? null, cell.numFmt ?? null]);
    }),
  );
  out["(merges)"] = JSON.stringify([...((ws.model as { merges?: string[] }).merges ?? [])].sort());
  out["(state)"] = ws.state;
  return out;
}

async function runCli(...argv: string[]): Promise<{ status: number; err: string[] }> {
  const io = captureIO();
  const status = await main(argv, io);
  return { status, err: io.err };
}

/** Lists everything the run broke, as text. */
async function xlsxProblems(spec: WorkbookSpec, n: number): Promise<string[]> {
  // Same file name in every folder: generated sheets print the workbook's name.
  const [inDir, outDir, out2Dir] = ["in", "out", "out2"].map((d) => path.join(dir, `${n}`, d));
  for (const d of [inDir, outDir, out2Dir]) await fs.mkdir(d, { recursive: true });
  const input = path.join(inDir, "book.xlsx");
  const out = path.join(outDir, "book.xlsx");
  const out2 = path.join(out2Dir, "book.xlsx");
  const json = path.join(outDir, "report.json");
  const json2 = path.join(out2Dir, "report.json");
  await writeWorkbook(spec, input);
  const problems: string[] = [];

  const first = await runCli("check", input, "--out", out, "--json", json);
  if (first.status !== 0 && first.status !== 1) return [`exit ${first.status}: ${first.err.join(" | ")}`];
  if (first.err.length) problems.push(`stderr: ${first.err.join(" | ")}`);

  const before = await load(input);
  const after = await load(out);
  for (const ws of before.worksheets) {
    const o = after.getWorksheet(ws.name);
    if (!o) {
      problems.push(`user sheet "${ws.name}" is gone`);
      continue;
    }
    const a = dumpSheet(ws);
    const b = dumpSheet(o);
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (a[k] !== b[k]) problems.push(`${ws.name}!${k}: ${a[k]} -> ${b[k]}`);
    }
  }
  const names = after.worksheets.map((w) => w.name);
  if (spec.userConflicts && !names.includes("Conflicts (2)"))
    problems.push(`no "Conflicts (2)" in ${names.join(", ")}`);
  if (!spec.userConflicts && !names.includes("Conflicts")) problems.push(`no "Conflicts" in ${names.join(", ")}`);

  // Checking the output finds the same (generated sheets and highlights are not input).
  const again = await runCli("check", out, "--out", out2, "--json", json2);
  if (again.status !== first.status) problems.push(`second run exit ${again.status}, first ${first.status}`);
  const r1 = JSON.parse(await fs.readFile(json, "utf8")) as { workbook?: string };
  const r2 = JSON.parse(await fs.readFile(json2, "utf8")) as { workbook?: string };
  delete r1.workbook;
  delete r2.workbook;
  if (JSON.stringify(r1) !== JSON.stringify(r2)) {
    const at = [...JSON.stringify(r1)].findIndex((ch, i) => ch !== JSON.stringify(r2)[i]);
    problems.push(`the report on the output differs from the first at: ${JSON.stringify(r1).slice(at - 80, at + 80)}`);
  }

  // Running twice leaves the same workbook as running once.
  const twice = await load(out2);
  const names2 = twice.worksheets.map((w) => `${w.name}:${w.state}`);
  const names1 = after.worksheets.map((w) => `${w.name}:${w.state}`);
  if (names1.join("|") !== names2.join("|"))
    problems.push(`sheets after two runs: ${names2.join(", ")} vs ${names1.join(", ")}`);
  for (const ws of after.worksheets) {
    const o = twice.getWorksheet(ws.name);
    if (!o) continue;
    const a = dumpSheet(ws);
    const b = dumpSheet(o);
    const diff = Object.keys({ ...a, ...b }).filter((k) => a[k] !== b[k]);
    for (const k of diff.slice(0, 3)) problems.push(`second run changed ${ws.name}!${k}: ${a[k]} -> ${b[k]}`);
    const cf = (w: ExcelJS.Worksheet) =>
      JSON.stringify((w as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings ?? []);
    if (cf(ws) !== cf(o)) problems.push(`second run changed the highlights on ${ws.name}`);
  }
  return problems;
}

describe("the .xlsx path on random workbooks", () => {
  test(`check --out --json keeps the user's sheets and is idempotent (${NUM_RUNS} workbooks)`, async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(workbookSpec, async (spec) => {
        const problems = await xlsxProblems(spec, n++);
        if (problems.length) throw new Error(problems.slice(0, 8).join("\n"));
      }),
      { numRuns: NUM_RUNS, endOnFailure: true },
    );
  });

  test.each<[string, (ws: ExcelJS.Worksheet) => void]>([
    ["a fill", (ws) => (ws.getCell("A1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } })],
    ["a number format", (ws) => (ws.getCell("A1").numFmt = "0.00")],
    ["a value", (ws) => (ws.getCell("A1").value = "y")],
    ["a merge", (ws) => ws.mergeCells("A1:B1")],
  ])("the comparison can fail: a changed %s is seen", (_name, change) => {
    const ws = new ExcelJS.Workbook().addWorksheet("S");
    ws.getCell("A1").value = "x";
    const before = dumpSheet(ws);
    change(ws);
    expect(dumpSheet(ws)).not.toEqual(before);
  });
});

describe("the .xlsx path on inputs the core fuzzers found (exit 2 today: see known-crashes.test.ts)", () => {
  test.each<[string, (wb: ExcelJS.Workbook) => void]>([
    [
      "a sheet named toString, with saved mappings",
      (wb) => {
        wb.addWorksheet("toString").getCell("A1").value = "notes";
        saveSettings(wb, { mappings: { Schedule: { role: "schedule" } } });
      },
    ],
    ["a Start of 7 (near miss)", (wb) => (wb.getWorksheet("Schedule")!.getCell("C2").value = 7)],
    ["a Start of -1e20", (wb) => (wb.getWorksheet("Schedule")!.getCell("C2").value = -1e20)],
    [
      "a sheet named Notes, with saved mappings (near miss)",
      (wb) => {
        wb.addWorksheet("Notes").getCell("A1").value = "notes";
        saveSettings(wb, { mappings: { Schedule: { role: "schedule" } } });
      },
    ],
  ])("%s: exit 0 or 1", async (name, edit) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Schedule");
    ws.addRows([
      ["ID", "Date", "Start", "End", "Cast"],
      ["S-1", new Date(Date.UTC(2026, 2, 2)), "07:00", "19:00", "1"],
    ]);
    wb.addWorksheet("Cast").addRows([
      ["ID", "Name"],
      ["1", "Ava"],
    ]);
    edit(wb);
    const file = path.join(dir, `${name.replace(/\W+/g, "-")}.xlsx`);
    await wb.xlsx.writeFile(file);
    const r = await runCli("check", file, "--json", path.join(dir, "known.json"));
    expect(r.err).toEqual([]);
    expect([0, 1]).toContain(r.status);
  });
});
