/**
 * The fast reader on packages written part by part (as Excel, LibreOffice or openpyxl write them, not only as
 * ExcelJS does): each test pins one thing the differential tests in fast-read.test.ts never vary. From mutation
 * testing of src/xlsx/fast-read.ts (g49).
 */
import JSZip from "jszip";
import { snapshotFromXlsxBuffer, withSerialDateCells } from "../../../src/xlsx/fast-read";
import { META_TITLE } from "../../../src/xlsx/meta";
import type { WorkbookSnapshot } from "../../../src/core/snapshot";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

interface Parts {
  /** The sheetData's rows (`<row r="1">...</row>`). */
  rows: string;
  /** Anything after sheetData (`<mergeCells>`, `<tableParts>`). */
  after?: string;
  /** The `<cellXfs>` entries' numFmtIds (style index = position) and any custom `<numFmt>`s. */
  xfs?: number[];
  numFmts?: Record<number, string>;
  /** The `<si>` elements of the shared strings part. */
  strings?: string[];
  /** Attributes of `<workbookPr>`. */
  workbookPr?: string;
  /** Extra parts by name (tables), and the sheet's own relationships. */
  extra?: Record<string, string>;
  sheetRels?: string;
}

/** A minimal package: one worksheet "S" and the parts asked for. */
async function book(p: Parts): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "_rels/.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<workbook ${NS} ${RNS}>${p.workbookPr ? `<workbookPr ${p.workbookPr}/>` : ""}<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<worksheet ${NS} ${RNS}><sheetData>${p.rows}</sheetData>${p.after ?? ""}</worksheet>`,
  );
  const numFmts = Object.entries(p.numFmts ?? {})
    .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code}"/>`)
    .join("");
  zip.file(
    "xl/styles.xml",
    `<styleSheet ${NS}>${numFmts ? `<numFmts>${numFmts}</numFmts>` : ""}<cellXfs>${(p.xfs ?? [0])
      .map((id) => `<xf numFmtId="${id}" applyNumberFormat="1"/>`)
      .join("")}</cellXfs></styleSheet>`,
  );
  zip.file("xl/sharedStrings.xml", `<sst ${NS}>${(p.strings ?? []).join("")}</sst>`);
  if (p.sheetRels)
    zip.file(
      "xl/worksheets/_rels/sheet1.xml.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${p.sheetRels}</Relationships>`,
    );
  for (const [name, text] of Object.entries(p.extra ?? {})) zip.file(name, text);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function read(p: Parts): Promise<WorkbookSnapshot> {
  return snapshotFromXlsxBuffer(await book(p), "t.xlsx");
}

/** The value of a cell of sheet S (1-based row and column). */
function cell(snap: WorkbookSnapshot, row: number, col: number) {
  const used = snap.sheets[0].used;
  return used ? (used.values[row - used.row]?.[col - used.col] ?? null) : null;
}

/** A serial as ExcelJS reads a date-styled number: a Date rounded to the millisecond, back as a serial. */
const asExcelJsDate = (v: number) => Math.round((v - 25569) * 86400000) / 86400000 + 25569;
/** A serial with more than millisecond precision: a date-styled cell reads rounded, any other cell as written. */
const FINE = 46083.123456789;

describe("which number formats make a number a date (ExcelJS's isDateFmt)", () => {
  test("the serial has sub-millisecond digits, so the round trip shows", () => {
    expect(asExcelJsDate(FINE)).not.toBe(FINE);
  });

  // Pins BUILTIN_DATE_FORMATS: the first (14), a middle one (22) and the last (47) of the built-in date ids.
  test.each([14, 18, 22, 45, 47])("built-in format %i is a date", async (id) => {
    const snap = await read({ rows: `<row r="1"><c r="A1" s="1"><v>${FINE}</v></c></row>`, xfs: [0, id] });
    expect(cell(snap, 1, 1)).toBe(asExcelJsDate(FINE));
  });

  test.each([0, 2, 13, 23, 44, 48, 49])("built-in format %i is not a date", async (id) => {
    const snap = await read({ rows: `<row r="1"><c r="A1" s="1"><v>${FINE}</v></c></row>`, xfs: [0, id] });
    expect(cell(snap, 1, 1)).toBe(FINE);
  });

  // Pins isDateFormat: every date letter alone counts (b: Buddhist year, M), text in quotes and [colour] or
  // [$-locale] sections do not.
  test.each([
    ["mmm", true],
    ["bb", true],
    ["yy", true],
    ["ss", true],
    ['0.0" days"', false],
    ["[Red]0.00", false],
    ['[$-409]0.00;"d"', false],
    ["0.00", false],
  ])("custom format %s: date %s", async (code, date) => {
    const snap = await read({
      rows: `<row r="1"><c r="A1" s="1"><v>${FINE}</v></c></row>`,
      xfs: [0, 164],
      numFmts: { 164: code.replace(/"/g, "&quot;") },
    });
    expect(cell(snap, 1, 1)).toBe(date ? asExcelJsDate(FINE) : FINE);
  });
});

describe("merged cells", () => {
  // Pins mergedSlaves: every cell of the area but the top-left reads empty, those in its first row and first
  // column too (ExcelJS files never hold a value there, Excel and openpyxl files can).
  test("values under a merge, in its first row, first column and inside, read as empty", async () => {
    const snap = await read({
      rows:
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c><c r="D1"><v>9</v></c></row>' +
        '<row r="2"><c r="A2"><v>4</v></c><c r="B2"><v>5</v></c><c r="C2"><v>6</v></c></row>' +
        '<row r="3"><c r="A3"><v>7</v></c></row>',
      after: '<mergeCells count="1"><mergeCell ref="A1:C2"/></mergeCells>',
    });
    expect(snap.sheets[0].used?.values).toEqual([
      [1, null, null, 9],
      [null, null, null, null],
      [7, null, null, null],
    ]);
    expect(snap.sheets[0].merges).toEqual(["A1:C2"]);
  });
});

describe("Excel tables", () => {
  const tablePart = (head: string) =>
    `<table ${NS} id="1" ${head} ref="B2:B4"><autoFilter ref="B2:B4"/><tableColumns count="1"><tableColumn id="1" name="ID"/></tableColumns></table>`;
  const withTable = (head: string, rows: string) =>
    read({
      rows,
      after: '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>',
      sheetRels: `<Relationship Id="rId1" Type="${REL}/table" Target="../tables/table1.xml"/>`,
      extra: { "xl/tables/table1.xml": tablePart(head) },
    });
  const column =
    '<row r="2"><c r="B2"><v>10</v></c></row><row r="3"><c r="B3"><v>1</v></c></row><row r="4"><c r="B4"><v>2</v></c></row>';

  // Pins the table's name: its displayName (what formulas and the contract use), not its internal name.
  test("a table is named by its displayName", async () => {
    const snap = await withTable('name="Table1" displayName="Strips"', column);
    expect(snap.sheets[0].tables.map((t) => [t.name, t.row, t.col, t.values])).toEqual([
      ["Strips", 2, 2, [[10], [1], [2]]],
    ]);
  });

  // Pins totalsRowCount: a table showing its totals row is marked (its last row is not data), one that only
  // once showed it (totalsRowShown) is not.
  test.each([
    ['name="Strips" displayName="Strips" totalsRowCount="1"', true],
    ['name="Strips" displayName="Strips" totalsRowShown="1"', undefined],
  ])("%s: totalsRow %s", async (head, totals) => {
    const snap = await withTable(head, column);
    expect(snap.sheets[0].tables[0].totalsRow).toBe(totals);
  });

  // Pins headerRowCount="0": a table without a header row has data from its first row, which a structured
  // reference sums (the header row's default is shown too).
  test.each([
    ['name="Strips" displayName="Strips" headerRowCount="0"', 13],
    ['name="Strips" displayName="Strips" headerRowCount="1"', 3],
    ['name="Strips" displayName="Strips"', 3],
  ])("%s: SUM(Strips[ID]) = %i", async (head, sum) => {
    const snap = await withTable(head, column + '<row r="6"><c r="B6"><f>SUM(Strips[ID])</f></c></row>');
    expect(cell(snap, 6, 2)).toBe(sum);
  });
});

describe("flags written as true (LibreOffice, openpyxl) read as 1 does", () => {
  // Pins the boolean cell's "true" form.
  test.each(["1", "true"])("a boolean cell <v>%s</v> is true", async (v) => {
    const snap = await read({ rows: `<row r="1"><c r="A1" t="b"><v>${v}</v></c><c r="B1" t="b"><v>0</v></c></row>` });
    expect(snap.sheets[0].used?.values).toEqual([[true, false]]);
  });

  // Pins date1904="true": the workbook is in the 1904 system (its serials kept, the snapshot marked).
  test.each(["1", "true"])('<workbookPr date1904="%s"/>', async (flag) => {
    const snap = await read({ rows: '<row r="1"><c r="A1"><v>1</v></c></row>', workbookPr: `date1904="${flag}"` });
    expect(snap.date1904).toBe(true);
  });

  // Pins fullCalcOnLoad="true": cached results (XlsxWriter's 0s) are computed again.
  test.each(["1", "true"])('<calcPr fullCalcOnLoad="%s"/> computes cached results again', async (flag) => {
    const buf = await book({ rows: '<row r="1"><c r="A1"><f>1+2</f><v>0</v></c></row>' });
    const zip = await JSZip.loadAsync(buf);
    const wb = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    zip.file("xl/workbook.xml", wb.replace("</workbook>", `<calcPr fullCalcOnLoad="${flag}"/></workbook>`));
    const snap = snapshotFromXlsxBuffer(await zip.generateAsync({ type: "nodebuffer" }));
    expect(cell(snap, 1, 1)).toBe(3);
  });

  // Pins hidden="true": SUBTOTAL 109 leaves the hidden row out.
  test.each(["1", "true"])('a row with hidden="%s" is left out of SUBTOTAL(109, ...)', async (flag) => {
    const snap = await read({
      rows: `<row r="1"><c r="A1"><v>1</v></c></row><row r="2" hidden="${flag}"><c r="A2"><v>10</v></c></row><row r="3"><c r="A3"><v>100</v></c></row><row r="4"><c r="A4"><f>SUBTOTAL(109,A1:A3)</f></c></row>`,
    });
    expect(cell(snap, 4, 1)).toBe(101);
  });
});

describe("cell values", () => {
  const row1 = (cells: string) => `<row r="1">${cells}</row>`;

  // Pins _xHHHH_ escapes in shared strings and in a formula's cached text (ECMA-376 ST_Xstring).
  test("_xHHHH_ escapes decode in shared strings and in a formula's text result", async () => {
    const snap = await read({
      rows: row1('<c r="A1" t="s"><v>0</v></c><c r="B1" t="str"><f>A1</f><v>x_x0042_y</v></c>'),
      strings: ["<si><t>a_x0042_c</t></si>"],
    });
    expect(snap.sheets[0].used?.values).toEqual([["aBc", "xBy"]]);
  });

  // Pins the phonetic guide: an <rPh>'s reading is not part of the cell's text.
  test("a shared string's phonetic reading (<rPh>) is left out", async () => {
    const snap = await read({
      rows: row1('<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'),
      strings: [
        '<si><r><t>東</t></r><r><t>京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>',
        "<si><t>plain</t></si>",
      ],
    });
    expect(snap.sheets[0].used?.values).toEqual([["東京", "plain"]]);
  });

  // Pins the #NUM! for a number past a double's range, and an empty <v> as no value (not 0).
  test("a number past a double's range is #NUM!, an empty or blank <v> is empty", async () => {
    const snap = await read({
      rows: row1('<c r="A1"><v>1e999</v></c><c r="B1"><v></v></c><c r="C1"><v> </v></c><c r="D1"><v>4</v></c>'),
    });
    expect(snap.sheets[0].used?.values).toEqual([[{ error: "#NUM!" }, null, null, 4]]);
  });

  // Pins the empty shared string as no value: it does not widen the used range.
  test("an empty shared string is not a value", async () => {
    const snap = await read({
      rows: row1('<c r="A1"><v>1</v></c><c r="B1" t="s"><v>0</v></c>'),
      strings: ["<si><t></t></si>"],
    });
    expect(snap.sheets[0].used?.values).toEqual([[1]]);
  });

  // Pins cellRef's case folding and the r-less fallbacks: a row or a cell without r follows the one before it.
  test("lowercase cell refs, and rows and cells without r", async () => {
    const snap = await read({
      rows: '<row r="2"><c r="c2"><v>1</v></c><c><v>2</v></c></row><row><c r="B3"><v>3</v></c></row>',
    });
    const used = snap.sheets[0].used;
    expect([used?.row, used?.col, used?.values]).toEqual([
      2,
      2,
      [
        [null, 1, 2],
        [3, null, null],
      ],
    ]);
  });

  // Pins the defaults: a cell without s has style 0, an <xf> without numFmtId is General.
  test("a cell without s has style 0, an xf without numFmtId is General", async () => {
    const zip = await JSZip.loadAsync(
      await book({ rows: row1(`<c r="A1"><v>${FINE}</v></c><c r="B1" s="1"><v>${FINE}</v></c>`), xfs: [0, 14] }),
    );
    const styles = (await zip.file("xl/styles.xml")?.async("string")) ?? "";
    zip.file("xl/styles.xml", styles.replace('<xf numFmtId="0" applyNumberFormat="1"/>', "<xf/>"));
    const snap = snapshotFromXlsxBuffer(await zip.generateAsync({ type: "nodebuffer" }));
    expect(snap.sheets[0].used?.values).toEqual([[FINE, asExcelJsDate(FINE)]]);
  });

  // Pins a text formula's empty result: "" is a result (not a formula to compute), so the cell stays empty.
  test('a text formula with an empty cached result (t="str", <v></v>) is not computed', async () => {
    const snap = await read({ rows: row1('<c r="A1"><v>1</v></c><c r="B1" t="str"><f>1+1</f><v></v></c>') });
    expect(snap.sheets[0].used?.values).toEqual([[1]]);
  });

  // Pins ISO date cells in a 1904 workbook: a date moves to the 1904 system, a time alone (no date) does not;
  // seconds count, and a time may leave them out.
  test('ISO date cells (t="d") in a 1904 workbook', async () => {
    const snap = await read({
      rows: row1(
        '<c r="A1" t="d"><v>2026-03-02</v></c><c r="B1" t="d"><v>07:30:00</v></c>' +
          '<c r="C1" t="d"><v>2026-03-02T07:30:15</v></c><c r="D1" t="d"><v>2026-03-02T07:30</v></c>',
      ),
      workbookPr: 'date1904="1"',
    });
    expect(snap.sheets[0].used?.values).toEqual([
      [46083 - 1462, 0.3125, 46083 - 1462 + 27015 / 86400, 46083 - 1462 + 0.3125],
    ]);
  });

  // Pins a formula's saved result as what it reads (computed only when there is none): 5 here, not 1+2.
  test("a formula's saved result is read, not computed again", async () => {
    const snap = await read({ rows: row1('<c r="A1"><f>1+2</f><v>5</v></c>') });
    expect(cell(snap, 1, 1)).toBe(5);
  });

  // Pins an empty run with attributes (<t xml:space="preserve"/>) in a rich text string: it adds nothing, the
  // runs after it still read.
  test("an empty self-closing run in a shared string", async () => {
    const snap = await read({
      rows: row1('<c r="A1" t="s"><v>0</v></c>'),
      strings: ['<si><r><t xml:space="preserve"/></r><r><t/></r><r><t>Ann</t></r></si>'],
    });
    expect(cell(snap, 1, 1)).toBe("Ann");
  });

  // Pins the empty shared string written self-closing (<si/>): it holds its index, the next one reads as itself.
  test("a self-closing <si/> is an empty string at its index", async () => {
    const snap = await read({
      rows: row1('<c r="A1"><v>1</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c>'),
      strings: ["<si/>", "<si><t>Ann</t></si>"],
    });
    expect(snap.sheets[0].used?.values).toEqual([[1, null, "Ann"]]);
  });

  // Pins array formulas as not computed here: one without a saved result is an error value, not 1+2's 3.
  test("an array formula without a saved result is not computed", async () => {
    const snap = await read({ rows: row1('<c r="A1"><f t="array" ref="A1">1+2</f></c>') });
    expect(cell(snap, 1, 1)).toEqual({ error: expect.any(String) });
  });

  // Pins the date round trip of a computed formula's result in a date style.
  test("a computed result in a date style reads as ExcelJS's Date would", async () => {
    const snap = await read({ rows: row1(`<c r="A1" s="1"><f>${FINE}+0</f></c>`), xfs: [0, 14] });
    expect(cell(snap, 1, 1)).toBe(asExcelJsDate(FINE));
  });

  // Pins format hints to number cells: a text cell in a time format has none.
  test("a text cell in a time format has no format hint", async () => {
    const snap = await read({
      rows: row1('<c r="A1" s="1"><v>0.3125</v></c><c r="B1" s="1" t="s"><v>0</v></c>'),
      xfs: [0, 20],
      strings: ["<si><t>7:30</t></si>"],
    });
    expect([...(snap.sheets[0].formatHints?.keys() ?? [])]).toHaveLength(1);
  });

  // Pins farCells: a value typed far past the rest of the sheet is left out of the used range and listed.
  test("a cell far past the rest of the sheet is listed in farCells, not in the used range", async () => {
    const snap = await read({
      rows: '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>',
    });
    expect(snap.sheets[0].used?.values).toEqual([[1]]);
    expect(snap.sheets[0].farCells).toEqual(["XFD1048576"]);
  });

  // Pins the merged areas' order: sorted, whatever the part's order.
  test("merged areas are listed sorted", async () => {
    const snap = await read({
      rows: row1('<c r="A1"><v>1</v></c>'),
      after: '<mergeCells count="2"><mergeCell ref="B5:C5"/><mergeCell ref="A1:B2"/></mergeCells>',
    });
    expect(snap.sheets[0].merges).toEqual(["A1:B2", "B5:C5"]);
  });
});

describe("ISO date cells for ExcelJS's copy (withSerialDateCells)", () => {
  // Pins the cell's formula kept in front of its value, a shared formula's follower (attributes, no text) too.
  test("a date cell with a formula, plain or a shared follower, becomes a serial", () => {
    const xml =
      '<c r="A1" t="d"><f>B1</f><v>2026-03-02</v></c><c r="A2" t="d"><f t="shared" si="0"/><v>2026-03-03</v></c>';
    expect(withSerialDateCells(xml, false)).toBe(
      '<c r="A1"><f>B1</f><v>46083</v></c><c r="A2"><f t="shared" si="0"/><v>46084</v></c>',
    );
  });
});

describe("the package", () => {
  // Pins the root relationship's fallback: one naming a part that is not there leaves xl/workbook.xml.
  test("an officeDocument relationship to a missing part falls back to xl/workbook.xml", async () => {
    const zip = await JSZip.loadAsync(await book({ rows: '<row r="1"><c r="A1"><v>7</v></c></row>' }));
    const rels = (await zip.file("_rels/.rels")?.async("string")) ?? "";
    zip.file("_rels/.rels", rels.replace('Target="xl/workbook.xml"', 'Target="xl/gone.xml"'));
    const snap = snapshotFromXlsxBuffer(await zip.generateAsync({ type: "nodebuffer" }));
    expect(cell(snap, 1, 1)).toBe(7);
  });

  // Pins the stored (uncompressed) entry's length: only its own bytes are read.
  test("a package of stored (uncompressed) entries", async () => {
    const zip = await JSZip.loadAsync(
      await book({ rows: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>', strings: ["<si><t>Ann</t></si>"] }),
    );
    const snap = snapshotFromXlsxBuffer(await zip.generateAsync({ type: "nodebuffer", compression: "STORE" }));
    expect(cell(snap, 1, 1)).toBe("Ann");
  });

  // Pins the tidying of zip entry names, as Excel reads them: a leading slash dropped, backslashes as slashes.
  test("zip entries named with a leading slash or backslashes", async () => {
    const zip = await JSZip.loadAsync(
      await book({ rows: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>', strings: ["<si><t>Ann</t></si>"] }),
    );
    for (const [from, to] of [
      ["xl/worksheets/sheet1.xml", "/xl/worksheets/sheet1.xml"],
      ["xl/sharedStrings.xml", "xl\\sharedStrings.xml"],
    ]) {
      const data = await zip.file(from)?.async("nodebuffer");
      zip.remove(from);
      zip.file(to, data ?? "", { createFolders: false });
    }
    const snap = snapshotFromXlsxBuffer(await zip.generateAsync({ type: "nodebuffer" }));
    expect(cell(snap, 1, 1)).toBe("Ann");
  });

  // Pins chart sheets: a workbook's <sheet> whose part is not a worksheet is left out.
  test("a chart sheet is not read as a worksheet", async () => {
    const zip = await JSZip.loadAsync(await book({ rows: '<row r="1"><c r="A1"><v>7</v></c></row>' }));
    const wb = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    zip.file("xl/workbook.xml", wb.replace("</sheets>", '<sheet name="Chart1" sheetId="2" r:id="rId9"/></sheets>'));
    const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
    zip.file(
      "xl/_rels/workbook.xml.rels",
      rels.replace(
        "</Relationships>",
        `<Relationship Id="rId9" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`,
      ),
    );
    zip.file("xl/chartsheets/sheet1.xml", `<chartsheet ${NS} ${RNS}><sheetPr/><drawing r:id="rId1"/></chartsheet>`);
    const snap = snapshotFromXlsxBuffer(await zip.generateAsync({ type: "nodebuffer" }));
    expect(snap.sheets.map((s) => s.name)).toEqual(["S"]);
  });
});

describe("the registry sheet", () => {
  // Pins the registry's name test: a sheet with the registry's title in A1 but another name is a user sheet.
  test("a sheet titled like the registry but named otherwise stays a user sheet", async () => {
    const snap = await read({
      rows: '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c></row>',
      strings: [META_TITLE, "sheet", "Conflicts"].map(
        (t) => `<si><t>${t.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</t></si>`,
      ),
    });
    expect(snap.sheets.map((s) => s.name)).toEqual(["S"]);
    expect(cell(snap, 1, 1)).toBe(META_TITLE);
  });
});
