/**
 * Set 14, workbook 3: a night-patrol week on a plain-range `One-Liner` with NO ID column (items are `row:N`),
 * text dates `3/16/2026`, Call/Wrap as time fractions, a date-only strip. The coordinator's own sheet named `DOOD`
 * holds the fittings, holds and travel she tracks by hand (`Resource | From | To | Kind | Notes`, an Availability
 * table by its headers): kept and read (Nora's fitting shows `F`), the generated DOOD becomes `DOOD (2)`.
 * Formula-like text: Set `=INT. CRUISER`, Character `@DISPATCH`.
 *
 * Day 2 (on the checked copy): the coordinator cuts Sc 22 (row 4, 3/17) and pastes it at the bottom as 3/18, so
 * the rows below it move up and every item id after row 3 changes (`row:N` is the Excel row). She adds Eli to
 * Sc 20. The generated `Call Sheet 2026-03-17` is renamed `Call Sheet Tue (old)` and `Conflicts` dragged first.
 *
 * Cast (SAG-AFTRA by Type: Min Rest 12 h, Max Day 14 h): 1 Nora Vale Makeup 45, 2 Eli Grant Makeup 60.
 */
import ExcelJS from "exceljs";
import { at, plainSheet, timeFraction, type CellInput } from "../conformance/helpers";
import { describeSecondDay, moveToFront } from "./secondday";

const HEADER = ["Shoot Date", "Call", "Wrap", "Sc", "Set", "D/N", "Pgs", "Cast", "Location"];
const SC20: CellInput[] = [
  "3/16/2026",
  timeFraction(7, 45),
  timeFraction(13),
  20,
  "EXT. ROAD",
  "D",
  "1 4/8",
  "1",
  "Route 9",
];
const SC21: CellInput[] = [
  "3/16/2026",
  timeFraction(13),
  timeFraction(21),
  21,
  "=INT. CRUISER",
  "N",
  "2",
  "1, 2",
  "Route 9",
];
const SC22: CellInput[] = [
  "3/17/2026",
  timeFraction(9),
  timeFraction(17),
  22,
  "INT. STATION",
  "D",
  "3/8",
  "1",
  "Station",
];
const SC23: CellInput[] = [
  "3/17/2026",
  timeFraction(17, 30),
  timeFraction(19),
  23,
  "EXT. STATION",
  "D",
  "1",
  "2",
  "Station",
];
const SC24: CellInput[] = ["3/18/2026", null, null, 24, "INT. HOLDING", "D", "4/8", "2", "Station"];
const TIME_COLUMNS = [1, 2];

function build(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  // Excel rows 2..6: Sc 20, 21, 22, 23, 24.
  plainSheet(wb, "One-Liner", HEADER, [SC20, SC21, SC22, SC23, SC24], { timeColumns: TIME_COLUMNS });
  plainSheet(
    wb,
    "Cast",
    ["Cast #", "Name", "Character", "Makeup"],
    [
      [1, "Nora Vale", "SHERIFF", 45],
      [2, "Eli Grant", "@DISPATCH", 60],
    ],
  );
  plainSheet(
    wb,
    "DOOD",
    ["Resource", "From", "To", "Kind", "Notes"],
    [["Nora Vale", at(2026, 3, 18), at(2026, 3, 18), "fitting", "wardrobe, uniform #2"]],
  );
  return wb;
}

/** Writes a strip into an Excel row of the one-liner, time cells formatted h:mm, blanks cleared. */
function writeRow(ws: ExcelJS.Worksheet, r: number, values: CellInput[]): void {
  values.forEach((v, i) => {
    const cell = ws.getRow(r).getCell(i + 1);
    cell.value = v;
    if (TIME_COLUMNS.includes(i)) cell.numFmt = "h:mm";
  });
}

describeSecondDay({
  name: "3-route9-one-liner",
  build,
  userSheets: ["One-Liner", "Cast", "DOOD"],
  generatedDay1: [
    "Conflicts",
    "Priorities",
    "DOOD (2)",
    "Cost Report",
    "Call Sheet 2026-03-16",
    "Call Sheet 2026-03-17",
    "Call Sheet 2026-03-18",
  ],
  generatedDay2: [
    "Conflicts",
    "Priorities",
    "DOOD (2)",
    "Cost Report",
    "Call Sheet 2026-03-16",
    "Call Sheet 2026-03-17",
    "Call Sheet 2026-03-18",
  ],
  formulaLike: ["=INT. CRUISER", "@DISPATCH"],
  edit(wb) {
    const ws = wb.getWorksheet("One-Liner")!;
    // Cut Sc 22 (row 4), rows 5-6 move up, Sc 22 pasted at row 6 on 3/18; Eli added to Sc 20 (row 2).
    writeRow(ws, 2, [...SC20.slice(0, 7), "1, 2", SC20[8]]);
    writeRow(ws, 4, SC23);
    writeRow(ws, 5, SC24);
    writeRow(ws, 6, ["3/18/2026", ...SC22.slice(1)]);
    moveToFront(wb, "Conflicts");
  },
  renames: [["Call Sheet 2026-03-17", "Call Sheet Tue (old)"]],
  status1: 1,
  status2: 0,
  day1: {
    issues: { title: "no data issues", keys: [] },
    conflicts: [
      {
        type: "turnaround",
        severity: "error",
        resource: "1",
        items: ["row:3", "row:4"],
        date: "2026-03-17",
        magnitude: 45,
        why: "Nora wraps 21:00 on 3/16, called 08:15 (09:00 - Makeup 45) on 3/17: 11 h 15 of 12 h",
      },
    ],
    nearMisses: [
      {
        type: "long-day",
        resource: "1",
        items: ["row:2", "row:3"],
        why: "Nora 07:00 (07:45 - 45) to 21:00 is exactly 14 h",
      },
      { type: "turnaround", resource: "2", items: ["row:3", "row:5"], why: "Eli 21:00 -> 16:30 is 19 h 30" },
    ],
    dood: {
      title: "DOOD: the user's DOOD sheet's fitting shows F after Nora's last work day",
      days: ["2026-03-16", "2026-03-17", "2026-03-18"],
      rows: [
        { resource: "1", codes: ["SW", "WF", "F"], work: 2, hold: 0 },
        { resource: "2", codes: ["SW", "W", "WF"], work: 3, hold: 0 },
      ],
    },
    callSheets: {
      title: "call sheets by date; a date-only day has no call",
      sheets: [
        {
          date: "2026-03-16",
          items: ["row:2", "row:3"],
          cast: [
            { resource: "1", status: "SW", call: "07:00" },
            { resource: "2", status: "SW", call: "12:00" },
          ],
        },
        {
          date: "2026-03-17",
          items: ["row:4", "row:5"],
          cast: [
            { resource: "1", status: "WF", call: "08:15" },
            { resource: "2", status: "W", call: "16:30" },
          ],
        },
        { date: "2026-03-18", items: ["row:6"], cast: [{ resource: "2", status: "WF", call: null }] },
      ],
      names: [
        { date: "2026-03-16", sheet: "Call Sheet 2026-03-16" },
        { date: "2026-03-17", sheet: "Call Sheet 2026-03-17" },
        { date: "2026-03-18", sheet: "Call Sheet 2026-03-18" },
      ],
    },
  },
  day2: {
    issues: { title: "no data issues: the moved Conflicts sheet is not read", keys: [] },
    conflicts: [
      {
        type: "long-day",
        severity: "warning",
        resource: "2",
        items: ["row:2", "row:3"],
        date: "2026-03-16",
        magnitude: 15,
        why: "Eli added to Sc 20: 06:45 (07:45 - Makeup 60) to 21:00 is 14 h 15",
      },
    ],
    nearMisses: [
      { type: "turnaround", resource: "1", items: ["row:6"], why: "Sc 22 moved to 3/18: Nora rests 35 h 15" },
      { type: "long-day", resource: "1", items: ["row:2", "row:3"], why: "still exactly 14 h" },
    ],
    dood: {
      title: "DOOD: Nora held on 3/17, works over her fitting on 3/18",
      days: ["2026-03-16", "2026-03-17", "2026-03-18"],
      rows: [
        { resource: "1", codes: ["SW", "H", "WF"], work: 2, hold: 1 },
        { resource: "2", codes: ["SW", "W", "WF"], work: 3, hold: 0 },
      ],
    },
    callSheets: {
      title: "call sheets follow the moved rows (new row:N ids)",
      sheets: [
        {
          date: "2026-03-16",
          items: ["row:2", "row:3"],
          cast: [
            { resource: "1", status: "SW", call: "07:00" },
            { resource: "2", status: "SW", call: "06:45" },
          ],
        },
        { date: "2026-03-17", items: ["row:4"], cast: [{ resource: "2", status: "W", call: "16:30" }] },
        {
          date: "2026-03-18",
          items: ["row:5", "row:6"],
          cast: [
            { resource: "1", status: "WF", call: "08:15" },
            { resource: "2", status: "WF", call: null },
          ],
        },
      ],
    },
  },
});
