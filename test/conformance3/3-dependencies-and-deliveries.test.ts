/**
 * Set 3, workbook 3: dependencies, deadlines and deliveries at their date-only edges. A date-only predecessor on
 * the same date as a timed successor (fine: its date is not before the predecessor's), a predecessor scheduled on
 * a later date (timed and date-only successors), a chain A -> B -> C where only B starts too early, Depends On
 * cells listing two IDs split by `;` and by `/` where only the second ID is violated, a Deadline typed as
 * date-time text, a Deadline date-time cell one minute before the End, date-only items with date-only
 * Deadlines (same day: fine; the day before: late). A `Deliveries` sheet with `ETA`: a date-only delivery for a
 * date-only item and for a 07:00 item (both fine), a delivery at 08:00 for a 07:00 item (late), one with
 * Needed By only, and one with both where only Needed By is missed. Expectations are worked out by hand.
 */
import ExcelJS from "exceljs";
import {
  at,
  callSheetView,
  describeReport,
  plainSheet,
  saveAndCheck,
  sortedCallSheets,
  type CellInput,
  type ExpectedCallSheet,
  type ExpectedConflict,
  type NearMiss,
} from "../conformance/helpers";

// Excel rows 2..20 (header in row 1). Columns: ID, Date, Start, End, Crew, Depends On, Deadline, Task.
const SCHEDULE: CellInput[][] = [
  ["P1", at(2026, 3, 2), null, null, "Rita Gomez", null, null, "Scout the mill"],
  ["P2", at(2026, 3, 2), "09:00", "10:00", "Rita Gomez", "P1", null, "Tech recce"],
  ["P4", at(2026, 3, 3), "10:00", "11:00", null, "P3", null, "Dress the mill"],
  ["DX", at(2026, 3, 3), null, null, null, "P3", null, "Order the signage"],
  ["P3", at(2026, 3, 4), "08:00", "09:00", null, null, null, "Sign the location agreement"],
  ["CH-A", at(2026, 3, 5), "08:00", "10:00", null, null, null, "Rig lights"],
  ["CH-B", at(2026, 3, 5), "09:00", "11:00", null, "CH-A", null, "Focus lights"],
  ["CH-C", at(2026, 3, 5), "11:00", "12:00", null, "CH-B", null, "Light check"],
  ["G1", at(2026, 3, 5), "11:30", "12:30", null, "CH-A; CH-C", null, "Camera rehearsal"],
  ["G2", at(2026, 3, 5), "10:30", "11:00", null, "CH-A/CH-B", null, "Gel the windows"],
  ["DL1", at(2026, 3, 6), "08:00", "12:00", null, null, "3/6/2026 11:30", "Build the rain rig"],
  ["DL2", at(2026, 3, 6), "13:00", "14:00", null, null, "3/6/2026 14:00", "Test the rain rig"],
  ["DL3", at(2026, 3, 6), "15:00", "16:00", null, null, at(2026, 3, 6, 15, 59), "Strike the test"],
  ["DO1", at(2026, 3, 7), null, null, null, null, at(2026, 3, 7), "Permit filing"],
  ["DO2", at(2026, 3, 7), null, null, null, null, at(2026, 3, 6), "Neighbour letters"],
  ["MT1", at(2026, 3, 9), null, null, null, null, null, "Fog tests"],
  ["MT2", at(2026, 3, 9), "07:00", "10:00", null, null, null, "Rain scene"],
  ["MT3", at(2026, 3, 9), "07:00", "09:00", null, null, null, "Crane shot"],
];

// Excel rows 2..7. Columns: Item, Quantity, Needed For, Needed By, ETA, Vendor.
const DELIVERIES: CellInput[][] = [
  ["Fog machine", 1, "MT1", null, at(2026, 3, 9), "FX Supply"],
  ["Rain towers", 2, "MT2", null, at(2026, 3, 9), "FX Supply"],
  ["Crane", 1, "MT3", null, at(2026, 3, 9, 8), "Lift Co"],
  ["Generator", 1, null, at(2026, 3, 8), at(2026, 3, 9, 6), "Power Rentals"],
  ["Dolly track", 1, null, at(2026, 3, 9), at(2026, 3, 9), "Grip House"],
  ["Picture car", 1, "MT2", at(2026, 3, 8), at(2026, 3, 9, 5), "Classic Cars"],
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  plainSheet(wb, "Schedule", ["ID", "Date", "Start", "End", "Crew", "Depends On", "Deadline", "Task"], SCHEDULE, {
    timeColumns: [2, 3],
  });
  plainSheet(wb, "Crew", ["ID", "Name", "Position"], [["C1", "Rita Gomez", "Location Manager"]]);
  plainSheet(wb, "Deliveries", ["Item", "Quantity", "Needed For", "Needed By", "ETA", "Vendor"], DELIVERIES);
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "dependency",
    severity: "error",
    items: ["P4", "P3"],
    date: "2026-03-03",
    why: "P4 (3/3 10:00) depends on P3, which ends 3/4 09:00; items in schedule order, dated by the dependent",
  },
  {
    type: "dependency",
    severity: "error",
    items: ["DX", "P3"],
    date: "2026-03-03",
    why: "date-only DX on 3/3 is before its predecessor's date 3/4",
  },
  {
    type: "dependency",
    severity: "error",
    items: ["CH-A", "CH-B"],
    date: "2026-03-05",
    why: "chain A -> B -> C: B starts 09:00, A ends 10:00",
  },
  {
    type: "dependency",
    severity: "error",
    items: ["CH-C", "G1"],
    date: "2026-03-05",
    why: "`CH-A; CH-C`: the second ID, CH-C, ends 12:00 after G1's 11:30 start",
  },
  {
    type: "dependency",
    severity: "error",
    items: ["CH-B", "G2"],
    date: "2026-03-05",
    why: "`CH-A/CH-B`: the second ID, CH-B, ends 11:00 after G2's 10:30 start",
  },
  {
    type: "deadline",
    severity: "error",
    items: ["DL1"],
    date: "2026-03-06",
    why: "End 12:00 after the date-time text Deadline `3/6/2026 11:30`",
  },
  {
    type: "deadline",
    severity: "error",
    items: ["DL3"],
    date: "2026-03-06",
    why: "End 16:00 after a Deadline cell of 15:59",
  },
  {
    type: "deadline",
    severity: "error",
    items: ["DO2"],
    date: "2026-03-07",
    why: "a date-only item on 3/7 ends after the end of 3/6 (date-only Deadline)",
  },
  {
    type: "material-late",
    severity: "error",
    items: ["MT3"],
    date: "2026-03-09",
    why: "the crane arrives 08:00, MT3 starts 07:00",
  },
  {
    type: "material-late",
    severity: "error",
    items: [],
    date: "2026-03-08",
    why: "the generator (Needed By 3/8 only) arrives 3/9 06:00; no item, dated by its Needed By",
  },
  {
    type: "material-late",
    severity: "error",
    items: ["MT2"],
    date: "2026-03-09",
    why: "the picture car is in time for MT2 (05:00 < 07:00) but after its Needed By 3/8; items = the items it is needed for",
  },
];

const NEAR_MISSES: NearMiss[] = [
  { type: "dependency", items: ["P1", "P2"], why: "date-only P1 is on P2's date: 3/2 is not before 3/2" },
  { type: "dependency", items: ["CH-B", "CH-C"], why: "C starts 11:00 exactly when B ends (half-open)" },
  { type: "dependency", items: ["CH-A", "G1"], why: "G1's first predecessor CH-A ends 10:00, before 11:30" },
  { type: "dependency", items: ["CH-A", "G2"], why: "G2's first predecessor CH-A ends 10:00, G2 starts 10:30" },
  { type: "deadline", items: ["DL2"], why: "End 14:00 exactly at the text Deadline `3/6/2026 14:00`" },
  { type: "deadline", items: ["DO1"], why: "a date-only item with a date-only Deadline of the same day" },
  {
    type: "material-late",
    items: ["MT1"],
    why: "date-only delivery for a date-only item the same day: 00:00 vs 00:00",
  },
];

const EXPECTED_CALL_SHEETS: ExpectedCallSheet[] = [
  { date: "2026-03-02", items: ["P1", "P2"], cast: [] },
  { date: "2026-03-03", items: ["P4", "DX"], cast: [] },
  { date: "2026-03-04", items: ["P3"], cast: [] },
  { date: "2026-03-05", items: ["CH-A", "CH-B", "CH-C", "G1", "G2"], cast: [] },
  { date: "2026-03-06", items: ["DL1", "DL2", "DL3"], cast: [] },
  { date: "2026-03-07", items: ["DO1", "DO2"], cast: [] },
  { date: "2026-03-09", items: ["MT1", "MT2", "MT3"], cast: [] },
];

describeReport(
  "conformance set 3: dependency, deadline and material-late edges",
  () => saveAndCheck(buildWorkbook(), "3-dependencies-and-deliveries.xlsx", "conformance3"),
  {
    issues: { title: "no data issues (the date-time text Deadline is read, not a bad-date)", keys: [] },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
  },
  (report) => {
    test("the rain towers (date-only, 00:00 < 07:00) are in time: one material-late names MT2, the picture car's", () => {
      const mt2 = report().conflicts.filter((c) => c.type === "material-late" && c.items.includes("MT2"));
      expect(mt2).toHaveLength(1);
    });

    test("material-late and dependency conflicts name no resource", () => {
      const kinds = report().conflicts.filter((c) => c.type === "material-late" || c.type === "dependency");
      expect(kinds.filter((c) => c.resource !== undefined)).toEqual([]);
    });

    test("3/8 (a Needed By date only) is no shoot day; no cast table means no DOOD rows", () => {
      expect(report().dood.days).toEqual(EXPECTED_CALL_SHEETS.map((s) => s.date));
      expect(report().dood.rows).toEqual([]);
      expect(callSheetView(report())).toEqual(sortedCallSheets(EXPECTED_CALL_SHEETS));
    });
  },
);
