/**
 * Set 20, workbooks 1 and 4: one lookup stripboard written twice by Python.
 *
 * - `1-openpyxl-lookup-board.xlsx` (openpyxl): every formula saved with no result.
 * - `4-xlsxwriter-lookup-board.xlsx` (XlsxWriter): the same cells, every formula saved with the result 0 and the
 *   workbook marked fullCalcOnLoad (Excel recalculates on open, so the 0s are never shown). A reader that took the
 *   saved 0s would read every Date as 1899-12-30, every End as 00:00 and every Cast as "0".
 *
 * Schedule (header row 1): ID | Date | Start | End | Hours | Cast | Crew | Cast Code | Location. Cast is
 * `=VLOOKUP(Hn,'Cast & Crew'!$A:$B,2,FALSE)` (whole columns, a sheet name that needs quotes), End is `=Cn+En/24` or
 * `=Cn+TIME(h,m,0)`, Date is `=B(n-1)` or `=B(n-1)+1` from Mon 2026-03-09. 'Cast & Crew' (Code | Name | Type |
 * Role) is placed by its headers: C1 Maya Torres, C2 Ben Okafor, C3 Sam Reyes (cast), G1 Dana Whitfield, G2 Marco
 * Ruiz (crew), a blank row 7, then C4 Lena Voss and the text code "7" Iris Calder (cast).
 *
 * Expectations worked out by hand from the contract before the engine was run, with the value Excel shows for each
 * formula. Cast SAG-AFTRA (12 h rest, 14 h day), crew IATSE (10 h, 14 h); no Travel table; no Locations table.
 *
 *   row ID  Date (Excel)     Start         End (Excel)                 Cast (Excel)                  Crew
 *   2   K1  2026-03-09       07:00         =C2+E2/24 -> 15:00          VLOOKUP("C1") Maya Torres     Dana
 *   3   K2  =B2  -> 03-09    14:00         =C3+TIME(2,30,0) -> 16:30   VLOOKUP("C1") Maya Torres
 *   4   K3  =B3+1 -> 03-10   04:00         =C4+E4/24 -> 10:00          VLOOKUP("C1") Maya Torres
 *   5   K4  =B4  -> 03-10    10:00         =C5+TIME(4,0,0) -> 14:00    VLOOKUP("c2") Ben Okafor (no case)  Marco
 *   6   K5  =B5+1 -> 03-11   06:00         =C6+E6/24 -> 20:00          VLOOKUP("C3") Sam Reyes       Dana
 *   7   K6  =B6  -> 03-11    =D6 -> 20:00  =C7+TIME(0,15,0) -> 20:15                                 Dana
 *   8   K7  =B7+1 -> 03-12   08:00         =C8+E8/24 -> 11:30          VLOOKUP("C9") #N/A            Marco
 *   9   K8  =B8  -> 03-12    08:00         =C9+E9/24 -> 10:00                                        =TEXTJOIN(", ",TRUE,B5:B6)
 *                                                                                                    -> "Dana Whitfield, Marco Ruiz"
 *   10  K9  =B9+1 -> 03-13   09:00         =C10+E10/24 -> 12:00        VLOOKUP("C4") Lena Voss (past the blank row)
 *   11  K10 =B10 -> 03-13    11:30         =C11+TIME(1,30,0) -> 13:00  VLOOKUP("C4") Lena Voss
 *   12  K11 =B11 -> 03-13    13:00         =C12+E12/24 -> 15:00        VLOOKUP(7) #N/A (the code is the text "7")
 *   13  K12 =B12+1 -> 03-14  07:00         =C13+TIME(3,0,0) -> 10:00   VLOOKUP("C4") Lena Voss
 *   14  K13 =B13 -> 03-14    =D13 -> 10:00 =C14+E14/24 -> 12:00        VLOOKUP("C4") Lena Voss
 *
 * Data issues: the two #N/A lookups (F8, F12) are cell errors as Excel shows them (contract §2); TEXTJOIN (G9) is
 * outside what the tool computes, so it is a cell-error at G9 and Marco/Dana are not guessed onto K8 (in Excel, K8
 * double-books Marco with K7; the tool must not invent that or anything else from the cell). In workbook 4 the
 * cell's saved 0 is XlsxWriter's placeholder, not a result Excel ever showed: reading it would put an unknown "0"
 * on K8, so it is the same cell-error.
 */
import * as path from "path";
import type { Report } from "../../src/core/report";
import type { ExpectedCallSheet, ExpectedDoodRow } from "../conformance/helpers";
import {
  describeFixture,
  namesByDate,
  type Expected19,
  type Expectations19,
  type NearMiss19,
} from "../conformance19/cli";

const EXPECTED: Expected19[] = [
  {
    type: "double-booking",
    severity: "error",
    resource: "C1",
    items: ["K1", "K2"],
    date: "2026-03-09",
    magnitude: 1,
    why: "Maya (Cast =VLOOKUP) K1 07:00-15:00 (=C2+E2/24) and K2 14:00-16:30 (=C3+TIME(2,30,0)) overlap 14:00-15:00",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "C1",
    items: ["K2", "K3"],
    date: "2026-03-10",
    magnitude: 30,
    why: "Maya wraps 16:30 on 03-09 (K2), next Start 04:00 on =B3+1 (03-10): 11 h 30 < 12 h",
  },
  {
    type: "long-day",
    severity: "warning",
    resource: "G1",
    items: ["K5", "K6"],
    date: "2026-03-11",
    magnitude: 15,
    why: "Dana 06:00 (K5) to 20:15 (K6: Start =D6 20:00, End =C7+TIME(0,15,0)) is 14 h 15 > 14 h",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "C4",
    items: ["K9", "K10"],
    date: "2026-03-13",
    magnitude: 1,
    why: "Lena (code C4 below a blank row, found by the whole-column VLOOKUP) 09:00-12:00 and 11:30-13:00",
  },
];

const NEAR_MISSES: NearMiss19[] = [
  { type: "long-day", resource: "C3", items: ["K5"], why: "Sam 06:00 to =C6+E6/24 (20:00) is exactly 14 h" },
  {
    type: "double-booking",
    resource: "G1",
    items: ["K5", "K6"],
    why: "Dana K5 ends 20:00 and K6 starts =D6 (20:00): they only touch",
  },
  {
    type: "double-booking",
    resource: "C4",
    items: ["K12", "K13"],
    why: "Lena K12 ends =C13+TIME(3,0,0) (10:00), K13 starts =D13 (10:00): they only touch",
  },
  {
    type: "double-booking",
    resource: "G2",
    items: ["K7", "K8"],
    why: "K8's Crew is a TEXTJOIN the tool does not compute: not guessed (a cell-error instead)",
  },
  {
    type: "turnaround",
    resource: "C4",
    items: ["K10", "K12"],
    why: "Lena wraps 13:00 on 03-13 and is called 07:00 on 03-14: 18 h",
  },
];

const ISSUES = [
  "cell-error | Schedule | F8", // =VLOOKUP("C9",...) is #N/A in Excel
  "cell-error | Schedule | G9", // =_xlfn.TEXTJOIN(...) is not computed by the tool
  "cell-error | Schedule | F12", // =VLOOKUP(7,...) is #N/A in Excel: the number 7 is not the text "7"
];

const ISSUES_WANT = { title: "data issues: the two #N/A lookups and the TEXTJOIN, each at its cell", keys: ISSUES };

const DAYS = ["2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13", "2026-03-14"];
const DOOD_ROWS: ExpectedDoodRow[] = [
  { resource: "C1", codes: ["SW", "WF", "", "", "", ""], work: 2, hold: 0 },
  { resource: "C2", codes: ["", "SWF", "", "", "", ""], work: 1, hold: 0 },
  { resource: "C3", codes: ["", "", "SWF", "", "", ""], work: 1, hold: 0 },
  { resource: "C4", codes: ["", "", "", "", "SW", "WF"], work: 2, hold: 0 },
  { resource: "7", codes: ["", "", "", "", "", ""], work: 0, hold: 0 },
];

const CALL_SHEETS: ExpectedCallSheet[] = [
  { date: "2026-03-09", items: ["K1", "K2"], cast: [{ resource: "C1", status: "SW", call: "07:00" }] },
  {
    date: "2026-03-10",
    items: ["K3", "K4"],
    cast: [
      { resource: "C1", status: "WF", call: "04:00" },
      { resource: "C2", status: "SWF", call: "10:00" },
    ],
  },
  { date: "2026-03-11", items: ["K5", "K6"], cast: [{ resource: "C3", status: "SWF", call: "06:00" }] },
  { date: "2026-03-12", items: ["K7", "K8"], cast: [] },
  { date: "2026-03-13", items: ["K9", "K10", "K11"], cast: [{ resource: "C4", status: "SW", call: "09:00" }] },
  { date: "2026-03-14", items: ["K12", "K13"], cast: [{ resource: "C4", status: "WF", call: "07:00" }] },
];

const WANT: Expectations19 = {
  issues: ISSUES_WANT,
  conflicts: { expected: EXPECTED },
  nearMisses: NEAR_MISSES,
  dood: {
    title: "DOOD: days from the =B+1 Date chain, cast found by VLOOKUP (a lower-case key, a row past a blank)",
    days: DAYS,
    rows: DOOD_ROWS,
  },
  callSheets: {
    title: "call sheets: one per computed Date",
    sheets: CALL_SHEETS,
    names: namesByDate(DAYS),
  },
};

function moreTests(report: () => Report): void {
  test("every row is an item (13) and no token is unknown", () => {
    const r = report();
    expect(r.summary.items).toBe(13);
    expect(r.dataIssues.filter((i) => i.code === "unknown-resource")).toEqual([]);
  });
}

describeFixture(
  "set 20 / 1: openpyxl lookup stripboard (formulas with no saved result)",
  path.join(__dirname, "fixtures", "1-openpyxl-lookup-board.xlsx"),
  WANT,
  (report) => moreTests(report),
);

describeFixture(
  "set 20 / 4: the same stripboard from XlsxWriter (saved 0s, fullCalcOnLoad)",
  path.join(__dirname, "fixtures", "4-xlsxwriter-lookup-board.xlsx"),
  // XlsxWriter saves 0 for the TEXTJOIN too: in a workbook Excel recalculates on open that is no result, so G9 is
  // a cell-error here as in workbook 1 (the engine kept the 0 as the token "0" until set 20 found it).
  WANT,
  (report) => moreTests(report),
);
