import { UnitLedger } from './ledger';
import { planFromLedger } from './plan';
import { type PreparedProblem, preparePlanningProblem } from './prepare';
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
  const { steps } = prepared;
  const ledger = new UnitLedger(prepared);
  const rank = [...steps].sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
  return planFromLedger(prepared, ledger, { method: 'greedy', status: 'greedy', bound: null, solveMs: null });
}
