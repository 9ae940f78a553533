import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openTestDatabase, testEngines } from '../../test/harness';
import { statement } from './rows';
import type { Database } from './types';

/**
 * A hot path's statement is built once: each run binds its values to the placeholders of a text built at
 * the first run, on either engine, and PostgreSQL prepares it once per pooled connection.
 */
describe.each(testEngines())('a statement built once on %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
  });
  afterAll(() => db.close());

  const build = vi.fn(
    (v: { readonly a: unknown; readonly b: unknown }) =>
      sql`SELECT ${v.a}::int + ${v.b}::int AS sum, ${v.a}::int * ${v.a}::int AS square, ${v.b}::text AS b`,
  );
  const sums = statement<{ a: number; b: string }, { sum: number; square: number; b: string }>(
    `rows-test-${engine}`,
    build,
  );

  it('binds each run’s values, a placeholder used twice included, and builds the text once', async () => {
    const sqlToQuery = vi.spyOn(PgDialect.prototype, 'sqlToQuery');
    try {
      const first = await db.system((tx) => sums(tx, { a: 3, b: '4' }));
      const second = await db.system((tx) => sums(tx, { a: 5, b: '-2' }));
      const third = await db.system((tx) => sums(tx, { a: 0, b: '0' }));
      expect(
        [first, second, third].map((rows) => rows.map((r) => [Number(r.sum), Number(r.square), r.b])),
      ).toEqual([[[7, 9, '4']], [[3, 25, '-2']], [[0, 0, '0']]]);
      expect(build).toHaveBeenCalledTimes(1);
      // The transactions' own statements are built too (on PostgreSQL, the system role's); ours once.
      const ours = sqlToQuery.mock.results.filter((r) =>
        (r.value as { sql: string }).sql.includes('AS square'),
      );
      expect(ours).toHaveLength(1);
    } finally {
      sqlToQuery.mockRestore();
    }
  });

  it('refuses a run that leaves a placeholder without a value', async () => {
    await expect(db.system((tx) => sums(tx, { a: 1 } as { a: number; b: string }))).rejects.toThrow(
      /No value for placeholder "b"/,
    );
  });

  it.skipIf(engine !== 'postgres')('is prepared under its name on the connection that runs it', async () => {
    const prepared = await db.system(async (tx) => {
      await sums(tx, { a: 1, b: '1' });
      const rows = (await tx.execute(
        sql`SELECT name, statement FROM pg_prepared_statements WHERE name = ${`rows-test-${engine}`}`,
      )) as unknown as { rows: Array<{ name: string; statement: string }> };
      return rows.rows;
    });
    expect(prepared).toHaveLength(1);
    expect(prepared[0]!.statement).toMatch(/\$1::int \+ \$2::int AS sum, \$3::int \* \$4::int/);
  });
});
