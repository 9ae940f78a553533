/**
 * The next weekly run strictly after `now`: the given UTC weekday (0 = Sunday … 6 = Saturday) at
 * `hour`:00 UTC. Weekly jobs use it so every server computes the same instant.
 */
export function nextWeeklyRun(now: Date, weekday = 1, hour = 8): Date {
  const candidate = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hour, 0, 0, 0),
  );
  const ahead = (weekday - candidate.getUTCDay() + 7) % 7;
  candidate.setUTCDate(candidate.getUTCDate() + ahead);
  if (candidate.getTime() <= now.getTime()) candidate.setUTCDate(candidate.getUTCDate() + 7);
  return candidate;
}

/** The calendar month (UTC) that contains `now`: [start, end). */
export function monthBounds(now: Date): { start: Date; end: Date } {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return { start, end };
}
