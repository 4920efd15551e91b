import ExcelJS from "exceljs";
import { generatedIn, readMeta, writeMeta } from "../../../src/xlsx/meta";
import { generatedSheetNames, type RegistryEntry } from "../../../src/core/registry";
import { snapshotFromXlsxBuffer } from "../../../src/xlsx/fast-read";
import { snapshotFromExcelJS } from "../../../src/xlsx/read";
import { removeSheet, rename } from "../../conformance14/secondday";

describe("which sheets the registry lists as generated", () => {
  const sheets = [
    { name: "Schedule", id: 1 },
    { name: "DOOD v1", id: 4 },
    { name: "DOOD", id: 9 },
    { name: "Conflicts", id: 5 },
  ];
  test.each<[string, RegistryEntry[], string[]]>([
    [
      "by sheetId: a renamed generated sheet is still generated",
      [{ name: "DOOD", key: "dood", sheetId: 4 }],
      ["DOOD v1"],
    ],
    [
      "by sheetId: a user's sheet under a deleted generated sheet's name is not",
      [{ name: "DOOD", key: "dood", sheetId: 7 }],
      [],
    ],
    ["by name in a registry without sheetIds", [{ name: "Conflicts", key: "conflicts" }], ["Conflicts"]],
    ["a generated sheet the user deleted", [{ name: "Priorities", key: "priorities", sheetId: 6 }], []],
    [
      "by link: it wins over the sheetId (LibreOffice renumbers sheetIds when it saves)",
      [{ name: "DOOD", key: "dood", sheetId: 5, link: { kind: "sheet", name: "DOOD v1" } }],
      ["DOOD v1"],
    ],
    [
      "by link: a deleted sheet's name is the user's again, whatever sheet has its old sheetId",
      [{ name: "DOOD", key: "dood", sheetId: 9, link: { kind: "deleted" } }],
      [],
    ],
    [
      "by link: a link to a sheet the book lacks (renamed by a tool that keeps formulas) falls back to the sheetId",
      [{ name: "DOOD", key: "dood", sheetId: 4, link: { kind: "sheet", name: "DOOD" + " old" } }],
      ["DOOD v1"],
    ],
  ])("%s", (_title, entries, expected) => {
    expect([...generatedSheetNames(entries, sheets)]).toEqual(expected);
  });

  test("a rerun keeps each generated sheet's sheetId in the registry, and reads it back", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Schedule");
    const dood = wb.addWorksheet("DOOD");
    writeMeta(wb, new Map([["DOOD", "dood"]]));
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(readMeta(back).entries).toEqual([
      { name: "DOOD", key: "dood", sheetId: dood.id, link: { kind: "sheet", name: "DOOD" } },
    ]);
    back.getWorksheet("DOOD")!.name = "DOOD (kept)";
    expect([...generatedIn(back)]).toEqual(["DOOD (kept)"]);
  });
});

describe("column E: each generated sheet's link formula", () => {
  /** A checked copy: one user sheet and two generated ones, saved and opened again as the user would. */
  async function checkedCopy(): Promise<ExcelJS.Workbook> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Schedule").getCell("A1").value = "ID";
    wb.addWorksheet("DOOD").getCell("A1").value = "Day out of Days";
    wb.addWorksheet("Ana's Calls").getCell("A1").value = "Call sheet";
    writeMeta(
      wb,
      new Map([
        ["DOOD", "dood"],
        ["Ana's Calls", "call-sheet:2026-03-02"],
      ]),
    );
    return reopen(wb);
  }
  async function reopen(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    return back;
  }
  /** The generated sheets as the ExcelJS reader and as the fast reader see them. */
  async function generatedBothWays(wb: ExcelJS.Workbook): Promise<{ exceljs: string[]; fast: string[] }> {
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    const back = await reopen(wb);
    const names = (s: { sheets: { name: string; generated?: boolean }[] }) =>
      s.sheets.filter((x) => x.generated).map((x) => x.name);
    return { exceljs: names(snapshotFromExcelJS(back)), fast: names(snapshotFromXlsxBuffer(buffer)) };
  }

  test("is written for every generated sheet, quoted, with ' doubled, and read back", async () => {
    const wb = await checkedCopy();
    const meta = wb.getWorksheet("_pc_meta")!;
    expect([meta.getCell("E2").formula, meta.getCell("E3").formula]).toEqual(["'DOOD'!$A$1", "'Ana''s Calls'!$A$1"]);
    expect(readMeta(wb).entries.map((e) => e.link)).toEqual([
      { kind: "sheet", name: "DOOD" },
      { kind: "sheet", name: "Ana's Calls" },
    ]);
    expect(await generatedBothWays(wb)).toEqual({ exceljs: ["DOOD", "Ana's Calls"], fast: ["DOOD", "Ana's Calls"] });
  });

  test("follows a rename even where the sheetIds no longer match (LibreOffice renumbers them)", async () => {
    const wb = await checkedCopy();
    rename(wb, "DOOD", "DOOD v1");
    rename(wb, "Ana's Calls", "Calls (old)");
    const meta = wb.getWorksheet("_pc_meta")!;
    meta.getCell("D2").value = "99";
    meta.getCell("D3").value = "98";
    expect(await generatedBothWays(wb)).toEqual({
      exceljs: ["DOOD v1", "Calls (old)"],
      fast: ["DOOD v1", "Calls (old)"],
    });
  });

  test("says #REF! for a deleted sheet: a user's new sheet under its name, even with its sheetId, is input", async () => {
    const wb = await checkedCopy();
    removeSheet(wb, "DOOD");
    const own = wb.addWorksheet("DOOD");
    const meta = wb.getWorksheet("_pc_meta")!;
    // The worst case: the registry's sheetId is the one the user's new sheet got.
    meta.getCell("D2").value = String(own.id);
    expect(meta.getCell("E2").formula).toBe("#REF!$A$1");
    expect(await generatedBothWays(wb)).toEqual({ exceljs: ["Ana's Calls"], fast: ["Ana's Calls"] });
  });

  test("a registry without column E still goes by sheetId, then by name", async () => {
    const wb = await checkedCopy();
    const meta = wb.getWorksheet("_pc_meta")!;
    meta.getCell("E2").value = null;
    meta.getCell("E3").value = null;
    meta.getCell("D3").value = null;
    wb.getWorksheet("DOOD")!.name = "DOOD v1";
    expect(await generatedBothWays(wb)).toEqual({
      exceljs: ["DOOD v1", "Ana's Calls"],
      fast: ["DOOD v1", "Ana's Calls"],
    });
  });

  test("a rewritten registry keeps a deleted sheet's row saying #REF!", async () => {
    const wb = await checkedCopy();
    removeSheet(wb, "DOOD");
    writeMeta(wb, readMeta(wb).entries);
    const back = await reopen(wb);
    expect(readMeta(back).entries[0]).toMatchObject({ name: "DOOD", link: { kind: "deleted" } });
  });
});
