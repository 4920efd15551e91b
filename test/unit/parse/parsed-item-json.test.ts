/**
 * src/core/parse/parsed-item.ts: "JSON (and so structured logs) sees the computed fields as if they were plain ones":
 * every Item field the parser reads (contract §3's Schedule columns), Deadline and Status among them, is in the JSON.
 */
import { parseWorkbook } from "../../../src/core/parse";
import { rangeSheet, serial, workbook } from "./snapshot-helpers";

test("an item's JSON carries its read fields", () => {
  const m = parseWorkbook(
    workbook(
      rangeSheet("Schedule", [
        ["ID", "Date", "Scene", "Priority", "Deadline", "Depends On", "Status", "Notes"],
        ["A", "2026-03-02", "12", "High", "2026-03-05", "B", "Planned", "bring rain"],
        ["B", "2026-03-01", "11", null, null, null, null, null],
      ]),
    ),
  );
  const json = JSON.parse(JSON.stringify(m.items[0])) as Record<string, unknown>;
  const item = m.items[0] as unknown as Record<string, unknown>;
  for (const field of [
    "id",
    "date",
    "scene",
    "priority",
    "deadline",
    "deadlineDateOnly",
    "dependsOn",
    "status",
    "notes",
  ])
    expect([field, json[field]]).toEqual([field, JSON.parse(JSON.stringify(item[field] ?? null))]);
  expect(json.deadline).toBeGreaterThanOrEqual(serial("2026-03-05") * 1440);
});
