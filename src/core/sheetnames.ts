/** Names for generated sheets: Excel's rules, and never the name of a user's sheet. */
import { textPrefix } from "./text";

const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;

/** Make any text a legal sheet name (31 chars, none of : \ / ? * [ ], no leading/trailing '). */
export function legalSheetName(name: string): string {
  let s = name
    .replace(FORBIDDEN, "-")
    .replace(/^'+|'+$/g, "")
    .trim();
  if (!s) s = "Sheet";
  if (s.toLowerCase() === "history") s = "History (PC)";
  return textPrefix(s, MAX_SHEET_NAME).trim();
}

/**
 * Allocates generated-sheet names: a wanted name taken by a user sheet (case-insensitively) gets
 * " (2)", " (3)", ...; names already given in this run are not reused.
 */
export class SheetNameAllocator {
  private readonly taken = new Set<string>();

  constructor(userSheetNames: Iterable<string>) {
    for (const n of userSheetNames) this.taken.add(n.toLowerCase());
  }

  allocate(wanted: string): string {
    const base = legalSheetName(wanted);
    let name = base;
    for (let i = 2; this.taken.has(name.toLowerCase()); i++) {
      const suffix = ` (${i})`;
      name = textPrefix(base, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    }
    this.taken.add(name.toLowerCase());
    return name;
  }
}

/** Wanted name of a day's call sheet (contract §8). */
export function callSheetName(isoDate: string, shootDay: number | undefined, hasShootDayColumn: boolean): string {
  return hasShootDayColumn && shootDay !== undefined ? `Call Sheet Day ${shootDay}` : `Call Sheet ${isoDate}`;
}
