/**
 * Breakdown categories -> workbook roles. Names decide first: the Universal Category IDs above 100
 * are numbered differently in the standard's list and in its own full sample, so only 0-6 and 100
 * are trusted as numbers.
 */
import type { CategoryKind } from "./types";

const BY_UCID: Record<number, CategoryKind> = {
  0: "set",
  1: "ie",
  2: "dn",
  3: "scriptDay",
  4: "unit",
  5: "sequence",
  6: "location",
  100: "cast",
};

const BY_NAME: [RegExp, CategoryKind][] = [
  [/^(set|sets|set name)$/, "set"],
  [/^(int\/?ext|i\/?e|interior\/?exterior)$/, "ie"],
  [/^(day\/?night|d\/?n|time of day)$/, "dn"],
  [/^script ?day$/, "scriptDay"],
  [/^unit$/, "unit"],
  [/^sequence$/, "sequence"],
  [/^(location|locations|shooting location)$/, "location"],
  [/^(cast|cast members?|principal cast|actors?|talent)$/, "cast"],
  [/^vehicles?$|picture (car|vehicle)s?/, "vehicle"],
  [/equipment|^camera|^grip|^electric|^lighting|^sound$/, "equipment"],
  [/^(additional labor|additional labour|animal (handler|wrangler)s?|security|crew)$/, "crew"],
];

/** What a category is, from its name, else its Universal Category ID. */
export function categoryKind(name: string | undefined, ucid: number | undefined): CategoryKind {
  const n = (name ?? "").trim().toLowerCase().replace(/\s+/g, " ");
  for (const [re, kind] of BY_NAME) if (re.test(n)) return kind;
  if (ucid !== undefined && ucid in BY_UCID) return BY_UCID[ucid];
  return "other";
}

/** Categories the exporter writes: name and Universal Category ID (the standard's list). */
export const EXPORT_CATEGORIES: Record<
  Exclude<CategoryKind, "other" | "scriptDay" | "unit" | "sequence">,
  { name: string; ucid: number }
> = {
  set: { name: "Set", ucid: 0 },
  ie: { name: "INT/EXT", ucid: 1 },
  dn: { name: "Day/Night", ucid: 2 },
  location: { name: "Location", ucid: 6 },
  cast: { name: "Cast Members", ucid: 100 },
  vehicle: { name: "Vehicles", ucid: 103 },
  equipment: { name: "Special Equipment", ucid: 117 },
  crew: { name: "Additional Labor", ucid: 118 },
};
