/**
 * Proxy objects with Office.js semantics: methods and property sets are queued and run at
 * `context.sync()`; properties must be `load`ed and synced before they can be read.
 */
import {
  type Rect,
  type SimCell,
  type SimConditionalFormat,
  type SimSheet,
  type SimState,
  type SimTable,
  SimError,
  cellText,
  cellValueOut,
  checkSheetName,
  checkTableName,
  enterValue,
  intersects,
  parseAddress,
  quoteSheetName,
  rectAddress,
  splitSheetAddress,
} from "./state";

/** The web limit on one request's payload. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Range reads above this many cells return null values (as Excel may). */
export const READ_CELL_LIMIT = 5_000_000;
/** Bytes each queued action adds to a request besides its arguments. */
export const ACTION_OVERHEAD_BYTES = 60;

export interface SimMetrics {
  syncs: number;
  /** Payload bytes of every sync that reached the "server", in order (including rejected ones). */
  requestBytes: number[];
}

interface Op {
  bytes: number;
  run: () => void;
}

type LoadTree = Map<string, LoadTree | null>;

function addPath(tree: LoadTree, path: string): void {
  const [head, ...rest] = path
    .split("/")
    .map((s) => s.trim())
    .filter(Boolean);
  if (!head) return;
  if (rest.length === 0) {
    if (!tree.has(head)) tree.set(head, null);
    return;
  }
  let sub = tree.get(head);
  if (!sub) {
    sub = new Map();
    tree.set(head, sub);
  }
  addPath(sub, rest.join("/"));
}

function parseLoad(spec: unknown): LoadTree {
  const tree: LoadTree = new Map();
  if (spec === undefined || spec === null) {
    tree.set("*", null);
  } else if (typeof spec === "string") {
    for (const p of spec.split(",")) addPath(tree, p);
  } else if (Array.isArray(spec)) {
    for (const p of spec) for (const q of String(p).split(",")) addPath(tree, q);
  } else if (typeof spec === "object") {
    const o = spec as Record<string, unknown>;
    if ("select" in o || "expand" in o) {
      for (const p of String(o.select ?? "").split(",")) addPath(tree, p);
      for (const p of String(o.expand ?? "").split(","))
        if (p.trim()) tree.set(p.trim(), tree.get(p.trim()) ?? new Map([["*", null]]));
    } else {
      const walk = (obj: Record<string, unknown>, prefix: string) => {
        for (const [k, v] of Object.entries(obj)) {
          if (v && typeof v === "object") walk(v as Record<string, unknown>, `${prefix}${k}/`);
          else if (v) addPath(tree, prefix + k);
        }
      };
      walk(o, "");
    }
  }
  return tree;
}

/** Replaces proxies in an operation's arguments by their id, for the payload size. */
function describe(v: unknown): unknown {
  if (v instanceof SimObject) return { _id: v._id };
  if (Array.isArray(v)) return v.map(describe);
  return v;
}

export class SimRequestContext {
  readonly workbook: SimWorkbook;
  readonly application: SimApplication;
  readonly trackedObjects = { add: (_o: unknown) => undefined, remove: (_o: unknown) => undefined };
  private queue: Op[] = [];
  private commits: (() => void)[] = [];
  private nextId = 1;

  constructor(
    readonly state: SimState,
    readonly metrics: SimMetrics,
  ) {
    this.workbook = new SimWorkbook(this, () => state);
    this.application = this.workbook.application;
  }

  _newId(): number {
    return this.nextId++;
  }

  _queue(desc: unknown, run: () => void): void {
    // Office.js wraps each action with ids, action type and object path: about 60 bytes on top of its arguments.
    this.queue.push({ bytes: JSON.stringify(desc).length + ACTION_OVERHEAD_BYTES, run });
  }

  _onCommit(fn: () => void): void {
    this.commits.push(fn);
  }

  /** Bytes queued so far (what the next sync would send). */
  get pendingBytes(): number {
    return this.queue.reduce((n, op) => n + op.bytes, 0);
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    this.commits = [];
    if (queue.length === 0) return;
    const bytes = queue.reduce((n, op) => n + op.bytes, 0);
    this.metrics.syncs++;
    this.metrics.requestBytes.push(bytes);
    await Promise.resolve();
    if (this.state.cellEditMode) {
      throw new SimError(
        "InvalidOperationInCellEditMode",
        "Excel is in cell-editing mode. Please exit the edit mode and try again.",
      );
    }
    if (bytes > PAYLOAD_LIMIT_BYTES) {
      throw new SimError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${bytes} bytes) has exceeded the limit.`,
      );
    }
    for (const op of queue) op.run();
    const commits = this.commits;
    this.commits = [];
    for (const c of commits) c();
  }
}

/** A value returned by a method (getCount): readable after sync. */
export class SimClientResult<T> {
  private synced = false;
  private v: T | undefined;
  _set(v: T): void {
    this.v = v;
    this.synced = true;
  }
  get value(): T {
    if (!this.synced)
      throw new SimError(
        "PropertyNotLoaded",
        "The value of the result object has not been loaded yet. Call context.sync().",
      );
    return this.v as T;
  }
}

/** What load() needs of a navigation child. */
interface Capturable {
  _capture(tree: LoadTree): () => void;
}

/** Each proxy class's scalar names, in load order (set by `scalarProps`). */
const scalarNames = new WeakMap<object, readonly string[]>();

export abstract class SimObject<T> {
  readonly _id: number;
  private readonly loaded = new Map<string, unknown>();

  constructor(
    protected readonly ctx: SimRequestContext,
    private readonly resolver: () => T | null,
  ) {
    this._id = ctx._newId();
  }

  get context(): SimRequestContext {
    return this.ctx;
  }

  protected abstract readonly kind: string;
  /** Scalar properties, loaded by load() with no argument: what `scalarProps` declared for this class. */
  protected get scalars(): readonly string[] {
    return scalarNames.get(this.constructor) ?? [];
  }
  /** Reads a declared scalar from the target (only called for names in `scalars`). */
  protected readProp(_t: T, _prop: string): unknown {
    return undefined;
  }
  protected writeProp(_t: T, prop: string, _v: unknown): void {
    throw new SimError("InvalidArgument", `The property '${prop}' of ${this.kind} is read-only.`);
  }
  /** Navigation properties that load() may name, each to its child proxy (a thunk: some are made lazily). */
  protected navChildren(): Record<string, () => Capturable> {
    return {};
  }
  private navChild(prop: string): Capturable | undefined {
    const children = this.navChildren();
    return Object.hasOwn(children, prop) ? children[prop]() : undefined;
  }

  _targetOrNull(): T | null {
    return this.resolver();
  }

  _target(): T {
    const t = this.resolver();
    if (t === null) throw new SimError("ItemNotFound", `The requested ${this.kind} doesn't exist (null object).`);
    return t;
  }

  get isNullObject(): boolean {
    return this._get("isNullObject") as boolean;
  }

  load(spec?: unknown): this {
    const tree = parseLoad(spec);
    this.ctx._queue({ o: this._id, load: spec ?? "*" }, () => this.ctx._onCommit(this._capture(tree)));
    return this;
  }

  /** Reads the requested properties now (during sync); the returned function publishes them. */
  _capture(tree: LoadTree): () => void {
    const t = this._targetOrNull();
    const values = new Map<string, unknown>([["isNullObject", t === null]]);
    const children: (() => void)[] = [];
    if (t !== null) {
      for (const [key, sub] of tree) {
        if (key === "*") {
          for (const s of this.scalars) values.set(s, this.readProp(t, s));
          continue;
        }
        const child = this.navChild(key);
        if (child) {
          children.push(child._capture(sub ?? new Map([["*", null]])));
        } else if (this.scalars.includes(key) && !sub) {
          values.set(key, this.readProp(t, key));
        } else {
          throw new SimError("InvalidArgument", `Cannot load '${key}' on ${this.kind}.`);
        }
      }
    }
    return () => {
      for (const [k, v] of values) this.loaded.set(k, v);
      for (const c of children) c();
    };
  }

  protected _get(prop: string): unknown {
    if (!this.loaded.has(prop)) {
      throw new SimError(
        "PropertyNotLoaded",
        `The property '${prop}' of ${this.kind} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(prop);
  }

  protected _set(prop: string, v: unknown): void {
    this.loaded.set(prop, v);
    this.ctx._queue({ o: this._id, set: prop, v: describe(v) }, () => this.writeProp(this._target(), prop, v));
  }

  protected _op(method: string, args: unknown[], run: (t: T) => void): void {
    this.ctx._queue({ o: this._id, m: method, a: describe(args) }, () => run(this._target()));
  }

  /** A child made by a method: resolved when the queued call runs, in order. */
  protected _child<C, P extends { _id: number }>(
    method: string,
    args: unknown[],
    // `never` lets each caller's proxy constructor take its own target type.
    make: (resolver: () => never) => P,
    resolve: (t: T) => C | null,
  ): P {
    let state: { done: boolean; value: C | null } = { done: false, value: null };
    const resolver = () => {
      if (!state.done) throw new SimError("GeneralException", `${method}() was used before its request ran.`);
      return state.value;
    };
    const proxy = make(resolver as () => never);
    this.ctx._queue({ o: this._id, m: method, a: describe(args), r: proxy._id }, () => {
      state = { done: true, value: resolve(this._target()) };
    });
    return proxy;
  }

  /** A range made by a method. */
  protected _rangeChild(method: string, args: unknown[], resolve: (t: T) => RangeTarget | null): SimRange {
    return this._child(method, args, (r) => new SimRange(this.ctx, r), resolve);
  }

  protected _result<V>(method: string, compute: (t: T) => V): SimClientResult<V> {
    const r = new SimClientResult<V>();
    this.ctx._queue({ o: this._id, m: method }, () => {
      const v = compute(this._target());
      this.ctx._onCommit(() => r._set(v));
    });
    return r;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/**
 * How a scalar is reached: "read" a getter that needs load + sync, "write" that plus a queued setter,
 * "loadOnly" load()-able but with no getter (as the real object lacks one).
 */
type ScalarAccess = "read" | "write" | "loadOnly";

/** Declares a proxy class's scalar properties, in load order, with getters/setters that go through load/sync. */
function scalarProps(cls: { prototype: object }, spec: Record<string, ScalarAccess>): void {
  scalarNames.set(cls, Object.keys(spec));
  for (const [name, access] of Object.entries(spec)) {
    if (access === "loadOnly") continue;
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: SimObject<unknown> & { _get(p: string): unknown }) {
        return this._get(name);
      },
      set:
        access === "write"
          ? function (this: SimObject<unknown> & { _set(p: string, v: unknown): void }, v: unknown) {
              this._set(name, v);
            }
          : undefined,
    });
  }
}

/** A collection: `items` is a load-able navigation; `load("name")` means `items/name`. */
abstract class SimCollection<T, I, P extends Capturable & { _id: number }> extends SimObject<T> {
  private itemsLoaded: P[] | null = null;
  protected abstract list(t: T): I[];
  protected abstract makeItem(resolver: () => I | null): P;

  /** An item made by a method (add, getItem…), resolved when the queued call runs. */
  protected _itemChild(method: string, args: unknown[], resolve: (t: T) => I | null): P {
    return this._child(method, args, (r) => this.makeItem(r), resolve);
  }
  /** getItem: ItemNotFound (with `notFound` as message) when `find` gives null. */
  protected _getItem(key: string, find: (t: T) => I | null, notFound: string): P {
    return this._itemChild("getItem", [key], (t) => {
      const item = find(t);
      if (item === null) throw new SimError("ItemNotFound", notFound);
      return item;
    });
  }
  /** getItemOrNullObject: a null object when `find` gives null. */
  protected _getItemOrNull(key: string, find: (t: T) => I | null): P {
    return this._itemChild("getItemOrNullObject", [key], find);
  }

  get items(): P[] {
    if (!this.itemsLoaded)
      throw new SimError(
        "PropertyNotLoaded",
        `The property 'items' of ${this.kind} is not available. Load it and sync first.`,
      );
    return this.itemsLoaded;
  }

  override _capture(tree: LoadTree): () => void {
    const t = this._targetOrNull();
    const base = super._capture(new Map());
    if (t === null) return base;
    const itemTree: LoadTree = new Map();
    for (const [key, sub] of tree) {
      if (key === "items") for (const [k, s] of sub ?? new Map([["*", null]])) itemTree.set(k, s);
      else itemTree.set(key, sub);
    }
    const items = this.list(t).map((i) => this.makeItem(() => i));
    const commits = items.map((p) => p._capture(itemTree));
    return () => {
      base();
      this.itemsLoaded = items;
      for (const c of commits) c();
    };
  }

  getCount(): SimClientResult<number> {
    return this._result("getCount", (t) => this.list(t).length);
  }
}

/** Excel's answer to a change of a protected sheet's cells or conditional formats. */
function assertUnprotected(sheet: SimSheet): void {
  if (sheet.protected)
    throw new SimError(
      "AccessDenied",
      `The cell or chart you're trying to change is on a protected sheet ("${sheet.name}"). To make a change, unprotect the sheet.`,
    );
}

/** Excel's answer to adding, deleting, renaming or moving a sheet of a workbook whose structure is protected. */
function assertStructureUnprotected(state: SimState): void {
  if (state.structureProtected)
    throw new SimError(
      "AccessDenied",
      "The workbook's structure is protected: sheets cannot be added, deleted or moved.",
    );
}

// ---------------------------------------------------------------- workbook

export class SimWorkbook extends SimObject<SimState> {
  protected readonly kind = "Workbook";
  readonly worksheets = new SimWorksheetCollection(this.ctx, () => this._target());
  readonly tables = new SimTableCollection(this.ctx, () => ({ state: this._target(), sheet: null }));
  readonly settings = new SimSettingCollection(this.ctx, () => this._target());
  readonly application = new SimApplication(this.ctx, () => this._target());
  readonly protection = new SimProtection(this.ctx, () => this._target(), "WorkbookProtection", {
    get: (t: SimState) => t.structureProtected,
    set: (t: SimState, on: boolean) => (t.structureProtected = on),
  });
  protected override readProp(t: SimState, prop: string): unknown {
    if (prop === "use1904DateSystem") return t.date1904;
    return prop === "name" ? ((t as SimState & { fileName?: string }).fileName ?? "Book1.xlsx") : undefined;
  }
  protected override navChildren(): Record<string, () => Capturable> {
    return {
      worksheets: () => this.worksheets,
      tables: () => this.tables,
      settings: () => this.settings,
      application: () => this.application,
      protection: () => this.protection,
    };
  }
  getSelectedRange(): SimRange {
    return this._rangeChild("getSelectedRange", [], (s) =>
      s.selection ? { sheet: s.selection.sheet, rects: [s.selection.rect] } : null,
    );
  }
}

// `name` loads but has no getter here, so reports keep no book name.
scalarProps(SimWorkbook, { name: "loadOnly", use1904DateSystem: "read" });

/**
 * Workbook.protection (ExcelApi 1.7: the structure's) and Worksheet.protection (ExcelApi 1.2: with the default
 * options): whether it is on, protect() (refused when it already is, as Excel does) and unprotect().
 */
export class SimProtection<T> extends SimObject<T> {
  protected readonly kind: string;
  declare protected: boolean;
  constructor(
    ctx: SimRequestContext,
    resolver: () => T | null,
    kind: string,
    private readonly flag: { get(t: T): boolean; set(t: T, on: boolean): void },
  ) {
    super(ctx, resolver);
    this.kind = kind;
  }
  protected override readProp(t: T): unknown {
    return this.flag.get(t);
  }
  protect(): void {
    this._op("protect", [], (t) => {
      if (this.flag.get(t)) throw new SimError("AccessDenied", `The ${this.kind} is already on.`);
      this.flag.set(t, true);
    });
  }
  unprotect(): void {
    this._op("unprotect", [], (t) => this.flag.set(t, false));
  }
}
scalarProps(SimProtection, { protected: "read" });

export class SimApplication extends SimObject<SimState> {
  protected readonly kind = "Application";
  readonly cultureInfo = new SimCultureInfo(this.ctx, () => this._target());
  protected override readProp(t: SimState, prop: string): unknown {
    if (prop === "decimalSeparator") return t.excelDecimalSeparator;
    if (prop === "useSystemSeparators") return t.useSystemSeparators;
    return "Automatic";
  }
  protected override navChildren(): Record<string, () => Capturable> {
    return { cultureInfo: () => this.cultureInfo };
  }
  suspendApiCalculationUntilNextSync(): void {
    this._op("suspendApiCalculationUntilNextSync", [], () => undefined);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._op("suspendScreenUpdatingUntilNextSync", [], () => undefined);
  }
}
scalarProps(SimApplication, { calculationMode: "loadOnly", decimalSeparator: "read", useSystemSeparators: "read" });

/** Application.cultureInfo (ExcelApi 1.11): the culture name and its number format's decimal separator. */
export class SimCultureInfo extends SimObject<SimState> {
  protected readonly kind = "CultureInfo";
  declare name: string;
  readonly numberFormat = new SimNumberFormatInfo(this.ctx, () => this._target());
  protected override readProp(t: SimState): unknown {
    return t.culture;
  }
  protected override navChildren(): Record<string, () => Capturable> {
    return { numberFormat: () => this.numberFormat };
  }
}
scalarProps(SimCultureInfo, { name: "read" });

/** CultureInfo.numberFormat (ExcelApi 1.11): the system's decimal separator. */
export class SimNumberFormatInfo extends SimObject<SimState> {
  protected readonly kind = "NumberFormatInfo";
  declare numberDecimalSeparator: string;
  protected override readProp(t: SimState): unknown {
    return t.systemDecimalSeparator;
  }
}
scalarProps(SimNumberFormatInfo, { numberDecimalSeparator: "read" });

export class SimWorksheetCollection extends SimCollection<SimState, SimSheet, SimWorksheet> {
  protected readonly kind = "WorksheetCollection";
  protected list(t: SimState): SimSheet[] {
    return t.liveSheets();
  }
  protected makeItem(r: () => SimSheet | null): SimWorksheet {
    return new SimWorksheet(this.ctx, r);
  }
  private find(t: SimState, key: string): SimSheet | null {
    return t.findSheet(key) ?? t.liveSheets().find((s) => s.id === key) ?? null;
  }
  getItem(key: string): SimWorksheet {
    return this._getItem(key, (t) => this.find(t, key), `The requested resource doesn't exist: worksheet "${key}".`);
  }
  getItemOrNullObject(key: string): SimWorksheet {
    return this._getItemOrNull(key, (t) => this.find(t, key));
  }
  add(name?: string): SimWorksheet {
    return this._itemChild("add", [name], (t) => {
      assertStructureUnprotected(t);
      let n = name;
      for (let i = t.sheets.length + 1; n === undefined; i++) if (!t.findSheet(`Sheet${i}`)) n = `Sheet${i}`;
      return t.addSheet(n);
    });
  }
  getActiveWorksheet(): SimWorksheet {
    return this._itemChild("getActiveWorksheet", [], (t) => t.activeSheet ?? t.liveSheets()[0]);
  }
}

export class SimWorksheet extends SimObject<SimSheet> {
  protected readonly kind = "Worksheet";
  declare name: string;
  declare id: string;
  declare position: number;
  declare visibility: string;
  declare tabColor: string;
  readonly tables = new SimTableCollection(this.ctx, () => {
    const s = this._target();
    return { state: this.ctx.state, sheet: s };
  });
  readonly customProperties = new SimCustomPropertyCollection(this.ctx, () => this._target());
  readonly freezePanes = new SimFreezePanes(this.ctx, () => this._target());
  readonly pageLayout = new SimPageLayout(this.ctx, () => this._target());
  readonly horizontalPageBreaks = new SimPageBreakCollection(this.ctx, () => this._target(), "row");
  readonly verticalPageBreaks = new SimPageBreakCollection(this.ctx, () => this._target(), "column");
  readonly protection = new SimProtection(this.ctx, () => this._target(), "WorksheetProtection", {
    get: (s: SimSheet) => s.protected,
    set: (s: SimSheet, on: boolean) => (s.protected = on),
  });

  override _target(): SimSheet {
    const s = super._target();
    if (s.deleted) throw new SimError("ItemNotFound", `The worksheet "${s.name}" has been deleted.`);
    return s;
  }
  protected override readProp(s: SimSheet, prop: string): unknown {
    if (prop === "position") return this.ctx.state.liveSheets().indexOf(s);
    return (s as unknown as Record<string, unknown>)[prop];
  }
  protected override writeProp(s: SimSheet, prop: string, v: unknown): void {
    if (prop === "name" || prop === "position") assertStructureUnprotected(this.ctx.state);
    if (prop === "name") {
      const name = String(v);
      checkSheetName(name);
      const other = this.ctx.state.findSheet(name);
      if (other && other !== s)
        throw new SimError("ItemAlreadyExists", "A resource with the same name or identifier already exists.");
      this.ctx.state.renameSheet(s, name);
    } else if (prop === "visibility" || prop === "tabColor") {
      s[prop] = String(v);
    } else if (prop === "position") {
      const list = this.ctx.state.sheets;
      list.splice(list.indexOf(s), 1);
      const live = this.ctx.state.liveSheets();
      const at = live[Number(v)] ? list.indexOf(live[Number(v)]) : list.length;
      list.splice(at, 0, s);
    } else super.writeProp(s, prop, v);
  }
  protected override navChildren(): Record<string, () => Capturable> {
    return {
      tables: () => this.tables,
      customProperties: () => this.customProperties,
      pageLayout: () => this.pageLayout,
      horizontalPageBreaks: () => this.horizontalPageBreaks,
      verticalPageBreaks: () => this.verticalPageBreaks,
      protection: () => this.protection,
    };
  }
  getRange(address?: string): SimRange {
    return this._rangeChild("getRange", [address], (s) => {
      if (address === undefined || address === "")
        return { sheet: s, rects: [{ row: 1, col: 1, rows: 1048576, cols: 16384 }] };
      return { sheet: s, rects: [localRect(address)] };
    });
  }
  getRanges(address: string): SimRangeAreas {
    return this._child(
      "getRanges",
      [address],
      (r) => new SimRangeAreas(this.ctx, r),
      (s) => ({
        sheet: s,
        rects: address.split(/[,;]/).map(localRect),
      }),
    );
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): SimRange {
    return this._rangeChild("getRangeByIndexes", [row, col, rows, cols], (s) => {
      if (row < 0 || col < 0 || rows < 1 || cols < 1) throw new SimError("InvalidArgument", "Invalid range indexes.");
      return { sheet: s, rects: [{ row: row + 1, col: col + 1, rows, cols }] };
    });
  }
  getCell(row: number, col: number): SimRange {
    return this.getRangeByIndexes(row, col, 1, 1);
  }
  getUsedRange(valuesOnly = false): SimRange {
    return this._rangeChild("getUsedRange", [valuesOnly], (s) => ({
      sheet: s,
      rects: [s.usedRect(valuesOnly) ?? { row: 1, col: 1, rows: 1, cols: 1 }],
    }));
  }
  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    return this._rangeChild("getUsedRangeOrNullObject", [valuesOnly], (s) => {
      const rect = s.usedRect(valuesOnly);
      return rect ? { sheet: s, rects: [rect] } : null;
    });
  }
  delete(): void {
    this._op("delete", [], (s) => {
      assertStructureUnprotected(this.ctx.state);
      this.ctx.state.deleteSheet(s);
    });
  }
  activate(): void {
    this._op("activate", [], (s) => {
      this.ctx.state.activeSheet = s;
    });
  }
}
scalarProps(SimWorksheet, { name: "write", id: "read", position: "write", visibility: "write", tabColor: "write" });

function localRect(address: string): Rect {
  const { local } = splitSheetAddress(address);
  const r = parseAddress(local);
  if (!r)
    throw new SimError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format: address "${address}".`,
    );
  return r;
}

// ---------------------------------------------------------------- ranges

export interface RangeTarget {
  sheet: SimSheet;
  rects: Rect[];
}

function eachCell(t: RangeTarget, fn: (row: number, col: number) => void): void {
  for (const r of t.rects) {
    for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) fn(r.row + i, r.col + j);
  }
}

/** Reads one property of every cell: the common value, or null when cells differ. */
function uniform<V>(t: RangeTarget, read: (c: SimCell | undefined) => V): V | null {
  let first = true;
  let out: V | null = null;
  const r0 = t.rects[0];
  // Whole-sheet reads only look at stored cells, else it would visit 17 billion cells.
  if (r0.rows * r0.cols > 1_000_000) {
    const stored = [...t.sheet.cells.values()].map(read);
    const blank = read(undefined);
    return stored.every((v) => v === blank) ? blank : null;
  }
  eachCell(t, (row, col) => {
    const v = read(t.sheet.cell(row, col));
    if (first) out = v;
    else if (v !== out) out = null;
    first = false;
  });
  return out;
}

function rangeAddressOf(t: RangeTarget): string {
  return t.rects.map((r) => `${quoteSheetName(t.sheet.name)}!${rectAddress(r)}`).join(",");
}

function grid<V>(t: RangeTarget, read: (c: SimCell | undefined) => V): V[][] {
  const r = t.rects[0];
  const out: V[][] = [];
  for (let i = 0; i < r.rows; i++) {
    const row: V[] = [];
    for (let j = 0; j < r.cols; j++) row.push(read(t.sheet.cell(r.row + i, r.col + j)));
    out.push(row);
  }
  return out;
}

/** Writes a 2-D array (or one value for all cells); its size must match the range. null leaves a cell as it is. */
function writeGrid(t: RangeTarget, prop: string, v: unknown, write: (c: SimCell, x: unknown) => void): void {
  const r = t.rects[0];
  if (!Array.isArray(v)) {
    eachCell(t, (row, col) => write(t.sheet.cellForWrite(row, col), v));
    return;
  }
  if (v.length !== r.rows || v.some((row) => !Array.isArray(row) || row.length !== r.cols)) {
    throw new SimError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop}: range ${r.rows}x${r.cols}).`,
    );
  }
  for (let i = 0; i < r.rows; i++) {
    for (let j = 0; j < r.cols; j++) {
      const x = (v as unknown[][])[i][j];
      if (x === null) continue;
      write(t.sheet.cellForWrite(r.row + i, r.col + j), x);
    }
  }
}

export class SimRange extends SimObject<RangeTarget> {
  protected readonly kind = "Range";
  declare address: string;
  declare values: unknown[][];
  declare formulas: unknown[][];
  declare text: string[][];
  declare numberFormat: unknown[][];
  declare valueTypes: string[][];
  declare rowCount: number;
  declare columnCount: number;
  declare rowIndex: number;
  declare columnIndex: number;
  declare cellCount: number;
  declare hyperlink: unknown;
  readonly format = new SimRangeFormat(this.ctx, () => this._target());
  readonly conditionalFormats = new SimConditionalFormatCollection(this.ctx, () => this._target());

  protected override navChildren(): Record<string, () => Capturable> {
    return {
      format: () => this.format,
      conditionalFormats: () => this.conditionalFormats,
      worksheet: () => this.worksheet,
    };
  }
  private worksheetProxy?: SimWorksheet;
  get worksheet(): SimWorksheet {
    this.worksheetProxy ??= new SimWorksheet(this.ctx, () => this._target().sheet);
    return this.worksheetProxy;
  }
  override _target(): RangeTarget {
    const t = super._target();
    if (t.sheet.deleted) throw new SimError("ItemNotFound", `The worksheet "${t.sheet.name}" has been deleted.`);
    return t;
  }
  protected override readProp(t: RangeTarget, prop: string): unknown {
    const r = t.rects[0];
    const big = r.rows * r.cols > READ_CELL_LIMIT;
    switch (prop) {
      case "address":
      case "addressLocal":
        return rangeAddressOf(t);
      case "values":
        return big ? null : grid(t, cellValueOut);
      case "formulas":
        return big ? null : grid(t, (c) => c?.formula ?? cellValueOut(c));
      case "text":
        return big ? null : grid(t, cellText);
      case "numberFormat":
        return big ? null : grid(t, (c) => c?.numberFormat ?? "General");
      case "valueTypes":
        return big
          ? null
          : grid(t, (c) => {
              const v = cellValueOut(c);
              if (c && c.value && typeof c.value === "object") return "Error";
              return v === ""
                ? "Empty"
                : typeof v === "number"
                  ? "Double"
                  : typeof v === "boolean"
                    ? "Boolean"
                    : "String";
            });
      case "rowCount":
        return r.rows;
      case "columnCount":
        return r.cols;
      case "rowIndex":
        return r.row - 1;
      case "columnIndex":
        return r.col - 1;
      case "cellCount":
        return r.rows * r.cols;
      case "hyperlink":
        return t.sheet.cell(r.row, r.col)?.hyperlink ?? null;
    }
    return undefined;
  }
  protected override writeProp(t: RangeTarget, prop: string, v: unknown): void {
    assertUnprotected(t.sheet);
    switch (prop) {
      case "values":
        return writeGrid(t, prop, v, (c, x) => enterValue(c, x));
      case "formulas":
        return writeGrid(t, prop, v, (c, x) => enterValue(c, x));
      case "numberFormat":
        return writeGrid(t, prop, v, (c, x) => {
          c.numberFormat = String(x);
        });
      case "hyperlink":
        return eachCell(t, (row, col) => {
          const c = t.sheet.cellForWrite(row, col);
          const h = v as { documentReference?: string; address?: string; textToDisplay?: string };
          c.hyperlink = { ...h };
          if (h.textToDisplay !== undefined) {
            c.value = h.textToDisplay;
            delete c.formula;
          }
        });
    }
    super.writeProp(t, prop, v);
  }
  private derived(method: string, args: unknown[], fn: (r: Rect) => Rect): SimRange {
    return this._rangeChild(method, args, (t) => {
      const rect = fn(t.rects[0]);
      if (
        rect.row < 1 ||
        rect.col < 1 ||
        rect.rows < 1 ||
        rect.cols < 1 ||
        rect.row + rect.rows - 1 > 1048576 ||
        rect.col + rect.cols - 1 > 16384
      ) {
        throw new SimError("InvalidArgument", `${method}: the resulting range is outside the worksheet.`);
      }
      return { sheet: t.sheet, rects: [rect] };
    });
  }
  getCell(row: number, col: number): SimRange {
    return this.derived("getCell", [row, col], (r) => ({ row: r.row + row, col: r.col + col, rows: 1, cols: 1 }));
  }
  /** ExcelApi 1.13: the merged areas meeting this range; a null object when none; fails over 512 areas. */
  getMergedAreasOrNullObject(): SimRangeAreas {
    return this._child(
      "getMergedAreasOrNullObject",
      [],
      (r) => new SimRangeAreas(this.ctx, r),
      (t): RangeTarget | null => {
        const rects = t.sheet.merges.filter((m) => t.rects.some((r) => intersects(m, r)));
        if (rects.length > MERGED_AREAS_LIMIT) {
          throw new SimError(
            "GeneralException",
            `There are more than ${MERGED_AREAS_LIMIT} merged areas in the range.`,
          );
        }
        return rects.length ? { sheet: t.sheet, rects } : null;
      },
    );
  }
  getRow(i: number): SimRange {
    return this.derived("getRow", [i], (r) => ({ row: r.row + i, col: r.col, rows: 1, cols: r.cols }));
  }
  getColumn(i: number): SimRange {
    return this.derived("getColumn", [i], (r) => ({ row: r.row, col: r.col + i, rows: r.rows, cols: 1 }));
  }
  getResizedRange(dr: number, dc: number): SimRange {
    return this.derived("getResizedRange", [dr, dc], (r) => ({ ...r, rows: r.rows + dr, cols: r.cols + dc }));
  }
  getOffsetRange(dr: number, dc: number): SimRange {
    return this.derived("getOffsetRange", [dr, dc], (r) => ({ ...r, row: r.row + dr, col: r.col + dc }));
  }
  getLastRow(): SimRange {
    return this.derived("getLastRow", [], (r) => ({ row: r.row + r.rows - 1, col: r.col, rows: 1, cols: r.cols }));
  }
  merge(across = false): void {
    this._op("merge", [across], (t) => {
      const r = t.rects[0];
      const parts = across ? Array.from({ length: r.rows }, (_, i) => ({ ...r, row: r.row + i, rows: 1 })) : [r];
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, r));
      for (const p of parts) {
        if (p.rows * p.cols < 2) continue;
        t.sheet.merges.push(p);
        eachCell({ sheet: t.sheet, rects: [p] }, (row, col) => {
          const c = t.sheet.cell(row, col);
          if (c && (row !== p.row || col !== p.col)) {
            c.value = null;
            delete c.formula;
          }
        });
      }
    });
  }
  unmerge(): void {
    this._op("unmerge", [], (t) => {
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.rects[0]));
    });
  }
  clear(applyTo = "All"): void {
    this._op("clear", [applyTo], (t) => {
      eachCell(t, (row, col) => {
        const c = t.sheet.cell(row, col);
        if (!c) return;
        if (applyTo === "All" || applyTo === "Contents") {
          c.value = null;
          delete c.formula;
          delete c.quotePrefix;
          delete c.hyperlink;
        }
        if (applyTo === "All" || applyTo === "Formats") {
          for (const k of ["numberFormat", "fill", "font", "hAlign", "vAlign", "wrap", "borders"] as const) delete c[k];
        }
      });
    });
  }
  select(): void {
    this._op("select", [], (t) => {
      this.ctx.state.activeSheet = t.sheet;
      this.ctx.state.selection = { sheet: t.sheet, rect: t.rects[0] };
    });
  }
}
scalarProps(SimRange, {
  address: "read",
  addressLocal: "read",
  values: "write",
  formulas: "write",
  text: "read",
  numberFormat: "write",
  valueTypes: "read",
  rowCount: "read",
  columnCount: "read",
  rowIndex: "read",
  columnIndex: "read",
  cellCount: "read",
  hyperlink: "write",
});

export class SimRangeAreas extends SimObject<RangeTarget> {
  protected readonly kind = "RangeAreas";
  declare address: string;
  declare areaCount: number;
  readonly format = new SimRangeFormat(this.ctx, () => this._target());
  readonly conditionalFormats = new SimConditionalFormatCollection(this.ctx, () => this._target());
  protected override readProp(t: RangeTarget, prop: string): unknown {
    return prop === "address" ? rangeAddressOf(t) : t.rects.length;
  }
  protected override navChildren(): Record<string, () => Capturable> {
    return { format: () => this.format, conditionalFormats: () => this.conditionalFormats };
  }
  clear(applyTo = "All"): void {
    this._op("clear", [applyTo], (t) => {
      for (const rect of t.rects) {
        eachCell({ sheet: t.sheet, rects: [rect] }, (row, col) => {
          const c = t.sheet.cell(row, col);
          if (c && (applyTo === "All" || applyTo === "Contents")) c.value = null;
        });
      }
    });
  }
}
scalarProps(SimRangeAreas, { address: "read", areaCount: "read" });

/** Range.getMergedAreasOrNullObject fails above this many areas (Office.js reference). */
const MERGED_AREAS_LIMIT = 512;

const POINTS_DEFAULT_WIDTH = 48;
const POINTS_DEFAULT_HEIGHT = 15;

export class SimRangeFormat extends SimObject<RangeTarget> {
  protected readonly kind = "RangeFormat";
  declare horizontalAlignment: string;
  declare verticalAlignment: string;
  declare wrapText: boolean;
  declare columnWidth: number;
  declare rowHeight: number;
  readonly fill = new SimRangeFill(this.ctx, () => this._target());
  readonly font = new SimRangeFont(this.ctx, () => this._target());
  readonly borders = new SimRangeBorderCollection(this.ctx, () => this._target());
  protected override navChildren(): Record<string, () => Capturable> {
    return { fill: () => this.fill, font: () => this.font };
  }
  protected override readProp(t: RangeTarget, prop: string): unknown {
    const r = t.rects[0];
    switch (prop) {
      case "horizontalAlignment":
        return uniform(t, (c) => c?.hAlign ?? "General");
      case "verticalAlignment":
        return uniform(t, (c) => c?.vAlign ?? "Bottom");
      case "wrapText":
        return uniform(t, (c) => c?.wrap ?? false);
      case "columnWidth": {
        const w = t.sheet.columnWidths.get(r.col) ?? POINTS_DEFAULT_WIDTH;
        for (let i = 1; i < Math.min(r.cols, 16384); i++)
          if ((t.sheet.columnWidths.get(r.col + i) ?? POINTS_DEFAULT_WIDTH) !== w) return null;
        return w;
      }
      case "rowHeight":
        return t.sheet.rowHeights.get(r.row) ?? POINTS_DEFAULT_HEIGHT;
    }
    return undefined;
  }
  protected override writeProp(t: RangeTarget, prop: string, v: unknown): void {
    if (prop === "columnWidth" || prop === "rowHeight") {
      if (typeof v !== "number" || !(v >= 0))
        throw new SimError("InvalidArgument", `${prop} must be a number of points.`);
      for (const r of t.rects) {
        if (prop === "columnWidth") for (let i = 0; i < r.cols; i++) t.sheet.columnWidths.set(r.col + i, v);
        else for (let i = 0; i < r.rows; i++) t.sheet.rowHeights.set(r.row + i, v);
      }
      return;
    }
    const key = ({ horizontalAlignment: "hAlign", verticalAlignment: "vAlign", wrapText: "wrap" } as const)[
      prop as "wrapText"
    ];
    if (!key) return super.writeProp(t, prop, v);
    eachCell(t, (row, col) => {
      (t.sheet.cellForWrite(row, col) as unknown as Record<string, unknown>)[key] = v;
    });
  }
  autofitColumns(): void {
    this._op("autofitColumns", [], () => undefined);
  }
  autofitRows(): void {
    this._op("autofitRows", [], () => undefined);
  }
}
scalarProps(SimRangeFormat, {
  horizontalAlignment: "write",
  verticalAlignment: "write",
  wrapText: "write",
  columnWidth: "write",
  rowHeight: "write",
});

export class SimRangeFill extends SimObject<RangeTarget> {
  protected readonly kind = "RangeFill";
  declare color: string;
  protected override readProp(t: RangeTarget): unknown {
    return uniform(t, (c) => c?.fill ?? "#FFFFFF");
  }
  protected override writeProp(t: RangeTarget, _p: string, v: unknown): void {
    eachCell(t, (row, col) => {
      t.sheet.cellForWrite(row, col).fill = normalizeColor(v);
    });
  }
  clear(): void {
    this._op("clear", [], (t) =>
      eachCell(t, (row, col) => {
        const c = t.sheet.cell(row, col);
        if (c) delete c.fill;
      }),
    );
  }
}
scalarProps(SimRangeFill, { color: "write" });

function normalizeColor(v: unknown): string {
  const s = String(v);
  if (!/^#?[0-9A-Fa-f]{6}$/.test(s) && !/^[A-Za-z]+$/.test(s))
    throw new SimError("InvalidArgument", `Invalid color "${s}".`);
  return s.startsWith("#") ? s.toUpperCase() : /^[0-9A-Fa-f]{6}$/.test(s) ? `#${s.toUpperCase()}` : s;
}

export class SimRangeFont extends SimObject<RangeTarget> {
  protected readonly kind = "RangeFont";
  declare bold: boolean;
  declare italic: boolean;
  declare color: string;
  declare size: number;
  protected override readProp(t: RangeTarget, prop: string): unknown {
    const dflt: Record<string, unknown> = { bold: false, italic: false, color: "#000000", size: 11 };
    return uniform(t, (c) => (c?.font as Record<string, unknown> | undefined)?.[prop] ?? dflt[prop]);
  }
  protected override writeProp(t: RangeTarget, prop: string, v: unknown): void {
    const value = prop === "color" ? normalizeColor(v) : v;
    eachCell(t, (row, col) => {
      const c = t.sheet.cellForWrite(row, col);
      c.font = { ...c.font, [prop]: value };
    });
  }
}
scalarProps(SimRangeFont, { bold: "write", italic: "write", color: "write", size: "write" });

export class SimRangeBorderCollection extends SimObject<RangeTarget> {
  protected readonly kind = "RangeBorderCollection";
  getItem(index: string): SimRangeBorder {
    return new SimRangeBorder(this.ctx, () => ({ ...this._target(), edge: index }));
  }
}

export class SimRangeBorder extends SimObject<RangeTarget & { edge: string }> {
  protected readonly kind = "RangeBorder";
  declare style: string;
  declare weight: string;
  protected override readProp(t: RangeTarget & { edge: string }, prop: string): unknown {
    return uniform(
      t,
      (c) =>
        (c?.borders?.[t.edge] as unknown as Record<string, string> | undefined)?.[prop] ??
        (prop === "style" ? "None" : "Thin"),
    );
  }
  protected override writeProp(t: RangeTarget & { edge: string }, prop: string, v: unknown): void {
    // The edge of the whole range: each cell on that edge gets the border.
    const r = t.rects[0];
    eachCell(t, (row, col) => {
      const onEdge =
        t.edge === "EdgeTop"
          ? row === r.row
          : t.edge === "EdgeBottom"
            ? row === r.row + r.rows - 1
            : t.edge === "EdgeLeft"
              ? col === r.col
              : t.edge === "EdgeRight"
                ? col === r.col + r.cols - 1
                : true;
      if (!onEdge) return;
      const c = t.sheet.cellForWrite(row, col);
      const b = c.borders?.[t.edge] ?? { style: "None", weight: "Thin" };
      c.borders = { ...c.borders, [t.edge]: { ...b, [prop]: String(v) } };
    });
  }
}
scalarProps(SimRangeBorder, { style: "write", weight: "write" });

// ---------------------------------------------------------------- conditional formats

export class SimConditionalFormatCollection extends SimCollection<
  RangeTarget,
  SimConditionalFormat,
  SimConditionalFormatProxy
> {
  protected readonly kind = "ConditionalFormatCollection";
  protected list(t: RangeTarget): SimConditionalFormat[] {
    return t.sheet.conditionalFormats.filter((cf) => cf.areas.some((a) => t.rects.some((r) => intersects(a, r))));
  }
  protected makeItem(r: () => SimConditionalFormat | null): SimConditionalFormatProxy {
    const sheetOf = () => this._target().sheet;
    return new SimConditionalFormatProxy(this.ctx, () => {
      const cf = r();
      return cf ? { sheet: sheetOf(), cf } : null;
    });
  }
  add(type: string): SimConditionalFormatProxy {
    return this._itemChild("add", [type], (t) => {
      assertUnprotected(t.sheet);
      const cf: SimConditionalFormat = {
        id: this.ctx.state.newId("cf"),
        type,
        areas: t.rects.map((x) => ({ ...x })),
      };
      t.sheet.conditionalFormats.push(cf);
      return cf;
    });
  }
  clearAll(): void {
    this._op("clearAll", [], (t) => {
      const gone = new Set(this.list(t));
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !gone.has(cf));
    });
  }
}

interface CfTarget {
  sheet: SimSheet;
  cf: SimConditionalFormat;
}

export class SimConditionalFormatProxy extends SimObject<CfTarget> {
  protected readonly kind = "ConditionalFormat";
  declare id: string;
  declare type: string;
  declare priority: number;
  readonly custom = new SimCustomConditionalFormat(this.ctx, () => {
    const t = this._target();
    if (t.cf.type !== "Custom")
      throw new SimError("InvalidArgument", `This conditional format is of type ${t.cf.type}, not Custom.`);
    return t;
  });
  protected override readProp(t: CfTarget, prop: string): unknown {
    if (prop === "priority") return t.sheet.conditionalFormats.indexOf(t.cf);
    return prop === "id" ? t.cf.id : t.cf.type;
  }
  /**
   * ExcelApi 1.6: setting the priority moves the format to that place in the sheet's list (0 first, evaluated before
   * the others; a negative one counts from the back), the others keeping their order; out of bounds, the nearest end.
   */
  protected override writeProp(t: CfTarget, prop: string, v: unknown): void {
    if (prop !== "priority") return super.writeProp(t, prop, v);
    assertUnprotected(t.sheet);
    if (typeof v !== "number" || !Number.isInteger(v))
      throw new SimError("InvalidArgument", `The priority must be a whole number, not ${String(v)}.`);
    const others = t.sheet.conditionalFormats.filter((c) => c !== t.cf);
    const at = Math.max(0, Math.min(others.length, v < 0 ? others.length + 1 + v : v));
    others.splice(at, 0, t.cf);
    t.sheet.conditionalFormats = others;
  }
  /** ExcelApi 1.6: the custom part, or a null object when the format is of another type. */
  readonly customOrNullObject = new SimCustomConditionalFormat(this.ctx, () => {
    const t = this._target();
    return t.cf.type === "Custom" ? t : null;
  });
  protected override navChildren(): Record<string, () => Capturable> {
    return { customOrNullObject: () => this.customOrNullObject, custom: () => this.custom };
  }
  override _target(): CfTarget {
    const t = super._target();
    if (!t.sheet.conditionalFormats.includes(t.cf))
      throw new SimError("ItemNotFound", "The conditional format has been deleted.");
    return t;
  }
  delete(): void {
    this._op("delete", [], (t) => {
      assertUnprotected(t.sheet);
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((c) => c !== t.cf);
    });
  }
  getRange(): SimRange {
    return this._rangeChild("getRange", [], (t) => {
      if (t.cf.areas.length !== 1)
        throw new SimError("InvalidOperation", "The conditional format covers several areas; use getRanges().");
      return { sheet: t.sheet, rects: [t.cf.areas[0]] };
    });
  }
  getRanges(): SimRangeAreas {
    return this._child(
      "getRanges",
      [],
      (r) => new SimRangeAreas(this.ctx, r),
      (t) => ({ sheet: t.sheet, rects: t.cf.areas }),
    );
  }
}
scalarProps(SimConditionalFormatProxy, { id: "read", type: "read", priority: "write" });

export class SimCustomConditionalFormat extends SimObject<CfTarget> {
  protected readonly kind = "CustomConditionalFormat";
  readonly rule = new SimConditionalRule(this.ctx, () => this._target());
  readonly format = new SimConditionalRangeFormat(this.ctx, () => this._target());
  protected override navChildren(): Record<string, () => Capturable> {
    return { rule: () => this.rule, format: () => this.format };
  }
}

export class SimConditionalRule extends SimObject<CfTarget> {
  protected readonly kind = "ConditionalFormatRule";
  declare formula: string;
  protected override readProp(t: CfTarget): unknown {
    return t.cf.formula ?? "";
  }
  protected override writeProp(t: CfTarget, _p: string, v: unknown): void {
    assertUnprotected(t.sheet);
    const f = String(v);
    if (!f.startsWith("=") || f.length > 8192)
      throw new SimError("InvalidArgument", `Invalid conditional format formula "${f.slice(0, 40)}".`);
    t.cf.formula = f;
  }
}
scalarProps(SimConditionalRule, { formula: "write" });

export class SimConditionalRangeFormat extends SimObject<CfTarget> {
  protected readonly kind = "ConditionalRangeFormat";
  readonly fill = new SimConditionalColor(this.ctx, () => ({ ...this._target(), what: "fill" as const }));
  readonly font = new SimConditionalColor(this.ctx, () => ({ ...this._target(), what: "fontColor" as const }));
  protected override navChildren(): Record<string, () => Capturable> {
    return { fill: () => this.fill, font: () => this.font };
  }
}

export class SimConditionalColor extends SimObject<CfTarget & { what: "fill" | "fontColor" }> {
  protected readonly kind = "ConditionalRangeFill";
  declare color: string;
  protected override readProp(t: CfTarget & { what: "fill" | "fontColor" }): unknown {
    return t.cf[t.what] ?? null;
  }
  protected override writeProp(t: CfTarget & { what: "fill" | "fontColor" }, _p: string, v: unknown): void {
    assertUnprotected(t.sheet);
    t.cf[t.what] = normalizeColor(v);
  }
}
scalarProps(SimConditionalColor, { color: "write" });

// ---------------------------------------------------------------- tables

interface TableScope {
  state: SimState;
  /** null: the workbook's collection */
  sheet: SimSheet | null;
}

export class SimTableCollection extends SimCollection<TableScope, SimTable, SimTableProxy> {
  protected readonly kind = "TableCollection";
  protected list(t: TableScope): SimTable[] {
    return t.state.tables.filter((x) => (t.sheet ? x.sheet === t.sheet : true));
  }
  protected makeItem(r: () => SimTable | null): SimTableProxy {
    return new SimTableProxy(this.ctx, r);
  }
  getItem(name: string): SimTableProxy {
    return this._getItem(
      name,
      (t) => this.list(t).find((y) => y.name.toLowerCase() === name.toLowerCase() || y.id === name) ?? null,
      `The requested resource doesn't exist: table "${name}".`,
    );
  }
  getItemOrNullObject(name: string): SimTableProxy {
    // Like Excel: a sheet's collection still finds a table of that name on another sheet (office-js #2235).
    return this._getItemOrNull(name, (t) => t.state.findTable(name) ?? null);
  }
  add(address: string | SimRange, hasHeaders: boolean): SimTableProxy {
    return this._itemChild("add", [address, hasHeaders], (t) => {
      let sheet: SimSheet;
      let rect: Rect;
      if (address instanceof SimRange) {
        const rt = address._target();
        sheet = rt.sheet;
        rect = rt.rects[0];
      } else {
        const { sheet: sheetName, local } = splitSheetAddress(address);
        const s = sheetName ? t.state.findSheet(sheetName) : t.sheet;
        if (!s) throw new SimError("InvalidArgument", `Table address "${address}" must name an existing sheet.`);
        sheet = s;
        rect = localRect(local);
      }
      if (!hasHeaders)
        throw new SimError("InvalidArgument", "The simulator supports tables.add with hasHeaders = true only.");
      if (rect.rows * rect.cols > 1_000_000 * 100) throw new SimError("InvalidArgument", "Table range too large.");
      if (t.state.tables.some((x) => x.sheet === sheet && intersects(x.rect, rect))) {
        throw new SimError("InvalidArgument", "A table can't overlap another table.");
      }
      if (sheet.merges.some((m) => intersects(m, rect)))
        throw new SimError("InvalidArgument", "A table can't contain merged cells.");
      let n = 1;
      while (t.state.findTable(`Table${n}`)) n++;
      const table: SimTable = {
        id: t.state.newId("table"),
        name: `Table${n}`,
        sheet,
        rect: { ...rect, rows: Math.max(2, rect.rows) },
      };
      // Headers become unique text, empty ones "ColumnN".
      const seen = new Set<string>();
      for (let j = 0; j < rect.cols; j++) {
        const c = sheet.cellForWrite(rect.row, rect.col + j);
        let h = cellText(c) || `Column${j + 1}`;
        for (let k = 2; seen.has(h.toLowerCase()); k++) h = `${cellText(c) || "Column"}${k}`;
        seen.add(h.toLowerCase());
        c.value = h;
        delete c.formula;
      }
      t.state.tables.push(table);
      return table;
    });
  }
}

export class SimTableProxy extends SimObject<SimTable> {
  protected readonly kind = "Table";
  declare name: string;
  declare id: string;
  declare style: string;
  declare showTotals: boolean;
  readonly columns = new SimTableColumnCollection(this.ctx, () => this._target());
  private worksheetProxy?: SimWorksheet;
  get worksheet(): SimWorksheet {
    this.worksheetProxy ??= new SimWorksheet(this.ctx, () => this._target().sheet);
    return this.worksheetProxy;
  }
  override _target(): SimTable {
    const t = super._target();
    if (!this.ctx.state.tables.includes(t)) throw new SimError("ItemNotFound", "The table has been deleted.");
    return t;
  }
  protected override readProp(t: SimTable, prop: string): unknown {
    if (prop === "showHeaders") return true;
    if (prop === "style") return t.style ?? "TableStyleMedium2";
    if (prop === "showTotals") return t.showTotals === true;
    return (t as unknown as Record<string, unknown>)[prop];
  }
  protected override writeProp(t: SimTable, prop: string, v: unknown): void {
    if (prop === "name") {
      const name = String(v);
      checkTableName(name);
      const other = this.ctx.state.findTable(name);
      if (other && other !== t) throw new SimError("ItemAlreadyExists", `A table named "${name}" already exists.`);
      t.name = name;
    } else if (prop === "style") t.style = String(v);
    else super.writeProp(t, prop, v);
  }
  protected override navChildren(): Record<string, () => Capturable> {
    return { worksheet: () => this.worksheet, columns: () => this.columns };
  }
  private part(method: string, fn: (r: Rect) => Rect): SimRange {
    return this._rangeChild(method, [], (t) => ({ sheet: t.sheet, rects: [fn(t.rect)] }));
  }
  getRange(): SimRange {
    return this.part("getRange", (r) => r);
  }
  getHeaderRowRange(): SimRange {
    return this.part("getHeaderRowRange", (r) => ({ ...r, rows: 1 }));
  }
  getDataBodyRange(): SimRange {
    return this.part("getDataBodyRange", (r) => ({ ...r, row: r.row + 1, rows: r.rows - 1 }));
  }
  delete(): void {
    this._op("delete", [], (t) => {
      const list = this.ctx.state.tables;
      list.splice(list.indexOf(t), 1);
    });
  }
}
scalarProps(SimTableProxy, {
  name: "write",
  id: "read",
  showHeaders: "loadOnly",
  showTotals: "read",
  style: "write",
});

export class SimTableColumnCollection extends SimCollection<
  SimTable,
  { table: SimTable; index: number },
  SimTableColumn
> {
  protected readonly kind = "TableColumnCollection";
  protected list(t: SimTable): { table: SimTable; index: number }[] {
    return Array.from({ length: t.rect.cols }, (_, index) => ({ table: t, index }));
  }
  protected makeItem(r: () => { table: SimTable; index: number } | null): SimTableColumn {
    return new SimTableColumn(this.ctx, r);
  }
}

export class SimTableColumn extends SimObject<{ table: SimTable; index: number }> {
  protected readonly kind = "TableColumn";
  declare name: string;
  declare index: number;
  protected override readProp(t: { table: SimTable; index: number }, prop: string): unknown {
    return prop === "index" ? t.index : cellText(t.table.sheet.cell(t.table.rect.row, t.table.rect.col + t.index));
  }
}
scalarProps(SimTableColumn, { name: "read", index: "read" });

// ---------------------------------------------------------------- custom properties, settings

/** One entry of a case-insensitive keyed store (worksheet custom properties, workbook settings). */
interface KeyedRef<E> {
  entries: Map<string, E>;
  key: string;
}

/** A collection over a keyed store: each subclass says where the store is and what an entry holds. */
abstract class SimKeyedCollection<
  T,
  E extends { key: string },
  P extends Capturable & { _id: number },
> extends SimCollection<T, KeyedRef<E>, P> {
  /** "Custom property", "Setting": the start of the not-found message. */
  protected abstract readonly noun: string;
  protected abstract entriesOf(t: T): Map<string, E>;
  /** Throws InvalidArgument for a key the store refuses. */
  protected abstract checkKey(key: string): void;
  protected abstract newEntry(key: string, value: unknown): E;
  protected list(t: T): KeyedRef<E>[] {
    const entries = this.entriesOf(t);
    return [...entries.values()].map((e) => ({ entries, key: e.key }));
  }
  private find(t: T, key: string): KeyedRef<E> | null {
    const entries = this.entriesOf(t);
    return entries.has(key.toLowerCase()) ? { entries, key } : null;
  }
  add(key: string, value: unknown): P {
    return this._itemChild("add", [key, value], (t) => {
      this.checkKey(key);
      const entries = this.entriesOf(t);
      entries.set(key.toLowerCase(), this.newEntry(key, value));
      return { entries, key };
    });
  }
  getItem(key: string): P {
    return this._getItem(key, (t) => this.find(t, key), `${this.noun} "${key}" not found.`);
  }
  getItemOrNullObject(key: string): P {
    return this._getItemOrNull(key, (t) => this.find(t, key));
  }
}

/** An entry of a keyed store: `key` (read-only) and `value`. */
abstract class SimKeyedEntry<E extends { key: string }> extends SimObject<KeyedRef<E>> {
  protected abstract readonly noun: string;
  protected abstract entryValue(entry: E): unknown;
  protected abstract setEntryValue(entry: E, v: unknown): void;
  private entry(t: KeyedRef<E>): E {
    const e = t.entries.get(t.key.toLowerCase());
    if (!e) throw new SimError("ItemNotFound", `${this.noun} "${t.key}" not found.`);
    return e;
  }
  protected override readProp(t: KeyedRef<E>, prop: string): unknown {
    const e = this.entry(t);
    return prop === "key" ? e.key : this.entryValue(e);
  }
  protected override writeProp(t: KeyedRef<E>, _p: string, v: unknown): void {
    this.setEntryValue(this.entry(t), v);
  }
  delete(): void {
    this._op("delete", [], (t) => t.entries.delete(t.key.toLowerCase()));
  }
}

type CustomPropertyEntry = { key: string; value: string };

export class SimCustomPropertyCollection extends SimKeyedCollection<SimSheet, CustomPropertyEntry, SimCustomProperty> {
  protected readonly kind = "WorksheetCustomPropertyCollection";
  protected readonly noun = "Custom property";
  protected entriesOf(s: SimSheet): Map<string, CustomPropertyEntry> {
    return s.customProperties;
  }
  protected checkKey(key: string): void {
    if (typeof key !== "string" || key.length === 0 || key.length > 255) {
      throw new SimError("InvalidArgument", "A custom property key must be 1 to 255 characters.");
    }
  }
  protected newEntry(key: string, value: unknown): CustomPropertyEntry {
    return { key, value: String(value) };
  }
  protected makeItem(r: () => KeyedRef<CustomPropertyEntry> | null): SimCustomProperty {
    return new SimCustomProperty(this.ctx, r);
  }
}

export class SimCustomProperty extends SimKeyedEntry<CustomPropertyEntry> {
  protected readonly kind = "WorksheetCustomProperty";
  protected readonly noun = "Custom property";
  declare key: string;
  declare value: string;
  protected entryValue(e: CustomPropertyEntry): unknown {
    return e.value;
  }
  protected setEntryValue(e: CustomPropertyEntry, v: unknown): void {
    e.value = String(v);
  }
}
scalarProps(SimCustomProperty, { key: "read", value: "write" });

type SettingEntry = { key: string; json: string };

export class SimSettingCollection extends SimKeyedCollection<SimState, SettingEntry, SimSetting> {
  protected readonly kind = "SettingCollection";
  protected readonly noun = "Setting";
  protected entriesOf(s: SimState): Map<string, SettingEntry> {
    return s.settings;
  }
  protected checkKey(key: string): void {
    if (!key) throw new SimError("InvalidArgument", "A setting key can't be empty.");
  }
  protected newEntry(key: string, value: unknown): SettingEntry {
    return { key, json: JSON.stringify(value) };
  }
  protected makeItem(r: () => KeyedRef<SettingEntry> | null): SimSetting {
    return new SimSetting(this.ctx, r);
  }
}

export class SimSetting extends SimKeyedEntry<SettingEntry> {
  protected readonly kind = "Setting";
  protected readonly noun = "Setting";
  declare key: string;
  declare value: unknown;
  protected entryValue(e: SettingEntry): unknown {
    return JSON.parse(e.json);
  }
  protected setEntryValue(e: SettingEntry, v: unknown): void {
    e.json = JSON.stringify(v);
  }
}
scalarProps(SimSetting, { key: "read", value: "write" });

// ---------------------------------------------------------------- freeze panes, page layout

function rangeArg(s: SimSheet, v: string | SimRange): Rect {
  if (v instanceof SimRange) return v._target().rects[0];
  return localRect(v);
}

export class SimFreezePanes extends SimObject<SimSheet> {
  protected readonly kind = "WorksheetFreezePanes";
  freezeRows(count = 1): void {
    this._op("freezeRows", [count], (s) => {
      s.freeze = { rows: count, cols: 0 };
    });
  }
  freezeColumns(count = 1): void {
    this._op("freezeColumns", [count], (s) => {
      s.freeze = { rows: 0, cols: count };
    });
  }
  freezeAt(range: string | SimRange): void {
    this._op("freezeAt", [range], (s) => {
      const r = rangeArg(s, range);
      s.freeze = { rows: r.row + r.rows - 1, cols: r.col + r.cols - 1 };
    });
  }
  unfreeze(): void {
    this._op("unfreeze", [], (s) => {
      s.freeze = null;
    });
  }
}

export class SimPageLayout extends SimObject<SimSheet> {
  protected readonly kind = "PageLayout";
  readonly headersFooters = new SimHeaderFooterGroup(this.ctx, () => this._target());
  declare orientation: string;
  declare zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  protected override readProp(s: SimSheet, prop: string): unknown {
    return prop === "orientation" ? s.pageLayout.orientation : { ...s.pageLayout.zoom };
  }
  protected override writeProp(s: SimSheet, prop: string, v: unknown): void {
    if (prop === "orientation") {
      if (v !== "Portrait" && v !== "Landscape")
        throw new SimError("InvalidArgument", `Invalid orientation "${String(v)}".`);
      s.pageLayout.orientation = v;
    } else s.pageLayout.zoom = { ...(v as object) };
  }
  setPrintArea(range: string | SimRange): void {
    this._op("setPrintArea", [range], (s) => {
      s.pageLayout.printArea = rectAddress(rangeArg(s, range));
    });
  }
  setPrintTitleRows(range: string | SimRange): void {
    this._op("setPrintTitleRows", [range], (s) => {
      const r = typeof range === "string" && /^\$?\d+:\$?\d+$/.test(range) ? range.replace(/\$/g, "") : null;
      if (r) s.pageLayout.printTitleRows = r;
      else {
        const rect = rangeArg(s, range);
        s.pageLayout.printTitleRows = `${rect.row}:${rect.row + rect.rows - 1}`;
      }
    });
  }
  /** ExcelApi 1.9: columns repeated at the left of every printed page ("$A:$B", or a range of those columns). */
  setPrintTitleColumns(range: string | SimRange): void {
    this._op("setPrintTitleColumns", [range], (s) => {
      const c = typeof range === "string" && /^\$?[A-Z]+:\$?[A-Z]+$/i.test(range) ? range.replace(/\$/g, "") : null;
      if (!c) throw new SimError("InvalidArgument", `Print title columns must be whole columns, not ${String(range)}.`);
      s.pageLayout.printTitleColumns = c.toUpperCase();
    });
  }
}
scalarProps(SimPageLayout, { orientation: "write", zoom: "write" });

/** PageLayout.headersFooters (ExcelApi 1.9): only the centre footer and left header of every page are kept. */
export class SimHeaderFooterGroup extends SimObject<SimSheet> {
  protected readonly kind = "HeaderFooterGroup";
  readonly defaultForAllPages = new SimHeaderFooter(this.ctx, () => this._target());
  protected override navChildren(): Record<string, () => Capturable> {
    return { defaultForAllPages: () => this.defaultForAllPages };
  }
}

export class SimHeaderFooter extends SimObject<SimSheet> {
  protected readonly kind = "HeaderFooter";
  declare centerFooter: string;
  declare leftHeader: string;
  protected override readProp(s: SimSheet, prop: string): unknown {
    return (prop === "leftHeader" ? s.pageLayout.leftHeader : s.pageLayout.centerFooter) ?? "";
  }
  protected override writeProp(s: SimSheet, prop: string, v: unknown): void {
    if (typeof v !== "string" || v.length > 255)
      throw new SimError("InvalidArgument", "A header or footer is text of at most 255 characters.");
    if (prop === "leftHeader") s.pageLayout.leftHeader = v;
    else s.pageLayout.centerFooter = v;
  }
}
scalarProps(SimHeaderFooter, { centerFooter: "write", leftHeader: "write" });

/**
 * A manual page break: the sheet, the axis (a horizontal break between rows, a vertical one between columns) and the
 * 1-based row or column it puts first on a page.
 */
interface PageBreakRef {
  sheet: SimSheet;
  axis: "row" | "column";
  at: number;
}

/** The sheet's breaks on an axis: rows starting a page (`pageBreaks`), or columns (`columnBreaks`). */
function breaksOf(s: SimSheet, axis: PageBreakRef["axis"]): number[] {
  return axis === "row" ? s.pageBreaks : s.columnBreaks;
}

function setBreaks(s: SimSheet, axis: PageBreakRef["axis"], list: number[]): void {
  if (axis === "row") s.pageBreaks = list;
  else s.columnBreaks = list;
}

/**
 * Worksheet.horizontalPageBreaks and verticalPageBreaks (ExcelApi 1.9): the sheet's manual breaks, each above (or
 * left of) the top-left cell of the range given to add(). A break above row 1 or left of column A is refused; adding
 * one that exists keeps one.
 */
export class SimPageBreakCollection extends SimCollection<SimSheet, PageBreakRef, SimPageBreak> {
  protected readonly kind = "PageBreakCollection";
  constructor(
    ctx: SimRequestContext,
    resolver: () => SimSheet | null,
    private readonly axis: PageBreakRef["axis"] = "row",
  ) {
    super(ctx, resolver);
  }
  protected list(s: SimSheet): PageBreakRef[] {
    return breaksOf(s, this.axis).map((at) => ({ sheet: s, axis: this.axis, at }));
  }
  protected makeItem(r: () => PageBreakRef | null): SimPageBreak {
    return new SimPageBreak(this.ctx, r);
  }
  add(pageBreakRange: string | SimRange): SimPageBreak {
    return this._itemChild("add", [pageBreakRange], (s) => {
      const rect = rangeArg(s, pageBreakRange);
      const at = this.axis === "row" ? rect.row : rect.col;
      if (at <= 1)
        throw new SimError(
          "InvalidArgument",
          `A page break cannot go ${this.axis === "row" ? "above the first row" : "left of the first column"}.`,
        );
      const list = breaksOf(s, this.axis);
      if (!list.includes(at))
        setBreaks(
          s,
          this.axis,
          [...list, at].sort((a, b) => a - b),
        );
      return { sheet: s, axis: this.axis, at };
    });
  }
  getItem(index: number): SimPageBreak {
    return this._itemChild("getItem", [index], (s) => {
      const at = breaksOf(s, this.axis)[index];
      if (at === undefined) throw new SimError("ItemNotFound", `Page break ${index} not found.`);
      return { sheet: s, axis: this.axis, at };
    });
  }
  removePageBreaks(): void {
    this._op("removePageBreaks", [], (s) => setBreaks(s, this.axis, []));
  }
}

/**
 * One manual page break: a horizontal one has `rowIndex` the zero-based row after it and `columnIndex` 0 (a
 * whole-width break); a vertical one the other way round.
 */
export class SimPageBreak extends SimObject<PageBreakRef> {
  protected readonly kind = "PageBreak";
  declare rowIndex: number;
  declare columnIndex: number;
  override _targetOrNull(): PageBreakRef | null {
    const t = super._targetOrNull();
    return t && !t.sheet.deleted && breaksOf(t.sheet, t.axis).includes(t.at) ? t : null;
  }
  override _target(): PageBreakRef {
    const t = this._targetOrNull();
    if (t === null) throw new SimError("ItemNotFound", "The requested PageBreak doesn't exist.");
    return t;
  }
  protected override readProp(t: PageBreakRef, prop: string): unknown {
    const index = t.at - 1;
    if (prop === "rowIndex") return t.axis === "row" ? index : 0;
    return t.axis === "column" ? index : 0;
  }
  delete(): void {
    this._op("delete", [], (t) => {
      setBreaks(
        t.sheet,
        t.axis,
        breaksOf(t.sheet, t.axis).filter((x) => x !== t.at),
      );
    });
  }
  getCellAfterBreak(): SimRange {
    return this._rangeChild("getCellAfterBreak", [], (t) => ({
      sheet: t.sheet,
      rects: [t.axis === "row" ? { row: t.at, col: 1, rows: 1, cols: 1 } : { row: 1, col: t.at, rows: 1, cols: 1 }],
    }));
  }
}
scalarProps(SimPageBreak, { rowIndex: "read", columnIndex: "read" });
