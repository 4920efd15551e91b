/** Properties every plan must have, whatever the report: valid addresses, rectangular blocks, no formulas. */
import { buildWritePlan } from "../../../src/core/writeplan";
import { parseCell, parseRange } from "../../../src/core/a1";
import type { GeneratedSheet, WritePlan } from "../../../src/core/plan";
import { allValues, callSheet, mergeOwners, smallModel, smallReport } from "./fixture";

const A1_CELL = /^[A-Z]{1,3}[1-9]\d*$/;
const A1_RANGE = /^[A-Z]{1,3}[1-9]\d*(:[A-Z]{1,3}[1-9]\d*)?$/;

function plans(): [string, WritePlan][] {
  const empty = smallReport({
    conflicts: [],
    dataIssues: [],
    priorities: [],
    dood: { days: [], rows: [] },
    costs: undefined,
    callSheets: [
      callSheet({
        scenes: [],
        cast: [],
        crew: [],
        locations: [],
        equipment: [],
        deliveries: [],
        notes: [],
        advance: undefined,
        crewCall: null,
        header: {},
      }),
    ],
  });
  return [
    ["full", buildWritePlan(smallReport(), smallModel())],
    ["empty", buildWritePlan(empty, smallModel())],
  ];
}

function addresses(sheet: GeneratedSheet): string[] {
  return [
    ...sheet.blocks.map((b) => b.at),
    ...sheet.styles.map((s) => s.range),
    ...sheet.merges,
    ...sheet.hyperlinks.flatMap((h) => [h.cell, h.range]),
    ...(sheet.table ? [sheet.table.range] : []),
    ...(sheet.tables ?? []).map((t) => t.range),
    ...(sheet.print ? [sheet.print.printArea] : []),
  ];
}

describe.each(plans())("plan invariants (%s report)", (_name, plan) => {
  test("every address is valid A1", () => {
    for (const s of plan.sheets) for (const a of addresses(s)) expect(a).toMatch(A1_RANGE);
    for (const s of plan.sheets) for (const h of s.hyperlinks) expect(h.cell).toMatch(A1_CELL);
    for (const h of plan.highlights) for (const r of h.ranges) expect(r).toMatch(A1_RANGE);
  });

  test("blocks are rectangular and values are plain", () => {
    for (const s of plan.sheets) {
      for (const b of s.blocks) {
        const width = b.values[0].length;
        for (const line of b.values) expect(line).toHaveLength(width);
        for (const v of b.values.flat()) {
          expect(v === null || ["string", "number", "boolean"].includes(typeof v)).toBe(true);
          if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
        }
      }
    }
  });

  test("no value the plan builds looks like a formula", () => {
    // The fixture holds no user text starting with = + - @, so any such value was made by the plan.
    for (const s of plan.sheets)
      for (const [a, v] of allValues(s))
        if (typeof v === "string") expect(`${a}:${v}`).not.toMatch(/^[A-Z]+\d+:[=+\-@]/);
  });

  test("merges never overlap and only their top-left cell holds a value", () => {
    for (const s of plan.sheets) {
      const owner = mergeOwners(s);
      for (const [a] of allValues(s)) {
        const c = parseCell(a)!;
        const m = owner.get(`${c.row}:${c.col}`);
        if (m) expect(a).toBe(m.split(":")[0]);
      }
    }
  });

  test("sheet keys and table names are unique; table names are legal", () => {
    const keys = plan.sheets.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    const tables = plan.sheets.flatMap((s) => [
      ...(s.table ? [s.table.name] : []),
      ...(s.tables ?? []).map((t) => t.name),
    ]);
    expect(new Set(tables.map((t) => t.toLowerCase())).size).toBe(tables.length);
    for (const t of tables) expect(t).toMatch(/^PC_[A-Za-z0-9_]+$/);
  });

  test("every printed sheet's pages say the sheet and the page of how many", () => {
    const printed = plan.sheets.filter((s) => s.print);
    expect(printed.length).toBeGreaterThan(0);
    for (const s of printed) expect(s.print?.footer).toBe("&A · Page &P of &N");
  });

  test("every table's header row is fully named and unique", () => {
    for (const s of plan.sheets) {
      for (const t of [...(s.table ? [s.table] : []), ...(s.tables ?? [])]) {
        const r = parseRange(t.range)!;
        const row = s.blocks[0].values[r.row - 1].slice(r.col - 1, r.col - 1 + r.cols);
        expect(row.every((v) => typeof v === "string" && v.length > 0)).toBe(true);
        expect(new Set(row).size).toBe(row.length);
      }
    }
  });
});
