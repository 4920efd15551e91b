/**
 * Set 13's helper for workbook 3: reads a saved workbook the way the CLI does and prints the report's conflicts,
 * DOOD and call-sheet calls as JSON. The test runs it in a child process with TZ set to a zone with a daylight
 * saving change (jest cannot change the time zone of its own process), because §2 says "All local wall-clock
 * time: no time zones are applied anywhere": the machine's zone must not move a single minute.
 * Usage: tsx test/conformance13/tz-check.ts <file.xlsx>
 */
import { readWorkbookFile } from "../../src/xlsx/read";
import { check } from "../../src/core/check";

async function main(): Promise<void> {
  const file = process.argv[2];
  const { snapshot } = await readWorkbookFile(file);
  const report = check(snapshot).report;
  const out = {
    tz: process.env.TZ,
    offsetMarch1: new Date(Date.UTC(2026, 2, 1, 12)).getTimezoneOffset(),
    offsetMarch9: new Date(Date.UTC(2026, 2, 9, 12)).getTimezoneOffset(),
    conflicts: report.conflicts.map((c) => ({
      type: c.type,
      severity: c.severity,
      resource: c.resource,
      items: c.items,
      date: c.date,
      magnitude: c.magnitude,
    })),
    dataIssues: report.dataIssues.map((i) => ({ code: i.code, sheet: i.sheet, cell: i.cell })),
    dood: report.dood,
    calls: report.callSheets.map((s) => ({
      date: s.date,
      sheet: s.sheet,
      cast: s.cast.map((c) => [c.resource, c.status, c.call]),
    })),
  };
  process.stdout.write(JSON.stringify(out));
}

main().catch((e: unknown) => {
  process.stderr.write(String(e instanceof Error ? e.stack : e));
  process.exit(1);
});
