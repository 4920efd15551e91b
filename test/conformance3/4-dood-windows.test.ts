/**
 * Set 3, workbook 4: DOOD windows and call sheets. Hold windows on shoot days before a cast member's first work
 * day (they show as H "on those dates", and a hold on a day they work is still a work day), a travel window on a
 * date that is no shoot day (no column, so not in the totals either: totals count the row's codes) and one on a shoot day after
 * their last work day (T), and a cast member whose only item on one day is date-only (call null) and on
 * another day has a date-only and a timed item (call = the timed Start). Hold and travel windows are not
 * unavailability. Expectations are worked out by hand from the contract.
 *
 * Cast 1 Ivy Lane, 2 Max Reed (Lead Time 30 min), 3 Zoe Hart. Shoot days 3/2, 3/3, 3/4, 3/5 and 3/9.
 */
import ExcelJS from "exceljs";
import {
  at,
  describeReport,
  doodView,
  plainSheet,
  saveAndCheck,
  type CellInput,
  type ExpectedCallSheet,
  type ExpectedDoodRow,
  type NearMiss,
} from "../conformance/helpers";

// Excel rows 2..9 (header in row 1). Columns: ID, Shoot Date, Call, Wrap, Cast, Description.
const SCHEDULE: CellInput[][] = [
  ["K1", at(2026, 3, 2), "08:00", "12:00", "2", "Max arrives at the farm"],
  ["K2", at(2026, 3, 3), null, null, "3", "Zoe: second-unit photo double"],
  ["K3", at(2026, 3, 3), "09:00", "10:00", null, "Empty barn plates"],
  ["K4", at(2026, 3, 4), "10:00", "14:00", "1", "Ivy finds the letter"],
  ["K5", at(2026, 3, 5), "07:00", "12:00", "1, 2", "Ivy and Max argue"],
  ["K6", at(2026, 3, 5), null, null, "3", "Zoe: stills for the hallway"],
  ["K7", at(2026, 3, 5), "13:00", "15:00", "3", "Zoe at the window"],
  ["K8", at(2026, 3, 9), "08:00", "10:00", null, "Pickup inserts"],
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  plainSheet(wb, "Schedule", ["ID", "Shoot Date", "Call", "Wrap", "Cast", "Description"], SCHEDULE);
  plainSheet(
    wb,
    "Cast",
    ["Cast #", "Name", "Character", "Makeup"],
    [
      [1, "Ivy Lane", "JUNE", null],
      [2, "Max Reed", "HOLLIS", 30],
      [3, "Zoe Hart", "ADA", null],
    ],
  );
  plainSheet(
    wb,
    "Availability",
    ["Resource", "From", "To", "Kind"],
    [
      ["Ivy Lane", at(2026, 3, 2), at(2026, 3, 4), "hold"],
      ["2", at(2026, 3, 7), at(2026, 3, 7), "travel"],
      ["Max Reed", at(2026, 3, 9), null, "Travel"],
    ],
  );
  return wb;
}

const NEAR_MISSES: NearMiss[] = [
  { type: "unavailable", resource: "1", items: ["K4"], why: "a hold window is no unavailability" },
  { type: "unavailable", resource: "2", items: [], why: "travel windows are no unavailability" },
];

const EXPECTED_DOOD_ROWS: ExpectedDoodRow[] = [
  {
    resource: "1",
    codes: ["H", "H", "SW", "WF", ""],
    work: 2,
    hold: 2,
    travel: 0,
    start: "2026-03-04",
    finish: "2026-03-05",
  },
  {
    resource: "2",
    codes: ["SW", "H", "H", "WF", "T"],
    work: 2,
    hold: 2,
    travel: 1,
    start: "2026-03-02",
    finish: "2026-03-05",
  },
  {
    resource: "3",
    codes: ["", "SW", "H", "WF", ""],
    work: 2,
    hold: 1,
    travel: 0,
    start: "2026-03-03",
    finish: "2026-03-05",
  },
];

const EXPECTED_CALL_SHEETS: ExpectedCallSheet[] = [
  { date: "2026-03-02", items: ["K1"], cast: [{ resource: "2", status: "SW", call: "07:30" }] },
  { date: "2026-03-03", items: ["K2", "K3"], cast: [{ resource: "3", status: "SW", call: null }] },
  { date: "2026-03-04", items: ["K4"], cast: [{ resource: "1", status: "SW", call: "10:00" }] },
  {
    date: "2026-03-05",
    items: ["K5", "K6", "K7"],
    cast: [
      { resource: "1", status: "WF", call: "07:00" },
      { resource: "2", status: "WF", call: "06:30" },
      { resource: "3", status: "WF", call: "13:00" },
    ],
  },
  { date: "2026-03-09", items: ["K8"], cast: [] },
];

describeReport(
  "conformance set 3: DOOD hold and travel windows, date-only calls",
  () => saveAndCheck(buildWorkbook(), "4-dood-windows.xlsx", "conformance3"),
  {
    issues: { title: "no data issues", keys: [] },
    conflicts: [],
    nearMisses: NEAR_MISSES,
    callSheets: {
      title: "call sheets: date-only work calls null; a timed item the same day sets the call",
      sheets: EXPECTED_CALL_SHEETS,
    },
  },
  (report) => {
    test("DOOD columns are the shoot days only: 3/7 (Max's travel) has no column", () => {
      expect(report().dood.days).toEqual(["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-09"]);
    });

    test.each(EXPECTED_DOOD_ROWS.map((r, i) => [r.resource, i] as const))("DOOD row for cast %s", (_id, i) => {
      expect(doodView(report(), EXPECTED_DOOD_ROWS)[i]).toEqual(EXPECTED_DOOD_ROWS[i]);
    });
  },
);
