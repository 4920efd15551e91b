/**
 * The survey behind suggestions.property.test.ts: over seeded random schedules, every finding of one rule,
 * each concrete alternative of its suggestion applied to a copy of the model and the rule run again.
 */
import fc from "fast-check";
import type { Model } from "../../src/core/model";
import type { Conflict, ConflictType } from "../../src/core/report";
import { rules } from "../../src/core/rules";
import { buildModel, dayScheduleArb, denseScheduleArb, scheduleArb, type Schedule } from "./schedules";
import { edited, readSuggestion, sameFinding, sameProblem, type Alternative } from "./suggestions-lib";

export const RUNS = 300;

/** One seed per rule kind, so each survey is repeatable on its own. */
export const SEEDS: Record<ConflictType, number> = {
  "double-booking": 1101,
  unavailable: 1102,
  turnaround: 1103,
  "long-day": 1104,
  "consecutive-days": 1105,
  travel: 1106,
  dependency: 1107,
  deadline: 1108,
  "material-late": 1109,
  "budget-overrun": 1110,
};

/** Travel and double-booking need two items of one resource on one date: their schedules span two days. */
export const ARBS: Partial<Record<ConflictType, typeof scheduleArb>> = {
  travel: dayScheduleArb,
  "double-booking": denseScheduleArb,
};

/** Schedules per rule kind: at least RUNS; more where the generator makes few findings of a wording. */
export const RUNS_FOR: Partial<Record<ConflictType, number>> = { "double-booking": 8000 };

export function check(model: Model, type: ConflictType): Conflict[] {
  const rule = rules.find((r) => r.id === type);
  if (!rule) throw new Error(`no rule ${type}`);
  return rule.check(model);
}

/** What applying one alternative of one finding did. */
export interface Outcome {
  /** The schedule the finding is on (before the change). */
  model: Model;
  finding: Conflict;
  alternative: Alternative;
  /** The same finding (type, resource, items) after the change, if any. */
  remains?: Conflict;
  /** A finding with another key but the same problem (see sameProblem), if any. */
  sameProblem?: Conflict;
  /** Other findings of the same rule the change made. */
  created: Conflict[];
  magnitudeOk: boolean;
}

export function outcomes(
  model: Model,
  type: ConflictType,
): { outcomes: Outcome[]; advice: Conflict[]; findings: Conflict[] } {
  const findings = check(model, type);
  const out: Outcome[] = [];
  const advice: Conflict[] = [];
  const before = new Set(findings.map((c) => JSON.stringify([c.type, c.resource, c.items, c.message])));
  for (const f of findings) {
    const reading = readSuggestion(model, f);
    if (reading.alternatives.length === 0) advice.push(f);
    for (const alternative of reading.alternatives) {
      const after = check(edited(model, alternative.edit), type);
      out.push({
        model,
        finding: f,
        alternative,
        remains: after.find((c) => sameFinding(f, c)),
        sameProblem: after.find((c) => !sameFinding(f, c) && sameProblem(f, c)),
        created: after.filter((c) => !before.has(JSON.stringify([c.type, c.resource, c.items, c.message]))),
        magnitudeOk: alternative.shift === undefined || alternative.shift === f.magnitude,
      });
    }
  }
  return { outcomes: out, advice, findings };
}

export interface KindTally {
  checked: number;
  removed: number;
  remains: number;
  sameProblem: number;
  infeasible: number;
  magnitudeChecked: number;
  magnitudeWrong: number;
  createdOther: number;
  secondary: boolean;
}

export interface Survey {
  schedules: number;
  findings: number;
  adviceOnly: number;
  adviceParts: number;
  kinds: Map<string, KindTally>;
  /** The first few schedules where an alternative left its finding (or its problem) in place. */
  examples: { schedule: Schedule; outcome: Outcome }[];
}

export function survey(type: ConflictType, runs = RUNS_FOR[type] ?? RUNS): Survey {
  const result: Survey = { schedules: 0, findings: 0, adviceOnly: 0, adviceParts: 0, kinds: new Map(), examples: [] };
  fc.assert(
    fc.property(ARBS[type] ?? scheduleArb, (s) => {
      result.schedules++;
      const model = buildModel(s);
      const { outcomes: all, advice, findings } = outcomes(model, type);
      result.findings += findings.length;
      result.adviceOnly += advice.length;
      for (const f of findings) result.adviceParts += readSuggestion(model, f).advice.length;
      for (const o of all) {
        const k = o.alternative.kind;
        let t = result.kinds.get(k);
        if (!t) {
          t = {
            checked: 0,
            removed: 0,
            remains: 0,
            sameProblem: 0,
            infeasible: 0,
            magnitudeChecked: 0,
            magnitudeWrong: 0,
            createdOther: 0,
            secondary: !!o.alternative.secondary,
          };
          result.kinds.set(k, t);
        }
        t.checked++;
        if (o.remains) t.remains++;
        else t.removed++;
        if (o.sameProblem) t.sameProblem++;
        if (o.alternative.infeasible) t.infeasible++;
        if (o.alternative.shift !== undefined) {
          t.magnitudeChecked++;
          if (!o.magnitudeOk) t.magnitudeWrong++;
        }
        if (o.created.length) t.createdOther++;
        if ((o.remains || o.sameProblem || !o.magnitudeOk || o.alternative.infeasible) && result.examples.length < 200)
          result.examples.push({ schedule: s, outcome: o });
      }
    }),
    { numRuns: runs, seed: SEEDS[type] },
  );
  return result;
}
