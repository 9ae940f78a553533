import { describe, expect, it } from 'vitest';
import { pointsPerPerson } from '../capacity/load';
import { InvalidParameterError } from '../errors';
import { criterionParams, validateCriteria } from './criteria';
import { type CriterionResult, recommendGate } from './gate';
import { stageEndDate, stageImpactShape, wholeMonthsBetween } from './impact';
import { starterTemplateStages } from './template';

const r = (kind: CriterionResult['kind'], status: CriterionResult['status'], severe = false) => ({
  kind,
  status,
  severe,
});

describe('recommendGate', () => {
  it('advances only when every criterion is met', () => {
    const all = [r('quality', 'met'), r('pulse', 'met'), r('capacity', 'met')];
    expect(recommendGate(all)).toMatchObject({ recommendation: 'advance', status: 'met', because: [] });
    expect(recommendGate([])).toMatchObject({ recommendation: 'advance', reason: /no criteria/ });
  });

  it('holds while one criterion lacks evidence, naming it', () => {
    const result = recommendGate([r('quality', 'met'), r('pulse', 'not_enough_evidence')]);
    expect(result).toMatchObject({
      recommendation: 'hold',
      status: 'not_enough_evidence',
      because: ['pulse'],
    });
    expect(result.reason).toContain('Pulse readiness');
  });

  it('holds when something is not done or not ready yet', () => {
    for (const kind of [
      'capacity',
      'pulse',
      'min_duration',
      'approvals',
      'core_review',
      'automation_boundaries',
    ] as const) {
      expect(recommendGate([r('quality', 'met'), r(kind, 'not_met')])).toMatchObject({
        recommendation: 'hold',
        status: 'not_met',
        because: [kind],
      });
    }
  });

  it('asks for rework when the running stage measurably falls short, even with others missing', () => {
    for (const kind of ['quality', 'adoption'] as const) {
      const result = recommendGate([
        r(kind, 'not_met'),
        r('capacity', 'not_met'),
        r('pulse', 'not_enough_evidence'),
      ]);
      expect(result).toMatchObject({ recommendation: 'rework', because: [kind] });
    }
  });

  it('rolls back on a severe failure, above every other rule', () => {
    const result = recommendGate([
      r('quality', 'not_met', true),
      r('adoption', 'not_met'),
      r('capacity', 'not_met'),
    ]);
    expect(result).toMatchObject({ recommendation: 'roll_back', because: ['quality'] });
  });

  it('ignores a severe flag on a met criterion', () => {
    expect(recommendGate([r('quality', 'met', true)]).recommendation).toBe('advance');
  });
});

describe('validateCriteria', () => {
  const fails = (criteria: Parameters<typeof validateCriteria>[0], parameter: string) => {
    try {
      validateCriteria(criteria);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidParameterError);
      expect((error as InvalidParameterError).parameter).toBe(parameter);
      return;
    }
    throw new Error('expected a refusal');
  };

  it('accepts parameters at both ends of their domain', () => {
    expect(() =>
      validateCriteria([
        { kind: 'quality', params: { maxDefectRate: 0.5, minReviewed: 1 } },
        { kind: 'adoption', params: { minActiveShare: 1 } },
        { kind: 'pulse', params: { minReadiness: 5 } },
        { kind: 'min_duration', params: { months: 0 } },
      ]),
    ).not.toThrow();
  });

  it('names the parameter out of its domain', () => {
    fails([{ kind: 'quality', params: { maxDefectRate: 0.51 } }], '0.params.maxDefectRate');
    fails([{ kind: 'quality', params: { minReviewed: 2.5 } }], '0.params.minReviewed');
    fails([{ kind: 'pulse', params: { minReadiness: 0.99 } }], '0.params.minReadiness');
    fails(
      [
        { kind: 'capacity', params: {} },
        { kind: 'adoption', params: { share: 1 } },
      ],
      '1.params.share',
    );
    fails(
      [
        { kind: 'capacity', params: {} },
        { kind: 'capacity', params: {} },
      ],
      '1.kind',
    );
  });

  it('fills defaults', () => {
    expect(criterionParams({ kind: 'quality', params: { minReviewed: 50 } })).toEqual({
      maxDefectRate: 0.05,
      minReviewed: 50,
    });
  });

  it('the starter template is valid and asks more as the reach grows', () => {
    const stages = starterTemplateStages();
    expect(stages.map((s) => s.name)).toEqual(['Pilot team', 'Second team', 'Department', 'Organization']);
    for (const s of stages) expect(() => validateCriteria(s.criteria)).not.toThrow();
    const reviewed = stages.map(
      (s) => criterionParams(s.criteria.find((c) => c.kind === 'quality')!).minReviewed,
    );
    expect(reviewed).toEqual([30, 100, 200, 300]);
  });
});

describe('stage impacts', () => {
  it('puts the stage load on whole people with 5 points each, capped at the headcount', () => {
    const shape = stageImpactShape(40, 12, '2027-01-01', '2027-03-31');
    expect(pointsPerPerson(shape.aspects)).toBe(5);
    expect(shape.peopleAffected).toBe(8); // 40 / 5
    expect(stageImpactShape(40, 6, '2027-01-01', '2027-03-31').peopleAffected).toBe(6);
    expect(stageImpactShape(42, 0, '2027-01-01', '2027-03-31').peopleAffected).toBe(8); // round(8.4)
    expect(() => stageImpactShape(-1, 5, '2027-01-01', '2027-01-31')).toThrow(InvalidParameterError);
  });

  it('ends a stage the day before the same day N months later', () => {
    expect(stageEndDate('2027-01-01', 3)).toBe('2027-03-31');
    expect(stageEndDate('2027-11-15', 2)).toBe('2028-01-14');
  });

  it('counts whole months only once the day of month is reached', () => {
    const from = new Date('2027-01-15T00:00:00Z');
    expect(wholeMonthsBetween(from, new Date('2027-03-14T23:00:00Z'))).toBe(1);
    expect(wholeMonthsBetween(from, new Date('2027-03-15T00:00:00Z'))).toBe(2);
    expect(wholeMonthsBetween(from, new Date('2026-12-01T00:00:00Z'))).toBe(0);
  });
});
