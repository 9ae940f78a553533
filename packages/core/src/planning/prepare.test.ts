import { describe, expect, it } from 'vitest';
import { InvalidParameterError } from '../errors';
import { findDependencyCycle } from './cycles';
import { planGreedy } from './greedy';
import { preparePlanningProblem } from './prepare';
import { step as baseStep } from './test-problems';
import type { CandidateStep, PlanningProblem } from './types';

/** A one-month step loading the team by 1, unless told otherwise. */
const step = (id: string, fields: Partial<CandidateStep> = {}) =>
  baseStep(id, { loads: [{ unitId: 'team', load: 1 }], ...fields });

const problem = (steps: CandidateStep[], fields: Partial<PlanningProblem> = {}): PlanningProblem => ({
  horizonMonths: 12,
  discountRate: 0.01,
  units: [{ id: 'team', capacity: 4, maxConcurrent: 2 }],
  steps,
  ...fields,
});

function rejection(p: PlanningProblem): InvalidParameterError {
  try {
    preparePlanningProblem(p);
  } catch (error) {
    if (error instanceof InvalidParameterError) return error;
    throw error;
  }
  throw new Error('expected an InvalidParameterError');
}

describe('preparePlanningProblem rejects bad input, naming the parameter', () => {
  it('names the cycle of a cyclic dependency', () => {
    const error = rejection(
      problem([
        step('pilot', { dependsOn: ['org'] }),
        step('team-2', { dependsOn: ['pilot'] }),
        step('org', { dependsOn: ['team-2'] }),
        step('other'),
      ]),
    );
    // Each step follows the one it depends on; the search enters at 'pilot' and closes the loop at 'team-2'.
    expect(error.parameter).toBe('steps[1].dependsOn');
    expect(error.message).toBe('steps[1].dependsOn: cyclic dependency: team-2 → org → pilot → team-2');
  });

  it('finds a self-dependency and reports no cycle in a diamond', () => {
    expect(findDependencyCycle([{ id: 'a', dependsOn: ['a'] }])).toEqual(['a']);
    const diamond = [
      { id: 'a', dependsOn: [] },
      { id: 'b', dependsOn: ['a'] },
      { id: 'c', dependsOn: ['a'] },
      { id: 'd', dependsOn: ['b', 'c'] },
    ];
    expect(findDependencyCycle(diamond)).toBeNull();
  });

  it('rejects a step targeting an unknown unit and a dependency on an unknown step', () => {
    const unknownUnit = rejection(problem([step('a', { loads: [{ unitId: 'elsewhere', load: 1 }] })]));
    expect(unknownUnit.parameter).toBe('steps[0].loads[0].unitId');
    expect(unknownUnit.message).toContain("'elsewhere'");
    const unknownStep = rejection(problem([step('a'), step('b', { dependsOn: ['a', 'ghost'] })]));
    expect(unknownStep.parameter).toBe('steps[1].dependsOn[1]');
  });

  it('explains a step whose load alone exceeds its unit capacity in every month it could run', () => {
    const error = rejection(
      problem([step('ok'), step('huge', { loads: [{ unitId: 'team', load: 5 }], durationMonths: 2 })]),
    );
    expect(error.parameter).toBe('steps[1].loads[0].load');
    expect(error.message).toContain("alone needs 5 of unit 'team' per month");
    // With capacity 5 in months 3–4 only, a two-month step fits there and nowhere else: accepted.
    const capacity = [4, 4, 4, 5, 5, 4, 4, 4, 4, 4, 4, 4];
    const fits = problem([step('huge', { loads: [{ unitId: 'team', load: 5 }], durationMonths: 2 })], {
      units: [{ id: 'team', capacity, maxConcurrent: 1 }],
    });
    expect(preparePlanningProblem(fits).steps[0]!.starts).toEqual([3]);
  });

  it('explains a dependency chain longer than the horizon, naming the chain', () => {
    const error = rejection(
      problem(
        [
          step('pilot', { durationMonths: 3, earliestMonth: 1 }),
          step('team-2', { durationMonths: 3, dependsOn: ['pilot'] }),
          step('department', { durationMonths: 3, dependsOn: ['team-2'] }),
        ],
        { horizonMonths: 9 },
      ),
    );
    expect(error.parameter).toBe('steps[2].dependsOn');
    expect(error.message).toContain('pilot → team-2 → department');
    expect(error.message).toContain('9-month horizon');
  });

  it('explains a step that cannot end within the horizon on its own', () => {
    const error = rejection(problem([step('late', { earliestMonth: 10, durationMonths: 3 })]));
    expect(error.parameter).toBe('steps[0].earliestMonth');
  });

  it('checks numbers: horizon, discount, capacity shape, concurrency, confidence, duplicates', () => {
    expect(rejection(problem([], { horizonMonths: 0 })).parameter).toBe('horizonMonths');
    expect(rejection(problem([], { discountRate: -0.1 })).parameter).toBe('discountRate');
    expect(
      rejection(problem([], { units: [{ id: 'team', capacity: [1, 2], maxConcurrent: 1 }] })).parameter,
    ).toBe('units[0].capacity');
    expect(rejection(problem([], { units: [{ id: 'team', capacity: 1, maxConcurrent: 0 }] })).parameter).toBe(
      'units[0].maxConcurrent',
    );
    expect(rejection(problem([step('a', { confidence: 1.5 })])).parameter).toBe('steps[0].confidence');
    expect(rejection(problem([step('a'), step('a')])).parameter).toBe('steps[1].id');
    expect(rejection(problem([step('a', { durationMonths: 0 })])).parameter).toBe('steps[0].durationMonths');
    const rolledUp = { unitId: 'team', load: 1, concurrent: 'no' as unknown as boolean };
    expect(rejection(problem([step('a', { loads: [rolledUp] })])).parameter).toBe(
      'steps[0].loads[0].concurrent',
    );
  });

  it('the greedy plan validates its input the same way', () => {
    expect(() => planGreedy(problem([step('a', { dependsOn: ['a'] })]))).toThrow(InvalidParameterError);
  });
});
