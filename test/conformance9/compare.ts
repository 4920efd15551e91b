/**
 * How set 9 compares: the identity of a finding, and the named exclusions (points where the engine and the
 * oracle read the contract differently; see SECTION.md). An exclusion drops the finding on both sides.
 */
import type { Finding, OProduction } from "./oracle";

export function key(c: Pick<Finding, "type" | "severity" | "resource" | "items" | "date">): string {
  return [c.type, c.severity, c.resource ?? "(none)", c.items.join(","), c.date ?? "(none)"].join(" | ");
}

export const EXCLUSIONS: { name: string; applies: (f: Finding, p: OProduction) => boolean }[] = [];

export function excluded(f: Finding, p: OProduction): string | undefined {
  return EXCLUSIONS.find((x) => x.applies(f, p))?.name;
}
