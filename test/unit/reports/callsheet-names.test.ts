/** Call sheet names (contract §8) when a Shoot Day column leaves some days without a number. */
import { check } from "../../../src/core/check";
import { dayOfShoot } from "../../../src/core/shoot-day";
import { buildWritePlan } from "../../../src/core/writeplan";
import { rangeSheet, workbook } from "../parse/snapshot-helpers";
import { valueAt } from "../writeplan/fixture";
import { DOOD_FIRST_DAY_COL } from "../../../src/core/writeplan/dood-sheet";
import { columnLetters } from "../../../src/core/a1";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/snapshot";

function names(rows: CellValue[][], headers: CellValue[] = ["ID", "Shoot Day", "Date"]): string[] {
  const snapshot: WorkbookSnapshot = {
    sheets: [{ name: "Schedule", used: { row: 1, col: 1, values: [headers, ...rows] }, tables: [] }],
  };
  return check(snapshot).report.callSheets.map((s) => s.sheet);
}

describe("call sheet names with a Shoot Day column", () => {
  test("a day without a number is named on from the last numbered day", () => {
    expect(
      names([
        ["A", 1, "2026-03-02"],
        ["B", 2, "2026-03-03"],
        ["C", null, "2026-03-04"],
      ]),
    ).toEqual(["Call Sheet Day 1", "Call Sheet Day 2", "Call Sheet Day 3"]);
  });

  test("near miss: a number another day holds is not taken; that day is named by its date", () => {
    expect(
      names([
        ["P", null, "2026-03-01"],
        ["A", 1, "2026-03-02"],
        ["Q", null, "2026-03-03"],
        ["B", 2, "2026-03-04"],
      ]),
    ).toEqual(["Call Sheet 2026-03-01", "Call Sheet Day 1", "Call Sheet 2026-03-03", "Call Sheet Day 2"]);
  });

  test("a cancelled strip's number is no day's: the day after Day 1 is still Day 2", () => {
    expect(
      names(
        [
          ["A", 1, "2026-03-02", ""],
          ["X", 2, "2026-03-05", "Cancelled"],
          ["C", null, "2026-03-03", ""],
        ],
        ["ID", "Shoot Day", "Date", "Status"],
      ),
    ).toEqual(["Call Sheet Day 1", "Call Sheet Day 2"]);
  });
});

describe("a date whose strips give several Shoot Days", () => {
  const headers = ["ID", "Shoot Day", "Date", "Start", "End"];
  test("a night's after-midnight strips typed with the calendar date: the next date is named by its own night", () => {
    expect(
      names(
        [
          ["N1", 20, "2026-04-20", "19:00", "23:30"],
          ["N2", 20, "2026-04-21", "00:30", "02:30"],
          ["N3", 20, "2026-04-21", "02:30", "05:00"],
          ["N4", 21, "2026-04-21", "19:00", "22:00"],
          ["N5", 21, "2026-04-21", "22:00", "01:00"],
          ["N6", 21, "2026-04-21", "23:00", "23:30"],
          ["N7", 22, "2026-04-22", "18:00", "23:00"],
        ],
        headers,
      ),
      // It was "Call Sheet Day 20 (2)" (the date's first strip's number), and no sheet was Day 21.
    ).toEqual(["Call Sheet Day 20", "Call Sheet Day 21", "Call Sheet Day 22"]);
  });

  test("near miss: as many of each, the one given later in shooting order", () => {
    const rows = (first: number, second: number) => [
      ["A", first, "2026-04-21", "00:30", "02:30"],
      ["B", second, "2026-04-21", "19:00", "22:00"],
    ];
    expect(names(rows(20, 21), headers)).toEqual(["Call Sheet Day 21"]);
    expect(names(rows(21, 20), headers)).toEqual(["Call Sheet Day 20"]);
  });
});

describe("a day the Shoot Day cells name in words", () => {
  const sheets = (rows: CellValue[][]) =>
    check(workbook(rangeSheet("Schedule", [["ID", "Shoot Day", "Date"], ...rows]))).report.callSheets;

  test("is named by its date and by its words, and takes no number from the days around it", () => {
    const out = sheets([
      ["A", 1, "2026-03-02"],
      ["B", 2, "2026-03-03"],
      ["T", "Travel Day", "2026-03-04"],
      ["C", null, "2026-03-05"],
    ]);
    expect(out.map((s) => s.sheet)).toEqual([
      "Call Sheet Day 1",
      "Call Sheet Day 2",
      "Call Sheet 2026-03-04",
      // Near miss: a day with neither is named on from the last number, the travel day not counted.
      "Call Sheet Day 3",
    ]);
    expect(out.map((s) => dayOfShoot(s))).toEqual(["Day 1 of 2", "Day 2 of 2", "Travel Day", "Day 3"]);
    expect(out[2]).toMatchObject({ dayLabel: "Travel Day" });
    expect(out[2].shootDay).toBeUndefined();
  });

  test("the DOOD's day headers and the Cost Report name each day as its call sheet does", () => {
    const { report, model } = check(
      workbook(
        rangeSheet("Schedule", [
          ["ID", "Shoot Day", "Date", "Cast"],
          ["A", 1, "2026-03-02", "Ann"],
          ["B", 2, "2026-03-03", "Ann"],
          ["T", "Travel Day", "2026-03-04", "Ann"],
          // Blank: its call sheet is Day 3 (numbered on, the travel day not counted), not the fourth day's "Day 4".
          ["C", null, "2026-03-05", "Ann"],
        ]),
        rangeSheet("Cast", [
          ["ID", "Name", "Day Rate"],
          ["1", "Ann", 500],
        ]),
      ),
    );
    const plan = buildWritePlan(report, model);
    const dood = plan.sheets.find((s) => s.key === "dood")!;
    const headers = [0, 1, 2, 3].map((i) => valueAt(dood, `${columnLetters(DOOD_FIRST_DAY_COL + i)}4`));
    expect(headers).toEqual(["Day 1", "Day 2", "Travel Day", "Day 3"]);
    const cost = plan.sheets.find((s) => s.key === "cost-report")!;
    const named = new Set(cost.blocks.flatMap((b) => b.values.flat()).filter((v) => typeof v === "string"));
    for (const day of ["Day 1", "Day 2", "Travel Day", "Day 3"]) expect(named).toContain(day);
    expect(named).not.toContain("Day 4");
  });

  test("a pre-light before a block numbered from 21", () => {
    const out = sheets([
      ["P", "Pre-light", "2026-03-01"],
      ["A", 21, "2026-03-02"],
      ["B", 22, "2026-03-03"],
    ]);
    expect(out.map((s) => s.sheet)).toEqual(["Call Sheet 2026-03-01", "Call Sheet Day 21", "Call Sheet Day 22"]);
    expect(dayOfShoot(out[0])).toBe("Pre-light");
  });
});

describe("a night whose first strip starts the evening before its Date", () => {
  test("the crew call and the scene start carry their day, and the print names it", () => {
    const { report, model } = check(
      workbook(
        rangeSheet("Schedule", [
          ["ID", "Date", "Start", "End", "Crew", "Scene"],
          ["N1", "2026-03-02", "2026-03-01 23:30", "2026-03-02 01:00", "Gus", "41"],
          ["N2", "2026-03-02", "01:30", "03:00", "Gus", "42"],
        ]),
        rangeSheet("Crew", [["Name"], ["Gus"]]),
      ),
    );
    const [cs] = report.callSheets;
    expect(cs).toMatchObject({ date: "2026-03-02", crewCall: "23:30", crewCallDayOffset: -1 });
    expect(cs.scenes.map((s) => [s.item, s.start, s.startDayOffset])).toEqual([
      ["N1", "23:30", -1],
      // Near miss: 01:30 on the Date itself has no offset.
      ["N2", "01:30", undefined],
    ]);
    const printed = buildWritePlan(report, model).sheets.find((s) => s.kind === "call-sheet")!;
    const texts = printed.blocks.flatMap((b) => b.values.flat());
    expect(texts).toContain("23:30 Sun");
    expect(texts).toContain("23:30 Sun–01:00");
    // The Shooting call is the first scene's start, not the smallest HH:MM (01:30).
    expect(texts).not.toContain("01:30");
  });
});

test("the DOOD and the Cost Report name a day in words as its call sheet does", () => {
  const { report, model } = check(
    workbook(
      rangeSheet("Schedule", [
        ["ID", "Shoot Day", "Date", "Start", "End", "Cast"],
        ["P", "Pre-light", "2026-03-01", "08:00", "12:00", "Ann"],
        ["A", 1, "2026-03-02", "08:00", "12:00", "Ann"],
      ]),
      rangeSheet("Cast", [
        ["Name", "Day Rate"],
        ["Ann", 500],
      ]),
    ),
  );
  const plan = buildWritePlan(report, model);
  const values = (key: string) => plan.sheets.find((s) => s.key === key)!.blocks.flatMap((b) => b.values.flat());
  expect(values("dood")).toEqual(expect.arrayContaining(["Pre-light", "Day 1"]));
  expect(values("cost-report")).toEqual(expect.arrayContaining(["Pre-light", "Day 1"]));
});
