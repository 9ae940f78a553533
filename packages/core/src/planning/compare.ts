import { requireParameter } from '../errors';
import type { Plan, PlanningProblem } from './types';

/** A what-if: new capacities or concurrency limits for units, new values or confidences for steps. */
export interface WhatIf {
  capacities?: Record<string, number | number[]>;
  maxConcurrent?: Record<string, number>;
  values?: Record<string, number>;
  confidences?: Record<string, number>;
  discountRate?: number;
}

/** The problem with the what-if's changes applied (the input is not modified); ids must exist. */
export function applyWhatIf(problem: PlanningProblem, whatIf: WhatIf): PlanningProblem {
  const unitIds = new Set(problem.units.map((u) => u.id));
  const stepIds = new Set(problem.steps.map((s) => s.id));
  const check = (changes: Record<string, unknown> | undefined, ids: Set<string>, name: string) => {
    for (const id of Object.keys(changes ?? {})) {
      requireParameter(
        ids.has(id),
        `${name}.${id}`,
        `'${id}' is not among the ${name === 'capacities' || name === 'maxConcurrent' ? 'units' : 'steps'}`,
      );
    }
  };
  check(whatIf.capacities, unitIds, 'capacities');
  check(whatIf.maxConcurrent, unitIds, 'maxConcurrent');
  check(whatIf.values, stepIds, 'values');
  check(whatIf.confidences, stepIds, 'confidences');
  return {
    ...problem,
    discountRate: whatIf.discountRate ?? problem.discountRate,
    units: problem.units.map((u) => ({
      ...u,
      capacity: whatIf.capacities?.[u.id] ?? u.capacity,
      maxConcurrent: whatIf.maxConcurrent?.[u.id] ?? u.maxConcurrent,
    })),
    steps: problem.steps.map((s) => ({
      ...s,
      value: whatIf.values?.[s.id] ?? s.value,
      confidence: whatIf.confidences?.[s.id] ?? s.confidence,
    })),
  };
}

/** Load per month that a plan puts on each unit of its problem. */
export function unitLoads(problem: PlanningProblem, plan: Plan): Map<string, number[]> {
  const loads = new Map(problem.units.map((u) => [u.id, Array<number>(problem.horizonMonths).fill(0)]));
  const steps = new Map(problem.steps.map((s) => [s.id, s]));
  for (const { stepId, startMonth, endMonth } of plan.scheduled) {
    for (const { unitId, load } of steps.get(stepId)?.loads ?? []) {
      const row = loads.get(unitId);
      if (!row) continue;
      for (let m = startMonth; m <= endMonth; m++) row[m] = (row[m] ?? 0) + load;
    }
  }
  return loads;
}

export interface StepMove {
  stepId: string;
  /** Start month in the first plan, null when deferred there (or absent). */
  before: number | null;
  after: number | null;
}

export interface UnitLoadChange {
  unitId: string;
  loadBefore: number[];
  loadAfter: number[];
  capacityBefore: number[];
  capacityAfter: number[];
}

export interface PlanComparison {
  valueBefore: number;
  valueAfter: number;
  valueChange: number;
  /** Steps whose start month differs, including steps scheduled in one plan and deferred in the other. */
  moved: StepMove[];
  /** Units whose load or capacity differs in some month. */
  units: UnitLoadChange[];
}

/** Loads are sums in plan order, so two plans' equal loads may differ in the last bits. */
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const capacityRow = (capacity: number | number[] | undefined, horizon: number) =>
  Array.isArray(capacity) ? capacity : Array<number>(horizon).fill(capacity ?? 0);

/** Side by side: a plan for a problem and a plan for its what-if (or any two plans over the same units). */
export function comparePlans(
  before: { problem: PlanningProblem; plan: Plan },
  after: { problem: PlanningProblem; plan: Plan },
): PlanComparison {
  const startsOf = (plan: Plan) => new Map(plan.scheduled.map((s) => [s.stepId, s.startMonth]));
  const a = startsOf(before.plan);
  const b = startsOf(after.plan);
  const ids = [...new Set([...before.problem.steps, ...after.problem.steps].map((s) => s.id))].sort();
  const moved = ids
    .map((stepId) => ({ stepId, before: a.get(stepId) ?? null, after: b.get(stepId) ?? null }))
    .filter((m) => m.before !== m.after);
  const loadA = unitLoads(before.problem, before.plan);
  const loadB = unitLoads(after.problem, after.plan);
  const horizon = Math.max(before.problem.horizonMonths, after.problem.horizonMonths);
  const pad = (row: number[] | undefined) => Array.from({ length: horizon }, (_, m) => row?.[m] ?? 0);
  const unitsA = new Map(before.problem.units.map((u) => [u.id, u]));
  const unitsB = new Map(after.problem.units.map((u) => [u.id, u]));
  const unitIds = [...new Set([...unitsA.keys(), ...unitsB.keys()])].sort();
  const units = unitIds
    .map((unitId) => ({
      unitId,
      loadBefore: pad(loadA.get(unitId)),
      loadAfter: pad(loadB.get(unitId)),
      capacityBefore: pad(capacityRow(unitsA.get(unitId)?.capacity, before.problem.horizonMonths)),
      capacityAfter: pad(capacityRow(unitsB.get(unitId)?.capacity, after.problem.horizonMonths)),
    }))
    .filter((u) =>
      u.loadBefore.some(
        (l, m) => !same(l, u.loadAfter[m]!) || !same(u.capacityBefore[m]!, u.capacityAfter[m]!),
      ),
    );
  return {
    valueBefore: before.plan.value,
    valueAfter: after.plan.value,
    valueChange: after.plan.value - before.plan.value,
    moved,
    units,
  };
}
