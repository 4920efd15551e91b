/**
 * Crew and cast lists grouped under heading rows ("CAMERA", "Art Department"): the headings are labels, not
 * resources, and give the rows below them a Department. Near misses: a list of bare names, a capitalised list,
 * a person's row with only a name.
 */
import { parseWorkbook } from "../../../src/core/parse";
import type { CellValue } from "../../../src/core/snapshot";
import { rangeSheet, serial, workbook } from "./snapshot-helpers";

const D = serial("2026-03-02");
const SCHEDULE: CellValue[][] = [
  ["ID", "Date", "Crew"],
  ["S1", D, "Ray Ng"],
];

function resourcesOf(rows: CellValue[][]) {
  const m = parseWorkbook(workbook(rangeSheet("Schedule", SCHEDULE), rangeSheet("Crew", rows)));
  return m.resources.filter((r) => !r.synthetic).map((r) => [r.label, r.department ?? null]);
}

describe("section headings in a crew list", () => {
  test("capitalised headings and 'X Department' rows are skipped and give the Department below them", () => {
    expect(
      resourcesOf([
        ["Name", "Position", "Phone"],
        ["CAMERA", null, null],
        ["Ray Ng", "DP", "555-0101"],
        ["Jo Park", "1st AC", "555-0102"],
        [null, null, null],
        ["GRIP & ELECTRIC", null, null],
        ["Sam Roe", "Gaffer", "555-0103"],
        ["Art Department", null, null],
        ["Mia Diaz", "Set Decorator", "555-0104"],
      ]),
    ).toEqual([
      ["Ray Ng", "CAMERA"],
      ["Jo Park", "CAMERA"],
      ["Sam Roe", "GRIP & ELECTRIC"],
      ["Mia Diaz", "Art"],
    ]);
  });

  test("a Department cell of its own wins over the heading", () => {
    expect(
      resourcesOf([
        ["Name", "Position", "Dept"],
        ["CAMERA DEPT.", null, null],
        ["Ray Ng", "DP", "Camera"],
        ["Jo Park", "Loader", null],
        ["SOUND", null, null],
        ["Lee Cho", "Mixer", null],
      ]),
    ).toEqual([
      ["Ray Ng", "Camera"],
      ["Jo Park", "CAMERA"],
      ["Lee Cho", "SOUND"],
    ]);
  });

  test("near miss: in a list of bare names every row is a resource", () => {
    expect(
      resourcesOf([
        ["Name", "Position"],
        ["RAY NG", null],
        ["JO PARK", null],
        ["Sam Roe", "Gaffer"],
      ]),
    ).toEqual([
      ["RAY NG", null],
      ["JO PARK", null],
      ["Sam Roe", null],
    ]);
  });

  test("near miss: in a list written in capitals, a person with only a name is still a person", () => {
    expect(
      resourcesOf([
        ["Name", "Position"],
        ["RAY NG", "DP"],
        ["JO PARK", "1ST AC"],
        ["SAM ROE", null],
      ]),
    ).toEqual([
      ["RAY NG", null],
      ["JO PARK", null],
      ["SAM ROE", null],
    ]);
  });

  test("near miss: a name in capitals, or a department that is a resource, alone on its row is still a resource", () => {
    expect(
      resourcesOf([
        ["Name", "Position", "Phone"],
        ["Ray Ng", "DP", "555-0101"],
        ["DEXTER", null, null],
        ["Fire Department", null, null],
        ["Jo Park", "Gaffer", "555-0102"],
      ]),
    ).toEqual([
      ["Ray Ng", null],
      ["DEXTER", null],
      ["Fire Department", null],
      ["Jo Park", null],
    ]);
  });

  test("near miss: one department-named row alone (EXTRAS, Art Department) is a resource; so is kit in a gear list", () => {
    expect(
      resourcesOf([
        ["Name", "Position", "Phone"],
        ["Ray Ng", "DP", "555-0101"],
        ["Art Department", null, null],
        ["Jo Park", "Gaffer", "555-0102"],
      ]),
    ).toEqual([
      ["Ray Ng", null],
      ["Art Department", null],
      ["Jo Park", null],
    ]);
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", SCHEDULE),
        rangeSheet("Equipment", [
          ["Name", "Qty", "Vendor"],
          ["Alexa", 2, "Panavision"],
          ["VIDEO PLAYBACK", null, null],
          ["STILLS", null, null],
          ["Dolly", 1, "Chapman"],
        ]),
      ),
    );
    expect(m.resources.filter((r) => !r.synthetic).map((r) => r.label)).toEqual([
      "Alexa",
      "VIDEO PLAYBACK",
      "STILLS",
      "Dolly",
    ]);
  });

  test("near miss: a text in another column than the first, or a row with two cells, is a resource row", () => {
    expect(
      resourcesOf([
        ["Name", "Position"],
        ["Ray Ng", "DP"],
        [null, "CAMERA"],
        ["SOUND", "Mixer"],
      ]),
    ).toEqual([
      ["Ray Ng", null],
      ["SOUND", null],
    ]);
  });
});
