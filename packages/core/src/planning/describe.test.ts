import { describe, expect, it } from 'vitest';
import { addMonths, type DeferralNames, describeDeferral, monthLabel } from './describe';

const names: DeferralNames = {
  startMonth: '2026-11',
  stepLabel: (id) => ({ s1: 'Needs analysis → Department', s2: 'Drafting → Second team' })[id] ?? id,
  unitName: (id) => ({ cs: 'Customer Success', ops: 'Operations' })[id] ?? id,
  unitMonth: (id) => (id === 'cs' ? { capacity: 40, committed: 10 } : { capacity: 0, committed: 0 }),
};

describe('month arithmetic and labels', () => {
  it('adds months across year ends and names them', () => {
    expect(addMonths('2026-11', 0)).toBe('2026-11');
    expect(addMonths('2026-11', 2)).toBe('2027-01');
    expect(addMonths('2026-11', 16)).toBe('2028-03');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(monthLabel('2027-03')).toBe('March 2027');
    expect(monthLabel('2026-12')).toBe('December 2026');
  });
});

describe('deferral sentences', () => {
  it('says how full the unit is in which month, counting the committed load, and what the step needs', () => {
    // committed 10 + planned 30 of capacity 40 = 100 %; the step's 8 = 20 % of 40.
    const sentence = describeDeferral(
      { kind: 'capacity', month: 3, loadMonth: 4, unitId: 'cs', plannedLoad: 30, stepLoad: 8, capacity: 30 },
      names,
    );
    expect(sentence).toBe(
      'Waits: Customer Success is at 100 % of its change capacity in March 2027 (this step needs 20 % more)',
    );
  });

  it('names a unit without capacity, the concurrency limit, the prerequisite and a step without value', () => {
    expect(
      describeDeferral(
        { kind: 'capacity', month: 0, loadMonth: 1, unitId: 'ops', plannedLoad: 0, stepLoad: 2, capacity: 0 },
        names,
      ),
    ).toBe('Waits: Operations has no change capacity in December 2026');
    expect(
      describeDeferral(
        { kind: 'concurrency', month: 2, loadMonth: 2, unitId: 'cs', activeSteps: 3, maxConcurrent: 3 },
        names,
      ),
    ).toBe('Waits: Customer Success already takes 3 changes at once in January 2027 (at most 3)');
    expect(
      describeDeferral({ kind: 'dependency', month: 1, dependsOn: 's1', prerequisiteEndMonth: 6 }, names),
    ).toBe('Waits for: Needs analysis → Department to end in May 2027');
    expect(
      describeDeferral({ kind: 'dependency', month: 1, dependsOn: 's2', prerequisiteEndMonth: null }, names),
    ).toBe('Waits for: Drafting → Second team, which is not scheduled within the horizon');
    expect(describeDeferral({ kind: 'no-value' }, names)).toMatch(
      /^Not scheduled: its value × confidence is 0/,
    );
  });
});
