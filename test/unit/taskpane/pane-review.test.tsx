/** @jest-environment jsdom */
/**
 * What the review of the pane in a browser found (g43, session 22), each as a user meets it: a table set to Ignore can
 * be read again; an arrow key on a column's list opens it rather than saving the next header; a check that found no
 * schedule warns instead of passing; findings left from an earlier check say so when the check fails; an import is
 * written once, and says when the workbook has a schedule already; buttons stay focusable while the pane works; what
 * an action says is a live region; Clear says typed notes go with the generated sheets.
 */
import { readFileSync } from "fs";
import { act } from "react";
import { byText, click, settle, useFreshRoot, installJsdomGlobals } from "./dom";
import { App } from "../../../src/taskpane/components/App";
import { inlineRunner } from "../../../src/taskpane/coreRun";
import type { WorkbookHost } from "../../../src/taskpane/host";
import type { CellValue, WorkbookSettings, WorkbookSnapshot } from "../../../src/core/snapshot";
import { toFindings } from "../../../src/taskpane/logic/findings";
import { check } from "../../../src/core/check";

installJsdomGlobals();

const SCHEDULE: CellValue[][] = [
  ["ID", "Date", "Start", "End", "Cast"],
  ["S1", "2026-03-02", "07:00", "09:00", "Ann"],
  ["S2", "2026-03-02", "08:00", "10:00", "Ann"],
];

/** A workbook in memory: settings saved are read back; `fail` makes the next reads throw. */
function fakeHost(sheets: Record<string, CellValue[][]> = { Schedule: SCHEDULE }, initial: WorkbookSettings = {}) {
  let settings = initial;
  const state = { fail: false, saved: [] as WorkbookSettings[], written: 0 };
  const snapshot = (): WorkbookSnapshot => ({
    sheets: Object.entries(sheets).map(([name, values]) => ({ name, used: { row: 1, col: 1, values }, tables: [] })),
    settings,
  });
  const host: WorkbookHost = {
    readSnapshot: async () => {
      if (state.fail) throw new Error("the workbook is busy");
      return snapshot();
    },
    applyPlan: async () => undefined,
    clearAdded: async () => undefined,
    selectCells: async () => undefined,
    saveSettings: async (s) => {
      state.saved.push(s);
      settings = JSON.parse(JSON.stringify(s)) as WorkbookSettings;
    },
    watchSheets: async () => async () => undefined,
    friendlyError: (e) => `friendly: ${e instanceof Error ? e.message : String(e)}`,
    theme: () => "light",
    writeUserSheets: async (added) => {
      state.written++;
      for (const s of added) sheets[s.name] = s.rows as CellValue[][];
      return added.map((s) => s.name);
    },
  };
  return { host, state };
}

const root = useFreshRoot();
async function open(host: WorkbookHost, tab?: RegExp) {
  await act(async () => root().render(<App host={host} runner={inlineRunner()} />));
  await settle();
  if (tab) await click(byText("[role=tab]", tab));
}
const text = () => document.body.textContent ?? "";

describe("the pane as a coordinator uses it", () => {
  test("a table set to Ignore is listed on Setup and can be read again", async () => {
    const f = fakeHost({ Schedule: SCHEDULE }, { mappings: { Schedule: { role: "ignore" } } });
    await open(f.host, /^Setup/);
    expect(text()).toContain("Schedule · ignored (your choice)");
    await click(byText("button", /Read this table again/));
    expect(f.state.saved.at(-1)).toEqual({ mappings: {} });
    expect(text()).not.toContain("ignored (your choice)");
    expect(text()).toContain("Read as (recognised by its name)");
  });

  test.each([["ArrowDown"], ["ArrowUp"], ["d"], ["End"], ["PageDown"], ["Home"]])(
    "%s on a closed column list opens it and saves nothing (g43, g45)",
    async (name) => {
      const f = fakeHost();
      await open(f.host, /^Setup/);
      await click(byText("button", /Match columns/));
      const list = document.body.querySelector("[role=group][aria-label^=Columns] select") as HTMLSelectElement;
      const opened: string[] = [];
      (list as unknown as { showPicker: () => void }).showPicker = () => void opened.push("open");
      const key = new KeyboardEvent("keydown", { key: name, bubbles: true, cancelable: true });
      await act(async () => void list.dispatchEvent(key));
      await settle();
      expect(key.defaultPrevented).toBe(true);
      expect(opened).toEqual(["open"]);
      expect(f.state.saved).toEqual([]);
    },
  );

  test.each([["Tab"], ["Enter"], [" "]])("near miss: %s on a column list does what it always did", async (name) => {
    const f = fakeHost();
    await open(f.host, /^Setup/);
    await click(byText("button", /Match columns/));
    const list = document.body.querySelector("[role=group][aria-label^=Columns] select") as HTMLSelectElement;
    const key = new KeyboardEvent("keydown", { key: name, bubbles: true, cancelable: true });
    await act(async () => void list.dispatchEvent(key));
    expect(key.defaultPrevented).toBe(false);
  });

  test("a check that finds no schedule warns, and says why", async () => {
    const f = fakeHost({ Notes: [["Anything"], ["at all"]] });
    await open(f.host);
    await click(byText("button", /^Check schedule$/));
    const warning = document.body.querySelector("[aria-live=polite] [class*=MessageBar]");
    expect(warning?.textContent).toMatch(/^No schedule items were found, so no strip was checked\. /);
    expect(warning?.textContent).not.toMatch(/Checked 0 items/);
    // A missing table names no sheet: no stray ": " before its message, in the banner or the findings.
    expect(warning?.textContent).not.toMatch(/checked\. :/);
    const issues = toFindings(check({ sheets: [] }).report).filter((x) => x.severity === "data");
    expect(issues.length).toBeGreaterThan(0);
    for (const x of issues) expect(x.message).not.toMatch(/^:/);
  });

  test("findings from an earlier check say so when the next check fails", async () => {
    const f = fakeHost();
    await open(f.host);
    await click(byText("button", /^Check schedule$/));
    expect(text()).toMatch(/checked at \d\d:\d\d/);
    f.state.fail = true;
    await click(byText("button", /^Check schedule$/));
    expect(text()).toContain("friendly: the workbook is busy");
    expect(text()).toMatch(/The last check did not run: these findings are from the one before, at \d\d:\d\d\./);
    // An error is an alert of its own, not also in the polite region that reads notices out.
    expect(document.body.querySelector("[aria-live=polite] [role=alert]")).toBeNull();
  });

  test("near miss: another action's failure (selecting a finding's cells) leaves the findings current", async () => {
    const f = fakeHost();
    f.host.selectCells = async () => {
      throw new Error("the sheet is gone");
    };
    await open(f.host);
    await click(byText("button", /^Check schedule$/));
    await click(document.body.querySelector("[data-finding]") as HTMLElement);
    expect(text()).toContain("friendly: the sheet is gone");
    expect(text()).not.toContain("The last check did not run");
    expect(text()).toMatch(/checked at \d\d:\d\d/);
  });

  test("what an action says is read out: the notices sit in a live region", async () => {
    const f = fakeHost();
    await open(f.host);
    await click(byText("button", /^Check schedule$/));
    const live = [...document.body.querySelectorAll("[aria-live=polite]")].find((x) =>
      /Checked 2 items: 1 error, 0 warnings/.test(x.textContent ?? ""),
    );
    expect(live).toBeDefined();
  });

  test("buttons stay focusable while the pane works, and a busy click does nothing", async () => {
    const f = fakeHost();
    let release: () => void = () => undefined;
    const slow = f.host.readSnapshot;
    f.host.readSnapshot = () => new Promise((r) => (release = () => r(slow())));
    await open(f.host);
    const checkButton = byText("button", /^Check schedule$/);
    await act(async () => checkButton.click());
    await settle(2);
    expect(checkButton.hasAttribute("disabled")).toBe(false);
    expect(checkButton.getAttribute("aria-disabled")).toBe("true");
    await act(async () => release());
    await settle();
    expect(checkButton.getAttribute("aria-disabled")).not.toBe("true");
  });

  test("Clear says what goes with the generated sheets, and gives the keyboard back to Clear… when it closes", async () => {
    const f = fakeHost();
    await open(f.host, /^Generate/);
    const clearButton = byText("button", /^Clear/);
    await click(clearButton);
    expect(text()).toContain("with anything typed into them: copy a sheet first to keep it");
    await click(byText("button", /^Cancel$/));
    expect(document.activeElement).toBe(clearButton);
  });
});

describe("Import writes once", () => {
  const SAMPLE = readFileSync("/work/shared/data/uss/small_sample_schedule.uss", "utf8");

  test("after its tables are written the button says so until another file is chosen; an existing schedule is named", async () => {
    const f = fakeHost();
    await open(f.host, /^Import/);
    const input = document.body.querySelector("input[type=file]") as HTMLInputElement;
    Object.defineProperty(input, "files", { configurable: true, value: [new File([SAMPLE], "sample.uss")] });
    await act(async () => void input.dispatchEvent(new Event("change", { bubbles: true })));
    await settle();
    expect(document.body.querySelector("[data-existing-schedule]")?.textContent).toContain(
      "This workbook already has a schedule (Schedule)",
    );
    await click(byText("button", /^Write tables$/));
    expect(f.state.written).toBe(1);
    const written = byText("button", /^Tables written$/) as HTMLButtonElement;
    expect(written.getAttribute("aria-disabled")).toBe("true");
    await click(written);
    expect(f.state.written).toBe(1);
  });
});
