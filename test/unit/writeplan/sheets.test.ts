import { buildWritePlan } from "../../../src/core/writeplan";
import { CONFLICT_COLUMNS, DATA_ISSUE_COLUMNS, sortConflicts } from "../../../src/core/writeplan/conflicts-sheet";
import { DOOD_COLORS, DOOD_FIRST_DAY_COL } from "../../../src/core/writeplan/dood-sheet";
import { COST_LINES_TABLE, OVERRUN_FILL } from "../../../src/core/writeplan/cost-sheet";
import { columnLetters, parseRange } from "../../../src/core/a1";
import { dayFromIso } from "../../../src/core/time";
import { linesHeight, wrappedLines } from "../../../src/core/writeplan/sheet-builder";
import { keepTogetherBreaks, pageHeightPoints } from "../../../src/core/writeplan/paging";
import type { GeneratedSheet } from "../../../src/core/plan";
import type { Report } from "../../../src/core/report";
import { callSheet, conflict, smallModel, smallReport, valueAt, rowOf } from "./fixture";

function sheetOf(report: Report, key: string): GeneratedSheet {
  const s = buildWritePlan(report, smallModel()).sheets.find((x) => x.key === key);
  if (!s) throw new Error(`no sheet ${key}`);
  return s;
}

/** Fill a cell ends up with when style runs are applied in order. */
function fillAt(sheet: GeneratedSheet, address: string): string | undefined {
  const { row, col } = parseRange(address)!;
  let fill: string | undefined;
  for (const s of sheet.styles) {
    const r = parseRange(s.range)!;
    if (row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols && s.style.fill)
      fill = s.style.fill;
  }
  return fill;
}

describe("Conflicts sheet", () => {
  test.each<[string, number]>([
    ["no conflicts (one placeholder row)", 0],
    ["one conflict", 1],
    ["four conflicts", 4],
  ])("table range matches the rows: %s", (_n, count) => {
    const report = smallReport({ conflicts: smallReport().conflicts.slice(0, count) });
    const sheet = sheetOf(report, "conflicts");
    const last = columnLetters(CONFLICT_COLUMNS.length);
    expect(sheet.table).toEqual({ range: `A2:${last}${2 + Math.max(count, 1)}`, name: "PC_Conflicts" });
    expect(CONFLICT_COLUMNS.map((_, i) => valueAt(sheet, `${columnLetters(i + 1)}2`))).toEqual([...CONFLICT_COLUMNS]);
    // The row just below the table is empty: nothing spills outside the table range.
    expect(valueAt(sheet, `A${3 + Math.max(count, 1)}`) ?? null).toBeNull();
  });

  test("errors first, then by date, undated last, ties in report order", () => {
    const sorted = sortConflicts(smallReport().conflicts).map((c) => `${c.severity}:${c.date ?? "-"}`);
    expect(sorted).toEqual(["error:2026-03-01", "error:2026-03-02", "warning:2026-03-03", "warning:-"]);
  });

  test("rows carry resource as name (id), date serial, the day as its call sheet names it, items, magnitude and unit", () => {
    const sheet = sheetOf(smallReport(), "conflicts");
    expect([3, 4, 5, 6].map((r) => valueAt(sheet, `B${r}`))).toEqual([
      "turnaround",
      "double-booking",
      "long-day",
      "budget-overrun",
    ]);
    expect(valueAt(sheet, "C4")).toBe("Anna Lee (1)");
    expect(valueAt(sheet, "D4")).toBe(dayFromIso("2026-03-02"));
    expect(valueAt(sheet, "E4")).toBe("Day 1");
    expect(valueAt(sheet, "F4")).toBe("S1, S2");
    expect([valueAt(sheet, "I4"), valueAt(sheet, "J4")]).toEqual([1, "over capacity"]);
    expect(valueAt(sheet, "C6")).toBe("1400 Cast");
    expect(valueAt(sheet, "J5") ?? null).toBeNull(); // no magnitude, no unit
    // Near misses: a date no call sheet names (none for 2026-03-01 in this report), no date (an overrun).
    expect([valueAt(sheet, "D3"), valueAt(sheet, "E3") ?? null]).toEqual([dayFromIso("2026-03-01"), null]);
    expect(valueAt(sheet, "E6") ?? null).toBeNull();
  });

  test("prints without the Go to column; a long suggestion's row is as tall as all its lines (no cap)", () => {
    const report = smallReport();
    const long = Array.from({ length: 14 }, (_, k) => `and S${k + 10} at 1${k % 10}:00 Mon 2026-03-02`).join("; ");
    report.conflicts = [{ ...report.conflicts[0], suggestion: `Start S2 at 10:00 (${long}).` }];
    const sheet = sheetOf(report, "conflicts");
    const area = parseRange(sheet.print!.printArea)!;
    expect(area.cols).toBe(CONFLICT_COLUMNS.indexOf("Go to"));
    expect(valueAt(sheet, "K2")).toBe("Go to");
    const lines = wrappedLines(
      report.conflicts[0].suggestion!,
      sheet.columnWidths[CONFLICT_COLUMNS.indexOf("Suggestion")],
    );
    expect(lines).toBeGreaterThan(8);
    expect(sheet.rowHeights?.[3]).toBe(linesHeight(lines));
  });

  test("Go to links point at the first offending cell, or the budget row", () => {
    const sheet = sheetOf(smallReport(), "conflicts");
    const conflictLinks = sheet.hyperlinks.filter((h) => +h.cell.slice(1) <= 6);
    expect(conflictLinks).toEqual([
      { cell: "K3", sheet: "Shooting Schedule", range: "D9", text: "Shooting Schedule!D9" },
      { cell: "K4", sheet: "Schedule", range: "C2", text: "Schedule!C2" },
      { cell: "K5", sheet: "Schedule", range: "C4", text: "Schedule!C4" },
      { cell: "K6", sheet: "Budget", range: "A5", text: "Budget!A5" },
    ]);
    for (const h of sheet.hyperlinks) expect(valueAt(sheet, h.cell)).toBe(h.text);
  });

  test("data issues form a second, precisely sized table below, with a link", () => {
    const sheet = sheetOf(smallReport(), "conflicts");
    const head = rowOf(sheet, "Code", "D");
    expect(head).toBe(2 + 4 + 3);
    expect(sheet.tables).toEqual([{ range: `D${head}:H${head + 1}`, name: "PC_DataIssues" }]);
    expect(DATA_ISSUE_COLUMNS.map((_, i) => valueAt(sheet, `${columnLetters(4 + i)}${head}`))).toEqual([
      ...DATA_ISSUE_COLUMNS,
    ]);
    // The message under the conflicts' wide Message column.
    expect(valueAt(sheet, `${columnLetters(CONFLICT_COLUMNS.indexOf("Message") + 1)}${head}`)).toBe("Message");
    expect(valueAt(sheet, `D${head + 1}`)).toBe("bad-date");
    expect(sheet.hyperlinks.at(-1)).toEqual({
      cell: `H${head + 1}`,
      sheet: "Schedule",
      range: "B7",
      text: "Schedule!B7",
    });
  });

  test("the summary row is frozen above the table header", () => {
    const sheet = sheetOf(smallReport(), "conflicts");
    expect(sheet.freeze).toEqual({ rows: 2, columns: 0 });
    expect(valueAt(sheet, "A1")).toBe("2 errors, 2 warnings, 1 data issue. Go to links jump to the cell.");
  });
});

describe("Priorities sheet", () => {
  test("table sorted by rank with item details", () => {
    const sheet = sheetOf(smallReport(), "priorities");
    expect(sheet.table).toEqual({ range: "A1:I3", name: "PC_Priorities" });
    expect([valueAt(sheet, "A2"), valueAt(sheet, "B2"), valueAt(sheet, "A3"), valueAt(sheet, "B3")]).toEqual([
      1,
      "S1",
      2,
      "S2",
    ]);
    expect(valueAt(sheet, "C2")).toBe(dayFromIso("2026-03-02"));
    expect(valueAt(sheet, "E2")).toBe("Sc 12 · INT. KITCHEN");
    expect([valueAt(sheet, "G2"), valueAt(sheet, "G3")]).toEqual([0, -1.5]);
    expect([valueAt(sheet, "H2"), valueAt(sheet, "H3") ?? null]).toEqual(["Yes", null]);
    expect(valueAt(sheet, "I2")).toBe("double-booked; first day");
  });

  test("each item's day as its call sheet names it (the production's Shoot Day); near miss: a date with none", () => {
    const report = smallReport({
      callSheets: [callSheet({ date: "2026-03-02", shootDay: 21, sheet: "Call Sheet Day 21" })],
    });
    const sheet = sheetOf(report, "priorities");
    expect(valueAt(sheet, "D1")).toBe("Day");
    expect(valueAt(sheet, "B2")).toBe("S1");
    expect(valueAt(sheet, "D2")).toBe("Day 21");
    // Near miss: a date no call sheet names (none in this report) has no day.
    expect(valueAt(sheetOf(smallReport({ callSheets: [] }), "priorities"), "D2") ?? null).toBeNull();
  });

  test("a row whose reasons wrap is as tall as its lines; a one-line row keeps the default height", () => {
    const report = smallReport();
    const long = Array.from({ length: 12 }, (_, k) => `blocks S${k + 10} and the strips after it`);
    report.priorities = report.priorities.map((p) => (p.rank === 1 ? { ...p, reasons: long } : p));
    const sheet = sheetOf(report, "priorities");
    const lines = wrappedLines(long.join("; "), sheet.columnWidths[8]);
    expect(lines).toBeGreaterThan(4);
    expect(sheet.rowHeights?.[2]).toBe(linesHeight(lines));
    expect(sheet.rowHeights?.[3]).toBeUndefined();
  });
});

describe("DOOD sheet", () => {
  // The fixture's cast have Characters: a column of their own before the days.
  const day = (i: number) => columnLetters(DOOD_FIRST_DAY_COL + 1 + i);

  test("codes land in their shoot-day column, with totals after the days", () => {
    const sheet = sheetOf(smallReport(), "dood");
    expect([valueAt(sheet, "A5"), valueAt(sheet, "B5")]).toEqual(["1", "Anna Lee"]);
    expect([0, 1, 2].map((i) => valueAt(sheet, `${day(i)}5`))).toEqual(["SW", "H", "WF"]);
    expect([0, 1, 2].map((i) => valueAt(sheet, `${day(i)}6`) ?? null)).toEqual(["SW", "WF", null]);
    expect([3, 4, 5].map((i) => valueAt(sheet, `${day(i)}5`))).toEqual([2, 1, 0]);
    expect(valueAt(sheet, `${day(6)}5`)).toBe(dayFromIso("2026-03-02"));
  });

  test("headers: date then Day N", () => {
    const sheet = sheetOf(smallReport(), "dood");
    expect([valueAt(sheet, `${day(0)}3`), valueAt(sheet, `${day(0)}4`)]).toEqual(["Mon 2 Mar", "Day 1"]);
    expect([valueAt(sheet, `${day(2)}3`), valueAt(sheet, `${day(2)}4`)]).toEqual(["Thu 5 Mar", "Day 3"]);
  });

  test.each<[string, string, string | undefined]>([
    ["SW", "5:0", DOOD_COLORS.SW],
    ["H", "5:1", DOOD_COLORS.H],
    ["WF", "5:2", DOOD_COLORS.WF],
    ["blank", "6:2", undefined],
  ])("stripboard colour for %s", (_code, where, color) => {
    const [row, i] = where.split(":").map(Number);
    expect(fillAt(sheetOf(smallReport(), "dood"), `${day(i)}${row}`)).toBe(color);
  });

  test("counts cast working per day, freezes names and headers, prints landscape", () => {
    const sheet = sheetOf(smallReport(), "dood");
    expect([0, 1, 2].map((i) => valueAt(sheet, `${day(i)}7`))).toEqual([2, 1, 1]);
    expect(sheet.freeze).toEqual({ rows: 4, columns: 3 });
    expect(sheet.print).toMatchObject({ orientation: "landscape", fitToWidth: true, titleRows: "3:4" });
  });
});

describe("Cost Report", () => {
  test("per account with variance, % used, overrun fill and totals as values", () => {
    const sheet = sheetOf(smallReport(), "cost-report");
    const head = rowOf(sheet, "Account");
    const r = head + 1;
    expect([r, r + 1, r + 2].map((x) => valueAt(sheet, `A${x}`))).toEqual(["1400", "3300", "9999"]);
    expect([
      valueAt(sheet, `B${r}`),
      valueAt(sheet, `C${r}`),
      valueAt(sheet, `D${r}`),
      valueAt(sheet, `E${r}`),
      valueAt(sheet, `F${r}`),
    ]).toEqual(["Cast", 1000, 1250, -250, 1.25]);
    expect(valueAt(sheet, `D${r + 1}`)).toBe(1200.46);
    expect(valueAt(sheet, `C${r + 2}`) ?? null).toBeNull();
    expect(fillAt(sheet, `A${r}`)).toBe(OVERRUN_FILL);
    expect(fillAt(sheet, `A${r + 1}`)).toBeUndefined();
    expect([valueAt(sheet, `A${r + 3}`), valueAt(sheet, `C${r + 3}`), valueAt(sheet, `D${r + 3}`)]).toEqual([
      "Total",
      6000,
      2460.46,
    ]);
  });

  test("per day sorted by date with a running total", () => {
    const sheet = sheetOf(smallReport(), "cost-report");
    const r = rowOf(sheet, "BY DAY") + 2;
    expect([valueAt(sheet, `A${r}`), valueAt(sheet, `C${r}`), valueAt(sheet, `D${r}`)]).toEqual([
      dayFromIso("2026-03-02"),
      1560.46,
      1560.46,
    ]);
    expect([valueAt(sheet, `A${r + 1}`), valueAt(sheet, `D${r + 1}`)]).toEqual([dayFromIso("2026-03-03"), 2460.46]);
    expect(valueAt(sheet, `C${r + 2}`)).toBe(2460.46);
  });

  test("per-resource lines appear only when present, each with the basis of its amount", () => {
    const withBasis = smallReport();
    withBasis.costs!.lines![0].basis = "5 h × 100";
    const sheet = sheetOf(withBasis, "cost-report");
    const head = rowOf(sheet, "BY RESOURCE AND DAY") + 1;
    expect(["A", "D", "E", "F"].map((c) => valueAt(sheet, `${c}${head}`))).toEqual([
      "Date",
      "Hours",
      "Amount",
      "Basis",
    ]);
    expect([valueAt(sheet, `E${head + 1}`), valueAt(sheet, `F${head + 1}`)]).toEqual([500, "5 h × 100"]);
    const noLines = smallReport();
    delete noLines.costs!.lines;
    expect(() => rowOf(sheetOf(noLines, "cost-report"), "BY RESOURCE AND DAY")).toThrow();
  });

  test("the detail is an Excel table by date, then account (the accounts' order), then as listed; Total below it", () => {
    const report = smallReport();
    report.costs!.lines = [
      { date: "2026-03-03", resource: "1", account: "1400", amount: 1 },
      { date: "2026-03-02", resource: "2", account: "3300", amount: 2 },
      { date: "2026-03-02", resource: "1", amount: 3 },
      { date: "2026-03-02", resource: "1", account: "1400", amount: 4 },
      { date: "2026-03-03", resource: "2", account: "1400", amount: 5 },
    ];
    const sheet = sheetOf(report, "cost-report");
    const head = rowOf(sheet, "BY RESOURCE AND DAY") + 1;
    expect([1, 2, 3, 4, 5].map((k) => valueAt(sheet, `E${head + k}`))).toEqual([4, 2, 3, 1, 5]);
    expect(sheet.table).toEqual({ range: `A${head}:F${head + 5}`, name: COST_LINES_TABLE });
    expect([valueAt(sheet, `A${head + 6}`), valueAt(sheet, `E${head + 6}`)]).toEqual(["Total", 15]);
    // Near miss: without the detail, no table.
    const noLines = smallReport();
    delete noLines.costs!.lines;
    expect(sheetOf(noLines, "cost-report").table).toBeUndefined();
  });

  test("each day is named as its call sheet names it: the production's own Shoot Day where it has one", () => {
    const report = smallReport({
      callSheets: [
        callSheet(),
        callSheet({ date: "2026-03-03", dayNumber: 2, shootDay: 21, sheet: "Call Sheet Day 21" }),
      ],
    });
    report.costs!.days.push({ date: "2026-03-04", planned: 5 });
    const sheet = sheetOf(report, "cost-report");
    const r = rowOf(sheet, "BY DAY") + 2;
    expect([r, r + 1, r + 2].map((x) => valueAt(sheet, `B${x}`) ?? null)).toEqual(["Day 1", "Day 21", null]);
  });

  test("hold and travel days: their own section with a total, only when the report has them", () => {
    expect(() =>
      rowOf(sheetOf(smallReport(), "cost-report"), "HOLD AND TRAVEL DAYS (paid, not worked: not in Planned)"),
    ).toThrow();
    const report = smallReport();
    report.costs!.paidNotWorked = [
      {
        resource: "1",
        account: "1400",
        hold: 2,
        travel: 1,
        amount: 3750,
        basis: "3 days (2 hold, 1 travel) × day rate 1250",
      },
      { resource: "2", hold: 1, travel: 0, amount: 800, basis: "1 hold day × day rate 800" },
    ];
    const sheet = sheetOf(report, "cost-report");
    const head = rowOf(sheet, "HOLD AND TRAVEL DAYS (paid, not worked: not in Planned)") + 1;
    const row = (r: number) => ["A", "B", "C", "D", "E", "F"].map((c) => valueAt(sheet, `${c}${r}`) ?? null);
    expect(row(head)).toEqual(["Account", "Resource", "Hold days", "Travel days", "Amount", "Basis"]);
    expect(row(head + 1)).toEqual(["1400", "Anna Lee (1)", 2, 1, 3750, "3 days (2 hold, 1 travel) × day rate 1250"]);
    // No Account: said as the accounts above say it.
    expect(row(head + 2)[0]).toBe("(no account)");
    expect(row(head + 3)).toEqual(["Total", null, null, null, 4550, null]);
    // Planned by account is the contract's figure: the holds are not in it.
    expect(valueAt(sheet, `D${rowOf(sheet, "Account") + 1}`)).toBe(1250);
  });

  test("hold and travel days: a second account table adds them, an account over budget only with them filled", () => {
    const title = "BY ACCOUNT WITH HOLD AND TRAVEL DAYS (paid, not worked)";
    expect(() => rowOf(sheetOf(smallReport(), "cost-report"), title)).toThrow();
    const report = smallReport();
    report.costs!.paidNotWorked = [
      { resource: "2", account: "3300", hold: 5, travel: 0, amount: 4000, basis: "5 hold days × day rate 800" },
      { resource: "1", hold: 1, travel: 0, amount: 800, basis: "1 hold day × day rate 800" },
    ];
    const sheet = sheetOf(report, "cost-report");
    const head = rowOf(sheet, title) + 1;
    const row = (r: number) => ["A", "C", "D", "E"].map((c) => valueAt(sheet, `${c}${r}`) ?? null);
    expect(valueAt(sheet, `D${head}`)).toBe("Planned + holds");
    expect(row(head + 1)).toEqual(["1400", 1000, 1250, -250]);
    expect(row(head + 2)).toEqual(["3300", 5000, 5200.46, -200.46]);
    expect(row(head + 3)).toEqual(["9999", null, 10, null]);
    expect(row(head + 4)).toEqual(["(no account)", null, 800, null]);
    expect(row(head + 5)).toEqual(["Total", 6000, 7260.46, -1260.46]);
    expect(fillAt(sheet, `A${head + 2}`)).toBe(OVERRUN_FILL);
    // Near miss: the contract's table above leaves 3300 under budget.
    const plain = rowOf(sheet, "Account") + 2;
    expect([valueAt(sheet, `A${plain}`), fillAt(sheet, `A${plain}`)]).toEqual(["3300", undefined]);
  });

  // The first row of page 2 with nothing kept together (the title row is 24 pt, the rest 15); the accounts' Total is
  // row 6 + accounts, the BY DAY band row 8 + accounts.
  const natural = (() => {
    const sheet = sheetOf(smallReport(), "cost-report");
    const heights = { ...sheet.rowHeights };
    return keepTogetherBreaks(heights, 200, pageHeightPoints(sheet.columnWidths), [])[0];
  })();
  test.each<[string, number, number]>([
    ["the accounts' Total would start page 2: it goes with the last two accounts", natural - 6, natural - 2],
    ["the BY DAY band would end page 1: it starts page 2 with its table", natural - 9, natural - 1],
    ["near miss: the band, its headers and two lines just fit page 1", natural - 12, natural],
  ])("printed over pages, %s", (_name, accounts, firstBreak) => {
    const report = smallReport();
    const costs = report.costs!;
    costs.accounts = Array.from({ length: accounts }, (_, k) => ({
      account: String(1000 + k),
      budget: 900,
      planned: 1,
    }));
    costs.days = Array.from({ length: 20 }, (_, k) => ({
      date: `2026-04-${String(1 + k).padStart(2, "0")}`,
      planned: 1,
    }));
    const sheet = sheetOf(report, "cost-report");
    expect(sheet.print?.pageBreaks?.[0]).toBe(firstBreak);
    for (const b of sheet.print?.pageBreaks ?? []) expect(valueAt(sheet, `A${b}`)).not.toBe("Total");
  });

  test("near miss: a report that fits one page has no manual breaks", () => {
    expect(sheetOf(smallReport(), "cost-report").print?.pageBreaks).toBeUndefined();
  });

  test("no costs at all still gives a readable sheet", () => {
    const sheet = sheetOf(smallReport({ costs: undefined }), "cost-report");
    expect(String(valueAt(sheet, `B${rowOf(sheet, "Account") + 1}`))).toMatch(/^No accounts/);
  });
});

describe("options", () => {
  test("allocated sheet names are used; call sheets keep their own name", () => {
    const plan = buildWritePlan(smallReport(), smallModel(), {
      sheetNames: { conflicts: "Conflicts (2)", dood: "DOOD (2)" },
    });
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "Conflicts (2)",
      "Priorities",
      "DOOD (2)",
      "Cost Report",
      "Call Sheet 2026-03-02",
    ]);
  });

  test.each<[string, Parameters<typeof buildWritePlan>[2], string[]]>([
    [
      "only call sheets by date",
      { include: { conflicts: false, priorities: false, dood: false, costReport: false, callSheets: ["2026-03-02"] } },
      ["call-sheet:2026-03-02"],
    ],
    [
      "call sheet by name",
      {
        include: {
          conflicts: false,
          priorities: false,
          dood: false,
          costReport: false,
          callSheets: ["Call Sheet 2026-03-02"],
        },
      },
      ["call-sheet:2026-03-02"],
    ],
    [
      "no call sheets (near miss date)",
      { include: { callSheets: ["2026-03-03"] } },
      ["conflicts", "priorities", "dood", "cost-report"],
    ],
    [
      "a Check keeps what a Generate wrote: the DOOD and a call sheet already in the workbook are written again",
      {
        include: { conflicts: true, priorities: false, dood: false, costReport: false, callSheets: [] },
        keep: ["dood", "Call Sheet 2026-03-02", "Conflicts"],
      },
      ["conflicts", "dood", "call-sheet:2026-03-02"],
    ],
    [
      "near miss: a kept name this run does not make (a day gone from the schedule, a renamed sheet) is not",
      {
        include: { conflicts: true, priorities: false, dood: false, costReport: false, callSheets: [] },
        keep: ["Call Sheet 2026-03-09", "DOOD (2)", "Priorities old"],
      },
      ["conflicts"],
    ],
  ])("include: %s", (_n, options, keys) => {
    expect(buildWritePlan(smallReport(), smallModel(), options).sheets.map((s) => s.key)).toEqual(keys);
  });

  test("highlights can be turned off", () => {
    expect(buildWritePlan(smallReport(), smallModel(), { highlights: false }).highlights).toEqual([]);
  });

  test("a conflict with odd input does not crash the plan", () => {
    const odd = conflict({
      type: "travel",
      severity: "warning",
      magnitude: Number.NaN,
      cells: [{ sheet: "", cell: "" }],
    });
    expect(() => buildWritePlan(smallReport({ conflicts: [odd] }), smallModel())).not.toThrow();
  });
});

describe("keepTogetherBreaks (rows of 15 pt, pages of 100 pt: six rows a page)", () => {
  test.each<[string, [number, number][], number[]]>([
    ["nothing kept: a page ends where its rows run out", [], [7, 13]],
    ["a run that would cross the page's end starts the next page", [[5, 8]], [5, 11]],
    ["near miss: a run that fits the rest of the page stays", [[5, 6]], [7, 13]],
    ["a run longer than a page is not moved", [[2, 10]], [7, 13]],
    ["a run as long as a page starts one", [[7, 12]], [7, 13]],
  ])("%s", (_name, keep, breaks) => {
    expect(keepTogetherBreaks({}, 15, 100, keep)).toEqual(breaks);
  });

  test("taller rows count their height", () => {
    // Row 3 is 45 pt: rows 1-4 take 90 pt, row 5 no longer fits.
    expect(keepTogetherBreaks({ 3: 45 }, 8, 100, [])).toEqual([5]);
  });
});
