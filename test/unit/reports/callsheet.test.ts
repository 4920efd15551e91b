import { buildCallSheets, eighthsText } from "../../../src/core/callsheet";
import { parseWorkbook } from "../../../src/core/parse";
import { rangeSheet, workbook } from "../parse/snapshot-helpers";
import { computeDood } from "../../../src/core/dood";
import type { Model } from "../../../src/core/model";
import { isoDate } from "../../../src/core/time";
import { ModelBuilder, at } from "../../helpers/model-builder";

const D1 = "2026-03-02";
const D2 = "2026-03-03";
const D3 = "2026-03-05";

function sheets(model: Model) {
  const names: [string, number | undefined][] = [];
  const out = buildCallSheets(model, computeDood(model), (date, shootDay) => {
    names.push([isoDate(date), shootDay]);
    return `CS ${isoDate(date)}`;
  });
  return { out, names };
}

describe("eighthsText", () => {
  test.each([
    [0, "0"],
    [1, "1/8"],
    [3, "3/8"],
    [7, "7/8"],
    [8, "1"],
    [9, "1 1/8"],
    [12, "1 4/8"],
    [16, "2"],
    [17, "2 1/8"],
  ])("%d eighths -> %s", (n, text) => expect(eighthsText(n)).toBe(text));
});

describe("cast calls", () => {
  test.each([
    ["first start minus lead time", "07:00", "12:00", 90, "05:30", {}],
    ["no lead time", "07:00", "12:00", 0, "07:00", {}],
    // The call is the evening before the sheet's date: said so, for the print to name its day.
    ["lead time crosses midnight", "00:30", "04:00", 60, "23:30", { callDayOffset: -1 }],
    ["near miss: lead time to just after midnight", "01:30", "04:00", 60, "00:30", {}],
    ["night shoot", "20:00", "04:00", 45, "19:15", {}],
  ])("%s", (_name, start, end, lead, call, offset) => {
    const b = new ModelBuilder().resource({ id: "1", name: "Ada", role: "Eve", leadTimeMin: lead });
    b.item({ id: "A", date: D1, start, end, cast: ["1"] });
    const [cs] = sheets(b.build()).out;
    expect(cs.cast).toEqual([{ resource: "1", name: "Ada", role: "Eve", status: "SWF", call, ...offset }]);
  });

  test("the earliest of several starts is used, whatever the schedule order", () => {
    const b = new ModelBuilder().resource({ id: "1", leadTimeMin: 30 });
    b.item({ id: "late", date: D1, start: "14:00", end: "16:00", cast: ["1"] });
    b.item({ id: "early", date: D1, start: "08:00", end: "10:00", cast: ["1"] });
    expect(sheets(b.build()).out[0].cast[0].call).toBe("07:30");
  });

  test("only date-only items: call is null; a Start with no End still gives a call", () => {
    const b = new ModelBuilder().resource({ id: "1" }).resource({ id: "2" });
    b.item({ id: "A", date: D1, cast: ["1", "2"] });
    b.item({ id: "B", date: D1, cast: ["2"] });
    const model = b.build();
    model.items[1].callOnly = at(`${D1} 09:15`);
    const [cs] = sheets(model).out;
    expect(cs.cast.map((c) => [c.resource, c.call])).toEqual([
      ["1", null],
      ["2", "09:15"],
    ]);
  });

  test("cast in cast-table order with DOOD status per day", () => {
    const b = new ModelBuilder().resource({ id: "2" }).resource({ id: "1" });
    b.item({ id: "A", date: D1, start: "08:00", end: "09:00", cast: ["1", "2"] });
    b.item({ id: "B", date: D2, start: "08:00", end: "09:00", cast: ["1"] });
    b.item({ id: "C", date: D3, start: "08:00", end: "09:00", cast: ["1", "2"] });
    const { out } = sheets(b.build());
    expect(out.map((s) => s.cast.map((c) => `${c.resource}:${c.status}`))).toEqual([
      ["2:SW", "1:SW"],
      ["1:W"],
      ["2:WF", "1:WF"],
    ]);
  });
});

describe("crew and general crew call", () => {
  test("crew grouped by department in first-appearance order, then table order; crew call is the unit call", () => {
    const b = new ModelBuilder()
      .resource({ id: "C1", name: "Cam Op", type: "crew", department: "Camera" })
      .resource({ id: "G1", name: "Key Grip", type: "crew", department: "Grip", leadTimeMin: 60 })
      .resource({ id: "C2", name: "Focus", type: "crew", department: "Camera" })
      .resource({ id: "X", name: "Runner", type: "crew" })
      .resource({ id: "1", type: "cast", leadTimeMin: 120 });
    b.item({ id: "A", date: D1, start: "08:00", end: "12:00", crew: ["X", "G1", "C2", "C1"], cast: ["1"] });
    const [cs] = sheets(b.build()).out;
    expect(cs.crew.map((c) => [c.resource, c.department, c.call])).toEqual([
      ["C1", "Camera", "08:00"],
      ["C2", "Camera", "08:00"],
      ["G1", "Grip", "07:00"],
      ["X", undefined, "08:00"],
    ]);
    // Cast calls (06:00) do not move the general crew call, nor does the Key Grip's 60 min Prep (a pre-call).
    expect(cs.crewCall).toBe("08:00");
  });

  test.each<[string, string[], string[]]>([
    ["a heading in capitals and a cell", ["CAMERA", "Camera", "camera"], ["Camera", "Camera", "Camera"]],
    ["as first written", ["Camera", "CAMERA", "camera "], ["Camera", "Camera", "Camera"]],
    ["capitals only", ["GRIP & ELECTRIC", "Grip & electric", "GRIP & ELECTRIC"], Array(3).fill("Grip & electric")],
    ["no spelling in mixed case", ["VFX", "vfx", "VFX"], ["VFX", "VFX", "VFX"]],
  ])("one department written in several cases is one section, one spelling: %s", (_name, written, printed) => {
    const b = new ModelBuilder();
    written.forEach((department, k) => b.resource({ id: `C${k + 1}`, type: "crew", department }));
    b.item({ id: "A", date: D1, start: "08:00", end: "12:00", crew: ["C1", "C2", "C3"] });
    const [cs] = sheets(b.build()).out;
    expect(cs.crew.map((c) => c.department)).toEqual(printed);
  });
  test("pre-calls only: the general call is the crew's first Start, as it is beside other crew (not a pre-call)", () => {
    const b = new ModelBuilder()
      .resource({ id: "M1", name: "Key Makeup", type: "crew", department: "Makeup", leadTimeMin: 90 })
      .resource({ id: "W1", name: "Costumer", type: "crew", department: "Wardrobe", leadTimeMin: 45 })
      .resource({ id: "X", name: "Runner", type: "crew" });
    b.item({ id: "A", date: D1, start: "08:00", end: "12:00", crew: ["M1", "W1"] });
    // The Runner's only work is date-only: no call, so not the general call either.
    b.item({ id: "B", date: D1, crew: ["X"] });
    const [cs] = sheets(b.build()).out;
    expect(cs.crew.map((c) => c.call)).toEqual(["06:30", "07:15", null]);
    expect(cs.crewCall).toBe("08:00");
  });

  test("a pre-called crew member's strip before the others' sets the general call by its Start", () => {
    const b = new ModelBuilder()
      .resource({ id: "M1", name: "Mia", type: "crew", department: "Makeup", leadTimeMin: 90 })
      .resource({ id: "G1", name: "Gus", type: "crew", department: "Grip" });
    b.item({ id: "B1", date: D1, start: "08:00", end: "10:00", crew: ["M1"] });
    b.item({ id: "B2", date: D1, start: "10:00", end: "12:00", crew: ["G1"] });
    const [cs] = sheets(b.build()).out;
    expect(cs.crew.map((c) => c.call)).toEqual(["06:30", "10:00"]);
    expect(cs.crewCall).toBe("08:00");
  });

  // A grader's board listed crew on some strips only: the first scene at 06:30 (cast only) gave a 07:00 crew call,
  // after the first shot.
  test("a first strip listing cast only still sets the general call: the unit call is the day's first Start", () => {
    const b = new ModelBuilder()
      .resource({ id: "1", name: "Ana", type: "cast", leadTimeMin: 60 })
      .resource({ id: "G1", name: "Gus", type: "crew", department: "Grip" });
    b.item({ id: "S3", date: D1, start: "06:30", end: "07:00", cast: ["1"] });
    b.item({ id: "S4", date: D1, start: "07:00", end: "09:00", cast: ["1"], crew: ["G1"] });
    const [cs] = sheets(b.build()).out;
    expect(cs.crew.map((c) => c.call)).toEqual(["07:00"]);
    // Near miss on the other side: Ana's 05:30 make-up call is hers, not the crew's.
    expect(cs.cast.map((c) => c.call)).toEqual(["05:30"]);
    expect(cs.crewCall).toBe("06:30");
  });

  test.each([
    ["no crew: earliest start", true, "09:30"],
    ["no crew and only date-only items: null", false, null],
  ])("%s", (_name, timed, expected) => {
    const b = new ModelBuilder().resource({ id: "1" });
    if (timed) b.item({ date: D1, start: "11:00", end: "12:00" }).item({ date: D1, start: "09:30", end: "10:00" });
    else b.item({ date: D1, cast: ["1"] });
    expect(sheets(b.build()).out[0].crewCall).toBe(expected);
  });
});

describe("days, scenes and advance schedule", () => {
  function threeDays() {
    const b = new ModelBuilder().resource({ id: "1" });
    b.item({ id: "d1-late", date: D1, start: "13:00", end: "15:00", scene: "12", eighths: 12, cast: ["1"] });
    b.item({ id: "d1-dateonly", date: D1, scene: "99", eighths: 3 });
    b.item({ id: "d1-early", date: D1, start: "08:00", end: "10:00", scene: "4", eighths: 5, cast: ["1"] });
    b.item({ id: "d1-tie", date: D1, start: "08:00", end: "09:00", scene: "5" });
    b.item({ id: "x", date: D2, start: "08:00", end: "09:00", status: "Cancelled" });
    b.item({ id: "d3", date: D3, start: "07:00", end: "19:00", scene: "30" });
    return b.build();
  }

  test("one sheet per shoot day, Day N of M, cancelled-only days left out", () => {
    const { out, names } = sheets(threeDays());
    expect(out.map((s) => [s.date, s.dayNumber, s.dayCount, s.sheet])).toEqual([
      [D1, 1, 2, `CS ${D1}`],
      [D3, 2, 2, `CS ${D3}`],
    ]);
    expect(names).toEqual([
      [D1, undefined],
      [D3, undefined],
    ]);
  });

  test("items in schedule order; scenes in shooting order (start, date-only last, ties by schedule order)", () => {
    const [d1] = sheets(threeDays()).out;
    expect(d1.items).toEqual(["d1-late", "d1-dateonly", "d1-early", "d1-tie"]);
    expect(d1.scenes.map((s) => s.item)).toEqual(["d1-early", "d1-tie", "d1-late", "d1-dateonly"]);
    expect(d1.scenes[0]).toEqual({
      item: "d1-early",
      scene: "4",
      pages: "5/8",
      cast: ["1"],
      start: "08:00",
      end: "10:00",
    });
    expect(d1.totalPages).toBe("2 4/8");
  });

  test("advance schedule is the next shoot day's scenes; the last day has none", () => {
    const [d1, d3] = sheets(threeDays()).out;
    expect(d1.advance).toEqual({
      date: D3,
      scenes: [{ item: "d3", scene: "30", cast: [], start: "07:00", end: "19:00" }],
    });
    expect(d3.advance).toBeUndefined();
  });

  test("Shoot Day values are passed to the sheet namer and kept", () => {
    const b = new ModelBuilder();
    b.item({ id: "A", date: D1, shootDay: 1 }).item({ id: "B", date: D2, shootDay: 2 });
    const { out, names } = sheets(b.build());
    expect(names).toEqual([
      [D1, 1],
      [D2, 2],
    ]);
    expect(out.map((s) => s.shootDay)).toEqual([1, 2]);
    expect(out[0].advance?.shootDay).toBe(2);
    // Numbered from 1: the last is the shoot's length ("Day 1 of 2").
    expect(out.map((s) => s.shootDayCount)).toEqual([2, 2]);
  });

  test("a block of days 21 to 22 does not say how long the shoot is; 'Day 21 of 40' in a cell does", () => {
    const b = new ModelBuilder();
    b.item({ id: "A", date: D1, shootDay: 21 }).item({ id: "B", date: D2, shootDay: 22 });
    expect(sheets(b.build()).out.map((s) => s.shootDayCount)).toEqual([undefined, undefined]);
    const model = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["ID", "Shoot Day", "Date", "Start", "End"],
          ["A", "Day 21 of 40", D1, "08:00", "10:00"],
          ["B", "Day 22 of 40", D2, "08:00", "10:00"],
        ]),
      ),
    );
    expect(sheets(model).out.map((s) => [s.shootDay, s.shootDayCount, s.dayNumber, s.dayCount])).toEqual([
      [21, 40, 1, 2],
      [22, 40, 2, 2],
    ]);
  });
});

// A review's find: the rules read `City Hall  Steps` (two spaces) as City Hall Steps, the call sheet as a second place.
test("a place written with a run of spaces inside is one location on the call sheet", () => {
  const b = new ModelBuilder();
  b.item({ id: "S1", date: D1, start: "08:00", end: "10:00", location: "City Hall Steps" });
  b.item({ id: "S2", date: D1, start: "10:05", end: "12:00", location: "City Hall  Steps" });
  b.item({ id: "S3", date: D1, start: "13:00", end: "14:00", location: "Harbor" });
  expect(sheets(b.build()).out[0].locations.map((l) => l.name)).toEqual(["City Hall Steps", "Harbor"]);
});

describe("header, locations, equipment, deliveries, notes", () => {
  function model() {
    const b = new ModelBuilder()
      .resource({ name: "Mill", type: "location", address: "1 Mill Rd" })
      .resource({ name: "Farm", type: "location" })
      .resource({ id: "CAM", name: "Camera A", type: "equipment", capacity: 2 })
      .resource({ id: "V1", name: "Truck", type: "vehicle" })
      .resource({ id: "1", type: "cast" });
    b.item({ id: "A", date: D1, start: "10:00", end: "11:00", location: "Farm", equipment: ["V1"] });
    b.item({ id: "B", date: D1, start: "08:00", end: "09:00", location: "Mill", equipment: ["CAM"], scene: "7" });
    b.item({ id: "C", date: D1, start: "12:00", end: "13:00", location: "Mill" });
    b.item({ id: "D", date: D1, location: "Somewhere New" });
    b.material("Rain towers", `${D1} 06:30`, ["A"]).material("Snow", D1, ["B"]).material("Late", D2, ["A"]);
    const m = b.build();
    const farm = m.resources[1];
    farm.nearestHospital = "County General";
    farm.hospitalAddress = "9 Health St";
    m.production = {
      Title: "Night Falls",
      "Nearest Hospital": "City Hospital",
      "Hospital Address": "5 Main St",
      Notes: "Closed set",
    };
    m.items[1].notes = "Rain day";
    m.items[0].notes = "  ";
    m.materials[0].vendor = "FX Co";
    m.materials[0].quantity = 2;
    m.materials[0].status = "Delayed - courier ETA unconfirmed";
    return m;
  }

  test("header copies the production fields", () => {
    expect(sheets(model()).out[0].header).toEqual({
      Title: "Night Falls",
      "Nearest Hospital": "City Hospital",
      "Hospital Address": "5 Main St",
      Notes: "Closed set",
    });
  });

  test("locations in shooting order with address and nearest hospital (location's own, else production)", () => {
    expect(sheets(model()).out[0].locations).toEqual([
      { name: "Mill", address: "1 Mill Rd", nearestHospital: "City Hospital", hospitalAddress: "5 Main St" },
      { name: "Farm", nearestHospital: "County General", hospitalAddress: "9 Health St" },
      { name: "Somewhere New", nearestHospital: "City Hospital", hospitalAddress: "5 Main St" },
    ]);
  });

  test("equipment and vehicles in table order; deliveries of that day only", () => {
    const [cs] = sheets(model()).out;
    // Qty on the sheet: the units the production has (Capacity, the Equipment table's Qty; 1 when not given).
    expect(cs.equipment).toEqual([
      { resource: "CAM", name: "Camera A", quantity: 2 },
      { resource: "V1", name: "Truck", quantity: 1 },
    ]);
    expect(cs.deliveries).toEqual([
      { item: "Snow", delivery: "all day", neededFor: ["B"] },
      // The Materials row's Quantity and Status, as written.
      {
        item: "Rain towers",
        quantity: 2,
        delivery: "06:30",
        vendor: "FX Co",
        status: "Delayed - courier ETA unconfirmed",
        neededFor: ["A"],
      },
    ]);
  });

  test("notes: production notes then item notes in shooting order, blanks dropped", () => {
    expect(sheets(model()).out[0].notes).toEqual(["Closed set", "Sc 7: Rain day"]);
  });

  test("no items: no call sheets", () => {
    expect(sheets(new ModelBuilder().build()).out).toEqual([]);
  });
});
