import ExcelJS from "exceljs";
import { generatedIn, generatedSheetNames, readMeta, writeMeta, type RegistryEntry } from "../../../src/xlsx/meta";

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
    expect(readMeta(back).entries).toEqual([{ name: "DOOD", key: "dood", sheetId: dood.id }]);
    back.getWorksheet("DOOD")!.name = "DOOD (kept)";
    expect([...generatedIn(back)]).toEqual(["DOOD (kept)"]);
  });
});
