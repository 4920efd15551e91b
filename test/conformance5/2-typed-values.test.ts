/**
 * Set 5, workbook 2: values as people type them. An Excel table (`Table1`, a name that names no role) on the
 * sheet `Shooting Schedule` with canonical headers, so only the values vary: Date as ISO text, `3/3/2026`,
 * `2026-03-02 ` (trailing space), `4 Mar 2026`, `Thu, March 5, 2026` and date cells; a date that does not exist
 * (`2/30/2026`: bad-date, the rest still runs); Start/End as `7:00 AM`, `12:00 PM` (noon), `6:45 pm`, `1900`,
 * `12:30 AM` (after midnight: a night shoot), `7a`, `1600`, `17:00`, date-time cells and time fractions; Duration
 * instead of End as `1h30`, `90m`, `1:30`, `1.5h` and the number 1.5; Pages `1 3/8`, `4/8`, `2`, 1.5 and a
 * `#DIV/0!` total (cell-error, the row is still an item); Cast lists `1, 2`, `1;3`, `2` line-break `3`,
 * `cleo park; 2;` (name in lower case, trailing separator), `2/4` (two cast numbers, not a date or a fraction),
 * a token padded with non-breaking spaces; Crew `JO PARK`, `gaffer`, `c1`, `jo park ` (trailing space), `key
 * grip`; item IDs as numbers with Depends On as text `111`, `112` and the number 113; a Deadline as text
 * date-time and as a date-only text; a Status typed `OMITTED ` (upper case, trailing space); Days Off split by a line break in two date forms; a Rules row with
 * fractional hours (11.5, 12.5). A variant of the same workbook types those hours as duration text (`11:30`,
 * `12.5h`), the forms section 2 gives for durations.
 *
 * Cast (SAG-AFTRA by Type): 1 Ada Stone, 2 Ben Cole, "3" Cleo Park (ID typed as text, Name with a trailing
 * space, Makeup 15), 4 Dev Rao. Crew (IATSE by Type): C1 Jo Park (Gaffer, Days Off 3/4 and 3/6), C2 Max Field
 * (Key Grip, Rule Set `Local 80`: Min Rest 11 h 30, Max Day 12 h 30).
 */
import ExcelJS from "exceljs";
import {
  at,
  describeReport,
  plainSheet,
  saveAndCheck,
  timeFraction as tf,
  type CellInput,
  type ExpectedCallSheet,
  type ExpectedConflict,
  type ExpectedDoodRow,
  type NearMiss,
} from "../conformance/helpers";
import type { Report } from "../../src/core/report";
import { errorCell, tableAt } from "./sheets";

const SHEET = "Shooting Schedule";
const HEADERS = [
  "ID",
  "Date",
  "Start",
  "End",
  "Duration",
  "Scene",
  "Pages",
  "Cast",
  "Crew",
  "Location",
  "Deadline",
  "Depends On",
  "Status",
];
const NBSP = "\u00a0";

// Excel rows 2..18 (header row 1).
// prettier-ignore
const ROWS: ExcelJS.CellValue[][] = [
  /* 2 */ [101, "2026-03-02", "7:00 AM", "12:00 PM", null, "1", "1 3/8", "1, 2", "JO PARK", "Stage 4", null, null, null],
  /* 3 */ [102, "2026-03-02 ", "12:00 PM", "6:45 pm", null, "2", "4/8", "1;3", "gaffer", "Stage 4", null, null, null],
  /* 4 */ [103, at(2026, 3, 2), "1900", "12:30 AM", null, "3", "2", "2\n3", null, "Stage 4", null, null, null],
  /* 5 */ [104, "3/3/2026", "12:30 PM", "17:00", null, "4", 1.5, "cleo park; 2;", null, "Stage 4", null, null, null],
  /* 6 */ [105, "3/3/2026", at(2026, 3, 3, 8), at(2026, 3, 3, 11), null, "5", "3/8", "1", "Jo Park", "Backlot", null, null, null],
  /* 7 */ [106, "3/3/2026", "11:15", null, "1h30", "6", null, null, "c1", "Stage 4", null, null, null],
  /* 8 */ [107, "3/3/2026", "12:45", null, "90m", "7", null, null, "Jo Park", "Stage 4", null, null, null],
  /* 9 */ [108, "3/3/2026", "14:00", null, "1:30", "8", null, null, "jo park ", "Stage 4", null, null, null],
  /* 10 */ [109, "3/3/2026", "15:30", null, 1.5, "9", null, null, "Jo Park", "Stage 4", null, "111", null],
  /* 11 */ [110, "3/3/2026", "17:00", null, "1.5h", "10", null, null, "Jo Park", "Stage 4", null, null, null],
  /* 12 */ [111, "4 Mar 2026", "7a", "1600", null, "11", "1", "2/4", "Jo Park, Max Field", "Stage 4", null, null, null],
  /* 13 */ [112, "Thu, March 5, 2026", "8:00 AM", "10:00 AM", null, "12", "6/8", `${NBSP}4${NBSP}`, "Max Field", "Stage 4", "3/5/2026 9:30 AM", null, null],
  /* 14 */ [113, at(2026, 3, 5), tf(10), tf(12), null, "13", "1", "4", "key grip", "Stage 4", "3/5/2026", "112", null],
  /* 15 */ [114, "2/30/2026", "8:00 AM", "9:00 AM", null, "14", "1", "1", null, "Stage 4", null, null, null],
  /* 16 */ [115, "3/6/2026", "9:00 AM", "5:00 PM", null, "15", errorCell("SUM(G2:G15)/0", "#DIV/0!"), "1", "Jo Park", "Stage 4", null, 113, null],
  /* 17 */ [116, "4 Mar 2026", "4:00 PM", "8:45 PM", null, "16", "2/8", null, "Max Field", "Stage 4", null, null, null],
  /* 18 */ [117, "3/6/2026", "10:00", "11:00", null, "17", "1/8", "1", "Jo Park", "Stage 4", null, null, "OMITTED "],
];

/** Min Rest (h) and Max Day (h) of the `Local 80` Rules row: numbers in the main run, duration text in the variant. */
type RulesHours = [minRest: CellInput, maxDay: CellInput];

function buildWorkbook(hours: RulesHours = [11.5, 12.5]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  tableAt(ws, "Table1", "A1", HEADERS, ROWS, [2, 3]);
  ws.getColumn(8).alignment = { wrapText: true };
  plainSheet(
    wb,
    "Cast",
    ["Cast #", "Name", "Character", "Makeup"],
    [
      [1, "Ada Stone", "HANNAH", null],
      [2, "Ben Cole", "WALT", null],
      ["3", "Cleo Park ", "JUNE", 15],
      [4, "Dev Rao", "SAM", null],
    ],
  );
  plainSheet(
    wb,
    "Crew",
    ["ID", "Name", "Role", "Days Off", "Rule Set"],
    [
      ["C1", "Jo Park", "Gaffer", "3/4/2026\n2026-03-06", null],
      ["C2", "Max Field", "Key Grip", null, "Local 80"],
    ],
  );
  plainSheet(
    wb,
    "Rules",
    ["Rule Set", "Min Rest (h)", "Max Day (h)", "Max Consecutive Days"],
    [["Local 80", ...hours, 6]],
  );
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "long-day",
    severity: "warning",
    resource: "2",
    items: ["101", "103"],
    date: "2026-03-02",
    why: "Ben 07:00 (`7:00 AM`) to 00:30 next day (`1900` -> `12:30 AM`): 17 h 30 > 14 h",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "3",
    items: ["103", "104"],
    date: "2026-03-03",
    magnitude: 15,
    why: "Cleo (`2\\n3`, then `cleo park`) wraps 00:30, calls `12:30 PM` less Makeup 15 = 12:15: 11 h 45",
  },
  {
    type: "travel",
    severity: "warning",
    resource: "C1",
    items: ["105", "106"],
    date: "2026-03-03",
    magnitude: 15,
    why: "Jo: Backlot until 11:00 (date-time cell), Stage 4 at 11:15 (`c1`): 15 min gap, 30 min buffer",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "C1",
    items: ["107", "108"],
    date: "2026-03-03",
    magnitude: 1,
    why: "Jo 12:45 + `90m` = 14:15 overlaps 14:00 + `1:30` (`jo park `)",
  },
  {
    type: "dependency",
    severity: "error",
    items: ["109", "111"],
    date: "2026-03-03",
    why: "109 (Depends On `111`) starts 3/3 15:30, 111 ends 3/4 16:00; items in schedule order, date of the dependent 109",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "C1",
    items: ["111"],
    date: "2026-03-04",
    why: "Jo's Days Off `3/4/2026` (first line); 111 dated `4 Mar 2026`",
  },
  {
    type: "long-day",
    severity: "warning",
    resource: "C2",
    items: ["111", "116"],
    date: "2026-03-04",
    why: "Max (Rule Set Local 80, Max Day 12.5) `7a` to `8:45 PM`: 13 h 45 (IATSE's 14 h would pass)",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "C2",
    items: ["112", "116"], // schedule order: 116 is the last row
    date: "2026-03-05",
    magnitude: 15,
    why: "Max wraps 20:45 on 3/4, calls `8:00 AM` on 3/5: 11 h 15 for Min Rest 11.5 (IATSE's 10 h would pass)",
  },
  {
    type: "deadline",
    severity: "error",
    items: ["112"],
    date: "2026-03-05",
    why: "112 (`Thu, March 5, 2026`) ends `10:00 AM`, Deadline `3/5/2026 9:30 AM`",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "C1",
    items: ["115"],
    date: "2026-03-06",
    why: "Jo's Days Off `2026-03-06` (second line)",
  },
];

const NEAR_MISSES: NearMiss[] = [
  {
    type: "double-booking",
    resource: "1",
    items: ["101", "102"],
    why: "Ada: 101 ends `12:00 PM` (noon), 102 starts `12:00 PM`",
  },
  { type: "double-booking", resource: "C1", items: ["101", "102"], why: "Jo (`JO PARK`, `gaffer`): touching at noon" },
  { type: "turnaround", resource: "2", items: ["103", "104"], why: "Ben wraps 00:30, calls 12:30: exactly 12 h" },
  { type: "long-day", resource: "3", items: ["102", "103"], why: "Cleo 12:00 less Makeup 15 to 00:30: 12 h 45" },
  { type: "double-booking", resource: "C1", items: ["106", "107"], why: "11:15 + `1h30` = 12:45, touching 107" },
  { type: "double-booking", resource: "C1", items: ["108", "109"], why: "14:00 + `1:30` = 15:30, touching 109" },
  { type: "double-booking", resource: "C1", items: ["109", "110"], why: "15:30 + 1.5 h = 17:00, touching 110" },
  { type: "long-day", resource: "C1", items: ["105", "110"], why: "Jo 08:00 to 17:00 + `1.5h` = 18:30: 10 h 30" },
  { type: "dependency", items: ["112", "113"], why: "113 (Depends On `112`) starts 10:00 when 112 ends" },
  { type: "dependency", items: ["113", "115"], why: "115 (Depends On the number 113) is on 3/6" },
  { type: "deadline", items: ["113"], why: "Deadline `3/5/2026` date-only: end of 3/5" },
  { type: "unavailable", resource: "C2", items: ["112"], why: "Max Field has no Days Off" },
  {
    type: "double-booking",
    resource: "1",
    items: ["115", "117"],
    why: "117 overlaps 115 but its Status is `OMITTED `",
  },
  { type: "unavailable", resource: "C1", items: ["117"], why: "117 is on Jo's day off but its Status is `OMITTED `" },
];

const DAYS = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"];

const DOOD_ROWS: ExpectedDoodRow[] = [
  { resource: "1", codes: ["SW", "W", "H", "H", "WF"], work: 3, hold: 2, start: "2026-03-02", finish: "2026-03-06" },
  { resource: "2", codes: ["SW", "W", "WF", "", ""], work: 3, hold: 0, start: "2026-03-02", finish: "2026-03-04" },
  { resource: "3", codes: ["SW", "WF", "", "", ""], work: 2, hold: 0, start: "2026-03-02", finish: "2026-03-03" },
  { resource: "4", codes: ["", "", "SW", "WF", ""], work: 2, hold: 0, start: "2026-03-04", finish: "2026-03-05" },
];

const CALL_SHEETS: ExpectedCallSheet[] = [
  {
    date: "2026-03-02",
    items: ["101", "102", "103"],
    cast: [
      { resource: "1", status: "SW", call: "07:00" },
      { resource: "2", status: "SW", call: "07:00" },
      { resource: "3", status: "SW", call: "11:45" },
    ],
  },
  {
    date: "2026-03-03",
    items: ["104", "105", "106", "107", "108", "109", "110"],
    cast: [
      { resource: "1", status: "W", call: "08:00" },
      { resource: "2", status: "W", call: "12:30" },
      { resource: "3", status: "WF", call: "12:15" },
    ],
  },
  {
    date: "2026-03-04",
    items: ["111", "116"],
    cast: [
      { resource: "2", status: "WF", call: "07:00" },
      { resource: "4", status: "SW", call: "07:00" },
    ],
  },
  { date: "2026-03-05", items: ["112", "113"], cast: [{ resource: "4", status: "WF", call: "08:00" }] },
  { date: "2026-03-06", items: ["115"], cast: [{ resource: "1", status: "WF", call: "09:00" }] },
];

describeReport(
  "conformance set 5: values as people type them",
  () => saveAndCheck(buildWorkbook(), "2-typed-values.xlsx", "conformance5"),
  {
    issues: {
      title: "data issues: the date that does not exist and the #DIV/0! pages, at their cells",
      keys: [`bad-date | ${SHEET} | B15`, `cell-error | ${SHEET} | G16`],
    },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
    dood: { title: "DOOD over five text-dated shoot days (2/30 is none)", days: DAYS, rows: DOOD_ROWS },
    callSheets: {
      title: "call sheets named by date, calls from text times, Makeup 15 for Cleo",
      sheets: CALL_SHEETS,
      names: DAYS.map((date) => ({ date, sheet: `Call Sheet ${date}` })),
    },
  },
  (report) => {
    // Schema: priorities are "every non-cancelled schedule item". The `2/30/2026` row is an item whose Date
    // cannot be read (bad-date): it is ranked after every dated item, and summary.items counts the same 16.
    test("priorities rank all 16 items: the 2/30/2026 row last (no readable Date), the #DIV/0! row too", () => {
      const priorities = report().priorities;
      expect(priorities).toHaveLength(16);
      expect(priorities[15]).toMatchObject({ item: "114", rank: 16 });
      expect(priorities[15].reasons[0]).toMatch(/no readable Date/);
      expect(priorities.map((p) => p.item)).toContain("115");
    });

    test("summary.items agrees with priorities (16)", () => {
      expect(report().summary.items).toBe(16);
    });

    test("no token is unknown: padded, mixed-case, trailing-separator and `2/4` tokens all resolve", () => {
      expect(report().dataIssues.filter((i) => i.code === "unknown-resource")).toEqual([]);
      expect(report().summary.resources).toBe(6);
    });

    test("pages typed as eighths text and as a number reach the call sheet as eighths", () => {
      const scenes = report().callSheets.flatMap((s) => s.scenes);
      const pages = (id: string): string | undefined => scenes.find((s) => s.item === id)?.pages;
      expect(pages("101")).toBe("1 3/8");
      expect(pages("102")).toBe("4/8");
      expect(pages("103")).toBe("2");
      expect(pages("104")).toBe("1 4/8");
    });

    test("`2/4` in Cast names cast 2 and 4 on 3/4", () => {
      const sheet = report().callSheets.find((s) => s.date === "2026-03-04");
      const scene = sheet?.scenes.find((s) => s.item === "111");
      expect(scene?.cast).toEqual(["2", "4"]);
    });
  },
);

/*
 * The same workbook with the Rules hours typed as duration text. Contract section 2: "Durations: hours as a
 * number, or text `1:30`, `90m`, `1h30`, `1.5h`"; section 3 names the columns `Min Rest (h)` and `Max Day (h)`.
 */
describe("conformance set 5: Rules hours typed as duration text (`11:30`, `12.5h`)", () => {
  let variant: Report | undefined;
  beforeAll(async () => {
    variant = await saveAndCheck(
      buildWorkbook(["11:30", "12.5h"]),
      "2-typed-values-duration-rules.xlsx",
      "conformance5",
    );
  });
  const key = (c: { type: string; resource?: string; items: string[] }): string => `${c.type} ${c.resource} ${c.items}`;

  // Was an engine disagreement (SECTION.md): the engine gave bad-number at Rules!B2 and C2 and dropped both rules.
  test("`11:30` and `12.5h` are read as 11.5 h and 12.5 h (no data issue)", () => {
    expect(variant?.dataIssues.filter((i) => i.sheet === "Rules")).toEqual([]);
  });
  test("with them, Max's long day and turnaround fire as in the numeric workbook", () => {
    const found = (variant?.conflicts ?? []).map(key);
    expect(found).toContain("long-day C2 111,116");
    expect(found).toContain("turnaround C2 112,116");
    expect(variant?.conflicts.find((c) => c.type === "turnaround" && c.resource === "C2")?.magnitude).toBe(15);
  });
  test("everything else in the variant is as in the numeric workbook", () => {
    const others = (variant?.conflicts ?? [])
      .filter((c) => c.resource !== "C2")
      .map(key)
      .sort();
    expect(others).toEqual(
      EXPECTED.filter((c) => c.resource !== "C2")
        .map(key)
        .sort(),
    );
  });
});
