/**
 * The Conflicts sheet: a one-line summary (row 1, frozen), the conflicts table from row 2, and the
 * data issues as a second table two rows below it.
 */
import type { GeneratedSheet } from "../plan";
import type { Conflict, ConflictType, Report } from "../report";
import type { Model } from "../model";
import { parseRange, rangeAddress } from "../a1";
import { SheetBuilder, tableName, wrappedLines } from "./sheet-builder";
import { DATE_FORMAT, GRID, MUTED, SUBTITLE, TABLE_HEADER, dateValue, num, whoText } from "./common";
import { dayNamesByDate } from "../shoot-day";

export const CONFLICT_COLUMNS = [
  "Severity",
  "Type",
  "Resource",
  "Date",
  "Day",
  "Items",
  "Message",
  "Suggestion",
  "Magnitude",
  "Unit",
  "Go to",
] as const;
/** Data issues sit in columns D..H: Code, Cell, Sheet, Message (under the wide Message column), Go to. */
export const DATA_ISSUE_COLUMNS = ["Code", "Cell", "Sheet", "Message", "Go to"] as const;
export const ISSUES_FIRST_COL = 4;
export const CONFLICTS_TABLE = tableName("Conflicts");
export const DATA_ISSUES_TABLE = tableName("DataIssues");
/** Row of the conflicts table header (row 1 is the summary). */
export const CONFLICTS_HEADER_ROW = 2;

const WIDTHS = [10, 17, 24, 12, 10, 18, 60, 45, 11, 16, 18];
const RESOURCE_COL = 3;
const MESSAGE_COL = 7;
const SUGGESTION_COL = 8;
const GOTO_COL = 11;

/** What a conflict's magnitude counts, per rule (contract §5: minutes short, units over capacity, money). */
export const MAGNITUDE_UNITS: Record<ConflictType, string> = {
  "double-booking": "over capacity",
  unavailable: "min",
  turnaround: "min short",
  "long-day": "min over",
  "consecutive-days": "days over",
  travel: "min short",
  dependency: "min early",
  deadline: "min late",
  "material-late": "min late",
  "budget-overrun": "over budget",
};

const SEVERITY_FILL = { error: "#F4B6B6", warning: "#FFE699" } as const;

/** Errors first, then by date (undated last), then as reported. */
export function sortConflicts(conflicts: Conflict[]): Conflict[] {
  return conflicts
    .map((c, i) => ({ c, i }))
    .sort((a, b) => {
      const s = (a.c.severity === "error" ? 0 : 1) - (b.c.severity === "error" ? 0 : 1);
      if (s) return s;
      const da = a.c.date ?? "9999";
      const db = b.c.date ?? "9999";
      return da < db ? -1 : da > db ? 1 : a.i - b.i;
    })
    .map((x) => x.c);
}

/** Where "Go to" points: the first offending cell, else the budget row of an overrun account. */
function target(c: Conflict, model: Model): { sheet: string; range: string } | null {
  const first = c.cells?.find((ref) => ref?.sheet && ref.cell);
  if (first) return { sheet: first.sheet, range: first.cell };
  if (c.type === "budget-overrun" && c.resource) {
    const line = model.budget.find((b) => b.account.toLowerCase() === c.resource?.toLowerCase());
    if (line && line.row > 0) return { sheet: line.sheet, range: `A${line.row}` };
  }
  return null;
}

function resourceText(c: Conflict, model: Model): string {
  if (c.type === "budget-overrun") {
    const line = model.budget.find((b) => b.account.toLowerCase() === c.resource?.toLowerCase());
    return line?.description ? `${c.resource} ${line.description}` : (c.resource ?? "");
  }
  return whoText(model, c.resource);
}

export function buildConflictsSheet(report: Report, model: Model, name: string): GeneratedSheet {
  const b = new SheetBuilder();
  const conflicts = sortConflicts(report.conflicts);
  const dayNames = dayNamesByDate(report.callSheets);
  const errors = conflicts.filter((c) => c.severity === "error").length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const summary =
    `${plural(errors, "error")}, ${plural(conflicts.length - errors, "warning")}, ` +
    // Not the file's name: the sheet is in the workbook it describes, and a copy checked again (the CLI's --out
    // file) must come out the same (contract §8: running twice leaves the same workbook as running once).
    `${plural(report.dataIssues.length, "data issue")}. Go to links jump to the cell.`;
  b.set(1, 1, summary);
  b.style(1, 1, 1, 1, { ...SUBTITLE, bold: true });

  const head = CONFLICTS_HEADER_ROW;
  const cols = CONFLICT_COLUMNS.length;
  b.setRow(head, 1, [...CONFLICT_COLUMNS]);
  b.style(head, 1, 1, cols, TABLE_HEADER);
  let row = head;
  for (const c of conflicts) {
    row++;
    const resource = resourceText(c, model);
    b.setRow(row, 1, [
      c.severity,
      c.type,
      resource,
      dateValue(c.date),
      // The day as its call sheet names it, so the line is found on the day's sheet.
      c.date ? (dayNames.get(c.date) ?? null) : null,
      c.items.join(", "),
      c.message,
      c.suggestion ?? null,
      num(c.magnitude),
      num(c.magnitude) === null ? null : (MAGNITUDE_UNITS[c.type] ?? null),
    ]);
    b.style(row, 1, 1, 1, { fill: SEVERITY_FILL[c.severity] ?? SEVERITY_FILL.warning, bold: c.severity === "error" });
    const t = target(c, model);
    if (t) b.link(row, GOTO_COL, t.sheet, t.range, `${t.sheet}!${t.range}`);
    // As tall as its longest text (a suggestion naming several moves runs to ten lines): printed, a row cut short
    // loses the end of the fix.
    const lines = Math.max(
      wrappedLines(resource, WIDTHS[RESOURCE_COL - 1]),
      wrappedLines(c.message, WIDTHS[MESSAGE_COL - 1]),
      wrappedLines(c.suggestion ?? "", WIDTHS[SUGGESTION_COL - 1]),
    );
    b.fitLines(row, lines);
  }
  if (conflicts.length === 0) {
    row++;
    b.set(row, MESSAGE_COL, "No conflicts found.");
    b.style(row, MESSAGE_COL, 1, 1, MUTED);
  }
  b.style(head + 1, 4, row - head, 1, { numberFormat: DATE_FORMAT, hAlign: "left" });
  b.style(head + 1, MESSAGE_COL, row - head, 2, { wrap: true });
  b.style(head + 1, RESOURCE_COL, row - head, 1, { wrap: true });
  b.style(head, 1, row - head + 1, cols, GRID);
  const conflictsRange = rangeAddress(head, 1, row - head + 1, cols);

  // Data issues: a second table two rows below, from column C so Message lines up with the wide column F.
  const issuesHead = row + 3;
  const ic = ISSUES_FIRST_COL;
  b.set(issuesHead - 1, 1, "Data issues");
  b.style(issuesHead - 1, 1, 1, 1, { bold: true, fontSize: 12 });
  b.setRow(issuesHead, ic, [...DATA_ISSUE_COLUMNS]);
  b.style(issuesHead, ic, 1, DATA_ISSUE_COLUMNS.length, TABLE_HEADER);
  row = issuesHead;
  for (const issue of report.dataIssues) {
    row++;
    b.setRow(row, ic, [issue.code, issue.cell ?? null, issue.sheet, issue.message]);
    if (issue.cell && parseRange(issue.cell)) {
      b.link(row, ic + 4, issue.sheet, issue.cell, `${issue.sheet}!${issue.cell}`);
    }
    b.fitLines(row, wrappedLines(issue.message, WIDTHS[MESSAGE_COL - 1]));
  }
  if (report.dataIssues.length === 0) {
    row++;
    b.set(row, MESSAGE_COL, "No data issues.");
    b.style(row, MESSAGE_COL, 1, 1, MUTED);
  }
  b.style(issuesHead + 1, MESSAGE_COL, row - issuesHead, 1, { wrap: true });
  b.style(issuesHead, ic, row - issuesHead + 1, DATA_ISSUE_COLUMNS.length, GRID);
  const issuesRange = rangeAddress(issuesHead, ic, row - issuesHead + 1, DATA_ISSUE_COLUMNS.length);

  return b.build("conflicts", "conflicts", name, WIDTHS, {
    table: { range: conflictsRange, name: CONFLICTS_TABLE },
    tables: [{ range: issuesRange, name: DATA_ISSUES_TABLE }],
    freeze: { rows: head, columns: 0 },
    // Go to links do nothing on paper: the print stops before them, so the text prints larger.
    print: {
      orientation: "landscape",
      fitToWidth: true,
      printArea: b.usedRange(GOTO_COL - 1),
      titleRows: `${head}:${head}`,
    },
    tabColor: errors > 0 ? "#C00000" : conflicts.length > 0 ? "#BF8F00" : "#548235",
  });
}
