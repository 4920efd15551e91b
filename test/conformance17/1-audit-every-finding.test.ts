/**
 * Set 17, workbook 1: a clause-by-clause audit of contract §5 through the CLI (`check <file> --json -`, the fast
 * reader, and `check <file> --out` for §8's highlights). One plain-range `Schedule` where every rule fires once
 * with its boundary twin next to it, so each finding's type, severity, resource (ID, else Name; absent for
 * item rules; the account for budget-overrun), items (schedule order), date (the rule's own date) and magnitude
 * (minutes short / over, units over capacity, money over budget) can be checked against the contract's sentence,
 * plus the report fields the schema defines (version, workbook, summary counts, priorities, DOOD names, call-sheet
 * name/role, costs). Expectations were worked out by hand from the contract before the engine was run.
 *
 * Cast: 1 Ava Stone (MARA, Makeup 30), 2 Ben Cole (TOM, Day Rate 1000, acct 1100, Unavailable 3/4/2026,
 * Available To 3/5/2026). Crew (no ID column, so resource = Name): Kim Lee (Gaffer), Raj Patel (Grip).
 * Equipment E1 Camera A (Qty 1, Day Rate 400, acct 3100). Locations are typed only (no location resources).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import {
  at,
  describeReport,
  plainSheet,
  type CellInput,
  type ExpectedConflict,
  type NearMiss,
} from "../conformance/helpers";
import { cliCheckJson, cliCheckOut, open } from "../conformance14/roundtrip";
import { schemaErrors } from "../conformance6/writeback";
import type { Report } from "../../src/core/report";

const OUT = path.join(__dirname, "..", "..", "test-output", "conformance17");
const HEADER = [
  "ID",
  "Date",
  "Start",
  "End",
  "Cast",
  "Crew",
  "Equipment",
  "Location",
  "Depends On",
  "Deadline",
  "Priority",
  "Status",
  "Description",
];

// Excel rows 2..26 (header in row 1).
const d = (day: number): Date => at(2026, 3, day);
const SCHEDULE: CellInput[][] = [
  /* r2  */ ["A01", d(2), "08:00", "12:00", "1", null, "E1", "Stage 5", null, null, null, null, "Kitchen"],
  /* r3  */ ["A02", d(2), "11:00", "13:00", null, null, "Camera A", "Stage 5", null, null, null, null, "Inserts"],
  /* r4  */ ["A03", d(2), "13:00", "14:00", null, null, "e1", "Stage 5", null, null, null, null, "Plates"],
  /* r5  */ ["A04", d(2), "07:00", "09:00", null, "Raj Patel", null, "Stage 5", null, null, null, null, "Pre-rig"],
  /* r6  */ ["A05", d(2), "09:20", "10:00", null, "raj patel", null, "Mill Road", null, null, null, null, "Rig road"],
  /* r7  */ ["A06", d(2), "10:30", "11:00", null, "Grip", null, "Stage 5", null, null, null, null, "Wrap road"],
  /* r8  */ ["A07", d(3), "06:00", "12:00", null, "Kim Lee", null, "Stage 5", null, null, null, null, "Light"],
  /* r9  */ ["A08", d(3), "13:00", "20:01", null, "Kim Lee", null, "Stage 5", null, null, null, null, "Light"],
  /* r10 */ ["A09", d(4), "06:00", "20:00", null, "Gaffer", null, "Stage 5", null, null, null, null, "Light"],
  /* r11 */ ["A10", d(5), "06:00", "07:00", null, "Kim Lee", null, "Stage 5", null, null, null, null, "De-rig"],
  /* r12 */ ["A11", d(4), "09:00", "10:30", "2", null, null, "Stage 5", null, null, null, null, "Sc 4"],
  /* r13 */ ["A12", d(5), null, null, "Ben Cole", null, null, null, null, null, null, null, "Wardrobe day"],
  /* r14 */ ["A13", d(6), "08:00", "09:00", "TOM", null, null, "Stage 5", null, null, null, null, "Sc 9"],
  /* r15 */ ["A14", d(5), "10:30", "12:00", null, null, null, null, "A15", null, null, null, "Sc 12"],
  /* r16 */ ["A15", d(5), "09:00", "11:00", null, null, null, null, null, null, null, null, "Sc 11"],
  /* r17 */ ["A16", d(5), "11:00", "12:00", null, null, null, null, "A15", null, null, null, "Sc 13"],
  /* r18 */ ["A17", d(6), "08:00", "10:01", null, null, null, null, null, "3/6/2026 10:00", "Critical", null, "Rain"],
  /* r19 */ ["A18", d(6), "08:00", "10:00", null, null, null, null, null, "3/6/2026 10:00", null, null, "Rain 2"],
  /* r20 */ ["A19", d(3), null, null, null, "Raj Patel", null, null, null, null, null, null, "Rigging"],
  /* r21 */ ["A20", d(4), null, null, null, "Raj Patel", null, null, null, null, null, null, "Rigging"],
  /* r22 */ ["A21", d(5), null, null, null, "Raj Patel", null, null, null, null, null, null, "Rigging"],
  /* r23 */ ["A22", d(6), null, null, null, "Raj Patel", null, null, null, null, null, null, "Rigging"],
  /* r24 */ ["A23", d(7), null, null, null, "Raj Patel", null, null, null, null, null, null, "Rigging"],
  /* r25 */ ["A24", d(8), null, null, null, "Raj Patel", null, null, null, null, null, null, "Rigging"],
  /* r26 */ ["A25", d(2), "11:30", "12:30", null, null, "E1", "Stage 5", null, null, null, "Cancelled", "Cut"],
];

export function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = plainSheet(wb, "Schedule", HEADER, SCHEDULE);
  // The coordinator's own fill on A17's Deadline cell (J18): §8 says highlights never overwrite it.
  ws.getCell("J18").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B0F0" } };
  plainSheet(
    wb,
    "Cast",
    ["Cast #", "Name", "Character", "Makeup", "Unavailable", "Available To", "Day Rate", "Account"],
    [
      [1, "Ava Stone", "MARA", 30, null, null, null, null],
      [2, "Ben Cole", "TOM", null, "3/4/2026", d(5), 1000, "1100"],
    ],
  );
  plainSheet(
    wb,
    "Crew",
    ["Name", "Position"],
    [
      ["Kim Lee", "Gaffer"],
      ["Raj Patel", "Grip"],
    ],
  );
  plainSheet(wb, "Equipment", ["ID", "Name", "Qty", "Day Rate", "Account"], [["E1", "Camera A", 1, 400, "3100"]]);
  plainSheet(
    wb,
    "Materials",
    ["Item", "Quantity", "Needed For", "Delivery", "Vendor"],
    [
      ["Rain towers", 2, "A18", "3/6/2026 8:30", "WetFX"],
      ["Gels", 10, "A17", "3/6/2026 8:00", "Lee Filters"],
    ],
  );
  plainSheet(
    wb,
    "Budget",
    ["Account", "Description", "Budget"],
    [
      ["1100", "Cast", 2500],
      ["3100", "Camera rental", 400],
    ],
  );
  return wb;
}

const EXPECTED: ExpectedConflict[] = [
  {
    type: "double-booking",
    severity: "error",
    resource: "E1",
    items: ["A01", "A02"],
    date: "2026-03-02",
    magnitude: 1,
    why: "E1 (Qty 1) in A01 08-12 and A02 11-13 ('Camera A' by Name): one span 11-12, 1 unit over, dated by the earliest-starting A01; A03 13:00 touches A02's end, the Cancelled A25 is ignored",
  },
  {
    type: "travel",
    severity: "warning",
    resource: "Raj Patel",
    items: ["A04", "A05"],
    date: "2026-03-02",
    magnitude: 10,
    why: "Stage 5 09:00 -> Mill Road 09:20: 20 min gap, no Travel row so the 30 min buffer: 10 minutes short; a crew member with no ID is named by Name",
  },
  {
    type: "consecutive-days",
    severity: "warning",
    resource: "Raj Patel",
    items: ["A24"],
    date: "2026-03-02",
    magnitude: 1,
    why: "Raj works 3/2..3/8 (date-only days count): 7 > 6; date = the run's first day, item = first item of the 7th day",
  },
  {
    type: "long-day",
    severity: "warning",
    resource: "Kim Lee",
    items: ["A07", "A08"],
    date: "2026-03-03",
    magnitude: 1,
    why: "Kim 06:00 -> 20:01 = 14 h 1 min > Max Day 14 h (IATSE): 1 minute over, all that day's timed items",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "Kim Lee",
    items: ["A08", "A09"],
    date: "2026-03-04",
    magnitude: 1,
    why: "20:01 on 3/3 to 06:00 on 3/4 ('Gaffer' by Role) = 9 h 59 < 10 h: 1 minute short, dated by the later date",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "2",
    items: ["A11"],
    date: "2026-03-04",
    why: "Ben's Unavailable date 3/4/2026 under a 09:00-10:30 item",
  },
  {
    type: "unavailable",
    severity: "error",
    resource: "2",
    items: ["A13"],
    date: "2026-03-06",
    why: "after Available To 3/5/2026 ('TOM' by Character)",
  },
  {
    type: "dependency",
    severity: "error",
    items: ["A14", "A15"],
    date: "2026-03-05",
    magnitude: 30,
    why: "A14 starts 10:30, its predecessor A15 ends 11:00: 30 minutes early; items in schedule order (the dependent's row is first), no resource, the dependent's Date",
  },
  {
    type: "deadline",
    severity: "error",
    items: ["A17"],
    date: "2026-03-06",
    magnitude: 1,
    why: "A17 ends 10:01 after its Deadline 3/6/2026 10:00: 1 minute late, no resource",
  },
  {
    type: "material-late",
    severity: "error",
    items: ["A18"],
    date: "2026-03-06",
    why: "Rain towers arrive 08:30, A18 starts 08:00 (a material is no resource)",
  },
  {
    type: "budget-overrun",
    severity: "warning",
    resource: "1100",
    items: [],
    magnitude: 500,
    why: "Ben's Day Rate 1000 x 3 worked dates (3/4, 3/5 date-only, 3/6) = 3000 against 2500; no date, resource = the account",
  },
];

const NEAR_MISSES: NearMiss[] = [
  { type: "double-booking", resource: "E1", items: ["A02", "A03"], why: "A03 starts 13:00 when A02 ends (half-open)" },
  { type: "double-booking", resource: "E1", items: ["A25"], why: "a Cancelled row is ignored by every rule" },
  {
    type: "travel",
    resource: "Raj Patel",
    items: ["A05", "A06"],
    why: "Mill Road 10:00 -> Stage 5 10:30: exactly the 30 min buffer",
  },
  { type: "long-day", resource: "Kim Lee", items: ["A09"], why: "06:00 -> 20:00 is exactly 14 h" },
  { type: "turnaround", resource: "Kim Lee", items: ["A09", "A10"], why: "20:00 -> 06:00 is exactly 10 h" },
  { type: "unavailable", resource: "2", items: ["A12"], why: "a date-only item on the Available To day" },
  { type: "dependency", items: ["A15", "A16"], why: "A16 starts 11:00 when A15 ends" },
  { type: "deadline", items: ["A18"], why: "A18 ends exactly at its Deadline" },
  { type: "material-late", items: ["A17"], why: "Gels arrive exactly at A17's Start" },
  {
    type: "budget-overrun",
    resource: "3100",
    items: [],
    why: "Camera A 400 x 1 booked date (A25 is Cancelled) = exactly the 400 budget",
  },
];

const ITEMS = SCHEDULE.filter((r) => r[11] !== "Cancelled").map((r) => String(r[0]));
const ERROR_ITEMS = ["A01", "A02", "A08", "A09", "A11", "A13", "A14", "A15", "A17", "A18"];
const WARNING_ONLY_ITEMS = ["A04", "A05", "A07", "A24"];
const ROW_OF = new Map(SCHEDULE.map((r, i) => [String(r[0]), i + 2]));

async function saved(name: string): Promise<string> {
  fs.mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, name);
  await buildWorkbook().xlsx.writeFile(file);
  return file;
}

/** Rows of a sheet covered by the add-in's highlight conditional formats, by severity. */
function highlightedRows(ws: ExcelJS.Worksheet): { error: Set<number>; warning: Set<number> } {
  const out = { error: new Set<number>(), warning: new Set<number>() };
  const cfs =
    (ws as unknown as { conditionalFormattings?: { ref: string; rules: { formulae?: string[] }[] }[] })
      .conditionalFormattings ?? [];
  for (const cf of cfs) {
    const f = cf.rules.map((r) => (r.formulae ?? []).join(" ")).join(" ");
    const sev = f.includes("ProductionCoordinator:error")
      ? "error"
      : f.includes("ProductionCoordinator:warning")
        ? "warning"
        : null;
    if (!sev) continue;
    for (const part of cf.ref.split(/\s+/)) {
      const m = /^[A-Z]+(\d+)(?::[A-Z]+(\d+))?$/.exec(part);
      if (!m) continue;
      const from = Number(m[1]);
      const to = Number(m[2] ?? m[1]);
      for (let r = from; r <= to; r++) out[sev].add(r);
    }
  }
  return out;
}

describeReport(
  "conformance set 17: every §5 finding once, with its boundary twin, through the CLI",
  async () => (await cliCheckJson(await saved("1-audit-every-finding.xlsx"))).report,
  {
    issues: { title: "no data issues", keys: [] },
    conflicts: EXPECTED,
    nearMisses: NEAR_MISSES,
    dood: {
      title: "DOOD: every date with an item is a column (cast-less days too); cast rows in table order",
      days: ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08"],
      rows: [
        {
          resource: "1",
          codes: ["SWF", "", "", "", "", "", ""],
          work: 1,
          hold: 0,
          travel: 0,
          start: "2026-03-02",
          finish: "2026-03-02",
        },
        {
          resource: "2",
          codes: ["", "", "SW", "W", "WF", "", ""],
          work: 3,
          hold: 0,
          travel: 0,
          start: "2026-03-04",
          finish: "2026-03-06",
        },
      ],
    },
    callSheets: {
      title:
        "call sheets: one per shoot day, Call Sheet YYYY-MM-DD, cast status = DOOD code, call = first Start - Makeup",
      sheets: [
        {
          date: "2026-03-02",
          items: ["A01", "A02", "A03", "A04", "A05", "A06"],
          cast: [{ resource: "1", status: "SWF", call: "07:30" }],
        },
        { date: "2026-03-03", items: ["A07", "A08", "A19"], cast: [] },
        { date: "2026-03-04", items: ["A09", "A11", "A20"], cast: [{ resource: "2", status: "SW", call: "09:00" }] },
        {
          date: "2026-03-05",
          items: ["A10", "A12", "A14", "A15", "A16", "A21"],
          cast: [{ resource: "2", status: "W", call: null }],
        },
        {
          date: "2026-03-06",
          items: ["A13", "A17", "A18", "A22"],
          cast: [{ resource: "2", status: "WF", call: "08:00" }],
        },
        { date: "2026-03-07", items: ["A23"], cast: [] },
        { date: "2026-03-08", items: ["A24"], cast: [] },
      ],
      names: ["02", "03", "04", "05", "06", "07", "08"].map((n) => ({
        date: `2026-03-${n}`,
        sheet: `Call Sheet 2026-03-${n}`,
      })),
    },
  },
  (report: () => Report) => {
    test("schema: the CLI's JSON validates, version 1, workbook = the file name", () => {
      expect(schemaErrors(report())).toEqual([]);
      expect(report().version).toBe(1);
      expect(report().workbook).toBe("1-audit-every-finding.xlsx");
    });

    test("summary: items = non-cancelled items, resources = 5 merged rows, errors/warnings/dataIssues count the lists", () => {
      expect(report().summary).toEqual({ items: 24, resources: 5, errors: 7, warnings: 4, dataIssues: 0 });
    });

    test("every conflict has a message; budget-overrun has no date, the others have one", () => {
      for (const c of report().conflicts) {
        expect(c.message.length).toBeGreaterThan(0);
        expect(c.date === undefined).toBe(c.type === "budget-overrun");
      }
    });

    test("priorities: every non-cancelled item once, ranks 1..n in array order (most urgent first)", () => {
      const p = report().priorities;
      expect(p.map((x) => x.item).sort()).toEqual([...ITEMS].sort());
      expect(p.map((x) => x.rank)).toEqual(ITEMS.map((_, i) => i + 1));
      for (let i = 1; i < p.length; i++) {
        if (p[i].score !== undefined && p[i - 1].score !== undefined)
          expect(p[i].score).toBeLessThanOrEqual(p[i - 1].score as number);
      }
    });

    test("priorities: critical/slackMinutes only on items in a Depends On chain (A14, A15, A16)", () => {
      for (const x of report().priorities) {
        if (!["A14", "A15", "A16"].includes(x.item)) {
          expect(x.critical).toBeUndefined();
          expect(x.slackMinutes).toBeUndefined();
        }
      }
      expect(report().priorities.find((x) => x.item === "A15")?.critical).toBe(true);
    });

    test("DOOD rows and call-sheet cast carry Name and Character", () => {
      expect(report().dood.rows.map((r) => r.name)).toEqual(["Ava Stone", "Ben Cole"]);
      const cast = report().callSheets.find((s) => s.date === "2026-03-02")?.cast[0];
      expect([cast?.name, cast?.role]).toEqual(["Ava Stone", "MARA"]);
    });

    test("costs: per account (budget and planned) and per day (Day Rate per worked/booked date)", () => {
      const accounts = (report().costs?.accounts ?? []).map((a) => [a.account, a.budget, a.planned]);
      expect(accounts).toEqual(
        expect.arrayContaining([
          ["1100", 2500, 3000],
          ["3100", 400, 400],
        ]),
      );
      expect(accounts.filter((a) => (a[2] as number) > 0)).toHaveLength(2);
      const days = (report().costs?.days ?? []).filter((x) => x.planned > 0).map((x) => [x.date, x.planned]);
      expect(days).toEqual([
        ["2026-03-02", 400],
        ["2026-03-04", 1000],
        ["2026-03-05", 1000],
        ["2026-03-06", 1000],
      ]);
    });

    describe("§8 through `check --out`", () => {
      let written: ExcelJS.Workbook | undefined;
      let outReport: Report | undefined;
      beforeAll(async () => {
        const input = await saved("1-audit-every-finding-in.xlsx");
        const out = path.join(OUT, "1-audit-every-finding-out.xlsx");
        outReport = (await cliCheckOut(input, out)).report;
        written = await open(out);
      });

      test("the --out run reports the same findings as the fast reader", () => {
        const key = (r: Report) => r.conflicts.map((c) => [c.type, c.resource, c.items.join(","), c.date, c.magnitude]);
        expect(key(outReport as Report)).toEqual(key(report()));
      });

      test("generated sheets: Conflicts, Priorities, DOOD, Cost Report and one call sheet per shoot day", () => {
        const names = written?.worksheets.map((w) => w.name) ?? [];
        for (const n of ["Conflicts", "Priorities", "DOOD", "Cost Report"]) expect(names).toContain(n);
        for (const n of ["02", "03", "04", "05", "06", "07", "08"]) expect(names).toContain(`Call Sheet 2026-03-${n}`);
      });

      test("highlights by severity: rows of error findings carry the error mark, warning-only rows the warning mark", () => {
        const h = highlightedRows(written?.getWorksheet("Schedule") as ExcelJS.Worksheet);
        for (const id of ERROR_ITEMS) expect([id, h.error.has(ROW_OF.get(id) as number)]).toEqual([id, true]);
        for (const id of WARNING_ONLY_ITEMS) {
          const row = ROW_OF.get(id) as number;
          expect([id, h.warning.has(row), h.error.has(row)]).toEqual([id, true, false]);
        }
      });

      test("rows in no finding (and the Cancelled row) are not highlighted", () => {
        const h = highlightedRows(written?.getWorksheet("Schedule") as ExcelJS.Worksheet);
        const clean = ITEMS.filter((i) => !ERROR_ITEMS.includes(i) && !WARNING_ONLY_ITEMS.includes(i)).concat("A25");
        for (const id of clean) {
          const row = ROW_OF.get(id) as number;
          expect([id, h.error.has(row) || h.warning.has(row)]).toEqual([id, false]);
        }
      });

      test("the user's own fill, values and number formats on the Schedule are untouched", () => {
        const ws = written?.getWorksheet("Schedule") as ExcelJS.Worksheet;
        expect(ws.getCell("J18").fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FF00B0F0" } });
        expect(ws.getCell("J18").value).toBe("3/6/2026 10:00");
        expect(ws.getCell("B2").numFmt).toBe("m/d/yyyy");
        expect(ws.getCell("C9").value).toBe("13:00");
      });
    });
  },
);
