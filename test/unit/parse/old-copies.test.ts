import { parseWorkbook } from "../../../src/core/parse";
import { marksOldCopy } from "../../../src/core/parse/discover";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/snapshot";
import { rangeSheet, serial, tableSheet, workbook } from "./snapshot-helpers";

const D = serial("2026-03-02");
const STRIPS: CellValue[][] = [
  ["ID", "Date", "Start", "End", "Cast"],
  ["S1", D, 7 / 24, 9 / 24, "1"],
  ["S2", D, 9 / 24, 11 / 24, "1"],
];
const OLD_STRIPS: CellValue[][] = [
  ["ID", "Date", "Start", "End", "Cast"],
  ["S1", D, 8 / 24, 10 / 24, "1"],
  ["S2", D + 1, 9 / 24, 11 / 24, "1"],
];
const CAST: CellValue[][] = [
  ["Cast #", "Name"],
  [1, "Ava Marsh"],
];

describe("a sheet or table name that marks an old copy", () => {
  test.each([
    "Stripboard (old)",
    "Schedule OLD",
    "OLD Schedule",
    "Schedule_old",
    "Schedule - backup 3/1",
    "ScheduleArchive",
    "Copy of Schedule",
    "Cast [backup]",
    "Schedule old v2",
    "Backup",
    "Schedule (DO NOT USE)",
    "Superseded one-liner",
    "Crew List - backup",
    "Locations Backup",
    "Old",
    "tblScheduleOld",
    "Cast_old",
  ])("%s", (name) => expect(marksOldCopy(name)).toBe(true));

  // Names films give live lists: weather-cover locations, archival footage, a unit named for a place, a cast of kids.
  test.each([
    "Schedule",
    "Old Town Unit",
    "Schedule (2)",
    "Bold Moves",
    "Holdings",
    "Schedule v2",
    "Old Mill",
    "Week 1",
    "Backup Locations",
    "Backup Crew",
    "Backup Equipment",
    "Old Town Locations",
    "Cast (older kids)",
    "Cast (old age makeup)",
    "Schedule (Old Town unit)",
    "Archive Materials",
  ])("not %s", (name) => expect(marksOldCopy(name)).toBe(false));
});

describe("an old copy beside the live table of its role is not read (contract §1 places both; merged, each strip met itself)", () => {
  test("the old stripboard: no duplicate IDs, no old days, one old-copy issue at its header", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Stripboard", STRIPS),
        rangeSheet("Stripboard (old)", OLD_STRIPS, 3, 2),
        rangeSheet("Cast", CAST),
      ),
    );
    expect(m.items.map((i) => [i.id, i.sheet])).toEqual([
      ["S1", "Stripboard"],
      ["S2", "Stripboard"],
    ]);
    expect(m.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([["old-copy", "Stripboard (old)", "B3"]]);
    expect(m.issues[0].message).toBe(
      "Stripboard (old)!B3:F3: the name of sheet Stripboard (old) marks it as an old copy and sheet Stripboard holds " +
        "the schedule, so it is not read; rename it, or choose its role in the add-in, to read it",
    );
    // The Setup tab still lists it, not used.
    expect(m.tables.find((t) => t.sheet === "Stripboard (old)")).toMatchObject({ role: null });
  });

  test("an old copy's own issues are not reported (its bad cells are not read)", () => {
    const bad = OLD_STRIPS.map((r, k) => (k === 1 ? ["S1", "someday", ...r.slice(2)] : r));
    const m = parseWorkbook(
      workbook(rangeSheet("Schedule", STRIPS), tableSheet("Old", "ScheduleOld", bad), rangeSheet("Cast", CAST)),
    );
    expect(m.issues.map((i) => i.code)).toEqual(["old-copy"]);
    expect(m.items).toHaveLength(2);
  });

  test.each<[string, WorkbookSnapshot]>([
    ["the only schedule", workbook(rangeSheet("Schedule (old)", STRIPS), rangeSheet("Cast", CAST))],
    [
      "an old cast list beside a crew list (no live cast list)",
      workbook(
        rangeSheet("Schedule", STRIPS),
        rangeSheet("Cast (old)", CAST),
        rangeSheet("Crew", [
          ["Name", "Position"],
          ["Bo Diaz", "Gaffer"],
        ]),
      ),
    ],
    [
      "a role the user chose for it",
      {
        ...workbook(rangeSheet("Schedule", STRIPS), rangeSheet("Schedule (old)", OLD_STRIPS), rangeSheet("Cast", CAST)),
        settings: { mappings: { "Schedule (old)": { role: "schedule" } } },
      },
    ],
  ])("is read when it is %s", (_, snapshot) => {
    const m = parseWorkbook(snapshot);
    expect(m.issues.filter((i) => i.code === "old-copy")).toEqual([]);
    expect(m.resources.map((r) => r.name)).toContain("Ava Marsh");
    expect(m.items.length).toBeGreaterThanOrEqual(2);
  });

  test("read when the user chose its role: both schedules' strips, the second's repeated IDs reported", () => {
    const m = parseWorkbook({
      ...workbook(rangeSheet("Schedule", STRIPS), rangeSheet("Schedule (old)", OLD_STRIPS), rangeSheet("Cast", CAST)),
      settings: { mappings: { "Schedule (old)": { role: "schedule" } } },
    });
    expect(m.items.map((i) => [i.id, i.sheet])).toEqual([
      ["S1", "Schedule"],
      ["S2", "Schedule"],
      ["S1", "Schedule (old)"],
      ["S2", "Schedule (old)"],
    ]);
    expect(m.issues.map((i) => i.code)).toEqual(["duplicate-id", "duplicate-id"]);
  });

  test("an old equipment list names the list read instead", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", STRIPS),
        rangeSheet("Equipment", [["Name"], ["Genny A"]]),
        rangeSheet("Equipment (old)", [["Name"], ["Genny B"]]),
      ),
    );
    expect(m.issues.filter((i) => i.code === "old-copy").map((i) => i.message)).toEqual([
      expect.stringContaining("sheet Equipment holds the equipment list, so it is not read"),
    ]);
  });

  test("an old cast list beside the cast list gives way to it", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", STRIPS),
        rangeSheet("Cast", CAST),
        rangeSheet("Cast - backup", [
          ["Cast #", "Name", "Day Rate"],
          [1, "Ava Marsh", 900],
          [2, "Old Name", 500],
        ]),
      ),
    );
    expect(m.resources.map((r) => r.name)).toEqual(["Ava Marsh"]);
    expect(m.issues.map((i) => [i.code, i.sheet])).toEqual([["old-copy", "Cast - backup"]]);
  });
});
