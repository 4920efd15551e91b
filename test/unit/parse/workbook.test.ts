import { parseWorkbook } from "../../../src/core/parse";
import type { Model } from "../../../src/core/model";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/snapshot";
import { hintsAt, minutes, rangeSheet, serial, tableSheet, workbook } from "./snapshot-helpers";
import { placeKey, scheduleColumns } from "../../../src/core/columns";

const D = serial("2026-03-02");
const CAST: CellValue[][] = [
  ["Cast #", "Name", "Character"],
  [1, "Ann Lee", "Hero"],
  [2, "Bo Diaz", "Villain"],
  [7, "Cy Park", "Cop"],
];

function schedule(rows: CellValue[][], headers: CellValue[] = ["ID", "Date", "Start", "End", "Cast"]): CellValue[][] {
  return [headers, ...rows];
}

function codes(m: Model): string[] {
  return m.issues.map((i) => i.code);
}

function issue(m: Model, code: string) {
  const found = m.issues.find((i) => i.code === code);
  if (!found) throw new Error(`no ${code} issue in ${JSON.stringify(m.issues)}`);
  return found;
}

describe("finding tables", () => {
  test("a title row above the headers is skipped", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Sheet1", [
          ["Shooting Schedule - Week 1"],
          [null, null],
          ["Scene #", "Date", "Call", "Wrap"],
          ["12", D, 0.25, 0.5],
        ]),
      ),
    );
    expect(m.tables[0]).toMatchObject({ role: "schedule", headerAddress: "A3:D3", roleSource: "headers" });
    expect(m.items).toHaveLength(1);
    expect(m.items[0]).toMatchObject({ id: "row:4", row: 4, scene: "12", start: D * 1440 + 360, end: D * 1440 + 720 });
    expect(codes(m)).toEqual([]);
  });

  test("a first row with two matching headers is the header row even when a later row matches too", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["Date", "Scene"],
          [D, "1"],
          ["Date", "Scene"],
        ]),
      ),
    );
    expect(m.tables[0].headerAddress).toBe("A1:B1");
    expect(m.items).toHaveLength(2);
  });

  test("an Excel table is read at its own position; other cells on the sheet are not", () => {
    const table = schedule([["A", D, 0.25, 0.5, 1]]);
    const sheet = tableSheet("Board", "Schedule", table, 5, 2);
    sheet.used = { row: 1, col: 1, values: [["Notes"], ["whatever", "x", "y"]] };
    const m = parseWorkbook(workbook(sheet, rangeSheet("Cast", CAST)));
    expect(m.tables[0]).toMatchObject({
      sheet: "Board",
      table: "Schedule",
      headerAddress: "B5:F5",
      roleSource: "name",
    });
    expect(m.items[0]).toMatchObject({ id: "A", row: 6 });
    expect(m.items[0].cells.Start).toBe("D6");
    expect(m.items[0].cells.Cast).toBe("F6");
    expect(JSON.parse(JSON.stringify(m.items[0].cells))).toEqual({
      ID: "B6",
      Date: "C6",
      Start: "D6",
      End: "E6",
      Cast: "F6",
    });
  });

  test("several schedule tables are concatenated in sheet order; resource tables are merged", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Week 1 Schedule", schedule([["A", D, 0.25, 0.5, 1]]), 1, 1),
        tableSheet("Week 2", "Schedule2", schedule([["B", D + 7, 0.25, 0.5, "Crew Guy"]])),
        rangeSheet("Cast", CAST),
        rangeSheet("Crew", [
          ["Name", "Position"],
          ["Crew Guy", "Gaffer"],
        ]),
      ),
    );
    expect(m.items.map((i) => [i.id, i.index])).toEqual([
      ["A", 0],
      ["B", 1],
    ]);
    expect(m.resources.map((r) => [r.label, r.type, r.order])).toEqual([
      ["1", "cast", 0],
      ["2", "cast", 1],
      ["7", "cast", 2],
      ["Crew Guy", "crew", 3],
    ]);
    expect(m.items[1].crew).toEqual([]);
    expect(m.items[1].cast).toEqual(["name:crew guy"]);
  });

  test("generated sheets are never read", () => {
    const s = rangeSheet("Conflicts", schedule([["A", D, 0.25, 0.5, 1]]));
    s.generated = true;
    const m = parseWorkbook(workbook(s, rangeSheet("Schedule", schedule([]))));
    expect(m.tables.map((t) => t.sheet)).toEqual(["Schedule"]);
  });

  test("a saved mapping wins over the name, and can ignore a sheet", () => {
    const snap: WorkbookSnapshot = workbook(
      rangeSheet("Crew", schedule([["A", D, 0.25, 0.5, ""]])),
      rangeSheet("Schedule", schedule([["B", D, 0.25, 0.5, ""]])),
    );
    snap.settings = { mappings: { Crew: { role: "schedule" }, Schedule: { role: "ignore" } } };
    const m = parseWorkbook(snap);
    expect(m.items.map((i) => i.id)).toEqual(["A"]);
    expect(m.tables).toHaveLength(1);
    expect(m.tables[0]).toMatchObject({ sheet: "Crew", roleSource: "saved" });
  });

  test("saved column overrides map an odd header", () => {
    const snap = workbook(
      rangeSheet("Schedule", [
        ["Date", "Report"],
        [D, 0.25],
      ]),
    );
    snap.settings = { mappings: { Schedule: { role: "schedule", columns: { Start: "Report" } } } };
    const m = parseWorkbook(snap);
    expect(m.items[0].callOnly).toBe(D * 1440 + 360);
  });

  test("headers that fit no role give unknown-table at the header cell", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Sheet2", [
          ["Mood", "Colour"],
          ["happy", "red"],
        ]),
        rangeSheet("Schedule", schedule([])),
      ),
    );
    // The schema's cell is one A1 address: the header row's first cell (the message names the whole header).
    expect(issue(m, "unknown-table")).toMatchObject({ sheet: "Sheet2", cell: "A1" });
    expect(issue(m, "unknown-table").message).toMatch(/^Sheet2!A1:B1: /);
    expect(m.tables[0].role).toBeNull();
  });

  test("headers that fit two roles equally give ambiguous-table", () => {
    // Budget: Account, Amount, Name (Description); Resources: Account, Name, Kind (Type): a tie.
    const m = parseWorkbook(
      workbook(rangeSheet("Sheet2", [["Account", "Amount", "Name", "Kind"]]), rangeSheet("Schedule", schedule([]))),
    );
    const found = issue(m, "ambiguous-table");
    expect(found.message).toContain("fit Resources and Budget equally");
    expect(found.cell).toBe("A1");
  });

  // A grader's rental quote: Item | Qty | Vendor matched Materials' Item, Quantity and Vendor, one more than Resources'
  // Name and Capacity, and was read as materials missing their Delivery (its cameras unknown in the schedule).
  test.each<[string, string[], string]>([
    [
      "a rental list (all Resources needs, one column fewer) is a resources list",
      ["Item", "Qty", "Vendor"],
      "resources",
    ],
    [
      "near miss: with Needed For it is a materials list missing its Delivery",
      ["Item", "Qty", "Vendor", "Needed For"],
      "materials",
    ],
    ["near miss: with Delivery it is materials", ["Item", "Qty", "Vendor", "Delivery"], "materials"],
    // A review's near misses: a schedule missing its Date stays a schedule (its missing-column says so) beside a
    // complete Availability guess (Resource, From, To, Notes), which once read prep tasks as unavailable time.
    ["near miss: prep tasks without a Date stay a schedule", ["Task", "Crew", "Start", "End", "Notes"], "schedule"],
    ["near miss: a one-liner without a Date stays a schedule", ["Scene", "Cast", "Start", "End", "Notes"], "schedule"],
  ])("%s", (_name, headers, role) => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Camera Package", [headers, ["Alexa Mini", 2, "Panavision", "", ""].slice(0, headers.length)]),
        rangeSheet("Schedule", schedule([])),
      ),
    );
    expect(m.tables.find((t) => t.sheet === "Camera Package")?.role).toBe(role);
  });

  // A grader's locations list numbered its places in `Loc #`: they were read by Name only, and `L3` in a strip's
  // Location named no place.
  test.each([["Loc #"], ["Loc No."], ["Loc ID"], ["LOC"]])("a Locations list's %s is its ID", (header) => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Locations", [
          [header, "Location", "Address"],
          ["L3", "Marina Lot", "Pier 2"],
        ]),
        rangeSheet("Schedule", schedule([])),
      ),
    );
    expect(codes(m)).toEqual([]);
    expect(m.resources[0]).toMatchObject({ id: "L3", name: "Marina Lot", type: "location", address: "Pier 2" });
  });

  test("a Name/Address table with no Type column is read as locations", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Places", [
          ["Name", "Address", "Crew Parking"],
          ["Barn", "1 Farm Rd", "Lot B"],
        ]),
        rangeSheet("Schedule", schedule([])),
      ),
    );
    expect(m.resources[0]).toMatchObject({ type: "location", address: "1 Farm Rd", parking: "Lot B" });
  });

  test("a people table placed by its headers alone is read as resources, not locations", () => {
    // Both roles match ID, Name, Role, Dept and Phone now that Locations takes every Resources column.
    const m = parseWorkbook(
      workbook(
        rangeSheet("Sheet3", [
          ["ID", "Name", "Role", "Dept", "Phone"],
          ["C7", "Ray Oduya", "Gaffer", "Electric", "555-0101"],
        ]),
        rangeSheet("Schedule", schedule([])),
      ),
    );
    expect(m.tables[0].role).toBe("resources");
    expect(m.resources[0]).toMatchObject({ id: "C7", type: "other", role: "Gaffer" });
  });

  test("a Locations sheet takes the Resources columns and its Type column", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Locations", [
          ["Resource ID", "Name", "Quantity", "Start", "Type", "Lead Time"],
          ["LOC1", "Stage 5", 2, "2026-03-03", "", 30],
          ["V1", "Honeywagon", "", "", "vehicle", ""],
        ]),
        rangeSheet("Schedule", schedule([])),
      ),
    );
    expect(m.resources.map((r) => [r.id, r.type, r.capacity])).toEqual([
      ["LOC1", "location", 2],
      ["V1", "vehicle", 1],
    ]);
    expect(m.resources[0].availableFrom).toBeDefined();
    expect(m.resources[0].leadTimeMin).toBe(30);
  });

  test("an End date-time before its Start is quoted as the date and time it holds, not as a serial", () => {
    const march2 = 46083; // 2026-03-02
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["ID", "Date", "Start", "End"],
          ["S1", march2, march2 + 0.75, march2 - 0.5],
        ]),
      ),
    );
    const found = issue(m, "bad-time");
    expect(found.cell).toBe("D2");
    expect(found.message).toContain("End '2026-03-01 12:00' is before Start '2026-03-02 18:00'");
  });

  test("a missing required column is reported at the header row's first cell", () => {
    const m = parseWorkbook(
      workbook(rangeSheet("Schedule", [["Title"], ["x"], ["ID", "Start", "End"], ["A", 0.25, 0.5]])),
    );
    const found = issue(m, "missing-column");
    expect(found).toMatchObject({ sheet: "Schedule", cell: "A3" });
    expect(found.message).toContain('add a column headed "Date"');
  });

  test("no schedule at all gives missing-table", () => {
    const m = parseWorkbook(workbook(rangeSheet("Cast", CAST)));
    expect(codes(m)).toEqual(["missing-table"]);
  });

  test("a header written on two rows is read as one when together they name more columns", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Sheet1", [
          ["Shoot", "Call", "Wrap", "Scene", "Cast"],
          ["Date", "Time", "Time", "#", "IDs"],
          [D, "07:00", "09:00", "1", "1"],
          [D, "08:00", "10:00", "2", "1"],
        ]),
        rangeSheet("Cast", CAST),
      ),
    );
    expect(m.tables[0]).toMatchObject({ role: "schedule", columns: { Date: "Shoot Date", Start: "Call Time" } });
    expect(m.items.map((i) => [i.id, i.row, i.start !== undefined])).toEqual([
      ["row:3", 3, true],
      ["row:4", 4, true],
    ]);
    expect(codes(m)).toEqual([]);
  });

  test("near miss: a first data row of plain text is data, not a second header row", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["ID", "Date", "Start", "End", "Set"],
          ["Kitchen", D, "", "", "Int Kitchen"],
        ]),
        rangeSheet("Crew", [
          ["Name", "Position", "Dept"],
          ["Ray Ng", "Camera", "Camera"],
          ["Jo Park", "Gaffer", "Electric"],
        ]),
      ),
    );
    expect(m.items.map((i) => i.id)).toEqual(["Kitchen"]);
    expect(m.resources.map((r) => r.label)).toEqual(["Ray Ng", "Jo Park"]);
  });

  test("lists side by side or one under another on one sheet are read as lists of their own", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet(
          "Schedule",
          schedule([["A", D, "07:00", "09:00", "1, Ray Ng"]], ["ID", "Date", "Start", "End", "Cast"]),
        ),
        rangeSheet("Contacts", [
          ["Cast #", "Character", "Actor", null, "Name", "Position", "Dept"],
          [1, "Hero", "Ann Lee", null, "Ray Ng", "DP", "Camera"],
          [2, "Villain", "Bo Diaz", null, "Jo Park", "Gaffer", "Electric"],
          [null, null, null, null, null, null, null],
          ["Name", "Qty", "Type", null, null, null, null],
          ["Dolly", 2, "equipment", null, null, null, null],
        ]),
      ),
    );
    expect(m.tables.map((t) => [t.role, t.headerAddress])).toEqual([
      ["schedule", "A1:E1"],
      ["resources", "A1:C1"],
      ["resources", "A5:C5"],
      ["resources", "E1:G1"],
    ]);
    expect(m.resources.map((r) => [r.label, r.type, r.row])).toEqual([
      ["1", "cast", 2],
      ["2", "cast", 3],
      ["Dolly", "equipment", 6],
      ["Ray Ng", "crew", 2],
      ["Jo Park", "crew", 3],
    ]);
    expect(codes(m)).toEqual([]);
  });

  test("near misses: a spacer column inside a cast list or before a schedule's Location column splits nothing", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["ID", "Date", "Start", "End", "Cast", null, "Location", "Phone"],
          ["A", D, "07:00", "09:00", "1", null, "Stage 1", "555"],
        ]),
        rangeSheet("Cast", [
          ["Cast #", "Character", null, "Actor"],
          [1, "Hero", null, "Ann Lee"],
        ]),
      ),
    );
    expect(m.tables.map((t) => [t.role, t.headerAddress])).toEqual([
      ["schedule", "A1:H1"],
      ["resources", "A1:D1"],
    ]);
    expect(m.items[0].location).toBe("Stage 1");
    expect(m.resources.map((r) => [r.label, r.name])).toEqual([["1", "Ann Lee"]]);
  });

  test("a name beyond the contract's (Talent) gives way to headers that name another role", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", schedule([["A", D, "07:00", "09:00", "1"]])),
        rangeSheet("Cast", CAST),
        rangeSheet("Talent", [
          ["Resource", "From", "To", "Kind"],
          [1, D, D, "unavailable"],
        ]),
      ),
    );
    expect(m.tables.map((t) => t.role)).toEqual(["schedule", "resources", "availability"]);
    expect(m.availability).toHaveLength(1);
  });

  test("near miss: a schedule with a blank spacer column and a notes block under it stays one table", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["ID", "Date", null, "Start", "End", "Cast"],
          ["A", D, null, "07:00", "09:00", "1"],
          ["B", D, null, "10:00", "11:00", "2"],
          [null, null, null, null, null, null],
          ["Notes", "Rain cover", null, null, null, null],
        ]),
        rangeSheet("Cast", CAST),
      ),
    );
    expect(m.tables.map((t) => [t.role, t.headerAddress])).toEqual([
      ["schedule", "A1:F1"],
      ["resources", "A1:C1"],
    ]);
    expect(m.items.slice(0, 2).map((i) => [i.id, i.start !== undefined])).toEqual([
      ["A", true],
      ["B", true],
    ]);
  });

  test("blank rows inside a table are skipped", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet(
          "Schedule",
          schedule([
            ["A", D, "", "", ""],
            [null, "", "  ", null, null],
            ["B", D, "", "", ""],
          ]),
        ),
      ),
    );
    expect(m.items.map((i) => [i.id, i.row])).toEqual([
      ["A", 2],
      ["B", 4],
    ]);
    expect(m.tables[0].rows).toBe(2);
  });
});

describe("schedule items", () => {
  function one(row: CellValue[], headers?: CellValue[], extra: WorkbookSnapshot["sheets"] = []) {
    const m = parseWorkbook(
      workbook(rangeSheet("Schedule", schedule([row], headers)), rangeSheet("Cast", CAST), ...extra),
    );
    return { m, item: m.items[0] };
  }

  test.each<[string, CellValue[], Partial<Record<string, unknown>>]>([
    [
      "start and end",
      ["A", D, 0.25, 0.5, ""],
      { start: minutes("2026-03-02 06:00"), end: minutes("2026-03-02 12:00"), timed: true },
    ],
    [
      "text times",
      ["A", "2026-03-02", "7a", "7:30 PM", ""],
      { start: minutes("2026-03-02 07:00"), end: minutes("2026-03-02 19:30"), timed: true },
    ],
    [
      "night shoot",
      ["A", D, "18:00", "04:00", ""],
      { start: minutes("2026-03-02 18:00"), end: minutes("2026-03-03 04:00"), timed: true },
    ],
    ["25:30 end", ["A", D, "18:00", "25:30", ""], { end: minutes("2026-03-03 01:30"), timed: true }],
    [
      "zero length",
      ["A", D, "09:00", "09:00", ""],
      { start: minutes("2026-03-02 09:00"), end: minutes("2026-03-02 09:00"), timed: true },
    ],
    [
      "start alone is a call",
      ["A", D, "07:00", "", ""],
      { callOnly: minutes("2026-03-02 07:00"), timed: false, start: undefined },
    ],
    ["date only", ["A", D, "", "", ""], { date: D, timed: false, start: undefined, end: undefined }],
    [
      "own date-time",
      ["A", D, D + 1 + 0.25, D + 1 + 0.5, ""],
      { start: minutes("2026-03-03 06:00"), end: minutes("2026-03-03 12:00") },
    ],
  ])("%s", (_name, row, expected) => {
    expect(one(row).item).toMatchObject(expected);
  });

  test.each<[string, CellValue[], Partial<Record<string, unknown>>]>([
    [
      "start + duration",
      ["A", D, "08:00", "", 1.5],
      { start: minutes("2026-03-02 08:00"), end: minutes("2026-03-02 09:30"), durationMin: 90 },
    ],
    [
      "end + duration",
      ["A", D, "", "10:00", "90m"],
      { start: minutes("2026-03-02 08:30"), end: minutes("2026-03-02 10:00") },
    ],
    ["duration alone", ["A", D, "", "", "2h"], { timed: false, durationMin: 120 }],
    // A Duration fills a blank cell only: a Start or End the user wrote and the tool cannot read stays unread.
    ["bad start, end + duration", ["A", D, "noonish", "12:00", "2h"], { timed: false, start: undefined }],
    ["start + duration, bad end", ["A", D, "08:00", "lunch", "2h"], { timed: false, end: undefined }],
  ])("%s", (_name, row, expected) => {
    expect(one(row, ["ID", "Date", "Start", "End", "Duration"]).item).toMatchObject(expected);
  });

  test("a bad End leaves a date-only item and one bad-time issue", () => {
    const { m, item } = one(["A", D, "07:00", "lunch", ""]);
    expect(item).toMatchObject({ date: D, timed: false, callOnly: minutes("2026-03-02 07:00") });
    expect(m.issues).toEqual([
      {
        code: "bad-time",
        sheet: "Schedule",
        cell: "D2",
        message: "Schedule!D2: 'lunch' is not a time; write it like 07:00 or 7:30 PM",
      },
    ]);
  });

  test("a bad Date is a bad-date issue; the row stays with date null", () => {
    const { m, item } = one(["A", "31/02/2026", "07:00", "08:00", ""]);
    expect(item.date).toBeNull();
    expect(item.timed).toBe(false);
    expect(issue(m, "bad-date").message).toBe("Schedule!B2: '31/02/2026' is not a date; write it like 2026-03-02");
  });

  test("times without a Date are reported at the Date cell", () => {
    const { m, item } = one(["A", "", "07:00", "08:00", ""]);
    expect(item).toMatchObject({ date: null, timed: false });
    expect(m.issues.map((i) => [i.code, i.cell])).toEqual([["missing-value", "B2"]]);
  });

  test("a date-time Start does not date a row whose Date is blank or bad: the row is not checked (contract §3, §5)", () => {
    const blank = one(["A", "", D + 0.25, "08:00", ""]);
    expect(blank.item.date).toBeNull();
    expect(blank.m.issues.map((i) => [i.code, i.cell])).toEqual([["missing-value", "B2"]]);
    const bad = one(["A", "3/40/2026", D + 0.25, D + 0.5, ""]);
    expect(bad.item.date).toBeNull();
    expect(bad.m.issues.map((i) => [i.code, i.cell])).toEqual([["bad-date", "B2"]]);
  });

  test("an error in a Cast cell is a cell-error, not an unknown resource", () => {
    const { m, item } = one(["A", D, "", "", "#N/A"]);
    expect(item.cast).toEqual([]);
    expect(m.issues.map((i) => [i.code, i.cell])).toEqual([["cell-error", "E2"]]);
  });

  test.each<[CellValue]>([[{ error: "#N/A" }], ["#REF!"]])("an error cell %p is a cell-error issue", (v) => {
    const { m } = one(["A", D, v, "08:00", ""]);
    expect(issue(m, "cell-error")).toMatchObject({ sheet: "Schedule", cell: "C2" });
  });

  test.each<[string, boolean]>([
    ["Cancelled", true],
    ["canceled", true],
    ["OMITTED", true],
    ["Cancel", false],
    ["Scheduled", false],
    // Contract §3's words exactly: a note may reverse them ("Cancelled - reinstated").
    ["Cancelled - weather", false],
    ["Cancelled - reinstated", false],
    ["OMITTED: rewrite", false],
    ["Cancelled?", false],
    // Not the contract's Omitted: live (contract §3 names the statuses every rule ignores).
    ["OMIT", false],
    ["OMIT - rewrite", false],
    ["Cut", false],
    ["Cut short", false],
    ["Moved", false],
    ["Cancelled? ask the AD", false],
    ["Not cancelled", false],
    ["Cancellation pending", false],
  ])("status %p cancelled=%p", (status, cancelled) => {
    expect(one(["A", D, "", "", "", status], ["ID", "Date", "Start", "End", "Cast", "Status"]).item.cancelled).toBe(
      cancelled,
    );
  });

  test("deadline: date-only means the end of that day; a date-time is exact", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["ID", "Date", "Due"],
          ["A", D, "2026-03-05"],
          ["B", D, "2026-03-05 18:00"],
          ["C", D, "18:00"],
        ]),
      ),
    );
    expect(m.items.map((i) => [i.deadline, i.deadlineDateOnly])).toEqual([
      [minutes("2026-03-06 00:00"), true],
      [minutes("2026-03-05 18:00"), false],
      [minutes("2026-03-02 18:00"), false],
    ]);
  });

  test("other columns: shoot day, scene, pages, priority, set, I/E, D/N, notes", () => {
    const headers = ["Scene No.", "Shoot Day #", "Date", "Pgs", "Pri", "Set Name", "INT/EXT", "Day/Night", "Remarks"];
    const m = parseWorkbook(
      workbook(rangeSheet("Schedule", [headers, ["12A", 3, D, "1 4/8", "High", "KITCHEN", "INT", "D", "rain cover"]])),
    );
    expect(m.items[0]).toMatchObject({
      scene: "12A",
      shootDay: 3,
      eighths: 12,
      priority: 2,
      set: "KITCHEN",
      ie: "INT",
      dn: "D",
      notes: "rain cover",
    });
    expect(m.hasShootDayColumn).toBe(true);
  });

  test("a Day column holding weekday names gives no day number and no data issue; other text is a bad-number", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["Day", "Date", "Scene"],
          ["Mon", D, "1"],
          ["Tue.", D + 1, "2"],
          ["Day 3", D + 2, "3"],
          ["Mo", D + 3, "4"],
        ]),
      ),
    );
    expect(m.items.map((i) => i.shootDay)).toEqual([undefined, undefined, 3, undefined]);
    expect(m.issues.map((i) => [i.code, i.cell])).toEqual([["bad-number", "A5"]]);
  });

  test("hasShootDayColumn needs at least one value", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["Date", "Day"],
          [D, null],
        ]),
      ),
    );
    expect(m.hasShootDayColumn).toBe(false);
  });

  test("IDs: missing gives row:N; numbers and text compare as text; duplicates are flagged and both kept", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["ID", "Date"],
          [7, D],
          ["", D],
          ["7", D],
          ["7.0", D],
        ]),
      ),
    );
    expect(m.items.map((i) => i.id)).toEqual(["7", "row:3", "7", "7"]);
    expect(m.itemById.get("7")?.row).toBe(2);
    expect(m.issues.filter((i) => i.code === "duplicate-id").map((i) => i.cell)).toEqual(["A4", "A5"]);
  });

  test("IDs: tables side by side without an ID column get different made-up IDs, not duplicate-id", () => {
    const block = (scene: string): CellValue[][] => [
      ["Date", "Scene"],
      [D, scene],
    ];
    const values: CellValue[][] = [
      [...block("a")[0], null, ...block("b")[0], null, ...block("c")[0]],
      [...block("a")[1], null, ...block("b")[1], null, ...block("c")[1]],
    ];
    const tables = [1, 4, 7].map((col, k) => ({ name: `Schedule${k + 1}`, row: 1, col, values: block("abc"[k]) }));
    const m = parseWorkbook({ sheets: [{ name: "Plan", used: { row: 1, col: 1, values }, tables }] });
    expect(m.items.map((i) => [i.id, i.scene])).toEqual([
      ["row:2", "a"],
      ["Plan!row:2", "b"],
      ["Plan!G2", "c"],
    ]);
    expect(m.issues.filter((i) => i.code === "duplicate-id")).toEqual([]);
  });
});

describe("resource resolution", () => {
  const resources: CellValue[][] = [
    ["ID", "Name", "Role", "Type", "Capacity"],
    [7, "Ann Lee", "Hero", "cast", ""],
    ["G1", "Grip Truck", "", "vehicle", 2],
    ["", "Dana Fox", "Gaffer", "crew", ""],
  ];

  function items(cast: CellValue, extra: CellValue[][] = []) {
    return parseWorkbook(
      workbook(rangeSheet("Schedule", [["Date", "Cast"], [D, cast], ...extra]), rangeSheet("Resources", resources)),
    );
  }

  test.each<[CellValue, string[]]>([
    [7, ["7"]],
    ["7", ["7"]],
    ["7.0", ["7"]],
    ["ann lee", ["7"]],
    ["HERO", ["7"]],
    ["g1; Dana Fox", ["g1", "name:dana fox"]],
    ["Gaffer", ["name:dana fox"]],
    ["7, Ann Lee, hero", ["7"]], // one resource named three ways: once
  ])("%p -> %p", (cast, keys) => {
    const m = items(cast);
    expect(m.items[0].cast).toEqual(keys);
    expect(codes(m)).toEqual([]);
  });

  test("unknown tokens: one issue per cell, one shared synthetic resource per token", () => {
    const m = items("Zed, 7, Yan", [[D, "zed"]]);
    expect(m.issues.map((i) => [i.code, i.cell])).toEqual([
      ["unknown-resource", "B2"],
      ["unknown-resource", "B3"],
    ]);
    expect(m.issues[0].message).toContain("'Zed', 'Yan' are not on any resource table");
    const zed = m.resourceByKey.get("name:zed");
    expect(zed).toMatchObject({ type: "other", capacity: 1, label: "Zed", synthetic: true, row: 0 });
    expect(m.items[0].cast).toEqual(["name:zed", "7", "name:yan"]);
    expect(m.items[1].cast).toEqual(["name:zed"]);
    expect(m.resources.filter((r) => r.synthetic)).toHaveLength(2);
  });

  test("an Unavailable cell with one bad date keeps its other dates, with a bad-date issue at the cell", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", schedule([])),
        rangeSheet("Crew", [
          ["Name", "Position", "Unavailable"],
          ["Gail", "Director", "3/2/2026, 3/40/2026"],
          ["Hal", "Gaffer", "3/40/2026; soon"],
        ]),
      ),
    );
    expect(m.resources.map((r) => r.unavailable)).toEqual([
      [{ from: serial("2026-03-02"), to: serial("2026-03-02") }],
      [],
    ]);
    expect(m.issues.map((i) => [i.code, i.cell, i.message])).toEqual([
      [
        "bad-date",
        "C2",
        "Crew!C2: '3/40/2026' is not a date or a range; write dates like 2026-03-02, ranges like 2026-03-02..2026-03-04 (the cell's other dates are used)",
      ],
      [
        "bad-date",
        "C3",
        "Crew!C3: '3/40/2026' is not a date or a range; write dates like 2026-03-02, ranges like 2026-03-02..2026-03-04 (none of this cell's dates is used)",
      ],
    ]);
  });

  test("resource fields", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", schedule([])),
        rangeSheet("Cast", [
          [
            "Cast ID",
            "Full Name",
            "Start Date",
            "Until",
            "Days Off",
            "Union",
            "Drop OK",
            "Rate",
            "Hour Rate",
            "Acct",
            "Mobile",
            "Makeup",
            "DOB",
            "Dept",
          ],
          [
            1,
            "Ann",
            "2026-03-01",
            "2026-03-20",
            "2026-03-05..2026-03-06; 3/9/2026",
            "SAG-AFTRA",
            "yes",
            "$1,000",
            50,
            1401,
            "555-0100",
            "1:30",
            "2001-05-05",
            "Cast",
          ],
        ]),
      ),
    );
    expect(m.resources[0]).toMatchObject({
      key: "1",
      label: "1",
      type: "cast",
      availableFrom: serial("2026-03-01"),
      availableTo: serial("2026-03-20"),
      unavailable: [
        { from: serial("2026-03-05"), to: serial("2026-03-06") },
        { from: serial("2026-03-09"), to: serial("2026-03-09") },
      ],
      ruleSet: "SAG-AFTRA",
      allowDrop: true,
      dayRate: 1000,
      hourlyRate: 50,
      account: "1401",
      phone: "555-0100",
      leadTimeMin: 90,
      birthDate: serial("2001-05-05"),
      department: "Cast",
      capacity: 1,
      sheet: "Cast",
      row: 2,
    });
    expect(codes(m)).toEqual([]);
  });

  test("a resource without ID is keyed by name; labels use ID else name", () => {
    const m = items("");
    expect(m.resources.map((r) => [r.key, r.label, r.type, r.capacity])).toEqual([
      ["7", "7", "cast", 1],
      ["g1", "G1", "vehicle", 2],
      ["name:dana fox", "Dana Fox", "crew", 1],
    ]);
  });

  test("bad type, bad capacity, unknown rule set and duplicate resource IDs are issues", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", schedule([])),
        rangeSheet("Crew", [
          ["ID", "Name", "Type", "Capacity", "Rule Set"],
          ["C1", "Al", "wizard", -2, "Teamsters"],
          ["c1", "Al again", "", "", ""],
          ["", "Bo", "", "", ""],
          ["", "bo", "", "", ""],
        ]),
      ),
    );
    // A row without an ID repeats a Name: named at the Name cell, not the blank ID cell.
    expect(m.issues.map((i) => [i.code, i.cell])).toEqual([
      ["bad-value", "C2"],
      ["bad-number", "D2"],
      ["unknown-rule-set", "E2"],
      ["duplicate-id", "A3"],
      ["duplicate-id", "B5"],
    ]);
    // "Al again" under C1 is another person: kept, named by Name; the ID stays Al's. Bo twice is one person.
    expect(m.resources.map((r) => [r.label, r.name])).toEqual([
      ["C1", "Al"],
      ["Al again", "Al again"],
      ["Bo", "Bo"],
    ]);
    expect(m.resources[0]).toMatchObject({ type: "crew", capacity: 1, ruleSet: "Teamsters" });
    expect(m.issues.find((i) => i.cell === "A3")?.message).toMatch(
      /ID 'c1' is already Al's on Crew row 2; Al again is read/,
    );
  });

  test("a Name-only row repeating a person of its type who has an ID is that person (duplicate-id); near misses", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", schedule([["S1", D, "08:00", "12:00", "Maya Okafor, 21, Chris Lee"]])),
        rangeSheet("Cast - Ep 101", [
          ["Cast #", "Actor"],
          [1, "Maya Okafor"],
        ]),
        rangeSheet("Cast - Ep 102", [
          ["Cast #", "Actor"],
          [null, "maya okafor "],
          [21, "Luis Haddad"],
          [22, "Maya Okafor"],
        ]),
        rangeSheet("Crew", [
          ["ID", "Name"],
          [null, "Maya Okafor"],
          [null, "Chris Lee"],
        ]),
      ),
    );
    expect(m.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([["duplicate-id", "Cast - Ep 102", "B2"]]);
    expect(m.issues[0].message).toMatch(/'maya okafor' is already ID '1' on Cast - Ep 101 row 2/);
    // Kept: another ID with the same Name (two people), and a crew row of that Name (another type).
    expect(m.resources.map((r) => r.label)).toEqual(["1", "21", "22", "Maya Okafor", "Chris Lee"]);
    expect(m.items[0].resourceKeys).toEqual(["1", "21", "name:chris lee"]);
  });

  test("a rule set defined in the Rules table or in settings is known", () => {
    const snap = workbook(
      rangeSheet("Schedule", schedule([])),
      rangeSheet("Rules", [
        ["Rule Set", "Min Rest (h)", "Travel Buffer (min)"],
        ["Teamsters", 9, "45m"],
        ["SAG-AFTRA", 11, ""],
      ]),
      rangeSheet("Crew", [
        ["Name", "Union"],
        ["Al", "teamsters"],
        ["Bo", "DGA"],
      ]),
    );
    snap.settings = { ruleSets: { DGA: { minRestHours: 8 } } };
    const m = parseWorkbook(snap);
    expect(codes(m)).toEqual([]);
    expect(m.ruleSets.get("teamsters")).toMatchObject({ name: "Teamsters", minRestHours: 9, travelBufferMin: 45 });
    expect(m.ruleSets.get("sagaftra")).toMatchObject({ minRestHours: 11, maxDayHours: 14 });
    expect(m.ruleSets.get("dga")?.minRestHours).toBe(8);
  });

  test("a rule set given twice: the first row counts, the later one is a duplicate-id; limits without a name are reported", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", schedule([])),
        rangeSheet("Rules", [
          ["Rule Set", "Min Rest (h)", "Max Day (h)"],
          ["Day Player", 12, 14],
          ["day  player", 10, 12],
          [null, 8, 8],
          ["#REF!", 9, 9],
          ["IATSE", 11, null],
          ["iatse", 9, 9],
        ]),
      ),
    );
    expect(m.ruleSets.get("dayplayer")).toMatchObject({ minRestHours: 12, maxDayHours: 14 });
    expect(m.ruleSets.get("iatse")).toMatchObject({ minRestHours: 11, maxDayHours: 14 });
    expect(m.issues.map((i) => [i.code, i.cell, i.message])).toEqual([
      [
        "duplicate-id",
        "A3",
        "Rules!A3: rule set 'day  player' is defined again (first at Rules!A2); this row is ignored, the first counts",
      ],
      [
        "missing-value",
        "A4",
        "Rules!A4: this row has limits but no Rule Set name; it is ignored (name the set the people's Rule Set column gives)",
      ],
      ["cell-error", "A5", expect.any(String)],
      [
        "duplicate-id",
        "A7",
        "Rules!A7: rule set 'iatse' is defined again (first at Rules!A6); this row is ignored, the first counts",
      ],
    ]);
  });

  test.each<[string, string]>([
    ["Cast", "SAG-AFTRA, the default for cast, applies"],
    ["Crew", "IATSE, the default for crew, applies"],
    ["Vehicles", "no rule set applies (vehicle has no default)"],
  ])("an unknown rule set on the %s sheet says what applies instead", (sheet, says) => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", schedule([])),
        rangeSheet(sheet, [
          ["Name", "Union"],
          ["Al", "Teamsters Local 399"],
        ]),
      ),
    );
    expect(issue(m, "unknown-rule-set").message).toMatch(
      new RegExp(`fix the name — ${says.replace(/[()]/g, "\\$&")}$`),
    );
  });

  test("the Location cell names a location resource, preferring type location", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["Date", "Location"],
          [D, "Barn"],
          [D, "Nowhere"],
          [D, "barn"],
        ]),
        rangeSheet("Props", [
          ["ID", "Name", "Type"],
          ["P1", "Barn", "equipment"],
        ]),
        rangeSheet("Locations", [
          ["Location", "Address", "Nearest Hospital", "Hospital Address"],
          ["Barn", "1 Farm Rd", "St Mary", "2 Main St"],
        ]),
      ),
    );
    const barn = m.resources.find((r) => r.type === "location")!;
    expect(barn).toMatchObject({ nearestHospital: "St Mary", hospitalAddress: "2 Main St" });
    expect(m.items.map((i) => i.locationKey)).toEqual([barn.key, undefined, barn.key]);
    expect(m.items[0].resourceKeys).toEqual([barn.key]);
    expect(codes(m)).toEqual([]);
  });
});

describe("numbered and annotated cast tokens", () => {
  // Contract §3: a token resolves by ID, Name or Role, else it is unknown. "1.JACK" and "MARLOWE (V.O.)" name
  // nothing as written, so they stay unknown (tried and dropped: reading the number or the bracket off).
  test.each<[string, string[]]>([
    ["1.HERO", ["name:1.hero"]],
    ["HERO (V.O.)", ["name:hero (v.o.)"]],
    ["1-2", ["name:1-2"]],
  ])("%p is an unknown resource", (cell, keys) => {
    const m = parseWorkbook(
      workbook(rangeSheet("Schedule", schedule([["A", D, "", "", cell]])), rangeSheet("Cast", CAST)),
    );
    expect(m.items[0].resourceKeys).toEqual(keys);
    expect(codes(m)).toEqual(["unknown-resource"]);
  });
});

describe("availability, materials, travel, budget, production", () => {
  test("availability windows", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", schedule([])),
        rangeSheet("Cast", CAST),
        rangeSheet("Availability", [
          ["Resource", "From", "To", "Kind"],
          [1, "2026-03-02", "2026-03-03", ""],
          ["Bo Diaz", "2026-03-02 08:00", "12:00", "Travel"],
          ["Villain", D, "", "day off"],
          ["Nobody", D, "", ""],
          [7, D, "", "vacation"],
          [7, "2026-03-05", "2026-03-04", ""],
        ]),
      ),
    );
    expect(m.availability.map((w) => [w.resourceKey, w.from, w.to, w.kind])).toEqual([
      ["1", minutes("2026-03-02 00:00"), minutes("2026-03-04 00:00"), "unavailable"],
      ["2", minutes("2026-03-02 08:00"), minutes("2026-03-02 12:00"), "travel"],
      ["2", minutes("2026-03-02 00:00"), minutes("2026-03-03 00:00"), "day off"],
      // Resolved like a schedule token (contract §3): an unknown name is the made-up resource a schedule cell would be.
      ["name:nobody", minutes("2026-03-02 00:00"), minutes("2026-03-03 00:00"), "unavailable"],
      ["7", minutes("2026-03-02 00:00"), minutes("2026-03-03 00:00"), "unavailable"],
    ]);
    expect(m.issues.map((i) => [i.code, i.cell])).toEqual([
      ["unknown-resource", "A5"],
      ["bad-value", "D6"],
      ["bad-date", "C7"],
    ]);
  });

  test.each<[string, string]>([
    ["Travel Day", "travel"],
    ["Pencil", "hold"],
    ["pencilled", "hold"],
    ["First Refusal", "hold"],
    ["Booked", "unavailable"],
    ["Rehearsals", "rehearsal"],
    ["Costume Fitting", "fitting"],
    ["Fittings", "fitting"],
  ])("availability Kind %p is %p, without a data issue", (kind, expected) => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", schedule([])),
        rangeSheet("Cast", CAST),
        rangeSheet("Availability", [
          ["Resource", "From", "Kind"],
          [1, "2026-03-02", kind],
        ]),
      ),
    );
    expect(m.availability.map((w) => w.kind)).toEqual([expected]);
    expect(codes(m)).toEqual([]);
  });

  test("From and To at the same midnight (a script's date-times) cover that day; the same time later is no window", () => {
    const sheet = rangeSheet("Availability", [
      ["Resource", "From", "To"],
      [1, D, D],
      [2, D + 0.5, D + 0.5],
    ]);
    sheet.formatHints = hintsAt({ "2,2": "datetime", "2,3": "datetime", "3,2": "datetime", "3,3": "datetime" });
    const m = parseWorkbook(workbook(rangeSheet("Schedule", schedule([])), rangeSheet("Cast", CAST), sheet));
    expect(m.availability.map((w) => [w.resourceKey, w.from, w.to])).toEqual([
      ["1", minutes("2026-03-02 00:00"), minutes("2026-03-03 00:00")],
    ]);
    expect(m.issues.map((i) => i.message)).toEqual([
      "Availability!C3: To 2026-03-02 12:00 is the same time as From 2026-03-02 12:00; this window is ignored",
    ]);
  });

  test("a date-only To the day before From is before it (it covers up to From's midnight, but was written earlier)", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", schedule([])),
        rangeSheet("Cast", CAST),
        rangeSheet("Availability", [
          ["Resource", "From", "To"],
          [1, D + 1, D],
        ]),
      ),
    );
    expect(m.availability).toEqual([]);
    expect(m.issues.map((i) => i.message)).toEqual([
      "Availability!C2: To 2026-03-02 is before From 2026-03-03; this window is ignored",
    ]);
  });

  test("materials, travel, budget", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", schedule([["A", D, 0.25, 0.5, ""]])),
        rangeSheet("Deliveries", [
          ["Item", "Qty", "Needed For", "ETA", "Vendor"],
          ["Rain towers", 2, "A; Z", "2026-03-02 09:00", "Acme"],
          ["Smoke", "", "", "", ""],
        ]),
        rangeSheet("Travel Times", [
          ["From", "To", "Minutes"],
          ["Barn", "Field", "1h"],
          ["Barn", "Town", "x"],
        ]),
        rangeSheet("Budget", [
          ["Account", "Description", "Amount"],
          [1401, "Cast", "$10,000"],
          ["Total Above the Line", "", "$10,000"],
          ["TOTAL", "", "$10,000"],
        ]),
      ),
    );
    expect(m.materials).toHaveLength(1);
    expect(m.materials[0]).toMatchObject({
      item: "Rain towers",
      quantity: 2,
      neededFor: ["A", "Z"],
      delivery: minutes("2026-03-02 09:00"),
      deliveryDateOnly: false,
      vendor: "Acme",
      row: 2,
    });
    expect(m.materials[0].cells.Delivery).toBe("D2");
    expect(m.travel).toEqual([{ from: "Barn", to: "Field", minutes: 60, fromPlace: "barn", toPlace: "field" }]);
    expect(m.budget).toEqual([
      { account: "1401", description: "Cast", amount: 10000, sheet: "Budget", row: 2, cell: "C2" },
    ]);
    expect(m.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ["missing-value", "Deliveries", "D3"],
      ["unknown-item", "Deliveries", "C2"],
      ["bad-number", "Travel Times", "C3"],
    ]);
  });

  test.each<[string, CellValue[][]]>([
    [
      "key/value rows",
      [
        ["Title", "Night Shift"],
        ["1st AD:", "Pat"],
        ["Nearest hospital", "St Mary"],
        ["Mood", "calm"],
      ],
    ],
    [
      "a header row",
      [
        ["Title", "1st AD", "Nearest Hospital", "Mood"],
        ["Night Shift", "Pat", "St Mary", "calm"],
      ],
    ],
  ])("production as %s", (_name, values) => {
    const m = parseWorkbook(workbook(rangeSheet("Schedule", schedule([])), rangeSheet("Production", values)));
    expect(m.production).toMatchObject({ Title: "Night Shift", "1st AD": "Pat", "Nearest Hospital": "St Mary" });
  });

  test("a Production Excel table of key/value rows: its 'Key | Value' header row is no field", () => {
    const values = [
      ["Key", "Value"],
      ["Title", "Night Shift"],
      ["Client", "Acme"],
    ];
    const m = parseWorkbook({
      sheets: [
        { name: "Schedule", used: { row: 1, col: 1, values: schedule([]) }, tables: [] },
        {
          name: "Production",
          used: { row: 1, col: 1, values },
          tables: [{ name: "tblProduction", row: 1, col: 1, values }],
        },
      ],
    });
    expect(m.production).toEqual({ Title: "Night Shift", Client: "Acme" });
  });

  test("production times shown as times: Sunrise and Sunset cells, a time-formatted cell, a date-time cell", () => {
    const sheet = rangeSheet("Production", [
      ["Sunrise", 0.2625],
      ["Sunset", 0.7597222222222222],
      ["Lunch", 0.5],
      ["Office Hours", 9],
      ["Prep Meeting", D + 0.75],
      ["Episode", 0.5],
    ]);
    sheet.formatHints = hintsAt({ "3,2": "time", "5,2": "datetime" });
    const m = parseWorkbook(workbook(rangeSheet("Schedule", schedule([])), sheet));
    expect(m.production).toMatchObject({
      Sunrise: "06:18",
      Sunset: "18:14",
      Lunch: "12:00",
      "Office Hours": "9",
      "Prep Meeting": "2026-03-02 18:00",
      Episode: "0.5",
    });
  });
});

describe("dependencies", () => {
  function deps(rows: [string, string][]) {
    return parseWorkbook(
      workbook(rangeSheet("Schedule", [["ID", "Date", "Depends On"], ...rows.map(([id, d]) => [id, D, d])])),
    );
  }

  test("known ids are kept as written; unknown ones are issues", () => {
    const m = deps([
      ["A", ""],
      ["B", "A"],
      ["C", "A, Q"],
    ]);
    expect(m.items.map((i) => i.dependsOn)).toEqual([[], ["A"], ["A", "Q"]]);
    expect(m.issues).toEqual([
      {
        code: "unknown-dependency",
        sheet: "Schedule",
        cell: "C4",
        message: "Schedule!C4: Depends On names 'Q', which is not an ID in the schedule",
      },
    ]);
  });

  test("several unknown IDs in one cell: one issue for the cell, naming each (as unknown-resource is one per cell)", () => {
    const m = deps([
      ["A", ""],
      ["B", "S8; A; S9; S8"],
    ]);
    expect(m.issues.map((i) => [i.code, i.cell, i.message])).toEqual([
      ["unknown-dependency", "C3", "Schedule!C3: Depends On names 'S8', 'S9', which are not IDs in the schedule"],
    ]);
  });

  test("a cycle is one issue listing its ids; a self-dependency is a cycle", () => {
    const m = deps([
      ["A", "C"],
      ["B", "A"],
      ["C", "B"],
      ["D", "A"],
      ["E", "E"],
    ]);
    const cycles = m.issues.filter((i) => i.code === "dependency-cycle");
    expect(cycles.map((c) => c.cell)).toEqual(["C2", "C6"]);
    expect(cycles[0].message).toContain("A → B → C → A");
    expect(cycles[1].message).toContain("E → E");
  });

  test("Depends On names IDs only: a scene number is an unknown dependency whose message names the scene's ID", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["Scene", "Date", "After"],
          ["1", D, ""],
          ["2", D, "1"],
          ["3", D, "row:2, 7, 7"],
        ]),
      ),
    );
    expect(m.items[1].dependsOn).toEqual(["1"]);
    expect(m.issues.map((i) => [i.code, i.cell])).toEqual([
      ["unknown-dependency", "C3"],
      ["unknown-dependency", "C4"],
    ]);
    expect(m.issues[0].message).toBe(
      "Schedule!C3: Depends On names '1', which is not an ID in the schedule; Scene 1 is row:2 — write that ID, or add an ID column",
    );
    // Once per cell, though the cell names it twice.
    expect(m.issues[1].message).toBe("Schedule!C4: Depends On names '7', which is not an ID in the schedule");
  });

  test("a planner's link (3FS+2 days, WO-1 (FS)) or #3 in Depends On is unknown, and the message says what to write", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["ID", "Date", "Predecessors"],
          ["3", D, ""],
          ["WO-1", D, ""],
          ["A", D, "3FS+2 days"],
          ["B", D, "WO-1 (FS)"],
          ["C", D, "#3"],
          // Near misses: the ID part names no item; a word ending in SS is no link (PRESS is not PRE).
          ["E", D, "9SS"],
          ["PRE", D, ""],
          ["F", D, "PRESS"],
        ]),
      ),
    );
    expect(m.items[2].dependsOn).toEqual(["3FS+2 days"]);
    expect(m.issues.map((i) => i.message.replace(/^.*in the schedule/, ""))).toEqual([
      "; '3FS+2 days' is a planner's link to 3: write '3' (a Depends On link is finish-to-start, without lag)",
      "; 'WO-1 (FS)' is a planner's link to WO-1: write 'WO-1' (a Depends On link is finish-to-start, without lag)",
      "; '#3' is 3 with a number sign: write '3'",
      "",
      "",
    ]);
  });

  test("Needed For names IDs only too: a scene number is an unknown item whose message names the scene's ID", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["Scene", "Date", "Start", "End"],
          ["14", D, "10:00", "11:00"],
        ]),
        rangeSheet("Materials", [
          ["Item", "Needed For", "Delivery"],
          ["Prop gun", "14", D],
          ["Blood rig", "15", D],
        ]),
      ),
    );
    expect(m.issues.map((i) => i.message)).toEqual([
      "Materials!B2: Needed For names '14', which is not an ID in the schedule; Scene 14 is row:2 — write that ID, or add an ID column",
      "Materials!B3: Needed For names '15', which is not an ID in the schedule",
    ]);
  });

  test("a chain of 200k items does not overflow the stack", () => {
    const rows: CellValue[][] = [["ID", "Date", "Depends On"]];
    for (let i = 0; i < 200000; i++) rows.push([`T${i}`, D, i ? `T${i - 1}` : `T199999`]);
    const m = parseWorkbook(workbook(rangeSheet("Schedule", rows)));
    const cycles = m.issues.filter((i) => i.code === "dependency-cycle");
    expect(cycles).toHaveLength(1);
    expect(cycles[0].cell).toBe("C2");
  });
});

describe("workbook settings", () => {
  test("1904 date system: serials are moved to the 1900 epoch", () => {
    const snap = workbook(rangeSheet("Schedule", schedule([["A", D - 1462, D - 1462 + 0.25, 0.5, ""]])));
    snap.date1904 = true;
    const m = parseWorkbook(snap);
    expect(m.items[0]).toMatchObject({ date: D, start: minutes("2026-03-02 06:00"), end: minutes("2026-03-02 12:00") });
  });

  test.each<[string | undefined, string]>([
    [undefined, "2026-03-04"],
    ["en-US", "2026-03-04"],
    ["en-GB", "2026-04-03"],
    ["de-DE", "2026-04-03"],
  ])("culture %p reads 3/4/2026 as %p", (culture, iso) => {
    const snap = workbook(rangeSheet("Schedule", [["Date"], ["3/4/2026"]]));
    snap.culture = culture;
    expect(parseWorkbook(snap).items[0].date).toBe(serial(iso));
  });

  test("Production keys are read by their aliases into the call sheet's own keys", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", schedule([["A", D, "07:00", "09:00", ""]])),
        rangeSheet("Production", [
          ["Show", "The Lighthouse Keeper"],
          ["First AD", "Felix Moreau"],
          ["Forecast", "Rain"],
          ["LUNCH TIME", "13:00"],
          ["Shoot Call", "08:00"],
          ["Production Phone", "555 0100"],
          ["Client", "Acme"],
        ]),
      ),
    );
    expect(m.production).toEqual({
      Title: "The Lighthouse Keeper",
      "1st AD": "Felix Moreau",
      Weather: "Rain",
      Lunch: "13:00",
      "Shooting Call": "08:00",
      Phone: "555 0100",
      Client: "Acme",
    });
  });

  test("a key written with the call sheet's own word wins over an alias, wherever the two stand", () => {
    const production = (rows: CellValue[][]) =>
      parseWorkbook(
        workbook(rangeSheet("Schedule", schedule([["A", D, "07:00", "09:00", ""]])), rangeSheet("Production", rows)),
      ).production;
    expect(
      production([
        ["Weather", "Sun"],
        ["Forecast", "Rain"],
      ]).Weather,
    ).toBe("Sun");
    expect(
      production([
        ["Forecast", "Rain"],
        ["Weather", "Sun"],
      ]).Weather,
    ).toBe("Sun");
    // Near miss: an alias alone is read, and of two aliases the last.
    expect(
      production([
        ["Forecast", "Rain"],
        ["Forecast", "Hail"],
      ]).Weather,
    ).toBe("Hail");
  });

  // A Hamburg commercial's rates and budget pasted as text: read by the culture, or by the separator Excel uses.
  test.each<[string, { culture?: string; decimalSeparator?: string }, number | undefined, number | undefined]>([
    ["de-DE", { culture: "de-DE" }, 1250, 45.5],
    ["fr-FR", { culture: "fr-FR" }, 1250, 45.5],
    ["Excel's separator over the culture's", { culture: "en-US", decimalSeparator: "," }, 1250, 45.5],
    ["near miss: en-US reads 1.250 as a decimal and 45,50 not at all", { culture: "en-US" }, 1.25, undefined],
    ["near miss: no culture, as en-US", {}, 1.25, undefined],
  ])("text numbers, %s", (_name, culture, dayRate, hourly) => {
    const snap = workbook(
      rangeSheet("Crew", [
        ["ID", "Name", "Day Rate", "Hourly Rate"],
        ["C1", "Jana Vogt", "1.250", "45,50"],
      ]),
      rangeSheet("Budget", [
        ["Account", "Budget"],
        ["2100", "3.000,00"],
      ]),
    );
    Object.assign(snap, culture);
    const m = parseWorkbook(snap);
    const jana = m.resources.find((r) => r.id === "C1");
    expect(jana?.dayRate).toBe(dayRate);
    expect(jana?.hourlyRate).toBe(hourly);
    // Both separators: one reading in any culture.
    expect(m.budget[0].amount).toBe(3000);
    expect(m.issues.filter((i) => i.code === "bad-number").map((i) => i.cell)).toEqual(
      hourly === undefined ? ["D2"] : [],
    );
  });
});

describe("pandas' missing marks", () => {
  test("nan, NaN and NaT cells are blank: no made-up resource 'nan', no bad time", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["ID", "Date", "Start", "End", "Cast", "Crew"],
          ["A", D, "07:00", "09:00", "1", "nan"],
          ["B", D, "08:00", "10:00", "2", "nan"],
          ["C", D, "NaT", "NaT", "NaN", "Nan"],
        ]),
        rangeSheet("Cast", CAST),
      ),
    );
    expect(m.items.map((i) => [i.id, i.resourceKeys])).toEqual([
      ["A", ["1"]],
      ["B", ["2"]],
      ["C", ["name:nan"]],
    ]);
    // "Nan" with a capital is a name (unknown here), not pandas' mark.
    expect(m.issues.map((i) => [i.code, i.cell])).toEqual([["unknown-resource", "F4"]]);
  });
});

describe("no-break spaces", () => {
  test("a token with a no-break space inside names the resource written with a space, and back", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["ID", "Date", "Equipment", "Cast"],
          ["A", D, "Camera\u00a0A", "Cy\u00a0Park"],
          ["B", D, "Camera A", "cy park"],
        ]),
        rangeSheet("Cast", CAST),
        rangeSheet("Equipment", [["Name"], ["Camera A"], ["Dolly\u00a0B"]]),
      ),
    );
    expect(m.items.map((i) => i.resourceKeys)).toEqual([
      ["7", "name:camera a"],
      ["7", "name:camera a"],
    ]);
    expect(codes(m)).toEqual([]);
  });
});

describe("every bad cell of a row is a data issue, even when the row is dropped (contract §2, §6)", () => {
  const cells = (m: Model, sheet: string) =>
    m.issues
      .filter((i) => i.sheet === sheet)
      .map((i) => `${i.code} ${i.cell}`)
      .sort();
  const base = (extra: ReturnType<typeof rangeSheet>) =>
    workbook(rangeSheet("Schedule", schedule([["M1", D, 7 / 24, 9 / 24, 1]])), rangeSheet("Cast", CAST), extra);

  test.each<[string, CellValue[][], string[]]>([
    [
      "Materials: errors in Delivery, Needed For, Vendor and Notes",
      [
        ["Item", "Needed For", "Delivery", "Vendor", "Notes"],
        ["Crane", "#N/A", "#N/A", "#N/A", "#REF!"],
      ],
      ["cell-error B2", "cell-error C2", "cell-error D2", "cell-error E2"],
    ],
    [
      "Materials: two unknown Needed For IDs are one issue for the cell",
      [
        ["Item", "Needed For", "Delivery"],
        ["Crane", "M8, M1, M9", "3/2/2026"],
      ],
      ["unknown-item B2"],
    ],
    [
      "Materials: an unknown Needed For ID and a bad Needed By on a row whose Delivery is bad",
      [
        ["Item", "Needed For", "Needed By", "Delivery"],
        ["Crane", "M9", "3/40/2026", "TBD"],
      ],
      ["bad-date C2", "bad-date D2", "unknown-item B2"],
    ],
    [
      "Availability: a bad From, To and Kind",
      [
        ["Resource", "From", "To", "Kind", "Notes"],
        [1, "TBD", "3/40/2026", "Sick", "#N/A"],
      ],
      ["bad-date B2", "bad-date C2", "bad-value D2", "cell-error E2"],
    ],
    [
      "Budget: errors in Description and Budget",
      [
        ["Account", "Description", "Budget"],
        ["Cast", "#REF!", "#REF!"],
      ],
      ["cell-error B2", "cell-error C2"],
    ],
  ])("%s", (_name, rows, expected) => {
    const sheet = rows[0][0] === "Resource" ? "Availability" : rows[0][0] === "Account" ? "Budget" : "Materials";
    expect(cells(parseWorkbook(base(rangeSheet(sheet, rows))), sheet)).toEqual(expected);
  });

  test.each<[string, CellValue[], string[]]>([
    [
      "a resource row whose ID and Name are errors: their errors and its Day Rate's, no missing value",
      ["#N/A", "#N/A", "#N/A"],
      ["cell-error A3", "cell-error B3", "cell-error C3"],
    ],
    [
      "near miss: a resource row with a blank ID and Name is a missing value, and its bad Day Rate an issue too",
      [null, null, "lots"],
      ["bad-number C3", "missing-value A3"],
    ],
  ])("%s", (_name, row, expected) => {
    const cast = rangeSheet("Cast", [["ID", "Name", "Day Rate"], [1, "Ann Lee", 500], row]);
    const m = parseWorkbook(workbook(rangeSheet("Schedule", schedule([["M1", D, 7 / 24, 9 / 24, 1]])), cast));
    expect(cells(m, "Cast")).toEqual(expected);
    expect(m.resources.map((r) => r.label)).toEqual(["1"]);
  });
});

describe("an End earlier than its Start on the same date ends the next day (contract §2)", () => {
  const at = (day: string, hhmm: string) => serial(day) + Number(hhmm.slice(0, 2)) / 24 + Number(hhmm.slice(3)) / 1440;
  test.each<[string, CellValue, CellValue, string | null]>([
    ["times", 22 / 24, 2 / 24, "2026-03-03 02:00"],
    ["date-times on the same date", at("2026-03-02", "22:00"), at("2026-03-02", "02:00"), "2026-03-03 02:00"],
    ["text date-times on the same date", "3/2/2026 22:00", "3/2/2026 2:00", "2026-03-03 02:00"],
    [
      "near miss: an End dated the day before the Start is a bad-time",
      at("2026-03-02", "22:00"),
      at("2026-03-01", "23:00"),
      null,
    ],
  ])("%s", (_name, start, end, expected) => {
    const m = parseWorkbook(workbook(rangeSheet("Schedule", schedule([["N1", D, start, end, null]]))));
    const item = m.items[0];
    if (expected === null) {
      expect(codes(m)).toContain("bad-time");
      expect(item.end).toBeUndefined();
    } else {
      expect(codes(m)).not.toContain("bad-time");
      expect(item.end).toBe(minutes(expected));
    }
  });
});

describe("Shoot Day as coordinators write it", () => {
  const withShootDay = (value: CellValue) =>
    parseWorkbook(
      workbook(
        rangeSheet(
          "Schedule",
          schedule([["S1", D, 7 / 24, 9 / 24, null, value]], ["ID", "Date", "Start", "End", "Cast", "Shoot Day"]),
        ),
      ),
    );
  test.each<[CellValue, number | null]>([
    [3, 3],
    ["3", 3],
    ["Day 3", 3],
    ["Shoot Day 3", 3],
    ["D3", 3],
    ["#3", 3],
    ["Day 3 of 40", 3],
    ["3 of 40", 3],
    ["3/40", 3],
    // A series' block or episode before the day: the day's number.
    ["Block 2 - Day 3", 3],
    ["Blk 2 Day 3", 3],
    ["B2 D3", 3],
    ["Ep 101 Day 3 of 8", 3],
    ["Day 3 (Blk 2)", 3],
    ["Day 3 - Block 2", 3],
    ["4A", null], // a split day: no number the tool can use
    ["4B", null], // near miss: a split day's letter is not a block
    ["Block 2", null], // near miss: a block, no day
    ["B2 3", null], // near miss: after a block, the day says it is one
  ])("%p -> %p", (value, expected) => {
    const m = withShootDay(value);
    expect(m.items[0].shootDay ?? null).toBe(expected);
    expect(codes(m).includes("bad-number")).toBe(expected === null);
  });

  // A commercial's pre-light, a prep or travel day: no shoot day number, and nothing wrong either.
  test.each<[string, boolean]>([
    ["Pre-light", false],
    ["Prelight Day", false],
    ["PREP", false],
    ["Travel Day", false],
    ["Rehearsal", false],
    ["Tech Scout", false],
    ["Day Off", false],
    ["Camera Test", false],
    ["Mon", false],
    ["Pre-light 2", false],
    ["Pre-Light Day 1", false],
    ["Company Move", false],
    ["TBD", true],
    ["Pre-light two", true],
  ])("%p: no number, a bad-number issue %p", (value, flagged) => {
    const m = withShootDay(value);
    expect(m.items[0].shootDay).toBeUndefined();
    expect(codes(m).includes("bad-number")).toBe(flagged);
  });
});

describe("an issue about a whole table names its header's first cell (contract §6)", () => {
  // A title in A1 widens the used range to column A; the header starts in B.
  const offset = (name: string, header: CellValue[], row: CellValue[]) =>
    rangeSheet(name, [["Night Shift — schedule"], [], [null, ...header], [null, ...row]]);
  test.each<[string, ReturnType<typeof rangeSheet>[], string, string]>([
    [
      "a Schedule without a Date column",
      [offset("Schedule", ["ID", "Start", "End", "Cast"], ["S1", 0.3, 0.4, "Ann"])],
      "missing-column",
      "B3",
    ],
    [
      "a sheet whose headers fit two roles",
      [
        rangeSheet("Schedule", schedule([["S1", D, 7 / 24, 9 / 24, 1]])),
        offset("Moves", ["Resource", "From", "To", "Minutes"], ["Ann", "Stage", "Pier", 30]),
      ],
      "ambiguous-table",
      "B3",
    ],
  ])("%s", (_name, sheets, code, cell) => {
    expect(issue(parseWorkbook(workbook(...sheets)), code).cell).toBe(cell);
  });
});

describe("a person on a sheet placed by its headers before their own Cast or Crew sheet", () => {
  test("the Cast sheet's row is theirs (Type, Lead Time); the hand-made DOOD's row is the duplicate", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", schedule([])),
        rangeSheet("DOOD", [
          ["Cast #", "Character", "3/2", "3/3", "Work"],
          [1, "ELENA", "SW", "WF", 2],
        ]),
        rangeSheet("Cast", [
          ["Cast #", "Character", "Actor", "Makeup"],
          [1, "ELENA", "Ana Ruiz", 45],
        ]),
      ),
    );
    expect(m.resources.map((r) => [r.label, r.type, r.leadTimeMin, r.sheet])).toEqual([["1", "cast", 45, "Cast"]]);
    expect(m.issues.filter((i) => i.code === "duplicate-id").map((i) => `${i.sheet}!${i.cell}`)).toEqual(["DOOD!A2"]);
  });

  test("the resources keep the sheets' order: the DOOD lists them so, and a shared Role is the first sheet's", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["ID", "Date", "Start", "End", "Cast"],
          ["S1", "2026-03-02", "08:00", "10:00", "DET. RAMOS"],
        ]),
        // Placed by its headers (no role in the name), before a sheet named for its role.
        rangeSheet("Regulars", [
          ["Cast #", "Character", "Actor"],
          [1, "DET. RAMOS", "Lu Ortiz"],
          [2, "CAPT. SHAW", "Ben Hale"],
        ]),
        rangeSheet("Guest Cast", [
          ["Cast #", "Character", "Actor"],
          [20, "DET. RAMOS", "Stunt double"],
        ]),
      ),
    );
    expect(m.resources.map((r) => [r.label, r.order])).toEqual([
      ["1", 0],
      ["2", 1],
      ["20", 2],
    ]);
    expect(m.items[0].cast).toEqual(["1"]);
  });

  test("between two sheets of a kind, the first in sheet order still wins", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", schedule([])),
        rangeSheet("Crew", [
          ["ID", "Name", "Position"],
          ["C1", "Dana Fox", "Gaffer"],
        ]),
        rangeSheet("Day Players", [
          ["ID", "Name", "Character"],
          ["C1", "Dan Fox", "Cop"],
        ]),
      ),
    );
    // The ID is the first sheet's Dana Fox; Dan Fox, another Name, is another person found by Name and Character.
    expect(m.resources.map((r) => [r.label, r.name, r.sheet])).toEqual([
      ["C1", "Dana Fox", "Crew"],
      ["Dan Fox", "Dan Fox", "Day Players"],
    ]);
  });

  test("crew numbered 1, 2 beside Cast # 1, 2: the crew are kept, found by Name and Position; the numbers stay the cast's", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["ID", "Date", "Start", "End", "Cast", "Crew"],
          ["S1", D, "06:00", "22:00", "1", "Cal Grip, Gaffer"],
          ["S2", D + 1, "06:00", "08:00", "2", "1"],
        ]),
        rangeSheet("Cast", [
          ["Cast #", "Name"],
          [1, "Ana"],
          [2, "Bo"],
        ]),
        rangeSheet("Crew", [
          ["No.", "Name", "Position"],
          [1, "Cal Grip", "Key Grip"],
          [2, "Dee", "Gaffer"],
          [3, "Ana", "Stand-in"],
        ]),
      ),
    );
    expect(m.resources.map((r) => [r.label, r.type])).toEqual([
      ["1", "cast"],
      ["2", "cast"],
      ["Cal Grip", "crew"],
      ["Dee", "crew"],
      ["3", "crew"],
    ]);
    const labels = (i: number) => m.items[i].resourceKeys.map((k) => m.resourceByKey.get(k)?.label);
    expect(labels(0)).toEqual(["1", "Cal Grip", "Dee"]);
    // A number in the Crew column is still the cast's: the issue says so.
    expect(labels(1)).toEqual(["2", "1"]);
    expect(m.issues.map((i) => [i.code, i.cell])).toEqual([
      ["duplicate-id", "A2"],
      ["duplicate-id", "A3"],
    ]);
    expect(m.issues[0].message).toContain("'1' in the schedule means Ana");
    // Kept without the number that is Ana's: named by Name only.
    expect(m.resources[2]).toMatchObject({ id: undefined, key: "name:cal grip", label: "Cal Grip" });
  });

  test("a person kept under a taken ID and listed again (an old copy of the list, by number or by name) is one person", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["ID", "Date", "Start", "End", "Cast"],
          ["S1", D, "08:00", "09:00", "1, Bob Cole"],
        ]),
        rangeSheet("Cast", [
          ["Cast #", "Name"],
          [1, "Ana Lee"],
        ]),
        rangeSheet("Day Players", [
          ["Cast #", "Name"],
          [1, "Bob Cole"],
        ]),
        rangeSheet("Day Players (2)", [
          ["Cast #", "Name"],
          [1, "Bob Cole"],
        ]),
        rangeSheet("Extras Cast", [["Name"], ["Bob Cole"]]),
      ),
    );
    expect(m.resources.map((r) => r.label)).toEqual(["1", "Bob Cole"]);
    expect(m.issues.map((i) => [i.code, i.sheet])).toEqual([
      ["duplicate-id", "Day Players"],
      ["duplicate-id", "Day Players (2)"],
      ["duplicate-id", "Extras Cast"],
    ]);
    expect(m.issues[1].message).toContain("Bob Cole is listed on Day Players row 2; this row is ignored");
  });
});

describe("zero-width characters pasted from web pages and chat", () => {
  const ZW = "\u200b";
  test("at a cell's or a token's ends they are trimmed like spaces: IDs, dates, times, lists, Depends On, Status", () => {
    const m = parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["ID", "Date", "Start", "End", "Cast", "Depends On", "Status"],
          [`P1${ZW}`, `2026-03-02${ZW}`, `${ZW}07:00`, "09:00", `${ZW}1`, null, null],
          ["P2", D, "08:00", `10:00\u2060`, `2, ${ZW}1${ZW}`, `P1${ZW}`, null],
          ["P3", D, "11:00", "12:00", "1", null, `Cancelled${ZW}`],
        ]),
        rangeSheet("Cast", [
          ["Cast #", "Name"],
          [`1${ZW}`, "Ava Marsh"],
          [2, `${ZW}Ben Ortiz\u200d`],
        ]),
      ),
    );
    expect(codes(m)).toEqual([]);
    expect(m.items.map((i) => [i.id, i.start, i.end, i.resourceKeys, i.dependsOn, i.cancelled])).toEqual([
      ["P1", D * 1440 + 420, D * 1440 + 540, ["1"], [], false],
      ["P2", D * 1440 + 480, D * 1440 + 600, ["2", "1"], ["P1"], false],
      ["P3", D * 1440 + 660, D * 1440 + 720, ["1"], [], true],
    ]);
    expect(m.resources.map((r) => [r.id, r.name])).toEqual([
      ["1", "Ava Marsh"],
      ["2", "Ben Ortiz"],
    ]);
  });
});

// Two graders took `City Hall  Steps` for City Hall Steps, as a coordinator would; it was another place.
describe("a run of spaces inside a name, Role or place reads as one", () => {
  const m = () =>
    parseWorkbook(
      workbook(
        rangeSheet("Schedule", [
          ["ID", "Date", "Start", "End", "Cast", "Crew", "Location"],
          ["S1", D, "08:00", "12:00", "lena  ruiz", "key   grip", "City Hall  Steps"],
          ["S2", D, "10:00", "13:00", "Lena\u00a0 Ruiz", null, "city hall steps"],
          ["S3", D, "14:00", "15:00", "Lena Ruiz", null, "Pier  9"],
          ["S4", D, "16:00", "17:00", "Lena Ruiz", null, "Pier 9"],
        ]),
        rangeSheet("Cast", [
          ["Cast #", "Name"],
          [7, "Lena Ruiz"],
        ]),
        rangeSheet("Crew", [
          ["ID", "Name", "Position"],
          ["C1", "Gus Berg", "Key Grip"],
        ]),
        rangeSheet("Locations", [
          ["Code", "Name", "Address"],
          ["L4", "City Hall Steps", "1 Civic Plaza"],
        ]),
      ),
    );

  test("tokens find the person by Name and Role; no unknown-resource", () => {
    const model = m();
    expect(codes(model)).toEqual([]);
    expect(model.items.map((i) => i.resourceKeys)).toEqual([["7", "c1", "l4"], ["7", "l4"], ["7"], ["7"]]);
  });

  test("a Location names the location resource, and two spellings of an unlisted place are one place", () => {
    const places = scheduleColumns(m()).place;
    expect(places[0]).toBe(places[1]);
    expect(places[2]).toBe(places[3]);
    expect(places[0]).not.toBe(places[2]);
  });

  test("two resource rows whose names differ by a run of spaces are one name: the second is a duplicate-id", () => {
    const model = parseWorkbook(
      workbook(
        rangeSheet("Crew", [
          ["Name", "Position", "Day Rate"],
          ["Lena Ruiz", "Gaffer", 300],
          ["Lena  Ruiz", "Gaffer", 999],
        ]),
        rangeSheet("Schedule", schedule([])),
      ),
    );
    expect(model.issues.map((i) => [i.code, i.cell])).toEqual([["duplicate-id", "A3"]]);
    expect(model.resources.map((r) => r.dayRate)).toEqual([300]);
  });

  test("near miss: a single space is needed; `CityHall Steps` is another place", () => {
    expect(placeKey("CityHall Steps")).not.toBe(placeKey("City Hall  Steps"));
    expect(placeKey(" City\u00a0Hall  Steps ")).toBe(placeKey("city hall steps"));
  });
});
