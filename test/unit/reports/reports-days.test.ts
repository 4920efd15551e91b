/**
 * The numeric paths of the DOOD and call sheets: items grouped by shoot day from the columns, entries
 * shared between sheets, the packed shooting-order sort and the scene cast labels.
 */
import { buildCallSheets } from "../../../src/core/callsheet";
import { computeDood, shootDayGroups, shootDays } from "../../../src/core/dood";
import type { Model } from "../../../src/core/model";
import { isoDate } from "../../../src/core/time";
import { ModelBuilder, day } from "../../helpers/model-builder";

const MAR = (d: number) => `2026-03-${String(d).padStart(2, "0")}`;

function sheets(model: Model) {
  return buildCallSheets(model, computeDood(model), (date) => `CS ${isoDate(date)}`);
}

describe("shootDayGroups", () => {
  test("dates out of order: days sorted, each day's items in schedule order, cancelled and dateless left out", () => {
    const b = new ModelBuilder();
    b.item({ id: "a", date: MAR(5) });
    b.item({ id: "b", date: MAR(2) });
    b.item({ id: "c", date: MAR(5), status: "Cancelled" });
    b.item({ id: "d", date: MAR(3) });
    b.item({ id: "e", date: MAR(2) });
    b.item({ id: "f", date: MAR(5) });
    const model = b.build();
    model.items[3].date = null;
    const { days, dayStart, dayItems } = shootDayGroups(model);
    expect(days).toEqual([day(MAR(2)), day(MAR(5))]);
    const ids = days.map((_, j) => [...dayItems.subarray(dayStart[j], dayStart[j + 1])].map((p) => model.items[p].id));
    expect(ids).toEqual([
      ["b", "e"],
      ["a", "f"],
    ]);
  });

  test("dates in order: one group per date", () => {
    const b = new ModelBuilder();
    for (const d of [1, 1, 2, 4, 4, 4]) b.item({ date: MAR(d) });
    const { days, dayStart } = shootDayGroups(b.build());
    expect(days.map(isoDate)).toEqual([MAR(1), MAR(2), MAR(4)]);
    expect([...dayStart]).toEqual([0, 2, 3, 6]);
  });

  test("shootDays gives a copy the caller may change", () => {
    const b = new ModelBuilder();
    b.item({ date: MAR(3) });
    b.item({ date: MAR(1) });
    const model = b.build();
    shootDays(model).reverse();
    expect(shootDays(model)).toEqual([day(MAR(1)), day(MAR(3))]);
  });
});

describe("call sheet entries shared between days", () => {
  test("a crew member's call on each day is that day's, through more call times than are kept", () => {
    const b = new ModelBuilder().resource({ id: "G1", type: "crew", department: "Grip" });
    const starts = ["06:00", "07:00", "06:00", "08:00", "09:00", "10:00", "11:00", "06:00", "07:00"];
    starts.forEach((start, k) => b.item({ date: MAR(k + 1), start, end: "18:00", crew: ["G1"] }));
    b.item({ date: MAR(20), crew: ["G1"] });
    const out = sheets(b.build());
    expect(out.map((s) => s.crew[0].call)).toEqual([...starts, null]);
    expect(out.map((s) => s.crewCall)).toEqual([...starts, null]);
  });

  test("a cast member with the same call on two days keeps each day's DOOD code", () => {
    const b = new ModelBuilder().resource({ id: "1", name: "Ada" });
    for (const d of [1, 2, 3]) b.item({ date: MAR(d), start: "07:00", end: "12:00", cast: ["1"] });
    const out = sheets(b.build());
    expect(out.map((s) => [s.cast[0].call, s.cast[0].status])).toEqual([
      ["07:00", "SW"],
      ["07:00", "W"],
      ["07:00", "WF"],
    ]);
  });

  test("the advance schedule lists the next day's scenes", () => {
    const b = new ModelBuilder().resource({ id: "1" });
    b.item({ id: "A", date: MAR(1), start: "08:00", end: "09:00", cast: ["1"], scene: "1" });
    b.item({ id: "B", date: MAR(2), start: "10:00", end: "11:00", cast: ["1"], scene: "2" });
    b.item({ id: "C", date: MAR(2), start: "07:00", end: "08:00", scene: "3" });
    const out = sheets(b.build());
    expect(out[0].advance?.scenes.map((s) => s.item)).toEqual(["C", "B"]);
    expect(out[0].advance?.scenes).toEqual(out[1].scenes);
    expect(out[1].advance).toBeUndefined();
  });
});

describe("scene order and cast", () => {
  test("times that are not whole minutes still order by Start, date-only last, ties by schedule order", () => {
    const b = new ModelBuilder();
    for (const id of ["late", "none1", "early", "tie1", "none2", "tie2"]) b.item({ id, date: MAR(2) });
    const model = b.build();
    const set = (id: string, start: number) => {
      const item = model.items.find((i) => i.id === id);
      if (item) item.callOnly = day(MAR(2)) * 1440 + start;
    };
    set("late", 600.5);
    set("early", 420.25);
    set("tie1", 500);
    set("tie2", 500);
    expect(sheets(model)[0].scenes.map((s) => s.item)).toEqual(["early", "tie1", "tie2", "late", "none1", "none2"]);
  });

  test("whole-minute times sort the same way", () => {
    const b = new ModelBuilder();
    b.item({ id: "x", date: MAR(2), start: "09:00", end: "10:00" });
    b.item({ id: "y", date: MAR(2) });
    b.item({ id: "z", date: MAR(2), start: "07:00", end: "08:00" });
    b.item({ id: "w", date: MAR(2), start: "09:00", end: "09:30" });
    expect(sheets(b.build())[0].scenes.map((s) => s.item)).toEqual(["z", "x", "w", "y"]);
  });

  test("scene cast labels when items share one Cast array and when the Cast keys do not lead the resources", () => {
    const b = new ModelBuilder()
      .resource({ id: "1", name: "Ada" })
      .resource({ id: "2", name: "Bo" })
      .resource({ id: "G1", type: "crew" });
    b.item({ id: "A", date: MAR(2), cast: ["1", "2"] });
    b.item({ id: "B", date: MAR(2), cast: ["2"] });
    b.item({ id: "C", date: MAR(3), crew: ["G1"], cast: ["2"] });
    const model = b.build();
    // B shares A's Cast array (as the parser does for equal cells); C lists its crew before its cast.
    model.items[1].cast = model.items[0].cast;
    model.items[1].resourceKeys = model.items[0].resourceKeys;
    model.items[2].resourceKeys = [...model.items[2].crew, ...model.items[2].cast];
    const out = sheets(model);
    expect(out[0].scenes.map((s) => s.cast)).toEqual([
      ["1", "2"],
      ["1", "2"],
    ]);
    expect(out[1].scenes[0].cast).toEqual(["2"]);
  });
});
