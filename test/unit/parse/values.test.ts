import {
  cellError,
  dateFromText,
  idText,
  isFail,
  parseDate,
  readDateList,
  parseDuration,
  parseEighths,
  parseInstant,
  parseList,
  parseHours,
  parseMinutes,
  parseNumber,
  parsePriority,
  parseDays,
  parseMultiplier,
  parseRate,
  parseCount,
  parseText,
  parseTime,
  parseYesNo,
  splitList,
  timeFromText,
  trimText,
} from "../../../src/core/parse/values";
import type { CellValue } from "../../../src/core/snapshot";
import { writesDecimalComma } from "../../../src/core/parse/build";
import { serial } from "./snapshot-helpers";

const MAR2 = serial("2026-03-02");

describe("parseDate", () => {
  test.each<[CellValue, number | null]>([
    [MAR2, MAR2],
    [MAR2 + 0.75, MAR2], // a date-time keeps its date
    ["2026-03-02", MAR2],
    ["2026/3/2", MAR2],
    ["3/2/2026", MAR2],
    ["03/02/26", MAR2],
    ["2 Mar 2026", MAR2],
    ["2-Mar-26", MAR2],
    ["2-Mar-2026", MAR2],
    ["Mon, March 2, 2026", MAR2],
    ["March 2, 2026", MAR2],
    ["March 2nd 2026", MAR2],
    ["Monday 2 March 2026", MAR2],
    // Beyond §2's forms: a weekday before a numeric date, as call sheets head their days.
    ["Mon 3/2/2026", MAR2],
    ["Mon, 3/2/2026", MAR2],
    ["Monday 2026-03-02", MAR2],
    ["2026 Mar 2", MAR2],
    ["  2026-03-02  ", MAR2],
    ["2026-03-02 07:30", MAR2],
    ["2.3.2026", MAR2], // dots: day first
    [null, null],
    ["", null],
    ["   ", null],
  ])("%p -> %p", (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  test.each<[CellValue]>([
    ["31/02/2026"],
    ["2026-02-30"],
    ["2026-13-01"],
    ["13/13/2026"],
    ["Mar 2026"],
    ["2 Foo 2026"],
    ["tomorrow"],
    [true],
    [-1],
    [0],
    [3000000],
    ["Mon, March 2"],
    ["Funday 3/2/2026"],
    ["Mon 3/2"],
  ])("%p is a bad date", (input) => {
    const r = parseDate(input);
    expect(isFail(r) && r.code).toBe("bad-date");
  });

  test("message names the value and shows the expected form", () => {
    const r = parseDate("31/02/2026");
    expect(isFail(r) && r.reason).toBe("'31/02/2026' is not a date; write it like 2026-03-02");
  });

  test.each<[string, boolean]>([
    ["Mon 3/2", true],
    ["3/2", true],
    ["Mar 2", true],
    ["2nd March", true],
    ["Tue, 3 Mar", true],
    // Near misses: not a date at all, or a date with its year that does not exist.
    ["TBD", false],
    ["Mar 2026", false],
    ["3/2/2026x", false],
    ["32/13", false],
    ["13/14", false],
    ["Day 3", false],
  ])("a date without its year, %p, says so: %p", (input, noYear) => {
    const r = parseDate(input);
    expect(isFail(r) && r.code).toBe("bad-date");
    expect(isFail(r) && r.reason.includes("has no year")).toBe(noYear);
  });

  test.each<[string, string | undefined, number]>([
    ["3/2/2026", undefined, MAR2],
    ["3/2/2026", "en-US", MAR2],
    ["2/3/2026", "day-first", MAR2],
  ])("culture order %p (%p)", (text, culture, expected) => {
    expect(dateFromText(text, { dayFirst: culture === "day-first" })).toBe(expected);
  });

  // Contract §2: US order unless the culture says otherwise; a part over 12 where the month stands is no date.
  test.each<[string, boolean, string]>([
    ["13/3/2026", false, "month first (the US order: no day-first culture is given); if it means 2026-03-13"],
    ["3/13/2026", true, "day first, as the workbook's culture writes dates; if it means 2026-03-13"],
    ["13/03/2026 07:00", false, "month first (the US order: no day-first culture is given); if it means 2026-03-13"],
  ])("%p in the other order (day first: %p) is a bad-date that says which date it may mean", (text, dayFirst, says) => {
    expect(dateFromText(text, { dayFirst })).toBeNull();
    expect(parseDate(text, { dayFirst })).toEqual({
      fail: true,
      code: "bad-date",
      reason: `'${text}' is no date read ${says}, write it like that`,
    });
  });

  test("an Unavailable list says the same of its part", () => {
    const r = readDateList("3/2/2026, 13/3/2026");
    expect(r.spans).toEqual([{ from: MAR2, to: MAR2 }]);
    expect(r.bad).toMatchObject({
      code: "bad-date",
      reason: expect.stringContaining("'13/3/2026' is no date read month first"),
    });
  });

  test("zero-width characters at a list part's or a range end's ends are trimmed", () => {
    const mar3 = serial("2026-03-03");
    expect(readDateList("3/2/2026, \u200b3/3/2026").spans).toEqual([
      { from: MAR2, to: MAR2 },
      { from: mar3, to: mar3 },
    ]);
    expect(readDateList("3/2/2026\u200b..\u200b3/3/2026")).toEqual({ spans: [{ from: MAR2, to: mar3 }], bad: null });
  });

  test.each([
    ["3/2/2026 .. 3/3/2026"],
    ["3/2/2026..3/3/2026"],
    ["3/2/2026 to 3/3/2026"],
    ["3/2/2026 TO 3/3/2026"],
    ["3/2/2026 - 3/3/2026"],
  ])("%p is a range", (text) => {
    expect(readDateList(text)).toEqual({ spans: [{ from: MAR2, to: serial("2026-03-03") }], bad: null });
  });

  test("an en or em dash between two dates is a range, with or without spaces; a hyphen needs them", () => {
    const mar3 = serial("2026-03-03");
    expect(readDateList("3/2/2026\u20133/3/2026").spans).toEqual([{ from: MAR2, to: mar3 }]);
    expect(readDateList("3/2/2026 \u2014 3/3/2026").spans).toEqual([{ from: MAR2, to: mar3 }]);
    expect(readDateList("3/2/2026 - 3/3/2026").spans).toEqual([{ from: MAR2, to: mar3 }]);
    expect(readDateList("2026-03-02").spans).toEqual([{ from: MAR2, to: MAR2 }]);
  });

  test.each<[number, number]>([
    [0, serial("1904-01-01")],
    [44621, MAR2], // 2026-03-02 in the 1904 system is 1462 days less
    [44621.5, MAR2],
  ])("1904 system serial %p", (input, expected) => {
    expect(parseDate(input, { date1904: true })).toBe(expected);
  });

  test("1904 flag does not shift text dates", () => {
    expect(parseDate("2026-03-02", { date1904: true })).toBe(MAR2);
  });
});

describe("cell errors", () => {
  test.each<[CellValue, string | null]>([
    [{ error: "#N/A" }, "#N/A"],
    ["#N/A", "#N/A"],
    ["#REF!", "#REF!"],
    ["#VALUE!", "#VALUE!"],
    ["#DIV/0!", "#DIV/0!"],
    ["#NAME?", "#NAME?"],
    ["#NUM!", "#NUM!"],
    ["#NULL!", "#NULL!"],
    ["#n/a", "#N/A"],
    ["#1", null],
    ["#REF", null],
    ["N/A", null],
    [5, null],
    [null, null],
  ])("%p -> %p", (input, expected) => {
    expect(cellError(input)).toBe(expected);
  });

  test.each<[string, (v: CellValue) => unknown]>([
    ["date", (v) => parseDate(v)],
    ["time", (v) => parseTime(v)],
    ["number", (v) => parseNumber(v)],
    ["text", (v) => parseText(v)],
    ["list", (v) => parseList(v)],
    ["pages", (v) => parseEighths(v)],
  ])("the %s parser reports cell-error for both error forms", (_name, parse) => {
    for (const v of [{ error: "#REF!" }, "#REF!"] as CellValue[]) {
      const r = parse(v);
      expect(isFail(r) && r.code).toBe("cell-error");
    }
  });
});

describe("trimText", () => {
  test.each<[string, string]>([
    ["\u200b07:00", "07:00"],
    [" \u200b Ava Marsh\u200d\u2060 ", "Ava Marsh"],
    ["Ava\u200bMarsh", "Ava\u200bMarsh"],
    ["\u200b", ""],
    ["\u200b\u00a0Ava \u200b", "Ava"],
  ])("%p -> %p", (text, trimmed) => expect(trimText(text)).toBe(trimmed));
});

describe("parseTime", () => {
  test("a date-time whose date reads only in the other order says which date it may mean", () => {
    expect(parseTime("13/03/2026 07:00")).toEqual({
      fail: true,
      code: "bad-time",
      reason:
        "'13/03/2026 07:00' is no date and time read month first (the US order: no day-first culture is given); if it means 2026-03-13, write it like that",
    });
  });

  test.each<[CellValue, number]>([
    [0, 0],
    [0.25, 360],
    [0.75, 1080],
    [0.3125, 450],
    ["07:00", 420],
    ["7:00", 420],
    ["7:30 AM", 450],
    ["7:30am", 450],
    ["7:30 a.m.", 450],
    ["7a", 420],
    ["7 pm", 1140],
    ["7:30p", 1170],
    ["12:00 AM", 0],
    ["12 PM", 720],
    ["12:30am", 30],
    ["19:15", 1155],
    ["19:15:29", 1155],
    ["19:15:30", 1156], // seconds round like a time cell's fraction
    ["7:30:45 PM", 1171],
    [1.0833333333333333, 1560], // =22:00+4/24: 02:00 the next day
    [1.75, 2520],
    ["1900", 1140],
    ["0700", 420],
    ["700", 420],
    ["0700 hrs", 420], // military time with its word
    ["1900 Hours", 1140],
    // French and German call sheets: the hour's word after the time, or the hour alone.
    ["0700h", 420],
    ["19:00h", 1140],
    ["19:00 Uhr", 1140],
    ["19h", 1140],
    ["7 Uhr", 420],
    ["25:30", 1530], // next day 01:30
    ["noon", 720],
    ["Midnight", 0],
    ["12 noon", 720],
    ["12 Midnight", 0],
    // British call sheets write 07.30 and 19.30; a lone 0.30 stays a fraction of a day (07:12).
    ["07.30", 450],
    ["7.30", 450],
    ["19.30", 1170],
    ["00.30", 30],
    ["0.30", 432],
    [1900, 1140], // a whole number in a time column is military HHMM
    [700, 420],
    [2359, 1439],
    [7, 420], // a whole hour
    [23, 1380],
  ])("%p -> %p minutes", (input, expected) => {
    expect(parseTime(input)).toBe(expected);
  });

  test("a date-time serial keeps its own date", () => {
    expect(parseTime(MAR2 + 0.5)).toEqual({ day: MAR2, minute: 720 });
  });

  test("a date-time text keeps its own date", () => {
    expect(parseTime("2026-03-02 19:30")).toEqual({ day: MAR2, minute: 1170 });
    // A script's ISO text with a zone: wall-clock time, the zone dropped (§2: no time zones anywhere).
    expect(parseTime("2026-03-02T19:30:00.000Z")).toEqual({ day: MAR2, minute: 1170 });
    expect(parseTime("2026-03-02T19:30+01:00")).toEqual({ day: MAR2, minute: 1170 });
    expect(parseTime("3/2/2026 7:30 PM")).toEqual({ day: MAR2, minute: 1170 });
  });

  test("a time-only cell written out with Excel's epoch date ('1899-12-30 07:00:00') is a time of the row's day", () => {
    expect(parseTime("1899-12-30 07:00:00")).toBe(420);
    expect(parseTime("1899-12-31 19:15")).toBe(1155);
  });

  test("1904 date-time serials are shifted", () => {
    expect(parseTime(44621.25, { date1904: true })).toEqual({ day: MAR2, minute: 360 });
  });

  test.each<[CellValue]>([
    ["25:60"],
    ["13pm"],
    ["0a"],
    ["48:00"],
    ["1960"],
    [1960],
    [24],
    [99],
    [7.5],
    [-0.25],
    ["7:5"],
    ["7.5"],
    ["19.60"],
    ["seven"],
    [true],
    // near misses of the hour's word: no minutes over 59, no other words
    ["19:60h"],
    ["7 o'clock"],
  ])("%p is a bad time", (input) => {
    const r = parseTime(input);
    expect(isFail(r) && r.code).toBe("bad-time");
  });

  test("blank is null", () => {
    expect(parseTime(null)).toBeNull();
    expect(parseTime(" ")).toBeNull();
  });

  test.each<[string, number | null]>([
    ["11:59 pm", 1439],
    ["12:60 pm", null],
    ["2400", 1440],
    ["2401", null],
  ])("timeFromText boundary %p", (text, expected) => {
    expect(timeFromText(text)).toBe(expected);
  });
});

describe("durations and minutes", () => {
  test.each<[CellValue, number]>([
    [1.5, 90],
    [2, 120],
    [0, 0],
    ["1:30", 90],
    ["90m", 90],
    ["90 min", 90],
    ["1h30", 90],
    ["1h 30m", 90],
    ["1.5h", 90],
    ["2 hrs", 120],
    ["2 hours", 120],
    ["45 minutes", 45],
    ["1:30:00", 90],
    ["1:30:40", 91],
    ["1.5", 90],
  ])("duration %p -> %p minutes", (input, expected) => {
    expect(parseDuration(input)).toBe(expected);
  });

  test.each<[CellValue]>([["1:60"], ["abc"], [-1], ["h"], ["1.5 days"]])("duration %p is bad", (input) => {
    const r = parseDuration(input);
    expect(isFail(r) && r.code).toBe("bad-number");
  });

  test.each<[CellValue, number]>([
    [45, 45],
    ["45", 45],
    ["1:30", 90],
    ["90m", 90],
    ["1h", 60],
    ["45 min", 45],
    // 0:30 typed into a time-formatted cell is stored as a day fraction.
    [30 / 1440, 30],
    [0.0625, 90],
    [0, 0],
    [1, 1],
  ])("minutes %p -> %p", (input, expected) => {
    expect(parseMinutes(input)).toBe(expected);
  });

  test.each<[CellValue, number]>([
    [11.5, 11.5],
    [10.333, 10.333],
    ["12", 12],
    ["11:30", 11.5],
    ["12.5h", 12.5],
    ["11h30", 11.5],
    ["690m", 11.5],
  ])("Rules hours %p -> %p", (input, expected) => {
    expect(parseHours(input)).toBe(expected);
  });

  test.each<[CellValue]>([["11:60"], ["twelve"], ["12 days"]])("Rules hours %p are bad", (input) => {
    const r = parseHours(input);
    expect(isFail(r) && r.code).toBe("bad-number");
  });
});

describe("parseEighths", () => {
  test.each<[CellValue, number]>([
    [1, 8],
    [1.5, 12],
    [0.375, 3],
    ["1 4/8", 12],
    ["3/8", 3],
    ["2", 16],
    ["1-4/8", 12],
    ["1 1/2", 12],
    ["4/8 pgs", 4],
    ["0", 0],
  ])("%p -> %p eighths", (input, expected) => {
    expect(parseEighths(input)).toBe(expected);
  });

  test.each<[CellValue]>([["1 1/3"], ["3/0"], ["one"], [-1], ["1 4/8 5/8"], [1000]])("%p is bad", (input) => {
    const r = parseEighths(input);
    expect(isFail(r) && r.code).toBe("bad-number");
  });

  // Typing 3/8 into a General cell makes Excel store 8 March of this year (3 August where dates are day first).
  test.each<[number, string]>([
    [46089, "holds the date 2026-03-08, which is how Excel keeps 3/8 typed into a cell"],
    [46237, "holds the date 2026-08-03, which is how Excel keeps 3/8 typed into a cell"],
    [46031, "'46031' is not a page count"],
  ])("%p, a date serial, is a bad-number that says so", (serial, message) => {
    const r = parseEighths(serial);
    expect(isFail(r) && r.code).toBe("bad-number");
    expect(isFail(r) && r.reason).toContain(message);
  });

  test("999 pages still reads", () => {
    expect(parseEighths(999)).toBe(7992);
  });
});

describe("lists", () => {
  test.each<[string, string[]]>([
    ["1, 2, 5", ["1", "2", "5"]],
    ["1;2/5", ["1", "2", "5"]],
    ["Ann\nBo\r\nCy", ["Ann", "Bo", "Cy"]],
    [" , 1,, ;2 ", ["1", "2"]],
    ["1-5", ["1-5"]], // ranges are not expanded
    ["", []],
  ])("splitList %p", (input, expected) => {
    expect(splitList(input)).toEqual(expected);
  });

  test("a number is one token", () => {
    expect(parseList(7)).toEqual(["7"]);
  });

  test.each<[CellValue, [string, string][]]>([
    ["2026-03-02", [["2026-03-02", "2026-03-02"]]],
    ["3/2/2026", [["2026-03-02", "2026-03-02"]]], // the slash does not split a date list
    [
      "3/2/2026, 3/5/2026",
      [
        ["2026-03-02", "2026-03-02"],
        ["2026-03-05", "2026-03-05"],
      ],
    ],
    [
      "2026-03-02..2026-03-04; 2026-03-09",
      [
        ["2026-03-02", "2026-03-04"],
        ["2026-03-09", "2026-03-09"],
      ],
    ],
    ["2026-03-04..2026-03-02", [["2026-03-02", "2026-03-04"]]],
    ["2 Mar 2026 - 4 Mar 2026", [["2026-03-02", "2026-03-04"]]],
    [MAR2, [["2026-03-02", "2026-03-02"]]],
    // A date written with its own commas stays one date; commas between dates still split.
    ["Mon, March 2, 2026", [["2026-03-02", "2026-03-02"]]],
    [
      "Mon, March 2, 2026; Wed, March 4, 2026",
      [
        ["2026-03-02", "2026-03-02"],
        ["2026-03-04", "2026-03-04"],
      ],
    ],
    ["March 2, 2026 - March 4, 2026", [["2026-03-02", "2026-03-04"]]],
    [
      "2 Mar 2026, 4 Mar 2026",
      [
        ["2026-03-02", "2026-03-02"],
        ["2026-03-04", "2026-03-04"],
      ],
    ],
    // ... also beside other dates in one comma list.
    [
      "Mon, March 2, 2026, 3/4/2026",
      [
        ["2026-03-02", "2026-03-02"],
        ["2026-03-04", "2026-03-04"],
      ],
    ],
    [
      "March 2, 2026, March 5, 2026",
      [
        ["2026-03-02", "2026-03-02"],
        ["2026-03-05", "2026-03-05"],
      ],
    ],
    [
      "Mon, March 2, 2026..Wed, March 4, 2026, 3/9/2026",
      [
        ["2026-03-02", "2026-03-04"],
        ["2026-03-09", "2026-03-09"],
      ],
    ],
  ])("date list %p", (input, expected) => {
    expect(readDateList(input)).toEqual({
      spans: expected.map(([a, b]) => ({ from: serial(a), to: serial(b) })),
      bad: null,
    });
  });

  test.each<[CellValue]>([["2026-03-02..soon"], ["3/2/2026 / 3/5/2026"], ["2026-03-02..2026-03-03..2026-03-04"]])(
    "date list %p is bad",
    (input) => {
      const r = readDateList(input).bad;
      expect(isFail(r) && r.code).toBe("bad-date");
    },
  );

  test("a date without a year says so", () => {
    const r = readDateList("3/3, 3/4").bad;
    expect(isFail(r) && r.reason).toBe(
      "'3/3' has no year; write dates like 3/3/2026 or 2026-03-03 (none of this cell's dates is used)",
    );
  });

  test.each<[string, string]>([
    ["7", "7"],
    ["7.0", "7"],
    ["7.5", "7.5"],
    [" A1 ", "A1"],
  ])("idText %p -> %p", (input, expected) => {
    expect(idText(input)).toBe(expected);
  });
});

describe("counts and multipliers with their unit words (Rules)", () => {
  test.each<[CellValue, number]>([
    ["5 days", 5],
    ["6d", 6],
    [" 7 Day ", 7],
    [5, 5],
  ])("days %p -> %p", (input, expected) => {
    expect(parseDays(input)).toBe(expected);
  });
  test.each<[CellValue, number]>([
    ["1.5x", 1.5],
    ["x2", 2],
    ["1.5 ×", 1.5],
    ["150%", 1.5],
    ["1.5", 1.5],
    [2, 2],
  ])("multiplier %p -> %p", (input, expected) => {
    expect(parseMultiplier(input)).toBe(expected);
  });
  test.each<[CellValue]>([["5 weeks"], ["x"], ["1.5xx"], ["days"]])("near miss: %p is a bad number", (input) => {
    const r = /day|week/.test(String(input)) ? parseDays(input) : parseMultiplier(input);
    expect(isFail(r) && r.code).toBe("bad-number");
  });
});

describe("rates and counts written with their unit", () => {
  test.each<[CellValue, "day" | "hour", number]>([
    ["$650/day", "day", 650],
    ["650 per day", "day", 650],
    ["$1,200.00 / day", "day", 1200],
    ["650 a day", "day", 650],
    ["650 daily", "day", 650],
    ["$45/hr", "hour", 45],
    ["45.50 / hour", "hour", 45.5],
    ["45 per hour", "hour", 45],
    ["45 an hour", "hour", 45],
    ["45 p/h", "hour", 45],
    ["$45", "hour", 45],
    [650, "day", 650],
  ])("%p as a %s rate -> %p", (input, per, expected) => {
    expect(parseRate(input, per)).toBe(expected);
  });

  test.each<[CellValue, "day" | "hour", RegExp]>([
    ["$45/hr", "day", /an hourly rate: put it in Hourly Rate/],
    ["$650/day", "hour", /a day rate: put it in Day Rate/],
    ["$3,000/wk", "day", /a weekly rate/],
    ["TBD/day", "day", /is not a number/],
    ["per day", "day", /is not a number/],
  ])("near miss: %p as a %s rate is a bad number (%p)", (input, per, reason) => {
    const r = parseRate(input, per);
    expect(isFail(r) && r.code).toBe("bad-number");
    expect(isFail(r) && r.reason).toMatch(reason);
  });

  test.each<[CellValue, number]>([
    ["2 units", 2],
    ["3 pcs", 3],
    ["x2", 2],
    ["2x", 2],
    ["1 set", 1],
    [4, 4],
  ])("capacity %p -> %p", (input, expected) => {
    expect(parseCount(input)).toBe(expected);
  });

  test.each<[CellValue]>([["two"], ["2 trucks and a van"], ["2.5 units"]])("near miss: capacity %p", (input) => {
    const r = parseCount(input);
    expect(isFail(r) && r.code).toBe("bad-number");
  });
});

describe("priority, yes/no, numbers", () => {
  test.each<[CellValue, number]>([
    [1, 1],
    [3, 3],
    ["Critical", 1],
    ["urgent", 1],
    ["High", 2],
    ["Medium", 3],
    ["normal", 3],
    ["LOW", 4],
    ["P2", 2],
    ["2", 2],
    ["High priority", 2],
    ["1 - High", 1], // a tracker's "number - word": the number counts
    ["2 (Medium)", 2],
    ["#1", 1],
    ["2nd", 2],
    ["Urgent!", 1], // an exclamation mark says the same
    ["Critical!", 1],
  ])("priority %p -> %p", (input, expected) => {
    expect(parsePriority(input)).toBe(expected);
  });

  test.each<[CellValue]>([
    [0],
    [-1],
    ["soon"],
    ["ASAP"],
    ["Critical?"],
    ["P0"],
    ["1 - 2"],
    ["High - 1"],
    ["constructor"],
    ["toString"],
    ["__proto__"],
  ])("priority %p is bad", (input) => {
    const r = parsePriority(input);
    // The contract's own code for a number field (§6); Priority is a number or one of its words.
    expect(isFail(r) && r.code).toBe("bad-number");
  });

  test.each([["constructor 3 2026"], ["2 valueOf 2026"], ["hasOwnProperty 2, 2026"]])(
    "a date naming an Object method instead of a month, %p, is not a date",
    (input) => {
      expect(isFail(parseDate(input, {}))).toBe(true);
    },
  );

  test.each<[CellValue, boolean]>([
    ["yes", true],
    ["Y", true],
    [true, true],
    ["x", true],
    [1, true],
    ["no", false],
    ["N", false],
    [false, false],
    [0, false],
  ])("yes/no %p -> %p", (input, expected) => {
    expect(parseYesNo(input)).toBe(expected);
  });

  test.each<[CellValue]>([["maybe"], [2]])("yes/no %p is bad", (input) => {
    const r = parseYesNo(input);
    expect(isFail(r) && r.code).toBe("bad-value");
  });

  test.each<[CellValue, number]>([
    [1200, 1200],
    ["1200", 1200],
    ["$1,200.50", 1200.5],
    ["1,200", 1200],
    ["€ 950", 950],
    ["(300)", -300],
    ["-$5", -5],
    ["1e3", 1000],
  ])("number %p -> %p", (input, expected) => {
    expect(parseNumber(input)).toBe(expected);
  });

  test.each<[CellValue]>([["12,00"], ["1,2345"], ["ten"], ["$"], [true], [Number.NaN]])("number %p is bad", (input) => {
    const r = parseNumber(input);
    expect(isFail(r) && r.code).toBe("bad-number");
  });

  // Text from a European workbook (pasted from e-mail or a PDF): where a form reads only one way it is read in any
  // culture; where it reads two ways (1,250 / 1.250 / 45,50) the culture decides.
  test.each<[string, number | "bad", number | "bad"]>([
    ["1.250,00", 1250, 1250],
    ["1.250,50 €", 1250.5, 1250.5],
    ["EUR 3.000,00", 3000, 3000],
    ["1.250.000", 1250000, 1250000],
    ["1,250,000", 1250000, 1250000],
    ["1,250.50", 1250.5, 1250.5],
    ["1'250.50", 1250.5, 1250.5],
    ["1 250,50", "bad", 1250.5],
    ["1\u00a0250,50", "bad", 1250.5],
    ["45,50", "bad", 45.5],
    ["0,5", "bad", 0.5],
    ["1,250", 1250, 1.25],
    ["1.250", 1.25, 1250],
    ["1.5", 1.5, 1.5],
    ["(1.250,00)", -1250, -1250],
    // No thousands group starts with 0: a decimal where the culture reads one, never 500.
    ["0.500", 0.5, 0.5],
    ["0,500", "bad", 0.5],
    // Dollars and pounds are written with points wherever the workbook is; euros follow the culture.
    ["$1,250", 1250, 1250],
    ["1.250 €", 1.25, 1250],
  ])("number %p: %p without a culture, %p where decimal commas are written", (input, plain, comma) => {
    const read = (o: { decimalComma?: boolean }) => {
      const r = parseNumber(input, o);
      return isFail(r) ? "bad" : r;
    };
    expect(read({})).toBe(plain);
    expect(read({ decimalComma: true })).toBe(comma);
  });

  test.each<[string]>([["7:00-9:00"], ["7am \u2013 9:30am"], ["07:00 to 19:00"]])(
    "a call and a wrap in one cell (%p) says where each goes",
    (text) => {
      const r = parseTime(text);
      expect(isFail(r) && r.code).toBe("bad-time");
      expect(isFail(r) && r.reason).toMatch(
        / is two times: write the call \(.+\) in Start and the wrap \(.+\) in End$/,
      );
    },
  );

  test("near miss: a date-time range is no time pair of this kind", () => {
    const r = parseTime("TBD - after lunch");
    expect(isFail(r) && r.reason).toMatch(/is not a time; write it like 07:00/);
  });

  test("a decimal comma where the culture writes points says so and how to write it", () => {
    const r = parseNumber("45,50");
    expect(isFail(r) && r.reason).toBe(
      "'45,50' is not a number here: a decimal comma is read only where the workbook's culture writes them " +
        "(de-DE, fr-FR...); write it like 45.50",
    );
  });

  test.each<[string, number]>([
    ["1,5x", 1.5],
    ["1,5", 1.5],
    ["150%", 1.5],
  ])("multiplier %p -> %p", (input, expected) => {
    expect(parseMultiplier(input)).toBe(expected);
  });

  test.each<[string, number]>([
    ["1,5h", 90],
    ["7,5", 450],
  ])("duration with a decimal comma %p -> %p minutes", (input, expected) => {
    expect(parseDuration(input)).toBe(expected);
  });

  test.each<[string | undefined, boolean]>([
    ["de-DE", true],
    ["fr-FR", true],
    ["pt-BR", true],
    ["en-US", false],
    ["en-GB", false],
    ["ja-JP", false],
    [undefined, false],
    ["not a culture!", false],
  ])("culture %p writes decimal commas: %p", (culture, expected) => {
    expect(writesDecimalComma(culture)).toBe(expected);
  });
});

describe("instants", () => {
  test.each<[CellValue, number, boolean]>([
    ["2026-03-02", MAR2 * 1440, true],
    [MAR2, MAR2 * 1440, true],
    [MAR2 + 0.5, MAR2 * 1440 + 720, false],
    ["2026-03-02 18:00", MAR2 * 1440 + 1080, false],
    ["2026-03-02T06:15", MAR2 * 1440 + 375, false],
    ["Mon, March 2, 2026 7 PM", MAR2 * 1440 + 1140, false],
  ])("%p", (input, minutes, dateOnly) => {
    expect(parseInstant(input)).toEqual({ minutes, dateOnly });
  });
});
