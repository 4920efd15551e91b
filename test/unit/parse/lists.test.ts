/**
 * List cells (Cast, Crew, Equipment, Resources) are read token by token without cutting strings; they
 * must read exactly as splitList and the ID/Name/Role lookup say, whatever the separators and spaces.
 */
import fc from "fast-check";
import { parseWorkbook, splitList, idText } from "../../../src/core/parse";
import type { CellValue } from "../../../src/core/snapshot";
import { rangeSheet, serial, workbook } from "./snapshot-helpers";

const D = serial("2026-03-02");
const RESOURCES: CellValue[][] = [
  ["ID", "Name", "Type", "Role"],
  [1, "Ann Lee", "cast", "Hero"],
  ["7", "Bo", "cast", "Cop"],
  ["C1", "Cy Park", "crew", "Grip"],
  [null, "José", "crew", null],
];

/**
 * What a token reads as: the resource by ID, Name, then Role (case-insensitive, a no-break space as a space, a run of
 * spaces inside as one), else a made-up one.
 */
function expectedKey(token: string): string {
  const k = token
    .toLowerCase()
    .replace(/\u00a0/g, " ")
    .replace(/ {2,}/g, " ");
  const byId: Record<string, string> = { "1": "1", "7": "7", c1: "c1" };
  const byName: Record<string, string> = { "ann lee": "1", bo: "7", "cy park": "c1", josé: "name:josé" };
  const byRole: Record<string, string> = { hero: "1", cop: "7", grip: "c1" };
  return byId[idText(k)] ?? byName[k] ?? byRole[k] ?? `name:${k}`;
}

const piece = fc.constantFrom(
  "1",
  "7",
  "7.0",
  "c1",
  "C1",
  "Ann Lee",
  "ANN LEE",
  "bo",
  "Hero",
  "grip",
  "José",
  "Zed",
  "zed",
  "x y",
  ",",
  ";",
  "/",
  "\n",
  "\r\n",
  " ",
  "  ",
  "\t",
  "\u00a0",
  "\u3000",
  "\ufeff",
  "\u200b",
  ", ,",
  "",
);

describe("list cells", () => {
  test("read as splitList tokens resolved one by one, de-duplicated, unknown ones reported", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(piece, { maxLength: 8 }).map((p) => p.join("")),
          { minLength: 1, maxLength: 12 },
        ),
        (cells) => {
          const rows = cells.map((cast, k) => [`S${k}`, D, cast, cells[(k + 1) % cells.length]]);
          const m = parseWorkbook(
            workbook(
              rangeSheet("Resources", RESOURCES),
              rangeSheet("Schedule", [["ID", "Date", "Cast", "Crew"], ...rows]),
            ),
          );
          // Who a token likely meant ("did you mean Ann Lee (1) for '1Ann Lee'?") is tested on its own.
          const unknownIssues = m.issues
            .filter((i) => i.code === "unknown-resource")
            .map((i) => i.message.replace(/(\(by ID, Name or Role\)).*?(; add )/, "$1$2"));
          const expectedIssues: string[] = [];
          expect(m.items).toHaveLength(cells.length);
          for (const [k, cast] of cells.entries()) {
            const item = m.items.find((it) => it.id === `S${k}`)!;
            const lists: string[][] = [];
            for (const [text, col] of [
              [cast, "C"],
              [cells[(k + 1) % cells.length], "D"],
            ] as const) {
              const tokens = text.trim() ? splitList(text.trim()) : [];
              const keys = [...new Set(tokens.map(expectedKey))];
              lists.push(keys);
              const unknown = tokens.filter((t) => expectedKey(t).startsWith("name:") && t.toLowerCase() !== "josé");
              if (unknown.length) {
                const many = unknown.length > 1;
                expectedIssues.push(
                  `Schedule!${col}${item.row}: ${unknown.map((u) => `'${u}'`).join(", ")} ${many ? "are" : "is"} not on any resource table (by ID, Name or Role); add ${many ? "them" : "it"} to Cast, Crew or Equipment — still checked for double booking`,
                );
              }
            }
            expect(item.cast).toEqual(lists[0]);
            expect(item.crew).toEqual(lists[1]);
            expect(item.resourceKeys).toEqual([...new Set([...lists[0], ...lists[1]])]);
          }
          expect(unknownIssues).toEqual(expectedIssues);
        },
      ),
      { numRuns: 300 },
    );
  });
});
