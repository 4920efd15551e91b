/**
 * Report readings no other test pinned (found by mutation testing of src/core/dood.ts, costs.ts, callsheet.ts,
 * priorities.ts and shoot-day.ts): each test says which contract sentence (§5, §7) or documented reading
 * (docs/workbook-format.md, docs/call-sheets.md, docs/prioritization.md) it holds the reports to.
 */
import { buildCallSheets } from "../../../src/core/callsheet";
import { computeDood, savedDoodTypes } from "../../../src/core/dood";
import type { Model } from "../../../src/core/model";
import { dayName } from "../../../src/core/shoot-day";
import { isoDate } from "../../../src/core/time";
import { ModelBuilder } from "../../helpers/model-builder";

const D1 = "2026-03-02";

function callSheets(model: Model) {
  return buildCallSheets(model, computeDood(model), (date) => `CS ${isoDate(date)}`);
}

describe("saved DOOD rows", () => {
  // docs/workbook-format.md (DOOD rows for other types): the saved `doodTypes`, or undefined when none are saved;
  // a workbook without settings (null, as a JSON reader gives it) is no crash.
  test.each<[unknown]>([[null], [undefined], ["cast"], [0]])("savedDoodTypes(%j) is undefined", (settings) => {
    expect(savedDoodTypes(settings)).toBeUndefined();
  });
});

describe("call sheet locations: crew parking", () => {
  // docs/call-sheets.md: "`Crew Parking` (`Parking`; each location's own first)".
  test("each location's own parking, else the production's", () => {
    const b = new ModelBuilder()
      .resource({ name: "Mill", type: "location" })
      .resource({ name: "Farm", type: "location" });
    b.item({ id: "A", date: D1, start: "08:00", end: "09:00", location: "Mill" });
    b.item({ id: "B", date: D1, start: "10:00", end: "11:00", location: "Farm" });
    const m = b.build();
    m.resources[1].parking = "Farm yard";
    m.production = { "Crew Parking": "Lot B" };
    expect(callSheets(m)[0].locations.map((l) => [l.name, l.parking])).toEqual([
      ["Mill", "Lot B"],
      ["Farm", "Farm yard"],
    ]);
  });
});

describe("a day's short name (DOOD header, Cost Report)", () => {
  // src/core/shoot-day.ts, as docs/call-sheets.md names days: its Shoot Day, else the number its call sheet is named
  // with, its words, else its place among the shoot days ("Day 3").
  test.each<[{ dayNumber: number; shootDay?: number; continuedDay?: number; dayLabel?: string }, string]>([
    [{ dayNumber: 3 }, "Day 3"],
    [{ dayNumber: 3, continuedDay: 5 }, "Day 5"],
    [{ dayNumber: 3, shootDay: 21, continuedDay: 5 }, "Day 21"],
    [{ dayNumber: 3, dayLabel: "Pre-light" }, "Pre-light"],
  ])("%j -> %s", (cs, text) => expect(dayName(cs)).toBe(text));
});
