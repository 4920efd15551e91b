/**
 * A copy written by `check --out`, opened in Excel: the add-in follows the registry's column-E link formulas
 * (src/core/sheet-link.ts), which Excel rewrites on a rename and turns into `#REF!` on a deletion, since
 * Office.js cannot read the sheetIds the CLI goes by. ExcelJS plays Excel's part (test/conformance14/secondday.ts).
 */
import ExcelJS from "exceljs";
import { check } from "../../../src/core/check";
import { buildWritePlan } from "../../../src/core/writeplan";
import type { Report } from "../../../src/core/report";
import { runCheck } from "../../../src/excel";
import { readWorkbook } from "../../../src/excel/snapshot";
import { snapshotFromExcelJS } from "../../../src/xlsx/read";
import { applyPlan as applyPlanToFile } from "../../../src/xlsx/write";
import { removeSheet, rename } from "../../conformance14/secondday";
import { installGlobal } from "../../sim-excel";
import { fromExcelJS } from "../../sim-excel/exceljs";

/** Ana works 3/2 and 3/3, Joe 3/2 and 3/4; Ana's hold on 3/4 is what the user's own DOOD sheet adds. */
function production(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet("Schedule");
  s.addRow(["ID", "Date", "Start", "End", "Cast"]);
  s.addRow(["S1", "2026-03-02", "07:00", "12:00", "1, 2"]);
  s.addRow(["S2", "2026-03-03", "07:00", "12:00", "1"]);
  s.addRow(["S3", "2026-03-04", "07:00", "12:00", "2"]);
  const c = wb.addWorksheet("Cast");
  c.addRow(["ID", "Name"]);
  c.addRow([1, "Ana Brandt"]);
  c.addRow([2, "Joe Kim"]);
  return wb;
}

/** The production checked by the CLI's executor, saved and opened again (as a checked copy on disk is). */
async function checkedCopy(): Promise<ExcelJS.Workbook> {
  const wb = production();
  const { report, model, sheetNames } = check(snapshotFromExcelJS(wb));
  applyPlanToFile(wb, buildWritePlan(report, model, { sheetNames }));
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return back;
}

function inExcel(wb: ExcelJS.Workbook) {
  const sim = fromExcelJS(wb);
  sim.apiVersion = "1.13";
  installGlobal(sim);
  return { sim, context: sim.context() as unknown as Excel.RequestContext };
}

const doodOf = (report: Report) => report.dood.rows.map((r) => [r.resource, r.codes.join(" ")]);

test("the checked copy as it was written: the add-in sees the CLI's generated sheets", async () => {
  const { context } = inExcel(await checkedCopy());
  const { added } = await readWorkbook(context, { values: false });
  expect(added.sheets.filter((s) => s.generated).map((s) => s.name)).toEqual([
    "Conflicts",
    "Priorities",
    "DOOD",
    "Cost Report",
    "Call Sheet 2026-03-02",
    "Call Sheet 2026-03-03",
    "Call Sheet 2026-03-04",
    "_pc_meta",
  ]);
});

test("a generated sheet renamed in Excel is still generated: not read as input", async () => {
  const expected = check(snapshotFromExcelJS(production())).report;
  const wb = await checkedCopy();
  rename(wb, "DOOD", "DOOD v1");
  rename(wb, "Call Sheet 2026-03-02", "Mon's call (old)");
  const { context } = inExcel(wb);
  const { snapshot } = await readWorkbook(context, { values: true });
  const generated = snapshot.sheets.filter((s) => s.generated).map((s) => s.name);
  expect(generated).toEqual(expect.arrayContaining(["DOOD v1", "Mon's call (old)"]));
  const { report } = await runCheck(context, { write: false });
  expect(report.dataIssues).toEqual([]);
  expect({ ...report, workbook: "" }).toEqual({ ...expected, workbook: "" });
});

describe("a generated sheet deleted in Excel, and the user's own sheet made under its name", () => {
  async function withOwnDood(): Promise<ExcelJS.Workbook> {
    const wb = await checkedCopy();
    removeSheet(wb, "DOOD");
    const own = wb.addWorksheet("DOOD");
    own.addRow(["Resource", "From", "To", "Kind"]);
    own.addRow(["Ana Brandt", "2026-03-04", "2026-03-04", "hold"]);
    return wb;
  }

  test("is read as input: Ana's hold shows", async () => {
    const { context } = inExcel(await withOwnDood());
    const { report } = await runCheck(context, { write: false });
    expect(report.dataIssues).toEqual([]);
    expect(doodOf(report)).toEqual([
      ["1", "SW WF H"],
      ["2", "SW H WF"],
    ]);
  });

  test("is never touched by a write: the generated DOOD goes under a suffixed name", async () => {
    const { sim, context } = inExcel(await withOwnDood());
    const before = sim.values("DOOD");
    const { sheetNames } = await runCheck(context);
    await context.sync();
    expect(sheetNames.dood).toBe("DOOD (2)");
    expect(sim.values("DOOD")).toEqual(before);
    expect(sim.values("DOOD (2)")[0]).not.toEqual(before[0]);
    expect(sim.sheetNames().filter((n) => n.startsWith("DOOD"))).toEqual(["DOOD", "DOOD (2)"]);
  });
});

test("the same edits made in Excel itself: the simulator rewrites the links as Excel does", async () => {
  const { sim, context } = inExcel(await checkedCopy());
  context.workbook.worksheets.getItem("Call Sheet 2026-03-02").name = "Mon's call (old)";
  await remakeDoodInExcel(context);
  await expectOwnDoodReadAndKept(sim, context);
});

/** In Excel: the generated DOOD deleted, and the user's own DOOD sheet (Ana's hold on 3/4) made under its name. */
async function remakeDoodInExcel(context: Excel.RequestContext): Promise<void> {
  const sheets = context.workbook.worksheets;
  sheets.getItem("DOOD").delete();
  sheets.add("DOOD").getRange("A1:D2").values = [
    ["Resource", "From", "To", "Kind"],
    ["Ana Brandt", "2026-03-04", "2026-03-04", "hold"],
  ];
  await context.sync();
}

/** A write reads the user's DOOD as input (Ana's hold shows) and leaves it as it was, writing `DOOD (2)`. */
async function expectOwnDoodReadAndKept(sim: ReturnType<typeof inExcel>["sim"], context: Excel.RequestContext) {
  const before = sim.values("DOOD");
  const { report, sheetNames } = await runCheck(context);
  await context.sync();
  expect(report.dataIssues).toEqual([]);
  expect(doodOf(report)[0]).toEqual(["1", "SW WF H"]);
  expect(sheetNames.dood).toBe("DOOD (2)");
  expect(sim.values("DOOD")).toEqual(before);
}

describe("the add-in's own output: a generated DOOD deleted and the user's own DOOD made under its name", () => {
  async function ownDoodAfterGenerate(apiVersion: string) {
    const { sim, context } = inExcel(production());
    sim.apiVersion = apiVersion;
    await runCheck(context);
    await context.sync();
    await remakeDoodInExcel(context);
    return { sim, context };
  }

  test("where sheets carry the marker (ExcelApi 1.12+), the marker decides: hers is read and kept", async () => {
    const { sim, context } = await ownDoodAfterGenerate("1.13");
    await expectOwnDoodReadAndKept(sim, context);
  });

  test("a rerun still replaces the add-in's other generated sheets (no second copies)", async () => {
    const { sim, context } = await ownDoodAfterGenerate("1.13");
    await runCheck(context);
    await context.sync();
    expect(sim.sheetNames().filter((n) => n.startsWith("Conflicts") || n.startsWith("Cost Report"))).toEqual([
      "Conflicts",
      "Cost Report",
    ]);
  });
});
