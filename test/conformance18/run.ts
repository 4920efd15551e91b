/**
 * Set 18: puts each generated value in a realistic table (one value under test per row), saves the workbook,
 * reads the file the way the CLI does (`saveAndCheck`) and compares what the report shows with the oracle.
 */
import ExcelJS from "exceljs";
import { saveAndCheck } from "../conformance/helpers";
import type { Report } from "../../src/core/report";
import * as O from "./oracle";
import * as G from "./generate";

export type Verdict = "agree" | "mismatch" | "either";

export interface Case {
  kind: string;
  cell: string;
  form: string;
  value: string;
  expected: string;
  engine: string;
  verdict: Verdict;
}

const MS_DAY = 86400000;
const EPOCH_SERIAL = 25569;

function show(v: O.CellValue): string {
  if (v instanceof Date) return `Date(${v.toISOString().replace(".000Z", "")})`;
  return JSON.stringify(v);
}

function showReading<T>(r: O.Reading<T>, f: (t: T) => string = String): string {
  if (O.isOk(r)) return f(r.ok);
  if (O.isIssue(r)) return `data issue (${r.why})`;
  return `either (${r.either})`;
}

function setCell(cell: ExcelJS.Cell, v: O.CellValue, timeFmt = false): void {
  cell.value = v as ExcelJS.CellValue;
  const raw = v !== null && typeof v === "object" && !(v instanceof Date) && "formula" in v ? v.result : v;
  if (raw instanceof Date) {
    const t = raw.getTime();
    const day = Math.floor(t / MS_DAY);
    if (day === -EPOCH_SERIAL) cell.numFmt = "h:mm";
    else cell.numFmt = t % MS_DAY === 0 ? "m/d/yyyy" : "m/d/yyyy h:mm";
  } else if (timeFmt && typeof raw === "number" && raw < 2 && raw !== 1) {
    // A fraction of a day as a time of day. Not 1: the "bare hour number" form is an hour typed into a General
    // cell (an h:mm cell would show 1 as 0:00, and the engine then reads it as 24:00, as Excel shows it).
    cell.numFmt = "h:mm";
  }
}

function header(ws: ExcelJS.Worksheet, names: string[]): void {
  ws.addRow(names);
  ws.getRow(1).font = { bold: true };
}

const ISSUE_CODES = new Set(["bad-date", "bad-time", "bad-number", "cell-error", "bad-value"]);

function issuesAt(report: Report, sheet: string, cell: string): string[] {
  return report.dataIssues.filter((i) => i.sheet === sheet && i.cell === cell).map((i) => i.code);
}

/** The verdict for one value: oracle reading vs engine observation. */
function judge<T>(
  kind: string,
  cell: string,
  g: G.Gen,
  expected: O.Reading<T>,
  fmt: (t: T) => string,
  engineIssue: string[],
  engineValue: string | undefined,
  issueCodes: Set<string> = ISSUE_CODES,
): Case {
  const codes = engineIssue.filter((c) => issueCodes.has(c));
  const engine = codes.length > 0 ? `data issue (${codes.join(",")})` : (engineValue ?? "(nothing)");
  let verdict: Verdict;
  if (O.isEither(expected)) verdict = "either";
  else if (O.isIssue(expected)) verdict = codes.length > 0 ? "agree" : "mismatch";
  else verdict = codes.length === 0 && engineValue === fmt(expected.ok) ? "agree" : "mismatch";
  return { kind, cell, form: g.form, value: show(g.value), expected: showReading(expected, fmt), engine, verdict };
}

/** Interleaves blank rows (contract §2: skipped) and reports their row numbers. */
function blankRows(rng: G.Rng, ws: ExcelJS.Worksheet, blanks: number[]): void {
  if (rng.chance(0.03)) {
    blanks.push(ws.addRow([]).number);
  }
}

export interface KindResult {
  cases: Case[];
  /** Schedule items the contract expects (blank rows are not items). */
  items: number;
  blankRowIssues: string[];
  report: Report;
}

const day = (y: number, m: number, d: number): number => O.dayOf(y, m, d)!;
const asDate = (d: number, minute = 0): Date => new Date(d * MS_DAY + minute * 60000);

function newBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "conformance18";
  return wb;
}

function rowOf(ws: ExcelJS.Worksheet, values: O.CellValue[], timeCols: number[] = []): number {
  const r = ws.addRow([]);
  values.forEach((v, i) => setCell(r.getCell(i + 1), v, timeCols.includes(i)));
  return r.number;
}

/** Non-blank rows under the Schedule header: the items the contract expects (§2: a blank row is skipped). */
function dataRows(wb: ExcelJS.Workbook): number {
  let n = 0;
  wb.getWorksheet("Schedule")?.eachRow((row, i) => {
    if (i > 1 && row.getCell(1).value !== null && row.getCell(1).value !== undefined) n++;
  });
  return n;
}

/** What a kind's run returns: its cases, the items read, and the data issues on its blank rows. */
function kindResult(cases: Case[], wb: ExcelJS.Workbook, report: Report, sheet: string, blanks: number[]): KindResult {
  return { cases, items: dataRows(wb), blankRowIssues: blankIssues(report, sheet, blanks), report };
}

function blankIssues(report: Report, sheet: string, blanks: number[]): string[] {
  return report.dataIssues
    .filter((i) => i.sheet === sheet && i.cell && blanks.includes(Number(/\d+$/.exec(i.cell)?.[0])))
    .map((i) => `${i.code} ${i.cell}`);
}

// ------------------------------------------------------------------------------------------------ kinds

export async function runDates(seed: number, n: number, system: 1900 | 1904 = 1900): Promise<KindResult> {
  const rng = new G.Rng(seed);
  const wb = newBook();
  if (system === 1904) wb.properties.date1904 = true;
  const ws = wb.addWorksheet("Schedule");
  header(ws, ["ID", "Date", "Description"]);
  const rows: { id: string; row: number; g: G.Gen }[] = [];
  const blanks: number[] = [];
  for (let i = 0; i < n; i++) {
    blankRows(rng, ws, blanks);
    const g = G.genDate(rng, day(2025, 1, 1), day(2027, 12, 31));
    const id = `D${String(i + 1).padStart(3, "0")}`;
    const row = rowOf(ws, [id, g.value, "Scene work"]);
    rows.push({ id, row, g });
  }
  const report = await saveAndCheck(wb, `dates${system === 1904 ? "-1904" : ""}-${seed}.xlsx`, "conformance18");
  const dateOf = new Map<string, string>();
  for (const s of report.callSheets) for (const it of s.items) dateOf.set(it, s.date);
  const cases = rows.map(({ id, row, g }) =>
    judge(
      system === 1904 ? "date (1904 workbook)" : "date",
      `B${row}`,
      g,
      O.readDate(g.value, system),
      O.isoOf,
      issuesAt(report, "Schedule", `B${row}`),
      dateOf.get(id),
    ),
  );
  return kindResult(cases, wb, report, "Schedule", blanks);
}

/** Start (which = "start") or End (which = "end") under test; the other is fixed; a cast member paid 60/h. */
export async function runTimes(which: "start" | "end", seed: number, n: number): Promise<KindResult> {
  const rng = new G.Rng(seed);
  const wb = newBook();
  const ws = wb.addWorksheet("Schedule");
  header(ws, ["ID", "Date", "Call", "Wrap", "Cast"]);
  const cast = wb.addWorksheet("Cast");
  header(cast, ["ID", "Name", "Type", "Hourly Rate"]);
  cast.addRow(["P", "Pat Doe", "cast", 60]);
  const FIXED = which === "start" ? 18 * 60 : 12 * 60;
  const rows: { id: string; row: number; g: G.Gen; d: number }[] = [];
  const blanks: number[] = [];
  const d0 = day(2026, 1, 1);
  for (let i = 0; i < n; i++) {
    blankRows(rng, ws, blanks);
    const d = d0 + i;
    const g = G.genTime(rng, d);
    const fixed = which === "start" ? "18:00" : "12:00";
    const id = `T${String(i + 1).padStart(3, "0")}`;
    const vals: O.CellValue[] =
      which === "start" ? [id, asDate(d), g.value, fixed, "P"] : [id, asDate(d), fixed, g.value, "P"];
    const row = rowOf(ws, vals, [2, 3]);
    rows.push({ id, row, g, d });
  }
  const report = await saveAndCheck(wb, `${which}-${seed}.xlsx`, "conformance18");
  const scene = new Map<string, { start?: string; end?: string }>();
  for (const s of report.callSheets) for (const sc of s.scenes) scene.set(sc.item, sc);
  const cost = new Map<string, number>();
  for (const l of report.costs?.lines ?? []) if (l.resource === "P") cost.set(l.date, l.amount);
  const col = which === "start" ? "C" : "D";
  const cases = rows.map(({ id, row, g, d }) => {
    let r = O.readTime(g.value, d);
    // Contract §2: an End earlier than its Start on the same date ends the next day, a date-time on the Start's
    // date included; workbook-format: an End dated before the Start's date is a bad-time.
    const carriesDate = (v: O.CellValue): boolean => {
      const u = v !== null && typeof v === "object" && !(v instanceof Date) && "formula" in v ? v.result : v;
      return u instanceof Date && Math.floor(u.getTime() / MS_DAY) !== -EPOCH_SERIAL;
    };
    let reading: O.Reading<string> = r as O.Reading<never>;
    if (O.isOk(r)) {
      const t = r.ok;
      let s = which === "start" ? t : FIXED;
      let e = which === "start" ? FIXED : t;
      if (which === "end" && e < s && carriesDate(g.value) && t < 0)
        reading = O.issue("End dated before the Start's date");
      else if (which === "start" && t >= 1440) reading = O.either("a Start past midnight against a same-day End");
      else {
        if (e < s) e += 1440;
        reading = O.ok(`${G.hhmm(which === "start" ? s : e)} span ${e - s}`);
      }
      void s;
    }
    const sc = scene.get(id);
    const shown = which === "start" ? sc?.start : sc?.end;
    const amount = cost.get(O.isoOf(d));
    const engineValue =
      shown === undefined ? undefined : `${shown} span ${amount === undefined ? "?" : Math.round(amount)}`;
    return judge(
      which,
      `${col}${row}`,
      g,
      reading,
      (x) => x,
      issuesAt(report, "Schedule", `${col}${row}`),
      engineValue,
    );
  });
  return kindResult(cases, wb, report, "Schedule", blanks);
}

export async function runDurations(seed: number, n: number): Promise<KindResult> {
  const rng = new G.Rng(seed);
  const wb = newBook();
  const ws = wb.addWorksheet("Schedule");
  header(ws, ["ID", "Date", "Start", "Est. Time", "Cast"]);
  const cast = wb.addWorksheet("Cast");
  header(cast, ["ID", "Name", "Type", "Hourly Rate"]);
  cast.addRow(["P", "Pat Doe", "cast", 60]);
  const rows: { id: string; row: number; g: G.Gen; d: number }[] = [];
  const blanks: number[] = [];
  const d0 = day(2026, 1, 1);
  for (let i = 0; i < n; i++) {
    blankRows(rng, ws, blanks);
    const d = d0 + i;
    const g = G.genDuration(rng);
    const id = `U${String(i + 1).padStart(3, "0")}`;
    const row = rowOf(ws, [id, asDate(d), "08:00", g.value, "P"]);
    rows.push({ id, row, g, d });
  }
  const report = await saveAndCheck(wb, `duration-${seed}.xlsx`, "conformance18");
  const scene = new Map<string, { end?: string }>();
  for (const s of report.callSheets) for (const sc of s.scenes) scene.set(sc.item, sc);
  const cost = new Map<string, number>();
  for (const l of report.costs?.lines ?? []) if (l.resource === "P") cost.set(l.date, l.amount);
  const cases = rows.map(({ id, row, g, d }) => {
    const r = O.readDuration(g.value);
    const sc = scene.get(id);
    const amount = cost.get(O.isoOf(d));
    const engineValue =
      sc?.end === undefined ? undefined : `end ${sc.end} minutes ${amount === undefined ? "?" : Math.round(amount)}`;
    return judge(
      "duration",
      `D${row}`,
      g,
      r,
      (m) => `end ${G.hhmm(480 + m)} minutes ${m}`,
      issuesAt(report, "Schedule", `D${row}`),
      engineValue,
    );
  });
  return kindResult(cases, wb, report, "Schedule", blanks);
}

function eighthsOf(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const m = /^(?:(\d+) )?(\d+)\/8$/.exec(text);
  if (m) return String(Number(m[1] ?? 0) * 8 + Number(m[2]));
  if (/^\d+$/.test(text)) return String(Number(text) * 8);
  return `unparsed '${text}'`;
}

export async function runPages(seed: number, n: number): Promise<KindResult> {
  const rng = new G.Rng(seed);
  const wb = newBook();
  const ws = wb.addWorksheet("Schedule");
  header(ws, ["Scene #", "Shoot Date", "Pgs", "Set"]);
  const rows: { id: string; row: number; g: G.Gen }[] = [];
  const blanks: number[] = [];
  for (let i = 0; i < n; i++) {
    blankRows(rng, ws, blanks);
    const g = G.genPages(rng);
    const row = rowOf(ws, [String(i + 1), asDate(day(2026, 3, 2)), g.value, "INT. KITCHEN"]);
    rows.push({ id: `row:${row}`, row, g });
  }
  const report = await saveAndCheck(wb, `pages-${seed}.xlsx`, "conformance18");
  const pages = new Map<string, string | undefined>();
  for (const s of report.callSheets) for (const sc of s.scenes) pages.set(sc.item, sc.pages);
  const cases = rows.map(({ id, row, g }) =>
    judge(
      "pages",
      `C${row}`,
      g,
      O.readPages(g.value),
      String,
      issuesAt(report, "Schedule", `C${row}`),
      eighthsOf(pages.get(id)),
    ),
  );
  return kindResult(cases, wb, report, "Schedule", blanks);
}

/** Contract §3: a token resolves by ID, then Name, then Role, case-insensitively; IDs compare as text. */
function resolveCast(token: string): string | undefined {
  const t = token.toLowerCase();
  const byId = G.CAST.find((c) => String(c.id).toLowerCase() === t);
  if (byId) return String(byId.id);
  const byName = G.CAST.find((c) => c.name.toLowerCase() === t);
  if (byName) return String(byName.id);
  const byRole = G.CAST.find((c) => c.role.toLowerCase() === t);
  return byRole ? String(byRole.id) : undefined;
}

export async function runCast(seed: number, n: number): Promise<KindResult> {
  const rng = new G.Rng(seed);
  const wb = newBook();
  const ws = wb.addWorksheet("Schedule");
  header(ws, ["ID", "Date", "Talent"]);
  const cast = wb.addWorksheet("Cast");
  header(cast, ["Cast #", "Name", "Character"]);
  for (const c of G.CAST) cast.addRow([c.id, c.name, c.role]);
  const rows: { id: string; row: number; g: G.Gen }[] = [];
  const blanks: number[] = [];
  for (let i = 0; i < n; i++) {
    blankRows(rng, ws, blanks);
    const g = G.genCast(rng);
    const id = `K${String(i + 1).padStart(3, "0")}`;
    const row = rowOf(ws, [id, asDate(day(2026, 3, 2)), g.value]);
    rows.push({ id, row, g });
  }
  const report = await saveAndCheck(wb, `cast-${seed}.xlsx`, "conformance18");
  const castOf = new Map<string, string[]>();
  for (const s of report.callSheets) for (const sc of s.scenes) castOf.set(sc.item, sc.cast);
  const cases = rows.map(({ id, row, g }) => {
    const tokens = O.splitList(g.value);
    let reading: O.Reading<string> = tokens as O.Reading<never>;
    if (O.isOk(tokens)) {
      const resolved = tokens.ok.map((t) => resolveCast(t) ?? `?${t}`);
      const unknown = resolved.some((r) => r.startsWith("?"));
      reading = O.ok(`${[...new Set(resolved)].sort().join("|")}${unknown ? " +unknown-resource" : ""}`);
    }
    const codes = issuesAt(report, "Schedule", `C${row}`);
    const shown = castOf.get(id);
    const engineValue =
      shown === undefined
        ? undefined
        : `${[...new Set(shown.map((x) => (G.CAST.some((c) => String(c.id) === x) ? x : `?${x}`)))].sort().join("|")}${
            codes.includes("unknown-resource") ? " +unknown-resource" : ""
          }`;
    return judge("cast list", `C${row}`, g, reading, (x) => x, codes, engineValue, new Set(["cell-error"]));
  });
  return kindResult(cases, wb, report, "Schedule", blanks);
}

export async function runDepends(seed: number, n: number): Promise<KindResult> {
  const rng = new G.Rng(seed);
  const wb = newBook();
  const ws = wb.addWorksheet("Schedule");
  header(ws, ["ID", "Date", "Start", "End", "Predecessors"]);
  for (const p of G.PREDS) rowOf(ws, [p, asDate(day(2026, 3, 10)), "08:00", "09:00", null]);
  const rows: { id: string; row: number; g: G.Gen }[] = [];
  const blanks: number[] = [];
  for (let i = 0; i < n; i++) {
    blankRows(rng, ws, blanks);
    const g = G.genDepends(rng);
    const id = `W${String(i + 1).padStart(3, "0")}`;
    const row = rowOf(ws, [id, asDate(day(2026, 3, 9)), "08:00", "09:00", g.value]);
    rows.push({ id, row, g });
  }
  const report = await saveAndCheck(wb, `depends-${seed}.xlsx`, "conformance18");
  const preds = new Map<string, string[]>();
  for (const c of report.conflicts) {
    if (c.type !== "dependency") continue;
    const [p, item] = c.items;
    preds.set(item, [...(preds.get(item) ?? []), p]);
  }
  const ids = G.PREDS.map(String);
  const cases = rows.map(({ id, row, g }) => {
    const tokens = O.splitList(g.value);
    let reading: O.Reading<string> = tokens as O.Reading<never>;
    if (O.isOk(tokens)) {
      if (tokens.ok.some((t) => !ids.includes(t) && ids.some((x) => x.toLowerCase() === t.toLowerCase()))) {
        reading = O.either("an ID in another case (the contract does not say IDs ignore case)");
      } else {
        const known = [...new Set(tokens.ok.filter((t) => ids.includes(t)))].sort();
        const unknown = tokens.ok.some((t) => !ids.includes(t));
        reading = O.ok(`${known.join("|")}${unknown ? " +unknown-dependency" : ""}`);
      }
    }
    const codes = issuesAt(report, "Schedule", `E${row}`);
    const engineValue = `${[...new Set(preds.get(id) ?? [])].sort().join("|")}${codes.includes("unknown-dependency") ? " +unknown-dependency" : ""}`;
    return judge("depends on", `E${row}`, g, reading, (x) => x, codes, engineValue, new Set(["cell-error"]));
  });
  return kindResult(cases, wb, report, "Schedule", blanks);
}

/** Resources under test in a Resources table; one date-only item per day of March 2026 names all of them. */
async function runWindows(
  kind: "unavailable" | "available from" | "available to",
  seed: number,
  n: number,
): Promise<KindResult> {
  const rng = new G.Rng(seed);
  const wb = newBook();
  const res = wb.addWorksheet("Equipment");
  header(res, [
    "ID",
    "Name",
    "Type",
    kind === "unavailable" ? "Blackout Dates" : kind === "available from" ? "Available From" : "Until",
  ]);
  const rows: { id: string; row: number; g: G.Gen }[] = [];
  const blanks: number[] = [];
  for (let i = 0; i < n; i++) {
    blankRows(rng, res, blanks);
    const g =
      kind === "unavailable"
        ? G.genDateList(rng, G.WINDOW_LO, G.WINDOW_HI)
        : G.genDate(rng, G.WINDOW_LO - 3, G.WINDOW_HI + 3);
    const id = `E${String(i + 1).padStart(3, "0")}`;
    const row = rowOf(res, [id, `Kit ${i + 1}`, "equipment", g.value]);
    rows.push({ id, row, g });
  }
  const ws = wb.addWorksheet("Schedule");
  header(ws, ["ID", "Date", "Equipment"]);
  const all = rows.map((r) => r.id).join(", ");
  for (let d = G.WINDOW_LO; d <= G.WINDOW_HI; d++) rowOf(ws, [`M${O.isoOf(d)}`, asDate(d), all]);
  const report = await saveAndCheck(wb, `${kind.replace(/ /g, "-")}-${seed}.xlsx`, "conformance18");
  const blocked = new Map<string, string[]>();
  for (const c of report.conflicts) {
    if (c.type !== "unavailable" || !c.resource || !c.date) continue;
    blocked.set(c.resource, [...(blocked.get(c.resource) ?? []), c.date]);
  }
  const window: number[] = [];
  for (let d = G.WINDOW_LO; d <= G.WINDOW_HI; d++) window.push(d);
  const fmt = (days: number[]): string => {
    const inWin = [...new Set(days.filter((d) => d >= G.WINDOW_LO && d <= G.WINDOW_HI))].sort((a, b) => a - b);
    return inWin.map((d) => O.isoOf(d).slice(8)).join(",") || "(none)";
  };
  const cases = rows.map(({ id, row, g }) => {
    let r: O.Reading<number[]>;
    if (kind === "unavailable") r = O.readDateList(g.value);
    else {
      const x = O.readDate(g.value);
      if (!O.isOk(x)) r = x;
      else r = O.ok(window.filter((d) => (kind === "available from" ? d < x.ok : d > x.ok)));
    }
    const engineDays = [...new Set(blocked.get(id) ?? [])].sort().map((iso) => iso.slice(8));
    return judge(
      kind,
      `D${row}`,
      g,
      r,
      fmt,
      issuesAt(report, "Equipment", `D${row}`),
      engineDays.join(",") || "(none)",
    );
  });
  return kindResult(cases, wb, report, "Equipment", blanks);
}

export const runUnavailable = (seed: number, n: number): Promise<KindResult> => runWindows("unavailable", seed, n);
export const runFrom = (seed: number, n: number): Promise<KindResult> => runWindows("available from", seed, n);
export const runTo = (seed: number, n: number): Promise<KindResult> => runWindows("available to", seed, n);

export async function runDeadlines(seed: number, n: number): Promise<KindResult> {
  const rng = new G.Rng(seed);
  const wb = newBook();
  const ws = wb.addWorksheet("Schedule");
  header(ws, ["ID", "Date", "Start", "End", "Due Date"]);
  const itemDay = day(2027, 6, 1);
  const itemEnd = itemDay * 1440 + 9 * 60;
  const rows: { id: string; row: number; g: G.Gen }[] = [];
  const blanks: number[] = [];
  for (let i = 0; i < n; i++) {
    blankRows(rng, ws, blanks);
    const g = G.genDate(rng, day(2026, 1, 1), day(2026, 12, 31));
    const id = `L${String(i + 1).padStart(3, "0")}`;
    const row = rowOf(ws, [id, asDate(itemDay), "08:00", "09:00", g.value]);
    rows.push({ id, row, g });
  }
  const report = await saveAndCheck(wb, `deadline-${seed}.xlsx`, "conformance18");
  const late = new Map<string, number | undefined>();
  for (const c of report.conflicts) if (c.type === "deadline") late.set(c.items[0], c.magnitude);
  const fmt = (instant: number): string => {
    const d = Math.floor(instant / 1440);
    return `${O.isoOf(d)} ${G.hhmm(instant - d * 1440)}`;
  };
  const cases = rows.map(({ id, row, g }) => {
    const mag = late.get(id);
    const engineValue =
      mag === undefined ? (late.has(id) ? "deadline without magnitude" : "(no deadline finding)") : fmt(itemEnd - mag);
    return judge(
      "deadline",
      `E${row}`,
      g,
      O.readDeadline(g.value),
      fmt,
      issuesAt(report, "Schedule", `E${row}`),
      engineValue,
    );
  });
  return kindResult(cases, wb, report, "Schedule", blanks);
}

export async function runLead(seed: number, n: number): Promise<KindResult> {
  const rng = new G.Rng(seed);
  const wb = newBook();
  const cast = wb.addWorksheet("Cast");
  header(cast, ["ID", "Name", "Type", "Makeup"]);
  const rows: { id: string; row: number; g: G.Gen }[] = [];
  const blanks: number[] = [];
  for (let i = 0; i < n; i++) {
    blankRows(rng, cast, blanks);
    const g = G.genLead(rng);
    const id = `A${String(i + 1).padStart(3, "0")}`;
    const row = rowOf(cast, [id, `Actor ${i + 1}`, "cast", g.value]);
    rows.push({ id, row, g });
  }
  const ws = wb.addWorksheet("Schedule");
  header(ws, ["ID", "Date", "Start", "End", "Cast"]);
  rows.forEach((r, i) => rowOf(ws, [`S${i + 1}`, asDate(day(2026, 3, 2)), "12:00", "13:00", r.id]));
  const report = await saveAndCheck(wb, `lead-${seed}.xlsx`, "conformance18");
  const call = new Map<string, string | null>();
  for (const s of report.callSheets) for (const c of s.cast) call.set(c.resource, c.call);
  const cases = rows.map(({ id, row, g }) => {
    const r = O.readLeadTime(g.value);
    const shown = call.get(id);
    return judge(
      "lead time",
      `D${row}`,
      g,
      r,
      (m) => `call ${G.hhmm(720 - m)}`,
      issuesAt(report, "Cast", `D${row}`),
      shown ? `call ${shown}` : undefined,
    );
  });
  return kindResult(cases, wb, report, "Cast", blanks);
}

export async function runPriority(seed: number, n: number): Promise<KindResult> {
  const rng = new G.Rng(seed);
  const wb = newBook();
  const ws = wb.addWorksheet("Schedule");
  header(ws, ["ID", "Date", "Pri"]);
  const rows: { id: string; row: number; g: G.Gen }[] = [];
  const blanks: number[] = [];
  for (let i = 0; i < n; i++) {
    blankRows(rng, ws, blanks);
    const g = G.genPriority(rng);
    const id = `R${String(i + 1).padStart(3, "0")}`;
    const row = rowOf(ws, [id, asDate(day(2026, 3, 2)), g.value]);
    rows.push({ id, row, g });
  }
  const report = await saveAndCheck(wb, `priority-${seed}.xlsx`, "conformance18");
  // Only "read or data issue" is observable here (the ranking mixes priority with other factors).
  const cases = rows.map(({ row, g }) =>
    judge(
      "priority",
      `C${row}`,
      g,
      O.readPriority(g.value),
      () => "read",
      issuesAt(report, "Schedule", `C${row}`),
      "read",
    ),
  );
  return kindResult(cases, wb, report, "Schedule", blanks);
}

/**
 * Availability windows (contract §3): one row per resource with From or To under test (the other fixed), and one
 * timed item 0:00-24:00 per day of March naming every resource; the unavailable magnitude (workbook-format: the
 * minutes of overlap) per day shows the window to the minute.
 */
export async function runAvailability(which: "from" | "to", seed: number, n: number): Promise<KindResult> {
  const rng = new G.Rng(seed);
  const wb = newBook();
  const res = wb.addWorksheet("Equipment");
  header(res, ["ID", "Name", "Type"]);
  const av = wb.addWorksheet("Availability");
  header(av, ["Resource", "From", "To", "Kind"]);
  const FIXED_FROM = asDate(G.WINDOW_LO - 1); // a date: from the start of Feb 28
  const rows: { id: string; row: number; g: G.Gen }[] = [];
  const blanks: number[] = [];
  for (let i = 0; i < n; i++) {
    const id = `E${String(i + 1).padStart(3, "0")}`;
    res.addRow([id, `Kit ${i + 1}`, "equipment"]);
    blankRows(rng, av, blanks);
    const g = G.genWindowEnd(rng, G.WINDOW_LO + 1, G.WINDOW_HI - 1);
    const row = rowOf(av, which === "from" ? [id, g.value, null, "unavailable"] : [id, FIXED_FROM, g.value, "day off"]);
    rows.push({ id, row, g });
  }
  const ws = wb.addWorksheet("Schedule");
  header(ws, ["ID", "Date", "Start", "End", "Equipment"]);
  const all = rows.map((r) => r.id).join(", ");
  for (let d = G.WINDOW_LO; d <= G.WINDOW_HI; d++) rowOf(ws, [`M${O.isoOf(d)}`, asDate(d), "0:00", "24:00", all]);
  const report = await saveAndCheck(wb, `availability-${which}-${seed}.xlsx`, "conformance18");
  const blocked = new Map<string, string[]>();
  for (const c of report.conflicts) {
    if (c.type !== "unavailable" || !c.resource || !c.date) continue;
    blocked.set(c.resource, [...(blocked.get(c.resource) ?? []), `${c.date.slice(8)}:${c.magnitude}`]);
  }
  /** Per day of the window, minutes of [a, b) on that day. */
  const overlap = (a: number, b: number): string => {
    const out: string[] = [];
    for (let d = G.WINDOW_LO; d <= G.WINDOW_HI; d++) {
      const m = Math.min(b, (d + 1) * 1440) - Math.max(a, d * 1440);
      if (m > 0) out.push(`${O.isoOf(d).slice(8)}:${m}`);
    }
    return out.join(",") || "(none)";
  };
  const col = which === "from" ? "B" : "C";
  const cases = rows.map(({ id, row, g }) => {
    const r = O.readWindowEnd(g.value);
    let reading: O.Reading<string> = r as O.Reading<never>;
    if (O.isOk(r)) {
      const { instant, dateOnly } = r.ok;
      // workbook-format: a blank To means the end of From's day; contract: a date-only To covers that whole day.
      reading =
        which === "from"
          ? O.ok(overlap(instant, (Math.floor(instant / 1440) + 1) * 1440))
          : O.ok(overlap((G.WINDOW_LO - 1) * 1440, dateOnly ? instant + 1440 : instant));
    }
    const engineValue = (blocked.get(id) ?? []).sort().join(",") || "(none)";
    return judge(
      `availability ${which}`,
      `${col}${row}`,
      g,
      reading,
      (x) => x,
      issuesAt(report, "Availability", `${col}${row}`),
      engineValue,
    );
  });
  return kindResult(cases, wb, report, "Availability", blanks);
}
