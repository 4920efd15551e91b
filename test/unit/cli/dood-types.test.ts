/** `check --dood-types`: DOOD rows for other resource types from the command line. */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { main } from "../../../src/cli/main";
import { captureIO } from "../../../src/cli/io";
import { parseCheckArgs } from "../../../src/cli/check-command";
import { writeSample } from "../../../scripts/make-sample";
import type { Report } from "../../../src/core/report";

const ROOT = path.resolve(__dirname, "../../..");
let dir: string;
let sample: string;
let plain: Report;

async function run(...argv: string[]): Promise<{ status: number; out: string; err: string[] }> {
  const io = captureIO();
  const status = await main(argv, io);
  return { status, out: io.text(), err: io.err };
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "pc-cli-dood-"));
  sample = path.join(dir, "sample.xlsx");
  await writeSample(sample);
  plain = JSON.parse((await run("check", sample, "--json", "-")).out) as Report;
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("check --dood-types: arguments", () => {
  test.each<[string[], string[]]>([
    [
      ["x.xlsx", "--dood-types", "cast,crew,equipment"],
      ["cast", "crew", "equipment"],
    ],
    [
      ["x.xlsx", "--dood-types=Crew, cast"],
      ["cast", "crew"],
    ],
    [
      ["--dood-types", "vehicle,location,vehicle", "x.xlsx"],
      ["vehicle", "location"],
    ],
  ])("parseCheckArgs(%j)", (argv, types) => {
    expect(parseCheckArgs(argv)).toEqual({ input: "x.xlsx", json: undefined, out: undefined, doodTypes: types });
  });

  test.each<[string[], RegExp]>([
    [["--dood-types", "cast,props"], /--dood-types: unknown resource type "props"; use cast, crew, equipment/],
    [["--dood-types", "actors,vehicles"], /unknown resource types "actors", "vehicles"/],
    [["--dood-types", ","], /--dood-types needs at least one type/],
    [["--dood-types"], /--dood-types needs a value/],
    [["--dood-types="], /--dood-types needs at least one type/],
  ])("%j is a usage error: exit 2, one line, nothing written", async (flags, message) => {
    const json = path.join(dir, "bad.json");
    const r = await run("check", sample, "--json", json, ...flags);
    expect(r.status).toBe(2);
    expect(r.err).toEqual([expect.stringMatching(message)]);
    await expect(fs.access(json)).rejects.toThrow();
  });

  test("--help lists the flag and the type names", async () => {
    const r = await run("check", "--help");
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/\[--dood-types <types>\]/);
    expect(r.out).toMatch(/ {2}--dood-types <types> +resource types listed on the DOOD/);
    expect(r.out).toMatch(/\n {24}cast, crew, equipment, vehicle, location, other;/);
  });
});

describe("check --dood-types on the sample production", () => {
  test("rows per type in order, valid against the schema; cast rows and call sheets as without the flag", async () => {
    const r = await run("check", sample, "--json", "-", "--dood-types", "equipment,cast,crew");
    expect(r.err).toEqual([]);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.out) as Report;
    const types = report.dood.rows.map((row) => row.type);
    const firstOf = (t: string) => types.indexOf(t as never);
    expect(firstOf("cast")).toBe(0);
    expect(firstOf("equipment")).toBeGreaterThan(types.lastIndexOf("cast"));
    expect(firstOf("crew")).toBeGreaterThan(types.lastIndexOf("equipment"));
    expect(new Set(types)).toEqual(new Set(["cast", "equipment", "crew"]));
    expect(report.dood.rows.filter((row) => row.type === "crew").some((row) => row.work > 0)).toBe(true);

    const castOnly = report.dood.rows.filter((row) => row.type === "cast").map(({ type: _t, ...rest }) => rest);
    expect(castOnly).toEqual(plain.dood.rows);
    expect(report.callSheets).toEqual(plain.callSheets);
    expect(report.conflicts).toEqual(plain.conflicts);

    const schema = JSON.parse(await fs.readFile(path.resolve(ROOT, "../shared/spec/report.schema.json"), "utf8"));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    validate(report);
    expect(validate.errors ?? []).toEqual([]);
  });

  test("without the flag rows carry no type; --dood-types cast gives the same report", async () => {
    for (const row of plain.dood.rows) expect(row).not.toHaveProperty("type");
    const r = await run("check", sample, "--json", "-", "--dood-types", "cast");
    expect(r.out).toBe(JSON.stringify(plain, null, 2) + "\n");
  });

  test("crew only: the call sheets still show each cast member's DOOD status", async () => {
    const r = await run("check", sample, "--json", "-", "--dood-types", "crew");
    const report = JSON.parse(r.out) as Report;
    expect(report.dood.rows.every((row) => row.type === "crew")).toBe(true);
    expect(report.callSheets).toEqual(plain.callSheets);
  });
});
