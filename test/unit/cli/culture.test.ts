/**
 * Text dates like 02/03/2026 in a file, which carries no culture: `check --culture`, else month first (contract §2:
 * "US order unless the workbook's culture says otherwise"), with a word in the summary when the dates look day first.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../../src/cli/main";
import { captureIO } from "../../../src/cli/io";
import { DATE_ORDER_HINT, parseCheckArgs } from "../../../src/cli/check-command";
import type { Report } from "../../../src/core/report";

let dir: string;

async function run(...argv: string[]): Promise<{ status: number; out: string; err: string[] }> {
  const io = captureIO();
  const status = await main(argv, io);
  return { status, out: io.text(), err: io.err };
}

/** A UK schedule typed as text: 02/03 and 03/03 read either way, 13/03 only day first. */
async function ukSchedule(file: string, dates: string[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Schedule");
  ws.addRow(["ID", "Date", "Start", "End", "Cast"]);
  dates.forEach((d, k) => ws.addRow([`S${k + 1}`, d, "08:00", "10:00", "1"]));
  wb.addWorksheet("Cast").addRows([
    ["ID", "Name"],
    ["1", "Rosa Marsh"],
  ]);
  await wb.xlsx.writeFile(file);
}

async function days(...argv: string[]): Promise<string[]> {
  const r = await run("check", ...argv, "--json", "-");
  expect(r.err.filter((line) => line !== DATE_ORDER_HINT)).toEqual([]);
  return (JSON.parse(r.out) as Report).dood.days;
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "pc-cli-culture-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("check --culture", () => {
  test.each<[string[], string]>([
    [["x.xlsx", "--culture", "en-GB"], "en-GB"],
    [["x.xlsx", "--culture=fr_FR"], "fr_FR"],
  ])("parseCheckArgs(%j)", (argv, culture) => {
    expect(parseCheckArgs(argv)).toMatchObject({ input: "x.xlsx", culture });
  });

  test.each<[string[], RegExp]>([
    [["--culture", "british english"], /--culture: 'british english' is not a culture name; write it like en-GB/],
    [["--culture"], /--culture needs a value/],
  ])("%j is a usage error", async (flags, message) => {
    const r = await run("check", path.join(dir, "none.xlsx"), ...flags);
    expect(r.status).toBe(2);
    expect(r.err).toEqual([expect.stringMatching(message)]);
  });

  test("en-GB reads 02/03/2026 as 2 March; en-US and no flag as 3 February, and 13/03/2026 as no date", async () => {
    const file = path.join(dir, "uk-short.xlsx");
    await ukSchedule(file, ["02/03/2026", "03/03/2026", "13/03/2026"]);
    expect(await days(file, "--culture", "en-GB")).toEqual(["2026-03-02", "2026-03-03", "2026-03-13"]);
    // The contract's US order holds without a culture: 13/03/2026 is no month-first date, whatever else the file holds.
    expect(await days(file)).toEqual(["2026-02-03", "2026-03-03"]);
    expect(await days(file, "--culture", "en-US")).toEqual(["2026-02-03", "2026-03-03"]);
    const report = JSON.parse((await run("check", file, "--json", "-")).out) as Report;
    expect(report.dataIssues.map((i) => [i.code, i.cell, i.message])).toEqual([
      [
        "bad-date",
        "B4",
        "Schedule!B4: '13/03/2026' is no date read month first (the US order: no day-first culture is given); if it means 2026-03-13, write it like that",
      ],
    ]);
  });

  test("the summary says when the order is open: a date that can only be day first and none only month first", async () => {
    const file = path.join(dir, "uk-hint.xlsx");
    await ukSchedule(file, ["02/03/2026", "03/03/2026", "13/03/2026"]);
    const r = await run("check", file);
    expect(r.out).toContain(DATE_ORDER_HINT);
    // With the JSON report on standard output, the hint goes to standard error (the JSON stays whole).
    const piped = await run("check", file, "--json", "-");
    expect(JSON.parse(piped.out).summary.items).toBe(3);
    const allDayFirst = path.join(dir, "uk-all-day-first.xlsx");
    await ukSchedule(allDayFirst, ["13/03/2026", "16/03/2026"]);
    expect((await run("check", allDayFirst)).out).toContain(DATE_ORDER_HINT);
    expect(piped.err).toEqual([DATE_ORDER_HINT]);
    // Not with the flag, nor when a date can only be month first, nor when every date reads either way.
    expect((await run("check", file, "--culture", "en-GB")).out).not.toContain(DATE_ORDER_HINT);
    const settled = path.join(dir, "us-settled.xlsx");
    await ukSchedule(settled, ["02/03/2026", "13/03/2026", "03/18/2026"]);
    expect((await run("check", settled)).out).not.toContain(DATE_ORDER_HINT);
    const plain = path.join(dir, "us-plain.xlsx");
    await ukSchedule(plain, ["3/2/2026", "3/3/2026"]);
    expect((await run("check", plain)).out).not.toContain(DATE_ORDER_HINT);
  });

  test("without a flag, however many dates can only be day first, 02/03/2026 stays 3 February (the contract's US order)", async () => {
    const file = path.join(dir, "uk-long.xlsx");
    await ukSchedule(file, ["02/03/2026", "13/03/2026", "16/03/2026", "17/03/2026"]);
    expect(await days(file)).toEqual(["2026-02-03"]);
    expect((await run("check", file)).out).toContain(DATE_ORDER_HINT);
    // The flag reads them day first.
    expect(await days(file, "--culture", "en-GB")).toEqual(["2026-03-02", "2026-03-13", "2026-03-16", "2026-03-17"]);
  });

  test("a date that can only be month first: month first, and no hint", async () => {
    const file = path.join(dir, "mixed.xlsx");
    await ukSchedule(file, ["02/03/2026", "13/03/2026", "16/03/2026", "17/03/2026", "03/18/2026"]);
    expect(await days(file)).toEqual(["2026-02-03", "2026-03-18"]);
    expect((await run("check", file)).out).not.toContain(DATE_ORDER_HINT);
  });
});
