/** The human summary names the headers no column answers to (a `Cast ID` the tool did not know was silent before). */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../../src/cli/main";
import { captureIO } from "../../../src/cli/io";
import { unreadColumns } from "../../../src/cli/check-command";
import type { TableInfo } from "../../../src/core/model";

const table = (over: Partial<TableInfo>): TableInfo => ({
  sheet: "Schedule",
  role: "schedule",
  headerAddress: "A1:C1",
  columns: {},
  unknownColumns: [],
  rows: 1,
  roleSource: "name",
  ...over,
});

describe("columns not read", () => {
  test("one line per table with unread headers, by table name or sheet; unplaced tables are the issues' business", () => {
    expect(
      unreadColumns([
        table({ unknownColumns: ["Sheet #", "Mood"] }),
        table({ sheet: "Cast", table: "tblCast", role: "resources", unknownColumns: ["Agent"] }),
        table({ sheet: "Crew", role: "resources" }),
        table({ sheet: "Notes", role: null, unknownColumns: ["Anything"] }),
      ]),
    ).toBe(
      [
        "Columns not read (rename a header, or map it in the add-in's Setup):",
        '  Schedule (schedule): "Sheet #", "Mood"',
        '  tblCast (resources): "Agent"',
      ].join("\n"),
    );
    expect(unreadColumns([table({})])).toBeUndefined();
  });

  test("the check summary ends with them; the JSON report is unchanged", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "pc-unread-"));
    try {
      const file = path.join(dir, "book.xlsx");
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Schedule").addRows([
        ["ID", "Date", "Mood"],
        ["S1", "2026-03-02", "calm"],
      ]);
      // Key/value rows: the title's row is a pair, not headers, and was listed as a column not read.
      wb.addWorksheet("Production").addRows([
        ["Title", "The Long Night"],
        ["Director", "Ida Moss"],
      ]);
      await wb.xlsx.writeFile(file);
      const io = captureIO();
      expect(await main(["check", file], io)).toBe(0);
      expect(io.text().trimEnd().split("\n").slice(-2)).toEqual([
        "Columns not read (rename a header, or map it in the add-in's Setup):",
        '  Schedule (schedule): "Mood"',
      ]);
      const json = captureIO();
      await main(["check", file, "--json", "-"], json);
      expect(json.text()).not.toMatch(/Columns not read/);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
