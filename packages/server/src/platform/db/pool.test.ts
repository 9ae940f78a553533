import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestDatabaseUrl, testEngines } from '../../test/harness';
import { loadConfig } from '../config';
import { openDatabase, poolFigures } from './client';
import type { Database } from './types';

/**
 * The pool's idle connections. node-postgres closes an idle connection after 10 s and hands out the most
 * recently returned one first, so under steady traffic the connections a burst opened sit idle, close, and
 * the next burst opens them again (connect, authentication, a cold plan cache) in requests already queued.
 * Idle timers run on fake time here: real connections, no real waiting.
 */
describe.skipIf(!testEngines().includes('postgres'))('the PostgreSQL pool', () => {
  let db: Database | undefined;
  afterEach(async () => {
    vi.useRealTimers();
    await db?.close();
    db = undefined;
  });

  /** Three statements at once, so the pool holds three connections, all idle afterwards. */
  async function burst(database: Database) {
    await Promise.all([1, 2, 3].map(() => database.system((tx) => tx.execute(sql`SELECT pg_sleep(0.05)`))));
    expect(poolFigures(database)).toMatchObject({ total: 3, idle: 3 });
  }

  it('keeps the connections a burst opened through a quiet spell, and closes them after the idle limit', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    db = await openDatabase({ databaseUrl: await createTestDatabaseUrl(), poolSize: 4 });
    await burst(db);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(poolFigures(db)).toMatchObject({ total: 3, idle: 3 });
    await vi.advanceTimersByTimeAsync(241_000);
    await vi.waitFor(() => expect(poolFigures(db!)?.total).toBe(0));
  });

  it('follows TRELLIS_DB_POOL_IDLE_SECONDS, where 0 keeps idle connections open', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const url = await createTestDatabaseUrl();
    const config = loadConfig({}, { DATABASE_URL: url, TRELLIS_DB_POOL_IDLE_SECONDS: '0' });
    expect(config.dbPoolIdleSeconds).toBe(0);
    db = await openDatabase({ databaseUrl: url, poolSize: 4, poolIdleSeconds: config.dbPoolIdleSeconds });
    await burst(db);
    await vi.advanceTimersByTimeAsync(86_400_000);
    expect(poolFigures(db)).toMatchObject({ total: 3, idle: 3 });
  });

  it('refuses an idle limit that is not a whole number of seconds, naming the variable', () => {
    for (const value of ['-1', '1.5', 'soon', '86401'])
      expect(() => loadConfig({}, { TRELLIS_DB_POOL_IDLE_SECONDS: value })).toThrow(
        /TRELLIS_DB_POOL_IDLE_SECONDS must be 0 \(kept open\) or a whole number of seconds/,
      );
  });
});
