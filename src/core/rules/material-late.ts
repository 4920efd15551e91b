/**
 * material-late: a material's Delivery is later than the Start of an item it is Needed For (date-only
 * Delivery = 00:00 that day; a date-only item = 00:00 of its Date), or later than its Needed By.
 * Its items are all the items the material is needed for (contract §5), not only those it misses.
 */
import type { CellRef, Item, Model } from "../model";
import type { Conflict } from "../report";
import { MINUTES_PER_DAY, formatDuration } from "../time";
import type { Rule } from "./rule";
import { dayText, finding, idsInOrder, isActive, isTimed, itemCells, momentText, isoDay } from "./common";

/** When an item needs its materials: its Start, or 00:00 of its Date. */
export function neededAt(item: Item): number {
  return isTimed(item) ? item.start : (item.date as number) * MINUTES_PER_DAY;
}

/**
 * The latest Delivery as the suggestion gives it. Midnight (a date-only Needed By or item needs it from 00:00) reads
 * as the end of the day before, which "by 00:00 Wed" is but does not sound like.
 */
function deliverBy(latest: number): string {
  if (latest % MINUTES_PER_DAY !== 0) return momentText(latest);
  const day = latest / MINUTES_PER_DAY;
  return `the end of ${dayText(day - 1)} (it is needed from 00:00 ${dayText(day)})`;
}

export const materialLate: Rule = {
  id: "material-late",
  severity: "error",
  description: "A delivery arrives after the item that needs it starts, or after its Needed By date.",
  check(model: Model): Conflict[] {
    const out: Conflict[] = [];
    for (const material of model.materials) {
      if (!Number.isFinite(material.delivery)) continue;
      const lateFor: Item[] = [];
      const neededFor: Item[] = [];
      const seen = new Set<Item>();
      let latest =
        material.neededBy !== undefined && material.delivery > material.neededBy ? material.neededBy : Infinity;
      for (const id of material.neededFor) {
        const item = model.itemById.get(id);
        if (!item || seen.has(item) || !isActive(item)) continue;
        seen.add(item);
        neededFor.push(item);
        const need = neededAt(item);
        if (material.delivery > need) {
          lateFor.push(item);
          latest = Math.min(latest, need);
        }
      }
      if (latest === Infinity) continue;
      const first =
        neededFor.length > 0
          ? [...neededFor].sort((a, b) => neededAt(a) - neededAt(b) || a.index - b.index)[0]
          : undefined;
      const date = first ? (first.date as number) : Math.floor((material.neededBy as number) / MINUTES_PER_DAY);
      const eta = material.deliveryDateOnly
        ? isoDay(Math.floor(material.delivery / MINUTES_PER_DAY))
        : momentText(material.delivery);
      const vendor = material.vendor ? ` from ${material.vendor}` : "";
      const needs =
        lateFor.length > 0 ? `${lateFor.length === 1 ? "item" : "items"} ${idsInOrder(lateFor).join(", ")}` : "";
      const byText =
        material.neededBy !== undefined && material.delivery > material.neededBy
          ? `Needed By ${material.neededByDateOnly ? `${isoDay(Math.floor(material.neededBy / MINUTES_PER_DAY))} (a date: from 00:00)` : momentText(material.neededBy)}`
          : "";
      const late = material.delivery - latest;
      const cells: CellRef[] = [];
      for (const col of ["Delivery", "Needed For", "Needed By", "Item"]) {
        const cell = material.cells[col];
        if (cell) cells.push({ sheet: material.sheet, cell });
      }
      for (const item of [...lateFor].sort((a, b) => a.index - b.index))
        cells.push(...itemCells(item, ["Start", "Date"]));
      out.push(
        finding(
          {
            type: "material-late",
            severity: "error",
            items: idsInOrder(neededFor),
            date: isoDay(date),
            message:
              `${material.item}${vendor} arrives ${eta}, ${formatDuration(late)} too late for ` +
              [needs, byText].filter(Boolean).join(" and ") +
              ".",
            suggestion: `Get ${material.item} delivered by ${deliverBy(latest)}.`,
            magnitude: late,
            cells,
          },
          neededFor,
        ),
      );
    }
    return out;
  },
};
