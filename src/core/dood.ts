/** STUB */
import type { Model } from "./model";
import type { Dood } from "./report";
export function computeDood(_model: Model): Dood {
  return { days: [], rows: [] };
}
