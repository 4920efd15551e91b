/** Test helper: everything about a workbook that a user could see, as plain data to compare. */
import ExcelJS from "exceljs";

export async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const out = new ExcelJS.Workbook();
  await out.xlsx.load(await wb.xlsx.writeBuffer());
  return out;
}

export interface SheetDump {
  name: string;
  state: string;
  cells: Record<string, { value: unknown; type: number; numFmt?: string; fill?: unknown; font?: unknown }>;
  merges: string[];
  conditionalFormats: unknown;
  tables: unknown[];
  views: unknown;
  tabColor?: unknown;
}

export function dumpSheet(ws: ExcelJS.Worksheet): SheetDump {
  const cells: SheetDump["cells"] = {};
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      cells[cell.address] = {
        value: cell.value instanceof Date ? cell.value.toISOString() : JSON.parse(JSON.stringify(cell.value ?? null)),
        type: cell.type,
        numFmt: cell.numFmt,
        fill: cell.fill ? JSON.parse(JSON.stringify(cell.fill)) : undefined,
        font: cell.font ? JSON.parse(JSON.stringify(cell.font)) : undefined,
      };
    });
  });
  const model = ws.model as unknown as { merges?: string[] };
  return {
    name: ws.name,
    state: ws.state,
    cells,
    merges: [...(model.merges ?? [])].sort(),
    conditionalFormats: JSON.parse(
      JSON.stringify((ws as unknown as { conditionalFormattings?: unknown }).conditionalFormattings ?? []),
    ),
    tables: ws.getTables().map((t) => {
      const tt = (t as unknown as { table: { name: string; tableRef?: string; ref: string } }).table;
      return { name: tt.name, ref: tt.tableRef ?? tt.ref };
    }),
    views: JSON.parse(JSON.stringify(ws.views ?? [])),
    tabColor: ws.properties.tabColor,
  };
}

export function dumpWorkbook(wb: ExcelJS.Workbook): SheetDump[] {
  return wb.worksheets.map(dumpSheet);
}

/** What a cell holds after a save (a plain function so the Office.js lint rules do not mistake it for a proxy). */
export function cellFacts(ws: ExcelJS.Worksheet, address: string): { type: number; value: unknown; formula?: string } {
  const c = ws.getCell(address);
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- an ExcelJS cell
  return { type: c.type, value: c.value, formula: c.formula };
}
