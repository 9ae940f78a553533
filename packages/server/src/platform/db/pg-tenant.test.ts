import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createOrganizationWithOwner,
  createTestDatabaseUrl,
  openTestDatabase,
  type TestPerson,
  testEngines,
} from '../../test/harness';
import { executeAndCommit, openLazily } from './pipeline';
import { selectRows, statement } from './rows';
import type { Database } from './types';

/** The PostgreSQL request transaction (BEGIN and the tenant scope in one round trip): what it must keep. */
describe.skipIf(!testEngines().includes('postgres'))('a request transaction on PostgreSQL', () => {
  let db: Database;
  let owner: TestPerson;
  beforeAll(async () => {
    db = await openTestDatabase('postgres');
    owner = await createOrganizationWithOwner(db);
  });
  afterAll(() => db.close());

  const names = () =>
    db.system((tx) =>
      selectRows<{ name: string }>(
        tx,
        sql`SELECT name FROM workflows WHERE name IN ('kept', 'lost') ORDER BY name`,
      ),
    );

  it('runs as the app role in the organization, commits on success and rolls back on an error', async () => {
    const scope = await db.tenant(owner.organizationId, (tx) =>
      selectRows<{ role: string; org: string }>(
        tx,
        sql`SELECT current_user AS role, current_setting('app.organization_id') AS org`,
      ),
    );
    expect(scope).toEqual([{ role: 'trellis_app', org: owner.organizationId }]);
    await db.tenant(owner.organizationId, (tx) =>
      tx.execute(
        sql`INSERT INTO workflows (organization_id, name, sampling_salt) VALUES (${owner.organizationId}, 'kept', 1)`,
      ),
    );
    await expect(
      db.tenant(owner.organizationId, async (tx) => {
        await tx.execute(
          sql`INSERT INTO workflows (organization_id, name, sampling_salt) VALUES (${owner.organizationId}, 'lost', 1)`,
        );
        throw new Error('the request failed');
      }),
    ).rejects.toThrow('the request failed');
    expect(await names()).toEqual([{ name: 'kept' }]);
  });

  it('refuses a nested transaction and an organization id that is not a uuid, changing nothing', async () => {
    await expect(db.tenant(owner.organizationId, (tx) => tx.transaction(async () => 1))).rejects.toThrow(
      /nested transactions are not supported/,
    );
    await expect(db.tenant("x'; DROP TABLE workflows; --", async () => 1)).rejects.toThrow(/not a uuid/);
    expect(await names()).toEqual([{ name: 'kept' }]);
  });

  // The opening of a request transaction, and its COMMIT sent with the last statement.

  /** Round trips: each call of the connection's own `query` is one (a pipeline included). */
  async function roundTrips<T>(fn: () => Promise<T>): Promise<{ result: T; trips: string[] }> {
    const trips: string[] = [];
    const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
    const spy = vi.spyOn(pg.Client.prototype, 'query').mockImplementation(function (
      this: pg.Client,
      ...args: unknown[]
    ) {
      const [first] = args as [{ text?: string } | string];
      trips.push(typeof first === 'string' ? first : String(first.text));
      return original.apply(this, args) as never;
    });
    try {
      return { result: await fn(), trips };
    } finally {
      spy.mockRestore();
    }
  }

  it('goes with the first statement: one round trip for BEGIN, the scope and the statement, one for COMMIT', async () => {
    const { result, trips } = await roundTrips(() =>
      db.tenant(owner.organizationId, (tx) =>
        selectRows<{ role: string; org: string }>(
          tx,
          sql`SELECT current_user AS role, current_setting('app.organization_id') AS org`,
        ),
      ),
    );
    expect(result).toEqual([{ role: 'trellis_app', org: owner.organizationId }]);
    expect(trips).toEqual([
      `BEGIN; SELECT set_config('role', 'trellis_app', true), set_config('app.organization_id', $1, true); SELECT current_user AS role, current_setting('app.organization_id') AS org`,
      'COMMIT',
    ]);
    // A transaction that runs no statement sends nothing at all.
    expect((await roundTrips(() => db.tenant(owner.organizationId, async () => 7))).trips).toEqual([]);
  });

  it('rolls back when the first statement fails, and leaves the connection clean for the next request', async () => {
    await expect(
      db.tenant(owner.organizationId, (tx) =>
        tx.execute(
          sql`INSERT INTO workflows (organization_id, name, sampling_salt) VALUES (${owner.organizationId}, 'first', 'not a number')`,
        ),
      ),
    ).rejects.toThrow();
    // The pool has one connection per request here; every one must be out of the failed transaction.
    for (let i = 0; i < 6; i++) {
      const [state] = await db.tenant(owner.organizationId, (tx) =>
        selectRows<{ role: string }>(tx, sql`SELECT current_user AS role`),
      );
      expect(state?.role).toBe('trellis_app');
    }
    const rows = await db.system((tx) =>
      selectRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM workflows WHERE name = 'first'`),
    );
    expect(rows).toEqual([{ n: 0 }]);
  });

  it('never runs the statement when the opening fails', async () => {
    const client = new pg.Client({ connectionString: await createTestDatabaseUrl() });
    await client.connect();
    try {
      await client.query('CREATE TEMP TABLE marks (n int)');
      const line = openLazily(client as pg.PoolClient, [
        { text: 'BEGIN' },
        { text: 'SELECT 1 / $1::int', values: [0] },
      ]);
      await expect(client.query({ text: 'INSERT INTO marks VALUES ($1)' }, [1])).rejects.toThrow(
        /division by zero/,
      );
      expect(line.begun).toBe(true);
      await client.query('ROLLBACK');
      line.close();
      expect((await client.query('SELECT count(*)::int AS n FROM marks')).rows).toEqual([{ n: 0 }]);
    } finally {
      await client.end();
    }
  });

  const insertWorkflow = (name: string) =>
    sql`INSERT INTO workflows (organization_id, name, sampling_salt) VALUES (${owner.organizationId}, ${name}, 1)`;
  const count = async (name: string) =>
    (
      await db.system((tx) =>
        selectRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM workflows WHERE name = ${name}`),
      )
    )[0]!.n;

  it('sends the last statement with the COMMIT behind it: a one-statement transaction is one round trip', async () => {
    const { trips } = await roundTrips(() =>
      db.tenant(owner.organizationId, (tx) =>
        executeAndCommit(tx, () => tx.execute(insertWorkflow('one trip'))),
      ),
    );
    expect(trips).toHaveLength(1);
    expect(trips[0]).toMatch(/^BEGIN; SELECT set_config\('role'.*; INSERT INTO workflows .*; COMMIT$/);
    expect(await count('one trip')).toBe(1);
  });

  it('keeps nothing when the last statement fails, and refuses a statement after the COMMIT', async () => {
    await expect(
      db.tenant(owner.organizationId, async (tx) => {
        await tx.execute(insertWorkflow('before the failure'));
        await executeAndCommit(tx, () =>
          tx.execute(
            sql`INSERT INTO workflows (organization_id, name, sampling_salt) VALUES (${owner.organizationId}, 'bad', 1 / 0)`,
          ),
        );
      }),
    ).rejects.toThrow();
    expect(await count('before the failure')).toBe(0);
    const refused = await db
      .tenant(owner.organizationId, async (tx) => {
        await executeAndCommit(tx, () => tx.execute(insertWorkflow('committed')));
        await tx.execute(insertWorkflow('after the commit'));
      })
      .catch((error: Error) => error);
    // drizzle wraps the driver's error as "Failed query: …".
    expect((refused as Error & { cause?: Error }).cause?.message).toMatch(/has committed/);
    expect(await count('committed')).toBe(1);
    expect(await count('after the commit')).toBe(0);
    // The connections are clean: every pooled one serves the next request in its scope.
    for (let i = 0; i < 6; i++) {
      const rows = await db.tenant(owner.organizationId, (tx) =>
        selectRows<{ role: string }>(tx, sql`SELECT current_user AS role`),
      );
      expect(rows).toEqual([{ role: 'trellis_app' }]);
    }
  });

  it('parses a named statement once per connection, and again after a failure left its name unknown', async () => {
    const parse = vi.spyOn(pg.Connection.prototype, 'parse');
    const twelve = statement<{ divisor: number }, { n: number }>(
      'test-twelve',
      (v) => sql`SELECT (12 / ${v.divisor}::int)::int AS n`,
    );
    const named = (divisor: number) => db.tenant(owner.organizationId, (tx) => twelve(tx, { divisor }));
    try {
      // Parsed on the server, then failed when run: the name is not recorded, so the next use closes it and
      // parses it again (without the close the server would refuse the name as taken).
      await expect(named(0)).rejects.toThrow();
      // One request at a time: the pool hands out the same connection again.
      for (let i = 0; i < 5; i++) expect(await named(3)).toEqual([{ n: 4 }]);
      const parsed = parse.mock.calls.filter(([q]) => (q as { name?: string }).name === 'test-twelve');
      expect(parsed).toHaveLength(2);
      const prepared = await db.tenant(owner.organizationId, (tx) =>
        selectRows<{ name: string }>(
          tx,
          sql`SELECT name FROM pg_prepared_statements WHERE name = 'test-twelve'`,
        ),
      );
      expect(prepared).toEqual([{ name: 'test-twelve' }]);
    } finally {
      parse.mockRestore();
    }
  });
});
