import { describe, expect, it } from 'vitest';
import { gradeEvidence, MIN_MEASUREMENTS } from './grade';

describe('gradeEvidence', () => {
  it('is a controlled comparison when a concurrent comparison group has enough measurements', () => {
    const g = gradeEvidence({ baselineN: 0, pilotN: 12, comparisonN: 10 });
    expect(g.grade).toBe('controlled');
    expect(g.contrast).toBe('concurrent');
    expect(g.reason).toMatch(/concurrent comparison group/);
  });

  it('is before-after when the same group has both windows but no adequate comparison group', () => {
    const none = gradeEvidence({ baselineN: 20, pilotN: 25, comparisonN: 0 });
    expect(none).toMatchObject({ grade: 'before-after', contrast: 'before-after' });
    expect(none.reason).toMatch(/no concurrent comparison group/);
    const thin = gradeEvidence({ baselineN: 20, pilotN: 25, comparisonN: 4 });
    expect(thin.grade).toBe('before-after');
    expect(thin.reason).toMatch(/only 4/);
  });

  it('prefers the concurrent design when both are possible', () => {
    expect(gradeEvidence({ baselineN: 50, pilotN: 50, comparisonN: 50 }).grade).toBe('controlled');
  });

  it('is an anecdote below the minimum in a window, however large the other', () => {
    const g = gradeEvidence({ baselineN: MIN_MEASUREMENTS - 1, pilotN: 500, comparisonN: 0 });
    expect(g.grade).toBe('anecdote');
    expect(g.contrast).toBe('before-after');
    expect(g.reason).toMatch(/baseline 9, pilot 500/);
  });

  it('is an anecdote with nothing to compare when there are only claims', () => {
    expect(gradeEvidence({ baselineN: 0, pilotN: 0, comparisonN: 0 })).toEqual({
      grade: 'anecdote',
      contrast: null,
      reason: 'No measurements yet: only the stated claim.',
    });
    expect(gradeEvidence({ baselineN: 1, pilotN: 30, comparisonN: 1 }).contrast).toBeNull();
  });

  it('takes a custom minimum and refuses a nonsense one', () => {
    expect(gradeEvidence({ baselineN: 5, pilotN: 5, comparisonN: 0, minimum: 5 }).grade).toBe('before-after');
    expect(gradeEvidence({ baselineN: 0, pilotN: 80, comparisonN: 80, noun: 'observations' }).reason).toMatch(
      /80 pilot-group and 80 comparison-group observations/,
    );
    expect(() => gradeEvidence({ baselineN: 5, pilotN: 5, comparisonN: 0, minimum: 1 })).toThrow(/minimum/);
    expect(() => gradeEvidence({ baselineN: -1, pilotN: 5, comparisonN: 0 })).toThrow(/baselineN/);
  });
});
