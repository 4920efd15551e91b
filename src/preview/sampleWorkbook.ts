/** Builds the simulated workbook from the sample production: values, tables below title rows, formats, user fills. */
import { SimulatedExcel } from "../../test/sim-excel";
import type { SampleSheet } from "../../scripts/sample-data";

export function simFromSample(sheets: SampleSheet[]): SimulatedExcel {
  const sim = SimulatedExcel.fromSheets(sheets.map((s) => ({ name: s.name, rows: s.rows })));
  for (const s of sheets) {
    const sheet = sim.sheet(s.name);
    for (const [col, format] of Object.entries(s.formats ?? {})) {
      s.rows.forEach((row, r) => {
        const v = row[+col];
        if (typeof v === "number" && !(s.table && r <= s.table.headerRow))
          sheet.cellForWrite(r + 1, +col + 1).numberFormat = format;
      });
    }
    for (const f of s.fills ?? []) sheet.cellForWrite(f.row + 1, f.col + 1).fill = f.color;
    (s.widths ?? []).forEach((w, i) => sheet.columnWidths.set(i + 1, w * 7));
    if (s.table) {
      const header = s.table.headerRow;
      const cols = Math.max(...s.rows.slice(header).map((r) => r.length));
      sim.state.tables.push({
        id: sim.state.newId("table"),
        name: s.table.name,
        sheet,
        rect: { row: header + 1, col: 1, rows: Math.max(2, s.rows.length - header), cols },
      });
    }
  }
  return sim;
}
