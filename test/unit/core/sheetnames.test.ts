/**
 * Generated sheets' names (contract §8): legal in Excel, and never the name of a user's sheet. Pinned here directly,
 * since the executors' tests only meet the common cases.
 */
import { SheetNameAllocator, callSheetName, legalSheetName } from "../../../src/core/sheetnames";

describe("legalSheetName: a name Excel accepts", () => {
  test.each<[string, string, string]>([
    // Excel refuses : \ / ? * [ ] in a sheet name: each becomes "-", all of them, not just the first.
    ["forbidden characters", "Day 1: INT/EXT [A]?*\\", "Day 1- INT-EXT -A----"],
    // A name may not start or end with an apostrophe (Excel quotes sheet names with them in formulas).
    ["apostrophes at the ends", "'Lou's Diner'", "Lou's Diner"],
    // "History" is reserved by Excel (the shared-workbook change log), in any case.
    ["the reserved History", "History", "History (PC)"],
    ["the reserved History, in other case and with spaces", " HISTORY ", "History (PC)"],
    ["empty after cleaning", "''", "Sheet"],
    ["only spaces", "   ", "Sheet"],
    // At most 31 characters, and no space left dangling where it was cut.
    ["cut to 31", "Call Sheet for the Longest Day of the Shoot", "Call Sheet for the Longest Day"],
    ["surrounding spaces", "  Conflicts  ", "Conflicts"],
  ])("%s", (_n, wanted, expected) => {
    const name = legalSheetName(wanted);
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(31);
  });
});

describe("SheetNameAllocator: a user's sheet of the same name is never taken", () => {
  test("a name a user's sheet has (in any case) gets (2), then (3); the user's own names are never given", () => {
    const names = new SheetNameAllocator(["conflicts", "DOOD", "DOOD (2)"]);
    expect(names.allocate("Conflicts")).toBe("Conflicts (2)");
    expect(names.allocate("DOOD")).toBe("DOOD (3)");
    expect(names.allocate("Priorities")).toBe("Priorities");
  });

  test("a name given in this run is not given again, whatever its case", () => {
    const names = new SheetNameAllocator([]);
    expect(names.allocate("Call Sheet Day 1")).toBe("Call Sheet Day 1");
    expect(names.allocate("call sheet day 1")).toBe("call sheet day 1 (2)");
    expect(names.allocate("Call Sheet Day 1")).toBe("Call Sheet Day 1 (3)");
  });

  test("the suffix fits within 31 characters, cutting the name (and a space left at the cut), not the suffix", () => {
    const long = "Call Sheet 2026-03-02 Unit A xx"; // 31 characters; the first 27 end in a space
    expect(long).toHaveLength(31);
    const names = new SheetNameAllocator([long]);
    const given = names.allocate(long);
    expect(given).toBe("Call Sheet 2026-03-02 Unit (2)");
    expect(given.length).toBeLessThanOrEqual(31);
  });
});

describe("callSheetName (contract §8)", () => {
  test.each<[number | undefined, boolean, string]>([
    [3, true, "Call Sheet Day 3"],
    // Near misses: no Shoot Day column, or none for this date: by date.
    [3, false, "Call Sheet 2026-03-02"],
    [undefined, true, "Call Sheet 2026-03-02"],
  ])("shoot day %s, Shoot Day column %s: %s", (day, hasColumn, expected) => {
    expect(callSheetName("2026-03-02", day, hasColumn)).toBe(expected);
  });
});

describe("cuts never split an emoji", () => {
  // Office.js refuses a sheet name holding half a surrogate pair; Excel counts an emoji as two characters.
  const emojiAt31 = `${"x".repeat(30)}🎬 call`;
  test("the 31-character cut drops an emoji it would split", () => {
    expect(legalSheetName(emojiAt31)).toBe("x".repeat(30));
  });
  test("the cut for ' (2)' drops an emoji it would split", () => {
    const wanted = `${"x".repeat(26)}🎬x`;
    const names = new SheetNameAllocator([wanted]);
    expect(names.allocate(wanted)).toBe(`${"x".repeat(26)} (2)`);
  });
});
