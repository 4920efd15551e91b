/**
 * Workbook 1: a one-liner / stripboard as a plain range under a title row, with a Cast and a Crew sheet.
 * No ID column, so items are row:N. Expectations are worked out by hand from the contract (see each `why`).
 *
 * Cast (SAG-AFTRA: Min Rest 12 h, Max Day 14 h):  #1 Makeup 60, #2 Makeup 30, #3 Makeup 45, #4 never works,
 * #5 no Makeup. Crew Jo Park (IATSE by default: Min Rest 10 h).
 */
import ExcelJS from "exceljs";
import {
  at,
  describeReport,
  plainSheet,
  saveAndCheck,
  styleHeader,
  timeFraction,
  type ExpectedCallSheet,
  type ExpectedConflict,
  type ExpectedDoodRow,
  type NearMiss,
} from "./helpers";

type Strip = [
  sc: string,
  set: string,
  ie: string,
  dn: string,
  pgs: string,
  cast: string | number,
  call: string | null,
  wrap: number | null,
  date: Date,
  location: string,
  crew: string,
];

// Excel rows 4..12 (title in row 1, blank row 2, header row 3).
const STRIPS: Strip[] = [
  /* 4 */ [
    "12",
    "EXT. DOCKS",
    "EXT",
    "NIGHT",
    "1 4/8",
    "1, 5",
    "6:00 PM",
    timeFraction(2),
    at(2026, 3, 2),
    "Harbor Warehouse",
    "Jo Park",
  ],
  /* 5 */ [
    "14",
    "INT. WAREHOUSE OFFICE",
    "INT",
    "NIGHT",
    "3/8",
    2,
    "8:00 PM",
    timeFraction(23),
    at(2026, 3, 2),
    "Harbor Warehouse",
    "",
  ],
  /* 6 */ [
    "20",
    "INT. KANE APARTMENT - KITCHEN",
    "INT",
    "DAY",
    "2",
    "1, 5",
    "12:00 PM",
    timeFraction(18),
    at(2026, 3, 3),
    "Kane Apartment",
    "Jo Park",
  ],
  /* 7 */ [
    "21",
    "INT. KANE APARTMENT - HALL",
    "INT",
    "DAY",
    "4/8",
    "2, 3",
    "4:00 PM",
    timeFraction(18, 16),
    at(2026, 3, 3),
    "Kane Apartment",
    "",
  ],
  /* 8 */ [
    "30",
    "INT. PRECINCT - BULLPEN",
    "INT",
    "DAY",
    "3 2/8",
    "1, 2, 3",
    "7:00 AM",
    timeFraction(12),
    at(2026, 3, 4),
    "Police Station",
    "Jo Park",
  ],
  /* 9 */ [
    "33",
    "INT. PRECINCT - CAPTAIN'S OFFICE",
    "INT",
    "DAY",
    "1 2/8",
    "2",
    "12:00 PM",
    timeFraction(20, 30),
    at(2026, 3, 4),
    "Police Station",
    "Jo Park",
  ],
  /* 10 */ [
    "31",
    "INT. PRECINCT - INTERROGATION",
    "INT",
    "DAY",
    "2 4/8",
    "2, 5",
    "7:00 AM",
    timeFraction(13),
    at(2026, 3, 6),
    "Police Station",
    "Jo Park",
  ],
  /* 11 */ [
    "32",
    "EXT. PRECINCT - STEPS",
    "EXT",
    "NIGHT",
    "1",
    "2",
    "1:00 PM",
    timeFraction(20, 31),
    at(2026, 3, 6),
    "Police Station",
    "",
  ],
  /* 12 */ [
    "A1",
    "EXT. HARBOR - ESTABLISHING",
    "EXT",
    "DAY",
    "1/8",
    "",
    null,
    null,
    at(2026, 3, 9),
    "Harbor Warehouse",
    "",
  ],
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Shooting Schedule");
  ws.getCell("A1").value = "THE LONG NIGHT — Shooting Schedule v3 (Blue)";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.mergeCells("A1:K1");
  const header = ws.getRow(3);
  header.values = ["Sc.", "Set", "I/E", "D/N", "Pgs", "Cast", "Call", "Wrap", "Shoot Date", "Location", "Crew"];
  styleHeader(header);
  STRIPS.forEach((strip, i) => {
    const row = ws.getRow(4 + i);
    row.values = strip.map((v) => (v === "" || v === null ? null : v));
    row.getCell(8).numFmt = "h:mm AM/PM";
    row.getCell(9).numFmt = "ddd m/d/yy";
  });
  ws.columns.forEach((c) => (c.width = 16));

  plainSheet(
    wb,
    "Cast",
    ["Cast #", "Actor", "Character", "Union", "Makeup"],
    [
      [1, "Maya Torres", "DET. ROSA KANE", "SAG-AFTRA", 60],
      [2, "Ben Okafor", "TOMMY", "SAG-AFTRA", 30],
      [3, "Sam Reyes", "OFFICER DALE", "SAG-AFTRA", 45],
      [4, "Priya Nair", "DR. ELLIS", "SAG-AFTRA", 30],
      [5, "Lena Voss", "THE WIDOW", "SAG-AFTRA", null],
    ],
  );
  plainSheet(wb, "Crew", ["Name", "Position", "Dept", "Phone"], [["Jo Park", "Gaffer", "Electric", "555-0101"]]);
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "turnaround",
    severity: "error",
    resource: "1",
    items: ["row:4", "row:6"],
    date: "2026-03-03",
    magnitude: 180,
    why: "#1 wraps 02:00 (night shoot ends next day), next call 12:00 less 60 min makeup = 9 h < 12 h",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "5",
    items: ["row:4", "row:6"],
    date: "2026-03-03",
    magnitude: 120,
    why: "#5 (no makeup) 02:00 -> 12:00 is exactly 10 h < 12 h (cast)",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "3",
    items: ["row:7", "row:8"],
    date: "2026-03-04",
    magnitude: 1,
    why: "#3 wraps 18:16, next call 07:00 less 45 min = 06:15: 11 h 59 min < 12 h",
  },
  {
    type: "long-day",
    severity: "warning",
    resource: "2",
    items: ["row:10", "row:11"],
    date: "2026-03-06",
    why: "#2 call 07:00 less 30 min = 06:30 to wrap 20:31 is 14 h 1 min > 14 h",
  },
];

const NEAR_MISSES: NearMiss[] = [
  {
    type: "turnaround",
    resource: "Jo Park",
    items: ["row:4", "row:6"],
    why: "crew 02:00 -> 12:00 is exactly 10 h = IATSE Min Rest",
  },
  {
    type: "turnaround",
    resource: "1",
    items: ["row:6", "row:8"],
    why: "#1 wraps 18:00, call 07:00 less 60 min = 06:00: exactly 12 h",
  },
  {
    type: "long-day",
    resource: "2",
    items: ["row:8", "row:9"],
    why: "#2 06:30 (07:00 less makeup) to 20:30 is exactly 14 h",
  },
  { type: "long-day", resource: "1", items: ["row:4"], why: "#1's night shoot 17:00 -> 02:00 is 9 h" },
  {
    type: "double-booking",
    resource: "Jo Park",
    items: ["row:8", "row:9"],
    why: "Jo Park 07:00-12:00 then 12:00-20:30 only touch",
  },
  {
    type: "double-booking",
    resource: "2",
    items: ["row:10", "row:11"],
    why: "#2 13:00 wrap and 13:00 call only touch",
  },
];

const EXPECTED_DOOD_DAYS = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-06", "2026-03-09"];
const EXPECTED_DOOD_ROWS: ExpectedDoodRow[] = [
  { resource: "1", codes: ["SW", "W", "WF", "", ""], work: 3, hold: 0, start: "2026-03-02", finish: "2026-03-04" },
  { resource: "2", codes: ["SW", "W", "W", "WF", ""], work: 4, hold: 0, start: "2026-03-02", finish: "2026-03-06" },
  { resource: "3", codes: ["", "SW", "WF", "", ""], work: 2, hold: 0, start: "2026-03-03", finish: "2026-03-04" },
  { resource: "4", codes: ["", "", "", "", ""], work: 0, hold: 0 },
  { resource: "5", codes: ["SW", "W", "H", "WF", ""], work: 3, hold: 1, start: "2026-03-02", finish: "2026-03-06" },
];

const EXPECTED_CALL_SHEETS: ExpectedCallSheet[] = [
  {
    date: "2026-03-02",
    items: ["row:4", "row:5"],
    cast: [
      { resource: "1", status: "SW", call: "17:00" },
      { resource: "2", status: "SW", call: "19:30" },
      { resource: "5", status: "SW", call: "18:00" },
    ],
  },
  {
    date: "2026-03-03",
    items: ["row:6", "row:7"],
    cast: [
      { resource: "1", status: "W", call: "11:00" },
      { resource: "2", status: "W", call: "15:30" },
      { resource: "3", status: "SW", call: "15:15" },
      { resource: "5", status: "W", call: "12:00" },
    ],
  },
  {
    date: "2026-03-04",
    items: ["row:8", "row:9"],
    cast: [
      { resource: "1", status: "WF", call: "06:00" },
      { resource: "2", status: "W", call: "06:30" },
      { resource: "3", status: "WF", call: "06:15" },
    ],
  },
  {
    date: "2026-03-06",
    items: ["row:10", "row:11"],
    cast: [
      { resource: "2", status: "WF", call: "06:30" },
      { resource: "5", status: "WF", call: "07:00" },
    ],
  },
  { date: "2026-03-09", items: ["row:12"], cast: [] },
];

describeReport(
  "conformance: THE LONG NIGHT stripboard (plain range, title row, row:N ids)",
  () => saveAndCheck(buildWorkbook(), "1-long-night-stripboard.xlsx"),
  {
    issues: { title: "the title row is not the header: no data issues", keys: [] },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
    dood: {
      title: "DOOD: shoot days include a cast-less date-only day; codes per cast member in table order",
      days: EXPECTED_DOOD_DAYS,
      rows: EXPECTED_DOOD_ROWS,
    },
    callSheets: {
      title: "call sheets: one per shoot day, cast status and call = first Call less Makeup",
      sheets: EXPECTED_CALL_SHEETS,
      names: EXPECTED_DOOD_DAYS.map((date) => ({ date, sheet: `Call Sheet ${date}` })),
    },
  },
);
