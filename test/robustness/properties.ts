/**
 * The robustness properties, as functions that list every broken promise (empty when all hold): shared by
 * the fuzzers and the pinned cases in known-crashes.test.ts.
 */
import * as path from "path";
import { readFileSync } from "fs";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { check } from "../../src/core/check";
import { buildWritePlan } from "../../src/core/writeplan";
import { parseRange } from "../../src/core/a1";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import type { WritePlan } from "../../src/core/plan";

const SCHEMA = JSON.parse(
  readFileSync(path.resolve(__dirname, "../../../shared/spec/report.schema.json"), "utf8"),
) as object;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validateReport = ajv.compile(SCHEMA);

/** Highest row and column Excel has (XFD1048576). */
const MAX_ROW = 1048576;
const MAX_COL = 16384;

/** A single cell in A1 form inside Excel's grid, e.g. "C7" (no sheet, no $, no range). */
export function isA1Cell(text: string): boolean {
  const m = /^([A-Z]{1,3})([1-9]\d*)$/.exec(text);
  if (!m) return false;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col <= MAX_COL && Number(m[2]) <= MAX_ROW;
}

export function isA1Range(text: string): boolean {
  const parts = text.split(":");
  return parts.length <= 2 && parts.every(isA1Cell) && parseRange(text) !== null;
}

/** A deep copy of plain data that keeps own keys such as "__proto__" (structuredClone would not). */
export function copyData<T>(v: T): T {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(copyData) as T;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) {
    Object.defineProperty(out, k, {
      value: copyData((v as Record<string, unknown>)[k]),
      enumerable: true,
      writable: true,
    });
  }
  return out as T;
}

/** Where two plain data values differ (own keys only, NaN equals NaN); null when they are the same. */
export function dataDiff(a: unknown, b: unknown, at = "snapshot"): string | null {
  if (Object.is(a, b)) return null;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object")
    return `${at}: ${String(a)} -> ${String(b)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${at}: array vs object`;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i]))
    return `${at}: keys ${ka.join(",")} -> ${kb.join(",")}`;
  for (const k of ka) {
    const d = dataDiff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
    if (d) return d;
  }
  return null;
}

/** Every string the user typed: cell texts (and header texts) and saved production values. */
function userTexts(snapshot: WorkbookSnapshot): string[] {
  const out: string[] = [];
  const grids = snapshot.sheets.flatMap((s) => [...(s.used ? [s.used] : []), ...s.tables]);
  for (const g of grids) for (const line of g.values) for (const v of line) if (typeof v === "string") out.push(v);
  out.push(...snapshot.sheets.map((s) => s.name));
  if (snapshot.name) out.push(snapshot.name);
  const production = (snapshot.settings as { production?: unknown } | undefined)?.production;
  if (production && typeof production === "object") {
    for (const v of Object.values(production)) if (typeof v === "string") out.push(v);
  }
  return out;
}

/**
 * A plan text starting with "=" is fine when it is the user's own text: a cell's text or a token of it, a
 * list of such tokens joined again (a call sheet's cast "=1, 0" from a Cast cell "=1/0"), or a message that
 * begins with a formula-like name the user gave (a sheet called "=x"). Executors write it as text.
 */
function fromUserText(v: string, texts: string[]): boolean {
  const s = v.trim();
  const inUserText = (part: string) => texts.some((t) => t.includes(part));
  return (
    inUserText(s) ||
    texts.some((t) => t.trim().startsWith("=") && s.startsWith(t.trim())) ||
    s.split(", ").every((part) => part.length > 0 && inUserText(part))
  );
}

/** Every problem with a write plan, as text (empty when none). */
export function planProblems(plan: WritePlan, snapshot: WorkbookSnapshot): string[] {
  const problems: string[] = [];
  const texts = userTexts(snapshot);
  const userSheets = new Set(snapshot.sheets.filter((s) => !s.generated).map((s) => s.name));
  const lowerUser = new Set([...userSheets].map((n) => n.toLowerCase()));
  const seenNames = new Set<string>();
  for (const s of plan.sheets) {
    const where = `sheet "${s.name}"`;
    if (s.name.length === 0 || s.name.length > 31 || /[:\\/?*[\]]/.test(s.name) || /^'|'$/.test(s.name))
      problems.push(`${where}: not a legal sheet name`);
    if (lowerUser.has(s.name.toLowerCase())) problems.push(`${where}: takes the name of a user sheet`);
    if (seenNames.has(s.name.toLowerCase())) problems.push(`${where}: name used twice`);
    seenNames.add(s.name.toLowerCase());
    for (const b of s.blocks) {
      if (!isA1Cell(b.at)) problems.push(`${where}: block at "${b.at}" is not a cell`);
      b.values.forEach((line, i) =>
        line.forEach((v, j) => {
          if (typeof v === "number" && !Number.isFinite(v))
            problems.push(`${where}: ${b.at}+(${i},${j}) holds the number ${v}`);
          if (typeof v === "string" && v.length > 32767)
            problems.push(`${where}: ${b.at}+(${i},${j}) holds ${v.length} characters (Excel max 32767)`);
          if (typeof v === "string" && v.startsWith("=") && !fromUserText(v, texts))
            problems.push(
              `${where}: ${b.at}+(${i},${j}) starts with "=" and is not the user's text: ${v.slice(0, 60)}`,
            );
        }),
      );
    }
    for (const r of [...s.styles.map((x) => x.range), ...s.merges]) {
      if (!isA1Range(r)) problems.push(`${where}: range "${r}" is not an A1 range`);
    }
    for (const h of s.hyperlinks) {
      if (!isA1Cell(h.cell)) problems.push(`${where}: hyperlink cell "${h.cell}"`);
      if (!isA1Range(h.range)) problems.push(`${where}: hyperlink range "${h.range}"`);
    }
    for (const t of [...(s.table ? [s.table] : []), ...(s.tables ?? [])]) {
      if (!isA1Range(t.range)) problems.push(`${where}: table range "${t.range}"`);
    }
  }
  for (const h of plan.highlights) {
    if (!userSheets.has(h.sheet)) problems.push(`highlight on "${h.sheet}", which is not a user sheet`);
    for (const r of h.ranges)
      if (!isA1Range(r.replace(/\$/g, ""))) problems.push(`highlight range "${r}" on "${h.sheet}"`);
    if (!/^#[0-9A-F]{6}$/i.test(h.color)) problems.push(`highlight colour "${h.color}"`);
  }
  return problems;
}

/** Runs the whole core on one snapshot and lists everything that breaks the robustness contract. */
export function coreProblems(snapshot: WorkbookSnapshot): string[] {
  const before = copyData(snapshot);
  let result;
  try {
    result = check(snapshot);
  } catch (e) {
    return [`check threw: ${(e as Error).stack?.split("\n").slice(0, 4).join(" | ")}`];
  }
  const problems: string[] = [];
  const changed = dataDiff(before, snapshot);
  if (changed) problems.push(`check changed the snapshot it was given: ${changed}`);
  const { report, model, sheetNames } = result;
  // What --json writes: NaN would become null, so validate the JSON text, not the object.
  const json: unknown = JSON.parse(JSON.stringify(report));
  if (!validateReport(json)) problems.push(`report fails the schema: ${ajv.errorsText(validateReport.errors)}`);
  const sheetSet = new Set(snapshot.sheets.map((s) => s.name));
  for (const d of report.dataIssues) {
    // A workbook-level issue (no schedule anywhere) has no sheet to name: it says so with "".
    const workbookLevel = d.sheet === "" && d.cell === undefined && d.code === "missing-table";
    if (!sheetSet.has(d.sheet) && !workbookLevel)
      problems.push(`data issue ${d.code} names sheet "${d.sheet}", not in the workbook`);
    // Table-level issues (unknown-table, ambiguous-table) name the header row as a range: also an A1 address.
    if (d.cell !== undefined && !isA1Range(d.cell)) problems.push(`data issue ${d.code} has cell "${d.cell}"`);
    if (!d.message.trim()) problems.push(`data issue ${d.code} has no message`);
  }
  const ids = new Set(model.items.map((i) => i.id));
  for (const c of report.conflicts) {
    for (const id of c.items)
      if (!ids.has(id)) problems.push(`${c.type} conflict names item "${id}", not in the schedule`);
  }
  let plan: WritePlan;
  try {
    plan = buildWritePlan(report, model, { sheetNames });
  } catch (e) {
    return [...problems, `buildWritePlan threw: ${(e as Error).stack?.split("\n").slice(0, 4).join(" | ")}`];
  }
  return [...problems, ...planProblems(plan, snapshot)];
}
