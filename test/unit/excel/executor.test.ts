import {
  applyPlan,
  clearAdded,
  friendlyError,
  readSnapshot,
  runCheck,
  saveSettings,
  loadSettings,
  selectCells,
} from "../../../src/excel";
import type { GeneratedSheet, WritePlan } from "../../../src/core/plan";
import { SimulatedExcel, installGlobal, PAYLOAD_LIMIT_BYTES } from "../../sim-excel";

type Row = (string | number | boolean | null)[];

function scheduleRows(n: number): Row[] {
  const rows: Row[] = [["ID", "Date", "Start", "End", "Scene", "Cast", "Location", "Notes"]];
  for (let i = 1; i <= n; i++)
    rows.push([
      `S${i}`,
      46083 + Math.floor(i / 50),
      0.3,
      0.5,
      i,
      "1, 2",
      `Loc ${i % 7}`,
      i % 3 ? "" : "=not a formula",
    ]);
  return rows;
}

function book(n = 20, extra: { name: string; rows: Row[]; table?: string }[] = []): SimulatedExcel {
  const sim = SimulatedExcel.fromSheets([{ name: "Schedule", rows: scheduleRows(n), table: "Schedule" }, ...extra]);
  installGlobal(sim);
  return sim;
}

function ctxOf(sim: SimulatedExcel): Excel.RequestContext {
  return sim.context() as unknown as Excel.RequestContext;
}

function genSheet(key: string, name: string, rows: Row[], extra: Partial<GeneratedSheet> = {}): GeneratedSheet {
  return {
    key,
    kind: key.startsWith("call-sheet") ? "call-sheet" : "conflicts",
    name,
    blocks: [{ at: "A1", values: rows }],
    styles: [{ range: "A1:C1", style: { bold: true, fill: "#DDEEFF" } }],
    merges: [],
    columnWidths: [12, 30],
    hyperlinks: [],
    ...extra,
  };
}

/** A plan the size of an n-row schedule: highlights on every 5th row, a conflict list, a priority list and 3 call sheets. */
function planFor(n: number): WritePlan {
  const flagged = Array.from({ length: Math.floor(n / 5) }, (_, i) => `A${(i + 1) * 5}:H${(i + 1) * 5}`);
  const list = (count: number): Row[] => [
    ["#", "Type", "Items", "Message"],
    ...Array.from({ length: count }, (_, i): Row => [
      i + 1,
      "double-booking",
      `S${i}, S${i + 1}`,
      `Cast 1 is booked twice on 2026-03-02 (${i})`,
    ]),
  ];
  return {
    highlights: [
      { sheet: "Schedule", ranges: flagged.filter((_, i) => i % 2 === 0), severity: "error", color: "#FFC7CE" },
      { sheet: "Schedule", ranges: flagged.filter((_, i) => i % 2 === 1), severity: "warning", color: "#FFEB9C" },
    ],
    sheets: [
      genSheet("conflicts", "Conflicts", list(Math.floor(n / 5)), {
        table: { range: `A1:D${Math.floor(n / 5) + 1}`, name: "Conflicts" },
        freeze: { rows: 1, columns: 0 },
        styles: Array.from({ length: Math.floor(n / 5) }, (_, i) => ({
          range: `A${i + 2}:D${i + 2}`,
          style: { fill: i % 2 ? "#FFC7CE" : "#FFEB9C" },
        })),
      }),
      genSheet("priorities", "Priorities", list(n)),
      ...[1, 2, 3].map((d) =>
        genSheet(`call-sheet:2026-03-0${d}`, `Call Sheet 2026-03-0${d}`, list(Math.ceil(n / 3)), {
          merges: ["A1:D1"],
          print: { orientation: "portrait", fitToWidth: true, printArea: "A1:D20", titleRows: "1:1" },
          hyperlinks: [{ cell: "F1", sheet: "Schedule", range: "A1", text: "Back to schedule" }],
        }),
      ),
    ],
  };
}

describe("readSnapshot", () => {
  test("reads sheets, tables, errors and blanks in three syncs; generated sheets are flagged and not read", async () => {
    const sim = book(3, [{ name: "Notes", rows: [["a", null, "#N/A"]] }]);
    sim.state
      .addSheet("Conflicts")
      .customProperties.set("productioncoordinator", { key: "ProductionCoordinator", value: "{}" });
    sim.type("Conflicts", 1, 1, "old");
    const snap = await readSnapshot(ctxOf(sim));
    expect(sim.metrics.syncs).toBe(3);
    const [schedule, notes, conflicts] = snap.sheets;
    expect(schedule.tables[0]).toMatchObject({ name: "Schedule", row: 1, col: 1 });
    expect(schedule.tables[0].values[1]).toEqual(["S1", 46083, 0.3, 0.5, 1, "1, 2", "Loc 1", null]);
    expect(notes.used!.values).toEqual([["a", null, { error: "#N/A" }]]);
    expect(conflicts).toEqual({ name: "Conflicts", used: null, tables: [], generated: true });
  });

  test("without ExcelApi 1.12 the settings registry marks generated sheets", async () => {
    const sim = book(3);
    sim.apiVersion = "1.9";
    await applyPlan(ctxOf(sim), { highlights: [], sheets: [genSheet("conflicts", "Conflicts", [["x"]])] });
    expect(sim.sheet("Conflicts").customProperties.size).toBe(0);
    const snap = await readSnapshot(ctxOf(sim));
    expect(snap.sheets.find((s) => s.name === "Conflicts")?.generated).toBe(true);
  });
});

describe("applyPlan", () => {
  test.each([
    ["=SUM(A1)"],
    ["+1"],
    ["-x"],
    ["-5"],
    ["@foo"],
    ["'quoted"],
    ["07:00"],
    ["2026-03-02"],
    ["1 4/8"],
    ["TRUE"],
    ["#N/A"],
    [" =lead space"],
    ["plain"],
  ])("text %p is written so Excel shows the same text, not a formula or number", async (text) => {
    const sim = book(3);
    await applyPlan(ctxOf(sim), {
      highlights: [],
      sheets: [genSheet("conflicts", "Conflicts", [["Message"], [text]])],
    });
    const cell = sim.sheet("Conflicts").cell(2, 1)!;
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe(text);
  });

  test("numbers and booleans stay numbers and booleans; null becomes blank", async () => {
    const sim = book(3);
    await applyPlan(ctxOf(sim), {
      highlights: [],
      sheets: [genSheet("conflicts", "Conflicts", [[1.5, true, null, "x"]])],
    });
    expect(sim.values("Conflicts")).toEqual([[1.5, true, "", "x"]]);
  });

  test.each([100, 2000, 20000])(
    "%p rows: snapshot + apply take a constant number of syncs (<= 8), no request over 5 MB",
    async (n) => {
      const sim = book(n);
      const ctx = ctxOf(sim);
      await readSnapshot(ctx);
      await applyPlan(ctx, planFor(n));
      expect(sim.metrics.syncs).toBe(6);
      expect(sim.maxRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
      expect(sim.values("Priorities")).toHaveLength(n + 1);
    },
  );

  test("a plan bigger than one request is split into several syncs, each under 5 MB", async () => {
    const sim = book(10);
    const rows: Row[] = Array.from({ length: 3000 }, (_, i) => [i, "y".repeat(1000), "z".repeat(1000)]);
    await applyPlan(ctxOf(sim), { highlights: [], sheets: [genSheet("priorities", "Priorities", rows)] });
    expect(sim.maxRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(sim.metrics.requestBytes.length).toBeGreaterThan(3);
    expect(sim.values("Priorities")[2999][0]).toBe(2999);
  });

  test("check-then-clear leaves every user cell, format and the user's own conditional format as it was", async () => {
    const sim = book(50, [
      {
        name: "Budget",
        rows: [
          ["Account", "Budget"],
          ["1100", 5000],
        ],
      },
    ]);
    const s = sim.sheet("Schedule");
    sim.type("Schedule", 3, 9, "=SUM(E2:E4)");
    Object.assign(s.cellForWrite(2, 1), { fill: "#00FF00", numberFormat: "@", font: { bold: true } });
    s.conditionalFormats.push({
      id: "{user}",
      type: "Custom",
      areas: [{ row: 2, col: 2, rows: 10, cols: 1 }],
      formula: "=B2>46084",
      fill: "#0000FF",
    });
    s.columnWidths.set(2, 80);
    const before = sim.dump();
    await applyPlan(ctxOf(sim), planFor(50));
    expect(sim.sheetNames()).toContain("Conflicts");
    expect(s.conditionalFormats.length).toBeGreaterThan(1);
    await clearAdded(ctxOf(sim));
    expect(sim.dump()).toEqual(before);
  });

  test("running twice leaves the same workbook as running once", async () => {
    const sim = book(50);
    await applyPlan(ctxOf(sim), planFor(50));
    const once = sim.dump();
    await applyPlan(ctxOf(sim), planFor(50));
    expect(sim.dump()).toEqual(once);
  });

  test("a user sheet named Conflicts is untouched; the generated one gets (2), also on a rerun", async () => {
    const sim = book(10, [{ name: "Conflicts", rows: [["my own notes"]] }]);
    const mine = JSON.stringify(sim.sheet("Conflicts"), (k, v) => (v instanceof Map ? [...v] : v));
    const plan = planFor(10);
    const r1 = await applyPlan(ctxOf(sim), plan);
    const r2 = await applyPlan(ctxOf(sim), plan);
    expect(r1.sheetNames.conflicts).toBe("Conflicts (2)");
    expect(r2.sheetNames.conflicts).toBe("Conflicts (2)");
    expect(JSON.stringify(sim.sheet("Conflicts"), (k, v) => (v instanceof Map ? [...v] : v))).toBe(mine);
    expect(sim.sheetNames().filter((n) => n.startsWith("Conflicts"))).toEqual(["Conflicts", "Conflicts (2)"]);
  });

  test("highlights are marked custom conditional formats with the severity colour; user fills are kept", async () => {
    const sim = book(10);
    sim.sheet("Schedule").cellForWrite(5, 1).fill = "#123456";
    await applyPlan(ctxOf(sim), planFor(10));
    const cfs = sim.sheet("Schedule").conditionalFormats;
    expect(cfs.map((c) => [c.formula, c.fill])).toEqual([
      ['=ISTEXT("ProductionCoordinator:error")', "#FFC7CE"],
      ['=ISTEXT("ProductionCoordinator:warning")', "#FFEB9C"],
    ]);
    expect(sim.sheet("Schedule").cell(5, 1)?.fill).toBe("#123456");
  });

  test("generated sheets get the marker, table, freeze, merges, widths, print settings and links", async () => {
    const sim = book(30);
    await applyPlan(ctxOf(sim), planFor(30));
    const c = sim.sheet("Conflicts");
    expect(c.customProperties.get("productioncoordinator")?.value).toBe('{"key":"conflicts","kind":"conflicts"}');
    expect(sim.state.tables.map((t) => t.name)).toEqual(["Schedule", "Conflicts"]);
    expect(c.freeze).toEqual({ rows: 1, cols: 0 });
    expect(c.columnWidths.get(2)).toBe(161.25);
    const cs = sim.sheet("Call Sheet 2026-03-01");
    expect(cs.merges).toEqual([{ row: 1, col: 1, rows: 1, cols: 4 }]);
    expect(cs.pageLayout).toMatchObject({
      printArea: "A1:D20",
      printTitleRows: "1:1",
      zoom: { horizontalFitToPages: 1 },
    });
    expect(cs.cell(1, 6)?.hyperlink).toEqual({ documentReference: "Schedule!A1", textToDisplay: "Back to schedule" });
    expect(JSON.parse(sim.state.settings.get("productioncoordinator.generated")!.json)).toHaveLength(5);
  });

  test("a generated table whose name a user table has gets a suffix", async () => {
    const sim = book(5, [{ name: "Mine", rows: [["h"], [1]], table: "Conflicts" }]);
    await applyPlan(ctxOf(sim), planFor(5));
    expect(sim.state.tables.map((t) => `${t.sheet.name}:${t.name}`)).toEqual([
      "Schedule:Schedule",
      "Mine:Conflicts",
      "Conflicts:Conflicts_2",
    ]);
  });

  test("in cell edit mode the run fails with a message telling the user what to do", async () => {
    const sim = book(5);
    sim.setCellEditMode(true);
    const err = await applyPlan(ctxOf(sim), planFor(5)).catch((e: unknown) => e);
    expect(friendlyError(err)).toBe("Finish editing the cell (press Enter or Esc), then try again.");
  });
});

describe("settings, selection, errors", () => {
  test("saveSettings then loadSettings round-trips; a new workbook has none", async () => {
    const sim = book(1);
    expect(await loadSettings(ctxOf(sim))).toEqual({});
    await saveSettings(ctxOf(sim), { highlightColors: { error: "#FF0000" }, mappings: { Sheet2: { role: "ignore" } } });
    expect(await loadSettings(ctxOf(sim))).toEqual({
      highlightColors: { error: "#FF0000" },
      mappings: { Sheet2: { role: "ignore" } },
    });
    expect((await readSnapshot(ctxOf(sim))).settings?.highlightColors?.error).toBe("#FF0000");
  });

  test("selectCells activates the sheet and selects the range; a missing sheet is ItemNotFound", async () => {
    const sim = book(5, [{ name: "Other", rows: [[1]] }]);
    await selectCells(ctxOf(sim), "Schedule", "A3:H3");
    expect(sim.state.selection).toMatchObject({
      sheet: { name: "Schedule" },
      rect: { row: 3, col: 1, rows: 1, cols: 8 },
    });
    const err = await selectCells(ctxOf(sim), "Gone", "A1").catch((e: unknown) => e);
    expect(friendlyError(err)).toMatch(/renamed or deleted/);
  });

  test.each([
    [{ code: "InvalidOperationInCellEditMode" }, /Finish editing the cell/],
    [{ code: "ItemNotFound" }, /renamed or deleted/],
    [{ code: "ItemAlreadyExists" }, /already exists/],
    [{ code: "RequestPayloadSizeLimitExceeded" }, /too large/],
    [{ code: "GeneralException" }, /could not finish/],
    [{ code: "SomethingNew", message: "x" }, /Something went wrong/],
    [new Error("boom"), /Something went wrong: boom/],
    ["plain", /Something went wrong: plain/],
  ])("friendlyError(%p)", (e, expected) => {
    expect(friendlyError(e)).toMatch(expected);
  });
});

describe("runCheck", () => {
  test("reads, checks and writes (or reports the parser's state)", async () => {
    const sim = book(10);
    const result = await runCheck(ctxOf(sim)).catch((e: Error) => e);
    if (result instanceof Error) {
      expect(result.message).toMatch(/not implemented/);
      return;
    }
    expect(result.report.version).toBe(1);
    expect(sim.metrics.syncs).toBeLessThanOrEqual(8);
  });
});
