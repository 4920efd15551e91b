import { buildHighlights, DEFAULT_COLORS, MAX_RUNS_PER_ROW } from "../../../src/core/writeplan/highlights";
import { buildWritePlan } from "../../../src/core/writeplan";
import type { Conflict, Severity } from "../../../src/core/report";
import { conflict, cellsOf, smallModel, smallReport } from "./fixture";

function withCells(severity: Severity, ...cells: string[]): Conflict {
  return conflict({
    type: severity === "error" ? "double-booking" : "long-day",
    severity,
    cells: cells.map((cell) => ({ sheet: "Schedule", cell })),
  });
}

function rangesOf(conflicts: Conflict[], severity: Severity): string[] | undefined {
  return buildHighlights(conflicts, smallModel()).find((h) => h.severity === severity && h.sheet === "Schedule")
    ?.ranges;
}

describe("highlight ranges", () => {
  test.each<[string, string[], string[]]>([
    ["one cell", ["C7"], ["C7"]],
    ["adjacent cells join", ["C7", "D7", "E7"], ["C7:E7"]],
    ["a gap keeps them apart (near miss)", ["C7", "E7"], ["C7", "E7"]],
    ["duplicates count once", ["C7", "C7", "D7"], ["C7:D7"]],
    ["same columns on consecutive rows stack", ["C7:D7", "C8:D8"], ["C7:D8"]],
    ["a skipped row does not stack (near miss)", ["C7:D7", "C9:D9"], ["C7:D7", "C9:D9"]],
    ["different columns do not stack (near miss)", ["C7:D7", "C8:E8"], ["C7:D7", "C8:E8"]],
    ["a range input is kept whole", ["B2:C3"], ["B2:C3"]],
    ["bad and absurd addresses are skipped", ["C7", "not a cell", "", "A1:XFD1048576"], ["C7"]],
  ])("%s", (_name, cells, expected) => {
    expect(rangesOf([withCells("error", ...cells)], "error")).toEqual(expected);
  });

  test("an error cell never also gets the warning colour", () => {
    const conflicts = [withCells("warning", "C7:E7", "C8"), withCells("error", "D7", "C8")];
    expect(rangesOf(conflicts, "error")).toEqual(["D7", "C8"]);
    expect(rangesOf(conflicts, "warning")).toEqual(["C7", "E7"]);
  });

  test("a warning fully covered by errors leaves no warning highlight", () => {
    const hl = buildHighlights([withCells("warning", "C7"), withCells("error", "C7")], smallModel());
    expect(hl.map((h) => h.severity)).toEqual(["error"]);
  });

  test(`a row with more than ${MAX_RUNS_PER_ROW} runs becomes one span across its table`, () => {
    const model = smallModel();
    model.tables.push({
      sheet: "Schedule",
      role: "schedule",
      headerAddress: "A1:M1",
      columns: {},
      unknownColumns: [],
      rows: 10,
      roleSource: "name",
    });
    const busy = ["B7", "D7", "F7", "H7"];
    expect(buildHighlights([withCells("error", ...busy)], model)[0].ranges).toEqual(["A7:M7"]);
    const justUnder = busy.slice(0, MAX_RUNS_PER_ROW);
    expect(buildHighlights([withCells("error", ...justUnder)], model)[0].ranges).toEqual(justUnder);
  });

  test("a collapsed warning row still skips the error cells", () => {
    const model = smallModel();
    model.tables.push({
      sheet: "Schedule",
      role: "schedule",
      headerAddress: "A1:H1",
      columns: {},
      unknownColumns: [],
      rows: 10,
      roleSource: "name",
    });
    const hl = buildHighlights([withCells("warning", "A7", "C7", "E7", "G7"), withCells("error", "D7")], model);
    const warning = hl.find((h) => h.severity === "warning")!;
    expect(warning.ranges).toEqual(["A7:C7", "E7:H7"]);
    const warned = new Set(warning.ranges.flatMap(cellsOf));
    expect(warned.has("7:4")).toBe(false);
  });

  test("without a known table a busy row spans from its first to its last cell", () => {
    expect(rangesOf([withCells("error", "B7", "D7", "F7", "H7")], "error")).toEqual(["B7:H7"]);
  });

  test("sheets are kept apart and warnings come before errors", () => {
    const hl = buildHighlights(smallReport().conflicts, smallModel());
    expect(hl.map((h) => `${h.severity}:${h.sheet}:${h.ranges.join(",")}`)).toEqual([
      "warning:Schedule:C4",
      "error:Schedule:C2:C3",
      "error:Shooting Schedule:D9",
    ]);
  });

  test.each<[string, { error?: string; warning?: string } | undefined, string, string]>([
    ["defaults", undefined, DEFAULT_COLORS.error, DEFAULT_COLORS.warning],
    ["custom colours", { error: "#ff0000", warning: "#00ff00" }, "#FF0000", "#00FF00"],
    ["an invalid colour falls back", { error: "red", warning: "#12345" }, DEFAULT_COLORS.error, DEFAULT_COLORS.warning],
  ])("colours: %s", (_n, colors, error, warning) => {
    const plan = buildWritePlan(smallReport(), smallModel(), { colors });
    expect(plan.highlights.find((h) => h.severity === "error")?.color).toBe(error);
    expect(plan.highlights.find((h) => h.severity === "warning")?.color).toBe(warning);
  });

  test("conflicts without cells give no highlights", () => {
    expect(buildHighlights([conflict({ type: "budget-overrun" })], smallModel())).toEqual([]);
  });
});
