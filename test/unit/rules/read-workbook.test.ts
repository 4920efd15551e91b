/**
 * Rules on parsed workbooks, where what a finding says depends on how a cell was read: a Location cell naming a
 * location by its ID, an Availability row naming someone no resource table lists.
 */
import { parseWorkbook } from "../../../src/core/parse";
import { runRules } from "../../../src/core/rules";
import type { CellValue } from "../../../src/core/snapshot";
import { rangeSheet, workbook } from "../parse/snapshot-helpers";

const SCHEDULE = ["ID", "Date", "Start", "End", "Location", "Crew"];

function findings(sheets: [string, CellValue[][]][]) {
  const model = parseWorkbook(workbook(...sheets.map(([name, rows]) => rangeSheet(name, rows))));
  return {
    conflicts: runRules(model).map((c) => [c.type, c.resource, c.items.join(" "), c.date, c.magnitude]),
    issues: model.issues.map((i) => [i.code, `${i.sheet}!${i.cell}`]),
  };
}

describe("a Location cell naming a location by its ID", () => {
  const locations: [string, CellValue[][]] = [
    "Locations",
    [
      ["ID", "Name"],
      ["L1", "Stage 4"],
      ["L2", "Harbor Pier"],
    ],
  ];
  const crew: [string, CellValue[][]] = [
    "Crew",
    [
      ["ID", "Name"],
      ["G", "Gail"],
    ],
  ];

  test("is the same place as the location's name, for travel as for double-booking", () => {
    const { conflicts } = findings([
      [
        "Schedule",
        [
          SCHEDULE,
          ["V1", "2026-03-02", "08:00", "10:00", "Stage 4", "G"],
          ["V2", "2026-03-02", "10:00", "11:00", "L1", "G"],
          ["V3", "2026-03-03", "08:00", "10:00", "Stage 4", ""],
          ["V4", "2026-03-03", "09:00", "11:00", "l1", ""],
        ],
      ],
      locations,
      crew,
    ]);
    // No travel between V1 and V2 (one place, two spellings); V3 and V4 book the one stage twice.
    expect(conflicts).toEqual([["double-booking", "L1", "V3 V4", "2026-03-03", 1]]);
  });

  test("a Travel row by ID or by name serves cells written either way; a text naming no location stays a place of its own", () => {
    const { conflicts } = findings([
      [
        "Schedule",
        [
          SCHEDULE,
          ["T1", "2026-03-02", "08:00", "10:00", "Stage 4", "G"],
          ["T2", "2026-03-02", "10:40", "11:00", "Harbor Pier", "G"],
          ["T3", "2026-03-03", "08:00", "10:00", "L2", "G"],
          ["T4", "2026-03-03", "10:40", "11:00", "Stage 4", "G"],
          ["T5", "2026-03-04", "08:00", "10:00", "Stage 4", "G"],
          ["T6", "2026-03-04", "10:20", "11:00", "Stage 5", "G"],
        ],
      ],
      locations,
      crew,
      [
        "Travel",
        [
          ["From", "To", "Minutes"],
          ["L1", "harbor pier", 45],
        ],
      ],
    ]);
    // 40 min of a 45 min trip both ways; Stage 5 is no location row, so the 30 min buffer.
    expect(conflicts).toEqual([
      ["travel", "G", "T1 T2", "2026-03-02", 5],
      ["travel", "G", "T3 T4", "2026-03-03", 5],
      ["travel", "G", "T5 T6", "2026-03-04", 10],
    ]);
  });

  test("the travel message names a location by its Name where the cell gives its ID", () => {
    const model = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          SCHEDULE,
          ["T3", "2026-03-03", "08:00", "10:00", "l2", "G"],
          ["T4", "2026-03-03", "10:20", "11:00", "Stage 4", "G"],
        ]),
        rangeSheet(...locations),
        rangeSheet(...crew),
      ),
    );
    expect(runRules(model).map((c) => c.message)).toEqual([
      "Gail (G) has 20 min to get from Harbor Pier (T3, wrap 10:00) to Stage 4 (T4, call 10:20); the travel buffer is 30 min.",
    ]);
  });
});

describe("an Availability row naming no listed resource", () => {
  test("is still that name's window where the schedule names it (contract §3: resolved like a schedule token)", () => {
    const { conflicts, issues } = findings([
      [
        "Schedule",
        [
          SCHEDULE,
          ["A1", "2026-03-11", "08:00", "09:00", "", "Drone Op"],
          ["A2", "2026-03-12", "08:00", "09:00", "", "drone op"],
        ],
      ],
      [
        "Crew",
        [
          ["ID", "Name"],
          ["G", "Gail"],
        ],
      ],
      [
        "Availability",
        [
          ["Resource", "From", "To", "Kind"],
          ["Drone Op", "2026-03-11", "2026-03-11", ""],
          ["Nobody", "2026-03-11", "", ""],
        ],
      ],
    ]);
    expect(conflicts).toEqual([["unavailable", "Drone Op", "A1", "2026-03-11", 60]]);
    expect(issues).toEqual([
      ["unknown-resource", "Availability!A2"],
      ["unknown-resource", "Availability!A3"],
      ["unknown-resource", "Schedule!F2"],
      ["unknown-resource", "Schedule!F3"],
    ]);
  });
});

describe("an Equipment row with Qty 0 (kit on order)", () => {
  const schedule: [string, CellValue[][]] = [
    "Schedule",
    [
      ["ID", "Date", "Start", "End", "Equipment"],
      ["R1", "2026-04-20", "08:00", "10:00", "Haze machine"],
      ["R2", "2026-04-20", "10:00", "11:00", "Crane"],
      ["R3", "2026-04-21", "08:00", "09:00", "Crane"],
    ],
  ];

  test("is Capacity 0: each timed booking of it is over by one, and 0 is no data issue", () => {
    const model = parseWorkbook(
      workbook(
        rangeSheet("Schedule", schedule[1]),
        rangeSheet("Equipment", [
          ["Name", "Qty"],
          ["Haze machine", 0],
          ["Crane", -1],
        ]),
      ),
    );
    const found = runRules(model);
    expect(found.map((c) => [c.type, c.resource, c.items.join(" "), c.date, c.magnitude])).toEqual([
      ["double-booking", "Haze machine", "R1", "2026-04-20", 1],
    ]);
    expect(found[0].message).toBe(
      "Haze machine has Capacity 0 but is booked from 08:00 Mon 2026-04-20 to 10:00 Mon 2026-04-20: R1.",
    );
    expect(found[0].suggestion).toBe("Book a Haze machine and raise its Capacity from 0, or take Haze machine off R1.");
    // A count below 0 is a typo: the default 1 is used.
    expect(model.issues.map((i) => [i.code, `${i.sheet}!${i.cell}`])).toEqual([["bad-number", "Equipment!B3"]]);
  });
});

describe("a Cast cell Excel turned into a date (1/4 typed, 4 January kept)", () => {
  test("the unknown-resource issue says it reads as a date and what was likely typed", () => {
    const model = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["ID", "Date", "Start", "End", "Cast"],
          ["S1", "2026-03-02", "08:00", "10:00", 46026],
          ["S2", "2026-03-02", "10:00", "11:00", 7],
        ]),
        rangeSheet("Cast", [
          ["Cast #", "Character"],
          [1, "ELENA"],
        ]),
      ),
    );
    expect(model.issues.map((i) => [i.code, i.cell, i.message])).toEqual([
      [
        "unknown-resource",
        "E2",
        "Schedule!E2: '46026' is not on any resource table, and reads as the date 2026-01-04: Excel turns numbers typed like 1/4 into dates. Format the cell as Text and type the list again — still checked for double booking",
      ],
      [
        "unknown-resource",
        "E3",
        "Schedule!E3: '7' is not on any resource table (by ID, Name or Role); add it to Cast, Crew or Equipment — still checked for double booking",
      ],
    ]);
  });
});

describe("a Crew cell naming a Position with a '/' in it (Hair/Makeup)", () => {
  test("is two names to the contract; the issue says whose Position the whole cell is", () => {
    const model = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["ID", "Date", "Start", "End", "Crew"],
          ["S1", "2026-03-02", "08:00", "10:00", "Gaffer, Hair/Makeup"],
        ]),
        rangeSheet("Crew", [
          ["ID", "Name", "Position"],
          ["C5", "Dana Fox", "Hair/Makeup"],
          ["C6", "Tom Hale", "Gaffer"],
        ]),
      ),
    );
    expect(model.issues.map((i) => i.message)).toEqual([
      "Schedule!E2: 'Hair', 'Makeup' are not on any resource table (by ID, Name or Role); add them to Cast, Crew or Equipment; 'Hair/Makeup' is the Role of C5 on Crew, but '/' separates names in a list: write C5 or Dana Fox — still checked for double booking",
    ]);
  });
});

describe("an unknown name close to a listed one", () => {
  test("the issue says who was likely meant; a name no one is near gets no guess", () => {
    const model = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["ID", "Date", "Start", "End", "Cast"],
          ["S1", "2026-03-02", "08:00", "10:00", "Jon Smith"],
          ["S2", "2026-03-02", "10:00", "11:00", "ben"],
          ["S3", "2026-03-02", "11:00", "12:00", "Emma Wu & Max Bell"],
          ["S4", "2026-03-02", "12:00", "13:00", "Zed, Bea"],
        ]),
        rangeSheet("Cast", [
          ["Cast #", "Name"],
          [1, "John Smith"],
          [2, "Ben Ortiz"],
          [3, "Emma Wu"],
          [4, "Max Bell"],
          [5, "Bea Lin"],
          [6, "Bea Ray"],
        ]),
      ),
    );
    const hints = model.issues.map((i) => /\(by ID, Name or Role\)(.*?); add/.exec(i.message)?.[1]);
    expect(hints).toEqual([
      "; did you mean John Smith (1) for 'Jon Smith'?",
      "; did you mean Ben Ortiz (2) for 'ben'?",
      "; '&' and 'and' do not separate names in a list: write 'Emma Wu, Max Bell'",
      // Two people are called Bea: no guess.
      "",
    ]);
  });
});

describe("a range of cast numbers in a Cast cell", () => {
  test("the issue says how to write the list instead of asking to add '1-3' to Cast", () => {
    const model = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["ID", "Date", "Start", "End", "Cast"],
          ["S1", "2026-03-02", "08:00", "10:00", "1-3"],
          ["S2", "2026-03-02", "10:00", "11:00", "2 \u2013 40, 1"],
          ["S3", "2026-03-02", "11:00", "12:00", "1-9"],
        ]),
        rangeSheet("Cast", [
          ["Cast #", "Name"],
          [1, "Ann"],
          [2, "Ben"],
          [3, "Cy"],
          [40, "Dee"],
        ]),
      ),
    );
    expect(model.issues.map((i) => i.message)).toEqual([
      "Schedule!E2: '1-3' is not on any resource table (by ID, Name or Role); a range of cast numbers is not expanded " +
        "in a list: write '1, 2, 3' — still checked for double booking",
      "Schedule!E3: '2 \u2013 40' is not on any resource table (by ID, Name or Role); a range of cast numbers is not " +
        "expanded in a list: write '2, ..., 40' — still checked for double booking",
      // 9 is no one's number: a name to add, as any other.
      "Schedule!E4: '1-9' is not on any resource table (by ID, Name or Role); add it to Cast, Crew or Equipment — " +
        "still checked for double booking",
    ]);
  });
});

describe("someone written in quotes or by their Email", () => {
  test("the issue names who it is and how to write them, not to add a second one", () => {
    const model = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["ID", "Date", "Start", "End", "Cast", "Crew"],
          ["S1", "2026-03-02", "08:00", "10:00", '"Ann","Ben"', "ana@post.co"],
          ["S2", "2026-03-02", "10:00", "11:00", "\u201cAnn\u201d", "bo@post.co"],
        ]),
        rangeSheet("Cast", [
          ["Cast #", "Name"],
          [1, "Ann"],
          [2, "Ben"],
        ]),
        rangeSheet("Crew", [
          ["ID", "Name", "Email"],
          ["ED1", "Ana Ruiz", "Ana@Post.co"],
        ]),
      ),
    );
    expect(model.issues.map((i) => i.message)).toEqual([
      `Schedule!E2: '"Ann"', '"Ben"' are not on any resource table (by ID, Name or Role); quotes are read as part of ` +
        "a name: write Ann (1) as 'Ann'; quotes are read as part of a name: write Ben (2) as 'Ben' — still checked for " +
        "double booking",
      "Schedule!F2: 'ana@post.co' is not on any resource table (by ID, Name or Role); 'ana@post.co' is the Email of " +
        "Ana Ruiz (ED1): write their ID or Name — still checked for double booking",
      "Schedule!E3: '\u201cAnn\u201d' is not on any resource table (by ID, Name or Role); quotes are read as part of a " +
        "name: write Ann (1) as 'Ann' — still checked for double booking",
      // Nobody's Email: someone to add, as any other name.
      "Schedule!F3: 'bo@post.co' is not on any resource table (by ID, Name or Role); add it to Cast, Crew or " +
        "Equipment — still checked for double booking",
    ]);
  });
});

describe("a cast number written with its sign, a leading zero or beside the name", () => {
  test("the issue says whom it means and how to write them; words naming someone else, or no one, get no such hint", () => {
    const tokens = ["#1", "No. 2", "01", "2.", "1.ANA", "2 - Ben Ray", "ANA (1)", "1.BEN", "7.ANA", "Ben (3)"];
    const model = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["ID", "Date", "Start", "End", "Cast"],
          ...tokens.map((t, k) => [`S${k}`, "2026-03-02", "08:00", "09:00", t]),
        ]),
        rangeSheet("Cast", [
          ["Cast #", "Name", "Character"],
          [1, "Ana Lee", "ANA"],
          [2, "Ben Ray", "BEN"],
        ]),
      ),
    );
    const hints = model.issues.map((i) => /\(by ID, Name or Role\); (.*) — still/.exec(i.message)?.[1]);
    expect(hints).toEqual([
      "write Ana Lee (1) as '1'",
      "write Ben Ray (2) as '2'",
      "write Ana Lee (1) as '1'",
      "write Ben Ray (2) as '2'",
      "a number and a name together name no one: write Ana Lee (1) as '1'",
      "a number and a name together name no one: write Ben Ray (2) as '2'",
      "a number and a name together name no one: write Ana Lee (1) as '1'",
      // 1 is Ana, BEN is Ben; 7 is no one's number; 3 is no one's number either.
      "add it to Cast, Crew or Equipment",
      "add it to Cast, Crew or Equipment",
      "add it to Cast, Crew or Equipment",
    ]);
    // Still unknown tokens, as the contract reads them: synthetic resources, checked for double booking.
    expect(model.items[0].resourceKeys).toEqual(["name:#1"]);
  });
});

describe("two strips with one ID on two schedule sheets (an old revision left in the workbook)", () => {
  test("a finding names each by its sheet and row as well; items stay the IDs", () => {
    const strip = ["S1", "2026-03-02", "08:00", "10:00", "Ann"];
    const model = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [["ID", "Date", "Start", "End", "Cast"], strip]),
        rangeSheet("Schedule (2)", [["ID", "Date", "Start", "End", "Cast"], strip]),
        rangeSheet("Cast", [["Name"], ["Ann"]]),
      ),
    );
    const [c] = runRules(model);
    expect(c.items).toEqual(["S1", "S1"]);
    expect(c.message).toBe(
      "Ann is booked in 2 items at once (capacity 1) from 08:00 Mon 2026-03-02 to 10:00 Mon 2026-03-02: S1 (Schedule row 2), S1 (Schedule (2) row 2).",
    );
    expect(c.suggestion).toMatch(
      /^Take Ann off some of S1 \(Schedule row 2\), S1 \(Schedule \(2\) row 2\)|^Move S1 \(Schedule \(2\) row 2\)/,
    );
  });
});
