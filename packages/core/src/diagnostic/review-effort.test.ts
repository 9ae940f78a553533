import { describe, expect, it } from 'vitest';
import { csp1Aoq } from '../quality/csp1-plan';
import { formatIndicatorValue } from './format';
import { judgeReviewEffort, requiredReviewEffort } from './review-effort';

describe('requiredReviewEffort', () => {
  it('is 1 − L/p, so that p (1 − f) meets the limit exactly', () => {
    expect(requiredReviewEffort(0.05, 0.01)).toBeCloseTo(0.8, 12);
    expect(0.05 * (1 - requiredReviewEffort(0.05, 0.01))).toBeCloseTo(0.01, 12);
    expect(requiredReviewEffort(0.005, 0.01)).toBe(0);
  });

  it('agrees with CSP-1 at clearance number 0, which is fixed-rate sampling (Dodge 1943 AOQ)', () => {
    const f = requiredReviewEffort(0.04, 0.01);
    expect(csp1Aoq(0.04, 0, f)).toBeCloseTo(0.01, 12);
  });

  it('refuses rates outside [0, 1] and limits outside (0, 1)', () => {
    expect(() => requiredReviewEffort(1.2, 0.01)).toThrow(/defectRate/);
    expect(() => requiredReviewEffort(0.1, 0)).toThrow(/outgoingLimit/);
  });
});

describe('judgeReviewEffort', () => {
  it('below, enough and far above', () => {
    expect(judgeReviewEffort(0.3, 0.5)).toBe('below');
    expect(judgeReviewEffort(0.5, 0.5)).toBe('enough');
    expect(judgeReviewEffort(0.9, 0.5)).toBe('enough');
    expect(judgeReviewEffort(1, 0)).toBe('far_above');
    expect(judgeReviewEffort(0.2, 0)).toBe('enough');
    expect(judgeReviewEffort(0.7, 0.3)).toBe('far_above');
  });
});

describe('formatIndicatorValue', () => {
  it('writes each unit for people', () => {
    expect(formatIndicatorValue('share', 0.256)).toBe('26%');
    expect(formatIndicatorValue('ratio', 1.5)).toBe('1.5× capacity');
    expect(formatIndicatorValue('hours', 36)).toBe('36 h');
    expect(formatIndicatorValue('hours', 492)).toBe('20.5 days');
    expect(formatIndicatorValue('points', -0.4)).toBe('-0.4 points');
    expect(formatIndicatorValue('count', null)).toBe('no data');
  });
});
