/** Reading the rows of the discovered tables into the Model (contract §2, §3), with data issues. */
import { wordTable } from "../word-table";
import { cellAddress } from "../a1";
import type {
  AvailabilityKind,
  AvailabilityWindow,
  BudgetLine,
  DataIssue,
  DateOrder,
  Item,
  Material,
  Model,
  ProductionDay,
  Resource,
  ResourceType,
  RuleSet,
  TravelTime,
} from "../model";
import { who } from "../model";
import { ColumnsBuilder, comparableText, placeKeyOf, resolveDependsOn, type DependsOnPositions } from "../columns";
import { ItemIndex } from "../item-index";
import { ItemFields, ItemLists, ItemTable, ParsedItem, cellLayout } from "./parsed-item";
import { withRoom } from "../typed-arrays";
import { remember } from "../memo";
import { applyRuleSetOverride, defaultRuleSets, ruleSetKey } from "../rulesets";
import type { CellValue, FormatHint, RuleSetNumbers, WorkbookSnapshot } from "../snapshot";
import { formatHintKey } from "../number-format";
import { MINUTES_PER_DAY, hhmm, isoDate } from "../time";
import { hasMergeFills, mergeFilledColumns, type FoundTable } from "./discover";
import { headerKey, productionKey, resourceTypeFromText } from "./headers";
import { TokenTable, spanHash } from "./token-table";
import {
  idText,
  isBlank,
  isNoSavedResult,
  isFail,
  parseDate,
  readDateList,
  type DateSpan,
  parseDuration,
  parseEighths,
  parseInstant,
  parseList,
  parseHours,
  parseMinutes,
  parseNumber,
  looksLikeDate,
  parseDays,
  parseMultiplier,
  parseRate,
  parseCount,
  parsePriority,
  parseText,
  trimText,
  otherOrderHint,
  parseTime,
  parseYesNo,
  showValue,
  type DateTimeValue,
  type Instant,
  isWeekdayName,
  isBlankRow,
  dateFromText,
  type Parsed,
  type ValueOptions,
} from "./values";

const EMPTY: string[] = Object.freeze([]) as unknown as string[];
/**
 * The contract's words exactly (§3 names the statuses every rule ignores; any other leaves the strip live): a note
 * after them may reverse them ("Cancelled - reinstated"), "Cut" is no cancellation (a scene cut short is still
 * shot), and a stripboard's bare `OMIT` is not `Omitted`.
 */
const CANCELLED = /^(?:cancell?ed|omitted)$/i;
/** A list cell read: its resources (de-duplicated, in cell order) as positions in b.resources. */
interface ResolvedList {
  positions: number[];
  /** Where the schedule's ItemLists keeps it (-1 until an item uses it). */
  run: number;
  /** Tokens no resource answers to, as written, in cell order (repeats kept). */
  unknown: string[];
}

/** Mutable state while building one model. */
class Builder {
  readonly issues: DataIssue[] = [];
  readonly opts: ValueOptions;
  readonly resources: Resource[] = [];
  readonly resourceByKey = new Map<string, Resource>();
  private readonly byId = new Map<string, Resource>();
  private readonly byName = new Map<string, Resource>();
  private readonly byRole = new Map<string, Resource>();
  private readonly locationByName = new Map<string, Resource>();
  private readonly numberListMemo = new Map<number, ResolvedList>();
  /** Token as written -> position of its resource in `resources`; ~position when made up for an unknown token. */
  private readonly tokenPositions = new TokenTable();
  private readonly locationMemo = new Map<string, Resource | null>();
  /** For union(): unionMark[position] === unionStamp when the position is already in the current union. */
  private unionMark = new Int32Array(1024);
  private unionStamp = 0;
  /** The last union's positions (see union). */
  unionIds = new Int32Array(64);
  /** Reused while reading one list or union; results are copied out at their exact length. */
  private readonly scratch = new ScratchList();
  private readonly idListMemo = new Map<string, string[]>();
  private readonly eighthsMemo = new Map<string, number>();
  ruleSets: Map<string, RuleSet> = defaultRuleSets();

  /** `dayFirst`: read text dates day first (the workbook's culture, or its own dates' evidence). */
  constructor(snapshot: WorkbookSnapshot, dayFirst: boolean) {
    const decimalComma =
      snapshot.decimalSeparator !== undefined
        ? snapshot.decimalSeparator === ","
        : writesDecimalComma(snapshot.culture);
    this.opts = { date1904: !!snapshot.date1904, dayFirst, decimalComma };
  }

  issue(code: string, sheet: string, cell: string | undefined, message: string): void {
    this.issues.push({ code, sheet, ...(cell ? { cell } : {}), message });
  }

  /** Report a value that could not be read; returns undefined so callers can `?? default`. */
  value<T>(p: Parsed<T>, _v: CellValue | undefined, t: FoundTable, row: number, idx: number): T | undefined {
    if (p === null) return undefined;
    if (isFail(p)) {
      const cell = cellAddress(row, t.col + idx);
      this.issue(p.code, t.sheet, cell, `${t.sheet}!${cell}: ${p.reason}`);
      return undefined;
    }
    return p;
  }

  text(t: FoundTable, r: CellValue[], row: number, idx: number): string | undefined {
    if (idx < 0) return undefined;
    const v = r[idx];
    if (v === null || v === undefined) return undefined;
    // Fast path: plain text that cannot be an Excel error.
    if (typeof v === "string" && v.charCodeAt(0) !== 35) {
      const s = trimText(v);
      return s.length ? s : undefined;
    }
    return this.value(parseText(v), v, t, row, idx);
  }

  // ---------- resources ----------

  addResource(res: Resource, t: FoundTable, idx: number): void {
    const prior = this.resourceByKey.get(res.key);
    // A row with a Name only, where one of its type already has that Name and an ID (a series regular listed by ID on
    // one episode's cast list and by name on the next): the same person, not a second one no token could name.
    const named = res.id === undefined && res.name !== undefined ? this.byName.get(nameKey(res.name)) : undefined;
    if (!prior && named && named.id !== undefined && named.type === res.type) {
      const cell = cellAddress(res.row, t.col + Math.max(0, idx));
      this.issue(
        "duplicate-id",
        t.sheet,
        cell,
        `${t.sheet}!${cell}: '${res.name}' is already ID '${named.id}' on ${named.sheet} row ${named.row}; this row is ignored — write the ID here too if it is the same person, or another ID if not`,
      );
      return;
    }
    if (prior) {
      const cell = cellAddress(res.row, t.col + Math.max(0, idx));
      // Another Name under a taken ID is another person (crew numbered 1, 2, 3 beside Cast # 1, 2, 3): kept without
      // the ID, which stays the first's, and found by Name and Role. The same Name, or none, is the same person listed
      // again; so is a Name someone already has (a second list repeating a person kept so).
      const listed = res.name === undefined ? undefined : this.byName.get(nameKey(res.name));
      const anotherPerson =
        res.id !== undefined &&
        prior.name !== undefined &&
        res.name !== undefined &&
        nameKey(prior.name) !== nameKey(res.name) &&
        listed === undefined;
      this.issue(
        "duplicate-id",
        t.sheet,
        cell,
        anotherPerson
          ? `${t.sheet}!${cell}: ID '${res.id}' is already ${prior.name}'s on ${prior.sheet} row ${prior.row}; ${res.name} is read by Name and Role, and '${res.id}' in the schedule means ${prior.name} — give ${res.name} an ID of their own`
          : listed && listed !== prior
            ? `${t.sheet}!${cell}: ID '${res.id}' is already ${prior.name}'s on ${prior.sheet} row ${prior.row}, and ${res.name} is listed on ${listed.sheet} row ${listed.row}; this row is ignored`
            : `${t.sheet}!${cell}: ${res.id ? `ID '${res.id}'` : `the name '${res.name}'`} is already used on ${prior.sheet} row ${prior.row}; this row is ignored — give it its own ID`,
      );
      if (!anotherPerson) return;
      // Their number is someone else's: findings, the DOOD and call sheets name them by Name, as a person without one.
      const name = res.name as string;
      Object.assign(res, { id: undefined, key: `name:${nameKey(name)}`, label: name });
    }
    res.order = this.resources.length;
    this.resources.push(res);
    this.resourceByKey.set(res.key, res);
    this.index(res);
  }

  /** Make a resource findable by its ID, Name and Role (the first one in `resources` order keeps each). */
  private index(res: Resource): void {
    if (res.id !== undefined) setFirst(this.byId, nameKey(res.id), res);
    if (res.name !== undefined) setFirst(this.byName, nameKey(res.name), res);
    if (res.role !== undefined) setFirst(this.byRole, nameKey(res.role), res);
    if (res.type === "location") {
      if (res.name !== undefined) setFirst(this.locationByName, nameKey(res.name), res);
      if (res.id !== undefined) setFirst(this.locationByName, nameKey(res.id), res);
    }
  }

  /**
   * Put the resources read so far in their tables' order (`rank`: a resource's table's place among the sheets; rows
   * keep their order), renumbered and findable again in that order: a Name or Role two people share goes to the first
   * in sheet order, and the DOOD lists the cast so, though tables were read in another order to settle duplicates.
   */
  reorderResources(rank: (res: Resource) => number): void {
    const sorted = this.resources.map((res, k) => ({ res, k })).sort((a, b) => rank(a.res) - rank(b.res) || a.k - b.k);
    if (sorted.every(({ k }, position) => k === position)) return;
    this.byId.clear();
    this.byName.clear();
    this.byRole.clear();
    this.locationByName.clear();
    sorted.forEach(({ res }, position) => {
      this.resources[position] = res;
      res.order = position;
      this.index(res);
    });
  }

  /** What each unknown token most likely meant, for its issue (memoised: a misspelt name repeats down a column). */
  private readonly meant = new Map<string, string | null>();

  /** "; did you mean John Smith (1) for 'Jon Smith'?" for the tokens a close resource is found for, else "". */
  meantText(tokens: readonly string[]): string {
    const hints: string[] = [];
    for (const token of tokens) {
      let hint = this.meant.get(token);
      if (hint === undefined) {
        // Bounded: a free-text column read as a list has thousands of unknown words.
        hint =
          this.meant.size < MEANT_LIMIT ? closestResourceText(this.resources, token, (k) => this.resolve(k)) : null;
        this.meant.set(token, hint);
      }
      if (hint) hints.push(hint);
    }
    return hints.length ? `; ${hints.join("; ")}` : "";
  }

  /** A token -> resource by ID, then Name, then Role (case-insensitive, IDs as text). */
  resolve(token: string): Resource | undefined {
    const k = nameKey(token);
    return this.byId.get(idText(k)) ?? this.byName.get(k) ?? this.byRole.get(k);
  }

  /** A made-up resource for an unknown token; equal tokens share it (a schedule's and an Availability row's). */
  synthetic(token: string): Resource {
    const key = `name:${nameKey(token)}`;
    const existing = this.resourceByKey.get(key);
    if (existing) return existing;
    const res: Resource = {
      key,
      id: undefined,
      name: token,
      label: token,
      type: "other",
      capacity: 1,
      unavailable: [],
      allowDrop: false,
      leadTimeMin: 0,
      order: this.resources.length,
      sheet: "",
      row: 0,
      synthetic: true,
    };
    this.resources.push(res);
    this.resourceByKey.set(key, res);
    return res;
  }

  /** A list cell -> its resources; `memo` shares equal lists of the column. */
  resolveList(v: CellValue, memo: ListMemo): ResolvedList | null {
    if (typeof v === "number") {
      if (!Number.isFinite(v)) return null;
      const hit = this.numberListMemo.get(v);
      if (hit) return hit;
      const text = String(v);
      const unknown = this.readTokens(text);
      const out = this.scratch.length ? this.scratch.copy(unknown) : null;
      if (out) remember(this.numberListMemo, v, out, MEMO_LIMIT);
      return out;
    }
    if (typeof v !== "string") return null;
    const known = memo.byText(v);
    if (known !== undefined) return known;
    const unknown = this.readTokens(v);
    if (!this.scratch.length) return null;
    const out = memo.share(this.scratch, unknown);
    memo.rememberText(v, out);
    return out;
  }

  /**
   * The tokens of a list text (split on , ; / and line breaks, trimmed, empty ones dropped: as splitList)
   * resolved to resources, de-duplicated, into `scratch`; returns the unknown tokens.
   */
  private readTokens(text: string): string[] {
    const list = this.scratch;
    list.clear();
    let unknown: string[] = EMPTY;
    const n = text.length;
    let from = 0;
    for (let k = 0; k <= n; k++) {
      if (k < n && !isListSeparator(text.charCodeAt(k))) continue;
      // The token is text[a, b) trimmed of spaces; other whitespace at its ends needs String.prototype.trim.
      let a = from;
      let b = k;
      from = k + 1;
      while (a < b && text.charCodeAt(a) === 32) a++;
      while (b > a && text.charCodeAt(b - 1) === 32) b--;
      if (a === b) continue;
      let slot: number;
      if (isVisibleAscii(text.charCodeAt(a)) && isVisibleAscii(text.charCodeAt(b - 1))) {
        const hash = spanHash(text, a, b);
        slot = this.tokenPositions.find(text, a, b, hash);
        if (slot < 0) slot = this.addToken(text.slice(a, b), hash);
      } else {
        const token = trimText(text.slice(a, b));
        if (!token) continue;
        const hash = spanHash(token, 0, token.length);
        slot = this.tokenPositions.find(token, 0, token.length, hash);
        if (slot < 0) slot = this.addToken(token, hash);
      }
      let pos = this.tokenPositions.value(slot);
      if (pos < 0) {
        if (unknown === EMPTY) unknown = [];
        unknown.push(this.tokenPositions.token(slot));
        pos = ~pos;
      }
      if (!list.includes(pos)) list.add(pos);
    }
    return unknown;
  }

  /** A token seen for the first time: resolved (position, or ~position of a made-up resource), added; its slot. */
  private addToken(token: string, hash: number): number {
    const res = this.resolve(token);
    const pos = res ? res.order : ~this.synthetic(token).order;
    // Tokens are mostly resource names: room for all of them, and a bound for columns of free text.
    if (this.tokenPositions.size >= MEMO_LIMIT + 2 * this.resources.length) this.tokenPositions.clear();
    return this.tokenPositions.add(token, hash, pos);
  }

  resolveLocation(name: string): Resource | null {
    const hit = this.locationMemo.get(name);
    if (hit !== undefined) return hit;
    const k = nameKey(name);
    const res = this.locationByName.get(k) ?? this.byName.get(k) ?? null;
    remember(this.locationMemo, name, res, MEMO_LIMIT);
    return res;
  }

  /**
   * The positions of every resource of the lists and the location, de-duplicated, in that order, into
   * `unionIds` (reused: valid until the next union); returns how many.
   */
  union(
    cast: ResolvedList | null,
    crew: ResolvedList | null,
    equipment: ResolvedList | null,
    other: ResolvedList | null,
    location: Resource | null,
  ): number {
    this.unionMark = withRoom(this.unionMark, this.resources.length);
    const stamp = ++this.unionStamp;
    let n = 0;
    if (cast) n = this.addToUnion(cast, stamp, n);
    if (crew) n = this.addToUnion(crew, stamp, n);
    if (equipment) n = this.addToUnion(equipment, stamp, n);
    if (other) n = this.addToUnion(other, stamp, n);
    if (location && this.unionMark[location.order] !== stamp) {
      this.unionIds = withRoom(this.unionIds, n + 1);
      this.unionIds[n++] = location.order;
    }
    return n;
  }

  private addToUnion(from: ResolvedList, stamp: number, n: number): number {
    const mark = this.unionMark;
    const { positions } = from;
    this.unionIds = withRoom(this.unionIds, n + positions.length);
    const ids = this.unionIds;
    for (let k = 0; k < positions.length; k++) {
      const pos = positions[k];
      if (mark[pos] === stamp) continue;
      mark[pos] = stamp;
      ids[n++] = pos;
    }
    return n;
  }

  idList(v: CellValue): string[] | null {
    // One ID with no separator (the usual "previous item" link) is not worth memoising: it rarely repeats.
    if (typeof v === "string" && !LIST_SEPARATOR.test(v)) {
      const s = trimText(v);
      return s ? [idText(s)] : null;
    }
    const memoKey = typeof v === "string" ? v : typeof v === "number" ? `\u0000${v}` : null;
    if (memoKey === null) return null;
    const hit = this.idListMemo.get(memoKey);
    if (hit) return hit;
    const tokens = parseList(v);
    if (tokens === null || isFail(tokens)) return null;
    const ids = tokens.map(idText);
    remember(this.idListMemo, memoKey, ids, MEMO_LIMIT);
    return ids;
  }

  /** Pages text repeats ("1 4/8", "3/8"): memoised. */
  eighths(t: FoundTable, r: CellValue[], row: number, idx: number): number | undefined {
    const v = r[idx];
    if (typeof v === "string") {
      const hit = this.eighthsMemo.get(v);
      if (hit !== undefined) return hit;
      const p = parseEighths(v);
      if (typeof p === "number") remember(this.eighthsMemo, v, p, MEMO_LIMIT);
      return this.value(p, v, t, row, idx);
    }
    return this.value(parseEighths(v), v, t, row, idx);
  }
}

const LIST_SEPARATOR = /[,;/\r\n]/;

/** , ; / CR LF: the characters that separate list tokens (LIST_SEPARATOR). */
function isListSeparator(c: number): boolean {
  return c === 44 || c === 59 || c === 47 || c === 13 || c === 10;
}

/** A printable ASCII character: never whitespace. */
function isVisibleAscii(c: number): boolean {
  return c > 32 && c < 127;
}

/**
 * A list of resources being built (positions), reused from row to row; the results are copied out at their
 * exact length (a pushed-to array keeps room for 17 entries, and a million of them add up).
 */
class ScratchList {
  length = 0;
  /** A hash of the positions so far, kept a small integer (the fastest kind of Map key). */
  hash = 0;
  private readonly positions: number[] = [];

  clear(): void {
    this.length = 0;
    this.hash = 0;
  }

  add(position: number): void {
    this.positions[this.length++] = position;
    this.hash = Math.imul(this.hash ^ position, 0x01000193) & 0x3fffffff;
  }

  equals(positions: number[]): boolean {
    if (positions.length !== this.length) return false;
    for (let k = 0; k < this.length; k++) if (this.positions[k] !== positions[k]) return false;
    return true;
  }

  copy(unknown: string[]): ResolvedList {
    return { positions: this.positions.slice(0, this.length), run: -1, unknown };
  }

  /** `target` made a list of these positions (no unknown tokens, not yet stored in ItemLists). */
  copyInto(target: ResolvedList): ResolvedList {
    const out = target.positions;
    out.length = this.length;
    for (let k = 0; k < this.length; k++) out[k] = this.positions[k];
    target.run = -1;
    return target;
  }

  includes(position: number): boolean {
    for (let k = 0; k < this.length; k++) if (this.positions[k] === position) return true;
    return false;
  }
}

/** Memo tables stop growing here (a column of all-different texts would otherwise hold them all). */
const MEMO_LIMIT = 50000;
/** A list memo judges its hit rate over this many lookups. */
const MEMO_WINDOW = 4096;

/**
 * The lists of one column already read, by their resources: equal lists share one ResolvedList (the same
 * cast lists repeat, and a million rows would otherwise hold a million copies). A column whose lists
 * rarely repeat (crew drawn at random) would only fill it with garbage, so after a window with under one
 * hit in eight it rests for 15 windows, then tries again.
 */
class ListMemo {
  /** Hash of the positions -> the last list remembered with that hash. */
  private readonly memo = new Map<number, ResolvedList>();
  /** The list share() hands out while the memos rest (see there). */
  private readonly transient: ResolvedList = { positions: [], run: -1, unknown: [] };
  private lookups = 0;
  private hits = 0;
  private resting = 0;
  /**
   * Cell text -> its list: a text seen before (most cast and equipment cells) costs one hash over its
   * characters, no token scan. Same text, same tokens, same resources: the list (with its unknown tokens)
   * is the same. A TokenTable, not a Map: a lookup compares against a copy of the characters in one typed
   * array instead of another string somewhere in a big heap, and leaves the snapshot's strings untouched.
   */
  private readonly texts = new TokenTable();
  /** The lists of `texts`, by its values. */
  private readonly textLists: ResolvedList[] = [];
  /** The text byText last looked up (null while resting) and its spanHash, for rememberText. */
  private lookedUp: string | null = null;
  private lookedUpHash = 0;
  private textLookups = 0;
  private textHits = 0;
  private textResting = 0;

  /** The list read earlier from this exact text (non-empty), else undefined. */
  byText(text: string): ResolvedList | undefined {
    if (this.textResting > 0) {
      this.textResting--;
      this.lookedUp = null;
      return undefined;
    }
    const hash = spanHash(text, 0, text.length);
    this.lookedUp = text;
    this.lookedUpHash = hash;
    const slot = this.texts.find(text, 0, text.length, hash);
    const hit = slot < 0 ? undefined : this.textLists[this.texts.value(slot)];
    if (hit !== undefined) this.textHits++;
    if (++this.textLookups === MEMO_WINDOW) {
      // Texts that rarely repeat (crew drawn at random) would only fill the table: rest, then try again.
      if (this.textHits * 8 < MEMO_WINDOW) {
        this.textResting = 15 * MEMO_WINDOW;
        this.lookedUp = null;
        this.forgetTexts();
      }
      this.textLookups = this.textHits = 0;
    }
    return hit;
  }

  /** After a byText miss on `text`: remember its list (unless the memo is resting). */
  rememberText(text: string, list: ResolvedList): void {
    if (this.lookedUp !== text) return;
    this.lookedUp = null;
    if (this.textLists.length >= MEMO_LIMIT) this.forgetTexts();
    this.texts.add(text, this.lookedUpHash, this.textLists.length);
    this.textLists.push(list);
  }

  private forgetTexts(): void {
    if (this.textLists.length === 0) return;
    this.texts.clear();
    this.textLists.length = 0;
  }

  /**
   * The remembered list with the scratch list's resources, else a copy of it (remembered). While both memos rest
   * (lists that rarely repeat), nothing will keep the list past its row: it is read into one reused list, valid
   * until this column's next cell, instead of two new objects per cell.
   */
  share(list: ScratchList, unknown: string[]): ResolvedList {
    if (this.resting > 0 || unknown.length) {
      if (this.resting > 0) this.resting--;
      if (this.lookedUp === null && !unknown.length) return list.copyInto(this.transient);
      return list.copy(unknown);
    }
    const hash = list.hash;
    const hit = this.memo.get(hash);
    let out: ResolvedList;
    if (hit && list.equals(hit.positions)) {
      this.hits++;
      out = hit;
    } else {
      out = list.copy(unknown);
      remember(this.memo, hash, out, MEMO_LIMIT);
    }
    if (++this.lookups === MEMO_WINDOW) {
      if (this.hits * 8 < MEMO_WINDOW) {
        this.resting = 15 * MEMO_WINDOW;
        this.memo.clear();
      }
      this.lookups = this.hits = 0;
    }
    return out;
  }
}

/** A name, ID or Role as tokens look it up (comparableText). */
const nameKey = comparableText;

function setFirst<K, V>(m: Map<K, V>, k: K, v: V): void {
  if (!m.has(k)) m.set(k, v);
}

/** The columns whose text dates tell the workbook's date order, per role. */
const DATE_COLUMNS: Partial<Record<string, string[]>> = {
  schedule: ["Date", "Deadline"],
  resources: ["Available From", "Available To", "Unavailable"],
  availability: ["From", "To"],
  materials: ["Needed By", "Delivery"],
};
const SLASH_DATE = /(?:^|[\s,;])(\d{1,2})([/-])(\d{1,2})\2(?:\d{4}|\d{2})\b/g;

/**
 * The date order of text dates like 02/03/2026: the culture's when known (the add-in knows Excel's; the CLI's
 * --culture), else month first (contract §2: "US order unless the workbook's culture says otherwise", and a file
 * carries no culture). The workbook's own dates only decide whether to say so: some that can only be day first
 * (13/03/2026, each a bad-date read month first) and none that can only be month first (03/13/2026) look like a UK
 * schedule typed as text, and the CLI's summary then names --culture en-GB.
 */
function dateOrderOf(snapshot: WorkbookSnapshot, tables: FoundTable[]): DateOrder {
  if (snapshot.culture && snapshot.culture.trim()) return { dayFirst: isDayFirst(snapshot.culture), from: "culture" };
  let dayFirstOnly = 0;
  /** Counts the text's dates that can only be day first; true where one can only be month first (that settles it). */
  const monthFirstIn = (v: CellValue): boolean => {
    if (typeof v !== "string" || v.length < 6) return false;
    SLASH_DATE.lastIndex = 0;
    for (let m = SLASH_DATE.exec(v); m; m = SLASH_DATE.exec(v)) {
      const a = +m[1];
      const b = +m[3];
      if (b > 12 && a <= 12) return true;
      if (a > 12 && a <= 31 && b <= 12) dayFirstOnly++;
    }
    return false;
  };
  const settled: DateOrder = { dayFirst: false, from: "default" };
  for (const t of tables) {
    const names = t.role ? DATE_COLUMNS[t.role] : undefined;
    if (!names) continue;
    for (const name of names) {
      const idx = col(t, name);
      if (idx < 0) continue;
      for (const r of t.rows) if (monthFirstIn(r[idx])) return settled;
    }
    // A stripboard's banners ("DAY 1 - Fri 13/03/2026") date the strips under them: rows without a Date count too.
    const cDate = t.role === "schedule" ? col(t, "Date") : -1;
    if (cDate >= 0)
      for (const r of t.rows) if (isBlank(r[cDate])) for (const v of r) if (monthFirstIn(v)) return settled;
  }
  return { dayFirst: false, from: "default", ...(dayFirstOnly > 0 ? { unsure: true } : {}) };
}

/** Cultures that write dates month first; any other named culture is day first. */
const MONTH_FIRST_CULTURES = new Set([
  "en-us",
  "en-ca",
  "en-ph",
  "es-us",
  "fil-ph",
  "en-as",
  "en-gu",
  "en-um",
  "en-vi",
  "en-pr",
]);

export function isDayFirst(culture: string | undefined): boolean {
  if (!culture || !culture.trim()) return false;
  const c = culture.trim().toLowerCase().replace(/_/g, "-");
  if (c === "en" || c === "invariant") return false;
  return !MONTH_FIRST_CULTURES.has(c);
}

/**
 * Whether a culture writes decimal commas (de-DE, fr-FR, es-ES, pt-BR...): Intl's own number format for it. False for
 * no culture, an unknown one, or where Intl has no locale data.
 */
export function writesDecimalComma(culture: string | undefined): boolean {
  if (!culture || !culture.trim()) return false;
  try {
    const parts = new Intl.NumberFormat(culture.trim().replace(/_/g, "-")).formatToParts(1.5);
    return parts.some((p) => p.type === "decimal" && p.value === ",");
  } catch {
    return false;
  }
}

/**
 * A banner typed in the Date column ("END OF DAY 1") is still a banner; a lone real date is not, nor a lone text
 * shaped like one that reads as none (`2026-13-45`): a date mistyped, which the row's `bad-date` says.
 */
function isLoneDate(r: CellValue[], dateCol: number, opts: ValueOptions): boolean {
  const d = dateCol >= 0 ? r[dateCol] : null;
  if (isBlank(d)) return false;
  if (typeof d === "string" && DATE_SHAPE.test(d)) return true;
  const parsed = parseDate(d, opts);
  return !(parsed === null || isFail(parsed));
}

/** Digits in three groups with one kind of separator between them: a date, read or not (`13/03/2026`, `2026-13-45`). */
const DATE_SHAPE = /^\s*\d{1,4}\s*([-/.])\s*\d{1,2}\s*\1\s*\d{1,4}\s*$/;

/**
 * A blank row, or a stripboard banner or day break ("END OF DAY 1 — 5 4/8 pgs"): one text cell and no
 * Date. A banner is a separator, not a scheduled item, so it is skipped without a data issue. One pass
 * that stops at the second filled cell. Formulas a file reader could not compute (no saved result: a table's
 * totals `SUBTOTAL` written by a library) do not make a row: Excel would show their sums, not a strip.
 */
function isBlankOrBannerRow(r: CellValue[], dateCol: number, opts: ValueOptions): boolean {
  let filled = -1;
  for (let i = 0; i < r.length; i++) {
    const v = r[i];
    if (v === null || v === undefined) continue;
    if (typeof v === "string") {
      // Visible ASCII first: not blank without a trim.
      if (!isVisibleAscii(v.charCodeAt(0)) && isBlank(v)) continue;
    } else if (typeof v === "object" && isNoSavedResult(v)) continue;
    if (filled >= 0) return false;
    filled = i;
  }
  return filled < 0 || (typeof r[filled] === "string" && !isLoneDate(r, dateCol, opts));
}

/**
 * A banner on a row that also carries its day: "LUNCH - 30 min" or "END OF DAY 3" beside a Date or Shoot Day written
 * on every row, or under a Date, Day or Location merged down over the day's strips (a stripboard export). The
 * banner's text, or null when the row is not one. Written day cells make it a banner only with a banner's words
 * (a meal, a move, the end of the day): "Day 3 | Prep" may be a task.
 */
function dayBannerText(
  r: CellValue[],
  cDate: number,
  cDay: number,
  opts: ValueOptions,
  merges: boolean,
): string | null {
  const merged = merges ? mergeFilledColumns(r) : undefined;
  let text: string | null = null;
  let dayWritten = false;
  for (let i = 0; i < r.length; i++) {
    const v = r[i];
    if (isBlank(v) || (typeof v === "object" && v !== null && isNoSavedResult(v)) || merged?.has(i)) continue;
    if (i === cDate || i === cDay) {
      dayWritten = true;
      continue;
    }
    if (text !== null || typeof v !== "string") return null;
    text = v;
  }
  if (text === null) return null;
  if (dayWritten) return IN_DAY_BANNER.test(text) || CLOSING_BANNER.test(text) ? text : null;
  // Only merged-down cells beside it: a banner as on a row of its own (one text that is not a date).
  const asDate = merged ? parseDate(text, opts) : null;
  return merged && (asDate === null || isFail(asDate)) ? text : null;
}

/**
 * Whether a schedule row is no strip: `true` for a blank row or a banner on a row of its own, the banner's text for one
 * beside its day's cells (dayBannerText), null for a strip.
 */
function rowBanner(
  r: CellValue[],
  cDate: number,
  cDay: number,
  opts: ValueOptions,
  merges: boolean,
): true | string | null {
  return isBlankOrBannerRow(r, cDate, opts) ? true : dayBannerText(r, cDate, cDay, opts, merges);
}

const TOTAL_LABEL = /^\s*(?:grand\s+|sub-?\s*)?totals?\b/i;

/**
 * Of a row without a Date: a totals row under a stripboard ("TOTAL PAGES | 12 7/8"), with nothing to schedule
 * (no times, no people, gear or place, no Depends On) and a label saying total. Skipped like a banner: it is
 * a sum of the strips above, not a strip. `busy` are the columns that would make it an item. The label may stand
 * in any column, the Date's or the Call's too, where a stripboard starts with them.
 */
function isTotalsRow(r: CellValue[], busy: number[], cId = -1): boolean {
  // The label leads the row ("TOTAL PAGES", "Grand total:"): a strip "T1 | TOTAL ECLIPSE (VFX plate)" is no sum,
  // and a strip's own ID beside the text ("TOTAL BLACKOUT - city night plate | TB1") makes it a strip.
  const first = r.findIndex((v) => !isBlank(v));
  if (first < 0 || (cId >= 0 && cId !== first && !isBlank(r[cId]))) return false;
  if (!isTotalLabel(r[first])) return false;
  for (const c of busy) if (c !== first && !isBlank(r[c]) && !isNoSavedResult(r[c])) return false;
  return true;
}

/** Whether a cell is a totals label ("TOTAL PAGES", "Grand total:"). */
function isTotalLabel(v: CellValue): boolean {
  return typeof v === "string" && TOTAL_LABEL.test(v);
}

const col = (t: FoundTable, name: string): number => t.match.index.get(name) ?? -1;

// ---------- rules ----------

/** Rules columns: "(h)" columns are lengths of time in hours, so they take the duration forms too (`11:30`, `12.5h`). */
const RULE_COLUMNS: [string, keyof RuleSetNumbers, "days" | "hours" | "minutes" | "multiplier"][] = [
  ["Min Rest (h)", "minRestHours", "hours"],
  ["Max Day (h)", "maxDayHours", "hours"],
  ["Max Consecutive Days", "maxConsecutiveDays", "days"],
  ["Travel Buffer (min)", "travelBufferMin", "minutes"],
  ["OT After (h)", "otAfterHours", "hours"],
  ["OT Rate", "otRate", "multiplier"],
  ["Drop Days", "dropDays", "days"],
];

/**
 * The Rules tables' rows, in sheet order (contract §3: one row per rule set). A name given again (in any case or
 * spacing, in any Rules table) is a `duplicate-id`: the first row counts, as the first Travel row for a direction
 * and the first row of a resource do. A row with limits but no name is a `missing-value`: it names no set.
 */
function readRules(b: Builder, t: FoundTable, firstRows: Map<string, string>): void {
  const cName = col(t, "Rule Set");
  t.rows.forEach((r, i) => {
    if (isBlankRow(r)) return;
    const row = t.firstDataRow + i;
    const name = b.text(t, r, row, cName);
    const nameCell = cellAddress(row, t.col + Math.max(0, cName));
    if (!name) {
      const limits = RULE_COLUMNS.some(([column]) => {
        const c = col(t, column);
        return c >= 0 && !isBlank(r[c]);
      });
      if (limits && cName >= 0 && isBlank(r[cName]))
        b.issue(
          "missing-value",
          t.sheet,
          nameCell,
          `${t.sheet}!${nameCell}: this row has limits but no Rule Set name; it is ignored (name the set the people's Rule Set column gives)`,
        );
      return;
    }
    const key = ruleSetKey(name);
    const first = firstRows.get(key);
    if (first !== undefined) {
      b.issue(
        "duplicate-id",
        t.sheet,
        nameCell,
        `${t.sheet}!${nameCell}: rule set '${name}' is defined again (first at ${first}); this row is ignored, the first counts`,
      );
      return;
    }
    firstRows.set(key, `${t.sheet}!${nameCell}`);
    const numbers: Partial<RuleSetNumbers> = {};
    for (const [column, field, kind] of RULE_COLUMNS) {
      const c = col(t, column);
      if (c < 0) continue;
      const v = r[c];
      const n = b.value(
        kind === "minutes"
          ? parseMinutes(v, hintOf(t, v, row, c))
          : kind === "hours"
            ? parseHours(v, hintOf(t, v, row, c))
            : kind === "days"
              ? parseDays(v, b.opts)
              : parseMultiplier(v, b.opts),
        v,
        t,
        row,
        c,
      );
      if (n !== undefined) numbers[field] = n;
    }
    applyRuleSetOverride(b.ruleSets, name, numbers);
  });
}

// ---------- resources ----------

/**
 * Section headings inside a crew or cast list: a row whose only filled cell is text styled as a heading, either
 * naming a department ("Art Department", "Camera Dept.") or in capitals ("CAMERA", "GRIP & ELECTRIC") in a list
 * whose names are not. Real crew lists group people under such rows; they are labels, not resources, and give
 * the rows below them their Department. Only in a table whose rows mostly fill two cells or more, so a list of
 * bare names is never cut. `nameIdx` is the Name (else ID) column. Row index -> heading without "Department".
 */
function sectionHeadings(t: FoundTable, nameIdx: number): Map<number, string> | null {
  if (nameIdx < 0) return null;
  let rows = 0;
  let fuller = 0;
  let namesWithLower = 0;
  let names = 0;
  const candidates: [number, string][] = [];
  t.rows.forEach((r, i) => {
    let filled = 0;
    let only: CellValue = null;
    for (const v of r) {
      if (isBlank(v)) continue;
      filled++;
      only = v;
    }
    if (filled === 0) return;
    rows++;
    if (filled >= 2) fuller++;
    const name = r[nameIdx];
    // Names are counted on the fuller rows: a heading row is no name, and a list with a heading per person has as
    // many headings as names.
    if (filled >= 2 && typeof name === "string" && /[a-z]/i.test(name)) {
      names++;
      if (/[a-z]/.test(name)) namesWithLower++;
    }
    if (filled === 1 && typeof only === "string" && typeof r[0] === "string" && r[0].trim())
      candidates.push([i, only.trim()]);
  });
  if (candidates.length === 0 || fuller * 2 < rows) return null;
  const namesMixedCase = namesWithLower * 2 > names;
  const headings = new Map<number, string>();
  for (const [i, text] of candidates) {
    // "Art Department", "Camera Dept.": a known department and the word; "Fire Department" may be a resource.
    const department = DEPARTMENT_HEADING.exec(text);
    if (department && isDepartmentName(department[1])) headings.set(i, department[1].trim());
    // "CAMERA", "GRIP & ELECTRIC": department words in capitals, in a list whose names are not ("DEXTER" is a name).
    else if (namesMixedCase && !/[a-z]/.test(text) && isDepartmentName(text)) headings.set(i, text);
  }
  // One such row is as likely a resource named so ("EXTRAS", "Art Department"): a sectioned list has several.
  return headings.size >= 2 ? headings : null;
}

const DEPARTMENT_HEADING = /^(.*?)[\s-]*\b(?:department|dept\.?)\s*:?$/i;

/** The words of a crew or cast list's sections ("GRIP & ELECTRIC", "Hair and Make-up", "PRINCIPAL CAST"). */
const DEPARTMENT_WORDS = new Set(
  (
    "camera grip grips electric electrics lighting sound audio art props property set dec decoration dressing " +
    "construction production office locations location transport transportation hair makeup make-up mua wardrobe " +
    "costume costumes catering craft service services vfx sfx special effects visual stunts accounting casting " +
    "editorial post script supervisor continuity directors director's director assistant ad ads medical safety " +
    "security cast principal principals supporting day players background extras crew video playback dit " +
    "data animals animal wrangling greens scenic paint graphics publicity stills unit"
  ).split(" "),
);

/** Whether every word of a heading is a department word (joined by &, and, /, commas). */
function isDepartmentName(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[\s&/,+]+|\band\b/)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => DEPARTMENT_WORDS.has(w));
}

/** A resource table's column positions (-1: no such column), found once per table. */
function resourceColumns(t: FoundTable) {
  const c = (n: string) => col(t, n);
  return {
    id: c("ID"),
    name: c("Name"),
    type: c("Type"),
    capacity: c("Capacity"),
    unavailable: c("Unavailable"),
    allowDrop: c("Allow Drop"),
    leadTime: c("Lead Time"),
    ruleSet: c("Rule Set"),
    role: c("Role"),
    department: c("Department"),
    availableFrom: c("Available From"),
    availableTo: c("Available To"),
    birthDate: c("Birth Date"),
    dayRate: c("Day Rate"),
    hourlyRate: c("Hourly Rate"),
    account: c("Account"),
    phone: c("Phone"),
    email: c("Email"),
    address: c("Address"),
    nearestHospital: c("Nearest Hospital"),
    hospitalAddress: c("Hospital Address"),
    parking: c("Parking"),
    notes: c("Notes"),
  };
}
type ResourceColumns = ReturnType<typeof resourceColumns>;

function readResources(b: Builder, t: FoundTable): void {
  const cols = resourceColumns(t);
  // Sections group people; an equipment or vehicle list's "VIDEO PLAYBACK" row is a piece of kit.
  const peopleList = t.typeHint === undefined || t.typeHint === "cast" || t.typeHint === "crew";
  const headings =
    t.role === "locations" || !peopleList ? null : sectionHeadings(t, cols.name >= 0 ? cols.name : cols.id);
  let section: string | undefined;
  // A loop calling a function per row (not one closure doing it all): the row's work is compiled as a function of its
  // own, small enough to optimise cheaply.
  for (let i = 0; i < t.rows.length; i++) {
    const r = t.rows[i];
    if (isBlankRow(r)) continue;
    const heading = headings?.get(i);
    if (heading !== undefined) {
      section = heading;
      continue;
    }
    readResourceRow(b, t, cols, r, t.firstDataRow + i, section);
  }
}

/** A resource table's row (Excel row `row`), its department heading above it as `section`. */
function readResourceRow(
  b: Builder,
  t: FoundTable,
  cols: ResourceColumns,
  r: CellValue[],
  row: number,
  section: string | undefined,
): void {
  const rawId = b.text(t, r, row, cols.id);
  const id = rawId !== undefined ? idText(rawId) : undefined;
  const name = b.text(t, r, row, cols.name);
  // A row without an ID and a Name is ignored, but its other cells' problems are still reported (every problem is
  // a data issue). An ID or Name that is an Excel error already is one; a blank pair is a missing value. Without
  // an ID and a Name column the table's missing-column issue says it once, not once per row.
  const nameless = id === undefined && name === undefined;
  if (nameless && cols.id < 0 && cols.name < 0) return;
  if (nameless && (cols.id < 0 || isBlank(r[cols.id])) && (cols.name < 0 || isBlank(r[cols.name]))) {
    const cell = cellAddress(row, t.col + Math.max(0, cols.id >= 0 ? cols.id : cols.name));
    b.issue("missing-value", t.sheet, cell, `${t.sheet}!${cell}: this row has no ID and no Name; it is ignored`);
  }
  // Type from the Type column, else from the table or sheet name (a Locations table: location).
  let type: ResourceType = t.typeHint ?? (t.role === "locations" ? "location" : "other");
  const typeText = b.text(t, r, row, cols.type);
  if (typeText !== undefined) {
    const tt = resourceTypeFromText(typeText);
    if (tt) type = tt;
    else {
      const cell = cellAddress(row, t.col + cols.type);
      b.issue(
        "bad-value",
        t.sheet,
        cell,
        `${t.sheet}!${cell}: '${typeText}' is not a type; use cast, crew, equipment, vehicle, location or other`,
      );
    }
  }
  let capacity =
    cols.capacity < 0
      ? 1
      : (b.value(parseCount(r[cols.capacity], b.opts), r[cols.capacity], t, row, cols.capacity) ?? 1);
  // 0 is a count a coordinator writes for kit not there yet (on order): every booking of it is over Capacity.
  if (capacity < 0) {
    const cell = cellAddress(row, t.col + cols.capacity);
    b.issue("bad-number", t.sheet, cell, `${t.sheet}!${cell}: Capacity ${capacity} is below 0; 1 is used`);
    capacity = 1;
  }
  const unavailable = cols.unavailable < 0 ? undefined : dateListAt(b, t, r, row, cols.unavailable);
  const dropIdx = cols.allowDrop;
  const allowDrop = dropIdx < 0 ? undefined : b.value(parseYesNo(r[dropIdx]), r[dropIdx], t, row, dropIdx);
  const leadIdx = cols.leadTime;
  const lead =
    leadIdx < 0
      ? undefined
      : b.value(parseMinutes(r[leadIdx], hintOf(t, r[leadIdx], row, leadIdx)), r[leadIdx], t, row, leadIdx);
  const ruleSet = b.text(t, r, row, cols.ruleSet);
  if (ruleSet !== undefined && !b.ruleSets.has(ruleSetKey(ruleSet))) {
    const cell = cellAddress(row, t.col + cols.ruleSet);
    const names = [...b.ruleSets.values()].map((s) => s.name).join(", ");
    b.issue(
      "unknown-rule-set",
      t.sheet,
      cell,
      `${t.sheet}!${cell}: '${ruleSet}' is not a known rule set (${names}); add it to the Rules table or fix the name — ${
        type === "cast"
          ? "SAG-AFTRA, the default for cast, applies"
          : type === "crew"
            ? "IATSE, the default for crew, applies"
            : `no rule set applies (${type} has no default)`
      }`,
    );
  }
  // Read before a nameless row is dropped, so their problems are reported too.
  const fields = {
    role: b.text(t, r, row, cols.role),
    department: b.text(t, r, row, cols.department) ?? section,
    availableFrom: dateAt(b, t, r, row, cols.availableFrom),
    availableTo: dateAt(b, t, r, row, cols.availableTo),
    birthDate: dateAt(b, t, r, row, cols.birthDate),
    dayRate: rateAt(b, t, r, row, cols.dayRate, "day"),
    hourlyRate: rateAt(b, t, r, row, cols.hourlyRate, "hour"),
    account: b.text(t, r, row, cols.account),
    phone: b.text(t, r, row, cols.phone),
    email: b.text(t, r, row, cols.email),
    address: b.text(t, r, row, cols.address),
    nearestHospital: b.text(t, r, row, cols.nearestHospital),
    hospitalAddress: b.text(t, r, row, cols.hospitalAddress),
    parking: b.text(t, r, row, cols.parking),
    notes: b.text(t, r, row, cols.notes),
  };
  if (nameless) return;
  const res: Resource = {
    key: id !== undefined ? id.toLowerCase() : `name:${nameKey(name!)}`,
    id,
    name,
    label: id ?? name!,
    type,
    ...fields,
    capacity,
    unavailable: unavailable ?? [],
    ruleSet,
    allowDrop: allowDrop ?? false,
    leadTimeMin: lead ?? 0,
    order: 0,
    sheet: t.sheet,
    row,
  };
  // A duplicate is named at the cell that repeats: the ID, or the Name of a row without one.
  b.addResource(res, t, cols.id >= 0 && (res.id !== undefined || cols.name < 0) ? cols.id : cols.name);
}

/** A number cell of a table (-1: no such column), read as the Builder reads values (bad ones are data issues). */
function numberAt(b: Builder, t: FoundTable, r: CellValue[], row: number, idx: number): number | undefined {
  return idx < 0 ? undefined : b.value(parseNumber(r[idx], b.opts), r[idx], t, row, idx);
}

/** A Day Rate or Hourly Rate cell (-1: no such column), as numberAt, with its unit words (`$650/day`). */
function rateAt(
  b: Builder,
  t: FoundTable,
  r: CellValue[],
  row: number,
  idx: number,
  per: "day" | "hour",
): number | undefined {
  return idx < 0 ? undefined : b.value(parseRate(r[idx], per, b.opts), r[idx], t, row, idx);
}

/** A date cell of a table (-1: no such column), as numberAt. */
function dateAt(b: Builder, t: FoundTable, r: CellValue[], row: number, idx: number): number | undefined {
  return idx < 0 ? undefined : b.value(parseDate(r[idx], b.opts), r[idx], t, row, idx);
}

// ---------- availability ----------

const KINDS = wordTable<AvailabilityKind>({
  unavailable: "unavailable",
  unavail: "unavailable",
  na: "unavailable",
  notavailable: "unavailable",
  blocked: "unavailable",
  dayoff: "day off",
  off: "day off",
  booked: "unavailable",
  busy: "unavailable",
  hold: "hold",
  holdday: "hold",
  onhold: "hold",
  // A pencil (first refusal) on the production's own avails sheet is a soft hold.
  pencil: "hold",
  penciled: "hold",
  pencilled: "hold",
  softhold: "hold",
  firstrefusal: "hold",
  "1strefusal": "hold",
  travel: "travel",
  travelday: "travel",
  traveling: "travel",
  travelling: "travel",
  rehearsal: "rehearsal",
  rehearsals: "rehearsal",
  rehearse: "rehearsal",
  fitting: "fitting",
  fittings: "fitting",
  wardrobe: "fitting",
  wardrobefitting: "fitting",
  costumefitting: "fitting",
});

/**
 * The format hint of a table's number cell, looked up only in a table whose sheet has hints (most have none: then
 * this costs one property test).
 */
function hintOf(t: FoundTable, v: CellValue | undefined, row: number, idx: number): FormatHint | undefined {
  const hints = t.formatHints;
  return hints !== undefined && typeof v === "number" ? hints.get(formatHintKey(row, t.col + idx)) : undefined;
}

/** A date or date-time cell of a table, read with its format hint. */
function instantAt(b: Builder, t: FoundTable, r: CellValue[], row: number, idx: number): Instant | undefined {
  const v = r[idx];
  return b.value(parseInstant(v, b.opts, hintOf(t, v, row, idx)), v, t, row, idx);
}

/** A To that is only a time takes the From's date. */
function instantOrTimeOn(v: CellValue, day: number, b: Builder, hint: FormatHint | undefined): Parsed<Instant> {
  const p = parseInstant(v, b.opts, hint);
  if (!isFail(p)) return p;
  const tm = parseTime(v, b.opts, hint);
  if (typeof tm === "number") return { minutes: day * MINUTES_PER_DAY + tm, dateOnly: false };
  return p;
}

/** An Unavailable cell's dates and ranges: a part that does not read is a data issue, the others still count. */
function dateListAt(b: Builder, t: FoundTable, r: CellValue[], row: number, idx: number): DateSpan[] | undefined {
  const { spans, bad } = readDateList(r[idx], b.opts);
  if (bad) b.value(bad, r[idx], t, row, idx);
  return spans.length ? spans : undefined;
}

/** A date, or a date and time, as a message shows it ("2026-03-02", "2026-03-02 08:00"): not a serial number. */
function instantText(at: Instant): string {
  const day = isoDate(Math.floor(at.minutes / MINUTES_PER_DAY));
  return at.dateOnly ? day : `${day} ${hhmm(at.minutes)}`;
}

function readAvailability(b: Builder, t: FoundTable, out: AvailabilityWindow[]): void {
  const cRes = col(t, "Resource");
  const cFrom = col(t, "From");
  const cTo = col(t, "To");
  const cKind = col(t, "Kind");
  const cNotes = col(t, "Notes");
  t.rows.forEach((r, i) => {
    if (isBlankRow(r)) return;
    const row = t.firstDataRow + i;
    // A row without a Resource is no window; otherwise every cell is read (and its problem reported) before a bad
    // one drops the window.
    if (cRes < 0 || isBlank(r[cRes])) return;
    const who = b.text(t, r, row, cRes);
    let res: Resource | undefined;
    if (who !== undefined) {
      res = b.resolve(idText(who));
      if (!res) {
        const cell = cellAddress(row, t.col + cRes);
        b.issue(
          "unknown-resource",
          t.sheet,
          cell,
          `${t.sheet}!${cell}: '${who}' is not on any resource table (ID, Name or Role); the window still applies where the schedule names '${who}' — add it to Cast, Crew or Equipment`,
        );
        // Contract §3: resolved like a schedule token, so an unknown name is the same made-up resource there.
        res = b.synthetic(who);
      }
    }
    const from = cFrom < 0 ? undefined : instantAt(b, t, r, row, cFrom);
    const fromDay = from ? Math.floor(from.minutes / MINUTES_PER_DAY) : undefined;
    let toMin = fromDay === undefined ? undefined : (fromDay + 1) * MINUTES_PER_DAY;
    let toOk = true;
    if (cTo >= 0 && !isBlank(r[cTo])) {
      const hint = hintOf(t, r[cTo], row, cTo);
      // Without a From a time-only To has no date to take: only a To that is neither is reported.
      const parsed =
        fromDay !== undefined ? instantOrTimeOn(r[cTo], fromDay, b, hint) : instantOrTimeOn(r[cTo], 0, b, hint);
      const to = b.value(parsed, r[cTo], t, row, cTo);
      if (!to) toOk = false;
      else if (from) {
        toMin = to.dateOnly ? to.minutes + MINUTES_PER_DAY : to.minutes;
        // From and To the same midnight (a script's date-times, 3/2 00:00 to 3/2 00:00): that day, not an empty window.
        if (!to.dateOnly && toMin === from.minutes && toMin % MINUTES_PER_DAY === 0) toMin += MINUTES_PER_DAY;
        if (toMin <= from.minutes) {
          const cell = cellAddress(row, t.col + cTo);
          b.issue(
            "bad-date",
            t.sheet,
            cell,
            `${t.sheet}!${cell}: To ${typeof r[cTo] === "number" ? instantText(to) : showValue(r[cTo])} is ${to.minutes < from.minutes ? "before" : "the same time as"} From ${instantText(from)}; this window is ignored`,
          );
          toOk = false;
        }
      }
    }
    let kind: AvailabilityKind = "unavailable";
    const kindText = b.text(t, r, row, cKind);
    if (kindText !== undefined) {
      const k = KINDS[headerKey(kindText)];
      if (k) kind = k;
      else {
        const cell = cellAddress(row, t.col + cKind);
        b.issue(
          "bad-value",
          t.sheet,
          cell,
          `${t.sheet}!${cell}: '${kindText}' is not a kind; use unavailable, day off, hold, travel, rehearsal or fitting — unavailable is used`,
        );
      }
    }
    const notes = b.text(t, r, row, cNotes);
    if (!res || !from || !toOk || toMin === undefined) return;
    out.push({
      resourceKey: res.key,
      from: from.minutes,
      to: toMin,
      kind,
      ...(notes ? { notes } : {}),
      sheet: t.sheet,
      row,
    });
  });
}

// ---------- schedule ----------

interface ScheduleState {
  items: Item[];
  itemById: ItemIndex;
  /** One per schedule table read; each gets the model's columns once they are built. */
  tables: ItemTable[];
  /** Every item's list cells (for the items' cast, crew, equipment and other). */
  lists: ItemLists;
  /** Every item's fields that only the reports read or most rows leave empty. */
  fields: ItemFields;
  hasShootDay: boolean;
  /** The most shoot days a Shoot Day cell states (`Day 21 of 40`), if any does. */
  shootDaysStated?: number;
  columns: ColumnsBuilder;
}

const EMPTY_POSITIONS: number[] = Object.freeze([]) as unknown as number[];

/**
 * `3`, `Day 3`, `Shoot Day 3`, `D3`, `#3`, `Day 3 of 40`, `3/40`: day 3 (of 40 shoot days); after a series' block or
 * episode, before or after (`Block 2 - Day 3`, `Blk 2 Day 3`, `B2 D3`, `Ep 101 Day 3`, `Day 3 (Blk 2)`), its day 3. (`4A`, a
 * split day, is not a number.)
 */
const SHOOT_DAY_TEXT =
  /^(?:(?:block|blk|b|ep(?:isode)?|unit)\s*#?\s*[\w.]+\s*[-–—,:|]?\s*(?:(?:shoot(?:ing)?\s*)?day\s*|d\s*)|(?:(?:shoot(?:ing)?\s*)?day\s*|d\s*|#\s*)?)(\d+)(?:\s*(?:of|\/)\s*(\d+))?(?:\s*[-–—,([]?\s*(?:block|blk|b|ep(?:isode)?|unit)\s*#?\s*[\w.]+\s*[)\]]?)?$/i;

/**
 * A Shoot Day cell's number (a whole number, or text "3" / "Day 3") and the shoot's length it states (`Day 21 of 40`:
 * 40); both undefined where it is neither.
 */
function shootDayOf(v: CellValue | undefined): { day?: number; of?: number } {
  if (typeof v === "number") return Number.isInteger(v) ? { day: v } : {};
  if (typeof v !== "string") return {};
  const m = SHOOT_DAY_TEXT.exec(trimText(v));
  return m ? { day: +m[1], of: m[2] === undefined ? undefined : +m[2] } : {};
}

/**
 * What a coordinator writes in the Shoot Day column on a day that is not a shoot day: a pre-light, a prep or travel
 * day, rehearsals, a scout, a day off. Not a number, and not wrong: no issue (the call sheet is named by its date).
 */
const NOT_A_SHOOT_DAY =
  /^(?:day\s+off|pre[\s-]?light(?:ing)?|prep|travel|rehearsals?|(?:tech[\s-]?)?scout|recce|off|dark|hold|holiday|rest|load[\s-]?(?:in|out)|(?:camera[\s-]?)?tests?|fittings?|wrap|strike|build|rig(?:ging)?|de[\s-]?rig|company\s+move)(?:\s+day)?(?:\s*#?\s*\d+)?$/i;

/**
 * A filled Shoot Day cell that gives no number: the words of a day that is not a shoot day (`Pre-light`), else
 * undefined, and a `bad-number` at the cell unless it is a one-liner's weekday (`Mon`, no day number and not wrong).
 */
function unnumberedShootDay(b: Builder, t: FoundTable, r: CellValue[], row: number, cDay: number): string | undefined {
  // b.text says what an error cell holds (and reports it).
  const txt = b.text(t, r, row, cDay);
  if (txt === undefined) return undefined;
  if (NOT_A_SHOOT_DAY.test(txt.trim())) return txt.trim();
  if (!isWeekdayName(txt)) {
    const cell = cellAddress(row, t.col + cDay);
    b.issue(
      "bad-number",
      t.sheet,
      cell,
      `${t.sheet}!${cell}: ${showValue(r[cDay])} is not a shoot day number; write it like 3`,
    );
  }
  return undefined;
}

/** The date a banner names ("END OF DAY 1 -- Mon, March 2, 2026 -- 2 2/8 Pages", "DAY 2 - Tue 3/3/2026"). */
function bannerDate(text: string, opts: ValueOptions): number | null {
  for (const part of text.split(BANNER_PARTS)) {
    const d = part.trim() ? dateFromText(part.trim(), opts) : null;
    if (d !== null) return d;
  }
  return null;
}

/** For a banner whose date reads only in the other order ("DAY 1 - Fri 13/03/2026" read month first): why. */
function bannerOtherOrder(text: string, opts: ValueOptions): string | null {
  for (const part of text.split(BANNER_PARTS)) {
    const p = part.trim();
    const hint = p ? otherOrderHint(p, opts) : null;
    if (hint) return `the banner's date '${p}' is no date ${hint}`;
  }
  return null;
}

const BANNER_PARTS = /\s+[-–—|]+\s+|\s*[|•]\s*|:\s+/;
const CLOSING_BANNER = /^\s*(?:end\s+of|eod\b)/i;
/** A banner that opens a day: it says "day", or starts with a weekday ("DAY 2 - Tue 3/3/2026", "Tuesday 3 March"). */
const DAY_BANNER = /^\s*(?:(?:shoot(?:ing)?\s+)?day\s*#?\s*\d+\b|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)/i;
/** Banners inside a shoot day. */
const IN_DAY_BANNER = /^\s*(?:lunch|(?:(?:second|2nd)\s+)?meal|break|dinner|breakfast|company\s+move|unit\s+move)\b/i;

/**
 * Dates for strips whose Date cell is blank, where the stripboard says them another way (contract silent; a
 * coordinator writes a day's date once): the date of the other strips with the same Shoot Day (when they agree),
 * else the date in the banner that opens the strip's day ("DAY 2 -- Tue, March 3, 2026") or, as Movie Magic's
 * one-liner prints it, in the "END OF DAY 1 -- Mon, March 2, 2026" banner that closes it. Row index -> day serial;
 * null when every row has its Date (one look at each Date cell).
 */
function impliedDates(
  rows: CellValue[][],
  cDate: number,
  cDay: number,
  busy: number[],
  opts: ValueOptions,
  cId: number,
  /** Banners whose date reads only in the other order: row index, column, reason (a bad-date at that cell). */
  misread: [number, number, string][],
): Map<number, number> | null {
  if (cDate < 0) return null;
  let any = false;
  for (let i = 0; i < rows.length && !any; i++) any = isBlank(rows[i][cDate]) && !isBlankRow(rows[i]);
  if (!any) return null;
  const merges = hasMergeFills(rows);
  const dayDates = new Map<number, number | null>();
  const undated: number[] = [];
  /** Per row: the date of the banner opening its stretch, and of the banner closing it. */
  const opening = new Map<number, number>();
  const closing = new Map<number, number>();
  let open: number | null = null;
  let waiting: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const banner = rowBanner(r, cDate, cDay, opts, merges);
    if (banner !== null) {
      const text = banner === true ? r.find((v) => typeof v === "string" && v.trim() !== "") : banner;
      if (typeof text !== "string") continue;
      const d = bannerDate(text, opts);
      if (d === null) {
        const why = bannerOtherOrder(text, opts);
        if (why) misread.push([i, r.indexOf(text), why]);
      }
      if (CLOSING_BANNER.test(text)) {
        if (d !== null) for (const k of waiting) closing.set(k, d);
        open = null;
        waiting = [];
      } else if (d !== null && DAY_BANNER.test(text)) {
        open = d;
        waiting = [];
      } else if (!IN_DAY_BANNER.test(text)) {
        // Anything else ("BONEYARD", "Pink revision: 3/4/2026") ends what came before: no date carries past it.
        open = null;
        waiting = [];
      }
      // "LUNCH", "COMPANY MOVE" are inside a day: the day goes on.
      continue;
    }
    const day = cDay >= 0 ? shootDayOf(r[cDay]).day : undefined;
    const v = r[cDate];
    if ((isBlank(v) || isTotalLabel(v)) && isTotalsRow(r, busy, cId)) continue;
    if (isBlank(v)) {
      undated.push(i);
      waiting.push(i);
      if (open !== null) opening.set(i, open);
      continue;
    }
    if (day === undefined) continue;
    const p = parseDate(v, opts);
    const d = p === null || isFail(p) ? null : p;
    const known = dayDates.get(day);
    // Strips of one Shoot Day on two dates say nothing about a third.
    if (known === undefined) dayDates.set(day, d);
    else if (known !== d) dayDates.set(day, null);
  }
  const out = new Map<number, number>();
  for (const i of undated) {
    const day = cDay >= 0 ? shootDayOf(rows[i][cDay]).day : undefined;
    const d = (day !== undefined ? dayDates.get(day) : undefined) ?? opening.get(i) ?? closing.get(i);
    if (d !== undefined && d !== null) out.set(i, d);
  }
  return out.size ? out : null;
}

function readSchedule(b: Builder, t: FoundTable, s: ScheduleState): void {
  const c = (n: string) => col(t, n);
  const cId = c("ID");
  const cDate = c("Date");
  const cDay = c("Shoot Day");
  const cStart = c("Start");
  const cEnd = c("End");
  const cDur = c("Duration");
  const cScene = c("Scene");
  const cDesc = c("Description");
  const cSet = c("Set");
  const cIe = c("I/E");
  const cDn = c("D/N");
  const cPages = c("Pages");
  const cLoc = c("Location");
  const cCast = c("Cast");
  const cCrew = c("Crew");
  const cEquip = c("Equipment");
  const cRes = c("Resources");
  const cPri = c("Priority");
  const cDeadline = c("Deadline");
  const cDeps = c("Depends On");
  const cStatus = c("Status");
  const cNotes = c("Notes");
  const table = new ItemTable(t.sheet, cellLayout(t.match.index, t.col), s.lists, s.fields, b.resources);
  s.tables.push(table);
  const opts = b.opts;
  const rows = t.rows;
  const castMemo = new ListMemo();
  const crewMemo = new ListMemo();
  const equipmentMemo = new ListMemo();
  const otherMemo = new ListMemo();

  const busy = [cStart, cEnd, cDur, cLoc, cCast, cCrew, cEquip, cRes, cDeps].filter((c) => c >= 0);
  const misread: [number, number, string][] = [];
  const implied = impliedDates(rows, cDate, cDay, busy, opts, cId, misread);
  for (const [i, c, why] of misread) {
    const cell = cellAddress(t.firstDataRow + i, t.col + c);
    b.issue("bad-date", t.sheet, cell, `${t.sheet}!${cell}: ${why}; the strips under it have no Date from it`);
  }
  /** Whether a strip above had a Date: a blank one below it is likely a day's date written once. */
  let datedAbove = false;
  const merges = hasMergeFills(rows);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (rowBanner(r, cDate, cDay, opts, merges) !== null) continue;
    // Most rows have a Date: the totals test reads the rest only for rows without one.
    if ((cDate < 0 || isBlank(r[cDate]) || isTotalLabel(r[cDate])) && isTotalsRow(r, busy, cId)) continue;
    const row = t.firstDataRow + i;

    const rawId = b.text(t, r, row, cId);
    // Without an ID the id is row:N (contract §3); a second schedule sheet names its sheet to stay unique,
    // and a table beside another on one sheet (same rows) its first column.
    const id = rawId !== undefined ? idText(rawId) : rowId(s.itemById, t, row);

    let date: number | null = null;
    if (cDate >= 0) {
      const v = r[cDate];
      date =
        typeof v === "number" && !opts.date1904 && v >= 1 && v < 2958466
          ? Math.floor(v)
          : (b.value(parseDate(v, opts), v, t, row, cDate) ?? implied?.get(i) ?? null);
    }

    let shootDay: number | undefined;
    let dayLabel: string | undefined;
    if (cDay >= 0) {
      const v = r[cDay];
      const stated = shootDayOf(v);
      shootDay = stated.day;
      if (shootDay === undefined && !isBlank(v)) dayLabel = unnumberedShootDay(b, t, r, row, cDay);
      if (shootDay !== undefined) s.hasShootDay = true;
      if (stated.of !== undefined) s.shootDaysStated = Math.max(s.shootDaysStated ?? 0, stated.of);
    }

    // Times: a time alone takes the row's Date; a date-time keeps its own date.
    const startT = cStart < 0 ? undefined : timeValue(b, t, r, row, cStart);
    const endT = cEnd < 0 ? undefined : timeValue(b, t, r, row, cEnd);
    const durationMin =
      cDur < 0 ? undefined : b.value(parseDuration(r[cDur], hintOf(t, r[cDur], row, cDur)), r[cDur], t, row, cDur);
    // A row without a readable Date is not checked, whatever date its Start or End carries: the Date is the item's
    // (contract §3: required; §5 dates every finding by it), and a Start's own date would check a row whose Date
    // cell the user sees as blank or wrong (it is a bad-date or missing-value issue instead).
    // Without a Date column the table's missing-column issue says it once, not once per row.
    if (date === null && (startT !== undefined || endT !== undefined) && cDate >= 0 && isBlank(r[cDate])) {
      const cell = cellAddress(row, t.col + cDate);
      b.issue(
        "missing-value",
        t.sheet,
        cell,
        `${t.sheet}!${cell}: this row has times but no Date; add the Date so it can be checked` +
          (datedAbove
            ? " (a date written once on a day's first strip is not carried down: fill it down, or add a Shoot Day column)"
            : ""),
      );
    }
    if (date !== null) datedAbove = true;
    let start = absolute(startT, date);
    let end = absolute(endT, date);
    let callOnly: number | undefined;
    if (start !== undefined && end !== undefined) {
      if (end < start) {
        // Contract §2: an End earlier than its Start on the same date ends on the next day (a night shoot), whether
        // the End is a time or a date-time on the Start's date; a time alone may also reach past a Start after
        // midnight. An End dated before the Start's date is wrong.
        const sameDate = Math.floor(end / MINUTES_PER_DAY) === Math.floor(start / MINUTES_PER_DAY);
        if ((typeof endT === "number" || sameDate) && end + MINUTES_PER_DAY >= start)
          end += MINUTES_PER_DAY; // a night shoot
        else {
          const cell = cellAddress(row, t.col + cEnd);
          b.issue(
            "bad-time",
            t.sheet,
            cell,
            `${t.sheet}!${cell}: End ${shownTime(r[cEnd], end)} is before Start ${shownTime(r[cStart], start)}; the row is checked by date only`,
          );
          callOnly = start;
          start = undefined;
          end = undefined;
        }
      }
    }
    // A Duration stands in for a blank End or Start, never for one the user wrote and the tool could not read
    // (that cell is a bad-time issue, and the row is checked by date only).
    else if (start !== undefined && durationMin !== undefined && (cEnd < 0 || isBlank(r[cEnd])))
      end = start + durationMin;
    else if (end !== undefined && durationMin !== undefined && (cStart < 0 || isBlank(r[cStart])))
      start = end - durationMin;
    else if (start !== undefined) {
      callOnly = start;
      start = undefined;
    } else end = undefined;

    const eighths = cPages < 0 ? undefined : b.eighths(t, r, row, cPages);
    const priority = cPri < 0 ? undefined : b.value(parsePriority(r[cPri]), r[cPri], t, row, cPri);

    let deadline: number | undefined;
    let deadlineDateOnly: boolean | undefined;
    if (cDeadline >= 0 && !isBlank(r[cDeadline])) {
      const hint = hintOf(t, r[cDeadline], row, cDeadline);
      const d = b.value(
        date !== null ? instantOrTimeOn(r[cDeadline], date, b, hint) : parseInstant(r[cDeadline], opts, hint),
        r[cDeadline],
        t,
        row,
        cDeadline,
      );
      if (d) {
        deadlineDateOnly = d.dateOnly;
        deadline = d.dateOnly ? d.minutes + MINUTES_PER_DAY : d.minutes;
      }
    }

    const castList = listOf(b, t, r, row, cCast, castMemo);
    const crewList = listOf(b, t, r, row, cCrew, crewMemo);
    const equipmentList = listOf(b, t, r, row, cEquip, equipmentMemo);
    const otherList = listOf(b, t, r, row, cRes, otherMemo);
    const location = b.text(t, r, row, cLoc);
    const locRes = location !== undefined ? b.resolveLocation(location) : null;

    // Every resource of the item, de-duplicated; a single list is used as it is.
    let positions: ArrayLike<number>;
    let count: number;
    const single = locRes ? null : (castList ?? crewList ?? equipmentList ?? otherList);
    const lists = (castList ? 1 : 0) + (crewList ? 1 : 0) + (equipmentList ? 1 : 0) + (otherList ? 1 : 0);
    if (!locRes && lists === 0) {
      positions = EMPTY_POSITIONS;
      count = 0;
    } else if (single && lists === 1) {
      positions = single.positions;
      count = positions.length;
    } else {
      count = b.union(castList, crewList, equipmentList, otherList, locRes);
      positions = b.unionIds;
    }

    let dependsOn: string[] = EMPTY;
    if (cDeps >= 0) {
      const v = r[cDeps];
      if (!isBlank(v)) {
        const txt = b.text(t, r, row, cDeps);
        if (txt !== undefined) dependsOn = b.idList(v) ?? EMPTY;
      }
    }
    const status = b.text(t, r, row, cStatus);

    const item = new ParsedItem(table);
    item.id = id;
    item.index = s.items.length;
    item.row = row;
    item.date = date;
    item.start = start;
    item.end = end;
    item.timed = start !== undefined && end !== undefined;
    item.cancelled = status !== undefined && CANCELLED.test(status);
    // The rest live in ItemFields, which keeps a column from its first value on.
    item.callOnly = callOnly;
    item.durationMin = durationMin;
    item.shootDay = shootDay;
    if (dayLabel !== undefined) item.dayLabel = dayLabel;
    item.scene = b.text(t, r, row, cScene);
    item.description = b.text(t, r, row, cDesc);
    item.set = b.text(t, r, row, cSet);
    item.ie = b.text(t, r, row, cIe);
    item.dn = b.text(t, r, row, cDn);
    item.eighths = eighths;
    item.location = location;
    item.locationKey = locRes?.key;
    item.priority = priority;
    item.deadline = deadline;
    item.deadlineDateOnly = deadlineDateOnly;
    item.dependsOn = dependsOn;
    item.status = status;
    item.notes = b.text(t, r, row, cNotes);
    s.items.push(item);
    s.columns.add(item, positions, count);
    s.lists.add(castList, crewList, equipmentList, otherList);
    const prior = s.itemById.addFirst(item);
    if (prior !== item) {
      const cell = cellAddress(row, t.col + Math.max(0, cId));
      b.issue(
        "duplicate-id",
        t.sheet,
        cell,
        `${t.sheet}!${cell}: ID '${id}' is also on ${prior.sheet} row ${prior.row}; give each row its own ID (Depends On and Needed For use the first)`,
      );
    }
  }
}

/** A made-up ID for a row without one that no other item holds yet. */
function rowId(itemById: ItemIndex, t: FoundTable, row: number): string {
  if (!itemById.has(`row:${row}`)) return `row:${row}`;
  if (!itemById.has(`${t.sheet}!row:${row}`)) return `${t.sheet}!row:${row}`;
  return `${t.sheet}!${cellAddress(row, t.col)}`;
}

function timeValue(
  b: Builder,
  t: FoundTable,
  r: CellValue[],
  row: number,
  idx: number,
): number | DateTimeValue | undefined {
  const v = r[idx];
  // Fast path: a plain time fraction.
  if (typeof v === "number" && v >= 0 && v < 1) return Math.round(v * MINUTES_PER_DAY);
  // Only exactly 1 reads differently with a hint (24:00, not 01:00): no lookup for any other value.
  return b.value(parseTime(v, b.opts, v === 1 ? hintOf(t, v, row, idx) : undefined), v, t, row, idx);
}

/** A time cell as a message quotes it: text as written, a number (a serial) as the date and time it holds. */
function shownTime(v: CellValue, minutes: number): string {
  return typeof v === "number" ? `'${instantText({ minutes, dateOnly: false })}'` : showValue(v);
}

function absolute(tv: number | DateTimeValue | undefined, date: number | null): number | undefined {
  if (tv === undefined) return undefined;
  if (typeof tv === "object") return tv.day * MINUTES_PER_DAY + tv.minute;
  return date === null ? undefined : date * MINUTES_PER_DAY + tv;
}

/** A list cell's resources (null when none), with its data issues. */
function listOf(
  b: Builder,
  t: FoundTable,
  r: CellValue[],
  row: number,
  idx: number,
  memo: ListMemo,
): ResolvedList | null {
  if (idx < 0) return null;
  const v = r[idx];
  if (v === null || v === undefined || v === "") return null;
  // Error values arrive as strings from Office.js ("#N/A") and as {error} objects from ExcelJS.
  if (typeof v === "object" || (typeof v === "string" && v.charCodeAt(0) === 35)) {
    const err = b.value(parseText(v), v, t, row, idx);
    if (err === undefined) return null;
  }
  const res = b.resolveList(v, memo);
  if (!res) return null;
  if (res.unknown.length) {
    const cell = cellAddress(row, t.col + idx);
    const list = res.unknown.map((u) => `'${u}'`).join(", ");
    b.issue(
      "unknown-resource",
      t.sheet,
      cell,
      typeof v === "number" && looksLikeDate(v)
        ? `${t.sheet}!${cell}: ${list} is not on any resource table, and reads as the date ${isoDate(v)}: Excel turns ` +
            `numbers typed like ${typedAs(v, b.opts.dayFirst === true)} into dates. Format the cell as Text and type the list again — still checked for double booking`
        : `${t.sheet}!${cell}: ${list} ${res.unknown.length > 1 ? "are" : "is"} not on any resource table (by ID, Name or Role)${b.meantText(res.unknown)}${
            // A range of cast numbers, or someone written in quotes or by Email, is not someone to add: the hint says
            // how to write it.
            res.unknown.every(
              (u) => numberRange(u, (k) => b.resolve(k)) || writtenOtherwise(b.resources, u, (k) => b.resolve(k)),
            )
              ? ""
              : `; add ${res.unknown.length > 1 ? "them" : "it"} to Cast, Crew or Equipment`
          }${wholeCellHint(b, v)} — still checked for double booking`,
    );
  }
  return res;
}

/**
 * "1-3" where 1 and 3 are cast numbers: the contract does not expand ranges of cast numbers, so it says how to write
 * the list ("write '1, 2, 3'"). Null for any other token.
 */
function numberRange(token: string, resolve: (text: string) => Resource | undefined): string | null {
  const m = /^(\d+)\s*[-\u2013]\s*(\d+)$/.exec(token.trim());
  if (!m || !resolve(m[1]) || !resolve(m[2])) return null;
  const from = Number(m[1]);
  const to = Number(m[2]);
  const listed =
    to > from && to - from <= 20
      ? Array.from({ length: to - from + 1 }, (_, k) => String(from + k)).join(", ")
      : `${m[1]}, ..., ${m[2]}`;
  return `a range of cast numbers is not expanded in a list: write '${listed}'`;
}

/**
 * A resource written another way than by ID, Name or Role, so the token is unknown (contract §3) but who it means is
 * certain: in quotes (`"Ann"`, as Airtable writes a linked record) or by their Email. What to write instead, else null.
 */
function writtenOtherwise(
  resources: readonly Resource[],
  token: string,
  resolve: (text: string) => Resource | undefined,
): string | null {
  const unquoted = /^["'\u201c\u2018](.+)["'\u201d\u2019]$/.exec(token)?.[1]?.trim();
  const quoted = unquoted ? resolve(unquoted) : undefined;
  if (quoted) return `quotes are read as part of a name: write ${who(quoted)} as '${unquoted}'`;
  const numbered = numberWrittenOtherwise(token, resolve);
  if (numbered) return numbered;
  if (!token.includes("@")) return null;
  // An Email in quotes too.
  const key = (unquoted ?? token).trim().toLowerCase();
  const owner = resources.find((r) => !r.synthetic && r.email?.trim().toLowerCase() === key);
  return owner ? `'${token}' is the Email of ${who(owner)}: write their ID or Name` : null;
}

/**
 * A cast number written with more than the number, as one-liners and call sheets print it: its sign (`#1`, `No. 1`),
 * a leading zero (`01`), a trailing dot (`1.`), or beside the person's Name or Character (`1.ANA`, `1 - Ana Lee`,
 * `ANA (1)`). The contract resolves the whole token, so it names nobody; who it means is certain when the number is an
 * ID and the words, if any, name the same person. What to write instead, else null.
 */
function numberWrittenOtherwise(token: string, resolve: (text: string) => Resource | undefined): string | null {
  const t = token.trim();
  const signed = /^(?:#|no\.?\s*)\s*(\d+)$/i.exec(t) ?? /^0+(\d+)$/.exec(t) ?? /^(\d+)\.$/.exec(t);
  const bare = signed?.[1];
  if (bare !== undefined) {
    const r = resolve(bare);
    return r ? `write ${who(r)} as '${bare}'` : null;
  }
  const m = /^(\d+)\s*[.:)\-\u2013]\s*(\S.*)$/.exec(t) ?? /^(\D.*?)\s*\((\d+)\)$/.exec(t);
  if (!m) return null;
  const [number, words] = /^\d/.test(m[1]) ? [m[1], m[2]] : [m[2], m[1]];
  const r = resolve(number);
  if (!r || resolve(words) !== r) return null;
  return `a number and a name together name no one: write ${who(r)} as '${number}'`;
}

/** How many distinct unknown tokens get a "did you mean" search. */
const MEANT_LIMIT = 500;

/**
 * What an unknown token most likely meant: names joined with `&` or `and` (not list separators), a first name that one
 * person has ("ben" for Ben Ortiz), or a Name or ID one or two letters off ("Jon Smith" for John Smith). Null if none.
 */
function closestResourceText(
  resources: readonly Resource[],
  token: string,
  resolve: (text: string) => Resource | undefined,
): string | null {
  const range = numberRange(token, resolve);
  if (range) return range;
  const otherwise = writtenOtherwise(resources, token, resolve);
  if (otherwise) return otherwise;
  const parts = token.split(/\s*&\s*|\s+and\s+/i).filter(Boolean);
  if (parts.length > 1 && parts.every((p) => resolve(p)))
    return `'&' and 'and' do not separate names in a list: write '${parts.join(", ")}'`;
  const key = nameKey(token);
  const real = resources.filter((r) => !r.synthetic);
  const byFirstName = real.filter((r) => r.name !== undefined && nameKey(r.name).split(/\s+/)[0] === key);
  if (byFirstName.length === 1) return `did you mean ${who(byFirstName[0])} for '${token}'?`;
  if (key.length < 4) return null;
  const most = key.length >= 8 ? 2 : 1;
  let best: Resource | undefined;
  let bestDistance = most + 1;
  let tied = false;
  for (const r of real) {
    for (const text of [r.name, r.id]) {
      if (text === undefined) continue;
      const d = editDistance(key, nameKey(text), most + 1);
      if (d > most) continue;
      if (d < bestDistance) {
        best = r;
        bestDistance = d;
        tied = false;
      } else if (d === bestDistance && best !== r) tied = true;
    }
  }
  return best && !tied ? `did you mean ${who(best)} for '${token}'?` : null;
}

/** Levenshtein distance of a and b, or `cap` as soon as it is sure to be at least that. */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin >= cap) return cap;
    previous = current;
  }
  return Math.min(previous[b.length], cap);
}

/**
 * A part of a list cell that the contract splits on its `/` but that names one resource whole: "Hair/Makeup", the
 * Position of someone on the Crew sheet, is two names to the contract. Says whose it is, so the cell can name them.
 */
function wholeCellHint(b: Builder, v: CellValue): string {
  if (typeof v !== "string" || !v.includes("/")) return "";
  for (const part of v.split(/[,;\r\n]+/)) {
    const text = part.trim();
    if (!text.includes("/")) continue;
    const whole = b.resolve(text);
    if (!whole || whole.synthetic) continue;
    const field =
      nameKey(whole.name ?? "") === nameKey(text)
        ? "Name"
        : nameKey(whole.role ?? "") === nameKey(text)
          ? "Role"
          : "ID";
    const names = [...new Set([whole.id, whole.name].filter((n): n is string => !!n))].join(" or ");
    return `; '${text}' is the ${field} of ${whole.label} on ${whole.sheet}, but '/' separates names in a list: write ${names}`;
  }
  return "";
}

/** What was likely typed for a date serial: `1/4` for 4 January (`4/1` where dates are day first). */
function typedAs(day: number, dayFirst: boolean): string {
  const [, m, d] = isoDate(day).split("-").map(Number);
  return dayFirst ? `${d}/${m}` : `${m}/${d}`;
}

// ---------- dependencies ----------

function checkDependencies(
  b: Builder,
  items: Item[],
  itemById: ReadonlyMap<string, Item>,
  depsCol: (item: Item) => string | undefined,
): DependsOnPositions {
  // Each ID looked up once here; the rules and priorities read the positions.
  const resolved = resolveDependsOn(items, itemById);
  const { predStart, predIds } = resolved;
  let byScene: Map<string, Item | null> | undefined;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    // One issue per Depends On cell, naming each unknown ID once (as unknown-resource is one per cell).
    let unknown: string[] | undefined;
    for (let k = predStart[i]; k < predStart[i + 1]; k++) {
      if (predIds[k] >= 0) continue;
      const dep = item.dependsOn[k - predStart[i]];
      if (!unknown?.includes(dep)) (unknown ??= []).push(dep);
    }
    if (!unknown) continue;
    // Depends On names IDs only (contract §3, §6). People without an ID column write scenes: the message says
    // which ID that scene's strip has, and the link stays unknown rather than guessed.
    byScene ??= sceneIndex(items);
    const cell = depsCol(item);
    b.issue(
      "unknown-dependency",
      item.sheet,
      cell,
      `${item.sheet}!${cell ?? `row ${item.row}`}: Depends On ${notIdsText(unknown, byScene, itemById)}`,
    );
  }
  for (const cycle of findCycles(items, resolved)) {
    const first = cycle[0];
    const cell = depsCol(first);
    const ids = cycle.map((i) => i.id);
    b.issue(
      "dependency-cycle",
      first.sheet,
      cell,
      `${first.sheet}!${cell ?? `row ${first.row}`}: these items depend on each other in a circle: ${[...ids, ids[0]].join(" → ")}; remove one of the Depends On links`,
    );
  }
  return resolved;
}

/**
 * "names '12', which is not an ID in the schedule; Scene 12 is row:2 — write that ID, or add an ID column": IDs that name
 * no item, with the ID of the strip whose Scene each one is (people without an ID column write scenes; the link stays
 * unknown rather than guessed, contract §3 and §6).
 */
function notIdsText(unknown: string[], byScene: Map<string, Item | null>, itemById: ReadonlyMap<string, Item>): string {
  const hints = unknown.flatMap((id) => {
    const scene = byScene.get(id.toLowerCase());
    return scene ? [`Scene ${scene.scene} is ${scene.id}`] : [];
  });
  const links = unknown.flatMap((id) => {
    const link = plannerLink(id, itemById);
    return link ? [`'${id}' is ${link}`] : [];
  });
  const named = unknown.map((id) => `'${id}'`).join(", ");
  return (
    `names ${named}, which ${unknown.length > 1 ? "are not IDs" : "is not an ID"} in the schedule` +
    (hints.length
      ? `; ${hints.join(", ")} — write ${hints.length > 1 ? "those IDs" : "that ID"}, or add an ID column`
      : "") +
    (links.length ? `; ${links.join("; ")}` : "")
  );
}

/**
 * What a Depends On entry that is an ID with more than the ID says: a project planner's link with its type and lag
 * (`3FS+2 days`, `3SS`, `WO-1 (FS)`, as MS Project exports Predecessors) or a number sign (`#3`), and what to write
 * instead. Undefined when the ID part names no item either.
 */
function plannerLink(entry: string, itemById: ReadonlyMap<string, Item>): string | undefined {
  const t = entry.trim();
  if (t.length > 40) return undefined;
  // The ID runs into the type only after a digit (`3FS`), else it stands apart (`WO-1 FS`, `WO-1 (FS)`): `PRESS` is no
  // link to `PRE`. No spaces inside the ID part, so a long sentence cannot make the match backtrack.
  const m =
    /^(\S*\d)\s*(?:FS|SS|FF|SF)(?:\s*[+-]\s*\d+(?:\.\d+)?\s*[a-z]*)?$/i.exec(t) ??
    /^(\S+)\s+\(?(?:FS|SS|FF|SF)\)?(?:\s*[+-]\s*\d+(?:\.\d+)?\s*[a-z]*)?$/i.exec(t);
  const id = m?.[1] ?? /^#\s*(\S+)$/.exec(t)?.[1];
  if (id === undefined || !itemById.has(id)) return undefined;
  return m
    ? `a planner's link to ${id}: write '${id}' (a Depends On link is finish-to-start, without lag)`
    : `${id} with a number sign: write '${id}'`;
}

function sceneIndex(items: Item[]): Map<string, Item | null> {
  const m = new Map<string, Item | null>();
  for (const it of items) {
    if (it.scene === undefined) continue;
    const k = it.scene.toLowerCase();
    m.set(k, m.has(k) ? null : it);
  }
  return m;
}

/**
 * Strongly connected components with more than one item, or an item depending on itself (Tarjan,
 * iterative so a million items cannot overflow the stack). Each cycle is listed in schedule order. The walk
 * keeps its stacks in typed arrays (a frame is an item and the next of its Depends On positions to follow).
 */
export function findCycles(items: Item[], dependsOn: DependsOnPositions): Item[][] {
  const { predStart, predIds } = dependsOn;
  const n = items.length;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  let top = 0;
  const frameItem = new Int32Array(n);
  const frameNext = new Int32Array(n);
  let depth = 0;
  const cycles: Item[][] = [];
  let counter = 0;
  const enter = (v: number) => {
    order[v] = low[v] = counter++;
    stack[top++] = v;
    onStack[v] = 1;
    frameItem[depth] = v;
    frameNext[depth++] = predStart[v];
  };
  for (let root = 0; root < n; root++) {
    // An item without Depends On is a component of its own, never a cycle.
    if (order[root] !== -1 || predStart[root] === predStart[root + 1]) continue;
    enter(root);
    while (depth > 0) {
      const v = frameItem[depth - 1];
      const next = frameNext[depth - 1];
      if (next < predStart[v + 1]) {
        frameNext[depth - 1] = next + 1;
        const w = predIds[next];
        if (w < 0) continue;
        if (order[w] === -1) enter(w);
        else if (onStack[w]) low[v] = Math.min(low[v], order[w]);
        continue;
      }
      depth--;
      if (depth > 0) {
        const parent = frameItem[depth - 1];
        low[parent] = Math.min(low[parent], low[v]);
      }
      if (low[v] !== order[v]) continue;
      const component: number[] = [];
      let w: number;
      do {
        w = stack[--top];
        onStack[w] = 0;
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || dependsOnItself(v, dependsOn))
        cycles.push(component.sort((x, y) => x - y).map((k) => items[k]));
    }
  }
  return cycles.sort((x, y) => x[0].index - y[0].index);
}

/** Whether item v lists itself in its Depends On. */
function dependsOnItself(v: number, { predStart, predIds }: DependsOnPositions): boolean {
  for (let k = predStart[v]; k < predStart[v + 1]; k++) if (predIds[k] === v) return true;
  return false;
}

// ---------- materials, travel, budget, production ----------

/** A Needed For cell's IDs, checked against the schedule (kept for rows whose material is dropped too). */
interface NeededForCell {
  ids: string[];
  sheet: string;
  cell: string | undefined;
}

function readMaterials(b: Builder, t: FoundTable, out: Material[], links: NeededForCell[]): void {
  const c = (n: string) => col(t, n);
  const cItem = c("Item");
  const cDelivery = c("Delivery");
  t.rows.forEach((r, i) => {
    if (isBlankRow(r)) return;
    const row = t.firstDataRow + i;
    // A row without an Item is no material; otherwise every cell is read (and its problem reported) before a bad
    // one drops the row.
    if (cItem < 0 || isBlank(r[cItem])) return;
    const name = b.text(t, r, row, cItem);
    const cells: Record<string, string> = {};
    for (const [k, idx] of t.match.index) cells[k] = cellAddress(row, t.col + idx);
    const delivery = cDelivery < 0 ? undefined : instantAt(b, t, r, row, cDelivery);
    const cBy = c("Needed By");
    const neededBy = cBy < 0 ? undefined : instantAt(b, t, r, row, cBy);
    const cFor = c("Needed For");
    const neededFor =
      cFor < 0 || isBlank(r[cFor]) ? [] : b.text(t, r, row, cFor) !== undefined ? [...(b.idList(r[cFor]) ?? [])] : [];
    if (neededFor.length) links.push({ ids: neededFor, sheet: t.sheet, cell: cells["Needed For"] });
    const cQty = c("Quantity");
    const quantity = numberAt(b, t, r, row, cQty);
    const vendor = b.text(t, r, row, c("Vendor"));
    const status = b.text(t, r, row, c("Status"));
    b.text(t, r, row, c("Notes")); // read for its problems only: a material's notes are not used
    if (!delivery) {
      if (cDelivery >= 0 && isBlank(r[cDelivery])) {
        const cell = cellAddress(row, t.col + cDelivery);
        b.issue(
          "missing-value",
          t.sheet,
          cell,
          `${t.sheet}!${cell}: '${name ?? showValue(r[cItem])}' has no Delivery date; it cannot be checked until one is added`,
        );
      }
      return;
    }
    if (name === undefined) return;
    out.push({
      item: name,
      quantity,
      neededFor,
      neededBy: neededBy?.minutes,
      neededByDateOnly: neededBy?.dateOnly,
      delivery: delivery.minutes,
      deliveryDateOnly: delivery.dateOnly,
      vendor,
      status,
      sheet: t.sheet,
      row,
      cells,
    });
  });
}

function readTravel(b: Builder, t: FoundTable, out: TravelTime[]): void {
  const cFrom = col(t, "From");
  const cTo = col(t, "To");
  const cMin = col(t, "Minutes");
  t.rows.forEach((r, i) => {
    if (isBlankRow(r)) return;
    const row = t.firstDataRow + i;
    const from = b.text(t, r, row, cFrom);
    const to = b.text(t, r, row, cTo);
    const minutes =
      cMin < 0 ? undefined : b.value(parseMinutes(r[cMin], hintOf(t, r[cMin], row, cMin)), r[cMin], t, row, cMin);
    if (from === undefined || to === undefined || minutes === undefined) return;
    // A row may name a location by its ID, as a Location cell may: compared as the schedule's places are.
    const place = (text: string) => placeKeyOf(text, b.resolveLocation(text) ?? undefined);
    out.push({ from, to, minutes, fromPlace: place(from), toPlace: place(to) });
  });
}

function readBudget(b: Builder, t: FoundTable, out: BudgetLine[]): void {
  const cAcct = col(t, "Account");
  const cDesc = col(t, "Description");
  const cAmt = col(t, "Budget");
  t.rows.forEach((r, i) => {
    if (isBlankRow(r)) return;
    const row = t.firstDataRow + i;
    const account = b.text(t, r, row, cAcct);
    const amount = numberAt(b, t, r, row, cAmt);
    const description = b.text(t, r, row, cDesc);
    if (account === undefined || amount === undefined) return;
    // "TOTAL", "Grand Total", "Total Above the Line": the sum of the lines above, not an account.
    if (TOTAL_LABEL.test(account)) return;
    const cell = cAmt < 0 ? undefined : cellAddress(row, t.col + cAmt);
    out.push({
      account,
      ...(description ? { description } : {}),
      amount,
      sheet: t.sheet,
      row,
      ...(cell ? { cell } : {}),
    });
  });
}

function readProduction(b: Builder, t: FoundTable, out: Record<string, string>, days: ProductionDay[]): void {
  if (t.keyValue) {
    // A key written with the call sheet's own word (Weather) wins over one written by an alias (Forecast).
    const byAlias = new Set<string>();
    t.rows.forEach((r, i) => {
      const row = t.firstDataRow + i;
      const filled: number[] = [];
      for (let k = 0; k < r.length && filled.length < 2; k++) if (!isBlank(r[k])) filled.push(k);
      if (!filled.length) return;
      const key = b.text(t, r, row, filled[0]);
      if (key === undefined) return;
      const name = productionKey(key) ?? key.replace(/:\s*$/, "");
      const value = filled.length > 1 ? productionValue(b, t, r, row, filled[1], name) : undefined;
      if (value === undefined) return;
      const alias = headerKey(key) !== headerKey(name);
      if (alias && name in out && !byAlias.has(name)) return;
      if (alias) byAlias.add(name);
      else byAlias.delete(name);
      out[name] = value;
    });
    return;
  }
  // Header-row form: the first row without a day is the production's; a row with a Date or a Shoot Day is that day's,
  // except a table's only row that names the production (its Title, Director...): that is the production's own.
  const cDate = t.match.index.get("Date") ?? -1;
  const cDay = t.match.index.get("Shoot Day") ?? -1;
  const onlyRow = t.rows.filter((r) => !isBlankRow(r)).length === 1;
  let general = false;
  const dayRows: ProductionDay[] = [];
  t.rows.forEach((r, i) => {
    if (isBlankRow(r)) return;
    const row = t.firstDataRow + i;
    // Read only where used: a second row without a day is not read (its bad cells are no data issues).
    const read = () => {
      const values: Record<string, string> = {};
      for (const [k, idx] of t.match.index) {
        if (idx === cDate || idx === cDay) continue;
        const v = productionValue(b, t, r, row, idx, k);
        if (v !== undefined) values[k] = v;
      }
      return values;
    };
    const first = onlyRow ? read() : undefined;
    const ownRow = first !== undefined && Object.keys(first).some((k) => !DAILY_KEYS.has(k));
    const dated = !ownRow && cDate >= 0 && !isBlank(r[cDate]);
    const date = dated ? dateAt(b, t, r, row, cDate) : undefined;
    // An unreadable Date is a data issue (b.value), and the row is no day's and not the production's.
    if (dated && date === undefined) return;
    const shootDay = !ownRow && cDay >= 0 ? shootDayOf(r[cDay]).day : undefined;
    // A Shoot Day that does not read names no day, and the row is not the production's either.
    if (!ownRow && date === undefined && shootDay === undefined && cDay >= 0 && !isBlank(r[cDay])) {
      unnumberedShootDay(b, t, r, row, cDay);
      return;
    }
    if (date === undefined && shootDay === undefined) {
      if (general) return;
      general = true;
      Object.assign(out, first ?? read());
    } else {
      dayRows.push({
        ...(date !== undefined ? { date } : {}),
        ...(shootDay !== undefined ? { shootDay } : {}),
        values: first ?? read(),
      });
    }
  });
  // What does not change from day to day (the title, the director, the office) is the production's, from the first
  // day row that gives it where no row without a day does.
  for (const day of dayRows) {
    for (const [k, v] of Object.entries(day.values)) if (!DAILY_KEYS.has(k) && !(k in out)) out[k] = v;
  }
  days.push(...dayRows);
}

/** The Production values a table of one row per day gives each day (the others are the production's). */
const DAILY_KEYS = new Set([
  "Weather",
  "Sunrise",
  "Sunset",
  "Crew Call",
  "Shooting Call",
  "Lunch",
  "Basecamp",
  "Crew Parking",
  "Notes",
]);

/** Production keys whose number is a time of day (a time cell's fraction). */
const PRODUCTION_TIMES = /\b(?:sunrise|sunset|call|wrap|time|lunch)\b/i;

/**
 * A Production value as the call sheet shows it: a time cell (Sunrise 0.2625) as 06:18, a date-time cell as its date
 * and time, other values as text.
 */
function productionValue(
  b: Builder,
  t: FoundTable,
  r: CellValue[],
  row: number,
  idx: number,
  key: string,
): string | undefined {
  const v = r[idx];
  if (typeof v === "number" && Number.isFinite(v) && v >= 0) {
    const hint = hintOf(t, v, row, idx);
    if (hint === "datetime" && v >= 1) {
      const at = parseInstant(v, b.opts, hint);
      if (at !== null && !isFail(at)) return instantText({ minutes: at.minutes, dateOnly: false });
    }
    if (v < 1 && (hint === "time" || PRODUCTION_TIMES.test(key))) return hhmm(Math.round(v * MINUTES_PER_DAY));
  }
  return b.text(t, r, row, idx);
}

// ---------- the whole model ----------

export function buildModel(snapshot: WorkbookSnapshot, tables: FoundTable[], issues: DataIssue[]): Model {
  const dateOrder = dateOrderOf(snapshot, tables);
  const b = new Builder(snapshot, dateOrder.dayFirst);
  b.issues.push(...issues);
  const of = (...roles: string[]) => tables.filter((t) => t.role !== null && roles.includes(t.role));

  const ruleRows = new Map<string, string>();
  for (const t of of("rules")) readRules(b, t, ruleRows);
  for (const [name, numbers] of Object.entries(snapshot.settings?.ruleSets ?? {}))
    applyRuleSetOverride(b.ruleSets, name, numbers);
  // A person or thing listed twice is the row of the table named for its role (a Cast or Crew sheet, or one the user
  // mapped), whatever the sheet order: a Contacts sheet or a hand-made DOOD before it, placed by its headers only,
  // would otherwise take over their Type, rates and rule sets and leave the real rows as duplicates.
  const resourceTables = of("resources", "locations");
  const named = (t: FoundTable) => t.info.roleSource === "name" || t.info.roleSource === "saved";
  const tableOf = new Map<Resource, number>();
  for (const t of [...resourceTables.filter(named), ...resourceTables.filter((t) => !named(t))]) {
    const before = b.resources.length;
    readResources(b, t);
    for (let k = before; k < b.resources.length; k++) tableOf.set(b.resources[k], resourceTables.indexOf(t));
  }
  b.reorderResources((res) => tableOf.get(res) ?? 0);

  const availability: AvailabilityWindow[] = [];
  for (const t of of("availability")) readAvailability(b, t, availability);

  const schedules = of("schedule");
  let scheduleRows = 0;
  for (const t of schedules) scheduleRows += t.rows.length;
  const s: ScheduleState = {
    items: [],
    itemById: new ItemIndex(scheduleRows),
    tables: [],
    lists: new ItemLists(scheduleRows),
    fields: new ItemFields(scheduleRows),
    hasShootDay: false,
    columns: new ColumnsBuilder(scheduleRows, (key) => b.resourceByKey.get(key)),
  };
  for (const t of schedules) readSchedule(b, t, s);
  if (!schedules.length) {
    b.issue(
      "missing-table",
      "",
      undefined,
      "No schedule found: add a sheet or table named Schedule with a header row such as ID, Date, Start, End, Cast, Location",
    );
  }
  // Each item's own table says where its Depends On is (a sheet may hold two schedule tables).
  const dependsOn = checkDependencies(b, s.items, s.itemById, (item) =>
    item instanceof ParsedItem ? item.cellOf("Depends On") : item.cells["Depends On"],
  );

  const materials: Material[] = [];
  const neededFor: NeededForCell[] = [];
  for (const t of of("materials")) readMaterials(b, t, materials, neededFor);
  // One issue per Needed For cell, naming each unknown ID once (as unknown-dependency).
  let byScene: Map<string, Item | null> | undefined;
  for (const link of neededFor) {
    const unknown = [...new Set(link.ids.filter((id) => !s.itemById.has(id)))];
    if (unknown.length === 0) continue;
    byScene ??= sceneIndex(s.items);
    b.issue(
      "unknown-item",
      link.sheet,
      link.cell,
      `${link.sheet}!${link.cell}: Needed For ${notIdsText(unknown, byScene, s.itemById)}`,
    );
  }
  const travel: TravelTime[] = [];
  for (const t of of("travel")) readTravel(b, t, travel);
  const budget: BudgetLine[] = [];
  for (const t of of("budget")) readBudget(b, t, budget);
  const production: Record<string, string> = {};
  const productionDays: ProductionDay[] = [];
  for (const t of of("production")) readProduction(b, t, production, productionDays);
  for (const [k, v] of Object.entries(snapshot.settings?.production ?? {})) {
    if (typeof v === "string" && v.trim()) production[productionKey(k) ?? k] = v.trim();
  }

  const columns = s.columns.finish(b.resources, dependsOn);
  for (const table of s.tables) table.columns = columns;
  return {
    items: s.items,
    itemById: s.itemById,
    resources: b.resources,
    resourceByKey: b.resourceByKey,
    availability,
    materials,
    travel,
    budget,
    ruleSets: b.ruleSets,
    production,
    ...(productionDays.length ? { productionDays } : {}),
    tables: tables.map((t) => t.info),
    issues: b.issues,
    hasShootDayColumn: s.hasShootDay,
    ...(s.shootDaysStated !== undefined ? { shootDaysStated: s.shootDaysStated } : {}),
    dateOrder,
    // Finished last: made-up resources for unknown tokens are added while the schedule is read.
    columns,
  };
}
