/** The host over Office.js (real Excel, or the simulated Excel in the preview): one Excel.run per action. */
import { applyPlan, clearAdded, friendlyError, readSnapshot, readThenApply, saveSettings, selectCells } from "../excel";
import { codedError } from "../excel/errors";
import { writeUserSheets } from "../excel/import-sheets";
import type { WorkbookHost } from "./host";

/** Relative luminance of #RRGGBB below this is a dark theme. */
const DARK_LUMINANCE = 0.4;

export function isDarkColor(color: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? "");
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < DARK_LUMINANCE;
}

export function officeTheme(): "light" | "dark" {
  const office = (
    globalThis as { Office?: { context?: { officeTheme?: { bodyBackgroundColor?: string; isDarkTheme?: boolean } } } }
  ).Office;
  const theme = office?.context?.officeTheme;
  if (!theme) return "light";
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme ? "dark" : "light";
  return isDarkColor(theme.bodyBackgroundColor) ? "dark" : "light";
}

/**
 * Several areas ("A2:M2,A5:M5") are selected together where Excel can (RangeAreas.select, ExcelApi 1.9);
 * elsewhere the first area is selected.
 */
async function selectAreas(context: Excel.RequestContext, sheet: string, address: string): Promise<void> {
  const areas = address.split(",").filter(Boolean);
  if (areas.length > 1) {
    const ws = context.workbook.worksheets.getItem(sheet);
    const ranges = ws.getRanges(address) as Excel.RangeAreas & { select?: () => void };
    if (typeof ranges.select === "function") {
      ws.activate();
      ranges.select();
      await context.sync();
      return;
    }
  }
  await selectCells(context, sheet, areas[0] ?? address);
}

export function createExcelHost(): WorkbookHost {
  return {
    readSnapshot: () => Excel.run((context) => readSnapshot(context)),
    applyPlan: (plan) => Excel.run((context) => applyPlan(context, plan)),
    readThenApply: (makePlan) => Excel.run((context) => readThenApply(context, makePlan)),
    clearAdded: (options) => Excel.run((context) => clearAdded(context, options)),
    selectCells: (sheet, address) => Excel.run((context) => selectAreas(context, sheet, address)),
    saveSettings: (settings) => Excel.run((context) => saveSettings(context, settings)),
    writeUserSheets: (sheets) => Excel.run((context) => writeUserSheets(context, sheets)),
    async watchSheets(sheets, onChange) {
      const registrations = await Excel.run(async (context) => {
        if (!("onChanged" in context.workbook.worksheets.getItem(sheets[0]))) {
          throw codedError("LiveCheckUnsupported", "this Excel cannot report sheet changes (needs ExcelApi 1.7).");
        }
        const results = sheets.map((name) =>
          context.workbook.worksheets.getItem(name).onChanged.add(async () => onChange()),
        );
        await context.sync();
        return results;
      });
      return async () => {
        if (registrations.length === 0) return;
        await Excel.run(registrations[0].context, async (context) => {
          for (const r of registrations) r.remove();
          await context.sync();
        });
      };
    },
    friendlyError,
    theme: officeTheme,
  };
}
