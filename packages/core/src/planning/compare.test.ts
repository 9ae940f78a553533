import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { applyWhatIf, comparePlans, unitLoads } from './compare';
import { generatePortfolio } from './generate';
import { loadHighs } from './load-highs';
import { preparePlanningProblem } from './prepare';
import { planNextSteps } from './solve';
import { step as baseStep } from './test-problems';
import type { CandidateStep, PlanningProblem } from './types';

/** Each step its own application. */
const step = (id: string, fields: Partial<CandidateStep>) => baseStep(id, { applicationId: id, ...fields });

const highs = await loadHighs();

const base: PlanningProblem = {
  horizonMonths: 2,
  discountRate: 0,
  units: [
    { id: 'A', capacity: 2, maxConcurrent: 2 },
    { id: 'B', capacity: 3, maxConcurrent: 2 },
  ],
  steps: [
    step('drafting', { value: 10, loads: [{ unitId: 'A', load: 2 }], durationMonths: 2 }),
    step('triage', {
      value: 4,
      loads: [
        { unitId: 'A', load: 1 },
        { unitId: 'B', load: 1 },
      ],
    }),
    step('summaries', { value: 3, loads: [{ unitId: 'B', load: 3 }] }),
  ],
};

describe('what-if comparison', () => {
  it('more capacity in team A schedules the deferred step; the comparison shows value, moves and loads', () => {
    const before = planNextSteps(base, { highs, timeLimitSeconds: 10, relativeGap: 0 });
    // drafting fills A in both months, so triage (which needs A) is deferred; summaries runs in month 0.
    expect(before.deferred.map((d) => d.stepId)).toEqual(['triage']);
    const whatIf = applyWhatIf(base, { capacities: { A: 3 } });
    const after = planNextSteps(whatIf, { highs, timeLimitSeconds: 10, relativeGap: 0 });
    expect(after.deferred).toEqual([]);
    const comparison = comparePlans({ problem: base, plan: before }, { problem: whatIf, plan: after });
    expect(comparison.valueBefore).toBe(13);
    expect(comparison.valueAfter).toBe(17);
    expect(comparison.valueChange).toBe(4);
    expect(comparison.moved).toContainEqual({ stepId: 'triage', before: null, after: expect.any(Number) });
    const a = comparison.units.find((u) => u.unitId === 'A')!;
    expect(a.capacityBefore).toEqual([2, 2]);
    expect(a.capacityAfter).toEqual([3, 3]);
    expect(a.loadBefore).toEqual([2, 2]);
    expect(a.loadAfter.reduce((x, y) => x + y)).toBe(5);
    expect(base.units[0]!.capacity).toBe(2); // the input is not modified
  });

  it('lowering a value moves nothing when the plan stays best, and reports only the value change', () => {
    const before = planNextSteps(base, { highs, timeLimitSeconds: 10, relativeGap: 0 });
    const whatIf = applyWhatIf(base, { values: { drafting: 9 } });
    const after = planNextSteps(whatIf, { highs, timeLimitSeconds: 10, relativeGap: 0 });
    const comparison = comparePlans({ problem: base, plan: before }, { problem: whatIf, plan: after });
    expect(comparison.valueChange).toBe(-1);
    expect(comparison.moved).toEqual([]);
    expect(comparison.units).toEqual([]);
  });

  it('rejects a what-if naming an unknown unit or step', () => {
    expect(() => applyWhatIf(base, { capacities: { Z: 1 } })).toThrow(/capacities\.Z/);
    expect(() => applyWhatIf(base, { confidences: { ghost: 0.5 } })).toThrow(/confidences\.ghost/);
  });

  it('sums a plan’s loads per unit and month', () => {
    const plan = planNextSteps(base, { highs, timeLimitSeconds: 10, relativeGap: 0 });
    const loads = unitLoads(base, plan);
    expect(loads.get('A')).toEqual([2, 2]);
    expect(loads.get('B')).toEqual([3, 0]);
  });
});

describe('generatePortfolio', () => {
  it('is reproducible from its seed, valid, and chains stages within an application', () => {
    const options = { steps: 120, units: 30, horizonMonths: 12, tightness: 0.5 };
    const a = generatePortfolio({ rng: createRng(5), ...options });
    const b = generatePortfolio({ rng: createRng(5), ...options });
    expect(a).toEqual(b);
    expect(a.steps).toHaveLength(120);
    expect(a.units).toHaveLength(30);
    expect(() => preparePlanningProblem(a)).not.toThrow();
    for (const s of a.steps) {
      for (const dep of s.dependsOn) {
        expect(a.steps.find((p) => p.id === dep)!.applicationId).toBe(s.applicationId);
      }
    }
    expect(generatePortfolio({ rng: createRng(6), ...options })).not.toEqual(a);
  });
});
