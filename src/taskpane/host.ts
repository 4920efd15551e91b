/**
 * The pane's only door to the workbook. The Office build passes an Excel-backed host, the preview
 * passes the same host over the simulated Excel, and tests pass fakes.
 */
import type { WorkbookSettings, WorkbookSnapshot } from "../core/snapshot";
import type { PlanValue, WritePlan } from "../core/plan";
import type { CoreRequest, CoreResult } from "./coreRun";
import type { ClearOutcome, WriteOutcome } from "./logic/protection";

export interface WorkbookHost {
  readSnapshot(): Promise<WorkbookSnapshot>;
  /** Write the plan; resolves to what protection kept it from writing (nothing: all written). */
  applyPlan(plan: WritePlan): Promise<WriteOutcome | void>;
  /**
   * Read, let `makePlan` build the plan from that snapshot (it may take its time: the core can run in a
   * worker), then write it, all in one Excel.run, so a button costs three syncs instead of five. `makePlan`
   * returning null skips the write. Optional: without it the pane calls readSnapshot, then applyPlan.
   */
  readThenApply?(
    makePlan: (snapshot: WorkbookSnapshot) => Promise<WritePlan | null | undefined>,
  ): Promise<WriteOutcome | null | void>;
  /**
   * Remove exactly what the add-in added: its highlights and its generated sheets, or with `sheets: false` its
   * highlights alone (what protection keeps stays).
   */
  clearAdded(options?: { sheets?: boolean }): Promise<ClearOutcome | void>;
  selectCells(sheet: string, address: string): Promise<void>;
  saveSettings(settings: WorkbookSettings): Promise<void>;
  /**
   * Add each table as a NEW user sheet (rows[0] = header; names made unique with " (2)" etc.); resolves to
   * the names used. Optional: a host without it cannot import.
   */
  writeUserSheets?(sheets: { name: string; rows: PlanValue[][] }[]): Promise<string[]>;
  /** Call onChange when any of these sheets changes; resolves to an unsubscribe function. */
  watchSheets(sheets: string[], onChange: () => void): Promise<() => Promise<void>>;
  friendlyError(error: unknown): string;
  /** "dark" when the Office theme is dark. */
  theme(): "light" | "dark";
}

/** Runs the pure core off the UI thread (Web Worker) or inline (tests, no-worker fallback). */
export interface CoreRunner {
  run(request: CoreRequest): Promise<CoreResult>;
  dispose?(): void;
}
