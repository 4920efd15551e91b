import ExcelJS from "exceljs";
import { check } from "../../../src/core/check";
import { buildWritePlan } from "../../../src/core/writeplan";
import * as path from "path";
import { applyPlan as applyPlanToExcel, runCheck } from "../../../src/excel";
import { mergedRefs } from "../../../src/excel/snapshot";
import { readWorkbookFile, snapshotFromExcelJS, toCellValue } from "../../../src/xlsx/read";
import { applyPlan as applyPlanToFile, xlsxBytes } from "../../../src/xlsx/write";
import { worksheetParts } from "../../../src/xlsx/fast-read";
import { isMetaSheet } from "../../../src/xlsx/meta";
import { fromExcelJS, toExcelJS } from "../../sim-excel/exceljs";
import { installGlobal } from "../../sim-excel";

function sampleBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet("Schedule");
  s.addRow(["ID", "Date", "Start", "End", "Scene", "Cast", "Location", "Notes"]);
  const rows: (string | number)[][] = [
    ["S1", 46083, "07:00", "12:00", 1, "1, 2", "Stage A", "=not a formula"],
    ["S2", 46083, "11:00", "15:00", 2, "1", "Stage B", "+1 extra"],
    ["S3", 46084, "06:00", "10:00", 3, "2", "Stage A", "-x"],
    ["S4", 46085, "19:00", "02:00", 4, "1, 3", "Stage A", "@home"],
    ["S5", 46086, "08:00", "09:00", 5, "9", "Stage C", ""],
  ];
  for (const r of rows) s.addRow(r);
  const c = wb.addWorksheet("Cast");
  c.addRow(["ID", "Name", "Character", "Unavailable"]);
  c.addRow([1, "Ann Lee", "Mara", "2026-03-05"]);
  c.addRow([2, "Bo Chen", "Tom", ""]);
  c.addRow([3, "Cy Ode", "Jun", ""]);
  wb.addWorksheet("Conflicts").addRow(["my own notes"]);
  return wb;
}

/** Every generated sheet's values as snapshot cells, by name. */
function generatedSheets(wb: ExcelJS.Workbook, userSheets: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const ws of wb.worksheets) {
    if (userSheets.includes(ws.name) || isMetaSheet(ws)) continue;
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: unknown[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        cells[c - 1] = toCellValue(cell.value);
      });
      rows[r - 1] = Array.from(cells, (v) => v ?? null);
    });
    out[ws.name] = Array.from(rows, (r) => {
      const row = r ?? [];
      while (row.length && row[row.length - 1] === null) row.pop();
      return row;
    });
  }
  return out;
}

/** Excel tables on the generated sheets, as "Sheet!A1:B2:Name", sheet by sheet in order. */
function generatedTables(wb: ExcelJS.Workbook, userSheets: string[]): string[] {
  const out: string[] = [];
  for (const ws of wb.worksheets) {
    if (userSheets.includes(ws.name) || isMetaSheet(ws)) continue;
    for (const t of ws.getTables()) {
      const table = (t as unknown as { table: { name: string; tableRef?: string; ref: string } }).table;
      out.push(`${ws.name}!${table.tableRef ?? table.ref}:${table.name}`);
    }
  }
  return out;
}

test("the same workbook through the Office path and the file path gives the same findings and generated sheets", async () => {
  const users = ["Schedule", "Cast", "Conflicts"];
  const file = sampleBook();
  const fileResult = check(snapshotFromExcelJS(file));
  applyPlanToFile(file, buildWritePlan(fileResult.report, fileResult.model));

  const sim = fromExcelJS(sampleBook());
  installGlobal(sim);
  const office = await runCheck(sim.context() as unknown as Excel.RequestContext);

  expect(office.report.conflicts.length).toBeGreaterThan(0);
  expect(office.report.conflicts).toEqual(fileResult.report.conflicts);
  expect(office.report.dataIssues).toEqual(fileResult.report.dataIssues);
  const fromOffice = generatedSheets(toExcelJS(sim), users);
  const fromFile = generatedSheets(file, users);
  expect(Object.keys(fromOffice)).toEqual(Object.keys(fromFile));
  expect(Object.keys(fromOffice)).toContain("Conflicts (2)");
  expect(fromOffice).toEqual(fromFile);
  // The same Excel tables, including the data issues under the conflicts (GeneratedSheet.tables).
  const tablesFromFile = generatedTables(file, users);
  expect(tablesFromFile.map((t) => t.replace(/^.*:/, ""))).toEqual(
    expect.arrayContaining(["PC_Conflicts", "PC_DataIssues"]),
  );
  const simTables = (sim.dump() as { tables: { name: string; sheet: string; rect: string }[] }).tables
    .filter((t) => !users.includes(t.sheet))
    .map((t) => `${t.sheet}!${t.rect}:${t.name}`);
  expect(simTables).toEqual(tablesFromFile);
  expect(generatedTables(toExcelJS(sim), users)).toEqual(tablesFromFile);
});

test("a file written by the CLI, opened in Excel: its generated sheets are replaced, not read as input", async () => {
  const file = sampleBook();
  const fileResult = check(snapshotFromExcelJS(file));
  applyPlanToFile(file, buildWritePlan(fileResult.report, fileResult.model));
  const sheetsBefore = file.worksheets.length;

  const sim = fromExcelJS(file);
  installGlobal(sim);
  const office = await runCheck(sim.context() as unknown as Excel.RequestContext);
  expect(office.report.conflicts).toEqual(fileResult.report.conflicts);
  expect(sim.sheetNames().filter((n) => n.startsWith("Conflicts"))).toEqual(["Conflicts", "Conflicts (2)"]);
  // The file registry sheet is gone; the Office registry lists the generated sheets instead.
  expect(sim.sheetNames().some((n) => n.startsWith("_pc_meta"))).toBe(false);
  expect(sim.sheetNames().length).toBe(sheetsBefore - 1);
});

test("the sample production's call sheets print the same through both executors: page breaks and row heights", async () => {
  const asset = path.resolve(__dirname, "../../../assets/sample-production.xlsx");
  const { snapshot, workbook } = await readWorkbookFile(asset);
  const { report, model, sheetNames } = check(snapshot);
  const plan = buildWritePlan(report, model, {
    sheetNames,
    highlights: false,
    include: { conflicts: false, priorities: false, dood: false, costReport: false },
  });
  const callSheets = plan.sheets.filter((s) => s.kind === "call-sheet");
  expect(callSheets.length).toBe(10);
  expect(callSheets.every((s) => (s.print?.pageBreaks?.length ?? 0) > 0)).toBe(true);
  applyPlanToFile(workbook, plan);

  const opened = new ExcelJS.Workbook();
  await opened.xlsx.readFile(asset);
  const sim = fromExcelJS(opened);
  installGlobal(sim);
  await applyPlanToExcel(sim.context() as unknown as Excel.RequestContext, plan);
  for (const s of callSheets) {
    const office = sim.sheet(s.name);
    const ws = workbook.getWorksheet(s.name)!;
    // ExcelJS keeps a break below row `id`: the row above the one that starts the page.
    const written = (ws as unknown as { rowBreaks: ExcelJS.RowBreak[] }).rowBreaks.map((b) => b.id + 1);
    const writtenHeights: Record<number, number> = {};
    for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).height) writtenHeights[r] = ws.getRow(r).height;
    expect({ sheet: s.name, breaks: office.pageBreaks }).toEqual({ sheet: s.name, breaks: s.print!.pageBreaks });
    expect({ sheet: s.name, breaks: written }).toEqual({ sheet: s.name, breaks: s.print!.pageBreaks });
    expect(Object.fromEntries(office.rowHeights)).toEqual(s.rowHeights);
    expect(writtenHeights).toEqual(s.rowHeights);
  }
});

describe("merged cells in the data (ExcelApi 1.13)", () => {
  /** A Date and a Location merged down a day's two strips: the second strip double-books Ann on Stage A. */
  function mergedBook(extraMerges = 0): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet("Schedule");
    s.addRow(["ID", "Date", "Start", "End", "Cast", "Location"]);
    s.addRow(["S1", 46083, "07:00", "12:00", "1", "Stage A"]);
    s.addRow(["S2", null, "11:00", "15:00", "1", null]);
    s.mergeCells("B2:B3");
    s.mergeCells("F2:F3");
    // A decorated sheet: more merged areas than Office.js returns (512), in an unused corner.
    const pad = wb.addWorksheet("Notes");
    for (let k = 0; k < extraMerges; k++) pad.mergeCells(`A${2 * k + 1}:B${2 * k + 1}`);
    const c = wb.addWorksheet("Cast");
    c.addRow(["ID", "Name"]);
    c.addRow([1, "Ann Lee"]);
    return wb;
  }
  const summary = (r: { conflicts: { type: string; items: string[] }[] }) =>
    r.conflicts.map((c) => `${c.type} ${c.items.join(",")}`);

  test("the add-in reads the merged areas and finds what the CLI finds, in the same syncs", async () => {
    const fileResult = check(snapshotFromExcelJS(mergedBook()));
    expect(summary(fileResult.report)).toEqual(["double-booking S1,S2"]);
    const sim = fromExcelJS(mergedBook());
    sim.apiVersion = "1.13";
    installGlobal(sim);
    const office = await runCheck(sim.context() as unknown as Excel.RequestContext);
    expect(office.report.conflicts).toEqual(fileResult.report.conflicts);
    expect(office.report.dataIssues).toEqual(fileResult.report.dataIssues);
    expect(sim.metrics.syncs).toBe(3);
  });

  test("over 512 merged areas on one sheet, the read goes on without them (top-left values only)", async () => {
    const sim = fromExcelJS(mergedBook(513));
    sim.apiVersion = "1.13";
    installGlobal(sim);
    const office = await runCheck(sim.context() as unknown as Excel.RequestContext);
    // Without the merges S2 has no Date: a data issue, and no double-booking.
    expect(summary(office.report)).toEqual([]);
    expect(office.report.dataIssues.map((i) => `${i.code} ${i.cell}`)).toContain("missing-value B3");
    expect(sim.metrics.syncs).toBe(4);
  });

  test.each([
    ["Schedule!B2:B3, Schedule!F2:F3", ["B2:B3", "F2:F3"]],
    ["'Cast, Crew'!$F$2:$F$3,'Cast, Crew'!$A$1:$B$1", ["A1:B1", "F2:F3"]],
    ["", []],
  ])("merged areas %p -> %p", (address, refs) => {
    expect(mergedRefs(address)).toEqual(refs);
  });
});

test("a 35-day DOOD prints across pages with the same column breaks through both executors", async () => {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet("Schedule");
  s.addRow(["ID", "Date", "Start", "End", "Cast"]);
  // 35 shoot days from Mon 2026-03-02 (serial 46083); Ann works the first and the last.
  for (let d = 0; d < 35; d++) s.addRow([`S${d + 1}`, 46083 + d, "08:00", "10:00", d === 0 || d === 34 ? "1" : ""]);
  wb.addWorksheet("Cast").addRows([
    ["ID", "Name"],
    [1, "Ann Lee"],
  ]);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const file = new ExcelJS.Workbook();
  await file.xlsx.load(bytes as unknown as ArrayBuffer);
  const { report, model } = check(snapshotFromExcelJS(file));
  const plan = buildWritePlan(report, model, { highlights: false });
  const dood = plan.sheets.find((x) => x.kind === "dood")!;
  expect(dood.print?.columnBreaks?.length).toBeGreaterThan(1);

  applyPlanToFile(file, plan);
  const written = await xlsxBytes(file);
  const parts = worksheetParts(written);
  const xml = parts.get(dood.name)!.xml()!;
  const ids = Array.from(xml.matchAll(/<colBreaks\b[\s\S]*?<\/colBreaks>/g)).flatMap((m) =>
    Array.from(m[0].matchAll(/<brk id="(\d+)"/g), (b) => Number(b[1]) + 1),
  );
  expect(ids).toEqual(dood.print!.columnBreaks);

  const opened = new ExcelJS.Workbook();
  await opened.xlsx.load(bytes as unknown as ArrayBuffer);
  const sim = fromExcelJS(opened);
  installGlobal(sim);
  await applyPlanToExcel(sim.context() as unknown as Excel.RequestContext, plan);
  expect(sim.sheet(dood.name).columnBreaks).toEqual(dood.print!.columnBreaks);
});
