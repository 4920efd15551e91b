/**
 * Loads the simulated Excel from an ExcelJS workbook and saves it back, so one .xlsx can run through
 * the Office.js path and the file path. Kept apart from index.ts so the browser preview need not bundle ExcelJS.
 *
 * Files carry the add-in's registry in the veryHidden `_pc_meta` sheet (src/xlsx/meta.ts). Loading keeps that
 * sheet as it is, as Excel would; saving writes the simulator's markers (sheet custom properties and the
 * settings registry, which ExcelJS cannot store) into `_pc_meta`.
 *
 * Known limits against real Excel opening the same file (a comparison of both paths must allow for them):
 * - a formula saved without a result (openpyxl, XlsxWriter) reads as 0 here, where Excel computes it on opening;
 * - a 1904-system file's dates and times arrive as 1900 serials unless the caller keeps the 1904 system
 *   (cross-path-conformance.sources.ts, `keep1904`);
 * - ExcelJS cannot follow openpyxl's absolute part targets: pass the bytes through `withRelativeTargets` first.
 */
import ExcelJS from "exceljs";
import { charsToPoints, pointsToChars } from "../../src/excel/apply";
import { GENERATED_REGISTRY_SETTING, SHEET_MARKER_KEY, USER_SETTINGS_SETTING } from "../../src/excel/markers";
import type { WorkbookSettings } from "../../src/core/snapshot";
import { dateToSerial } from "../../src/xlsx/read";
import { isMetaSheet, readMeta, writeMeta } from "../../src/xlsx/meta";
import { SimulatedExcel } from "./index";
import { type SimCell, type SimSheet, colLetters, parseAddress, rectAddress } from "./state";

const VISIBILITY_IN: Record<string, string> = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" };
const VISIBILITY_OUT: Record<string, "visible" | "hidden" | "veryHidden"> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

function argbToHex(c: Partial<ExcelJS.Color> | undefined): string | undefined {
  const argb = c?.argb;
  return typeof argb === "string" && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

function hexToArgb(hex: string | undefined): string | undefined {
  return hex && /^#[0-9A-Fa-f]{6}$/.test(hex) ? `FF${hex.slice(1).toUpperCase()}` : undefined;
}

/**
 * A format code as Excel's Range.numberFormat gives it: ExcelJS names the built-in date-time 22 `m/d/yy "h":mm`
 * (its own table's text), where Excel says `m/d/yyyy h:mm`.
 */
function excelNumberFormat(numFmt: string): string {
  return numFmt === 'm/d/yy "h":mm' ? "m/d/yyyy h:mm" : numFmt;
}

function readCell(cell: ExcelJS.Cell): SimCell | null {
  const out: SimCell = { value: null };
  const v = cell.value;
  if (v instanceof Date) out.value = dateToSerial(v);
  else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") out.value = v;
  else if (v && typeof v === "object") {
    if ("formula" in v || "sharedFormula" in v) {
      const f = v as ExcelJS.CellFormulaValue;
      out.formula = `=${f.formula ?? cell.formula}`;
      const r = f.result;
      out.value =
        r instanceof Date
          ? dateToSerial(r)
          : r === undefined || r === null
            ? 0
            : typeof r === "object"
              ? { error: String((r as { error: string }).error) }
              : r;
    } else if ("error" in v) out.value = { error: String(v.error) };
    else if ("richText" in v) out.value = v.richText.map((r) => r.text).join("");
    else if ("hyperlink" in v) {
      const h = v as ExcelJS.CellHyperlinkValue;
      out.value = typeof h.text === "string" ? h.text : "";
      out.hyperlink = h.hyperlink.startsWith("#")
        ? { documentReference: h.hyperlink.slice(1), textToDisplay: out.value as string }
        : { address: h.hyperlink, textToDisplay: out.value as string };
    }
  }
  if (cell.numFmt && cell.numFmt !== "General") out.numberFormat = excelNumberFormat(cell.numFmt);
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (fill?.type === "pattern" && fill.pattern === "solid") out.fill = argbToHex(fill.fgColor);
  const font = cell.font;
  if (font) {
    const f: SimCell["font"] = {};
    if (font.bold) f.bold = true;
    if (font.italic) f.italic = true;
    if (font.size && font.size !== 11) f.size = font.size;
    const color = argbToHex(font.color);
    if (color) f.color = color;
    if (Object.keys(f).length) out.font = f;
  }
  const a = cell.alignment;
  if (a?.horizontal) out.hAlign = a.horizontal[0].toUpperCase() + a.horizontal.slice(1);
  if (a?.vertical) out.vAlign = a.vertical === "middle" ? "Center" : a.vertical[0].toUpperCase() + a.vertical.slice(1);
  if (a?.wrapText) out.wrap = true;
  for (const k of Object.keys(out) as (keyof SimCell)[]) if (out[k] === undefined) delete out[k];
  return out.value === null && Object.keys(out).length === 1 ? null : out;
}

/** An ExcelJS workbook (e.g. read from a .xlsx) as a simulated Excel. */
export function fromExcelJS(wb: ExcelJS.Workbook): SimulatedExcel {
  const sim = new SimulatedExcel();
  for (const ws of wb.worksheets) {
    const sheet = sim.state.addSheet(ws.name);
    sheet.visibility = VISIBILITY_IN[ws.state] ?? "Visible";
    const tab = argbToHex(ws.properties.tabColor);
    if (tab) sheet.tabColor = tab;
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // Excel keeps a merged area's value in its top-left cell only; ExcelJS repeats it in the others.
        if (cell.isMerged && cell.master !== cell) return;
        const sc = readCell(cell);
        if (sc) sheet.cells.set((r - 1) * 16384 + (c - 1), sc);
      });
      if (row.height) sheet.rowHeights.set(r, row.height);
    });
    // ExcelJS notes a manual break below the row `id` (and reads none back from a file).
    const rowBreaks = (ws as unknown as { rowBreaks?: ExcelJS.RowBreak[] }).rowBreaks ?? [];
    sheet.pageBreaks = [...new Set(rowBreaks.map((b) => b.id + 1))].sort((a, b) => a - b);
    (ws.columns ?? []).forEach((col, i) => {
      if (col?.width) sheet.columnWidths.set(i + 1, charsToPoints(col.width));
    });
    const merges = (ws.model as { merges?: string[] }).merges ?? [];
    sheet.merges = merges.map((m) => parseAddress(m)).filter((m): m is NonNullable<typeof m> => m !== null);
    for (const cf of (ws as unknown as { conditionalFormattings?: { ref: string; rules: unknown[] }[] })
      .conditionalFormattings ?? []) {
      const areas = cf.ref
        .split(/\s+/)
        .map((a: string) => parseAddress(a))
        .filter((a): a is NonNullable<typeof a> => a !== null);
      for (const rule of cf.rules) {
        const r = rule as {
          type: string;
          formulae?: string[];
          style?: { fill?: ExcelJS.FillPattern; font?: Partial<ExcelJS.Font> };
        };
        sheet.conditionalFormats.push({
          id: sim.state.newId("cf"),
          type: r.type === "expression" ? "Custom" : r.type,
          areas,
          ...(r.formulae?.[0] ? { formula: `=${r.formulae[0]}` } : {}),
          ...(argbToHex(r.style?.fill?.bgColor ?? r.style?.fill?.fgColor)
            ? { fill: argbToHex(r.style?.fill?.bgColor ?? r.style?.fill?.fgColor) }
            : {}),
        });
      }
    }
    const tables =
      (
        ws as unknown as {
          tables?: Record<string, { table?: { name?: string; tableRef?: string; ref?: string; totalsRow?: boolean } }>;
        }
      ).tables ?? {};
    for (const entry of Object.values(tables)) {
      const t = entry.table ?? (entry as { name?: string; tableRef?: string; ref?: string; totalsRow?: boolean });
      const rect = parseAddress(t.tableRef ?? t.ref ?? "");
      if (rect && t.name) {
        sim.state.tables.push({
          id: sim.state.newId("table"),
          name: t.name,
          sheet,
          rect,
          ...(t.totalsRow ? { showTotals: true } : {}),
        });
      }
    }
  }
  if (sim.state.sheets.length === 0) sim.state.addSheet("Sheet1");
  return sim;
}

function cellValueOut(c: SimCell): ExcelJS.CellValue {
  const v = c.value;
  const plain =
    v !== null && typeof v === "object" ? { error: v.error as unknown as ExcelJS.CellErrorValue["error"] } : v;
  if (c.formula) return { formula: c.formula.slice(1), result: plain as never };
  if (c.hyperlink) {
    const target = c.hyperlink.documentReference ? `#${c.hyperlink.documentReference}` : (c.hyperlink.address ?? "");
    return { text: String(v ?? ""), hyperlink: target };
  }
  return plain as ExcelJS.CellValue;
}

function writeCell(cell: ExcelJS.Cell, c: SimCell): void {
  cell.value = cellValueOut(c);
  if (c.numberFormat) cell.numFmt = c.numberFormat;
  const fill = hexToArgb(c.fill);
  if (fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
  if (c.font) {
    const color = hexToArgb(c.font.color);
    cell.font = {
      ...(c.font.bold ? { bold: true } : {}),
      ...(c.font.italic ? { italic: true } : {}),
      ...(c.font.size ? { size: c.font.size } : {}),
      ...(color ? { color: { argb: color } } : {}),
    };
  }
  if (c.hAlign || c.vAlign || c.wrap) {
    cell.alignment = {
      ...(c.hAlign && c.hAlign !== "General"
        ? { horizontal: c.hAlign.toLowerCase() as ExcelJS.Alignment["horizontal"] }
        : {}),
      ...(c.vAlign
        ? { vertical: (c.vAlign === "Center" ? "middle" : c.vAlign.toLowerCase()) as ExcelJS.Alignment["vertical"] }
        : {}),
      ...(c.wrap ? { wrapText: true } : {}),
    };
  }
}

/** The generated-sheet registry the simulator holds: custom-property markers and the settings list. */
function generatedRegistry(sim: SimulatedExcel): Map<string, string> {
  const out = new Map<string, string>();
  const listed = sim.state.settings.get(GENERATED_REGISTRY_SETTING.toLowerCase());
  for (const name of listed ? (JSON.parse(listed.json) as string[]) : []) out.set(name, "");
  for (const s of sim.state.liveSheets()) {
    const marker = s.customProperties.get(SHEET_MARKER_KEY.toLowerCase());
    if (!marker) continue;
    let key = "";
    try {
      key = String((JSON.parse(marker.value) as { key?: string }).key ?? "");
    } catch {
      key = "";
    }
    out.set(s.name, key);
  }
  return out;
}

/** The simulated workbook as an ExcelJS workbook (to save as .xlsx or run through the file path). */
export function toExcelJS(sim: SimulatedExcel): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  let fileMeta: ReturnType<typeof readMeta> | null = null;
  for (const s of sim.state.liveSheets()) {
    const ws = wb.addWorksheet(s.name, { state: VISIBILITY_OUT[s.visibility] ?? "visible" });
    writeSheet(sim, s, ws);
    if (isMetaSheet(ws)) fileMeta = readMeta(wb);
  }
  // A file registry's rows follow their links: a renamed sheet under its name now, a deleted one dropped.
  const fileGenerated = (fileMeta?.entries ?? []).flatMap((e): [string, string][] =>
    e.link?.kind === "deleted" ? [] : [[e.link?.name ?? e.name, e.key]],
  );
  const generated = new Map([...fileGenerated, ...generatedRegistry(sim)]);
  const userSettings = sim.state.settings.get(USER_SETTINGS_SETTING.toLowerCase());
  const settings = userSettings ? (JSON.parse(userSettings.json) as WorkbookSettings) : fileMeta?.settings;
  writeMeta(wb, generated, settings);
  return wb;
}

function writeSheet(sim: SimulatedExcel, s: SimSheet, ws: ExcelJS.Worksheet): void {
  const tab = hexToArgb(s.tabColor);
  if (tab) ws.properties.tabColor = { argb: tab };
  const tables = sim.state.tables.filter((t) => t.sheet === s);
  const inTable = (row: number, col: number) =>
    tables.some(
      (t) => row >= t.rect.row && row < t.rect.row + t.rect.rows && col >= t.rect.col && col < t.rect.col + t.rect.cols,
    );
  for (const [k, c] of s.cells) {
    const row = Math.floor(k / 16384) + 1;
    const col = (k % 16384) + 1;
    if (!inTable(row, col)) writeCell(ws.getCell(row, col), c);
  }
  for (const t of tables) {
    const cell = (i: number, j: number) => s.cell(t.rect.row + i, t.rect.col + j);
    const header = Array.from({ length: t.rect.cols }, (_, j) => String(cell(0, j)?.value ?? `Column${j + 1}`));
    const rows = Array.from({ length: t.rect.rows - 1 }, (_, i) =>
      Array.from({ length: t.rect.cols }, (_, j) => {
        const c = cell(i + 1, j);
        return c ? cellValueOut(c) : null;
      }),
    );
    ws.addTable({
      name: t.name,
      ref: `${colLetters(t.rect.col)}${t.rect.row}`,
      headerRow: true,
      columns: header.map((name) => ({ name })),
      rows,
    });
    // ExcelJS writes the table's cells itself; put the formats back.
    for (let i = 0; i < t.rect.rows; i++) {
      for (let j = 0; j < t.rect.cols; j++) {
        const c = cell(i, j);
        if (c) writeCell(ws.getCell(t.rect.row + i, t.rect.col + j), { ...c, value: i === 0 ? header[j] : c.value });
      }
    }
  }
  for (const m of s.merges) ws.mergeCells(rectAddress(m));
  for (const [col, pt] of s.columnWidths) ws.getColumn(col).width = pointsToChars(pt);
  for (const [row, pt] of s.rowHeights) ws.getRow(row).height = pt;
  s.conditionalFormats.forEach((cf, i) => {
    if (cf.type !== "Custom" || !cf.formula) return;
    const fill = hexToArgb(cf.fill);
    ws.addConditionalFormatting({
      ref: cf.areas.map(rectAddress).join(" "),
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [cf.formula.slice(1)],
          style: fill ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: fill } } } : {},
        },
      ],
    });
  });
  if (s.freeze) ws.views = [{ state: "frozen", xSplit: s.freeze.cols, ySplit: s.freeze.rows }];
  for (const row of s.pageBreaks) ws.getRow(row - 1).addPageBreak(1, 16384);
}
