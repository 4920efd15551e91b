/**
 * A bench workbook with the odd cells real schedules have, for comparing ingest paths: unknown and
 * differently-cased tokens, numbers as cast, Excel errors, blank and banner rows, text dates and times,
 * cancelled, undated and untimed rows, durations, pages, priorities, shoot days, notes.
 */
import { generateSnapshot } from "../../../scripts/bench";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/snapshot";

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a * 1664525 + 1013904223) >>> 0;
    return a / 4294967296;
  };
}

const EXTRA_HEADERS = ["Duration", "Pages", "Priority", "Shoot Day", "Resources", "Notes", "Description", "I/E", "D/N"];

const ODD_LISTS: CellValue[] = [
  "1, Unknown Guy, 1; ACTOR 2 / character 3",
  "unknown guy",
  "UNKNOWN GUY, Someone Else, Someone Else",
  7,
  7.0,
  12.5,
  "#N/A",
  { error: "#REF!" },
  "#5",
  "  ",
  "",
  true,
  " , ;/ ",
  "C1\nC2\r\nC3",
  "\u00a0C4\u00a0, \tC5 ",
  "Location 3",
  "location 3, 2",
];

export function messySnapshot(n: number, seed: number): WorkbookSnapshot {
  const snap = generateSnapshot(n, seed);
  const rnd = prng(seed * 7919 + 1);
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)];
  const schedule = snap.sheets.find((s) => s.name === "Schedule")!.used!.values;
  const header = schedule[0] as string[];
  header.push(...EXTRA_HEADERS);
  const at = (name: string) => header.indexOf(name);
  for (let i = 1; i < schedule.length; i++) {
    const r = schedule[i];
    r.push(
      rnd() < 0.2 ? pick<CellValue>([1.5, "1:30", "90m", "x", -1, null]) : null,
      rnd() < 0.3 ? pick<CellValue>(["1 4/8", "3/8", 2, "2 pgs", "1/3", "abc"]) : null,
      rnd() < 0.2 ? pick<CellValue>([1, "High", "p2", 0, "zzz", 2.5]) : null,
      rnd() < 0.3 ? pick<CellValue>([3, "Day 4", "day5", "x", 2.5]) : null,
      rnd() < 0.2 ? pick(ODD_LISTS) : null,
      rnd() < 0.1 ? pick<CellValue>(["  a note ", "#DIV/0!", 42]) : null,
      rnd() < 0.1 ? pick<CellValue>(["Int. kitchen", " ", false]) : null,
      rnd() < 0.2 ? pick<CellValue>(["INT", "EXT"]) : null,
      rnd() < 0.2 ? pick<CellValue>(["D", "N"]) : null,
    );
    const roll = rnd();
    if (roll < 0.01) schedule[i] = r.map(() => null);
    else if (roll < 0.02) schedule[i] = r.map((_, k) => (k === 0 ? "END OF DAY" : null));
    else if (roll < 0.03) schedule[i] = r.map((_, k) => (k === at("Date") ? "Banner in date" : null));
    else if (roll < 0.1) r[at(pick(["Cast", "Crew", "Equipment", "Location"]))] = pick(ODD_LISTS);
    else if (roll < 0.12) r[at("Date")] = pick<CellValue>([null, "2026-03-05", "3/4/2026", "not a date", -5]);
    else if (roll < 0.14) r[at("Start")] = pick<CellValue>(["7:30 PM", "25:00", "2026-03-05 07:00", "x", 1930, null]);
    else if (roll < 0.16) r[at("End")] = pick<CellValue>([0.1, "6 AM", null, "2026-03-01 07:00"]);
    else if (roll < 0.17) r[at("Status")] = pick<CellValue>(["cancelled", "Omitted", "CANCELED", "done"]);
    else if (roll < 0.18) r[at("ID")] = pick<CellValue>([null, "S-1", 12, "12.0", " S-7 ", "#N/A"]);
    else if (roll < 0.19) r[at("Depends On")] = pick<CellValue>(["S-1, S-2", "nope", "1; 2", 3, "S-3/S-4"]);
  }
  return snap;
}
