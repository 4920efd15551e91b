/**
 * A day worked by several units (strips from several schedule sheets: a main unit's board and a second unit's): each
 * scene says its unit, the general crew call and the shooting call are the lead unit's (the first sheet in schedule
 * order), and the printed SCENES list the units one after the other under a line each, with no company move between
 * two units' places (g41's multiunit-callsheet). Near miss: one sheet's strips at two places are a company move.
 */
import { check } from "../../../src/core/check";
import { buildWritePlan } from "../../../src/core/writeplan";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/snapshot";
import type { GeneratedSheet } from "../../../src/core/plan";
import { allValues } from "../writeplan/fixture";

const HEAD = ["ID", "Date", "Start", "End", "Scene", "Location", "Cast"];

function run(sheets: Record<string, CellValue[][]>) {
  const snapshot: WorkbookSnapshot = {
    sheets: Object.entries(sheets).map(([name, rows]) => ({
      name,
      used: { row: 1, col: 1, values: [HEAD, ...rows] },
      tables: [],
    })),
  };
  const { report, model } = check(snapshot);
  const plan = buildWritePlan(report, model);
  const printed = plan.sheets.find((s) => s.kind === "call-sheet") as GeneratedSheet;
  const column = allValues(printed)
    .filter(([a]) => /^A\d+$/.test(a))
    .map(([, v]) => String(v));
  const scenesAt = column.indexOf("SCENES");
  return { cs: report.callSheets[0], scenes: column.slice(scenesAt + 2, column.indexOf("CAST")), column };
}

describe("a day worked by several units", () => {
  const units = {
    "Shooting Schedule": [
      ["M1", "2026-03-03", "07:00", "12:00", "12", "Harbor Warehouse", "1"],
      ["M2", "2026-03-03", "13:00", "19:00", "14", "Harbor Warehouse", "1"],
    ],
    "2nd Unit": [["U1", "2026-03-03", "05:00", "11:00", "40", "Pier 9", "7"]],
  };

  test("each scene says its unit; the crew call is the lead unit's", () => {
    const { cs } = run(units);
    expect(cs.scenes.map((s) => [s.item, s.unit])).toEqual([
      ["U1", "2nd Unit"],
      ["M1", "Shooting Schedule"],
      ["M2", "Shooting Schedule"],
    ]);
    expect(cs.crewCall).toBe("07:00");
    expect(cs.items).toEqual(["M1", "M2", "U1"]);
  });

  test("printed: the lead unit first, each under its line, no company move between units", () => {
    const { scenes, column } = run(units);
    expect(scenes).toEqual(["Shooting Schedule · call 07:00", "12", "14", "2nd Unit · call 05:00", "40"]);
    expect(column.some((v) => v.startsWith("COMPANY MOVE"))).toBe(false);
  });

  test("near miss: one sheet's strips at two places are one unit with a company move, and no unit lines", () => {
    const { cs, scenes } = run({
      Schedule: [
        ["A", "2026-03-03", "07:00", "12:00", "12", "Harbor Warehouse", "1"],
        ["B", "2026-03-03", "13:00", "19:00", "40", "Pier 9", "1"],
      ],
    });
    expect(cs.scenes.every((s) => s.unit === undefined)).toBe(true);
    expect(scenes).toEqual(["12", "COMPANY MOVE to Pier 9", "40"]);
  });
});
