/** @jest-environment jsdom */
import { defaultShootDay, localIsoDate } from "../../../src/taskpane/logic/shootDays";

describe("defaultShootDay", () => {
  const days = ["2026-03-04", "2026-03-02", "2026-03-09"];
  test.each<[string, string[], string, string | undefined]>([
    ["today is a shoot day: today", days, "2026-03-04", "2026-03-04"],
    ["the day before a shoot day: that day", days, "2026-03-03", "2026-03-04"],
    ["the day after a shoot day: the next one", days, "2026-03-05", "2026-03-09"],
    ["before the first: the first", days, "2026-01-01", "2026-03-02"],
    ["on the last: the last", days, "2026-03-09", "2026-03-09"],
    ["after the last: the first", days, "2026-03-10", "2026-03-02"],
    ["no days: none", [], "2026-03-02", undefined],
    ["duplicates do not matter", ["2026-03-02", "2026-03-02"], "2026-03-03", "2026-03-02"],
    ["year boundary", ["2025-12-31", "2026-01-02"], "2026-01-01", "2026-01-02"],
  ])("%s", (_name, input, today, expected) => {
    expect(defaultShootDay(input, today)).toBe(expected);
  });
});

describe("localIsoDate", () => {
  test.each([
    [new Date(2026, 2, 2, 0, 0), "2026-03-02"],
    [new Date(2026, 2, 2, 23, 59), "2026-03-02"],
    [new Date(2026, 11, 31, 12), "2026-12-31"],
    [new Date(2027, 0, 1, 0, 0), "2027-01-01"],
  ])("%s -> %s (local calendar date, not UTC)", (date, iso) => {
    expect(localIsoDate(date)).toBe(iso);
  });
});
