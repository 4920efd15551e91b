/**
 * Set 7, workbook 3: a stunt/second unit's work-order plan ("QUARRY WEEK"): an Excel table `tblSecondUnit` on
 * `Schedule` with `WO`, `Task`, `Work Date`, date-time `Start Time`/`End Time` cells (night work orders carry
 * the next day in their End cell), `Assigned To` (gear and crew), `Predecessors`; a two-body camera package
 * (`Qty` 2) shared by every work order; an `Availability` sheet with windows that touch items, a window from a
 * date-time to a date-only To, a fitting and a day off; a one-row `Travel` table; `Materials` needed for several
 * work orders. Expectations were worked out by hand from the contract before the engine was run.
 *
 * What a careless engine gets wrong here:
 * - double-booking is one conflict per MAXIMAL SPAN where the load exceeds Capacity, not per cluster of
 *   overlapping items: two spans on 3/17 share K1w and K3w (load falls back to 2 between them); an overload that
 *   continues through 19:00 (two items end, two start) is one span; items are those overlapping the span (an
 *   item ending as the span starts is out); the span over midnight is dated by its earliest-starting item.
 * - travel pairs are consecutive BY START (the move is from N3, not N1), listed in schedule order.
 * - a date-only item is unavailable when a window covers any part of its day; a date-only To covers that day.
 * - dependency: one finding per violated predecessor ("the predecessor and the item").
 * - material-late names every non-cancelled item it is Needed For, in schedule order, not the list's order.
 *
 * Equipment CAM Alexa 35 bodies (Qty 2), CR Condor (Qty 1). Crew JR Jo Reyes (stunt coordinator), ML Max Lowe
 * (camera operator). Cast 5 Nina Vale (stunt double). Travel Quarry <-> Dam Road 45 min. 2026-03-17 is a Tuesday.
 */
import ExcelJS from "exceljs";
import {
  at,
  describeReport,
  plainSheet,
  saveAndCheck,
  type CellInput,
  type ExpectedCallSheet,
  type ExpectedConflict,
  type ExpectedDoodRow,
  type NearMiss,
} from "../conformance/helpers";
import { tableSheet } from "../conformance4/table";

const Q = "Quarry";
const d = (day: number, h: number, m = 0): Date => at(2026, 3, day, h, m);

// Excel rows 2..26. Columns: A WO, B Task, C Work Date, D Start Time, E End Time, F Assigned To, G Cast,
// H Location, I Predecessors, J Status.
// prettier-ignore
const SCHEDULE: CellInput[][] = [
  ["P1", "Rig check - quarry", at(2026, 3, 17), null, null, "JR", null, Q, null, null],
  ["K1w", "A-cam wide masters", at(2026, 3, 17), d(17, 7), d(17, 12), "CAM", null, Q, "P1", null],
  ["K2w", "B-cam inserts", at(2026, 3, 17), d(17, 8), d(17, 10), "CAM; Max Lowe", null, Q, null, null],
  ["K3w", "Ground plate unit", at(2026, 3, 17), d(17, 9), d(17, 11), "CAM", null, Q, null, null],
  ["K4w", "Stunt fall rehearsal", at(2026, 3, 17), d(17, 10, 30), d(17, 13), "CAM; Jo Reyes", 5, Q, null, null],
  ["CR1", "Condor lighting rig", at(2026, 3, 17), d(17, 8), d(17, 10), "CR", null, Q, null, null],
  ["D18", "Camera prep", at(2026, 3, 18), null, null, "Max Lowe", null, Q, null, null],
  ["N2", "Stunt: car door hit", at(2026, 3, 18), d(18, 12, 50), d(18, 14), null, 5, "Dam Road", null, null],
  ["N1", "Stunt: quarry run", at(2026, 3, 18), d(18, 9), d(18, 11), null, 5, Q, null, null],
  ["N3", "Stunt: quarry tumble", at(2026, 3, 18), d(18, 11, 30), d(18, 12, 20), null, 5, Q, null, null],
  ["K5", "Squib hits A", at(2026, 3, 18), d(18, 14), d(18, 16), "CAM / Max Lowe", null, Q, null, null],
  ["K6", "Squib hits B", at(2026, 3, 18), d(18, 14), d(18, 16), "CAM", null, Q, null, null],
  ["K7", "Reverse on hits", at(2026, 3, 18), d(18, 15), d(18, 17), "CAM", null, Q, null, null],
  ["K8", "Aftermath dolly", at(2026, 3, 18), d(18, 15, 30), d(18, 16, 30), "CAM", null, Q, "K5; K7", null],
  ["KM", "Camera car tests", at(2026, 3, 18), d(18, 16), d(18, 18), "Max Lowe", null, Q, null, null],
  ["KX", "Glass crash alt (CUT)", at(2026, 3, 18), d(18, 10), d(18, 11), "CAM", null, Q, null, "Cancelled"],
  ["K9", "Glass crash master", at(2026, 3, 19), d(19, 18), d(19, 20), "CAM, Max Lowe", null, Q, null, null],
  ["K10", "Glass crash B-angle", at(2026, 3, 19), d(19, 18), d(19, 19), "CAM", null, Q, null, null],
  ["K11", "Crash insert", at(2026, 3, 19), d(19, 18, 30), d(19, 19), "CAM", null, Q, null, null],
  ["K12", "Aftermath wide", at(2026, 3, 19), d(19, 19), d(19, 20), "CAM", null, Q, null, null],
  ["K13", "Glass pickup", at(2026, 3, 19), d(19, 19), d(19, 19, 30), "CAM", null, Q, null, null],
  ["J1", "Night safety walk", at(2026, 3, 19), d(19, 22), d(20, 0, 30), "Jo Reyes", null, Q, null, null],
  ["Z1", "Night plates: bridge", at(2026, 3, 21), d(21, 0, 30), d(21, 2), "CAM; Max Lowe", null, Q, null, null],
  ["Z2", "Fire gag", at(2026, 3, 20), d(20, 22), d(21, 3), "CAM; Max Lowe", null, Q, null, null],
  ["Z3", "Fire gag reverse", at(2026, 3, 20), d(20, 23), d(21, 1), "CAM", null, Q, null, null],
];

// Columns: Item, Quantity, Needed For, Needed By, Delivery, Vendor.
const MATERIALS: CellInput[][] = [
  ["Breakaway glass panes", 6, "K12, K9, KX", null, d(19, 19, 15), "Glassworks FX"],
  ["Squib kit", 1, "K5", null, at(2026, 3, 18), "Boom Bros"],
  ["Fire gel", 4, "Z2", null, d(20, 22), "Boom Bros"],
  ["Crash pads", 8, "N1; N2", null, d(18, 12), "Stunt Supply"],
];

/** The one ambiguous material, kept out of the main workbook (see the variant below). */
const MOUNT: CellInput[] = ["Camera car mount", 1, null, at(2026, 3, 18), d(18, 9), "Grip Trix"];

function buildWorkbook(extraMaterials: CellInput[][] = []): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  tableSheet(
    wb,
    "Schedule",
    "tblSecondUnit",
    ["WO", "Task", "Work Date", "Start Time", "End Time", "Assigned To", "Cast", "Location", "Predecessors", "Status"],
    SCHEDULE,
  );
  plainSheet(
    wb,
    "Equipment",
    ["Code", "Item", "Qty"],
    [
      ["CAM", "Alexa 35 body", 2],
      ["CR", "Condor 60'", 1],
    ],
  );
  plainSheet(
    wb,
    "Crew",
    ["ID", "Name", "Position", "Days Off"],
    [
      ["JR", "Jo Reyes", "Stunt Coordinator", null],
      ["ML", "Max Lowe", "Camera Operator", "3/19/2026"],
    ],
  );
  plainSheet(wb, "Cast", ["Cast #", "Name", "Character"], [[5, "Nina Vale", "STUNT DBL (JUNE)"]]);
  plainSheet(
    wb,
    "Availability",
    ["Resource", "From", "To", "Kind", "Notes"],
    [
      ["CR", d(17, 6), d(17, 8), "unavailable", "condor service"],
      ["Max Lowe", d(18, 18), at(2026, 3, 19), "unavailable", "family event"],
      [5, d(17, 12), d(17, 13), "fitting", "harness fitting"],
      ["Jo Reyes", at(2026, 3, 20), at(2026, 3, 20), "day off", null],
    ],
  );
  plainSheet(wb, "Travel", ["From", "To", "Minutes"], [[Q, "Dam Road", 45]]);
  plainSheet(
    wb,
    "Materials",
    ["Item", "Quantity", "Needed For", "Needed By", "Delivery", "Vendor"],
    [...MATERIALS, ...extraMaterials],
  );
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "double-booking",
    severity: "error",
    resource: "CAM",
    items: ["K1w", "K2w", "K3w"],
    date: "2026-03-17",
    magnitude: 1,
    why: "3 bodies wanted 09:00-10:00 (Qty 2); K4w starts 10:30, outside this span",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "CAM",
    items: ["K1w", "K3w", "K4w"],
    date: "2026-03-17",
    magnitude: 1,
    why: "load is back to 2 from 10:00 to 10:30, so 10:30-11:00 is a second maximal span; K2w (ended 10:00) is out",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "CAM",
    items: ["K5", "K6", "K7", "K8"],
    date: "2026-03-18",
    magnitude: 2,
    why: "load 3 from 15:00, 4 from 15:30, 2 from 16:00: one span 15:00-16:00, at most 2 units over",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "CAM",
    items: ["K9", "K10", "K11", "K12", "K13"],
    date: "2026-03-19",
    magnitude: 1,
    why: "load 3 from 18:30 to 19:30 without a break: at 19:00 K10/K11 end as K12/K13 start: one span",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "CAM",
    items: ["Z1", "Z2", "Z3"],
    date: "2026-03-20",
    magnitude: 1,
    why: "3/21 00:30-01:00; dated by the earliest-starting Z2 (3/20 22:00), although Z1 (Work Date 3/21) is first in schedule order",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "ML",
    items: ["D18"],
    date: "2026-03-18",
    why: "a date-only item is its whole day; Max's window starts 3/18 18:00",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "ML",
    items: ["K9"],
    date: "2026-03-19",
    why: "the window's date-only To 3/19 covers the whole of 3/19 (3/19 is also in his Days Off: still one finding per resource and item)",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "ML",
    items: ["Z1", "Z2"],
    date: "2026-03-20",
    magnitude: 1,
    why: "Max is on the fire gag (3/20 22:00-03:00) and the bridge plates (3/21 00:30-02:00); dated by Z2, the earliest-starting",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "ML",
    items: ["Z1", "Z2"],
    date: "2026-03-21",
    magnitude: 750,
    why: "IATSE 10 h: 3/20's latest End is Z2 03:00 on 3/21, 3/21's earliest Start Z1 00:30: the rest is -2 h 30, so 12 h 30 (750 min) short, a positive magnitude; dated by the later date; items in schedule order",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "JR",
    items: ["J1"],
    date: "2026-03-19",
    why: "J1 (Work Date 3/19) runs to 3/20 00:30, into Jo's day off; dated by the item's Date",
  },
  {
    type: "travel",
    severity: "warning",
    resource: "5",
    items: ["N2", "N3"],
    date: "2026-03-18",
    magnitude: 15,
    why: "by Start: N1, N3 (Quarry), N2 (Dam Road); N3 12:20 -> N2 12:50 is 30 min for 45; schedule order puts N2 first",
  },
  {
    type: "dependency",
    severity: "error",
    items: ["K5", "K8"],
    date: "2026-03-18",
    why: "K8 15:30 starts before its predecessor K5 ends (16:00)",
  },
  {
    type: "dependency",
    severity: "error",
    items: ["K7", "K8"],
    date: "2026-03-18",
    why: "and before K7 ends (17:00): one finding per predecessor",
  },
  {
    type: "material-late",
    severity: "error",
    items: ["K9", "K12"],
    date: "2026-03-19",
    why: "glass arrives 19:15, after K9 (18:00) and K12 (19:00); the Cancelled KX is ignored; schedule order, not the list's",
  },
  {
    type: "material-late",
    severity: "error",
    items: ["N2", "N1"],
    date: "2026-03-18",
    why: "crash pads at 12:00 are late for N1 (09:00); items are the items it is needed for (N2 too), in schedule order",
  },
];

const NEAR_MISSES: NearMiss[] = [
  { type: "double-booking", resource: "CAM", items: ["K2w", "K4w"], why: "K2w ends 10:00, K4w starts 10:30" },
  { type: "double-booking", resource: "CAM", items: ["KX"], why: "KX is Cancelled" },
  { type: "double-booking", resource: "ML", items: ["K5", "KM"], why: "K5 ends 16:00 as KM starts" },
  { type: "consecutive-days", resource: "ML", items: [], why: "Max works 3/17..3/21: 5 days" },
  { type: "unavailable", resource: "CR", items: ["CR1"], why: "service 06:00-08:00, condor from 08:00: touching" },
  { type: "unavailable", resource: "ML", items: ["KM"], why: "KM ends 18:00 as the window starts" },
  { type: "unavailable", resource: "ML", items: ["K5"], why: "K5 ends 16:00, before the window" },
  { type: "unavailable", resource: "ML", items: ["Z2"], why: "Z2 on 3/20 is after the window's To day" },
  { type: "unavailable", resource: "5", items: ["K4w"], why: "a fitting window is not unavailability" },
  { type: "travel", resource: "5", items: ["N1", "N2"], why: "N1 and N2 are not consecutive by Start (N3 is between)" },
  { type: "dependency", items: ["P1", "K1w"], why: "date-only predecessor on the successor's date" },
  { type: "material-late", items: ["K5"], why: "a date-only Delivery 3/18 means 00:00, before K5 14:00" },
  { type: "material-late", items: ["Z2"], why: "fire gel arrives exactly at Z2's Start" },
];

const DAYS = ["2026-03-17", "2026-03-18", "2026-03-19", "2026-03-20", "2026-03-21"];

const EXPECTED_DOOD_ROWS: ExpectedDoodRow[] = [
  { resource: "5", codes: ["SW", "WF", "", "", ""], work: 2, hold: 0, start: "2026-03-17", finish: "2026-03-18" },
];

const SOME_CALL_SHEETS: ExpectedCallSheet[] = [
  {
    date: "2026-03-17",
    items: ["P1", "K1w", "K2w", "K3w", "K4w", "CR1"],
    cast: [{ resource: "5", status: "SW", call: "10:30" }],
  },
  {
    date: "2026-03-18",
    items: ["D18", "N2", "N1", "N3", "K5", "K6", "K7", "K8", "KM"],
    cast: [{ resource: "5", status: "WF", call: "09:00" }],
  },
  { date: "2026-03-21", items: ["Z1"], cast: [] },
];

describeReport(
  "conformance set 7: shared camera bodies, windows, travel by Start, several Needed For",
  () => saveAndCheck(buildWorkbook(), "3-stunt-unit-gear.xlsx", "conformance7"),
  {
    issues: { title: "no data issues", keys: [] },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
    dood: {
      title: "DOOD: 3/21 (Z1's Work Date) is a shoot day; the fitting on a work day shows the work code",
      days: DAYS,
      rows: EXPECTED_DOOD_ROWS,
    },
  },
  (report) => {
    test("call sheets: Cancelled KX left out; 3/21 holds only Z1", () => {
      expect(report().callSheets.map((s) => s.date)).toEqual(DAYS);
      const view = report()
        .callSheets.filter((s) => SOME_CALL_SHEETS.some((e) => e.date === s.date))
        .map((s) => ({
          date: s.date,
          items: [...s.items].sort(),
          cast: s.cast.map((c) => ({ resource: c.resource, status: c.status ?? "", call: c.call })),
        }));
      expect(view).toEqual(SOME_CALL_SHEETS.map((s) => ({ ...s, items: [...s.items].sort() })));
    });

    test("five double-bookings on the camera package (one per maximal span), one on Max", () => {
      const db = report().conflicts.filter((c) => c.type === "double-booking");
      expect(db.map((c) => c.resource).sort()).toEqual(["CAM", "CAM", "CAM", "CAM", "CAM", "ML"]);
    });

    test("K9 meets Max's window and his Days Off: one unavailable finding", () => {
      const k9 = report().conflicts.filter((c) => c.type === "unavailable" && c.items.includes("K9"));
      expect(k9).toHaveLength(1);
    });
  },
);

/**
 * Variant: the same workbook plus a camera car mount with only a date-only Needed By 3/18, delivered 3/18
 * 09:00. The contract fixes a date-only Delivery and a date-only item (00:00 of the day, in the material-late
 * rule itself) and a date-only Deadline (the end of that day) but not a date-only Needed By. Set 7's reader
 * would take it like a Deadline (the end of 3/18: a morning delivery is in time). The project keeps the reading
 * of the material-late rule's own parenthesis, documented in docs/workbook-format.md: a date-only Needed By is
 * 00:00 of that day, like a date-only Delivery, so "needed by 3/18" is needed when 3/18 begins (the end-of-day
 * reading would also let a date-only delivery on 3/19, which is 00:00 of 3/19, count as in time).
 */
describeReport(
  "conformance set 7 variant: a date-only Needed By met by a delivery that morning",
  () => saveAndCheck(buildWorkbook([MOUNT]), "3b-needed-by-date-only.xlsx", "conformance7"),
  {},
  (report) => {
    test("the camera car mount (Needed By 3/18, delivered 3/18 09:00) is 9 h late, dated 3/18", () => {
      const hits = report().conflicts.filter((c) => c.type === "material-late" && c.items.length === 0);
      expect(hits).toHaveLength(1);
      expect(hits[0]).toMatchObject({ severity: "error", date: "2026-03-18", magnitude: 540 });
    });
    test("the rest of the workbook is unchanged by the extra material", () => {
      expect(report().conflicts.filter((c) => c.type === "material-late" && c.items.length > 0)).toHaveLength(2);
      expect(report().dataIssues).toEqual([]);
    });
  },
);
