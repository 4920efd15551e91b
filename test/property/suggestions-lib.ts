/**
 * Helpers for suggestions.property.test.ts: a copy-and-edit of a model, and for each rule a reading of its
 * `suggestion` text into the concrete edits it offers (the random schedules are schedules.ts').
 *
 * Edits, as the wording says:
 *  - "Start X at T (and Y at T')" / "Move X to start at T" / "call X at T" (long-day) /
 *    "Call P at T (start X at T', Y at T'')":
 *    X moves to start at T keeping its duration; its Date follows the new Start's day (as a coordinator
 *    would type it: Date + Start).
 *  - "wrap X by T" / "finish X by T": X's End becomes T (Start unchanged).
 *  - "Move X at least D earlier, to end by T": X moves to end at T keeping its duration.
 *  - "Move X to DAY or later/earlier": X's Date becomes DAY (a timed X keeps its clock times).
 *  - "Book R (also ROLE) instead on A": in A, R replaces the resource.
 *  - "Get M delivered by T": M's Delivery becomes T.
 * Anything else ("add another grip", "wrap X earlier", "give them a day off", "replace them", budget
 * contributors) is advice: counted, not applied.
 */
import type { Item, Model, Resource } from "../../src/core/model";
import { CONFLICT_TYPE_ORDER, type Conflict, type ConflictType } from "../../src/core/report";
import { who } from "../../src/core/rules/common";
import { MINUTES_PER_DAY, formatDuration, weekdayName } from "../../src/core/time";
import { at, day } from "../helpers/model-builder";

// ---------------------------------------------------------------------------------------------------
// Copy and edit.

/** A deep enough copy of a model that editing items and materials leaves the original (and its caches) alone. */
export function cloneModel(model: Model): Model {
  const items: Item[] = model.items.map((i) => ({
    ...i,
    cast: [...i.cast],
    crew: [...i.crew],
    equipment: [...i.equipment],
    other: [...i.other],
    resourceKeys: [...i.resourceKeys],
    dependsOn: [...i.dependsOn],
    cells: { ...i.cells },
  }));
  const itemById = new Map<string, Item>();
  for (const i of items) if (!itemById.has(i.id)) itemById.set(i.id, i);
  return {
    ...model,
    items,
    itemById,
    materials: model.materials.map((m) => ({ ...m, neededFor: [...m.neededFor], cells: { ...m.cells } })),
    columns: undefined,
  };
}

export type Edit = (model: Model) => void;

export function edited(model: Model, edit: Edit): Model {
  const copy = cloneModel(model);
  edit(copy);
  return copy;
}

function itemOf(model: Model, id: string): Item {
  const item = model.itemById.get(id);
  if (!item) throw new Error(`suggestion names unknown item ${id}`);
  return item;
}

/** X starts at `t`, keeping its duration; its Date follows the Start. */
export const moveStart =
  (id: string, t: number): Edit =>
  (m) => {
    const i = itemOf(m, id);
    const length = (i.end as number) - (i.start as number);
    i.start = t;
    i.end = t + length;
    i.date = Math.floor(t / MINUTES_PER_DAY);
  };

/** X ends at `t`, keeping its duration; its Date follows the Start. */
export const moveEnd =
  (id: string, t: number): Edit =>
  (m) => {
    const i = itemOf(m, id);
    const length = (i.end as number) - (i.start as number);
    i.end = t;
    i.start = t - length;
    i.date = Math.floor(i.start / MINUTES_PER_DAY);
  };

/** Several edits, in order. */
const allOf =
  (edits: Edit[]): Edit =>
  (m) => {
    for (const e of edits) e(m);
  };

/** X's End becomes `t`. */
export const setEnd =
  (id: string, t: number): Edit =>
  (m) => {
    itemOf(m, id).end = t;
  };

/** X's Start becomes `t`, End unchanged (a later call, the item shortened). */
export const setStart =
  (id: string, t: number): Edit =>
  (m) => {
    const i = itemOf(m, id);
    i.start = t;
    i.date = Math.floor(t / MINUTES_PER_DAY);
  };

/** X's Date becomes `d` (a timed X keeps its clock times). */
export const moveToDay =
  (id: string, d: number): Edit =>
  (m) => {
    const i = itemOf(m, id);
    const shift = (d - (i.date as number)) * MINUTES_PER_DAY;
    if (i.start !== undefined) i.start += shift;
    if (i.end !== undefined) i.end += shift;
    i.date = d;
  };

/** In item X, resource `to` replaces resource `from` (same column). */
export const swapResource =
  (id: string, from: string, to: string): Edit =>
  (m) => {
    const i = itemOf(m, id);
    const swap = (keys: string[]) => [...new Set(keys.map((k) => (k === from ? to : k)))];
    i.cast = swap(i.cast);
    i.crew = swap(i.crew);
    i.equipment = swap(i.equipment);
    i.other = swap(i.other);
    i.resourceKeys = swap(i.resourceKeys);
    if (i.locationKey === from) i.locationKey = to;
  };

export const setDelivery =
  (name: string, t: number): Edit =>
  (m) => {
    const mat = m.materials.find((x) => x.item === name);
    if (!mat) throw new Error(`suggestion names unknown material ${name}`);
    mat.delivery = t;
    mat.deliveryDateOnly = false;
  };

// ---------------------------------------------------------------------------------------------------
// Reading the suggestion texts.

const WD = "(Sun|Mon|Tue|Wed|Thu|Fri|Sat)";
/** "13:30 Mon 2026-03-02" */
const MOMENT = String.raw`(\d{2}:\d{2} ${WD} \d{4}-\d{2}-\d{2})`;
/** "Mon 2026-03-02" */
const DAY = String.raw`(${WD} \d{4}-\d{2}-\d{2})`;
const ID = String.raw`(\S+?)`;

/** "13:30 Mon 2026-03-02" -> minutes; checks the weekday agrees with the date. */
export function parseMoment(text: string): number {
  const [time, wd, iso] = text.split(" ");
  if (weekdayName(day(iso)) !== wd) throw new Error(`weekday ${wd} does not match ${iso} in "${text}"`);
  return at(`${iso} ${time}`);
}

/** "Mon 2026-03-02" -> day serial; checks the weekday. */
export function parseDay(text: string): number {
  const [wd, iso] = text.split(" ");
  if (weekdayName(day(iso)) !== wd) throw new Error(`weekday ${wd} does not match ${iso} in "${text}"`);
  return day(iso);
}

/** One concrete change a suggestion offers. */
export interface Alternative {
  /** Which wording, e.g. "travel: start B at". */
  kind: string;
  edit: Edit;
  /**
   * How far the suggestion moves things, in minutes, where the rule's magnitude should equal it exactly
   * (undefined: no exact relation).
   */
  shift?: number;
  /** Why the change cannot be made as written (e.g. an End before the item's own Start), if so. */
  infeasible?: string;
  /** A second reading of an ambiguous wording (reported, not part of the main property). */
  secondary?: boolean;
}

export interface Reading {
  alternatives: Alternative[];
  /** The parts that are advice rather than a change ("add another Grip", "wrap S3 earlier"). */
  advice: string[];
}

export class Unreadable extends Error {}

const re = (body: string) => new RegExp(`^${body}$`);

/** Travel: B at the time the trip needs; in brackets, "and" the strips it runs into moving along, then notes. */
const TRAVEL = re(`Start ${ID} at ${MOMENT} or later(?: \\((.+)\\))?(?:, or wrap ${ID} by ${MOMENT})?\\.`);
/** Turnaround: the early strips' new Starts, then notes (what they run into, a day over Max Day) after "; ". */
const TURNAROUND = re(
  `Call (.+) at ${MOMENT} or later \\(start (.+?)(?:; .+)?\\), or wrap (.+?) (?:by ${MOMENT}|earlier)\\.`,
);
/** One strip's new Start in a list of them: "S2 at 10:00 Tue 2026-03-03, S3 at 11:00 Tue 2026-03-03". */
const ONE_MOVE = re(`${ID} at ${MOMENT}`);

function readMoves(listed: string, rule: string): { id: string; start: number }[] {
  return listed.split(", ").map((part) => {
    const one = ONE_MOVE.exec(part);
    if (!one) throw new Unreadable(`${rule} move: ${part}`);
    return { id: one[1], start: parseMoment(one[2]) };
  });
}
/** What a move would run into, said in brackets: its own deadline (dependency), a predecessor (deadline). */
const PAST_DEADLINE = `(?: \\(that ends it .+? after its deadline, [^)]+\\))?`;
const BLOCKED_BY = `(?: \\(it depends on [^)]+: move that earlier too\\))?`;
const DEP_TIMED = re(`Start ${ID} at ${MOMENT} or later${PAST_DEADLINE}(?:, or finish ${ID} by ${MOMENT})?\\.`);
const DEP_DAYS = re(`Move ${ID} to ${DAY} or later${PAST_DEADLINE}, or ${ID} to ${DAY} or earlier\\.`);
const DEADLINE_TIMED = re(`Move ${ID} at least (.+) earlier, to end by ${MOMENT}${BLOCKED_BY}\\.`);
/** A date-only Deadline: "to end by the end of Tue 2026-03-03". */
const DEADLINE_DAY_END = re(`Move ${ID} at least (.+) earlier, to end by the end of ${DAY}${BLOCKED_BY}\\.`);
const DEADLINE_DAY = re(`Move ${ID} to ${DAY} or earlier${BLOCKED_BY}\\.`);
const DB_BOOK = re(`Book (.+) \\(also (.+)\\) instead on ${ID}\\.`);
const DB_MOVE = re(
  `Move (.+?)(?:, or (add another .+|shoot one of them at another location|book someone else on one of them))?\\.`,
);
/** No move found: advice only ("Add another Grip, or take C1 off some of S1, S2."; Capacity 0; a place; an actor). */
const DB_ADVICE = re(
  `(?:Add another .+, or take .+ off some of .+|Book a .+ and raise its Capacity from 0, or take .+ off .+|` +
    `Shoot one of them at another location, or take .+ off some of .+|Take .+ off some of .+, or move them apart|` +
    `Book someone else on one of them, or take .+ off some of .+)\\.`,
);
const DB_ONE_MOVE = re(`${ID} to start at ${MOMENT}`);
const LONG_DAY_WRAP = re(`(.+) by ${MOMENT}`);
const LONG_DAY_START = re(`start (.+) at ${MOMENT} \\(keeping their wraps\\)`);
const MATERIAL = re(`Get (.+) delivered by ${MOMENT}\\.`);
/** Midnight, said as the day before: "by the end of Tue 2026-03-10 (it is needed from 00:00 Wed 2026-03-11)". */
const MATERIAL_MIDNIGHT = re(`Get (.+) delivered by the end of ${DAY} \\(it is needed from 00:00 ${DAY}\\)\\.`);
const CONSECUTIVE = re(
  `Give (.+) a day off (?:on ${DAY}|between ${DAY} and ${DAY}|on or before ${DAY}, and one in every \\d+ days after), ` +
    `or move their work that day\\.`,
);
/** Unavailable: wrap before the blocked time, or start after it (timed items only partly blocked), then advice. */
const UNAVAILABLE = re(
  `(?:[Ww]rap ${ID} by ${MOMENT}, )?(?:[Ss]tart ${ID} at ${MOMENT} or later` +
    `(?: \\(a call at \\d{2}:\\d{2} \\w{3} \\d{4}-\\d{2}-\\d{2} with .+? Lead Time\\))?, )?` +
    `[Mm]ove ${ID} to a day (.+) is available, ` +
    `or (?:replace them on it|shoot it at another location|book another one for it)\\.`,
);
const BUDGET = re(`Biggest contributors: (.+)\\. Cut (?:or shorten )?their days, or move budget to account (.+)\\.`);

function resourceByLabel(model: Model, label: string | undefined): Resource {
  const r = model.resources.find((x) => x.label === label);
  if (!r) throw new Error(`finding names unknown resource ${label}`);
  return r;
}

/** The concrete changes (and the advice) in a finding's suggestion. Throws Unreadable on unknown wording. */
export function readSuggestion(model: Model, c: Conflict): Reading {
  const text = c.suggestion ?? "";
  const item = (id: string) => itemOf(model, id);
  let m: RegExpExecArray | null;
  switch (c.type) {
    case "travel":
      if ((m = TRAVEL.exec(text))) {
        const [, bId, t1, , bracket, a, t2] = m;
        // The strips B runs into move along ("and S3 at ..."); the notes after them change nothing.
        const along = bracket?.split("; ")[0].startsWith("and ")
          ? readMoves(bracket.split("; ")[0].slice(4), "travel")
          : [];
        const moves = [{ id: bId, start: parseMoment(t1) }, ...along];
        const alternatives: Alternative[] = [
          {
            kind: "start B at (travel)",
            edit: allOf(moves.map((x) => moveStart(x.id, x.start))),
            shift: moves[0].start - (item(bId).start as number),
          },
        ];
        if (a !== undefined) {
          const wrapA = parseMoment(t2);
          const A = item(a);
          alternatives.push({
            kind: "wrap A by (travel)",
            edit: setEnd(a, wrapA),
            shift: (A.end as number) - wrapA,
            infeasible: wrapA < (A.start as number) ? `wrap ${a} by ${t2} is before its Start` : undefined,
          });
        }
        return { advice: [], alternatives };
      }
      break;
    case "turnaround":
      if ((m = TURNAROUND.exec(text))) {
        const [, , call, , listed, wrapList, wrapAt] = m;
        const wrapIds = wrapList.split(", ");
        const person = resourceByLabel(model, c.resource);
        const lead = person.leadTimeMin || 0;
        const moves = readMoves(listed, "turnaround");
        const earliest = Math.min(...moves.map((x) => x.start));
        if (earliest - parseMoment(call) !== lead)
          throw new Error(`the first strip does not start at call + lead: ${text}`);
        const next = c.items.find((id) => !wrapIds.includes(id)) ?? moves[0].id;
        const alternatives: Alternative[] = [
          {
            kind: "call at (turnaround)",
            edit: allOf(moves.map((x) => moveStart(x.id, x.start))),
            shift: earliest - (item(next).start as number),
          },
        ];
        if (wrapAt === undefined) return { advice: [`wrap ${wrapList} earlier`], alternatives };
        const wrapBy = parseMoment(wrapAt);
        alternatives.push({
          kind: "wrap by (turnaround)",
          edit: allOf(wrapIds.map((id) => setEnd(id, wrapBy))),
          shift: Math.max(...wrapIds.map((id) => item(id).end as number)) - wrapBy,
          infeasible: wrapIds.some((id) => wrapBy <= (item(id).start as number))
            ? `wrap ${wrapList} by ${wrapAt} is not after a Start`
            : undefined,
        });
        return { advice: [], alternatives };
      }
      break;
    case "dependency":
      if ((m = DEP_TIMED.exec(text))) {
        const [, i, t1, , p, t2] = m;
        const start = parseMoment(t1);
        const alternatives: Alternative[] = [
          { kind: "start item at (dependency)", edit: moveStart(i, start), shift: start - (item(i).start as number) },
        ];
        if (p !== undefined) {
          const finish = parseMoment(t2);
          const P = item(p);
          alternatives.push({
            kind: "finish predecessor by (dependency)",
            edit: setEnd(p, finish),
            shift: (P.end as number) - finish,
            infeasible: finish < (P.start as number) ? `finish ${p} by ${t2} is before its Start` : undefined,
          });
        }
        return { advice: [], alternatives };
      }
      if ((m = DEP_DAYS.exec(text))) {
        const [, i, d1, , p, d2] = m;
        const later = parseDay(d1);
        const earlier = parseDay(d2);
        return {
          advice: [],
          alternatives: [
            {
              kind: "move item to day (dependency)",
              edit: moveToDay(i, later),
              shift: (later - (item(i).date as number)) * MINUTES_PER_DAY,
            },
            {
              kind: "move predecessor to day (dependency)",
              edit: moveToDay(p, earlier),
              shift: ((item(p).date as number) - earlier) * MINUTES_PER_DAY,
            },
          ],
        };
      }
      break;
    case "deadline":
      if ((m = DEADLINE_TIMED.exec(text) ?? DEADLINE_DAY_END.exec(text))) {
        const [, i, dur, t] = m;
        const end = /^\d/.test(t) ? parseMoment(t) : (parseDay(t) + 1) * MINUTES_PER_DAY;
        const shift = (item(i).end as number) - end;
        if (dur !== formatDuration(shift)) throw new Error(`"at least ${dur}" but the end moves ${shift} min: ${text}`);
        return { advice: [], alternatives: [{ kind: "end by (deadline)", edit: moveEnd(i, end), shift }] };
      }
      if ((m = DEADLINE_DAY.exec(text))) {
        const [, i, d] = m;
        return { advice: [], alternatives: [{ kind: "move to day (deadline)", edit: moveToDay(i, parseDay(d)) }] };
      }
      break;
    case "double-booking":
      if ((m = DB_BOOK.exec(text))) {
        const [, name, , list] = m;
        const free = model.resources.find((r) => who(r) === name);
        if (!free) throw new Error(`unknown resource ${name} in: ${text}`);
        const busy = resourceByLabel(model, c.resource);
        return {
          advice: [],
          alternatives: list.split(", ").map((id) => ({
            kind: "book equivalent instead (double-booking)",
            edit: swapResource(id, busy.key, free.key),
          })),
        };
      }
      if (DB_ADVICE.test(text)) return { advice: [text], alternatives: [] };
      if ((m = DB_MOVE.exec(text))) {
        const [, moves, what] = m;
        const edits = moves.split(" and ").map((part) => {
          const one = DB_ONE_MOVE.exec(part);
          if (!one) throw new Unreadable(`double-booking move: ${part}`);
          return moveStart(one[1], parseMoment(one[2]));
        });
        return {
          advice: what ? [what] : [],
          alternatives: [{ kind: "move last to start at (double-booking)", edit: allOf(edits) }],
        };
      }
      break;
    case "long-day":
      {
        // "Wrap A, B by T, or start C, D at T' (keeping their wraps)." (either part may be left out)
        const body = text.replace(/\.$/, "");
        const parts = body.split(", or ");
        const alternatives: Alternative[] = [];
        for (const raw of parts) {
          const part = raw[0].toLowerCase() + raw.slice(1);
          const started = LONG_DAY_START.exec(part);
          if (started) {
            const [, list, t] = started;
            const at = parseMoment(t);
            alternatives.push({
              kind: "call first at (long-day)",
              edit: allOf(list.split(", ").map((id) => setStart(id, at))),
            });
            continue;
          }
          const wrapped = LONG_DAY_WRAP.exec(part.replace(/^wrap /, ""));
          if (part.startsWith("wrap ") && wrapped) {
            const [, list, t] = wrapped;
            const by = parseMoment(t);
            const ids = list.split(", ");
            alternatives.push({
              kind: "wrap last by (long-day)",
              edit: allOf(ids.map((id) => setEnd(id, by))),
              infeasible: ids.some((id) => by < (item(id).start as number))
                ? `wrap by ${t} is before a Start`
                : undefined,
            });
            continue;
          }
          alternatives.length = 0;
          break;
        }
        if (alternatives.length) return { advice: [], alternatives };
        if (/^Move some of .+ to another day\.$/.test(text)) return { advice: [text], alternatives: [] };
      }
      break;
    case "material-late":
      if ((m = MATERIAL.exec(text) ?? MATERIAL_MIDNIGHT.exec(text))) {
        // Groups: the name, then each moment or day with its weekday.
        const midnight = m.length === 6;
        const name = m[1];
        const by = midnight ? parseDay(m[4]) * MINUTES_PER_DAY : parseMoment(m[2]);
        if (midnight && parseDay(m[2]) !== parseDay(m[4]) - 1) throw new Error(`not the day before: ${text}`);
        const mat = model.materials.find((x) => x.item === name);
        if (!mat) throw new Error(`unknown material ${name}`);
        return {
          advice: [],
          alternatives: [{ kind: "deliver by (material-late)", edit: setDelivery(name, by), shift: mat.delivery - by }],
        };
      }
      break;
    case "consecutive-days":
      if (CONSECUTIVE.test(text)) return { advice: ["a day off on or before, or move their work"], alternatives: [] };
      break;
    case "unavailable":
      if ((m = UNAVAILABLE.exec(text))) {
        const [, wrapId, wrapAt, , startId, startAt] = m;
        const alternatives: Alternative[] = [];
        if (wrapId !== undefined) {
          const end = parseMoment(wrapAt);
          alternatives.push({
            kind: "wrap by (unavailable)",
            edit: setEnd(wrapId, end),
            infeasible:
              end <= (item(wrapId).start as number) ? `wrap ${wrapId} by ${wrapAt} is not after its Start` : undefined,
          });
        }
        if (startId !== undefined)
          alternatives.push({ kind: "start at (unavailable)", edit: moveStart(startId, parseMoment(startAt)) });
        return { advice: ["move to a day they are available, or replace them"], alternatives };
      }
      break;
    case "budget-overrun":
      if (text === "" || BUDGET.test(text)) return { advice: ["cut their days, or move budget"], alternatives: [] };
      break;
  }
  throw new Unreadable(`${c.type}: unreadable suggestion "${text}"`);
}

// ---------------------------------------------------------------------------------------------------
// "The same finding".

/** Same type, resource and the same pair / set of items (material-late: and the same material). */
export function sameFinding(a: Conflict, b: Conflict): boolean {
  if (a.type !== b.type || (a.resource ?? null) !== (b.resource ?? null)) return false;
  if (JSON.stringify(a.items) !== JSON.stringify(b.items)) return false;
  // The material, or (dependency) which of the two items is the one that depends on the other.
  if (a.type === "material-late" || a.type === "dependency") return subjectOf(a) === subjectOf(b);
  return true;
}

/** The first words of the message: "Prop 2" (material-late) or the dependent item's ID (dependency). */
function subjectOf(c: Conflict): string {
  return /^(Prop \d+|\S+) /.exec(c.message)?.[1] ?? c.message;
}

/**
 * The problem the finding names is still there, though the finding's key changed: double-booking of the
 * same resource among at least two of the same items; long-day / turnaround of the same person on the same
 * date.
 */
export function sameProblem(before: Conflict, after: Conflict): boolean {
  if (before.type !== after.type || (before.resource ?? null) !== (after.resource ?? null)) return false;
  if (before.type === "double-booking") return after.items.filter((id) => before.items.includes(id)).length >= 2;
  if (before.type === "long-day" || before.type === "turnaround") return before.date === after.date;
  return false;
}

export const RULE_TYPES: ConflictType[] = CONFLICT_TYPE_ORDER;
