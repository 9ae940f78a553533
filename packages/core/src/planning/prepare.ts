import { InvalidParameterError, requireParameter } from '../errors';
import { findDependencyCycle } from './cycles';
import type { CandidateStep, PlanningProblem, PlanningUnit } from './types';

/** Longest horizon accepted: ten years of months keeps the model small enough to solve interactively. */
export const MAX_HORIZON_MONTHS = 120;

export interface PreparedUnit {
  id: string;
  capacity: number[];
  maxConcurrent: number;
}

export interface PreparedStep {
  index: number;
  id: string;
  /** value × confidence. */
  weight: number;
  /** One entry per receiving unit (unit index), loads on the same unit must not repeat. */
  loads: { unit: number; load: number; concurrent: boolean }[];
  duration: number;
  deps: number[];
  /** Every month the step can start in: after its prerequisites can end, fitting its units on its own. */
  starts: number[];
}

/** A validated problem with indices instead of ids, and each step's feasible start months. */
export interface PreparedProblem {
  problem: PlanningProblem;
  horizon: number;
  steps: PreparedStep[];
  units: PreparedUnit[];
  stepIndex: Map<string, number>;
  /** Prerequisites before dependents. */
  order: number[];
  /** (1 + r)^−t for t = 0 … horizon − 1. */
  discount: number[];
}

const isMonth = (n: number) => Number.isInteger(n) && n >= 0;
const isAmount = (n: number) => Number.isFinite(n) && n >= 0;

function prepareUnits(units: PlanningUnit[], horizon: number): PreparedUnit[] {
  const seen = new Set<string>();
  return units.map((unit, i) => {
    const at = `units[${i}]`;
    requireParameter(typeof unit.id === 'string' && unit.id !== '', `${at}.id`, 'must be a non-empty string');
    requireParameter(!seen.has(unit.id), `${at}.id`, `unit '${unit.id}' is listed twice`);
    seen.add(unit.id);
    const capacity = typeof unit.capacity === 'number' ? Array(horizon).fill(unit.capacity) : unit.capacity;
    requireParameter(
      Array.isArray(capacity) && capacity.length === horizon,
      `${at}.capacity`,
      `must be one number or ${horizon} numbers (one per month of the horizon)`,
    );
    requireParameter(capacity.every(isAmount), `${at}.capacity`, 'every month must be a finite number ≥ 0');
    requireParameter(
      Number.isInteger(unit.maxConcurrent) && unit.maxConcurrent >= 1,
      `${at}.maxConcurrent`,
      'must be an integer ≥ 1',
    );
    return { id: unit.id, capacity: [...capacity], maxConcurrent: unit.maxConcurrent };
  });
}

function checkStep(step: CandidateStep, i: number, seen: Set<string>, unitIndex: Map<string, number>) {
  const at = `steps[${i}]`;
  requireParameter(typeof step.id === 'string' && step.id !== '', `${at}.id`, 'must be a non-empty string');
  requireParameter(!seen.has(step.id), `${at}.id`, `step '${step.id}' is listed twice`);
  seen.add(step.id);
  requireParameter(isAmount(step.value), `${at}.value`, 'must be a finite number ≥ 0');
  requireParameter(step.confidence >= 0 && step.confidence <= 1, `${at}.confidence`, 'must be in [0, 1]');
  requireParameter(
    Number.isInteger(step.durationMonths) && step.durationMonths >= 1,
    `${at}.durationMonths`,
    'must be an integer ≥ 1',
  );
  requireParameter(isMonth(step.earliestMonth), `${at}.earliestMonth`, 'must be an integer ≥ 0');
  const units = new Set<string>();
  step.loads.forEach((load, j) => {
    requireParameter(
      unitIndex.has(load.unitId),
      `${at}.loads[${j}].unitId`,
      `step '${step.id}' targets unit '${load.unitId}', which is not among the units`,
    );
    requireParameter(
      !units.has(load.unitId),
      `${at}.loads[${j}].unitId`,
      `unit '${load.unitId}' is listed twice for step '${step.id}'`,
    );
    units.add(load.unitId);
    requireParameter(
      Number.isFinite(load.load) && load.load > 0,
      `${at}.loads[${j}].load`,
      'must be a finite number > 0',
    );
    requireParameter(
      load.concurrent === undefined || typeof load.concurrent === 'boolean',
      `${at}.loads[${j}].concurrent`,
      'must be true or false',
    );
  });
}

/** Validates the problem and computes each step's feasible start months; throws InvalidParameterError. */
export function preparePlanningProblem(problem: PlanningProblem): PreparedProblem {
  const horizon = problem.horizonMonths;
  requireParameter(
    Number.isInteger(horizon) && horizon >= 1 && horizon <= MAX_HORIZON_MONTHS,
    'horizonMonths',
    `must be an integer from 1 to ${MAX_HORIZON_MONTHS}`,
  );
  requireParameter(
    Number.isFinite(problem.discountRate) && problem.discountRate >= 0 && problem.discountRate < 1,
    'discountRate',
    'must be in [0, 1) per month',
  );
  const units = prepareUnits(problem.units, horizon);
  const unitIndex = new Map(units.map((u, i) => [u.id, i]));
  const seen = new Set<string>();
  problem.steps.forEach((step, i) => {
    checkStep(step, i, seen, unitIndex);
  });
  const stepIndex = new Map(problem.steps.map((s, i) => [s.id, i]));
  problem.steps.forEach((step, i) => {
    step.dependsOn.forEach((dep, j) => {
      requireParameter(
        stepIndex.has(dep),
        `steps[${i}].dependsOn[${j}]`,
        `step '${step.id}' depends on '${dep}', which is not among the steps`,
      );
    });
  });
  const cycle = findDependencyCycle(problem.steps);
  if (cycle) {
    throw new InvalidParameterError(
      `steps[${stepIndex.get(cycle[0]!)}].dependsOn`,
      `cyclic dependency: ${[...cycle, cycle[0]].join(' → ')}`,
    );
  }
  const steps: PreparedStep[] = problem.steps.map((step, index) => ({
    index,
    id: step.id,
    weight: step.value * step.confidence,
    loads: step.loads.map((l) => ({
      unit: unitIndex.get(l.unitId)!,
      load: l.load,
      concurrent: l.concurrent !== false,
    })),
    duration: step.durationMonths,
    deps: [...new Set(step.dependsOn)].map((d) => stepIndex.get(d)!),
    starts: [],
  }));
  const order = topologicalOrder(steps);
  for (const s of order) steps[s]!.starts = feasibleStarts(problem, steps, units, s, horizon);
  const discount = Array.from({ length: horizon }, (_, t) => (1 + problem.discountRate) ** -t);
  return { problem, horizon, steps, units, stepIndex, order, discount };
}

function topologicalOrder(steps: PreparedStep[]): number[] {
  const order: number[] = [];
  const done = new Uint8Array(steps.length);
  const visit = (s: number) => {
    if (done[s]) return;
    done[s] = 1;
    for (const d of steps[s]!.deps) visit(d);
    order.push(s);
  };
  for (let s = 0; s < steps.length; s++) visit(s);
  return order;
}

/** The earliest month a step may start given its own earliest month and its prerequisites' earliest ends. */
function earliestByDependencies(steps: PreparedStep[], s: number, earliestMonth: number) {
  let month = earliestMonth;
  let via: number | null = null;
  for (const d of steps[s]!.deps) {
    const dep = steps[d]!;
    const end = dep.starts[0]! + dep.duration;
    if (end > month) {
      month = end;
      via = d;
    }
  }
  return { month, via };
}

function feasibleStarts(
  problem: PlanningProblem,
  steps: PreparedStep[],
  units: PreparedUnit[],
  s: number,
  horizon: number,
): number[] {
  const step = steps[s]!;
  const source = problem.steps[s]!;
  const at = `steps[${s}]`;
  const latest = horizon - step.duration;
  requireParameter(
    source.earliestMonth <= latest,
    `${at}.earliestMonth`,
    `step '${step.id}' starts no earlier than month ${source.earliestMonth} and lasts ${step.duration} months, so it cannot end within the ${horizon}-month horizon`,
  );
  const { month: earliest, via } = earliestByDependencies(steps, s, source.earliestMonth);
  if (earliest > latest) {
    const chain = [step.id];
    let d = via;
    while (d !== null) {
      chain.unshift(steps[d]!.id);
      const next = earliestByDependencies(steps, d, problem.steps[d]!.earliestMonth);
      d = next.month === steps[d]!.starts[0] ? next.via : null;
    }
    throw new InvalidParameterError(
      `${at}.dependsOn`,
      `the dependency chain ${chain.join(' → ')} cannot end within the ${horizon}-month horizon (step '${step.id}' could start in month ${earliest} at the earliest and lasts ${step.duration} months)`,
    );
  }
  const fits = (t: number, l: { unit: number; load: number }) => {
    const capacity = units[l.unit]!.capacity;
    for (let m = t; m < t + step.duration; m++) if (l.load > capacity[m]!) return false;
    return true;
  };
  const starts: number[] = [];
  for (let t = earliest; t <= latest; t++) if (step.loads.every((l) => fits(t, l))) starts.push(t);
  if (starts.length > 0) return starts;
  const range = `months ${earliest}–${latest + step.duration - 1}`;
  const windows = Array.from({ length: latest - earliest + 1 }, (_, k) => earliest + k);
  const alone = step.loads.findIndex((l) => windows.every((t) => !fits(t, l)));
  if (alone >= 0) {
    const l = step.loads[alone]!;
    const unit = units[l.unit]!;
    throw new InvalidParameterError(
      `${at}.loads[${alone}].load`,
      `step '${step.id}' alone needs ${l.load} of unit '${unit.id}' per month for ${step.duration} months, more than its capacity in every window it could run in (${range})`,
    );
  }
  throw new InvalidParameterError(
    `${at}.loads`,
    `step '${step.id}' does not fit its units' capacities in any window it could run in (${range}): in each, one of its units is below the step's own load`,
  );
}
