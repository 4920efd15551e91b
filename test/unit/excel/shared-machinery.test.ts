import { SimulatedExcel, SimError } from "../../sim-excel";
import { highlightFormula, isHighlightFormula } from "../../../src/excel/markers";
import {
  highlightFormula as fileHighlightFormula,
  legalTableName as fileLegalTableName,
} from "../../../src/xlsx/write";
import { highlightFormulaText, isHighlightFormulaText, legalTableName } from "../../../src/core/plan-helpers";

function setup() {
  const sim = SimulatedExcel.fromSheets([{ name: "Schedule", rows: [["Scene"], [1]] }]);
  return { sim, ctx: sim.context() };
}

async function codeOf(run: () => unknown): Promise<string | undefined> {
  try {
    await run();
  } catch (e) {
    return e instanceof SimError ? e.code : `not a SimError: ${String(e)}`;
  }
  return undefined;
}

describe("highlight formula text is one rule for both executors", () => {
  test.each(["error", "warning"] as const)("%s: Office.js form is '=' + the ExcelJS form", (severity) => {
    expect(highlightFormula(severity)).toBe(`=${fileHighlightFormula(severity)}`);
    expect(fileHighlightFormula(severity)).toBe(`ISTEXT("ProductionCoordinator:${severity}")`);
    expect(isHighlightFormula(highlightFormula(severity))).toBe(true);
    expect(isHighlightFormulaText(highlightFormulaText(severity))).toBe(true);
  });

  test.each([
    ['=ISTEXT("ProductionCoordinator:error")', true],
    ['ISTEXT("ProductionCoordinator:warning")', true],
    ['=ISTEXT("ProductionCoordinator")', false], // marker without the severity colon
    ["=ISTEXT(ProductionCoordinator:error)", false], // not the quoted marker we write
    ['=ISTEXT("productioncoordinator:error")', false], // case matters
    ["=A1>0", false],
    ["", false],
    [null, false],
    [undefined, false],
    [42, false],
  ])("isHighlightFormulaText(%p) = %p", (formula, expected) => {
    expect(isHighlightFormulaText(formula)).toBe(expected);
  });
});

describe("legalTableName is shared", () => {
  test("the ExcelJS executor re-exports the core rule", () => {
    expect(fileLegalTableName).toBe(legalTableName);
  });
  test.each([
    ["Conflicts", "Conflicts"],
    ["AB12", "_AB12"],
    ["ABCD12", "ABCD12"], // four letters is past the last column XFD: no clash with a cell reference
    ["R1C1", "_R1C1"],
    ["RC", "_RC"],
    ["RCX", "RCX"],
    ["1st", "_1st"],
    ["a b", "a_b"],
  ])("%s -> %s", (wanted, expected) => {
    expect(legalTableName(wanted, new Set())).toBe(expected);
  });
});

describe("simulator: shared proxy machinery keeps its strictness", () => {
  test.each(["constructor", "toString", "__proto__", "hasOwnProperty"])(
    "load('%s') on the workbook is refused at sync with InvalidArgument",
    async (prop) => {
      const { ctx } = setup();
      ctx.workbook.load(prop);
      expect(await codeOf(() => ctx.sync())).toBe("InvalidArgument");
    },
  );

  test("a load-only scalar loads but has no getter (workbook name)", async () => {
    const { ctx } = setup();
    ctx.workbook.load("name");
    await ctx.sync();
    expect((ctx.workbook as unknown as Record<string, unknown>).name).toBeUndefined();
    expect(ctx.workbook.toJSON()).toEqual({ isNullObject: false, name: "Book1.xlsx" });
  });

  test.each([
    ["settings", "Setting"],
    ["customProperties", "Custom property"],
  ] as const)("%s: getItem of a missing key is ItemNotFound; OrNullObject is a null object", async (where, noun) => {
    const { ctx } = setup();
    const store =
      where === "settings" ? ctx.workbook.settings : ctx.workbook.worksheets.getItem("Schedule").customProperties;
    const missing = store.getItemOrNullObject("k").load("key");
    await ctx.sync();
    expect(missing.isNullObject).toBe(true);
    store.getItem("k");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound", message: `${noun} "k" not found.` });
    store.add("K", "v");
    const found = store.getItem("k").load("key, value");
    await ctx.sync();
    expect([found.key, found.value]).toEqual(["K", "v"]);
    found.delete();
    await ctx.sync();
    void found.load("value");
    expect(await codeOf(() => ctx.sync())).toBe("ItemNotFound");
  });

  test.each([
    [0, "InvalidArgument"],
    [1, undefined],
    [255, undefined],
    [256, "InvalidArgument"],
  ])("custom property key of length %i: %s", async (length, code) => {
    const { ctx } = setup();
    ctx.workbook.worksheets.getItem("Schedule").customProperties.add("x".repeat(length), "v");
    expect(await codeOf(() => ctx.sync())).toBe(code);
  });

  test("a read-only scalar cannot be set", () => {
    const { ctx } = setup();
    const ws = ctx.workbook.worksheets.getItem("Schedule");
    expect(() => {
      (ws as unknown as Record<string, unknown>).id = "x";
    }).toThrow(TypeError);
  });
});
