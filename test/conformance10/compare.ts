/**
 * How set 10 compares the engine's report with the oracle: each report is reduced to the fields the contract
 * (and the documented choices of docs/conformance.md) fix, then compared part by part. EXCLUSIONS name the
 * points where the engine and the oracle read the contract differently (see SECTION.md); each drops the
 * affected part on both sides.
 */
import { saveAndCheck } from "../conformance/helpers";
import { generate } from "./generate";
import { callSheets, costs, dood, findings, type OProduction } from "./oracle";

type Report = Awaited<ReturnType<typeof saveAndCheck>>;

export interface SeedDiff {
  seed: number;
  summary: string;
  issues: string[];
  /** Part name → list of differences (empty when equal). */
  diffs: Record<string, string[]>;
  /** How many values were compared (rows, sheets, cost lines, findings). */
  compared: number;
  excluded: string[];
}

/** A named exclusion: applies to one part of one seed's comparison. None needed so far. */
export const EXCLUSIONS: { name: string; applies: (part: string, key: string, p: OProduction) => boolean }[] = [];

const money = (n: number | undefined): string => (n === undefined ? "-" : (Math.round(n * 100) / 100).toFixed(2));
const j = (x: unknown): string => JSON.stringify(x);

function diffMaps(
  part: string,
  mine: Map<string, string>,
  theirs: Map<string, string>,
  out: string[],
  p: OProduction,
  ex: string[],
): number {
  for (const k of new Set([...mine.keys(), ...theirs.keys()])) {
    const skip = EXCLUSIONS.find((x) => x.applies(part, k, p));
    if (skip) {
      ex.push(`${skip.name}: ${k}`);
      continue;
    }
    if (mine.get(k) !== theirs.get(k))
      out.push(`${k}\n    oracle ${mine.get(k) ?? "(none)"}\n    engine ${theirs.get(k) ?? "(none)"}`);
  }
  return mine.size;
}

export async function compareSeed(seed: number): Promise<SeedDiff> {
  const { production: p, workbook, summary } = generate(seed);
  const report: Report = await saveAndCheck(workbook, `seed-${seed}.xlsx`, "conformance10");
  const r = report as Report & { costs?: any; callSheets: any[] };
  const diffs: Record<string, string[]> = { dood: [], callSheets: [], costs: [], findings: [] };
  const ex: string[] = [];
  let compared = 0;

  // DOOD
  const od = dood(p);
  const m1 = new Map<string, string>([["days", j(od.days)]]);
  const t1 = new Map<string, string>([["days", j(r.dood.days)]]);
  for (const row of od.rows)
    m1.set(`row ${row.resource}`, j([row.codes.join(" "), row.work, row.hold, row.travel, row.start, row.finish]));
  for (const row of r.dood.rows)
    t1.set(`row ${row.resource}`, j([row.codes.join(" "), row.work, row.hold, row.travel ?? 0, row.start, row.finish]));
  m1.set("row order", j(od.rows.map((x) => x.resource)));
  t1.set("row order", j(r.dood.rows.map((x: any) => x.resource)));
  compared += diffMaps("dood", m1, t1, diffs.dood, p, ex);

  // call sheets
  const os = callSheets(p);
  const m2 = new Map<string, string>();
  const t2 = new Map<string, string>();
  const put = (m: Map<string, string>, date: string, field: string, v: unknown): void =>
    void m.set(`${date} ${field}`, j(v));
  for (const s of os) {
    put(m2, s.date, "head", [s.sheet, s.shootDay, s.dayNumber, s.dayCount]);
    put(m2, s.date, "items", [...s.items].sort());
    put(
      m2,
      s.date,
      "cast",
      s.cast.map((c) => `${c.resource} ${c.status} ${c.call}`),
    );
    put(
      m2,
      s.date,
      "crew",
      s.crew.map((c) => `${c.resource} ${c.department ?? ""} ${c.call}`),
    );
    put(m2, s.date, "crewCall", s.crewCall);
    put(
      m2,
      s.date,
      "scenes",
      s.scenes.map((x) =>
        [
          x.item,
          x.scene,
          x.set,
          x.ie,
          x.dn,
          x.pages,
          x.location ?? "",
          x.cast.join(","),
          x.start ?? "",
          x.end ?? "",
        ].join("|"),
      ),
    );
    put(m2, s.date, "totalPages", s.totalPages);
    put(
      m2,
      s.date,
      "locations",
      s.locations.map((l) => [l.name, l.address ?? "", l.nearestHospital ?? "", l.hospitalAddress ?? ""].join("|")),
    );
    put(m2, s.date, "equipment", s.equipment);
    put(
      m2,
      s.date,
      "deliveries",
      s.deliveries.map((x) => [x.item, x.delivery, x.neededFor.join(","), x.vendor].join("|")),
    );
    put(m2, s.date, "advance", s.advance ? [s.advance.date, s.advance.shootDay, s.advance.scenes] : null);
  }
  for (const s of r.callSheets) {
    put(t2, s.date, "head", [s.sheet, s.shootDay, s.dayNumber, s.dayCount]);
    put(t2, s.date, "items", [...s.items].sort());
    put(
      t2,
      s.date,
      "cast",
      s.cast.map((c: any) => `${c.resource} ${c.status ?? ""} ${c.call}`),
    );
    put(
      t2,
      s.date,
      "crew",
      (s.crew ?? []).map((c: any) => `${c.resource} ${c.department ?? ""} ${c.call}`),
    );
    put(t2, s.date, "crewCall", s.crewCall ?? null);
    put(
      t2,
      s.date,
      "scenes",
      (s.scenes ?? []).map((x: any) =>
        [
          x.item,
          x.scene ?? "",
          x.set ?? "",
          x.ie ?? "",
          x.dn ?? "",
          x.pages ?? "",
          x.location ?? "",
          (x.cast ?? []).join(","),
          x.start ?? "",
          x.end ?? "",
        ].join("|"),
      ),
    );
    put(t2, s.date, "totalPages", s.totalPages);
    put(
      t2,
      s.date,
      "locations",
      (s.locations ?? []).map((l: any) =>
        [l.name, l.address ?? "", l.nearestHospital ?? "", l.hospitalAddress ?? ""].join("|"),
      ),
    );
    put(
      t2,
      s.date,
      "equipment",
      (s.equipment ?? []).map((e: any) => e.resource),
    );
    put(
      t2,
      s.date,
      "deliveries",
      (s.deliveries ?? []).map((x: any) =>
        [x.item, x.delivery, (x.neededFor ?? []).join(","), x.vendor ?? ""].join("|"),
      ),
    );
    put(
      t2,
      s.date,
      "advance",
      s.advance ? [s.advance.date, s.advance.shootDay, (s.advance.scenes ?? []).map((x: any) => x.item)] : null,
    );
  }
  compared += diffMaps("callSheets", m2, t2, diffs.callSheets, p, ex);

  // costs
  const oc = costs(p);
  const m3 = new Map<string, string>();
  const t3 = new Map<string, string>();
  for (const d of oc.days) m3.set(`day ${d.date}`, money(d.planned));
  for (const d of r.costs?.days ?? [])
    if (d.planned !== 0 || m3.has(`day ${d.date}`)) t3.set(`day ${d.date}`, money(d.planned));
  for (const a of oc.accounts) m3.set(`account ${a.account}`, `${money(a.planned)} / ${money(a.budget)}`);
  for (const a of r.costs?.accounts ?? []) t3.set(`account ${a.account}`, `${money(a.planned)} / ${money(a.budget)}`);
  compared += diffMaps("costs", m3, t3, diffs.costs, p, ex);

  // material-late and budget-overrun
  const key = (f: any): string =>
    [f.type, f.severity, f.resource ?? "(none)", (f.items ?? []).join(","), f.date ?? "(none)"].join(" | ");
  const m4 = new Map<string, string>();
  const t4 = new Map<string, string>();
  for (const f of findings(p)) m4.set(key(f), f.type === "budget-overrun" ? money(f.magnitude) : "fires");
  for (const f of r.conflicts.filter((c) => c.type === "material-late" || c.type === "budget-overrun"))
    t4.set(key(f), f.type === "budget-overrun" ? money(f.magnitude) : "fires");
  compared += diffMaps("findings", m4, t4, diffs.findings, p, ex);

  const issues = report.dataIssues.map((i) => `${i.code} ${i.sheet}!${i.cell ?? ""}: ${i.message}`);
  return { seed, summary, issues, diffs, compared, excluded: ex };
}
