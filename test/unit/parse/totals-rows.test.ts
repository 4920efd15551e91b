/**
 * A totals row under a stripboard ("TOTAL PAGES | 1 4/8") is neither an item nor a data issue, whichever column
 * the stripboard starts with; near misses: a row that also has something to schedule, or a strip's own ID.
 */
import { parseWorkbook } from "../../../src/core/parse";
import type { CellValue } from "../../../src/core/snapshot";
import { rangeSheet, serial, workbook } from "./snapshot-helpers";

const MAR2 = serial("2026-03-02");
const EIGHT = 8 / 24;
const TEN = 10 / 24;

function read(rows: CellValue[][]) {
  const m = parseWorkbook(
    workbook(
      rangeSheet("Stripboard", rows),
      rangeSheet("Cast", [
        ["ID", "Name"],
        ["1", "Ann Lee"],
      ]),
    ),
  );
  return { items: m.items.map((i) => i.id), issues: m.issues.map((i) => `${i.code} ${i.cell}`) };
}

describe("totals rows", () => {
  test.each<[string, CellValue[], CellValue[]]>([
    ["Date first", ["Date", "Call", "Wrap", "Cast", "Pages"], ["TOTAL PAGES", null, null, null, "1 4/8"]],
    ["Call first", ["Call", "Date", "Wrap", "Cast", "Pages"], ["TOTAL PAGES", null, null, null, "1 4/8"]],
    ["Cast first", ["Cast", "Date", "Call", "Wrap", "Pages"], ["Grand total:", null, null, null, "1 4/8"]],
    ["ID first", ["ID", "Date", "Call", "Wrap", "Pages"], ["TOTAL PAGES", null, null, null, "1 4/8"]],
  ])("%s: the TOTAL row is skipped", (_name, header, totals) => {
    const strip: Record<string, CellValue> = {
      ID: "S1",
      Date: MAR2,
      Call: EIGHT,
      Wrap: TEN,
      Cast: "1",
      Pages: "1 4/8",
    };
    const rows = [header, header.map((h) => strip[h as string]), totals];
    expect(read(rows)).toEqual({ items: header.includes("ID") ? ["S1"] : ["row:2"], issues: [] });
  });

  test("a TOTAL label in the Date column of a row with times is a strip with a bad Date", () => {
    const rows: CellValue[][] = [
      ["Date", "Call", "Wrap", "Pages"],
      [MAR2, EIGHT, TEN, "1"],
      ["TOTAL PAGES", EIGHT, TEN, "1"],
    ];
    expect(read(rows)).toEqual({ items: ["row:2", "row:3"], issues: ["bad-date A3"] });
  });

  test("a strip's own ID beside a TOTAL title keeps it a strip", () => {
    const rows: CellValue[][] = [
      ["Date", "Description", "ID"],
      [MAR2, "Harbour", "S1"],
      [MAR2, "TOTAL BLACKOUT - city night plate", "TB1"],
    ];
    expect(read(rows).items).toEqual(["S1", "TB1"]);
  });
});
