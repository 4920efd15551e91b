/** A rule: metadata plus a pure function from the model to conflicts (ESLint-style). */
import type { Model } from "../model";
import type { Conflict, ConflictType, Severity } from "../report";

export interface Rule {
  id: ConflictType;
  severity: Severity;
  /** One sentence a coordinator understands. */
  description: string;
  check(model: Model): Conflict[];
}
