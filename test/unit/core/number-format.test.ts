/**
 * The number-format classifier behind the snapshot's format hints: which formats say a whole number is a
 * date-time at midnight ("datetime") or a time of day ("time"), with the near misses that must say nothing.
 */
import { builtinFormatHint, formatHintCache, formatHintOf } from "../../../src/core/number-format";

describe("formatHintOf: a format code's hint", () => {
  test.each<[string, "datetime" | "time" | null, string]>([
    // date-times
    ["m/d/yyyy h:mm", "datetime", "what Excel shows a typed date-time in"],
    ["yyyy-mm-dd hh:mm:ss", "datetime", "what openpyxl writes for a datetime"],
    ["m/d/yyyy h:mm AM/PM", "datetime", "12-hour clock"],
    ["d-mmm-yy h:mm", "datetime", "named month"],
    ["[$-409]m/d/yy h:mm AM/PM;@", "datetime", "a locale section and a text section"],
    ["DD.MM.YYYY HH:MM", "datetime", "upper case"],
    ["m/d/yyyy h:mm A/P", "datetime", "A/P"],
    // times
    ["h:mm", "time", "time of day"],
    ["hh:mm:ss", "time", "with seconds"],
    ["h:mm AM/PM", "time", "12-hour clock"],
    ["mm:ss", "time", "minutes and seconds: s makes the m minutes"],
    ["[h]:mm", "time", "elapsed hours: 1 shows 24:00"],
    ["[mm]:ss", "time", "elapsed minutes"],
    ["[Red]h:mm", "time", "a colour"],
    ["hh\\h mm", "time", "an escaped h is text, the other h a time"],
    // near misses: nothing
    ['"h"0', null, "a quoted h is text"],
    ['0" hrs"', null, "a quoted unit"],
    ["\\h0", null, "an escaped h is text"],
    ["yyyy-mm-dd", null, "a date only"],
    ["ddd m/d/yyyy", null, "a date with its weekday"],
    ["mmm", null, "m alone: month or minute"],
    ["mm", null, "m alone"],
    ["General", null, "General"],
    ["0.00", null, "a number"],
    ["#,##0.00_);[Red](#,##0.00)", null, "accounting: _) is a space, not a letter"],
    ["[$USD] #,##0", null, "a currency section"],
    ["@", null, "text"],
    ["", null, "empty"],
  ])("%p -> %p (%s)", (code, want) => {
    expect(formatHintOf(code)).toBe(want);
  });
});

describe("builtinFormatHint: OOXML numFmtId without a code", () => {
  test.each<[number, "datetime" | "time" | null]>([
    [0, null],
    [2, null],
    [13, null],
    [14, null],
    [15, null],
    [17, null],
    [18, "time"],
    [19, "time"],
    [20, "time"],
    [21, "time"],
    [22, "datetime"],
    [23, null],
    [44, null],
    [45, "time"],
    [46, "time"],
    [47, "time"],
    [48, null],
    [49, null],
  ])("id %p -> %p", (id, want) => {
    expect(builtinFormatHint(id)).toBe(want);
  });
});

test("formatHintCache answers as formatHintOf, for repeated codes too", () => {
  const hintOf = formatHintCache();
  for (const code of ["h:mm", "m/d/yyyy h:mm", "General", "h:mm", "yyyy-mm-dd", "m/d/yyyy h:mm"])
    expect(hintOf(code)).toBe(formatHintOf(code));
});
