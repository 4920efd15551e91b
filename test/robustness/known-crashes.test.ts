/**
 * Crashes and wrong messages the fuzzers found, each pinned down to the smallest workbook that shows it.
 * Each case also has a near miss that already works, so a fix cannot just silence the input.
 */
import { check } from "../../src/core/check";
import type { CellValue, WorkbookSettings, WorkbookSnapshot } from "../../src/core/snapshot";
import { PROTO_KEYS } from "./arbitraries";
import { coreProblems } from "./properties";

const SCHEDULE_HEADER: CellValue[] = ["ID", "Date", "Start", "End", "Cast"];

function book(sheets: Record<string, CellValue[][]>, settings?: unknown): WorkbookSnapshot {
  return {
    sheets: Object.entries(sheets).map(([name, values]) => ({ name, used: { row: 1, col: 1, values }, tables: [] })),
    ...(settings === undefined ? {} : { settings: settings as WorkbookSettings }),
  };
}

const schedule = (...rows: CellValue[][]) => [SCHEDULE_HEADER, ...rows];
const oneItem = schedule(["S-1", 46083, "07:00", "19:00", "1"]);

describe("a sheet or table named like a JavaScript object key, with saved mappings (discover.ts savedMapping)", () => {
  // mappings[k] on a plain object finds Object.prototype members: role becomes undefined, headerKey throws.
  test.each([...PROTO_KEYS, "isPrototypeOf", "Notes"])("sheet %j", (name) => {
    const snapshot = book({ Schedule: oneItem, [name]: [["a", "b"]] }, { mappings: {} });
    expect(coreProblems(snapshot)).toEqual([]);
  });

  test.each([...PROTO_KEYS, "Table1"])("Excel table %j", (name) => {
    const snapshot: WorkbookSnapshot = {
      sheets: [{ name: "Schedule", used: null, tables: [{ name, row: 1, col: 1, values: oneItem }] }],
      settings: { mappings: {} },
    };
    expect(coreProblems(snapshot)).toEqual([]);
  });
});

describe("saved settings of the wrong shape (JSON from _pc_meta or Office settings)", () => {
  const cases: [string, unknown][] = [
    ["a rule set that is null (rulesets.ts applyRuleSetOverride)", { ruleSets: { X: null } }],
    ["a rule set that is a number", { ruleSets: { X: 5 } }],
    ["a mapping that is text (discover.ts)", { mappings: { Schedule: "x" } }],
    ["a mapping that is an array", { mappings: { Schedule: [1] } }],
    ["a mapping whose role is null", { mappings: { Schedule: { role: null } } }],
    ["a mapping whose role is a number (headers.ts roleFromText)", { mappings: { Schedule: { role: 5 } } }],
    [
      "a column override that is null (headers.ts matchColumns)",
      { mappings: { Schedule: { role: "schedule", columns: { Date: null } } } },
    ],
    ["a column override that is a number", { mappings: { Schedule: { role: "schedule", columns: { Date: 5 } } } }],
    ["column overrides that are an array", { mappings: { Schedule: { role: "schedule", columns: [1] } } }],
    // Near misses that already work:
    ["a well-formed mapping", { mappings: { Schedule: { role: "schedule", columns: { Date: "Date" } } } }],
    ["a well-formed rule set", { ruleSets: { "SAG-AFTRA": { minRestHours: 10 } } }],
    ["mappings that are not an object", { mappings: 5 }],
  ];
  test.each(cases)("%s", (_name, settings) => {
    expect(coreProblems(book({ Schedule: oneItem }, settings))).toEqual([]);
  });
});

describe("numbers far outside a schedule's range (values.ts, time.ts isoDate)", () => {
  // A cast member makes the person rules (long-day, turnaround) format the bad instant into their messages.
  const withRow = (row: CellValue[], header = SCHEDULE_HEADER) =>
    book({
      Schedule: [
        [...header, "Cast"],
        [...row, "1"],
      ],
      Cast: [
        ["ID", "Name"],
        ["1", "Ava"],
      ],
    });
  const cases: [string, WorkbookSnapshot, string | null][] = [
    // parseTime treats any whole number below 24 as hours, negatives too: -1e20 h reaches isoDate and throws.
    ["Start -1e20", withRow(["S-1", 46083, -1e20, "19:00"], ["ID", "Date", "Start", "End"]), "C2"],
    ["Start -1 (an hour before midnight?)", withRow(["S-1", 46083, -1, "19:00"], ["ID", "Date", "Start", "End"]), "C2"],
    ["Start 7 (a whole hour: fine)", withRow(["S-1", 46083, 7, "19:00"], ["ID", "Date", "Start", "End"]), null],
    ["Start 0 (midnight: fine)", withRow(["S-1", 46083, 0, "19:00"], ["ID", "Date", "Start", "End"]), null],
    [
      "Deadline -1e20",
      withRow(["S-1", 46083, "07:00", "19:00", -1e20], ["ID", "Date", "Start", "End", "Deadline"]),
      "E2",
    ],
    [
      "Deadline 23 (an hour that day: fine)",
      withRow(["S-1", 46083, "07:00", "19:00", 23], ["ID", "Date", "Start", "End", "Deadline"]),
      null,
    ],
  ];
  test.each(cases)("%s: no crash, a data issue on the cell when bad", (_name, snapshot, badCell) => {
    expect(coreProblems(snapshot)).toEqual([]);
    const cells = check(snapshot)
      .report.dataIssues.filter((d) => d.sheet === "Schedule" && d.code !== "unknown-resource")
      .map((d) => d.cell);
    if (badCell) expect(cells).toContain(badCell);
    else expect(cells).toEqual([]);
  });

  // parseMinutes has no upper bound: a Lead Time of 1e20 minutes moves the call to before year 0.
  test.each<[string, CellValue, boolean]>([
    ["Lead Time 1e20", 1e20, true],
    ["Lead Time 9007199254740991", Number.MAX_SAFE_INTEGER, true],
    ["Lead Time 90 (fine)", 90, false],
  ])("%s: no crash", (_name, lead, bad) => {
    const snapshot = book({
      Schedule: schedule(["S-1", 46083, "07:00", "19:00", "1"], ["S-2", 46084, "07:00", "19:00", "1"]),
      Cast: [
        ["ID", "Name", "Lead Time"],
        ["1", "Ava", lead],
      ],
    });
    expect(coreProblems(snapshot)).toEqual([]);
    const cells = check(snapshot)
      .report.dataIssues.filter((d) => d.sheet === "Cast")
      .map((d) => d.cell);
    if (bad) expect(cells).toContain("C2");
    else expect(cells).toEqual([]);
  });
});

describe("two schedules without an ID column (build.ts: duplicate-id on row ids)", () => {
  // Both sheets give row 2 the id "row:2"; the duplicate-id issue then names cell "2" (column 0).
  test.each<[string, CellValue[][]]>([
    [
      "no ID column on either",
      [
        ["Date", "Start"],
        [46083, "07:00"],
      ],
    ],
    [
      "a near miss with IDs",
      [
        ["ID", "Date", "Start"],
        ["S-9", 46083, "07:00"],
      ],
    ],
  ])("%s: every data issue names a real cell", (_name, second) => {
    const first =
      second[0][0] === "ID"
        ? [
            ["ID", "Date", "Start"],
            ["S-1", 46083, "07:00"],
          ]
        : [
            ["Date", "Start"],
            [46083, "07:00"],
          ];
    const snapshot = book({ Schedule: first, "Shooting Schedule": second });
    expect(coreProblems(snapshot)).toEqual([]);
  });
});
