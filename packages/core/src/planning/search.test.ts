import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { planGreedy } from './greedy';
import { ledgerOf } from './ledger';
import { preparePlanningProblem } from './prepare';
import { improveByAnnealing } from './search';
import { bruteForce, isFeasible, randomSmallProblem, scheduleValue, step } from './test-problems';
import type { PlanningProblem } from './types';

const forever = { deadline: Number.POSITIVE_INFINITY };

/** Runs the search from the greedy plan; returns the starts it leaves, by step id. */
function anneal(problem: PlanningProblem, moves: number, seed = 1) {
  const prepared = preparePlanningProblem(problem);
  const greedy = planGreedy(problem);
  const ledger = ledgerOf(
    prepared,
    greedy.scheduled.map((s) => [prepared.stepIndex.get(s.stepId)!, s.startMonth]),
  );
  improveByAnnealing(prepared, ledger, { ...forever, moves }, createRng(seed));
  const starts = new Map<string, number>();
  ledger.start.forEach((t, s) => {
    if (t >= 0) starts.set(prepared.steps[s]!.id, t);
  });
  return { starts, greedy: greedy.value };
}

describe('improveByAnnealing', () => {
  it('reaches the brute-force optimum from the greedy plan on random instances, never leaving a broken schedule', () => {
    const rng = createRng(21);
    let solved = 0;
    let improvedOnGreedy = 0;
    for (let attempt = 0; solved < 12 && attempt < 200; attempt++) {
      const problem = randomSmallProblem(rng);
      try {
        preparePlanningProblem(problem);
      } catch {
        continue; // a random chain that cannot fit the horizon
      }
      const { starts, greedy } = anneal(problem, 4000, attempt);
      expect(isFeasible(problem, starts)).toBe(true);
      const value = scheduleValue(problem, starts);
      expect(value).toBeGreaterThanOrEqual(greedy - 1e-9);
      expect(value).toBeCloseTo(bruteForce(problem), 9);
      if (value > greedy + 1e-9) improvedOnGreedy++;
      solved++;
    }
    expect(solved).toBe(12);
    expect(improvedOnGreedy).toBeGreaterThan(0);
  });

  it('ejects a blocking step together with its dependent, keeping the dependency order', () => {
    // One team that takes one step a month over two months, holding pilot then scale-out (4 + 5); the two
    // quick wins (4.6 each) are worth more. Taking either win's month ejects the pilot, and with it the
    // scale-out, which may not run before its pilot has ended.
    const team = [{ unitId: 'team', load: 2 }];
    const problem: PlanningProblem = {
      horizonMonths: 2,
      discountRate: 0,
      units: [{ id: 'team', capacity: 2, maxConcurrent: 1 }],
      steps: [
        step('pilot', { value: 4, loads: team }),
        step('scale-out', { value: 5, loads: team, dependsOn: ['pilot'] }),
        step('win-1', { value: 4.6, loads: team }),
        step('win-2', { value: 4.6, loads: team }),
      ],
    };
    const prepared = preparePlanningProblem(problem);
    const ledger = ledgerOf(prepared, [
      [0, 0],
      [1, 1],
    ]);
    improveByAnnealing(prepared, ledger, { ...forever, moves: 2000 }, createRng(3));
    const taken = prepared.steps.filter((s) => ledger.start[s.index]! >= 0).map((s) => s.id);
    expect(taken.sort()).toEqual(['win-1', 'win-2']);
  });

  it('stops at its deadline and leaves the plan it was given when no move is possible', () => {
    const problem: PlanningProblem = {
      horizonMonths: 1,
      discountRate: 0,
      units: [{ id: 'team', capacity: 1, maxConcurrent: 1 }],
      steps: [step('only', { value: 3, loads: [{ unitId: 'team', load: 1 }] })],
    };
    const prepared = preparePlanningProblem(problem);
    const ledger = ledgerOf(prepared, [[0, 0]]);
    // A clock that moves one millisecond each time it is read (once at the start, then once per 32 moves):
    // read at moves 0, 32, 64, 96 and 128, it reaches the deadline at the fifth reading.
    let ms = 0;
    const now = () => ++ms;
    const moves = improveByAnnealing(prepared, ledger, { deadline: 6, now }, createRng(1));
    expect(moves).toBe(128);
    expect(ms).toBe(6);
    expect(Array.from(ledger.start)).toEqual([0]);
  });
});
