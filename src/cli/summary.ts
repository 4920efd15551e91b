/** The human summary printed by `check` and the demo: counts by type, then the first findings one line each. */
import type { Report } from "../core/report";

export function formatSummary(report: Report, maxFindings = 10): string {
  const s = report.summary;
  const lines: string[] = [];
  const title = report.workbook ? `${report.workbook}: ` : "";
  lines.push(
    `${title}${s.items} items, ${s.resources} resources; ${s.errors} error(s), ${s.warnings} warning(s), ` +
      `${s.dataIssues} data issue(s)`,
  );
  const byType = new Map<string, number>();
  for (const c of report.conflicts) byType.set(c.type, (byType.get(c.type) ?? 0) + 1);
  if (byType.size > 0) {
    lines.push("By type:");
    for (const [type, n] of [...byType].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
      lines.push(`  ${type.padEnd(18)} ${n}`);
    }
  }
  const shown = report.conflicts.slice(0, maxFindings);
  if (shown.length > 0) {
    lines.push("First findings:");
    for (const c of shown) {
      const where = [c.date, c.resource, c.items.length ? c.items.join(", ") : undefined].filter(Boolean).join(" | ");
      lines.push(`  [${c.severity}] ${c.type}${where ? ` (${where})` : ""}: ${oneLine(c.message)}`);
    }
    if (report.conflicts.length > shown.length) lines.push(`  ... and ${report.conflicts.length - shown.length} more`);
  }
  const issues = report.dataIssues.slice(0, Math.max(3, Math.floor(maxFindings / 2)));
  if (issues.length > 0) {
    lines.push("Data issues:");
    for (const d of issues) lines.push(`  ${d.sheet}${d.cell ? `!${d.cell}` : ""} ${d.code}: ${oneLine(d.message)}`);
    if (report.dataIssues.length > issues.length)
      lines.push(`  ... and ${report.dataIssues.length - issues.length} more`);
  }
  if (report.conflicts.length === 0 && report.dataIssues.length === 0) lines.push("No conflicts found.");
  return lines.join("\n");
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
