/**
 * The simulator renames and deletes sheets the way Excel does for formulas that refer to them: a rename rewrites
 * the `'Name'!` / `Name!` prefix, a deletion leaves `#REF!` (and a #REF! value) in its place.
 */
import { SimulatedExcel } from "../../sim-excel";
import { rewriteSheetReferences } from "../../sim-excel/state";

describe("rewriteSheetReferences: one formula", () => {
  test.each([
    ["quoted", "='DOOD'!$A$1", "DOOD", "'DOOD v1'!", "='DOOD v1'!$A$1"],
    ["plain", "=DOOD!A1+DOOD!B2", "DOOD", "'DOOD v1'!", "='DOOD v1'!A1+'DOOD v1'!B2"],
    ["any case, as Excel matches names", "=dood!A1", "DOOD", "X!", "=X!A1"],
    ["'' inside a quoted name", "='Ana''s'!A1", "Ana's", "#REF!", "=#REF!A1"],
    ["a name with regex characters", "='Cost (2)'!A1", "Cost (2)", "#REF!", "=#REF!A1"],
    ["near miss: a longer plain name", "=XDOOD!A1", "DOOD", "#REF!", "=XDOOD!A1"],
    ["near miss: a quoted name ending in it", "='My DOOD'!A1", "DOOD", "#REF!", "='My DOOD'!A1"],
    ["near miss: another workbook's sheet", "=[1]DOOD!A1", "DOOD", "#REF!", "=[1]DOOD!A1"],
    ["near miss: the name without !", '="DOOD"&A1', "DOOD", "#REF!", '="DOOD"&A1'],
  ])("%s", (_title, formula, sheet, replacement, expected) => {
    expect(rewriteSheetReferences(formula, sheet, replacement)).toBe(expected);
  });
});

describe("the simulator, renaming and deleting through Office.js", () => {
  function book() {
    const sim = SimulatedExcel.fromSheets([
      { name: "Notes", rows: [["x"]] },
      { name: "DOOD", rows: [["Day out of Days"]] },
      { name: "Other", rows: [["y"]] },
    ]);
    sim.type("Notes", 1, 2, "='DOOD'!$A$1");
    sim.type("Notes", 1, 3, "=Other!A1");
    return sim;
  }
  async function formulas(sim: SimulatedExcel): Promise<unknown[][]> {
    return sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Notes").getRange("B1:C1").load("formulas,values");
      await ctx.sync();
      return [r.formulas[0], r.values[0]];
    });
  }

  test("a rename rewrites references to that sheet only", async () => {
    const sim = book();
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("DOOD").name = "DOOD v1";
    });
    expect((await formulas(sim))[0]).toEqual(["='DOOD v1'!$A$1", "=Other!A1"]);
  });

  test("a deletion leaves #REF! in references to that sheet only", async () => {
    const sim = book();
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("DOOD").delete();
    });
    const [f, v] = await formulas(sim);
    expect(f).toEqual(["=#REF!$A$1", "=Other!A1"]);
    expect(v[0]).toBe("#REF!");
  });
});
