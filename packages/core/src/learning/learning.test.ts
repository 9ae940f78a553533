import { describe, expect, it } from 'vitest';
import { InvalidParameterError } from '../errors';
import { splitHighlights } from './highlight';
import { assessLoop } from './loop-health';
import { resultFromEvidence } from './result-from-evidence';
import { monthBounds, nextWeeklyRun } from './schedule';
import {
  canTransition,
  describeRefusedTransition,
  ideaTransitions,
  insightTransitions,
  proposalStatusOf,
  proposalTransitions,
} from './transitions';

describe('resultFromEvidence (confidence-interval rule)', () => {
  const inc = (lower: number, upper: number) => ({
    metric: 'm',
    direction: 'increase' as const,
    lower,
    upper,
  });
  const dec = (lower: number, upper: number) => ({
    metric: 'h',
    direction: 'decrease' as const,
    lower,
    upper,
  });
  it.each([
    ['every interval on the hypothesized side', [inc(0.5, 2), dec(-3, -1)], 'supported'],
    ['one interval covers zero', [inc(0.5, 2), dec(-3, 0.2)], 'inconclusive'],
    ['one interval on the other side', [inc(0.5, 2), dec(0.1, 0.4)], 'refuted'],
    ['an increase that fell', [inc(-2, -0.1)], 'refuted'],
    ['an interval touching zero is not beyond it', [inc(0, 1)], 'inconclusive'],
    ['no metrics', [], 'inconclusive'],
  ])('%s', (_, effects, expected) => {
    expect(resultFromEvidence(effects)).toBe(expected);
  });
  it('refuses an interval with lower above upper', () => {
    expect(() => resultFromEvidence([inc(2, 1)])).toThrow(InvalidParameterError);
  });
});

describe('status machines', () => {
  it('lets an insight move emerging → confirmed → rejected only', () => {
    expect(canTransition(insightTransitions, 'emerging', 'confirmed')).toBe(true);
    expect(canTransition(insightTransitions, 'confirmed', 'rejected')).toBe(true);
    expect(canTransition(insightTransitions, 'rejected', 'confirmed')).toBe(false);
    expect(canTransition(insightTransitions, 'confirmed', 'emerging')).toBe(false);
    expect(describeRefusedTransition(insightTransitions, 'rejected', 'confirmed')).toMatch(/final/);
  });
  it('accepts an idea only after evaluation', () => {
    expect(canTransition(ideaTransitions, 'new', 'accepted')).toBe(false);
    expect(canTransition(ideaTransitions, 'under_evaluation', 'accepted')).toBe(true);
    expect(describeRefusedTransition(ideaTransitions, 'new', 'accepted')).toBe(
      'It is new; it can become under_evaluation or declined or merged, not accepted.',
    );
  });
});

describe('change proposals follow their decision request', () => {
  it('maps each request status to a proposal status the machine can reach', () => {
    expect(proposalStatusOf('pending')).toBe('proposed');
    expect(proposalStatusOf('approved')).toBe('accepted');
    expect(proposalStatusOf('rejected')).toBe('rejected');
    expect(proposalStatusOf('withdrawn')).toBe('withdrawn');
    expect(canTransition(proposalTransitions, 'proposed', 'accepted')).toBe(true);
    expect(canTransition(proposalTransitions, 'accepted', 'proposed')).toBe(true);
    expect(canTransition(proposalTransitions, 'rejected', 'proposed')).toBe(false);
    expect(canTransition(proposalTransitions, 'withdrawn', 'accepted')).toBe(false);
  });
});

describe('assessLoop', () => {
  const now = new Date('2026-11-24T12:00:00Z');
  const since = new Date('2026-01-01T00:00:00Z');
  it('is quiet after more than its cadence without activity', () => {
    const h = assessLoop({ loop: 'reviews', lastActivityAt: new Date('2026-11-16T11:00:00Z'), since, now });
    expect(h).toMatchObject({ status: 'quiet', quietDays: 8, cadenceDays: 7 });
  });
  it('is active exactly at its cadence', () => {
    const h = assessLoop({ loop: 'reviews', lastActivityAt: new Date('2026-11-17T12:00:00Z'), since, now });
    expect(h.status).toBe('active');
  });
  it('gives a new application its cadence before a loop without activity is quiet', () => {
    expect(
      assessLoop({ loop: 'pulse', lastActivityAt: null, since: new Date('2026-11-01T00:00:00Z'), now })
        .status,
    ).toBe('active');
    expect(assessLoop({ loop: 'pulse', lastActivityAt: null, since, now })).toMatchObject({
      status: 'quiet',
      quietDays: null,
    });
  });
});

describe('schedule', () => {
  it('runs next Monday 08:00 UTC, a week later when exactly on time', () => {
    // 2026-11-24 is a Tuesday.
    expect(nextWeeklyRun(new Date('2026-11-24T12:00:00Z')).toISOString()).toBe('2026-11-30T08:00:00.000Z');
    expect(nextWeeklyRun(new Date('2026-11-30T07:59:59Z')).toISOString()).toBe('2026-11-30T08:00:00.000Z');
    expect(nextWeeklyRun(new Date('2026-11-30T08:00:00Z')).toISOString()).toBe('2026-12-07T08:00:00.000Z');
  });
  it('gives the UTC month around a date, across a year end', () => {
    const m = monthBounds(new Date('2026-12-31T23:59:00Z'));
    expect([m.start.toISOString(), m.end.toISOString()]).toEqual([
      '2026-12-01T00:00:00.000Z',
      '2027-01-01T00:00:00.000Z',
    ]);
  });
});

describe('splitHighlights', () => {
  it('marks the matched words and keeps markup as text', () => {
    expect(
      splitHighlights('a \u0002needs\u0003 <script>x</script> \u0002analysis\u0003', '\u0002', '\u0003'),
    ).toEqual([
      { text: 'a ', match: false },
      { text: 'needs', match: true },
      { text: ' <script>x</script> ', match: false },
      { text: 'analysis', match: true },
    ]);
  });
  it('drops an unclosed marker', () => {
    expect(splitHighlights('x \u0002y', '\u0002', '\u0003')).toEqual([{ text: 'x y', match: false }]);
  });
});
