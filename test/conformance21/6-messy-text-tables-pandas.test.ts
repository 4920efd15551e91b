/**
 * Set 21, round 2 (workbooks written by scripts and tools): messy text, Excel tables with totals rows, pandas.
 *
 * - `r2-07-messy-text`: headers "Scene&nbsp;#", " Date", "Call Time ", "Wrap&nbsp;Time"; dates "3/2/2026 " and
 *   "&nbsp;3/3/2026"; times " 7:00 AM"; Cast "1⏎2", " 2 ,&nbsp;3 ", "1;⏎3"; IDs " 2", "3&nbsp;"; Lead Time "30 ";
 *   Equipment "Camera&nbsp;A" against "Camera A " with Qty "1".
 * - `r2-08-xlsxwriter-tables`: XlsxWriter tables with totals rows: `tblBoard` (Strip ID 101-104, Shoot Day text,
 *   time fractions, "Total" + COUNT) and `tblCast` ("Total", SUBTOTAL formulas with XlsxWriter's saved 0s).
 * - `r2-09-pandas-export`: a script's export through openpyxl: sheets `schedule_export`, `people`, `unavail`,
 *   `deliveries` (placed by headers), snake_case headers, Timestamps, float IDs with NaN, numeric item IDs.
 * - `r2-10-pandas-astype-str`: `df.astype(str)` before writing: NaN as "nan", NaT as "NaT", Timestamps as text.
 * - `r2-11-totals-no-label`: Cast and Budget tables (XlsxWriter) whose totals rows hold only SUM results.
 * - `r2-12-pandas-multiindex`: `set_index(["Date", "Shoot Day"]).to_excel()`: pandas merges the index cells down.
 *
 * Expectations: the explorer's (round 2, EXPECT.md and REPORT.md), adjusted only for the decisions in
 * docs/workbook-format.md.
 */
import type { ExpectedCallSheet } from "../conformance/helpers";
import { describeFixture, namesByDate } from "./cli";

// ---------------------------------------------------------------------------------------------------------------
// r2-07: messy text
// ---------------------------------------------------------------------------------------------------------------
const MESSY_DAYS = ["2026-03-02", "2026-03-03"];
describeFixture("set 21 / r2-07: spaces, no-break spaces and line breaks everywhere", "r2-07-messy-text.xlsx", {
  issues: { title: "no data issues: every header, date, time and token resolves", keys: [] },
  conflicts: {
    expected: [
      {
        type: "double-booking",
        severity: "error",
        resource: "2",
        items: ["row:2", "row:3"],
        date: "2026-03-02",
        magnitude: 1,
        why: "Ana Lopez (' 2' / '\u00a02') in '1⏎2' 07:00-12:00 and ' 2 ,\u00a03 ' 11:00-13:00",
      },
      {
        type: "double-booking",
        severity: "error",
        resource: "Camera A",
        items: ["row:2", "row:3"],
        date: "2026-03-02",
        magnitude: 1,
        why: "'Camera\u00a0A' (a no-break space inside) is Camera A: 07:00-12:00 and 11:00-13:00",
      },
    ],
  },
  dood: {
    title: "DOOD: 1 SW WF, 2 SWF -, 3 SW WF",
    days: MESSY_DAYS,
    rows: [
      { resource: "1", codes: ["SW", "WF"], work: 2, hold: 0 },
      { resource: "2", codes: ["SWF", ""], work: 1, hold: 0 },
      { resource: "3", codes: ["SW", "WF"], work: 2, hold: 0 },
    ],
  },
  callSheets: {
    title: "call sheets: cast 1 at 06:30 (Lead Time '30 ')",
    sheets: [
      {
        date: "2026-03-02",
        items: ["row:2", "row:3"],
        cast: [
          { resource: "1", status: "SW", call: "06:30" },
          { resource: "2", status: "SWF", call: "07:00" },
          { resource: "3", status: "SW", call: "11:00" },
        ],
      },
      {
        date: "2026-03-03",
        items: ["row:4"],
        cast: [
          { resource: "1", status: "WF", call: "06:30" },
          { resource: "3", status: "WF", call: "07:00" },
        ],
      },
    ],
    names: namesByDate(MESSY_DAYS),
  },
});

// ---------------------------------------------------------------------------------------------------------------
// r2-08: XlsxWriter tables with totals rows
// ---------------------------------------------------------------------------------------------------------------
const TABLE_DAYS = ["2026-03-02", "2026-03-03"];
describeFixture(
  "set 21 / r2-08: XlsxWriter stripboard and cast tables with totals rows",
  "r2-08-xlsxwriter-tables.xlsx",
  {
    issues: { title: "no data issues: the totals rows are not data (no cell-error for their formulas)", keys: [] },
    conflicts: {
      expected: [
        {
          type: "double-booking",
          severity: "error",
          resource: "1",
          items: ["103", "104"],
          date: "2026-03-03",
          magnitude: 1,
          why: "Tom Reed 08:00-10:00 and 09:30-11:00",
        },
        {
          type: "dependency",
          severity: "error",
          items: ["103", "104"],
          date: "2026-03-03",
          magnitude: 30,
          why: "104 starts 09:30, 103 ends 10:00",
        },
      ],
    },
    nearMisses: [{ type: "dependency", items: ["101", "102"], why: "101 ends 12:00, 102 starts 13:00" }],
    dood: {
      title: "DOOD: two cast rows (no 'Total' cast member)",
      days: TABLE_DAYS,
      rows: [
        { resource: "1", codes: ["SW", "WF"], work: 2, hold: 0 },
        { resource: "2", codes: ["SW", "WF"], work: 2, hold: 0 },
      ],
    },
    callSheets: {
      title: "call sheets Day 1/2 from the text Shoot Day, calls with Lead Time 30",
      sheets: [
        {
          date: "2026-03-02",
          items: ["101", "102"],
          cast: [
            { resource: "1", status: "SW", call: "06:30" },
            { resource: "2", status: "SW", call: "06:30" },
          ],
        },
        {
          date: "2026-03-03",
          items: ["103", "104"],
          cast: [
            { resource: "1", status: "WF", call: "07:30" },
            { resource: "2", status: "WF", call: "09:00" },
          ],
        },
      ],
      names: TABLE_DAYS.map((date, i) => ({ date, sheet: `Call Sheet Day ${i + 1}` })),
    },
  },
  (report) => {
    test("four items and two resources: neither totals row is one", () => {
      expect(report().summary.items).toBe(4);
      expect(report().summary.resources).toBe(2);
    });
  },
);

// ---------------------------------------------------------------------------------------------------------------
// r2-09: pandas export
// ---------------------------------------------------------------------------------------------------------------
describeFixture(
  "set 21 / r2-09: pandas export with snake_case sheets and headers",
  "r2-09-pandas-export.xlsx",
  {
    issues: { title: "no data issues (roles from headers, float ids with NaN)", keys: [] },
    conflicts: {
      expected: [
        {
          type: "unavailable",
          severity: "error",
          resource: "1",
          items: ["2"],
          date: "2026-03-09",
          magnitude: 30,
          why: "Tom Reed (by Name) away 17:30-20:00; item 2 is 13:00-18:00",
        },
        {
          type: "double-booking",
          severity: "error",
          resource: "1",
          items: ["4", "5"],
          date: "2026-03-10",
          magnitude: 1,
          why: "Tom Reed 10:00-14:00 and 13:30-16:00",
        },
        {
          type: "dependency",
          severity: "error",
          items: ["4", "5"],
          date: "2026-03-10",
          magnitude: 30,
          why: "5 (depends_on 4.0) starts 13:30, 4 ends 14:00",
        },
        {
          type: "material-late",
          severity: "error",
          items: ["3"],
          date: "2026-03-10",
          magnitude: 10,
          why: "the Steadicam rig arrives 06:10 for item 3 at 06:00",
        },
      ],
    },
    nearMisses: [
      { type: "dependency", items: ["3", "4"], why: "4 (depends_on 3.0) starts 10:00, exactly when 3 ends" },
      { type: "unavailable", resource: "2", items: ["4"], why: "Ana Lopez is away 15:00-17:00; item 4 ends 14:00" },
    ],
    dood: {
      title: "DOOD: 1 SW WF, 2 SW WF",
      days: ["2026-03-09", "2026-03-10"],
      rows: [
        { resource: "1", codes: ["SW", "WF"], work: 2, hold: 0 },
        { resource: "2", codes: ["SW", "WF"], work: 2, hold: 0 },
      ],
    },
  },
  (report) => {
    test("costs: day rate 1200 x 2 + hourly 50 x 13 h = 3050 under (no account); Tom called 06:15 on 3/9", () => {
      expect(report().costs?.accounts).toEqual([{ account: "(no account)", planned: 3050 }]);
      expect(report().callSheets[0]?.cast.find((c) => c.resource === "1")?.call).toBe("06:15");
    });
  },
);

// ---------------------------------------------------------------------------------------------------------------
// r2-10: df.astype(str)
// ---------------------------------------------------------------------------------------------------------------
const ASTYPE_CALLS: ExpectedCallSheet[] = [
  { date: "2026-03-02", items: ["row:2", "row:3"], cast: [{ resource: "1", status: "SWF", call: "07:00" }] },
  { date: "2026-03-03", items: ["row:4"], cast: [] },
];
describeFixture(
  "set 21 / r2-10: pandas after df.astype(str) (nan, NaT, text date-times)",
  "r2-10-pandas-astype-str.xlsx",
  {
    issues: { title: "no data issues: 'nan' and 'NaT' are blank cells", keys: [] },
    conflicts: {
      expected: [
        {
          type: "double-booking",
          severity: "error",
          resource: "1",
          items: ["row:2", "row:3"],
          date: "2026-03-02",
          magnitude: 1,
          why: "Tom Reed '2026-03-02 07:00:00'-'12:00:00' and '11:00:00'-'15:00:00' (text date-times)",
        },
      ],
    },
    nearMisses: [{ type: "double-booking", resource: "nan", items: ["row:2", "row:3"], why: "Crew 'nan' is blank" }],
    dood: {
      title: "DOOD: 1 SWF -, 2 - -",
      days: ["2026-03-02", "2026-03-03"],
      rows: [
        { resource: "1", codes: ["SWF", ""], work: 1, hold: 0 },
        { resource: "2", codes: ["", ""], work: 0, hold: 0 },
      ],
    },
    callSheets: { title: "call sheets: row:4 (NaT times) is date-only", sheets: ASTYPE_CALLS },
  },
);

// ---------------------------------------------------------------------------------------------------------------
// r2-11: totals rows without a label
// ---------------------------------------------------------------------------------------------------------------
describeFixture(
  "set 21 / r2-11: Excel tables whose totals rows have no label",
  "r2-11-totals-no-label.xlsx",
  {
    issues: { title: "no data issues (the Cast totals row is not a row with no ID and no Name)", keys: [] },
    conflicts: { expected: [] },
    nearMisses: [{ type: "double-booking", resource: "1", items: ["A1", "A2"], why: "A1 is cast 1, A2 cast 2" }],
    dood: {
      title: "DOOD: 1 SWF, 2 SWF",
      days: ["2026-03-02"],
      rows: [
        { resource: "1", codes: ["SWF"], work: 1, hold: 0 },
        { resource: "2", codes: ["SWF"], work: 1, hold: 0 },
      ],
    },
  },
  (report) => {
    test("two resources; budget accounts 1405 and 1410 only; the day rates 250 + 300", () => {
      expect(report().summary.resources).toBe(2);
      expect(report().costs?.accounts).toEqual([
        { account: "1405", budget: 500, planned: 0 },
        { account: "1410", budget: 100, planned: 0 },
        { account: "(no account)", planned: 550 },
      ]);
    });
  },
);

// ---------------------------------------------------------------------------------------------------------------
// r2-12: pandas MultiIndex (merged Date and Shoot Day cells)
// ---------------------------------------------------------------------------------------------------------------
const MULTI_DAYS = ["2026-03-02", "2026-03-03"];
describeFixture(
  "set 21 / r2-12: pandas MultiIndex with merged Date and Shoot Day cells",
  "r2-12-pandas-multiindex.xlsx",
  {
    issues: { title: "no data issues", keys: [] },
    conflicts: { expected: [] },
    nearMisses: [
      { type: "double-booking", resource: "1", items: ["row:2", "row:3"], why: "07:00-10:00 and 10:00-14:00 touch" },
      { type: "double-booking", resource: "2", items: ["row:3", "row:4"], why: "10:00-14:00 and 14:00-18:00 touch" },
      { type: "double-booking", resource: "1", items: ["row:5", "row:6"], why: "07:00-12:00 and 12:00-16:00 touch" },
    ],
    dood: {
      title: "DOOD: 1 SW WF, 2 SW WF (the merged Date repeated down)",
      days: MULTI_DAYS,
      rows: [
        { resource: "1", codes: ["SW", "WF"], work: 2, hold: 0 },
        { resource: "2", codes: ["SW", "WF"], work: 2, hold: 0 },
      ],
    },
    callSheets: {
      title: "call sheets Day 1/2 from the merged Shoot Day",
      sheets: [
        {
          date: "2026-03-02",
          items: ["row:2", "row:3", "row:4"],
          cast: [
            { resource: "1", status: "SW", call: "07:00" },
            { resource: "2", status: "SW", call: "10:00" },
          ],
        },
        {
          date: "2026-03-03",
          items: ["row:5", "row:6"],
          cast: [
            { resource: "1", status: "WF", call: "07:00" },
            { resource: "2", status: "WF", call: "12:00" },
          ],
        },
      ],
      names: MULTI_DAYS.map((date, i) => ({ date, sheet: `Call Sheet Day ${i + 1}` })),
    },
  },
);
