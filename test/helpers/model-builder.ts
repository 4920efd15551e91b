/**
 * Builds a Model directly (no parsing) for rule and report tests.
 * Times are written "YYYY-MM-DD HH:MM" or as minutes; dates "YYYY-MM-DD".
 */
import type {
  Item,
  Model,
  Resource,
  ResourceType,
  AvailabilityWindow,
  Material,
  BudgetLine,
  TravelTime,
} from "../../src/core/model";
import { defaultRuleSets, applyRuleSetOverride } from "../../src/core/rulesets";
import { dayFromIso, MINUTES_PER_DAY } from "../../src/core/time";
import type { RuleSetNumbers } from "../../src/core/snapshot";

/** "2026-03-02" -> day serial (throws on bad input: tests only). */
export function day(iso: string): number {
  const d = dayFromIso(iso);
  if (d === null) throw new Error(`bad test date ${iso}`);
  return d;
}

/** "2026-03-02 07:30" -> minutes. */
export function at(text: string): number {
  const [d, t] = text.split(" ");
  const [h, m] = (t ?? "00:00").split(":").map(Number);
  return day(d) * MINUTES_PER_DAY + h * 60 + m;
}

export interface ItemSpec {
  id?: string;
  date: string;
  /** "HH:MM" on date; an end before start rolls to the next day like the parser does. */
  start?: string;
  end?: string;
  cast?: string[];
  crew?: string[];
  equipment?: string[];
  other?: string[];
  location?: string;
  dependsOn?: string[];
  deadline?: string;
  priority?: number;
  status?: string;
  scene?: string;
  set?: string;
  /** Day/Night: DAY, NIGHT, DAWN, DUSK... */
  dn?: string;
  shootDay?: number;
  durationMin?: number;
  eighths?: number;
}

export interface ResourceSpec {
  id?: string;
  name?: string;
  type?: ResourceType;
  role?: string;
  department?: string;
  capacity?: number;
  availableFrom?: string;
  availableTo?: string;
  unavailable?: [string, string][];
  ruleSet?: string;
  allowDrop?: boolean;
  dayRate?: number;
  hourlyRate?: number;
  account?: string;
  leadTimeMin?: number;
  address?: string;
}

export class ModelBuilder {
  private readonly resources: Resource[] = [];
  private readonly items: Item[] = [];
  private readonly availability: AvailabilityWindow[] = [];
  private readonly materials: Material[] = [];
  private readonly travel: TravelTime[] = [];
  private readonly budget: BudgetLine[] = [];
  private readonly overrides: [string, Partial<RuleSetNumbers>][] = [];
  private shootDayColumn = false;

  resource(spec: ResourceSpec): this {
    const label = spec.id ?? spec.name ?? "?";
    const r: Resource = {
      key: spec.id ? spec.id.toLowerCase() : `name:${(spec.name ?? "").toLowerCase()}`,
      id: spec.id,
      name: spec.name,
      label,
      type: spec.type ?? "cast",
      role: spec.role,
      department: spec.department,
      capacity: spec.capacity ?? 1,
      availableFrom: spec.availableFrom ? day(spec.availableFrom) : undefined,
      availableTo: spec.availableTo ? day(spec.availableTo) : undefined,
      unavailable: (spec.unavailable ?? []).map(([a, b]) => ({ from: day(a), to: day(b) })),
      ruleSet: spec.ruleSet,
      allowDrop: spec.allowDrop ?? false,
      dayRate: spec.dayRate,
      hourlyRate: spec.hourlyRate,
      account: spec.account,
      leadTimeMin: spec.leadTimeMin ?? 0,
      address: spec.address,
      order: this.resources.length,
      sheet: "Resources",
      row: this.resources.length + 2,
    };
    this.resources.push(r);
    return this;
  }

  /** Resource key for a label as the builder keys it. */
  key(label: string): string {
    const r = this.resources.find((x) => x.label === label || x.name === label);
    if (!r) throw new Error(`unknown test resource ${label}`);
    return r.key;
  }

  item(spec: ItemSpec): this {
    const index = this.items.length;
    const row = index + 2;
    const date = day(spec.date);
    let start: number | undefined;
    let end: number | undefined;
    if (spec.start && spec.end) {
      start = at(`${spec.date} ${spec.start}`);
      end = at(`${spec.date} ${spec.end}`);
      if (end < start) end += MINUTES_PER_DAY;
    }
    const keys = (labels?: string[]) => (labels ?? []).map((l) => this.key(l));
    const cast = keys(spec.cast);
    const crew = keys(spec.crew);
    const equipment = keys(spec.equipment);
    const other = keys(spec.other);
    const loc = spec.location
      ? this.resources.find((r) => r.type === "location" && r.name === spec.location)
      : undefined;
    const all = [...cast, ...crew, ...equipment, ...other, ...(loc ? [loc.key] : [])];
    this.items.push({
      id: spec.id ?? `row:${row}`,
      index,
      sheet: "Schedule",
      row,
      date,
      start,
      end,
      timed: start !== undefined,
      durationMin: spec.durationMin,
      shootDay: spec.shootDay,
      scene: spec.scene,
      set: spec.set,
      dn: spec.dn,
      eighths: spec.eighths,
      location: spec.location,
      locationKey: loc?.key,
      cast,
      crew,
      equipment,
      other,
      resourceKeys: [...new Set(all)],
      priority: spec.priority,
      deadline: spec.deadline
        ? spec.deadline.includes(" ")
          ? at(spec.deadline)
          : (day(spec.deadline) + 1) * MINUTES_PER_DAY
        : undefined,
      deadlineDateOnly: spec.deadline ? !spec.deadline.includes(" ") : undefined,
      dependsOn: spec.dependsOn ?? [],
      status: spec.status,
      cancelled: /^(cancell?ed|omitted)$/i.test(spec.status ?? ""),
      cells: { ID: `A${row}`, Date: `B${row}`, Start: `C${row}`, End: `D${row}` },
    });
    if (spec.shootDay !== undefined) this.shootDayColumn = true;
    return this;
  }

  window(label: string, from: string, to: string, kind: AvailabilityWindow["kind"] = "unavailable"): this {
    const f = from.includes(" ") ? at(from) : day(from) * MINUTES_PER_DAY;
    const t = to.includes(" ") ? at(to) : (day(to) + 1) * MINUTES_PER_DAY;
    this.availability.push({
      resourceKey: this.key(label),
      from: f,
      to: t,
      kind,
      sheet: "Availability",
      row: this.availability.length + 2,
    });
    return this;
  }

  material(item: string, delivery: string, neededFor: string[], neededBy?: string): this {
    const dOnly = !delivery.includes(" ");
    this.materials.push({
      item,
      neededFor,
      delivery: dOnly ? day(delivery) * MINUTES_PER_DAY : at(delivery),
      deliveryDateOnly: dOnly,
      neededBy: neededBy ? (neededBy.includes(" ") ? at(neededBy) : day(neededBy) * MINUTES_PER_DAY) : undefined,
      neededByDateOnly: neededBy ? !neededBy.includes(" ") : undefined,
      sheet: "Materials",
      row: this.materials.length + 2,
      cells: {},
    });
    return this;
  }

  travelTime(from: string, to: string, minutes: number): this {
    this.travel.push({ from, to, minutes });
    return this;
  }

  budgetLine(account: string, amount: number): this {
    this.budget.push({ account, amount, sheet: "Budget", row: this.budget.length + 2 });
    return this;
  }

  ruleSet(name: string, numbers: Partial<RuleSetNumbers>): this {
    this.overrides.push([name, numbers]);
    return this;
  }

  build(): Model {
    const ruleSets = defaultRuleSets();
    for (const [n, o] of this.overrides) applyRuleSetOverride(ruleSets, n, o);
    return {
      items: this.items,
      itemById: new Map(this.items.map((i) => [i.id, i])),
      resources: this.resources,
      resourceByKey: new Map(this.resources.map((r) => [r.key, r])),
      availability: this.availability,
      materials: this.materials,
      travel: this.travel,
      budget: this.budget,
      ruleSets,
      production: {},
      tables: [],
      issues: [],
      hasShootDayColumn: this.shootDayColumn,
    };
  }
}
