import { readFileSync } from "fs";
import { writeUserSheets, type UserSheet } from "../../../src/excel/import-sheets";
import { applyPlan, clearAdded, readSnapshot } from "../../../src/excel";
import { importUss } from "../../../src/core/uss";
import { check } from "../../../src/core/check";
import { SimulatedExcel, installGlobal } from "../../sim-excel";

function ctxOf(sim: SimulatedExcel): Excel.RequestContext {
  return sim.context() as unknown as Excel.RequestContext;
}

function book(names: string[]): SimulatedExcel {
  const sim = SimulatedExcel.fromSheets(names.map((name) => ({ name, rows: [["x"]] })));
  installGlobal(sim);
  sim.resetMetrics();
  return sim;
}

const schedule: UserSheet = {
  name: "Schedule",
  rows: [
    ["ID", "Date", "Pages", "Duration", "Notes", "Shoot Day"],
    ["S1", "2026-03-02", "1 4/8", "07:00", '=HYPERLINK("x")', 1],
    ["S2", "2026-03-03", "3/8", "1:35", "+1 more", 2],
  ],
};

describe("writeUserSheets: names", () => {
  test.each([
    ["no clash", ["Sheet1"], ["Schedule", "Cast"], ["Schedule", "Cast"]],
    ["clash gets (2)", ["Schedule"], ["Schedule", "Cast"], ["Schedule (2)", "Cast"]],
    ["clash is case-insensitive", ["SCHEDULE"], ["Schedule"], ["Schedule (2)"]],
    ["(2) taken gives (3)", ["Schedule", "Schedule (2)"], ["Schedule"], ["Schedule (3)"]],
    ["near miss: a longer name is no clash", ["Schedules"], ["Schedule"], ["Schedule"]],
    ["illegal characters become legal", ["Sheet1"], ["Cast/Crew [A]"], ["Cast-Crew -A-"]],
    ["31 characters at most, with the suffix", ["A".repeat(31)], ["A".repeat(40)], [`${"A".repeat(27)} (2)`]],
    ["two tables of one name in one import", ["Sheet1"], ["Cast", "Cast"], ["Cast", "Cast (2)"]],
  ])("%s", async (_label, existing, wanted, expected) => {
    const sim = book(existing);
    const names = await writeUserSheets(
      ctxOf(sim),
      wanted.map((name) => ({ name, rows: [["ID"], ["1"]] })),
    );
    expect(names).toEqual(expected);
    expect(sim.sheetNames()).toEqual([...existing, ...expected]);
  });

  test("nothing to write adds nothing and does not sync", async () => {
    const sim = book(["Sheet1"]);
    expect(await writeUserSheets(ctxOf(sim), [])).toEqual([]);
    expect(sim.sheetNames()).toEqual(["Sheet1"]);
    expect(sim.metrics.syncs).toBe(0);
  });
});

describe("writeUserSheets: values and text safety", () => {
  test("values come back exactly as given; text that Excel would re-type stays text", async () => {
    const sim = book(["Sheet1"]);
    await writeUserSheets(ctxOf(sim), [schedule]);
    expect(sim.values("Schedule")).toEqual(schedule.rows);
    const cells = sim.sheet("Schedule");
    expect(cells.cell(2, 5)?.formula).toBeUndefined();
    expect(cells.cell(3, 5)?.formula).toBeUndefined();
    expect(cells.cell(2, 6)?.quotePrefix).toBeUndefined(); // numbers stay numbers
  });

  test("the same text written without the guard would change (the check above can fail)", async () => {
    const sim = book(["Sheet1"]);
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:D1").values = [["1 4/8", "07:00", "=1+1", "2026-03-02"]];
    });
    const got = sim.values("Sheet1", { row: 1, col: 1, rows: 1, cols: 4 })[0];
    expect(got[1]).not.toBe("07:00");
    expect(got[2]).not.toBe("=1+1");
    expect(got[3]).not.toBe("2026-03-02");
  });

  test.each([
    ["=SUM(A1)", "=SUM(A1)"],
    ["+44 20", "+44 20"],
    ["-", "-"],
    ["@home", "@home"],
    ["'quoted", "'quoted"],
    ["TRUE", "TRUE"],
    ["#N/A", "#N/A"],
    ["12%", "12%"],
    ["3/2/2026", "3/2/2026"],
    ["plain", "plain"],
    [7, 7],
    [0.25, 0.25],
    [true, true],
    [null, ""],
  ])("%j is written so it reads back as %j", async (value, expected) => {
    const sim = book(["Sheet1"]);
    await writeUserSheets(ctxOf(sim), [{ name: "T", rows: [["H"], [value]] }]);
    expect(sim.values("T", { row: 2, col: 1, rows: 1, cols: 1 })[0][0]).toEqual(expected);
    expect(sim.sheet("T").cell(2, 1)?.formula).toBeUndefined();
  });

  test("ragged rows are padded to a rectangle; the header row is bold, data rows are not", async () => {
    const sim = book(["Sheet1"]);
    await writeUserSheets(ctxOf(sim), [{ name: "T", rows: [["A", "B", "C"], ["x"], ["y", "z"]] }]);
    expect(sim.values("T")).toEqual([
      ["A", "B", "C"],
      ["x", "", ""],
      ["y", "z", ""],
    ]);
    const s = sim.sheet("T");
    expect([1, 2, 3].map((c) => s.cell(1, c)?.font?.bold)).toEqual([true, true, true]);
    expect(s.cell(2, 1)?.font?.bold).toBeFalsy();
    expect(s.freeze).toEqual({ rows: 1, cols: 0 });
  });

  test("an empty table still gets its sheet", async () => {
    const sim = book(["Sheet1"]);
    expect(await writeUserSheets(ctxOf(sim), [{ name: "Empty", rows: [] }])).toEqual(["Empty"]);
    expect(sim.values("Empty")).toEqual([]);
  });
});

describe("writeUserSheets: syncs and ownership", () => {
  test("several sheets take two syncs", async () => {
    const sim = book(["Sheet1"]);
    await writeUserSheets(ctxOf(sim), [schedule, { ...schedule, name: "Cast" }, { ...schedule, name: "More" }]);
    expect(sim.metrics.syncs).toBe(2);
  });

  test("a large table is split below the request limit with only a few syncs", async () => {
    const sim = book(["Sheet1"]);
    const rows = [["ID", "Notes"], ...Array.from({ length: 60_000 }, (_, i) => [`S${i}`, "x".repeat(120)])];
    await writeUserSheets(ctxOf(sim), [{ name: "Big", rows }]);
    expect(sim.metrics.syncs).toBeGreaterThan(2);
    expect(sim.metrics.syncs).toBeLessThan(6);
    expect(sim.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(sim.values("Big", { row: 60_001, col: 1, rows: 1, cols: 2 })).toEqual([["S59999", "x".repeat(120)]]);
  });

  test("imported sheets are user data: read as input, never removed by Clear or a Check", async () => {
    const sim = book(["Notes"]);
    const text = readFileSync("/work/shared/data/uss/small_sample_schedule.uss", "utf8");
    const imported = importUss(text);
    const names = await writeUserSheets(ctxOf(sim), imported.sheets);
    expect(names).toEqual(imported.sheets.map((s) => s.name));
    const snapshot = await readSnapshot(ctxOf(sim));
    expect(snapshot.sheets.filter((s) => s.generated).map((s) => s.name)).toEqual([]);
    const { model, report } = check(snapshot);
    expect(model.tables.find((t) => t.sheet === "Schedule")?.role).toBe("schedule");
    expect(report.summary.items).toBe(imported.sheets[0].rows.length - 1);
    await applyPlan(ctxOf(sim), { highlights: [], sheets: [] });
    await clearAdded(ctxOf(sim));
    expect(sim.sheetNames()).toEqual(["Notes", ...names]);
  });
});
