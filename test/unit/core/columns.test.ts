import { ACTIVE, DEPENDS, TIMED, columnsFromItems, scheduleColumns } from "../../../src/core/columns";
import { ModelBuilder, at, day } from "../../helpers/model-builder";
import { parseWorkbook } from "../../../src/core/parse";
import { rangeSheet, workbook } from "../parse/snapshot-helpers";

function sample() {
  const b = new ModelBuilder()
    .resource({ id: "1", name: "Ava Marsh", type: "cast" })
    .resource({ id: "C1", name: "Grip One", type: "crew" })
    .resource({ name: "Mill House", type: "location" });
  b.item({
    id: "S1",
    date: "2026-03-02",
    start: "07:00",
    end: "09:00",
    cast: ["1"],
    crew: ["C1"],
    location: "Mill House",
  });
  b.item({ id: "S2", date: "2026-03-02", crew: ["C1"] });
  b.item({ id: "S3", date: "2026-03-03", start: "22:00", end: "02:00", cast: ["1"], status: "Cancelled" });
  return b.build();
}

describe("schedule columns", () => {
  test("numbers per item: date, times only when timed, flags for active and timed", () => {
    const c = columnsFromItems(sample());
    expect(c.count).toBe(3);
    expect([...c.date]).toEqual([day("2026-03-02"), day("2026-03-02"), day("2026-03-03")]);
    expect(c.start[0]).toBe(at("2026-03-02 07:00"));
    expect(c.end[0]).toBe(at("2026-03-02 09:00"));
    expect(Number.isNaN(c.start[1])).toBe(true);
    expect([...c.flags]).toEqual([ACTIVE | TIMED, ACTIVE, 0]);
    // The call keeps a cancelled item's Start (the call sheet decides what to show).
    expect(c.call[0]).toBe(at("2026-03-02 07:00"));
    expect(Number.isNaN(c.call[1])).toBe(true);
    expect(c.call[2]).toBe(at("2026-03-03 22:00"));
  });

  test("Depends On as a flag, a finite Deadline, and places folded like the travel rule compares them", () => {
    const model = sample();
    const [s1, s2, s3] = model.items;
    s1.dependsOn = ["S9"];
    s1.deadline = at("2026-03-02 18:00");
    s2.deadline = Infinity;
    s2.location = "  mill HOUSE ";
    s3.location = "   ";
    const c = columnsFromItems(model);
    expect([...c.flags]).toEqual([ACTIVE | TIMED | DEPENDS, ACTIVE, 0]);
    expect(c.deadline[0]).toBe(at("2026-03-02 18:00"));
    expect([Number.isNaN(c.deadline[1]), Number.isNaN(c.deadline[2])]).toEqual([true, true]);
    expect([...c.place]).toEqual([0, 0, -1]);
    expect(c.places).toEqual(["mill house"]);
  });

  test("Depends On resolved to positions, one entry per ID as written (-1: no such item)", () => {
    const model = sample();
    const [s1, s2, s3] = model.items;
    s1.dependsOn = ["S9"];
    s2.dependsOn = ["S1", "S3", "S1"];
    s3.dependsOn = [];
    const c = columnsFromItems(model);
    const predsOf = (i: number) => [...c.predIds.subarray(c.predStart[i], c.predStart[i + 1])];
    expect([predsOf(0), predsOf(1), predsOf(2)]).toEqual([[-1], [0, 2, 0], []]);
  });

  test("the parser resolves Depends On IDs to item positions; a Scene number is no ID", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["Scene", "Date", "Depends On"],
          ["12", "2026-03-02", ""],
          ["14", "2026-03-03", "row:2, 12, 99"],
        ]),
      ),
    );
    const c = scheduleColumns(m);
    expect(m.items[1].dependsOn).toEqual(["row:2", "12", "99"]);
    expect([...c.predIds.subarray(c.predStart[1], c.predStart[2])]).toEqual([0, -1, -1]);
  });

  test("each item's resources as positions, in resourceKeys order", () => {
    const model = sample();
    const c = columnsFromItems(model);
    const keysOf = (i: number) =>
      [...c.resourceIds.subarray(c.resourceStart[i], c.resourceStart[i + 1])].map((id) => c.resources[id].key);
    model.items.forEach((item, i) => expect(keysOf(i)).toEqual(item.resourceKeys));
  });

  test("a key without a resource row gets one made-up resource, shared by every item naming it", () => {
    const model = sample();
    model.items[0].resourceKeys = [...model.items[0].resourceKeys, "ghost"];
    model.items[1].resourceKeys = ["ghost"];
    const c = columnsFromItems(model);
    const ghost = c.resourceIds[c.resourceStart[1]];
    expect(c.resources[ghost]).toMatchObject({ key: "ghost", type: "other", capacity: 1, synthetic: true });
    expect(c.resourceIds[c.resourceStart[1] - 1]).toBe(ghost);
    expect(c.resources.length).toBe(model.resources.length + 1);
  });

  test("scheduleColumns prefers the parser's columns and builds the others once", () => {
    const model = sample();
    const first = scheduleColumns(model);
    expect(scheduleColumns(model)).toBe(first);
    const own = columnsFromItems(sample());
    expect(scheduleColumns({ ...model, columns: own })).toBe(own);
  });
});
