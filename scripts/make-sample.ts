/**
 * Writes assets/sample-production.xlsx from scripts/sample-data.ts (`npm run sample`).
 * Deterministic: fixed creation dates and no clock-dependent content, so reruns give the same workbook.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as path from "path";
import { SAMPLE_CREATED, sampleSheets, type SampleSheet } from "./sample-data";

const HEADER_FILL = "FFDDE5F0";

function argb(color: string): string {
  return `FF${color.replace("#", "").toUpperCase()}`;
}

function columnName(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

function addSheet(wb: ExcelJS.Workbook, sheet: SampleSheet): void {
  const ws = wb.addWorksheet(sheet.name);
  const formats = sheet.formats ?? {};
  const width = Math.max(...sheet.rows.map((r) => r.length));
  sheet.rows.forEach((row, i) => {
    row.forEach((v, j) => {
      if (v === null || v === undefined) return;
      const cell = ws.getCell(i + 1, j + 1);
      cell.value = v;
      const isHeader = sheet.table ? i === sheet.table.headerRow : i === 0;
      if (typeof v === "number" && formats[j] && !isHeader) cell.numFmt = formats[j];
    });
  });
  sheet.widths?.forEach((w, j) => (ws.getColumn(j + 1).width = w));

  if (sheet.table) {
    const h = sheet.table.headerRow;
    const header = sheet.rows[h].map(String);
    const body = sheet.rows.slice(h + 1).map((r) => header.map((_, j) => r[j] ?? null));
    ws.addTable({
      name: sheet.table.name,
      ref: `A${h + 1}`,
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: header.map((name) => ({ name, filterButton: true })),
      rows: body,
    });
    // addTable rewrites the cells: put the number formats back.
    for (let i = h + 1; i < sheet.rows.length; i++) {
      sheet.rows[i].forEach((v, j) => {
        if (typeof v === "number" && formats[j]) ws.getCell(i + 1, j + 1).numFmt = formats[j];
      });
    }
    if (h > 0) {
      // A title row above the table, as coordinators like them.
      const title = ws.getCell(1, 1);
      title.font = { bold: true, size: 14 };
      ws.mergeCells(`A1:${columnName(Math.min(width, 8))}1`);
    }
    ws.views = [{ state: "frozen", ySplit: h + 1, xSplit: 0 }];
  } else {
    ws.getRow(1).font = { bold: true };
    for (let j = 1; j <= width; j++) {
      if (sheet.rows[0][j - 1] !== null && sheet.rows[0][j - 1] !== undefined && sheet.name !== "Production") {
        ws.getCell(1, j).fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
      }
    }
    if (sheet.name === "Production") ws.getColumn(1).font = { bold: true };
  }
  for (const f of sheet.fills ?? []) {
    ws.getCell(f.row + 1, f.col + 1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(f.color) } };
  }
}

export function buildSampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Production Coordinator sample";
  wb.lastModifiedBy = "Production Coordinator sample";
  wb.created = SAMPLE_CREATED;
  wb.modified = SAMPLE_CREATED;
  for (const sheet of sampleSheets()) addSheet(wb, sheet);
  return wb;
}

export async function writeSample(file: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const buffer = Buffer.from(await buildSampleWorkbook().xlsx.writeBuffer());
  await fs.writeFile(file, buffer);
}

if (require.main === module) {
  const out = path.resolve(__dirname, "..", "assets", "sample-production.xlsx");
  writeSample(out).then(
    () => console.log(`Wrote ${path.relative(process.cwd(), out)}`),
    (e: unknown) => {
      console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 2;
    },
  );
}
