import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth } from './format';
import { monthLabel } from './pages/Capacity/format';

describe('the one date rule', () => {
  it('writes a month with its full year, so it reads as a month, not a day ("Dec 26")', () => {
    const expected = new Intl.DateTimeFormat(undefined, {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(2026, 11, 1)));
    expect(formatMonth('2026-12')).toBe(expected);
    expect(formatMonth('2026-12')).toContain('2026');
    // The heatmap's and the change check's month labels follow the same rule.
    expect(monthLabel('2026-12')).toBe(expected);
    expect(monthLabel('2026-12')).not.toMatch(/\b26\b/);
  });

  it('keeps what it cannot read as it is, and a missing date as a dash', () => {
    expect(formatMonth('soon')).toBe('soon');
    expect(formatDate(null)).toBe('—');
    expect(formatDate('not a date')).toBe('not a date');
  });
});
