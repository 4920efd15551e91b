/**
 * The checks of cells.property.test.ts: given a generated workbook's ground truth (cells-gen.ts) and the report
 * the CLI's reader and check() make of it, every way a finding's or data issue's cells point at the wrong place.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type ExcelJS from "exceljs";
import { readWorkbookFile } from "../../src/xlsx/read";
import { check } from "../../src/core/check";
import type { Report } from "../../src/core/report";
import { colLetters, generate, parseA1, type GItem, type GSheet, type Generated } from "./cells-gen";

export type Violations = Map<string, string[]>;

/** Issues about one value: never on a header row. */
const CELL_CODES = new Set([
  "bad-date",
  "bad-time",
  "bad-number",
  "cell-error",
  "unknown-resource",
  "unknown-dependency",
]);

const LIST = new Set(["Cast", "Crew", "Equipment", "Resources", "Location"]);

/** Per type: whether a resource cell is expected, and the columns of each item by its role in the finding. */
type Role = "all" | "wrap" | "next" | "first" | "second" | "dependent" | "pred" | "late";
const COLUMNS: Record<string, Partial<Record<Role, string[]>>> = {
  "double-booking": { all: ["Start", "End"] },
  "long-day": { all: ["Start", "End"] },
  unavailable: { all: ["Date", "Start", "End"] },
  "consecutive-days": { all: ["Date"] },
  turnaround: { wrap: ["End"], next: ["Start"] },
  travel: { first: ["End", "Location"], second: ["Start", "Location"] },
  dependency: { dependent: ["Depends On", "Start", "Date"], pred: ["End", "Date"] },
  deadline: { all: ["Deadline", "End", "Date"] },
  "material-late": { late: ["Start", "Date"] },
};
const WITH_RESOURCE = new Set([
  "double-booking",
  "long-day",
  "unavailable",
  "consecutive-days",
  "turnaround",
  "travel",
]);

export interface Stats {
  workbooks: number;
  findings: number;
  cells: number;
  byType: Record<string, number>;
  issues: number;
  issueCells: number;
  emptyTimeCells: number;
  /** Resource cells whose column and token were checked against the ground truth. */
  resourceCells: number;
  /** Resource cells on an item naming that resource in two list columns. */
  doubleListed: number;
  /** Findings whose cells span two schedule sheets. */
  crossSheet: number;
  layouts: Record<string, number>;
}

export function newStats(): Stats {
  return {
    workbooks: 0,
    findings: 0,
    cells: 0,
    byType: {},
    issues: 0,
    issueCells: 0,
    emptyTimeCells: 0,
    resourceCells: 0,
    doubleListed: 0,
    crossSheet: 0,
    layouts: {},
  };
}

function add(v: Violations, category: string, example: string): void {
  let list = v.get(category);
  if (!list) v.set(category, (list = []));
  list.push(example);
}

/** Write the workbook, read it back the CLI's way, check it. */
export async function runGenerated(g: Generated, dir: string): Promise<Report> {
  return (await runGeneratedFull(g, dir)).report;
}

/** The same, with the items the model read (sheet, row, id) for the reading check. */
export async function runGeneratedFull(
  g: Generated,
  dir: string,
): Promise<{ report: Report; read: { id: string; sheet: string; row: number }[] }> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `cells-${process.pid}.xlsx`);
  await g.wb.xlsx.writeFile(file);
  const { snapshot } = await readWorkbookFile(file);
  fs.rmSync(file, { force: true });
  const result = check(snapshot);
  return { report: result.report, read: result.model.items.map((i) => ({ id: i.id, sheet: i.sheet, row: i.row })) };
}

/** Every generated item read as itself: same ID, sheet and row (else the cell checks would test nothing). */
export function checkRead(g: Generated, read: { id: string; sheet: string; row: number }[], v: Violations): void {
  const got = new Set(read.map((i) => `${i.id}@${i.sheet}!${i.row}`));
  const want = new Set(g.items.map((i) => `${i.id}@${i.sheet}!${i.row}`));
  for (const k of want)
    if (!got.has(k))
      add(v, "generated item not read at its sheet and row", `${g.describe}\n  ${k}; read ${[...got].join(" ")}`);
  for (const k of got) if (!want.has(k)) add(v, "item read that the generator did not write", `${g.describe}\n  ${k}`);
}

export const TMP = path.join(os.tmpdir(), "cells-property");

/** Roles of the items a finding names, from the ground truth (ambiguous roles fall back to every role's columns). */
function rolesOf(type: string, ids: string[], g: Generated, materialRows: Set<string>): Map<string, Role[]> {
  const out = new Map<string, Role[]>();
  const items = ids.map((id) => g.itemById.get(id)).filter((x): x is GItem => !!x);
  const set = (it: GItem, r: Role[]) => out.set(it.id, r);
  if (COLUMNS[type]?.all) items.forEach((it) => set(it, ["all"]));
  else if (type === "turnaround" && items.length === 2) {
    const [a, b] = items;
    if (a.date !== b.date) {
      set(a.date < b.date ? a : b, ["wrap"]);
      set(a.date < b.date ? b : a, ["next"]);
    } else items.forEach((it) => set(it, ["wrap", "next"]));
  } else if (type === "travel" && items.length === 2) {
    const [a, b] = items;
    if (a.start !== undefined && b.start !== undefined && a.start !== b.start) {
      set(a.start < b.start ? a : b, ["first"]);
      set(a.start < b.start ? b : a, ["second"]);
    } else items.forEach((it) => set(it, ["first", "second"]));
  } else if (type === "dependency" && items.length === 2) {
    const [a, b] = items;
    const aOnB = a.depends.includes(b.id);
    const bOnA = b.depends.includes(a.id);
    if (aOnB !== bOnA) {
      set(aOnB ? a : b, ["dependent"]);
      set(aOnB ? b : a, ["pred"]);
    } else items.forEach((it) => set(it, ["dependent", "pred"]));
  } else if (type === "material-late") items.forEach((it) => set(it, ["late"]));
  else items.forEach((it) => set(it, Object.keys(COLUMNS[type] ?? {}) as Role[]));
  void materialRows;
  return out;
}

function canonAt(sheet: GSheet, col: number): string | undefined {
  for (const [c, n] of sheet.colOf) if (n === col) return c;
  return undefined;
}

function cellText(wb: ExcelJS.Workbook, sheet: string, a1: string): string {
  const ws = wb.getWorksheet(sheet);
  if (!ws) return "";
  return ws.getCell(a1).text ?? "";
}

/** Every violation of one workbook's report, added to `v`. */
export function checkReport(g: Generated, report: Report, v: Violations, stats: Stats): void {
  const sheetBy = new Map(g.sheets.map((s) => [s.name, s]));
  // A sheet may hold two tables (a Materials table beside the schedule): the one whose range holds the cell.
  const sheetAt = (name: string, a1: string): GSheet | undefined => {
    const pos = parseA1(a1);
    const all = g.sheets.filter((s) => s.name === name);
    return (
      (pos && all.find((s) => pos.row >= s.top && pos.row <= s.bottom && pos.col >= s.left && pos.col <= s.right)) ||
      all.find((s) => s.role === "schedule") ||
      all[0]
    );
  };
  const ctx = g.describe;
  stats.workbooks++;
  for (const s of g.sheets) {
    const key = `${s.role}:${s.table ? "table" : "range"}${s.role === "schedule" && (s.top > 1 || s.left > 1) ? "@offset" : ""}`;
    stats.layouts[key] = (stats.layouts[key] ?? 0) + 1;
  }

  for (const f of report.conflicts) {
    stats.findings++;
    stats.byType[f.type] = (stats.byType[f.type] ?? 0) + 1;
    const cells = f.cells ?? [];
    stats.cells += cells.length;
    const where = `${ctx}\n  finding ${f.type} resource=${f.resource ?? "-"} items=${f.items.join(",")} date=${f.date ?? "-"}\n  cells=${cells.map((c) => `${c.sheet}!${c.cell}`).join(" ")}`;
    if (f.type === "budget-overrun") {
      for (const c of cells) {
        const s = sheetBy.get(c.sheet);
        if (!s || s.role !== "budget") add(v, "budget-overrun cell off the Budget sheet", where);
      }
      continue;
    }
    if (cells.length === 0) {
      add(v, "finding with no cells", where);
      continue;
    }
    if (new Set(cells.map((c) => c.sheet)).size > 1) stats.crossSheet++;
    const seen = new Set<string>();
    const roles = rolesOf(f.type, f.items, g, new Set());
    const spec = COLUMNS[f.type];
    const hasResource = WITH_RESOURCE.has(f.type);
    // columns seen per item
    const seenCols = new Map<string, Set<string>>();
    let materialSeen = false;
    for (const c of cells) {
      const key = `${c.sheet}!${c.cell}`;
      if (seen.has(key)) add(v, "duplicate cell in a finding", `${where}\n  duplicate ${key}`);
      seen.add(key);
      const s = sheetAt(c.sheet, c.cell);
      const pos = parseA1(c.cell);
      if (!s || !g.wb.getWorksheet(c.sheet)) {
        add(v, "cell on a sheet that does not exist", `${where}\n  bad sheet ${key}`);
        continue;
      }
      if (!pos) {
        add(v, "cell not an A1 address", `${where}\n  bad address ${key}`);
        continue;
      }
      if (pos.row < s.top || pos.row > s.bottom || pos.col < s.left || pos.col > s.right) {
        add(
          v,
          "cell outside the sheet's table / used range",
          `${where}\n  outside ${key} (range ${colLetters(s.left)}${s.top}:${colLetters(s.right)}${s.bottom})`,
        );
        continue;
      }
      if (pos.row === s.headerRow) {
        add(v, "finding cell on a header row", `${where}\n  header ${key}`);
        continue;
      }
      if (s.role === "materials") {
        const name = s.rows.get(pos.row);
        const m = g.materials.find((x) => x.name === name);
        if (f.type !== "material-late" || !m || !m.neededFor.some((id) => f.items.includes(id)))
          add(v, "material cell not the row of the material late for these items", `${where}\n  ${key}`);
        else {
          materialSeen = true;
          const header = [...s.colOf].find(([, n]) => n === pos.col)?.[0];
          if (!header || !["Delivery", "Needed For", "Needed By", "Item"].includes(header))
            add(
              v,
              "material cell in a column other than Item / Needed For / Needed By / Delivery",
              `${where}\n  ${key} is ${header ?? "(none)"}`,
            );
        }
        continue;
      }
      if (s.role !== "schedule") {
        add(v, "finding cell on a sheet that is not a schedule", `${where}\n  ${key}`);
        continue;
      }
      const id = s.rows.get(pos.row);
      if (id === undefined || !f.items.includes(id)) {
        add(
          v,
          "cell on a row of an item the finding does not name",
          `${where}\n  ${key} is row of ${id ?? "(no item)"}`,
        );
        continue;
      }
      // the item written on that row (with a duplicated ID, not necessarily the first of its ID)
      const item = g.items.find((x) => x.block === s.block && x.row === pos.row) as GItem;
      const canon = canonAt(s, pos.col);
      if (!canon) {
        add(v, "cell in an unknown column", `${where}\n  ${key}`);
        continue;
      }
      let colsSeen = seenCols.get(id);
      if (!colsSeen) seenCols.set(id, (colsSeen = new Set()));
      colsSeen.add(canon);
      const itemRoles = roles.get(id) ?? [];
      const allowed = new Set(itemRoles.flatMap((r) => spec?.[r] ?? []));
      if (allowed.has(canon)) {
        if ((canon === "Start" || canon === "End") && cellText(g.wb, c.sheet, c.cell) === "") stats.emptyTimeCells++;
        continue;
      }
      if (hasResource && LIST.has(canon)) {
        const tokens = item.tokens.filter(
          (t) => t.column === canon && t.label.toLowerCase() === (f.resource ?? "").toLowerCase(),
        );
        if (tokens.length === 0) {
          const named = item.tokens.filter((t) => t.label.toLowerCase() === (f.resource ?? "").toLowerCase());
          add(
            v,
            "resource cell in a column where the item does not name that resource",
            `${where}\n  ${key} is ${canon}; ${id} names ${f.resource} in ${named.map((t) => `${t.column} ("${t.token}")`).join(", ") || "no column"}`,
          );
        } else {
          const text = cellText(g.wb, c.sheet, c.cell);
          if (!tokens.some((t) => text.includes(t.token)))
            add(v, "resource cell text does not hold the token", `${where}\n  ${key} text "${text}"`);
          colsSeen.add("(resource)");
          stats.resourceCells++;
          const lists = new Set(
            item.tokens.filter((t) => t.label.toLowerCase() === (f.resource ?? "").toLowerCase()).map((t) => t.column),
          );
          if (lists.size > 1) stats.doubleListed++;
        }
        continue;
      }
      add(
        v,
        `column not expected for ${f.type}`,
        `${where}\n  ${key} is ${canon} of ${id} (roles ${itemRoles.join("/")})`,
      );
    }
    // completeness
    if (f.type === "material-late") {
      if (!materialSeen) add(v, "material-late without the material's cells", where);
      continue;
    }
    for (const id of f.items) {
      const item = g.itemById.get(id);
      if (!item) {
        add(v, "finding names an item the workbook does not have", `${where}\n  ${id}`);
        continue;
      }
      if (g.duplicateIds.has(id)) continue; // which row is meant is not known
      const s = g.sheets.find((x) => x.role === "schedule" && x.block === item.block) as GSheet;
      const colsSeen = seenCols.get(id) ?? new Set<string>();
      const itemRoles = roles.get(id) ?? [];
      // with an ambiguous role, require only what every role asks for
      const need =
        itemRoles
          .map((r) => spec?.[r] ?? [])
          .reduce<string[] | null>((acc, cols) => (acc === null ? cols : acc.filter((c) => cols.includes(c))), null) ??
        [];
      // A date-only item has no Start or End to blame (its cells there are empty).
      const timed = item.start !== undefined && item.end !== undefined && !item.badStart;
      for (const col of need)
        if (s.colOf.has(col) && !colsSeen.has(col) && (timed || (col !== "Start" && col !== "End")))
          add(
            v,
            `missing ${col} cell`,
            `${where}\n  ${id} has a ${col} column at ${colLetters(s.colOf.get(col) as number)}${item.row}`,
          );
      if (hasResource && !colsSeen.has("(resource)")) {
        const named = item.tokens.filter((t) => t.label.toLowerCase() === (f.resource ?? "").toLowerCase());
        add(
          v,
          "missing the cell naming the resource",
          `${where}\n  ${id} names ${f.resource} in ${named.map((t) => `${t.column} ${colLetters(s.colOf.get(t.column) as number)}${item.row} ("${t.token}")`).join(", ") || "no column"}`,
        );
      }
    }
  }

  // ---------------------------------------------------------------- data issues
  const issueSeen = new Set<string>();
  // Known engine bug (see CELLS.md): Depends On issues take the column of the sheet's last schedule table.
  const twoTableSheets = new Set(
    g.sheets
      .filter(
        (s) => s.role === "schedule" && g.sheets.some((o) => o !== s && o.role === "schedule" && o.name === s.name),
      )
      .map((s) => s.name),
  );
  const KNOWN = "KNOWN: Depends On issue on a sheet with two schedule tables";
  const known = (code: string, sheet: string) =>
    (code === "unknown-dependency" || code === "dependency-cycle") && twoTableSheets.has(sheet);
  const addIssue = (code: string, sheet: string, category: string, example: string) =>
    add(v, known(code, sheet) ? KNOWN : category, known(code, sheet) ? `${category}: ${example}` : example);
  const at = (code: string) =>
    new Set(report.dataIssues.filter((i) => i.code === code && i.cell).map((i) => `${i.sheet}!${i.cell}`));
  for (const i of report.dataIssues) {
    stats.issues++;
    if (!i.cell) continue;
    stats.issueCells++;
    const key = `${i.code} ${i.sheet}!${i.cell}`;
    const where = `${ctx}\n  issue ${key}: ${i.message}`;
    if (issueSeen.has(key)) addIssue(i.code, i.sheet, "duplicate data issue", where);
    issueSeen.add(key);
    const s = sheetAt(i.sheet, i.cell);
    const pos = parseA1(i.cell);
    if (!s) addIssue(i.code, i.sheet, "issue on a sheet that does not exist", where);
    else if (!pos) addIssue(i.code, i.sheet, "issue cell not an A1 address", where);
    else if (pos.row < s.top || pos.row > s.bottom || pos.col < s.left || pos.col > s.right)
      addIssue(i.code, i.sheet, "issue cell outside the sheet's table / used range", where);
    else if (i.code === "missing-column" && pos.row !== s.headerRow)
      addIssue(i.code, i.sheet, "missing-column not on the header row", where);
    else if (CELL_CODES.has(i.code) && pos.row === s.headerRow)
      addIssue(i.code, i.sheet, "value issue on a header row", where);
  }
  const expectSame = (code: string, want: Set<string>) => {
    const got = at(code);
    const sheetOf = (c: string) => c.slice(0, c.lastIndexOf("!"));
    for (const c of want)
      if (!got.has(c))
        addIssue(
          code,
          sheetOf(c),
          `${code} missing at the offending cell`,
          `${ctx}\n  expected ${code} at ${c}; got ${[...got].join(" ") || "none"}`,
        );
    for (const c of got)
      if (!want.has(c))
        addIssue(
          code,
          sheetOf(c),
          `${code} at a cell that is not the offending one`,
          `${ctx}\n  ${code} at ${c}; offending cells ${[...want].join(" ") || "none"}`,
        );
  };
  expectSame("unknown-resource", g.unknownCells);
  expectSame("unknown-dependency", g.badDependencyCells);
  expectSame("bad-time", g.badTimeCells);
  expectSame("cell-error", g.errorCells);
  for (const m of g.missingColumns) {
    const s = g.sheets.find((x) => x.name === m.sheet && x.role === "materials") as GSheet;
    const hits = report.dataIssues.filter((i) => {
      const pos = i.cell ? parseA1(i.cell) : null;
      return (
        i.code === "missing-column" &&
        i.sheet === m.sheet &&
        pos &&
        pos.row === s.headerRow &&
        pos.col >= s.left &&
        pos.col <= s.right
      );
    });
    if (hits.length === 0)
      add(
        v,
        "missing-column not reported at the header of the table that lacks it",
        `${ctx}\n  ${m.column} on ${m.sheet} header row ${s.headerRow}; issues ${
          report.dataIssues
            .filter((i) => i.code === "missing-column")
            .map((i) => `${i.sheet}!${i.cell}`)
            .join(" ") || "none"
        }`,
      );
  }
  // a cancelled item is named by no finding
  for (const f of report.conflicts)
    for (const id of f.items)
      if (!g.duplicateIds.has(id) && g.itemById.get(id)?.cancelled)
        add(v, "finding names a cancelled item", `${ctx}\n  ${f.type} ${f.items.join(",")}`);
  // duplicate-id: at an ID cell of a row holding a duplicated ID, and the later row flagged
  const dupCells = new Set(
    g.items
      .filter((i) => g.duplicateIds.has(i.id))
      .map(
        (i) =>
          `${i.sheet}!${colLetters(g.sheets.find((x) => x.role === "schedule" && x.block === i.block)?.colOf.get("ID") ?? 0)}${i.row}`,
      ),
  );
  const gotDup = at("duplicate-id");
  for (const c of gotDup)
    if (!dupCells.has(c))
      add(
        v,
        "duplicate-id at a cell that is not a duplicated ID",
        `${ctx}\n  duplicate-id at ${c}; ID cells ${[...dupCells].join(" ")}`,
      );
  const later = [...dupCells].pop();
  if (later && !gotDup.has(later))
    add(
      v,
      "duplicate-id missing at the repeated ID cell",
      `${ctx}\n  expected at ${later}; got ${[...gotDup].join(" ") || "none"}`,
    );
}

export { generate };
