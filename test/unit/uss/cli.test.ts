import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, existsSync, readdirSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { captureIO } from "../../../src/cli/io";
import { runExport, runImport } from "../../../src/cli/uss";
import { readWorkbookFile } from "../../../src/xlsx/read";
import { dayFromIso } from "../../../src/core/time";

const SAMPLE = "/work/shared/data/uss/small_sample_schedule.uss";
const MULTI = path.join(__dirname, "../../fixtures/uss/multi-board.uss");

describe("uss import/export commands", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "pc-uss-"));

  test("import writes a workbook whose Schedule dates are real dates, then export reads it back", async () => {
    const xlsx = path.join(dir, "sample.xlsx");
    const io = captureIO();
    expect(await runImport([SAMPLE, "--out", xlsx], io)).toBe(0);
    expect(io.text()).toMatch(
      /Imported 1 strip\(s\) on 1 shoot day\(s\) and 2 cast member\(s\) from stripboard "Script Order"/,
    );
    const { snapshot } = await readWorkbookFile(xlsx);
    const schedule = snapshot.sheets.find((s) => s.name === "Schedule");
    expect(schedule?.used?.values[1][1]).toBe(dayFromIso("2022-06-20"));
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);

    const uss = path.join(dir, "back.uss");
    const io2 = captureIO();
    expect(await runExport([xlsx, "--out", uss], io2)).toBe(0);
    const doc = JSON.parse(readFileSync(uss, "utf8"));
    expect(doc.universalScheduleStandard.calendars[0].events[0].date).toBe("2022-06-20T12:00:00.000Z");
    expect(io2.text()).toContain("Exported 1 strip(s)");
  });

  test("--board picks the stripboard", async () => {
    const io = captureIO();
    expect(await runImport([MULTI, "--board=Flat Order", "--out", path.join(dir, "flat.xlsx")], io)).toBe(0);
    expect(io.text()).toContain('stripboard "Flat Order"');
    expect(io.err.some((l) => l.startsWith("warning: ") && l.includes("moved to the next work day"))).toBe(true);
  });

  test.each<[string, (d: string) => string[], RegExp]>([
    ["no --out", () => [SAMPLE], /--out <file\.xlsx> is required/],
    ["missing file", (d) => [path.join(d, "nope.uss"), "--out", path.join(d, "x.xlsx")], /nope\.uss: file not found/],
    ["not JSON", (d) => [path.join(d, "bad.uss"), "--out", path.join(d, "x.xlsx")], /bad\.uss: \$: not valid JSON/],
    [
      "unknown board",
      (d) => [SAMPLE, "--board", "Nope", "--out", path.join(d, "x.xlsx")],
      /no stripboard named "Nope"/,
    ],
    ["unknown option", (d) => [SAMPLE, "--outt", path.join(d, "x.xlsx")], /unknown option --outt/],
    [
      "output is the input",
      (d) => [path.join(d, "same.uss"), "--out", path.join(d, "same.uss")],
      /refusing to overwrite the input/,
    ],
  ])("import fails with one line: %s", async (_n, args, message) => {
    writeFileSync(path.join(dir, "bad.uss"), "{ nope");
    copyFileSync(SAMPLE, path.join(dir, "same.uss"));
    const io = captureIO();
    expect(await runImport(args(dir), io)).toBe(2);
    expect(io.err).toHaveLength(1);
    expect(io.err[0]).toMatch(message);
    expect(existsSync(path.join(dir, "x.xlsx"))).toBe(false);
    expect(readFileSync(path.join(dir, "same.uss"), "utf8")).toBe(readFileSync(SAMPLE, "utf8"));
  });

  test.each<[string, (d: string) => string[], RegExp]>([
    ["no --out", (d) => [path.join(d, "sample.xlsx")], /--out <file\.uss> is required/],
    ["not an xlsx", (d) => [path.join(d, "bad.uss"), "--out", path.join(d, "y.uss")], /not an \.xlsx workbook/],
    [
      "output is the input",
      (d) => [path.join(d, "sample.xlsx"), "--out", path.join(d, "sample.xlsx")],
      /refusing to overwrite the input/,
    ],
  ])("export fails with one line: %s", async (_n, args, message) => {
    const io = captureIO();
    expect(await runExport(args(dir), io)).toBe(2);
    expect(io.err).toHaveLength(1);
    expect(io.err[0]).toMatch(message);
  });

  test("--help prints usage and succeeds", async () => {
    const io = captureIO();
    expect(await runImport(["--help"], io)).toBe(0);
    expect(await runExport(["-h"], io)).toBe(0);
    expect(io.text()).toMatch(/import <file\.uss>[\s\S]*export <workbook\.xlsx>/);
  });
});
