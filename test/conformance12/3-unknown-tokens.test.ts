/**
 * Set 12, workbook 3: synthetic resources. A plain-range `One-Liner` with no ID column (items are `row:N`)
 * whose Cast and Crew cells name people the `Resources` list does not hold: a drone operator typed in three
 * spellings of case, a stand-in typed in both Cast and Crew of one strip, an unknown cast number typed once as
 * text and once as a number. The Resources list numbers cast and crew from 1 the way two departments do, so
 * crew `7` collides with cast `7`. Expectations were worked out by hand from the contract before the run.
 *
 * Contract §3: "A token that resolves to nothing is a data issue `unknown-resource` (one per cell) and still
 * acts as a resource of Type `other` with that name and Capacity 1, so its double bookings are checked."
 * Read here as: tokens that name the same unknown thing (compared like every token: case-insensitive, IDs as
 * text) are one synthetic resource; it is not a person (Type other, no Rule Set), but it is a resource, so it
 * travels; every cell holding such a token gets its own issue; `resource` is its name (it has no ID).
 *
 * Resources: cast 7 Lena Ruiz (NURSE), cast 8 Abe Stone (DOCTOR), crew 7 Gus Berg (Driver: a duplicate ID under
 * another Name, so another person, kept and found by Name, as docs/workbook-format.md documents; the row was dropped
 * before session 18 and his Name was an unknown token), crew C1 Ana Cruz (Medic).
 */
import ExcelJS from "exceljs";
import {
  at,
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

// Excel rows 2..11. Columns: A Date, B Call, C Wrap, D Location, E Cast, F Crew. Row 11 types Lena's Name
// with a double space inside: a run of spaces inside a name reads as one (since session 20; it named nobody before),
// so it is Lena.
const ONE_LINER: CellInput[][] = [
  /* 2 */ [at(2026, 3, 9), t(8), t(10), "Clinic", 7, "Drone Op"],
  /* 3 */ [at(2026, 3, 9), t(9), t(11), "Roof", null, "drone op; DRONE OP"],
  /* 4 */ [at(2026, 3, 9), t(12), t(13), "Clinic", "Stand-in, 7", "Stand-in"],
  /* 5 */ [at(2026, 3, 9), t(12, 30), t(13, 30), "Clinic", "12", null],
  /* 6 */ [at(2026, 3, 9), t(12, 45), t(14), "Lot", 12, "Gus Berg"],
  /* 7 */ [at(2026, 3, 9), t(13, 10), t(14), "Lot", "stand-in", null],
  /* 8 */ [at(2026, 3, 10), t(7), t(8), "Clinic", "7", "C1"],
  /* 9 */ [at(2026, 3, 10), null, null, "Clinic", "8", null],
  /* 10 */ [at(2026, 3, 10), t(6), t(7), "Roof", null, "Drone Op"],
  /* 11 */ [at(2026, 3, 10), t(10), t(11), "Clinic", "lena  ruiz", null],
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  plainSheet(wb, "One-Liner", ["Date", "Call", "Wrap", "Location", "Cast", "Crew"], ONE_LINER, {
    timeColumns: [1, 2],
  });
  plainSheet(
    wb,
    "Resources",
    ["Type", "ID", "Name", "Role", "Dept"],
    [
      ["cast", 7, "Lena Ruiz", "NURSE", null],
      ["cast", 8, "Abe Stone", "DOCTOR", null],
      ["crew", 7, "Gus Berg", "Driver", "Transport"],
      ["crew", "C1", "Ana Cruz", "Medic", "Production"],
    ],
  );
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "double-booking",
    severity: "error",
    resource: "Drone Op",
    items: ["row:2", "row:3"],
    date: "2026-03-09",
    magnitude: 1,
    why: "`Drone Op` and `drone op; DRONE OP` are one synthetic resource of Capacity 1 (the second cell names it twice: one booking)",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "12",
    items: ["row:5", "row:6"],
    date: "2026-03-09",
    magnitude: 1,
    why: "unknown cast number 12 typed as text (E5) and as a number (E6): IDs compare as text, one resource",
  },
  {
    type: "travel",
    severity: "warning",
    resource: "Stand-in",
    items: ["row:4", "row:7"],
    date: "2026-03-09",
    magnitude: 20,
    why: "a synthetic resource is a resource (not a location): Clinic 13:00 -> Lot 13:10 is 10 min, buffer 30",
  },
];

const NEAR_MISSES: NearMiss[] = [
  {
    type: "double-booking",
    resource: "Stand-in",
    items: ["row:4"],
    why: "the stand-in in both Cast and Crew of row 4 is one booking",
  },
  {
    type: "turnaround",
    resource: "Drone Op",
    items: ["row:3", "row:10"],
    why: "a synthetic resource is no person: no Min Rest (11:00 -> 06:00 is 19 h anyway: the real check is the next)",
  },
  {
    type: "travel",
    resource: "12",
    items: ["row:5", "row:6"],
    why: "Clinic -> Lot, but the two items overlap: left to double-booking",
  },
  {
    type: "double-booking",
    resource: "7",
    items: ["row:2", "row:4"],
    why: "cast 7 (number token and `7` in a list): 08-10 and 12-13",
  },
];

const EXPECTED_DOOD_ROWS: ExpectedDoodRow[] = [
  { resource: "7", codes: ["SW", "WF"], work: 2, hold: 0, start: "2026-03-09", finish: "2026-03-10" },
  { resource: "8", codes: ["", "SWF"], work: 1, hold: 0, start: "2026-03-10", finish: "2026-03-10" },
];

const EXPECTED_CALL_SHEETS: ExpectedCallSheet[] = [
  {
    date: "2026-03-09",
    items: ["row:2", "row:3", "row:4", "row:5", "row:6", "row:7"],
    cast: [{ resource: "7", status: "SW", call: "08:00" }],
  },
  {
    date: "2026-03-10",
    items: ["row:8", "row:9", "row:10", "row:11"],
    cast: [
      { resource: "7", status: "WF", call: "07:00" },
      { resource: "8", status: "SWF", call: null },
    ],
  },
];

describeReport(
  "conformance set 12: synthetic resources from unknown tokens, and cast/crew numbered alike",
  () => saveAndCheck(buildWorkbook(), "3-unknown-tokens.xlsx", "conformance12"),
  {
    issues: {
      title: "duplicate-id on crew 7; one unknown-resource per cell naming nobody (Gus Berg is found by Name)",
      keys: [
        "duplicate-id | Resources | B4",
        "unknown-resource | One-Liner | F2",
        "unknown-resource | One-Liner | F3",
        "unknown-resource | One-Liner | E4",
        "unknown-resource | One-Liner | F4",
        "unknown-resource | One-Liner | E5",
        "unknown-resource | One-Liner | E6",
        "unknown-resource | One-Liner | E7",
        "unknown-resource | One-Liner | F10",
      ],
    },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
    dood: {
      title: "DOOD: only the two real cast members; synthetic resources have no row",
      days: ["2026-03-09", "2026-03-10"],
      rows: EXPECTED_DOOD_ROWS,
    },
    callSheets: { title: "call sheets: synthetic resources are on no cast list", sheets: EXPECTED_CALL_SHEETS },
  },
  (report) => {
    test("crew lists: Gus Berg (by Name) on 3/9, Ana Cruz on 3/10; no synthetic resource on any crew list", () => {
      const crew = report().callSheets.map((s) => ({ date: s.date, crew: s.crew.map((c) => c.resource) }));
      expect(crew).toEqual([
        { date: "2026-03-09", crew: ["Gus Berg"] },
        { date: "2026-03-10", crew: ["C1"] },
      ]);
    });
  },
);
