/**
 * Set 7, workbook 2: a TV-movie stage week ("THE LONG WINTER") whose rule sets are chosen by Rule Set, not by
 * Type, and whose Rules table overrides only SOME numbers. One `Resources` Excel table typed by `Resource Type`
 * (`Union` = Rule Set, `Prep` = Lead Time) holds the cast, the crew, a dog and a technocrane; the schedule is an
 * Excel table on `Shooting Schedule` with time-fraction Start/End; the Rules Excel table leaves cells blank.
 * Expectations were worked out by hand from the contract before the engine was run (see each `why`).
 *
 * Contract reading: a Rules row "with the same name replaces a default" number by number: a blank cell keeps
 * the default (§4's table), so the `SAG-AFTRA` row below changes only Max Consecutive Days and the `IATSE` row
 * only Max Day. A resource's Rule Set wins over its Type's default set, and "any resource with a Rule Set" is
 * a person (the dog, Type `other`).
 *
 * Rules: SAG-AFTRA (blank, blank, 5) -> 12 h rest, 14 h day, 5 days. IATSE (blank, 12, blank) -> 10 h, 12 h,
 * 6 days. Non-union (no row) -> 10 h, 14 h, 6 days. New `Local 600` 8 h, 16 h, 7 days; new `Animal Welfare`
 * 12 h, 8 h, 5 days.
 * C1 Ada Blake (cast, SAG-AFTRA by Type), C2 Ben Cho (cast, Union `Non-union`), K1 Dex Ford (crew, stunt
 * coordinator, Union `SAG-AFTRA`), K2 Eve Gold (crew, IATSE by Type), K3 Fay Hunt (crew, Union `Local 600`),
 * A1 Biscuit (Type other, the dog playing BARNEY, Union `Animal Welfare`, Prep 30), E1 Technocrane (equipment).
 * One location (Stage 4), so no travel. 2026-03-09 is a Monday.
 */
import ExcelJS from "exceljs";
import {
  at,
  describeReport,
  saveAndCheck,
  timeFraction as t,
  type CellInput,
  type ExpectedCallSheet,
  type ExpectedConflict,
  type ExpectedDoodRow,
  type NearMiss,
} from "../conformance/helpers";
import { tableSheet } from "../conformance4/table";

const AB = "Ada Blake, Ben Cho";
const S = "Stage 4";

// Excel rows 2..19. Columns: A ID, B Date, C Start, D End, E Scene, F Description, G Cast, H Crew, I Resources,
// J Location, K Status.
// prettier-ignore
const SCHEDULE: CellInput[][] = [
  ["S101", at(2026, 3, 9), t(7), t(13), "4", "Kitchen argument", AB, "Eve Gold; Dex Ford; Fay Hunt", "E1", S, null],
  ["S102", at(2026, 3, 9), t(14), t(19), "5", "Barney finds the letter", AB, "Eve Gold; Fay Hunt", "Biscuit", S, null],
  ["S201", at(2026, 3, 10), t(6), t(12), "9", "Blizzard window (rain-fx snow)", AB, "Eve Gold; Dex Ford; Fay Hunt", "E1", S, null],
  ["S202", at(2026, 3, 10), t(13), t(19, 30), "11", "Porch collapse", "Ada Blake", "Eve Gold; Fay Hunt; Dex Ford", "Biscuit, E1", S, null],
  ["S301", at(2026, 3, 11), t(7, 30), t(15), "14", "Hospital corridor", AB, "Eve Gold; Dex Ford; Fay Hunt", "E1", S, null],
  ["S302", at(2026, 3, 11), t(15, 30), t(20), "15", "Milo and Barney on the ice", "Ben Cho", "Fay Hunt; Dex Ford", "Biscuit", S, null],
  ["S401", at(2026, 3, 12), t(7), t(12), "18", "Funeral", AB, "Eve Gold; Dex Ford; Fay Hunt", "E1", S, null],
  ["S402", at(2026, 3, 12), t(12, 30), t(18), "19", "Wake", "Ada Blake", "Eve Gold; Fay Hunt", "Biscuit, E1", S, null],
  ["S403", at(2026, 3, 12), t(18, 30), t(21, 30), "20", "June's monologue (pickup)", "Ada Blake", null, null, S, null],
  ["PR13", at(2026, 3, 13), t(7), t(12), null, "Pre-light night set", null, "Fay Hunt", "E1", S, null],
  ["B13", at(2026, 3, 13), t(8, 30), t(16), null, "Barney: training on set", null, null, "Biscuit", S, null],
  ["DR13", at(2026, 3, 13), null, null, null, "Stunt rehearsal (all day)", null, "Dex Ford", null, S, null],
  ["S501", at(2026, 3, 13), t(14), t(23), "23", "Night: the search", AB, "Eve Gold; Fay Hunt", "E1", S, null],
  ["S601", at(2026, 3, 14), t(8, 45), t(13), "25", "Milo alone", "Ben Cho", "Fay Hunt", "E1", S, null],
  ["S602", at(2026, 3, 14), t(8, 30), t(15), null, "Stunt rig: porch fall", null, "Eve Gold; Dex Ford", null, S, null],
  ["S603", at(2026, 3, 14), t(13, 30), t(17), "27", "Barney runs home", null, null, "Biscuit", S, null],
  ["B14", at(2026, 3, 14), t(7, 30), t(8, 30), null, "Barney: wrangler rehearsal", null, null, "Biscuit", S, null],
  ["PR15", at(2026, 3, 15), null, null, null, "Pre-rig Stage 4 for Monday", null, "Fay Hunt", "E1", S, null],
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  tableSheet(
    wb,
    "Shooting Schedule",
    "tblShoot",
    ["ID", "Date", "Start", "End", "Scene", "Description", "Cast", "Crew", "Resources", "Location", "Status"],
    SCHEDULE,
    [2, 3],
  );
  tableSheet(
    wb,
    "Resources",
    "tblResources",
    ["Resource ID", "Name", "Resource Type", "Role", "Union", "Prep"],
    [
      ["C1", "Ada Blake", "cast", "JUNE", null, null],
      ["C2", "Ben Cho", "cast", "MILO", "Non-union", null],
      ["K1", "Dex Ford", "crew", "Stunt Coordinator", "SAG-AFTRA", null],
      ["K2", "Eve Gold", "crew", "Gaffer", null, null],
      ["K3", "Fay Hunt", "crew", "Camera Operator", "Local 600", null],
      ["A1", "Biscuit", "other", "BARNEY (dog)", "Animal Welfare", 30],
      ["E1", "Technocrane 30'", "equipment", null, null, null],
    ],
  );
  tableSheet(
    wb,
    "Rules",
    "tblRules",
    ["Rule Set", "Min Rest (h)", "Max Day (h)", "Max Consecutive Days"],
    [
      ["SAG-AFTRA", null, null, 5],
      ["IATSE", null, 12, null],
      ["Local 600", 8, 16, 7],
      ["Animal Welfare", 12, 8, 5],
    ],
  );
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "turnaround",
    severity: "error",
    resource: "C1",
    items: ["S102", "S201"],
    date: "2026-03-10",
    magnitude: 60,
    why: "the SAG-AFTRA row leaves Min Rest blank, so 12 h stays: 3/9 19:00 -> 3/10 06:00 is 11 h",
  },
  {
    type: "long-day",
    severity: "warning",
    resource: "C1",
    items: ["S401", "S402", "S403"],
    date: "2026-03-12",
    why: "Max Day blank in the SAG-AFTRA row stays 14 h: 07:00 -> 21:30 is 14 h 30",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "C2",
    items: ["S501", "S601"],
    date: "2026-03-14",
    magnitude: 15,
    why: "Ben's Rule Set Non-union (10 h, though he is cast): 23:00 -> 08:45 is 9 h 45",
  },
  {
    type: "long-day",
    severity: "warning",
    resource: "K2",
    items: ["S201", "S202"],
    date: "2026-03-10",
    why: "the IATSE row sets Max Day 12: 06:00 -> 19:30 is 13 h 30 (fine under the default 14)",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "K2",
    items: ["S501", "S602"],
    date: "2026-03-14",
    magnitude: 30,
    why: "the IATSE row leaves Min Rest blank, so 10 h stays: 23:00 -> 08:30 is 9 h 30",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "K1",
    items: ["S302", "S401"],
    date: "2026-03-12",
    magnitude: 60,
    why: "Dex is crew with Rule Set SAG-AFTRA (12 h, not IATSE's 10): 3/11 20:00 -> 3/12 07:00 is 11 h",
  },
  {
    type: "consecutive-days",
    severity: "warning",
    resource: "K1",
    items: ["S602"],
    date: "2026-03-09",
    why: "SAG-AFTRA's overridden Max Consecutive Days 5: Dex works 3/9..3/14 (3/13 date-only DR13 counts); the first day over the limit is the 6th, 3/14",
  },
  {
    type: "long-day",
    severity: "warning",
    resource: "A1",
    items: ["S603", "B14"],
    date: "2026-03-14",
    why: "Biscuit (Type other with a Rule Set is a person), Animal Welfare Max Day 8: B14 07:30 - Prep 30 = 07:00 to S603's 17:00 is 10 h; items in schedule order",
  },
  {
    type: "consecutive-days",
    severity: "warning",
    resource: "A1",
    items: ["B14"],
    date: "2026-03-09",
    why: "Animal Welfare allows 5 days; Biscuit works 3/9..3/14; on 3/14 the earliest Start is B14 07:30 (last row)",
  },
];

const NEAR_MISSES: NearMiss[] = [
  { type: "turnaround", resource: "C2", items: ["S102", "S201"], why: "Ben (Non-union 10 h): 11 h is fine" },
  { type: "turnaround", resource: "K2", items: ["S102", "S201"], why: "Eve (IATSE 10 h): 11 h is fine" },
  { type: "turnaround", resource: "C1", items: ["S202", "S301"], why: "Ada 19:30 -> 07:30: exactly 12 h" },
  { type: "turnaround", resource: "K1", items: ["S202", "S301"], why: "Dex 19:30 -> 07:30: exactly 12 h" },
  { type: "turnaround", resource: "K3", items: [], why: "Fay's Local 600 needs 8 h; her shortest rest is 9 h 45" },
  {
    type: "turnaround",
    resource: "K1",
    items: ["S401", "S602"],
    why: "Dex's timed dates 3/12 and 3/14 (3/13 is date-only)",
  },
  { type: "turnaround", resource: "A1", items: [], why: "Biscuit's shortest rest is 3/12 18:00 -> 3/13 08:00 (14 h)" },
  {
    type: "long-day",
    resource: "K2",
    items: ["S101", "S102"],
    why: "Eve 07:00 -> 19:00: exactly the IATSE row's 12 h",
  },
  {
    type: "long-day",
    resource: "K1",
    items: ["S201", "S202"],
    why: "Dex 13 h 30 is under SAG-AFTRA's 14 (not the IATSE row's 12)",
  },
  { type: "long-day", resource: "C1", items: ["S201", "S202"], why: "Ada 13 h 30 under 14" },
  { type: "long-day", resource: "K3", items: ["PR13", "S501"], why: "Fay 07:00 -> 23:00: exactly Local 600's 16 h" },
  { type: "long-day", resource: "A1", items: ["B13"], why: "B13 08:30 - Prep 30 = 08:00 -> 16:00: exactly 8 h" },
  { type: "long-day", resource: "E1", items: [], why: "the technocrane's 16 h day: equipment with no rule set" },
  { type: "consecutive-days", resource: "C1", items: [], why: "Ada works 3/9..3/13: exactly the overridden 5" },
  {
    type: "consecutive-days",
    resource: "C2",
    items: [],
    why: "Ben works 6 days under Non-union (6), not SAG-AFTRA's 5",
  },
  { type: "consecutive-days", resource: "K2", items: [], why: "Eve works 6 days; the IATSE row leaves 6 in place" },
  {
    type: "consecutive-days",
    resource: "K3",
    items: [],
    why: "Fay works 3/9..3/15 (7, date-only 3/15): Local 600's 7",
  },
  { type: "consecutive-days", resource: "E1", items: [], why: "the technocrane works 7 days but is no person" },
];

const DAYS = ["2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13", "2026-03-14", "2026-03-15"];

const EXPECTED_DOOD_ROWS: ExpectedDoodRow[] = [
  { resource: "C1", codes: ["SW", "W", "W", "W", "WF", "", ""], work: 5, hold: 0 },
  { resource: "C2", codes: ["SW", "W", "W", "W", "W", "WF", ""], work: 6, hold: 0 },
];

const SOME_CALL_SHEETS: ExpectedCallSheet[] = [
  {
    date: "2026-03-12",
    items: ["S401", "S402", "S403"],
    cast: [
      { resource: "C1", status: "W", call: "07:00" },
      { resource: "C2", status: "W", call: "07:00" },
    ],
  },
  {
    date: "2026-03-14",
    items: ["S601", "S602", "S603", "B14"],
    cast: [{ resource: "C2", status: "WF", call: "08:45" }],
  },
  { date: "2026-03-15", items: ["PR15"], cast: [] },
];

describeReport(
  "conformance set 7: rule sets by Rule Set, partial Rules overrides, a dog with a rule set",
  () => saveAndCheck(buildWorkbook(), "2-union-rules.xlsx", "conformance7"),
  {
    issues: { title: "no data issues", keys: [] },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
    dood: {
      title: "DOOD rows are the Type cast only (the dog is Type other); 3/15 (date-only pre-rig) is a shoot day",
      days: DAYS,
      rows: EXPECTED_DOOD_ROWS,
    },
  },
  (report) => {
    test("call sheets: cast from the day's items with call = first Start (no Prep for cast here)", () => {
      expect(report().callSheets.map((s) => s.date)).toEqual(DAYS);
      const view = report()
        .callSheets.filter((s) => SOME_CALL_SHEETS.some((e) => e.date === s.date))
        .map((s) => ({
          date: s.date,
          items: [...s.items].sort(),
          cast: s.cast.map((c) => ({ resource: c.resource, status: c.status ?? "", call: c.call })),
        }));
      expect(view).toEqual(SOME_CALL_SHEETS.map((s) => ({ ...s, items: [...s.items].sort() })));
    });

    test("one consecutive-days finding per person per run", () => {
      const runs = report().conflicts.filter((c) => c.type === "consecutive-days");
      expect(runs.map((c) => c.resource).sort()).toEqual(["A1", "K1"]);
    });
  },
);
