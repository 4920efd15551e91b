/**
 * Value readings no other test pinned (found by mutation testing of src/core/parse/values.ts): each table says which
 * contract sentence (§2) or documented reading (docs/workbook-format.md) it holds the parser to.
 */
import { cellError, dateFromText, isFail, parseDate, parseMinutes, parseText } from "../../../src/core/parse/values";
import type { CellValue } from "../../../src/core/snapshot";
import { serial } from "./snapshot-helpers";

describe("named months and weekdays", () => {
  // §2: `2 Mar 2026`, `Mon, March 2, 2026`: every month's short and long name, every weekday before the date.
  const MONTHS: [string, string, number][] = [
    ["Jan", "January", 1],
    ["Feb", "February", 2],
    ["Mar", "March", 3],
    ["Apr", "April", 4],
    ["May", "May", 5],
    ["Jun", "June", 6],
    ["Jul", "July", 7],
    ["Aug", "August", 8],
    ["Sep", "September", 9],
    ["Sept", "September", 9],
    ["Oct", "October", 10],
    ["Nov", "November", 11],
    ["Dec", "December", 12],
  ];
  test.each(MONTHS)("2 %s 2026 and %s 2, 2026 are month %p", (short, long, month) => {
    const iso = `2026-${String(month).padStart(2, "0")}-02`;
    expect(parseDate(`2 ${short} 2026`)).toBe(serial(iso));
    expect(parseDate(`${long} 2, 2026`)).toBe(serial(iso));
  });

  // 2026-03-02 is a Monday; the name before it is not checked against the date, only read as a weekday.
  test.each([
    "Mon",
    "Monday",
    "Tue",
    "Tues",
    "Tuesday",
    "Wed",
    "Wednesday",
    "Thu",
    "Thur",
    "Thurs",
    "Thursday",
    "Fri",
    "Friday",
    "Sat",
    "Saturday",
    "Sun",
    "Sunday",
    "Thu.",
  ])("%s, March 2, 2026 and %s 3/2/2026 read the date", (day) => {
    expect(parseDate(`${day}, March 2, 2026`)).toBe(serial("2026-03-02"));
    expect(parseDate(`${day} 3/2/2026`)).toBe(serial("2026-03-02"));
  });

  // §2's named-month forms carry a year of two or four digits: `2 Mar 202` is a typo, not the year 202.
  test.each(["2 Mar 202", "March 2, 202", "2 Mar 12026", "123 Mar 2026"])("%p is no date", (text) => {
    expect(dateFromText(text)).toBeNull();
  });
});

describe("minutes (Lead Time, travel)", () => {
  // docs/workbook-format.md: minutes are 0 up to a week (MAX_MINUTES); a negative or longer one is a bad-number.
  test.each<[CellValue]>([[-5], [-0.5], [7 * 1440 + 1], [20000], ["-5"]])("minutes %p are bad", (input) => {
    const r = parseMinutes(input);
    expect(isFail(r) && r.code).toBe("bad-number");
  });
  test.each<[CellValue, number]>([
    [7 * 1440, 7 * 1440],
    [90, 90],
  ])("minutes %p -> %p", (input, expected) => {
    expect(parseMinutes(input)).toBe(expected);
  });
});

describe("Excel's newer error values", () => {
  // §2: "A cell holding an Excel error (`#N/A`, `#REF!`) is a data issue": also the errors Excel 365 shows (dynamic
  // arrays, data types, connections) as Office.js reports them, as text.
  test.each([
    "#SPILL!",
    "#CALC!",
    "#FIELD!",
    "#BUSY!",
    "#BLOCKED!",
    "#CONNECT!",
    "#UNKNOWN!",
    "#GETTING_DATA",
    "#N/A!",
  ])("%p is a cell error", (text) => {
    expect(cellError(text)).toBe(text);
    const r = parseText(text);
    expect(isFail(r) && r.code).toBe("cell-error");
  });
});

describe("ISO dates are whole", () => {
  // §2: text in ISO form (`2026-03-02`): the whole cell, not a date inside longer text.
  test.each(["12026-03-02", "x2026-03-02", "Sc 2026-03-02"])("%p is no date", (text) => {
    expect(dateFromText(text)).toBeNull();
  });
});
