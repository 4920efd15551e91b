/**
 * One printable call sheet per shoot day, laid out in columns A..I like a professional call sheet:
 * header block (production, date, crew call, weather, hospital), then SCENES, CAST, CREW CALLS,
 * LOCATIONS, EQUIPMENT, DELIVERIES, NOTES and ADVANCE SCHEDULE. Portrait, one page wide.
 */
import type { CellStyle, GeneratedSheet } from "../plan";
import type { CallSheet, CallSheetScene } from "../report";
import type { Model } from "../model";
import { SheetBuilder, wrappedLines, LINE_HEIGHT } from "./sheet-builder";
import { GRID, MUTED, NONE, SECTION, TABLE_HEADER, findResource, longDateText, looseKey } from "./common";

/** Column widths A..I in characters: about 100 in all, so it prints one page wide at ~90 %. */
export const CALL_SHEET_WIDTHS = [8, 22, 14, 7, 7, 8, 12, 18, 12];
export const CALL_SHEET_COLS = CALL_SHEET_WIDTHS.length;
export const CALL_SHEET_SECTIONS = [
  "SCENES",
  "CAST",
  "CREW CALLS",
  "LOCATIONS",
  "EQUIPMENT",
  "DELIVERIES",
  "NOTES",
  "ADVANCE SCHEDULE",
] as const;

/** Points: height of the spacer rows between sections. */
const GAP_HEIGHT = 8;
const LABEL: CellStyle = { bold: true, fontSize: 9, fontColor: "#404040", vAlign: "middle" };
const VALUE: CellStyle = { vAlign: "middle", wrap: true };
const DEPARTMENT: CellStyle = { bold: true, italic: true, fill: "#EDEDED", border: "thin" };
const HOSPITAL: CellStyle = { bold: true, fill: "#FCE4D6", border: "thin", vAlign: "middle", wrap: true };

/** A column span [from, to] (1-based, inclusive) on the nine-column grid. */
type Span = [number, number];

/** Width in characters of a span. */
function spanWidth([from, to]: Span): number {
  return CALL_SHEET_WIDTHS.slice(from - 1, to).reduce((s, w) => s + w, 0);
}

/** Writes one row of a table laid over spans: merges each span, borders, and grows the row for wrapped text. */
function tableRow(b: SheetBuilder, row: number, spans: Span[], values: (string | null)[], style?: CellStyle): void {
  let lines = 1;
  spans.forEach((span, i) => {
    const v = values[i] ?? null;
    b.set(row, span[0], v);
    b.merge(row, span[0], 1, span[1] - span[0] + 1);
    if (typeof v === "string") lines = Math.max(lines, wrappedLines(v, spanWidth(span)));
  });
  b.style(row, 1, 1, CALL_SHEET_COLS, { ...GRID, wrap: true, ...style });
  if (lines > 1) b.height(row, Math.min(lines, 10) * LINE_HEIGHT);
}

function sectionRow(b: SheetBuilder, row: number, title: string): void {
  b.set(row, 1, title);
  b.merge(row, 1, 1, CALL_SHEET_COLS);
  b.style(row, 1, 1, CALL_SHEET_COLS, { ...SECTION, fontSize: 11 });
  b.height(row, 18);
}

/** A thin spacer row after `row`; returns the row after it. Thin so the day usually fits one page. */
function gapAfter(b: SheetBuilder, row: number): number {
  b.height(row + 1, GAP_HEIGHT);
  return row + 2;
}

function noneRow(b: SheetBuilder, row: number, text: string): void {
  b.set(row, 1, text);
  b.merge(row, 1, 1, CALL_SHEET_COLS);
  b.style(row, 1, 1, CALL_SHEET_COLS, { ...MUTED, border: "thin" });
}

/** Header text by loose key: the call sheet's own header, then the Production table. */
function headerLookup(cs: CallSheet, model: Model): (...names: string[]) => string | undefined {
  const table = new Map<string, string>();
  for (const [k, v] of Object.entries(model.production)) if (v) table.set(looseKey(k), v);
  for (const [k, v] of Object.entries(cs.header)) if (v) table.set(looseKey(k), v);
  return (...names) => {
    for (const n of names) {
      const v = table.get(looseKey(n));
      if (v && v.trim()) return v.trim();
    }
    return undefined;
  };
}

const SCENE_SPANS: Span[] = [
  [1, 1],
  [2, 3],
  [4, 4],
  [5, 5],
  [6, 6],
  [7, 7],
  [8, 8],
  [9, 9],
];
const SCENE_HEADERS = ["Sc", "Set / Description", "I/E", "D/N", "Pages", "Cast", "Location", "Time"];

function sceneTime(s: CallSheetScene): string | null {
  if (s.start && s.end) return `${s.start}–${s.end}`;
  return s.start ?? null;
}

function sceneRows(b: SheetBuilder, row: number, scenes: CallSheetScene[], totalPages?: string): number {
  tableRow(b, row, SCENE_SPANS, SCENE_HEADERS, { ...TABLE_HEADER, hAlign: "center" });
  for (const s of scenes) {
    row++;
    const setText = [s.set, s.description].filter((x) => x && x.trim()).join("\n");
    tableRow(b, row, SCENE_SPANS, [
      s.scene ?? s.item,
      setText || null,
      s.ie ?? null,
      s.dn ?? null,
      s.pages ?? null,
      s.cast.join(", ") || null,
      s.location ?? null,
      sceneTime(s),
    ]);
    b.style(row, 1, 1, 1, { bold: true, hAlign: "center" });
    b.style(row, 4, 1, 3, { hAlign: "center" });
  }
  if (scenes.length === 0) {
    row++;
    noneRow(b, row, "No scenes scheduled.");
  } else if (totalPages !== undefined) {
    row++;
    tableRow(
      b,
      row,
      [
        [1, 5],
        [6, 6],
        [7, 9],
      ],
      ["Total pages", totalPages, null],
      { bold: true, fill: "#F2F2F2" },
    );
    b.style(row, 1, 1, 1, { hAlign: "right" });
    b.style(row, 6, 1, 1, { hAlign: "center" });
  }
  return row;
}

export function buildCallSheet(cs: CallSheet, model: Model): GeneratedSheet {
  const b = new SheetBuilder();
  const h = headerLookup(cs, model);
  const last = CALL_SHEET_COLS;

  // Title band (rows 1-2 repeat on every printed page).
  b.set(1, 1, h("Title", "Production", "Production Title", "Show") ?? "Call Sheet");
  b.merge(1, 1, 1, last);
  b.style(1, 1, 1, last, { bold: true, fontSize: 20, hAlign: "center", vAlign: "middle" });
  b.height(1, 32);
  const episode = h("Episode");
  b.set(2, 1, episode ? `CALL SHEET · Episode ${episode}` : "CALL SHEET");
  b.merge(2, 1, 1, last);
  b.style(2, 1, 1, last, { ...SECTION, fontSize: 12, hAlign: "center" });
  b.height(2, 20);

  // Header block, rows 4-9: people (A:C), day and crew call (D:F), conditions (G:I).
  const top = 4;
  b.height(top - 1, GAP_HEIGHT);
  const people: [string, string | undefined][] = [
    ["Director", h("Director")],
    ["Producer", h("Producer", "Producers")],
    ["UPM", h("UPM", "Unit Production Manager")],
    ["1st AD", h("1st AD", "First AD", "First Assistant Director")],
    ["Office", h("Production Office", "Office")],
    ["Phone", h("Phone", "Office Phone", "Production Phone")],
  ];
  const firstStart = cs.scenes
    .map((s) => s.start)
    .filter((s): s is string => !!s)
    .sort()[0];
  const conditions: [string, string | undefined][] = [
    ["Weather", h("Weather", "Forecast")],
    ["Sunrise", h("Sunrise")],
    ["Sunset", h("Sunset")],
    ["Shooting call", h("Shooting Call") ?? firstStart],
    ["Basecamp", h("Basecamp", "Base Camp")],
    ["Crew parking", perLocation(cs, (l) => l.parking) ?? h("Crew Parking", "Parking")],
  ];
  people.forEach(([label, value], i) => {
    b.set(top + i, 1, label);
    b.set(top + i, 2, value ?? null);
    b.merge(top + i, 2, 1, 2);
  });
  conditions.forEach(([label, value], i) => {
    b.set(top + i, 7, label);
    b.set(top + i, 8, value ?? null);
    b.merge(top + i, 8, 1, 2);
  });
  b.style(top, 1, 6, 1, LABEL);
  b.style(top, 7, 6, 1, LABEL);
  b.style(top, 2, 6, 2, VALUE);
  b.style(top, 8, 6, 2, VALUE);

  b.set(top, 4, longDateText(cs.date));
  b.set(top + 1, 4, `Day ${cs.dayNumber} of ${cs.dayCount}`);
  b.set(top + 2, 4, "GENERAL CREW CALL");
  b.set(top + 3, 4, cs.crewCall ?? NONE);
  for (const r of [top, top + 1, top + 2]) b.merge(r, 4, 1, 3);
  b.merge(top + 3, 4, 3, 3);
  b.style(top, 4, 6, 3, { hAlign: "center", vAlign: "middle", fill: "#F2F2F2" });
  b.style(top, 4, 1, 3, { bold: true, fontSize: 12 });
  b.style(top + 1, 4, 1, 3, { bold: true });
  b.style(top + 2, 4, 1, 3, { bold: true, fontSize: 9 });
  b.style(top + 3, 4, 3, 3, { bold: true, fontSize: 26 });
  b.style(top, 1, 6, last, { border: "thin" });
  // Long values (an office address, a weather line) wrap: grow the row.
  for (let i = 0; i < 6; i++) {
    const lines = Math.max(
      wrappedLines(people[i][1] ?? "", spanWidth([2, 3])),
      wrappedLines(conditions[i][1] ?? "", spanWidth([8, 9])),
    );
    if (lines > 1) b.height(top + i, Math.min(lines, 3) * LINE_HEIGHT);
  }

  // Hospital: its own band, always present so a missing one is noticed.
  let row = top + 6;
  // Each location's own hospital (the call-sheet model already falls back to the Production table's per location).
  const hospitalText =
    perLocation(cs, (l) => [l.nearestHospital, l.hospitalAddress].filter((x) => x).join(", ")) ??
    ([h("Nearest Hospital", "Hospital"), h("Hospital Address")].filter((x) => x).join(", ") ||
      "Not given: add Nearest Hospital to the Production table.");
  b.set(row, 1, "NEAREST HOSPITAL");
  b.merge(row, 1, 1, 2);
  b.set(row, 3, hospitalText);
  b.merge(row, 3, 1, last - 2);
  b.style(row, 1, 1, last, HOSPITAL);
  b.height(row, Math.min(wrappedLines(hospitalText, spanWidth([3, last])), 3) * LINE_HEIGHT + 3);

  // SCENES
  row = gapAfter(b, row);
  sectionRow(b, row, "SCENES");
  row = sceneRows(b, row + 1, cs.scenes, cs.totalPages);

  // CAST
  row = gapAfter(b, row);
  sectionRow(b, row, "CAST");
  const castSpans: Span[] = [
    [1, 1],
    [2, 2],
    [3, 3],
    [4, 5],
    [6, 7],
    [8, 9],
  ];
  tableRow(b, ++row, castSpans, ["#", "Cast", "Character", "Status", "Call", "Remarks"], {
    ...TABLE_HEADER,
    hAlign: "center",
  });
  for (const c of cs.cast) {
    const r = findResource(model, c.resource);
    tableRow(b, ++row, castSpans, [
      c.resource,
      c.name ?? r?.name ?? null,
      c.role ?? r?.role ?? null,
      c.status ?? null,
      c.call ?? NONE,
      r?.notes ?? null,
    ]);
    b.style(row, 1, 1, 1, { hAlign: "center" });
    b.style(row, 4, 1, 4, { hAlign: "center" });
    b.style(row, 6, 1, 2, { bold: true });
  }
  if (cs.cast.length === 0) noneRow(b, ++row, "No cast called.");

  // CREW CALLS, grouped by department in the order departments first appear.
  row = gapAfter(b, row);
  sectionRow(b, row, "CREW CALLS");
  const crewSpans: Span[] = [
    [1, 2],
    [3, 5],
    [6, 7],
    [8, 9],
  ];
  tableRow(b, ++row, crewSpans, ["Position", "Name", "Call", "Phone"], { ...TABLE_HEADER, hAlign: "center" });
  const departments = new Map<string, typeof cs.crew>();
  for (const c of cs.crew) {
    const dept = c.department?.trim() || findResource(model, c.resource)?.department?.trim() || "Crew";
    const list = departments.get(dept) ?? [];
    list.push(c);
    departments.set(dept, list);
  }
  for (const [dept, members] of departments) {
    row++;
    b.set(row, 1, dept);
    b.merge(row, 1, 1, last);
    b.style(row, 1, 1, last, DEPARTMENT);
    for (const c of members) {
      const r = findResource(model, c.resource);
      tableRow(b, ++row, crewSpans, [
        c.role ?? r?.role ?? null,
        c.name ?? r?.name ?? c.resource,
        c.call ?? NONE,
        r?.phone ?? null,
      ]);
      b.style(row, 6, 1, 2, { bold: true, hAlign: "center" });
    }
  }
  if (cs.crew.length === 0) noneRow(b, ++row, "No crew listed.");

  // LOCATIONS
  row = gapAfter(b, row);
  sectionRow(b, row, "LOCATIONS");
  const locSpans: Span[] = [
    [1, 3],
    [4, 9],
  ];
  tableRow(b, ++row, locSpans, ["Location", "Address"], TABLE_HEADER);
  for (const l of cs.locations) tableRow(b, ++row, locSpans, [l.name, l.address ?? null]);
  if (cs.locations.length === 0) noneRow(b, ++row, "No locations given.");

  // EQUIPMENT
  row = gapAfter(b, row);
  sectionRow(b, row, "EQUIPMENT");
  const eqSpans: Span[] = [
    [1, 3],
    [4, 5],
    [6, 9],
  ];
  tableRow(b, ++row, eqSpans, ["Item", "Qty", "ID"], TABLE_HEADER);
  for (const e of cs.equipment) {
    const r = findResource(model, e.resource);
    tableRow(b, ++row, eqSpans, [
      e.name ?? r?.name ?? e.resource,
      e.quantity !== undefined ? String(e.quantity) : null,
      e.resource,
    ]);
    b.style(row, 4, 1, 2, { hAlign: "center" });
  }
  if (cs.equipment.length === 0) noneRow(b, ++row, "No equipment booked.");

  // DELIVERIES due today
  row = gapAfter(b, row);
  sectionRow(b, row, "DELIVERIES");
  const delSpans: Span[] = [
    [1, 3],
    [4, 5],
    [6, 7],
    [8, 9],
  ];
  tableRow(b, ++row, delSpans, ["Item", "Arrives", "Vendor", "Needed for"], TABLE_HEADER);
  for (const d of cs.deliveries) {
    const forText = d.neededFor.map((id) => sceneLabel(model, id)).join(", ");
    tableRow(b, ++row, delSpans, [d.item, d.delivery, d.vendor ?? null, forText || null]);
  }
  if (cs.deliveries.length === 0) noneRow(b, ++row, "No deliveries due.");

  // NOTES
  row = gapAfter(b, row);
  sectionRow(b, row, "NOTES");
  for (const n of cs.notes) tableRow(b, ++row, [[1, last]], [n]);
  if (cs.notes.length === 0) noneRow(b, ++row, "No notes.");

  // ADVANCE SCHEDULE
  row = gapAfter(b, row);
  sectionRow(b, row, "ADVANCE SCHEDULE");
  if (cs.advance) {
    const adv = cs.advance;
    row++;
    b.set(row, 1, `${longDateText(adv.date)}${adv.shootDay !== undefined ? `, Shoot Day ${adv.shootDay}` : ""}`);
    b.merge(row, 1, 1, last);
    b.style(row, 1, 1, last, { bold: true, border: "thin" });
    row = sceneRows(b, row + 1, adv.scenes);
  } else {
    noneRow(b, ++row, "No further shoot days scheduled.");
  }

  row = gapAfter(b, row);
  b.set(row, 1, "Made by Production Coordinator from this workbook. Run Check again after any schedule change.");
  b.merge(row, 1, 1, last);
  b.style(row, 1, 1, last, { ...MUTED, fontSize: 8 });

  return b.build(`call-sheet:${cs.date}`, "call-sheet", cs.sheet, [...CALL_SHEET_WIDTHS], {
    print: { orientation: "portrait", fitToWidth: true, printArea: b.usedRange(last), titleRows: "1:2" },
    tabColor: "#2F5597",
  });
}

/** "Sc 12" for an item with a scene, else the item ID. */
function sceneLabel(model: Model, id: string): string {
  const scene = model.itemById.get(id)?.scene;
  return scene ? `Sc ${scene}` : id;
}

/**
 * One text from the day's locations (a hospital, a parking): the same for all, or each with its locations'
 * names ("SF General (Lou's Diner); St. Mary's (Stage 4)"); undefined when no location gives one.
 */
function perLocation(
  cs: CallSheet,
  field: (l: CallSheet["locations"][number]) => string | undefined,
): string | undefined {
  const byText = new Map<string, string[]>();
  for (const l of cs.locations) {
    const text = field(l)?.trim();
    if (!text) continue;
    const names = byText.get(text) ?? [];
    names.push(l.name);
    byText.set(text, names);
  }
  if (byText.size <= 1) return byText.keys().next().value;
  return [...byText].map(([text, names]) => `${text} (${names.join(", ")})`).join("; ");
}
