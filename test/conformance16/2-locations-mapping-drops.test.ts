/**
 * Set 16, workbook 2: clauses of §1, §3 and §4 that earlier sets leave to unit tests or do not reach:
 * - §1 "a mapping saved in the workbook by the user" comes FIRST: a sheet named `Travel` that holds travel-day
 *   windows (`Resource | From | To | Kind`) is mapped to Availability in the saved settings (the `_pc_meta`
 *   registry the add-in's Setup tab / the CLI write). Without the mapping (variant) its name makes it a Travel
 *   table, which lacks Minutes.
 * - §3 Resources columns on a `Locations` sheet ("Several tables may play this role (`Cast`, `Crew`,
 *   `Equipment`, `Locations`)"): `Resource ID`, `Quantity`, `Start` (Available From).
 * - §2 "ranges of cast numbers are not expanded" (`1-3` is one token naming nobody) and §3 "unknown-resource
 *   (one per cell)" with two unknown tokens in one cell.
 * - §4 "Drop Days default 10": a gap of exactly 10 calendar days is no drop, 11 is.
 * - The Production keys Producer, UPM, 1st AD, Crew Parking, Basecamp on every call sheet.
 * Worked out by hand from the contract before the engine was run.
 *
 * Cast (SAG-AFTRA): 1 Ada Moss, 2 Ben Kahn, both Allow Drop yes.
 * Locations: LOC1 Stage 5 Quantity 2; LOC2 Backlot, Start 3/3/2026.
 */
import ExcelJS from "exceljs";
import { writeMeta } from "../../src/xlsx/meta";
import type { Report } from "../../src/core/report";
import {
  at,
  conflictKeys,
  describeReport,
  findConflict,
  nearMissHits,
  issueKeys,
  plainSheet,
  saveAndCheck,
  timeFraction as t,
  type CellInput,
  type ExpectedConflict,
  type NearMiss,
} from "../conformance/helpers";

const d = (day: number): Date => at(2026, 3, day);
const n = null;

// A ID, B Date, C Start, D End, E Cast, F Location
const STRIPS: CellInput[][] = [
  /* 2 */ ["A1", d(2), t(7), t(12), "1, 2", "Stage 5"],
  /* 3 */ ["A2", d(2), t(8), t(11), n, "Stage 5"],
  /* 4 */ ["A3", d(2), t(9), t(10), n, "Stage 5"],
  /* 5 */ ["A4", d(2), t(13), t(15), n, "Backlot"],
  /* 6 */ ["B1", d(9), t(7), t(9), "1-3", "Stage 5"],
  /* 7 */ ["B2", d(9), t(8), t(10), n, "Stage 5"],
  /* 8 */ ["C1", d(13), t(7), t(9), "1, Zed, Zoe", "Backlot"],
  /* 9 */ ["C2", d(14), t(7), t(9), "2", "Backlot"],
];

const PRODUCTION: [string, string][] = [
  ["Title", "Backlot Blues"],
  ["Producer", "Rita Gomez"],
  ["UPM", "Sal Chen"],
  ["1st AD", "Kim Obi"],
  ["Crew Parking", "Lot C"],
  ["Basecamp", "Gate 2"],
];

function buildWorkbook(withMapping: boolean): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  plainSheet(wb, "Stripboard", ["ID", "Date", "Start", "End", "Cast", "Location"], STRIPS, { timeColumns: [2, 3] });
  plainSheet(
    wb,
    "Cast",
    ["ID", "Name", "Allow Drop"],
    [
      [1, "Ada Moss", "yes"],
      [2, "Ben Kahn", "yes"],
    ],
  );
  plainSheet(
    wb,
    "Locations",
    ["Resource ID", "Name", "Quantity", "Start"],
    [
      ["LOC1", "Stage 5", 2, n],
      ["LOC2", "Backlot", n, d(3)],
    ],
  );
  plainSheet(wb, "Travel", ["Resource", "From", "To", "Kind"], [["Ada Moss", d(9), d(9), "travel"]]);
  const prod = wb.addWorksheet("Production");
  for (const row of PRODUCTION) prod.addRow(row);
  if (withMapping) writeMeta(wb, [], { mappings: { Travel: { role: "availability" } } });
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "double-booking",
    severity: "error",
    resource: "LOC1",
    items: ["A1", "A2", "A3"],
    date: "2026-03-02",
    magnitude: 1,
    why: "Stage 5 Quantity 2: three at once 09:00-10:00 (peak 1 over)",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "LOC2",
    items: ["A4"],
    date: "2026-03-02",
    magnitude: 120,
    why: "Backlot's Start (Available From) is 3/3: 13:00-15:00 on 3/2",
  },
];

const NEAR_MISSES: NearMiss[] = [
  { type: "double-booking", items: ["B1", "B2"], why: "two at once on a Quantity 2 stage (any resource name)" },
  { type: "unavailable", items: ["C1"], why: "3/13 is after Available From 3/3" },
];

/**
 * Found by this set and fixed in the engine: a `Locations` sheet was read with its own column list, which lacked
 * the §3 Resources aliases `Resource ID`, `Quantity` and `Start` (Available From), so Stage 5 had no ID
 * (conflicts named `Stage 5`), Capacity 1 (B1+B2 double-booked, A1-A3 over by 2) and Backlot no Available From.
 * Contract §3: "Several tables may play this role (`Cast`, `Crew`, `Equipment`, `Locations`); their rows are
 * merged." followed by the Resources columns and aliases.
 */
function locationConflictTests(report: () => Report): void {
  test("conflicts match finding for finding (Locations read with the Resources aliases)", () => {
    expect(conflictKeys(report().conflicts)).toEqual(conflictKeys(EXPECTED));
  });
  for (const want of EXPECTED) {
    test(`finds ${want.type} ${want.resource}: ${want.why}`, () => {
      const found = findConflict(report(), want);
      expect(found).toBeDefined();
      expect(found?.magnitude).toBe(want.magnitude);
    });
  }
  test(`no double-booking B1+B2: ${NEAR_MISSES[0].why}`, () => {
    expect(nearMissHits(report(), NEAR_MISSES[0])).toEqual([]);
  });
  test(`no unavailable C1: ${NEAR_MISSES[1].why}`, () => {
    expect(nearMissHits(report(), NEAR_MISSES[1])).toEqual([]);
  });
}

const DAYS = ["2026-03-02", "2026-03-09", "2026-03-13", "2026-03-14"];

describeReport(
  "conformance16 / 2-locations-mapping-drops: saved mapping, Locations columns, ranges, Drop Days default",
  () => saveAndCheck(buildWorkbook(true), "2-locations-mapping-drops.xlsx", "conformance16"),
  {
    issues: {
      title: "data issues: `1-3` is one unknown token; two unknown tokens in one cell are one issue",
      keys: ["unknown-resource | Stripboard | E6", "unknown-resource | Stripboard | E8"],
    },
    dood: {
      title: "DOOD: Ada 3/2 -> 3/13 is a gap of 10 (no drop, travel window T); Ben 3/2 -> 3/14 is 11 (drop)",
      days: DAYS,
      rows: [
        { resource: "1", codes: ["SW", "T", "WF", ""], work: 2, hold: 0, travel: 1 },
        { resource: "2", codes: ["SWD", "", "", "PWF"], work: 2, hold: 0 },
      ],
    },
  },
  (report) => {
    locationConflictTests(report);
    test("every Production value (Producer, UPM, 1st AD, Crew Parking, Basecamp) reaches every call-sheet header", () => {
      expect(report().callSheets).toHaveLength(4);
      for (const sheet of report().callSheets) {
        const values = Object.values(sheet.header);
        for (const [, v] of PRODUCTION) expect(values).toContain(v);
      }
    });
    test("the locations are resources of Type location: 2 cast + 2 locations", () => {
      expect(report().summary.resources).toBe(4);
    });
  },
);

describeReport(
  "conformance16 / 2-locations-mapping-drops, variant without the saved mapping: `Travel` is a Travel table",
  () => saveAndCheck(buildWorkbook(false), "2b-no-mapping.xlsx", "conformance16"),
  {
    dood: {
      title: "DOOD: no travel window now, so Ada's 3/9 is a plain hold",
      days: DAYS,
      rows: [
        { resource: "1", codes: ["SW", "H", "WF", ""], work: 2, hold: 1 },
        { resource: "2", codes: ["SWD", "", "", "PWF"], work: 2, hold: 0 },
      ],
    },
  },
  (report) => {
    locationConflictTests(report);
    test("data issues: the two unknown-resource plus one missing-column (Minutes) on Travel", () => {
      const keys = issueKeys(report().dataIssues).map((k) => k.split(" | ").slice(0, 2).join(" | "));
      expect(keys.sort()).toEqual(
        ["missing-column | Travel", "unknown-resource | Stripboard", "unknown-resource | Stripboard"].sort(),
      );
    });
  },
);
