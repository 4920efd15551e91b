/**
 * Set 14, workbook 2: a hospital block as an Excel table `tblBoard` on `Shooting Schedule` with a `Shoot Day`
 * column (call sheets `Call Sheet Day N`), a `Production` key/value sheet, cast day rates, and the accountant's
 * own sheet named `Cost Report` holding the Budget (`Account | Description | Budget`, placed by headers): kept and
 * read, the generated one becomes `Cost Report (2)`. Formula-like text: Set `-INT. WARD-`, Production Phone
 * `+1 310 555 0100` and Notes `== CLOSED SET ==`.
 *
 * Day 2 (on the checked copy): Sc 12 (W3) moves from Shoot Day 2 (3/10) to Shoot Day 3 (3/11), which clears Joe's
 * double booking and adds a worked date; a new day player, Rosa Diaz, is typed at the bottom of `Cast` and into
 * Sc 13 (W4); account 1405 goes over budget. The generated `Conflicts` and `Cost Report (2)` are renamed (kept as
 * the day-1 record) and `Priorities` dragged to the front.
 *
 * Cost (§5 budget-overrun): Day Rate per worked date. Day 1: Ana 2 dates x 1000 = 2000 = budget 1401 (no warning);
 * Joe 2 dates x 500 = 1000 = budget 1405 (no warning). Day 2: Joe 3 x 500 + Rosa 1 x 400 = 1900: over by 900.
 */
import ExcelJS from "exceljs";
import { at, plainSheet, type CellInput } from "../conformance/helpers";
import { tableSheet } from "../conformance4/table";
import { describeSecondDay, moveToFront, removeSheet } from "./secondday";
import { cliCheckOut, once, open, registry, stagePath, userCells } from "./roundtrip";

const HEADER = ["ID", "Shoot Day", "Date", "Start", "End", "Scene", "Set", "Location", "Cast", "Notes"];
// Excel rows 2..5.
const ROWS: CellInput[][] = [
  ["W1", 1, at(2026, 3, 9), "08:00", "16:00", "10", "-INT. WARD-", "St. Jude's", "1, 2", null],
  ["W2", 2, at(2026, 3, 10), "08:00", "16:00", "11", "INT. WARD", "St. Jude's", "1, 2", null],
  ["W3", 2, at(2026, 3, 10), "15:00", "18:00", "12", "INT. HALL", "St. Jude's", "2", "@wardrobe: scrubs x3"],
  ["W4", 3, at(2026, 3, 11), "08:00", "12:00", "13", "EXT. PARKING LOT", "St. Jude's", null, null],
];

function build(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const prod = wb.addWorksheet("Production");
  for (const kv of [
    ["Title", "Night Shift"],
    ["Phone", "+1 310 555 0100"],
    ["Notes", "== CLOSED SET =="],
  ])
    prod.addRow(kv);
  prod.getColumn(1).font = { bold: true };
  tableSheet(wb, "Shooting Schedule", "tblBoard", HEADER, ROWS);
  plainSheet(
    wb,
    "Cast",
    ["Cast #", "Name", "Character", "Day Rate", "Account"],
    [
      [1, "Ana Brandt", "NURSE", 1000, "1401"],
      [2, "Joe Kim", "ORDERLY", 500, "1405"],
    ],
  );
  plainSheet(
    wb,
    "Cost Report",
    ["Account", "Description", "Budget"],
    [
      ["1401", "Cast - regulars", 2000],
      ["1405", "Cast - day players", 1000],
    ],
  );
  return wb;
}

describeSecondDay({
  name: "2-ward-cost-table",
  build,
  userSheets: ["Production", "Shooting Schedule", "Cast", "Cost Report"],
  generatedDay1: [
    "Conflicts",
    "Priorities",
    "DOOD",
    "Cost Report (2)",
    "Call Sheet Day 1",
    "Call Sheet Day 2",
    "Call Sheet Day 3",
  ],
  generatedDay2: [
    "Conflicts",
    "Priorities",
    "DOOD",
    "Cost Report (2)",
    "Call Sheet Day 1",
    "Call Sheet Day 2",
    "Call Sheet Day 3",
  ],
  formulaLike: ["-INT. WARD-", "+1 310 555 0100", "== CLOSED SET =="],
  edit(wb) {
    const board = wb.getWorksheet("Shooting Schedule")!;
    board.getCell("B4").value = 3; // W3: Shoot Day 2 -> 3
    board.getCell("C4").value = at(2026, 3, 11); // and its Date
    board.getCell("I5").value = "Rosa Diaz"; // the new day player on W4
    const cast = wb.getWorksheet("Cast")!;
    cast.addRow([3, "Rosa Diaz", "PATIENT", 400, "1405"]);
    moveToFront(wb, "Priorities");
  },
  renames: [
    ["Conflicts", "Conflicts 3-9"],
    ["Cost Report (2)", "Costs 3-9"],
  ],
  status1: 1,
  status2: 0,
  day1: {
    issues: { title: "no data issues", keys: [] },
    conflicts: [
      {
        type: "double-booking",
        severity: "error",
        resource: "2",
        items: ["W2", "W3"],
        date: "2026-03-10",
        magnitude: 1,
        why: "Joe on Sc 11 (08-16) and Sc 12 (15-18)",
      },
    ],
    nearMisses: [
      { type: "budget-overrun", resource: "1401", items: [], why: "2 x 1000 is exactly the 2000 budget" },
      { type: "budget-overrun", resource: "1405", items: [], why: "Joe's 2 worked dates x 500 are exactly 1000" },
    ],
    dood: {
      title: "DOOD: 3/11 is a shoot day with no cast",
      days: ["2026-03-09", "2026-03-10", "2026-03-11"],
      rows: [
        { resource: "1", codes: ["SW", "WF", ""], work: 2, hold: 0 },
        { resource: "2", codes: ["SW", "WF", ""], work: 2, hold: 0 },
      ],
    },
    callSheets: {
      title: "call sheets by Shoot Day",
      sheets: [
        {
          date: "2026-03-09",
          items: ["W1"],
          cast: [
            { resource: "1", status: "SW", call: "08:00" },
            { resource: "2", status: "SW", call: "08:00" },
          ],
        },
        {
          date: "2026-03-10",
          items: ["W2", "W3"],
          cast: [
            { resource: "1", status: "WF", call: "08:00" },
            { resource: "2", status: "WF", call: "08:00" },
          ],
        },
        { date: "2026-03-11", items: ["W4"], cast: [] },
      ],
      names: [
        { date: "2026-03-09", sheet: "Call Sheet Day 1" },
        { date: "2026-03-10", sheet: "Call Sheet Day 2" },
        { date: "2026-03-11", sheet: "Call Sheet Day 3" },
      ],
    },
  },
  day2: {
    issues: {
      title: "no data issues: the moved Priorities sheet is not read, Rosa is known",
      keys: [],
    },
    conflicts: [
      {
        type: "budget-overrun",
        severity: "warning",
        resource: "1405",
        items: [],
        magnitude: 900,
        why: "Joe now works 3 dates (1500) and Rosa 1 (400): 1900 against 1000",
      },
    ],
    nearMisses: [
      { type: "double-booking", resource: "2", items: ["W2", "W3"], why: "Sc 12 moved to 3/11" },
      { type: "budget-overrun", resource: "1401", items: [], why: "Ana unchanged, exactly at budget" },
    ],
    dood: {
      title: "DOOD follows the move and the new cast row",
      days: ["2026-03-09", "2026-03-10", "2026-03-11"],
      rows: [
        { resource: "1", codes: ["SW", "WF", ""], work: 2, hold: 0 },
        { resource: "2", codes: ["SW", "W", "WF"], work: 3, hold: 0 },
        { resource: "3", codes: ["", "", "SWF"], work: 1, hold: 0 },
      ],
    },
    callSheets: {
      title: "call sheets follow the edits",
      sheets: [
        {
          date: "2026-03-09",
          items: ["W1"],
          cast: [
            { resource: "1", status: "SW", call: "08:00" },
            { resource: "2", status: "SW", call: "08:00" },
          ],
        },
        {
          date: "2026-03-10",
          items: ["W2"],
          cast: [
            { resource: "1", status: "WF", call: "08:00" },
            { resource: "2", status: "W", call: "08:00" },
          ],
        },
        {
          date: "2026-03-11",
          items: ["W3", "W4"],
          cast: [
            { resource: "2", status: "WF", call: "15:00" },
            { resource: "3", status: "SWF", call: "08:00" },
          ],
        },
      ],
    },
  },
});

/**
 * Variant: on day 2 the coordinator deletes the generated `DOOD` tab (the registry still lists `DOOD`; its link
 * formula turns to `#REF!`, as Excel does) and makes her own sheet named `DOOD` for the holds she tracks by hand: Ana held on 3/11. Contract §8: "a user
 * sheet that happens to have the same name is never touched (the new one gets a suffix)", and §1 reads it as an
 * Availability table by its headers, so Ana's DOOD is `SW WF H` (hold after the last work day, as set 6) and the
 * generated DOOD is written as `DOOD (2)`.
 */
describe("2-ward-cost-table: a user's own DOOD sheet made after deleting the generated one", () => {
  const run = once(async () => {
    const input = stagePath("2-ward-cost-table-own-dood", "day1-in");
    const checked = stagePath("2-ward-cost-table-own-dood", "day1-checked");
    await build().xlsx.writeFile(input);
    await cliCheckOut(input, checked);
    const wb = await open(checked);
    removeSheet(wb, "DOOD");
    // Excel numbers a new sheet after the highest sheetId in the book (here the registry's); ExcelJS would
    // reuse the freed one, so a stand-in sheet takes that slot while the user's DOOD is made, then goes.
    const standIn = wb.addWorksheet("stand-in");
    plainSheet(
      wb,
      "DOOD",
      ["Resource", "From", "To", "Kind"],
      [["Ana Brandt", at(2026, 3, 11), at(2026, 3, 11), "hold"]],
    );
    wb.removeWorksheet(standIn.id);
    const day2 = stagePath("2-ward-cost-table-own-dood", "day2-in");
    await wb.xlsx.writeFile(day2);
    const out = stagePath("2-ward-cost-table-own-dood", "day2-checked");
    const { report } = await cliCheckOut(day2, out);
    return { day2, out, report };
  });

  test("the user's DOOD sheet is read: Ana's hold on 3/11 shows H", async () => {
    const { report } = await run();
    expect(report.dataIssues).toEqual([]);
    expect(report.dood.rows.map((r) => [r.resource, r.codes, r.work, r.hold])).toEqual([
      ["1", ["SW", "WF", "H"], 2, 1],
      ["2", ["SW", "WF", ""], 2, 0],
    ]);
  });

  test("the user's DOOD sheet is kept untouched and the generated one is DOOD (2)", async () => {
    const { day2, out } = await run();
    const written = await open(out);
    expect(userCells(written, ["DOOD"])).toEqual(userCells(await open(day2), ["DOOD"]));
    expect(registry(written)).toContain("DOOD (2)");
    expect(registry(written)).not.toContain("DOOD");
  });
});
