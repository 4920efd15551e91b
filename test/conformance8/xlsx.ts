/**
 * Set 8's builders beyond set 1's helpers: the .xlsx file features real coordinators' files carry. Formula cells
 * with cached results, rich text, Excel tables placed anywhere on a sheet (several side by side), and a leading
 * apostrophe (Excel's `quotePrefix` cell style, which ExcelJS cannot write: the saved file is patched).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbookFile } from "../../src/xlsx/read";
import { check } from "../../src/core/check";
import type { Report } from "../../src/core/report";
import { formatCell, type CellInput } from "../conformance/helpers";

export const FOLDER = "conformance8";
const TEST_OUTPUT = path.join(__dirname, "..", "..", "test-output", FOLDER);

/** A formula cell as Excel saves it: the formula and its last calculated (cached) result. */
export function formula(f: string, result: string | number | Date): ExcelJS.CellValue {
  return { formula: f, result } as ExcelJS.CellValue;
}

/** A rich-text cell: runs of text with their own fonts (a bold name, an italic word). */
export function rich(...runs: [text: string, font?: Partial<ExcelJS.Font>][]): ExcelJS.CellValue {
  return { richText: runs.map(([text, font]) => (font ? { text, font } : { text })) } as ExcelJS.CellValue;
}

/** The font marking cells that get Excel's leading apostrophe (quotePrefix) when the file is saved. */
const APOSTROPHE_COLOR = "FF0070C1";

/** A value typed with a leading apostrophe (`'0700`): stored as text, General format, quotePrefix on. */
export function typedWithApostrophe(cell: ExcelJS.Cell, text: string): void {
  cell.value = text;
  cell.font = { color: { argb: APOSTROPHE_COLOR } };
}

/** A number typed into a cell formatted as Text (`@`) before typing: stored as text. */
export function typedAsText(cell: ExcelJS.Cell, text: string): void {
  cell.value = text;
  cell.numFmt = "@";
}

/** Sets a cell the way set 1's sheets do: Dates formatted as dates, numbers in time columns as h:mm. */
export function put(cell: ExcelJS.Cell, value: ExcelJS.CellValue, timeOnly = false): void {
  if (value === null || value === undefined) return;
  cell.value = value;
  const shown =
    typeof value === "object" && value !== null && !(value instanceof Date) && "result" in value
      ? (value as { result: CellInput }).result
      : (value as CellInput);
  if (shown instanceof Date || typeof shown === "number") formatCell(cell, shown, timeOnly, "ddd m/d/yyyy");
}

/** An Excel table whose header starts at `ref`; number formats set on its date and time cells. */
export function tableAt(
  ws: ExcelJS.Worksheet,
  name: string,
  ref: string,
  headers: string[],
  rows: ExcelJS.CellValue[][],
  opts: {
    timeColumns?: number[];
    totals?: Record<number, Pick<ExcelJS.TableColumnProperties, "totalsRowLabel" | "totalsRowFunction">>;
    bandedColumns?: boolean;
  } = {},
): void {
  ws.addTable({
    name,
    ref,
    headerRow: true,
    totalsRow: opts.totals !== undefined,
    style: { theme: "TableStyleMedium9", showRowStripes: true, showColumnStripes: opts.bandedColumns ?? false },
    columns: headers.map((h, i) => ({ name: h, filterButton: true, ...(opts.totals?.[i] ?? {}) })),
    rows,
  });
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(ref) ?? ["", "A", "1"];
  const row0 = Number(digits);
  const col0 = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  rows.forEach((r, k) =>
    r.forEach((v, i) => {
      if (v === null) return;
      put(ws.getRow(row0 + 1 + k).getCell(col0 + i), v, opts.timeColumns?.includes(i) ?? false);
    }),
  );
}

/** Adds quotePrefix="1" to every cell format using the apostrophe marker font. */
async function addQuotePrefix(file: string): Promise<number> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const stylesFile = zip.file("xl/styles.xml");
  if (!stylesFile) return 0;
  let styles = await stylesFile.async("string");
  const fontsBlock = /<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)?.[1] ?? "";
  const fonts = fontsBlock.match(/<font>[\s\S]*?<\/font>|<font\/>/g) ?? [];
  const fontId = fonts.findIndex((f) => f.includes(APOSTROPHE_COLOR));
  if (fontId < 0) return 0;
  let patched = 0;
  styles = styles.replace(/<cellXfs[^>]*>[\s\S]*?<\/cellXfs>/, (block) =>
    block.replace(new RegExp(`<xf ([^>]*fontId="${fontId}"[^>]*?)(/?)>`, "g"), (_m, attrs: string, close: string) => {
      patched++;
      return `<xf ${attrs} quotePrefix="1"${close}>`;
    }),
  );
  zip.file("xl/styles.xml", styles);
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return patched;
}

export interface Saved {
  report: Report;
  file: string;
  /** Cell formats given quotePrefix (0 when the workbook has no apostrophe cells). */
  quotePrefixed: number;
}

/** saveAndCheck with the file features ExcelJS cannot write added before the CLI reads the file. */
export async function saveAndCheck8(wb: ExcelJS.Workbook, fileName: string): Promise<Saved> {
  fs.mkdirSync(TEST_OUTPUT, { recursive: true });
  const file = path.join(TEST_OUTPUT, fileName);
  await wb.xlsx.writeFile(file);
  const quotePrefixed = await addQuotePrefix(file);
  const { snapshot } = await readWorkbookFile(file);
  return { report: check(snapshot).report, file, quotePrefixed };
}

/** Column letters of a 1-based column number. */
export function colLetter(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}
