/**
 * What a cell's number format says about the number in it (snapshot `formatHints`). A bare value cannot tell a
 * date-time at midnight from a date (both are a whole serial), nor 24:00 from a typed hour 1, nor a duration
 * typed as `1:30` (0.0625 of a day) from 0.0625 hours; the format the coordinator sees can.
 */
import { cellKey } from "./a1";
import type { FormatHint } from "./snapshot";

/** `"quoted text"`, `[...]` sections (colours, locales, conditions, elapsed [h]) and `\x` `_x` `*x` escapes. */
const NOT_CODES = /"[^"]*"|\[[^\]]*]|[\\_*]./g;
/** Elapsed time (`[h]:mm`, `[mm]:ss`): 1 shows 24:00, a time of day like any other. */
const ELAPSED = /\[(?:h+|m+|s+)]/i;
const TIME_PART = /[hs]|am\/pm|a\/p/i;
/** `m` alone is month or minute, so it decides nothing. */
const DATE_PART = /[yd]/i;

/**
 * A format code's hint: "datetime" when it shows a date and a time of day, "time" for a time of day without a
 * date, null for anything else (General, numbers, dates only, a format with only `m`).
 */
export function formatHintOf(code: string): FormatHint | null {
  const time = ELAPSED.test(code);
  const plain = code.replace(NOT_CODES, "");
  const hasTime = time || TIME_PART.test(plain);
  if (!hasTime) return null;
  return DATE_PART.test(plain) ? "datetime" : "time";
}

/** Built-in number formats (OOXML numFmtId with no code in the file): 18-21 and 45-47 times, 22 a date-time. */
export function builtinFormatHint(id: number): FormatHint | null {
  if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47)) return "time";
  return id === 22 ? "datetime" : null;
}

/** The key of a cell in `formatHints`, from its 1-based Excel row and column. */
export const formatHintKey = cellKey;

/** formatHintOf, remembered per code: a sheet has a few distinct formats over many cells. */
export function formatHintCache(): (code: string) => FormatHint | null {
  const seen = new Map<string, FormatHint | null>();
  return (code) => {
    let hint = seen.get(code);
    if (hint === undefined) {
      hint = formatHintOf(code);
      seen.set(code, hint);
    }
    return hint;
  };
}
