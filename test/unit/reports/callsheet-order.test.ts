/** Call sheets built from the schedule columns: shooting order, call-only Starts, per-day values. */
import { buildCallSheets } from "../../../src/core/callsheet";
import { computeDood } from "../../../src/core/dood";
import type { Model } from "../../../src/core/model";
import { ModelBuilder } from "../../helpers/model-builder";

const D1 = "2026-03-02";
const D2 = "2026-03-03";

const build = (model: Model) => buildCallSheets(model, computeDood(model), (date) => `CS ${date}`);

describe("call sheets from the schedule columns", () => {
  test("times with seconds (not whole minutes) still sort by time, date-only last, ties by schedule order", () => {
    const b = new ModelBuilder();
    b.item({ id: "late", date: D1, start: "10:00", end: "11:00" })
      .item({ id: "none", date: D1 })
      .item({ id: "early", date: D1, start: "08:00", end: "09:00" })
      .item({ id: "tie", date: D1, start: "08:00", end: "09:00" });
    const m = b.build();
    m.items[0].start = (m.items[0].start as number) + 0.5;
    const [sheet] = build(m);
    expect(sheet.scenes.map((s) => s.item)).toEqual(["early", "tie", "late", "none"]);
    expect(sheet.items).toEqual(["late", "none", "early", "tie"]);
  });

  test("a Start written without End orders the day and calls the cast like a timed one", () => {
    const b = new ModelBuilder().resource({ id: "1", type: "cast" });
    b.item({ id: "timed", date: D1, start: "09:00", end: "10:00" }).item({ id: "callOnly", date: D1, cast: ["1"] });
    const m = b.build();
    m.items[1].callOnly = m.items[0].date! * 1440 + 7 * 60;
    const [sheet] = build(m);
    expect(sheet.scenes.map((s) => [s.item, s.start])).toEqual([
      ["callOnly", "07:00"],
      ["timed", "09:00"],
    ]);
    expect(sheet.cast.map((c) => c.call)).toEqual(["07:00"]);
    expect(sheet.crewCall).toBe("07:00");
  });

  test("Shoot Day and pages come from the items in schedule order, not shooting order", () => {
    const b = new ModelBuilder();
    b.item({ id: "A", date: D1, start: "12:00", end: "13:00", shootDay: 3, eighths: 3 })
      .item({ id: "B", date: D1, start: "08:00", end: "09:00", shootDay: 4, eighths: 6 })
      .item({ id: "C", date: D2, start: "08:00", end: "09:00", shootDay: 5 });
    const [d1, d2] = build(b.build());
    expect(d1.shootDay).toBe(3);
    expect(d1.totalPages).toBe("1 1/8");
    expect(d1.advance?.shootDay).toBe(5);
    expect(d2.totalPages).toBeUndefined();
  });

  test("items sharing one Cast array get the same labels; a key with no resource row is shown as written", () => {
    const b = new ModelBuilder().resource({ id: "1", type: "cast" }).resource({ id: "2", type: "cast" });
    b.item({ id: "A", date: D1, cast: ["1", "2"] })
      .item({ id: "B", date: D2, cast: ["1", "2"] })
      .item({ id: "C", date: D2, cast: ["2"] });
    const m = b.build();
    m.items[1].cast = m.items[0].cast;
    m.items[2].cast = ["name:Guest", ...m.items[2].cast];
    m.items[2].resourceKeys = [...m.items[2].cast];
    const sheets = build(m);
    expect(sheets.map((s) => s.scenes.map((scene) => scene.cast))).toEqual([
      [["1", "2"]],
      [
        ["1", "2"],
        ["name:Guest", "2"],
      ],
    ]);
  });
});
