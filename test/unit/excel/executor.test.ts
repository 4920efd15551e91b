import {
  applyPlan,
  clearAdded,
  friendlyError,
  readSnapshot,
  runCheck,
  readThenApply,
  saveSettings,
  loadSettings,
  selectCells,
} from "../../../src/excel";
import type { GeneratedSheet, StyleRun, WritePlan } from "../../../src/core/plan";
import { check } from "../../../src/core/check";
import { buildWritePlan } from "../../../src/core/writeplan";
import { compactStyles } from "../../../src/core/writeplan/sheet-builder";
import { codedError } from "../../../src/excel/errors";
import { bands } from "../../../src/excel/apply";
import {
  SimulatedExcel,
  installGlobal,
  PAYLOAD_LIMIT_BYTES,
  payloadLimitOnSecondSync,
  rectAddress,
} from "../../sim-excel";
import { DEFAULT_WRITE, FIRST_DAY_ISO, productionBook } from "../../../scripts/bench-excel";
import { buildCallSheet } from "../../../src/core/writeplan/call-sheet";
import { longCallSheet, smallModel } from "../writeplan/fixture";

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
  test("reads sheets, tables, errors and blanks in two syncs; generated sheets are flagged and not read", async () => {
    const sim = book(3, [{ name: "Notes", rows: [["a", null, "#N/A"]] }]);
    sim.state
      .addSheet("Conflicts")
      .customProperties.set("productioncoordinator", { key: "ProductionCoordinator", value: "{}" });
    sim.type("Conflicts", 1, 1, "old");
    const snap = await readSnapshot(ctxOf(sim));
    expect(sim.metrics.syncs).toBe(2);
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

  test("a plan of the old fixture shape still applies in two syncs after a read in the same context", async () => {
    const sim = book(100);
    const ctx = ctxOf(sim);
    await readSnapshot(ctx);
    await applyPlan(ctx, planFor(100));
    expect(sim.metrics.syncs).toBe(2 + 2 + 1);
    expect(sim.values("Priorities")).toHaveLength(101);
  });

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

  test("Clear with sheets: false removes the highlights alone; the generated sheets and their list stay", async () => {
    const sim = book(50);
    const userFormats = sim.sheet("Schedule").conditionalFormats.length;
    await applyPlan(ctxOf(sim), planFor(50));
    const names = sim.sheetNames();
    expect(sim.sheet("Schedule").conditionalFormats.length).toBeGreaterThan(userFormats);
    const cleared = await clearAdded(ctxOf(sim), { sheets: false });
    expect(cleared).toMatchObject({ sheetsRemoved: 0, sheetsLeft: 0 });
    expect(cleared.highlightsRemoved).toBeGreaterThan(0);
    expect(sim.sheet("Schedule").conditionalFormats.length).toBe(userFormats);
    expect(sim.sheetNames()).toEqual(names);
    // Still known as generated: a full Clear afterwards removes them.
    await clearAdded(ctxOf(sim));
    expect(sim.sheetNames()).not.toContain("Conflicts");
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

  test("a link to the user's own Conflicts sheet stays there; one to the generated sheet follows it to (2)", async () => {
    const sim = book(10, [{ name: "Conflicts", rows: [["my own notes"]] }]);
    const plan = planFor(10);
    plan.sheets[0].hyperlinks = [
      { cell: "F1", sheet: "Conflicts", range: "A1", text: "Conflicts!A1" },
      { cell: "F2", sheet: "Conflicts", range: "A3", text: "Top", generated: true },
    ];
    await applyPlan(ctxOf(sim), plan);
    const generated = sim.sheet("Conflicts (2)");
    expect(generated.cell(1, 6)?.hyperlink).toEqual({
      documentReference: "Conflicts!A1",
      textToDisplay: "Conflicts!A1",
    });
    expect(generated.cell(2, 6)?.hyperlink).toEqual({ documentReference: "'Conflicts (2)'!A3", textToDisplay: "Top" });
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

  test("title columns: set on a sheet printed across pages, none on one fitted to a page", async () => {
    const sim = book(10);
    const plan = planFor(10);
    plan.sheets[0].print = { orientation: "landscape", fitToWidth: false, printArea: "A1:D20", titleColumns: "A:B" };
    await applyPlan(ctxOf(sim), plan);
    expect(sim.sheet("Conflicts").pageLayout).toMatchObject({ printTitleColumns: "A:B" });
    expect(sim.sheet("Conflicts").pageLayout.zoom).toEqual({ scale: 100 });
    expect(sim.sheet("Call Sheet 2026-03-01").pageLayout.printTitleColumns).toBeUndefined();
  });

  test("highlights go above the user's own conditional formats (a night-strip fill would hide them), errors first", async () => {
    const sim = book(10);
    const night = { id: "user-cf", type: "Custom", areas: [{ row: 1, col: 1, rows: 20, cols: 8 }] };
    sim.sheet("Schedule").conditionalFormats.push({ ...night, formula: '=$H1="N"', fill: "#202020" });
    await applyPlan(ctxOf(sim), planFor(10));
    expect(sim.sheet("Schedule").conditionalFormats.map((c) => c.formula)).toEqual([
      '=ISTEXT("ProductionCoordinator:error")',
      '=ISTEXT("ProductionCoordinator:warning")',
      '=$H1="N"',
    ]);
    // A rerun replaces them and keeps that order.
    await applyPlan(ctxOf(sim), planFor(10));
    expect(
      sim
        .sheet("Schedule")
        .conditionalFormats.map((c) => c.id)
        .slice(-1),
    ).toEqual(["user-cf"]);
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

  test("a printed call sheet: its page breaks and row heights are applied (ExcelApi 1.9, with the page layout)", async () => {
    const cs = buildCallSheet(longCallSheet(24), smallModel());
    expect(cs.print?.pageBreaks?.length).toBeGreaterThan(1);
    const sim = book(3);
    await applyPlan(ctxOf(sim), { highlights: [], sheets: [cs] });
    const ws = sim.sheet(cs.name);
    expect(ws.pageBreaks).toEqual(cs.print!.pageBreaks);
    expect(Object.fromEntries(ws.rowHeights)).toEqual(cs.rowHeights);
    expect(ws.pageLayout).toMatchObject({ printTitleRows: "1:2", zoom: { horizontalFitToPages: 1 } });
    // Every page says which sheet and which page of how many: the plan's footer, in Excel's codes.
    expect(cs.print?.footer).toBeUndefined(); // buildCallSheet alone gives none: buildWritePlan adds it
    await applyPlan(ctxOf(sim), {
      highlights: [],
      sheets: [{ ...cs, print: { ...cs.print!, footer: "&A · Page &P of &N" } }],
    });
    expect(sim.sheet(cs.name).pageLayout.centerFooter).toBe("&A · Page &P of &N");
    expect(sim.sheet(cs.name).pageLayout.leftHeader).toBeUndefined();
    // A header where the plan has one (a DOOD printed across pages), in the same codes.
    await applyPlan(ctxOf(sim), {
      highlights: [],
      sheets: [{ ...cs, print: { ...cs.print!, header: "Day Out of Days: Smith && Jones" } }],
    });
    expect(sim.sheet(cs.name).pageLayout.leftHeader).toBe("Day Out of Days: Smith && Jones");
    // Without ExcelApi 1.9 there is no page layout at all, so no breaks either; the heights still go.
    const old = book(3);
    old.apiVersion = "1.8";
    await applyPlan(ctxOf(old), { highlights: [], sheets: [cs] });
    expect(old.sheet(cs.name).pageBreaks).toEqual([]);
    expect(Object.fromEntries(old.sheet(cs.name).rowHeights)).toEqual(cs.rowHeights);
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
    [codedError("LiveCheckUnsupported", "no onChanged"), /^this Excel does not tell add-ins .* Press Check schedule/],
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

/** A fresh simulated workbook of the bench's realistic production (40 strips a shoot day, fixed cast and crew). */
function productionSim(rows: number): SimulatedExcel {
  const sim = SimulatedExcel.fromSheets(productionBook(rows));
  installGlobal(sim);
  return sim;
}

/** The real plan for the book: check + buildWritePlan with the pane's default outputs. */
async function realPlan(sim: SimulatedExcel): Promise<WritePlan> {
  const snapshot = await readSnapshot(ctxOf(sim));
  const { report, model } = check(snapshot);
  sim.resetMetrics();
  return buildWritePlan(report, model, DEFAULT_WRITE);
}

describe("constant round trips for a whole check-and-write (issue #4 item 5)", () => {
  const measured = new Map<number, { syncs: number; max: number; apply: number }>();

  test.each([100, 2000, 20000])(
    "%p rows: runCheck writing every default output reads in 2 syncs and writes in 1, each request <= 5 MB",
    async (rows) => {
      const sim = productionSim(rows);
      const result = await runCheck(ctxOf(sim), { plan: DEFAULT_WRITE });
      expect(result.plan?.sheets.map((s) => s.kind)).toEqual([
        "conflicts",
        "priorities",
        "dood",
        "cost-report",
        "call-sheet",
      ]);
      expect(result.report.conflicts.length).toBeGreaterThan(0);
      expect(sim.values("Priorities")).toHaveLength(rows + 1);
      expect(sim.sheetNames()).toContain(`Call Sheet ${FIRST_DAY_ISO}`);
      expect(sim.metrics.syncs).toBe(3);
      expect(sim.maxRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
      // Measured, not assumed: at 20,000 rows the one write carries megabytes (a 1 MB budget would split it).
      if (rows === 20000) expect(sim.metrics.requestBytes[2]).toBeGreaterThan(1024 * 1024);

      // The pane's way: the same real plan applied in its own context (finds old output, then writes).
      const plan = await realPlan(sim);
      await applyPlan(ctxOf(sim), plan);
      measured.set(rows, { syncs: 3, max: sim.maxRequestBytes, apply: sim.metrics.syncs });
      expect(sim.metrics.syncs).toBe(3);
      expect(sim.maxRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    },
    60_000,
  );

  test("the counts are the same at 100, 2,000 and 20,000 rows and never above 8", () => {
    const counts = [100, 2000, 20000].map((n) => measured.get(n));
    expect(counts.every((c) => c !== undefined)).toBe(true);
    expect(new Set(counts.map((c) => `${c!.syncs}/${c!.apply}`)).size).toBe(1);
    expect(Math.max(...counts.map((c) => Math.max(c!.syncs, c!.apply)))).toBeLessThanOrEqual(8);
  });

  test("a rerun over the previous output (delete and re-add the same sheet names in one batch) is still one write", async () => {
    const sim = productionSim(400);
    await runCheck(ctxOf(sim), { plan: DEFAULT_WRITE });
    const once = sim.dump();
    sim.resetMetrics();
    await runCheck(ctxOf(sim), { plan: DEFAULT_WRITE });
    expect(sim.metrics.syncs).toBe(3);
    expect(sim.dump()).toEqual(once);
  });

  test("a response over the web's 5 MB falls back to reading values in blocks (more syncs only then)", async () => {
    const sim = book(300);
    const ctx = ctxOf(sim);
    const syncs = payloadLimitOnSecondSync(ctx);
    const snap = await readSnapshot(ctx);
    expect(snap.sheets[0].tables[0].values).toHaveLength(301);
    expect(snap.sheets[0].tables[0].values[300][0]).toBe("S300");
    expect(syncs.calls).toBe(4);
  });

  test("other errors of the values read are not swallowed", async () => {
    const sim = book(3);
    const ctx = ctxOf(sim);
    const realSync = ctx.sync.bind(ctx);
    let calls = 0;
    ctx.sync = async () => {
      if (++calls === 2) throw Object.assign(new Error("busy"), { code: "GeneralException" });
      return realSync();
    };
    await expect(readSnapshot(ctx)).rejects.toMatchObject({ code: "GeneralException" });
  });

  test.each([
    ["1.5", 3],
    ["1.6", 2],
    ["1.12", 2],
  ])("with ExcelApi %p, finding earlier highlights takes %p syncs, and a rerun removes them", async (api, syncs) => {
    const sim = book(50);
    sim.apiVersion = api;
    await applyPlan(ctxOf(sim), planFor(50));
    const once = sim.dump();
    sim.resetMetrics();
    await readSnapshot(ctxOf(sim));
    expect(sim.metrics.syncs).toBe(syncs);
    await applyPlan(ctxOf(sim), planFor(50));
    expect(sim.dump()).toEqual(once);
  });
});

describe("culture and date system", () => {
  test.each([
    ["1.10", "en-GB", false, undefined, undefined],
    ["1.11", "en-GB", false, "en-GB", undefined],
    ["1.15", "de-DE", true, "de-DE", undefined],
    ["1.16", "de-DE", true, "de-DE", true],
    ["1.16", "en-US", false, "en-US", undefined],
  ])("ExcelApi %p, culture %p, 1904 %p -> snapshot culture %p, date1904 %p", async (api, culture, d1904, c, d) => {
    const sim = book(2);
    sim.apiVersion = api;
    sim.state.culture = culture;
    sim.state.date1904 = d1904;
    const snap = await readSnapshot(ctxOf(sim));
    expect(snap.culture).toBe(c);
    expect(snap.date1904).toBe(d);
  });

  test.each([
    ["the system's, where Excel uses it", "1.11", ",", ".", true, ","],
    ["Excel's own, where the user set one", "1.11", ",", ".", false, "."],
    ["none before ExcelApi 1.11", "1.10", ",", ",", true, undefined],
  ])("decimal separator: %s", async (_name, api, system, own, useSystem, expected) => {
    const sim = book(2);
    sim.apiVersion = api;
    sim.state.culture = "de-DE";
    sim.state.systemDecimalSeparator = system;
    sim.state.excelDecimalSeparator = own;
    sim.state.useSystemSeparators = useSystem;
    const snap = await readSnapshot(ctxOf(sim));
    expect(snap.decimalSeparator).toBe(expected);
  });
});

describe("plan compaction", () => {
  const run = (range: string, style: StyleRun["style"]): StyleRun => ({ range, style });
  const red = { fill: "#FF0000" };
  const bold = { bold: true };

  test.each<[string, StyleRun[], string[]]>([
    ["stacked rows of one style become one rectangle", [run("A3", red), run("A4", red), run("A5", red)], ["A3:A5"]],
    ["a gap of one row keeps two runs", [run("A3", red), run("A5", red)], ["A3", "A5"]],
    ["other columns keep two runs", [run("A3", red), run("A4:B4", red)], ["A3", "A4:B4"]],
    ["another style keeps two runs", [run("A3", red), run("A4", bold)], ["A3", "A4"]],
    [
      "a run in between on other cells does not block",
      [run("A3", red), run("C3", bold), run("A4", red)],
      ["A3:A4", "C3"],
    ],
    [
      "a run in between on the same cells blocks (order matters)",
      [run("A3", red), run("A4", bold), run("A4", red)],
      ["A3", "A4", "A4"],
    ],
    ["multi-row runs stack too", [run("B2:C3", red), run("B4:C6", red)], ["B2:C6"]],
    ["an unreadable range is kept as it is", [run("nonsense", red), run("A1", red)], ["nonsense", "A1"]],
  ])("%s", (_name, runs, ranges) => {
    expect(compactStyles(runs).map((r) => r.range)).toEqual(ranges);
  });

  test("compacting gives the same formatted cells as the runs one by one", () => {
    const runs = [
      run("A1:C1", bold),
      run("A2", red),
      run("B2", bold),
      run("A3", red),
      run("A3:C3", bold),
      run("A4", red),
    ];
    const paint = (list: StyleRun[]) => {
      const cells = new Map<string, string>();
      for (const r of list) {
        const [a, b = a] = r.range.split(":");
        const col = (x: string) => x.charCodeAt(0) - 64;
        const row = (x: string) => Number(x.slice(1));
        for (let i = row(a); i <= row(b); i++)
          for (let j = col(a); j <= col(b); j++)
            cells.set(`${i},${j}`, JSON.stringify({ ...JSON.parse(cells.get(`${i},${j}`) ?? "{}"), ...r.style }));
      }
      return [...cells.entries()].sort();
    };
    expect(paint(compactStyles(runs))).toEqual(paint(runs));
  });

  test.each<[[number, number][], string]>([
    [[], ""],
    [[[1, 8]], "1-1:8"],
    [
      [
        [3, 7],
        [4, 7],
        [5, 9],
      ],
      "3-4:7 5-5:9",
    ],
    [
      [
        [3, 7],
        [5, 7],
      ],
      "3-3:7 5-5:7",
    ],
    [
      [
        [5, 7],
        [4, 7],
      ],
      "4-5:7",
    ],
  ])("bands(%p) = %p", (entries, expected) => {
    expect(
      bands(entries)
        .map((b) => `${b.from}-${b.to}:${b.value}`)
        .join(" "),
    ).toBe(expected);
  });

  test("the DOOD's day columns get their width in one call and number formats go once per range", async () => {
    const sim = productionSim(2000);
    const plan = await realPlan(sim);
    await applyPlan(ctxOf(sim), plan);
    const dood = plan.sheets.find((s) => s.kind === "dood")!;
    const doodSheet = sim.sheet("DOOD");
    // Cast #, Name and Character (frozen), the days, five totals.
    const nameCols = dood.freeze!.columns;
    expect(nameCols).toBe(3);
    const dayCols = dood.columnWidths.length - nameCols - 5;
    expect(dayCols).toBe(50);
    expect(new Set(Array.from({ length: dayCols }, (_, i) => doodSheet.columnWidths.get(nameCols + 1 + i))).size).toBe(
      1,
    );
    const priorities = sim.sheet("Priorities");
    expect(priorities.cell(2, 3)?.numberFormat).toBe("yyyy-mm-dd");
    expect(priorities.cell(2001, 3)?.numberFormat).toBe("yyyy-mm-dd");
    expect(priorities.cell(2002, 3)?.numberFormat).toBeUndefined();
  }, 30_000);
});

describe("readThenApply (for the task pane)", () => {
  test.each([
    ["a plan", true, 3],
    ["no plan", false, 2],
  ])("with %s: one read, the caller's plan, one write (%p -> %p syncs)", async (_name, write, syncs) => {
    const sim = productionSim(200);
    const result = await readThenApply(ctxOf(sim), async (snapshot) => {
      if (!write) return null;
      const { report, model } = check(snapshot);
      return buildWritePlan(report, model, DEFAULT_WRITE);
    });
    expect(sim.metrics.syncs).toBe(syncs);
    expect(result?.sheetNames.conflicts).toBe(write ? "Conflicts" : undefined);
    expect(sim.sheetNames().includes("Conflicts")).toBe(write);
  });
});

describe("further tables on a generated sheet (GeneratedSheet.tables)", () => {
  const ISSUES: Row[] = [
    ["Code", "Cell", "Message"],
    ["bad-date", "B3", "not a date"],
  ];
  /** The conflicts list of planFor(10) (A1:D3) plus a data-issues table at C7:E8. */
  function planWithIssues(extra: Partial<GeneratedSheet> = {}): WritePlan {
    const plan = planFor(10);
    const c = plan.sheets[0];
    c.blocks.push({ at: "C7", values: ISSUES });
    c.table = { range: "A1:D3", name: "PC_Conflicts" };
    c.tables = [{ range: "C7:E8", name: "PC_DataIssues" }];
    Object.assign(c, extra);
    return plan;
  }
  const tablesOf = (sim: SimulatedExcel) =>
    sim.state.tables.map((t) => `${t.sheet.name}!${rectAddress(t.rect)}:${t.name}`);

  test("are added in the same write: 2 syncs to find the earlier output, 1 to write", async () => {
    const sim = book(10);
    // Without `added`, applyPlan finds the earlier output first (2 syncs), then writes everything in 1.
    await applyPlan(ctxOf(sim), planWithIssues());
    expect(sim.metrics.syncs).toBe(3);
    expect(tablesOf(sim)).toEqual([
      "Schedule!A1:H11:Schedule",
      "Conflicts!A1:D3:PC_Conflicts",
      "Conflicts!C7:E8:PC_DataIssues",
    ]);
    expect(sim.sheet("Conflicts").cell(8, 3)?.value).toBe("bad-date");
  });

  test.each([
    ["PC_DataIssues", ["Conflicts!A1:D3:PC_Conflicts", "Conflicts!C7:E8:PC_DataIssues_2"]],
    ["PC_Conflicts", ["Conflicts!A1:D3:PC_Conflicts_2", "Conflicts!C7:E8:PC_DataIssues"]],
    ["PC_DataIssue", ["Conflicts!A1:D3:PC_Conflicts", "Conflicts!C7:E8:PC_DataIssues"]],
  ])("a user table named %p: the generated one takes the suffix", async (user, generated) => {
    const sim = book(5, [{ name: "Mine", rows: [["h"], [1]], table: user }]);
    await applyPlan(ctxOf(sim), planWithIssues());
    expect(tablesOf(sim)).toEqual(["Schedule!A1:H6:Schedule", `Mine!A1:A2:${user}`, ...generated]);
  });

  test("two tables of one sheet wanting the same name: the second takes _2", async () => {
    const sim = book(5);
    await applyPlan(ctxOf(sim), planWithIssues({ tables: [{ range: "C7:E8", name: "PC_Conflicts" }] }));
    expect(tablesOf(sim).slice(1)).toEqual(["Conflicts!A1:D3:PC_Conflicts", "Conflicts!C7:E8:PC_Conflicts_2"]);
  });

  test("a table overlapping another or a merge is left out instead of failing the whole write", async () => {
    const sim = book(5);
    const plan = planWithIssues({
      merges: ["F7:G7"],
      tables: [
        { range: "B2:C4", name: "Overlaps" },
        { range: "E6:F8", name: "OverMerge" },
        { range: "C7:E8", name: "PC_DataIssues" },
      ],
    });
    await applyPlan(ctxOf(sim), plan);
    expect(tablesOf(sim).slice(1)).toEqual(["Conflicts!A1:D3:PC_Conflicts", "Conflicts!C7:E8:PC_DataIssues"]);
  });

  test("a rerun gives the same tables (no _2 piling up); Clear removes them and keeps the user's", async () => {
    const sim = book(10);
    await applyPlan(ctxOf(sim), planWithIssues());
    const once = tablesOf(sim);
    await applyPlan(ctxOf(sim), planWithIssues());
    expect(tablesOf(sim)).toEqual(once);
    await clearAdded(ctxOf(sim));
    expect(tablesOf(sim)).toEqual(["Schedule!A1:H11:Schedule"]);
  });
});
