import { UnitLedger } from './ledger';
import { planFromLedger } from './plan';
import { type PreparedProblem, type PreparedStep, preparePlanningProblem } from './prepare';
import type { Plan, PlanningProblem } from './types';

/**
 * The rank-by-score plan prioritization tools make: steps in order of confidence-weighted value (ties by
 * id), each at its earliest month that fits every unit's capacity and concurrency; a step is taken only
 * once its prerequisites have had their turn, and is deferred when one of them is.
 */
export function planGreedy(problem: PlanningProblem): Plan {
  return planGreedyPrepared(preparePlanningProblem(problem));
}

export function planGreedyPrepared(prepared: PreparedProblem): Plan {
  const ledger = scheduleInRankOrder(prepared, (s) => s.weight);
  return planFromLedger(prepared, ledger, { method: 'greedy', status: 'greedy', bound: null, solveMs: null });
}

/**
 * Value per unit of scarce capacity: weight ÷ (duration × Σ over its units of the larger of its share of
 * the unit's mean monthly capacity and one concurrency slot). The optimizer's warm start uses it.
 */
export function densityScore(prepared: PreparedProblem): (step: PreparedStep) => number {
  const mean = prepared.units.map((u) => u.capacity.reduce((a, b) => a + b, 0) / prepared.horizon);
  return (step) => {
    let use = 0;
    for (const { unit, load, concurrent } of step.loads) {
      const slot = concurrent ? 1 / prepared.units[unit]!.maxConcurrent : 0;
      use += Math.max(load / Math.max(mean[unit]!, load), slot);
    }
    return step.weight / (step.duration * Math.max(use, 1e-9));
  };
}

/** Steps in order of `score` (ties by id), a step once its prerequisites have had their turn, each at its earliest fit. */
export function scheduleInRankOrder(
  prepared: PreparedProblem,
  score: (step: PreparedStep) => number,
): UnitLedger {
  const { steps } = prepared;
  const ledger = new UnitLedger(prepared);
  const scores = steps.map(score);
  const rank = [...steps].sort(
    (a, b) => scores[b.index]! - scores[a.index]! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const waiting = new Int32Array(steps.length);
  const dependents: number[][] = steps.map(() => []);
  for (const step of steps) {
    waiting[step.index] = step.deps.length;
    for (const d of step.deps) dependents[d]!.push(step.index);
  }
  const position = new Int32Array(steps.length);
  rank.forEach((step, i) => {
    position[step.index] = i;
  });
  // Ready steps, kept sorted by rank: the best-ranked step whose prerequisites have had their turn goes next.
  const ready = rank.filter((s) => s.deps.length === 0).map((s) => s.index);
  while (ready.length > 0) {
    const s = ready.shift()!;
    const t = ledger.earliestFit(s);
    if (t !== null) ledger.add(s, t);
    for (const dependent of dependents[s]!) {
      waiting[dependent]! -= 1;
      if (waiting[dependent] !== 0) continue;
      const at = ready.findIndex((r) => position[r]! > position[dependent]!);
      ready.splice(at < 0 ? ready.length : at, 0, dependent);
    }
  }
  return ledger;
}
