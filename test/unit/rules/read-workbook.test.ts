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
