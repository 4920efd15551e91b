/** @jest-environment jsdom */
/** The Settings tab's DOOD rows: saved in the workbook settings, passed to the worker's check, read back. */
import { act } from "react";
import { byText, click, settle, useFreshRoot, installJsdomGlobals } from "./dom";
import { App } from "../../../src/taskpane/components/App";
import { inlineRunner, type CoreRequest } from "../../../src/taskpane/coreRun";
import type { CoreRunner, WorkbookHost } from "../../../src/taskpane/host";
import {
  doodTypesOf,
  toggleDoodType,
  validateDoodTypes,
  withDoodTypes,
} from "../../../src/taskpane/logic/settingsForm";
import type { Report } from "../../../src/core/report";
import type { WorkbookSettings } from "../../../src/core/snapshot";
import { castAndCrewWorkbook } from "../parse/snapshot-helpers";

installJsdomGlobals();

describe("DOOD rows helpers", () => {
  test("doodTypesOf: the saved list, else the cast", () => {
    expect(doodTypesOf(undefined)).toEqual(["cast"]);
    expect(doodTypesOf({})).toEqual(["cast"]);
    expect(doodTypesOf({ doodTypes: ["crew", "cast"] } as WorkbookSettings)).toEqual(["cast", "crew"]);
    expect(doodTypesOf({ doodTypes: ["props"] } as unknown as WorkbookSettings)).toEqual(["cast"]);
  });

  test("toggleDoodType keeps the checkboxes' order; a saved type not offered is kept", () => {
    expect(toggleDoodType(["cast"], "location", true)).toEqual(["cast", "location"]);
    expect(toggleDoodType(["cast", "location"], "crew", true)).toEqual(["cast", "crew", "location"]);
    expect(toggleDoodType(["cast", "crew"], "cast", false)).toEqual(["crew"]);
    expect(toggleDoodType(["cast", "other"], "vehicle", true)).toEqual(["cast", "vehicle", "other"]);
  });

  test("nothing ticked is not valid", () => {
    expect(validateDoodTypes([]).errors.doodTypes).toMatch(/at least one/);
    expect(validateDoodTypes(["crew"]).errors).toEqual({});
  });

  test("withDoodTypes keeps the other settings; the default is saved as no entry", () => {
    const s: WorkbookSettings = { highlightColors: { error: "#FF0000" } };
    expect(withDoodTypes(s, ["cast", "crew"])).toEqual({
      highlightColors: { error: "#FF0000" },
      doodTypes: ["cast", "crew"],
    });
    expect(withDoodTypes({ ...s, doodTypes: ["crew"] } as WorkbookSettings, ["cast"])).toEqual(s);
  });
});

/** A workbook in memory whose settings are saved (as JSON, like Office does) and read back; the real core checks it. */
function fakeWorkbook(initial: WorkbookSettings = {}) {
  const saved: WorkbookSettings[] = [];
  const requests: CoreRequest[] = [];
  let settings = initial;
  const host: WorkbookHost = {
    readSnapshot: async () => castAndCrewWorkbook(settings),
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
  const inline = inlineRunner();
  let last: Report | undefined;
  const runner: CoreRunner = {
    run: async (request) => {
      requests.push(request);
      const result = await inline.run(request);
      last = result.report;
      return result;
    },
  };
  return { host, runner, saved, requests, report: () => last };
}

const root = useFreshRoot();
async function openSettings(f: ReturnType<typeof fakeWorkbook>) {
  await act(async () => root().render(<App host={f.host} runner={f.runner} />));
  await settle();
  await click(byText("[role=tab]", /^Settings/));
}
function box(label: string): HTMLInputElement {
  const group = document.body.querySelector("[role=group][aria-label='DOOD rows']");
  if (!group) throw new Error("no DOOD rows group");
  const input = [...group.querySelectorAll("input[type=checkbox]")].find(
    (i) => group.querySelector(`label[for="${i.id}"]`)?.textContent === label,
  );
  if (!input) throw new Error(`no checkbox ${label}`);
  return input as HTMLInputElement;
}
const ticked = () => ["Cast", "Crew", "Equipment", "Vehicles", "Locations"].filter((l) => box(l).checked);

describe("Settings: DOOD rows", () => {
  test("cast is ticked by default and the check asks for cast rows only", async () => {
    const f = fakeWorkbook();
    await openSettings(f);
    expect(ticked()).toEqual(["Cast"]);
    expect(f.requests.at(-1)?.doodTypes).toEqual(["cast"]);
    expect(f.report()?.dood.rows.map((r) => r.resource)).toEqual(["1"]);
  });

  test("ticking Crew and saving: saved in the workbook with the other settings, passed to the check, read back", async () => {
    const f = fakeWorkbook({ highlightColors: { error: "#FF0000" } });
    await openSettings(f);
    await click(box("Crew"));
    expect(f.saved).toEqual([]);
    await click(byText("button", /Save DOOD rows/));
    expect(f.saved).toEqual([{ highlightColors: { error: "#FF0000" }, doodTypes: ["cast", "crew"] }]);
    expect(f.requests.at(-1)?.doodTypes).toEqual(["cast", "crew"]);
    expect(f.report()?.dood.rows.map((r) => [r.type, r.resource, r.codes])).toEqual([
      ["cast", "1", ["SW", "WF"]],
      ["crew", "G1", ["SWF", ""]],
    ]);
    expect(document.body.textContent).toContain("Saved in the workbook.");

    // Reopening the pane on the same workbook (a fresh App: no state kept) shows the saved choice.
    await act(async () => root().render(<App key="reopened" host={f.host} runner={f.runner} />));
    await settle();
    await click(byText("[role=tab]", /^Settings/));
    expect(ticked()).toEqual(["Cast", "Crew"]);
  });

  test("back to cast only removes the entry; nothing ticked cannot be saved", async () => {
    const f = fakeWorkbook({ doodTypes: ["cast", "location"] } as WorkbookSettings);
    await openSettings(f);
    expect(ticked()).toEqual(["Cast", "Locations"]);
    await click(box("Locations"));
    await click(byText("button", /Save DOOD rows/));
    expect(f.saved.at(-1)).toEqual({});
    expect(f.requests.at(-1)?.doodTypes).toEqual(["cast"]);
    await click(box("Cast"));
    expect(ticked()).toEqual([]);
    expect(byText("button", /Save DOOD rows/).hasAttribute("disabled")).toBe(true);
    expect(document.body.textContent).toContain("Tick at least one kind of row");
  });
});
