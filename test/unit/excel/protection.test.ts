/**
 * Protected sheets and a protected workbook structure: Excel refuses to change a protected sheet's conditional
 * formats and to add or delete sheets of a protected structure, and refuses the whole batch with them. The add-in
 * leaves what it may not change and writes the rest, in the same three syncs, and says what it left.
 */
import { applyPlan, clearAdded, readThenApply } from "../../../src/excel";
import { check } from "../../../src/core/check";
import { buildWritePlan } from "../../../src/core/writeplan";
import { clearNote, writeNote } from "../../../src/taskpane/logic/protection";
import { SimulatedExcel, installGlobal } from "../../sim-excel";

type Row = (string | number | boolean)[];

/** A schedule with one double booking (S1/S2 share cast 1 at the same time) and a cast list. */
function book(): SimulatedExcel {
  const schedule: Row[] = [
    ["ID", "Date", "Start", "End", "Cast"],
    ["S1", 46083, 0.3, 0.4, "1"],
    ["S2", 46083, 0.35, 0.45, "1"],
    ["S3", 46084, 0.3, 0.4, "2"],
  ];
  const cast: Row[] = [
    ["ID", "Name"],
    ["1", "Ava Marsh"],
    ["2", "Ben Ode"],
  ];
  const sim = SimulatedExcel.fromSheets([
    { name: "Schedule", rows: schedule },
    { name: "Cast", rows: cast },
  ]);
  installGlobal(sim);
  return sim;
}

const ctxOf = (sim: SimulatedExcel) => sim.context() as unknown as Excel.RequestContext;

/** Check and write the default output (highlights and the Conflicts sheet) as the task pane does. */
function checkAndWrite(sim: SimulatedExcel) {
  return readThenApply(ctxOf(sim), async (snapshot) => {
    const { report, model, sheetNames } = check(snapshot);
    const include = { conflicts: true, priorities: false, dood: false, costReport: false, callSheets: [] };
    return buildWritePlan(report, model, { sheetNames, include });
  });
}

/** The sheet as state, for before/after comparisons. */
const stateOf = (sim: SimulatedExcel, name: string) =>
  JSON.stringify(sim.sheet(name), (_k, v) => (v instanceof Map ? [...v] : v));

describe("a protected sheet", () => {
  test("near miss: unprotected, the schedule gets its highlights", async () => {
    const sim = book();
    const result = await checkAndWrite(sim);
    expect(sim.sheet("Schedule").conditionalFormats.length).toBeGreaterThan(0);
    expect(result?.protectedSheets).toEqual([]);
  });

  test("the simulated Excel refuses a conditional format on it, as Excel does", async () => {
    const sim = book();
    sim.sheet("Schedule").protected = true;
    const ctx = ctxOf(sim);
    ctx.workbook.worksheets.getItem("Schedule").getRange("A2:E2").conditionalFormats.add("Custom");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "AccessDenied" });
  });

  test("it is left as it is, the Conflicts sheet is still written, in three syncs, and the pane says why", async () => {
    const sim = book();
    sim.sheet("Schedule").protected = true;
    const before = stateOf(sim, "Schedule");
    sim.resetMetrics();
    const result = await checkAndWrite(sim);
    expect(sim.metrics.syncs).toBe(3);
    expect(stateOf(sim, "Schedule")).toBe(before);
    expect(sim.sheetNames()).toContain("Conflicts");
    expect(result?.protectedSheets).toEqual(["Schedule"]);
    expect(writeNote(result)).toBe(
      "No highlights on Schedule: the sheet is protected (Review > Unprotect Sheet, then check again; the Conflicts sheet lists every finding).",
    );
  });

  test("a previous run's highlights stay on it through a rerun and a Clear, and go once it is unprotected", async () => {
    const sim = book();
    await checkAndWrite(sim);
    // One conditional format holds a severity's highlights.
    const highlights = sim.sheet("Schedule").conditionalFormats.length;
    expect(highlights).toBe(1);
    sim.sheet("Schedule").protected = true;
    await checkAndWrite(sim);
    expect(sim.sheet("Schedule").conditionalFormats).toHaveLength(highlights);
    const cleared = await clearAdded(ctxOf(sim));
    expect(cleared).toMatchObject({ highlightsRemoved: 0, highlightsLeft: highlights, sheetsLeft: 0 });
    expect(sim.sheetNames()).toEqual(["Schedule", "Cast"]);
    expect(clearNote(cleared)).toBe("1 highlight stays on protected sheets until they are unprotected.");
    sim.sheet("Schedule").protected = false;
    expect(await clearAdded(ctxOf(sim))).toMatchObject({ highlightsRemoved: highlights, highlightsLeft: 0 });
    expect(sim.sheet("Schedule").conditionalFormats).toHaveLength(0);
  });
});

describe("a protected workbook structure", () => {
  test("the highlights are written, no sheet is added or deleted, and the pane says why", async () => {
    const sim = book();
    await checkAndWrite(sim);
    expect(sim.sheetNames()).toEqual(["Schedule", "Cast", "Conflicts"]);
    sim.state.structureProtected = true;
    const conflicts = stateOf(sim, "Conflicts");
    sim.sheet("Schedule").conditionalFormats = [];
    sim.resetMetrics();
    const result = await checkAndWrite(sim);
    expect(sim.metrics.syncs).toBe(3);
    expect(sim.sheet("Schedule").conditionalFormats.length).toBeGreaterThan(0);
    expect(sim.sheetNames()).toEqual(["Schedule", "Cast", "Conflicts"]);
    expect(stateOf(sim, "Conflicts")).toBe(conflicts);
    expect(result?.sheetsSkipped).toBe(true);
    expect(writeNote(result)).toBe(
      "No sheets were written: the workbook's structure is protected (Review > Protect Workbook turns it off).",
    );
    const cleared = await clearAdded(ctxOf(sim));
    expect(cleared).toMatchObject({ sheetsRemoved: 0, sheetsLeft: 1, highlightsLeft: 0 });
    expect(sim.sheet("Schedule").conditionalFormats).toHaveLength(0);
    expect(sim.sheetNames()).toEqual(["Schedule", "Cast", "Conflicts"]);
  });

  test("near miss: a plan with no sheets is not reported as skipped", async () => {
    const sim = book();
    sim.state.structureProtected = true;
    const result = await applyPlan(ctxOf(sim), { highlights: [], sheets: [] } as never);
    expect(result.sheetsSkipped).toBe(false);
    expect(writeNote(result)).toBe("");
  });
});

describe("the notes", () => {
  test.each([
    [
      { protectedSheets: ["Schedule", "Cast"], sheetsSkipped: false },
      "No highlights on Schedule and Cast: the sheets are",
    ],
    [{ protectedSheets: ["A", "B", "C"], sheetsSkipped: false }, "No highlights on A, B and C: the sheets are"],
    [{ protectedSheets: [], sheetsSkipped: false }, ""],
  ])("%j", (outcome, start) => {
    expect(writeNote(outcome).slice(0, start.length)).toBe(start);
    if (!start) expect(writeNote(outcome)).toBe("");
  });

  test.each([
    [{ highlightsLeft: 1, sheetsLeft: 0 }, "1 highlight stays on protected sheets until they are unprotected."],
    [
      { highlightsLeft: 0, sheetsLeft: 2 },
      "2 generated sheets stay: the workbook's structure is protected (Review > Protect Workbook).",
    ],
    [{ highlightsLeft: 0, sheetsLeft: 0 }, ""],
  ])("%j", (outcome, expected) => {
    expect(clearNote(outcome)).toBe(expected);
  });
});
