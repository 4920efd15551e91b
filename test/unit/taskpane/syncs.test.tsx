/** @jest-environment jsdom */
/**
 * The pane's Check and Generate over the simulated Excel, through the real Excel host: each button reads,
 * runs the core and writes in one Excel.run, three syncs (it was five with a read run and a write run).
 */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { sheetList, useCoordinator, type Coordinator } from "../../../src/taskpane/useCoordinator";
import { createExcelHost } from "../../../src/taskpane/excelHost";
import { inlineRunner } from "../../../src/taskpane/coreRun";
import type { WorkbookHost } from "../../../src/taskpane/host";
import { SimulatedExcel, installGlobal } from "../../sim-excel";

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function workbook(): SimulatedExcel {
  const sim = SimulatedExcel.fromSheets([
    {
      name: "Schedule",
      table: "Schedule",
      rows: [
        ["ID", "Date", "Start", "End", "Scene", "Cast", "Location"],
        ["S1", 46083, "07:00", "12:00", 1, "1, 2", "Stage A"],
        ["S2", 46083, "11:00", "15:00", 2, "1", "Stage B"],
        ["S3", 46084, "06:00", "10:00", 3, "2", "Stage A"],
        ["S4", 46085, "08:00", "09:00", 4, "9", "Stage C"],
      ],
    },
    {
      name: "Cast",
      rows: [
        ["ID", "Name", "Character"],
        [1, "Ann Lee", "Mara"],
        [2, "Bo Chen", "Tom"],
      ],
    },
  ]);
  installGlobal(sim);
  return sim;
}

let root: Root | undefined;
afterEach(() => {
  if (root) act(() => root!.unmount());
  root = undefined;
});

/** Mounts the pane's state hook alone and hands back its latest value. */
async function mount(host: WorkbookHost): Promise<() => Coordinator> {
  let latest: Coordinator | undefined;
  const runner = inlineRunner();
  function Probe() {
    latest = useCoordinator(host, runner, { autoRefresh: false });
    return null;
  }
  root = createRoot(document.createElement("div"));
  await act(async () => root!.render(<Probe />));
  return () => latest!;
}

/** The Excel host as it was before: read in one Excel.run, write in another. */
function twoRunHost(): WorkbookHost {
  const { readThenApply: _combined, ...host } = createExcelHost();
  return host;
}

const tablesOf = (sim: SimulatedExcel) => sim.state.tables.map((t) => `${t.sheet.name}:${t.name}`);

describe.each([
  ["one Excel.run (readThenApply)", createExcelHost, 3],
  ["read run + write run (a host without readThenApply)", twoRunHost, 5],
])("with %s", (_name, makeHost, syncs) => {
  test(`Check costs ${syncs} syncs and writes highlights and the Conflicts sheet with both tables`, async () => {
    const sim = workbook();
    const pane = await mount(makeHost());
    sim.resetMetrics();
    await act(async () => pane().checkSchedule());
    expect(pane().error).toBeUndefined();
    expect(sim.metrics.syncs).toBe(syncs);
    expect(pane().notice).toMatch(/^Checked 4 items: [1-9]\d* errors?,/);
    expect(sim.sheet("Schedule").conditionalFormats.length).toBeGreaterThan(0);
    expect(tablesOf(sim)).toEqual(["Schedule:Schedule", "Conflicts:PC_Conflicts", "Conflicts:PC_DataIssues"]);
  });

  test(`Generate costs ${syncs} syncs, and a rerun replaces its sheets`, async () => {
    const sim = workbook();
    const pane = await mount(makeHost());
    const choice = { callSheets: ["2026-03-02"], conflicts: true, dood: true, priorities: false, costReport: false };
    sim.resetMetrics();
    await act(async () => pane().generate(choice));
    expect(pane().error).toBeUndefined();
    expect(sim.metrics.syncs).toBe(syncs);
    const once = sim.sheetNames();
    expect(once).toEqual(expect.arrayContaining(["Schedule", "Cast", "Conflicts", "DOOD"]));
    expect(once.length).toBe(5);
    expect(pane().notice).toBe("Wrote 3 sheets: Conflicts, DOOD and Call Sheet 2026-03-02.");
    await act(async () => pane().generate(choice));
    expect(sim.sheetNames()).toEqual(once);
  });

  test("a Check after a Generate writes its DOOD and call sheet again instead of dropping them; after Clear, not", async () => {
    const sim = workbook();
    const pane = await mount(makeHost());
    const choice = { callSheets: ["2026-03-02"], conflicts: false, dood: true, priorities: false, costReport: false };
    await act(async () => pane().generate(choice));
    expect(sim.sheetNames()).toEqual(["Schedule", "Cast", "DOOD", "Call Sheet 2026-03-02"]);
    expect(pane().result!.generated).toEqual(["DOOD", "Call Sheet 2026-03-02"]);
    await act(async () => pane().checkSchedule());
    expect(pane().error).toBeUndefined();
    expect([...sim.sheetNames()].sort()).toEqual(["Call Sheet 2026-03-02", "Cast", "Conflicts", "DOOD", "Schedule"]);
    expect(pane().notice).toMatch(/ Updated DOOD and Call Sheet 2026-03-02\.$/);
    // What the pane knows is in the workbook follows the write at once (the Generate tab marks these).
    expect([...pane().result!.generated].sort()).toEqual(["Call Sheet 2026-03-02", "Conflicts", "DOOD"]);
    // Near miss: once cleared, a Check writes the Conflicts sheet alone.
    await act(async () => pane().clear());
    await act(async () => pane().checkSchedule());
    expect([...sim.sheetNames()].sort()).toEqual(["Cast", "Conflicts", "Schedule"]);
    expect(pane().notice).not.toMatch(/Updated/);
  });
});

test.each<[string[], string]>([
  [["Conflicts"], "Conflicts"],
  [["Conflicts", "DOOD"], "Conflicts and DOOD"],
  [["A", "B", "C", "D", "E", "F"], "A, B, C, D, E and F"],
  [["A", "B", "C", "D", "E", "F", "G"], "A, B, C, D, E and 2 more"],
])("sheetList(%p) = %p", (names, text) => {
  expect(sheetList(names)).toBe(text);
});

test("a failing core writes nothing and shows the error; the pane is free again", async () => {
  const sim = workbook();
  const host = createExcelHost();
  let latest: Coordinator | undefined;
  function Probe() {
    latest = useCoordinator(host, { run: async () => Promise.reject(new Error("core broke")) }, { autoRefresh: false });
    return null;
  }
  root = createRoot(document.createElement("div"));
  await act(async () => root!.render(<Probe />));
  const before = sim.dump();
  await act(async () => latest!.checkSchedule());
  expect(latest!.error).toMatch(/core broke/);
  expect(latest!.busy).toBeUndefined();
  expect(sim.dump()).toEqual(before);
});
