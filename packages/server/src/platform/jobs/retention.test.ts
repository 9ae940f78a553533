import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrganizationWithOwner,
  createTestDatabaseUrl,
  openTestDatabase,
  testEngines,
} from '../../test/harness';
import { openDatabase } from '../db/client';
import { selectRows } from '../db/rows';
import type { Database } from '../db/types';
import { jobFigures, retentionFigures } from '../observability/jobs';
import { DEFAULT_RETENTION, type RetentionPolicy, runRetention } from './retention';

const DAY = 86_400_000;
const POLICY: RetentionPolicy = {
  sessionDays: 7,
  loginAttemptDays: 30,
  webhookDeliveryDays: 14,
  emailDays: 20,
  tokenDays: 3,
};

/** This test's rows of every kind, by the marks it gives them. */
function counts(db: Database) {
  return db.system(async (tx) => {
    const [row] = await selectRows<Record<string, number>>(
      tx,
      sql`SELECT (SELECT count(*)::int FROM sessions WHERE csrf_token LIKE 'ret-%') AS sessions,
            (SELECT count(*)::int FROM login_attempts WHERE email LIKE 'ret-%') AS login_attempts,
            (SELECT count(*)::int FROM rate_limit_windows WHERE key LIKE 'ret-%') AS rate_limit_windows,
            (SELECT count(*)::int FROM webhook_deliveries WHERE event LIKE 'ret.%') AS webhook_deliveries,
            (SELECT count(*)::int FROM digest_emails WHERE subject LIKE 'ret-%') AS emails,
            (SELECT count(*)::int FROM password_resets WHERE token_hash LIKE 'ret-%') AS password_resets,
            (SELECT count(*)::int FROM setup_tokens WHERE token_hash LIKE 'ret-%') AS setup_tokens,
            (SELECT count(*)::int FROM invitations WHERE token_hash LIKE 'ret-%') AS invitations`,
    );
    return row!;
  });
}

/**
 * Rows of every kind around `now`: for each, some past their age under POLICY (`gone`) and some not, or
 * never due (`kept`). Returns how many of each kind should go.
 */
async function seed(db: Database, now: Date, organizationId: string, userId: string, tag: string) {
  const at = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
  const minute = Math.floor(now.getTime() / 60_000);
  await db.system(async (tx) => {
    // Sessions: expired 30 days ago (gone), 2 days ago (kept: 7-day grace), live but revoked 10 days ago (gone), live.
    for (const [i, expires, revoked] of [
      [1, at(30), null],
      [2, at(2), null],
      [3, at(-5), at(10)],
      [4, at(-5), null],
    ] as const)
      await tx.execute(
        sql`INSERT INTO sessions (token_hash, csrf_token, user_id, expires_at, revoked_at)
            VALUES (${`ret-hash-${tag}-${i}`}, ${`ret-${i}`}, ${userId}, ${expires}::timestamptz, ${revoked}::timestamptz)`,
      );
    // 25 old attempts (gone) and 3 recent ones.
    for (let i = 0; i < 28; i++)
      await tx.execute(
        sql`INSERT INTO login_attempts (email, ip, succeeded, attempted_at)
            VALUES (${`ret-${tag}-${i}@example.com`}, '127.0.0.1', 0, ${at(i < 25 ? 31 : 1)}::timestamptz)`,
      );
    // Rate windows: two hours old (gone), the current minute (kept).
    await tx.execute(
      sql`INSERT INTO rate_limit_windows (key, window_index, used, last_grant)
          VALUES (${`ret-${tag}-old`}, ${minute - 120}, 5, 5), (${`ret-${tag}-now`}, ${minute}, 5, 5)`,
    );
    // Webhook deliveries (14 days): delivered 15 days ago and failed for good 20 days ago (gone); delivered
    // 13 days ago (kept); pending for 40 days, still retrying (kept: never due while pending).
    const [hook] = await selectRows<{ id: string }>(
      tx,
      sql`INSERT INTO webhooks (organization_id, url, secret, events)
          VALUES (${organizationId}, 'https://hooks.example.com/x', 's', '["output.reviewed"]'::jsonb) RETURNING id`,
    );
    for (const [status, last, created] of [
      ['delivered', at(15), at(15)],
      ['failed', at(20), at(21)],
      ['delivered', at(13), at(13)],
      ['pending', at(-1), at(40)],
    ] as const)
      await tx.execute(
        sql`INSERT INTO webhook_deliveries (organization_id, webhook_id, event, payload, status, next_attempt_at,
              created_at, delivered_at)
            VALUES (${organizationId}, ${hook!.id}, ${`ret.${status}`}, '{}'::jsonb, ${status}, ${last}::timestamptz,
              ${created}::timestamptz, ${status === 'delivered' ? last : null}::timestamptz)`,
      );
    // E-mails (20 days): sent 21 days ago, given up 25 days ago, cancelled 22 days ago (gone); sent 19 days
    // ago, pending (kept).
    for (const [i, status, last] of [
      [1, 'sent', at(21)],
      [2, 'failed', at(25)],
      [3, 'sent', at(19)],
      [4, 'pending', at(30)],
      [5, 'cancelled', at(22)],
    ] as const)
      await tx.execute(
        sql`INSERT INTO digest_emails (kind, user_id, digest_until, to_address, subject, text_body, html_body,
              status, next_attempt_at, sent_at)
            VALUES ('account_notice', ${userId}, ${at(30)}::timestamptz, 'someone@example.com', ${`ret-${tag}-${i}`},
              '', '', ${status}, ${last}::timestamptz, ${status === 'sent' ? last : null}::timestamptz)`,
      );
    // Tokens (3 days): expired 4 days ago (gone), used 5 days ago though valid (gone), expired 2 days ago (kept).
    for (const [i, expires, used] of [
      [1, at(4), null],
      [2, at(-1), at(5)],
      [3, at(2), null],
    ] as const) {
      await tx.execute(
        sql`INSERT INTO password_resets (user_id, token_hash, expires_at, used_at)
            VALUES (${userId}, ${`ret-${tag}-${i}`}, ${expires}::timestamptz, ${used}::timestamptz)`,
      );
      await tx.execute(
        sql`INSERT INTO setup_tokens (token_hash, expires_at, used_at)
            VALUES (${`ret-${tag}-${i}`}, ${expires}::timestamptz, ${used}::timestamptz)`,
      );
    }
    // Invitations: expired unaccepted 4 days ago, revoked 5 days ago (gone); expired 2 days ago (kept);
    // accepted long ago, expired since (kept: who invited whom).
    for (const [i, expires, revoked, accepted] of [
      [1, at(4), null, null],
      [2, at(-3), at(5), null],
      [3, at(2), null, null],
      [4, at(60), null, at(65)],
    ] as const)
      await tx.execute(
        sql`INSERT INTO invitations (organization_id, email, role, token_hash, expires_at, revoked_at, accepted_at)
            VALUES (${organizationId}, ${`inv-${i}@example.com`}, 'viewer', ${`ret-${tag}-${i}`},
              ${expires}::timestamptz, ${revoked}::timestamptz, ${accepted}::timestamptz)`,
      );
  });
  return {
    sessions: 2,
    login_attempts: 25,
    rate_limit_windows: 1,
    webhook_deliveries: 2,
    emails: 3,
    password_resets: 2,
    setup_tokens: 2,
    invitations: 2,
  };
}

const SEEDED = {
  sessions: 4,
  login_attempts: 28,
  rate_limit_windows: 2,
  webhook_deliveries: 4,
  emails: 5,
  password_resets: 3,
  setup_tokens: 3,
  invitations: 4,
};

describe.each(testEngines())('retention cleanup on %s', (engine) => {
  let db: Database;
  let organizationId: string;
  let userId: string;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
    ({ organizationId, userId } = await createOrganizationWithOwner(db));
    // Only this test's rows: the owner's own sign-in session is not one of them.
    await db.system((tx) => tx.execute(sql`DELETE FROM sessions`));
  });
  afterAll(() => db.close());

  it('removes each kind after its age and not before, at the injected time, in bounded batches', async () => {
    const now = new Date('2027-03-01T12:00:00Z');
    const due = await seed(db, now, organizationId, userId, engine);
    expect(await counts(db)).toEqual(SEEDED);
    const before = retentionFigures();
    const run = await runRetention(db, now, POLICY, { batchSize: 10 });
    expect(run.skipped).toBe(false);
    expect(run.counts).toEqual({ ...due, output_contents: 0 });
    const left = await counts(db);
    for (const [kind, n] of Object.entries(SEEDED))
      expect(left[kind], kind).toBe(n - due[kind as keyof typeof due]);
    // `/metrics` reads the removed rows per kind from the same figures.
    const removed = (kind: string, figures: ReturnType<typeof retentionFigures>) =>
      figures.find((f) => f.kind === kind)?.removed ?? 0;
    expect(removed('login_attempts', retentionFigures()) - removed('login_attempts', before)).toBe(25);
    expect(removed('webhook_deliveries', retentionFigures()) - removed('webhook_deliveries', before)).toBe(2);
    // A second run at the same time finds nothing more.
    expect((await runRetention(db, now, POLICY)).counts).toEqual(
      Object.fromEntries(Object.keys(run.counts).map((k) => [k, 0])),
    );
    // Three days on: the delivery, the e-mail and the tokens kept above are due (not yet the session that
    // expired 2 days before `now`: its grace is 7 days). One batch of 2 per kind bounds the run.
    const later = new Date(now.getTime() + 3 * DAY);
    const bounded = await runRetention(db, later, POLICY, { batchSize: 2, maxBatches: 1 });
    expect(bounded.counts).toMatchObject({
      sessions: 0,
      login_attempts: 0,
      rate_limit_windows: 1,
      webhook_deliveries: 1,
      emails: 1,
      password_resets: 1,
      setup_tokens: 1,
      invitations: 1,
    });
    const much = await runRetention(db, new Date(now.getTime() + 400 * DAY), POLICY);
    // Much later, everything is due but the pending delivery and e-mail and the accepted invitation.
    expect(much.counts).toMatchObject({ login_attempts: 3, rate_limit_windows: 0, sessions: 2 });
    expect(await counts(db)).toEqual({
      sessions: 0,
      login_attempts: 0,
      rate_limit_windows: 0,
      webhook_deliveries: 1,
      emails: 1,
      password_resets: 0,
      setup_tokens: 0,
      invitations: 1,
    });
  });

  it('has defaults for every kind, and the job is counted among the periodic jobs only while it runs', () => {
    expect(DEFAULT_RETENTION).toEqual({
      sessionDays: 7,
      loginAttemptDays: 30,
      webhookDeliveryDays: 30,
      emailDays: 30,
      tokenDays: 7,
    });
    expect(jobFigures().some((j) => j.job === 'retention')).toBe(false);
  });
});

/** Two cleaners at once: on PGlite two runs of one process, on PostgreSQL two servers with their own pools. */
describe.each(testEngines())('two retention runs at once on %s', (engine) => {
  it('remove each row once, and neither fails', async () => {
    const url = engine === 'postgres' ? await createTestDatabaseUrl() : undefined;
    const first = url
      ? await openDatabase({ databaseUrl: url, poolSize: 4 })
      : await openTestDatabase(engine);
    const second = url ? await openDatabase({ databaseUrl: url, poolSize: 4 }) : first;
    try {
      const { organizationId, userId } = await createOrganizationWithOwner(first);
      await first.system((tx) => tx.execute(sql`DELETE FROM sessions`));
      const now = new Date('2027-03-01T12:00:00Z');
      let expected: Record<string, number> = {};
      for (let round = 0; round < 8; round++) {
        const due = await seed(first, now, organizationId, userId, `${engine}-${round}`);
        expected = Object.fromEntries(
          Object.entries(due).map(([k, n]) => [k, (expected[k] ?? 0) + n]),
        ) as Record<string, number>;
      }
      const runs = await Promise.all(
        [first, second, first, second].map((db) => runRetention(db, now, POLICY, { batchSize: 3 })),
      );
      // Whoever finds the lock taken stops; the last one holding it finishes. Summed over the runs, each
      // due row was removed exactly once, and every row not due is still there.
      const total: Record<string, number> = {};
      for (const run of runs) for (const [k, n] of Object.entries(run.counts)) total[k] = (total[k] ?? 0) + n;
      expect(total).toEqual({ ...expected, output_contents: 0 });
      const left = await counts(first);
      for (const [kind, n] of Object.entries(SEEDED)) expect(left[kind], kind).toBe(8 * n - expected[kind]!);
      // Nothing was left for a later run.
      expect(Object.values((await runRetention(second, now, POLICY)).counts).every((n) => n === 0)).toBe(
        true,
      );
    } finally {
      await first.close();
      if (second !== first) await second.close();
    }
  }, 120_000);
});
