/**
 * Set 11, workbook 1: a feature's one-liner typed late at night. Plain ranges: `One-Liner` (text times, date
 * cells, one text date), `Cast` (`Cast #`, `Actor`, `Character`, `Makeup`), `Crew` (`Start Date`, `Day Rate`),
 * an `Equipment` list headed `Kit | Qty | Vendor` (no ID or Name column), and a `Splinter Unit` sheet whose date
 * is only in its title (no Date column). A handful of typos, each a data issue at its cell; every finding that
 * does not depend on a bad cell must still be there. Worked out by hand from the contract before running.
 *
 * Cast (SAG-AFTRA: Min Rest 12 h, Max Day 14 h): 1 Nora Vale (Makeup 60), 2 Theo Brandt (30), 3 Iris Kemp (45),
 *   3 again (Jules Amari: duplicate-id, dropped), 4 Sam Whitlock (Makeup `4S`: bad-number).
 * Crew (IATSE: Min Rest 10 h, Max Day 14 h): C1 Ray Duarte Gaffer, C2 Pia Lund Key Grip (Start Date 2/29/2026:
 *   no such day), C3 Omar Reyes Director of Photography (Day Rate #REF!).
 */
import ExcelJS from "exceljs";
import {
  at,
  callSheetView,
  describeReport,
  saveAndCheck,
  type ExpectedConflict,
  type ExpectedDoodRow,
  type NearMiss,
} from "../conformance/helpers";
import { brokenFormula, describeIssues, err, rangeSheet, type Disputed, type IssueWant, type Value } from "./issues";

const d = (day: number): Date => at(2026, 3, day);

// A Strip ID, B Shoot Date, C Call, D Wrap, E Sc., F Pgs, G Cast, H Crew, I Location, J Depends On
const STRIPS: [number, Value[]][] = [
  [2, ["101", d(2), "07:00", "12:00", "1", "1 4/8", "1, 2", "Gaffer, C3", "Farmhouse", null]],
  [3, ["102", d(2), "12:00", "19:00", "2", "2 1/8", "1", "C1", "Farmhouse", null]],
  [4, ["103", d(2), "7:3O", "20:00", "3", "3/8", "2", null, "Barn", null]], // letter O in the Call
  [5, ["104", d(3), "06:00", "11:00", "4", "1", "1", "Gafer", "Farmhouse", null]], // Gaffer misspelt
  [6, ["105", d(3), "10:00", "14:00", "5", "2", "2", "Gafer", "Farmhouse", null]], // the same typo again
  [7, ["106", "3/32/2026", "08:00", "10:00", "7", "4/8", "3", null, "Barn", null]], // no March 32nd
  [8, ["107", d(3), "14:00", brokenFormula("C8+TIME(5,0,0)", "#VALUE!"), "7A", "1", "3", null, "Barn", null]],
  [9, ["105", d(4), "07:00", "09:00", "6", "5/8", "1", null, "Barn", null]], // meant 105A
  [10, ["108", d(4), "09:00", "17:00", "8", "1 4//8", "1, 3", "C1", "Barn", "104"]], // 1 4//8
  [11, ["109", d(4), "07:00", "08:30", "9", "6/8", "3", "C2", "Farmhouse", "110"]],
  [12, ["110", d(4), "10:00", "11:00", "10", "1/8", "2", "Key Grip", "Barn", "99A"]], // 99A: no such strip
  [13, ["111", d(4), "17:20", "19:00", "11", "1", "1", null, "Creek Road", null]],
  [14, ["112", d(5), "06:00", "20:00", "12", "3", null, "C3, Gaffer", "Barn", null]],
  [15, ["113", d(5), "20:00", "20:30", "13", "2/8", null, "Ray Duarte", "Barn", null]],
  [16, ["114", d(5), null, null, "14", "1/8", "4", null, "Barn", null]],
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  rangeSheet(
    wb,
    "One-Liner",
    ["Strip ID", "Shoot Date", "Call", "Wrap", "Sc.", "Pgs", "Cast", "Crew", "Location", "Depends On"],
    STRIPS,
  );
  rangeSheet(
    wb,
    "Cast",
    ["Cast #", "Actor", "Character", "Makeup"],
    [
      [2, [1, "Nora Vale", "Maggie", 60]],
      [3, [2, "Theo Brandt", "Sheriff Cole", 30]],
      [4, [3, "Iris Kemp", "Dot", 45]],
      [5, [3, "Jules Amari", "Young Dot", 30]],
      [6, [4, "Sam Whitlock", "Deputy", "4S"]],
    ],
  );
  rangeSheet(
    wb,
    "Crew",
    ["ID", "Name", "Position", "Dept", "Start Date", "Day Rate"],
    [
      [2, ["C1", "Ray Duarte", "Gaffer", "Electric", null, 550]],
      [3, ["C2", "Pia Lund", "Key Grip", "Grip", "2/29/2026", 500]],
      [4, ["C3", "Omar Reyes", "Director of Photography", "Camera", null, err("#REF!")]],
    ],
  );
  rangeSheet(
    wb,
    "Equipment",
    ["Kit", "Qty", "Vendor"],
    [
      [2, ["Camera A package", 1, "Panavision"]],
      [3, ["Condor 60'", 1, "Sunbelt"]],
    ],
  );
  rangeSheet(
    wb,
    "Splinter Unit",
    ["Sc", "Call", "Wrap", "Cast", "Location"],
    [
      [3, ["20", "08:00", "10:00", "1", "Creek Road"]],
      [4, ["21", "10:30", "12:00", "1", "Creek Road"]],
    ],
    { titles: [[1, "SPLINTER UNIT - THU 3/5"]], headerRow: 2 },
  );
  return wb;
}

const ISSUES: IssueWant[] = [
  { code: "bad-time", sheet: "One-Liner", cell: "C4", why: "7:3O has a letter O" },
  { code: "unknown-resource", sheet: "One-Liner", cell: "H5", why: "Gafer names nobody" },
  { code: "unknown-resource", sheet: "One-Liner", cell: "H6", why: "one per cell: the same typo again" },
  { code: "bad-date", sheet: "One-Liner", cell: "B7", why: "3/32/2026 does not exist" },
  { code: "cell-error", sheet: "One-Liner", cell: "D8", why: "a Wrap formula cached #VALUE!" },
  { code: "duplicate-id", sheet: "One-Liner", cell: "A9", why: "the second strip 105" },
  { code: "bad-number", sheet: "One-Liner", cell: "F10", why: "Pgs 1 4//8" },
  { code: "unknown-dependency", sheet: "One-Liner", cell: "J12", why: "99A is no strip" },
  { code: "duplicate-id", sheet: "Cast", cell: "A5", why: "Cast # 3 given twice" },
  { code: "bad-number", sheet: "Cast", cell: "D6", why: "Makeup 4S" },
  { code: "bad-date", sheet: "Crew", cell: "E3", why: "2026 has no February 29th" },
  { code: "cell-error", sheet: "Crew", cell: "F4", why: "Day Rate #REF!" },
  { code: "missing-column", sheet: "Equipment", headerRow: 1, why: "neither ID nor Name (Kit is no alias)" },
  {
    code: "missing-column",
    sheet: "Splinter Unit",
    headerRow: 2,
    why: "placed by its headers as a schedule, but the date is only in the title",
  },
];

/**
 * A missing required column is one problem, reported at the header (contract §6: "the header cell for a missing
 * column"). The engine used to add a `missing-value` on every row of the table as well, at cells that hold
 * nothing wrong (the Kit cell, a valid Call); it no longer does (see SECTION.md).
 */
const DISPUTED: Disputed[] = [
  {
    title: "Equipment without an ID/Name column: one missing-column, no missing-value per row (A2, A3)",
    code: "missing-value",
    sheet: "Equipment",
    cells: ["A2", "A3"],
  },
  {
    title: "Splinter Unit without a Date column: one missing-column, no missing-value per row (B3, B4)",
    code: "missing-value",
    sheet: "Splinter Unit",
    cells: ["B3", "B4"],
  },
];

const CONFLICTS: ExpectedConflict[] = [
  {
    type: "turnaround",
    severity: "error",
    resource: "1",
    items: ["102", "104"],
    date: "2026-03-03",
    magnitude: 120,
    why: "wrap 19:00, next call 06:00 less Makeup 60 = 05:00: 10 h of a 12 h Min Rest",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "Gafer",
    items: ["104", "105"],
    date: "2026-03-03",
    magnitude: 1,
    why: "the unknown token Gafer still acts as a capacity-1 resource: 06:00-11:00 and 10:00-14:00",
  },
  {
    type: "dependency",
    severity: "error",
    items: ["109", "110"],
    date: "2026-03-04",
    why: "109 (07:00) starts before 110 (its predecessor) ends at 11:00; the unknown 99A beside it does not hide it",
  },
  {
    type: "travel",
    severity: "warning",
    resource: "1",
    items: ["108", "111"],
    date: "2026-03-04",
    magnitude: 10,
    why: "Barn until 17:00, Creek Road at 17:20: 20 min of the 30 min buffer",
  },
  {
    type: "long-day",
    severity: "warning",
    resource: "C1",
    items: ["112", "113"],
    date: "2026-03-05",
    magnitude: 30,
    why: "06:00 to 20:30 is 14 h 30 min",
  },
];

const NEAR_MISSES: NearMiss[] = [
  { type: "long-day", resource: "C3", items: ["112"], why: "06:00 to 20:00 is exactly 14 h" },
  { type: "double-booking", resource: "C1", items: ["101", "102"], why: "touching at 12:00" },
  {
    type: "double-booking",
    resource: "2",
    items: ["101", "103"],
    why: "103's Call cannot be read: nothing to overlap",
  },
  { type: "travel", resource: "3", items: ["109", "108"], why: "Farmhouse until 08:30, Barn at 09:00: exactly 30 min" },
  {
    type: "turnaround",
    resource: "3",
    items: ["107", "109"],
    why: "107 has no readable Wrap; its 14:00 Call is 16 h 15 before",
  },
  { type: "dependency", items: ["104", "108"], why: "104 ends on 3/3, 108 starts on 3/4" },
  { type: "unavailable", resource: "C2", items: ["109"], why: "Pia's Start Date cannot be read: no bound" },
];

const DOOD_ROWS: ExpectedDoodRow[] = [
  { resource: "1", codes: ["SW", "W", "WF", ""], work: 3, hold: 0 },
  { resource: "2", codes: ["SW", "W", "WF", ""], work: 3, hold: 0 },
  { resource: "3", codes: ["", "SW", "WF", ""], work: 2, hold: 0 },
  // The second Cast # 3, another Name: kept as another person (by Name), who works no day under the number taken.
  { resource: "Jules Amari", codes: ["", "", "", ""], work: 0, hold: 0 },
  { resource: "4", codes: ["", "", "", "SWF"], work: 1, hold: 0 },
];

describeReport(
  "conformance 11: a tired one-liner (typos in schedule and resource tables, the rest still checked)",
  () => saveAndCheck(buildWorkbook(), "1-tired-one-liner.xlsx", "conformance11"),
  {
    conflicts: CONFLICTS,
    nearMisses: NEAR_MISSES,
    dood: {
      title:
        "DOOD: the undated strip makes no shoot day; the second Cast # 3 is a row of their own; 107 (Wrap #VALUE!) is work",
      days: ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"],
      rows: DOOD_ROWS,
    },
  },
  (report) => {
    describeIssues(report, ISSUES, DISPUTED);

    test("call sheet 3/3: Nora called 05:00 (Makeup 60), Theo 09:30 (Makeup 30)", () => {
      const sheet = callSheetView(report()).find((s) => s.date === "2026-03-03");
      expect(sheet?.cast.filter((c) => c.resource !== "3")).toEqual([
        { resource: "1", status: "W", call: "05:00" },
        { resource: "2", status: "W", call: "09:30" },
      ]);
    });

    test("call sheet 3/5: Sam (bad Makeup) has only a date-only strip: call null", () => {
      const sheet = callSheetView(report()).find((s) => s.date === "2026-03-05");
      expect(sheet?.cast).toEqual([{ resource: "4", status: "SWF", call: null }]);
    });
  },
);
