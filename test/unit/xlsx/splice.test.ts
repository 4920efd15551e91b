/**
 * The CLI's copy spliced into the user's package (src/xlsx/splice.ts): what the user wrote stays byte for byte, what
 * the run adds is complete and consistent, and a rerun gives the same bytes. Seeds carry what ExcelJS used to lose
 * when it rewrote every sheet (session 20's fuzz): a note on an empty cell, a formula linking another workbook, a
 * link to a place in the workbook, an inline string with a phonetic run, a backslash in a number format, a defined
 * name equal to a generated table's name, a calculation chain.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../../src/cli/main";
import { captureIO } from "../../../src/cli/io";
import { check } from "../../../src/core/check";
import { buildWritePlan } from "../../../src/core/writeplan";
import { snapshotFromXlsxBuffer } from "../../../src/xlsx/fast-read";
import { applyPlan, xlsxBytes } from "../../../src/xlsx/write";
import { withOriginalParts } from "../../../src/xlsx/original-parts";
import { generatedIn } from "../../../src/xlsx/meta";
import { readWorkbookFile } from "../../../src/xlsx/read";
import { withoutHighlights } from "../../../src/xlsx/splice";
import { addContentTypes, addRelationship, editPart } from "../../helpers/zip-parts";
import type { Report } from "../../../src/core/report";

const SAMPLE = path.join(__dirname, "../../../assets/sample-production.xlsx");
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "pc-splice-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The sample with what ExcelJS could not carry through its rewrite, each put in the way Excel writes it. */
async function seedWithExtras(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await fs.readFile(SAMPLE)) as unknown as ArrayBuffer);
  const schedule = wb.getWorksheet("Schedule")!;
  // The user's own rule: a night strip's date in grey. It moves below the highlights and comes back.
  schedule.addConditionalFormatting({
    ref: "B4:B60",
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: ["$B4>46090"],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFDDDDDD" } } },
      },
    ],
  });
  const budget = wb.getWorksheet("Budget")!;
  budget.getCell("H2").value = 12;
  budget.getCell("H2").numFmt = '0\\h" shoot"';
  budget.getCell("H3").value = { formula: "[1]Topsheet!$B$2", result: 250000 };
  wb.definedNames.add("Budget!$A$1", "PC_Conflicts");
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  const sheets = (await zip.file("xl/workbook.xml")!.async("string")).match(/<sheet\b[^>]*>/g)!;
  const budgetRel = /r:id="([^"]+)"/.exec(sheets.find((s) => s.includes('name="Budget"'))!)![1];
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const budgetPart = "xl/" + new RegExp(`Id="${budgetRel}"[^>]*Target="([^"]+)"`).exec(rels)![1];
  // A formula linking the budget topsheet in another workbook: the external link part and its relationships.
  zip.file(
    "xl/externalLinks/externalLink1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS}"><externalBook r:id="rId1"><sheetNames><sheetName val="Topsheet"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="2"><cell r="B2"><v>250000</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
  );
  zip.file(
    "xl/externalLinks/_rels/externalLink1.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/externalLinkPath" Target="Budget%20Topsheet.xlsx" TargetMode="External"/></Relationships>`,
  );
  await addRelationship(
    zip,
    "xl/_rels/workbook.xml.rels",
    "rIdX1",
    `${NS}/externalLink`,
    "externalLinks/externalLink1.xml",
  );
  await addContentTypes(
    zip,
    '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>',
  );
  await editPart(zip, "xl/workbook.xml", (xml) =>
    xml.replace("</sheets>", '</sheets><externalReferences><externalReference r:id="rIdX1"/></externalReferences>'),
  );
  // A link to a place in the workbook, an inline string with a phonetic run, a note's anchor cell left empty.
  await editPart(zip, budgetPart, (xml) =>
    xml
      .replace(
        /<\/sheetData>/,
        '<row r="40"><c r="A40" t="inlineStr"><is><t>東京ロケ</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></is></c><c r="B40" t="s"><v>0</v></c></row></sheetData>',
      )
      .replace(
        /(<\/sheetData>[\s\S]*?)(<pageMargins|<\/worksheet>)/,
        '$1<hyperlinks><hyperlink ref="B40" location="\'Schedule\'!A1" display="Back to the schedule"/></hyperlinks>$2',
      ),
  );
  // A calculation chain, as Excel keeps one.
  zip.file(
    "xl/calcChain.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="H3" i="10"/></calcChain>`,
  );
  await addRelationship(zip, "xl/_rels/workbook.xml.rels", "rIdC1", `${NS}/calcChain`, "calcChain.xml");
  await addContentTypes(
    zip,
    '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>',
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

async function runCheck(input: Buffer, name: string): Promise<{ copy: Buffer; report: Report }> {
  const file = path.join(dir, `${name}.xlsx`);
  await fs.writeFile(file, input);
  const out = path.join(dir, `${name}-out.xlsx`);
  const json = path.join(dir, `${name}.json`);
  const io = captureIO();
  const status = await main(["check", file, "--out", out, "--json", json], io);
  if (status === 2) throw new Error(io.err.join(" "));
  return { copy: await fs.readFile(out), report: JSON.parse(await fs.readFile(json, "utf8")) as Report };
}

async function partsOf(buf: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(buf);
  const out = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async("nodebuffer"));
  return out;
}

/** A report without the file's name, which differs between a workbook and its copy. */
function findings(r: Report) {
  return { ...r, workbook: undefined };
}

/** The parts a relationship reaches, from the package's root; missing targets listed apart. */
function reach(parts: Map<string, Buffer>): { reached: Set<string>; missing: string[] } {
  const reached = new Set<string>();
  const missing: string[] = [];
  const visit = (part: string) => {
    const folder = part.includes("/") ? part.slice(0, part.lastIndexOf("/")) : "";
    const relsPart =
      part === "" ? "_rels/.rels" : `${folder ? folder + "/" : ""}_rels/${part.slice(part.lastIndexOf("/") + 1)}.rels`;
    const rels = parts.get(relsPart)?.toString("utf8");
    if (!rels) return;
    reached.add(relsPart);
    for (const [tag] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      if (/TargetMode="External"/.test(tag)) continue;
      const target = decodeURIComponent(/Target="([^"]*)"/.exec(tag)![1]);
      const segs = target.startsWith("/") ? [] : folder ? folder.split("/") : [];
      for (const s of target.replace(/^\//, "").split("/")) s === ".." ? segs.pop() : s !== "." && segs.push(s);
      const to = segs.join("/");
      if (!parts.has(to)) missing.push(`${part} -> ${to}`);
      else if (!reached.has(to)) {
        reached.add(to);
        visit(to);
      }
    }
  };
  visit("");
  return { reached, missing };
}

describe("the spliced --out copy", () => {
  let seed: Buffer;
  let first: { copy: Buffer; report: Report };
  beforeAll(async () => {
    seed = await seedWithExtras();
    first = await runCheck(seed, "seed");
  });

  test("every part the user's file has is in the copy byte for byte, but the ones the run must change", async () => {
    const theirs = await partsOf(seed);
    const ours = await partsOf(first.copy);
    const changed = new Set([
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "[Content_Types].xml",
      "xl/styles.xml",
      "xl/calcChain.xml", // none: Excel rebuilds it
    ]);
    const different = [...theirs.keys()].filter(
      (p) => !changed.has(p) && !theirs.get(p)!.equals(ours.get(p) ?? Buffer.alloc(0)),
    );
    expect(ours.has("xl/calcChain.xml")).toBe(false);
    expect(ours.has("xl/externalLinks/externalLink1.xml")).toBe(true);
    // Schedule, Materials (a late delivery) and Budget (an overrun): each the user's with the highlights added.
    expect(different).toEqual(["xl/worksheets/sheet2.xml", "xl/worksheets/sheet8.xml", "xl/worksheets/sheet10.xml"]);
    for (const part of different) {
      const copySheet = ours.get(part)!.toString("utf8");
      expect(copySheet).toContain("ProductionCoordinator:");
      expect(withoutHighlights(copySheet)).toBe(theirs.get(part)!.toString("utf8"));
    }
    const copySheet = ours.get("xl/worksheets/sheet2.xml")!.toString("utf8");
    // The user's rule is below the two highlights.
    expect(copySheet).toMatch(/<cfRule type="expression" dxfId="\d+" priority="3"><formula>\$B4&gt;46090/);
  });

  test("the user's styles and sheets stay where they were: the run's come after them", async () => {
    const theirs = (await partsOf(seed)).get("xl/styles.xml")!.toString("utf8");
    const ours = (await partsOf(first.copy)).get("xl/styles.xml")!.toString("utf8");
    for (const section of ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"]) {
      const items = (xml: string) => new RegExp(`<${section}\\b[^>]*>([\\s\\S]*?)</${section}>`).exec(xml)?.[1] ?? "";
      expect(items(ours).startsWith(items(theirs))).toBe(true);
    }
    const theirWb = (await partsOf(seed)).get("xl/workbook.xml")!.toString("utf8");
    const ourWb = (await partsOf(first.copy)).get("xl/workbook.xml")!.toString("utf8");
    for (const [tag] of theirWb.matchAll(
      /<sheet\b[^>]*>|<definedName\b[^>]*>[^<]*<\/definedName>|<externalReferences>.*?<\/externalReferences>/g,
    ))
      expect(ourWb).toContain(tag);
  });

  test("the package is whole: every relationship's part is there, every part is reached and typed", async () => {
    const parts = await partsOf(first.copy);
    const { reached, missing } = reach(parts);
    expect(missing).toEqual([]);
    const types = parts.get("[Content_Types].xml")!.toString("utf8");
    for (const part of parts.keys()) {
      if (part === "[Content_Types].xml") continue;
      expect([part, reached.has(part)]).toEqual([part, true]);
      const ext = part.slice(part.lastIndexOf(".") + 1);
      expect([part, types.includes(`PartName="/${part}"`) || types.includes(`Extension="${ext}"`)]).toEqual([
        part,
        true,
      ]);
    }
    for (const [, name] of types.matchAll(/PartName="\/([^"]+)"/g))
      expect([name, parts.has(name)]).toEqual([name, true]);
  });

  test("the Conflicts sheet's links go to cells of the workbook: no external relationship", async () => {
    const copy = snapshotFromXlsxBuffer(first.copy);
    const conflicts = copy.sheets.findIndex((s) => s.name === "Conflicts");
    const zip = await JSZip.loadAsync(first.copy);
    const wbXml = await zip.file("xl/workbook.xml")!.async("string");
    const rId = /r:id="([^"]+)"/.exec(wbXml.match(/<sheet\b[^>]*>/g)!.find((t) => t.includes('name="Conflicts"'))!)![1];
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const part = "xl/" + new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"`).exec(rels)![1];
    const xml = await zip.file(part)!.async("string");
    const links = xml.match(/<hyperlink\b[^>]*>/g) ?? [];
    expect(conflicts).toBeGreaterThan(0);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link).toMatch(/location="[^"]+![A-Z]+\d+"/);
      expect(link).not.toMatch(/r:id=/);
    }
    const sheetRels = (await zip.file(part.replace(/([^/]+)$/, "_rels/$1.rels"))?.async("string")) ?? "";
    expect(sheetRels).not.toMatch(/hyperlink/);
  });

  test("a generated table takes a name no table or defined name of the user's has", async () => {
    const zip = await JSZip.loadAsync(first.copy);
    const names: string[] = [];
    for (const [name, file] of Object.entries(zip.files))
      if (/^xl\/tables\/.*\.xml$/.test(name))
        names.push(/<table\b[^>]*\sname="([^"]+)"/.exec(await file.async("string"))![1]);
    const wbXml = await zip.file("xl/workbook.xml")!.async("string");
    for (const [, n] of wbXml.matchAll(/<definedName\b[^>]*\sname="([^"]+)"/g))
      if (!n.startsWith("_xlnm.")) names.push(n);
    const lower = names.map((n) => n.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
    expect(lower).toContain("pc_conflicts");
  });

  test("checking the copy again finds what the first run found, and writes the same bytes", async () => {
    // Past the zip's two-second clock: a part stamped with the time it was written would differ.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const again = await runCheck(first.copy, "again");
    expect(findings(again.report)).toEqual(findings(first.report));
    expect(again.copy.equals(first.copy)).toBe(true);
  });

  test("the generated sheets hold what the ExcelJS writer gives them, cell for cell", async () => {
    const file = path.join(dir, "plain.xlsx");
    await fs.writeFile(file, seed);
    const { workbook, snapshot, source } = await readWorkbookFile(file);
    const { report, model } = check(snapshot);
    applyPlan(workbook, buildWritePlan(report, model, {}));
    const viaExcelJs = snapshotFromXlsxBuffer(
      await withOriginalParts(source, await xlsxBytes(workbook), { generated: generatedIn(workbook) }),
    );
    const spliced = snapshotFromXlsxBuffer(first.copy);
    const generated = (s: typeof spliced) =>
      s.sheets.filter((x) => x.generated).map((x) => ({ name: x.name, values: x.used?.values, merges: x.merges }));
    expect(generated(spliced).length).toBeGreaterThan(4);
    expect(generated(spliced)).toEqual(generated(viaExcelJs));
  });

  test("a copy written by the ExcelJS writer loses its generated sheets and takes this run's, whole", async () => {
    const file = path.join(dir, "old.xlsx");
    await fs.writeFile(file, await fs.readFile(SAMPLE));
    const { workbook, snapshot, source } = await readWorkbookFile(file);
    const { report, model } = check(snapshot);
    applyPlan(workbook, buildWritePlan(report, model, {}));
    const old = await withOriginalParts(source, await xlsxBytes(workbook), { generated: generatedIn(workbook) });
    const spliced = await runCheck(old, "from-old");
    const names = snapshotFromXlsxBuffer(spliced.copy).sheets.map((s) => s.name);
    expect(names.filter((n) => n === "Conflicts")).toHaveLength(1);
    expect(names.some((n) => / \(2\)$/.test(n))).toBe(false);
    expect(reach(await partsOf(spliced.copy)).missing).toEqual([]);
    const parts = await partsOf(spliced.copy);
    const { reached } = reach(parts);
    expect([...parts.keys()].filter((p) => p !== "[Content_Types].xml" && !reached.has(p))).toEqual([]);
    expect(findings(spliced.report)).toEqual(findings(report.workbook ? { ...report } : report));
  });
});

/** Session 21's fuzz of the splice: each a copy the first version of splice.ts got wrong. */
describe("the spliced copy, from its fuzz", () => {
  async function sample(edit?: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await fs.readFile(SAMPLE)) as unknown as ArrayBuffer);
    edit?.(wb);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  test.each(['"$"#,##0.00', "[$$-409]#,##0.00", "$#,##0;[Red]-$#,##0"])(
    "a number format with $ (%s) stays as it was, in a well-formed style part",
    async (format) => {
      const input = await sample((wb) => {
        const budget = wb.getWorksheet("Budget")!;
        budget.getCell("H2").value = 1250;
        budget.getCell("H2").numFmt = format;
      });
      const { copy } = await runCheck(input, `dollar-${format.length}`);
      const styles = (await partsOf(copy)).get("xl/styles.xml")!.toString("utf8");
      expect(styles.match(/<numFmts\b/g)).toHaveLength(1);
      const back = new ExcelJS.Workbook();
      await back.xlsx.load(copy as unknown as ArrayBuffer);
      expect(back.getWorksheet("Budget")!.getCell("H2").numFmt).toBe(format);
    },
  );

  test("emoji in long text survive: parts go into the zip as bytes, not as JSZip's 16,384-character pieces", async () => {
    // Two texts an emoji apart in alignment: in one of them a piece's end falls inside a surrogate pair.
    const long = "🎬".repeat(12000);
    const input = await sample((wb) => {
      const schedule = wb.getWorksheet("Schedule")!;
      schedule.getCell("S4").value = long;
      schedule.getCell("S5").value = `a${long}`;
    });
    const { copy, report } = await runCheck(input, "emoji");
    expect(report.conflicts.length).toBeGreaterThan(0);
    const parts = await partsOf(copy);
    const texts = [...parts.entries()].filter(([n]) => /^xl\/worksheets\/[^/]+\.xml$/.test(n));
    for (const [name, bytes] of texts)
      expect({ name, broken: bytes.toString("utf8").includes("\uFFFD") }).toEqual({ name, broken: false });
    // The user's Schedule (highlighted, so rewritten) and a call sheet's notes hold the texts whole.
    const all = texts.map(([, b]) => b.toString("utf8")).join("");
    expect(all.split(long).length - 1).toBeGreaterThanOrEqual(2);
  });

  test("OOXML's escapes in cell text (_x000D_, _x005F_) are read as Excel shows them, by both readers", async () => {
    const input = await sample((wb) => {
      // ExcelJS writes text as it is given: this is the file Excel writes for "Ann\r\nLee" and a typed "_x0041_".
      const budget = wb.getWorksheet("Budget")!;
      budget.getCell("H2").value = "Ann_x000D_\nLee";
      budget.getCell("H3").value = "_x005F_x0041_ stays";
    });
    const fast = snapshotFromXlsxBuffer(input, "x.xlsx");
    const file = path.join(dir, "escapes.xlsx");
    await fs.writeFile(file, input);
    const slow = (await readWorkbookFile(file)).snapshot;
    for (const snap of [fast, slow]) {
      const budget = snap.sheets.find((s) => s.name === "Budget")!;
      const cells = budget.used!.values.flat();
      expect(cells).toContain("Ann\r\nLee");
      expect(cells).toContain("_x0041_ stays");
    }
  });

  test("a table part kept outside xl/tables keeps its id to itself", async () => {
    const zip = await JSZip.loadAsync(await sample());
    const tableParts = Object.keys(zip.files).filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n));
    expect(tableParts.length).toBeGreaterThan(0);
    for (const part of tableParts) {
      const moved = part.replace("xl/tables/", "xl/worksheets/tables/");
      zip.file(moved, await zip.file(part)!.async("nodebuffer"));
      zip.remove(part);
      for (const rels of Object.keys(zip.files).filter((n) => n.endsWith(".rels")))
        await editPart(zip, rels, (x) =>
          x.replace(`../tables/${part.split("/").pop()}"`, `tables/${moved.split("/").pop()}"`),
        );
      await editPart(zip, "[Content_Types].xml", (x) => x.replace(`/${part}"`, `/${moved}"`));
    }
    const { copy } = await runCheck(await zip.generateAsync({ type: "nodebuffer" }), "table-elsewhere");
    const ids = [...(await partsOf(copy)).entries()]
      .filter(([, b]) => /^<\?xml[^>]*>\s*<table\b/.test(b.toString("utf8")))
      .map(([, b]) => /<table\b[^>]*?\sid="(\d+)"/.exec(b.toString("utf8"))![1]);
    expect(ids.length).toBeGreaterThan(tableParts.length);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("a sheet part named with a capital (Sheet1.xml) is not taken by a generated sheet", async () => {
    const zip = await JSZip.loadAsync(await sample());
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("nodebuffer");
    zip.remove("xl/worksheets/sheet1.xml");
    zip.file("xl/worksheets/Sheet1.xml", xml);
    const rels = zip.file("xl/worksheets/_rels/sheet1.xml.rels");
    if (rels) {
      zip.file("xl/worksheets/_rels/Sheet1.xml.rels", await rels.async("nodebuffer"));
      zip.remove("xl/worksheets/_rels/sheet1.xml.rels");
    }
    await editPart(zip, "xl/_rels/workbook.xml.rels", (x) =>
      x.replace("worksheets/sheet1.xml", "worksheets/Sheet1.xml"),
    );
    await editPart(zip, "[Content_Types].xml", (x) =>
      x.replace("/xl/worksheets/sheet1.xml", "/xl/worksheets/Sheet1.xml"),
    );
    const { copy } = await runCheck(await zip.generateAsync({ type: "nodebuffer" }), "capital");
    const names = [...(await partsOf(copy)).keys()].map((n) => n.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    const types = (await partsOf(copy)).get("[Content_Types].xml")!.toString("utf8");
    expect(types).toContain('PartName="/xl/worksheets/Sheet1.xml"');
  });

  test("a 1904 workbook's generated dates are its own serials (not 4 years and a day late)", async () => {
    const input = await sample((wb) => {
      wb.properties.date1904 = true;
    });
    const { copy, report } = await runCheck(input, "date1904");
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(copy as unknown as ArrayBuffer);
    const conflicts = back.getWorksheet("Conflicts")!;
    const first = conflicts.getCell("D3").value as Date;
    expect(first.toISOString().slice(0, 10)).toBe(report.conflicts[0].date);
  });

  test("a self-closing defined name of a generated sheet takes no name of the user's with it", async () => {
    const first = await runCheck(await fs.readFile(SAMPLE), "selfclosing-1");
    const zip = await JSZip.loadAsync(first.copy);
    const wbXml = await zip.file("xl/workbook.xml")!.async("string");
    const conflicts = wbXml.match(/<sheet\b[^>]*>/g)!.findIndex((t) => t.includes('name="Conflicts"'));
    await editPart(zip, "xl/workbook.xml", (x) =>
      x.replace(
        "<definedNames>",
        `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="${conflicts}" hidden="1"/><definedName name="MyNotes" localSheetId="0">Production!$A$1</definedName>`,
      ),
    );
    const again = await runCheck(await zip.generateAsync({ type: "nodebuffer" }), "selfclosing-2");
    const names = (await partsOf(again.copy)).get("xl/workbook.xml")!.toString("utf8");
    expect(names).toContain('<definedName name="MyNotes" localSheetId="0">Production!$A$1</definedName>');
    expect(names).not.toContain("_xlnm._FilterDatabase");
  });

  test("a package without a style part gets one, and its sheets stay byte for byte", async () => {
    const zip = await JSZip.loadAsync(await sample());
    zip.remove("xl/styles.xml");
    await editPart(zip, "xl/_rels/workbook.xml.rels", (x) => x.replace(/<Relationship\b[^>]*styles\.xml"\/>/, ""));
    await editPart(zip, "[Content_Types].xml", (x) => x.replace(/<Override PartName="\/xl\/styles\.xml"[^>]*\/>/, ""));
    const input = await zip.generateAsync({ type: "nodebuffer" });
    const { copy } = await runCheck(input, "nostyles");
    const theirs = await partsOf(input);
    const ours = await partsOf(copy);
    expect(ours.get("xl/worksheets/sheet3.xml")!.equals(theirs.get("xl/worksheets/sheet3.xml")!)).toBe(true);
    expect(reach(ours).missing).toEqual([]);
    expect(ours.get("[Content_Types].xml")!.toString("utf8")).toMatch(/PartName="\/xl\/styles\.xml"[^>]*styles\+xml/);
  });
});

describe("packages in other writers' forms", () => {
  async function sampleZip(): Promise<JSZip> {
    return JSZip.loadAsync(await fs.readFile(SAMPLE));
  }
  /** Every element of a part with the prefix `x:` for the main namespace, as the .NET SDK writes parts. */
  const prefixed = (xml: string) =>
    xml
      .replace(/<(\/?)(?![?!])([A-Za-z])/g, "<$1x:$2")
      .replace(
        'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
        'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
      );

  test("a style part written with a prefix takes the generated sheets' styles; the sheets stay byte for byte", async () => {
    const zip = await sampleZip();
    await editPart(zip, "xl/styles.xml", prefixed);
    const input = await zip.generateAsync({ type: "nodebuffer" });
    const { copy } = await runCheck(input, "prefixed-styles");
    const theirs = await partsOf(input);
    const ours = await partsOf(copy);
    for (const part of ["xl/worksheets/sheet3.xml", "xl/sharedStrings.xml"])
      expect(ours.get(part)!.equals(theirs.get(part)!)).toBe(true);
    expect(ours.get("xl/styles.xml")!.toString("utf8")).toMatch(/<styleSheet xmlns="http:\/\/schemas/);
  });

  test("a part named with a space (a percent-encoded target) is read and spliced, not rewritten", async () => {
    const zip = await sampleZip();
    const xml = await zip.file("xl/worksheets/sheet3.xml")!.async("nodebuffer");
    zip.remove("xl/worksheets/sheet3.xml");
    zip.file("xl/worksheets/cast sheet.xml", xml);
    await editPart(zip, "xl/_rels/workbook.xml.rels", (x) =>
      x.replace("worksheets/sheet3.xml", "worksheets/cast%20sheet.xml"),
    );
    await editPart(zip, "[Content_Types].xml", (x) =>
      x.replace("/xl/worksheets/sheet3.xml", "/xl/worksheets/cast%20sheet.xml"),
    );
    const input = await zip.generateAsync({ type: "nodebuffer" });
    const { copy, report } = await runCheck(input, "percent");
    expect((await partsOf(copy)).get("xl/worksheets/cast sheet.xml")!.equals(xml)).toBe(true);
    expect(report.summary.resources).toBeGreaterThan(0);
  });

  test("a workbook and a highlighted sheet written with prefixes are read, and spliced in their plain form", async () => {
    const zip = await sampleZip();
    await editPart(zip, "xl/workbook.xml", prefixed);
    await editPart(zip, "xl/worksheets/sheet2.xml", prefixed);
    const input = await zip.generateAsync({ type: "nodebuffer" });
    const plain = await runCheck(await fs.readFile(SAMPLE), "plain-form");
    const { copy, report } = await runCheck(input, "prefixed-sheet");
    expect(findings(report)).toEqual(findings(plain.report));
    const schedule = (await partsOf(copy)).get("xl/worksheets/sheet2.xml")!.toString("utf8");
    expect(schedule).toMatch(/<worksheet xmlns="http:\/\/schemas[\s\S]*ProductionCoordinator:error/);
  });

  test("a package the splice does not take goes through the ExcelJS writer, and the summary says so", async () => {
    const zip = await sampleZip();
    await editPart(zip, "xl/styles.xml", (x) =>
      x.replace(/<cellStyleXfs\b[\s\S]*?<\/cellStyleXfs>/, '<cellStyleXfs count="0"/>'),
    );
    const file = path.join(dir, "no-cell-formats.xlsx");
    await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
    const io = captureIO();
    expect(await main(["check", file, "--out", path.join(dir, "no-cell-formats-out.xlsx")], io)).toBe(1);
    expect(io.text()).toMatch(
      /Note: the copy was written by rewriting the workbook \(a style part without cell formats\)/,
    );
  });
});
