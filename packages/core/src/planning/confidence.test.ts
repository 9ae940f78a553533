import { describe, expect, it } from 'vitest';
import { confidenceOf, GATE_CONFIDENCE, GRADE_CONFIDENCE } from './confidence';

// The factors are documented judgement values (confidence.ts); the test pins them and the product rule.
describe('confidence from the evidence grade and the gate', () => {
  it('counts 0.9 of controlled, 0.7 of before-after and 0.4 of anecdotal evidence', () => {
    expect(confidenceOf({ grade: 'controlled' })).toBe(0.9);
    expect(confidenceOf({ grade: 'before-after' })).toBe(0.7);
    expect(confidenceOf({ grade: 'anecdote' })).toBe(0.4);
    expect(confidenceOf({ grade: 'anecdote', gate: null })).toBe(0.4);
  });

  it('scales by the gate: advance keeps, hold 0.75, rework 0.5, roll back 0', () => {
    expect(confidenceOf({ grade: 'controlled', gate: 'advance' })).toBe(0.9);
    expect(confidenceOf({ grade: 'controlled', gate: 'hold' })).toBeCloseTo(0.675, 12);
    expect(confidenceOf({ grade: 'before-after', gate: 'rework' })).toBeCloseTo(0.35, 12);
    expect(confidenceOf({ grade: 'controlled', gate: 'roll_back' })).toBe(0);
  });

  it('keeps stronger evidence ahead of weaker at every gate status, within 0..1', () => {
    for (const gate of Object.keys(GATE_CONFIDENCE) as (keyof typeof GATE_CONFIDENCE)[]) {
      const c = confidenceOf({ grade: 'controlled', gate });
      const b = confidenceOf({ grade: 'before-after', gate });
      const a = confidenceOf({ grade: 'anecdote', gate });
      expect(c).toBeGreaterThanOrEqual(b);
      expect(b).toBeGreaterThanOrEqual(a);
      expect(a).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(1);
    }
    expect(Object.values(GRADE_CONFIDENCE).every((f) => f > 0 && f < 1)).toBe(true);
  });
});
