import { describe, expect, it } from 'vitest';
import type { MetricEvidence } from '../../api/evidence';
import { axisTicks, chartModel } from './evidence-format';

function evidence(
  overrides: Partial<MetricEvidence['metric']>,
  comparison: Partial<NonNullable<MetricEvidence['comparison']>>,
): MetricEvidence {
  return {
    metric: {
      id: 'm',
      applicationId: 'a',
      name: 'Hours to draft a module',
      unit: 'h',
      kind: 'duration',
      better: 'lower',
      howMeasured: '',
      windows: { baseline: null, pilot: null },
      createdAt: '2026-01-01T00:00:00Z',
      ...overrides,
    },
    counts: { baseline: 12, pilot: 12, comparison: 0, comparisonBaseline: 0 },
    grade: { grade: 'before-after', reason: '', contrast: 'before-after' },
    reference: 'pilot group, baseline window',
    comparison: {
      statistic: 'mean',
      method: 'welch',
      methodReason: '',
      caution: null,
      confidence: 0.95,
      baseline: { n: 12, estimate: 20, sd: 2 },
      pilot: { n: 12, estimate: 4, sd: 1 },
      difference: { estimate: -16, lower: -17.5, upper: -14.5 },
      ratio: { estimate: 0.2, lower: 0.16, upper: 0.25 },
      ratioMethod: 'delta-log',
      ...comparison,
    },
    claim: null,
    verdict: 'improved',
    direction: 'improved',
    verdictLabel: 'improved — before-after comparison',
  };
}

describe('chartModel', () => {
  it('draws a lower-is-better ratio as an improvement factor, turned over with its interval', () => {
    const m = chartModel(evidence({}, {}))!;
    expect(m.scale).toBe('log');
    expect(m.estimate).toBeCloseTo(5, 12);
    expect(m.lower).toBeCloseTo(4, 12);
    expect(m.upper).toBeCloseTo(6.25, 12);
    expect(m.reference).toBe(1);
    expect(m.format(4.96)).toBe('5.0×');
  });

  it('draws proportions in percentage points with right as better, and a difference when no ratio exists', () => {
    const p = chartModel(
      evidence(
        { kind: 'proportion', unit: '', better: 'higher' },
        { statistic: 'proportion', difference: { estimate: 0.2, lower: 0.0524, upper: 0.3339 }, ratio: null },
      ),
    )!;
    expect(p).toMatchObject({ scale: 'linear', reference: 0 });
    expect(p.estimate).toBeCloseTo(20, 10);
    expect(p.lower).toBeCloseTo(5.24, 10);
    expect(p.caption).toMatch(/in pp/);
    const d = chartModel(evidence({ kind: 'mean' }, {}))!;
    expect(d.scale).toBe('linear');
    expect([d.lower, d.estimate, d.upper]).toEqual([14.5, 16, 17.5]);
    expect(d.format(16)).toBe('+16');
  });

  it('has nothing to draw without a comparison', () => {
    expect(chartModel({ ...evidence({}, {}), comparison: null })).toBeNull();
  });
});

describe('axisTicks', () => {
  it('steps 1-2-5 on both scales', () => {
    expect(axisTicks('log', 0.8, 7)).toEqual([1, 2, 5]);
    expect(axisTicks('linear', -3, 42)).toEqual([0, 10, 20, 30, 40]);
    expect(axisTicks('linear', 0.1, 0.9)).toEqual([0.2, 0.4, 0.6, 0.8]);
  });
});
