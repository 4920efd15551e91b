/**
 * Set 20, workbook 3: `3-openpyxl-deadlines.xlsx` (openpyxl, formulas with no saved result). A post-production
 * tracker: Task IDs built as `=UPPER(LEFT(Jn,3))&"-"&Kn` (Phase, Seq), Depends On built with `=A3` or
 * `=A5&", "&A3`, Deadlines from EOMONTH / EDATE / DATE / WORKDAY.INTL, Status `=IF(Ln="N","Cancelled","Planned")`.
 * Crew sheet: Ed Vance (Editor), Mara Lind (Re-recording Mixer): IATSE (10 h rest, 14 h day).
 *
 * Expectations worked out by hand from the contract before the engine was run, with Excel's value of each formula:
 *
 *   row ID (Excel)  Date (Excel)                 Start-End    Res   Deadline (Excel)                       Depends On (Excel)
 *   2   EDI-1       2026-01-30                   09:00-18:00  Ed    =EOMONTH(C2,0) -> 2026-01-31
 *   3   EDI-2       2026-03-02                   09:00-17:00  Ed    =EDATE(G2,1) -> 2026-02-28 (31 Jan + 1 month
 *                                                                   clamps to the month's end)              =A2 -> EDI-1
 *   4   EDI-3       =C3 -> 2026-03-02            15:00-18:00  Mara                                          =A3 -> EDI-2
 *   5   SOU-1       =C4+1 -> 2026-03-03          10:00-12:00  Mara  =WORKDAY.INTL(C3,0,1) -> 2026-03-02 (not computed) =A4 -> EDI-3
 *   6   SOU-2       =EDATE(C5,1) -> 2026-04-03   09:00-19:00  Mara  =EOMONTH(C5,0)+3 -> 2026-04-03              =A5&", "&A3 -> "SOU-1, EDI-2"
 *   7   SOU-3       =C6-1 -> 2026-04-02          09:00-17:00  Mara  2026-03-15    Status =IF(L7="N",...) -> Cancelled
 *   8   VFX-1       =C7 -> 2026-04-02            10:00-12:00  Mara  =EDATE(DATE(2026,1,31),2) -> 2026-03-31     =A6 -> SOU-2
 *   9   VFX-2       =EOMONTH(C8,0) -> 2026-04-30 (date-only)  Ed    =DATE(2026,4,30) -> 2026-04-30               =A8&";"&A7 -> "VFX-1;SOU-3"
 *
 * A date-only Deadline means the end of that day (contract §5).
 */
import * as path from "path";
import type { Report } from "../../src/core/report";
import { describeFixture, type Expected19, type NearMiss19 } from "../conformance19/cli";

const EXPECTED: Expected19[] = [
  {
    type: "deadline",
    severity: "error",
    items: ["EDI-2"],
    date: "2026-03-02",
    magnitude: 2460,
    why: "EDI-2 ends 03-02 17:00; Deadline =EDATE(2026-01-31,1) is 2026-02-28 (end of day = 03-01 00:00): 41 h late",
  },
  {
    type: "dependency",
    severity: "error",
    items: ["EDI-2", "EDI-3"],
    date: "2026-03-02",
    magnitude: 120,
    why: 'EDI-3 (ID =UPPER(LEFT(J4,3))&"-"&K4, Depends On =A3) starts 15:00, EDI-2 ends 17:00',
  },
  {
    type: "dependency",
    severity: "error",
    items: ["SOU-2", "VFX-1"],
    date: "2026-04-02",
    magnitude: 1980,
    why: "VFX-1 (=C7, 04-02) starts 10:00; SOU-2 (=EDATE(C5,1), 04-03) ends 19:00: 33 h early",
  },
  {
    type: "deadline",
    severity: "error",
    items: ["VFX-1"],
    date: "2026-04-02",
    magnitude: 2160,
    why: "VFX-1 ends 04-02 12:00; Deadline =EDATE(DATE(2026,1,31),2) is 2026-03-31: 36 h late",
  },
];

const NEAR_MISSES: NearMiss19[] = [
  {
    type: "deadline",
    items: ["SOU-1"],
    why: "SOU-1's Deadline =WORKDAY.INTL(C3,0,1) is not computed by the tool: a cell-error, no guessed deadline",
  },
  {
    type: "deadline",
    items: ["SOU-2"],
    why: "SOU-2 ends 04-03 19:00, Deadline =EOMONTH(C5,0)+3 is 2026-04-03: the end of that day",
  },
  { type: "deadline", items: ["SOU-3"], why: "SOU-3 is past its 03-15 Deadline but Status =IF() says Cancelled" },
  {
    type: "double-booking",
    resource: "Mara Lind",
    items: ["SOU-3", "VFX-1"],
    why: "Mara on 04-02 09:00-17:00 and 10:00-12:00, but SOU-3 is Cancelled",
  },
  {
    type: "deadline",
    items: ["VFX-2"],
    why: "VFX-2 is date-only on =EOMONTH(C8,0) 2026-04-30, Deadline =DATE(2026,4,30): the same day's end",
  },
  {
    type: "dependency",
    items: ["EDI-3", "SOU-1"],
    why: "SOU-1 (=C4+1, 03-03 10:00) after EDI-3 (03-02 18:00)",
  },
  {
    type: "dependency",
    items: ["SOU-3", "VFX-2"],
    why: 'VFX-2\'s Depends On =A8&";"&A7 names SOU-3, which is Cancelled (and before it anyway)',
  },
];

describeFixture(
  "set 20 / 3: openpyxl post-production deadlines (EDATE, EOMONTH, WORKDAY.INTL, IDs built with &)",
  path.join(__dirname, "fixtures", "3-openpyxl-deadlines.xlsx"),
  {
    issues: { title: "data issues: only the WORKDAY.INTL cell", keys: ["cell-error | Schedule | G5"] },
    conflicts: { expected: EXPECTED },
    nearMisses: NEAR_MISSES,
    dood: {
      title: "DOOD: shoot days from the computed Dates (SOU-3 cancelled; no cast rows)",
      days: ["2026-01-30", "2026-03-02", "2026-03-03", "2026-04-02", "2026-04-03", "2026-04-30"],
      rows: [],
    },
  },
  (report: () => Report) => {
    test("7 items (SOU-3 cancelled by its =IF Status); IDs and Depends On built by formulas resolve", () => {
      const r = report();
      expect(r.summary.items).toBe(7);
      expect(r.dataIssues.filter((i) => /dependency|duplicate-id/.test(i.code))).toEqual([]);
    });
  },
);
