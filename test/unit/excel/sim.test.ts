import { SimulatedExcel, SimError } from "../../sim-excel";

function setup(
  seeds = [
    {
      name: "Schedule",
      rows: [
        ["Scene", "Date"],
        [1, 46083],
      ] as (string | number)[][],
    },
  ],
) {
  const sim = SimulatedExcel.fromSheets(seeds);
  return { sim, ctx: sim.context() };
}

async function codeOf(p: Promise<unknown> | (() => unknown)): Promise<string | undefined> {
  try {
    if (typeof p === "function") p();
    else await p;
  } catch (e) {
    return (e as SimError).code;
  }
  return undefined;
}

describe("load and sync", () => {
  test("reading a property that was never loaded throws PropertyNotLoaded", async () => {
    const { ctx } = setup();
    const ws = ctx.workbook.worksheets.getItem("Schedule");
    expect(await codeOf(() => ws.name)).toBe("PropertyNotLoaded");
    await ctx.sync();
    expect(await codeOf(() => ws.name)).toBe("PropertyNotLoaded");
  });

  test("a loaded property is readable only after sync", async () => {
    const { ctx } = setup();
    const r = ctx.workbook.worksheets.getItem("Schedule").getRange("A1:B2").load("values");
    expect(await codeOf(() => r.values)).toBe("PropertyNotLoaded");
    await ctx.sync();
    expect(r.values).toEqual([
      ["Scene", "Date"],
      [1, 46083],
    ]);
  });

  test.each([
    ["string", "address"],
    ["comma list", "address, rowCount"],
    ["array", ["address", "rowCount"]],
    ["object", { address: true, rowCount: true }],
    ["select", { select: "address,rowCount" }],
  ])("load accepts the %s form", async (_label, spec) => {
    const { ctx } = setup();
    const r = ctx.workbook.worksheets
      .getItem("Schedule")
      .getRange("B2:C4")
      .load(spec as string);
    await ctx.sync();
    expect(r.address).toBe("Schedule!B2:C4");
    if (typeof spec !== "string" || spec.includes("rowCount")) expect(r.rowCount).toBe(3);
    else expect(await codeOf(() => r.rowCount)).toBe("PropertyNotLoaded");
  });

  test("collections: items must be loaded; load('name') loads items/name", async () => {
    const { ctx } = setup([
      { name: "A", rows: [[1]] },
      { name: "B", rows: [[2]] },
    ]);
    const sheets = ctx.workbook.worksheets;
    expect(await codeOf(() => sheets.items)).toBe("PropertyNotLoaded");
    sheets.load("name");
    await ctx.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["A", "B"]);
    expect(await codeOf(() => sheets.items[0].visibility)).toBe("PropertyNotLoaded");
  });

  test("loaded values are a snapshot taken at sync, not live", async () => {
    const { sim, ctx } = setup();
    const r = ctx.workbook.worksheets.getItem("Schedule").getRange("A2").load("values");
    await ctx.sync();
    sim.type("Schedule", 2, 1, 99);
    expect(r.values).toEqual([[1]]);
  });
});

describe("null objects and missing items", () => {
  test.each([
    ["Schedule", false],
    ["schedule", false],
    ["Schedul", true],
    ["Schedule ", true],
  ])("getItemOrNullObject(%p).isNullObject = %p after sync (and throws before)", async (name, isNull) => {
    const { ctx } = setup();
    const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
    ws.load("name");
    expect(await codeOf(() => ws.isNullObject)).toBe("PropertyNotLoaded");
    await ctx.sync();
    expect(ws.isNullObject).toBe(isNull);
    if (isNull) expect(await codeOf(() => ws.name)).toBe("PropertyNotLoaded");
  });

  test("getItem of a missing sheet fails at sync with ItemNotFound", async () => {
    const { ctx } = setup();
    ctx.workbook.worksheets.getItem("Nope").load("name");
    expect(await codeOf(ctx.sync())).toBe("ItemNotFound");
  });

  test("using a null object fails with ItemNotFound", async () => {
    const { ctx } = setup();
    ctx.workbook.worksheets.getItemOrNullObject("Nope").getRange("A1").values = [["x"]];
    expect(await codeOf(ctx.sync())).toBe("ItemNotFound");
  });

  test("getUsedRangeOrNullObject is a null object on an empty sheet, getUsedRange is A1", async () => {
    const { ctx } = setup([{ name: "Empty", rows: [] }]);
    const ws = ctx.workbook.worksheets.getItem("Empty");
    const u = ws.getUsedRangeOrNullObject().load("address");
    const v = ws.getUsedRange().load("address");
    await ctx.sync();
    expect(u.isNullObject).toBe(true);
    expect(v.address).toBe("Empty!A1");
  });

  test("settings: getItemOrNullObject, add, value JSON", async () => {
    const { ctx } = setup();
    const missing = ctx.workbook.settings.getItemOrNullObject("k").load("value");
    ctx.workbook.settings.add("k", { a: [1, "x"] });
    const found = ctx.workbook.settings.getItemOrNullObject("K").load("value");
    await ctx.sync();
    expect(missing.isNullObject).toBe(true);
    expect(found.value).toEqual({ a: [1, "x"] });
  });
});

describe("sheet names", () => {
  test.each([
    ["a".repeat(31), undefined],
    ["a".repeat(32), "InvalidArgument"],
    ["Call Sheet 2026-03-02", undefined],
    ["a:b", "InvalidArgument"],
    ["a\\b", "InvalidArgument"],
    ["a/b", "InvalidArgument"],
    ["a?b", "InvalidArgument"],
    ["a*b", "InvalidArgument"],
    ["a[b", "InvalidArgument"],
    ["a]b", "InvalidArgument"],
    ["'ab", "InvalidArgument"],
    ["ab'", "InvalidArgument"],
    ["a'b", undefined],
    ["", "InvalidArgument"],
    ["   ", "InvalidArgument"],
    ["History", "InvalidArgument"],
    ["HISTORY", "InvalidArgument"],
    ["History1", undefined],
    ["schedule", "ItemAlreadyExists"],
    ["Schedule (2)", undefined],
  ])("add(%p) -> %p", async (name, code) => {
    const { sim, ctx } = setup();
    ctx.workbook.worksheets.add(name);
    expect(await codeOf(ctx.sync())).toBe(code);
    expect(sim.sheetNames().length).toBe(code ? 1 : 2);
  });

  test("renaming onto an existing name (any case) is ItemAlreadyExists", async () => {
    const { ctx } = setup([
      { name: "A", rows: [] },
      { name: "B", rows: [] },
    ]);
    ctx.workbook.worksheets.getItem("B").name = "a";
    expect(await codeOf(ctx.sync())).toBe("ItemAlreadyExists");
  });
});

describe("custom properties, tables, conditional formats", () => {
  test.each([
    [1, undefined],
    [255, undefined],
    [256, "InvalidArgument"],
    [0, "InvalidArgument"],
  ])("custom property key of %p chars -> %p", async (len, code) => {
    const { ctx } = setup();
    ctx.workbook.worksheets.getItem("Schedule").customProperties.add("k".repeat(len), "v");
    expect(await codeOf(ctx.sync())).toBe(code);
  });

  test("table names are unique across the workbook, case-insensitively", async () => {
    const { ctx } = setup([
      { name: "A", rows: [["h"], [1]] },
      { name: "B", rows: [["h"], [1]] },
    ]);
    ctx.workbook.worksheets.getItem("A").tables.add("A1:A2", true).name = "Cast";
    await ctx.sync();
    ctx.workbook.worksheets.getItem("B").tables.add("A1:A2", true).name = "CAST";
    expect(await codeOf(ctx.sync())).toBe("ItemAlreadyExists");
  });

  test("overlapping tables are refused", async () => {
    const { ctx } = setup([
      {
        name: "A",
        rows: [
          ["h", "i"],
          [1, 2],
        ],
      },
    ]);
    const ws = ctx.workbook.worksheets.getItem("A");
    ws.tables.add("A1:B2", true);
    ws.tables.add("B1:B2", true);
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
  });

  test("custom of a non-custom conditional format throws; of a custom one reads the formula", async () => {
    const { sim, ctx } = setup();
    const r = ctx.workbook.worksheets.getItem("Schedule").getRange("A1:B2");
    const cf = r.conditionalFormats.add("Custom");
    cf.custom.rule.formula = '=ISTEXT("x")';
    cf.custom.format.fill.color = "#FF0000";
    r.conditionalFormats.add("CellValue");
    const list = r.conditionalFormats.load("items/type");
    await ctx.sync();
    expect(list.items.map((i) => i.type)).toEqual(["Custom", "CellValue"]);
    const ok = list.items[0].custom.rule.load("formula");
    await ctx.sync();
    expect(ok.formula).toBe('=ISTEXT("x")');
    list.items[1].custom.rule.load("formula");
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    expect(sim.sheet("Schedule").conditionalFormats[0].fill).toBe("#FF0000");
  });
});

describe("values: Excel's typing rules", () => {
  test.each([
    ["=SUM(A1)", 0, "=SUM(A1)"],
    ["'=SUM(A1)", "=SUM(A1)", undefined],
    ["+1", 1, undefined],
    ["-2.5", -2.5, undefined],
    ["-x", 0, "=-x"],
    ["+x", 0, "=+x"],
    ["@foo", 0, "=@foo"],
    ["7:30", 7.5 / 24, undefined],
    ["2026-03-02", 46083, undefined],
    ["3/2/2026", 46083, undefined],
    ["TRUE", true, undefined],
    ["#N/A", "#N/A", undefined],
    ["12%", 0.12, undefined],
    ["plain text", "plain text", undefined],
    ["-", "-", undefined],
    ["=", "=", undefined],
  ])("writing %p stores value %p, formula %p", async (input, value, formula) => {
    const { sim, ctx } = setup();
    ctx.workbook.worksheets.getItem("Schedule").getRange("D1").values = [[input]];
    await ctx.sync();
    const cell = sim.sheet("Schedule").cell(1, 4)!;
    expect(sim.values("Schedule", { row: 1, col: 4, rows: 1, cols: 1 })[0][0]).toEqual(value);
    expect(cell.formula).toBe(formula);
  });

  test("a text number format set first keeps '=' text as typed", async () => {
    const { sim, ctx } = setup();
    const r = ctx.workbook.worksheets.getItem("Schedule").getRange("D1");
    r.numberFormat = [["@"]];
    r.values = [["=SUM(A1)"]];
    await ctx.sync();
    expect(sim.sheet("Schedule").cell(1, 4)?.value).toBe("=SUM(A1)");
    expect(sim.sheet("Schedule").cell(1, 4)?.formula).toBeUndefined();
  });

  test.each([
    [[["a", "b"]], undefined],
    [[["a"]], "InvalidArgument"],
    [[["a", "b", "c"]], "InvalidArgument"],
    [
      [
        ["a", "b"],
        ["c", "d"],
      ],
      "InvalidArgument",
    ],
  ])("values %j into A1:B1 -> %p", async (values, code) => {
    const { ctx } = setup();
    ctx.workbook.worksheets.getItem("Schedule").getRange("A1:B1").values = values;
    expect(await codeOf(ctx.sync())).toBe(code);
  });

  test("null in a values array leaves that cell unchanged", async () => {
    const { sim, ctx } = setup();
    ctx.workbook.worksheets.getItem("Schedule").getRange("A1:B1").values = [[null, "x"]];
    await ctx.sync();
    expect(sim.values("Schedule")[0]).toEqual(["Scene", "x"]);
  });
});

describe("limits, edit mode, metrics", () => {
  test("a request over 5 MB is refused with RequestPayloadSizeLimitExceeded and nothing is applied", async () => {
    const { sim, ctx } = setup();
    const ws = ctx.workbook.worksheets.getItem("Schedule");
    const big = Array.from({ length: 1000 }, () => ["x".repeat(5300)]);
    ws.getRange("A1:A1000").values = big;
    expect(await codeOf(ctx.sync())).toBe("RequestPayloadSizeLimitExceeded");
    expect(sim.values("Schedule")[0][0]).toBe("Scene");
  });

  test("just under 5 MB passes", async () => {
    const { sim, ctx } = setup();
    ctx.workbook.worksheets.getItem("Schedule").getRange("A1:A1000").values = Array.from({ length: 1000 }, () => [
      "x".repeat(5200),
    ]);
    await ctx.sync();
    expect(sim.maxRequestBytes).toBeGreaterThan(5_000_000);
    expect(sim.maxRequestBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
  });

  test("cell edit mode makes every sync fail until it ends", async () => {
    const { sim, ctx } = setup();
    sim.setCellEditMode(true);
    ctx.workbook.worksheets.load("items/name");
    expect(await codeOf(ctx.sync())).toBe("InvalidOperationInCellEditMode");
    sim.setCellEditMode(false);
    ctx.workbook.worksheets.load("items/name");
    expect(await codeOf(ctx.sync())).toBeUndefined();
  });

  test("syncs are counted; an empty sync is not a round trip", async () => {
    const { sim, ctx } = setup();
    await ctx.sync();
    ctx.workbook.worksheets.load("items/name");
    await ctx.sync();
    ctx.workbook.worksheets.getItem("Schedule").getRange("A1").values = [["x"]];
    await ctx.sync();
    expect(sim.metrics.syncs).toBe(2);
    expect(sim.metrics.requestBytes).toHaveLength(2);
  });
});

describe("page breaks and row heights (what a printed call sheet uses)", () => {
  test("horizontalPageBreaks.add queues a break above the range's first row, applied at sync", async () => {
    const { sim, ctx } = setup();
    const breaks = ctx.workbook.worksheets.getItem("Schedule").horizontalPageBreaks;
    breaks.add("A30");
    breaks.add("C12:D14");
    expect(sim.sheet("Schedule").pageBreaks).toEqual([]);
    await ctx.sync();
    expect(sim.sheet("Schedule").pageBreaks).toEqual([12, 30]);
    // The same break twice is one break.
    breaks.add("B12");
    await ctx.sync();
    expect(sim.sheet("Schedule").pageBreaks).toEqual([12, 30]);
  });

  test("items, getCount and rowIndex must be loaded and synced; rowIndex is the zero-based row after it", async () => {
    const { ctx } = setup();
    const breaks = ctx.workbook.worksheets.getItem("Schedule").horizontalPageBreaks;
    breaks.add("A12");
    const count = breaks.getCount();
    expect(await codeOf(() => count.value)).toBe("PropertyNotLoaded");
    expect(await codeOf(() => breaks.items)).toBe("PropertyNotLoaded");
    await ctx.sync();
    expect(count.value).toBe(1);
    expect(await codeOf(() => breaks.items)).toBe("PropertyNotLoaded");
    breaks.load("items/rowIndex");
    await ctx.sync();
    expect(breaks.items.map((b) => b.rowIndex)).toEqual([11]);
    const one = breaks.getItem(0);
    expect(await codeOf(() => one.rowIndex)).toBe("PropertyNotLoaded");
  });

  test("a break above row 1 or a bad address fails at sync with InvalidArgument; getItem past the end ItemNotFound", async () => {
    const { ctx } = setup();
    const breaks = ctx.workbook.worksheets.getItem("Schedule").horizontalPageBreaks;
    breaks.add("A1");
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    breaks.add("not an address");
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    breaks.getItem(3).load("rowIndex");
    expect(await codeOf(ctx.sync())).toBe("ItemNotFound");
  });

  test("verticalPageBreaks.add: a break left of the range's first column; left of column A is refused", async () => {
    const { sim, ctx } = setup();
    const ws = ctx.workbook.worksheets.getItem("Schedule");
    ws.verticalPageBreaks.add("O1");
    ws.verticalPageBreaks.add("C5:D9");
    ws.verticalPageBreaks.add("O3");
    await ctx.sync();
    expect(sim.sheet("Schedule").columnBreaks).toEqual([3, 15]);
    // The horizontal breaks are another list.
    expect(sim.sheet("Schedule").pageBreaks).toEqual([]);
    ws.verticalPageBreaks.load("items/columnIndex,items/rowIndex");
    await ctx.sync();
    expect(ws.verticalPageBreaks.items.map((b) => [b.columnIndex, b.rowIndex])).toEqual([
      [2, 0],
      [14, 0],
    ]);
    ws.verticalPageBreaks.add("A7");
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
  });

  test("delete and removePageBreaks; a deleted break is gone (ItemNotFound)", async () => {
    const { sim, ctx } = setup();
    const breaks = ctx.workbook.worksheets.getItem("Schedule").horizontalPageBreaks;
    const first = breaks.add("A5");
    breaks.add("A9");
    breaks.add("A20");
    await ctx.sync();
    first.delete();
    await ctx.sync();
    expect(sim.sheet("Schedule").pageBreaks).toEqual([9, 20]);
    first.delete();
    expect(await codeOf(ctx.sync())).toBe("ItemNotFound");
    breaks.removePageBreaks();
    await ctx.sync();
    expect(sim.sheet("Schedule").pageBreaks).toEqual([]);
  });

  test("format.rowHeight is set per row of the range and read back after load", async () => {
    const { sim, ctx } = setup();
    const ws = ctx.workbook.worksheets.getItem("Schedule");
    ws.getRange("3:4").format.rowHeight = 45;
    const format = ws.getRange("A3").format.load("rowHeight");
    await ctx.sync();
    expect(format.rowHeight).toBe(45);
    expect([...sim.sheet("Schedule").rowHeights]).toEqual([
      [3, 45],
      [4, 45],
    ]);
  });
});
