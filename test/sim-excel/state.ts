/**
 * The simulated workbook's data: sheets, cells, formats, tables, conditional formats, settings.
 * Proxy objects (objects.ts) read and change this only while a sync runs.
 */

export type SimErrorCode =
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "RequestPayloadSizeLimitExceeded"
  | "PropertyNotLoaded"
  | "AccessDenied"
  | "GeneralException";

/** Same shape as OfficeExtension.Error: branch on `code`. */
export class SimError extends Error {
  readonly code: SimErrorCode;
  readonly debugInfo: { code: SimErrorCode; message: string };
  constructor(code: SimErrorCode, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message };
  }
}

export interface Rect {
  /** 1-based */
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface SimFont {
  bold?: boolean;
  italic?: boolean;
  color?: string;
  size?: number;
}

export interface SimBorder {
  style: string;
  weight: string;
}

export type SimValue = string | number | boolean | null | { error: string };

export interface SimCell {
  value: SimValue;
  formula?: string;
  /** Entered with a leading apostrophe: shown as text. */
  quotePrefix?: boolean;
  numberFormat?: string;
  fill?: string;
  font?: SimFont;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  borders?: Record<string, SimBorder>;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string };
}

export interface SimConditionalFormat {
  id: string;
  type: string;
  areas: Rect[];
  formula?: string;
  fill?: string;
  fontColor?: string;
}

export interface SimTable {
  id: string;
  name: string;
  sheet: SimSheet;
  rect: Rect;
  style?: string;
  /** Excel's totals row is shown: the rect's last row. */
  showTotals?: boolean;
}

export interface SimPageLayout {
  orientation: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printArea?: string;
  printTitleRows?: string;
  printTitleColumns?: string;
  /** headersFooters.defaultForAllPages.centerFooter (ExcelApi 1.9). */
  centerFooter?: string;
  /** headersFooters.defaultForAllPages.leftHeader (ExcelApi 1.9). */
  leftHeader?: string;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export class SimSheet {
  deleted = false;
  visibility = "Visible";
  tabColor = "";
  readonly cells = new Map<number, SimCell>();
  merges: Rect[] = [];
  /** points, by 1-based column */
  readonly columnWidths = new Map<number, number>();
  /** points, by 1-based row */
  readonly rowHeights = new Map<number, number>();
  conditionalFormats: SimConditionalFormat[] = [];
  /** lower-case key -> key and value */
  readonly customProperties = new Map<string, { key: string; value: string }>();
  freeze: { rows: number; cols: number } | null = null;
  pageLayout: SimPageLayout = { orientation: "Portrait", zoom: { scale: 100 } };
  /** Manual horizontal page breaks: each the 1-based row that starts a printed page, ascending. */
  pageBreaks: number[] = [];
  /** Manual vertical page breaks: each the 1-based column that starts a printed page across, ascending. */
  columnBreaks: number[] = [];
  /** Review > Protect Sheet (default options): its cells and conditional formats cannot be changed. */
  protected = false;

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  static key(row: number, col: number): number {
    return (row - 1) * MAX_COLS + (col - 1);
  }

  cell(row: number, col: number): SimCell | undefined {
    return this.cells.get(SimSheet.key(row, col));
  }

  /** The cell, created empty when missing. */
  cellForWrite(row: number, col: number): SimCell {
    const k = SimSheet.key(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = { value: null };
      this.cells.set(k, c);
    }
    return c;
  }

  /** Bounding box of cells holding a value (valuesOnly) or anything at all; null when empty. */
  usedRect(valuesOnly: boolean): Rect | null {
    let r0 = Infinity,
      c0 = Infinity,
      r1 = 0,
      c1 = 0;
    for (const [k, c] of this.cells) {
      if (valuesOnly ? c.value === null && !c.formula : isBlankCell(c)) continue;
      const row = Math.floor(k / MAX_COLS) + 1;
      const col = (k % MAX_COLS) + 1;
      if (row < r0) r0 = row;
      if (row > r1) r1 = row;
      if (col < c0) c0 = col;
      if (col > c1) c1 = col;
    }
    return r1 === 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }
}

function isBlankCell(c: SimCell): boolean {
  return Object.entries(c).every(([k, v]) => (k === "value" ? v === null : v === undefined));
}

export class SimState {
  readonly sheets: SimSheet[] = [];
  readonly tables: SimTable[] = [];
  /** key -> JSON text */
  readonly settings = new Map<string, { key: string; json: string }>();
  private nextId = 1;
  cellEditMode = false;
  /** Application.cultureInfo.name (ExcelApi 1.11). */
  culture = "en-US";
  /** Application.cultureInfo.numberFormat.numberDecimalSeparator: the system's (ExcelApi 1.11). */
  systemDecimalSeparator = ".";
  /** Application.decimalSeparator and useSystemSeparators: Excel's own, used when the latter is false (ExcelApi 1.11). */
  excelDecimalSeparator = ".";
  useSystemSeparators = true;
  /** Workbook.use1904DateSystem (ExcelApi 1.16). */
  date1904 = false;
  /** Review > Protect Workbook (structure): sheets cannot be added, deleted, renamed or moved. */
  structureProtected = false;
  activeSheet: SimSheet | null = null;
  selection: { sheet: SimSheet; rect: Rect } | null = null;

  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  liveSheets(): SimSheet[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  findSheet(name: string): SimSheet | undefined {
    const lower = name.toLowerCase();
    return this.liveSheets().find((s) => s.name.toLowerCase() === lower);
  }

  addSheet(name: string): SimSheet {
    checkSheetName(name);
    if (this.findSheet(name)) {
      throw new SimError("ItemAlreadyExists", "A resource with the same name or identifier already exists.");
    }
    const sheet = new SimSheet(this.newId("sheet"), name);
    this.sheets.push(sheet);
    return sheet;
  }

  deleteSheet(sheet: SimSheet): void {
    if (this.liveSheets().filter((s) => s.visibility === "Visible").length <= 1 && sheet.visibility === "Visible") {
      throw new SimError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    }
    sheet.deleted = true;
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i].sheet === sheet) this.tables.splice(i, 1);
    if (this.activeSheet === sheet) this.activeSheet = this.liveSheets()[0] ?? null;
    // Excel turns every reference to a deleted sheet into #REF!, and so does what it evaluates to.
    this.rewriteReferences(sheet.name, "#REF!", { error: "#REF!" });
  }

  /** Renames a sheet as Excel does: formulas and conditional formats that refer to it follow the new name. */
  renameSheet(sheet: SimSheet, name: string): void {
    const old = sheet.name;
    sheet.name = name;
    this.rewriteReferences(old, `${quoteSheetName(name)}!`);
  }

  private rewriteReferences(sheet: string, replacement: string, value?: SimValue): void {
    for (const s of this.liveSheets()) {
      for (const c of s.cells.values()) {
        if (!c.formula) continue;
        const formula = rewriteSheetReferences(c.formula, sheet, replacement);
        if (formula === c.formula) continue;
        c.formula = formula;
        if (value !== undefined) c.value = value;
      }
      for (const cf of s.conditionalFormats) {
        if (cf.formula) cf.formula = rewriteSheetReferences(cf.formula, sheet, replacement);
      }
    }
  }

  findTable(name: string): SimTable | undefined {
    const lower = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower);
  }
}

/**
 * A formula with its references to a sheet (`'Name'!` or `Name!`, any case, as Excel matches names) given
 * `replacement` in place of that prefix: the new name's prefix on a rename, `#REF!` on a deletion.
 */
export function rewriteSheetReferences(formula: string, sheet: string, replacement: string): string {
  const escaped = sheet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const quoted = `'${escaped.replace(/'/g, "''")}'!`;
  // Unquoted only where a name can start: not inside another name, a quoted name or a workbook reference.
  const pattern = new RegExp(`${quoted}|(?<![A-Za-z0-9_.'!\\]])${escaped}!`, "gi");
  return formula.replace(pattern, () => replacement);
}

/** Excel's sheet-name rules; throws InvalidArgument. */
export function checkSheetName(name: string): void {
  const bad =
    typeof name !== "string" ||
    name.trim() === "" ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === "history";
  if (bad)
    throw new SimError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format: sheet name "${name}".`,
    );
}

/** Excel's table-name rules (simplified): letter/underscore first, no spaces, not a cell reference. */
export function checkTableName(name: string): void {
  const bad =
    !/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) ||
    name.length > 255 ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^[RrCc]$/.test(name) ||
    /^R\d*C\d*$/i.test(name);
  if (bad)
    throw new SimError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format: table name "${name}".`,
    );
}

// ---- addresses ----

export function colLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "A1", "A1:C3", "A:C", "2:5", optionally "$"-anchored; null when not an address. */
export function parseAddress(address: string): Rect | null {
  const parts = address.trim().split(":");
  if (parts.length > 2) return null;
  const cells = parts.map((p) => /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(p.trim()));
  if (cells.some((m) => !m || (!m[1] && !m[2]))) return null;
  const [a, b] = [cells[0]!, (cells[1] ?? cells[0])!];
  const wholeCols = !a[2] && !b[2];
  const wholeRows = !a[1] && !b[1];
  if (parts.length === 1 && (wholeCols || wholeRows)) return null;
  if (!wholeCols && !wholeRows && (!a[1] || !a[2] || !b[1] || !b[2])) return null;
  const r0 = wholeCols ? 1 : +a[2];
  const r1 = wholeCols ? MAX_ROWS : +b[2];
  const c0 = wholeRows ? 1 : colNumber(a[1]);
  const c1 = wholeRows ? MAX_COLS : colNumber(b[1]);
  if ([r0, r1].some((r) => r < 1 || r > MAX_ROWS) || [c0, c1].some((c) => c < 1 || c > MAX_COLS)) return null;
  return {
    row: Math.min(r0, r1),
    col: Math.min(c0, c1),
    rows: Math.abs(r1 - r0) + 1,
    cols: Math.abs(c1 - c0) + 1,
  };
}

/** Splits "Sheet1!A1:B2" or "'My Sheet'!A1" into sheet and local address. */
export function splitSheetAddress(address: string): { sheet?: string; local: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(address.trim());
  if (!m) return { local: address.trim() };
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], local: m[3] };
}

export function rectAddress(r: Rect): string {
  const a = `${colLetters(r.col)}${r.row}`;
  return r.rows === 1 && r.cols === 1 ? a : `${a}:${colLetters(r.col + r.cols - 1)}${r.row + r.rows - 1}`;
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

// ---- what Excel does with a typed (or API-written) value ----

const ERROR_LITERALS = ["#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"];
const NUMBER = /^[-+]?(\d+(,\d{3})*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

function dateSerial(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const ms = Date.UTC(y, m - 1, d);
  if (new Date(ms).getUTCDate() !== d) return null;
  return ms / 86400000 + 25569;
}

/**
 * Writes a value the way Excel's `Range.values` does: "=..." becomes a formula, "+x"/"-x"/"@x" too,
 * numeric, time and date text become numbers, TRUE/FALSE booleans, "'text" text without the
 * apostrophe; a text number format ("@") keeps everything as typed.
 */
export function enterValue(cell: SimCell, input: unknown): void {
  delete cell.formula;
  delete cell.quotePrefix;
  if (input === "" || input === undefined) {
    cell.value = null;
    return;
  }
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    return;
  }
  if (typeof input !== "string") {
    throw new SimError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format: value ${JSON.stringify(input)}.`,
    );
  }
  if (cell.numberFormat === "@") {
    cell.value = input;
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    cell.quotePrefix = true;
    return;
  }
  const t = input.trim();
  if (NUMBER.test(t)) {
    cell.value = Number(t.replace(/,/g, ""));
    return;
  }
  if (/^[-+]?\d+(\.\d+)?%$/.test(t)) {
    cell.value = Number(t.slice(0, -1)) / 100;
    cell.numberFormat ??= "0%";
    return;
  }
  if (/^[=+\-@]/.test(t) && t.length > 1) {
    cell.formula = t.startsWith("=") ? t : `=${t}`;
    cell.value = 0;
    return;
  }
  if (/^(true|false)$/i.test(t)) {
    cell.value = t.toLowerCase() === "true";
    return;
  }
  if (ERROR_LITERALS.includes(t.toUpperCase())) {
    cell.value = { error: t.toUpperCase() };
    return;
  }
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(t);
  if (time && +time[1] < 24 && +time[2] < 60) {
    let h = +time[1] % (time[4] ? 12 : 24);
    if (time[4]?.toLowerCase() === "pm") h += 12;
    cell.value = (h * 3600 + +time[2] * 60 + +(time[3] ?? 0)) / 86400;
    cell.numberFormat ??= "h:mm";
    return;
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  const serial = iso ? dateSerial(+iso[1], +iso[2], +iso[3]) : us ? dateSerial(+us[3], +us[1], +us[2]) : null;
  if (serial !== null) {
    cell.value = serial;
    cell.numberFormat ??= "m/d/yyyy";
    return;
  }
  cell.value = input;
}

/** What `Range.values` returns for a cell: "" for empty, the error text for errors. */
export function cellValueOut(c: SimCell | undefined): string | number | boolean {
  if (!c || c.value === null) return "";
  if (typeof c.value === "object") return c.value.error;
  return c.value;
}

export function cellText(c: SimCell | undefined): string {
  const v = cellValueOut(c);
  return typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
}
