import { type SQL, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit';
import { selectRows } from '../db/rows';
import type { Database, Tx } from '../db/types';
import { retentionCounted } from '../observability/jobs';
import { type JobLog, runPeriodically } from './periodic';

/**
 * How long each kind of row is kept after it stopped mattering, in whole days: the instance defaults, set by
 * environment variables (config.ts reads them; docs/deployment.md lists them). An output's content is kept
 * per organization instead (`organizations.output_content_retention_days`, set by its admins).
 */
export interface RetentionPolicy {
  /** Sessions, counted from their expiry or revocation (`TRELLIS_RETAIN_SESSIONS_DAYS`). */
  sessionDays: number;
  /** Sign-in attempts, counted from the attempt (`TRELLIS_RETAIN_LOGIN_ATTEMPTS_DAYS`); throttling reads minutes. */
  loginAttemptDays: number;
  /** Webhook deliveries delivered or finally failed, counted from the last attempt (`TRELLIS_RETAIN_WEBHOOK_DELIVERIES_DAYS`). */
  webhookDeliveryDays: number;
  /** Outbox e-mails sent, given up or cancelled, counted from the last attempt (`TRELLIS_RETAIN_EMAILS_DAYS`). */
  emailDays: number;
  /**
   * Password-reset, setup and unaccepted invitation tokens, counted from their expiry, use or revocation
   * (`TRELLIS_RETAIN_TOKENS_DAYS`).
   */
  tokenDays: number;
}

/** Each policy field with its environment variable and default: the one table config.ts and the docs follow. */
export const RETENTION_SETTINGS = [
  { field: 'sessionDays', env: 'TRELLIS_RETAIN_SESSIONS_DAYS', defaultDays: 7 },
  { field: 'loginAttemptDays', env: 'TRELLIS_RETAIN_LOGIN_ATTEMPTS_DAYS', defaultDays: 30 },
  { field: 'webhookDeliveryDays', env: 'TRELLIS_RETAIN_WEBHOOK_DELIVERIES_DAYS', defaultDays: 30 },
  { field: 'emailDays', env: 'TRELLIS_RETAIN_EMAILS_DAYS', defaultDays: 30 },
  { field: 'tokenDays', env: 'TRELLIS_RETAIN_TOKENS_DAYS', defaultDays: 7 },
] as const satisfies ReadonlyArray<{ field: keyof RetentionPolicy; env: string; defaultDays: number }>;

export const DEFAULT_RETENTION = Object.fromEntries(
  RETENTION_SETTINGS.map((s) => [s.field, s.defaultDays]),
) as unknown as RetentionPolicy;

/**
 * Every kind the job removes: its table, the policy field that sets its age (none: a fixed age), and the
 * rows due at a cutoff. Kinds are reported by name in the job's result and in `/metrics`. The selection
 * uses `ctid`, so it does not depend on the type of a table's id.
 */
interface Sweep {
  kind: string;
  table: string;
  age: keyof RetentionPolicy | 'rate_window';
  due: (cutoff: string, limit: number) => SQL;
}

const SWEEPS: Sweep[] = [
  {
    kind: 'sessions',
    table: 'sessions',
    age: 'sessionDays',
    due: (c, n) =>
      sql`SELECT ctid FROM sessions WHERE least(expires_at, coalesce(revoked_at, expires_at)) < ${c}::timestamptz LIMIT ${n}`,
  },
  {
    kind: 'login_attempts',
    table: 'login_attempts',
    age: 'loginAttemptDays',
    due: (c, n) => sql`SELECT ctid FROM login_attempts WHERE attempted_at < ${c}::timestamptz LIMIT ${n}`,
  },
  {
    kind: 'rate_limit_windows',
    table: 'rate_limit_windows',
    age: 'rate_window',
    due: (c, n) => sql`SELECT ctid FROM rate_limit_windows WHERE window_index < ${c}::bigint LIMIT ${n}`,
  },
  // A delivered or finally failed delivery's next_attempt_at is its last attempt (webhook-dispatcher.ts);
  // webhook_deliveries_due_idx (status, next_attempt_at) serves this.
  {
    kind: 'webhook_deliveries',
    table: 'webhook_deliveries',
    age: 'webhookDeliveryDays',
    due: (c, n) =>
      sql`SELECT ctid FROM webhook_deliveries WHERE status IN ('delivered', 'failed') AND next_attempt_at < ${c}::timestamptz LIMIT ${n}`,
  },
  // Likewise for the e-mail outbox (digest-mailer.ts), through digest_emails_due_idx. A digest is composed
  // only for the window ending now, so a deleted row never lets an old digest be sent again.
  {
    kind: 'emails',
    table: 'digest_emails',
    age: 'emailDays',
    due: (c, n) =>
      sql`SELECT ctid FROM digest_emails WHERE status IN ('sent', 'failed', 'cancelled') AND next_attempt_at < ${c}::timestamptz LIMIT ${n}`,
  },
  {
    kind: 'password_resets',
    table: 'password_resets',
    age: 'tokenDays',
    due: (c, n) =>
      sql`SELECT ctid FROM password_resets WHERE least(expires_at, coalesce(used_at, expires_at)) < ${c}::timestamptz LIMIT ${n}`,
  },
  {
    kind: 'setup_tokens',
    table: 'setup_tokens',
    age: 'tokenDays',
    due: (c, n) =>
      sql`SELECT ctid FROM setup_tokens WHERE least(expires_at, coalesce(used_at, expires_at)) < ${c}::timestamptz LIMIT ${n}`,
  },
  // An accepted invitation stays: the members page and the audit trail say who invited whom.
  {
    kind: 'invitations',
    table: 'invitations',
    age: 'tokenDays',
    due: (c, n) =>
      sql`SELECT ctid FROM invitations WHERE accepted_at IS NULL
            AND least(expires_at, coalesce(revoked_at, expires_at)) < ${c}::timestamptz LIMIT ${n}`,
  },
];

/** The kinds a run reports, in order: the row kinds above, then outputs whose content was dropped. */
export const RETENTION_KINDS = [...SWEEPS.map((s) => s.kind), 'output_contents'] as const;

// One cleaner at a time over all server processes; a process that does not get it skips the run.
const RETENTION_LOCK = 7_301_945;
const DAY_MS = 86_400_000;
// Rate-limit windows are one minute long; one an hour old no longer limits anything.
const RATE_WINDOW_MS = 60_000;

const PURGER = { type: 'system', id: null, name: 'Retention' } as const;

/** What a run did: rows removed (or outputs emptied) per kind; `skipped` when another process held the lock. */
export interface RetentionRun {
  counts: Record<string, number>;
  skipped: boolean;
}

/**
 * One short transaction that first takes the cleaner's transaction-level advisory lock (the locking the
 * periodic jobs share a database through) and gives up, returning null, if another process holds it.
 */
async function locked<T>(db: Database, work: (tx: Tx) => Promise<T>): Promise<T | null> {
  return db.system(async (tx) => {
    const [lock] = await selectRows<{ got: boolean }>(
      tx,
      sql`SELECT pg_try_advisory_xact_lock(${RETENTION_LOCK}) AS got`,
    );
    return lock?.got ? work(tx) : null;
  });
}

/**
 * Removes what is past its retention at `now`, in batches of `batchSize` (each its own short transaction,
 * so a large backlog never holds locks for long), at most `maxBatches` per kind (and per organization for
 * output contents) and run. Safe with several server processes: each batch takes the cleaner's advisory
 * lock, and a process that finds it taken stops its run (`skipped`); the one holding it goes on, so every
 * row is removed by exactly one of them. `now` is passed in, so tests move time instead of waiting for it.
 *
 * Output contents: for each organization with `output_content_retention_days` set, outputs created longer
 * ago than that lose their content, link and metadata (they may carry personal data) and are marked
 * `content_purged_at`; their decision, status, segment, reviews, verdicts, feedback and every aggregate
 * stay. Outputs still waiting for review (queued or second review, flagged ones included) are left until
 * reviewed, and outputs promoted to gold items are left (calibration shows them to reviewers). Each
 * organization's purge is recorded in its audit log with counts only.
 */
export async function runRetention(
  db: Database,
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
  options: { batchSize?: number; maxBatches?: number } = {},
): Promise<RetentionRun> {
  const batchSize = options.batchSize ?? 1000;
  const maxBatches = options.maxBatches ?? 100;
  const counts: Record<string, number> = Object.fromEntries(RETENTION_KINDS.map((k) => [k, 0]));
  const finish = (skipped: boolean): RetentionRun => {
    for (const [kind, n] of Object.entries(counts)) retentionCounted(kind, n);
    return { counts, skipped };
  };

  for (const sweep of SWEEPS) {
    const cutoff =
      sweep.age === 'rate_window'
        ? String(Math.floor((now.getTime() - 60 * RATE_WINDOW_MS) / RATE_WINDOW_MS))
        : new Date(now.getTime() - policy[sweep.age] * DAY_MS).toISOString();
    for (let batch = 0; batch < maxBatches; batch++) {
      const n = await locked(db, async (tx) => {
        const [row] = await selectRows<{ n: number }>(
          tx,
          sql`WITH gone AS (DELETE FROM ${sql.identifier(sweep.table)}
                WHERE ctid IN (${sweep.due(cutoff, batchSize)}) RETURNING 1)
              SELECT count(*)::int AS n FROM gone`,
        );
        return row?.n ?? 0;
      });
      if (n === null) return finish(true);
      counts[sweep.kind]! += n;
      if (n < batchSize) break;
    }
  }

  const organizations = await db.system((tx) =>
    selectRows<{ id: string; days: number }>(
      tx,
      sql`SELECT id, output_content_retention_days AS days FROM organizations
          WHERE output_content_retention_days IS NOT NULL ORDER BY id`,
    ),
  );
  for (const org of organizations) {
    const cutoff = new Date(now.getTime() - org.days * DAY_MS).toISOString();
    let purged = 0;
    const audit = (tx: Tx, outputs: number) =>
      recordAudit(
        tx,
        { organizationId: org.id, actor: PURGER },
        {
          action: 'outputs.content_purged',
          entityType: 'organization',
          entityId: org.id,
          after: { outputs, retentionDays: org.days, createdBefore: cutoff },
        },
      );
    for (let batch = 0; batch < maxBatches; batch++) {
      const n = await locked(db, async (tx) => {
        const [row] = await selectRows<{ n: number }>(
          tx,
          sql`WITH due AS (
                SELECT o.id FROM outputs o
                WHERE o.organization_id = ${org.id} AND o.created_at < ${cutoff}::timestamptz
                  AND o.content_purged_at IS NULL AND o.status IN ('reviewed', 'released')
                  AND NOT EXISTS (SELECT 1 FROM gold_items g WHERE g.output_id = o.id)
                -- Oldest first, so the scan walks outputs_content_kept_idx (content not yet purged) from its
                -- start and stops at the batch: no step over the outputs purged before, however many.
                ORDER BY o.created_at
                LIMIT ${batchSize} FOR UPDATE OF o SKIP LOCKED),
              purged AS (
                UPDATE outputs SET content = NULL, link = NULL, metadata = '{}'::jsonb,
                  content_purged_at = ${now.toISOString()}::timestamptz, content_purged_after_days = ${org.days}
                WHERE id IN (SELECT id FROM due) RETURNING 1)
              SELECT count(*)::int AS n FROM purged`,
        );
        const count = row?.n ?? 0;
        // One audit event per organization and run, written with its last batch.
        if ((count < batchSize || batch === maxBatches - 1) && purged + count > 0)
          await audit(tx, purged + count);
        return count;
      });
      if (n === null) {
        if (purged > 0) await db.system((tx) => audit(tx, purged));
        counts.output_contents! += purged;
        return finish(true);
      }
      purged += n;
      if (n < batchSize) break;
    }
    counts.output_contents! += purged;
  }
  return finish(false);
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
