/**
 * Conformance set 15: workbooks written by another program. Eight workbooks the earlier sets save (ExcelJS-written,
 * committed as fixtures/<name>.exceljs.xlsx) were opened and saved by LibreOffice Calc
 * (`soffice --headless --convert-to xlsx`, committed as fixtures/<name>.libreoffice.xlsx). LibreOffice writes its
 * own XML: other style tables and number-format ids, `t="n"`/`s=` on every cell, formulas with `aca`, other
 * table-part order, `date1904="true"` instead of `"1"`.
 *
 * For each pair: the CLI's `check` (no --out, so the fast reader) must give the same conflicts, data issues, DOOD
 * and call sheets for both files; both src/xlsx readers must give the same snapshot of the LibreOffice file; and
 * the LibreOffice file's snapshot must equal the original's except for the cells LibreOffice really changed
 * (listed below with why). Where a reader is wrong, the expectation is kept as `test.failing`.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { captureIO } from "../../src/cli/io";
import { partText, snapshotFromXlsxBuffer } from "../../src/xlsx/fast-read";
import { readWorkbookFile, snapshotFromExcelJS } from "../../src/xlsx/read";
import { check } from "../../src/core/check";
import type { Report } from "../../src/core/report";
import type { CellValue, WorkbookSnapshot } from "../../src/core/snapshot";
import { callSheetNames, callSheetView, conflictKeys, issueKeys } from "../conformance/helpers";

const FIXTURES = path.join(__dirname, "fixtures");
const OUT = path.join(__dirname, "..", "..", "test-output", "conformance15");

type Writer = "exceljs" | "libreoffice";

interface ChangedCell {
  sheet: string;
  /** Table name when the cell is checked in a table's grid too; the used range is always checked. */
  table?: string;
  row: number;
  col: number;
  original: CellValue;
  libreoffice: CellValue;
  why: string;
}

interface Case {
  name: string;
  /** Where the original comes from and what it exercises. */
  what: string;
  /** Cells whose value LibreOffice really changed (everything else must be equal). */
  changed?: ChangedCell[];
  /** The workbook is in the 1904 date system: ExcelJS does not see it in LibreOffice's file (see below). */
  date1904?: boolean;
  /** The workbook has Excel tables: LibreOffice writes them without a table style (see below). */
  hasTables?: boolean;
}

const CASES: Case[] = [
  {
    name: "1-episodic-two-units",
    hasTables: true,
    what: "conformance4: several sheets, two units, date and date-time cells",
  },
  { name: "1-formula-one-liner", what: "conformance8: formulas (cached results), time cells" },
  { name: "1-merged-resources", what: "conformance3: merged resource cells down data rows" },
  { name: "1-night-exteriors-text-times", what: "conformance13: text times past midnight, text dates" },
  { name: "2b-formula-wraps", hasTables: true, what: "conformance13: formulas that wrap past midnight" },
  {
    name: "2-side-by-side-1904",
    // Its totals row's SUBTOTAL(109,tblUnitA[Pgs]), written by ExcelJS without a result, is computed as LibreOffice
    // computes it (8).
    what: "conformance8: 1904 date system, two tables side by side, merged title, several tables on one sheet",
    date1904: true,
    hasTables: true,
  },
  {
    name: "3-several-tables",
    // Its totals row's SUBTOTAL(103,tblMain[Scene]) is computed as LibreOffice computes it (6).
    what: "conformance5: several Excel tables on a sheet, totals rows",
    hasTables: true,
  },
  { name: "5-date1904", what: "conformance: 1904 date system, plain ranges", date1904: true },
];

function fixture(name: string, writer: Writer): string {
  return path.join(FIXTURES, `${name}.${writer}.xlsx`);
}

/** `check <file> --json <file>` through the CLI's entry point; every run uses the name wb.xlsx. */
async function cliCheck(name: string, writer: Writer, out?: "out"): Promise<Report> {
  const dir = path.join(OUT, name, out ? `${writer}-out` : writer);
  fs.mkdirSync(dir, { recursive: true });
  const input = path.join(dir, "wb.xlsx");
  fs.copyFileSync(fixture(name, writer), input);
  const json = path.join(dir, "report.json");
  const args = ["check", input, "--json", json];
  if (out) args.push("--out", path.join(dir, "checked.xlsx"));
  const io = captureIO();
  const status = await main(args, io);
  if (status === 2) throw new Error(`the CLI could not run: ${io.err.join(" ")}`);
  return JSON.parse(fs.readFileSync(json, "utf8")) as Report;
}

function fastSnapshot(name: string, writer: Writer): WorkbookSnapshot {
  return snapshotFromXlsxBuffer(fs.readFileSync(fixture(name, writer)), "wb.xlsx");
}

async function excelJsSnapshot(name: string, writer: Writer): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(fixture(name, writer)) as unknown as ArrayBuffer);
  return snapshotFromExcelJS(wb, "wb.xlsx");
}

/** What the contract fixes of a report, in comparable form (conflicts with magnitude). */
function reportView(r: Report) {
  return {
    conflicts: conflictKeys(r.conflicts),
    magnitudes: r.conflicts.map((c) => `${c.type} ${c.resource ?? ""} ${c.items.join(",")} ${c.magnitude}`).sort(),
    issues: issueKeys(r.dataIssues),
    dood: r.dood,
    callSheets: callSheetView(r),
    callSheetNames: callSheetNames(r),
  };
}

/** Tables sorted by name: LibreOffice numbers table parts in its own order, and table order carries no meaning. */
function normalized(s: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...s,
    sheets: s.sheets.map((sh) => ({ ...sh, tables: [...sh.tables].sort((a, b) => a.name.localeCompare(b.name)) })),
  };
}

/** The original's snapshot with the cells LibreOffice changed set to LibreOffice's values. */
function withChanges(s: WorkbookSnapshot, changes: ChangedCell[]): WorkbookSnapshot {
  const grid = <G extends { values: CellValue[][] }>(g: G): G => ({ ...g, values: g.values.map((r) => [...r]) });
  const copy: WorkbookSnapshot = {
    ...s,
    sheets: s.sheets.map((sh) => ({
      ...sh,
      used: sh.used && grid(sh.used),
      tables: sh.tables.map(grid),
      ...(sh.formatHints ? { formatHints: new Map(sh.formatHints) } : {}),
    })),
  };
  for (const ch of changes) {
    const sheet = copy.sheets.find((x) => x.name === ch.sheet);
    if (!sheet?.used) throw new Error(`no sheet ${ch.sheet}`);
    const grids = [sheet.used, ...sheet.tables.filter((t) => t.name === ch.table)];
    for (const g of grids) {
      const row = g.values[ch.row - g.row];
      expect(row?.[ch.col - g.col]).toEqual(ch.original);
      row[ch.col - g.col] = ch.libreoffice;
    }
  }
  return copy;
}

describe.each(CASES.map((c) => [c.name, c] as const))("%s (LibreOffice round trip)", (_n, c) => {
  const reports: Partial<Record<Writer, Report>> = {};
  beforeAll(async () => {
    reports.exceljs = await cliCheck(c.name, "exceljs");
    reports.libreoffice = await cliCheck(c.name, "libreoffice");
  });
  const view = (w: Writer) => {
    const r = reports[w];
    if (!r) throw new Error("the CLI did not check the workbook (see the beforeAll failure)");
    return reportView(r);
  };

  test("the original's report is not empty (the comparison means something)", () => {
    const v = view("exceljs");
    expect(v.conflicts.length + v.issues.length + v.callSheets.length).toBeGreaterThan(0);
  });

  test("the CLI's fast reader reads the LibreOffice file itself (no fallback to ExcelJS)", () => {
    expect(() => fastSnapshot(c.name, "libreoffice")).not.toThrow();
  });

  test("check: the same conflicts (with magnitudes) as the original", () => {
    expect(view("libreoffice").conflicts).toEqual(view("exceljs").conflicts);
    expect(view("libreoffice").magnitudes).toEqual(view("exceljs").magnitudes);
  });
  test("check: the same data issues as the original", () => {
    expect(view("libreoffice").issues).toEqual(view("exceljs").issues);
  });
  test("check: the same DOOD as the original", () => {
    expect(view("libreoffice").dood).toEqual(view("exceljs").dood);
  });
  test("check: the same call sheets (and sheet names) as the original", () => {
    expect(view("libreoffice").callSheets).toEqual(view("exceljs").callSheets);
    expect(view("libreoffice").callSheetNames).toEqual(view("exceljs").callSheetNames);
  });

  const changes = c.changed ?? [];
  test(
    changes.length
      ? `LibreOffice changed only ${changes.map((x) => `${x.sheet}!R${x.row}C${x.col}`).join(", ")} (${changes[0].why})`
      : "LibreOffice changed no cell: the fast snapshots are equal",
    () => {
      const original = withChanges(fastSnapshot(c.name, "exceljs"), changes);
      expect(normalized(fastSnapshot(c.name, "libreoffice"))).toEqual(normalized(original));
    },
  );

  test("both readers give the original the same snapshot", async () => {
    expect(await excelJsSnapshot(c.name, "exceljs")).toEqual(fastSnapshot(c.name, "exceljs"));
  });

  // ExcelJS 4 reads <workbookPr date1904="1"> only (workbook-properties-xform: `date1904 === '1'`); LibreOffice
  // writes date1904="true", which the schema's xsd:boolean allows. snapshotFromExcelJS then reports a 1900-system
  // workbook whose serials are 1904-based: every date cell reads 1462 days early, and times of day skip the 1904
  // millisecond round trip the fast reader (correctly) gives them.
  const sameSnapshot = c.date1904 ? test.failing : test;
  sameSnapshot("both readers give the LibreOffice file the same snapshot", async () => {
    expect(await excelJsSnapshot(c.name, "libreoffice")).toEqual(fastSnapshot(c.name, "libreoffice"));
  });

  // ExcelJS's own reading of a LibreOffice 1904 file (what `check --out` would report; it refuses such files instead).
  const sameExcelJsReport = c.date1904 ? test.failing : test;
  sameExcelJsReport("the ExcelJS reader (what check --out uses): the same report as the original", async () => {
    const snapshot = await excelJsSnapshot(c.name, "libreoffice");
    expect(reportView(check(snapshot).report)).toEqual(view("exceljs"));
  });

  // readWorkbookFile (what check --out and the USS export read with) finds the 1904 form ExcelJS misses.
  if (c.date1904) {
    test("readWorkbookFile reads LibreOffice's 1904 form right and says a copy could not keep it", async () => {
      const { snapshot, date1904Unkept } = await readWorkbookFile(fixture(c.name, "libreoffice"));
      expect(date1904Unkept).toBe(true);
      expect(reportView(check(snapshot).report)).toEqual(view("exceljs"));
    });
  }

  // LibreOffice 7.4 keeps Excel tables but writes their parts without <tableStyleInfo>: ExcelJS loads such a table
  // with style null and could not write it back (`check --out` stopped with exit 2, "Cannot read properties of
  // null (reading 'theme')"); the writer now gives such a table an empty style. A 1904 file in LibreOffice's
  // form was refused by `--out` (ExcelJS would shift the copy's dates); the copy is now spliced into the file's own
  // package (src/xlsx/splice.ts), which keeps its date system and its dates as they are.
  if (c.date1904) {
    test("check --out keeps a LibreOffice 1904 file's dates: its copy checked again finds the same", async () => {
      const first = await cliCheck(c.name, "libreoffice", "out");
      const copy = path.join(OUT, c.name, "libreoffice-out", "checked.xlsx");
      expect(partText(fs.readFileSync(copy), "xl/workbook.xml")).toMatch(/date1904="(1|true)"/);
      const json = path.join(OUT, c.name, "libreoffice-out", "again.json");
      expect(await main(["check", copy, "--json", json], captureIO())).not.toBe(2);
      const again = JSON.parse(fs.readFileSync(json, "utf8")) as Report;
      expect(reportView(again)).toEqual(reportView(first));
    });
  }
  if (!c.date1904) {
    test("check --out writes the checked copy (exit 0 or 1)", async () => {
      await expect(cliCheck(c.name, "libreoffice", "out")).resolves.toBeDefined();
    });
  }
});
