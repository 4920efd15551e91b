import ExcelJS from "exceljs";
import JSZip from "jszip";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { main } from "../../../src/cli/main";
import { captureIO } from "../../../src/cli/io";
import { parseCheckArgs } from "../../../src/cli/check-command";
import { writeSample } from "../../../scripts/make-sample";
import { addContentTypes, addRelationship, editPart } from "../../helpers/zip-parts";
import { snapshotFromXlsxBuffer, worksheetParts } from "../../../src/xlsx/fast-read";

const ROOT = path.resolve(__dirname, "../../..");
let dir: string;
let sample: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "pc-cli-"));
  sample = path.join(dir, "sample.xlsx");
  await writeSample(sample);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function run(...argv: string[]): Promise<{ status: number; out: string; err: string[] }> {
  const io = captureIO();
  const status = await main(argv, io);
  return { status, out: io.text(), err: io.err };
}

async function listDir(): Promise<string[]> {
  return (await fs.readdir(dir)).sort();
}

/** A one-sheet workbook whose sheet is named `name` in workbook.xml, as a program other than Excel may save it. */
async function sheetNamed(file: string, name: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Notes").addRow(["Note"]);
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  await editPart(zip, "xl/workbook.xml", (xml) =>
    xml.replace('name="Notes"', `name="${name.replace(/'/g, "&apos;")}"`),
  );
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
}

async function emptyWorkbook(file: string): Promise<void> {
  await fs.writeFile(file, Buffer.from(await new ExcelJS.Workbook().xlsx.writeBuffer()));
}

describe("check: files it cannot run on (exit 2, one line on stderr, nothing written)", () => {
  const cases: [string, (file: string) => Promise<void>, RegExp][] = [
    ["a missing file", async () => undefined, /file not found/],
    ["an empty file", (f) => fs.writeFile(f, ""), /empty/],
    ["a .csv renamed .xlsx", (f) => fs.writeFile(f, "ID,Date\nS-1,2026-03-02\n"), /not an \.xlsx workbook/],
    [
      "a password-protected workbook (OLE header)",
      (f) =>
        fs.writeFile(
          f,
          Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]),
        ),
      /password-protected/,
    ],
    [
      "a corrupt zip",
      (f) => fs.writeFile(f, Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(300, 7)])),
      /corrupt/,
    ],
    [
      "an empty zip",
      (f) => fs.writeFile(f, Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)])),
      /not an \.xlsx/,
    ],
    ["a workbook with no sheets", emptyWorkbook, /no worksheets/],
    ["a folder", (f) => fs.mkdir(f), /folder/],
  ];
  test.each(cases)("%s", async (_name, make, message) => {
    const input = path.join(dir, `bad-${Math.random().toString(36).slice(2)}.xlsx`);
    await make(input);
    const before = await listDir();
    const out = path.join(dir, "out.xlsx");
    const json = path.join(dir, "out.json");
    const r = await run("check", input, "--out", out, "--json", json);
    expect(r.status).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
    expect(r.err[0]).not.toMatch(/\n/);
    expect(await listDir()).toEqual(before);
  });
});

// Excel reserves `History`; other programs save it, and a name starting with a quote. ExcelJS refuses both, so `--out`
// used to stop ("the copy writer cannot open this workbook"); the copy is spliced into the file's own package now.
describe("check --out on sheet names ExcelJS refuses", () => {
  test.each(["History", "'quoted'"])(
    "a sheet named %s is copied as it is, the generated sheets beside it",
    async (name) => {
      const input = path.join(dir, `named-${Math.random().toString(36).slice(2)}.xlsx`);
      await sheetNamed(input, name);
      const out = path.join(dir, `named-out-${Math.random().toString(36).slice(2)}.xlsx`);
      const r = await run("check", input, "--out", out);
      expect(r.status).toBe(0);
      const copy = snapshotFromXlsxBuffer(await fs.readFile(out));
      expect(copy.sheets.map((s) => s.name)).toEqual([name, "Conflicts", "Priorities", "DOOD", "Cost Report"]);
      expect(copy.sheets[0].used?.values).toEqual([["Note"]]);
    },
  );
});

describe("check: arguments", () => {
  test.each<[string[], RegExp]>([
    [[], /no command/],
    [["frobnicate"], /unknown command/],
    [["check"], /needs a workbook/],
    [["check", "a.xlsx", "b.xlsx"], /one workbook/],
    [["check", "a.xlsx", "--bogus"], /unknown option --bogus/],
    [["check", "a.xlsx", "--out"], /--out needs a value/],
    [["check", "a.xlsx", "--json"], /--json needs a value/],
  ])("%j -> exit 2", async (argv, message) => {
    const r = await run(...argv);
    expect(r.status).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
  });

  test.each([
    [["x.xlsx", "--json", "-"], { input: "x.xlsx", json: "-", out: undefined }],
    [["x.xlsx", "--json=r.json", "-o", "o.xlsx"], { input: "x.xlsx", json: "r.json", out: "o.xlsx" }],
    [["--out=o.xlsx", "x.xlsx"], { input: "x.xlsx", json: undefined, out: "o.xlsx" }],
  ])("parseCheckArgs(%j)", (argv, expected) => {
    expect(parseCheckArgs(argv)).toEqual(expected);
  });

  test("--help prints usage and exits 0", async () => {
    for (const argv of [["--help"], ["check", "--help"]]) {
      const r = await run(...argv);
      expect(r.status).toBe(0);
      expect(r.out).toMatch(/Usage: production-coordinator check <workbook\.xlsx>/);
    }
  });
});

describe("check: never writes the input", () => {
  test("--out equal to the input is refused and the input is unchanged", async () => {
    const before = await fs.readFile(sample);
    const r = await run("check", sample, "--out", sample);
    expect(r.status).toBe(2);
    expect(r.err).toEqual([expect.stringMatching(/is the input workbook/)]);
    expect((await fs.readFile(sample)).equals(before)).toBe(true);
  });

  test("--out naming the input by another path or through a symlink is refused", async () => {
    const other = path.join(dir, ".", "..", path.basename(dir), "sample.xlsx");
    const link = path.join(dir, "link.xlsx");
    await fs.symlink(sample, link);
    for (const out of [other, link]) {
      const r = await run("check", sample, "--out", out);
      expect(r.status).toBe(2);
      expect(r.err[0]).toMatch(/input workbook/);
    }
    const r2 = await run("check", link, "--json", sample);
    expect(r2.status).toBe(2);
    await fs.rm(link);
  });
});

describe("check on the sample production", () => {
  test("--json - prints a report valid against the shared schema; exit 1 for error conflicts", async () => {
    const r = await run("check", sample, "--json", "-");
    expect(r.err).toEqual([]);
    const report = JSON.parse(r.out);
    const schema = JSON.parse(await fs.readFile(path.resolve(ROOT, "../shared/spec/report.schema.json"), "utf8"));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const valid = validate(report);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(r.status).toBe(1);
    const types = new Set(report.conflicts.map((c: { type: string }) => c.type));
    for (const t of [
      "double-booking",
      "unavailable",
      "turnaround",
      "long-day",
      "consecutive-days",
      "travel",
      "dependency",
      "deadline",
      "material-late",
      "budget-overrun",
    ]) {
      expect(types).toContain(t);
    }
  });

  test("--out and --json to files: human summary on stdout, both files written, input untouched", async () => {
    const before = await fs.readFile(sample);
    const out = path.join(dir, "checked.xlsx");
    const json = path.join(dir, "report.json");
    const r = await run("check", sample, "--out", out, "--json", json);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/By type:\n {2}double-booking +2/);
    expect(r.out).toMatch(/\[error\] double-booking/);
    expect(JSON.parse(await fs.readFile(json, "utf8")).version).toBe(1);
    expect((await fs.readFile(sample)).equals(before)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name).slice(0, 3)).toEqual(["Production", "Schedule", "Cast"]);
    // The user's own fill on the schedule survives.
    const schedule = wb.getWorksheet("Schedule")!;
    const filled: string[] = [];
    schedule.eachRow((row) =>
      row.eachCell((cell) => {
        const fill = cell.fill as { fgColor?: { argb?: string } } | undefined;
        if (fill?.fgColor?.argb === "FF9DC3E6") filled.push(cell.address);
      }),
    );
    expect(filled).toEqual(["G18"]);
    // No temp files left behind.
    expect((await listDir()).filter((f) => f.endsWith(".tmp"))).toEqual([]);

    // Checking the checked file again gives the same findings (generated sheets are not read as input).
    const again = await run("check", out, "--json", "-");
    const first = JSON.parse(await fs.readFile(json, "utf8"));
    expect(JSON.parse(again.out).conflicts).toEqual(first.conflicts);
  });
});

describe("the compiled entry point", () => {
  test("tsx src/cli/main.ts: a missing file exits 2 with one line on stderr", () => {
    const tsx = path.join(ROOT, "node_modules", ".bin", "tsx");
    const r = spawnSync(tsx, ["src/cli/main.ts", "check", path.join(dir, "nope.xlsx")], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^error: .*nope\.xlsx: file not found$/)]);
  });

  test("piped into a reader that has gone (| true, | head): no stack trace", () => {
    const tsx = path.join(ROOT, "node_modules", ".bin", "tsx");
    const r = spawnSync("bash", ["-c", `"${tsx}" src/cli/main.ts check "${sample}" --json - | true`], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.stderr).toBe("");
  });
});

describe("check on a macro-enabled workbook (.xlsm)", () => {
  const VBA = "http://schemas.microsoft.com/office/2006/relationships/vbaProject";
  /** The sample as an .xlsm with a (stand-in) VBA project, the way Excel packages one. */
  async function sampleWithMacros(file: string): Promise<Buffer> {
    const zip = await JSZip.loadAsync(await fs.readFile(sample));
    await editPart(zip, "[Content_Types].xml", (xml) =>
      xml.replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
      ),
    );
    await addContentTypes(zip, '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>');
    await addRelationship(zip, "xl/_rels/workbook.xml.rels", "rIdV", VBA, "vbaProject.bin");
    const project = Buffer.from("macros of the production office");
    zip.file("xl/vbaProject.bin", project);
    await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
    return project;
  }

  test("an .xlsm copy keeps the macros and the macro-enabled workbook type", async () => {
    const input = path.join(dir, "macros.xlsm");
    const project = await sampleWithMacros(input);
    const out = path.join(dir, "macros-checked.xlsm");
    // Taken as `check` from the .xlsm name alone.
    const r = await run(input, "--out", out);
    expect(r.status).toBe(1);
    expect(r.out).not.toMatch(/Note:/);
    const zip = await JSZip.loadAsync(await fs.readFile(out));
    expect(await zip.file("xl/vbaProject.bin")?.async("nodebuffer")).toEqual(project);
    expect(await zip.file("[Content_Types].xml")!.async("string")).toContain(
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    );
    expect(await zip.file("xl/_rels/workbook.xml.rels")!.async("string")).toContain(VBA);
    // The copy still opens, generated sheets and all.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await fs.readFile(out)) as unknown as ArrayBuffer);
    expect(wb.getWorksheet("Conflicts")).toBeTruthy();
  });

  test("near miss: an .xlsx copy cannot hold macros: none, a plain workbook type, and a note saying so", async () => {
    const input = path.join(dir, "macros2.xlsm");
    await sampleWithMacros(input);
    const out = path.join(dir, "macros-checked.xlsx");
    const r = await run("check", input, "--out", out);
    expect(r.out).toMatch(/Note: macros2\.xlsm has macros, which an \.xlsx copy cannot hold; name the copy \.xlsm/);
    const zip = await JSZip.loadAsync(await fs.readFile(out));
    expect(zip.file("xl/vbaProject.bin")).toBeNull();
    expect(await zip.file("[Content_Types].xml")!.async("string")).not.toContain("macroEnabled");
  });
});

describe("a rerun on its own output", () => {
  test("the generated sheets take their page breaks from this run, not from the last run's sheets of that name", async () => {
    const first = path.join(dir, "rerun-1.xlsx");
    expect((await run("check", sample, "--out", first)).status).toBeLessThan(2);
    // The last run's first call sheet, as if printed for other days: a break above row 6 only.
    const zip = await JSZip.loadAsync(await fs.readFile(first));
    const parts = worksheetParts(await zip.generateAsync({ type: "nodebuffer" }));
    const [callSheet, part] = [...parts].find(([name]) => name.startsWith("Call Sheet"))!;
    const breaksOf = (xml: string) => Array.from(xml.matchAll(/<brk id="(\d+)"/g), (m) => Number(m[1]));
    const own = breaksOf(part.xml()!);
    expect(own.length).toBeGreaterThan(0);
    await editPart(zip, part.part, (xml) =>
      xml.replace(
        /<rowBreaks[\s\S]*?<\/rowBreaks>/,
        '<rowBreaks count="1" manualBreakCount="1"><brk id="5" max="16383" man="1"/></rowBreaks>',
      ),
    );
    const edited = path.join(dir, "rerun-edited.xlsx");
    await fs.writeFile(edited, await zip.generateAsync({ type: "nodebuffer" }));
    const second = path.join(dir, "rerun-2.xlsx");
    expect((await run("check", edited, "--out", second)).status).toBeLessThan(2);
    expect(
      breaksOf(
        worksheetParts(await fs.readFile(second))
          .get(callSheet)!
          .xml()!,
      ),
    ).toEqual(own);
  });
});
