/**
 * Set 14, workbook 1: a diner week on a plain-range `Stripboard` (date cells, text times, no Shoot Day column),
 * checked, rechecked, edited and checked again. The coordinator keeps her own sheet named `Conflicts`: in film
 * usage "conflicts" are the actors' agent-reported dates, typed as an Availability table (`Resource | From | To |
 * Kind | Notes`, placed by headers). It must be kept and read (Leo's matinee), and the generated sheet becomes
 * `Conflicts (2)` (§8: "a user sheet that happens to have the same name is never touched (the new one gets a
 * suffix)"). Text starting with `=`, `+`, `-`, `@` sits in Set, Description, Character and cast Notes.
 *
 * Day 2 (on the checked copy): Sc 3's Call moves 09:00 → 08:30 (Mara's rest becomes 11 h 30), Sc 4 moves from
 * 3/4 to 3/5 (Leo's matinee no longer hit; a new shoot day), Ivy is added to Sc 6 (double-booked with Sc 5);
 * the generated `DOOD` is renamed `DOOD v1` and `Call Sheet 2026-03-02` dragged to the front.
 *
 * Cast (SAG-AFTRA by Type: Min Rest 12 h, Max Day 14 h): 1 Mara Quinn Makeup 60, 2 Leo Park Makeup 30,
 * 3 Ivy Stone. Crew (IATSE): Sam Reed, Tia Ruiz (no ID column: resource = Name).
 */
import ExcelJS from "exceljs";
import { at, plainSheet, type CellInput } from "../conformance/helpers";
import { describeSecondDay, moveToFront } from "./secondday";

const HEADER = ["ID", "Shoot Date", "Call", "Wrap", "Sc.", "Set", "Description", "Location", "Cast", "Crew", "Notes"];
// Excel rows 2..7.
const ROWS: CellInput[][] = [
  ["S1", at(2026, 3, 2), "07:00", "12:00", 1, "=INT. DINER", "- opening -", "Diner", "1, 2", "Sam Reed", null],
  [
    "S2",
    at(2026, 3, 2),
    "12:00",
    "20:00",
    2,
    "-DINER (CONT'D)-",
    null,
    "Diner",
    "1",
    "Sam Reed, Tia Ruiz",
    "@props: breakaway glass",
  ],
  ["S3", at(2026, 3, 3), "09:00", "18:00", 3, "EXT. ROOF", null, "Roof", "1", null, null],
  ["S4", at(2026, 3, 4), "09:00", "17:00", 4, "INT. DINER", null, "Diner", "2", null, null],
  ["S5", at(2026, 3, 4), "09:00", "12:00", 5, null, "+ added scene 5A", "Roof", "3", "Tia Ruiz", null],
  ["S6", at(2026, 3, 4), "11:00", "13:00", 6, "EXT. ROOF", null, "Roof", null, "Tia Ruiz", null],
];

function build(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  plainSheet(wb, "Stripboard", HEADER, ROWS);
  plainSheet(
    wb,
    "Cast",
    ["Cast #", "Name", "Character", "Makeup", "Notes"],
    [
      [1, "Mara Quinn", "@KATIE_LIVES", 60, "+ dialect coach on set"],
      [2, "Leo Park", "DET. HOLT", 30, null],
      [3, "Ivy Stone", "DISPATCH (V.O.)", null, null],
    ],
  );
  plainSheet(
    wb,
    "Crew",
    ["Name", "Position", "Dept"],
    [
      ["Sam Reed", "Gaffer", "Electric"],
      ["Tia Ruiz", "Key Grip", "Grip"],
    ],
  );
  // The coordinator's own "Conflicts": agent-reported dates, an Availability table by its headers.
  const own = plainSheet(
    wb,
    "Conflicts",
    ["Resource", "From", "To", "Kind", "Notes"],
    [["Leo Park", at(2026, 3, 4), at(2026, 3, 4), "unavailable", "matinee, per agent"]],
  );
  own.getCell("E2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
  return wb;
}

describeSecondDay({
  name: "1-diner-stripboard",
  build,
  userSheets: ["Stripboard", "Cast", "Crew", "Conflicts"],
  generatedDay1: [
    "Conflicts (2)",
    "Priorities",
    "DOOD",
    "Cost Report",
    "Call Sheet 2026-03-02",
    "Call Sheet 2026-03-03",
    "Call Sheet 2026-03-04",
  ],
  generatedDay2: [
    "Conflicts (2)",
    "Priorities",
    "DOOD",
    "Cost Report",
    "Call Sheet 2026-03-02",
    "Call Sheet 2026-03-03",
    "Call Sheet 2026-03-04",
    "Call Sheet 2026-03-05",
  ],
  // Set + Description share one scene cell on the call sheet (set first); Character and cast Notes on the cast line.
  formulaLike: ["=INT. DINER", "-DINER (CONT'D)-", "+ added scene 5A", "@KATIE_LIVES", "+ dialect coach on set"],
  edit(wb) {
    const board = wb.getWorksheet("Stripboard")!;
    board.getCell("C4").value = "08:30"; // Sc 3's call, 3/3
    board.getCell("B5").value = at(2026, 3, 5); // Sc 4 moves to 3/5 (keeps its date format)
    board.getCell("I7").value = "3"; // Ivy added to Sc 6
    moveToFront(wb, "Call Sheet 2026-03-02");
  },
  renames: [["DOOD", "DOOD v1"]],
  status1: 1,
  status2: 1,
  day1: {
    issues: { title: "no data issues (the user's Conflicts sheet is a clean Availability table)", keys: [] },
    conflicts: [
      {
        type: "unavailable",
        severity: "error",
        resource: "2",
        items: ["S4"],
        date: "2026-03-04",
        why: "Leo's agent-reported date on the user's own `Conflicts` sheet (kind unavailable) is read",
      },
      {
        type: "double-booking",
        severity: "error",
        resource: "Tia Ruiz",
        items: ["S5", "S6"],
        date: "2026-03-04",
        magnitude: 1,
        why: "key grip on Sc 5 (09-12) and Sc 6 (11-13); crew has no ID so the resource is the Name",
      },
    ],
    nearMisses: [
      {
        type: "long-day",
        resource: "1",
        items: ["S1", "S2"],
        why: "Mara 06:00 (07:00 - Makeup 60) to 20:00 is exactly 14 h",
      },
      {
        type: "turnaround",
        resource: "1",
        items: ["S2", "S3"],
        why: "20:00 -> 08:00 call (09:00 - 60) is exactly 12 h",
      },
      { type: "double-booking", resource: "Sam Reed", items: ["S1", "S2"], why: "12:00 wrap and 12:00 call touch" },
      { type: "travel", items: ["S1", "S2"], why: "same location" },
    ],
    dood: {
      title: "DOOD: Leo held on 3/3, Ivy only on 3/4",
      days: ["2026-03-02", "2026-03-03", "2026-03-04"],
      rows: [
        { resource: "1", codes: ["SW", "WF", ""], work: 2, hold: 0 },
        { resource: "2", codes: ["SW", "H", "WF"], work: 2, hold: 1 },
        { resource: "3", codes: ["", "", "SWF"], work: 1, hold: 0 },
      ],
    },
    callSheets: {
      title: "call sheets by date, cast calls = first Call - Makeup",
      sheets: [
        {
          date: "2026-03-02",
          items: ["S1", "S2"],
          cast: [
            { resource: "1", status: "SW", call: "06:00" },
            { resource: "2", status: "SW", call: "06:30" },
          ],
        },
        { date: "2026-03-03", items: ["S3"], cast: [{ resource: "1", status: "WF", call: "08:00" }] },
        {
          date: "2026-03-04",
          items: ["S4", "S5", "S6"],
          cast: [
            { resource: "2", status: "WF", call: "08:30" },
            { resource: "3", status: "SWF", call: "09:00" },
          ],
        },
      ],
      names: [
        { date: "2026-03-02", sheet: "Call Sheet 2026-03-02" },
        { date: "2026-03-03", sheet: "Call Sheet 2026-03-03" },
        { date: "2026-03-04", sheet: "Call Sheet 2026-03-04" },
      ],
    },
  },
  day2: {
    issues: { title: "no data issues: the moved call sheet is not read", keys: [] },
    conflicts: [
      {
        type: "turnaround",
        severity: "error",
        resource: "1",
        items: ["S2", "S3"],
        date: "2026-03-03",
        magnitude: 30,
        why: "Sc 3 now called 08:30, Mara at 07:30: 11 h 30 after the 20:00 wrap (Min Rest 12 h)",
      },
      {
        type: "double-booking",
        severity: "error",
        resource: "Tia Ruiz",
        items: ["S5", "S6"],
        date: "2026-03-04",
        magnitude: 1,
        why: "unchanged from day 1",
      },
      {
        type: "double-booking",
        severity: "error",
        resource: "3",
        items: ["S5", "S6"],
        date: "2026-03-04",
        magnitude: 1,
        why: "Ivy added to Sc 6 (11-13) while on Sc 5 (09-12)",
      },
    ],
    nearMisses: [
      { type: "unavailable", resource: "2", items: ["S4"], why: "Sc 4 moved off Leo's matinee date" },
      { type: "long-day", resource: "1", items: ["S1", "S2"], why: "still exactly 14 h" },
    ],
    dood: {
      title: "DOOD follows the move: 3/5 is a new shoot day, Leo held 3/3 and 3/4",
      days: ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"],
      rows: [
        { resource: "1", codes: ["SW", "WF", "", ""], work: 2, hold: 0 },
        { resource: "2", codes: ["SW", "H", "H", "WF"], work: 2, hold: 2 },
        { resource: "3", codes: ["", "", "SWF", ""], work: 1, hold: 0 },
      ],
    },
    callSheets: {
      title: "call sheets follow the edits",
      sheets: [
        {
          date: "2026-03-02",
          items: ["S1", "S2"],
          cast: [
            { resource: "1", status: "SW", call: "06:00" },
            { resource: "2", status: "SW", call: "06:30" },
          ],
        },
        { date: "2026-03-03", items: ["S3"], cast: [{ resource: "1", status: "WF", call: "07:30" }] },
        { date: "2026-03-04", items: ["S5", "S6"], cast: [{ resource: "3", status: "SWF", call: "09:00" }] },
        { date: "2026-03-05", items: ["S4"], cast: [{ resource: "2", status: "WF", call: "08:30" }] },
      ],
    },
  },
});
