import { matchColumns } from "../../../src/core/parse/headers";
import { sanitizeSettings } from "../../../src/core/settings";
import { check } from "../../../src/core/check";
import type { CellValue, WorkbookSettings, WorkbookSnapshot } from "../../../src/core/snapshot";

const HEADERS = ["ID", "Date", "Start", "Mood"];

describe('a saved column of "" switches that column off', () => {
  test.each<[string, Record<string, string>, string | undefined, string | undefined, string[]]>([
    // label, overrides, header mapped to Date, header mapped to Start, unknown headers
    ["no override: Date matches by name", {}, "Date", "Start", ["Mood"]],
    ['"" unmaps the name-matched header', { Date: "" }, undefined, "Start", ["Date", "Mood"]],
    ['"" on another column leaves Date alone', { Start: "" }, "Date", undefined, ["Start", "Mood"]],
    ["canonical name in another case", { date: "" }, undefined, "Start", ["Date", "Mood"]],
    ["blank (spaces) counts as switched off", { Date: "  " }, undefined, "Start", ["Date", "Mood"]],
    ['near miss: a header instead of "" maps it', { Date: "Mood" }, "Mood", "Start", []],
    ["unknown canonical name is ignored", { Mood: "" }, "Date", "Start", ["Mood"]],
    ["near miss: unknown canonical with a header is ignored too", { Feeling: "Mood" }, "Date", "Start", ["Mood"]],
    [
      '"" wins over another key naming the same column',
      { Date: "Mood", date: "" },
      undefined,
      "Start",
      ["Date", "Mood"],
    ],
  ])("%s", (_label, overrides, date, start, unknown) => {
    const m = matchColumns("schedule", HEADERS, overrides);
    expect(m.columns.Date).toBe(date);
    expect(m.columns.Start).toBe(start);
    expect(m.index.has("Date")).toBe(date !== undefined);
    expect(m.unknown).toEqual(unknown);
    expect(Object.keys(m.columns)).not.toContain("Feeling");
    expect(m.matched).toBe(Object.keys(m.columns).length);
  });

  test.each<[string, Record<string, string>, string[]]>([
    ['"" on the required Date is missing', { Date: "" }, ["Date"]],
    ["near miss: Date re-chosen is not missing", { Date: "Date" }, []],
    ["near miss: an optional column off is not missing", { Start: "" }, []],
  ])("required columns: %s", (_label, overrides, missing) => {
    expect(matchColumns("schedule", HEADERS, overrides).missing).toEqual(missing);
  });

  test.each<[string, Record<string, string>, string[]]>([
    ['resources: "" on ID still has Name', { ID: "" }, []],
    ['resources: "" on both ID and Name is missing', { ID: "", Name: "" }, ["ID or Name"]],
  ])("%s", (_label, overrides, missing) => {
    expect(matchColumns("resources", ["ID", "Name", "Phone"], overrides).missing).toEqual(missing);
  });
});

describe("check() with a column switched off", () => {
  const values: CellValue[][] = [
    ["ID", "Date", "Start", "End"],
    ["S1", "2026-03-02", "07:00", "09:00"],
  ];
  const snap = (settings?: WorkbookSettings): WorkbookSnapshot => ({
    sheets: [{ name: "Schedule", used: { row: 1, col: 1, values }, tables: [] }],
    ...(settings ? { settings } : {}),
  });
  const missingDate = (s: WorkbookSnapshot) =>
    check(s).report.dataIssues.filter((d) => d.code === "missing-column" && /Date/.test(d.message));

  test.each<[string, Record<string, string> | undefined, number]>([
    ["no saved columns: Date is found", undefined, 0],
    ['Date saved as "": missing-column says what to add', { Date: "" }, 1],
    ["near miss: Date saved as its own header", { Date: "Date" }, 0],
    ['near miss: Start saved as "" leaves Date', { Start: "" }, 0],
  ])("%s", (_label, columns, count) => {
    const s = snap(columns ? { mappings: { Schedule: { role: "schedule", columns } } } : undefined);
    const issues = missingDate(s);
    expect(issues).toHaveLength(count);
    if (count) {
      expect(issues[0].message).toMatch(/add a column headed "Date"/);
      expect(check(s).model.tables[0].unknownColumns).toContain("Date");
    }
  });
});

describe('sanitizeSettings keeps "" as the switched-off sentinel', () => {
  test.each<[string, unknown, Record<string, string>]>([
    ['"" is kept', { Date: "" }, { Date: "" }],
    ["a header is kept", { Date: "When" }, { Date: "When" }],
    ["near miss: spaces only are dropped", { Date: "  " }, {}],
    ["non-strings are dropped", { Date: 3, Start: null, End: "" }, { End: "" }],
  ])("%s", (_label, columns, expected) => {
    const s = sanitizeSettings({ mappings: { Schedule: { role: "schedule", columns } } });
    expect({ ...s?.mappings?.Schedule.columns }).toEqual(expected);
  });
});
