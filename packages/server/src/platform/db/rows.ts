import { type Placeholder, type SQL, sql } from 'drizzle-orm';
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
    ): { execute(values?: Record<string, unknown>): Promise<{ rows: unknown[] }> };
  };
}

/**
 * Rows of a raw query; both drivers answer `{ rows }`, which drizzle's shared type does not say. With a
 * `name` the statement is prepared once per pooled PostgreSQL connection and then only bound and run (no
 * parse or plan per request): for statements whose text never changes (the embedded database ignores the
 * name). A statement run on every request is better a `statement` (below): its SQL is built once too.
 */
export async function selectRows<T>(tx: Tx, query: SQL, name?: string): Promise<T[]> {
  if (!name) return ((await tx.execute(query)) as unknown as { rows: T[] }).rows;
  const { dialect, session } = tx as unknown as Internals;
  const result = await session.prepareQuery(dialect.sqlToQuery(query), undefined, name, false).execute();
  return result.rows as T[];
}

/** One placeholder per value a statement takes, by the value's name. */
export type Placeholders<V> = { readonly [K in keyof V]: Placeholder<K & string, V[K]> };

/**
 * A hot path's statement: its SQL text is built once, from `build` given placeholders, and each run only
 * binds `values` to them. Building a statement of a few CTEs with drizzle's `sql` costs about 100 KB of
 * allocations and tenths of a millisecond, on every request, for a text that never changes. Like a named
 * `selectRows`, it is prepared once per pooled PostgreSQL connection under `name`; the embedded database
 * runs it as an unnamed statement. Both engines share drizzle's PostgreSQL dialect, so one text serves both.
 */
export function statement<V extends Record<string, unknown>, T>(
  name: string,
  build: (values: Placeholders<V>) => SQL,
): (tx: Tx, values: V) => Promise<T[]> {
  let built: { sql: string; params: unknown[] } | undefined;
  const placeholders = new Proxy({} as Placeholders<V>, {
    get: (_, key) => sql.placeholder(String(key)),
  });
  return async (tx, values) => {
    const { dialect, session } = tx as unknown as Internals;
    built ??= dialect.sqlToQuery(build(placeholders));
    const result = await session.prepareQuery(built, undefined, name, false).execute(values);
    return result.rows as T[];
  };
}
