import type { Rng } from '../random';
import type { CandidateStep, PlanningProblem } from './types';

/** Test support for the planner: small problems, an independent feasibility check and brute force. */

/** An independent check of a schedule against the problem's constraints (no code shared with the model). */
export function isFeasible(problem: PlanningProblem, starts: Map<string, number>): boolean {
  const steps = new Map(problem.steps.map((s) => [s.id, s]));
  const load = new Map<string, number[]>();
  const count = new Map<string, number[]>();
  for (const [id, t] of starts) {
    const s = steps.get(id)!;
    if (t < s.earliestMonth || t + s.durationMonths > problem.horizonMonths) return false;
    for (const dep of s.dependsOn) {
      const p = starts.get(dep);
      if (p === undefined || p + steps.get(dep)!.durationMonths > t) return false;
    }
    for (const l of s.loads) {
      for (let m = t; m < t + s.durationMonths; m++) {
        const row = load.get(l.unitId) ?? Array(problem.horizonMonths).fill(0);
        const rowCount = count.get(l.unitId) ?? Array(problem.horizonMonths).fill(0);
        row[m] += l.load;
        rowCount[m] += 1;
        load.set(l.unitId, row);
        count.set(l.unitId, rowCount);
      }
    }
  }
  return problem.units.every((u) => {
    const cap = (m: number) => (typeof u.capacity === 'number' ? u.capacity : u.capacity[m]!);
    const row = load.get(u.id) ?? [];
    const rowCount = count.get(u.id) ?? [];
    return row.every((l, m) => l <= cap(m) + 1e-9) && rowCount.every((c) => c <= u.maxConcurrent);
  });
}

export const scheduleValue = (problem: PlanningProblem, starts: Map<string, number>) => {
  let total = 0;
  for (const s of problem.steps) {
    const t = starts.get(s.id);
    if (t !== undefined) total += s.value * s.confidence * (1 + problem.discountRate) ** -t;
  }
  return total;
};

/** The optimum by enumerating every assignment of each step to "deferred" or a start month. */
export function bruteForce(problem: PlanningProblem): number {
  const n = problem.steps.length;
  const choices = problem.horizonMonths + 1;
  let best = 0;
  for (let code = 0; code < choices ** n; code++) {
    const starts = new Map<string, number>();
    let c = code;
    for (const s of problem.steps) {
      const k = c % choices;
      c = Math.floor(c / choices);
      if (k > 0) starts.set(s.id, k - 1);
    }
    if (isFeasible(problem, starts)) best = Math.max(best, scheduleValue(problem, starts));
  }
  return best;
}

export function randomSmallProblem(rng: Rng): PlanningProblem {
  const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
  const units = Array.from({ length: int(2, 3) }, (_, u) => ({
    id: `u${u}`,
    capacity: [int(2, 5), int(2, 5), int(2, 5)],
    maxConcurrent: int(1, 2),
  }));
  const steps: CandidateStep[] = [];
  const n = int(5, 8);
  for (let i = 0; i < n; i++) {
    const targets = [...new Set([int(0, units.length - 1), int(0, units.length - 1)])];
    steps.push({
      id: `s${i}`,
      applicationId: `a${i % 3}`,
      label: `step ${i}`,
      value: int(1, 20),
      confidence: int(3, 10) / 10,
      loads: targets.map((u) => ({ unitId: `u${u}`, load: int(1, 2) })),
      durationMonths: int(1, 2),
      earliestMonth: int(0, 1),
      dependsOn: i > 0 && rng() < 0.3 ? [`s${int(0, i - 1)}`] : [],
    });
  }
  return { steps, units, horizonMonths: 3, discountRate: 0.05 };
}

export function step(id: string, fields: Partial<CandidateStep>): CandidateStep {
  return {
    id,
    applicationId: 'app',
    label: id,
    value: 1,
    confidence: 1,
    loads: [],
    durationMonths: 1,
    earliestMonth: 0,
    dependsOn: [],
    ...fields,
  };
}
