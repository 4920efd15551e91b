/**
 * Set 16, workbook 1: the contract §3 aliases that no earlier set exercises deterministically through the CLI's
 * reader and `check` (set 9 picks some at random per seed; others only in unit tests on headerKey). A police
 * procedural's `Shooting Schedule` typed with the less common spellings, a prep `Work Order` list on a sheet
 * named `Prep` (placed by its headers), a `Cast` list, a mixed `Resources` list typed by `Resource Type` (one
 * row with a blank Type: "else `other`"), and an `Equipment` list headed `No. | Item | Units`.
 * Every expectation below was worked out by hand from the contract before the engine was run: each aliased
 * column is read only if the finding that depends on it appears (or, for columns no rule uses, the call sheet
 * or the model shows the value).
 *
 * Resources:
 *   Cast (sheet name -> Type cast, SAG-AFTRA 12/14/6): 1 Nora Vale (Makeup 30), 2 Tom Aird.
 *   Resources: G1 Gina Holt crew Gaffer (IATSE 10/14/6); V1 Picture Car vehicle; D1 Dolly equipment Quantity 2;
 *     W1 Wes Pratt, blank Type (-> other, no Rule Set: not a person); W2 Otto Brandt, blank Type, Title
 *     Animal Wrangler, Agreement Non-union (a person: 10/14/6); P1 Pia Lund crew Script Supervisor, Start
 *     3/3, End Date 3/5, Not Available 3/4; L1 Harbor Pier, Resource Type location.
 *   Equipment: E1 Camera A, Units 2.
 */
import ExcelJS from "exceljs";
import { readWorkbookFile } from "../../src/xlsx/read";
import { parseWorkbook } from "../../src/core/parse";
import {
  at,
  describeReport,
  plainSheet,
  saveAndCheck,
  timeFraction as t,
  type CellInput,
  type ExpectedConflict,
  type NearMiss,
} from "../conformance/helpers";
import * as path from "path";

const FILE = "1-alias-sweep.xlsx";
const FOLDER = "conformance16";
const d = (day: number): Date => at(2026, 3, day);

// A Task ID, B Scheduled Date, C Day #, D Begin, E Finish, F Scene No., G Task Name, H Set Name, I Int/Ext,
// J Day/Night, K Eighths, L Site, M Actors, N Crew Members, O Equipment Needed, P Assigned, Q Pri, R Due Date,
// S Dependencies, T State, U Comments
const HEADER = [
  "Task ID",
  "Scheduled Date",
  "Day #",
  "Begin",
  "Finish",
  "Scene No.",
  "Task Name",
  "Set Name",
  "Int/Ext",
  "Day/Night",
  "Eighths",
  "Site",
  "Actors",
  "Crew Members",
  "Equipment Needed",
  "Assigned",
  "Pri",
  "Due Date",
  "Dependencies",
  "State",
  "Comments",
];
const n = null;
const ROWS: CellInput[][] = [
  /* 2 */ [
    "S1",
    d(2),
    1,
    t(7),
    t(12),
    "12",
    "Rhee finds the ledger",
    "INT. PRECINCT",
    "INT",
    "DAY",
    "1 4/8",
    "Harbor Pier",
    "1",
    "Gaffer",
    "Dolly",
    n,
    n,
    n,
    n,
    n,
    "Rain towers standing by",
  ],
  /* 3 */ [
    "S2",
    d(2),
    1,
    t(11),
    t(14),
    "13",
    "Boyle tails Rhee",
    "EXT. WAREHOUSE",
    "EXT",
    "DAY",
    "3/8",
    "Warehouse 9",
    "Nora Vale",
    n,
    "Dolly",
    "Picture Car",
    n,
    n,
    n,
    n,
    n,
  ],
  /* 4 */ [
    "S3",
    d(2),
    1,
    t(14, 20),
    t(18),
    "14",
    "Pier stakeout",
    "EXT. PIER",
    "EXT",
    "DAY",
    "2",
    "Harbor Pier",
    "2",
    "Script Supervisor",
    "Dolly",
    "Picture Car",
    n,
    n,
    n,
    n,
    n,
  ],
  /* 5 */ [
    "S4",
    d(2),
    1,
    t(8),
    t(10),
    "15",
    "Boyle's call",
    "EXT. PIER",
    "EXT",
    "DAY",
    "1",
    "Harbor Pier",
    "2",
    n,
    n,
    n,
    n,
    n,
    n,
    "Canceled",
    n,
  ],
  /* 6 */ [
    "S5",
    d(3),
    2,
    t(6),
    t(20, 30),
    "20",
    "The long stakeout",
    "EXT. PIER",
    "EXT",
    "DAY",
    "5/8",
    "Harbor Pier",
    "1",
    "G1",
    "Camera A",
    n,
    n,
    n,
    n,
    n,
    n,
  ],
  /* 7 */ [
    "S6",
    d(3),
    2,
    t(5),
    t(23),
    "21",
    "Night watch",
    "EXT. PIER",
    "EXT",
    "NIGHT",
    "1/8",
    "Harbor Pier",
    n,
    n,
    n,
    "Wes Pratt",
    n,
    n,
    n,
    n,
    n,
  ],
  /* 8 */ [
    "S7",
    d(3),
    2,
    t(5),
    t(19, 30),
    "22",
    "K-9 search",
    "EXT. DOCK",
    "EXT",
    "DAY",
    "2/8",
    "Dock 4",
    n,
    n,
    n,
    "Animal Wrangler",
    n,
    n,
    n,
    n,
    n,
  ],
  /* 9 */ [
    "S8",
    d(4),
    3,
    t(7),
    t(9),
    "30",
    "Evidence room",
    "INT. PRECINCT",
    "INT",
    "DAY",
    "1",
    "Dock 4",
    n,
    "Script Supervisor",
    n,
    n,
    n,
    n,
    n,
    n,
    n,
  ],
  /* 10 */ [
    "S9",
    d(5),
    4,
    t(7),
    t(9),
    "31",
    "Interrogation",
    "INT. PRECINCT",
    "INT",
    "DAY",
    "1",
    n,
    n,
    "P1",
    n,
    n,
    n,
    "3/5/2026",
    "S8",
    n,
    n,
  ],
  /* 11 */ [
    "S10",
    d(4),
    3,
    t(8),
    t(10),
    "32",
    "Lab results",
    "INT. LAB",
    "INT",
    "DAY",
    "4/8",
    n,
    n,
    n,
    n,
    n,
    n,
    "3/4/2026 9:59 AM",
    "S8",
    n,
    n,
  ],
  /* 12 */ ["S11", d(5), 4, n, n, "40", "Plate: skyline", n, n, n, n, n, n, n, n, n, "Low", n, n, n, n],
  /* 13 */ ["S12", d(5), 4, n, n, "41", "Plate: harbor", n, n, n, n, n, n, n, n, n, "Urgent", n, n, n, n],
  /* 14 */ ["S13", d(5), 4, n, n, "42", "Plate: bridge", n, n, n, n, n, n, n, n, n, 2, n, n, n, n],
  /* 15 */ ["S14", d(5), 4, n, n, "43", "Plate: rooftops", n, n, n, n, n, n, n, n, n, "Medium", n, n, n, n],
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  plainSheet(wb, "Shooting Schedule", HEADER, ROWS, { timeColumns: [3, 4] });
  plainSheet(
    wb,
    "Prep",
    ["Work Order", "Day Date", "Start Time", "Length", "Synopsis", "Kit", "Staff"],
    [
      ["WO-1", d(3), t(7), "1h30", "Load camera truck", "Camera A", "Gaffer"],
      ["WO-2", d(3), t(8), "90m", "Lens test", "Camera A", n],
    ],
    { timeColumns: [2] },
  );
  plainSheet(
    wb,
    "Cast",
    ["Cast ID", "Actor", "Character", "Date of Birth", "E-mail", "Cell", "Makeup"],
    [
      [1, "Nora Vale", "DET. RHEE", at(1990, 5, 1), "nora@agency.test", "555-0101", 30],
      [2, "Tom Aird", "SGT. BOYLE", n, n, n, n],
    ],
  );
  plainSheet(
    wb,
    "Resources",
    [
      "Resource ID",
      "Resource",
      "Resource Type",
      "Title",
      "Dept",
      "Quantity",
      "Start",
      "End Date",
      "Not Available",
      "Agreement",
    ],
    [
      ["G1", "Gina Holt", "crew", "Gaffer", "Electric", n, n, n, n, n],
      ["V1", "Picture Car", "vehicle", n, "Transpo", n, n, n, n, n],
      ["D1", "Dolly", "equipment", n, "Grip", 2, n, n, n, n],
      ["W1", "Wes Pratt", n, "Driver", "Transpo", n, n, n, n, n],
      ["W2", "Otto Brandt", n, "Animal Wrangler", "Animals", n, n, n, n, "Non-union"],
      ["P1", "Pia Lund", "crew", "Script Supervisor", "Script", n, d(3), d(5), "3/4/2026", n],
      ["L1", "Harbor Pier", "location", n, n, n, n, n, n, n],
    ],
  );
  plainSheet(wb, "Equipment", ["No.", "Item", "Units"], [["E1", "Camera A", 2]]);
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "double-booking",
    severity: "error",
    resource: "1",
    items: ["S1", "S2"],
    date: "2026-03-02",
    magnitude: 1,
    why: "Actors '1' (07-12) and 'Nora Vale' (11-14) are cast 1: Begin/Finish read",
  },
  {
    type: "travel",
    severity: "warning",
    resource: "D1",
    items: ["S2", "S3"],
    date: "2026-03-02",
    magnitude: 10,
    why: "Equipment Needed Dolly: Warehouse 9 ends 14:00, Harbor Pier 14:20; 20 min < 30 min buffer",
  },
  {
    type: "travel",
    severity: "warning",
    resource: "V1",
    items: ["S2", "S3"],
    date: "2026-03-02",
    magnitude: 10,
    why: "Assigned Picture Car (Resource Type vehicle): the same 20 min move",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "P1",
    items: ["S3"],
    date: "2026-03-02",
    magnitude: 220,
    why: "Role 'Script Supervisor' is P1, whose Start (Available From) is 3/3: 14:20-18:00 on 3/2",
  },
  {
    type: "long-day",
    severity: "warning",
    resource: "1",
    items: ["S5"],
    date: "2026-03-03",
    magnitude: 60,
    why: "06:00 - Makeup 30 = 05:30 to 20:30: 15 h > SAG-AFTRA 14 h",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "G1",
    items: ["S5", "WO-1"],
    date: "2026-03-03",
    magnitude: 1,
    why: "Crew Members G1 06:00-20:30 and Staff 'Gaffer' 07:00 + Length 1h30",
  },
  {
    type: "long-day",
    severity: "warning",
    resource: "G1",
    items: ["S5", "WO-1"],
    date: "2026-03-03",
    magnitude: 30,
    why: "06:00-20:30 = 14 h 30 > IATSE 14 h; all that date's timed items, in schedule order",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "E1",
    items: ["S5", "WO-1", "WO-2"],
    date: "2026-03-03",
    magnitude: 1,
    why: "Camera A Units 2: S5, WO-1 (07-08:30) and WO-2 (08:00 + 90m) are 3 from 08:00 to 08:30",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "L1",
    items: ["S5", "S6"],
    date: "2026-03-03",
    magnitude: 1,
    why: "Site 'Harbor Pier' names L1 (Resource Type location, Capacity 1): 06-20:30 and 05-23",
  },
  {
    type: "long-day",
    severity: "warning",
    resource: "W2",
    items: ["S7"],
    date: "2026-03-03",
    magnitude: 30,
    why: "W2 has no Type (other) but a Rule Set (Agreement Non-union): a person, 05:00-19:30 = 14 h 30 > 14 h",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "P1",
    items: ["S8"],
    date: "2026-03-04",
    magnitude: 120,
    why: "Not Available 3/4",
  },
  {
    type: "dependency",
    severity: "error",
    items: ["S8", "S10"],
    date: "2026-03-04",
    why: "Dependencies S8: S8 ends 09:00, S10 starts 08:00",
  },
  {
    type: "deadline",
    severity: "error",
    items: ["S10"],
    date: "2026-03-04",
    why: "Due Date 3/4/2026 9:59 AM, S10 ends 10:00",
  },
];

const NEAR_MISSES: NearMiss[] = [
  {
    type: "double-booking",
    resource: "D1",
    items: ["S1", "S2"],
    why: "Dolly Quantity 2: two at once is within Capacity",
  },
  { type: "travel", resource: "D1", items: ["S1", "S2"], why: "S1 and S2 overlap: a travel pair needs a gap" },
  { type: "double-booking", resource: "L1", items: ["S1", "S4"], why: "State 'Canceled' on S4" },
  { type: "double-booking", resource: "2", items: ["S3", "S4"], why: "State 'Canceled' on S4" },
  {
    type: "long-day",
    resource: "W1",
    items: ["S6"],
    why: "blank Type in a Resources table is other, no Rule Set: not a person (18 h day)",
  },
  { type: "turnaround", resource: "1", items: ["S2", "S5"], why: "14:00 -> 05:30 (Makeup) is 15 h 30 >= 12 h" },
  { type: "unavailable", resource: "P1", items: ["S9"], why: "End Date 3/5: available to the end of 3/5" },
  { type: "dependency", items: ["S8", "S9"], why: "S9 (3/5) starts after S8 (3/4) ends" },
  { type: "deadline", items: ["S9"], why: "date-only Due Date 3/5 is the end of 3/5; S9 ends 09:00" },
  { type: "travel", resource: "L1", items: ["S1", "S3"], why: "a location does not travel" },
];

describeReport(
  "conformance16 / 1-alias-sweep: the uncommon aliases of §3, read through the CLI",
  () => saveAndCheck(buildWorkbook(), FILE, FOLDER),
  {
    issues: { title: "no data issues (every header is an alias, every token resolves)", keys: [] },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
    dood: {
      title: "DOOD: cast from `Cast`, shoot days 3/2..3/5 (the Canceled strip gives Tom no second day)",
      days: ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"],
      rows: [
        { resource: "1", codes: ["SW", "WF", "", ""], work: 2, hold: 0 },
        { resource: "2", codes: ["SWF", "", "", ""], work: 1, hold: 0 },
      ],
    },
  },
  (report) => {
    test("Day # names the call sheets `Call Sheet Day N`", () => {
      expect(report().callSheets.map((s) => [s.date, s.sheet, s.shootDay])).toEqual([
        ["2026-03-02", "Call Sheet Day 1", 1],
        ["2026-03-03", "Call Sheet Day 2", 2],
        ["2026-03-04", "Call Sheet Day 3", 3],
        ["2026-03-05", "Call Sheet Day 4", 4],
      ]);
    });

    test("Scene No., Task Name, Set Name, Int/Ext, Day/Night, Eighths, Site reach the call sheet's scene", () => {
      const day1 = report().callSheets[0];
      const s1 = day1.scenes.find((s) => s.item === "S1");
      expect(s1).toMatchObject({
        scene: "12",
        description: "Rhee finds the ledger",
        set: "INT. PRECINCT",
        ie: "INT",
        dn: "DAY",
        pages: "1 4/8",
        location: "Harbor Pier",
      });
      expect(day1.items.sort()).toEqual(["S1", "S2", "S3"]);
      // 1 4/8 + 3/8 + 2 (the Canceled strip's page is not counted)
      expect(day1.totalPages).toBe("3 7/8");
    });

    test("Comments reach the call sheet's notes", () => {
      expect(report().callSheets[0].notes.some((x) => x.includes("Rain towers standing by"))).toBe(true);
    });

    test("Synopsis and Length are read on the Prep work orders", () => {
      const day2 = report().callSheets[1];
      expect(day2.items.sort()).toEqual(["S5", "S6", "S7", "WO-1", "WO-2"]);
      const wo2 = day2.scenes.find((s) => s.item === "WO-2");
      expect(wo2).toMatchObject({ description: "Lens test", start: "08:00", end: "09:30" });
    });

    test("Pri: Urgent (1) before 2 before Medium (3) before Low (4), same day, nothing else to tell them apart", () => {
      const rank = (id: string) => report().priorities.find((p) => p.item === id)?.rank ?? NaN;
      expect(rank("S12")).toBeLessThan(rank("S13"));
      expect(rank("S13")).toBeLessThan(rank("S14"));
      expect(rank("S14")).toBeLessThan(rank("S11"));
    });

    test("summary: 15 non-cancelled items (13 strips + 2 work orders), 10 resources", () => {
      expect(report().summary.items).toBe(15);
      expect(report().summary.resources).toBe(10);
    });

    test("Date of Birth, E-mail and Cell are read into the resource (no rule uses them)", async () => {
      const { snapshot } = await readWorkbookFile(path.join(__dirname, "..", "..", "test-output", FOLDER, FILE));
      const model = parseWorkbook(snapshot);
      const nora = model.resources.find((r) => r.id === "1");
      expect(nora?.email).toBe("nora@agency.test");
      expect(nora?.phone).toBe("555-0101");
      // 1990-05-01 as an Excel serial (1900 system)
      expect(nora?.birthDate).toBe(32994);
      const p1 = model.resources.find((r) => r.id === "P1");
      expect(p1?.department).toBe("Script");
      expect(p1?.type).toBe("crew");
      expect(model.resources.find((r) => r.id === "W1")?.type).toBe("other");
      expect(model.resources.find((r) => r.id === "L1")?.type).toBe("location");
      expect(model.resources.find((r) => r.id === "E1")?.capacity).toBe(2);
    });
  },
);
