/** The Excel host, plus a tick after every call that can change the workbook, so the workbook view redraws. */
import type { WorkbookHost } from "../taskpane/host";

export function observed(host: WorkbookHost, changed: () => void): WorkbookHost {
  const after =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await fn(...args);
      } finally {
        changed();
      }
    };
  return {
    ...host,
    applyPlan: after(host.applyPlan),
    ...(host.readThenApply ? { readThenApply: after(host.readThenApply) } : {}),
    clearAdded: after(host.clearAdded),
    selectCells: after(host.selectCells),
    saveSettings: after(host.saveSettings),
    ...(host.writeUserSheets ? { writeUserSheets: after(host.writeUserSheets) } : {}),
  };
}
