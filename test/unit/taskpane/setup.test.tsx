/** @jest-environment jsdom */
import { act } from "react";
import { byText, click, settle, useFreshRoot, installJsdomGlobals } from "./dom";
import { App } from "../../../src/taskpane/components/App";
import {
  headerChoices,
  nextColumnOverrides,
  placePrefix,
  savedMappingOf,
} from "../../../src/taskpane/components/SetupPanel";
import { inlineRunner } from "../../../src/taskpane/coreRun";
import type { WorkbookHost } from "../../../src/taskpane/host";
import { check } from "../../../src/core/check";
import type { CellValue, WorkbookSettings, WorkbookSnapshot } from "../../../src/core/snapshot";

installJsdomGlobals();

/** A schedule whose date column is headed "When", a word no alias knows. */
const SCHEDULE: CellValue[][] = [
  ["ID", "When", "Start", "End", "Scene", "Mood"],
  ["S1", "2026-03-02", "07:00", "09:00", "1", "calm"],
  ["S2", "2026-03-03", "07:00", "09:00", "2", "tense"],
];

function snapshot(settings?: WorkbookSettings, values = SCHEDULE): WorkbookSnapshot {
  return {
    sheets: [{ name: "Schedule", used: { row: 1, col: 1, values }, tables: [] }],
    ...(settings ? { settings } : {}),
  };
}

const missingDate = (s: WorkbookSnapshot) =>
  check(s).report.dataIssues.filter((d) => d.code === "missing-column" && /no Date column/.test(d.message));

describe("the parser applies saved column overrides", () => {
  test("without an override the misnamed header is not used, and the message says what to add", () => {
    const issues = missingDate(snapshot());
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toMatch(/^Schedule!A1: .*add a column headed "Date"/);
    expect(check(snapshot()).model.tables[0].unknownColumns).toContain("When");
  });

  test.each([
    ["exact key and header", "Schedule", { Date: "When" }, 0],
    ["sheet key in another case", "schedule", { Date: "When" }, 0],
    ["canonical name in another case", "Schedule", { date: "When" }, 0],
    ["header text in another case and spacing", "Schedule", { Date: " WHEN " }, 0],
    ["near miss: a header that is not there", "Schedule", { Date: "Whence" }, 1],
    ["near miss: another sheet's mapping", "Cast", { Date: "When" }, 1],
  ])("%s", (_label, key, columns, missing) => {
    const s = snapshot({ mappings: { [key]: { role: "schedule", columns } } });
    expect(missingDate(s)).toHaveLength(missing);
    if (missing === 0) {
      const { model } = check(s);
      expect(model.tables[0].columns.Date).toBe("When");
      expect(model.items.map((i) => i.date)).toHaveLength(2);
      expect(model.items.every((i) => typeof i.date === "number")).toBe(true);
    }
  });

  test("an override takes a header from the column it would otherwise feed", () => {
    const s = snapshot({ mappings: { Schedule: { role: "schedule", columns: { Date: "When", Notes: "Scene" } } } });
    const t = check(s).model.tables[0];
    expect(t.columns.Notes).toBe("Scene");
    expect(t.columns.Scene).toBeUndefined();
  });
});

describe("pure helpers", () => {
  test.each([
    ["add a choice", {}, "Date", "When", { Date: "When" }],
    ["replace a choice", { Date: "When" }, "Date", "Day", { Date: "Day" }],
    [
      '(none) on a column matched by a choice saves ""',
      { Date: "When", Start: "Call" },
      "Date",
      "",
      { Start: "Call", Date: "" },
      "When",
    ],
    ['(none) on a column matched by name saves ""', { Start: "Call" }, "Date", "", { Start: "Call", Date: "" }, "Date"],
    [
      "near miss: (none) on an unmatched column with no choice changes nothing",
      { Start: "Call" },
      "Date",
      "",
      { Start: "Call" },
      "",
    ],
    ["near miss: (none) on an unmatched column drops a stale choice", { Date: "Gone" }, "Date", "", {}, ""],
    ['a header replaces the ""', { Date: "", Start: "Call" }, "Date", "When", { Date: "When", Start: "Call" }, ""],
    [
      'another column\'s "" is kept when a header is chosen',
      { Date: "" },
      "Start",
      "Call",
      { Date: "", Start: "Call" },
      "Start",
    ],
    ["one header feeds one column", { Start: "When" }, "Date", "When", { Date: "When" }],
    ["near miss: same header in another case is the same header", { Start: "WHEN" }, "Date", "when", { Date: "when" }],
    ["near miss: a different header is kept", { Start: "Whence" }, "Date", "When", { Start: "Whence", Date: "When" }],
    ["no saved set", undefined, "Date", "When", { Date: "When" }],
  ])("nextColumnOverrides: %s", (_label, saved, canonical, header, expected, current = "") => {
    expect(nextColumnOverrides(saved, canonical, header, current)).toEqual(expected);
  });

  test.each([
    [
      "mapped first, then unused",
      { Date: "Shoot Date", ID: "ID" },
      ["Mood", "Extra"],
      ["Shoot Date", "ID", "Mood", "Extra"],
    ],
    ["each once", { Date: "X" }, ["X", "Y", "Y"], ["X", "Y"]],
    ["blank headers are left out", {}, [" ", "A"], ["A"]],
    ["nothing", {}, [], []],
  ])("headerChoices: %s", (_label, columns, unknownColumns, expected) => {
    expect(headerChoices({ columns, unknownColumns })).toEqual(expected);
  });

  test.each([
    ["exact", { Schedule: { role: "a" } }, "Schedule", "a"],
    ["exact wins over case", { schedule: { role: "b" }, Schedule: { role: "a" } }, "Schedule", "a"],
    ["case-insensitive", { SCHEDULE: { role: "c" } }, "Schedule", "c"],
    ["near miss: another key", { Schedules: { role: "d" } }, "Schedule", undefined],
    ["no mappings", undefined, "Schedule", undefined],
  ])("savedMappingOf: %s", (_label, mappings, key, role) => {
    expect(savedMappingOf(mappings, key)?.role).toBe(role);
  });
});

test.each([
  ["message without a place", { sheet: "Crew", cell: "A1", message: "Add a Name column" }, "Crew!A1: "],
  ["no cell", { sheet: "Crew", message: "Add a Name column" }, "Crew: "],
  ["message already names the cell", { sheet: "Crew", cell: "A1", message: "Crew!A1: add" }, ""],
  ["message already names the sheet", { sheet: "Crew", message: "Crew: add" }, ""],
  ["quoted sheet name", { sheet: "Bob's Crew", cell: "A1", message: "'Bob''s Crew'!A1: add" }, ""],
  [
    "near miss: a longer sheet name is another sheet",
    { sheet: "Crew", cell: "A1", message: "Crew2!A1: add" },
    "Crew!A1: ",
  ],
])("placePrefix: %s", (_label, issue, prefix) => {
  expect(placePrefix(issue)).toBe(prefix);
});

/** A workbook in memory whose settings are saved and read back, checked by the real core. */
function fakeHost(initial: WorkbookSettings = {}) {
  const saved: WorkbookSettings[] = [];
  let settings = initial;
  const host: WorkbookHost = {
    readSnapshot: async () => snapshot(settings),
    applyPlan: async () => undefined,
    clearAdded: async () => undefined,
    selectCells: async () => undefined,
    saveSettings: async (s) => {
      saved.push(s);
      settings = JSON.parse(JSON.stringify(s)) as WorkbookSettings;
    },
    watchSheets: async () => async () => undefined,
    friendlyError: (e) => `friendly: ${e instanceof Error ? e.message : String(e)}`,
    theme: () => "light",
  };
  return { host, saved };
}

const root = useFreshRoot();
function columnSelect(label: RegExp): HTMLSelectElement {
  const select = [...document.body.querySelectorAll("[role=group][aria-label^=Columns] select")].find((s) =>
    label.test((s as HTMLSelectElement).labels?.[0]?.textContent ?? ""),
  );
  if (!select) throw new Error(`no column select ${label}`);
  return select as HTMLSelectElement;
}
async function choose(select: HTMLSelectElement, value: string) {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await settle();
}
async function openSetup(host: WorkbookHost) {
  await act(async () => root().render(<App host={host} runner={inlineRunner()} />));
  await settle();
  await click(byText("[role=tab]", /^Setup/));
}
const toAdd = () => document.body.querySelector("section[aria-label=Setup] [class*=MessageBar]")?.textContent ?? "";

describe("Setup column mapping", () => {
  test("columns are hidden until asked for; the toggle is a labelled, expandable button", async () => {
    const f = fakeHost();
    await openSetup(f.host);
    expect(document.body.querySelector("[role=group][aria-label^=Columns]")).toBeNull();
    const toggle = byText("button", /Match columns \(\d+ of 22 found\)/);
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    await click(toggle);
    expect(byText("button", /Hide columns/).getAttribute("aria-expanded")).toBe("true");
    expect(document.body.querySelector("[role=group][aria-label^=Columns]")?.getAttribute("aria-label")).toBe(
      "Columns of Schedule",
    );
  });

  test("each column offers the table's headers, pre-selected from the current mapping", async () => {
    const f = fakeHost();
    await openSetup(f.host);
    await click(byText("button", /Match columns/));
    const date = columnSelect(/^Date \(required\)$/);
    expect([...date.options].map((o) => o.text)).toEqual(["(none)", "ID", "Start", "End", "Scene", "When", "Mood"]);
    expect(date.value).toBe("");
    expect(columnSelect(/^Start$/).value).toBe("Start");
    expect(columnSelect(/^Status$/).value).toBe("");
  });

  test("choosing a header saves it in the workbook, re-checks, and the missing column is no longer asked for", async () => {
    const f = fakeHost();
    await openSetup(f.host);
    expect(toAdd()).toContain('add a column headed "Date"');
    // The place is said once, not repeated in front of a message that already names it.
    expect(toAdd()).toMatch(/To add:Schedule!A1: sheet Schedule/);
    await click(byText("button", /Match columns/));
    await choose(columnSelect(/^Date/), "When");
    expect(f.saved).toEqual([{ mappings: { Schedule: { role: "schedule", columns: { Date: "When" } } } }]);
    expect(toAdd()).not.toContain("Date");
    expect(document.body.textContent).toContain("Date ← “When”");
    expect(columnSelect(/^Date \(required\) · saved$/).value).toBe("When");
    expect(document.body.textContent).toContain("Read as (your choice)");
  });

  // (none) used to only remove the saved choice; it now saves "" so the column is switched off.
  test("(none) on a chosen column switches it off and the message about what to add comes back", async () => {
    const f = fakeHost({ mappings: { Schedule: { role: "schedule", columns: { Date: "When", Notes: "Mood" } } } });
    await openSetup(f.host);
    expect(toAdd()).not.toContain("Date");
    await click(byText("button", /Match columns/));
    await choose(columnSelect(/^Date/), "");
    expect(f.saved.at(-1)).toEqual({
      mappings: { Schedule: { role: "schedule", columns: { Notes: "Mood", Date: "" } } },
    });
    expect(toAdd()).toContain('add a column headed "Date"');
    expect(columnSelect(/^Date \(required\) · switched off$/).value).toBe("");
  });

  test("(none) on a column matched by name switches it off; choosing the header again switches it on", async () => {
    const f = fakeHost();
    await openSetup(f.host);
    await click(byText("button", /Match columns/));
    expect(columnSelect(/^Start$/).value).toBe("Start");
    await choose(columnSelect(/^Start$/), "");
    expect(f.saved.at(-1)).toEqual({ mappings: { Schedule: { role: "schedule", columns: { Start: "" } } } });
    expect(columnSelect(/^Start · switched off$/).value).toBe("");
    expect(document.body.textContent).toMatch(/Not used: [^]*Start/);
    await choose(columnSelect(/^Start/), "Start");
    expect(f.saved.at(-1)).toEqual({ mappings: { Schedule: { role: "schedule", columns: { Start: "Start" } } } });
    expect(columnSelect(/^Start · saved$/).value).toBe("Start");
  });

  test("near miss: (none) on a column nothing feeds saves nothing", async () => {
    const f = fakeHost();
    await openSetup(f.host);
    await click(byText("button", /Match columns/));
    await choose(columnSelect(/^Status$/), "");
    expect(f.saved).toEqual([]);
  });

  test("a header moved to another column leaves its old column", async () => {
    const f = fakeHost({ mappings: { Schedule: { role: "schedule", columns: { Date: "When" } } } });
    await openSetup(f.host);
    await click(byText("button", /Match columns/));
    await choose(columnSelect(/^Deadline/), "When");
    expect(f.saved.at(-1)).toEqual({ mappings: { Schedule: { role: "schedule", columns: { Deadline: "When" } } } });
    expect(toAdd()).toContain('add a column headed "Date"');
  });

  test("re-choosing the header already used saves nothing", async () => {
    const f = fakeHost();
    await openSetup(f.host);
    await click(byText("button", /Match columns/));
    await choose(columnSelect(/^Start$/), "Start");
    expect(f.saved).toEqual([]);
  });
});
