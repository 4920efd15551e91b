/** The Office.js adapter: everything that talks to Excel through a RequestContext. */
export { readSnapshot, readWorkbook, snapshotValue, type AddedState } from "./snapshot";
export { applyPlan, clearAdded, selectCells, charsToPoints, pointsToChars, type ApplyResult } from "./apply";
export { runCheck, readThenApply, type RunOptions, type RunResult } from "./run";
export { loadSettings, saveSettings } from "./settings";
export { friendlyError, errorCode } from "./errors";
export { needsTextGuard, toExcelValue } from "./textsafe";
export {
  SHEET_MARKER_KEY,
  GENERATED_REGISTRY_SETTING,
  USER_SETTINGS_SETTING,
  highlightFormula,
  isHighlightFormula,
} from "./markers";
