import { describe, expect, it } from 'vitest';
import { planGreedy } from './greedy';
import { loadHighs } from './load-highs';
import { planNextSteps } from './solve';
import { step } from './test-problems';
import type { PlanningProblem } from './types';

const highs = await loadHighs();

const solve = (problem: PlanningProblem) =>
  planNextSteps(problem, { highs, timeLimitSeconds: 10, relativeGap: 0 });

describe('binding reasons for deferred steps', () => {
  it('names the saturated unit and month, and a dependent waiting on a deferred prerequisite', () => {
    // Team A holds 2 in month 0 and nothing after: the two small steps (6 + 6) beat the big one (10 + 1 for
    // its follow-up in team C), so the big step is deferred by A's capacity and its follow-up by the big step.
    const problem: PlanningProblem = {
      horizonMonths: 2,
      discountRate: 0,
      units: [
        { id: 'A', capacity: [2, 0], maxConcurrent: 5 },
        { id: 'C', capacity: 5, maxConcurrent: 5 },
      ],
      steps: [
        step('big', { value: 10, loads: [{ unitId: 'A', load: 2 }] }),
        step('small-1', { value: 6, loads: [{ unitId: 'A', load: 1 }] }),
        step('small-2', { value: 6, loads: [{ unitId: 'A', load: 1 }] }),
        step('follow-up', { value: 1, loads: [{ unitId: 'C', load: 1 }], dependsOn: ['big'] }),
      ],
    };
    const plan = solve(problem);
    expect(plan.value).toBe(12);
    const big = plan.deferred.find((d) => d.stepId === 'big')!;
    expect(big.reason).toEqual({
      kind: 'capacity',
      month: 0,
      loadMonth: 0,
      unitId: 'A',
      plannedLoad: 2,
      stepLoad: 2,
      capacity: 2,
    });
    expect(big.blockedMonths.map((b) => b.month)).toEqual([0]);
    const followUp = plan.deferred.find((d) => d.stepId === 'follow-up')!;
    expect(followUp.reason).toEqual({
      kind: 'dependency',
      month: 1,
      dependsOn: 'big',
      prerequisiteEndMonth: null,
    });
  });

  it('names the unit whose concurrency limit binds, in every month the step could start', () => {
    // One change at a time in team B: the two-month step (5) fills both months, the one-month step (3) waits.
    const problem: PlanningProblem = {
      horizonMonths: 2,
      discountRate: 0,
      units: [{ id: 'B', capacity: 10, maxConcurrent: 1 }],
      steps: [
        step('long', { value: 5, durationMonths: 2, loads: [{ unitId: 'B', load: 1 }] }),
        step('short', { value: 3, loads: [{ unitId: 'B', load: 1 }] }),
      ],
    };
    const plan = solve(problem);
    expect(plan.scheduled.map((s) => s.stepId)).toEqual(['long']);
    const short = plan.deferred[0]!;
    expect(short.stepId).toBe('short');
    expect(short.blockedMonths).toEqual(
      [0, 1].map((month) => ({
        month,
        constraints: [
          { kind: 'concurrency', month, loadMonth: month, unitId: 'B', activeSteps: 1, maxConcurrent: 1 },
        ],
      })),
    );
  });

  it('names a prerequisite that ends too late', () => {
    // Steep discount (50%/month): 'urgent' takes team A's month 0, so 'pilot' runs in month 1 and its scale-out
    // (team B, which only has room in month 1) cannot start after it. Moving 'urgent' to month 1 would cost
    // 100 − 100/1.5 ≈ 33 for a scale-out worth 10/1.5 ≈ 6.7.
    const problem: PlanningProblem = {
      horizonMonths: 3,
      discountRate: 0.5,
      units: [
        { id: 'A', capacity: 1, maxConcurrent: 5 },
        { id: 'B', capacity: [1, 1, 0], maxConcurrent: 5 },
      ],
      steps: [
        step('urgent', { value: 100, loads: [{ unitId: 'A', load: 1 }] }),
        step('pilot', { value: 1, loads: [{ unitId: 'A', load: 1 }] }),
        step('scale-out', { value: 10, loads: [{ unitId: 'B', load: 1 }], dependsOn: ['pilot'] }),
      ],
    };
    const plan = solve(problem);
    expect(new Map(plan.scheduled.map((s) => [s.stepId, s.startMonth]))).toEqual(
      new Map([
        ['urgent', 0],
        ['pilot', 1],
      ]),
    );
    expect(plan.deferred).toEqual([
      {
        stepId: 'scale-out',
        reason: { kind: 'dependency', month: 1, dependsOn: 'pilot', prerequisiteEndMonth: 1 },
        blockedMonths: [
          {
            month: 1,
            constraints: [{ kind: 'dependency', month: 1, dependsOn: 'pilot', prerequisiteEndMonth: 1 }],
          },
        ],
      },
    ]);
  });

  it('gives a step without value the no-value reason, and explains greedy deferrals the same way', () => {
    const problem: PlanningProblem = {
      horizonMonths: 1,
      discountRate: 0,
      units: [{ id: 'A', capacity: 2, maxConcurrent: 2 }],
      steps: [
        step('nothing-known', { value: 50, confidence: 0, loads: [{ unitId: 'A', load: 1 }] }),
        step('big', { value: 10, loads: [{ unitId: 'A', load: 2 }] }),
        step('small', { value: 6, loads: [{ unitId: 'A', load: 1 }] }),
      ],
    };
    const plan = solve(problem);
    expect(plan.deferred.find((d) => d.stepId === 'nothing-known')!.reason).toEqual({ kind: 'no-value' });
    const greedy = planGreedy(problem);
    expect(greedy.scheduled.map((s) => s.stepId)).toEqual(['big']);
    expect(greedy.deferred.find((d) => d.stepId === 'small')!.reason).toMatchObject({
      kind: 'capacity',
      unitId: 'A',
      plannedLoad: 2,
    });
  });
});
