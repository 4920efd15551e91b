/**
 * fast-check arbitraries for hostile workbook snapshots: sheet names, headers drawn from the contract's
 * aliases plus junk, cell values of every kind a user (or a broken adapter) can produce, tables that
 * overlap or leave the used range, and saved settings of the wrong shape.
 */
import fc from "fast-check";
import { ROLE_DEFS } from "../../src/core/parse/headers";
import type {
  CellValue,
  Grid,
  RuleSetNumbers,
  SavedTableMapping,
  SheetSnapshot,
  TableSnapshot,
  WorkbookSettings,
  WorkbookSnapshot,
} from "../../src/core/snapshot";

/** Names that collide with JavaScript object keys: a lookup in a plain object must not find them. */
export const PROTO_KEYS = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "prototype"];

const ROLE_SHEET_NAMES = [
  "Schedule",
  "Shooting Schedule",
  "Stripboard",
  "One-Liner",
  "Resources",
  "Cast",
  "Crew",
  "Equipment",
  "Locations",
  "Availability",
  "Materials",
  "Deliveries",
  "Travel",
  "Travel Times",
  "Budget",
  "Rules",
  "Production",
  "schedule ",
  "CAST",
];
const GENERATED_LIKE = ["Conflicts", "Priorities", "DOOD", "Cost Report", "Call Sheet 2026-03-02", "Call Sheet Day 1"];
const ODD_SHEET_NAMES = [
  "Sheet1",
  "Émile's ☃ sheet",
  "日程表",
  "x".repeat(31),
  "Call Sheet Day 1 (2)",
  "'quoted'",
  "A B C",
  "1",
  "History",
  "_pc_meta",
  ...PROTO_KEYS,
];

export const sheetNameArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ROLE_SHEET_NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...GENERATED_LIKE, ...ODD_SHEET_NAMES) },
  // Excel forbids : \ / ? * [ ] and more than 31 characters; adapters only ever hand over legal names.
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 31 }).filter((s) => !/[:\\/?*[\]]/.test(s)) },
);

const ALL_ALIASES = [...new Set(ROLE_DEFS.flatMap((d) => d.columns.flatMap((c) => [c.name, ...c.aliases])))];
const JUNK_HEADERS = [
  "",
  " ",
  "#",
  "No.",
  "???",
  "Column1",
  "=SUM(A1)",
  "Date Date",
  "DATE",
  "scene no.",
  "Scene  #",
  "x".repeat(300),
  ...PROTO_KEYS,
];

export const headerArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...ALL_ALIASES) },
  { weight: 2, arbitrary: fc.constantFrom(...JUNK_HEADERS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(null, 1, true, { error: "#N/A" }, 46083) },
);

const EDGE_NUMBERS = [
  0,
  -0,
  -1,
  0.5,
  0.25,
  0.999999999,
  1e-12,
  60, // 1900-02-29, the serial that does not exist
  61,
  46083, // 2026-03-02
  46083.291666666664, // 2026-03-02 07:00
  46084.75,
  2958465, // 9999-12-31
  2958466,
  1e7,
  -46083,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
  NaN,
  Infinity,
  -Infinity,
  1e308,
  -1e308,
];

const DATE_TEXTS = [
  "2026-03-02",
  "2026-03-03",
  "2026-03-04",
  "3/2/2026",
  "13/2/2026",
  "2/30/2026",
  "2 Mar 2026",
  "Mon, March 2, 2026",
  "Tue, March 2, 2026",
  "2026-02-29",
  "2024-02-29",
  "2026-13-45",
  "0000-00-00",
  "9999-12-31",
  "10000-01-01",
  "1899-12-30",
  "1800-01-01",
  "2026-03-02T07:00",
  "2026-03-02 07:00",
  "2026-03-02 25:00",
  "2026-03-02..2026-03-05",
  "2026-03-05..2026-03-02",
  "..",
  "2026-03-02..",
  "3/2/2026, 3/4/2026; 2026-03-06\n2026-03-07",
  "tomorrow",
  "Mar",
  "2026",
];
const TIME_TEXTS = [
  "07:00",
  "7:30 AM",
  "7a",
  "19:15",
  "1900",
  "0000",
  "2400",
  "24:00",
  "25:00",
  "12:60",
  "-1:00",
  "99999",
  "7:30 PM",
  "12 AM",
  "13 PM",
  "noon",
  "7.5",
];
const DURATION_TEXTS = ["1:30", "90m", "1h30", "1.5h", "-2h", "0m", "1e400", "h", "1h99", "9999999h"];
const PAGE_TEXTS = ["1 4/8", "3/8", "2", "1/0", "0/0", "-3/8", "1 9/8", "4/8 pgs"];
const WORD_TEXTS = [
  "Critical",
  "Urgent",
  "High",
  "Medium",
  "Low",
  "yes",
  "no",
  "Y",
  "Cancelled",
  "Omitted",
  "cast",
  "crew",
  "equipment",
  "vehicle",
  "location",
  "unavailable",
  "day off",
  "hold",
  "travel",
  "SAG-AFTRA",
  "IATSE",
  "Non-union",
  "Stage 1",
  "Park",
];
/** Strings a spreadsheet would turn into a formula if written back carelessly. */
export const FORMULA_LIKE = [
  "=SUM(A1)",
  '=HYPERLINK("http://x","x")',
  "+1",
  "+A1",
  "-x",
  "-1-1",
  "@x",
  "=1/0",
  "=cmd|' /C calc'!A0",
];
const LIST_TEXTS = [
  "1, 2, 3",
  "1;2;3",
  "1/2/3",
  "1\n2\n\n3",
  ",,,",
  " ; / , ",
  "1-3",
  "C1, CAM, VAN",
  "S-1, S-2",
  "S-1;S-1;S-1",
  "=A1, +B2",
  "__proto__, constructor",
];
const IDS = ["S-1", "S-2", "S-3", "1", "2", "C1", "CAM", "VAN", "L1", "s-1", " S-1 ", "1.0"];
const ODD_TEXTS = [
  "",
  " ",
  "\t\n ",
  "\u00a0",
  "\u0000",
  "é",
  "😀🎬",
  "x".repeat(5000),
  "a,".repeat(2000),
  "#N/A",
  "#REF!",
  "TRUE",
  "NaN",
  "Infinity",
  "-0",
  "1e999",
  ...PROTO_KEYS,
];

const textArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...DATE_TEXTS),
  fc.constantFrom(...TIME_TEXTS),
  fc.constantFrom(...DURATION_TEXTS, ...PAGE_TEXTS),
  fc.constantFrom(...WORD_TEXTS),
  fc.constantFrom(...FORMULA_LIKE),
  fc.constantFrom(...LIST_TEXTS),
  fc.constantFrom(...IDS),
  fc.constantFrom(...ODD_TEXTS),
  fc.string({ maxLength: 20 }),
);

const numberArb: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...EDGE_NUMBERS),
  fc.integer({ min: 46080, max: 46090 }),
  fc.integer({ min: 46080, max: 46090 }).chain((d) => fc.integer({ min: 0, max: 96 }).map((q) => d + q / 96)),
  fc.integer({ min: 0, max: 96 }).map((q) => q / 96),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 20 }),
);

export const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 8, arbitrary: textArb },
  { weight: 5, arbitrary: numberArb },
  { weight: 1, arbitrary: fc.boolean() },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom("#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#SPILL!", "", "__proto__")
      .map((error) => ({ error })),
  },
);

/** A used range: a header row (often a real one), then data rows, sometimes a title above. */
const usedGridArb: fc.Arbitrary<Grid> = fc
  .record({
    row: fc.integer({ min: 1, max: 4 }),
    col: fc.integer({ min: 1, max: 4 }),
    width: fc.integer({ min: 1, max: 9 }),
    rows: fc.integer({ min: 0, max: 10 }),
    title: fc.boolean(),
  })
  .chain(({ row, col, width, rows, title }) =>
    fc
      .tuple(
        fc.array(headerArb, { minLength: width, maxLength: width }),
        fc.array(fc.array(cellArb, { minLength: width, maxLength: width }), { minLength: rows, maxLength: rows }),
        title ? cellArb : fc.constant(undefined),
      )
      .map(([header, body, titleCell]) => {
        const values: CellValue[][] = [header, ...body];
        if (titleCell !== undefined) values.unshift([titleCell, ...new Array<CellValue>(width - 1).fill(null)]);
        return { row, col, values };
      }),
  );

/** A table: mostly a rectangle cut from the used range, sometimes one that sticks out of it or is empty. */
function tableArb(used: Grid | null): fc.Arbitrary<TableSnapshot> {
  const name = fc.oneof(
    fc.constantFrom("Schedule", "tblCast", "Table1", "Crew", "Budget", "Travel", ...PROTO_KEYS),
    fc.string({ minLength: 1, maxLength: 10 }),
  );
  const sliced =
    used && used.values.length > 0
      ? fc
          .record({
            r0: fc.integer({ min: 0, max: used.values.length - 1 }),
            c0: fc.integer({ min: 0, max: used.values[0].length - 1 }),
            rows: fc.integer({ min: 1, max: used.values.length + 2 }),
            cols: fc.integer({ min: 1, max: used.values[0].length + 2 }),
            name,
          })
          .map(({ r0, c0, rows, cols, name }) => ({
            name,
            row: used.row + r0,
            col: used.col + c0,
            values: Array.from({ length: rows }, (_, r) =>
              Array.from({ length: cols }, (_, c) => used.values[r0 + r]?.[c0 + c] ?? null),
            ),
          }))
      : null;
  const free = fc.record({
    name,
    row: fc.integer({ min: 1, max: 30 }),
    col: fc.integer({ min: 1, max: 30 }),
    values: fc.oneof(
      fc.constant<CellValue[][]>([]),
      fc.array(fc.array(headerArb, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
    ),
  });
  return sliced ? fc.oneof({ weight: 3, arbitrary: sliced }, { weight: 1, arbitrary: free }) : free;
}

const sheetArb: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    name: sheetNameArb,
    used: fc.option(usedGridArb, { freq: 6 }),
    tableCount: fc.integer({ min: 0, max: 2 }),
    generated: fc.option(fc.boolean(), { freq: 5, nil: undefined }),
  })
  .chain(({ name, used, tableCount, generated }) =>
    fc.array(tableArb(used), { minLength: tableCount, maxLength: tableCount }).map((tables) => {
      const sheet: SheetSnapshot = { name, used, tables };
      if (generated !== undefined) sheet.generated = generated;
      return sheet;
    }),
  );

const ROLE_TEXTS = [...ROLE_DEFS.map((d) => d.role), "ignore", "Schedule", "", "nonsense", ...PROTO_KEYS];
const RULE_NUMBER_FIELDS = [
  "minRestHours",
  "maxDayHours",
  "maxConsecutiveDays",
  "travelBufferMin",
  "otAfterHours",
  "otRate",
  "dropDays",
];
/** Settings with the right types but hostile content (names of sheets that do not exist, odd keys, bad numbers). */
function typedSettingsArb(sheetNames: string[]): fc.Arbitrary<WorkbookSettings> {
  const key = fc.oneof(
    fc.constantFrom(...sheetNames, ...sheetNames.map((s) => `${s}!Table1`), ...PROTO_KEYS),
    fc.string({ maxLength: 10 }),
  );
  const columnKey = fc.oneof(fc.constantFrom(...ALL_ALIASES, ...PROTO_KEYS), fc.string({ maxLength: 6 }));
  const mapping: fc.Arbitrary<SavedTableMapping> = fc.record(
    {
      role: fc.constantFrom(...ROLE_TEXTS),
      columns: fc.dictionary(columnKey, fc.oneof(fc.constantFrom(...ALL_ALIASES, ""), fc.string({ maxLength: 6 })), {
        noNullPrototype: true,
      }),
    },
    { requiredKeys: ["role"], noNullPrototype: true },
  );
  const ruleSet = fc.dictionary(fc.constantFrom(...RULE_NUMBER_FIELDS), fc.oneof(numberArb, fc.constant(null)), {
    maxKeys: 4,
    noNullPrototype: true,
  }) as fc.Arbitrary<Partial<RuleSetNumbers>>;
  const ruleSetName = fc.oneof(
    fc.constantFrom("SAG-AFTRA", "IATSE", "Tight", "", ...PROTO_KEYS),
    fc.string({ maxLength: 6 }),
  );
  return fc.record(
    {
      mappings: fc.dictionary(key, mapping, { maxKeys: 4, noNullPrototype: true }),
      ruleSets: fc.dictionary(ruleSetName, ruleSet, { maxKeys: 3, noNullPrototype: true }),
      highlightColors: fc.record(
        { error: fc.constantFrom("#FF0000", "red", "", "#GGGGGG", "=A1"), warning: fc.constantFrom("#ffcc00", "x") },
        { requiredKeys: [], noNullPrototype: true },
      ),
      production: fc.dictionary(fc.constantFrom("Title", "Director", "Nearest Hospital", ...PROTO_KEYS), textArb, {
        noNullPrototype: true,
      }),
    },
    { requiredKeys: [], noNullPrototype: true },
  );
}

/** Anything JSON can hold: saved settings are parsed from text another tool or version may have written. */
const garbageArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, "", "x", 0, -1, true, [], {}, [1, "a"], { role: 5 }),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Settings of the wrong shape: any field may hold any JSON value. */
function shapelessSettingsArb(sheetNames: string[]): fc.Arbitrary<unknown> {
  const key = fc.oneof(fc.constantFrom(...sheetNames, ...PROTO_KEYS), fc.string({ maxLength: 10 }));
  return fc.record(
    {
      mappings: fc.oneof(
        fc.dictionary(key, fc.oneof(fc.record({ role: garbageArb, columns: garbageArb }), garbageArb), {
          maxKeys: 3,
          noNullPrototype: true,
        }),
        garbageArb,
      ),
      ruleSets: fc.oneof(
        fc.dictionary(
          fc.string({ maxLength: 6 }),
          fc.oneof(
            fc.dictionary(fc.constantFrom(...RULE_NUMBER_FIELDS), garbageArb, { noNullPrototype: true }),
            garbageArb,
          ),
          { maxKeys: 3, noNullPrototype: true },
        ),
        garbageArb,
      ),
      highlightColors: garbageArb,
      production: fc.oneof(fc.dictionary(fc.constantFrom("Title", "Director"), garbageArb), garbageArb),
    },
    { requiredKeys: [], noNullPrototype: true },
  );
}

/** Keeps the first sheet of each name (Excel names are unique case-insensitively). */
function uniqueByName(sheets: SheetSnapshot[]): SheetSnapshot[] {
  const seen = new Set<string>();
  return sheets.filter((s) => {
    const k = s.name.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function snapshotArbWith(settings: (sheetNames: string[]) => fc.Arbitrary<unknown>): fc.Arbitrary<WorkbookSnapshot> {
  return fc
    .array(sheetArb, { minLength: 0, maxLength: 6 })
    .map(uniqueByName)
    .chain((sheets) =>
      fc
        .record(
          {
            name: fc.constantFrom("book.xlsx", "", "=evil.xlsx", "日程.xlsx"),
            date1904: fc.boolean(),
            culture: fc.constantFrom("en-US", "en-GB", "de-DE", "", "xx", "__proto__"),
            settings: settings(sheets.map((s) => s.name)),
          },
          { requiredKeys: [], noNullPrototype: true },
        )
        .map((extra) => ({ sheets, ...extra }) as WorkbookSnapshot),
    );
}

/** Hostile cells, names and tables; settings of the declared types. */
export const snapshotArb = snapshotArbWith(typedSettingsArb);

/** The same workbooks with saved settings of any JSON shape (a hand-edited or foreign registry). */
export const shapelessSettingsSnapshotArb = snapshotArbWith(shapelessSettingsArb);
