/**
 * Set 21, round 1 (a coordinator's workbooks, openpyxl): one-liners and headers.
 *
 * - `r1-01-mms-oneliner`: Movie Magic style one-liner (`One-Liner`, two title rows, END OF DAY banners, a TOTAL row,
 *   no times). The Date is typed only on each day's first strip (`B6`, `B9` blank) while Shoot Day # is on every
 *   strip: the blank Dates take their Shoot Day's date, so Bo Grant (3, only in row 6) works Day 1.
 * - `r1-02-uk-schedule`: a UK schedule with day-first text dates (`02/03/2026` … `13/03/2026`), `08.00` times, a
 *   night wrap `04.00`, a Cast list with `No.` and `Artist`, `Available From` `09/03/2026`. Checked with
 *   `--culture en-GB` (decision: without a culture, text dates are day first only on firm evidence, three distinct
 *   day-first-only dates; this workbook has one, so the coordinator names the culture).
 * - `r1-02v-unit-call`: the same with the UK call-sheet headers `Unit Call` / `Unit Wrap`.
 * - `r1-08-two-row-header`: "Shoot" over "Date", "Call"/"Wrap" over "Time", freeze panes at A3.
 * - `r1-09-stripboard-table`: an Excel table with a totals row, a Day column of weekday names, Status `Scheduled`,
 *   `OMIT`, `Cut`, `Moved`, `Shot`, a notes-only row.
 *
 * Expectations: the explorer's, worked out by hand from the contract (/tmp/explore/REPORT.md of round 1), adjusted
 * only for the decisions recorded in docs/workbook-format.md ("Choices where the contract is silent").
 */
import type { Report } from "../../src/core/report";
import type { ExpectedCallSheet, ExpectedDoodRow } from "../conformance/helpers";
import { describeFixture, namesByDate, type Expected19, type Expectations19, type NearMiss19 } from "./cli";

// ---------------------------------------------------------------------------------------------------------------
// r1-01: Movie Magic one-liner
// ---------------------------------------------------------------------------------------------------------------
const ONELINER_DAYS = ["2026-03-02", "2026-03-03", "2026-03-05"];
const ONELINER: Expectations19 = {
  issues: { title: "no data issues (the blank Dates are carried from the day's Shoot Day)", keys: [] },
  conflicts: { expected: [] },
  dood: {
    title: "DOOD: 1 SW H WF, 2 SW W WF, 3 SWF (row 6, Date blank), 4 SWF on 3/3 (rows 8-9), 5 SWF on 3/5",
    days: ONELINER_DAYS,
    rows: [
      { resource: "1", codes: ["SW", "H", "WF"], work: 2, hold: 1 },
      { resource: "2", codes: ["SW", "W", "WF"], work: 3, hold: 0 },
      { resource: "3", codes: ["SWF", "", ""], work: 1, hold: 0 },
      { resource: "4", codes: ["", "SWF", ""], work: 1, hold: 0 },
      { resource: "5", codes: ["", "", "SWF"], work: 1, hold: 0 },
    ],
  },
  callSheets: {
    title: "call sheets: Day 1 = row:5 + row:6 with cast 1, 2, 3; Day 2 = row:8 + row:9; no times, so no calls",
    sheets: [
      {
        date: "2026-03-02",
        items: ["row:5", "row:6"],
        cast: [
          { resource: "1", status: "SW", call: null },
          { resource: "2", status: "SW", call: null },
          { resource: "3", status: "SWF", call: null },
        ],
      },
      {
        date: "2026-03-03",
        items: ["row:8", "row:9"],
        cast: [
          { resource: "2", status: "W", call: null },
          { resource: "4", status: "SWF", call: null },
        ],
      },
      {
        date: "2026-03-05",
        items: ["row:11"],
        cast: [
          { resource: "1", status: "WF", call: null },
          { resource: "2", status: "WF", call: null },
          { resource: "5", status: "SWF", call: null },
        ],
      },
    ],
    names: ONELINER_DAYS.map((date, i) => ({ date, sheet: `Call Sheet Day ${i + 1}` })),
  },
};

describeFixture(
  "set 21 / r1-01: Movie Magic one-liner, Date typed on each day's first strip only",
  "r1-01-mms-oneliner.xlsx",
  ONELINER,
  (report) => {
    test("five items, banners and the TOTAL row are not items", () => {
      expect(report().summary.items).toBe(5);
      expect(
        report()
          .priorities.map((p) => p.item)
          .sort(),
      ).toEqual(["row:11", "row:5", "row:6", "row:8", "row:9"]);
    });
  },
);

// ---------------------------------------------------------------------------------------------------------------
// r1-02 / r1-02v: UK schedule, day-first text dates, checked with --culture en-GB
// ---------------------------------------------------------------------------------------------------------------
const UK_EXPECTED: Expected19[] = [
  {
    type: "unavailable",
    severity: "error",
    resource: "2",
    items: ["row:2"],
    date: "2026-03-02",
    magnitude: 210,
    why: "Femi Ade (2) is Available From 09/03/2026 (9 March); row:2 is 02/03/2026 (2 March) 08.00-11.30",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "2",
    items: ["row:4"],
    date: "2026-03-03",
    magnitude: 300,
    why: "row:4 is 03/03/2026 (3 March) 07.00-12.00, before 9 March",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "1",
    items: ["row:5", "row:6"],
    date: "2026-03-13",
    magnitude: 120,
    why: "Rosa Marsh wraps 04.00 on 13 March (night from 12/03 18.00) and is called 14.00 on 13/03: 10 h < 12 h",
  },
];

const UK_NEAR: NearMiss19[] = [
  {
    type: "unavailable",
    resource: "2",
    items: ["row:5"],
    why: "12/03/2026 is 12 March (day first), after Available From 9 March",
  },
];

const UK_DAYS = ["2026-03-02", "2026-03-03", "2026-03-12", "2026-03-13"];
const UK_CALL_SHEETS: ExpectedCallSheet[] = [
  {
    date: "2026-03-02",
    items: ["row:2", "row:3"],
    cast: [
      { resource: "1", status: "SW", call: "08:00" },
      { resource: "2", status: "SW", call: "08:00" },
    ],
  },
  { date: "2026-03-03", items: ["row:4"], cast: [{ resource: "2", status: "W", call: "07:00" }] },
  {
    date: "2026-03-12",
    items: ["row:5"],
    cast: [
      { resource: "1", status: "W", call: "18:00" },
      { resource: "2", status: "WF", call: "18:00" },
    ],
  },
  { date: "2026-03-13", items: ["row:6"], cast: [{ resource: "1", status: "WF", call: "14:00" }] },
];

const UK_DOOD_ROWS: ExpectedDoodRow[] = [
  { resource: "1", codes: ["SW", "H", "W", "WF"], work: 3, hold: 1 },
  { resource: "2", codes: ["SW", "W", "WF", ""], work: 3, hold: 0 },
];

function ukWant(headers: string): Expectations19 {
  return {
    issues: { title: `no data issues (${headers}, No., Artist, 08.00 times all read)`, keys: [] },
    conflicts: { expected: UK_EXPECTED },
    nearMisses: UK_NEAR,
    dood: { title: "DOOD in date order: 1 SW H W WF, 2 SW W WF -", days: UK_DAYS, rows: UK_DOOD_ROWS },
    callSheets: {
      title: "call sheets Day 1-4 in date order with the 08.00-style calls",
      sheets: UK_CALL_SHEETS,
      names: UK_DAYS.map((date, i) => ({ date, sheet: `Call Sheet Day ${i + 1}` })),
    },
  };
}

function ukMore(report: () => Report): void {
  test("Artist is the cast Name: messages say Femi Ade, not just 2", () => {
    const c = report().conflicts.find((x) => x.type === "unavailable");
    expect(c?.message).toContain("Femi Ade");
  });
}

// Decision (docs/workbook-format.md "Culture"): an .xlsx carries no culture; the UK office says --culture en-GB.
const EN_GB = { args: ["--culture", "en-GB"] };

describeFixture(
  "set 21 / r1-02: UK schedule (--culture en-GB), Start/Finish",
  "r1-02-uk-schedule.xlsx",
  ukWant("Start/Finish"),
  ukMore,
  EN_GB,
);
describeFixture(
  "set 21 / r1-02v: UK schedule (--culture en-GB), Unit Call/Unit Wrap",
  "r1-02v-unit-call.xlsx",
  ukWant("Unit Call/Unit Wrap"),
  ukMore,
  EN_GB,
);

// ---------------------------------------------------------------------------------------------------------------
// r1-08: two-row header
// ---------------------------------------------------------------------------------------------------------------
const TWO_ROW_DAYS = ["2026-03-02", "2026-03-03"];
describeFixture(
  "set 21 / r1-08: header on two rows (Shoot/Date, Call/Time, Wrap/Time)",
  "r1-08-two-row-header.xlsx",
  {
    issues: { title: "no data issues (row 2 is part of the header, not an item)", keys: [] },
    conflicts: {
      expected: [
        {
          type: "double-booking",
          severity: "error",
          resource: "1",
          items: ["row:3", "row:4"],
          date: "2026-03-02",
          magnitude: 1,
          why: "Al Dune 07:00-12:00 and 11:00-15:00 on 3/2 (Shoot Date, Call Time, Wrap Time)",
        },
      ],
    },
    dood: {
      title: "DOOD: 1 SWF -, 2 - SWF",
      days: TWO_ROW_DAYS,
      rows: [
        { resource: "1", codes: ["SWF", ""], work: 1, hold: 0 },
        { resource: "2", codes: ["", "SWF"], work: 1, hold: 0 },
      ],
    },
    callSheets: {
      title: "call sheets by date",
      sheets: [
        { date: "2026-03-02", items: ["row:3", "row:4"], cast: [{ resource: "1", status: "SWF", call: "07:00" }] },
        { date: "2026-03-03", items: ["row:5"], cast: [{ resource: "2", status: "SWF", call: "07:00" }] },
      ],
      names: namesByDate(TWO_ROW_DAYS),
    },
  },
  (report) => {
    test("three items: the sub-header row 2 is not one", () => {
      expect(report().summary.items).toBe(3);
    });
  },
);

// ---------------------------------------------------------------------------------------------------------------
// r1-09: stripboard as an Excel table
// ---------------------------------------------------------------------------------------------------------------
// Decision (docs/workbook-format.md "Status"): contract §3 ignores only Cancelled, Canceled and Omitted, so a bare
// OMIT, Cut and Moved are live strips (session 8: an independent reader of the contract counted OMIT live; a
// cancelled OMIT had been an extension that changed findings). The explorer expected all three ignored; here row:3
// (OMIT, 10:00-13:00, cast 1) overlaps row:2 on 3/2, and row:4 (Cut, 07:00-12:00, cast 1 and 2) and row:5 (Moved,
// 09:00-11:00, cast 2) are live strips on 3/3, so cast 2 is in both from 09:00 to 11:00.
const BOARD_DAYS = ["2026-03-02", "2026-03-03", "2026-03-04"];
describeFixture(
  "set 21 / r1-09: stripboard Excel table with OMIT / Cut / Moved, weekday Day column, totals row",
  "r1-09-stripboard-table.xlsx",
  {
    issues: { title: "no data issues (weekday names in Day, the totals row, the notes row)", keys: [] },
    conflicts: {
      expected: [
        {
          type: "double-booking",
          severity: "error",
          resource: "1",
          items: ["row:2", "row:3"],
          date: "2026-03-02",
          magnitude: 1,
          why: "row:3 (OMIT, live) 10:00-13:00 overlaps row:2 07:00-12:00 for cast 1",
        },
        {
          type: "double-booking",
          severity: "error",
          resource: "2",
          items: ["row:4", "row:5"],
          date: "2026-03-03",
          magnitude: 1,
          why: "row:4 (Cut, live) 07:00-12:00 and row:5 (Moved, live) 09:00-11:00 both name cast 2",
        },
      ],
    },
    nearMisses: [
      { type: "double-booking", resource: "2", items: ["row:5", "row:6"], why: "row:6 (Shot) is on 3/4, row:5 on 3/3" },
    ],
    dood: {
      title: "DOOD: 1 SW on 3/2 and WF on 3/3 (row:4, Cut, is live); 2 SW on 3/3 and WF on 3/4",
      days: BOARD_DAYS,
      rows: [
        { resource: "1", codes: ["SW", "WF", ""], work: 2, hold: 0 },
        { resource: "2", codes: ["", "SW", "WF"], work: 2, hold: 0 },
      ],
    },
    callSheets: {
      title: "call sheets: the OMIT strip is live, so on 3/2's",
      sheets: [
        { date: "2026-03-02", items: ["row:2", "row:3"], cast: [{ resource: "1", status: "SW", call: "07:00" }] },
        {
          date: "2026-03-03",
          items: ["row:4", "row:5"],
          cast: [
            { resource: "1", status: "WF", call: "07:00" },
            { resource: "2", status: "SW", call: "07:00" },
          ],
        },
        { date: "2026-03-04", items: ["row:6"], cast: [{ resource: "2", status: "WF", call: "07:00" }] },
      ],
    },
  },
  (report) => {
    test("five live items: OMIT among them, the totals and notes rows are not items", () => {
      expect(report().summary.items).toBe(5);
    });
  },
);
