/** STUB */
import type { Model } from "./model";
import type { Conflict, Priority } from "./report";
export function prioritize(_model: Model, _conflicts: Conflict[]): Priority[] {
  return [];
}
