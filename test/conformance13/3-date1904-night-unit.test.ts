/**
 * Set 13, workbook 3: a night unit's board in a `date1904` workbook (old Mac Excel), on a plain range `Night Unit`
 * placed by its headers, with no ID column (`row:N`) and a `Day` column (call sheets `Call Sheet Day N`). Start/End
 * are date-time cells, several on the calendar day after the row's Date (the night's after-midnight strips dated
 * with the night's date), or time fractions. The week crosses the US daylight-saving change of Sunday 3/8/2026
 * 02:00: the workbook is checked in this process and again in a child process with TZ=America/Los_Angeles, and
 * both must give the same wall-clock answers (§2: "All local wall-clock time: no time zones are applied
 * anywhere"). Availability windows are 1904 date-time cells. Expectations were worked out by hand from the
 * contract (see each `why`) before the engine was run.
 *
 * Cast (SAG-AFTRA: 12 h rest, 14 h day): 1 Lena Roy, 2 Marc Hill (Makeup 90), 3 Nora Fay (Makeup 45).
 * Crew (IATSE: 10 h rest, 14 h day; Name only, so the resource is the Name): Otto Vance, Pam Wu.
 */
import { execFileSync } from "child_process";
import * as path from "path";
import ExcelJS from "exceljs";
import {
  at,
  conflictKeys,
  describeReport,
  plainSheet,
  saveAndCheck,
  timeFraction,
  type CellInput,
  type ExpectedCallSheet,
  type ExpectedConflict,
  type ExpectedDoodRow,
  type NearMiss,
} from "../conformance/helpers";

const t = timeFraction;
const HEADERS = ["Day", "Scene", "Date", "Start", "End", "Cast", "Crew", "Due"];

// Excel rows 2..11 (no ID column: the items are row:2 .. row:11).
const BOARD: CellInput[][] = [
  // Day 1, Sat 3/7: the night runs through the 02:00 -> 03:00 clock change (wall clock: no change).
  [1, "10", at(2026, 3, 7), at(2026, 3, 7, 14), at(2026, 3, 8, 4, 1), null, "Otto Vance"], // row:2
  [1, "11", at(2026, 3, 7), t(14), t(4), null, "Pam Wu"], // row:3
  [1, "12", at(2026, 3, 7), t(18), t(22), "1", null], // row:4
  // Day 2, Sun 3/8.
  [2, "20", at(2026, 3, 8), t(10), t(16), "1", null], // row:5
  [2, "21", at(2026, 3, 8), at(2026, 3, 8, 14), at(2026, 3, 8, 20), null, "Otto Vance, Pam Wu"], // row:6
  // Day 3, Mon 3/9: a night whose second strip is entirely on the calendar 3/10, dated 3/9.
  [3, "30", at(2026, 3, 9), at(2026, 3, 9, 22), at(2026, 3, 10), "1", "Pam Wu"], // row:7
  [3, "31", at(2026, 3, 9), at(2026, 3, 10, 0, 30), at(2026, 3, 10, 5), "1, 2", "Pam Wu"], // row:8
  // Day 4, Tue 3/10.
  [4, "40", at(2026, 3, 10), t(15), t(20), "2", null], // row:9
  // Day 5, Wed 3/11: a strip dated by the calendar that starts at 12:15 AM.
  [5, "50", at(2026, 3, 11), t(0, 15), t(6), "3", null], // row:10
  // Due is a date-time cell shown `3/12/2026 0:00` (its serial has no fraction: midnight).
  [5, "51", at(2026, 3, 11), t(18), t(0, 30), "1", null, at(2026, 3, 12)], // row:11
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = true;
  const board = plainSheet(wb, "Night Unit", HEADERS, BOARD, { timeColumns: [3, 4], dateFormat: "ddd m/d/yyyy" });
  board.getCell("H11").numFmt = "m/d/yyyy h:mm";
  plainSheet(
    wb,
    "Cast",
    ["Cast #", "Name", "Makeup"],
    [
      [1, "Lena Roy", null],
      [2, "Marc Hill", 90],
      [3, "Nora Fay", 45],
    ],
  );
  plainSheet(
    wb,
    "Crew",
    ["Name", "Position"],
    [
      ["Otto Vance", "Gaffer"],
      ["Pam Wu", "Key Grip"],
    ],
  );
  plainSheet(
    wb,
    "Availability",
    ["Resource", "From", "To", "Kind"],
    [
      ["Lena Roy", at(2026, 3, 10, 4), at(2026, 3, 10, 4, 30), "unavailable"],
      ["Marc Hill", at(2026, 3, 10, 5), at(2026, 3, 10, 13, 30), "unavailable"],
      ["Nora Fay", at(2026, 3, 10, 18), at(2026, 3, 10, 23, 30), "unavailable"],
    ],
  );
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "long-day",
    severity: "warning",
    resource: "Otto Vance",
    items: ["row:2"],
    date: "2026-03-07",
    magnitude: 1,
    why: "3/7 14:00 -> 3/8 04:01 (date-time cells) is 14 h 1 min of wall clock (13 h 1 min of elapsed time in Los Angeles)",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "Otto Vance",
    items: ["row:2", "row:6"],
    date: "2026-03-08",
    magnitude: 1,
    why: "3/8 04:01 -> 14:00 is 9 h 59 min of IATSE's 10 h",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "1",
    items: ["row:8"],
    date: "2026-03-09",
    why: "row:8 (dated 3/9) runs 3/10 00:30-05:00 over Lena's 3/10 04:00-04:30 window: dated by the item's Date",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "2",
    items: ["row:8", "row:9"],
    date: "2026-03-10",
    magnitude: 210,
    why: "Marc wraps 3/10 05:00 (a 3/9 strip), calls 15:00 - Makeup 90 = 13:30: 8 h 30 of 12",
  },
];

/**
 * A Deadline cell holding 3/12/2026 00:00 (a whole serial) formatted `m/d/yyyy h:mm`: the coordinator sees and
 * means midnight at the start of 3/12, so a strip wrapping 00:30 is 30 min late. §5's "a date-only Deadline means
 * the end of that day" would give 24 h more if the cell were read as a date only.
 */
const MIDNIGHT_DUE: ExpectedConflict = {
  type: "deadline",
  severity: "error",
  resource: undefined,
  items: ["row:11"],
  date: "2026-03-11",
  magnitude: 30,
  why: "row:11 wraps 3/12 00:30; Due cell `3/12/2026 0:00` (date-time format) is 3/12 00:00",
};

const NEAR_MISSES: NearMiss[] = [
  {
    type: "long-day",
    resource: "Pam Wu",
    items: ["row:3"],
    why: "14:00 -> 4:00 (time fractions) is exactly 14 h of wall clock",
  },
  { type: "turnaround", resource: "Pam Wu", items: ["row:3", "row:6"], why: "3/8 04:00 -> 14:00 is exactly 10 h" },
  {
    type: "turnaround",
    resource: "1",
    items: ["row:4", "row:5"],
    why: "Lena 3/7 22:00 -> 3/8 10:00 is exactly 12 h of wall clock (11 h elapsed)",
  },
  { type: "long-day", resource: "1", items: ["row:7", "row:8"], why: "Lena on 3/9: 22:00 -> 3/10 05:00 is 7 h" },
  {
    type: "double-booking",
    resource: "Pam Wu",
    items: ["row:7", "row:8"],
    why: "row:7 ends 3/10 00:00, row:8 starts 00:30",
  },
  { type: "turnaround", resource: "1", items: ["row:8", "row:11"], why: "Lena 3/10 05:00 -> 3/11 18:00" },
  { type: "long-day", resource: "1", items: ["row:11"], why: "Lena 3/11 18:00 -> 00:30 is 6 h 30" },
  { type: "unavailable", resource: "2", items: ["row:8"], why: "row:8 ends 3/10 05:00 when Marc's window starts" },
  {
    type: "unavailable",
    resource: "2",
    items: ["row:9"],
    why: "Marc's window ends 13:30; row:9 starts 15:00 (Makeup is no item time)",
  },
  {
    type: "unavailable",
    resource: "3",
    items: ["row:10"],
    why: "Nora's window ends 3/10 23:30; row:10 starts 3/11 00:15",
  },
  { type: "long-day", resource: "3", items: ["row:10"], why: "Nora 3/11: 3/10 23:30 call -> 06:00 is 6 h 30" },
];

const DAYS = ["2026-03-07", "2026-03-08", "2026-03-09", "2026-03-10", "2026-03-11"];

const EXPECTED_DOOD_ROWS: ExpectedDoodRow[] = [
  // row:8 is 3/9's work although it runs on the calendar 3/10; Lena has nothing dated 3/10.
  { resource: "1", codes: ["SW", "W", "W", "H", "WF"], work: 4, hold: 1, start: "2026-03-07", finish: "2026-03-11" },
  { resource: "2", codes: ["", "", "SW", "WF", ""], work: 2, hold: 0, start: "2026-03-09", finish: "2026-03-10" },
  { resource: "3", codes: ["", "", "", "", "SWF"], work: 1, hold: 0, start: "2026-03-11", finish: "2026-03-11" },
];

const EXPECTED_CALL_SHEETS: ExpectedCallSheet[] = [
  { date: "2026-03-07", items: ["row:2", "row:3", "row:4"], cast: [{ resource: "1", status: "SW", call: "18:00" }] },
  { date: "2026-03-08", items: ["row:5", "row:6"], cast: [{ resource: "1", status: "W", call: "10:00" }] },
  {
    date: "2026-03-09",
    items: ["row:7", "row:8"],
    cast: [
      { resource: "1", status: "W", call: "22:00" },
      // First Start 3/10 00:30 less Makeup 90: 3/9 23:00.
      { resource: "2", status: "SW", call: "23:00" },
    ],
  },
  { date: "2026-03-10", items: ["row:9"], cast: [{ resource: "2", status: "WF", call: "13:30" }] },
  {
    date: "2026-03-11",
    items: ["row:10", "row:11"],
    cast: [
      { resource: "1", status: "WF", call: "18:00" },
      // 12:15 AM less Makeup 45: 23:30 the evening before, on Day 5's sheet.
      { resource: "3", status: "SWF", call: "23:30" },
    ],
  },
];

const SHEET_NAMES = DAYS.map((date, i) => ({ date, sheet: `Call Sheet Day ${i + 1}` }));
const FILE = path.join(__dirname, "..", "..", "test-output", "conformance13", "3-date1904-night-unit.xlsx");

interface ChildOutput {
  tz: string;
  offsetMarch1: number;
  offsetMarch9: number;
  conflicts: (ExpectedConflict & { magnitude?: number })[];
  dataIssues: unknown[];
  dood: { days: string[]; rows: ExpectedDoodRow[] };
  calls: { date: string; sheet: string; cast: [string, string, string | null][] }[];
}

describeReport(
  "conformance set 13 / 3: a 1904 night unit over the daylight-saving weekend, date-time cells on the next day",
  () => saveAndCheck(buildWorkbook(), "3-date1904-night-unit.xlsx", "conformance13"),
  {
    issues: { title: "1904 date-time cells and time fractions: no data issues", keys: [] },
    conflicts: [...EXPECTED, MIDNIGHT_DUE],
    nearMisses: NEAR_MISSES,
    dood: { title: "DOOD: after-midnight strips count on the night's Date", days: DAYS, rows: EXPECTED_DOOD_ROWS },
    callSheets: {
      title: "call sheets Day 1..5: calls before midnight for after-midnight Starts",
      sheets: EXPECTED_CALL_SHEETS,
      names: SHEET_NAMES,
    },
  },
  (report) => {
    // Was an engine disagreement: a midnight date-time cell is a whole serial, once read as a date-only Due (the end
    // of 3/12). Its number format (`m/d/yyyy h:mm`, the snapshot's format hint) now says midnight.
    test("a Due cell shown `3/12/2026 0:00` is midnight: row:11 wrapping 00:30 is 30 min late", () => {
      const found = report().conflicts.find((c) => c.type === "deadline" && c.items.includes("row:11"));
      expect(found?.date).toBe(MIDNIGHT_DUE.date);
      expect(found?.magnitude).toBe(MIDNIGHT_DUE.magnitude);
    });

    describe("the same file checked with TZ=America/Los_Angeles (DST starts 3/8/2026 02:00)", () => {
      let child: ChildOutput | undefined;
      beforeAll(() => {
        const tsx = path.join(__dirname, "..", "..", "node_modules", ".bin", "tsx");
        const out = execFileSync(tsx, [path.join(__dirname, "tz-check.ts"), FILE], {
          env: { ...process.env, TZ: "America/Los_Angeles" },
          encoding: "utf8",
          timeout: 60000,
        });
        child = JSON.parse(out) as ChildOutput;
      });
      const got = (): ChildOutput => {
        if (!child) throw new Error("the child check did not run");
        return child;
      };

      test("the child process really runs in a zone that changes offset that week", () => {
        expect(got().offsetMarch1).toBe(480);
        expect(got().offsetMarch9).toBe(420);
      });
      test("same conflicts and magnitudes (wall clock, not elapsed time)", () => {
        expect(conflictKeys(got().conflicts)).toEqual(conflictKeys([...EXPECTED, MIDNIGHT_DUE]));
        for (const want of [...EXPECTED, MIDNIGHT_DUE]) {
          const found = got().conflicts.find((c) => conflictKeys([c])[0] === conflictKeys([want])[0]);
          if (want.magnitude !== undefined) expect(found?.magnitude).toBe(want.magnitude);
        }
      });
      test("no data issues, the same DOOD and the same calls", () => {
        expect(got().dataIssues).toEqual([]);
        expect(got().dood.days).toEqual(DAYS);
        expect(got().dood.rows.map((r) => [r.resource, r.codes])).toEqual(
          EXPECTED_DOOD_ROWS.map((r) => [r.resource, r.codes]),
        );
        expect(got().calls).toEqual(
          EXPECTED_CALL_SHEETS.map((s, i) => ({
            date: s.date,
            sheet: SHEET_NAMES[i].sheet,
            cast: s.cast.map((c) => [c.resource, c.status, c.call]),
          })),
        );
      });
    });
  },
);
