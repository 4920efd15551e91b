import ExcelJS from "exceljs";
import * as path from "path";
import { buildSampleWorkbook } from "../../../scripts/make-sample";
import { PLANTED_CONFLICTS, sampleSheets } from "../../../scripts/sample-data";
import { check } from "../../../src/core/check";
import { snapshotFromExcelJS } from "../../../src/xlsx/read";
import { dumpWorkbook, roundTrip } from "../xlsx/dump";

describe("the sample production", () => {
  test("assets/sample-production.xlsx is what scripts/make-sample.ts writes (rerun `npm run sample`)", async () => {
    const committed = new ExcelJS.Workbook();
    await committed.xlsx.readFile(path.resolve(__dirname, "../../../assets/sample-production.xlsx"));
    expect(dumpWorkbook(committed)).toEqual(dumpWorkbook(await roundTrip(buildSampleWorkbook())));
    expect(committed.created.toISOString()).toBe("2026-02-24T09:00:00.000Z");
  });

  test("has about 45 strips over ten shoot days, Mon-Fri twice", () => {
    const schedule = sampleSheets().find((s) => s.name === "Schedule")!;
    const strips = schedule.rows.slice(schedule.table!.headerRow + 1);
    expect(strips.length).toBeGreaterThanOrEqual(40);
    expect(new Set(strips.map((r) => r[1])).size).toBe(10);
  });

  test("every planted conflict type is found, with no data issues", async () => {
    const { report } = check(snapshotFromExcelJS(await roundTrip(buildSampleWorkbook()), "sample.xlsx"));
    const counts: Record<string, number> = {};
    for (const c of report.conflicts) counts[c.type] = (counts[c.type] ?? 0) + 1;
    const planted: Record<string, number> = {};
    for (const p of PLANTED_CONFLICTS) planted[p.type] = (planted[p.type] ?? 0) + 1;
    expect(counts).toEqual(planted);
    expect(report.dataIssues).toEqual([]);
    expect(report.callSheets).toHaveLength(10);
    // Samuel (6, Allow Drop) works day 1 and day 10: a drop and pickup.
    const samuel = report.dood.rows.find((r) => r.resource === "6")!;
    // Drop and pickup codes (SWD/WD ... PW/PWF): the days between are blank, not holds.
    expect(samuel.codes.some((c) => /WD$/.test(c))).toBe(true);
    expect(samuel.codes.some((c) => /^PW/.test(c))).toBe(true);
    expect(samuel.codes).not.toContain("H");
  });
});
