/**
 * A Production table written one row per day (a Date or Shoot Day column): each day's call sheet prints that day's
 * weather, sunrise and sunset, crew call and notes over the production's own values.
 */
import { check } from "../../../src/core/check";
import { buildWritePlan } from "../../../src/core/writeplan";
import type { CellValue } from "../../../src/core/snapshot";
import { rangeSheet, serial, workbook } from "../parse/snapshot-helpers";
import { allValues } from "../writeplan/fixture";

const SCHEDULE: CellValue[][] = [
  ["ID", "Shoot Day", "Date", "Start", "End", "Cast"],
  ["S1", 1, "2026-03-02", "08:00", "12:00", "1"],
  ["S2", 2, "2026-03-03", "09:00", "12:00", "1"],
  ["S3", 3, "2026-03-04", "09:30", "12:00", "1"],
];

function sheets(production: CellValue[][]) {
  const result = check(
    workbook(
      rangeSheet("Schedule", SCHEDULE),
      rangeSheet("Cast", [
        ["ID", "Name"],
        ["1", "Ava Marsh"],
      ]),
      rangeSheet("Production", production),
    ),
  );
  return { ...result, callSheets: result.report.callSheets };
}

describe("a Production table of one row per day", () => {
  const production: CellValue[][] = [
    ["Title", "Date", "Weather", "Sunrise", "Sunset", "Crew Call", "Notes"],
    ["The Long Season", null, "Fair", null, null, null, "No smoking on set"],
    [null, serial("2026-03-02"), "Sunny 72", "6:18 AM", "7:40 PM", "7:00", "Closed set"],
    [null, "2026-03-03", "Rain", "0617", "1941", null, null],
  ];

  test("each dated row is its day's; a day without one prints the production's own", () => {
    const { callSheets } = sheets(production);
    expect(callSheets.map((c) => c.header.Weather)).toEqual(["Sunny 72", "Rain", "Fair"]);
    expect(callSheets.map((c) => c.header.Title)).toEqual(["The Long Season", "The Long Season", "The Long Season"]);
    // Times typed as text stay as written (workbook-format.md).
    expect(callSheets.map((c) => [c.header.Sunrise, c.header.Sunset])).toEqual([
      ["6:18 AM", "7:40 PM"],
      ["0617", "1941"],
      [undefined, undefined],
    ]);
  });

  test("a day's Crew Call is its general crew call (and lunch 6 h after it); near miss: a day without one", () => {
    const { callSheets, report, model } = sheets(production);
    expect(callSheets.map((c) => c.crewCall)).toEqual(["07:00", "09:00", "09:30"]);
    const plan = buildWritePlan(report, model, {});
    const first = plan.sheets.find((s) => s.name === callSheets[0].sheet)!;
    const texts = allValues(first).map(([, v]) => v);
    expect(texts).toContain("13:00 (6 h after crew call)");
    expect(texts).toContain("Sunny 72");
    expect(texts).not.toContain("Crew Call: 07:00");
  });

  test("the production's notes and the day's both go on its sheet", () => {
    const { callSheets } = sheets(production);
    expect(callSheets[0].notes.slice(0, 2)).toEqual(["No smoking on set", "Closed set"]);
    expect(callSheets[1].notes).toEqual(["No smoking on set"]);
  });

  test("rows by Shoot Day, where no row gives the date", () => {
    const { callSheets } = sheets([
      ["Shoot Day", "Weather", "Crew Call"],
      ["Day 2", "Wind", "7:30 AM"],
    ]);
    expect(callSheets.map((c) => c.header.Weather ?? null)).toEqual([null, "Wind", null]);
    expect(callSheets[1].crewCall).toBe("07:30");
  });

  test("an unreadable Date is a data issue at its cell, and the other rows still count", () => {
    const { callSheets, report } = sheets([
      ["Date", "Weather"],
      ["3/32/2026", "Hail"],
      ["2026-03-04", "Snow"],
    ]);
    expect(report.dataIssues).toEqual([expect.objectContaining({ code: "bad-date", sheet: "Production", cell: "A2" })]);
    expect(callSheets.map((c) => c.header.Weather ?? null)).toEqual([null, null, "Snow"]);
  });

  test("one row is the production's own, whatever its Date says", () => {
    const { callSheets } = sheets([
      ["Title", "Director", "Date"],
      ["Film", "Jo", "2026-03-02"],
    ]);
    expect(callSheets.map((c) => c.header)).toEqual(Array(3).fill({ Title: "Film", Director: "Jo" }));
  });

  test("the title and director in a day's row, with no row without a day, are the production's", () => {
    const { callSheets } = sheets([
      ["Title", "Director", "Date", "Weather"],
      ["Film", "Jo", "2026-03-02", "Sunny"],
      [null, null, "2026-03-03", "Rain"],
    ]);
    expect(callSheets.map((c) => [c.header.Title, c.header.Director, c.header.Weather ?? null])).toEqual([
      ["Film", "Jo", "Sunny"],
      ["Film", "Jo", "Rain"],
      ["Film", "Jo", null],
    ]);
  });

  test("a Shoot Day that does not read is a data issue at its cell, and the row is no day's and not the production's", () => {
    const { callSheets, report } = sheets([
      ["Shoot Day", "Weather"],
      ["Day X", "Hail"],
      ["3", "Snow"],
    ]);
    expect(report.dataIssues).toEqual([
      expect.objectContaining({ code: "bad-number", sheet: "Production", cell: "A2" }),
    ]);
    expect(callSheets.map((c) => c.header.Weather ?? null)).toEqual([null, null, "Snow"]);
  });

  test("near miss: a Production table without a day column keeps reading its first row only", () => {
    const { callSheets } = sheets([
      ["Title", "Weather"],
      ["The Long Season", "Fair"],
      ["Another", "Rain"],
    ]);
    expect(callSheets.map((c) => c.header.Weather)).toEqual(["Fair", "Fair", "Fair"]);
  });
});

describe("placed by its headers alone", () => {
  const roleOf = (headers: CellValue[], row: CellValue[]) =>
    check(workbook(rangeSheet("Sheet1", [headers, row]))).model.tables.map((t) => t.role);

  test("a table of days' weather and sunrise is a Production table", () => {
    expect(roleOf(["Date", "Weather", "Sunrise"], ["2026-03-02", "Sunny", "06:18"])).toEqual(["production"]);
  });

  test("near miss: Date and Shoot Day are no production fields, so `Shoot Day | Date | Notes` stays a schedule", () => {
    expect(roleOf(["Shoot Day", "Date", "Notes"], [1, "2026-03-02", "Closed set"])).toEqual(["schedule"]);
    expect(roleOf(["Date", "Notes"], ["2026-03-02", "Closed set"])).toEqual(["schedule"]);
  });
});
