/** STUB: replaced by the parsing work. */
import type { Model } from "../model";
import type { WorkbookSnapshot } from "../snapshot";

export function parseWorkbook(_snapshot: WorkbookSnapshot): Model {
  throw new Error("parseWorkbook not implemented yet");
}
