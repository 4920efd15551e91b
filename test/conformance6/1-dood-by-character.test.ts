/**
 * Set 6, workbook 1: the Day Out of Days a coordinator reads, code for code and total for total.
 * A plain-range `Stripboard` whose Cast column names people the way scripts do, by CHARACTER (the cast table's
 * `Character` = Role), in capitals and once in mixed case; no Shoot Day column (call sheets `Call Sheet
 * YYYY-MM-DD`). Two cast-less shoot days (a timed insert and a date-only plate day) are still DOOD columns, and
 * an Omitted strip makes nobody work. Expectations are worked out by hand from the contract §7 (see each row).
 *
 * Rules: a `SAG-AFTRA` row giving only Drop Days 4 (the other cells blank: the defaults stay, so Anna's 6 h
 * turnaround after a night shoot still fires); a new set `Day Player` with Drop Days 2.
 * Cast (SAG-AFTRA by Type unless a Union is given):
 *   1 Anna Bell   MAYA            works 3/2 3/3 3/4 (night) 3/5 3/9 3/16, no Allow Drop (gaps of 6 days stay H)
 *   2 Ben Ortiz   JONAH           Drop OK; 3/6 -> 3/11 is a gap of exactly 4 = Drop Days: no drop
 *   3 Cal Reed    DETECTIVE RUIZ  Drop OK; two gaps of 5 > 4: two drops, the last day a pickup (PWF)
 *   4 Dee Small   NURSE           Union "Day Player" (Drop Days 2): gap 2 keeps H, gap 3 drops
 *   5 Eve Lam     CLERK           one day only (SWF), a two-day travel window before, a date-time hold after
 *   6 Finn Cole   OFFICER PIKE    travel, rehearsal, fitting before his first day; travel on a work day;
 *                                 a hold after his last day
 *   7 Gus Hale    MAYOR           Drop OK, only in an Omitted strip: never works; held on 3/3
 *   8 Hal Roe     HARBORMASTER    Drop OK as a TRUE cell; three single days each more than 4 days apart: SWD, PWD, PWF
 */
import ExcelJS from "exceljs";
import {
  at,
  callSheetNames,
  describeReport,
  plainSheet,
  saveAndCheck,
  timeFraction as t,
  type CellInput,
  type ExpectedCallSheet,
  type ExpectedConflict,
  type ExpectedDoodRow,
  type NearMiss,
} from "../conformance/helpers";
import { schemaErrors, summaryOf } from "./writeback";

// Excel rows 2..14. Columns: Strip ID, Shoot Date, Sc., Set, D/N, Pgs, Call, Wrap, Cast Members, Location, Status.
// prettier-ignore
const STRIPS: CellInput[][] = [
  ["S1", at(2026, 3, 2), "1", "INT. PRECINCT", "D", "2 4/8", t(8), t(12), "MAYA, DETECTIVE RUIZ, NURSE, HARBORMASTER", "Stage 2", null],
  ["S2", at(2026, 3, 3), "2", "INT. PRECINCT", "D", "3", t(8), t(16), "MAYA / DETECTIVE RUIZ", "Stage 2", null],
  ["S3", at(2026, 3, 4), "5", "INT. RECORDS ROOM", "D", "1", t(9), t(13), "CLERK", "Stage 2", null],
  ["S13", at(2026, 3, 4), "6", "EXT. ROOFTOP", "N", "1 4/8", t(20), t(2), "MAYA", "Roof Set", null],
  ["S4", at(2026, 3, 5), "7", "INT. HOSPITAL", "N", "2", t(8), t(14), "MAYA; JONAH; NURSE; OFFICER PIKE", "Stage 4", null],
  ["S5", at(2026, 3, 6), "9", "EXT. PARKING LOT", "D", "1 2/8", t(8), t(16), "JONAH, OFFICER PIKE", "Lot B", null],
  ["S6", at(2026, 3, 9), "12", "INT. HOSPITAL", "D", "2 2/8", t(8), t(16), "MAYA, DETECTIVE RUIZ, NURSE,\nHARBORMASTER", "Stage 4", null],
  ["S7", at(2026, 3, 10), "13", "INT. HOSPITAL", "D", "4/8", t(8), t(16), "DETECTIVE RUIZ, NURSE", "Stage 4", null],
  ["S8", at(2026, 3, 11), "20", "EXT. DOCKS", "N", "1", t(8), t(12), "JONAH", "Pier 3", null],
  ["S9", at(2026, 3, 12), "21", "INSERT - PHONE", "D", "1/8", t(10), t(14), null, "Stage 2", null],
  ["S12", at(2026, 3, 12), "22", "INT. CITY HALL", "D", "1", t(10), t(12), "MAYOR", "City Hall", "Omitted"],
  ["S10", at(2026, 3, 13), "23", "PLATES - HARBOR", "D", "2/8", null, null, null, "Pier 3", null],
  ["S11", at(2026, 3, 16), "30", "INT. PRECINCT", "N", "3 1/8", t(8), t(16), "maya, Detective Ruiz; Harbormaster", "Stage 2", null],
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  plainSheet(
    wb,
    "Stripboard",
    ["Strip ID", "Shoot Date", "Sc.", "Set", "D/N", "Pgs", "Call", "Wrap", "Cast Members", "Location", "Status"],
    STRIPS,
    { timeColumns: [6, 7] },
  );
  const cast = plainSheet(
    wb,
    "Cast",
    ["Cast #", "Name", "Character", "Union", "Drop OK"],
    [
      [1, "Anna Bell", "MAYA", null, "No"],
      [2, "Ben Ortiz", "JONAH", null, "Yes"],
      [3, "Cal Reed", "DETECTIVE RUIZ", null, "Yes"],
      [4, "Dee Small", "NURSE", "Day Player", "Yes"],
      [5, "Eve Lam", "CLERK", null, null],
      [6, "Finn Cole", "OFFICER PIKE", null, "No"],
      [7, "Gus Hale", "MAYOR", null, "Yes"],
      [8, "Hal Roe", "HARBORMASTER", null, null],
    ],
  );
  // Hal's Drop OK is a TRUE cell (a checkbox column), a yes.
  cast.getCell("E9").value = true;
  plainSheet(
    wb,
    "Rules",
    ["Rule Set", "Min Rest (h)", "Max Day (h)", "Max Consecutive Days", "Travel Buffer (min)", "Drop Days"],
    [
      // Restates only Drop Days: the blank cells keep SAG-AFTRA's defaults (12 h rest, 14 h day, 6 days).
      ["SAG-AFTRA", null, null, null, null, 4],
      ["Day Player", 12, 14, 6, 30, 2],
    ],
  );
  plainSheet(
    wb,
    "Availability",
    ["Resource", "From", "To", "Kind", "Notes"],
    [
      ["Finn Cole", at(2026, 3, 2), at(2026, 3, 2), "Travel", "Flies in"],
      [6, at(2026, 3, 3), at(2026, 3, 3), "Rehearsal", null],
      ["OFFICER PIKE", at(2026, 3, 4), at(2026, 3, 4), "Fitting", "Uniform"],
      [6, at(2026, 3, 6), at(2026, 3, 6), "Travel", "Flies out after wrap"],
      [6, at(2026, 3, 9), at(2026, 3, 9), "Hold", "Possible reshoot"],
      ["MAYOR", at(2026, 3, 3), at(2026, 3, 3), "Hold", "Held, never used"],
      ["Eve Lam", at(2026, 3, 2), at(2026, 3, 3), "Travel", "Two-day drive"],
      ["CLERK", at(2026, 3, 5, 9), at(2026, 3, 6, 12), "Hold", "Weather cover"],
    ],
  );
  return wb;
}

const SHOOT_DAYS = [
  "2026-03-02",
  "2026-03-03",
  "2026-03-04",
  "2026-03-05",
  "2026-03-06",
  "2026-03-09",
  "2026-03-10",
  "2026-03-11",
  "2026-03-12",
  "2026-03-13",
  "2026-03-16",
];

//                3/2   3/3   3/4   3/5   3/6   3/9   3/10  3/11  3/12  3/13  3/16
const DOOD_ROWS: ExpectedDoodRow[] = [
  // No Allow Drop: every shoot day between the first and last work day that is not worked is H (§7).
  {
    resource: "1",
    codes: ["SW", "W", "W", "W", "H", "W", "H", "H", "H", "H", "WF"],
    work: 6,
    hold: 5,
    travel: 0,
    start: "2026-03-02",
    finish: "2026-03-16",
  },
  // 3/6 -> 3/11: 3/7, 3/8, 3/9, 3/10 = 4 days, not "more than Drop Days" (4): no drop, 3/9 and 3/10 are H.
  {
    resource: "2",
    codes: ["", "", "", "SW", "W", "H", "H", "WF", "", "", ""],
    work: 3,
    hold: 2,
    start: "2026-03-05",
    finish: "2026-03-11",
  },
  // 3/3 -> 3/9: 5 days > 4, a drop (WD, blanks, PW); 3/10 -> 3/16: 5 days > 4, another drop. 3/16 is both the
  // pickup and the last work day: PWF (docs/workbook-format.md, the combined code like SWD).
  {
    resource: "3",
    codes: ["SW", "WD", "", "", "", "PW", "WD", "", "", "", "PWF"],
    work: 5,
    hold: 0,
    start: "2026-03-02",
    finish: "2026-03-16",
  },
  // Day Player's Drop Days 2: 3/2 -> 3/5 is 2 days (3/3, 3/4): H H. 3/5 -> 3/9 is 3 days > 2: a drop.
  {
    resource: "4",
    codes: ["SW", "H", "H", "WD", "", "PW", "WF", "", "", "", ""],
    work: 4,
    hold: 2,
    start: "2026-03-02",
    finish: "2026-03-10",
  },
  // A two-date travel window (date-only To covers 3/3) is T T; a hold window from 3/5 09:00 to 3/6 12:00 touches
  // both dates: H H after her only day.
  {
    resource: "5",
    codes: ["T", "T", "SWF", "H", "H", "", "", "", "", "", ""],
    work: 1,
    hold: 2,
    travel: 2,
    start: "2026-03-04",
    finish: "2026-03-04",
  },
  // T R F before the first day; the travel window on his last work day (3/6) still shows WF (work wins), so the
  // grid has one T; the hold window after his last day shows H and counts as a hold day.
  {
    resource: "6",
    codes: ["T", "R", "F", "SW", "WF", "H", "", "", "", "", ""],
    work: 2,
    hold: 1,
    travel: 1,
    start: "2026-03-05",
    finish: "2026-03-06",
  },
  // Only in the Omitted S12: "ignored by every rule", so no work, no start or finish; held on 3/3 by a hold
  // window ("hold ... show as H on those dates"), a hold day in his totals.
  { resource: "7", codes: ["", "H", "", "", "", "", "", "", "", "", ""], work: 0, hold: 1 },
  // 3/2 -> 3/9: 6 days > 4 and 3/9 -> 3/16: 6 days > 4. The first day is also the last before a drop (SWD), the
  // single day between two drops is a pickup and a drop (PWD), the last a pickup (PWF): docs/workbook-format.md.
  {
    resource: "8",
    codes: ["SWD", "", "", "", "", "PWD", "", "", "", "", "PWF"],
    work: 3,
    hold: 0,
    start: "2026-03-02",
    finish: "2026-03-16",
  },
];

const c = (resource: string, status: string, call: string | null) => ({ resource, status, call });

const CALL_SHEETS: ExpectedCallSheet[] = [
  {
    date: "2026-03-02",
    items: ["S1"],
    cast: [c("1", "SW", "08:00"), c("3", "SW", "08:00"), c("4", "SW", "08:00"), c("8", "SWD", "08:00")],
  },
  { date: "2026-03-03", items: ["S2"], cast: [c("1", "W", "08:00"), c("3", "WD", "08:00")] },
  { date: "2026-03-04", items: ["S3", "S13"], cast: [c("1", "W", "20:00"), c("5", "SWF", "09:00")] },
  {
    date: "2026-03-05",
    items: ["S4"],
    cast: [c("1", "W", "08:00"), c("2", "SW", "08:00"), c("4", "WD", "08:00"), c("6", "SW", "08:00")],
  },
  { date: "2026-03-06", items: ["S5"], cast: [c("2", "W", "08:00"), c("6", "WF", "08:00")] },
  {
    date: "2026-03-09",
    items: ["S6"],
    cast: [c("1", "W", "08:00"), c("3", "PW", "08:00"), c("4", "PW", "08:00"), c("8", "PWD", "08:00")],
  },
  { date: "2026-03-10", items: ["S7"], cast: [c("3", "WD", "08:00"), c("4", "WF", "08:00")] },
  { date: "2026-03-11", items: ["S8"], cast: [c("2", "WF", "08:00")] },
  // The Omitted S12 is on no call sheet; the insert has no cast.
  { date: "2026-03-12", items: ["S9"], cast: [] },
  { date: "2026-03-13", items: ["S10"], cast: [] },
  { date: "2026-03-16", items: ["S11"], cast: [c("1", "WF", "08:00"), c("3", "PWF", "08:00"), c("8", "PWF", "08:00")] },
];

const EXPECTED: ExpectedConflict[] = [
  {
    type: "turnaround",
    severity: "error",
    resource: "1",
    items: ["S13", "S4"],
    date: "2026-03-05",
    magnitude: 360,
    why: "S13 wraps 02:00 on 3/5, S4 calls 08:00: 6 h < SAG-AFTRA's 12 h (the Rules row left Min Rest blank)",
  },
];

const NEAR_MISSES: NearMiss[] = [
  { type: "consecutive-days", resource: "1", items: ["S6"], why: "Anna never works more than 4 days in a row" },
  { type: "long-day", resource: "1", items: ["S13"], why: "20:00 -> 02:00 is 6 h" },
  { type: "turnaround", resource: "3", items: ["S1", "S2"], why: "12:00 -> 08:00 next day is 20 h" },
  { type: "double-booking", resource: "7", items: ["S12"], why: "the Mayor is only in an Omitted strip" },
];

describeReport(
  "conformance set 6: DOOD by character — drops at and past Drop Days, a Rules Drop Days, T/R/F/H windows",
  () => saveAndCheck(buildWorkbook(), "1-dood-by-character.xlsx", "conformance6"),
  {
    issues: { title: "characters resolve by Role, every table is placed: no data issues", keys: [] },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
    dood: {
      title: "DOOD: every code and every total per person, cast-less days are columns",
      days: SHOOT_DAYS,
      rows: DOOD_ROWS,
    },
    callSheets: {
      title: "call sheets: each cast member's status is that day's DOOD code (WD, PW, PWF, SWF)",
      sheets: CALL_SHEETS,
      names: SHOOT_DAYS.map((date) => ({ date, sheet: `Call Sheet ${date}` })),
    },
  },
  (report) => {
    test("the report is valid against report.schema.json, as the CLI prints it", () => {
      expect(schemaErrors(report())).toEqual([]);
    });
    test("summary: 12 items (non-cancelled), errors/warnings/data issues = the lists' counts", () => {
      expect(report().summary.items).toBe(12);
      expect(report().summary).toMatchObject(summaryOf(report()));
    });
    test("DOOD rows carry the cast names in cast-table order", () => {
      expect(report().dood.rows.map((r) => r.name)).toEqual([
        "Anna Bell",
        "Ben Ortiz",
        "Cal Reed",
        "Dee Small",
        "Eve Lam",
        "Finn Cole",
        "Gus Hale",
        "Hal Roe",
      ]);
    });
    test("a person who never works has no start or finish, even when held", () => {
      const gus = report().dood.rows.find((r) => r.resource === "7");
      expect([gus?.start, gus?.finish]).toEqual([undefined, undefined]);
    });
    test("every DOOD row has one code per shoot day", () => {
      for (const row of report().dood.rows) expect(row.codes).toHaveLength(SHOOT_DAYS.length);
    });
    test("work total = number of work codes; hold total = number of H codes (totals of the grid)", () => {
      const work = new Set(["SW", "W", "WF", "SWF", "WD", "PW", "PWF", "SWD", "PWD"]);
      for (const row of report().dood.rows) {
        expect(row.work).toBe(row.codes.filter((x) => work.has(x)).length);
        expect(row.hold).toBe(row.codes.filter((x) => x === "H").length);
      }
    });
    test("call sheets are Day N of M over the 11 shoot days, with no Shoot Day column", () => {
      expect(report().callSheets.map((s) => [s.dayNumber, s.dayCount, s.shootDay])).toEqual(
        SHOOT_DAYS.map((_, i) => [i + 1, 11, undefined]),
      );
    });
    test("call sheets name the cast by character (Role)", () => {
      const day = report().callSheets.find((s) => s.date === "2026-03-05");
      expect(day?.cast.map((x) => x.role)).toEqual(["MAYA", "JONAH", "NURSE", "OFFICER PIKE"]);
    });
    test.each([
      ["2026-03-02", "2 4/8"],
      ["2026-03-03", "3"],
      ["2026-03-04", "2 4/8"], // 1 + 1 4/8
      ["2026-03-12", "1/8"], // the Omitted S12's page is not shot
      ["2026-03-13", "2/8"],
      ["2026-03-16", "3 1/8"],
    ] as const)("total pages on %s is %s", (date, pages) => {
      expect(report().callSheets.find((s) => s.date === date)?.totalPages).toBe(pages);
    });
    test("a Location naming no location resource is listed by name, with no address or hospital", () => {
      const locations = report().callSheets.find((s) => s.date === "2026-03-06")?.locations;
      expect(locations?.map((l) => [l.name, l.address, l.nearestHospital])).toEqual([["Lot B", undefined, undefined]]);
    });
    test("call-sheet names are as §8 says without a Shoot Day column", () => {
      expect(callSheetNames(report()).map((s) => s.sheet)[0]).toBe("Call Sheet 2026-03-02");
    });
  },
);
