import { describe, expect, it } from 'vitest';
import { countNoun } from './count-noun';

describe('countNoun', () => {
  it('is singular for exactly one and plural otherwise', () => {
    expect(countNoun(1, 'defect')).toBe('1 defect');
    expect(countNoun(0, 'defect')).toBe('0 defects');
    expect(countNoun(2, 'review')).toBe('2 reviews');
    expect(countNoun(1.5, 'day')).toBe('1.5 days');
    expect(countNoun(12_000, 'output')).toBe('12,000 outputs');
  });
  it('takes an irregular plural and a number format', () => {
    expect(countNoun(1, 'person', 'people')).toBe('1 person');
    expect(countNoun(3, 'person', 'people')).toBe('3 people');
    expect(countNoun(1, 'defect', undefined, (n) => n.toFixed(0))).toBe('1 defect');
  });
});
