/**
 * Set 13, workbook 2: a winter block shot through the holidays, Dec 2027 to Mar 2028, as an Excel table
 * `tblWinterBlock` on a sheet `Winter Block` (placed by its headers). Call/Wrap are time fractions (h:mm cells),
 * some carrying seconds (06:00:30, 22:30:45) or floating-point noise (a 14:00 computed by a formula as
 * 8/24 + 6/24 = 0.58333333333333330, one ulp under 14/24), one Call typed as text `07:00:30`, a `0` time (0:00)
 * as a night's wrap on New Year's Eve, a Start with `Hours` and no Wrap crossing midnight at a month end, a
 * zero-length milestone, and runs of days across the year end, a 6-day week and the leap day 2/29/2028.
 * Expectations were worked out by hand from the contract (see each `why`) before the engine was run.
 *
 * Contract points used:
 * - §5 consecutive-days: "works more than Max Consecutive Days calendar days in a row; one per run, `date` = the
 *   run's first day; items: the first item (earliest Start, then schedule order) of the first day over the limit".
 *   Calendar days: 12/27/2027..1/2/2028 is 7 days, 2/24/2028..3/1/2028 is 7 days (29 February), a date-only
 *   item counts as a worked day ("works on a date" = has an item whose Date is that date).
 * - §5 "Intervals are half-open": a zero-length item [20:00, 20:00) overlaps nothing and ends exactly at its
 *   own time (no 24 h reading: End is not earlier than Start).
 * - §2 Durations, §3 Duration with no End (set 4's choice: End = Start + Duration).
 * - Seconds are wall-clock time: nothing in §2 drops them. The seconds cases are chosen so that exact seconds
 *   and seconds rounded to the nearest minute give the same answer (truncating them would not); magnitudes with
 *   seconds are not asserted (the contract's unit is minutes). Text `06:00:00` -> `20:00:45` (S3, bottom row)
 *   is a long day by the same reading; the engine drops text seconds, see the failing test.
 * - Variant 2b (below): Wrap as `=Call+Hours/24`, cached 1.0833 and exactly 1.
 *
 * Resources (one `Resources` list typed by `Type`): cast C1 Mara Voss, C2 Nils Berg, C3 Omar Tate (SAG-AFTRA:
 * 12 h rest, 14 h day, 6 days); crew K1 Pia Lund, K2 Quinn Rowe, K3 Rhea Sol (IATSE: 10 h, 14 h, 6 days).
 */
import ExcelJS from "exceljs";
import type { Report } from "../../src/core/report";
import {
  at,
  conflictKeys,
  describeReport,
  issueKeys,
  plainSheet,
  saveAndCheck,
  timeFraction,
  type CellInput,
  type ExpectedConflict,
  type ExpectedDoodRow,
  type NearMiss,
} from "../conformance/helpers";
import { tableSheet } from "../conformance4/table";

const HEADERS = ["ID", "Shoot Date", "Call", "Wrap", "Hours", "Cast", "Crew", "Due", "Depends On"];

const t = timeFraction;
/** A time of day with seconds, as a formula such as =TIME(6,0,30) leaves it. */
const hms = (h: number, m: number, s: number): number => (h * 3600 + m * 60 + s) / 86400;
/** 14:00 as `=8/24+6/24` computes it: 0.5833333333333333, one ulp under 14/24. */
const NOISY_14 = 8 / 24 + 6 / 24;

function day(y: number, m: number, d: number): Date {
  return at(y, m, d);
}

const rows: CellInput[][] = [];
function add(...r: CellInput[]): void {
  rows.push(r);
}

// Year end: Mara 12/27..1/2 (7 days), Nils 12/28..1/2 (6 days). Rows 2..8.
add("YE-27", day(2027, 12, 27), t(8), t(18), null, "C1", null, null, null);
add("YE-28", day(2027, 12, 28), t(8), t(18), null, "C1, C2", null, null, null);
add("YE-29", day(2027, 12, 29), "07:00:30", t(18), null, "C1, C2", null, null, null);
add("YE-30", day(2027, 12, 30), t(8), t(18), null, "C1, C2", null, null, null);
add("YE-31", day(2027, 12, 31), t(8), t(18), null, "C1, C2", null, null, null);
add("NY-01", day(2028, 1, 1), t(8), t(18), null, "C1, C2", null, null, null);
add("NY-02", day(2028, 1, 2), t(8), t(18), null, "C1, C2", null, null, null);
// New Year's Eve night: 18:00 -> 0:00 (a 0 time fraction). Rows 9..11.
add("NYE", day(2027, 12, 31), t(18), 0, null, "C3", "Pia Lund", null, null);
add("NYD-C", day(2028, 1, 1), t(11, 59), t(18), null, "C3", null, null, null);
add("NYD-K", day(2028, 1, 1), t(10), t(16), null, null, "Pia Lund", null, null);
// A 6-day week, Mon 1/3 .. Sat 1/8, for Quinn and Rhea; Sunday 1/9 Rhea has a date-only prep item; Quinn's second
// week Mon 1/10 .. Sat 1/15. Rows 12..24.
for (let d = 3; d <= 8; d++)
  add(`W1-${d}`, day(2028, 1, d), t(8), t(18), null, null, "Quinn Rowe, Rhea Sol", null, null);
add("W1-PREP", day(2028, 1, 9), null, null, null, null, "Rhea Sol", null, null);
for (let d = 10; d <= 15; d++) add(`W2-${d}`, day(2028, 1, d), t(8), t(18), null, null, "Quinn Rowe", null, null);
// Pia's night 1/4 with a zero-length milestone inside it and two dependants; 1/5 call computed with float noise.
// Rows 25..29.
add("P1", day(2028, 1, 4), t(18), t(4), null, null, "Pia Lund", null, null);
add("P2", day(2028, 1, 4), t(20), t(20), null, null, "Pia Lund", "1/4/2028 20:00", null);
add("P3", day(2028, 1, 4), t(20), t(21), null, null, null, null, "P2");
add("P4", day(2028, 1, 4), t(19, 59), t(21), null, null, null, null, "P2");
add("P5", day(2028, 1, 5), NOISY_14, t(20), null, null, "Pia Lund", null, null);
// Seconds: Omar. Rows 30..31.
add("S1", day(2028, 1, 5), hms(6, 0, 30), hms(20, 0, 30), null, "C3", null, null, null);
add("S2", day(2028, 1, 6), t(8, 30), hms(22, 30, 45), null, "C3", null, null, null);
// Month end: a 22:00 call with Hours 4 and no Wrap ends 2/1 02:00. Rows 32..34.
add("M1", day(2028, 1, 31), t(22), null, 4, "C1, C2", null, null, null);
add("M2", day(2028, 2, 1), t(13), t(18), null, "C1", null, null, null);
add("M3", day(2028, 2, 1), t(14), t(18), null, "C2", null, null, null);
// Leap-year run: Nils 2/24..3/1 (7 days with 2/29), Omar 2/25..3/1 (6 days). Rows 35..41.
add("L-24", day(2028, 2, 24), t(8), t(18), null, "C2", null, null, null);
for (const [m, d] of [
  [2, 25],
  [2, 26],
  [2, 27],
  [2, 28],
  [2, 29],
  [3, 1],
] as const) {
  add(`L-${m}${d}`, day(2028, m, d), t(8), t(18), null, "C2, C3", null, null, null);
}

// Row 42: Omar's text times with seconds on Wed 1/12 (a shoot day already): 06:00:00 -> 20:00:45.
add("S3", day(2028, 1, 12), "06:00:00", "20:00:45", null, "C3", null, null, null);

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  // The seconds and the noisy 14:00 are in h:mm cells: the sheet shows 6:00, 20:00, 22:30, 14:00.
  tableSheet(wb, "Winter Block", "tblWinterBlock", HEADERS, rows, [2, 3]);
  plainSheet(
    wb,
    "Resources",
    ["ID", "Name", "Type", "Role"],
    [
      ["C1", "Mara Voss", "cast", "INGRID"],
      ["C2", "Nils Berg", "cast", "TOMAS"],
      ["C3", "Omar Tate", "cast", "DR. HALE"],
      ["K1", "Pia Lund", "crew", "Gaffer"],
      ["K2", "Quinn Rowe", "crew", "Key Grip"],
      ["K3", "Rhea Sol", "crew", "Best Boy Electric"],
    ],
  );
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "consecutive-days",
    severity: "warning",
    resource: "C1",
    items: ["NY-02"],
    date: "2027-12-27",
    magnitude: 1,
    why: "Mara works 12/27/2027..1/2/2028: 7 calendar days over the year end (max 6); 1/2 is the first day over",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "C3",
    items: ["NYE", "NYD-C"],
    date: "2028-01-01",
    magnitude: 1,
    why: "NYE 18:00 -> 0:00 ends 1/1/2028 00:00; 11:59 call: 11 h 59 min of 12",
  },
  {
    type: "consecutive-days",
    severity: "warning",
    resource: "K3",
    items: ["W1-PREP"],
    date: "2028-01-03",
    magnitude: 1,
    why: "Rhea works Mon 1/3..Sat 1/8 and Sunday 1/9's date-only prep: 7 days; 1/9's only item",
  },
  {
    type: "dependency",
    severity: "error",
    resource: undefined,
    items: ["P2", "P4"],
    date: "2028-01-04",
    why: "P4 starts 19:59, before the zero-length P2 ends (20:00)",
  },
  {
    type: "long-day",
    severity: "warning",
    resource: "C3",
    items: ["S2"],
    date: "2028-01-06",
    why: "08:30:00 -> 22:30:45 is 14 h 0 min 45 s > 14 h (seconds count)",
  },
  {
    type: "long-day",
    severity: "warning",
    resource: "C3",
    items: ["S3"],
    date: "2028-01-12",
    why: "text 06:00:00 -> 20:00:45: the same 14 h 0 min 45 s typed as text (seconds round like a cell's)",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "C1",
    items: ["M1", "M2"],
    date: "2028-02-01",
    magnitude: 60,
    why: "1/31 22:00 + Hours 4 ends 2/1 02:00; call 13:00: 11 h of 12 across the month end",
  },
  {
    type: "consecutive-days",
    severity: "warning",
    resource: "C2",
    items: ["L-31"],
    date: "2028-02-24",
    magnitude: 1,
    why: "Nils works 2/24..3/1/2028: 7 days because 2028 has a 29 February",
  },
];

const NEAR_MISSES: NearMiss[] = [
  { type: "consecutive-days", resource: "C2", items: ["NY-02"], why: "Nils 12/28..1/2 is exactly 6 days" },
  { type: "turnaround", resource: "C2", items: ["YE-28", "YE-29"], why: "18:00 -> text `07:00:30` is 13 h 0 min 30 s" },
  { type: "turnaround", resource: "K1", items: ["NYE", "NYD-K"], why: "Pia: 1/1 00:00 -> 10:00 is exactly 10 h" },
  {
    type: "long-day",
    resource: "K1",
    items: ["NYE"],
    why: "NYE is 6 h: a `0` wrap is the next midnight, not 0 h or 24 h more",
  },
  {
    type: "consecutive-days",
    resource: "K2",
    items: [],
    why: "Quinn: Mon-Sat, Sunday off, Mon-Sat: two runs of exactly 6",
  },
  { type: "double-booking", resource: "K1", items: ["P1", "P2"], why: "P2 is [20:00, 20:00): empty, inside P1" },
  {
    type: "long-day",
    resource: "K1",
    items: ["P1", "P2"],
    why: "P1 18:00 -> 04:00 is 10 h; P2 is zero-length, not 24 h",
  },
  { type: "deadline", items: ["P2"], why: "P2 ends 20:00, exactly at its Due `1/4/2028 20:00`" },
  { type: "dependency", items: ["P2", "P3"], why: "P3 starts 20:00, exactly when P2 ends" },
  {
    type: "turnaround",
    resource: "K1",
    items: ["P1", "P5"],
    why: "P1 ends 1/5 04:00, P5 calls 8/24+6/24 (14:00 less one ulp): exactly 10 h, not 9 h 59",
  },
  { type: "long-day", resource: "C3", items: ["S1"], why: "06:00:30 -> 20:00:30 is exactly 14 h" },
  { type: "turnaround", resource: "C3", items: ["S1", "S2"], why: "20:00:30 -> 08:30 is 12 h 29 min 30 s" },
  { type: "turnaround", resource: "C2", items: ["M1", "M3"], why: "Nils: 2/1 02:00 -> 14:00 is exactly 12 h" },
  { type: "consecutive-days", resource: "C3", items: ["L-31"], why: "Omar 2/25..3/1 is exactly 6 days" },
];

// Shoot days: 12/27..1/15 (20 days, 1/9 by the date-only prep), 1/31, 2/1, 2/24..3/1.
const SHOOT_DAYS: string[] = [
  "2027-12-27",
  "2027-12-28",
  "2027-12-29",
  "2027-12-30",
  "2027-12-31",
  ...Array.from({ length: 15 }, (_, i) => `2028-01-${String(i + 1).padStart(2, "0")}`),
  "2028-01-31",
  "2028-02-01",
  "2028-02-24",
  "2028-02-25",
  "2028-02-26",
  "2028-02-27",
  "2028-02-28",
  "2028-02-29",
  "2028-03-01",
];

/** §7's codes for a person without Allow Drop, from the dates they work (worked out by hand below). */
function codes(work: string[]): string[] {
  const first = work[0];
  const last = work[work.length - 1];
  return SHOOT_DAYS.map((d) => {
    if (!work.includes(d)) return d > first && d < last ? "H" : "";
    if (first === last) return "SWF";
    if (d === first) return "SW";
    if (d === last) return "WF";
    return "W";
  });
}

const MARA = [
  "2027-12-27",
  "2027-12-28",
  "2027-12-29",
  "2027-12-30",
  "2027-12-31",
  "2028-01-01",
  "2028-01-02",
  "2028-01-31",
  "2028-02-01",
];
const NILS = [
  ...MARA.slice(1),
  "2028-02-24",
  "2028-02-25",
  "2028-02-26",
  "2028-02-27",
  "2028-02-28",
  "2028-02-29",
  "2028-03-01",
];
const OMAR = [
  "2027-12-31",
  "2028-01-01",
  "2028-01-05",
  "2028-01-06",
  "2028-01-12",
  "2028-02-25",
  "2028-02-26",
  "2028-02-27",
  "2028-02-28",
  "2028-02-29",
  "2028-03-01",
];

const EXPECTED_DOOD_ROWS: ExpectedDoodRow[] = [
  // SW, W x6, H x13 (1/3..1/15), W 1/31, WF 2/1, blank x7.
  { resource: "C1", codes: codes(MARA), work: 9, hold: 13, start: "2027-12-27", finish: "2028-02-01" },
  // blank, SW 12/28, W.., H x13, W 1/31, W 2/1, W 2/24..2/29, WF 3/1.
  { resource: "C2", codes: codes(NILS), work: 15, hold: 13, start: "2027-12-28", finish: "2028-03-01" },
  // H on 1/2, 1/3, 1/4, 1/7..1/11 (5), 1/13..1/15 (3), 1/31, 2/1, 2/24: 14.
  { resource: "C3", codes: codes(OMAR), work: 11, hold: 14, start: "2027-12-31", finish: "2028-03-01" },
];

describeReport(
  "conformance set 13 / 2: winter block over the year end, a 6-day week, the leap day, seconds and float noise",
  () => saveAndCheck(buildWorkbook(), "2-winter-block-year-end.xlsx", "conformance13"),
  {
    issues: { title: "seconds, a `0` wrap, text `07:00:30` and Hours with no Wrap: no data issues", keys: [] },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
    dood: {
      title: "DOOD: shoot days sorted across the year end and 29 February",
      days: SHOOT_DAYS,
      rows: EXPECTED_DOOD_ROWS,
    },
  },
  (report) => {
    // Was an engine disagreement: text times dropped their seconds (`20:00:45` read 20:00) while a cell's seconds
    // round to the nearest minute; text seconds now round the same way.
    test("text `06:00:00` -> `20:00:45` (S3) is a long day like the same times in cells (S2)", () => {
      expect(
        report().conflicts.some((c) => c.type === "long-day" && c.resource === "C3" && c.items.join() === "S3"),
      ).toBe(true);
    });
    test("the hand-made DOOD helper agrees with the hand counts", () => {
      expect(SHOOT_DAYS.length).toBe(29);
      expect(codes(MARA).filter((c) => c === "H").length).toBe(13);
      expect(codes(OMAR).filter((c) => c === "H").length).toBe(14);
    });
    test("every row is an item (41 rows, Excel rows 2..42)", () => {
      expect(report().summary.items).toBe(41);
    });
    test("call sheets: one per shoot day, in date order across the year end", () => {
      expect(report().callSheets.map((s) => s.date)).toEqual(SHOOT_DAYS);
      const nye = report().callSheets.find((s) => s.date === "2027-12-31");
      expect(nye?.cast.map((c) => [c.resource, c.status, c.call])).toEqual([
        ["C1", "W", "08:00"],
        ["C2", "W", "08:00"],
        ["C3", "SW", "18:00"],
      ]);
      const p5 = report().callSheets.find((s) => s.date === "2028-01-05");
      // Pia's call is the noisy 14:00 (a crew call with no Lead Time), never 13:59.
      expect(p5?.crew.find((c) => c.resource === "K1")?.call).toBe("14:00");
    });
  },
);

/**
 * Variant 2b: Wrap computed by the coordinator's formula `=Call+Hours/24` in an h:mm cell, the way many one-liners
 * do it. Past midnight the result is 1 or more: 22:00 + 4 h = 1.0833 (Excel shows `2:00`), 16:00 + 8 h = exactly 1
 * (Excel shows `0:00`). The file stores the formula's cached value (what the CLI and the add-in read).
 *
 * Contract §2: "Times: Excel time fractions, date-times, or text such as `07:00` ..." and "An End earlier than its
 * Start on the same date ends on the next day". Set 13 reads a time cell's value of 1 or more as the time of day
 * its fraction shows (what Excel displays in the h:mm cell): F1 ends 02:00 and F3 00:00, both on the next day.
 * The engine once disagreed on both (docs/conformance.md, set 13): 1.0833 was `bad-time`, and 1 was read as 01:00.
 */
function buildFormulaWraps(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const r: CellInput[][] = [
    ["F1", day(2028, 1, 18), t(22), null, 4, null, "Sami Cole"],
    ["F2", day(2028, 1, 19), t(12), t(18), null, null, "Sami Cole"],
    ["F3", day(2028, 1, 20), t(16), null, 8, null, "Sami Cole"],
    ["F4", day(2028, 1, 21), t(9, 59), t(18), null, null, "Sami Cole"],
  ];
  const ws = tableSheet(wb, "Winter Block", "tblWinterBlock", HEADERS.slice(0, 7), r, [2, 3]);
  for (const [row, call, hours] of [
    [2, t(22), 4],
    [4, t(16), 8],
  ] as const) {
    const cell = ws.getCell(`D${row}`);
    cell.value = { formula: `C${row}+E${row}/24`, result: call + hours / 24 } as ExcelJS.CellFormulaValue;
    cell.numFmt = "h:mm";
  }
  plainSheet(wb, "Resources", ["ID", "Name", "Type", "Role"], [["K4", "Sami Cole", "crew", "Rigging Gaffer"]]);
  return wb;
}

describe("conformance set 13 / 2b: Wrap as =Call+Hours/24 past midnight (cached 1.0833 and exactly 1)", () => {
  let saved: Report | undefined;
  beforeAll(async () => {
    saved = await saveAndCheck(buildFormulaWraps(), "2b-formula-wraps.xlsx", "conformance13");
  });
  const report = (): Report => {
    if (!saved) throw new Error("not checked");
    return saved;
  };

  test("F2 and F4 (typed wraps) are read; Sami works 4 dates", () => {
    expect(report().dood.days).toEqual(["2028-01-18", "2028-01-19", "2028-01-20", "2028-01-21"]);
  });

  // Was an engine disagreement (`bad-time` at D2): a time between 1 and 2 days is now the next day's time.
  test("a cached 1.0833 (=22:00+4/24, shown 2:00) is a time, not a data issue", () => {
    expect(issueKeys(report().dataIssues)).toEqual([]);
  });

  // Was an engine disagreement: a whole number 1..23 in a time column is an hour (people type 7 for 07:00), so a
  // cached exactly 1 was 01:00 (turnaround short by 61). The cell's h:mm format (the snapshot's format hint) now
  // says it is 24:00.
  test("a cached 1 (=16:00+8/24, shown 0:00) is midnight: turnaround F3 -> F4 short by exactly 1 min", () => {
    const found = report().conflicts.find((c) => c.type === "turnaround" && c.resource === "K4");
    expect(found?.items).toEqual(["F3", "F4"]);
    expect(found?.magnitude).toBe(1);
  });

  test("no conflict other than Sami's turnaround F3 -> F4 (F1 -> F2 is exactly 10 h, or F1 is unread)", () => {
    expect(conflictKeys(report().conflicts)).toEqual(["turnaround | error | K4 | F3,F4 | 2028-01-21"]);
  });
});
