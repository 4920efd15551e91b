/**
 * Workbook 4: a messy schedule. Every problem must become a data issue naming sheet and cell, and the rest of
 * the workbook must still be checked. Expectations are worked out by hand from the contract.
 */
import ExcelJS from "exceljs";
import {
  at,
  callSheetView,
  describeReport,
  issueKeys,
  plainSheet,
  saveAndCheck,
  styleHeader,
  type ExpectedConflict,
  type ExpectedDoodRow,
  type ExpectedIssue,
  type NearMiss,
} from "./helpers";

const NA_LOOKUP: ExcelJS.CellValue = {
  formula: "VLOOKUP(A4,Lookup!A:B,2,FALSE)",
  result: { error: "#N/A" },
} as ExcelJS.CellValue;

// Excel row -> [ID, Date, Start, End, Cast, Depends On]; row 14 is left blank on purpose.
const ROWS: [number, ExcelJS.CellValue[]][] = [
  [2, ["M1", at(2026, 3, 2), "08:00", "10:00", "1", null]],
  [3, ["M2", "31/02/2026", "08:00", "09:00", null, null]],
  [4, ["M3", at(2026, 3, 2), "11:00", "12:00", NA_LOOKUP, null]],
  [5, ["M1", at(2026, 3, 3), null, null, null, null]],
  [6, ["M5", at(2026, 3, 3), "09:00", "11:00", "1, 9", null]],
  [7, ["M6", at(2026, 3, 3), "10:00", "12:00", "9", null]],
  [8, ["M7", at(2026, 3, 4), null, { error: "#REF!" } as ExcelJS.CellValue, null, "M99"]],
  [9, ["M8", at(2026, 3, 4), null, null, null, "M9"]],
  [10, ["M9", at(2026, 3, 4), null, null, null, "M8"]],
  [11, ["M10", "2 Mar 2026", "7a", "1900", 2, null]],
  [12, ["M11", "Mon, March 2, 2026", "19:15", "20:00", "2", null]],
  [13, ["M12", at(2026, 3, 4), "25:99", null, null, null]],
  [15, ["M13", at(2026, 3, 4), "13:00", "14:00", null, null]],
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Schedule");
  ws.getRow(1).values = ["ID", "Date", "Start", "End", "Cast", "Depends On"];
  styleHeader(ws.getRow(1));
  for (const [r, values] of ROWS) {
    const row = ws.getRow(r);
    row.values = values;
    if (values[1] instanceof Date) row.getCell(2).numFmt = "m/d/yyyy";
  }
  ws.columns.forEach((c) => (c.width = 14));
  plainSheet(
    wb,
    "Cast",
    ["Cast #", "Actor"],
    [
      [1, "Ada Ray"],
      [2, "Cy Fox"],
    ],
  );
  return wb;
}

const EXPECTED_ISSUES: ExpectedIssue[] = [
  { code: "bad-date", sheet: "Schedule", cell: "B3" }, // 31/02/2026: no February 31st in either order
  { code: "cell-error", sheet: "Schedule", cell: "E4" }, // #N/A from a lookup, in a list column
  { code: "cell-error", sheet: "Schedule", cell: "D8" }, // #REF! in a time column
  { code: "duplicate-id", sheet: "Schedule", cell: "A5" }, // the second M1
  { code: "unknown-resource", sheet: "Schedule", cell: "E6" }, // cast 9 is not on the Cast sheet
  { code: "unknown-resource", sheet: "Schedule", cell: "E7" }, // one per cell
  { code: "unknown-dependency", sheet: "Schedule", cell: "F8" }, // M99
  { code: "bad-time", sheet: "Schedule", cell: "C13" }, // 25:99
];
/** The contract does not say on which of the two cells a 2-item cycle is reported. */
const CYCLE_CELLS = ["F9", "F10"];

const EXPECTED: ExpectedConflict[] = [
  {
    type: "double-booking",
    severity: "error",
    resource: "9",
    items: ["M5", "M6"],
    date: "2026-03-03",
    magnitude: 1,
    why: "the unknown token 9 still acts as a capacity-1 resource: 09:00-11:00 and 10:00-12:00 overlap",
  },
];

const NEAR_MISSES: NearMiss[] = [
  { type: "dependency", items: ["M8", "M9"], why: "the cycle is a data issue; both are date-only on the same date" },
  { type: "turnaround", resource: "1", items: ["M1", "M5"], why: "10:00 -> 09:00 next day is 23 h" },
  {
    type: "double-booking",
    resource: "2",
    items: ["M10", "M11"],
    why: "7a-1900 (19:00) and 19:15-20:00 do not overlap",
  },
];

const EXPECTED_DOOD_ROWS: ExpectedDoodRow[] = [
  { resource: "1", codes: ["SW", "WF", ""], work: 2, hold: 0 },
  { resource: "2", codes: ["SWF", "", ""], work: 1, hold: 0 },
];

describeReport(
  "conformance: a messy schedule (bad cells become data issues, the rest is still checked)",
  () => saveAndCheck(buildWorkbook(), "4-messy-schedule.xlsx"),
  {
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
    dood: {
      title: "DOOD: text dates in three forms land on the right day; the bad-date row makes no shoot day",
      days: ["2026-03-02", "2026-03-03", "2026-03-04"],
      rows: EXPECTED_DOOD_ROWS,
    },
  },
  (report) => {
    test.each(EXPECTED_ISSUES.map((i) => [`${i.code} at ${i.sheet}!${i.cell}`, i] as const))(
      "reports %s",
      (_name, issue) => {
        expect(issueKeys(report().dataIssues)).toContain(issueKeys([issue])[0]);
      },
    );

    test("a 2-item dependency cycle is reported on one of its Depends On cells", () => {
      const cycles = report().dataIssues.filter((i) => i.code === "dependency-cycle");
      expect(cycles.length).toBeGreaterThanOrEqual(1);
      for (const c of cycles) {
        expect(c.sheet).toBe("Schedule");
        expect(CYCLE_CELLS).toContain(c.cell);
      }
    });

    test("no other data issues", () => {
      const rest = report().dataIssues.filter((i) => i.code !== "dependency-cycle");
      expect(issueKeys(rest)).toEqual(issueKeys(EXPECTED_ISSUES));
    });

    test("every data issue has a message naming something the user can find", () => {
      for (const issue of report().dataIssues) expect(issue.message.trim().length).toBeGreaterThan(0);
    });

    test("call sheets: 7a and 19:15 text times give the calls", () => {
      const sheets = callSheetView(report());
      expect(sheets.map((s) => s.date)).toEqual(["2026-03-02", "2026-03-03", "2026-03-04"]);
      expect(sheets[0]).toEqual({
        date: "2026-03-02",
        items: ["M1", "M10", "M11", "M3"],
        cast: [
          { resource: "1", status: "SW", call: "08:00" },
          { resource: "2", status: "SWF", call: "07:00" },
        ],
      });
      // The unknown token 9 acts as a resource of Type other (contract §3): it is not cast.
      expect(sheets[1].cast).toEqual([{ resource: "1", status: "WF", call: "09:00" }]);
      // Whether the row with the bad Start (M12) stays as a date-only item is not fixed by the contract.
      expect(sheets[2].items).toEqual(expect.arrayContaining(["M13", "M7", "M8", "M9"]));
      expect(sheets[2].cast).toEqual([]);
    });
  },
);
