/**
 * Set 19: the other reading path. `check --out` reads the workbook with ExcelJS (src/xlsx/read.ts) to write the
 * checked copy; the contract says the add-in, the CLI and every test read a workbook the same way, so on each
 * Python-written fixture `check --out` must give the report the default path (the fast reader) gives, and must
 * write its copy.
 */
import * as fs from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import { captureIO } from "../../src/cli/io";
import type { Report } from "../../src/core/report";
import { callSheetNames, callSheetView, conflictKeys, issueKeys } from "../conformance/helpers";
import { cliCheck, FIXTURES } from "./cli";

const OUT = path.join(__dirname, "..", "..", "test-output", "conformance19", "out-path");

function view(r: Report) {
  return {
    conflicts: conflictKeys(r.conflicts),
    magnitudes: r.conflicts.map((c) => `${c.type} ${c.resource ?? ""} ${c.items.join(",")} ${c.magnitude}`).sort(),
    issues: issueKeys(r.dataIssues),
    dood: r.dood,
    callSheets: callSheetView(r),
    callSheetNames: callSheetNames(r),
  };
}

/**
 * openpyxl writes a sheet's table relationship with an absolute Target (`/xl/tables/table1.xml`), which ExcelJS 4
 * cannot resolve (exceljs/exceljs#1468): it threw while loading `1-openpyxl-stripboard` (table tblCast) and
 * `check --out` stopped with exit 2. The ExcelJS path now makes such targets relative before loading
 * (`withRelativeTargets` in src/xlsx/read.ts).
 */
const FILES = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".xlsx"))
  .sort();

describe("set 19: check --out (the ExcelJS path) on Python-written workbooks", () => {
  test("there are seven fixtures", () => {
    expect(FILES).toHaveLength(7);
  });

  const run = async (file: string): Promise<void> => {
    const dir = path.join(OUT, path.basename(file, ".xlsx"));
    fs.mkdirSync(dir, { recursive: true });
    const input = path.join(dir, file);
    fs.copyFileSync(path.join(FIXTURES, file), input);
    const json = path.join(dir, "report.json");
    const copy = path.join(dir, "checked.xlsx");
    if (fs.existsSync(copy)) fs.rmSync(copy);
    const io = captureIO();
    const status = await main(["check", input, "--json", json, "--out", copy], io);
    expect({ status: status === 2 ? `exit 2: ${io.err.join(" ")}` : "ran" }).toEqual({ status: "ran" });
    const withOut = JSON.parse(fs.readFileSync(json, "utf8")) as Report;
    expect(view(withOut)).toEqual(view(await cliCheck(file)));
    expect(fs.existsSync(copy)).toBe(true);
  };

  for (const file of FILES) {
    test(`${file}: check --out gives the default path's report and writes the copy`, () => run(file));
  }
});
