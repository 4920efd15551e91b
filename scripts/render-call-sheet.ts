/**
 * Renders one call sheet of the sample production to docs/images/call-sheet.png (page 1) and
 * call-sheet-2.png, -3.png... (the pages after it), to see the print layout: check the sample, apply the plan
 * with the ExcelJS executor, keep only that call sheet, convert to PDF with LibreOffice and rasterise each page
 * with pdftoppm.
 *
 *   npx tsx scripts/render-call-sheet.ts [YYYY-MM-DD]   (default: the call sheet with the most scenes)
 */
import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import { check } from "../src/core/check";
import { buildWritePlan } from "../src/core/writeplan";
import { readWorkbookFile } from "../src/xlsx/read";
import { applyPlan } from "../src/xlsx/write";

const ROOT = path.resolve(__dirname, "..");
const INPUT = path.join(ROOT, "assets", "sample-production.xlsx");
const OUT_DIR = path.join(ROOT, "test-output");
const PNG = path.join(ROOT, "docs", "images", "call-sheet.png");

function need(tool: string): void {
  try {
    execFileSync("which", [tool], { stdio: "ignore" });
  } catch {
    throw new Error(`${tool} not found: apt-get install -y libreoffice-calc-nogui poppler-utils`);
  }
}

async function render(): Promise<void> {
  need("soffice");
  need("pdftoppm");
  const { snapshot, workbook } = await readWorkbookFile(INPUT);
  const { report, model, sheetNames } = check(snapshot);
  if (report.callSheets.length === 0) throw new Error("the sample produced no call sheets");
  const wanted = process.argv[2];
  const cs = wanted
    ? report.callSheets.find((c) => c.date === wanted)
    : [...report.callSheets].sort((a, b) => b.scenes.length - a.scenes.length)[0];
  if (!cs) throw new Error(`no call sheet for ${wanted}`);

  const plan = buildWritePlan(report, model, {
    sheetNames,
    highlights: false,
    include: { conflicts: false, priorities: false, dood: false, costReport: false, callSheets: [cs.date] },
  });
  applyPlan(workbook, plan);
  // Only the call sheet goes to the PDF.
  for (const ws of [...workbook.worksheets]) if (ws.name !== cs.sheet) workbook.removeWorksheet(ws.id);

  await fs.mkdir(OUT_DIR, { recursive: true });
  const xlsx = path.join(OUT_DIR, "call-sheet.xlsx");
  await workbook.xlsx.writeFile(xlsx);
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", OUT_DIR, xlsx], { stdio: "ignore" });
  const pdf = path.join(OUT_DIR, "call-sheet.pdf");
  await fs.mkdir(path.dirname(PNG), { recursive: true });
  const pages = Number(
    execFileSync("pdfinfo", [pdf])
      .toString()
      .match(/Pages:\s+(\d+)/)?.[1] ?? "1",
  );
  const pngs: string[] = [];
  for (let page = 1; page <= pages; page++) {
    const png = page === 1 ? PNG : PNG.replace(/\.png$/, `-${page}.png`);
    const p = String(page);
    execFileSync("pdftoppm", ["-png", "-r", "80", "-f", p, "-l", p, "-singlefile", pdf, png.replace(/\.png$/, "")]);
    pngs.push(path.relative(ROOT, png));
  }
  // Pages a longer sheet printed before and this one has not.
  for (const name of await fs.readdir(path.dirname(PNG))) {
    const m = /^call-sheet-(\d+)\.png$/.exec(name);
    if (m && Number(m[1]) > pages) await fs.rm(path.join(path.dirname(PNG), name));
  }
  const breaks = plan.sheets.find((s) => s.name === cs.sheet)?.print?.pageBreaks ?? [];
  console.log(
    `${cs.sheet}: ${cs.scenes.length} scenes, ${pages} page(s), breaks above rows ${breaks.join(", ") || "none"} -> ${pngs.join(", ")}`,
  );
}

render().catch((e: unknown) => {
  console.error(`render failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
