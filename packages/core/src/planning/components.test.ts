import { describe, expect, it } from 'vitest';
import { independentParts } from './components';
import { preparePlanningProblem } from './prepare';
import { step } from './test-problems';
import type { PlanningProblem } from './types';

describe('independentParts', () => {
  it('joins steps that share a unit or a dependency, and gives each part only its own units', () => {
    const on = (...units: string[]) => units.map((unitId) => ({ unitId, load: 1 }));
    const problem: PlanningProblem = {
      horizonMonths: 6,
      discountRate: 0.01,
      units: ['sales', 'support', 'legal', 'finance', 'hr', 'idle'].map((id) => ({
        id,
        capacity: 2,
        maxConcurrent: 2,
      })),
      steps: [
        step('a', { loads: on('sales') }),
        step('b', { loads: on('sales', 'support') }),
        step('c', { loads: on('support') }),
        // d and e share no unit: the dependency alone puts them in one part.
        step('d', { loads: on('legal') }),
        step('e', { loads: on('finance'), dependsOn: ['d'] }),
        step('f', { loads: on('hr') }),
      ],
    };
    const parts = independentParts(preparePlanningProblem(problem));
    expect(parts.map((p) => p.prepared.problem.steps.map((s) => s.id))).toEqual([
      ['f'],
      ['d', 'e'],
      ['a', 'b', 'c'],
    ]);
    expect(parts.map((p) => p.steps)).toEqual([[5], [3, 4], [0, 1, 2]]);
    expect(parts.map((p) => p.prepared.problem.units.map((u) => u.id))).toEqual([
      ['hr'],
      ['legal', 'finance'],
      ['sales', 'support'],
    ]);
    for (const part of parts) {
      expect(part.prepared.problem.horizonMonths).toBe(6);
      expect(part.prepared.problem.discountRate).toBe(0.01);
      // Cut down, not prepared again: the same as preparing the part's own problem from scratch.
      const fresh = preparePlanningProblem(part.prepared.problem);
      expect(part.prepared.steps).toEqual(fresh.steps);
      expect(part.prepared.units).toEqual(fresh.units);
      expect(part.prepared.order).toEqual(fresh.order);
      expect(part.prepared.stepIndex).toEqual(fresh.stepIndex);
    }
  });

  it('keeps a unit’s monthly capacities and concurrency in its part', () => {
    const problem: PlanningProblem = {
      horizonMonths: 3,
      discountRate: 0,
      units: [{ id: 'team', capacity: [1, 2, 3], maxConcurrent: 4 }],
      steps: [step('a', { loads: [{ unitId: 'team', load: 1 }] })],
    };
    const [part] = independentParts(preparePlanningProblem(problem));
    expect(part!.prepared.problem.units).toEqual([{ id: 'team', capacity: [1, 2, 3], maxConcurrent: 4 }]);
  });
});
