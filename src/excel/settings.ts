/** The user's settings (table roles, rule-set edits, colours), saved in the workbook. */
import type { WorkbookSettings } from "../core/snapshot";
import { USER_SETTINGS_SETTING } from "./markers";

export async function loadSettings(context: Excel.RequestContext): Promise<WorkbookSettings> {
  const item = context.workbook.settings.getItemOrNullObject(USER_SETTINGS_SETTING).load("value");
  await context.sync();
  if (item.isNullObject || !item.value || typeof item.value !== "object") return {};
  return item.value as WorkbookSettings;
}

export async function saveSettings(context: Excel.RequestContext, settings: WorkbookSettings): Promise<void> {
  // A JSON round trip drops undefined fields and fails early on anything unserialisable.
  context.workbook.settings.add(USER_SETTINGS_SETTING, JSON.parse(JSON.stringify(settings)));
  await context.sync();
}
