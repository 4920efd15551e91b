/**
 * Prioritization: critical-path analysis over Depends On, combined with deadlines, the Priority
 * column, conflicts, what an item blocks and how soon it is. The formula is in docs/prioritization.md.
 *
 * Built for a million items on a heap that already holds the model:
 * - Most items are in no dependency chain, and their critical-path figures are trivial (earliest finish
 *   = start + duration, no slack, blocks nothing). The graph work (CSR adjacency, Kahn's order, both
 *   passes, blocked counts) runs over the chain items only, numbered 0..m-1.
 * - The pass over all items keeps a few typed arrays and one Priority per item. Few typed arrays matter:
 *   V8 starts a full collection of the whole heap for about every 64 MB of new ArrayBuffer memory
 *   (1 to 3 s each with a million-item model in memory).
 * - A reason text is built once per distinct value; items without reasons share one empty list.
 */
import type { Item, Model } from "./model";
import type { Conflict, Priority } from "./report";
import { problemKey } from "./report";
import { ACTIVE, scheduleColumns, type DependsOnPositions } from "./columns";
import { memoize } from "./memo";
import { sortByKey } from "./sort-ids";
import { MINUTES_PER_DAY, formatDuration } from "./time";
import { deadlineEnd } from "./rules/deadline";

/** Score weights (docs/prioritization.md). */
export const WEIGHTS = {
  critical: 30,
  chainSlack: 20,
  deadlineMissed: 40,
  deadlineMissedPerHour: 1,
  deadlineMissedCap: 20,
  deadlineNear: 30,
  priorityStep: 8,
  conflictError: 10,
  conflictWarning: 4,
  conflictCap: 40,
  blockEach: 3,
  blockCap: 30,
  soon: 10,
} as const;

/** Above this many items in dependency chains, "blocks" uses a summed upper bound instead of exact sets. */
const EXACT_BLOCKS_LIMIT = 8192;

const PRIORITY_NAMES: Record<number, string> = { 1: "Critical", 2: "High", 3: "Medium", 4: "Low" };

const CRITICAL_REASON = "on the critical path";
const AT_DEADLINE_REASON = "ends exactly at its deadline";
const CYCLE_REASON = "in or after a dependency cycle (no critical-path figures)";
/** Shared by every priority without reasons (most of them): one array instead of one per item. */
const NO_REASONS = Object.freeze([]) as unknown as string[];

/** Start, else the call time, else 00:00 of the Date (minutes). */
function scheduledStart(item: Item): number {
  return item.start ?? item.callOnly ?? (item.date as number) * MINUTES_PER_DAY;
}

/** End − Start, else Duration, else 0. */
function durationOf(item: Item): number {
  if (item.timed && item.start !== undefined && item.end !== undefined) return Math.max(0, item.end - item.start);
  return item.durationMin !== undefined && item.durationMin > 0 ? item.durationMin : 0;
}

/**
 * Finds the items prioritization ranks (non-cancelled, dated: "active") by object or by ID. Relies on
 * Item.index being the item's position in model.items, as the schedule columns do.
 */
class ActiveItems {
  /** Every ID names one item (a map with one entry per item), so an ID's item is model.itemById's. */
  readonly uniqueIds: boolean;
  private firstById?: Map<string, number>;

  constructor(
    private readonly model: Model,
    private readonly flags: Uint8Array,
  ) {
    this.uniqueIds = model.itemById.size === model.items.length;
  }

  /** Index of the item if it is active, else -1. */
  indexOf(item: Item | undefined): number {
    const i = item ? item.index : -1;
    return i >= 0 && i < this.flags.length && this.model.items[i] === item && this.flags[i] & ACTIVE ? i : -1;
  }

  /** Index of the first active item with this ID, else -1. */
  byId(id: string): number {
    if (this.uniqueIds) return this.indexOf(this.model.itemById.get(id));
    if (!this.firstById) {
      const first = new Map<string, number>();
      this.model.items.forEach((item, i) => {
        if (this.flags[i] & ACTIVE && !first.has(item.id)) first.set(item.id, i);
      });
      this.firstById = first;
    }
    return this.firstById.get(id) ?? -1;
  }
}

/**
 * Depends On over the chain nodes: the active items with a predecessor or a successor, numbered in
 * schedule order. Node c's predecessors are `preds[predStart[c] .. predStart[c + 1])` in Depends On
 * order, its successors `succs[succStart[c] .. succStart[c + 1])` in schedule order.
 */
interface DependencyChains {
  /** Item index of each node. */
  items: Int32Array;
  /** Node of each item (by index), -1 for an item in no chain. */
  nodeOf: Int32Array;
  predStart: Int32Array;
  preds: Int32Array;
  succStart: Int32Array;
  succs: Int32Array;
}

/**
 * The edges P -> I of one item I: each ID in its Depends On that names another active item, once. The ID
 * resolves through model.itemById, else (cancelled, dateless or unknown target) to the first active
 * item whose ID is the trimmed text. Appended to `from` / `to`.
 */
function addDependencies(
  model: Model,
  { predStart, predIds }: DependsOnPositions,
  active: ActiveItems,
  i: number,
  from: number[],
  to: number[],
): void {
  const firstEdge = from.length;
  const deps = model.items[i].dependsOn;
  for (let k = 0; k < deps.length; k++) {
    const named = predIds[predStart[i] + k];
    let p = named >= 0 ? active.indexOf(model.items[named]) : -1;
    if (p < 0) p = active.byId(deps[k].trim());
    // Unknown, cancelled or dateless predecessors and self-references carry no CPM edge.
    if (p < 0 || p === i || from.indexOf(p, firstEdge) >= 0) continue;
    from.push(p);
    to.push(i);
  }
}

/** Number the items the edges touch and lay the edges out as CSR (edges come in item order of `to`). */
function buildChains(itemCount: number, from: number[], to: number[]): DependencyChains {
  const nodeOf = new Int32Array(itemCount).fill(-1);
  for (let e = 0; e < from.length; e++) nodeOf[from[e]] = nodeOf[to[e]] = 0;
  let m = 0;
  for (let i = 0; i < itemCount; i++) if (nodeOf[i] === 0) m++;
  const nodeItems = new Int32Array(m);
  for (let i = 0, c = 0; i < itemCount; i++) {
    if (nodeOf[i] === 0) {
      nodeOf[i] = c;
      nodeItems[c++] = i;
    }
  }
  const predStart = new Int32Array(m + 1);
  const preds = new Int32Array(from.length);
  const succStart = new Int32Array(m + 1);
  for (let e = 0; e < from.length; e++) {
    preds[e] = nodeOf[from[e]];
    predStart[nodeOf[to[e]] + 1]++;
    succStart[preds[e] + 1]++;
  }
  for (let c = 0; c < m; c++) {
    predStart[c + 1] += predStart[c];
    succStart[c + 1] += succStart[c];
  }
  const succs = new Int32Array(from.length);
  const fill = succStart.slice(0, m);
  for (let c = 0; c < m; c++) {
    for (let e = predStart[c]; e < predStart[c + 1]; e++) succs[fill[preds[e]]++] = c;
  }
  return { items: nodeItems, nodeOf, predStart, preds, succStart, succs };
}

/** Kahn's order; nodes in or after a cycle are left out (the result may be shorter than the node count). */
function topologicalOrder(chains: DependencyChains): Int32Array {
  const { predStart, succStart, succs } = chains;
  const m = chains.items.length;
  const indegree = new Int32Array(m);
  const order = new Int32Array(m);
  let length = 0;
  for (let c = 0; c < m; c++) {
    indegree[c] = predStart[c + 1] - predStart[c];
    if (indegree[c] === 0) order[length++] = c;
  }
  for (let head = 0; head < length; head++) {
    const c = order[head];
    for (let e = succStart[c]; e < succStart[c + 1]; e++) if (--indegree[succs[e]] === 0) order[length++] = succs[e];
  }
  return order.subarray(0, length);
}

/** Union-find root of a node (path halving, iterative). */
function root(parent: Int32Array, i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]];
    i = parent[i];
  }
  return i;
}

/** CPM figures of the chain nodes; only for those in Kahn's order (`computed`), not those in or after a cycle. */
interface CriticalPath {
  computed: Uint8Array;
  earliestFinish: Float64Array;
  slack: Float64Array;
}

/** What scoring needs of the chain nodes. */
interface ChainFigures extends CriticalPath {
  nodeOf: Int32Array;
  blocks: Int32Array;
}

/**
 * Forward and backward pass. The "project end" a chain is measured against is the latest earliest
 * finish within its own dependency chain (connected component), capped by each item's Deadline.
 */
function criticalPath(model: Model, chains: DependencyChains, order: Int32Array): CriticalPath {
  const { predStart, preds, succStart, succs } = chains;
  const m = chains.items.length;
  const start = new Float64Array(m);
  const duration = new Float64Array(m);
  const deadline = new Float64Array(m);
  // Where the deadline rule has the item end (a date-only item: with its Date), for its own deadline's slack.
  const ruleEnd = new Float64Array(m);
  const parent = new Int32Array(m);
  for (let c = 0; c < m; c++) {
    const item = model.items[chains.items[c]];
    start[c] = scheduledStart(item);
    duration[c] = durationOf(item);
    deadline[c] = item.deadline ?? Infinity;
    ruleEnd[c] = item.deadline === undefined ? -Infinity : deadlineEnd(item);
    parent[c] = c;
  }
  for (let c = 0; c < m; c++) {
    for (let e = predStart[c]; e < predStart[c + 1]; e++) parent[root(parent, preds[e])] = root(parent, c);
  }
  const computed = new Uint8Array(m);
  const finish = new Float64Array(m);
  const chainEnd = new Float64Array(m).fill(-Infinity);
  for (let o = 0; o < order.length; o++) {
    const c = order[o];
    let es = start[c];
    for (let e = predStart[c]; e < predStart[c + 1]; e++) es = Math.max(es, finish[preds[e]]);
    finish[c] = es + duration[c];
    computed[c] = 1;
    const r = root(parent, c);
    chainEnd[r] = Math.max(chainEnd[r], finish[c]);
  }
  // A successor in or after a cycle has no latest start: it does not constrain its predecessor.
  const latestStart = new Float64Array(m).fill(Infinity);
  const slack = new Float64Array(m);
  for (let o = order.length - 1; o >= 0; o--) {
    const c = order[o];
    let lf = Math.min(chainEnd[root(parent, c)], deadline[c]);
    for (let e = succStart[c]; e < succStart[c + 1]; e++) lf = Math.min(lf, latestStart[succs[e]]);
    latestStart[c] = lf - duration[c];
    // Its own deadline counts from the deadline rule's end where that is later than the figures' finish (a date-only
    // item at 00:00 with no Duration ends with its Date), so its slack never says "spare" where its deadline finding
    // says "late". Not passed on: what it depends on need only be done by its Date (the dependency rule).
    slack[c] = Math.min(lf, deadline[c] - Math.max(0, ruleEnd[c] - finish[c])) - finish[c];
  }
  return { computed, earliestFinish: finish, slack };
}

/**
 * Transitive successor counts of the chain nodes: exact bitsets, else (more than EXACT_BLOCKS_LIMIT
 * nodes in order) a summed upper bound capped at `cap`.
 */
function countBlocked(chains: DependencyChains, order: Int32Array, cap: number): Int32Array {
  const { succStart, succs } = chains;
  const m = chains.items.length;
  const blocks = new Int32Array(m);
  if (order.length <= EXACT_BLOCKS_LIMIT) {
    const local = new Int32Array(m).fill(-1);
    for (let o = 0; o < order.length; o++) local[order[o]] = o;
    const words = Math.ceil(order.length / 32);
    const bits = new Uint32Array(order.length * words);
    for (let o = order.length - 1; o >= 0; o--) {
      const base = o * words;
      const c = order[o];
      for (let e = succStart[c]; e < succStart[c + 1]; e++) {
        const so = local[succs[e]];
        if (so < 0) continue;
        bits[base + (so >>> 5)] |= 1 << (so & 31);
        for (let w = 0; w < words; w++) bits[base + w] |= bits[so * words + w];
      }
      let count = 0;
      for (let w = 0; w < words; w++) count += popcount(bits[base + w]);
      blocks[c] = count;
    }
  } else {
    for (let o = order.length - 1; o >= 0; o--) {
      const c = order[o];
      let sum = 0;
      for (let e = succStart[c]; e < succStart[c + 1]; e++) sum += 1 + blocks[succs[e]];
      blocks[c] = Math.min(cap, sum);
    }
  }
  // Items in or after a cycle: a plain walk (rare, and only over their own successors).
  if (order.length < m) {
    const inOrder = new Uint8Array(m);
    for (let o = 0; o < order.length; o++) inOrder[order[o]] = 1;
    const seenBy = new Int32Array(m);
    const stack: number[] = [];
    for (let c = 0; c < m; c++) {
      if (inOrder[c]) continue;
      seenBy[c] = c + 1;
      let seen = 0;
      for (let e = succStart[c]; e < succStart[c + 1]; e++) stack.push(succs[e]);
      while (stack.length) {
        const s = stack.pop() as number;
        if (seenBy[s] === c + 1) continue;
        seenBy[s] = c + 1;
        seen++;
        for (let e = succStart[s]; e < succStart[s + 1]; e++) stack.push(succs[e]);
      }
      blocks[c] = seen;
    }
  }
  return blocks;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** "2 days", "1 day", "5 h", "45 min". */
function spanText(minutes: number): string {
  if (minutes >= MINUTES_PER_DAY) {
    const days = Math.floor(minutes / MINUTES_PER_DAY);
    return `${days} ${days === 1 ? "day" : "days"}`;
  }
  return formatDuration(minutes);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * What the conflicts say about each item: how many name it, how many of those are errors, and the list
 * of their types in order of first appearance (as a number: `typeLists[list]`).
 */
interface ConflictTallies {
  /** Tally of each item (by index; -1 for none), when IDs are unique. */
  byIndex?: Int32Array;
  /** Tally of each ID, when several items share an ID. */
  byId?: Map<string, number>;
  /** Problems: conflicts of one type over the same items count once (seven people on one strip's 7th day). */
  count: number[];
  /** Conflicts, one per resource: the lines of the Conflicts sheet. */
  findings: number[];
  errors: number[];
  list: number[];
  typeLists: string[][];
}

/**
 * Tally the conflicts per item, each conflict counted once per ID it names, and each problem (a type over the same
 * items: one strip's 7th consecutive day for all 42 people on it) once.
 */
function tallyConflicts(model: Model, active: ActiveItems, conflicts: Conflict[]): ConflictTallies {
  const tallies: ConflictTallies = { count: [], findings: [], errors: [], list: [], typeLists: [[]] };
  if (!conflicts.length) return tallies;
  const { count, findings, errors, list, typeLists } = tallies;
  const problems = new Set<string>();
  if (active.uniqueIds) tallies.byIndex = new Int32Array(model.items.length).fill(-1);
  else tallies.byId = new Map();
  // Type lists grow one type at a time: list L extended by type code c is extended.get(L * 1024 + c).
  const typeCode = new Map<string, number>();
  const extended = new Map<number, number>();
  for (const c of conflicts) {
    let code = typeCode.get(c.type);
    if (code === undefined) typeCode.set(c.type, (code = typeCode.size));
    const ids = c.items.length > 16 ? [...new Set(c.items)] : c.items;
    const key = problemKey(c);
    const repeated = problems.has(key);
    if (!repeated) problems.add(key);
    for (let j = 0; j < ids.length; j++) {
      if (ids.indexOf(ids[j]) !== j) continue; // named twice in one conflict
      let t: number;
      if (tallies.byIndex) {
        const i = active.byId(ids[j]);
        if (i < 0) continue;
        t = tallies.byIndex[i];
        if (t < 0) tallies.byIndex[i] = t = count.length;
      } else {
        t = tallies.byId?.get(ids[j]) ?? -1;
        if (t < 0) tallies.byId?.set(ids[j], (t = count.length));
      }
      if (t === count.length) (count.push(0), findings.push(0), errors.push(0), list.push(0));
      findings[t]++;
      if (repeated) continue;
      count[t]++;
      if (c.severity === "error") errors[t]++;
      if (!typeLists[list[t]].includes(c.type)) {
        const key = list[t] * 1024 + code;
        let next = extended.get(key);
        if (next === undefined) {
          extended.set(key, (next = typeLists.length));
          typeLists.push([...typeLists[list[t]], c.type]);
        }
        list[t] = next;
      }
    }
  }
  return tallies;
}

/**
 * Node numbers by score descending, then scheduled start, then node (schedule) order. Scores are
 * compared in whole cents (the rounded score): a counting sort over cents, then each run of equal
 * cents sorted by start. Values a counting sort cannot take (NaN, a huge range) use a comparison sort.
 */
export function rankOrder(cents: Float64Array, start: Float64Array): Int32Array {
  const n = cents.length;
  const ranked = new Int32Array(n);
  if (!n) return ranked;
  let low = Infinity;
  let high = -Infinity;
  let countable = true;
  for (let k = 0; k < n; k++) {
    const c = cents[k];
    if (!Number.isInteger(c) || !Number.isFinite(start[k])) countable = false;
    if (c < low) low = c;
    if (c > high) high = c;
  }
  if (!countable || high - low > 4 * n + 65536) {
    const all = Array.from({ length: n }, (_, k) => k);
    all.sort((a, b) => cents[b] - cents[a] || start[a] - start[b] || a - b);
    ranked.set(all);
    return ranked;
  }
  // Bucket b holds cents high - b; nodes enter in node order, so each bucket is in node order.
  const bucketStart = new Int32Array(high - low + 2);
  for (let k = 0; k < n; k++) bucketStart[high - cents[k] + 1]++;
  for (let b = 1; b < bucketStart.length; b++) bucketStart[b] += bucketStart[b - 1];
  const fill = bucketStart.slice(0, bucketStart.length - 1);
  for (let k = 0; k < n; k++) ranked[fill[high - cents[k]]++] = k;
  for (let b = 0; b + 1 < bucketStart.length; b++) {
    // A run of equal cents is in node order: sort it by start, then node (starts are finite here).
    if (bucketStart[b + 1] - bucketStart[b] > 1) sortByKey(ranked.subarray(bucketStart[b], bucketStart[b + 1]), start);
  }
  return ranked;
}

/**
 * Every non-cancelled item, most urgent first, ranked 1..n: the dated items by score, then the items
 * without a readable Date (nothing can be planned around them until they have one).
 */
export function prioritize(model: Model, conflicts: Conflict[]): Priority[] {
  const ranked = rankDatedItems(model, conflicts);
  for (const p of undatedItems(model)) {
    p.rank = ranked.length + 1;
    ranked.push(p);
  }
  return ranked;
}

/** "priority 2 (High)", or "priority 7". */
function priorityReason(p: number): string {
  return PRIORITY_NAMES[p] ? `priority ${p} (${PRIORITY_NAMES[p]})` : `priority ${p}`;
}

const NO_DATE_REASON = "no readable Date: not on the schedule yet";

/** Non-cancelled items without a Date, by their Priority column's points, then schedule order. */
function undatedItems(model: Model): Priority[] {
  const out: { p: Priority; points: number; order: number }[] = [];
  model.items.forEach((item, order) => {
    if (item.cancelled || item.date !== null) return;
    const reasons = [NO_DATE_REASON];
    let points = 0;
    if (item.priority !== undefined) {
      points = Math.max(0, 5 - item.priority) * WEIGHTS.priorityStep;
      reasons.push(priorityReason(item.priority));
    }
    out.push({ p: { item: item.id, rank: 0, score: points, reasons }, points, order });
  });
  return out.sort((a, b) => b.points - a.points || a.order - b.order).map((x) => x.p);
}

/** Every non-cancelled dated item, most urgent first, ranked 1..n. */
function rankDatedItems(model: Model, conflicts: Conflict[]): Priority[] {
  const columns = scheduleColumns(model);
  const { flags, date } = columns;
  const items = model.items;
  let n = 0;
  let firstDate = Infinity;
  for (let i = 0; i < items.length; i++) {
    if (flags[i] & ACTIVE) {
      n++;
      firstDate = Math.min(firstDate, date[i]);
    }
  }
  if (!n) return [];
  const active = new ActiveItems(model, flags);
  const tallies = tallyConflicts(model, active, conflicts);

  const missText = memoize((late: number) => `misses its deadline by ${spanText(late)}`);
  // Later than its own End says (the deadline finding's figure): the reason says why the figures differ.
  const pushedMissText = memoize(
    (late: number) => `misses its deadline by ${spanText(late)} once what it depends on is done`,
  );
  const spareText = memoize((spare: number) => `deadline in ${spanText(spare)}`);
  const priorityText = memoize(priorityReason);
  const blocksText = memoize((count: number) => `blocks ${plural(count, "strip", "strips")}`);
  const slackText = memoize((minutes: number) => `only ${formatDuration(minutes)} of slack`);
  // "in 1 conflict (consecutive-days), 42 findings": the Conflicts sheet has a line per resource.
  const conflictText = tallies.typeLists.map((types) =>
    memoize((count: number) => `in ${plural(count, "conflict", "conflicts")} (${types.join(", ")})`),
  );

  // Node k is the k-th active item in schedule order; its Priority is made here and ranked below.
  const cents = new Float64Array(n);
  const startOf = new Float64Array(n);
  const byNode: Priority[] = new Array<Priority>(n);
  /** Score item i as node k; `chain` holds its figures when it is in a dependency chain. */
  const place = (k: number, i: number, chain?: ChainFigures) => {
    const item = items[i];
    const start = scheduledStart(item);
    const c = chain ? chain.nodeOf[i] : -1;
    const inChain = c >= 0;
    const computed = !chain || chain.computed[c] === 1;
    const slack = chain ? chain.slack[c] : 0;
    const critical = inChain && computed && slack <= 0;
    // Most items have no reason: their list is made on the first one.
    let reasons: string[] | undefined;
    let points = 0;
    if (critical) {
      points += WEIGHTS.critical;
      (reasons ??= []).push(CRITICAL_REASON);
    } else if (inChain && computed) {
      points += WEIGHTS.chainSlack / (1 + slack / MINUTES_PER_DAY);
    }
    if (item.deadline !== undefined) {
      // No earlier than the deadline rule's end (a date-only item ends with its Date), so the reason never
      // contradicts the item's deadline conflict; later where its dependencies push it.
      const own = deadlineEnd(item);
      const finish = Math.max(own, chain && computed && inChain ? chain.earliestFinish[c] : -Infinity);
      const spare = item.deadline - finish;
      if (spare < 0) {
        points +=
          WEIGHTS.deadlineMissed + Math.min(WEIGHTS.deadlineMissedCap, (-spare / 60) * WEIGHTS.deadlineMissedPerHour);
        (reasons ??= []).push(finish > own ? pushedMissText(-spare) : missText(-spare));
      } else {
        points += WEIGHTS.deadlineNear / (1 + spare / MINUTES_PER_DAY);
        (reasons ??= []).push(spare === 0 ? AT_DEADLINE_REASON : spareText(spare));
      }
    }
    if (item.priority !== undefined) {
      points += Math.max(0, 5 - item.priority) * WEIGHTS.priorityStep;
      (reasons ??= []).push(priorityText(item.priority));
    }
    const t = tallies.byIndex ? tallies.byIndex[i] : tallies.byId ? (tallies.byId.get(item.id) ?? -1) : -1;
    if (t >= 0) {
      const errors = tallies.errors[t];
      const count = tallies.count[t];
      points += Math.min(
        WEIGHTS.conflictCap,
        errors * WEIGHTS.conflictError + (count - errors) * WEIGHTS.conflictWarning,
      );
      const found = tallies.findings[t];
      const text = conflictText[tallies.list[t]](count);
      (reasons ??= []).push(found > count ? `${text}, ${plural(found, "finding", "findings")}` : text);
    }
    const blocked = chain ? chain.blocks[c] : 0;
    if (blocked > 0) {
      points += Math.min(WEIGHTS.blockCap, blocked * WEIGHTS.blockEach);
      (reasons ??= []).push(blocksText(blocked));
    }
    if (inChain && computed && !critical && slack < MINUTES_PER_DAY) (reasons ??= []).push(slackText(slack));
    if (!computed) (reasons ??= []).push(CYCLE_REASON);
    points += WEIGHTS.soon / (1 + (date[i] - firstDate) / 7);

    cents[k] = Math.round(points * 100);
    startOf[k] = start;
    const p: Priority = { item: item.id, rank: 0, score: cents[k] / 100, reasons: reasons ?? NO_REASONS };
    if (inChain && computed) {
      p.slackMinutes = Math.round(slack);
      p.critical = critical;
    }
    byNode[k] = p;
  };

  // One pass over the items: score each as if in no chain, and gather Depends On.
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0, k = 0; i < items.length; i++) {
    if (!(flags[i] & ACTIVE)) continue;
    if (items[i].dependsOn.length) addDependencies(model, columns, active, i, from, to);
    place(k++, i);
  }
  if (from.length) {
    const chains = buildChains(items.length, from, to);
    const order = topologicalOrder(chains);
    const figures = {
      ...criticalPath(model, chains, order),
      nodeOf: chains.nodeOf,
      blocks: countBlocked(chains, order, n - 1),
    };
    // The chain items again, with their figures (node k of item i: the active items before it).
    for (let c = 0, i = 0, k = 0; c < chains.items.length; c++) {
      for (; i < chains.items[c]; i++) if (flags[i] & ACTIVE) k++;
      place(k, i, figures);
    }
  }

  const ranked = rankOrder(cents, startOf);
  const out: Priority[] = new Array<Priority>(n);
  for (let r = 0; r < n; r++) {
    out[r] = byNode[ranked[r]];
    out[r].rank = r + 1;
  }
  return out;
}
