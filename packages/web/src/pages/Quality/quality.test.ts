import { describe, expect, it } from 'vitest';
import type { QualityStandard } from '../../api';
import { describeStandard, formatPi, percent, plainExcerpt } from './format';
import { formField, slugKey, toInput, valuesFrom } from './standard-form';
import { comparedPolicies, runWhatIf } from './what-if';

const standard: QualityStandard = {
  version: 3,
  criteria: [
    { key: 'accurate', label: 'Accurate', kind: 'pass_fail', severity: 'critical' },
    {
      key: 'tone',
      label: 'Tone',
      kind: 'scale',
      severity: 'minor',
      levels: ['a', 'b', 'c', 'd', 'e'],
      passLevel: 4,
    },
  ],
  defectRule: { kind: 'score_below', threshold: 2.5 },
  outgoingLimit: 0.015,
  limitScope: 'workflow',
  policy: 'csp1',
  fraction: 0.05,
  floor: null,
  segmentKeys: ['language'],
  segmentCapacity: 8,
  judgeThreshold: 0.7,
  monitor: { p0: 0.0075, p1: 0.075, falseAlarmsPer100k: 0.25 },
  doubleReviewFraction: 0.1,
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('the standard editor’s values', () => {
  it('round-trips a stored standard into the request body, percents back to shares', () => {
    const input = toInput(valuesFrom(standard));
    expect(input).toEqual({
      criteria: standard.criteria,
      defectRule: standard.defectRule,
      outgoingLimit: 0.015,
      limitScope: 'workflow',
      policy: 'csp1',
      fraction: 0.05,
      segmentKeys: ['language'],
      judgeThreshold: 0.7,
      doubleReviewFraction: 0.1,
    });
  });

  it('starts a new standard adaptive at 1% with one critical criterion, no judge', () => {
    const input = toInput(valuesFrom(null));
    expect(input).toMatchObject({ outgoingLimit: 0.01, policy: 'adaptive', judgeThreshold: null });
    expect(input).not.toHaveProperty('fraction');
    expect(input.criteria).toEqual([{ key: '', label: '', kind: 'pass_fail', severity: 'critical' }]);
  });

  it('puts each server field error next to its field', () => {
    expect(formField('criteria')).toBe('criteria');
    expect(formField('criteria.1.key')).toBe('criteria.1.key');
    expect(formField('criteria.0.levels.2')).toBe('criteria.0.levels');
    expect(formField('outgoingLimit')).toBe('outgoingLimitPct');
    expect(formField('fraction')).toBe('fractionPct');
    expect(formField('defectRule.threshold')).toBe('threshold');
    expect(formField('segmentKeys.3')).toBe('segmentKeys');
    expect(formField('floor')).toBeNull();
  });

  it('derives a key from a label', () => {
    expect(slugKey('Factually accurate!')).toBe('factually_accurate');
    expect(slugKey('1st impression')).toBe('c_1st_impression');
    expect(slugKey('—')).toBe('');
  });

  it('describes a standard in a line and formats small shares readably', () => {
    expect(describeStandard(standard)).toBe('Outgoing-defect limit 1.5% (whole workflow) · CSP-1 at 5%');
    expect(percent(0.01)).toBe('1%');
    expect(percent(0.00696)).toBe('0.70%');
    expect(percent(null)).toBe('—');
  });
});

describe('the what-if simulation', () => {
  it('compares the standard’s policy with CSP-1 and a fixed rate on the same streams, reporting progress', () => {
    const progress: number[] = [];
    const result = runWhatIf(
      {
        policy: 'adaptive',
        limit: 0.01,
        scope: 'segment',
        fraction: 0.1,
        floor: null,
        monitor: { p0: 0.005, p1: 0.05, falseAlarmsPer100k: 0.25 },
        rate: 0.005,
        stream: 'step',
        shiftedRate: 0.05,
        outputs: 5000,
        seeds: 3,
      },
      (done) => progress.push(done),
    );
    expect(comparedPolicies('adaptive')).toEqual(['adaptive', 'csp1', 'fixed-rate']);
    expect(comparedPolicies('csp1')).toEqual(['csp1', 'fixed-rate']);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(result.changeAt).toBe(1000);
    expect(result.rows.map((r) => r.policy)).toEqual(['adaptive', 'csp1', 'fixed-rate']);
    for (const row of result.rows) {
      expect(row.effort).toBeGreaterThan(0);
      expect(row.effort).toBeLessThanOrEqual(1);
      expect(row.aoq).toBeGreaterThanOrEqual(0);
      expect(row.worstAoq).toBeGreaterThanOrEqual(row.aoq);
    }
  });
});

describe('output list formatting', () => {
  it('previews Markdown as plain text', () => {
    expect(plainExcerpt('**Answer 3.** Photo*synthesis*\n\n- Source: [unit 3](https://x.test)')).toBe(
      'Answer 3. Photosynthesis Source: unit 3',
    );
    expect(plainExcerpt('## Title\n> quoted `code` and 2 * 3 * 4')).toBe('Title quoted code and 2 * 3 * 4');
  });
  it('shows π with the precision small probabilities need', () => {
    expect([1, 0.25, 0.0123].map(formatPi)).toEqual(['1', '0.25', '0.012']);
  });
});
