/**
 * Section headings over one person each (docs/workbook-format.md, section headings): a row whose only cell is
 * department words in capitals, in a list whose names are not, is a heading where there are two such rows or more.
 * The heading rows were counted among the names, so with as many headings as people (2 of 4 "names" in capitals) the
 * list did not look mixed-case and CAMERA and GRIP were read as crew members (mutation testing, session 23).
 */
import { parseWorkbook } from "../../../src/core/parse";
import { rangeSheet, workbook } from "./snapshot-helpers";

const crew = (...rows: (string | null)[][]) =>
  parseWorkbook(workbook(rangeSheet("Crew", [["Name", "Position", "Phone"], ...rows]))).resources.map((r) => [
    r.name,
    r.department,
  ]);

test("two capital department headings over one person each are headings", () => {
  expect(
    crew(
      ["CAMERA", null, null],
      ["Ann Lee", "DP", "555-0101"],
      ["GRIP", null, null],
      ["Bo Diaz", "Key Grip", "555-0102"],
    ),
  ).toEqual([
    ["Ann Lee", "CAMERA"],
    ["Bo Diaz", "GRIP"],
  ]);
});

test("near miss: one such row alone is a resource named so", () => {
  expect(crew(["CAMERA", null, null], ["Ann Lee", "DP", "555-0101"], ["Bo Diaz", "Key Grip", "555-0102"])).toEqual([
    ["CAMERA", undefined],
    ["Ann Lee", undefined],
    ["Bo Diaz", undefined],
  ]);
});

test("near miss: in a list written in capitals, capital words are names", () => {
  expect(
    crew(
      ["CAMERA", null, null],
      ["ANN LEE", "DP", "555-0101"],
      ["GRIP", null, null],
      ["BO DIAZ", "Key Grip", "555-0102"],
    ),
  ).toEqual([
    ["CAMERA", undefined],
    ["ANN LEE", undefined],
    ["GRIP", undefined],
    ["BO DIAZ", undefined],
  ]);
});
