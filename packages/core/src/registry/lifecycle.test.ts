import { describe, expect, it } from 'vitest';
import { allowedTransitions, checkTransition, LIFECYCLE_STAGES, type Stage } from './lifecycle';

// The table written out as pairs, so a change to STAGE_TRANSITIONS must be made here too, on purpose.
const ALLOWED = new Set([
  'idea>evaluating',
  'idea>retired',
  'evaluating>pilot',
  'evaluating>idea',
  'evaluating>paused',
  'evaluating>retired',
  'pilot>expanding',
  'pilot>evaluating',
  'pilot>paused',
  'pilot>retired',
  'expanding>scaled',
  'expanding>pilot',
  'expanding>paused',
  'expanding>retired',
  'scaled>expanding',
  'scaled>paused',
  'scaled>retired',
  'paused>evaluating',
  'paused>retired',
  'retired>idea',
]);

describe('lifecycle transitions', () => {
  const pairs = LIFECYCLE_STAGES.flatMap((from) => LIFECYCLE_STAGES.map((to) => [from, to] as const));

  it.each(pairs)('%s → %s is allowed exactly when the table says so', (from, to) => {
    expect(checkTransition(from, to).allowed).toBe(ALLOWED.has(`${from}>${to}`));
  });

  it('never skips a stage forward: idea cannot jump to pilot, pilot cannot jump to scaled', () => {
    const check = checkTransition('idea', 'pilot');
    expect(check).toEqual({
      allowed: false,
      reason: 'An application at stage “idea” cannot move to “pilot”; allowed: evaluating, retired.',
    });
    expect(checkTransition('pilot', 'scaled').allowed).toBe(false);
  });

  it('refuses staying where it is', () => {
    expect(checkTransition('pilot', 'pilot')).toMatchObject({ allowed: false });
  });

  it.each<Stage>(['evaluating', 'pilot', 'expanding', 'scaled'])(
    'a paused application resumes at the stage it was paused from (%s) and nowhere further',
    (pausedFrom) => {
      expect(checkTransition('paused', pausedFrom, pausedFrom).allowed).toBe(true);
      const others = (['pilot', 'expanding', 'scaled'] as Stage[]).filter((s) => s !== pausedFrom);
      for (const other of others) expect(checkTransition('paused', other, pausedFrom).allowed).toBe(false);
      expect(allowedTransitions('paused', pausedFrom)).toContain('retired');
    },
  );

  it('a paused application with no known previous stage can only be re-evaluated or retired', () => {
    expect(allowedTransitions('paused', null)).toEqual(['evaluating', 'retired']);
  });
});
