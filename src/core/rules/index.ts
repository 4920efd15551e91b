/** The rule registry. STUB: replaced by the rules work. */
import type { Model } from "../model";
import type { Conflict } from "../report";
import type { Rule } from "./rule";

export const rules: Rule[] = [];

export function runRules(model: Model): Conflict[] {
  return rules.flatMap((r) => r.check(model));
}
