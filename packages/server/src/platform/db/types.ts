import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './tenancy-schema';

/** A drizzle handle inside one transaction; the same type for PGlite and node-postgres. */
export type Tx = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Engine = 'pglite' | 'postgres';

export interface TenantOptions {
  /**
   * The planner's sorts off for the whole transaction (`enable_sort`), set in the round trip that begins it:
   * for work whose statements must go by an index's order whatever the statistics say (ingestion's lookup
   * of earlier client ids, planner.ts).
   */
  sortsOff?: boolean;
}

export interface Database {
  readonly engine: Engine;
  /** One transaction as the app role, scoped to one organization by row-level security. */
  tenant<T>(organizationId: string, fn: (tx: Tx) => Promise<T>, options?: TenantOptions): Promise<T>;
  /** One transaction as the owner, for authentication and bootstrap only: no tenant wall. */
  system<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Like `system`, but each statement commits on its own: for authentication's per-request lookups,
   * where a transaction would only add two round trips.
   */
  systemAutocommit<T>(fn: (db: Tx) => Promise<T>): Promise<T>;
  /** Throws unless the database answers and the migrations are applied. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
