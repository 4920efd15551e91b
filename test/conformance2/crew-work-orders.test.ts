/**
 * Set 2, workbook 2: a crew-heavy prep plan on a plain-range sheet "Prep Plan" (a name that names no role).
 * Crew tokens name people by Role ("Director of Photography", "Gaffer", "Key Grip"), by Name (any case) and by
 * ID, mixed in one cell; one token names nobody. Start/End are time fractions, Due a date-time.
 * The Rules table restates IATSE with OT After 10 h and OT Rate 1.5 for the hourly gaffer. Priority words.
 * Expectations are worked out by hand from the contract (see each `why`).
 *
 * Crew (IATSE by Type: Min Rest 10 h, Max Day 14 h):
 *   C1 Mara Quinn, Director of Photography, Day Rate 1200, account 3300
 *   C2 Leo Park, Gaffer, Hourly Rate 50, account 3400
 *   C3 Sam Ortiz, Key Grip, Day Rate 600, account 3500
 */
import ExcelJS from "exceljs";
import {
  at,
  describeReport,
  plainSheet,
  saveAndCheck,
  timeFraction as t,
  type CellInput,
  type ExpectedCallSheet,
  type ExpectedConflict,
  type NearMiss,
} from "../conformance/helpers";

// Excel rows 2..8 (header in row 1). Columns: A WO, B Task, C Work Date, D Start, E End, F Crew, G Priority,
// H Due, I Status.
const WORK_ORDERS: CellInput[][] = [
  ["WO-1", "Pre-light stage", at(2026, 3, 2), t(7), t(12), "Gaffer", "High", null, "Open"],
  [
    "WO-2",
    "Camera prep",
    at(2026, 3, 2),
    t(8),
    t(16),
    "Director of Photography, C3",
    "Critical",
    at(2026, 3, 2, 16),
    "Open",
  ],
  ["WO-3", "Rig balloon lights", at(2026, 3, 2), t(12), t(19), "leo park", "Medium", null, "Open"],
  ["WO-4", "Lens tests", at(2026, 3, 2), t(15), t(17), "Mara Quinn", "Low", at(2026, 3, 6), "Open"],
  ["WO-5", "Strike test rig", at(2026, 3, 2), t(18), t(20), "Gaffer", "High", null, "Cancelled"],
  ["WO-6", "Load condor", at(2026, 3, 3), t(5), t(13), "C2; Key Grip", "Low", at(2026, 3, 3), "Open"],
  [
    "WO-7",
    "Camera tests",
    at(2026, 3, 3),
    t(6),
    t(10),
    "Director of Photography / Steadicam Op",
    "High",
    at(2026, 3, 3, 9, 59),
    "Open",
  ],
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  plainSheet(
    wb,
    "Prep Plan",
    ["WO", "Task", "Work Date", "Start Time", "End Time", "Crew", "Priority", "Due", "Status"],
    WORK_ORDERS,
    { timeColumns: [3, 4] },
  );
  plainSheet(
    wb,
    "Crew",
    ["ID", "Name", "Position", "Department", "Day Rate", "Hourly Rate", "Account"],
    [
      ["C1", "Mara Quinn", "Director of Photography", "Camera", 1200, null, 3300],
      ["C2", "Leo Park", "Gaffer", "Electric", null, 50, 3400],
      ["C3", "Sam Ortiz", "Key Grip", "Grip", 600, null, 3500],
    ],
  );
  plainSheet(
    wb,
    "Rules",
    [
      "Rule Set",
      "Min Rest (h)",
      "Max Day (h)",
      "Max Consecutive Days",
      "Travel Buffer (min)",
      "OT After (h)",
      "OT Rate",
    ],
    [["IATSE", 10, 14, 6, 30, 10, 1.5]],
  );
  plainSheet(
    wb,
    "Budget",
    ["Account", "Description", "Budget"],
    [
      [3300, "Camera", 2399.99],
      [3400, "Electric", 1050],
      [3500, "Grip", 1500],
    ],
  );
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "double-booking",
    severity: "error",
    resource: "C1",
    items: ["WO-2", "WO-4"],
    date: "2026-03-02",
    magnitude: 1,
    why: "'Director of Photography' (Role) and 'Mara Quinn' (Name) are both C1: 08-16 and 15-17 overlap",
  },
  {
    type: "deadline",
    severity: "error",
    items: ["WO-7"],
    date: "2026-03-03",
    why: "WO-7 ends 10:00, due 09:59",
  },
  {
    type: "budget-overrun",
    severity: "warning",
    resource: "3300",
    items: [],
    why: "C1 1200 x 2 worked dates = 2400 against 2399.99",
  },
];

const NEAR_MISSES: NearMiss[] = [
  {
    type: "double-booking",
    resource: "C2",
    items: ["WO-1", "WO-3"],
    why: "'Gaffer' 07-12 and 'leo park' 12-19 touch at 12:00 (half-open)",
  },
  {
    type: "double-booking",
    resource: "C2",
    items: ["WO-5"],
    why: "'Gaffer' in WO-5 (18-20) would overlap WO-3 (12-19) but WO-5 is Cancelled",
  },
  { type: "turnaround", resource: "C2", items: ["WO-3", "WO-6"], why: "19:00 -> 05:00 is exactly IATSE's 10 h" },
  { type: "long-day", resource: "C2", items: ["WO-1", "WO-3"], why: "07:00-19:00 is 12 h <= 14 h" },
  { type: "deadline", items: ["WO-2"], why: "WO-2 ends 16:00, exactly at its Due" },
  { type: "deadline", items: ["WO-6"], why: "date-only Due 3/3 means the end of 3/3; WO-6 ends 13:00" },
  { type: "budget-overrun", resource: "3400", items: [], why: "C2 650 + 400 = 1050, exactly the budget" },
  { type: "budget-overrun", resource: "3500", items: [], why: "C3 600 x 2 = 1200 against 1500" },
];

const EXPECTED_CALL_SHEETS: ExpectedCallSheet[] = [
  { date: "2026-03-02", items: ["WO-1", "WO-2", "WO-3", "WO-4"], cast: [] },
  { date: "2026-03-03", items: ["WO-6", "WO-7"], cast: [] },
];

describeReport(
  "conformance set 2: crew work orders (tokens by Role/Name/ID, hourly OT, cent-over budget)",
  () => saveAndCheck(buildWorkbook(), "2-crew-work-orders.xlsx", "conformance2"),
  {
    issues: {
      title: "one data issue: the token that names nobody, at its cell",
      keys: ["unknown-resource | Prep Plan | F8"],
    },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
    dood: { title: "DOOD: two shoot days, no cast rows", days: ["2026-03-02", "2026-03-03"], rows: [] },
    callSheets: {
      title: "call sheets: dated names (no Shoot Day column), items, no cast",
      sheets: EXPECTED_CALL_SHEETS,
      names: [
        { date: "2026-03-02", sheet: "Call Sheet 2026-03-02" },
        { date: "2026-03-03", sheet: "Call Sheet 2026-03-03" },
      ],
    },
  },
  (report) => {
    test("the cent-over account is over by 0.01 (money over budget)", () => {
      const found = report().conflicts.find((c) => c.type === "budget-overrun" && c.resource === "3300");
      expect(found?.magnitude).toBeCloseTo(0.01, 6);
    });

    test.each([
      ["3300", 2399.99, 2400, "C1 Day Rate 1200 x 2 worked dates"],
      ["3400", 1050, 1050, "C2 3/2: 10 h x 50 + 2 h x 75 (OT after 10 h at 1.5) = 650; 3/3: 8 h x 50 = 400"],
      ["3500", 1500, 1200, "C3 Day Rate 600 x 2 worked dates"],
    ])("cost of account %s: budget %d, planned %d (%s)", (account, budget, planned) => {
      const row = report().costs?.accounts.find((a) => a.account === account);
      expect(row?.budget).toBeCloseTo(budget, 6);
      expect(row?.planned).toBeCloseTo(planned, 6);
    });

    test.each([
      ["2026-03-02", 2450, "1200 + 650 + 600"],
      ["2026-03-03", 2200, "1200 + 400 + 600"],
    ])("planned cost of %s is %d (%s; the Cancelled WO-5 costs nothing)", (date, planned) => {
      expect(report().costs?.days.find((d) => d.date === date)?.planned).toBeCloseTo(planned, 6);
    });

    test("priorities: every non-cancelled work order ranked 1..n", () => {
      expect(
        report()
          .priorities.map((p) => p.item)
          .sort(),
      ).toEqual(["WO-1", "WO-2", "WO-3", "WO-4", "WO-6", "WO-7"]);
      expect(
        report()
          .priorities.map((p) => p.rank)
          .sort((a, b) => a - b),
      ).toEqual([1, 2, 3, 4, 5, 6]);
    });

    test("priorities: the Critical work order due exactly at its end ranks above the Low one", () => {
      const rank = (id: string): number => report().priorities.find((p) => p.item === id)?.rank ?? Infinity;
      expect(rank("WO-2")).toBeLessThan(rank("WO-4"));
      expect(rank("WO-2")).toBeLessThan(rank("WO-6"));
    });
  },
);
