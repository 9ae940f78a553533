import type { SQL } from 'drizzle-orm';
import type { Tx } from './types';

/** drizzle's parts `tx.execute` uses, to run a statement under a name (internal, stable since 0.29). */
interface Internals {
  dialect: { sqlToQuery(query: SQL): { sql: string; params: unknown[] } };
  session: {
    prepareQuery(
      query: { sql: string; params: unknown[] },
      fields: undefined,
      name: string,
      arrayMode: false,
    ): { execute(): Promise<{ rows: unknown[] }> };
  };
}

/**
 * Rows of a raw query; both drivers answer `{ rows }`, which drizzle's shared type does not say. With a
 * `name` the statement is prepared once per pooled PostgreSQL connection and then only bound and run (no
 * parse or plan per request): for the hot path's statements, whose text never changes (the embedded
 * database ignores the name).
 */
export async function selectRows<T>(tx: Tx, query: SQL, name?: string): Promise<T[]> {
  if (!name) return ((await tx.execute(query)) as unknown as { rows: T[] }).rows;
  const { dialect, session } = tx as unknown as Internals;
  const result = await session.prepareQuery(dialect.sqlToQuery(query), undefined, name, false).execute();
  return result.rows as T[];
}
