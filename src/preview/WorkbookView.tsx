/** Read-only view of the simulated workbook: sheet tabs and a grid with fills, highlights and the selection. */
import { useEffect, useState } from "react";
import { SimSheet, colLetters, intersects, type Rect, type SimCell, type SimState } from "../../test/sim-excel/state";

/** Enough to see a schedule or a call sheet; larger sheets are cut (and say so). */
const MAX_ROWS = 80;
const MAX_COLS = 26;
const EPOCH_MS = Date.UTC(1899, 11, 30);

function formatNumber(value: number, format: string | undefined): string {
  const f = (format ?? "").toLowerCase();
  const isDate = /y|d\/|m\/d|mmm/.test(f);
  const isTime = /h/.test(f);
  if (isDate || isTime) {
    const iso = new Date(EPOCH_MS + Math.round(value * 86400000)).toISOString();
    if (isDate && isTime) return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
    return isDate ? iso.slice(0, 10) : iso.slice(11, 16);
  }
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

function display(cell: SimCell | undefined): string {
  if (!cell || cell.value === null) return "";
  if (typeof cell.value === "object") return cell.value.error;
  if (typeof cell.value === "number") return formatNumber(cell.value, cell.numberFormat);
  if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
  return cell.value;
}

/** The fill shown: a conditional-format highlight wins over the cell's own fill, as in Excel. */
function fillOf(
  sheet: SimSheet,
  row: number,
  col: number,
  cell: SimCell | undefined,
): { fill?: string; highlighted: boolean } {
  const here: Rect = { row, col, rows: 1, cols: 1 };
  for (const cf of sheet.conditionalFormats) {
    if (cf.fill && cf.areas.some((a) => intersects(a, here))) return { fill: cf.fill, highlighted: true };
  }
  return { fill: cell?.fill, highlighted: false };
}

export interface WorkbookViewProps {
  state: SimState;
  /** Bumped after every action the pane takes, so the view re-reads the state. */
  version: number;
}

export function WorkbookView({ state, version }: WorkbookViewProps) {
  const sheets = state.liveSheets();
  const [active, setActive] = useState(sheets[0]?.name ?? "");
  const selection = state.selection && !state.selection.sheet.deleted ? state.selection : null;

  // Follow the selection the pane makes (clicking a finding), and fall back when a sheet is deleted.
  useEffect(() => {
    if (selection) setActive(selection.sheet.name);
  }, [selection, version]);
  // Bring the selected cells into view, as Excel scrolls to a selection.
  useEffect(() => {
    document.querySelector(".wb-grid td.wb-selected")?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [selection, version, active]);
  const sheet = state.findSheet(active) ?? sheets[0];
  if (!sheet) return <p>Empty workbook.</p>;

  const used = sheet.usedRect(false);
  const rows = used ? Math.min(used.row + used.rows - 1, MAX_ROWS) : 0;
  const cols = used ? Math.min(used.col + used.cols - 1, MAX_COLS) : 0;
  const sel = selection && selection.sheet === sheet ? selection.rect : null;

  return (
    <div className="wb" data-version={version}>
      <div role="tablist" aria-label="Worksheets" className="wb-tabs">
        {sheets.map((s) => (
          <button
            key={s.id}
            role="tab"
            type="button"
            aria-selected={s === sheet}
            className={s === sheet ? "wb-tab wb-tab-active" : "wb-tab"}
            style={s.tabColor ? { borderTopColor: s.tabColor } : undefined}
            data-sheet={s.name}
            onClick={() => setActive(s.name)}
          >
            {s.name}
          </button>
        ))}
      </div>
      <div className="wb-grid-wrap" role="region" aria-label={`Sheet ${sheet.name}`} tabIndex={0}>
        <table className="wb-grid" aria-readonly="true">
          <thead>
            <tr>
              <th />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} scope="col">
                  {colLetters(c + 1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th scope="row">{r + 1}</th>
                {Array.from({ length: cols }, (_, c) => {
                  const cell = sheet.cell(r + 1, c + 1);
                  const { fill, highlighted } = fillOf(sheet, r + 1, c + 1, cell);
                  const selected = !!sel && intersects(sel, { row: r + 1, col: c + 1, rows: 1, cols: 1 });
                  return (
                    <td
                      key={c}
                      className={selected ? "wb-selected" : undefined}
                      data-cell={`${colLetters(c + 1)}${r + 1}`}
                      data-highlight={highlighted || undefined}
                      style={{
                        backgroundColor: fill || undefined,
                        fontWeight: cell?.font?.bold ? 600 : undefined,
                        color: cell?.font?.color || undefined,
                      }}
                    >
                      {display(cell)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {used && (used.row + used.rows - 1 > MAX_ROWS || used.col + used.cols - 1 > MAX_COLS) && (
          <p className="wb-note">
            Showing the first {MAX_ROWS} rows and {MAX_COLS} columns.
          </p>
        )}
      </div>
    </div>
  );
}
