/**
 * The structures of a real feature-film USS file (four stripboards on three calendars, per-day arrays with a bare id
 * between them, flat boneyards, holidays written as events, banners, strips on no board), reproduced in the synthetic
 * fixture feature-film.uss. Expected dates, DOOD codes and call-sheet cast were worked out by hand from the fixture.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { check } from "../../../src/core/check";
import { importUss, snapshotFromSheets, type UssImportResult } from "../../../src/core/uss";

const FIXTURE = readFileSync(path.join(__dirname, "../../fixtures/uss/feature-film.uss"), "utf8");

function schedule(result: UssImportResult): { id: unknown; date: unknown; day: unknown }[] {
  const rows = result.sheets.find((s) => s.name === "Schedule")?.rows ?? [];
  const h = rows[0] as string[];
  return rows
    .slice(1)
    .map((r) => ({ id: r[h.indexOf("ID")], date: r[h.indexOf("Date")], day: r[h.indexOf("Shoot Day")] }));
}

function report(board: string) {
  return check(snapshotFromSheets(importUss(FIXTURE, { board }).sheets, board)).report;
}

describe("feature-film fixture: every stripboard on its own calendar", () => {
  test.each<[string, string, [string, string | null, number | null][]]>([
    // Mon start; Tue rehearsal event is a work day; Wed holiday (type event) skipped; Thu doodTravel is a work day;
    // Fri dayOff skipped; weekend off. The bare "s4" joins the day its next array closes; the banner is dropped.
    [
      "First Pass",
      "Start Mar 6",
      [
        ["s1", "2023-03-06", 1],
        ["s2", "2023-03-06", 1],
        ["s3", "2023-03-07", 2],
        ["s4", "2023-03-09", 3],
        ["s5", "2023-03-09", 3],
        ["s6", "2023-03-13", 4],
        ["s7", "2023-03-13", 4],
      ],
    ],
    // Flat breakdownIds with "day" strips; Thu start, Fri-Sun off, Mon holiday (type dayOff, name holiday) skipped.
    [
      "Second Pass",
      "Four-day weeks",
      [
        ["s8", "2023-03-09", 1],
        ["s7", "2023-03-14", 2],
        ["s6", "2023-03-14", 2],
        ["s5", "2023-03-15", 3],
        ["s4", "2023-03-15", 3],
        ["s3", "2023-03-15", 3],
        ["s2", "2023-03-16", 4],
        ["s1", "2023-03-16", 4],
      ],
    ],
    // Only Sunday off: the Saturday start is shoot day 1, Sunday skipped.
    [
      "Rev. WHITE",
      "Push to Saturday",
      [
        ["s1", "2023-03-18", 1],
        ["s2", "2023-03-18", 1],
        ["s3", "2023-03-18", 1],
        ["s4", "2023-03-20", 2],
        ["s5", "2023-03-20", 2],
        ["s6", "2023-03-21", 3],
        ["s7", "2023-03-21", 3],
      ],
    ],
    // A flat list of several strips with no day break is a strip order: imported, but without dates.
    [
      "Script Order",
      "Push to Saturday",
      ["s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8"].map((id) => [id, null, null]),
    ],
  ])("%s uses calendar %s and dates each strip", (board, calendar, expected) => {
    const result = importUss(FIXTURE, { board });
    expect(result.ok).toBe(true);
    expect(result.calendar).toBe(calendar);
    expect(schedule(result)).toEqual(expected.map(([id, date, day]) => ({ id, date, day })));
  });

  test.each<[string | undefined, string]>([
    [undefined, "First Pass"],
    ["script order", "Script Order"],
    ["sb-second", "Second Pass"],
  ])("board option %p picks %s (default skips the undated strip order)", (board, expected) => {
    expect(importUss(FIXTURE, board ? { board } : {}).board).toBe(expected);
  });

  test.each<[string, RegExp, boolean]>([
    ["First Pass", /breakdownArrays\[2\]: "s4" is not inside a day array; put on the day that follows/, true],
    ["Second Pass", /not inside a day array/, false],
    [
      "Rev. WHITE",
      /stripboards\[3\]\.boards: 2 breakdown\(s\) are on no board of this stripboard \(scene 8, scene 9\)/,
      true,
    ],
    ["First Pass", /on no board of this stripboard/, false],
    ["Script Order", /no day breaks: .* its 8 strips are imported without dates/, true],
    ["Rev. WHITE", /no day breaks/, false],
    ["First Pass", /elements\[1\]\.events\[2\]: event "photo" has no availability kind; skipped/, true],
  ])("%s warns %p: %p", (board, pattern, expected) => {
    expect(importUss(FIXTURE, { board }).messages.some((m) => pattern.test(m))).toBe(expected);
  });
});

describe("feature-film fixture: DOOD and call sheets from check()", () => {
  test.each<[string, string, string[]]>([
    ["First Pass", "1", ["SW", "H", "W", "WF"]],
    ["First Pass", "2", ["SW", "W", "H", "WF"]],
    ["First Pass", "3", ["", "SW", "W", "WF"]],
    ["Second Pass", "1", ["SW", "W", "W", "WF"]],
    ["Second Pass", "3", ["SW", "W", "WF", ""]],
    ["Rev. WHITE", "2", ["SW", "H", "WF"]],
    ["Rev. WHITE", "3", ["SW", "W", "WF"]],
  ])("%s: cast %s has codes %p", (board, cast, codes) => {
    const row = report(board).dood.rows.find((r) => r.resource === cast);
    expect(row?.codes).toEqual(codes);
  });

  test.each<[string, string, number, string[]]>([
    // s4 holds cast 1 and the background CROWD, whose number 3 is CARL's: CROWD is not cast.
    ["First Pass", "2023-03-09", 3, ["1", "3"]],
    ["First Pass", "2023-03-07", 2, ["2", "3"]],
    ["Second Pass", "2023-03-15", 3, ["1", "2", "3"]],
    ["Rev. WHITE", "2023-03-20", 2, ["1", "3"]],
  ])("%s call sheet for %s (day %d) lists cast %p", (board, date, day, cast) => {
    const sheet = report(board).callSheets.find((c) => c.date === date);
    expect(sheet?.dayNumber).toBe(day);
    expect(sheet?.cast.map((c) => c.resource).sort()).toEqual(cast);
  });

  test.each<[string, number]>([
    ["Second Pass", 1], // ANNA's weekly Wednesday off meets scene 4 on Wed 2023-03-15
    ["First Pass", 0], // her only Wednesday in range, 2023-03-08, is the holiday
  ])("%s: %d unavailable conflict(s) from element daysOff", (board, count) => {
    expect(report(board).conflicts.filter((c) => c.type === "unavailable")).toHaveLength(count);
  });

  test("the strip order has no shoot days, so no DOOD columns and no call sheets", () => {
    const r = report("Script Order");
    expect(r.summary.items).toBe(8);
    expect(r.dood.days).toEqual([]);
    expect(r.callSheets).toEqual([]);
  });
});
