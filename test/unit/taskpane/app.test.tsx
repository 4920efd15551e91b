/** @jest-environment jsdom */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { App } from "../../../src/taskpane/components/App";
import { runCore, type CoreResult, type CoreRequest } from "../../../src/taskpane/coreRun";
import type { CoreRunner, WorkbookHost } from "../../../src/taskpane/host";
import type { Report, CallSheet } from "../../../src/core/report";
import type { WorkbookSettings } from "../../../src/core/snapshot";
import { installJsdomGlobals } from "./dom";

installJsdomGlobals();

function callSheet(date: string, dayNumber: number): CallSheet {
  return {
    date,
    dayNumber,
    dayCount: 3,
    sheet: `Call Sheet ${date}`,
    items: [],
    cast: [],
    crew: [],
    header: {},
    scenes: [],
    locations: [],
    equipment: [],
    deliveries: [],
    notes: [],
  };
}

const report: Report = {
  version: 1,
  summary: { items: 6, resources: 5, errors: 1, warnings: 1, dataIssues: 1 },
  conflicts: [
    {
      type: "double-booking",
      severity: "error",
      resource: "1",
      items: ["S1", "S2"],
      date: "2026-03-02",
      message: "Ann Lee is double-booked 10:00-11:00",
      suggestion: "Move S2 to 11:00",
      cells: [
        { sheet: "Schedule", cell: "A2:M2" },
        { sheet: "Schedule", cell: "A3:M3" },
      ],
    },
    {
      type: "long-day",
      severity: "warning",
      resource: "2",
      items: ["S3"],
      date: "2026-03-02",
      message: "Bob works 16 h",
    },
  ],
  dataIssues: [{ code: "missing-column", sheet: "Crew", cell: "A1", message: "Add a Name column" }],
  priorities: [],
  dood: { days: [], rows: [] },
  callSheets: [
    callSheet("2026-03-02", 1),
    callSheet("2026-03-03", 2),
    // A Shoot Day column numbering the production's own days: the list says so, as the printed sheet does.
    { ...callSheet("2099-01-05", 3), shootDay: 21, shootDayCount: 40 },
  ],
};

function fakes(settings: WorkbookSettings = {}) {
  const calls: string[] = [];
  const requests: CoreRequest[] = [];
  const saved: WorkbookSettings[] = [];
  const host: WorkbookHost = {
    readSnapshot: async () => ({ sheets: [], settings }),
    applyPlan: async (plan) => void calls.push(`apply:${plan.sheets.map((s) => s.name).join("|")}`),
    clearAdded: async (options) => void calls.push(options?.sheets === false ? "clear highlights" : "clear"),
    selectCells: async (sheet, address) => void calls.push(`select:${sheet}!${address}`),
    saveSettings: async (s) => void saved.push(s),
    watchSheets: async () => async () => undefined,
    friendlyError: (e) => `friendly: ${e instanceof Error ? e.message : String(e)}`,
    theme: () => "light",
  };
  const runner: CoreRunner = {
    run: async (request): Promise<CoreResult> => {
      requests.push(request);
      return {
        report,
        tables: [
          {
            sheet: "Schedule",
            table: "Schedule",
            role: "schedule",
            headerAddress: "A1:M1",
            columns: { Date: "Shoot Date" },
            unknownColumns: ["Mood"],
            rows: 6,
            roleSource: "name",
          },
        ],
        ruleSets: [],
        production: {},
        settings,
        sheetNames: {},
        people: { "1": "Ann Lee" },
        items: { S1: { scene: "12", date: "2026-03-02" }, S2: { scene: "13", date: "2026-03-02" } },
        generated: [],
        ...(request.plan
          ? { plan: { highlights: [], sheets: [{ name: "Conflicts", key: "conflicts" } as never] } }
          : {}),
        elapsedMs: 1,
      };
    },
  };
  return { host, runner, calls, requests, saved };
}

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  document.body.innerHTML = "";
});

async function settle() {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
}
function button(name: RegExp): HTMLButtonElement {
  const b = [...document.querySelectorAll("button:not([role=tab])")].find((x) => name.test(x.textContent ?? ""));
  if (!b) throw new Error(`no button ${name}`);
  return b as HTMLButtonElement;
}
function tab(name: string): Element {
  const t = [...document.querySelectorAll("[role=tab]")].find((x) => x.textContent?.startsWith(name));
  if (!t) throw new Error(`no tab ${name}`);
  return t;
}
async function click(el: Element) {
  await act(async () => {
    (el as HTMLElement).click();
  });
  await settle();
}

test("Check writes the Conflicts sheet, shows the summary and findings; a click selects the cells", async () => {
  const f = fakes();
  await act(async () => root.render(<App host={f.host} runner={f.runner} />));
  await settle();
  expect(f.requests[0].plan).toBeUndefined(); // the initial read never writes
  await click(button(/Check schedule/));
  expect(f.requests[1].plan?.include).toMatchObject({ conflicts: true, dood: false, callSheets: [] });
  expect(f.calls).toEqual(["apply:Conflicts"]);
  const status = container.querySelector("[role=status]")?.textContent ?? "";
  expect(status).toMatch(/1 error.*1 warning.*1 data issue/);
  expect(container.querySelector("[aria-live=polite]")).not.toBeNull();
  expect(container.textContent).toContain("double-booked");
  expect(container.textContent).toContain("Move S2 to 11:00");
  await click(container.querySelector("[data-finding=c0]")!);
  expect(f.calls).toContain("select:Schedule!A2:M2,A3:M3");
  // A finding without cells does nothing when clicked.
  await click(container.querySelector("[data-finding=c1]")!);
  expect(f.calls.filter((c) => c.startsWith("select"))).toHaveLength(1);
});

test("Check on a protected schedule says which sheet kept no highlights; Clear says what stayed", async () => {
  const f = fakes();
  f.host.applyPlan = async (plan) => {
    f.calls.push(`apply:${plan.sheets.map((s) => s.name).join("|")}`);
    return { protectedSheets: ["Schedule"], sheetsSkipped: false };
  };
  f.host.clearAdded = async () => ({ highlightsLeft: 2, sheetsLeft: 0 });
  await act(async () => root.render(<App host={f.host} runner={f.runner} />));
  await settle();
  await click(button(/Check schedule/));
  expect(f.calls).toEqual(["apply:Conflicts"]);
  const text = () => container.textContent ?? "";
  expect(text()).toMatch(/1 error, 1 warning, 1 data issue\. No highlights on Schedule: the sheet is protected/);
  await click(tab("Generate"));
  await click(button(/Clear/));
  await click(button(/highlights and sheets/));
  expect(text()).toContain("generated sheets. 2 highlights stay on protected sheets until they are unprotected.");
});

test("Check keeps the sheets an earlier Generate wrote: the core's plan writes them again", () => {
  // The real core: a Check asks for the Conflicts sheet alone, and the snapshot says a DOOD and a call sheet are there.
  const sheet = (name: string, generated?: boolean, values: (string | number)[][] = []) => ({
    name,
    used: values.length ? { row: 1, col: 1, values } : null,
    tables: [],
    ...(generated ? { generated } : {}),
  });
  const schedule = [
    ["ID", "Date", "Start", "End", "Cast"],
    ["S1", "2026-03-02", "08:00", "10:00", "Ann"],
    ["S2", "2026-03-03", "08:00", "10:00", "Ann"],
  ];
  const snapshot = {
    sheets: [
      sheet("Schedule", false, schedule),
      sheet("DOOD", true),
      sheet("Call Sheet 2026-03-02", true),
      sheet("Notes"),
    ],
  };
  const include = { conflicts: true, priorities: false, dood: false, costReport: false, callSheets: [] };
  const result = runCore({ snapshot, plan: { include } });
  expect(result.generated).toEqual(["DOOD", "Call Sheet 2026-03-02"]);
  expect(result.plan?.sheets.map((x) => x.name)).toEqual(["Conflicts", "DOOD", "Call Sheet 2026-03-02"]);
  // Near miss: nothing generated before, the Conflicts sheet alone.
  const fresh = runCore({ snapshot: { sheets: [sheet("Schedule", false, schedule)] }, plan: { include } });
  expect(fresh.plan?.sheets.map((x) => x.name)).toEqual(["Conflicts"]);
});

test("Generate offers the next shoot day from today and passes the choice to the plan", async () => {
  const f = fakes();
  await act(async () => root.render(<App host={f.host} runner={f.runner} />));
  await settle();
  await click(tab("Generate"));
  const checked = [...container.querySelectorAll("input[type=checkbox]")].filter(
    (i) => (i as HTMLInputElement).checked,
  );
  const labels = checked.map((i) => container.querySelector(`label[for="${i.id}"]`)?.textContent);
  // Today is after 2026-03-03 in any real run, so the next shoot day is the 2099 one.
  expect(labels).toContain("Day 21 of 40 · 2099-01-05");
  expect(labels).not.toContain("Day 1 of 3 · 2026-03-02");
  await click(button(/^Generate$/));
  expect(f.requests.at(-1)?.plan?.include).toEqual({
    conflicts: true,
    priorities: true,
    dood: true,
    costReport: true,
    callSheets: ["2099-01-05"],
  });
});

test("the Check tab says what the highlight colours mean and how to remove them; cards name the day and scenes", async () => {
  const f = fakes({ highlightColors: { error: "#FF0000" } });
  await act(async () => root.render(<App host={f.host} runner={f.runner} />));
  await settle();
  const legend = container.querySelector("[data-legend]");
  expect(legend?.textContent).toMatch(/errors, .*warnings\. Clear \(Generate tab\) removes them/);
  const swatches = [...legend!.querySelectorAll("span")].map((x) => (x as HTMLElement).style.backgroundColor);
  expect(swatches).toEqual(["rgb(255, 0, 0)", "rgb(255, 230, 153)"]);
  // The double booking of S1 and S2 on 2026-03-02, Day 1 on its call sheet.
  expect(container.querySelector("[data-finding=c0]")?.textContent).toContain("Day 1 · Sc 12, 13");
});

test("a day chosen on Generate is still chosen after a look at another tab", async () => {
  const f = fakes();
  await act(async () => root.render(<App host={f.host} runner={f.runner} />));
  await settle();
  await click(tab("Generate"));
  const box = (text: string) => {
    const label = [...container.querySelectorAll("label")].find((l) => l.textContent === text);
    return document.getElementById(label!.getAttribute("for")!) as HTMLInputElement;
  };
  await click(box("Day 1 of 3 · 2026-03-02"));
  expect(box("Day 1 of 3 · 2026-03-02").checked).toBe(true);
  await click(tab("Check"));
  await click(tab("Generate"));
  expect(box("Day 1 of 3 · 2026-03-02").checked).toBe(true);
  await click(button(/^Generate$/));
  expect(f.requests.at(-1)?.plan?.include?.callSheets).toEqual(["2026-03-02", "2099-01-05"]);
});

test("Generate warns when the chosen days still have errors; near miss: a day without any", async () => {
  const f = fakes();
  await act(async () => root.render(<App host={f.host} runner={f.runner} />));
  await settle();
  await click(tab("Generate"));
  // The default day (2099-01-05) has no conflicts.
  expect(container.querySelector("[data-open-errors]")).toBeNull();
  const label = [...container.querySelectorAll("label")].find((l) => l.textContent === "Day 1 of 3 · 2026-03-02");
  await click(document.getElementById(label!.getAttribute("for")!)!);
  // 2026-03-02 has one error (the double booking) and one warning.
  expect(container.querySelector("[data-open-errors]")?.textContent).toBe(
    "1 error is still open on the days these call sheets cover: they print the schedule as it stands.",
  );
});

test("Generate shows the sheets already in the workbook ticked and fixed: they are written again anyway", async () => {
  const f = fakes();
  const run = f.runner.run;
  f.runner.run = async (request) => ({
    ...(await run(request)),
    generated: ["DOOD", "Call Sheet 2026-03-02"],
    sheetNames: { dood: "DOOD", priorities: "Priorities" },
  });
  await act(async () => root.render(<App host={f.host} runner={f.runner} />));
  await settle();
  await click(tab("Generate"));
  const box = (text: string) => {
    const label = [...container.querySelectorAll("label")].find((l) => l.textContent === text);
    if (!label) throw new Error(`no ${text}`);
    return document.getElementById(label.getAttribute("for")!) as HTMLInputElement;
  };
  expect([
    box("Day out of days (DOOD) · in the workbook").checked,
    box("Day out of days (DOOD) · in the workbook").disabled,
  ]).toEqual([true, true]);
  expect(box("Day 1 of 3 · 2026-03-02 · in the workbook").disabled).toBe(true);
  // Near miss: a report not in the workbook stays a free choice.
  expect(box("Priorities").disabled).toBe(false);
  // Day 1's call sheet is written again, so its open error is said though only the 2099 day was chosen.
  expect(container.querySelector("[data-open-errors]")?.textContent).toMatch(/^1 error is still open on the days/);
});

test("a rule-set number typed but not saved survives a re-check; it follows the workbook once the saved one changes", async () => {
  const f = fakes();
  const sag = {
    name: "SAG-AFTRA",
    minRestHours: 12,
    maxDayHours: 14,
    maxConsecutiveDays: 6,
    travelBufferMin: 30,
    otAfterHours: 10,
    otRate: 1.5,
    dropDays: 10,
  };
  let saved = sag;
  const run = f.runner.run;
  f.runner.run = async (request) => ({ ...(await run(request)), ruleSets: [{ ...saved }] });
  await act(async () => root.render(<App host={f.host} runner={f.runner} />));
  await settle();
  await click(tab("Settings"));
  const rest = () => {
    const label = [...container.querySelectorAll("label")].find(
      (l) => l.textContent === "Rest between wrap and next call",
    );
    return document.getElementById(label!.getAttribute("for")!) as HTMLInputElement;
  };
  expect(rest().value).toBe("12");
  await act(async () => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
    setValue.call(rest(), "10");
    rest().dispatchEvent(new Event("input", { bubbles: true }));
  });
  expect(rest().value).toBe("10");
  expect(container.querySelector("[data-unsaved]")?.textContent).toMatch(/^Not saved yet/);
  await click(tab("Check"));
  await click(button(/Check schedule/));
  await click(tab("Settings"));
  expect(rest().value).toBe("10");
  // Near miss: the workbook's own number changed (saved elsewhere): the field shows it.
  saved = { ...sag, minRestHours: 11 };
  await click(tab("Check"));
  await click(button(/Check schedule/));
  expect(rest().value).toBe("11");
  // Near miss: the field shows the saved number, so nothing is unsaved.
  expect(container.querySelector("[data-unsaved]")).toBeNull();
});

test("Clear asks first; Cancel does nothing, confirming removes sheets too", async () => {
  const f = fakes();
  await act(async () => root.render(<App host={f.host} runner={f.runner} />));
  await settle();
  await click(tab("Generate"));
  await click(button(/Clear/));
  await click(button(/^Cancel$/));
  expect(f.calls).toEqual([]);
  await click(button(/Clear/));
  await click(button(/highlights and sheets/));
  expect(f.calls).toEqual(["clear"]);
  await click(button(/Clear/));
  await click(button(/^Highlights only$/));
  expect(f.calls).toEqual(["clear", "clear highlights"]);
  expect(container.textContent).toContain("Removed the highlights.");
});

test("errors from the host appear as a friendly message bar", async () => {
  const f = fakes();
  f.host.applyPlan = async () => {
    throw new Error("InvalidOperationInCellEditMode");
  };
  await act(async () => root.render(<App host={f.host} runner={f.runner} />));
  await settle();
  await click(button(/Check schedule/));
  expect(container.querySelector("[role=alert]")?.textContent).toContain("friendly: InvalidOperationInCellEditMode");
  expect(button(/Check schedule/).disabled).toBe(false);
});

test("Setup lists tables with their role and mapped columns; missing columns say what to add", async () => {
  const f = fakes();
  await act(async () => root.render(<App host={f.host} runner={f.runner} />));
  await settle();
  await click(tab("Setup"));
  expect(container.textContent).toContain("Crew!A1: Add a Name column");
  expect(container.textContent).toContain("Date ← “Shoot Date”");
  expect(container.textContent).toContain("Not used: Mood");
  expect(container.textContent).toContain("Read as (recognised by its name)");
});
