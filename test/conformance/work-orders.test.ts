/**
 * Workbook 2: a work-order plan as an Excel table (ListObject) on a sheet whose name names no role, so the
 * role comes from its headers; a "Resources" table with Type, Capacity, Available From/To and Unavailable.
 * Expectations are worked out by hand from the contract (see each `why`).
 */
import ExcelJS from "exceljs";
import {
  at,
  describeReport,
  saveAndCheck,
  type ExpectedCallSheet,
  type ExpectedConflict,
  type NearMiss,
} from "./helpers";

type Cell = string | number | Date | null;
type WorkOrder = [
  wo: string,
  task: string,
  workDate: Date,
  start: Cell,
  end: Cell,
  due: Cell,
  preds: string | null,
  assigned: string | null,
  priority: string,
  status: string,
];

const WORK_ORDERS: WorkOrder[] = [
  [
    "WO-101",
    "Rig lighting truss",
    at(2026, 3, 2),
    at(2026, 3, 2, 9),
    at(2026, 3, 2, 10),
    null,
    null,
    "CR-1",
    "High",
    "Open",
  ],
  [
    "WO-102",
    "Hang practicals",
    at(2026, 3, 2),
    at(2026, 3, 2, 10),
    at(2026, 3, 2, 11),
    null,
    null,
    "CR-1",
    "Low",
    "Open",
  ],
  ["WO-103", "Paint cyc", at(2026, 3, 3), at(2026, 3, 3, 8), at(2026, 3, 3, 12), null, null, "LIFT", "Low", "Open"],
  ["WO-104", "Fix grid", at(2026, 3, 3), at(2026, 3, 3, 10), at(2026, 3, 3, 14), null, null, "LIFT", "High", "Open"],
  [
    "WO-105",
    "Install drapes",
    at(2026, 3, 5),
    at(2026, 3, 5, 8),
    at(2026, 3, 5, 12),
    null,
    null,
    "LIFT",
    "High",
    "Open",
  ],
  ["WO-106", "Replace lamps", at(2026, 3, 5), at(2026, 3, 5, 9), at(2026, 3, 5, 11), null, null, "LIFT", "Low", "Open"],
  ["WO-107", "Cable runs", at(2026, 3, 5), at(2026, 3, 5, 10), at(2026, 3, 5, 13), null, null, "LIFT", "Low", "Open"],
  [
    "WO-108",
    "Signage",
    at(2026, 3, 5),
    at(2026, 3, 5, 10, 30),
    at(2026, 3, 5, 11, 30),
    null,
    null,
    "LIFT",
    "Low",
    "Cancelled",
  ],
  ["WO-110", "Power test", at(2026, 3, 4), at(2026, 3, 4, 13), at(2026, 3, 4, 15), null, null, "GEN", "High", "Open"],
  ["WO-111", "Night load-in", at(2026, 3, 3), at(2026, 3, 3, 22), at(2026, 3, 4, 0), null, null, "GEN", "Low", "Open"],
  ["WO-112", "Refuel", at(2026, 3, 11), at(2026, 3, 11, 8), at(2026, 3, 11, 9), null, null, "GEN", "Low", "Open"],
  ["WO-113", "Generator service", at(2026, 3, 10), null, null, null, null, "GEN", "Low", "Scheduled"],
  ["WO-114", "Strike truss", at(2026, 3, 6), at(2026, 3, 6, 16), at(2026, 3, 6, 18), null, null, "CR-1", "Low", "Open"],
  ["WO-115", "Return crane", at(2026, 3, 7), at(2026, 3, 7, 7), at(2026, 3, 7, 8), null, null, "CR-1", "Low", "Open"],
  [
    "WO-116",
    "Focus lights",
    at(2026, 3, 2),
    at(2026, 3, 2, 10, 30),
    at(2026, 3, 2, 12),
    null,
    "WO-102",
    null,
    "High",
    "Open",
  ],
  [
    "WO-117",
    "Light check",
    at(2026, 3, 2),
    at(2026, 3, 2, 11),
    at(2026, 3, 2, 12),
    null,
    "WO-102",
    null,
    "Low",
    "Open",
  ],
  ["WO-118", "Order gels", at(2026, 3, 4), null, null, null, null, null, "Low", "Open"],
  ["WO-119", "Gel lights", at(2026, 3, 3), null, null, null, "WO-118", null, "Low", "Open"],
  ["WO-120", "Gel practicals", at(2026, 3, 4), null, null, null, "WO-118", null, "Low", "Open"],
  ["WO-121", "Colour test", at(2026, 3, 4), at(2026, 3, 4, 9), at(2026, 3, 4, 10), null, "WO-118", null, "Low", "Open"],
  [
    "WO-122",
    "Set dressing A",
    at(2026, 3, 6),
    at(2026, 3, 6, 9),
    at(2026, 3, 6, 17),
    at(2026, 3, 6, 17),
    null,
    null,
    "High",
    "Open",
  ],
  [
    "WO-123",
    "Set dressing B",
    at(2026, 3, 6),
    at(2026, 3, 6, 9),
    at(2026, 3, 6, 17, 1),
    at(2026, 3, 6, 17),
    null,
    null,
    "High",
    "Open",
  ],
  [
    "WO-124",
    "Touch-up paint",
    at(2026, 3, 6),
    at(2026, 3, 6, 20),
    at(2026, 3, 6, 23, 59),
    "3/6/2026",
    null,
    null,
    "Low",
    "Open",
  ],
  ["WO-125", "Overnight clean", at(2026, 3, 6), at(2026, 3, 6, 22), "12:30 AM", "3/6/2026", null, null, "Low", "Open"],
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Work Orders");
  const headers = [
    "WO",
    "Task",
    "Work Date",
    "Start Time",
    "End Time",
    "Due",
    "Predecessors",
    "Assigned To",
    "Priority",
    "Status",
  ];
  ws.addTable({
    name: "WorkOrders",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows: WORK_ORDERS,
  });
  WORK_ORDERS.forEach((wo, i) => {
    const row = ws.getRow(2 + i);
    row.getCell(3).numFmt = "m/d/yyyy";
    for (const c of [4, 5, 6]) if (wo[c - 1] instanceof Date) row.getCell(c).numFmt = "m/d/yyyy h:mm";
  });
  ws.columns.forEach((c) => (c.width = 18));

  const res = wb.addWorksheet("Resources");
  res.addTable({
    name: "Resources",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: ["ID", "Name", "Type", "Capacity", "Available From", "Available To", "Unavailable"].map((name) => ({
      name,
    })),
    rows: [
      ["CR-1", "Crane Truck", "vehicle", 1, at(2026, 3, 2), "3/6/2026", null],
      ["LIFT", "Scissor Lift", "equipment", 2, null, null, null],
      ["GEN", "Generator 60kVA", "equipment", 1, null, null, "3/4/2026; 3/9/2026..3/10/2026"],
    ],
  });
  res.getCell("E2").numFmt = "m/d/yyyy";
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "dependency",
    severity: "error",
    items: ["WO-102", "WO-116"],
    date: "2026-03-02",
    why: "WO-116 starts 10:30, before its predecessor WO-102 ends at 11:00 (timed)",
  },
  {
    type: "dependency",
    severity: "error",
    items: ["WO-118", "WO-119"],
    date: "2026-03-03",
    why: "date-only WO-119 (3/3) is dated before its predecessor WO-118 (3/4)",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "GEN",
    items: ["WO-110"],
    date: "2026-03-04",
    why: "GEN is Unavailable on 3/4/2026",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "LIFT",
    items: ["WO-105", "WO-106", "WO-107"],
    date: "2026-03-05",
    magnitude: 1,
    why: "capacity-2 LIFT carries 3 items 10:00-11:00 (the cancelled WO-108 does not count)",
  },
  {
    type: "deadline",
    severity: "error",
    items: ["WO-123"],
    date: "2026-03-06",
    why: "WO-123 ends 17:01, one minute after its Due 17:00",
  },
  {
    type: "deadline",
    severity: "error",
    items: ["WO-125"],
    date: "2026-03-06",
    why: "WO-125 ends 00:30 the next day (End before Start), after the end of its date-only Due 3/6",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "CR-1",
    items: ["WO-115"],
    date: "2026-03-07",
    why: "CR-1 is Available To 3/6/2026; WO-115 is on 3/7",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "GEN",
    items: ["WO-113"],
    date: "2026-03-10",
    why: "date-only WO-113 (the whole day) is inside GEN's Unavailable range 3/9..3/10",
  },
];

const NEAR_MISSES: NearMiss[] = [
  {
    type: "double-booking",
    resource: "CR-1",
    items: ["WO-101", "WO-102"],
    why: "09:00-10:00 and 10:00-11:00 only touch",
  },
  {
    type: "double-booking",
    resource: "LIFT",
    items: ["WO-103", "WO-104"],
    why: "two overlaps on a capacity-2 resource",
  },
  { type: "double-booking", resource: "LIFT", items: ["WO-108"], why: "the Cancelled row is ignored by every rule" },
  {
    type: "unavailable",
    resource: "GEN",
    items: ["WO-111"],
    why: "22:00-24:00 on 3/3 ends as the Unavailable 3/4 begins",
  },
  { type: "unavailable", resource: "GEN", items: ["WO-112"], why: "3/11 is after the range 3/9..3/10" },
  {
    type: "unavailable",
    resource: "CR-1",
    items: ["WO-114"],
    why: "3/6 16:00-18:00 is inside Available To 3/6 (whole day)",
  },
  {
    type: "unavailable",
    resource: "CR-1",
    items: ["WO-101"],
    why: "3/2 09:00 is inside Available From 3/2 (from the start of the day)",
  },
  { type: "dependency", items: ["WO-102", "WO-117"], why: "WO-117 starts 11:00, exactly when WO-102 ends" },
  { type: "dependency", items: ["WO-118", "WO-120"], why: "date-only items on the same date" },
  { type: "dependency", items: ["WO-118", "WO-121"], why: "timed item on the date-only predecessor's date" },
  { type: "deadline", items: ["WO-122"], why: "ends 17:00, exactly at its Due" },
  { type: "deadline", items: ["WO-124"], why: "ends 23:59 before the end of its date-only Due" },
];

const SHOOT_DAYS = [
  "2026-03-02",
  "2026-03-03",
  "2026-03-04",
  "2026-03-05",
  "2026-03-06",
  "2026-03-07",
  "2026-03-10",
  "2026-03-11",
];

const EXPECTED_CALL_SHEETS: ExpectedCallSheet[] = [
  { date: "2026-03-02", items: ["WO-101", "WO-102", "WO-116", "WO-117"], cast: [] },
  { date: "2026-03-03", items: ["WO-103", "WO-104", "WO-111", "WO-119"], cast: [] },
  { date: "2026-03-04", items: ["WO-110", "WO-118", "WO-120", "WO-121"], cast: [] },
  { date: "2026-03-05", items: ["WO-105", "WO-106", "WO-107"], cast: [] },
  { date: "2026-03-06", items: ["WO-114", "WO-122", "WO-123", "WO-124", "WO-125"], cast: [] },
  { date: "2026-03-07", items: ["WO-115"], cast: [] },
  { date: "2026-03-10", items: ["WO-113"], cast: [] },
  { date: "2026-03-11", items: ["WO-112"], cast: [] },
];

describeReport(
  "conformance: work orders in an Excel table (ListObject, date-times, capacity)",
  () => saveAndCheck(buildWorkbook(), "2-work-orders.xlsx"),
  {
    issues: { title: "the table is placed by its headers: no data issues", keys: [] },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
    dood: {
      title: "DOOD: every date with a non-cancelled item is a shoot day; no cast, no rows",
      days: SHOOT_DAYS,
      rows: [],
    },
    callSheets: {
      title: "call sheets: one per shoot day with that day's items and no cast",
      sheets: EXPECTED_CALL_SHEETS,
    },
  },
  (report) => {
    test("the Cancelled work order is not counted", () => {
      expect(report().summary.items).toBe(WORK_ORDERS.length - 1);
      expect(report().priorities.map((p) => p.item)).not.toContain("WO-108");
    });
  },
);
