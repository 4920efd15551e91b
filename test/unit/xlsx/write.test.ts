import ExcelJS from "exceljs";
import type { GeneratedSheet, WritePlan } from "../../../src/core/plan";
import { applyPlan, clearAdded, highlightFormula, toArgb } from "../../../src/xlsx/write";
import { readMeta, saveSettings } from "../../../src/xlsx/meta";
import { snapshotFromExcelJS } from "../../../src/xlsx/read";
import { cellFacts, dumpSheet, dumpWorkbook, roundTrip } from "./dump";
import JSZip from "jszip";
import { buildCallSheet } from "../../../src/core/writeplan/call-sheet";
import { longCallSheet, smallModel } from "../writeplan/fixture";

/**
 * The saved workbook with a `<col>` of the given width for each column, as Excel writes a width the user set
 * (ExcelJS itself leaves a column of width 9 out).
 */
async function withColumnWidths(buffer: ExcelJS.Buffer, widths: Record<number, number>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const part = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(part)!.async("string");
  const mine = Object.entries(widths).map(([c, w]) => `<col min="${c}" max="${c}" width="${w}" customWidth="1"/>`);
  const cols = /<cols>([\s\S]*?)<\/cols>/.exec(xml);
  const merged = cols
    ? xml.replace(cols[0], `<cols>${mine.join("")}${cols[1]}</cols>`)
    : xml.replace("<sheetData", `<cols>${mine.join("")}</cols><sheetData`);
  zip.file(part, merged);
  return zip.generateAsync({ type: "nodebuffer" });
}

/** The XML of a worksheet in a saved workbook, by sheet name. */
async function sheetXml(wb: ExcelJS.Workbook, name: string): Promise<{ sheet: string; styles: string }> {
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const book = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(book)![1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1].replace(/^\/?(xl\/)?/, "");
  return {
    sheet: await zip.file(`xl/${target}`)!.async("string"),
    styles: await zip.file("xl/styles.xml")!.async("string"),
  };
}

/** A user's workbook: values, a formula, a date, number formats, a user fill, a user conditional format, a table. */
function userWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Schedule");
  ws.getCell("A1").value = "Schedule";
  ws.addTable({
    name: "Strips",
    ref: "A2",
    headerRow: true,
    columns: [{ name: "ID" }, { name: "Date" }, { name: "Cast" }, { name: "Pages" }],
    rows: [
      ["S-1", new Date(Date.UTC(2026, 2, 2)), "1, 2", 1.5],
      ["S-2", new Date(Date.UTC(2026, 2, 3)), "2", 0.375],
    ],
  });
  ws.getCell("B3").numFmt = "ddd d mmm";
  ws.getCell("D4").numFmt = "0.000";
  ws.getCell("C3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.getCell("E3").value = { formula: "D3*8", result: 12 };
  ws.addConditionalFormatting({
    ref: "D3:D4",
    rules: [{ type: "cellIs", operator: "greaterThan", priority: 1, formulae: ["1"], style: { font: { bold: true } } }],
  });
  wb.addWorksheet("Conflicts").getCell("A1").value = "my own notes";
  return wb;
}

function sheet(overrides: Partial<GeneratedSheet> & { key: string; name: string }): GeneratedSheet {
  return {
    kind: "conflicts",
    blocks: [],
    styles: [],
    merges: [],
    columnWidths: [],
    hyperlinks: [],
    ...overrides,
  };
}

const TRICKY = ["=SUM(A1)", "+1", "-x", "@foo", "=1+1", "'quoted"];

function plan(): WritePlan {
  return {
    highlights: [
      { sheet: "Schedule", ranges: ["A3:D3", "C4"], severity: "error", color: "#F4CCCC" },
      { sheet: "Schedule", ranges: ["A4:D4"], severity: "warning", color: "#FFF2CC" },
      { sheet: "Nope", ranges: ["A1"], severity: "error", color: "#F4CCCC" },
    ],
    sheets: [
      sheet({
        key: "conflicts",
        name: "Conflicts",
        blocks: [
          { at: "A1", values: [["Conflicts"]] },
          { at: "A3", values: [["Type", "Message", "Go"], ...TRICKY.map((t) => ["double-booking", t, null])] },
        ],
        styles: [
          { range: "A1", style: { bold: true, fontSize: 14, fontColor: "#1F3864" } },
          { range: "A3:C3", style: { fill: "#DDEBF7", border: "bottom", hAlign: "center", wrap: true } },
        ],
        merges: ["A1:C1"],
        columnWidths: [18, 60, 10],
        rowHeights: { 1: 24 },
        table: { range: `A3:C${3 + TRICKY.length}`, name: "PC Conflicts" },
        hyperlinks: [{ cell: "C4", sheet: "Schedule", range: "A3:D3", text: "S-1" }],
        freeze: { rows: 3, columns: 0 },
        print: {
          orientation: "landscape",
          fitToWidth: true,
          printArea: "A1:C10",
          titleRows: "1:3",
          footer: "&A · Page &P of &N",
          header: "Day Out of Days: Smith && Jones",
        },
        tabColor: "#C00000",
      }),
      sheet({
        key: "call-sheet:2026-03-02",
        kind: "call-sheet",
        name: "Call Sheet 2026-03-02",
        blocks: [{ at: "B2", values: [["Call", 0.3125, true]] }],
        styles: [{ range: "C2", style: { numberFormat: "h:mm" } }],
        hyperlinks: [
          { cell: "A1", sheet: "Conflicts", range: "A1", text: "Back to Conflicts", generated: true },
          // A data issue on the user's own sheet called Conflicts.
          { cell: "A2", sheet: "Conflicts", range: "B2", text: "Conflicts!B2" },
        ],
      }),
    ],
  };
}

describe("toArgb", () => {
  test.each([
    ["#ff0000", "FFFF0000"],
    ["00FF00", "FF00FF00"],
    [" #0000ff ", "FF0000FF"],
    ["#fff", null],
    ["#GG0000", null],
    ["#FF00000", null],
    [undefined, null],
    ["", null],
  ])("%s -> %s", (input, out) => expect(toArgb(input)).toBe(out));
});

describe("applyPlan", () => {
  test("writes generated sheets after the user's, a suffix beside a user sheet of the same name", async () => {
    const wb = userWorkbook();
    applyPlan(wb, plan());
    const out = await roundTrip(wb);
    expect(out.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["Schedule", "visible"],
      ["Conflicts", "visible"],
      ["Conflicts (2)", "visible"],
      ["Call Sheet 2026-03-02", "visible"],
      ["_pc_meta", "veryHidden"],
    ]);
    expect(out.getWorksheet("Conflicts")?.getCell("A1").value).toBe("my own notes");
    expect(readMeta(out).entries.map((e) => [e.name, e.key])).toEqual([
      ["Conflicts (2)", "conflicts"],
      ["Call Sheet 2026-03-02", "call-sheet:2026-03-02"],
    ]);
    const snap = snapshotFromExcelJS(out);
    expect(snap.sheets.map((s) => [s.name, !!s.generated])).toEqual([
      ["Schedule", false],
      ["Conflicts", false],
      ["Conflicts (2)", true],
      ["Call Sheet 2026-03-02", true],
    ]);
  });

  test.each(TRICKY.map((t, i) => [t, i]))("text %s stays text, never a formula", async (text, i) => {
    const wb = userWorkbook();
    applyPlan(wb, plan());
    const facts = cellFacts((await roundTrip(wb)).getWorksheet("Conflicts (2)")!, `B${4 + Number(i)}`);
    expect(facts).toEqual({ type: ExcelJS.ValueType.String, value: text, formula: undefined });
  });

  test("styles, merges, widths, heights, table, hyperlinks, freeze, print and tab colour", async () => {
    const wb = userWorkbook();
    applyPlan(wb, plan());
    const ws = (await roundTrip(wb)).getWorksheet("Conflicts (2)")!;
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14, color: { argb: "FF1F3864" } });
    expect(ws.getCell("B3").fill).toMatchObject({ fgColor: { argb: "FFDDEBF7" } });
    expect(ws.getCell("B3").alignment).toMatchObject({ horizontal: "center", wrapText: true });
    expect(ws.getCell("B3").border.bottom).toMatchObject({ style: "thin" });
    expect(ws.getCell("B1").isMerged).toBe(true);
    expect(ws.getColumn(2).width).toBe(60);
    expect(ws.getRow(1).height).toBe(24);
    expect(dumpSheet(ws).tables).toEqual([{ name: "PC_Conflicts", ref: `A3:C${3 + TRICKY.length}` }]);
    expect(ws.getCell("C4").value).toEqual({ text: "S-1", hyperlink: "Schedule!A3" });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3, xSplit: 0 });
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: "A1:C10",
      printTitlesRow: "1:3",
    });
    // The footer's centre: its text after Excel's section code.
    expect(ws.headerFooter.oddFooter).toBe("&C&A · Page &P of &N");
    // And the header's left, after its section code.
    expect(ws.headerFooter.oddHeader).toBe("&LDay Out of Days: Smith && Jones");
    // The print area as Excel writes it, rows absolute too: LibreOffice printed rows above a relative one's start.
    const book = await (await JSZip.loadAsync(await wb.xlsx.writeBuffer())).file("xl/workbook.xml")!.async("string");
    expect(book).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="${wb.worksheets.indexOf(wb.getWorksheet("Conflicts (2)")!)}">&apos;Conflicts (2)&apos;!$A$1:$C$10</definedName>`,
    );
    expect(ws.properties.tabColor).toEqual({ argb: "FFC00000" });
    const call = (await roundTrip(wb)).getWorksheet("Call Sheet 2026-03-02")!;
    // A link to a generated sheet follows it to its suffixed name; one to the user's own sheet of that name stays.
    expect(call.getCell("A1").value).toEqual({ text: "Back to Conflicts", hyperlink: "'Conflicts (2)'!A1" });
    expect(call.getCell("A2").value).toEqual({ text: "Conflicts!B2", hyperlink: "Conflicts!B2" });
    expect(call.getCell("C2").numFmt).toBe("h:mm");
    expect(call.getCell("D2").value).toBe(true);
  });

  test("highlights are marked conditional formats; the user's cells and own formats are untouched", async () => {
    const before = dumpSheet((await roundTrip(userWorkbook())).getWorksheet("Schedule")!);
    const wb = userWorkbook();
    applyPlan(wb, plan());
    const after = dumpSheet((await roundTrip(wb)).getWorksheet("Schedule")!);
    expect(after.cells).toEqual(before.cells);
    expect(after.cells.C3.fill).toMatchObject({ fgColor: { argb: "FFFFFF00" } });
    type Cf = { ref: string; rules: { type: string; priority: number; formulae?: string[] }[] };
    const cfs = after.conditionalFormats as Cf[];
    // The user's rule is kept, two places down: the highlights take priorities 1 and 2, above it (a user's dark
    // fill would hide them); Clear puts it back at 1 (the next test).
    const [mine] = before.conditionalFormats as Cf[];
    expect(cfs[0]).toEqual({ ...mine, rules: [{ ...mine.rules[0], priority: 3 }] });
    expect(cfs.slice(1).map((c) => [c.ref, c.rules[0].type, c.rules[0].formulae, c.rules[0].priority])).toEqual([
      ["A3:D3 C4", "expression", [highlightFormula("error")], 1],
      ["A4:D4", "expression", [highlightFormula("warning")], 2],
    ]);
  });

  test("the user's times and dates keep their exact serials (ExcelJS's Date round trip moved 11:00 to 10:59:59.9999)", async () => {
    const source = new ExcelJS.Workbook();
    const ws = source.addWorksheet("Schedule");
    const times: [string, number, string][] = [
      ["A1", 11 / 24, "hh:mm"],
      ["A2", 7.5 / 24, "h:mm AM/PM"],
      ["A3", 46083 + 19.25 / 24, "yyyy-mm-dd hh:mm"],
      ["A4", 46084, "ddd d mmm"],
      ["A5", 1 + 2 / 24, "[h]:mm"],
    ];
    for (const [address, value, numFmt] of times) {
      ws.getCell(address).value = value;
      ws.getCell(address).numFmt = numFmt;
    }
    ws.getCell("B1").value = { formula: "A1+1/24", result: 12 / 24 };
    ws.getCell("B1").numFmt = "hh:mm";
    const valueOf = (xml: string, address: string) =>
      new RegExp(`<c r="${address}"[^>]*>(?:<f>[^<]*</f>)?<v>([^<]*)</v>`).exec(xml)?.[1];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await source.xlsx.writeBuffer());
    expect(wb.getWorksheet("Schedule")!.getCell("A1").value).toBeInstanceOf(Date);
    applyPlan(wb, plan());
    const { sheet } = await sheetXml(wb, "Schedule");
    for (const [address, value] of times) expect([address, Number(valueOf(sheet, address))]).toEqual([address, value]);
    expect(Number(valueOf(sheet, "B1"))).toBe(12 / 24);
  });

  test("a serial a few bits off the millisecond (openpyxl's 14:30 on a date) comes back as the file had it", async () => {
    const source = new ExcelJS.Workbook();
    const ws = source.addWorksheet("Availability");
    // As a grader's openpyxl file had 14:30 on 2026-03-05: a few bits off the double nearest 14:30.
    const openpyxl = 46086.60416666666;
    expect(openpyxl).not.toBe((46086 * 86400000 + 52200000) / 86400000);
    ws.getCell("B5").value = openpyxl;
    ws.getCell("B5").numFmt = "yyyy-mm-dd hh:mm";
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await source.xlsx.writeBuffer());
    applyPlan(wb, plan());
    const { sheet } = await sheetXml(wb, "Availability");
    expect(Number(/<c r="B5"[^>]*><v>([^<]*)<\/v>/.exec(sheet)?.[1])).toBe(openpyxl);
  });

  test("in a 1904 date system book too", async () => {
    const source = new ExcelJS.Workbook();
    source.properties.date1904 = true;
    const ws = source.addWorksheet("Schedule");
    ws.getCell("A1").value = 44621 + 11 / 24;
    ws.getCell("A1").numFmt = "yyyy-mm-dd hh:mm";
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await source.xlsx.writeBuffer());
    applyPlan(wb, plan());
    const { sheet } = await sheetXml(wb, "Schedule");
    expect(Number(/<c r="A1"[^>]*><v>([^<]*)<\/v>/.exec(sheet)?.[1])).toBe(44621 + 11 / 24);
  });

  test("a column exactly 9 wide keeps its width (ExcelJS's default, which it left out of the file)", async () => {
    const source = new ExcelJS.Workbook();
    const ws = source.addWorksheet("Cast", { properties: { defaultColWidth: 18 } });
    ws.getCell("A1").value = "Name";
    ws.getColumn(7).width = 9;
    ws.getColumn(8).width = 12;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await withColumnWidths(await source.xlsx.writeBuffer(), { 7: 9 })) as unknown as ArrayBuffer);
    applyPlan(wb, plan());
    const { sheet } = await sheetXml(wb, "Cast");
    const cols = Array.from(sheet.matchAll(/<col [^>]*>/g), ([c]) => [
      /min="(\d+)"/.exec(c)?.[1],
      /width="([^"]+)"/.exec(c)?.[1],
    ]);
    expect(cols).toEqual([
      ["7", "9"],
      ["8", "12"],
    ]);
  });

  test("title columns print at the left of every page of a sheet too wide for one", async () => {
    const p = plan();
    p.sheets[0].print = { orientation: "landscape", fitToWidth: false, printArea: "A1:C10", titleColumns: "A:B" };
    const wb = userWorkbook();
    applyPlan(wb, p);
    // The user has a sheet called Conflicts: the generated one is Conflicts (2).
    const ws = (await roundTrip(wb)).getWorksheet("Conflicts (2)")!;
    expect(ws.pageSetup).toMatchObject({ printTitlesColumn: "A:B", fitToPage: false });
  });

  test("check then clear leaves every user sheet exactly as it was", async () => {
    const original = dumpWorkbook(await roundTrip(userWorkbook()));
    const wb = await roundTrip(userWorkbook());
    applyPlan(wb, plan());
    const checked = await roundTrip(wb);
    clearAdded(checked);
    expect(dumpWorkbook(await roundTrip(checked))).toEqual(original);
  });

  test("rerunning gives the same workbook as running once", async () => {
    const once = await roundTrip(userWorkbook());
    applyPlan(once, plan());
    const twice = await roundTrip(once);
    applyPlan(twice, plan());
    expect(dumpWorkbook(await roundTrip(twice))).toEqual(dumpWorkbook(await roundTrip(once)));
  });

  test("a rerun with fewer sheets removes the old ones; saved settings survive runs and Clear", async () => {
    const wb = userWorkbook();
    saveSettings(wb, { highlightColors: { error: "#123456" } });
    applyPlan(wb, plan());
    const second = await roundTrip(wb);
    applyPlan(second, { highlights: [], sheets: [plan().sheets[1]] });
    const third = await roundTrip(second);
    expect(third.worksheets.map((w) => w.name)).toEqual(["Schedule", "Conflicts", "Call Sheet 2026-03-02", "_pc_meta"]);
    expect(dumpSheet(third.getWorksheet("Schedule")!).conditionalFormats).toHaveLength(1);
    clearAdded(third);
    const cleared = await roundTrip(third);
    expect(cleared.worksheets.map((w) => w.name)).toEqual(["Schedule", "Conflicts", "_pc_meta"]);
    expect(readMeta(cleared).settings).toEqual({ highlightColors: { error: "#123456" } });
  });

  test("a table name already used by the user gets a suffix", async () => {
    const wb = userWorkbook();
    const p = plan();
    p.sheets[0].table = { range: "A3:C4", name: "Strips" };
    applyPlan(wb, p);
    expect(dumpSheet((await roundTrip(wb)).getWorksheet("Conflicts (2)")!).tables).toEqual([
      { name: "Strips_2", ref: "A3:C4" },
    ]);
  });

  test("bad addresses in a plan are skipped, not fatal", () => {
    const wb = userWorkbook();
    expect(() =>
      applyPlan(wb, {
        highlights: [{ sheet: "Schedule", ranges: ["not a range"], severity: "error", color: "#FF0000" }],
        sheets: [
          sheet({
            key: "k",
            name: "Bad",
            blocks: [{ at: "??", values: [["x"]] }],
            styles: [{ range: "1A", style: { bold: true } }],
            merges: ["A1:B1", "B1:C1", "zz"],
            hyperlinks: [{ cell: "A1", sheet: "Schedule", range: "bad", text: "x" }],
          }),
        ],
      }),
    ).not.toThrow();
  });
});

describe("printed call sheets", () => {
  test("the file gets the plan's manual page breaks and row heights", async () => {
    const cs = buildCallSheet(longCallSheet(24), smallModel());
    expect(cs.print?.pageBreaks?.length).toBeGreaterThan(1);
    const wb = userWorkbook();
    applyPlan(wb, { highlights: [], sheets: [cs] });
    const { sheet: xml } = await sheetXml(wb, cs.name);
    // A break above row r is written below row r - 1 (the brk id), as manual breaks.
    const breaks = [...xml.matchAll(/<brk id="(\d+)"[^>]*\/>/g)].map((m) => {
      expect(m[0]).toContain('man="1"');
      expect(m[0]).toContain('max="16383"');
      expect(m[0]).not.toContain("min=");
      return Number(m[1]) + 1;
    });
    expect(breaks).toEqual(cs.print!.pageBreaks);
    const heights = Object.fromEntries(
      [...xml.matchAll(/<row r="(\d+)" ht="([\d.]+)" customHeight="1"/g)].map((m) => [m[1], Number(m[2])]),
    );
    expect(heights).toEqual(Object.fromEntries(Object.entries(cs.rowHeights!).map(([r, h]) => [r, h])));
    expect(xml).toContain('fitToWidth="1"');
  });

  test("generated cells' fonts are named (LibreOffice prints a font without a name in its serif)", async () => {
    const wb = userWorkbook();
    applyPlan(wb, { highlights: [], sheets: [buildCallSheet(longCallSheet(3), smallModel())] });
    const ws = wb.getWorksheet("Call Sheet 2026-03-02")!;
    expect(ws.getCell("A1").font).toMatchObject({ name: "Calibri", bold: true, size: 20 });
    const { styles } = await sheetXml(wb, "Call Sheet 2026-03-02");
    const cellFonts = styles.slice(styles.indexOf("<fonts"), styles.indexOf("</fonts>"));
    const fonts = [...cellFonts.matchAll(/<font>(.*?)<\/font>/g)].map((m) => m[1]);
    expect(fonts.length).toBeGreaterThan(3);
    for (const f of fonts) expect(f).toContain('<name val="Calibri"/>');
  });
});
