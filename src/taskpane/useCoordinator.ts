/**
 * The pane's state and actions. Everything shown is recomputed from the workbook (snapshot ->
 * core); nothing that matters lives only in memory, so reopening the pane shows the same thing.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { PlanValue } from "../core/plan";
import type { ResourceType } from "../core/model";
import type { RuleSetNumbers, WorkbookSettings, WorkbookSnapshot } from "../core/snapshot";
import { doodTypesOf, withDoodTypes } from "./logic/settingsForm";
import type { CoreRequest, CoreResult } from "./coreRun";
import type { CoreRunner, WorkbookHost } from "./host";
import { clearNote, writeNote, type WriteOutcome } from "./logic/protection";
import { counted, placePrefix } from "./logic/findings";
import type { Report } from "../core/report";

export interface GenerateChoice {
  callSheets: string[];
  conflicts: boolean;
  dood: boolean;
  priorities: boolean;
  costReport: boolean;
}

export interface Progress {
  label: string;
  /** 0..1; undefined = indeterminate. */
  value?: number;
}

export interface Coordinator {
  result?: CoreResult;
  busy?: Progress;
  error?: string;
  notice?: string;
  /** What a run that went through wants the user to see before its result (a check that found no schedule). */
  warning?: string;
  /** When the findings shown were worked out (ms since the epoch). */
  checkedAt?: number;
  /** The last check did not run (it failed before its findings): the findings shown are the one before's. */
  stale: boolean;
  live: boolean;
  /** Re-read and re-check without writing (initial load, live check, after settings). */
  refresh(): Promise<void>;
  /** Check and write highlights + the Conflicts sheet. */
  checkSchedule(): Promise<void>;
  generate(choice: GenerateChoice): Promise<void>;
  /** Removes the highlights and generated sheets; with `sheets: false`, the highlights alone. */
  clear(options?: { sheets?: boolean }): Promise<void>;
  select(sheet: string, address: string): Promise<void>;
  saveMapping(key: string, role: string): Promise<void>;
  /** Drop a table's saved role and columns: it is read as its name or headers say again (an ignored table comes back). */
  forgetMapping(key: string): Promise<void>;
  /**
   * Save a table's column overrides (canonical -> header text; replaces the saved set). `role` is saved
   * with them when the table has no saved role yet, since a saved mapping always names its role.
   */
  saveColumns(key: string, role: string, columns: Record<string, string>): Promise<void>;
  /** Write imported tables into new sheets, then re-read and re-check; true when they were written. */
  importSheets(sheets: { name: string; rows: PlanValue[][] }[]): Promise<boolean>;
  saveRuleSet(name: string, numbers: Partial<RuleSetNumbers>): Promise<void>;
  saveColors(colors: { error?: string; warning?: string }): Promise<void>;
  saveProduction(fields: Record<string, string>): Promise<void>;
  /** Save which resource types the DOOD lists (the cast only by default), then re-check. */
  saveDoodTypes(types: ResourceType[]): Promise<void>;
  setLive(on: boolean): void;
  dismissError(): void;
}

export const LIVE_DEBOUNCE_MS = 1500;
/** Change events that arrive this soon after our own write are our own echo. */
const OWN_WRITE_QUIET_MS = 800;

/** "Conflicts, DOOD and Call Sheet Day 7"; past six names, the first five and how many more. */
export function sheetList(names: readonly string[]): string {
  const shown = names.length > 6 ? [...names.slice(0, 5), `${names.length - 5} more`] : [...names];
  return shown.length > 1 ? `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}` : (shown[0] ?? "");
}

/** "12 items: 3 errors, 1 warning, 0 data issues". */
function checkedText(s: Report["summary"]): string {
  return `${counted(s.items, "item")}: ${counted(s.errors, "error")}, ${counted(s.warnings, "warning")}, ${counted(
    s.dataIssues,
    "data issue",
  )}`;
}

/** For a check that read no schedule item: why, in the data issues' words (no schedule table, no Date column). */
function nothingChecked(report: Report): string | undefined {
  if (report.summary.items > 0) return undefined;
  const why = report.dataIssues
    .filter((d) => d.code === "missing-table" || d.code === "missing-column")
    .map((d) => `${placePrefix(d)}${d.message}`.replace(/([^.!?])$/, "$1."));
  return `No schedule items were found, so no strip was checked.${why.length ? ` ${why.join(" ")}` : ""} See the Setup tab.`;
}

/** A notice with what protection kept from happening after it. */
function withNote(notice: string, note: string): string {
  return note ? `${notice} ${note}` : notice;
}

/** What the core is asked for a snapshot: the DOOD rows saved in its settings go along to the worker's check. */
function requestFor(snapshot: WorkbookSnapshot, plan?: CoreRequest["plan"]): CoreRequest {
  return { snapshot, ...(plan ? { plan } : {}), doodTypes: doodTypesOf(snapshot.settings) };
}

function noSheets(): NonNullable<CoreRequest["plan"]>["include"] {
  return { conflicts: false, priorities: false, dood: false, costReport: false, callSheets: [] };
}

export function useCoordinator(
  host: WorkbookHost,
  runner: CoreRunner,
  options: { autoRefresh?: boolean } = {},
): Coordinator {
  const [result, setResult] = useState<CoreResult>();
  const [busy, setBusy] = useState<Progress>();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [warning, setWarning] = useState<string>();
  const [checkedAt, setCheckedAt] = useState<number>();
  const [stale, setStale] = useState(false);
  const [live, setLive] = useState(false);
  const lastOwnWrite = useRef(0);
  const running = useRef(false);

  /** Runs one action with progress and friendly errors; actions never overlap. */
  const guarded = useCallback(
    async (label: string, action: (step: (label: string, value?: number) => void) => Promise<void>) => {
      if (running.current) return;
      running.current = true;
      setError(undefined);
      setNotice(undefined);
      setWarning(undefined);
      setBusy({ label, value: 0 });
      try {
        await action((l, v) => setBusy({ label: l, value: v }));
      } catch (e) {
        setError(host.friendlyError(e));
      } finally {
        running.current = false;
        setBusy(undefined);
      }
    },
    [host],
  );

  const analyze = useCallback(
    async (plan?: CoreRequest["plan"], step?: (l: string, v?: number) => void) => {
      try {
        step?.("Reading the workbook…", 0.1);
        const snapshot = await host.readSnapshot();
        step?.("Checking the schedule…", 0.35);
        const res = await runner.run(requestFor(snapshot, plan));
        setResult(res);
        setCheckedAt(Date.now());
        setStale(false);
        return res;
      } catch (e) {
        setStale(true);
        throw e;
      }
    },
    [host, runner],
  );

  /**
   * Read, check with a write plan (which sheets: `include`), write. Where the host can, all in one Excel.run:
   * the core runs (in the worker) between the read and the write, so a button costs 3 syncs, not 5.
   */
  const checkAndWrite = useCallback(
    async (
      include: NonNullable<CoreRequest["plan"]>["include"],
      step: (l: string, v?: number) => void,
      working = "Checking the schedule…",
    ) => {
      let res: CoreResult | undefined;
      let outcome: WriteOutcome | null | void = null;
      const makePlan = async (snapshot: WorkbookSnapshot) => {
        step(working, 0.35);
        // The core writes again the sheets an earlier Generate made (runCore's keep), so a Check does not drop them.
        res = await runner.run(requestFor(snapshot, { include, colors: snapshot.settings?.highlightColors ?? {} }));
        setResult(res);
        setCheckedAt(Date.now());
        setStale(false);
        if (!res.plan) return null;
        step("Writing to the workbook…", 0.75);
        lastOwnWrite.current = Date.now();
        return res.plan;
      };
      try {
        if (host.readThenApply) outcome = await host.readThenApply(makePlan);
        else {
          const plan = await makePlan(await host.readSnapshot());
          if (plan) outcome = await host.applyPlan(plan);
        }
      } catch (e) {
        // Findings worked out before a failed write are still this run's; a read or check that failed leaves none.
        if (!res) setStale(true);
        throw e;
      } finally {
        // Change events from our own write arrive after it; they are not the user's edits.
        if (res?.plan) lastOwnWrite.current = Date.now();
      }
      if (!res) throw new Error("the check did not run, so nothing was written.");
      const sheetsSkipped = outcome?.sheetsSkipped === true;
      // The workbook now holds the plan's sheets (the read before the write saw the last run's).
      if (res.plan && !sheetsSkipped) {
        res = { ...res, generated: res.plan.sheets.map((x) => x.name) };
        setResult(res);
      }
      return { res, note: writeNote(outcome), sheetsSkipped };
    },
    [host, runner],
  );

  const refresh = useCallback(
    () => guarded("Reading the workbook…", async (step) => void (await analyze(undefined, step))),
    [guarded, analyze],
  );

  const checkSchedule = useCallback(
    () =>
      guarded("Checking…", async (step) => {
        const { res, note, sheetsSkipped } = await checkAndWrite({ ...noSheets(), conflicts: true }, step);
        const s = res.report.summary;
        // The sheets an earlier Generate wrote were written again: say so, they changed with the schedule.
        const refreshed = sheetsSkipped ? [] : (res.plan?.sheets ?? []).filter((x) => x.key !== "conflicts");
        const again = refreshed.length ? ` Updated ${sheetList(refreshed.map((x) => x.name))}.` : "";
        const nothing = nothingChecked(res.report);
        if (nothing) setWarning(nothing);
        else setNotice(withNote(`Checked ${checkedText(s)}.${again}`, note));
      }),
    [guarded, checkAndWrite],
  );

  const generate = useCallback(
    (choice: GenerateChoice) =>
      guarded("Generating…", async (step) => {
        const { res, note, sheetsSkipped } = await checkAndWrite(
          {
            conflicts: choice.conflicts,
            priorities: choice.priorities,
            dood: choice.dood,
            costReport: choice.costReport,
            callSheets: choice.callSheets,
          },
          step,
          "Preparing sheets…",
        );
        const names = sheetsSkipped ? [] : (res.plan?.sheets ?? []).map((x) => x.name);
        const wrote = names.length === 1 ? "Wrote 1 sheet" : `Wrote ${names.length} sheets`;
        setNotice(withNote(names.length ? `${wrote}: ${sheetList(names)}.` : "Wrote no sheets.", note));
      }),
    [guarded, checkAndWrite],
  );

  const clear = useCallback(
    (options: { sheets?: boolean } = {}) =>
      guarded("Clearing…", async (step) => {
        lastOwnWrite.current = Date.now();
        const left = clearNote(await host.clearAdded(options));
        lastOwnWrite.current = Date.now();
        await analyze(undefined, step);
        const what =
          options.sheets === false ? "Removed the highlights." : "Removed the highlights and generated sheets.";
        setNotice(withNote(what, left));
      }),
    [guarded, host, analyze],
  );

  const select = useCallback(
    async (sheet: string, address: string) => {
      try {
        await host.selectCells(sheet, address);
      } catch (e) {
        setError(host.friendlyError(e));
      }
    },
    [host],
  );

  /** Merge into the workbook's current settings (re-read, never a stale copy), save, re-check. */
  const updateSettings = useCallback(
    (label: string, change: (s: WorkbookSettings) => WorkbookSettings) =>
      guarded(label, async (step) => {
        const snapshot = await host.readSnapshot();
        await host.saveSettings(change(snapshot.settings ?? {}));
        await analyze(undefined, step);
        setNotice("Saved in the workbook.");
      }),
    [guarded, host, analyze],
  );

  const saveMapping = useCallback(
    (key: string, role: string) =>
      updateSettings("Saving table role…", (s) => {
        // Column choices belong to the role they were made for; under another role they would hide headers.
        const prev = s.mappings?.[key];
        const kept = prev && prev.role === role ? prev : {};
        return { ...s, mappings: { ...s.mappings, [key]: { ...kept, role } } };
      }),
    [updateSettings],
  );
  const forgetMapping = useCallback(
    (key: string) =>
      updateSettings("Saving table role…", (s) => {
        const { [key]: _gone, ...mappings } = s.mappings ?? {};
        return { ...s, mappings };
      }),
    [updateSettings],
  );
  const saveColumns = useCallback(
    (key: string, role: string, columns: Record<string, string>) =>
      updateSettings("Saving columns…", (s) => {
        const { columns: _old, ...rest } = s.mappings?.[key] ?? { role };
        const mapping = Object.keys(columns).length > 0 ? { ...rest, columns } : rest;
        return { ...s, mappings: { ...s.mappings, [key]: mapping } };
      }),
    [updateSettings],
  );
  const importSheets = useCallback(
    async (sheets: { name: string; rows: PlanValue[][] }[]) => {
      let written = false;
      await guarded("Writing tables…", async (step) => {
        const writeUserSheets = host.writeUserSheets;
        if (!writeUserSheets) throw new Error("this workbook cannot add sheets here, so nothing was imported.");
        step("Writing tables…", 0.2);
        lastOwnWrite.current = Date.now();
        let names: string[];
        try {
          names = await writeUserSheets(sheets);
          written = true;
        } finally {
          lastOwnWrite.current = Date.now();
        }
        const res = await analyze(undefined, step);
        const s = res.report.summary;
        setNotice(`Added ${names.length === 1 ? "sheet" : "sheets"} ${names.join(", ")}. Checked ${checkedText(s)}.`);
      });
      return written;
    },
    [guarded, host, analyze],
  );
  const saveRuleSet = useCallback(
    (name: string, numbers: Partial<RuleSetNumbers>) =>
      updateSettings("Saving rule set…", (s) => ({ ...s, ruleSets: { ...s.ruleSets, [name]: numbers } })),
    [updateSettings],
  );
  const saveColors = useCallback(
    (colors: { error?: string; warning?: string }) =>
      updateSettings("Saving colours…", (s) => ({ ...s, highlightColors: colors })),
    [updateSettings],
  );
  const saveProduction = useCallback(
    (fields: Record<string, string>) => updateSettings("Saving header…", (s) => ({ ...s, production: fields })),
    [updateSettings],
  );

  const saveDoodTypes = useCallback(
    (types: ResourceType[]) => updateSettings("Saving DOOD rows…", (s) => withDoodTypes(s, types)),
    [updateSettings],
  );

  // Initial read in the background (buttons stay usable), so Setup and Generate show the workbook as it is.
  useEffect(() => {
    if (options.autoRefresh !== false) analyze().catch((e: unknown) => setError(host.friendlyError(e)));
  }, []);

  // Live check: watch the schedule sheets; re-check (no writes) 1.5 s after the last change.
  const scheduleSheets = [...new Set((result?.tables ?? []).filter((t) => t.role === "schedule").map((t) => t.sheet))]
    .sort()
    .join("\n");
  useEffect(() => {
    if (!live || !scheduleSheets) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => Promise<void>) | undefined;
    let cancelled = false;
    const onChange = () => {
      if (Date.now() - lastOwnWrite.current < OWN_WRITE_QUIET_MS || running.current) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        if (running.current) return;
        analyze().catch((e: unknown) => setError(host.friendlyError(e)));
      }, LIVE_DEBOUNCE_MS);
    };
    host.watchSheets(scheduleSheets.split("\n"), onChange).then(
      (off) => {
        if (cancelled) void off();
        else unsubscribe = off;
      },
      (e: unknown) => {
        setError(`Live check is not available here: ${host.friendlyError(e)}`);
        setLive(false);
      },
    );
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
      if (unsubscribe) void unsubscribe();
    };
  }, [live, scheduleSheets, host, analyze]);

  return {
    result,
    busy,
    error,
    notice,
    warning,
    checkedAt,
    stale,
    live,
    refresh,
    checkSchedule,
    generate,
    clear,
    select,
    saveMapping,
    forgetMapping,
    saveColumns,
    importSheets,
    saveRuleSet,
    saveColors,
    saveProduction,
    saveDoodTypes,
    setLive,
    dismissError: () => setError(undefined),
  };
}
