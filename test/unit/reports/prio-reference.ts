/**
 * The straightforward prioritization (Maps of arrays, one object per node), kept as the reference the
 * typed-array version in src/core/priorities.ts must equal on random schedules (prio-differential.test.ts).
 * Same formula: docs/prioritization.md.
 */
import type { Item, Model } from "../../../src/core/model";
import type { Conflict, Priority } from "../../../src/core/report";
import { WEIGHTS } from "../../../src/core/priorities";
import { MINUTES_PER_DAY, formatDuration } from "../../../src/core/time";

function activeDatedItems(model: Model): (Item & { date: number })[] {
  return model.items.filter((i): i is Item & { date: number } => !i.cancelled && i.date !== null);
}

/** Above this many items in dependency chains, "blocks" uses a summed upper bound instead of exact sets. */
const EXACT_BLOCKS_LIMIT = 8192;

const PRIORITY_NAMES: Record<number, string> = { 1: "Critical", 2: "High", 3: "Medium", 4: "Low" };

interface Node {
  item: Item & { date: number };
  start: number;
  duration: number;
  preds: number[];
  succs: number[];
  /** CPM figures, absent for items in or after a dependency cycle. */
  earliestFinish?: number;
  slack?: number;
  blocks: number;
}

function scheduledStart(item: Item & { date: number }): number {
  return item.start ?? item.callOnly ?? item.date * MINUTES_PER_DAY;
}

function durationOf(item: Item): number {
  if (item.timed && item.start !== undefined && item.end !== undefined) return Math.max(0, item.end - item.start);
  return item.durationMin !== undefined && item.durationMin > 0 ? item.durationMin : 0;
}

function buildGraph(model: Model): Node[] {
  const items = activeDatedItems(model).sort((a, b) => a.index - b.index);
  const nodes: Node[] = items.map((item) => ({
    item,
    start: scheduledStart(item),
    duration: durationOf(item),
    preds: [],
    succs: [],
    blocks: 0,
  }));
  const byItem = new Map<Item, number>(items.map((it, i) => [it, i]));
  const byId = new Map<string, number>();
  items.forEach((it, i) => {
    if (!byId.has(it.id)) byId.set(it.id, i);
  });
  nodes.forEach((node, i) => {
    const seen = new Set<number>();
    for (const dep of node.item.dependsOn) {
      const target = model.itemById.get(dep);
      const p = (target && byItem.get(target)) ?? byId.get(dep.trim());
      // Unknown, cancelled or dateless predecessors and self-references carry no CPM edge.
      if (p === undefined || p === i || seen.has(p)) continue;
      seen.add(p);
      node.preds.push(p);
      nodes[p].succs.push(i);
    }
  });
  return nodes;
}

/** Kahn's order; nodes in or after a cycle are left out. */
function topologicalOrder(nodes: Node[]): number[] {
  const indegree = nodes.map((n) => n.preds.length);
  const order: number[] = [];
  for (let i = 0; i < nodes.length; i++) if (indegree[i] === 0) order.push(i);
  for (let head = 0; head < order.length; head++) {
    for (const s of nodes[order[head]].succs) if (--indegree[s] === 0) order.push(s);
  }
  return order;
}

/** Union-find root of a node (path halving, iterative). */
function root(parent: number[], i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]];
    i = parent[i];
  }
  return i;
}

/**
 * Forward and backward pass. The "project end" a chain is measured against is the latest earliest
 * finish within its own dependency chain (connected component), capped by each item's Deadline.
 */
function criticalPath(nodes: Node[], order: number[]): void {
  const parent = nodes.map((_, i) => i);
  nodes.forEach((n, i) => {
    for (const p of n.preds) parent[root(parent, p)] = root(parent, i);
  });
  const finish: number[] = new Array<number>(nodes.length).fill(0);
  const chainEnd = new Map<number, number>();
  for (const i of order) {
    const n = nodes[i];
    let es = n.start;
    for (const p of n.preds) es = Math.max(es, finish[p]);
    finish[i] = es + n.duration;
    n.earliestFinish = finish[i];
    const r = root(parent, i);
    chainEnd.set(r, Math.max(chainEnd.get(r) ?? -Infinity, finish[i]));
  }
  const latestStart: number[] = new Array<number>(nodes.length).fill(Infinity);
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k];
    const n = nodes[i];
    let lf = Math.min(chainEnd.get(root(parent, i)) ?? finish[i], n.item.deadline ?? Infinity);
    for (const s of n.succs) lf = Math.min(lf, latestStart[s]);
    latestStart[i] = lf - n.duration;
    // Its own deadline from the deadline rule's end where later than the finish (a date-only item: its Date's end).
    const ruleEnd = n.item.timed ? n.start + n.duration : (n.item.date + 1) * MINUTES_PER_DAY;
    const own = (n.item.deadline ?? Infinity) - Math.max(0, ruleEnd - finish[i]);
    n.slack = Math.min(lf, own) - finish[i];
  }
}

/** Transitive successor counts: exact bitsets over chain nodes, else a summed upper bound. */
function countBlocked(nodes: Node[], order: number[]): void {
  const inOrder = new Set(order);
  const chain = order.filter((i) => nodes[i].succs.length > 0 || nodes[i].preds.length > 0);
  if (chain.length <= EXACT_BLOCKS_LIMIT) {
    const local = new Map(chain.map((n, k) => [n, k]));
    const words = Math.ceil(chain.length / 32);
    const bits = new Uint32Array(chain.length * words);
    for (let k = chain.length - 1; k >= 0; k--) {
      const base = k * words;
      for (const s of nodes[chain[k]].succs) {
        const sk = local.get(s);
        if (sk === undefined) continue;
        bits[base + (sk >>> 5)] |= 1 << (sk & 31);
        for (let w = 0; w < words; w++) bits[base + w] |= bits[sk * words + w];
      }
      let count = 0;
      for (let w = 0; w < words; w++) count += popcount(bits[base + w]);
      nodes[chain[k]].blocks = count;
    }
  } else {
    for (let k = order.length - 1; k >= 0; k--) {
      const n = nodes[order[k]];
      n.blocks = Math.min(
        nodes.length - 1,
        n.succs.reduce((sum, s) => sum + 1 + nodes[s].blocks, 0),
      );
    }
  }
  // Items in or after a cycle: a plain walk (rare, and only over their own successors).
  nodes.forEach((n, i) => {
    if (inOrder.has(i)) return;
    const seen = new Set<number>([i]);
    const stack = [...n.succs];
    while (stack.length) {
      const s = stack.pop() as number;
      if (seen.has(s)) continue;
      seen.add(s);
      stack.push(...nodes[s].succs);
    }
    n.blocks = seen.size - 1;
  });
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

/** Every non-cancelled dated item, most urgent first, ranked 1..n (the reference). */
export function prioritizeReference(model: Model, conflicts: Conflict[]): Priority[] {
  const nodes = buildGraph(model);
  if (!nodes.length) return [];
  const order = topologicalOrder(nodes);
  criticalPath(nodes, order);
  countBlocked(nodes, order);

  const conflictsOf = new Map<string, Conflict[]>();
  for (const c of conflicts) {
    for (const id of new Set(c.items)) {
      const list = conflictsOf.get(id);
      if (list) list.push(c);
      else conflictsOf.set(id, [c]);
    }
  }
  const firstDate = nodes.reduce((min, n) => Math.min(min, n.item.date), Infinity);

  const scored = nodes.map((n) => {
    const reasons: string[] = [];
    let score = 0;
    const computed = n.slack !== undefined;
    const inChain = n.preds.length > 0 || n.succs.length > 0;
    const critical = computed && inChain && (n.slack as number) <= 0;
    if (critical) {
      score += WEIGHTS.critical;
      reasons.push("on the critical path");
    } else if (computed && inChain) {
      score += WEIGHTS.chainSlack / (1 + (n.slack as number) / MINUTES_PER_DAY);
    }
    if (n.item.deadline !== undefined) {
      // The deadline rule's end (End, or the end of the Date), or the chain's earliest finish where later.
      const end = n.item.timed ? n.start + n.duration : (n.item.date + 1) * MINUTES_PER_DAY;
      const finish = Math.max(end, inChain && n.earliestFinish !== undefined ? n.earliestFinish : -Infinity);
      const spare = n.item.deadline - finish;
      if (spare < 0) {
        score +=
          WEIGHTS.deadlineMissed + Math.min(WEIGHTS.deadlineMissedCap, (-spare / 60) * WEIGHTS.deadlineMissedPerHour);
        reasons.push(
          `misses its deadline by ${spanText(-spare)}${finish > end ? " once what it depends on is done" : ""}`,
        );
      } else {
        score += WEIGHTS.deadlineNear / (1 + spare / MINUTES_PER_DAY);
        reasons.push(spare === 0 ? "ends exactly at its deadline" : `deadline in ${spanText(spare)}`);
      }
    }
    if (n.item.priority !== undefined) {
      score += Math.max(0, 5 - n.item.priority) * WEIGHTS.priorityStep;
      const name = PRIORITY_NAMES[n.item.priority];
      reasons.push(name ? `priority ${n.item.priority} (${name})` : `priority ${n.item.priority}`);
    }
    const mine = conflictsOf.get(n.item.id) ?? [];
    if (mine.length) {
      // One problem per type and set of items, however many resources it names.
      const problems = [...new Map(mine.map((c) => [JSON.stringify([c.type, c.severity, c.items]), c])).values()];
      const errors = problems.filter((c) => c.severity === "error").length;
      score += Math.min(
        WEIGHTS.conflictCap,
        errors * WEIGHTS.conflictError + (problems.length - errors) * WEIGHTS.conflictWarning,
      );
      const types = [...new Set(mine.map((c) => c.type))].join(", ");
      const findings = mine.length > problems.length ? `, ${plural(mine.length, "finding", "findings")}` : "";
      reasons.push(`in ${plural(problems.length, "conflict", "conflicts")} (${types})${findings}`);
    }
    if (n.blocks > 0) {
      score += Math.min(WEIGHTS.blockCap, n.blocks * WEIGHTS.blockEach);
      reasons.push(`blocks ${plural(n.blocks, "strip", "strips")}`);
    }
    if (!critical && computed && inChain && (n.slack as number) < MINUTES_PER_DAY) {
      reasons.push(`only ${formatDuration(n.slack as number)} of slack`);
    }
    if (!computed) reasons.push("in or after a dependency cycle (no critical-path figures)");
    score += WEIGHTS.soon / (1 + (n.item.date - firstDate) / 7);

    const p: Priority = { item: n.item.id, rank: 0, score: Math.round(score * 100) / 100, reasons };
    if (computed && inChain) {
      p.slackMinutes = Math.round(n.slack as number);
      p.critical = critical;
    }
    return { p, start: n.start, index: n.item.index };
  });

  scored.sort((a, b) => (b.p.score as number) - (a.p.score as number) || a.start - b.start || a.index - b.index);
  return scored.map((s, k) => ({ ...s.p, rank: k + 1 }));
}
