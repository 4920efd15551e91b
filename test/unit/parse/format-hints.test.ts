/**
 * The snapshot's format hints settle what a whole number cannot say: a whole serial in a date-time cell is
 * midnight (not a date-only value), and exactly 1 in a time cell is 24:00 (not the hour 01:00). Without a hint
 * every value reads as before.
 */
import { parseWorkbook } from "../../../src/core/parse";
import type { CellValue, FormatHint, SheetSnapshot, WorkbookSnapshot } from "../../../src/core/snapshot";
import { hintsAt, serial } from "./snapshot-helpers";

const DUE = serial("2026-03-12");
const DATE = serial("2026-03-11");
const DAY = 1440;

function sheet(name: string, values: CellValue[][], hints?: Record<string, FormatHint>, col = 1): SheetSnapshot {
  return { name, used: { row: 1, col, values }, tables: [], ...(hints ? { formatHints: hintsAt(hints) } : {}) };
}

function book(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return {
    sheets: [
      ...sheets,
      sheet("Cast", [
        ["ID", "Name"],
        ["1", "Ada"],
      ]),
    ],
  };
}

/** One strip on 3/11, 18:00 to `end`, due `due`, on a sheet starting at column `col`. */
function strip(due: CellValue, end: CellValue, hints?: Record<string, FormatHint>, col = 1): WorkbookSnapshot {
  return book(
    sheet(
      "Schedule",
      [
        ["ID", "Date", "Start", "End", "Cast", "Deadline"],
        ["S1", DATE, 18 / 24, end, "1", due],
      ],
      hints,
      col,
    ),
  );
}

describe("Deadline: a whole serial", () => {
  test("hinted datetime is midnight at the start of that day", () => {
    const item = parseWorkbook(strip(DUE, 22 / 24, { "2,6": "datetime" })).items[0];
    expect(item.deadline).toBe(DUE * DAY);
    expect(item.deadlineDateOnly).toBe(false);
  });
  test("unhinted is date-only: the end of that day", () => {
    const item = parseWorkbook(strip(DUE, 22 / 24)).items[0];
    expect(item.deadline).toBe((DUE + 1) * DAY);
    expect(item.deadlineDateOnly).toBe(true);
  });
  test("hinted time (no date shown) stays date-only", () => {
    expect(parseWorkbook(strip(DUE, 22 / 24, { "2,6": "time" })).items[0].deadlineDateOnly).toBe(true);
  });
  test("a hint on another cell changes nothing", () => {
    expect(parseWorkbook(strip(DUE, 22 / 24, { "2,5": "datetime" })).items[0].deadline).toBe((DUE + 1) * DAY);
  });
  test("the key is the absolute Excel column: a sheet starting at column C", () => {
    expect(parseWorkbook(strip(DUE, 22 / 24, { "2,8": "datetime" }, 3)).items[0].deadline).toBe(DUE * DAY);
    expect(parseWorkbook(strip(DUE, 22 / 24, { "2,6": "datetime" }, 3)).items[0].deadline).toBe((DUE + 1) * DAY);
  });
  test("a hinted Deadline merged down a day's strips holds for every row it covers", () => {
    const m = parseWorkbook({
      sheets: [
        {
          name: "Schedule",
          used: {
            row: 1,
            col: 1,
            values: [
              ["ID", "Date", "Start", "End", "Cast", "Deadline"],
              ["S1", DATE, 18 / 24, 20 / 24, "1", DUE],
              ["S2", DATE, 20 / 24, 22 / 24, "1", null],
            ],
          },
          tables: [],
          merges: ["F2:F3"],
          formatHints: hintsAt({ "2,6": "datetime" }),
        },
        sheet("Cast", [
          ["ID", "Name"],
          ["1", "Ada"],
        ]),
      ],
    });
    expect(m.items.map((i) => i.deadline)).toEqual([DUE * DAY, DUE * DAY]);
  });
});

describe("End: exactly 1", () => {
  test.each<[FormatHint]>([["time"], ["datetime"]])("hinted %p is 24:00, as the text `24:00` reads", (hint) => {
    const hinted = parseWorkbook(strip(null, 1, { "2,4": hint })).items[0];
    const text = parseWorkbook(strip(null, "24:00")).items[0];
    expect(hinted.end).toBe(DATE * DAY + DAY);
    expect(hinted.end).toBe(text.end);
  });
  test("unhinted is the hour 01:00 (people type 7 for 07:00): the next day's 01:00 after an 18:00 Start", () => {
    expect(parseWorkbook(strip(null, 1)).items[0].end).toBe(DATE * DAY + DAY + 60);
  });
  test("a hinted 7 is still 07:00 (only exactly 1 is settled)", () => {
    expect(parseWorkbook(strip(null, 7, { "2,4": "time" })).items[0].end).toBe(DATE * DAY + DAY + 7 * 60);
  });
  test("a hinted Start of exactly 1 is 24:00 too", () => {
    const m = parseWorkbook(
      book(
        sheet(
          "Schedule",
          [
            ["ID", "Date", "Start", "End", "Cast"],
            ["S1", DATE, 1, 2 / 24, "1"],
          ],
          { "2,3": "time" },
        ),
      ),
    );
    expect(m.items[0].start).toBe(DATE * DAY + DAY);
  });
});

test("the Date column is unchanged: a Date in a date-time cell is that date", () => {
  const m = parseWorkbook(
    book(
      sheet(
        "Schedule",
        [
          ["ID", "Date", "Start", "End", "Cast"],
          ["S1", DATE, 18 / 24, 20 / 24, "1"],
        ],
        { "2,2": "datetime" },
      ),
    ),
  );
  expect(m.items[0].date).toBe(DATE);
  expect(m.items[0].start).toBe(DATE * DAY + 18 * 60);
});

describe("Availability To: a whole serial", () => {
  const windows = (hints?: Record<string, FormatHint>) =>
    parseWorkbook(
      book(
        sheet("Schedule", [
          ["ID", "Date", "Cast"],
          ["S1", DATE, "1"],
        ]),
        sheet(
          "Availability",
          [
            ["Resource", "From", "To", "Kind"],
            ["Ada", DATE, DUE, "unavailable"],
          ],
          hints,
        ),
      ),
    ).availability;
  test("hinted datetime ends at midnight at the start of that day", () => {
    expect(windows({ "2,3": "datetime" })[0].to).toBe(DUE * DAY);
  });
  test("unhinted is date-only: covers that whole day", () => {
    expect(windows()[0].to).toBe((DUE + 1) * DAY);
  });
  test("a hinted From at midnight is the same midnight either way", () => {
    expect(windows({ "2,2": "datetime" })[0].from).toBe(windows()[0].from);
  });
});

test("Materials: a hinted midnight Delivery and Needed By are times (00:00), not dates", () => {
  const read = (hints?: Record<string, FormatHint>) =>
    parseWorkbook(
      book(
        sheet("Schedule", [
          ["ID", "Date", "Cast"],
          ["S1", DATE, "1"],
        ]),
        sheet(
          "Materials",
          [
            ["Item", "Delivery", "Needed By"],
            ["Rain towers", DATE, DUE],
          ],
          hints,
        ),
      ),
    ).materials[0];
  const hinted = read({ "2,2": "datetime", "2,3": "datetime" });
  expect([hinted.delivery, hinted.deliveryDateOnly, hinted.neededBy, hinted.neededByDateOnly]).toEqual([
    DATE * DAY,
    false,
    DUE * DAY,
    false,
  ]);
  const plain = read();
  expect([plain.deliveryDateOnly, plain.neededByDateOnly]).toEqual([true, true]);
});

describe("durations shown as times hold days (`1:30` typed into Excel is 0.0625 of a day)", () => {
  /** One strip on 3/11 from 08:00 with a Duration and no End; the Duration cell is D2. */
  function withDuration(duration: CellValue, hints?: Record<string, FormatHint>) {
    return parseWorkbook(
      book(
        sheet(
          "Schedule",
          [
            ["ID", "Date", "Start", "Duration", "Cast"],
            ["S1", DATE, 8 / 24, duration, "1"],
          ],
          hints,
        ),
      ),
    ).items[0];
  }
  test.each<[CellValue, Record<string, FormatHint> | undefined, number]>([
    [1.5 / 24, { "2,4": "time" }, 90],
    [8 / 24, { "2,4": "time" }, 480],
    [26 / 24, { "2,4": "time" }, 26 * 60], // [h]:mm shows 26:00
    [1.5, undefined, 90], // hours as a number (contract §2)
    [0.5, undefined, 30],
    [1.5, { "2,5": "time" }, 90], // a hint on another cell
  ])("Duration %p with hints %p is %p min", (duration, hints, minutes) => {
    expect(withDuration(duration, hints).durationMin).toBe(minutes);
  });

  test("Lead Time shown as a time (1:30) is 90 min, a plain 90 is 90 min, and [h]:mm 1.25 is 30 h", () => {
    const lead = (v: CellValue, hints?: Record<string, FormatHint>) =>
      parseWorkbook({
        sheets: [
          sheet(
            "Cast",
            [
              ["ID", "Name", "Lead Time"],
              ["1", "Ada", v],
            ],
            hints,
          ),
        ],
      }).resources[0].leadTimeMin;
    expect(lead(1.5 / 24, { "2,3": "time" })).toBe(90);
    expect(lead(90)).toBe(90);
    expect(lead(1.25, { "2,3": "time" })).toBe(30 * 60);
  });

  test("a Rules table's hours shown as a time (11:30) are 11.5 h", () => {
    const m = parseWorkbook({
      sheets: [
        sheet(
          "Rules",
          [
            ["Rule Set", "Min Rest (h)", "Max Day (h)"],
            ["Night Crew", 11.5 / 24, 13],
          ],
          { "2,2": "time" },
        ),
      ],
    });
    const night = [...m.ruleSets.values()].find((r) => r.name === "Night Crew");
    expect(night?.minRestHours).toBe(11.5);
    expect(night?.maxDayHours).toBe(13);
  });
});
