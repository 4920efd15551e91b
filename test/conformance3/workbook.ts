/**
 * Set 3 helpers: a saver that writes to test-output/conformance3 and runs the real pipeline on the saved file,
 * plus the shared assertions every set-3 workbook makes. Comparison helpers come from set 1, sheet builders
 * from set 2 (imported, not copied).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { readWorkbookFile } from "../../src/xlsx/read";
import { check } from "../../src/core/check";
import type { Report } from "../../src/core/report";
import { conflictKeys, findConflict, nearMissHits, type ExpectedConflict, type NearMiss } from "../conformance/helpers";

export const OUTPUT_DIR_3 = path.join(__dirname, "..", "..", "test-output", "conformance3");

/** Saves the workbook where people can open it, reads the saved file the way the CLI does and checks it. */
export async function saveAndCheck3(wb: ExcelJS.Workbook, fileName: string): Promise<Report> {
  fs.mkdirSync(OUTPUT_DIR_3, { recursive: true });
  const file = path.join(OUTPUT_DIR_3, fileName);
  await wb.xlsx.writeFile(file);
  const { snapshot } = await readWorkbookFile(file);
  return check(snapshot).report;
}

/**
 * The conflict assertions of one workbook: the whole set (no misses, no extras), each expected finding with its
 * magnitude where the unit is clear, and each near miss absent.
 */
export function describeConflicts(getReport: () => Report, expected: ExpectedConflict[], nearMisses: NearMiss[]): void {
  test("conflicts match finding for finding (no misses, no extras)", () => {
    expect(conflictKeys(getReport().conflicts)).toEqual(conflictKeys(expected));
  });

  if (expected.length > 0) {
    test.each(expected.map((e) => [`${e.type} ${e.resource ?? ""} ${e.date ?? ""}: ${e.why}`, e] as const))(
      "finds %s",
      (_name, want) => {
        const found = findConflict(getReport(), want);
        expect(found).toBeDefined();
        if (want.magnitude !== undefined) expect(found?.magnitude).toBe(want.magnitude);
      },
    );
  }

  if (nearMisses.length > 0) {
    test.each(nearMisses.map((m) => [`${m.type} ${m.resource ?? ""} ${m.items.join("+")}: ${m.why}`, m] as const))(
      "no %s",
      (_name, miss) => {
        expect(nearMissHits(getReport(), miss)).toEqual([]);
      },
    );
  }
}
