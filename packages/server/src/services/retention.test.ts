import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../db/rows';
import type { Database } from '../db/types';
import { createOrganizationWithOwner, openTestDatabase, testEngines } from '../test/harness';
import { runRetention } from './retention';

const DAY = 86_400_000;

describe.each(testEngines())('retention cleanup on %s', (engine) => {
  let db: Database;
  let userId: string;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
    userId = (await createOrganizationWithOwner(db)).userId;
  });
  afterAll(() => db.close());

  const count = () =>
    db.system((tx) =>
      selectRows<{ sessions: number; attempts: number; windows: number }>(
        tx,
        sql`SELECT (SELECT count(*)::int FROM sessions WHERE csrf_token LIKE 'ret-%') AS sessions,
              (SELECT count(*)::int FROM login_attempts WHERE email LIKE 'ret-%') AS attempts,
              (SELECT count(*)::int FROM rate_limit_windows WHERE key LIKE 'ret-%') AS windows`,
      ),
    );

  it('deletes only what is past its retention at the injected time, in bounded batches', async () => {
    const now = new Date('2027-03-01T12:00:00Z');
    const at = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
    const minute = Math.floor(now.getTime() / 60_000);
    await db.system(async (tx) => {
      // Only this test's rows: the owner's own sign-in session goes.
      await tx.execute(sql`DELETE FROM sessions`);
      // Sessions: expired 30 days ago (gone), expired 2 days ago (kept: 7-day grace), live but revoked 10 days ago (gone).
      for (const [i, expires, revoked] of [
        [1, at(30), null],
        [2, at(2), null],
        [3, at(-5), at(10)],
        [4, at(-5), null],
      ] as const)
        await tx.execute(
          sql`INSERT INTO sessions (token_hash, csrf_token, user_id, expires_at, revoked_at)
              VALUES (${`ret-hash-${engine}-${i}`}, ${`ret-${i}`}, ${userId}, ${expires}::timestamptz, ${revoked}::timestamptz)`,
        );
      // 25 old attempts (gone, over several batches of 10) and 3 recent ones.
      for (let i = 0; i < 28; i++)
        await tx.execute(
          sql`INSERT INTO login_attempts (email, ip, succeeded, attempted_at)
              VALUES (${`ret-${i}@example.com`}, '127.0.0.1', 0, ${at(i < 25 ? 31 : 1)}::timestamptz)`,
        );
      // Rate windows: two hours old (gone), the current minute (kept).
      await tx.execute(
        sql`INSERT INTO rate_limit_windows (key, window_index, used, last_grant)
            VALUES ('ret-old', ${minute - 120}, 5, 5), ('ret-now', ${minute}, 5, 5)`,
      );
    });
    expect(await count()).toEqual([{ sessions: 4, attempts: 28, windows: 2 }]);
    const deleted = await runRetention(db, now, { sessionDays: 7, loginAttemptDays: 30 }, { batchSize: 10 });
    expect(deleted).toMatchObject({ sessions: 2, login_attempts: 25, rate_limit_windows: 1 });
    expect(await count()).toEqual([{ sessions: 2, attempts: 3, windows: 1 }]);
    // A second run at the same time finds nothing more.
    expect(await runRetention(db, now)).toEqual({ sessions: 0, login_attempts: 0, rate_limit_windows: 0 });
    // A bounded run: one batch of 2 per kind leaves the rest for the next run.
    const later = new Date(now.getTime() + 40 * DAY);
    const bounded = await runRetention(db, later, undefined, { batchSize: 2, maxBatches: 1 });
    expect(bounded).toMatchObject({ sessions: 2, login_attempts: 2 });
    expect(await count()).toEqual([{ sessions: 0, attempts: 1, windows: 0 }]);
  });
});
