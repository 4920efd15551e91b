/**
 * A call sheet names the cast the DOOD has that day without a call: on hold, travelling, rehearsing, at a fitting
 * (print only: the report's cast stays the day's working cast).
 */
import { check, type CheckOptions } from "../../../src/core/check";
import { buildWritePlan } from "../../../src/core/writeplan";
import type { CellValue } from "../../../src/core/snapshot";
import type { GeneratedSheet } from "../../../src/core/plan";
import { rangeSheet, workbook } from "../parse/snapshot-helpers";
import { allValues } from "../writeplan/fixture";

// Ava works days 1 and 3 (a hold on day 2); Ben every day; Cy day 3 only, travelling on day 1 and rehearsing on day
// 2; Dee day 2 only (nothing on days 1 and 3: not on hold before her first or after her last work day).
const SCHEDULE: CellValue[][] = [
  ["ID", "Date", "Start", "End", "Cast"],
  ["S1", "2026-03-02", "08:00", "12:00", "1, 2"],
  ["S2", "2026-03-03", "08:00", "12:00", "2, 4"],
  ["S3", "2026-03-04", "08:00", "12:00", "1, 2, 3"],
];
const CAST: CellValue[][] = [
  ["ID", "Name", "Character"],
  ["1", "Ava Marsh", "Nora Vale"],
  ["2", "Ben Okafor", "Elias Reed"],
  ["3", "Cy Lund", null],
  ["4", "Dee Park", "Clerk"],
];

function callSheets(
  availability: CellValue[][],
  options: CheckOptions = {},
): { sheets: GeneratedSheet[]; cast: string[][] } {
  const { report, model } = check(
    workbook(
      rangeSheet("Schedule", SCHEDULE),
      rangeSheet("Cast", CAST),
      rangeSheet("Availability", availability),
      rangeSheet("Crew", [
        ["ID", "Name", "Position"],
        ["C1", "Kai Berg", "Gaffer"],
      ]),
    ),
    options,
  );
  const plan = buildWritePlan(report, model, {});
  const sheets = report.callSheets.map((cs) => plan.sheets.find((s) => s.name === cs.sheet)!);
  return { sheets, cast: report.callSheets.map((cs) => cs.cast.map((c) => c.resource)) };
}

/** The not-called lines of a sheet: [label, names] from columns A and C. */
function notCalled(sheet: GeneratedSheet): [string, string][] {
  const values = new Map(allValues(sheet));
  const labels = ["On hold", "Travel", "Rehearsal", "Fitting"];
  return allValues(sheet)
    .filter(([a, v]) => a.startsWith("A") && labels.includes(v as string))
    .map(([a, v]) => [v as string, values.get(`C${a.slice(1)}`) as string]);
}

describe("call sheet: the cast not called that day", () => {
  const availability: CellValue[][] = [
    ["Resource", "From", "To", "Kind"],
    ["Cy Lund", "2026-03-02", null, "travel"],
    ["3", "2026-03-03", null, "Rehearsal"],
  ];

  test("a hold between work days, travel and rehearsal windows: one line each, with number, name and character", () => {
    const { sheets } = callSheets(availability);
    expect(sheets.map(notCalled)).toEqual([
      [["Travel", "3 Cy Lund"]],
      [
        ["On hold", "1 Ava Marsh (Nora Vale)"],
        ["Rehearsal", "3 Cy Lund"],
      ],
      [],
    ]);
  });

  test("the report's cast stays the working cast (near miss: the held and travelling are not in it)", () => {
    const { cast } = callSheets(availability);
    expect(cast).toEqual([
      ["1", "2"],
      ["2", "4"],
      ["1", "2", "3"],
    ]);
  });

  test("a hold window on a day the person works is not a line: they are called", () => {
    const { sheets } = callSheets([
      ["Resource", "From", "Kind"],
      ["Ben Okafor", "2026-03-03", "hold"],
      ["Dee Park", "2026-03-04", "hold"],
    ]);
    // Ben works day 2 (no line); Dee's hold window after her only work day is H on day 3.
    expect(sheets.map(notCalled)).toEqual([
      [],
      [["On hold", "1 Ava Marsh (Nora Vale)"]],
      [["On hold", "4 Dee Park (Clerk)"]],
    ]);
  });

  test("crew are not listed: the DOOD's rows are the cast", () => {
    const { sheets } = callSheets([
      ["Resource", "From", "Kind"],
      ["Kai Berg", "2026-03-02", "hold"],
    ]);
    expect(sheets.flatMap(notCalled).map(([, names]) => names)).not.toContainEqual(expect.stringContaining("Kai"));
  });

  test("listed when the DOOD sheet shows crew only (its rows then hold no cast)", () => {
    const { sheets } = callSheets(availability, { doodTypes: ["crew"] });
    expect(sheets.map(notCalled)[1]).toEqual([
      ["On hold", "1 Ava Marsh (Nora Vale)"],
      ["Rehearsal", "3 Cy Lund"],
    ]);
  });
});
