/**
 * Set 12, workbook 1: one `Resources` list typed by a `Type` column (cast, crew, equipment, vehicle, location in
 * mixed case), and a plain-range `Shooting Schedule` that names resources every way a coordinator does.
 * Expectations were worked out by hand from the contract before the engine was run (see each `why`).
 *
 * Resources (table order):
 *   cast 1 Ruby Vance (MAE), cast "2" (text ID) Leo Park (JONAH), cast 10 Ines Duarte (MEDIC),
 *   cast 4 Tom Hale (COP), cast 5 Ada Kim (COP)                  <- a Character two cast members share
 *   crew C1 Raf Mendes (Steadicam), crew C2 Nia Cole (Medic), crew C3 Dev Shah (Stunt Coordinator)
 *   equipment E1 Camera Package (Qty 2), equipment E2 Steadicam   <- E2's Name is C1's Role
 *   vehicle V1 Picture Truck; location L1 Stage 5 (Capacity 2), location L2 Diner (Capacity 1)
 *
 * Token rules used (contract §3): ID, then Name, then Role, case-insensitive, trimmed; IDs compare as text.
 * Where two resources match at the same level the first in table order wins (set 3's documented choice), and
 * the column a token is typed in does not change what it resolves to (the contract never mentions it).
 */
import ExcelJS from "exceljs";
import type { Report } from "../../src/core/report";
import {
  at,
  describeReport,
  plainSheet,
  saveAndCheck,
  timeFraction as t,
  type CellInput,
  type ExpectedCallSheet,
  type ExpectedConflict,
  type ExpectedDoodRow,
  type NearMiss,
} from "../conformance/helpers";

// Excel rows 2..14. Columns: A ID, B Date, C Start, D End, E Location, F Cast, G Crew, H Equipment.
const SCHEDULE: CellInput[][] = [
  /* 2 */ ["S1", at(2026, 3, 2), t(7), t(9), "Stage 5", "1, 2", "C1", "E1"],
  /* 3 */ ["S2", at(2026, 3, 2), t(8), t(10), "Stage 5", null, "nia cole", "Camera Package"],
  /* 4 */ ["S3", at(2026, 3, 2), t(9), t(11), "Stage 5", null, null, "e1"],
  /* 5 */ ["S4", at(2026, 3, 2), t(9, 30), t(10, 30), "STAGE 5 ", "  LEO PARK ", null, null],
  /* 6 */ ["S5", at(2026, 3, 2), t(11), t(13), "Diner", "cop", "Steadicam, medic", null],
  /* 7 */ ["S6", at(2026, 3, 2), t(12), t(14), "Diner", 5, null, "Steadicam"],
  /* 8 */ ["S7", at(2026, 3, 2), t(15), t(16), "Diner", "Dev Shah", "C3; Stunt Coordinator", "V1"],
  /* 9 */ ["T1", at(2026, 3, 3), t(7), t(12), "Stage 5", "1/10", "c1", null],
  /* 10 */ ["T2", at(2026, 3, 3), t(7), t(9), "Backlot", "Stunt Dbl", null, null],
  /* 11 */ ["T3", at(2026, 3, 3), t(8), t(10), "Backlot", "Stunt Dbl", null, null],
  /* 12 */ ["T4", at(2026, 3, 3), t(6), t(21), "Backlot", null, "Drone Op", null],
  /* 13 */ ["U1", at(2026, 3, 4), t(6), t(8), "Backlot", null, "Drone Op", null],
  /* 14 */ ["U2", at(2026, 3, 4), null, null, "Stage 5", "2", null, null],
];

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  plainSheet(
    wb,
    "Shooting Schedule",
    ["ID", "Date", "Start", "End", "Location", "Cast", "Crew", "Equipment"],
    SCHEDULE,
    { timeColumns: [2, 3] },
  );
  plainSheet(
    wb,
    "Resources",
    ["Type", "ID", "Name", "Role", "Dept", "Capacity"],
    [
      ["Cast", 1, "Ruby Vance", "MAE", null, null],
      ["cast", "2", "Leo Park", "JONAH", null, null],
      ["Cast", 10, "Ines Duarte", "MEDIC", null, null],
      ["CAST", 4, "Tom Hale", "COP", null, null],
      ["Cast", 5, "Ada Kim", "COP", null, null],
      ["Crew", "C1", "Raf Mendes", "Steadicam", "Camera", null],
      ["crew", "C2", "Nia Cole", "Medic", "Production", null],
      ["Crew", "C3", "Dev Shah", "Stunt Coordinator", "Stunts", null],
      ["Equipment", "E1", "Camera Package", null, "Camera", 2],
      ["equipment", "E2", "Steadicam", null, "Camera", 1],
      ["Vehicle", "V1", "Picture Truck", null, "Transport", null],
      ["Location", "L1", "Stage 5", null, null, 2],
      ["location", "L2", "Diner", null, null, null],
    ],
  );
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "double-booking",
    severity: "error",
    resource: "L1",
    items: ["S2", "S3", "S4"],
    date: "2026-03-02",
    magnitude: 1,
    why: "Stage 5 (Capacity 2; S4 types it `STAGE 5 `) holds S2, S3 and S4 from 09:30 to 10:00: load 3; dated by S2",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "E2",
    items: ["S5", "S6"],
    date: "2026-03-02",
    magnitude: 1,
    why: "`Steadicam` is E2's Name and C1's Role: Name beats Role, even typed in the Crew column (S5) ",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "L2",
    items: ["S5", "S6"],
    date: "2026-03-02",
    magnitude: 1,
    why: "the Diner (Capacity 1 by default) is the Location of S5 11-13 and S6 12-14",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "Stunt Dbl",
    items: ["T2", "T3"],
    date: "2026-03-03",
    magnitude: 1,
    why: "an unknown token still acts as a Capacity 1 resource named by the token (no ID: resource = name)",
  },
];

const NEAR_MISSES: NearMiss[] = [
  {
    type: "double-booking",
    resource: "E1",
    items: ["S1", "S2"],
    why: "Camera Package (Qty 2) by ID, Name and lower-case ID: load never above 2 (exactly at Capacity)",
  },
  {
    type: "double-booking",
    resource: "C3",
    items: ["S7"],
    why: "Dev Shah named by Name in Cast and by ID and Role in Crew of one strip: one booking",
  },
  {
    type: "double-booking",
    resource: "C1",
    items: ["S5", "S6"],
    why: "`Steadicam` resolves to the equipment's Name, never to the operator's Role",
  },
  {
    type: "double-booking",
    resource: "2",
    items: ["S1", "S4"],
    why: "Leo Park: S1 ends 09:00, S4 starts 09:30",
  },
  {
    type: "long-day",
    resource: "Drone Op",
    items: ["T4"],
    why: "a synthetic resource is Type other with no Rule Set: no person, no 14 h limit (15 h here)",
  },
  {
    type: "turnaround",
    resource: "Drone Op",
    items: ["T4", "U1"],
    why: "a synthetic resource has no Min Rest (9 h between 21:00 and 06:00)",
  },
  {
    type: "travel",
    resource: "10",
    items: ["S5"],
    why: "Ines Duarte has one timed item on 3/2 (S5, via `medic`)",
  },
];

const EXPECTED_DOOD_ROWS: ExpectedDoodRow[] = [
  { resource: "1", codes: ["SW", "WF", ""], work: 2, hold: 0, start: "2026-03-02", finish: "2026-03-03" },
  { resource: "2", codes: ["SW", "H", "WF"], work: 2, hold: 1, start: "2026-03-02", finish: "2026-03-04" },
  { resource: "10", codes: ["SW", "WF", ""], work: 2, hold: 0, start: "2026-03-02", finish: "2026-03-03" },
  { resource: "4", codes: ["SWF", "", ""], work: 1, hold: 0, start: "2026-03-02", finish: "2026-03-02" },
  { resource: "5", codes: ["SWF", "", ""], work: 1, hold: 0, start: "2026-03-02", finish: "2026-03-02" },
];

const EXPECTED_CALL_SHEETS: ExpectedCallSheet[] = [
  {
    date: "2026-03-02",
    items: ["S1", "S2", "S3", "S4", "S5", "S6", "S7"],
    cast: [
      { resource: "1", status: "SW", call: "07:00" },
      { resource: "2", status: "SW", call: "07:00" },
      { resource: "10", status: "SW", call: "11:00" },
      { resource: "4", status: "SWF", call: "11:00" },
      { resource: "5", status: "SWF", call: "12:00" },
    ],
  },
  {
    date: "2026-03-03",
    items: ["T1", "T2", "T3", "T4"],
    cast: [
      { resource: "1", status: "WF", call: "07:00" },
      { resource: "10", status: "WF", call: "07:00" },
    ],
  },
  { date: "2026-03-04", items: ["U1", "U2"], cast: [{ resource: "2", status: "WF", call: null }] },
];

function crewOn(report: Report, date: string): { resource: string; call: string | null }[] {
  const sheet = report.callSheets.find((s) => s.date === date);
  return (sheet?.crew ?? []).map((c) => ({ resource: c.resource, call: c.call }));
}

describeReport(
  "conformance set 12: one typed Resources list, tokens by ID / Name / Role, synthetic resources",
  () => saveAndCheck(buildWorkbook(), "1-one-contact-list.xlsx", "conformance12"),
  {
    issues: {
      title: "one unknown-resource per cell naming nobody (Backlot is a Location naming no resource: no issue)",
      keys: [
        "unknown-resource | Shooting Schedule | F10",
        "unknown-resource | Shooting Schedule | F11",
        "unknown-resource | Shooting Schedule | G12",
        "unknown-resource | Shooting Schedule | G13",
      ],
    },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
    dood: {
      title: "DOOD: Type cast rows only, table order; `medic` (shared Character/Position) is cast 10 on 3/2",
      days: ["2026-03-02", "2026-03-03", "2026-03-04"],
      rows: EXPECTED_DOOD_ROWS,
    },
    callSheets: {
      title: "call sheets: cast by Type (Dev Shah, crew, is not on the cast list although typed in Cast)",
      sheets: EXPECTED_CALL_SHEETS,
    },
  },
  (report) => {
    test("3/2 crew list: C1, C2 (by Name in lower case) and C3 once, each with its first Start", () => {
      const crew = crewOn(report(), "2026-03-02");
      expect([...crew].sort((a, b) => a.resource.localeCompare(b.resource))).toEqual([
        { resource: "C1", call: "07:00" },
        { resource: "C2", call: "08:00" },
        { resource: "C3", call: "15:00" },
      ]);
    });
    test("3/2 equipment: E1, E2 and the truck V1, each once; synthetic resources are on no list", () => {
      const sheet = report().callSheets.find((s) => s.date === "2026-03-02");
      expect([...new Set((sheet?.equipment ?? []).map((e) => e.resource))].sort()).toEqual(["E1", "E2", "V1"]);
      expect((sheet?.equipment ?? []).length).toBe(3);
      const day2 = report().callSheets.find((s) => s.date === "2026-03-03");
      expect((day2?.crew ?? []).map((c) => c.resource)).toEqual(["C1"]);
    });
  },
);
