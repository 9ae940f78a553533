import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/**
 * A timestamp column cut to the millisecond, for keyset pages: a cursor made from a JS Date keeps
 * milliseconds while PostgreSQL keeps microseconds, so comparing the raw column repeats or skips rows.
 */
export function toMillis(column: PgColumn): SQL {
  return sql`date_trunc('milliseconds', ${column})`;
}

/** A cursor's ISO time as a timestamptz parameter. */
export function timestampParam(iso: string): SQL {
  return sql`${iso}::timestamptz`;
}
