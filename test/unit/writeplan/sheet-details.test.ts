/**
 * What the write plan puts where, detail by detail (found by mutation testing of src/core/writeplan): each test says
 * which user-visible behaviour it holds in place.
 */
import { buildWritePlan } from "../../../src/core/writeplan";
import { sortConflicts } from "../../../src/core/writeplan/conflicts-sheet";
import { buildCallSheet, CREW_ONE_COLUMN_ROWS } from "../../../src/core/writeplan/call-sheet";
import { LINE_HEIGHT, wrappedLines } from "../../../src/core/writeplan/sheet-builder";
import { keepTogetherBreaks } from "../../../src/core/writeplan/paging";
import { parseRange } from "../../../src/core/a1";
import { dayFromIso } from "../../../src/core/time";
import type { CellStyle, GeneratedSheet } from "../../../src/core/plan";
import type { CallSheet, Report } from "../../../src/core/report";
import { callSheet, conflict, longCallSheet, mergeOwners, rowOf, smallModel, smallReport, valueAt } from "./fixture";

function sheetOf(report: Report, key: string): GeneratedSheet {
  const s = buildWritePlan(report, smallModel()).sheets.find((x) => x.key === key);
  if (!s) throw new Error(`no sheet ${key}`);
  return s;
}

/** The style a cell ends up with when the style runs are applied in order (later properties win). */
function styleAt(sheet: GeneratedSheet, address: string): CellStyle {
  const { row, col } = parseRange(address)!;
  let out: CellStyle = {};
  for (const s of sheet.styles) {
    const r = parseRange(s.range)!;
    if (row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols) out = { ...out, ...s.style };
  }
  return out;
}

describe("Conflicts sheet", () => {
  test("errors first, then by date with undated last, whatever order the report lists them in", () => {
    // The user reads the Conflicts sheet top-down: errors must lead, and a dated warning must come before an undated one.
    const report = [
      conflict({ type: "budget-overrun", severity: "warning" }),
      conflict({ type: "long-day", severity: "warning", date: "2026-03-04" }),
      conflict({ type: "turnaround", severity: "error", date: "2026-03-05" }),
      conflict({ type: "double-booking", severity: "error", date: "2026-03-02" }),
      conflict({ type: "travel", severity: "warning", date: "2026-03-01" }),
      conflict({ type: "dependency", severity: "error" }),
    ];
    expect(sortConflicts(report).map((c) => `${c.severity}:${c.date ?? "-"}`)).toEqual([
      "error:2026-03-02",
      "error:2026-03-05",
      "error:-",
      "warning:2026-03-01",
      "warning:2026-03-04",
      "warning:-",
    ]);
  });

  test("each row's Severity cell (column A) is filled by its severity: red for an error, yellow for a warning", () => {
    const sheet = sheetOf(smallReport(), "conflicts");
    // Rows 3-4 are the errors, 5-6 the warnings (sorted).
    expect([3, 4, 5, 6].map((r) => valueAt(sheet, `A${r}`))).toEqual(["error", "error", "warning", "warning"]);
    expect([3, 4, 5, 6].map((r) => styleAt(sheet, `A${r}`).fill)).toEqual(["#F4B6B6", "#F4B6B6", "#FFE699", "#FFE699"]);
    expect(styleAt(sheet, "A3").bold).toBe(true);
    expect(styleAt(sheet, "A5").bold).toBe(false);
    // Only the Severity cell is coloured: the Type next to it is not.
    expect(styleAt(sheet, "B3").fill).toBeUndefined();
  });

  test("the conflicts table is gridded from column A; the 'Data issues' label sits on the row above its table", () => {
    const sheet = sheetOf(smallReport(), "conflicts");
    for (const a of ["A2", "A3", "A6", "K6"]) expect(styleAt(sheet, a).border).toBe("thin");
    const head = rowOf(sheet, "Code", "D");
    expect(valueAt(sheet, `A${head - 1}`)).toBe("Data issues");
    expect(valueAt(sheet, `A${head}`) ?? null).toBeNull();
  });

  test("a resource listed by name only shows its name once, not 'Warehouse (Warehouse)'", () => {
    const sheet = sheetOf(
      smallReport({ conflicts: [conflict({ type: "double-booking", resource: "Warehouse", date: "2026-03-02" })] }),
      "conflicts",
    );
    expect(valueAt(sheet, "C3")).toBe("Warehouse");
  });

  test("an overrun names its budget line whatever the case of the account code, and links to its row", () => {
    const model = smallModel();
    model.budget.push({ account: "ATL-1", description: "Above the line", amount: 500, sheet: "Budget", row: 9 });
    const report = smallReport({
      conflicts: [conflict({ type: "budget-overrun", severity: "warning", resource: "atl-1", magnitude: 20 })],
    });
    const sheet = buildWritePlan(report, model).sheets.find((x) => x.key === "conflicts")!;
    expect(valueAt(sheet, "C3")).toBe("atl-1 Above the line");
    expect(sheet.hyperlinks[0]).toMatchObject({ cell: "K3", sheet: "Budget", range: "A9" });
  });

  test.each<[string, Partial<Report>, string]>([
    ["an error: red", {}, "#C00000"],
    ["warnings only: amber", { conflicts: [conflict({ type: "long-day", severity: "warning" })] }, "#BF8F00"],
    ["no conflicts: green", { conflicts: [] }, "#548235"],
  ])("the tab colour says the worst finding: %s", (_n, overrides, color) => {
    expect(sheetOf(smallReport(overrides), "conflicts").tabColor).toBe(color);
  });
});

describe("Priorities sheet", () => {
  test("the header row alone is the shaded header; Critical path alone is red; Score and Spare print to one decimal", () => {
    const sheet = sheetOf(smallReport(), "priorities");
    expect(valueAt(sheet, "A1")).toBe("Rank");
    expect(styleAt(sheet, "A1")).toMatchObject({ bold: true, fill: "#D9E1F2" });
    expect(styleAt(sheet, "A2").fill).toBeUndefined();
    expect(styleAt(sheet, "A2").bold).toBeUndefined();
    // Rank 1 (row 2) is on the critical path: "Yes" in H, red and bold; the Reasons beside it are plain.
    expect(valueAt(sheet, "H2")).toBe("Yes");
    expect(styleAt(sheet, "H2")).toMatchObject({ bold: true, fontColor: "#C00000" });
    expect(styleAt(sheet, "I2").fontColor).toBeUndefined();
    expect([styleAt(sheet, "F2").numberFormat, styleAt(sheet, "G2").numberFormat]).toEqual(["0.0", "0.0"]);
    expect(styleAt(sheet, "H2").numberFormat).toBeUndefined();
    // The grid stops at the table's last row (3): nothing is drawn below it.
    expect(styleAt(sheet, "A3").border).toBe("thin");
    expect(styleAt(sheet, "A4").border).toBeUndefined();
  });
});

describe("Cost Report", () => {
  test("the title row is 24 pt tall, and every amount of an account table, its Total included, is money", () => {
    const sheet = sheetOf(smallReport(), "cost-report");
    expect(sheet.rowHeights?.[1]).toBe(24);
    const head = rowOf(sheet, "Account");
    const total = rowOf(sheet, "Total");
    expect(total).toBe(head + 4);
    for (let r = head + 1; r <= total; r++)
      for (const c of ["C", "D", "E"]) expect(styleAt(sheet, `${c}${r}`).numberFormat).toMatch(/#,##0\.00/);
    // The header row keeps its text look.
    expect(styleAt(sheet, `C${head}`).numberFormat).toBeUndefined();
  });
});

describe("keepTogetherBreaks at the exact fit (rows of 15 pt, pages of 90 pt: six rows a page)", () => {
  test("a kept run that exactly fills the rest of the page stays on it; one more row breaks before the run", () => {
    // Cost Report sections: a band, its headers and first lines kept together must not jump a page when they fit.
    expect(keepTogetherBreaks({}, 6, 90, [[4, 6]])).toEqual([]);
    expect(keepTogetherBreaks({}, 7, 90, [[4, 7]])).toEqual([4]);
  });
});

describe("Cost Report by day", () => {
  test("the dates in column A show as dates (not serial numbers), the amounts as money", () => {
    const sheet = sheetOf(smallReport(), "cost-report");
    const r = rowOf(sheet, "BY DAY") + 2;
    expect(styleAt(sheet, `A${r}`).numberFormat).toBe("yyyy-mm-dd");
    expect(styleAt(sheet, `A${r + 1}`).numberFormat).toBe("yyyy-mm-dd");
    for (const c of ["C", "D"]) expect(styleAt(sheet, `${c}${r}`).numberFormat).toMatch(/#,##0\.00/);
  });
});

describe("DOOD sheet", () => {
  test("the title row is 24 pt; every day's code and the Work, Hold and Travel counts are centred", () => {
    const sheet = sheetOf(smallReport(), "dood");
    expect(sheet.rowHeights?.[1]).toBe(24);
    // Days in D:F (the fixture's cast have Characters), then Work, Hold, Travel in G:I, Start and Finish in J:K.
    for (const row of [5, 6])
      for (const c of ["D", "E", "F", "G", "H", "I"])
        expect([c, styleAt(sheet, `${c}${row}`).hAlign]).toEqual([c, "center"]);
    expect(styleAt(sheet, "J5").numberFormat).toBe("yyyy-mm-dd");
  });
});

describe("a workbook counting dates from 1904", () => {
  test("date cells are written as 1904 serials (4 years and a day earlier); money and counts are left alone", () => {
    const plan = buildWritePlan(smallReport(), smallModel(), { date1904: true });
    const of = (key: string) => plan.sheets.find((x) => x.key === key)!;
    const serial = dayFromIso("2026-03-02")!;
    expect(valueAt(of("conflicts"), "D4")).toBe(serial - 1462);
    const cost = of("cost-report");
    const r = rowOf(cost, "BY DAY") + 2;
    expect(valueAt(cost, `A${r}`)).toBe(serial - 1462);
    // 1,560.46 is above 1462 but is money, not a date.
    expect([valueAt(cost, `C${r}`), valueAt(cost, `D${r}`)]).toEqual([1560.46, 1560.46]);
    expect(valueAt(of("dood"), "J5")).toBe(serial - 1462);
    // Near miss: the same report in the 1900 system.
    expect(valueAt(sheetOf(smallReport(), "conflicts"), "D4")).toBe(serial);
  });
});

describe("DOOD sheet with nobody scheduled", () => {
  test("only the placeholder is muted: the count row under it keeps its bold label", () => {
    const sheet = sheetOf(smallReport({ dood: { days: ["2026-03-02"], rows: [] } }), "dood");
    const row = rowOf(sheet, "No cast scheduled.", "B");
    expect(styleAt(sheet, `B${row}`).italic).toBe(true);
    expect(valueAt(sheet, `B${row + 1}`)).toBe("Cast working");
    expect(styleAt(sheet, `B${row + 1}`)).toMatchObject({ bold: true });
    expect(styleAt(sheet, `B${row + 1}`).italic).toBeUndefined();
  });
});

describe("highlights", () => {
  test("a cell reference without a sheet is not highlighted (no highlight on a sheet named '')", () => {
    const hl = buildWritePlan(
      smallReport({ conflicts: [conflict({ type: "long-day", cells: [{ sheet: "", cell: "C7" }] })] }),
      smallModel(),
    ).highlights;
    expect(hl).toEqual([]);
  });

  test("a reference of exactly 20,000 cells is still highlighted (the guard is only against larger ones)", () => {
    const hl = buildWritePlan(
      smallReport({ conflicts: [conflict({ type: "long-day", cells: [{ sheet: "Schedule", cell: "A1:T1000" }] })] }),
      smallModel(),
    ).highlights;
    expect(hl.map((h) => h.ranges)).toEqual([["A1:T1000"]]);
  });
});

describe("call sheet", () => {
  const build = (cs: CallSheet): GeneratedSheet => buildCallSheet(cs, smallModel());

  test("the CALL SHEET band is row 2 only: the spacer row 3 under it has no fill", () => {
    const s = build(callSheet());
    expect(styleAt(s, "A2").fill).toBe("#1F3864");
    expect(styleAt(s, "A3").fill).toBeUndefined();
  });

  test("a Production row with a blank value is no note line", () => {
    const s = build(callSheet({ header: { Client: "Acme", Agency: "   " } }));
    const texts = s.blocks[0].values.flat();
    expect(texts).toContain("Client: Acme");
    expect(texts.some((v) => typeof v === "string" && v.startsWith("Agency"))).toBe(false);
  });

  test("the cast called that day is never also listed as on hold, whatever the DOOD says", () => {
    const dood = {
      days: ["2026-03-02"],
      rows: [
        { resource: "1", name: "Anna Lee", codes: ["H"], work: 0, hold: 1 },
        { resource: "X9", name: "Cy Lund", codes: ["H"], work: 0, hold: 1 },
      ],
    };
    const s = buildCallSheet(callSheet(), smallModel(), dood);
    const row = rowOf(s, "On hold");
    expect(valueAt(s, `C${row}`)).toBe("X9 Cy Lund");
  });

  describe("a crew list printed two across", () => {
    const DEPARTMENTS = ["Camera", "Electric", "Grip", "Sound"];
    const crewOf = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        resource: `X${i}`,
        name: `Crew ${i}`,
        role: `Role ${i}`,
        department: DEPARTMENTS[Math.floor((i * DEPARTMENTS.length) / n)],
        call: "07:00",
      }));

    test("each department heading is merged and shaded on its own row only; merges never overlap", () => {
      const crew = crewOf(CREW_ONE_COLUMN_ROWS);
      const s = build({ ...longCallSheet(2), crew });
      mergeOwners(s);
      const heading = rowOf(s, "Camera");
      expect(s.merges).toContain(`A${heading}:E${heading}`);
      expect(styleAt(s, `A${heading}`).fill).toBe("#EDEDED");
      // The first person under the heading is a plain gridded row, not shaded like the heading.
      expect(valueAt(s, `A${heading + 1}`)).toBe("Role 0");
      expect(styleAt(s, `A${heading + 1}`).fill).toBeUndefined();
      expect(styleAt(s, `A${heading + 1}`).italic).toBeUndefined();
    });

    test("a row is as tall as the taller half: a long position on the right wraps and the row grows", () => {
      const crew = crewOf(CREW_ONE_COLUMN_ROWS);
      // The right column's first person gets a position long enough to wrap in F:G.
      const long = "Second Assistant Camera and Digital Imaging Technician";
      const rightFirst = crew.length - 1;
      crew[rightFirst] = { ...crew[rightFirst], role: long };
      const s = build({ ...longCallSheet(2), crew });
      const row = rowOf(s, long, "F");
      const lines = wrappedLines(long, 8 + 12);
      expect(lines).toBeGreaterThan(1);
      expect(s.rowHeights?.[row]).toBeGreaterThanOrEqual(lines * LINE_HEIGHT);
    });
  });
});
