/** A small model and hand-made report for the write-plan tests, plus helpers to read a plan back. */
import { ModelBuilder } from "../../helpers/model-builder";
import type { Model } from "../../../src/core/model";
import type { CallSheet, Conflict, Report } from "../../../src/core/report";
import type { GeneratedSheet, PlanValue } from "../../../src/core/plan";
import { parseCell, parseRange } from "../../../src/core/a1";

export function smallModel(): Model {
  const m = new ModelBuilder()
    .resource({ id: "1", name: "Anna Lee", role: "Maya", type: "cast" })
    .resource({ id: "2", name: "Ben Ortiz", role: "Detective Cole", type: "cast" })
    .resource({ id: "G1", name: "Gaffer Gus", role: "Gaffer", department: "Electric", type: "crew" })
    .resource({ id: "C1", name: "Cam Op Cleo", role: "Camera Operator", department: "Camera", type: "crew" })
    .resource({ id: "K1", name: "Key Grip Kai", role: "Key Grip", department: "Grip", type: "crew" })
    .resource({ id: "E1", name: "Technocrane", type: "equipment" })
    .resource({ name: "Warehouse", type: "location", address: "12 Dock Rd, Springfield" })
    .item({ id: "S1", date: "2026-03-02", start: "07:00", end: "10:00", cast: ["1"], scene: "12", set: "INT. KITCHEN" })
    .item({
      id: "S2",
      date: "2026-03-02",
      start: "09:00",
      end: "12:00",
      cast: ["1", "2"],
      scene: "14",
      location: "Warehouse",
    })
    .item({ id: "S3", date: "2026-03-03", start: "08:00", end: "16:00", cast: ["2"], scene: "20" })
    .item({ id: "S4", date: "2026-03-05", start: "08:00", end: "16:00", cast: ["1"], scene: "21" })
    .build();
  m.production = {
    Title: "The Long Night",
    Director: "Dana Cruz",
    "1st AD": "Sam Patel",
    "Nearest Hospital": "St. Mary's",
  };
  m.budget.push({ account: "1400", description: "Cast", amount: 1000, sheet: "Budget", row: 5 });
  return m;
}

export function conflict(partial: Partial<Conflict> & Pick<Conflict, "type">): Conflict {
  return {
    severity: "error",
    items: [],
    message: `${partial.type} found`,
    ...partial,
  };
}

export function callSheet(partial: Partial<CallSheet> = {}): CallSheet {
  return {
    date: "2026-03-02",
    dayNumber: 1,
    dayCount: 3,
    sheet: "Call Sheet 2026-03-02",
    items: ["S1", "S2"],
    cast: [
      { resource: "1", name: "Anna Lee", role: "Maya", status: "SW", call: "06:30" },
      { resource: "2", name: "Ben Ortiz", role: "Detective Cole", status: "SW", call: null },
    ],
    crew: [
      { resource: "G1", name: "Gaffer Gus", role: "Gaffer", department: "Electric", call: "06:00" },
      { resource: "C1", name: "Cam Op Cleo", role: "Camera Operator", department: "Camera", call: "06:30" },
      { resource: "K1", name: "Key Grip Kai", role: "Key Grip", department: "Electric", call: "06:00" },
    ],
    crewCall: "06:00",
    header: { Weather: "Sunny, 14°C", Sunrise: "06:41", Sunset: "17:58" },
    scenes: [
      {
        item: "S1",
        scene: "12",
        set: "INT. KITCHEN",
        ie: "INT",
        dn: "D",
        pages: "1 4/8",
        cast: ["1"],
        start: "07:00",
        end: "10:00",
        description: "Maya finds the letter",
      },
      {
        item: "S2",
        scene: "14",
        set: "EXT. WAREHOUSE",
        ie: "EXT",
        dn: "N",
        pages: "3/8",
        cast: ["1", "2"],
        location: "Warehouse",
        start: "09:00",
        end: "12:00",
      },
    ],
    locations: [{ name: "Warehouse", address: "12 Dock Rd, Springfield" }],
    equipment: [{ resource: "E1", name: "Technocrane", quantity: 1 }],
    deliveries: [{ item: "Rain tower", delivery: "2026-03-02 06:00", vendor: "FX Co", neededFor: ["S2"] }],
    notes: ["Closed set for scene 14.", "Rain effects after lunch"],
    advance: { date: "2026-03-03", scenes: [{ item: "S3", scene: "20", cast: ["2"], pages: "2" }] },
    totalPages: "1 7/8",
    ...partial,
  };
}

export const LONG_DESCRIPTION =
  "Maya climbs the spiral stair to the lamp room while the storm breaks against the windows and the radio crackles";

/**
 * A long day for the printed layout: `scenes` scenes from Sc 100 (every third with a long description),
 * 24 crew in four departments (Camera, Electric, Grip, Sound) and 18 pieces of kit.
 */
export function longCallSheet(scenes: number): CallSheet {
  const departments = ["Camera", "Electric", "Grip", "Sound"];
  return callSheet({
    scenes: Array.from({ length: scenes }, (_, i) => ({
      item: `S${i + 1}`,
      scene: String(100 + i),
      set: "INT. ST. BRENDAN'S - NAVE",
      description: i % 3 === 0 ? LONG_DESCRIPTION : undefined,
      ie: "INT",
      dn: "DAY",
      pages: "1 2/8",
      cast: ["1", "2"],
      location: "St. Brendan's Church",
      start: "08:00",
      end: "10:30",
    })),
    crew: Array.from({ length: 24 }, (_, i) => ({
      resource: `X${i}`,
      name: `Crew ${i}`,
      role: "Technician",
      department: departments[i % 4],
      call: "07:00",
    })),
    equipment: Array.from({ length: 18 }, (_, i) => ({ resource: `E${i}`, name: `Kit ${i}`, quantity: 1 })),
  });
}

export function smallReport(overrides: Partial<Report> = {}): Report {
  return {
    version: 1,
    workbook: "sample.xlsx",
    summary: { items: 4, resources: 7, errors: 2, warnings: 1, dataIssues: 1 },
    conflicts: [
      conflict({
        type: "long-day",
        severity: "warning",
        resource: "2",
        items: ["S3"],
        date: "2026-03-03",
        cells: [{ sheet: "Schedule", cell: "C4" }],
      }),
      conflict({
        type: "double-booking",
        resource: "1",
        items: ["S1", "S2"],
        date: "2026-03-02",
        magnitude: 1,
        cells: [
          { sheet: "Schedule", cell: "C2" },
          { sheet: "Schedule", cell: "C3" },
        ],
      }),
      conflict({ type: "budget-overrun", severity: "warning", resource: "1400", magnitude: 250 }),
      conflict({
        type: "turnaround",
        resource: "1",
        items: ["S2", "S3"],
        date: "2026-03-01",
        magnitude: 60,
        cells: [{ sheet: "Shooting Schedule", cell: "D9" }],
      }),
    ],
    dataIssues: [{ code: "bad-date", sheet: "Schedule", cell: "B7", message: "B7: 'soon' is not a date" }],
    priorities: [
      { item: "S2", rank: 2, score: 40, slackMinutes: -90, reasons: ["double-booked"] },
      { item: "S1", rank: 1, score: 80, slackMinutes: 0, critical: true, reasons: ["double-booked", "first day"] },
    ],
    dood: {
      days: ["2026-03-02", "2026-03-03", "2026-03-05"],
      rows: [
        {
          resource: "1",
          name: "Anna Lee",
          codes: ["SW", "H", "WF"],
          work: 2,
          hold: 1,
          start: "2026-03-02",
          finish: "2026-03-05",
        },
        {
          resource: "2",
          name: "Ben Ortiz",
          codes: ["SW", "WF", ""],
          work: 2,
          hold: 0,
          travel: 0,
          start: "2026-03-02",
          finish: "2026-03-03",
        },
      ],
    },
    callSheets: [callSheet()],
    costs: {
      accounts: [
        { account: "1400", budget: 1000, planned: 1250 },
        { account: "3300", budget: 5000, planned: 1200.456 },
        { account: "9999", planned: 10 },
      ],
      days: [
        { date: "2026-03-03", planned: 900 },
        { date: "2026-03-02", planned: 1560.456 },
      ],
      lines: [{ date: "2026-03-02", resource: "1", account: "1400", hours: 5, amount: 500 }],
    },
    ...overrides,
  };
}

/** The value at an A1 address of a generated sheet (blocks are read back like an executor would). */
/** Each merged cell with the merge that holds it; fails where two merges share a cell. */
export function mergeOwners(sheet: GeneratedSheet): Map<string, string> {
  const owner = new Map<string, string>();
  for (const m of sheet.merges) {
    const r = parseRange(m)!;
    for (let i = 0; i < r.rows; i++)
      for (let j = 0; j < r.cols; j++) {
        const k = `${r.row + i}:${r.col + j}`;
        expect([k, owner.get(k)]).toEqual([k, undefined]);
        owner.set(k, m);
      }
  }
  return owner;
}

export function valueAt(sheet: GeneratedSheet, address: string): PlanValue | undefined {
  const target = parseCell(address);
  if (!target) throw new Error(`bad address ${address}`);
  for (const block of sheet.blocks) {
    const at = parseCell(block.at)!;
    const row = block.values[target.row - at.row];
    const v = row?.[target.col - at.col];
    if (v !== undefined) return v;
  }
  return undefined;
}

/** All [address, value] pairs with a non-empty value. */
export function allValues(sheet: GeneratedSheet): [string, PlanValue][] {
  const out: [string, PlanValue][] = [];
  for (const block of sheet.blocks) {
    const at = parseCell(block.at)!;
    block.values.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v !== null && v !== "") out.push([`${colLetters(at.col + c)}${at.row + r}`, v]);
      }),
    );
  }
  return out;
}

function colLetters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Row number of the first cell in column A whose value is exactly `text`. */
export function rowOf(sheet: GeneratedSheet, text: string, col = "A"): number {
  const hit = allValues(sheet).find(([a, v]) => v === text && a.replace(/\d+$/, "") === col);
  if (!hit) throw new Error(`"${text}" not found in column ${col}`);
  return +hit[0].replace(/^[A-Z]+/, "");
}

/** Cells of a range as "row:col" keys. */
export function cellsOf(range: string): string[] {
  const r = parseRange(range)!;
  const out: string[] = [];
  for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) out.push(`${r.row + i}:${r.col + j}`);
  return out;
}
