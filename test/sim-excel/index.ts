/**
 * A strict in-memory Excel for tests and the browser preview: the subset of the Excel JS API the
 * add-in uses, with load/sync, null objects, name rules, error codes and the web payload limit.
 * No jest and no ExcelJS here (see ./exceljs.ts for loading and saving .xlsx workbooks).
 */
import { type SimMetrics, SimRequestContext } from "./objects";
import { type Rect, SimError, type SimSheet, SimState, cellValueOut, enterValue, rectAddress } from "./state";

export { SimError, SimState, SimSheet, rectAddress };
export type { Rect };
export { SimRequestContext, PAYLOAD_LIMIT_BYTES } from "./objects";
export type { SimCell, SimConditionalFormat, SimTable } from "./state";

export interface SheetSeed {
  name: string;
  /** Row 1 first; strings are stored as typed text (never formulas). */
  rows: (string | number | boolean | null)[][];
  /** Make the rows an Excel table with this name (header row first). */
  table?: string;
}

export class SimulatedExcel {
  readonly state = new SimState();
  readonly metrics: SimMetrics = { syncs: 0, requestBytes: [] };
  /** API sets reported by Office.context.requirements.isSetSupported. */
  apiVersion = "1.12";

  static fromSheets(seeds: SheetSeed[]): SimulatedExcel {
    const sim = new SimulatedExcel();
    for (const seed of seeds) {
      const sheet = sim.state.addSheet(seed.name);
      seed.rows.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v === null || v === "") return;
          sheet.cellForWrite(i + 1, j + 1).value = v;
        }),
      );
      if (seed.table && seed.rows.length > 0) {
        const cols = Math.max(...seed.rows.map((r) => r.length));
        sim.state.tables.push({
          id: sim.state.newId("table"),
          name: seed.table,
          sheet,
          rect: { row: 1, col: 1, rows: Math.max(2, seed.rows.length), cols },
        });
      }
    }
    if (sim.state.sheets.length === 0) sim.state.addSheet("Sheet1");
    return sim;
  }

  /** A new request context, as Excel.run gives one. */
  context(): SimRequestContext {
    return new SimRequestContext(this.state, this.metrics);
  }

  /** Excel.run: the callback's queued work is synced when it returns. */
  async run<T>(callback: (context: SimRequestContext) => Promise<T>): Promise<T> {
    const ctx = this.context();
    const result = await callback(ctx);
    await ctx.sync();
    return result;
  }

  setCellEditMode(on: boolean): void {
    this.state.cellEditMode = on;
  }

  resetMetrics(): void {
    this.metrics.syncs = 0;
    this.metrics.requestBytes = [];
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.metrics.requestBytes);
  }

  isSetSupported(name: string, version?: string): boolean {
    if (name !== "ExcelApi") return false;
    const [wantMajor, wantMinor] = (version ?? "1.1").split(".").map(Number);
    const [haveMajor, haveMinor] = this.apiVersion.split(".").map(Number);
    return haveMajor > wantMajor || (haveMajor === wantMajor && haveMinor >= wantMinor);
  }

  // ---- direct inspection for tests (no load/sync) ----

  sheet(name: string): SimSheet {
    const s = this.state.findSheet(name);
    if (!s) throw new Error(`no sheet "${name}"`);
    return s;
  }

  sheetNames(): string[] {
    return this.state.liveSheets().map((s) => s.name);
  }

  /** Values of a sheet's rectangle as Range.values would return them. */
  values(name: string, rect?: Rect): (string | number | boolean)[][] {
    const s = this.sheet(name);
    const r = rect ?? s.usedRect(true);
    if (!r) return [];
    return Array.from({ length: r.rows }, (_, i) =>
      Array.from({ length: r.cols }, (_, j) => cellValueOut(s.cell(r.row + i, r.col + j))),
    );
  }

  /** Types text into a cell as a user would (formulas, numbers and dates are recognised). */
  type(sheet: string, row: number, col: number, text: string | number | boolean): void {
    enterValue(this.sheet(sheet).cellForWrite(row, col), text);
  }

  /** A deep, comparable copy of everything in the workbook. */
  dump(): unknown {
    const sheets = this.state.liveSheets().map((s) => ({
      name: s.name,
      visibility: s.visibility,
      tabColor: s.tabColor,
      cells: [...s.cells.entries()].sort((a, b) => a[0] - b[0]).map(([k, c]) => [k, JSON.parse(JSON.stringify(c))]),
      merges: s.merges.map(rectAddress).sort(),
      columnWidths: [...s.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
      rowHeights: [...s.rowHeights.entries()].sort((a, b) => a[0] - b[0]),
      conditionalFormats: s.conditionalFormats.map((cf) => ({
        ...cf,
        id: undefined,
        areas: cf.areas.map(rectAddress),
      })),
      customProperties: [...s.customProperties.values()],
      freeze: s.freeze,
      pageLayout: s.pageLayout,
      pageBreaks: s.pageBreaks,
      columnBreaks: s.columnBreaks,
    }));
    const tables = this.state.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, rect: rectAddress(t.rect) }));
    const settings = [...this.state.settings.values()].sort((a, b) => a.key.localeCompare(b.key));
    return JSON.parse(JSON.stringify({ sheets, tables, settings }));
  }
}

/** Enum values the add-in reads from the Excel namespace. */
export const SimExcelEnums = {
  ErrorCodes: {
    itemNotFound: "ItemNotFound",
    itemAlreadyExists: "ItemAlreadyExists",
    invalidArgument: "InvalidArgument",
    invalidOperation: "InvalidOperation",
    invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
    generalException: "GeneralException",
    requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  },
  ConditionalFormatType: { custom: "Custom", containsText: "ContainsText", cellValue: "CellValue" },
  HorizontalAlignment: { left: "Left", center: "Center", right: "Right", general: "General" },
  VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom" },
  BorderIndex: { edgeTop: "EdgeTop", edgeBottom: "EdgeBottom", edgeLeft: "EdgeLeft", edgeRight: "EdgeRight" },
  BorderLineStyle: { continuous: "Continuous", none: "None" },
  BorderWeight: { thin: "Thin", medium: "Medium", thick: "Thick" },
  PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
};

/** Sets globalThis.Excel and a minimal globalThis.Office backed by the simulator (for the pane and preview). */
export function installGlobal(sim: SimulatedExcel): void {
  const g = globalThis as unknown as Record<string, unknown>;
  g.Excel = {
    ...SimExcelEnums,
    run: <T>(cb: (ctx: SimRequestContext) => Promise<T>) => sim.run(cb),
    RequestContext: SimRequestContext,
  };
  g.OfficeExtension = { Error: SimError };
  g.Office = {
    HostType: { Excel: "Excel" },
    onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
    context: {
      requirements: { isSetSupported: (name: string, version?: string) => sim.isSetSupported(name, version) },
      diagnostics: { platform: "OfficeOnline", version: "16.0" },
      displayLanguage: "en-US",
    },
  };
}

/**
 * Makes the context's second sync answer as Excel on the web does over its 5 MB response limit (the work of the
 * sync is done, then it throws `ResponsePayloadSizeLimitExceeded`); returns a counter of the syncs made.
 */
export function payloadLimitOnSecondSync(ctx: Excel.RequestContext): { calls: number } {
  const realSync = ctx.sync.bind(ctx);
  const counter = { calls: 0 };
  ctx.sync = async () => {
    counter.calls++;
    if (counter.calls === 2) {
      await realSync();
      throw Object.assign(new Error("The response payload size has exceeded the limit."), {
        code: "ResponsePayloadSizeLimitExceeded",
      });
    }
    return realSync();
  };
  return counter;
}
