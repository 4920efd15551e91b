import { readFileSync } from "fs";
import * as path from "path";
import { importUss, type UssCell, type UssImportResult } from "../../../src/core/uss";

const SAMPLE = readFileSync("/work/shared/data/uss/small_sample_schedule.uss", "utf8");
const MULTI = readFileSync(path.join(__dirname, "../../fixtures/uss/multi-board.uss"), "utf8");

/** A sheet as header-keyed records. */
function records(result: UssImportResult, sheet: string): Record<string, UssCell>[] {
  const rows = result.sheets.find((s) => s.name === sheet)?.rows ?? [];
  const header = (rows[0] ?? []).map(String);
  return rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? null])));
}

/** A minimal document: one board of `days` (arrays of strip ids), on a calendar. */
function doc(calendar: Record<string, unknown>, days: string[][]): Record<string, unknown> {
  const ids = days.flat();
  return {
    universalScheduleStandard: {
      breakdowns: ids.map((id) => ({ id, type: "scene", scene: id, elements: [] })),
      categories: [],
      elements: [],
      stripboards: [
        { id: "sb", name: "Main", calendar: "cal", boards: [{ id: "b", name: "stripboard", breakdownArrays: days }] },
      ],
      calendars: [{ id: "cal", name: "Cal", ...calendar }],
    },
  };
}

const start = (date: string) => ({ id: "s", type: "start", name: null, date: `${date}T07:00:00.000Z` });

describe("the shared small sample", () => {
  const result = importUss(SAMPLE);

  test("imports the first stripboard with strips, dated on the calendar's start", () => {
    expect(result.ok).toBe(true);
    expect(result.board).toBe("Script Order");
    expect(result.calendar).toBe("Start on 6/20");
    expect(records(result, "Schedule")).toEqual([
      expect.objectContaining({
        ID: "5cfe7d2510c4330017ab5ed1",
        Date: "2022-06-20",
        "Shoot Day": 1,
        Duration: "1:35",
        Scene: "89PT1",
        Description: "George finds Zuzu's petals in his pocket",
        Set: "BEDFORD FALLS BRIDGE",
        "I/E": "EXT",
        "D/N": "NIGHT",
        Pages: "2/8",
        Cast: "1, 2",
        Notes: "This scene must be shot at night",
        "Script Page": "112",
        Props: "Zuzu's Petals",
      }),
    ]);
  });

  test("the banner on the boneyard is not scheduled", () => {
    expect(records(result, "Schedule").map((r) => r.ID)).not.toContain("5cfe7d2510c4330017ab5ed5");
  });

  test("cast table holds every cast element with its number; props are not resources", () => {
    expect(records(result, "Cast")).toEqual([
      { "Cast #": "1", Name: "GEORGE", Character: null, "Allow Drop": "yes" },
      { "Cast #": "2", Name: "CLARENCE", Character: null, "Allow Drop": "yes" },
    ]);
    expect(result.sheets.map((s) => s.name)).toEqual(["Schedule", "Cast", "Availability", "Production"]);
  });

  test("element events and weekly days off become availability windows", () => {
    expect(records(result, "Availability")).toEqual([
      { Resource: "1", From: "2022-06-06", To: "2022-06-06", Kind: "travel", Notes: null },
      { Resource: "1", From: "2022-06-07", To: "2022-06-07", Kind: "rehearsal", Notes: null },
      { Resource: "1", From: "2022-06-20", To: "2022-06-20", Kind: "day off", Notes: "weekly day off (Mon, Fri)" },
    ]);
  });

  test.each([
    ["First Pass", "2022-06-20"],
    ["first pass", "2022-06-20"],
    ["5cff4bcb10c4330017ab6eea", "2022-06-20"],
  ])("board %s (by name, any case, or id) has the same strip, its banner dropped", (board, date) => {
    const r = importUss(SAMPLE, { board });
    expect(r.board).toBe("First Pass");
    expect(records(r, "Schedule").map((x) => [x.ID, x.Date])).toEqual([["5cfe7d2510c4330017ab5ed1", date]]);
  });

  test.each(["First Pas", "Script Order 2", "5cff4bcb10c4330017ab6ee"])(
    "an unknown board %p fails with the names on offer",
    (board) => {
      const r = importUss(SAMPLE, { board });
      expect(r.ok).toBe(false);
      expect(r.messages.join("\n")).toMatch(/no stripboard named .*"Script Order", "First Pass"/);
    },
  );

  test("--start moves the whole schedule", () => {
    const r = importUss(SAMPLE, { start: "2022-07-04" });
    expect(records(r, "Schedule")[0].Date).toBe("2022-07-04");
  });

  test("production header carries the project and revision colours", () => {
    const rows = records(result, "Production");
    expect(rows[0]).toEqual({ Field: "Title", Value: "It's A Wonderful Life" });
    expect(String(rows[1].Value)).toContain("script Pink, schedule Blue");
  });
});

describe("a larger file with several stripboards and calendars", () => {
  test.each([
    // board, strip, date, shoot day
    ["Shooting Order", "s1", "2026-03-02", 1],
    ["Shooting Order", "s2", "2026-03-02", 1],
    ["Shooting Order", "s3", "2026-03-03", 2],
    // a company travel event does not skip the day
    ["Shooting Order", "s4", "2026-03-04", 3],
    ["Shooting Order", "s5", "2026-03-05", 4],
    // Fri 6 is a holiday (event "holiday"), Sat/Sun are weekly days off
    ["Shooting Order", "s6", "2026-03-09", 5],
    // Tue 10 is a single dayOff event
    ["Shooting Order", "s7", "2026-03-11", 6],
    // starts on a Saturday: moved to Monday; day strips close each day
    ["Flat Order", "s8", "2026-03-09", 1],
    ["Flat Order", "s1", "2026-03-09", 1],
    ["Flat Order", "s2", "2026-03-10", 2],
    ["Flat Order", "s3", "2026-03-10", 2],
    ["Flat Order", "s4", "2026-03-11", 3],
    // second-unit board walks the same calendar
    ["Flat Order", "s5", "2026-03-09", 1],
  ])("%s: %s on %s (day %d)", (board, id, date, day) => {
    const r = importUss(MULTI, { board });
    const row = records(r, "Schedule").find((x) => x.ID === id);
    expect(row).toMatchObject({ Date: date, "Shoot Day": day });
  });

  test("the default board skips a stripboard with no strips; boneyard strips are left out", () => {
    const r = importUss(MULTI);
    expect(r.board).toBe("Shooting Order");
    expect(records(r, "Schedule").map((x) => x.ID)).toEqual(["s1", "s2", "s3", "s4", "s5", "s6", "s7"]);
    expect(
      importUss(MULTI, { board: "Flat Order" })
        .sheets[0].rows.slice(1)
        .map((x) => x[0]),
    ).not.toContain("s6");
  });

  test("several schedule boards get a Board column", () => {
    const r = importUss(MULTI, { board: "Flat Order" });
    expect(records(r, "Schedule").find((x) => x.ID === "s5")?.Board).toBe("second unit");
    expect(records(importUss(MULTI), "Schedule")[0]).not.toHaveProperty("Board");
  });

  test("cast tokens: numbers, else the name; a number reused by another category stays with the cast", () => {
    const r = importUss(MULTI);
    const s4 = records(r, "Schedule").find((x) => x.ID === "s4");
    expect(s4).toMatchObject({ Cast: "1, 2, EXTRA COP", Crew: "Set Medic", Location: "12 Dock Road" });
    expect(records(r, "Schedule").find((x) => x.ID === "s3")?.Equipment).toBe("FISHING BOAT");
    expect(records(r, "Cast").map((x) => x["Cast #"])).toEqual(["1", "2", null]);
    expect(records(r, "Equipment")).toEqual([
      { ID: null, Name: "FISHING BOAT", Type: "vehicle", Department: "Vehicles" },
    ]);
    expect(r.messages.join("\n")).toContain('elements[10].elementId: "2" is already used');
  });

  test("a category named like a contract column gets its own column, not the contract's", () => {
    const row = records(importUss(MULTI), "Schedule").find((x) => x.ID === "s3");
    expect(row).toMatchObject({ Notes: null, "Notes (breakdown)": "Rain towers" });
  });

  test.each([
    ["1", "2026-02-27", "fitting"],
    ["1", "2026-03-01", "travel"],
    ["1", "2026-03-04", "day off"],
    ["2", "2026-03-04", "day off"],
  ])("availability: %s on %s is %s", (resource, date, kind) => {
    const rows = records(importUss(MULTI), "Availability");
    expect(rows).toContainEqual(expect.objectContaining({ Resource: resource, From: date, Kind: kind }));
  });
});

describe("calendar walk at its boundaries", () => {
  test.each<[string, Record<string, unknown>, string[]]>([
    ["weekdays only", { daysOff: [0, 6], events: [start("2026-03-05")] }, ["2026-03-05", "2026-03-06", "2026-03-09"]],
    ["no days off", { daysOff: [], events: [start("2026-03-06")] }, ["2026-03-06", "2026-03-07", "2026-03-08"]],
    [
      "start on a day off moves forward",
      { daysOff: [0, 6], events: [start("2026-03-08")] },
      ["2026-03-09", "2026-03-10", "2026-03-11"],
    ],
    [
      "start the day before a day off",
      { daysOff: [0], events: [start("2026-03-07")] },
      ["2026-03-07", "2026-03-09", "2026-03-10"],
    ],
    [
      "dayOff event on day 2",
      { daysOff: [], events: [start("2026-03-02"), { type: "dayOff", name: "holiday", date: "2026-03-03T07:00:00Z" }] },
      ["2026-03-02", "2026-03-04", "2026-03-05"],
    ],
    [
      "holiday event on day 3",
      { daysOff: [], events: [start("2026-03-02"), { type: "event", name: "holiday", date: "2026-03-04T07:00:00Z" }] },
      ["2026-03-02", "2026-03-03", "2026-03-05"],
    ],
    [
      "holiday event the day after the last day changes nothing",
      { daysOff: [], events: [start("2026-03-02"), { type: "event", name: "holiday", date: "2026-03-05T07:00:00Z" }] },
      ["2026-03-02", "2026-03-03", "2026-03-04"],
    ],
    [
      "rehearsal event is not a day off",
      {
        daysOff: [],
        events: [start("2026-03-02"), { type: "event", name: "rehearsal", date: "2026-03-03T07:00:00Z" }],
      },
      ["2026-03-02", "2026-03-03", "2026-03-04"],
    ],
    [
      "date part is read as written, whatever the zone",
      { daysOff: [], events: [{ type: "start", name: null, date: "2026-03-02T23:30:00.000-0800" }] },
      ["2026-03-02", "2026-03-03", "2026-03-04"],
    ],
    [
      "every weekday off is ignored",
      { daysOff: [0, 1, 2, 3, 4, 5, 6], events: [start("2026-03-02")] },
      ["2026-03-02", "2026-03-03", "2026-03-04"],
    ],
  ])("%s", (_name, calendar, dates) => {
    const r = importUss(doc(calendar, [["a"], ["b"], ["c"]]));
    expect(records(r, "Schedule").map((x) => x.Date)).toEqual(dates);
  });

  test("a day with only banners and day breaks is not a shoot day", () => {
    const d = doc({ daysOff: [], events: [start("2026-03-02")] }, [["a"], [], ["b"]]);
    const r = importUss(d);
    expect(records(r, "Schedule").map((x) => [x.Date, x["Shoot Day"]])).toEqual([
      ["2026-03-02", 1],
      ["2026-03-03", 2],
    ]);
  });

  test("without a start event the rows are kept undated, with a message", () => {
    const r = importUss(doc({ daysOff: [], events: [] }, [["a"]]));
    expect(r.ok).toBe(true);
    expect(records(r, "Schedule")[0].Date).toBeNull();
    expect(r.messages.join("\n")).toMatch(/calendars\[0\]: no start event/);
  });
});

describe("breakdown values", () => {
  const one = (b: Record<string, unknown>) =>
    importUss({
      universalScheduleStandard: {
        breakdowns: [{ id: "a", type: "strip", ...b }],
        categories: [],
        elements: [],
        stripboards: [
          { id: "sb", name: "M", calendar: "c", boards: [{ id: "x", name: "stripboard", breakdownIds: ["a"] }] },
        ],
        calendars: [{ id: "c", daysOff: [], events: [start("2026-03-02")] }],
      },
    });

  test.each<[unknown, string | null, boolean]>([
    [0.125, "1/8", false],
    [1, "1", false],
    [1.625, "1 5/8", false],
    [0, "0", false],
    ["1.5", "1 4/8", false],
    [0.2, "2/8", true],
    [-1, null, true],
    ["two", null, true],
    [null, null, false],
  ])("pages %p -> %p (message: %p)", (pages, expected, message) => {
    const r = one({ pages });
    expect(records(r, "Schedule")[0].Pages).toBe(expected);
    expect(r.messages.some((m) => m.includes("breakdowns[0].pages"))).toBe(message);
  });

  test.each<[Record<string, unknown>, string | null]>([
    [{ time: 5700000 }, "1:35"],
    [{ duration: 5700000 }, "1:35"],
    [{ time: null, duration: 60000 }, "0:01"],
    [{ duration: 29999 }, "0:00"],
    [{ duration: 30000 }, "0:01"],
    [{ duration: "soon" }, null],
    [{}, null],
  ])("duration %p -> %p", (b, expected) => {
    expect(records(one(b), "Schedule")[0].Duration).toBe(expected);
  });

  test.each(["scene", "strip", "Scene", undefined])("type %p is a scheduled strip", (type) => {
    expect(records(one({ type }), "Schedule")).toHaveLength(1);
  });

  test.each(["banner", "day"])("type %p is not scheduled", (type) => {
    expect(records(one({ type }), "Schedule")).toHaveLength(0);
  });
});

describe("documented spellings", () => {
  test("categories listing their elements, doodDropAllow, flat breakdownIds with day strips", () => {
    const r = importUss({
      universalScheduleStandard: {
        version: "1.0.0",
        breakdowns: [
          { id: "a", type: "scene", scene: "1", time: 3600000, elements: ["e1", "e2"] },
          { id: "d", type: "day" },
          { id: "b", type: "scene", scene: "2", elements: ["e2"] },
        ],
        categories: [
          { id: "c1", name: "Cast Members", ucid: 100, elements: ["e2", "e1"] },
          { id: "c2", name: "Props", ucid: 104, elements: ["e2"] },
        ],
        elements: [
          { id: "e1", name: "ANNA", elementId: "1", doodDropAllow: false, events: [] },
          { id: "e2", name: "BEN", elementId: "2", events: [] },
        ],
        stripboards: [
          {
            id: "sb",
            name: "M",
            calendar: "c",
            boards: [{ id: "x", name: "stripboard", breakdownIds: ["a", "d", "b"] }],
          },
        ],
        calendars: [{ id: "c", daysOff: [0, 6], events: [start("2026-03-06")] }],
      },
    });
    expect(records(r, "Schedule").map((x) => [x.ID, x.Date, x.Cast, x.Duration])).toEqual([
      ["a", "2026-03-06", "1, 2", "1:00"],
      ["b", "2026-03-09", "2", null],
    ]);
    // category order is the element order; the first category naming an element wins
    expect(records(r, "Cast").map((x) => [x["Cast #"], x["Allow Drop"]])).toEqual([
      ["2", null],
      ["1", "no"],
    ]);
  });
});

describe("malformed input gives messages, never a crash", () => {
  test.each<[string, unknown, RegExp]>([
    ["not JSON", "{ not json", /^\$: not valid JSON/],
    ["a JSON array", "[]", /^\$: expected a JSON object/],
    ["no USS key", "{}", /universalScheduleStandard: missing/],
    ["breakdowns not an array", { universalScheduleStandard: { breakdowns: "x" } }, /breakdowns: expected an array/],
    ["no breakdowns", { universalScheduleStandard: { breakdowns: [] } }, /breakdowns: no breakdowns to import/],
    ["breakdown only", { universalScheduleStandard: { breakdowns: [{ id: "a" }] } }, /no stripboards/],
    ["null", "null", /^\$: expected a JSON object/],
  ])("%s: not ok", (_name, input, message) => {
    const r = importUss(input);
    expect(r.ok).toBe(false);
    expect(r.sheets).toEqual([]);
    expect(r.messages.join("\n")).toMatch(message);
  });

  test("bad parts are skipped with their JSON path; the rest imports", () => {
    const r = importUss({
      universalScheduleStandard: {
        breakdowns: [
          { id: "a", type: "strip", elements: ["e1", 7, null] },
          "junk",
          { type: "strip" },
          { id: "a" },
          { id: "b", type: "odd" },
        ],
        categories: [{ id: "c1", name: "Cast", ucid: 100 }, 5],
        elements: [
          {
            id: "e1",
            name: "ANNA",
            elementId: "1",
            category: "c1",
            events: [
              { type: "event", name: "travel", date: "soon" },
              3,
              { type: "event", name: "photo", date: "2026-03-01" },
            ],
            daysOff: [9],
          },
          { id: "e2", category: "nope" },
        ],
        stripboards: [
          {
            id: "sb",
            name: "M",
            calendar: "missing",
            boards: [{ name: "stripboard", breakdownArrays: [["a", "zzz", 4], "b", "a"] }],
          },
          "junk",
        ],
        calendars: [{ id: "c", daysOff: [8, "x"], events: [start("2026-03-02"), { type: "dayOff", date: 12 }, null] }],
      },
    });
    expect(r.ok).toBe(true);
    expect(records(r, "Schedule").map((x) => [x.ID, x.Date])).toEqual([
      ["a", "2026-03-02"],
      ["b", "2026-03-03"],
    ]);
    const text = r.messages.join("\n");
    for (const m of [
      "breakdowns[0].elements[2]: not an element id",
      "breakdowns[1]: expected a breakdown object",
      "breakdowns[2].id: missing",
      'breakdowns[3].id: duplicate id "a"',
      "breakdowns[4].type: unknown type",
      "categories[1]: expected a category object",
      "elements[0].events[0].date: not an ISO date",
      "elements[0].events[1]: expected an event object",
      'elements[0].events[2]: event "photo" has no availability kind',
      "elements[0].daysOff[0]: not a weekday",
      'elements[1].category: no category with id "nope"',
      'stripboards[0].calendar: no calendar with id "missing"; used the only calendar',
      'boards[0].breakdownArrays[0][1]: no breakdown with id "zzz"',
      'boards[0].breakdownArrays[0][2]: no breakdown with id "4"',
      'breakdownArrays[2]: breakdown "a" is already on the schedule',
      "stripboards[1]: expected a stripboard object",
      "calendars[0].daysOff[0]: not a weekday 0-6: 8",
      "calendars[0].events[1].date: not an ISO date",
      "calendars[0].events[2]: expected an event object",
    ])
      expect(text).toContain(m);
  });

  test("random JSON values never throw", () => {
    const values: unknown[] = [
      0,
      true,
      "x",
      [1, [2]],
      { universalScheduleStandard: [] },
      { universalScheduleStandard: { stripboards: {} } },
    ];
    for (const v of values) expect(() => importUss(JSON.stringify(v))).not.toThrow();
  });
});
