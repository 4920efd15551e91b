/**
 * Set 17, workbook 2: §8 sentences set 14 leaves out (its round trip skips conditional formats): highlights "by
 * severity" when one row is in a warning and an error, "running twice leaves the same workbook as running once"
 * for the highlights themselves, and `Call Sheet Day N` with `shootDay` in the report. Worked out by hand first.
 *
 * Cast 1 Ava Stone (SAG-AFTRA: Min Rest 12 h, Max Day 14 h, no Lead Time).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { at, conflictKeys, plainSheet, type CellInput, type ExpectedConflict } from "../conformance/helpers";
import { cliCheckOut, open } from "../conformance14/roundtrip";
import type { Report } from "../../src/core/report";

const OUT = path.join(__dirname, "..", "..", "test-output", "conformance17");

// Excel rows 2..4.
const SCHEDULE: CellInput[][] = [
  ["S1", 1, at(2026, 3, 9), "07:00", "21:30", "1"],
  ["S2", 2, at(2026, 3, 10), "08:00", "10:00", "1"],
  ["S3", 2, at(2026, 3, 10), "09:00", "11:00", "Ava Stone"],
];

const EXPECTED: ExpectedConflict[] = [
  {
    type: "long-day",
    severity: "warning",
    resource: "1",
    items: ["S1"],
    date: "2026-03-09",
    magnitude: 30,
    why: "07:00-21:30 = 14 h 30",
  },
  {
    type: "turnaround",
    severity: "error",
    resource: "1",
    items: ["S1", "S2"],
    date: "2026-03-10",
    magnitude: 90,
    why: "21:30 -> 08:00 = 10 h 30 < 12 h",
  },
  {
    type: "double-booking",
    severity: "error",
    resource: "1",
    items: ["S2", "S3"],
    date: "2026-03-10",
    magnitude: 1,
    why: "09:00-10:00 twice",
  },
];

function build(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  plainSheet(wb, "Stripboard", ["Strip ID", "Shoot Day", "Shoot Date", "Call", "Wrap", "Cast"], SCHEDULE);
  plainSheet(wb, "Cast", ["Cast #", "Name", "Character"], [[1, "Ava Stone", "MARA"]]);
  return wb;
}

/** The Stripboard's highlight rules: (severity, ref) pairs, sorted. */
function marks(wb: ExcelJS.Workbook): string[] {
  const ws = wb.getWorksheet("Stripboard") as unknown as {
    conditionalFormattings?: { ref: string; rules: { formulae?: string[] }[] }[];
  };
  return (ws.conditionalFormattings ?? [])
    .map((cf) => `${cf.rules.flatMap((r) => r.formulae ?? []).join(" ")} @ ${cf.ref}`)
    .filter((s) => s.includes("ProductionCoordinator:"))
    .sort();
}

describe("conformance set 17: rerun, error over warning, Call Sheet Day N", () => {
  let first: Report;
  let second: Report;
  let once: ExcelJS.Workbook;
  let twice: ExcelJS.Workbook;
  beforeAll(async () => {
    fs.mkdirSync(OUT, { recursive: true });
    const input = path.join(OUT, "2-audit-rerun-in.xlsx");
    await build().xlsx.writeFile(input);
    const out1 = path.join(OUT, "2-audit-rerun-once.xlsx");
    const out2 = path.join(OUT, "2-audit-rerun-twice.xlsx");
    first = (await cliCheckOut(input, out1)).report;
    second = (await cliCheckOut(out1, out2)).report;
    once = await open(out1);
    twice = await open(out2);
  });

  test("conflicts match finding for finding, with magnitudes", () => {
    expect(conflictKeys(first.conflicts)).toEqual(conflictKeys(EXPECTED));
    for (const e of EXPECTED) {
      const c = first.conflicts.find((x) => x.type === e.type);
      expect([e.type, c?.magnitude]).toEqual([e.type, e.magnitude]);
    }
  });

  test("Call Sheet Day N where there is a Shoot Day column; shootDay in the report", () => {
    expect(first.callSheets.map((s) => [s.date, s.shootDay, s.sheet])).toEqual([
      ["2026-03-09", 1, "Call Sheet Day 1"],
      ["2026-03-10", 2, "Call Sheet Day 2"],
    ]);
  });

  test("every strip row carries the error mark; the warning mark stays on cells no error covers (S1's Call)", () => {
    const rows = (sev: string): number[] => {
      const out = new Set<number>();
      for (const s of marks(once).filter((x) => x.includes(`ProductionCoordinator:${sev}`))) {
        for (const part of s.split(" @ ")[1].split(/\s+/)) {
          const m = /^[A-Z]+(\d+)(?::[A-Z]+(\d+))?$/.exec(part);
          if (m) for (let r = Number(m[1]); r <= Number(m[2] ?? m[1]); r++) out.add(r);
        }
      }
      return [...out].sort();
    };
    expect(rows("error")).toEqual([2, 3, 4]);
    expect(rows("warning")).toEqual([2]);
  });

  test("running twice: same findings, same highlight rules (none duplicated), same sheets", () => {
    expect(conflictKeys(second.conflicts)).toEqual(conflictKeys(first.conflicts));
    expect(marks(twice)).toEqual(marks(once));
    expect(twice.worksheets.map((w) => w.name)).toEqual(once.worksheets.map((w) => w.name));
  });

  test("running twice: every cell of every sheet the same (no sheet names the file it was made from)", () => {
    const cells = (wb: ExcelJS.Workbook) =>
      wb.worksheets.flatMap((ws) => {
        const out: string[] = [];
        ws.eachRow((row, r) =>
          row.eachCell((cell, c) => out.push(`${ws.name}!${r},${c}=${JSON.stringify(cell.value)}`)),
        );
        return out;
      });
    expect(cells(twice)).toEqual(cells(once));
  });
});
