/**
 * The add-in and the CLI give the same report on every conformance workbook (contract §1: "The add-in (in
 * Excel), the command-line tool (on an .xlsx file) and every test read it the same way").
 *
 * cross-path-generated.test.ts does this for 12 generated productions; here the same comparison runs on the
 * conformance sets' realistic, messy workbooks: each is reported by the CLI's file path (fast reader + check) and
 * by the Office.js path (runCheck on the strict simulated Excel opened on the same bytes), and summary, conflicts,
 * dataIssues, priorities, dood, costs and callSheets must be equal. Where they are not, the case is a
 * `test.failing` naming the workbook, sheet and cells, what each path read, and which one the contract backs
 * (or that the simulator, not the engine, is what differs from real Excel). See sources.ts for where the
 * workbooks come from; nothing here needs another suite to have run first.
 */
import * as fs from "fs";
import * as path from "path";
import { workbookUses1904 } from "../../../src/xlsx/fast-read";
import { generate as generate10 } from "../../conformance10/generate";
import {
  runAvailability,
  runCast,
  runDates,
  runDeadlines,
  runDepends,
  runDurations,
  runFrom,
  runLead,
  runPages,
  runPriority,
  runTimes,
  runTo,
  runUnavailable,
} from "../../conformance18/run";
import {
  type Book,
  committedFixtures,
  distinct,
  fileReport,
  leftOnDisk,
  officeReport,
  PARTS,
  ROOT,
} from "./cross-path-conformance.sources";

// Set 18's runners save each workbook through saveAndCheck; here it is kept in memory instead (no file written,
// so a set-18 suite running at the same time is never raced). The runners still get the CLI's report they judge.
const mockCaptured: { buffer: Buffer }[] = [];
jest.mock("../../conformance/helpers", () => {
  const actual = jest.requireActual("../../conformance/helpers");
  return {
    ...actual,
    saveAndCheck: async (wb: import("exceljs").Workbook) => {
      const buffer = Buffer.from(await wb.xlsx.writeBuffer());
      const { check } = jest.requireActual("../../../src/core/check");
      const { snapshotFromXlsxBuffer } = jest.requireActual("../../../src/xlsx/fast-read");
      const report = check(snapshotFromXlsxBuffer(buffer)).report;
      mockCaptured.push({ buffer });
      return report;
    },
  };
});

/** A workbook built here from a builder a set exports, whatever ran before. */
interface Built {
  label: string;
  build: () => Promise<Buffer>;
}

/** Runs one of set 18's runners and takes the workbook it saved. */
function set18(fileName: string, run: () => Promise<unknown>): Built {
  return {
    label: `set 18 builder: ${fileName}`,
    build: async () => {
      mockCaptured.length = 0;
      await run();
      if (mockCaptured.length !== 1) throw new Error(`${fileName}: the runner saved ${mockCaptured.length} workbooks`);
      return mockCaptured[0].buffer;
    },
  };
}

const S = 18; // set 18's default seed and size (values.test.ts)
const N = 640;
const BUILT: Built[] = [
  // Set 10: generated productions (another generator than set 9's, whose seeds 1-12 cross-path-generated runs).
  ...[1, 2, 3, 4, 5, 6].map((seed): Built => ({
    label: `set 10 builder: generate(${seed})`,
    build: async () => Buffer.from(await generate10(seed).workbook.xlsx.writeBuffer()),
  })),
  // Set 18: one value under test per row, 640 rows per kind.
  set18("dates-18.xlsx", () => runDates(S, N)),
  set18("dates-1904-19.xlsx", () => runDates(S + 1, N, 1904)),
  set18("start-18.xlsx", () => runTimes("start", S, N)),
  set18("end-20.xlsx", () => runTimes("end", S + 2, N)),
  set18("duration-18.xlsx", () => runDurations(S, N)),
  set18("pages-18.xlsx", () => runPages(S, N)),
  set18("cast-18.xlsx", () => runCast(S, N)),
  set18("depends-18.xlsx", () => runDepends(S, N)),
  set18("unavailable-18.xlsx", () => runUnavailable(S, N)),
  set18("available-from-18.xlsx", () => runFrom(S, N)),
  set18("available-to-21.xlsx", () => runTo(S + 3, N)),
  set18("availability-from-18.xlsx", () => runAvailability("from", S, N)),
  set18("availability-to-22.xlsx", () => runAvailability("to", S + 4, N)),
  set18("deadline-18.xlsx", () => runDeadlines(S, N)),
  set18("lead-18.xlsx", () => runLead(S, N)),
  set18("priority-18.xlsx", () => runPriority(S, N)),
];

/*
 * Known differences, by workbook label: what each path read, and which one is wrong. One cause remains, checked:
 *
 * SIM-1904 (simulator gap, plus ExcelApi < 1.16; not an engine bug). In a 1904-system file real Excel's
 *   Range.values holds the serials as stored (07:00 is 0.2917) and Workbook.use1904DateSystem (ExcelApi 1.16)
 *   says true. `fromExcelJS` re-serialises every ExcelJS Date with the 1900 epoch and never sets the simulator's
 *   date1904, and this harness (like cross-path-generated) pins ExcelApi 1.13, where the add-in cannot ask. So
 *   (a) an ExcelJS-written file's h:mm cells reach the Office path as 1462.29 etc. and become `bad-time` (real
 *   Excel would give 0.29: simulator gap); (b) a plain-number serial (General format), and every date of a
 *   LibreOffice-written file (date1904="true", which ExcelJS does not see), is read as a 1900 serial, 1462 days
 *   (4 years 1 day) early. (b) is what real Excel before ExcelApi 1.16 would do too: a platform limit of old hosts.
 *   The CLI is right by contract §2 ("1904 system where the workbook says so"). Loaded faithfully at ExcelApi 1.16,
 *   every one of these workbooks gives the same report through both paths (last describe block below).
 *
 * RENAMED (fixed): the CLI's registry `_pc_meta` lists each generated sheet by name, by sheetId (column D) and by a
 *   link formula `='Name'!$A$1` (column E) that Excel rewrites on a rename and turns into `#REF!` on a deletion.
 *   Office.js cannot read sheetIds, so the Office path (src/excel/markers.ts readFileRegistry) goes by the link;
 *   set 14's renames and its deleted DOOD now rewrite those links as Excel does, and both paths agree on them.
 */
const SIM_1904 = "SIM-1904 (simulator gap + ExcelApi 1.13 cannot see use1904DateSystem; engine right at 1.16)";
const KNOWN: Record<string, string> = {
  "test/conformance15/fixtures/2-side-by-side-1904.exceljs.xlsx": `${SIM_1904}: Board!D4:E10 (h:mm Call/Wrap) reach the Office path as 1462.29.. -> 14 bad-time issues, so A2/B2 dependency and 2's A3/B4 double-booking are lost and 2 is unavailable on A3 instead; the CLI reads 07:00..`,
  "test/conformance15/fixtures/2-side-by-side-1904.libreoffice.xlsx": `${SIM_1904}: LibreOffice wrote date1904="true"; the Office path at 1.13 reads every Date serial as 1900-based: shoot days 2022-03-01.. instead of 2026-03-02.., so every conflict, DOOD column and call sheet is dated 4 years 1 day early (and a spurious turnaround for 2 appears)`,
  "test/conformance15/fixtures/5-date1904.exceljs.xlsx": `${SIM_1904}: Schedule!C2,D2,C8,D8,C9,D9 (h:mm Start/End) reach the Office path as 1462.33.. -> 6 bad-time; Schedule!B3 (D2's Date, the plain number 44623) is read as 2022-03-03 instead of 2026-03-04; Sam Lee's unavailable (D1) and consecutive-days (D8) findings are lost`,
  "test/conformance15/fixtures/5-date1904.libreoffice.xlsx": `${SIM_1904}: LibreOffice wrote date1904="true"; the Office path at 1.13 dates everything 4 years 1 day early (call sheets 2022-03-01.. instead of 2026-03-02..), so Sam Lee's unavailable finding is dated 2022-03-01 and the consecutive-days run on 2026-03-02 is lost`,
  // The `--out` copies of set 15's LibreOffice 1904 files keep date1904="true" as the file had it (since session 21).
  "test-output/conformance15/2-side-by-side-1904/libreoffice-out/checked.xlsx": `${SIM_1904}: the --out copy of set 15's 2-side-by-side-1904.libreoffice, which keeps LibreOffice's date1904="true": the Office path at 1.13 dates everything 4 years 1 day early`,
  "test-output/conformance15/5-date1904/libreoffice-out/checked.xlsx": `${SIM_1904}: the --out copy of set 15's 5-date1904.libreoffice, which keeps LibreOffice's date1904="true": the Office path at 1.13 dates everything 4 years 1 day early`,
  "test-output/conformance/5-date1904.xlsx": `${SIM_1904}: same workbook as set 15's 5-date1904.exceljs: Schedule!C2,D2,C8,D8,C9,D9 -> bad-time in the Office path; Schedule!B3 = 44623 read as 2022-03-03 (CLI 2026-03-04)`,
  "test-output/conformance8/2-side-by-side-1904.xlsx": `${SIM_1904}: same as set 15's 2-side-by-side-1904.exceljs: Board!D4:E10 -> 14 bad-time in the Office path, dependency A2/B2 and double-booking A3/B4 lost`,
  "test-output/conformance13/3-date1904-night-unit.xlsx": `${SIM_1904}: Night Unit!D3:E5, D9:E11 (h:mm) reach the Office path as 1462.58.. -> 12 bad-time; 2's turnaround row:8/row:9 on 2026-03-10 becomes an unavailable finding on row:9`,
  "set 18 builder: dates-1904-19.xlsx": `${SIM_1904}: 94 Schedule!B cells hold plain-number or formula serials (General format), e.g. B23 = 46310 (item D020): the CLI reads 2030-10-16 (1904 system), the Office path at 1.13 2026-10-15; DOOD days, call sheets and priorities differ`,
};

// Hand-built sets whose builders live inside their .test.ts files (importing those would run their tests here):
// read what their suites saved. Sets 9 and 10 only leave generator dumps (covered above), set 18 is built above.
const ON_DISK = ["conformance", ...[2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14, 15, 16, 17].map((n) => `conformance${n}`)];
const disk = leftOnDisk(ON_DISK);
const fixed = distinct([...committedFixtures(), ...disk.books]);

function describeBook(b: Book & { aliases: string[] }): string {
  return b.aliases.length ? `${b.label} (also ${b.aliases.join(", ")})` : b.label;
}

async function compare(label: string, buffer: Buffer, options: Parameters<typeof officeReport>[1] = {}): Promise<void> {
  const file = fileReport(buffer);
  const office = await officeReport(buffer, options);
  for (const part of PARTS) expect({ label, part, value: office[part] }).toEqual({ label, part, value: file[part] });
}

describe("committed and saved conformance workbooks: the same report through both paths", () => {
  for (const b of fixed) {
    const known = KNOWN[b.label];
    const name = describeBook(b);
    if (known) test.failing(`${name} -- KNOWN: ${known}`, () => compare(b.label, b.buffer));
    else test(name, () => compare(b.label, b.buffer));
  }
  for (const s of disk.skipped) test.skip(`not covered: ${s}`, () => undefined);
});

describe("workbooks built from the sets' exported builders: the same report through both paths", () => {
  for (const b of BUILT) {
    const known = KNOWN[b.label];
    if (known) test.failing(`${b.label} -- KNOWN: ${known}`, async () => compare(b.label, await b.build()));
    else test(b.label, async () => compare(b.label, await b.build()));
  }
});

test("an openpyxl workbook with an Excel table (absolute part targets, which ExcelJS cannot follow unaided)", async () => {
  const label = "test/fixtures/openpyxl/table.xlsx";
  const buffer = fs.readFileSync(path.join(ROOT, label));
  await compare(label, buffer);
  // Near miss: the comparison is not of two empty reports.
  expect(fileReport(buffer).conflicts.map((c) => c.type)).toEqual(["double-booking"]);
});

describe("1904-system workbooks, opened the way real Excel opens them (serials as stored, ExcelApi 1.16)", () => {
  for (const b of fixed.filter((x) => workbookUses1904(x.buffer))) {
    test(describeBook(b), () => compare(b.label, b.buffer, { apiVersion: "1.16", faithful1904: true }));
  }
  for (const b of BUILT.filter((x) => x.label.includes("1904"))) {
    test(b.label, async () => compare(b.label, await b.build(), { apiVersion: "1.16", faithful1904: true }));
  }
});
