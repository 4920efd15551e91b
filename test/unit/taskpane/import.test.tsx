/** @jest-environment jsdom */
import { readFileSync } from "fs";
import { act } from "react";
import { byText, click, settle, useFreshRoot, installJsdomGlobals } from "./dom";
import { App } from "../../../src/taskpane/components/App";
import {
  listStripboards,
  parseUssText,
  previewLine,
  summarizeImport,
} from "../../../src/taskpane/components/ImportPanel";
import { inlineRunner } from "../../../src/taskpane/coreRun";
import type { WorkbookHost } from "../../../src/taskpane/host";
import { importUss, snapshotFromSheets } from "../../../src/core/uss";
import type { PlanValue } from "../../../src/core/plan";

installJsdomGlobals();

const SAMPLE = readFileSync("/work/shared/data/uss/small_sample_schedule.uss", "utf8");

/** A workbook in memory: imported sheets are stored, and read back as the snapshot. */
function fakeHost(options: { canWrite?: boolean; failWrite?: boolean } = {}) {
  const written: { name: string; rows: PlanValue[][] }[][] = [];
  let sheets: { name: string; rows: PlanValue[][] }[] = [{ name: "Notes", rows: [["Anything"]] }];
  const host: WorkbookHost = {
    readSnapshot: async () =>
      snapshotFromSheets(
        sheets.map((s) => ({ name: s.name, rows: s.rows as never })),
        "Book",
      ),
    applyPlan: async () => undefined,
    clearAdded: async () => undefined,
    selectCells: async () => undefined,
    saveSettings: async () => undefined,
    watchSheets: async () => async () => undefined,
    friendlyError: (e) => `friendly: ${e instanceof Error ? e.message : String(e)}`,
    theme: () => "light",
  };
  if (options.canWrite !== false) {
    host.writeUserSheets = async (add) => {
      if (options.failWrite) throw new Error("InvalidOperationInCellEditMode");
      written.push(add);
      sheets = [...sheets, ...add];
      return add.map((s) => s.name);
    };
  }
  return { host, written };
}

const root = useFreshRoot();
async function openImport(host: WorkbookHost) {
  await act(async () => root().render(<App host={host} runner={inlineRunner()} />));
  await settle();
  await click(byText("[role=tab]", /^Import/));
}
async function chooseFile(text: string, name = "sample.uss") {
  const input = document.body.querySelector("input[type=file]") as HTMLInputElement;
  Object.defineProperty(input, "files", { configurable: true, value: [new File([text], name)] });
  await act(async () => void input.dispatchEvent(new Event("change", { bubbles: true })));
  await settle();
}
const boardSelect = () => document.body.querySelector("section[aria-label=Import] select") as HTMLSelectElement;
async function choose(select: HTMLSelectElement, text: string) {
  const option = [...select.options].find((o) => o.text === text);
  if (!option) throw new Error(`no option ${text}`);
  await act(async () => {
    select.value = option.value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await settle();
}
const status = () => document.body.querySelector("section[aria-label=Import] [role=status]")?.textContent ?? "";
const writeButton = () => byText("button", /^Write tables$/) as HTMLButtonElement;

describe("pure helpers", () => {
  test.each([
    ["valid JSON", '{"a":1}', true],
    ["a byte-order mark is allowed", '\uFEFF{"a":1}', true],
    ["truncated", '{"a":', false],
    ["empty file", "", false],
    ["not JSON at all", "Scene,Date\n1,2", false],
  ])("parseUssText: %s", (_label, text, ok) => {
    const r = parseUssText("f.uss", text);
    expect("doc" in r).toBe(ok);
    if (!ok) expect((r as { error: string }).error).toMatch(/^f\.uss is not a USS file: it is not valid JSON/);
  });

  test("listStripboards lists every stripboard in file order with its strips", () => {
    const boards = listStripboards(JSON.parse(SAMPLE));
    expect(boards.map((b) => [b.label, b.strips])).toEqual([
      ["Script Order (1 strip)", 1],
      ["First Pass (1 strip)", 1],
    ]);
    expect(boards[0].value).toBe("5cff4bcb10c4330017ab6afd");
  });

  test.each([
    ["not an object", 42, 0],
    ["no stripboards", { universalScheduleStandard: { breakdowns: [] } }, 0],
    ["stripboards not a list", { universalScheduleStandard: { stripboards: {} } }, 0],
    [
      "a board with neither id nor name is left out",
      { universalScheduleStandard: { stripboards: [{}, { name: "A" }] } },
      1,
    ],
  ])("listStripboards: %s", (_label, doc, n) => {
    expect(listStripboards(doc)).toHaveLength(n);
  });

  test.each([
    [
      { strips: 1, shootDays: 1, firstDate: "2022-06-20", lastDate: "2022-06-20", cast: 2 },
      "1 strip over 1 shoot day, 2022-06-20; 2 cast members.",
    ],
    [
      { strips: 12, shootDays: 3, firstDate: "2022-06-20", lastDate: "2022-06-22", cast: 1 },
      "12 strips over 3 shoot days, 2022-06-20 – 2022-06-22; 1 cast member.",
    ],
    [{ strips: 0, shootDays: 0, cast: 0 }, "0 strips over 0 shoot days; 0 cast members."],
  ])("previewLine %#", (summary, line) => {
    expect(previewLine(summary)).toBe(line);
  });

  test("summarizeImport counts strips, shoot days, the date span and cast from the tables", () => {
    const summary = summarizeImport({
      ok: true,
      messages: [],
      sheets: [
        {
          name: "Schedule",
          rows: [
            ["ID", "Date", "Shoot Day"],
            ["a", "2026-03-03", 2],
            ["b", "2026-03-02", 1],
            ["c", "2026-03-02", 1],
            [null, null, null],
          ],
        },
        {
          name: "Cast",
          rows: [
            ["Cast #", "Name"],
            ["1", "Ann"],
            [null, ""],
          ],
        },
      ],
    });
    expect(summary).toEqual({ strips: 3, shootDays: 2, firstDate: "2026-03-02", lastDate: "2026-03-03", cast: 1 });
  });
});

describe("the Import tab", () => {
  test("a USS file is previewed, written as new sheets, then read back and checked", async () => {
    const f = fakeHost();
    await openImport(f.host);
    const label = document.body.querySelector("section[aria-label=Import] label[for]") as HTMLLabelElement;
    expect(label.textContent).toMatch(/USS file/);
    expect(document.getElementById(label.htmlFor)?.getAttribute("accept")).toContain(".uss");
    await chooseFile(SAMPLE);
    expect(status()).toContain("1 strip over 1 shoot day, 2022-06-20; 2 cast members.");
    expect(status()).toContain("New sheets: Schedule, Cast, Availability, Production");
    const select = boardSelect();
    expect(select.labels?.[0]?.textContent).toBe("Stripboard");
    expect([...select.options].map((o) => o.text)).toEqual(["Script Order (1 strip)", "First Pass (1 strip)"]);
    expect(select.selectedOptions[0].text).toBe("Script Order (1 strip)");
    await click(writeButton());
    expect(f.written).toHaveLength(1);
    expect(f.written[0]).toEqual(importUss(SAMPLE).sheets);
    const notice = document.body.textContent ?? "";
    expect(notice).toContain("Added sheets Schedule, Cast, Availability, Production.");
    expect(notice).toMatch(/Checked 1 item: /);
  });

  test("choosing another stripboard previews and writes that board", async () => {
    const f = fakeHost();
    await openImport(f.host);
    await chooseFile(SAMPLE);
    await choose(boardSelect(), "First Pass (1 strip)");
    expect(status()).toContain("1 strip over 1 shoot day, 2022-06-20; 2 cast members.");
    await click(writeButton());
    const production = f.written[0].find((s) => s.name === "Production")!;
    expect(JSON.stringify(production.rows)).toContain('stripboard \\"First Pass\\"');
  });

  test("a file that is not JSON says so, names the file, and offers nothing to write", async () => {
    const f = fakeHost();
    await openImport(f.host);
    await chooseFile("Scene,Date\n1,2", "schedule.csv");
    expect(document.body.textContent).toContain("schedule.csv is not a USS file: it is not valid JSON");
    expect(() => writeButton()).toThrow();
    expect(f.written).toHaveLength(0);
  });

  test("JSON that is not a schedule shows the importer's messages and cannot be written", async () => {
    const f = fakeHost();
    await openImport(f.host);
    await chooseFile('{"hello":"world"}', "other.json");
    expect(status()).toContain("Nothing to import from other.json.");
    expect(status()).toContain("$.universalScheduleStandard");
    expect(writeButton().disabled).toBe(true);
  });

  test("a host that cannot add sheets disables writing and says why", async () => {
    const f = fakeHost({ canWrite: false });
    await openImport(f.host);
    await chooseFile(SAMPLE);
    expect(writeButton().disabled).toBe(true);
    expect(document.body.textContent).toContain("cannot add sheets");
  });

  test("a failed write shows a friendly error and leaves the button usable", async () => {
    const f = fakeHost({ failWrite: true });
    await openImport(f.host);
    await chooseFile(SAMPLE);
    await click(writeButton());
    expect(document.body.querySelector("[role=alert]")?.textContent).toContain(
      "friendly: InvalidOperationInCellEditMode",
    );
    expect(writeButton().disabled).toBe(false);
  });
});
