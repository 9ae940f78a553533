import { sql } from 'drizzle-orm';
import { selectRows } from '../db/rows';
import type { Database } from '../db/types';
import { type JobLog, runPeriodically } from './periodic';

/** How long each kind of short-lived row is kept after it stopped mattering, in days. */
export interface RetentionPolicy {
  /** Sessions, counted from their expiry or revocation (`TRELLIS_RETAIN_SESSIONS_DAYS`). */
  sessionDays: number;
  /** Sign-in attempts, counted from the attempt (`TRELLIS_RETAIN_LOGIN_ATTEMPTS_DAYS`); throttling reads minutes. */
  loginAttemptDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { sessionDays: 7, loginAttemptDays: 30 };

// One cleaner at a time over all server processes; a process that does not get it skips the run.
const RETENTION_LOCK = 7_301_945;
const DAY_MS = 86_400_000;
// Rate-limit windows are one minute long; one an hour old no longer limits anything.
const RATE_WINDOW_MS = 60_000;

/**
 * Deletes rows past their retention in batches of `batchSize` (each its own short transaction, so a large
 * backlog never holds locks for long), at most `maxBatches` per kind and run. Safe with several server
 * processes: each batch first takes a transaction-level advisory lock and gives up the run if another
 * process holds it. `now` is passed in, so tests move time instead of waiting for it.
 */
export async function runRetention(
  db: Database,
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
  options: { batchSize?: number; maxBatches?: number } = {},
): Promise<Record<string, number> | null> {
  const batchSize = options.batchSize ?? 1000;
  const maxBatches = options.maxBatches ?? 100;
  const sessionsBefore = new Date(now.getTime() - policy.sessionDays * DAY_MS).toISOString();
  const attemptsBefore = new Date(now.getTime() - policy.loginAttemptDays * DAY_MS).toISOString();
  const windowBefore = Math.floor((now.getTime() - 60 * RATE_WINDOW_MS) / RATE_WINDOW_MS);
  const kinds: Record<string, ReturnType<typeof sql>> = {
    sessions: sql`SELECT ctid FROM sessions WHERE least(expires_at, coalesce(revoked_at, expires_at)) < ${sessionsBefore}::timestamptz LIMIT ${batchSize}`,
    login_attempts: sql`SELECT ctid FROM login_attempts WHERE attempted_at < ${attemptsBefore}::timestamptz LIMIT ${batchSize}`,
    rate_limit_windows: sql`SELECT ctid FROM rate_limit_windows WHERE window_index < ${windowBefore} LIMIT ${batchSize}`,
  };
  const deleted: Record<string, number> = {};
  for (const [table, due] of Object.entries(kinds)) {
    deleted[table] = 0;
    for (let batch = 0; batch < maxBatches; batch++) {
      const n = await db.system(async (tx) => {
        const [lock] = await selectRows<{ got: boolean }>(
          tx,
          sql`SELECT pg_try_advisory_xact_lock(${RETENTION_LOCK}) AS got`,
        );
        if (!lock?.got) return null;
        const rows = await selectRows<{ n: number }>(
          tx,
          sql`WITH gone AS (DELETE FROM ${sql.identifier(table)} WHERE ctid IN (${due}) RETURNING 1)
              SELECT count(*)::int AS n FROM gone`,
        );
        return rows[0]?.n ?? 0;
      });
      if (n === null) return null;
      deleted[table] += n;
      if (n < batchSize) break;
    }
  }
  return deleted;
}

/** The cleanup job: every hour on each process (only one works at a time, see runRetention). */
export function startRetentionJob(
  db: Database,
  policy: RetentionPolicy,
  log: JobLog,
  intervalMs = 3_600_000,
) {
  return runPeriodically(() => runRetention(db, new Date(), policy), {
    job: 'retention',
    intervalMs,
    firstDelayMs: 60_000,
    log,
    failure: 'retention cleanup failed',
  });
}
