/**
 * Set 7, workbook 1: a night-exterior week on a feature ("RIDGE ROAD"), read adversarially against the rule
 * wording of contract §5. A plain-range `Stripboard` sorted by date with text `Call`/`Wrap` in 24 h form (most
 * strips wrap after midnight; `00:00` is midnight at the end of the night), two strips ADDED at the bottom of
 * the board for earlier dates, date-only prep and turnover strips, a `Due` column (a location permit) and an
 * `After` column. Cast with `Makeup` (Lead Time), `Available From`/`Available To` and `Not Available`. Crew
 * without IDs (conflicts name them by Name). Expectations were worked out by hand from the contract, before
 * the engine was run (see each `why`).
 *
 * What a careless engine gets wrong here:
 * - turnaround items are in SCHEDULE order: the earlier date's latest-ending strip is an added strip at the
 *   bottom of the board, so the finding lists the later date's strip first; Makeup enters the later call only.
 * - an item over midnight belongs to its Date: it is the earlier date's latest End (turnaround), it counts for
 *   its Date's long-day, it does NOT make the next calendar day a worked day (consecutive-days), it runs past
 *   Available To / into a Not Available date (unavailable, dated by the item's Date), and past a date-only Due.
 *   Ending exactly at 00:00 touches the next day and fires none of those.
 * - a double-booking over midnight is dated by its earliest-STARTING item, not its first in schedule order.
 * - a date-only successor on its timed predecessor's Date is fine even when the predecessor ends the next day.
 *
 * Cast (SAG-AFTRA by Type: 12 h rest, 14 h day, 6 days): 1 Mara Quinn JUNE (Makeup 60), 2 Theo Grant DEPUTY
 * ROSS (Makeup 30, Available To 3/6), 3 Lena Ruiz THE STRANGER (Available From 3/4, Not Available 3/7),
 * 4 Rosa Diaz NURSE (Makeup 45, Available To 3/5). Crew (IATSE by Type: 10 h, 14 h, 6 days): Sol Park (Gaffer),
 * Ines Mora (1st AC). Equipment: PC1 hero truck (Type vehicle, no rule set). 2026-03-02 is a Monday.
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

const BOTH = "Sol Park, Ines Mora";

// Excel rows 2..22 (header in row 1). Columns: A Item ID, B Shoot Date, C Sc., D Set, E D/N, F Call, G Wrap,
// H Cast, I Crew, J Equipment, K Location, L Due, M After, N Status, O Notes.
// prettier-ignore
const STRIPBOARD: CellInput[][] = [
  ["R02", at(2026, 3, 2), null, "PRE-RIG CONDORS", null, null, null, null, "Sol Park", null, "Ridge Road", null, null, null, "date-only prep"],
  ["N01", at(2026, 3, 2), 12, "EXT RIDGE ROAD", "N", "18:00", "23:00", "1", BOTH, "PC1", "Ridge Road", null, "R02", null, null],
  ["N02", at(2026, 3, 2), 13, "EXT RIDGE ROAD - TRUCK", "N", "23:30", "02:00", 1, "Sol Park; Ines Mora", null, "Ridge Road", null, null, null, null],
  ["D02", at(2026, 3, 2), null, "VFX PLATE TURNOVER", null, null, null, null, null, null, null, null, "N02", null, "date-only"],
  ["N03", at(2026, 3, 3), 14, "EXT RIDGE ROAD - SHOULDER", "N", "15:00", "21:00", "1, 2", BOTH, "PC1", "Ridge Road", null, null, null, null],
  ["N04", at(2026, 3, 3), 15, "EXT RIDGE ROAD - CRUISER", "N", "21:30", "00:00", "2", BOTH, null, "Ridge Road", null, "N03", null, null],
  ["N05", at(2026, 3, 4), 20, "EXT OVERLOOK", "N", "17:00", "23:00", "1, 3", BOTH, "PC1", "Ridge Road", null, null, null, null],
  ["N06", at(2026, 3, 4), 21, "EXT OVERLOOK - STRANGER", "N", "23:00", "03:30", "3", "Ines Mora", null, "Ridge Road", null, null, null, null],
  ["PREP4", at(2026, 3, 4), null, "CAMERA PREP / LENS TESTS", null, "13:00", "15:00", null, "Ines Mora", null, "Ridge Road", null, null, null, null],
  ["N07a", at(2026, 3, 5), "22pt", "SPLINTER: TRUCK DRIVE-BY PLATES", "N", "00:30", "01:30", null, null, "PC1", "Highway 9", null, "N06", null, null],
  ["N07", at(2026, 3, 5), 24, "EXT RIDGE ROAD - DINER LOT", "N", "13:00", "20:00", "1, 2", "Sol Park", null, "Ridge Road", null, null, null, null],
  ["N08", at(2026, 3, 5), 25, "EXT RIDGE ROAD - AMBULANCE", "N", "20:00", "02:30", "2, 4", "Ines Mora", "PC1", "Ridge Road", at(2026, 3, 5), null, null, "permit ends 3/5"],
  ["N09", at(2026, 3, 6), 30, "EXT RIDGE ROAD - ROADBLOCK", "N", "18:00", "00:00", "1, 2", "Sol Park", "PC1", "Ridge Road", at(2026, 3, 6), null, null, "permit ends 3/6"],
  ["N10", at(2026, 3, 6), 31, "EXT CULVERT", "N", "19:00", "01:00", "3", "Ines Mora", null, "Ridge Road", at(2026, 3, 7, 1, 0), null, null, null],
  ["N11", at(2026, 3, 7), 33, "EXT RIDGE ROAD - REPAINTED TRUCK", "N", "18:00", "23:00", "1", "Sol Park", "PC1", "Ridge Road", at(2026, 3, 7, 22, 45), "A03", null, "noise curfew 22:45"],
  ["N12", at(2026, 3, 7), 34, "EXT CRUISER - RADIO", "N", "19:00", "22:00", "2", null, null, "Ridge Road", null, null, "Cancelled", null],
  ["N13", at(2026, 3, 8), 40, "EXT RIDGE ROAD - DAWN CHASE", "N", "20:00", "23:00", "1", "Ines Mora", "PC1", "Ridge Road", null, null, null, null],
  ["N14", at(2026, 3, 8), 41, "EXT OVERLOOK - DUSK", "N", "17:00", "19:00", "1", null, null, "Ridge Road", null, null, null, null],
  ["N15", at(2026, 3, 9), 42, "EXT RIDGE ROAD - WIDE", "N", "18:00", "22:00", null, BOTH, null, "Ridge Road", null, null, null, null],
  ["A01", at(2026, 3, 4), "21A", "ADDED: JUNE DRIVES OFF (INSERT)", "N", "23:00", "01:30", "1", null, "PC1", "Ridge Road", null, null, null, "added 3/1"],
  ["A03", at(2026, 3, 8), null, "ADDED: REPAINT HERO TRUCK", null, null, null, null, null, null, null, null, null, null, "date-only"],
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  plainSheet(
    wb,
    "Stripboard",
    [
      "Item ID",
      "Shoot Date",
      "Sc.",
      "Set",
      "D/N",
      "Call",
      "Wrap",
      "Cast",
      "Crew",
      "Equipment",
      "Location",
      "Due",
      "After",
      "Status",
      "Notes",
    ],
    STRIPBOARD,
  );
  plainSheet(
    wb,
    "Cast",
    ["Cast ID", "Name", "Character", "Makeup", "Available From", "Available To", "Not Available"],
    [
      [1, "Mara Quinn", "JUNE", 60, null, null, null],
      [2, "Theo Grant", "DEPUTY ROSS", 30, null, at(2026, 3, 6), null],
      [3, "Lena Ruiz", "THE STRANGER", null, at(2026, 3, 4), null, "3/7/2026"],
      [4, "Rosa Diaz", "NURSE", 45, null, at(2026, 3, 5), null],
    ],
  );
  plainSheet(
    wb,
    "Crew",
    ["Name", "Position", "Dept"],
    [
      ["Sol Park", "Gaffer", "Electric"],
      ["Ines Mora", "1st AC", "Camera"],
    ],
  );
  plainSheet(wb, "Equipment", ["ID", "Name", "Type"], [["PC1", "Hero Truck ('79 Ford)", "vehicle"]]);
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "turnaround",
    severity: "error",
    resource: "1",
    items: ["N07", "A01"],
    date: "2026-03-05",
    magnitude: 90,
    why: "3/4's latest End is the ADDED strip A01 (bottom row) at 3/5 01:30, not N05 23:00; 3/5 call N07 13:00 - Makeup 60 = 12:00: 10 h 30 for 12 h; items in schedule order (N07's row is above A01's)",
  },
  {
    type: "consecutive-days",
    severity: "warning",
    resource: "1",
    items: ["N14"],
    date: "2026-03-02",
    why: "Mara works 3/2..3/8 (7 days, max 6); day 7's earliest Start is N14 17:00, the row after N13 20:00",
  },
  {
    type: "long-day",
    severity: "warning",
    resource: "Ines Mora",
    items: ["N05", "N06", "PREP4"],
    date: "2026-03-04",
    why: "PREP4 13:00 to N06's 03:30 the next morning is 14 h 30; all her timed items of 3/4 in schedule order (PREP4 is the last row); a crew member without ID is named by Name",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "3",
    items: ["N10"],
    date: "2026-03-06",
    why: "N10 (Date 3/6) runs 19:00-01:00 into Lena's Not Available 3/7; dated by the item's Date",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "4",
    items: ["N08"],
    date: "2026-03-05",
    why: "Rosa is available to the END of 3/5 (Available To 3/5); N08 20:00-02:30 runs into 3/6",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "PC1",
    items: ["N07a", "A01"],
    date: "2026-03-04",
    magnitude: 1,
    why: "the truck: A01 3/4 23:00-3/5 01:30 and the splinter N07a 3/5 00:30-01:30; dated by the earliest-starting item (A01, 3/4) although N07a is first in schedule order",
  },
  {
    type: "deadline",
    severity: "error",
    items: ["N08"],
    date: "2026-03-05",
    why: "date-only Due 3/5 means the end of 3/5; N08 wraps 02:30 on 3/6",
  },
  {
    type: "deadline",
    severity: "error",
    items: ["N11"],
    date: "2026-03-07",
    why: "Due 3/7 22:45 (a date-time cell), N11 wraps 23:00",
  },
  {
    type: "dependency",
    severity: "error",
    items: ["N06", "N07a"],
    date: "2026-03-05",
    why: "N07a (3/5 00:30) is After N06, which ends 3/5 03:30; dated by the dependent item",
  },
  {
    type: "dependency",
    severity: "error",
    items: ["N11", "A03"],
    date: "2026-03-07",
    why: "timed N11 on 3/7 is After the date-only A03 on 3/8 (its date is before the predecessor's); items in schedule order (A03 is the bottom row)",
  },
];

const NEAR_MISSES: NearMiss[] = [
  {
    type: "turnaround",
    resource: "1",
    items: ["N02", "N03"],
    why: "N02 wraps 3/3 02:00; N03 call 15:00 - Makeup 60 = 14:00: exactly 12 h",
  },
  { type: "turnaround", resource: "2", items: [], why: "Theo: 3/4 00:00 -> 3/5 12:30 and 3/6 02:30 -> 3/6 17:30" },
  {
    type: "long-day",
    resource: "2",
    items: ["N07", "N08"],
    why: "Theo 3/5: N07 13:00 - Makeup 30 = 12:30 to N08 02:30: exactly 14 h",
  },
  { type: "long-day", resource: "1", items: [], why: "Mara's longest day is 3/4, 16:00 to 01:30 (9 h 30)" },
  {
    type: "unavailable",
    resource: "2",
    items: ["N09"],
    why: "N09 on Theo's Available To day ends at 00:00: it touches 3/7 and does not enter it",
  },
  { type: "unavailable", resource: "2", items: ["N12"], why: "N12 (after Available To) is Cancelled" },
  { type: "unavailable", resource: "3", items: ["N05"], why: "N05 is on Lena's Available From day" },
  { type: "consecutive-days", resource: "Sol Park", items: [], why: "Sol works 3/2..3/7: exactly 6 (and 3/9)" },
  {
    type: "consecutive-days",
    resource: "Ines Mora",
    items: [],
    why: "Ines works 3/2..3/6 and 3/8..3/9; N10 (3/6) running into 3/7 does not make 3/7 a worked day",
  },
  { type: "consecutive-days", resource: "PC1", items: [], why: "the truck works 3/2..3/8 but is no person" },
  { type: "long-day", resource: "PC1", items: [], why: "a vehicle has no rule set" },
  {
    type: "deadline",
    items: ["N09"],
    why: "date-only Due 3/6: N09 ends 00:00 = the end of 3/6, not after it",
  },
  { type: "deadline", items: ["N10"], why: "Due 3/7 01:00 (date-time), N10 ends exactly 01:00" },
  { type: "dependency", items: ["R02", "N01"], why: "date-only predecessor on the successor's Date" },
  {
    type: "dependency",
    items: ["N02", "D02"],
    why: "date-only D02 on N02's Date: not before it, although N02 ends the next morning",
  },
  { type: "dependency", items: ["N03", "N04"], why: "N04 21:30 starts after N03 ends 21:00" },
  { type: "double-booking", resource: "1", items: ["N05", "A01"], why: "N05 ends 23:00, A01 starts 23:00 (touching)" },
  { type: "travel", items: ["A01", "N07a"], why: "PC1's strips on different Dates (and they overlap)" },
];

const DAYS = [
  "2026-03-02",
  "2026-03-03",
  "2026-03-04",
  "2026-03-05",
  "2026-03-06",
  "2026-03-07",
  "2026-03-08",
  "2026-03-09",
];

const EXPECTED_DOOD_ROWS: ExpectedDoodRow[] = [
  {
    resource: "1",
    codes: ["SW", "W", "W", "W", "W", "W", "WF", ""],
    work: 7,
    hold: 0,
    start: "2026-03-02",
    finish: "2026-03-08",
  },
  {
    resource: "2",
    codes: ["", "SW", "H", "W", "WF", "", "", ""],
    work: 3,
    hold: 1,
    start: "2026-03-03",
    finish: "2026-03-06",
  },
  {
    resource: "3",
    codes: ["", "", "SW", "H", "WF", "", "", ""],
    work: 2,
    hold: 1,
    start: "2026-03-04",
    finish: "2026-03-06",
  },
  {
    resource: "4",
    codes: ["", "", "", "SWF", "", "", "", ""],
    work: 1,
    hold: 0,
    start: "2026-03-05",
    finish: "2026-03-05",
  },
];

const SOME_CALL_SHEETS: ExpectedCallSheet[] = [
  {
    date: "2026-03-04",
    items: ["N05", "N06", "PREP4", "A01"],
    cast: [
      { resource: "1", status: "W", call: "16:00" },
      { resource: "3", status: "SW", call: "17:00" },
    ],
  },
  {
    date: "2026-03-05",
    items: ["N07a", "N07", "N08"],
    cast: [
      { resource: "1", status: "W", call: "12:00" },
      { resource: "2", status: "W", call: "12:30" },
      { resource: "4", status: "SWF", call: "19:15" },
    ],
  },
  {
    date: "2026-03-07",
    items: ["N11"],
    cast: [{ resource: "1", status: "W", call: "17:00" }],
  },
];

describeReport(
  "conformance set 7: night exteriors (items over midnight, added strips, Makeup, availability edges)",
  () => saveAndCheck(buildWorkbook(), "1-night-exteriors.xlsx", "conformance7"),
  {
    issues: { title: "no data issues", keys: [] },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
    dood: {
      title: "DOOD: eight shoot days (3/7 holds a Cancelled strip and N11), H for Theo and Lena",
      days: DAYS,
      rows: EXPECTED_DOOD_ROWS,
    },
  },
  (report) => {
    test("call sheets: one per shoot day, named by date; the added strip is on its Date's sheet; call = first Start - Makeup", () => {
      expect(report().callSheets.map((s) => s.date)).toEqual(DAYS);
      expect(report().callSheets.map((s) => s.sheet)).toEqual(DAYS.map((d) => `Call Sheet ${d}`));
      const view = report()
        .callSheets.filter((s) => SOME_CALL_SHEETS.some((e) => e.date === s.date))
        .map((s) => ({
          date: s.date,
          items: [...s.items].sort(),
          cast: s.cast.map((c) => ({ resource: c.resource, status: c.status ?? "", call: c.call })),
        }));
      expect(view).toEqual(SOME_CALL_SHEETS.map((s) => ({ ...s, items: [...s.items].sort() })));
    });

    test("the truck's overload is one finding, not one per strip", () => {
      expect(report().conflicts.filter((c) => c.type === "double-booking")).toHaveLength(1);
    });
  },
);
