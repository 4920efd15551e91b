/**
 * Set 8, workbook 3: a very wide working schedule (60 columns, most of them the departments' own: budget codes,
 * wardrobe, SFX, permits…) on a sheet whose name needs quoting (`Day's Plan`), with values typed the many ways a
 * coordinator types them. The known columns sit far apart (`Item ID` A, `Shoot Date` G as a rich-text header,
 * `Call`/`Wrap` N/O, `Cast` AA, `Equipment` AK (hidden), `Crew` AU, `Location` AV, `Due` AW, `After` AX,
 * `Status` AY); four unknown columns are hidden too; panes frozen at B2. Dates as date cells and as text
 * (`3/9/2026` in a Text-formatted cell, `Mon, March 9, 2026`, `10 Mar 2026`, `2026-03-10`); times as fractions,
 * text (`12:00`, `9:00 AM`, `7a`) and with a leading apostrophe (`'0700`, `'1100`: quotePrefix text, military
 * form); cast IDs with a leading apostrophe (`'02`) and rich text (`01` in bold); Depends On `'105`; a Status in
 * rich text; a Due as text date-time. One strip is on a hidden row.
 *
 * `Talent & Crew` (placed by headers: `Code`, `Full Name`, `Category`, `Position`, `Qty`, `Prep`):
 * `'01` Nina Hale (Cast, ROSA, Prep `'30`), `'02` Omar Reed (Cast, VIC), G1 Pat Kim (Crew, Key Grip),
 * G2 Quinn Lowe (Crew, on a HIDDEN row), CAM-A Camera A package (Equipment, Qty `'2`).
 *
 * Contract choices: numbers stored as text (`'2`, `'30`) are numbers where the column wants one; IDs compare as
 * text, so a schedule cell holding the number 2 is not the ID `02` (an `unknown-resource`); hidden rows and
 * columns are read.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import JSZip from "jszip";
import {
  at,
  describeReport,
  styleHeader,
  timeFraction as tf,
  type ExpectedCallSheet,
  type ExpectedConflict,
  type ExpectedDoodRow,
  type NearMiss,
} from "../conformance/helpers";
import { colLetter, put, rich, saveAndCheck8, typedAsText, typedWithApostrophe, type Saved } from "./xlsx";

// prettier-ignore
const FILLERS = [
  "Budget Code", "Ep", "Script Day", "Story Day", "Unit", "Sequence", "Wardrobe", "Props", "SFX", "VFX", "Stunts",
  "Animals", "Picture Cars", "Hair", "Background", "Music Cue", "Sound Notes", "Greens", "Art Dept", "Construction",
  "Set Dressing", "Camera Notes", "Lenses", "Filters", "Frame Rate", "Aspect", "Weather Cover", "Permit #",
  "Police", "Fire Safety", "Medic", "Catering", "Craft Service", "Parking Notes", "Basecamp Notes", "Honeywagon",
  "Walkies", "Radio Channel", "Script Supervisor Notes", "Continuity", "Playback", "Drones", "Marine", "Rigging",
  "Dailies", "DIT", "Editorial", "Post Notes", "Insurance",
];
// Known columns by zero-based index; every other index is a department's column.
const KNOWN: Record<number, string> = {
  0: "Item ID",
  6: "Shoot Date",
  13: "Call",
  14: "Wrap",
  26: "Cast",
  36: "Equipment",
  46: "Crew",
  47: "Location",
  48: "Due",
  49: "After",
  50: "Status",
};
const WIDTH = 60;
const HEADERS: string[] = [];
{
  let f = 0;
  for (let i = 0; i < WIDTH; i++) HEADERS.push(KNOWN[i] ?? FILLERS[f++]);
}
const col = (name: string): number => HEADERS.indexOf(name) + 1;
const CAST_COL = colLetter(col("Cast")); // AA

type Strip = Partial<Record<string, ExcelJS.CellValue | { apostrophe: string } | { text: string }>>;
const DUE = "3/10/2026 6:00 PM";
// Excel rows 2..9; row 5 is hidden.
// prettier-ignore
const STRIPS: Strip[] = [
  /* 2 */ { "Item ID": 101, "Shoot Date": at(2026, 3, 9), Call: { apostrophe: "0700" }, Wrap: "12:00", Cast: rich(["01", { bold: true }]),
            Equipment: "CAM-A", Location: "Mill Road", "Budget Code": "4100", Ep: 104, Wardrobe: "ROSA #3" },
  /* 3 */ { "Item ID": 102, "Shoot Date": { text: "3/9/2026" }, Call: "9:00 AM", Wrap: "1:00 PM", Cast: { apostrophe: "02" },
            Equipment: "Camera A package", Location: "Mill Road", "Budget Code": "4100", Props: "ledger" },
  /* 4 */ { "Item ID": 103, "Shoot Date": "Mon, March 9, 2026", Call: { apostrophe: "1100" }, Wrap: { apostrophe: "1500" },
            Cast: "Omar Reed", Equipment: "cam-a", Location: "Mill Road", SFX: "rain" },
  /* 5 */ { "Item ID": 104, "Shoot Date": at(2026, 3, 9), Call: tf(13), Wrap: tf(22), Cast: 2, Equipment: "CAM-A",
            Crew: "Pat Kim", Location: "Mill Road", "Post Notes": "hidden: pickup" },
  /* 6 */ { "Item ID": 105, "Shoot Date": "10 Mar 2026", Call: { apostrophe: "0759" }, Wrap: "18:01", Cast: "01",
            Crew: "Pat Kim", Location: "Mill Road", Due: DUE, Stunts: "fall rig" },
  /* 7 */ { "Item ID": 106, "Shoot Date": "2026-03-10", Call: "7a", Wrap: "18:00", Crew: "Quinn Lowe",
            Location: "Mill Road", Due: DUE, After: { apostrophe: "105" } },
  /* 8 */ { "Item ID": 107, "Shoot Date": at(2026, 3, 11), Call: tf(8), Wrap: tf(10), Cast: "Omar Reed", Location: "Mill Road",
            After: 101 },
  /* 9 */ { "Item ID": 108, "Shoot Date": at(2026, 3, 11), Call: tf(9), Wrap: tf(11), Cast: "Omar Reed", Location: "Mill Road",
            Status: rich(["Omitted", { italic: true }]) },
];

function setValue(cell: ExcelJS.Cell, v: Strip[string], timeOnly: boolean): void {
  if (v === null || v === undefined) return;
  if (typeof v === "object" && "apostrophe" in v) typedWithApostrophe(cell, v.apostrophe);
  else if (typeof v === "object" && "text" in v && !("richText" in v)) typedAsText(cell, v.text);
  else put(cell, v as ExcelJS.CellValue, timeOnly);
}

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();

  const tc = wb.addWorksheet("Talent & Crew");
  tc.addRow(["Code", "Full Name", "Category", "Position", "Qty", "Prep"]);
  styleHeader(tc.getRow(1));
  tc.addRow([null, "Nina Hale", "Cast", "ROSA", null, null]);
  typedWithApostrophe(tc.getCell("A2"), "01");
  typedWithApostrophe(tc.getCell("F2"), "30");
  tc.addRow([null, "Omar Reed", "Cast", "VIC", null, null]);
  typedWithApostrophe(tc.getCell("A3"), "02");
  tc.addRow(["G1", "Pat Kim", "Crew", "Key Grip", null, null]);
  tc.addRow(["G2", "Quinn Lowe", "Crew", "Best Boy Grip", null, null]);
  tc.getRow(5).hidden = true;
  tc.addRow(["CAM-A", "Camera A package", "Equipment", null, null, null]);
  typedWithApostrophe(tc.getCell("E6"), "2");
  tc.columns.forEach((c) => (c.width = 18));

  const ws = wb.addWorksheet("Day's Plan", { views: [{ state: "frozen", xSplit: 1, ySplit: 1 }] });
  const header = ws.getRow(1);
  HEADERS.forEach((h, i) => (header.getCell(i + 1).value = h));
  header.getCell(col("Shoot Date")).value = rich(
    ["Shoot ", { bold: true, color: { argb: "FFC00000" } }],
    ["Date", { bold: true }],
  );
  styleHeader(header);
  STRIPS.forEach((strip, k) => {
    const row = ws.getRow(2 + k);
    for (const [name, v] of Object.entries(strip)) {
      setValue(row.getCell(col(name)), v, name === "Call" || name === "Wrap");
    }
  });
  ws.getRow(5).hidden = true;
  ws.columns.forEach((c) => (c.width = 12));
  for (const name of ["Equipment", "Script Day", "Story Day", "Unit", "Sequence"])
    ws.getColumn(col(name)).hidden = true;
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "double-booking",
    severity: "error",
    resource: "CAM-A",
    items: ["101", "102", "103"],
    date: "2026-03-09",
    magnitude: 1,
    why: "Qty `'2` (text): 3 units 11:00-12:00 via ID, Name and lower-case ID in the hidden Equipment column",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "02",
    items: ["102", "103"],
    date: "2026-03-09",
    magnitude: 1,
    why: "Omar as `'02` (apostrophe text) 9:00 AM-1:00 PM and by Name `'1100`-`'1500`",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "G1",
    items: ["104", "105"],
    date: "2026-03-10",
    magnitude: 1,
    why: "Pat wraps 22:00 on the HIDDEN row 5, called `'0759` on `10 Mar 2026`: 9 h 59 < 10 h (IATSE)",
  },
  {
    type: "deadline",
    severity: "error",
    items: ["105"],
    date: "2026-03-10",
    why: "wraps `18:01`, Due `3/10/2026 6:00 PM` (text date-time)",
  },
  {
    type: "dependency",
    severity: "error",
    items: ["105", "106"],
    date: "2026-03-10",
    why: "106 (After `'105`, text) starts `7a` before 105 wraps 18:01",
  },
];

const NEAR_MISSES: NearMiss[] = [
  {
    type: "double-booking",
    resource: "CAM-A",
    items: ["103", "104"],
    why: "13:00-15:00 holds exactly 2 units (Qty 2)",
  },
  { type: "deadline", items: ["106"], why: "wraps exactly at the Due 6:00 PM" },
  { type: "dependency", items: ["101", "107"], why: "107 on 3/11 after 101 on 3/9" },
  { type: "double-booking", resource: "02", items: ["107", "108"], why: "108 is Omitted (Status in rich text)" },
  { type: "turnaround", resource: "01", items: ["101", "105"], why: "Nina 12:00 -> 07:59 - 30 Prep (`'30`): 19 h 29" },
];

const DAYS = ["2026-03-09", "2026-03-10", "2026-03-11"];

const DOOD_ROWS: ExpectedDoodRow[] = [
  { resource: "01", codes: ["SW", "WF", ""], work: 2, hold: 0, start: "2026-03-09", finish: "2026-03-10" },
  { resource: "02", codes: ["SW", "H", "WF"], work: 2, hold: 1, start: "2026-03-09", finish: "2026-03-11" },
];

const CALL_SHEETS: ExpectedCallSheet[] = [
  {
    date: "2026-03-09",
    items: ["101", "102", "103", "104"],
    cast: [
      { resource: "01", status: "SW", call: "06:30" },
      { resource: "02", status: "SW", call: "09:00" },
    ],
  },
  { date: "2026-03-10", items: ["105", "106"], cast: [{ resource: "01", status: "WF", call: "07:29" }] },
  { date: "2026-03-11", items: ["107"], cast: [{ resource: "02", status: "WF", call: "08:00" }] },
];

let saved: Saved | undefined;

describeReport(
  "conformance 8: 60-column `Day's Plan` with typed text, apostrophes, rich text and hidden rows/columns",
  async () => {
    saved = await saveAndCheck8(buildWorkbook(), "3-wide-typed-text.xlsx");
    return saved.report;
  },
  {
    issues: {
      title: "one data issue: the number 2 in Cast is not the text ID `02` (hidden row 5)",
      keys: [`unknown-resource | Day's Plan | ${CAST_COL}5`],
    },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
    dood: { title: "DOOD of the apostrophe-ID cast", days: DAYS, rows: DOOD_ROWS },
    callSheets: {
      title: "call sheets by date (no Shoot Day); calls less the text Prep",
      sheets: CALL_SHEETS,
      names: DAYS.map((date) => ({ date, sheet: `Call Sheet ${date}` })),
    },
  },
  (report) => {
    test("the saved file really carries Excel's leading apostrophe (quotePrefix) on the typed cells", async () => {
      expect(saved?.quotePrefixed).toBeGreaterThan(0);
      const zip = await JSZip.loadAsync(fs.readFileSync(saved?.file ?? ""));
      expect(await zip.file("xl/styles.xml")?.async("string")).toContain('quotePrefix="1"');
    });
    test("summary counts 7 items (the Omitted strip is left out)", () => {
      expect(report().summary.items).toBe(7);
    });
  },
);
