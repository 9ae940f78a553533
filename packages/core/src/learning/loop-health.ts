import type { LoopKind } from './vocabulary';

const DAY_MS = 86_400_000;

/** How often each loop is expected to show activity, in days. */
export const expectedCadenceDays: Record<LoopKind, number> = {
  end_user_feedback: 7,
  reviews: 7,
  pulse: 30,
  experiments: 90,
};

export interface LoopHealth {
  loop: LoopKind;
  lastActivityAt: Date | null;
  cadenceDays: number;
  /** Whole days since the last activity (null when there never was any). */
  quietDays: number | null;
  /** quiet: no activity for longer than the cadence (or never, once the application is older than it). */
  status: 'active' | 'quiet';
}

/**
 * A loop's health at `now`: quiet when the last activity is older than its cadence; a loop that never had
 * activity is quiet once the application has existed for longer than the cadence.
 */
export function assessLoop(input: {
  loop: LoopKind;
  lastActivityAt: Date | null;
  since: Date;
  now: Date;
  cadenceDays?: number;
}): LoopHealth {
  const cadenceDays = input.cadenceDays ?? expectedCadenceDays[input.loop];
  const reference = input.lastActivityAt ?? input.since;
  const elapsed = input.now.getTime() - reference.getTime();
  return {
    loop: input.loop,
    lastActivityAt: input.lastActivityAt,
    cadenceDays,
    quietDays: input.lastActivityAt ? Math.floor(elapsed / DAY_MS) : null,
    status: elapsed > cadenceDays * DAY_MS ? 'quiet' : 'active',
  };
}
