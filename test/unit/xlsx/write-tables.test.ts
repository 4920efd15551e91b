import ExcelJS from "exceljs";
import type { GeneratedSheet, WritePlan } from "../../../src/core/plan";
import { applyPlan, clearAdded, legalTableName, tablesToWrite } from "../../../src/xlsx/write";
import { dumpSheet, roundTrip } from "./dump";

function sheet(overrides: Partial<GeneratedSheet> = {}): GeneratedSheet {
  const rows = [
    ["#", "Type", "Message"],
    [1, "double-booking", "Ann twice"],
    [2, "turnaround", "Bo short"],
  ];
  const issues = [
    ["Code", "Cell", "Message"],
    ["bad-date", "B3", "not a date"],
  ];
  return {
    key: "conflicts",
    kind: "conflicts",
    name: "Conflicts",
    blocks: [
      { at: "A2", values: rows },
      { at: "C8", values: issues },
    ],
    styles: [{ range: "C8:E8", style: { bold: true, fill: "#DDEEFF" } }],
    merges: [],
    columnWidths: [],
    hyperlinks: [],
    table: { range: "A2:C4", name: "PC_Conflicts" },
    tables: [{ range: "C8:E9", name: "PC_DataIssues" }],
    ...overrides,
  };
}

function planOf(s: GeneratedSheet): WritePlan {
  return { highlights: [], sheets: [s] };
}

function userBook(tableName?: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Schedule");
  ws.addTable({
    name: tableName ?? "Strips",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "ID" }, { name: "Date" }],
    rows: [["S-1", 46083]],
  });
  return wb;
}

async function tablesBySheet(wb: ExcelJS.Workbook): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const ws of (await roundTrip(wb)).worksheets) {
    const t = dumpSheet(ws).tables;
    if (t.length > 0) out[ws.name] = t;
  }
  return out;
}

describe("legalTableName", () => {
  test.each([
    ["PC_DataIssues", [], "PC_DataIssues"],
    ["PC Data-Issues", [], "PC_Data_Issues"],
    ["1st", [], "_1st"],
    ["AB12", [], "_AB12"],
    ["XFD1", [], "_XFD1"],
    ["ABCD12", [], "ABCD12"], // four letters: not a cell reference
    ["AB12x", [], "AB12x"],
    ["R1C1", [], "_R1C1"],
    ["RC", [], "_RC"],
    ["R", [], "_R"],
    ["C", [], "_C"],
    ["RCA", [], "RCA"],
    ["Cx", [], "Cx"],
    ["PC_X", ["pc_x"], "PC_X_2"],
    ["PC_X", ["pc_x", "pc_x_2"], "PC_X_3"],
    ["PC_X", ["pc_x_2"], "PC_X"],
    ["pc_x", ["PC_X"], "pc_x"], // `taken` holds lower-case names
  ])("%p with %p taken -> %p", (wanted, taken, expected) => {
    const set = new Set(taken);
    expect(legalTableName(wanted, set)).toBe(expected);
    expect(set.has(expected.toLowerCase())).toBe(true);
  });
});

describe("tablesToWrite", () => {
  test.each<[string, Partial<GeneratedSheet>, string[]]>([
    ["main and further", {}, ["PC_Conflicts", "PC_DataIssues"]],
    ["only further", { table: undefined }, ["PC_DataIssues"]],
    ["only main", { tables: undefined }, ["PC_Conflicts"]],
    ["adjacent below the main one", { tables: [{ range: "A5:C6", name: "B" }] }, ["PC_Conflicts", "B"]],
    ["overlapping the main one by one row", { tables: [{ range: "A4:C6", name: "B" }] }, ["PC_Conflicts"]],
    ["adjacent right of the main one", { tables: [{ range: "D2:E4", name: "B" }] }, ["PC_Conflicts", "B"]],
    ["overlapping by one column", { tables: [{ range: "C2:E4", name: "B" }] }, ["PC_Conflicts"]],
    ["unparseable range", { tables: [{ range: "nope", name: "B" }] }, ["PC_Conflicts"]],
    ["over a merge", { merges: ["C9:D9"] }, ["PC_Conflicts"]],
    ["next to a merge", { merges: ["C10:D10"] }, ["PC_Conflicts", "PC_DataIssues"]],
  ])("%s", (_name, overrides, names) => {
    expect(tablesToWrite(sheet(overrides)).map((t) => t.name)).toEqual(names);
  });
});

describe("applyPlan writes every table of a generated sheet", () => {
  test("the main table and the further ones, with their ranges, headers and styles", async () => {
    const wb = userBook();
    applyPlan(wb, planOf(sheet()));
    expect(await tablesBySheet(wb)).toEqual({
      Schedule: [{ name: "Strips", ref: "A1:B2" }],
      Conflicts: [
        { name: "PC_Conflicts", ref: "A2:C4" },
        { name: "PC_DataIssues", ref: "C8:E9" },
      ],
    });
    const ws = (await roundTrip(wb)).getWorksheet("Conflicts")!;
    expect(ws.getCell("C9").value).toBe("bad-date");
    expect(ws.getCell("E8").font?.bold).toBe(true);
  });

  test.each([
    ["PC_DataIssues", ["PC_Conflicts", "PC_DataIssues_2"]],
    ["pc_dataissues", ["PC_Conflicts", "PC_DataIssues_2"]],
    ["PC_Conflicts", ["PC_Conflicts_2", "PC_DataIssues"]],
    ["PC_DataIssue", ["PC_Conflicts", "PC_DataIssues"]],
  ])("a user table named %p: the generated one takes the suffix", async (user, names) => {
    const wb = userBook(user);
    applyPlan(wb, planOf(sheet()));
    const tables = await tablesBySheet(wb);
    expect(tables.Schedule).toEqual([{ name: user, ref: "A1:B2" }]);
    expect(tables.Conflicts.map((t) => (t as { name: string }).name)).toEqual(names);
  });

  test("two tables of one sheet wanting the same name: the second takes _2", async () => {
    const wb = userBook();
    applyPlan(wb, planOf(sheet({ tables: [{ range: "C8:E9", name: "PC_Conflicts" }] })));
    expect((await tablesBySheet(wb)).Conflicts).toEqual([
      { name: "PC_Conflicts", ref: "A2:C4" },
      { name: "PC_Conflicts_2", ref: "C8:E9" },
    ]);
  });

  test("a rerun replaces the tables (no _2 piling up); Clear removes them and keeps the user's", async () => {
    const wb = userBook();
    applyPlan(wb, planOf(sheet()));
    const once = await tablesBySheet(wb);
    applyPlan(wb, planOf(sheet()));
    expect(await tablesBySheet(wb)).toEqual(once);
    clearAdded(wb);
    expect(await tablesBySheet(wb)).toEqual({ Schedule: [{ name: "Strips", ref: "A1:B2" }] });
  });
});
