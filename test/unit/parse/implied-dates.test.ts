/**
 * Strips whose Date cell is blank where the stripboard gives the day's date another way: the other strips of the
 * same Shoot Day, a banner opening the day, or Movie Magic's "END OF DAY n -- date" banner closing it. Near
 * misses: strips after the last day (a boneyard), Shoot Days on two dates, no banner or Shoot Day at all.
 */
import { parseWorkbook } from "../../../src/core/parse";
import type { CellValue } from "../../../src/core/snapshot";
import { rangeSheet, serial, workbook } from "./snapshot-helpers";

const MAR2 = serial("2026-03-02");
const MAR3 = serial("2026-03-03");

function datesOf(rows: CellValue[][]): [string, string | null][] {
  const m = parseWorkbook(workbook(rangeSheet("Schedule", rows)));
  expect(m.issues).toEqual([]);
  return m.items.map((i) => [
    i.id,
    i.date === null ? null : new Date((i.date - 25569) * 864e5).toISOString().slice(0, 10),
  ]);
}

describe("dates a stripboard gives once per day", () => {
  test("strips of a Shoot Day take the date written on another strip of that day", () => {
    expect(
      datesOf([
        ["ID", "Shoot Day", "Date", "Scene"],
        ["A", 1, MAR2, "1"],
        ["B", 1, null, "2"],
        ["C", "Day 2", "3/3/2026", "3"],
        ["D", 2, null, "4"],
      ]),
    ).toEqual([
      ["A", "2026-03-02"],
      ["B", "2026-03-02"],
      ["C", "2026-03-03"],
      ["D", "2026-03-03"],
    ]);
  });

  test("Movie Magic's one-liner: the END OF DAY banner after a day's strips dates them", () => {
    expect(
      datesOf([
        ["ID", "Date", "Scene", "Pages"],
        ["A", null, "1", "1 4/8"],
        ["LUNCH", null, null, null],
        ["B", null, "2", "6/8"],
        ["END OF DAY 1 -- Mon, March 2, 2026 -- 2 2/8 Pages", null, null, null],
        ["C", null, "3", "2"],
        ["End of Shooting Day 2 -- 3/3/2026", null, null, null],
        ["TOTAL: 2 Days", null, null, null],
      ]),
    ).toEqual([
      ["A", "2026-03-02"],
      ["B", "2026-03-02"],
      ["C", "2026-03-03"],
    ]);
  });

  test("a banner opening a day dates the strips under it until the next dated banner", () => {
    expect(
      datesOf([
        ["ID", "Date", "Scene"],
        ["DAY 1 - MON 3/2/2026", null, null],
        ["A", null, "1"],
        ["COMPANY MOVE", null, null],
        ["B", null, "2"],
        ["Shoot Day 2 | Tuesday, March 3, 2026", null, null],
        ["C", MAR3 + 1, "3"], // its own Date wins
        ["D", null, "4"],
      ]),
    ).toEqual([
      ["A", "2026-03-02"],
      ["B", "2026-03-02"],
      ["C", "2026-03-04"],
      ["D", "2026-03-03"],
    ]);
  });

  test("near misses: a BONEYARD banner ends the open day; a revision note with a date opens none", () => {
    expect(
      datesOf([
        ["ID", "Date", "Scene"],
        ["DAY 1 - Mon 3/2/2026", null, null],
        ["A", null, "1"],
        ["BONEYARD", null, null],
        ["B", null, "2"],
        ["Pink revision: 3/4/2026", null, null],
        ["C", null, "3"],
      ]),
    ).toEqual([
      ["A", "2026-03-02"],
      ["B", null],
      ["C", null],
    ]);
  });

  test("near misses: a note that says day, or mentions a move or travel, neither opens nor continues a day", () => {
    expect(
      datesOf([
        ["ID", "Date", "Scene"],
        ["DAY 1 - Mon 3/2/2026", null, null],
        ["A", null, "1"],
        ["SCENES TO MOVE TO BLOCK 2", null, null],
        ["B", null, "2"],
        ["WEATHER COVER - if rain day - Wed 3/4/2026", null, null],
        ["C", null, "3"],
        ["Shoot Day 2 - Tue 3/3/2026", null, null],
        ["D", null, "4"],
        ["LUNCH", null, null],
        ["E", null, "5"],
      ]),
    ).toEqual([
      ["A", "2026-03-02"],
      ["B", null],
      ["C", null],
      ["D", "2026-03-03"],
      ["E", "2026-03-03"],
    ]);
  });

  test("near misses: a boneyard after the last day, a Shoot Day on two dates, a strip with nothing to go by", () => {
    expect(
      datesOf([
        ["ID", "Shoot Day", "Date", "Scene"],
        ["A", 1, MAR2, "1"],
        ["B", 1, MAR3, "2"],
        ["C", 1, null, "3"],
        ["D", null, null, "4"],
        ["END OF DAY 1", null, null, null],
        ["BONEYARD", null, null, null],
        ["E", null, null, "5"],
      ]),
    ).toEqual([
      ["A", "2026-03-02"],
      ["B", "2026-03-03"],
      ["C", null],
      ["D", null],
      ["E", null],
    ]);
  });
});

describe("a Date written once on a day's first strip, with no Shoot Day or banner to carry it", () => {
  test("the strips under it are not dated, and their issue says how to date them", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["ID", "Date", "Start", "End"],
          ["A", MAR2, "08:00", "10:00"],
          ["B", null, "10:00", "12:00"],
        ]),
      ),
    );
    expect(m.items.map((i) => i.date)).toEqual([MAR2, null]);
    expect(m.issues.map((i) => [i.code, i.cell, i.message])).toEqual([
      [
        "missing-value",
        "B3",
        "Schedule!B3: this row has times but no Date; add the Date so it can be checked (a date written once on a day's first strip is not carried down: fill it down, or add a Shoot Day column)",
      ],
    ]);
  });
});

describe("a banner date that reads only in the other order (contract §2: US order without a day-first culture)", () => {
  const rows: CellValue[][] = [
    ["ID", "Date", "Start", "End", "Scene"],
    ["DAY 1 - Fri 13/03/2026", null, null, null, null],
    ["A", null, "08:00", "10:00", "1"],
    ["DAY 2 - Mon 16/03/2026", null, null, null, null],
    ["B", null, "08:00", "10:00", "2"],
  ];

  test("is a bad-date at the banner saying which date it may mean, and the strips under it stay undated", () => {
    const m = parseWorkbook(workbook(rangeSheet("Schedule", rows)));
    expect(m.items.map((i) => i.date)).toEqual([null, null]);
    expect(m.issues.filter((i) => i.code === "bad-date").map((i) => [i.cell, i.message])).toEqual([
      [
        "A2",
        "Schedule!A2: the banner's date 'Fri 13/03/2026' is no date read month first (the US order: no day-first culture is given); if it means 2026-03-13, write it like that; the strips under it have no Date from it",
      ],
      [
        "A4",
        "Schedule!A4: the banner's date 'Mon 16/03/2026' is no date read month first (the US order: no day-first culture is given); if it means 2026-03-16, write it like that; the strips under it have no Date from it",
      ],
    ]);
    // The summary's culture hint counts banner dates too.
    expect(m.dateOrder).toMatchObject({ dayFirst: false, unsure: true });
  });

  test("read day first in a day-first culture, with no issue", () => {
    const m = parseWorkbook({ ...workbook(rangeSheet("Schedule", rows)), culture: "en-GB" });
    expect(m.items.map((i) => i.date)).toEqual([serial("2026-03-13"), serial("2026-03-16")]);
    expect(m.issues).toEqual([]);
  });
});
