/**
 * The generator of cells.property.test.ts: a random production workbook written with ExcelJS in a varied layout
 * (Excel tables and plain ranges, a title row above a table, columns in random order under random aliases, the
 * schedule away from A1, one to three schedule sheets, resources split over Cast / Crew / Equipment / Locations
 * sheets or in one Resources table), and its ground truth: on which sheet, row and column every item, material
 * and token was written, and which resource each token names (by ID, Name or Role, or an unknown name).
 */
import ExcelJS from "exceljs";
import { Rng } from "../conformance9/generate";

export type Canon =
  | "ID"
  | "Date"
  | "Start"
  | "End"
  | "Description"
  | "Cast"
  | "Crew"
  | "Equipment"
  | "Resources"
  | "Location"
  | "Depends On"
  | "Deadline"
  | "Status";

const ALIASES: Record<Canon, string[]> = {
  ID: ["ID", "Strip ID", "Task ID", "Ref", "Item ID"],
  Date: ["Date", "Shoot Date", "Work Date", "Scheduled Date"],
  Start: ["Start", "Call", "Call Time", "Start Time", "From"],
  End: ["End", "Wrap", "Wrap Time", "End Time", "Finish"],
  Description: ["Description", "Synopsis", "Task Name"],
  Cast: ["Cast", "Cast IDs", "Talent", "Actors"],
  Crew: ["Crew", "Crew Members", "Staff", "Personnel"],
  Equipment: ["Equipment", "Gear", "Kit"],
  Resources: ["Resources", "Assigned", "Assigned To"],
  Location: ["Location", "Loc", "Site", "Shooting Location"],
  "Depends On": ["Depends On", "Predecessors", "After"],
  Deadline: ["Deadline", "Due", "Due Date"],
  Status: ["Status", "State"],
};

export type ListCanon = "Cast" | "Crew" | "Equipment" | "Resources" | "Location";

export interface GResource {
  id: string;
  name: string;
  role: string;
  type: "cast" | "crew" | "equipment" | "location";
  unavailable?: string;
}

/** One resource named on one item: the column, the exact text written, the resource label it should resolve to. */
export interface GToken {
  column: ListCanon;
  token: string;
  label: string;
  known: boolean;
}

export interface GItem {
  id: string;
  sheet: string;
  /** The schedule block (GSheet.block) it was written in: two blocks may share a sheet. */
  block: number;
  row: number;
  date: number; // day offset from 2026-03-02
  start?: number; // minutes from that date's midnight
  end?: number;
  tokens: GToken[];
  depends: string[];
  badDependency?: string;
  badStart?: boolean;
  cancelled: boolean;
}

export interface GSheet {
  name: string;
  /** Which block this is (schedule blocks: the schedule's number; others -1). */
  block: number;
  role: "schedule" | "resources" | "materials" | "budget" | "other";
  table: boolean;
  /** The table's (or used range's) rows and columns, header row included, 1-based. */
  top: number;
  left: number;
  bottom: number;
  right: number;
  headerRow: number;
  /** An Excel table with a totals row below its data rows (outside top..bottom). */
  totals?: boolean;
  /** Canonical column -> sheet column (1-based), schedule sheets only. */
  colOf: Map<string, number>;
  /** Row number -> item id (schedule) or material name (materials). */
  rows: Map<number, string>;
}

export interface GMaterial {
  name: string;
  sheet: string;
  row: number;
  neededFor: string[];
}

export interface Generated {
  wb: ExcelJS.Workbook;
  sheets: GSheet[];
  items: GItem[];
  itemById: Map<string, GItem>;
  resources: GResource[];
  materials: GMaterial[];
  /** Cells holding an unknown token (sheet!cell), expected to be `unknown-resource` issues. */
  unknownCells: Set<string>;
  badDependencyCells: Set<string>;
  badTimeCells: Set<string>;
  /** Cells holding #N/A, expected to be `cell-error` issues. */
  errorCells: Set<string>;
  /** Required columns left out (materials), expected as `missing-column` at the table's header row. */
  missingColumns: { sheet: string; column: string }[];
  /** IDs written on more than one row. */
  duplicateIds: Set<string>;
  describe: string;
}

const RESOURCES: GResource[] = [
  { id: "1", name: "Ava Marsh", role: "Detective", type: "cast" },
  { id: "2", name: "Ben Ortiz", role: "Mayor", type: "cast" },
  { id: "3", name: "Cleo Park", role: "Nurse", type: "cast" },
  { id: "K1", name: "Dana Reyes", role: "Gaffer", type: "crew" },
  { id: "K2", name: "Eli Stone", role: "Key Grip", type: "crew" },
  { id: "K3", name: "Fay Lin", role: "DP", type: "crew" },
  { id: "E1", name: "Camera A", role: "Camera", type: "equipment" },
  { id: "E2", name: "Dolly", role: "Dolly Kit", type: "equipment" },
  { id: "L1", name: "Stage 1", role: "Stage", type: "location" },
  { id: "L2", name: "Barn", role: "Farm", type: "location" },
  { id: "L3", name: "Mill House", role: "House", type: "location" },
];
const UNKNOWN = ["Extra Zed", "Stunt Double", "Drone Op"];
const PLACES_UNKNOWN = ["Car Park", "Beach"];
const SCHEDULE_NAMES = ["Schedule", "Stripboard", "One-Liner"];
const SCHEDULE_NAMES_ALT = ["Shooting Schedule", "Week 2", "Mill's Days"];

export const BASE_DAY = Date.UTC(2026, 2, 2);

export function colLetters(n: number): string {
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function parseA1(a1: string): { row: number; col: number } | null {
  const m = /^([A-Z]{1,3})([1-9][0-9]*)$/.exec(a1);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

function dateValue(rng: Rng, day: number): ExcelJS.CellValue {
  const d = new Date(BASE_DAY + day * 86400000);
  if (rng.chance(0.6)) return d;
  return d.toISOString().slice(0, 10);
}

function timeValue(rng: Rng, minute: number): ExcelJS.CellValue {
  const m = ((minute % 1440) + 1440) % 1440;
  if (rng.chance(0.6)) return m / 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** A header as coordinators type it: upper or lower case now and then. */
function vary(rng: Rng, h: string): string {
  const k = rng.int(0, 9);
  return k === 0 ? h.toUpperCase() : k === 1 ? h.toLowerCase() : h;
}

/** A list cell as typed, or as a formula's cached result, or as rich text. */
function listValue(rng: Rng, text: string): ExcelJS.CellValue {
  const k = rng.int(0, 19);
  if (k === 0)
    return {
      formula: `"${text.replace(/"/g, '""').replace(/\n/g, '"&CHAR(10)&"')}"`,
      result: text,
    } as ExcelJS.CellFormulaValue;
  if (k === 1 && text.length > 2) {
    const cut = Math.floor(text.length / 2);
    return { richText: [{ text: text.slice(0, cut), font: { bold: true } }, { text: text.slice(cut) }] };
  }
  return text;
}

function tokenFor(rng: Rng, r: GResource): string {
  const form = rng.int(0, 2);
  const base = form === 0 ? r.id : form === 1 ? r.name : r.role;
  const cased = rng.chance(0.2) ? base.toUpperCase() : rng.chance(0.2) ? base.toLowerCase() : base;
  return cased;
}

/** Write a block of rows (header first) at (top, left), as an Excel table or a plain range. */
function writeBlock(
  wb: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  asTable: boolean,
  tableName: string,
  top: number,
  left: number,
  header: string[],
  rows: ExcelJS.CellValue[][],
  timeCols: number[],
  totals = false,
): void {
  if (asTable) {
    ws.addTable({
      name: tableName,
      ref: `${colLetters(left)}${top}`,
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      totalsRow: totals,
      columns: header.map((name, k) =>
        totals
          ? k === 0
            ? { name, filterButton: true, totalsRowLabel: "Total" }
            : { name, filterButton: true, totalsRowFunction: k === 1 ? "count" : "none" }
          : { name, filterButton: true },
      ) as ExcelJS.TableColumnProperties[],
      rows: rows.map((r) => r.map((v) => (v === undefined ? null : v))) as unknown as ExcelJS.CellValue[][],
    });
  } else {
    header.forEach((h, c) => (ws.getCell(top, left + c).value = h));
    rows.forEach((r, i) => r.forEach((v, c) => (ws.getCell(top + 1 + i, left + c).value = v ?? null)));
  }
  rows.forEach((r, i) =>
    r.forEach((v, c) => {
      const cell = ws.getCell(top + 1 + i, left + c);
      if (v instanceof Date) cell.numFmt = "m/d/yyyy";
      else if (typeof v === "number" && timeCols.includes(c)) cell.numFmt = "h:mm";
    }),
  );
  void wb;
}

export function generate(seed: number): Generated {
  const rng = new Rng(seed);
  const wb = new ExcelJS.Workbook();
  const sheets: GSheet[] = [];
  const notes: string[] = [];
  let tableNo = 0;

  // ---------------------------------------------------------------- resources
  const resources = RESOURCES.map((r) => ({ ...r }));
  for (const r of resources) {
    if ((r.type === "cast" || r.type === "crew") && rng.chance(0.2)) r.unavailable = `2026-03-0${rng.int(2, 5)}`;
  }
  const splitResources = rng.chance(0.5);
  const resGroups: { name: string; list: GResource[] }[] = splitResources
    ? [
        { name: "Cast", list: resources.filter((r) => r.type === "cast") },
        { name: "Crew", list: resources.filter((r) => r.type === "crew") },
        { name: "Equipment", list: resources.filter((r) => r.type === "equipment") },
        { name: "Locations", list: resources.filter((r) => r.type === "location") },
      ]
    : [{ name: "Resources", list: resources }];
  for (const g of resGroups) {
    const ws = wb.addWorksheet(g.name);
    const header = ["ID", "Name", "Type", "Role", "Unavailable", "Capacity", "Day Rate", "Account"];
    const rows = g.list.map((r) => [
      /^\d+$/.test(r.id) && rng.chance(0.5) ? Number(r.id) : r.id,
      r.name,
      r.type,
      r.role,
      r.unavailable ?? null,
      1,
      r.type === "cast" || r.type === "crew" ? 500 : null,
      r.type === "cast" || r.type === "crew" ? (r.type === "cast" ? "1100" : "2100") : null,
    ]);
    const asTable = rng.chance(0.5);
    writeBlock(wb, ws, asTable, `Res${++tableNo}`, 1, 1, header, rows, []);
    sheets.push({
      block: -1,
      name: g.name,
      role: "resources",
      table: asTable,
      top: 1,
      left: 1,
      bottom: 1 + rows.length,
      right: header.length,
      headerRow: 1,
      colOf: new Map(),
      rows: new Map(),
    });
  }

  // ---------------------------------------------------------------- schedule
  const sheetCount = rng.pick([1, 1, 2, 3]);
  const itemCount = rng.int(6, 22);
  const longRun = rng.chance(0.15);
  const dayCount = longRun ? 9 : rng.int(2, 4);
  const hasId = sheetCount > 1 || rng.chance(0.8);
  const optional: Canon[] = [
    "Start",
    "End",
    "Description",
    "Cast",
    "Crew",
    "Equipment",
    "Resources",
    "Location",
    "Deadline",
    "Status",
  ];
  if (hasId) optional.push("Depends On");
  const items: GItem[] = [];
  const unknownCells = new Set<string>();
  const badDependencyCells = new Set<string>();
  const badTimeCells = new Set<string>();
  const errorCells = new Set<string>();
  const missingColumns: { sheet: string; column: string }[] = [];
  let nextId = 1;
  // the first sheet is found by name; the others by name or (unnamed) by their headers
  const item0Sheet = SCHEDULE_NAMES.map((n, k) => (k > 0 && rng.chance(0.4) ? SCHEDULE_NAMES_ALT[k] : n));
  const perSheet: GItem[][] = [];
  for (let s = 0; s < sheetCount; s++) perSheet.push([]);
  for (let i = 0; i < itemCount; i++) {
    const s = i < sheetCount ? i : rng.int(0, sheetCount - 1);
    const date = longRun ? Math.min(dayCount - 1, Math.floor((i * dayCount) / itemCount)) : rng.int(0, dayCount - 1);
    const timed = rng.chance(0.85);
    let start: number | undefined;
    let end: number | undefined;
    if (timed) {
      start = rng.pick([5, 6, 7, 8, 9, 10, 12, 14, 18, 20, 22]) * 60 + rng.pick([0, 0, 30]);
      end = start + rng.pick([1, 2, 3, 4, 6, 8, 10, 15]) * 60 - rng.pick([0, 0, 15]);
    }
    const item: GItem = {
      id: "",
      sheet: item0Sheet[s],
      block: s,
      row: 0,
      date,
      start,
      end,
      tokens: [],
      depends: [],
      cancelled: rng.chance(0.05),
    };
    perSheet[s].push(item);
    items.push(item);
  }
  // ids in sheet order, so schedule order is sheet then row
  for (const list of perSheet) for (const it of list) it.id = hasId ? `S${nextId++}` : "";
  // now and then the last item of the last sheet repeats the first item's ID (a duplicate-id)
  const duplicated = sheetCount > 1 && perSheet[sheetCount - 1].length > 1 && rng.chance(0.15);
  if (duplicated) perSheet[sheetCount - 1][perSheet[sheetCount - 1].length - 1].id = perSheet[0][0].id;

  for (let s = 0; s < sheetCount; s++) {
    // now and then a second schedule table beside the first one, on the same sheet
    const firstBlock = sheets.find((x) => x.role === "schedule" && x.block === 0);
    const shared = s > 0 && !!firstBlock && firstBlock.table && rng.chance(0.3);
    const name = shared ? (firstBlock as GSheet).name : item0Sheet[s];
    for (const it of perSheet[s]) it.sheet = name;
    const cols: Canon[] = [];
    if (hasId) cols.push("ID");
    cols.push("Date");
    for (const c of optional)
      if (rng.chance(c === "Start" || c === "End" ? 0.85 : c === "Status" ? 0.2 : 0.6)) cols.push(c);
    if (!cols.some((c) => c === "Cast" || c === "Crew" || c === "Resources" || c === "Equipment"))
      cols.push("Resources");
    const order: string[] = rng.shuffle(cols);
    // now and then a block of columns the tool ignores, so later columns land past Z (AA, AB ...)
    const padding = rng.chance(0.2) ? rng.int(12, 24) : 0;
    if (padding)
      order.splice(rng.int(0, order.length), 0, ...Array.from({ length: padding }, (_, k) => `Misc ${k + 1}`));
    const header = order.map((c) => (c in ALIASES ? vary(rng, rng.pick(ALIASES[c as Canon])) : c));
    const asTable = shared || rng.chance(0.5);
    const titleRow = !shared && asTable && rng.chance(0.5);
    const top = shared ? rng.int(1, 4) : titleRow ? rng.int(2, 3) : rng.int(1, 3);
    const left = shared
      ? Math.max(...sheets.filter((x) => x.name === name).map((x) => x.right)) + rng.int(2, 3)
      : rng.int(1, 3);
    const ws = shared ? (wb.getWorksheet(name) as ExcelJS.Worksheet) : wb.addWorksheet(name);
    if (titleRow) {
      ws.getCell(1, 1).value = `Mill House — ${name}`;
      if (rng.chance(0.5)) ws.mergeCells(1, 1, 1, 4);
    }
    const list = perSheet[s];
    const blankAt = !asTable && list.length > 2 && rng.chance(0.15) ? rng.int(1, list.length - 1) : -1;
    const rows: ExcelJS.CellValue[][] = [];
    const colOf = new Map<string, number>();
    order.forEach((c, k) => colOf.set(c, left + k));
    const rowsMap = new Map<number, string>();
    list.forEach((it, k) => {
      if (k === blankAt) rows.push(order.map(() => null));
      const rowNo = top + 1 + rows.length;
      it.row = rowNo;
      if (!hasId) it.id = `row:${rowNo}`;
      rowsMap.set(rowNo, it.id);
      const has = (c: Canon) => colOf.has(c);
      // who works on it
      const lists: Record<string, string[]> = { Cast: [], Crew: [], Equipment: [], Resources: [] };
      const chosen = rng.sample(
        resources.filter((r) => r.type !== "location"),
        rng.int(1, 4),
      );
      for (const r of chosen) {
        const home: ListCanon =
          r.type === "cast" ? "Cast" : r.type === "crew" ? "Crew" : rng.chance(0.5) ? "Equipment" : "Resources";
        const present = (["Cast", "Crew", "Equipment", "Resources"] as ListCanon[]).filter((c) => has(c));
        const column: ListCanon | undefined = rng.chance(0.1)
          ? rng.pick(present)
          : has(home) && !rng.chance(0.2)
            ? home
            : has("Resources")
              ? "Resources"
              : undefined;
        if (!column) continue;
        const token = tokenFor(rng, r);
        lists[column].push(token);
        it.tokens.push({ column, token, label: r.id, known: true });
        // now and then the same resource also named in a second list column
        if (rng.chance(0.05)) {
          const other = (["Cast", "Crew", "Equipment", "Resources"] as ListCanon[]).find((c) => c !== column && has(c));
          if (other) {
            const t2 = tokenFor(rng, r);
            lists[other].push(t2);
            it.tokens.push({ column: other, token: t2, label: r.id, known: true });
          }
        }
      }
      if (rng.chance(0.08)) {
        const column = (["Crew", "Resources", "Cast"] as ListCanon[]).find((c) => has(c));
        if (column) {
          const token = rng.pick(UNKNOWN);
          if (!lists[column].some((t) => t.toLowerCase() === token.toLowerCase())) {
            lists[column].push(token);
            it.tokens.push({ column, token, label: token, known: false });
          }
        }
      }
      let location: string | null = null;
      if (has("Location")) {
        if (rng.chance(0.8)) {
          const r = rng.pick(resources.filter((x) => x.type === "location"));
          location = rng.chance(0.2) ? r.name.toUpperCase() : r.name;
          it.tokens.push({ column: "Location", token: location, label: r.id, known: true });
          if (has("Resources") && rng.chance(0.1)) {
            const t = rng.chance(0.5) ? r.name : r.id;
            lists.Resources.push(t);
            it.tokens.push({ column: "Resources", token: t, label: r.id, known: true });
          }
        } else if (rng.chance(0.5)) location = rng.pick(PLACES_UNKNOWN);
      }
      const sep = rng.pick([", ", ";", " / ", "\n", ","]);
      const row: ExcelJS.CellValue[] = order.map((c) => {
        if (!(c in ALIASES)) return rng.chance(0.5) ? `x${rng.int(1, 99)}` : null;
        switch (c as Canon) {
          case "ID":
            return it.id;
          case "Date":
            return dateValue(rng, it.date);
          case "Start":
            if (it.start === undefined) return null;
            if (rng.chance(0.03)) {
              it.badStart = true;
              return "TBD";
            }
            return timeValue(rng, it.start);
          case "End":
            return it.end === undefined ? null : timeValue(rng, it.end);
          case "Description":
            return `Scene ${rng.int(1, 90)}`;
          case "Cast":
          case "Crew":
          case "Equipment":
          case "Resources":
            if (lists[c].length === 1 && /^\d+$/.test(lists[c][0]) && rng.chance(0.5)) return Number(lists[c][0]);
            if (!lists[c].length) return null;
            return listValue(
              rng,
              rng.chance(0.15) ? ` ${lists[c].join(`${sep} `)}${sep.trim() || ","} ` : lists[c].join(sep),
            );
          case "Location":
            if (location === null && rng.chance(0.15)) {
              errorCells.add(`${name}!${colLetters(colOf.get("Location") as number)}${rowNo}`);
              return { error: "#N/A" } as ExcelJS.CellErrorValue;
            }
            return location === null ? null : listValue(rng, location);
          case "Deadline":
            return rng.chance(0.3) ? dateValue(rng, Math.max(0, it.date - rng.int(0, 1))) : null;
          case "Status":
            return it.cancelled ? "Cancelled" : rng.chance(0.3) ? "Scheduled" : null;
          case "Depends On":
            return null; // filled below once every id is known
        }
        return null;
      });
      if (!has("Status")) it.cancelled = false;
      if (it.badStart && !has("Start")) it.badStart = false;
      if (it.start !== undefined && (!has("Start") || !has("End"))) {
        // without both columns the item is date-only (or half-timed): the generator does not care which
        it.start = has("Start") ? it.start : undefined;
        it.end = has("End") ? it.end : undefined;
      }
      rows.push(row);
      if (it.badStart) badTimeCells.add(`${name}!${colLetters(colOf.get("Start") as number)}${rowNo}`);
      for (const t of it.tokens)
        if (!t.known) unknownCells.add(`${name}!${colLetters(colOf.get(t.column) as number)}${rowNo}`);
    });
    sheets.push({
      name,
      block: s,
      role: "schedule",
      table: asTable,
      top,
      left,
      bottom: top + rows.length,
      right: left + order.length - 1,
      headerRow: top,
      colOf,
      rows: rowsMap,
      totals: asTable && rng.chance(0.25),
    });
    (sheets[sheets.length - 1] as GSheet & { _rows: ExcelJS.CellValue[][]; _order: string[] })._rows = rows;
    (sheets[sheets.length - 1] as GSheet & { _order: string[] })._order = order;
    (sheets[sheets.length - 1] as GSheet & { _header: string[] })._header = header;
    notes.push(
      `${name}${shared ? " (second table)" : ""}: ${asTable ? "table" : "range"} at ${colLetters(left)}${top}${titleRow ? " (title row)" : ""} [${header.join(" | ")}]`,
    );
  }
  // Depends On, now every id is known
  for (const sh of sheets.filter((x) => x.role === "schedule")) {
    const ext = sh as GSheet & { _rows: ExcelJS.CellValue[][]; _order: string[] };
    const k = ext._order.indexOf("Depends On");
    if (k < 0) continue;
    for (const it of items.filter((x) => x.block === sh.block)) {
      const r = it.row - sh.top - 1;
      if (rng.chance(0.35)) {
        const others = items.filter((x) => x !== it);
        it.depends = rng.sample(others, rng.int(1, 2)).map((x) => x.id);
      }
      if (rng.chance(0.05)) it.badDependency = "S999";
      const all = [...it.depends, ...(it.badDependency ? [it.badDependency] : [])];
      ext._rows[r][k] = all.length ? all.join(", ") : null;
      if (it.badDependency)
        badDependencyCells.add(`${sh.name}!${colLetters(sh.colOf.get("Depends On") as number)}${it.row}`);
    }
  }
  // write the schedule sheets
  for (const sh of sheets.filter((x) => x.role === "schedule")) {
    const ext = sh as GSheet & { _rows: ExcelJS.CellValue[][]; _order: string[] };
    const ws = wb.getWorksheet(sh.name) as ExcelJS.Worksheet;
    const names = (ext as unknown as { _header: string[] })._header;
    const timeCols = ext._order.flatMap((c, k) => (c === "Start" || c === "End" ? [k] : []));
    writeBlock(wb, ws, sh.table, `Sched${++tableNo}`, sh.top, sh.left, names, ext._rows, timeCols, sh.totals);
    delete (ext as Partial<typeof ext>)._rows;
    delete (ext as Partial<typeof ext>)._order;
  }

  // ---------------------------------------------------------------- materials and budget
  const materials: GMaterial[] = [];
  if (hasId && rng.chance(0.5)) {
    const first = sheets.find((x) => x.role === "schedule") as GSheet;
    const beside = first.table && rng.chance(0.4);
    const ws = beside ? (wb.getWorksheet(first.name) as ExcelJS.Worksheet) : wb.addWorksheet("Materials");
    const mTop = beside ? first.top : 1;
    const mLeft = beside ? Math.max(...sheets.filter((x) => x.name === first.name).map((x) => x.right)) + 2 : 1;
    const sheetName = beside ? first.name : "Materials";
    // now and then without its required Delivery column: a missing-column issue at the header
    const noDelivery = rng.chance(0.15);
    const header = ["Item", "Quantity", "Needed For", noDelivery ? "Notes" : "Delivery", "Vendor"];
    if (noDelivery) missingColumns.push({ sheet: sheetName, column: "Delivery" });
    const rows: ExcelJS.CellValue[][] = [];
    const n = rng.int(1, 3);
    for (let k = 0; k < n; k++) {
      const neededFor = rng.sample(items, rng.int(1, 2)).map((x) => x.id);
      const name = `Prop ${k + 1}`;
      rows.push([name, 1, neededFor.join(", "), new Date(BASE_DAY + rng.int(0, dayCount) * 86400000), "Acme"]);
      materials.push({ name, sheet: sheetName, row: mTop + 1 + k, neededFor });
    }
    // beside a schedule table it must be a table too (a sheet with a table has no used-range table)
    const asTable = beside || rng.chance(0.5);
    // named Materials: an unnamed table on a sheet named Schedule is a schedule by the sheet name (contract §1 order)
    const tableName = beside ? "Materials" : `Mat${++tableNo}`;
    writeBlock(wb, ws, asTable, tableName, mTop, mLeft, header, rows, []);
    sheets.push({
      block: -1,
      name: sheetName,
      role: "materials",
      table: asTable,
      top: mTop,
      left: mLeft,
      bottom: mTop + rows.length,
      right: mLeft + header.length - 1,
      headerRow: mTop,
      colOf: new Map(header.map((h, k) => [h, mLeft + k])),
      rows: new Map(materials.map((m) => [m.row, m.name])),
    });
    notes.push(
      `Materials: ${asTable ? `table ${tableName}` : "range"}${beside ? ` beside the schedule on ${sheetName}` : ""}`,
    );
  }
  if (rng.chance(0.4)) {
    const ws = wb.addWorksheet("Budget");
    const rows = [
      ["1100", "Cast", rng.pick([100, 5000])],
      ["2100", "Crew", rng.pick([100, 5000])],
    ];
    writeBlock(wb, ws, false, "", 1, 1, ["Account", "Description", "Budget"], rows, []);
    sheets.push({
      block: -1,
      name: "Budget",
      role: "budget",
      table: false,
      top: 1,
      left: 1,
      bottom: 3,
      right: 3,
      headerRow: 1,
      colOf: new Map(),
      rows: new Map(),
    });
  }

  return {
    wb,
    sheets,
    items,
    itemById: new Map(items.map((x) => [x.id, x])),
    resources,
    materials,
    unknownCells,
    badDependencyCells,
    badTimeCells,
    errorCells,
    missingColumns,
    duplicateIds: duplicated ? new Set([perSheet[0][0].id]) : new Set(),
    describe: `seed ${seed}: ${duplicated ? `duplicate ID ${perSheet[0][0].id}; ` : ""}${resGroups.map((g) => g.name).join("+")}; ${notes.join("; ")}`,
  };
}
