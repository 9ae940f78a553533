import { type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { Tx } from './types';

/** drizzle's parts `tx.execute` uses, to run a built statement under a name (internal, stable since 0.29). */
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

/** Rows of a raw query; both drivers answer `{ rows }`, which drizzle's shared type does not say. */
export async function selectRows<T>(tx: Tx, query: SQL): Promise<T[]> {
  return ((await tx.execute(query)) as unknown as { rows: T[] }).rows;
}

/** One placeholder per value a statement takes, by the value's name. */
export type Placeholders<V> = { readonly [K in keyof V]: Placeholder<K & string, V[K]> };

/**
 * A hot path's statement: its SQL text is built once, from `build` given placeholders, and each run only
 * binds `values` to them. Building a statement of a few CTEs with drizzle's `sql` costs about 100 KB of
 * allocations and tenths of a millisecond, on every request, for a text that never changes. It is prepared
 * once per pooled PostgreSQL connection under `name` (parsed and planned once, then only bound and run);
 * the embedded database runs it as an unnamed statement. Both engines share drizzle's PostgreSQL dialect,
 * so one text serves both.
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
