/** STUB */
import type { Model } from "./model";
import type { CallSheet, Dood } from "./report";
export function buildCallSheets(_model: Model, _dood: Dood, _sheetName: (date: number, shootDay?: number) => string): CallSheet[] {
  return [];
}
