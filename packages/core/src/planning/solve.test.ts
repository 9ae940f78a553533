import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../random';
import { generatePortfolio } from './generate';
import { planGreedy } from './greedy';
import { loadHighs } from './load-highs';
import { preparePlanningProblem } from './prepare';
import { planNextSteps } from './solve';
import type { CandidateStep, Plan, PlanningProblem } from './types';

const highs = await loadHighs();

/** An independent check of a schedule against the problem's constraints (no code shared with the model). */
function isFeasible(problem: PlanningProblem, starts: Map<string, number>): boolean {
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

const scheduleValue = (problem: PlanningProblem, starts: Map<string, number>) => {
  let total = 0;
  for (const s of problem.steps) {
    const t = starts.get(s.id);
    if (t !== undefined) total += s.value * s.confidence * (1 + problem.discountRate) ** -t;
  }
  return total;
};

/** The optimum by enumerating every assignment of each step to "deferred" or a start month. */
function bruteForce(problem: PlanningProblem): number {
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

const startsOf = (plan: Plan) => new Map(plan.scheduled.map((s) => [s.stepId, s.startMonth]));

function randomSmallProblem(rng: Rng): PlanningProblem {
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

describe('planNextSteps', () => {
  it('finds the optimum computed by hand: a two-month step shares capacity with two one-month steps', () => {
    // Unit cap 3/month, k 2. C (6, two months) must start in month 0; A (10) fits beside it in month 0,
    // B (8 × 0.5 = 4) in month 1, discounted by 1.1: 6 + 10 + 4/1.1.
    const problem: PlanningProblem = {
      horizonMonths: 2,
      discountRate: 0.1,
      units: [{ id: 'team', capacity: 3, maxConcurrent: 2 }],
      steps: [
        step('A', { value: 10, loads: [{ unitId: 'team', load: 2 }] }),
        step('B', { value: 8, confidence: 0.5, loads: [{ unitId: 'team', load: 2 }] }),
        step('C', { value: 6, durationMonths: 2, loads: [{ unitId: 'team', load: 1 }] }),
      ],
    };
    const plan = planNextSteps(problem, { highs, timeLimitSeconds: 10, relativeGap: 0 });
    expect(plan.status).toBe('optimal');
    expect(plan.value).toBeCloseTo(16 + 4 / 1.1, 10);
    expect(startsOf(plan)).toEqual(
      new Map([
        ['A', 0],
        ['B', 1],
        ['C', 0],
      ]),
    );
    expect(plan.gap).toBeCloseTo(0, 6);
    expect(plan.deferred).toEqual([]);
  });

  it('equals brute-force enumeration on random instances of up to 8 steps over 3 months', () => {
    const rng = createRng(8);
    let solved = 0;
    let greedyBehind = 0;
    for (let attempt = 0; solved < 8 && attempt < 100; attempt++) {
      const problem = randomSmallProblem(rng);
      try {
        preparePlanningProblem(problem);
      } catch {
        continue; // a random chain that cannot fit the horizon: rejected up front, not this test's subject
      }
      const plan = planNextSteps(problem, { highs, timeLimitSeconds: 10, relativeGap: 0 });
      const best = bruteForce(problem);
      expect(plan.status).toBe('optimal');
      expect(isFeasible(problem, startsOf(plan))).toBe(true);
      expect(plan.value).toBeCloseTo(best, 9);
      expect(scheduleValue(problem, startsOf(plan))).toBeCloseTo(plan.value, 9);
      const greedy = planGreedy(problem);
      expect(isFeasible(problem, startsOf(greedy))).toBe(true);
      expect(greedy.value).toBeLessThanOrEqual(best + 1e-9);
      if (greedy.value < best - 1e-9) greedyBehind++;
      solved++;
    }
    expect(solved).toBe(8);
    // The instances have contention: on some of them the rank-by-score plan is not optimal.
    expect(greedyBehind).toBeGreaterThan(0);
  });

  it('beats the greedy rank-by-score plan when a big step blocks two better small ones', () => {
    const problem: PlanningProblem = {
      horizonMonths: 1,
      discountRate: 0,
      units: [{ id: 'team', capacity: 2, maxConcurrent: 2 }],
      steps: [
        step('big', { value: 10, loads: [{ unitId: 'team', load: 2 }] }),
        step('small-1', { value: 6, loads: [{ unitId: 'team', load: 1 }] }),
        step('small-2', { value: 6, loads: [{ unitId: 'team', load: 1 }] }),
      ],
    };
    const greedy = planGreedy(problem);
    const plan = planNextSteps(problem, { highs, timeLimitSeconds: 10, relativeGap: 0 });
    expect(greedy.scheduled.map((s) => s.stepId)).toEqual(['big']);
    expect(greedy.value).toBe(10);
    expect(plan.scheduled.map((s) => s.stepId)).toEqual(['small-1', 'small-2']);
    expect(plan.value).toBe(12);
  });

  it('reports the time limit with a bound and a gap, keeping a feasible plan at least as good as greedy', () => {
    const problem = generatePortfolio({
      rng: createRng(3),
      steps: 300,
      units: 30,
      horizonMonths: 12,
      tightness: 0.4,
    });
    const plan = planNextSteps(problem, { highs, timeLimitSeconds: 0.2, relativeGap: 0 });
    expect(plan.status).toBe('time-limit');
    expect(plan.bound).toBeGreaterThanOrEqual(plan.value);
    expect(plan.gap).toBeCloseTo((plan.bound! - plan.value) / plan.value, 12);
    expect(plan.gap).toBeGreaterThan(0);
    expect(isFeasible(problem, startsOf(plan))).toBe(true);
    expect(plan.value).toBeGreaterThanOrEqual(planGreedy(problem).value - 1e-9);
    expect(plan.scheduled.length + plan.deferred.length).toBe(300);
  });

  it('rejects a non-positive time limit', () => {
    expect(() => planNextSteps(smallProblem(), { highs, timeLimitSeconds: 0 })).toThrow(
      expect.objectContaining({ parameter: 'timeLimitSeconds' }),
    );
  });
});

function step(id: string, fields: Partial<CandidateStep>): CandidateStep {
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

function smallProblem(): PlanningProblem {
  return {
    horizonMonths: 1,
    discountRate: 0,
    units: [{ id: 'team', capacity: 1, maxConcurrent: 1 }],
    steps: [step('a', { loads: [{ unitId: 'team', load: 1 }] })],
  };
}
