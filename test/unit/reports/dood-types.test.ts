/** DOOD rows for resource types other than the cast, on request (contract §7). */
import { castRows, computeDood, normalizeDoodTypes, savedDoodTypes, DOOD_TYPES } from "../../../src/core/dood";
import { check } from "../../../src/core/check";
import type { WorkbookSnapshot } from "../../../src/core/snapshot";
import { ModelBuilder } from "../../helpers/model-builder";
import { castAndCrewWorkbook } from "../parse/snapshot-helpers";

const MAR = (d: number) => `2026-03-${String(d).padStart(2, "0")}`;

/** Cast, crew, gear, a picture car and a stage, listed in mixed table order. */
function production(): ModelBuilder {
  const b = new ModelBuilder()
    .resource({ name: "Grip Gus", type: "crew" })
    .resource({ id: "1", name: "Ada", type: "cast" })
    .resource({ id: "CAM-A", name: "Camera A", type: "equipment", allowDrop: true })
    .resource({ name: "Dolly Dee", type: "crew" })
    .resource({ id: "2", name: "Bea", type: "cast" })
    .resource({ id: "CAR-1", name: "Picture car", type: "vehicle" })
    .resource({ name: "Stage 5", type: "location" });
  for (const d of [1, 2, 3, 4, 20]) b.item({ id: `fill-${d}`, date: MAR(d) });
  b.item({ date: MAR(1), cast: ["1"], crew: ["Grip Gus"], equipment: ["CAM-A"], location: "Stage 5" })
    .item({ date: MAR(3), cast: ["1", "2"], crew: ["Grip Gus"], other: ["CAR-1"] })
    .item({ date: MAR(20), equipment: ["CAM-A"], location: "Stage 5" })
    .window("Grip Gus", MAR(4), MAR(4), "travel");
  return b;
}

describe("computeDood with other resource types", () => {
  test("a crew member gets the same codes and totals as a cast member, and its type", () => {
    const dood = computeDood(production().build(), ["cast", "crew"]);
    expect(dood.days).toEqual([MAR(1), MAR(2), MAR(3), MAR(4), MAR(20)]);
    const gus = dood.rows.find((r) => r.resource === "Grip Gus");
    expect(gus).toEqual({
      resource: "Grip Gus",
      name: "Grip Gus",
      type: "crew",
      codes: ["SW", "H", "WF", "T", ""],
      work: 2,
      hold: 1,
      travel: 1,
      start: MAR(1),
      finish: MAR(3),
    });
    // A crew member who never works is listed too, with no codes.
    expect(dood.rows.find((r) => r.resource === "Dolly Dee")).toMatchObject({
      type: "crew",
      work: 0,
      codes: ["", "", "", "", ""],
    });
  });

  test("equipment has no rule set: the default Drop Days apply to its drop; a location works where it is used", () => {
    const dood = computeDood(production().build(), ["equipment", "location"]);
    expect(dood.rows.map((r) => [r.resource, r.type])).toEqual([
      ["CAM-A", "equipment"],
      ["Stage 5", "location"],
    ]);
    // 1st and 20th: 18 calendar days between (more than the default 10) with Allow Drop -> a drop.
    expect(dood.rows[0]).toMatchObject({ codes: ["SWD", "", "", "", "PWF"], work: 2, hold: 0 });
    // No Allow Drop on the stage: the shoot days between are holds.
    expect(dood.rows[1]).toMatchObject({ codes: ["SW", "H", "H", "H", "WF"], work: 2, hold: 3 });
  });

  test("default: exactly the cast rows as before, with no type field", () => {
    const model = production().build();
    const dood = computeDood(model);
    expect(dood.rows.map((r) => r.resource)).toEqual(["1", "2"]);
    for (const r of dood.rows) expect(r).not.toHaveProperty("type");
    expect(computeDood(model, ["cast"])).toEqual(dood);
    expect(JSON.stringify(computeDood(model, ["cast", "cast"]))).toBe(JSON.stringify(dood));
    expect(castRows(dood)).toBe(dood);
  });

  test("order: cast first when included, then the types as requested, each in table order", () => {
    const dood = computeDood(production().build(), ["location", "crew", "cast", "vehicle", "crew"]);
    expect(dood.rows.map((r) => `${r.type}:${r.resource}`)).toEqual([
      "cast:1",
      "cast:2",
      "location:Stage 5",
      "crew:Grip Gus",
      "crew:Dolly Dee",
      "vehicle:CAR-1",
    ]);
    // The cast rows are the same as the default DOOD's, besides their type.
    const plain = computeDood(production().build());
    expect(castRows(dood).rows.map(({ type: _t, ...rest }) => rest)).toEqual(plain.rows);
  });

  test("made-up resources (unresolved tokens) get no row, even when other is requested", () => {
    const b = production().resource({ name: "nobody", type: "other" }).resource({ name: "Prop van", type: "other" });
    b.item({ date: MAR(2), other: ["nobody", "Prop van"] });
    const model = b.build();
    model.resources[7].synthetic = true;
    const dood = computeDood(model, ["other"]);
    expect(dood.rows.map((r) => [r.resource, r.codes])).toEqual([["Prop van", ["", "SWF", "", "", ""]]]);
  });

  test("a large mixed model: every type's work days match a direct count", () => {
    const b = new ModelBuilder();
    const types = ["cast", "crew", "equipment", "vehicle", "location"] as const;
    const n = 500;
    for (let k = 0; k < n; k++) b.resource({ id: `R${k}`, type: types[k % types.length] });
    const worked = new Map<string, Set<number>>();
    for (let d = 1; d <= 28; d++)
      for (let i = 0; i < 20; i++) {
        const ids = [`R${(d * 40 + i) % n}`, `R${(d * 7 + i * 3) % n}`];
        b.item({ date: MAR(d), other: ids });
        for (const id of ids) worked.set(id, (worked.get(id) ?? new Set()).add(d));
      }
    const dood = computeDood(b.build(), [...types].reverse());
    expect(dood.rows).toHaveLength(n);
    expect(dood.rows.slice(0, 2).map((r) => r.type)).toEqual(["cast", "cast"]);
    expect(dood.rows[dood.rows.length - 1].type).toBe("crew");
    for (const r of dood.rows) expect(r.work).toBe(worked.get(r.resource)?.size ?? 0);
  });
});

describe("DOOD type lists", () => {
  test("normalizeDoodTypes: de-duplicated, cast first, unknown dropped, empty means cast", () => {
    expect(normalizeDoodTypes(["crew", "cast", "crew"])).toEqual(["cast", "crew"]);
    expect(normalizeDoodTypes(["equipment", "props"])).toEqual(["equipment"]);
    expect(normalizeDoodTypes([])).toEqual(["cast"]);
    expect(normalizeDoodTypes(undefined)).toEqual(["cast"]);
    expect(DOOD_TYPES).toEqual(["cast", "crew", "equipment", "vehicle", "location", "other"]);
  });

  test.each<[unknown, string[] | undefined]>([
    [undefined, undefined],
    [{}, undefined],
    [{ doodTypes: "crew" }, undefined],
    [{ doodTypes: [] }, undefined],
    [{ doodTypes: ["cast", "props"] }, undefined],
    [{ doodTypes: ["crew", "cast"] }, ["cast", "crew"]],
    [{ doodTypes: ["vehicle"] }, ["vehicle"]],
  ])("savedDoodTypes(%j) -> %j", (settings, expected) => {
    expect(savedDoodTypes(settings)).toEqual(expected);
  });
});

describe("check(snapshot, { doodTypes })", () => {
  const snap = (settings?: object) => castAndCrewWorkbook(settings as WorkbookSnapshot["settings"]);
  const rowsOf = (r: ReturnType<typeof check>) => r.report.dood.rows.map((x) => `${x.type ?? "-"}:${x.resource}`);

  test("default: cast rows without type; the option, else the saved setting, picks the types", () => {
    expect(rowsOf(check(snap()))).toEqual(["-:1"]);
    expect(rowsOf(check(snap(), { doodTypes: ["crew", "cast"] }))).toEqual(["cast:1", "crew:G1"]);
    expect(rowsOf(check(snap({ doodTypes: ["crew"] })))).toEqual(["crew:G1"]);
    expect(rowsOf(check(snap({ doodTypes: ["crew"] }), { doodTypes: ["cast"] }))).toEqual(["-:1"]);
    expect(rowsOf(check(snap({ doodTypes: ["bogus"] })))).toEqual(["-:1"]);
  });

  test("call sheets keep the cast's DOOD status whatever the DOOD lists", () => {
    const plain = check(snap()).report.callSheets;
    expect(plain[0].cast.map((c) => c.status)).toEqual(["SW"]);
    expect(check(snap(), { doodTypes: ["crew"] }).report.callSheets).toEqual(plain);
    expect(check(snap(), { doodTypes: ["crew", "cast"] }).report.callSheets).toEqual(plain);
  });
});
