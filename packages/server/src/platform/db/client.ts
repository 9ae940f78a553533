import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { DEFAULT_POOL_IDLE_SECONDS } from '../config';
import { lockDataDir } from './lock';
import { openLazily } from './pipeline';
import { SORTS_OFF, withPlannerOptions } from './planner';
import { APP_ROLE, applyRowLevelSecurity, checkAppRolePrivileges } from './rls';
import * as schema from './tenancy-schema';
import type { Database, Engine, TenantOptions, Tx } from './types';
import {
  asUnavailable,
  CommitOutcomeUnknownError,
  guardConnection,
  isConnectionFailure,
} from './unavailable';

const migrationsFolder = fileURLToPath(new URL('../../../drizzle', import.meta.url));
// Serializes migrations when several servers start against one PostgreSQL at once.
const MIGRATION_LOCK = 7_301_944;

/** Where the pool reports a connection it lost while idle (the pool replaces it; nothing fails). */
export interface PoolLog {
  warn: (obj: object, msg: string) => void;
}

export type OpenDatabaseOptions =
  | { databaseUrl: string; poolSize?: number; poolIdleSeconds?: number; log?: PoolLog }
  | { dataDir: string }
  | { memory: true; loadDataDir?: Blob };

/** How long a request waits for a new connection before it fails as "database unavailable". */
const CONNECT_TIMEOUT_MS = 10_000;

/** Opens the database named by the options and brings its schema up to date. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if ('databaseUrl' in options)
    return openPostgres(
      options.databaseUrl,
      {
        max: options.poolSize ?? 10,
        // 0 in pg-pool means never closed for idleness.
        idleTimeoutMillis: (options.poolIdleSeconds ?? DEFAULT_POOL_IDLE_SECONDS) * 1000,
      },
      options.log ?? consoleLog,
    );
  return openPglite(options);
}

const consoleLog: PoolLog = {
  warn: (obj, msg) => console.warn(msg, (obj as { err?: Error }).err?.message ?? ''),
};

async function openPglite(options: { dataDir: string } | { memory: true; loadDataDir?: Blob }) {
  let release = () => {};
  let client: PGlite;
  if ('dataDir' in options) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    release = lockDataDir(options.dataDir);
    try {
      client = await PGlite.create(options.dataDir);
    } catch (error) {
      release();
      throw error;
    }
  } else {
    client = await PGlite.create(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  }
  const db = await migratePgliteClient(client);
  return wrap('pglite', db, async () => {
    await client.close();
    release();
  });
}

async function migratePgliteClient(client: PGlite): Promise<Tx> {
  const db = drizzlePglite(client, { schema }) as unknown as Tx;
  await migratePglite(db as never, { migrationsFolder });
  await db.transaction((tx) => applyRowLevelSecurity(tx));
  return db;
}

/** A migrated, empty embedded database as a tarball, to start many test databases from quickly. */
export async function dumpMigratedPglite(): Promise<Blob> {
  const client = await PGlite.create();
  try {
    await migratePgliteClient(client);
    return await client.dumpDataDir('none');
  } finally {
    await client.close();
  }
}

async function openPostgres(
  databaseUrl: string,
  size: { max: number; idleTimeoutMillis: number },
  log: PoolLog,
) {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    ...size,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    keepAlive: true,
    application_name: 'trellis',
  });
  // An idle pooled connection the server ends (a restart, pg_terminate_backend, a proxy's timeout) is an
  // 'error' event on the pool; without a listener node ends the whole process. The pool has already dropped
  // the connection and opens a new one on the next checkout, so there is nothing to do but say so.
  pool.on('error', (error) =>
    log.warn({ err: error }, 'database connection lost while idle; it will be reopened'),
  );
  // The same on a checked-out connection between two statements: its next statement fails (the request
  // answers 503) and the pool drops it when it comes back, as it is no longer queryable.
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const db = drizzlePg(client, { schema }) as unknown as Tx;
    await checkAppRolePrivileges(db);
    await migratePg(db as never, { migrationsFolder });
    await db.transaction((tx) => applyRowLevelSecurity(tx));
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
  const db = drizzlePg(pool, { schema }) as unknown as Tx;
  const database = wrap('postgres', db, () => pool.end());
  pools.set(database, pool);
  database.tenant = (organizationId, fn, options) => pgTenant(pool, organizationId, fn, options);
  return database;
}

const pools = new WeakMap<Database, pg.Pool>();

/** The connection pool's figures, for `/metrics`; none for the embedded database, which has no pool. */
export function poolFigures(db: Database): { total: number; idle: number; waiting: number } | undefined {
  const pool = pools.get(db);
  return pool && { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount };
}

// One drizzle handle per pooled connection, made on its first request and kept while the pool keeps it:
// building one (session, dialect, the property below) on every request was garbage on the hot path.
const handles = new WeakMap<pg.PoolClient, Tx>();

function drizzleFor(client: pg.PoolClient): Tx {
  let tx = handles.get(client);
  if (!tx) {
    // No relational schema: building its config is work no service uses (no `tx.query`).
    tx = drizzlePg(client) as unknown as Tx;
    // The request already runs in this transaction; a nested BEGIN would end it early on COMMIT.
    Object.defineProperty(tx, 'transaction', {
      value: () => {
        throw new Error(
          'Services run inside the request transaction; nested transactions are not supported.',
        );
      },
    });
    handles.set(client, tx);
  }
  return tx;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A request's transaction on PostgreSQL. BEGIN and the tenant scope (SET LOCAL ROLE and the organization, as
 * `set_config(…, true)`) travel with the transaction's first statement, in one round trip (pipeline.ts):
 * drizzle's own transaction sends BEGIN alone first, and on the ingestion path each round trip is a
 * socket write and a wake-up on both sides. A transaction that runs no statement sends nothing.
 */
async function pgTenant<T>(
  pool: pg.Pool,
  organizationId: string,
  fn: (tx: Tx) => Promise<T>,
  options: TenantOptions = {},
): Promise<T> {
  // A bound parameter now, but still refused early: it always comes from a row of ours.
  if (!UUID.test(organizationId)) throw new Error('organization id is not a uuid');
  const client = await guardConnection(() => pool.connect());
  let broken: Error | undefined;
  let committing = false;
  const tx = drizzleFor(client);
  const line = openLazily(
    client,
    [
      { text: 'BEGIN' },
      {
        text: `SELECT set_config('role', '${APP_ROLE}', true), set_config('app.organization_id', $1, true)${options.sortsOff ? `, ${SORTS_OFF}` : ''}`,
        values: [organizationId],
      },
    ],
    tx,
  );
  try {
    const result = await withPlannerOptions(tx, options, () => fn(tx));
    committing = true;
    if (line.begun && !line.committed) await client.query('COMMIT');
    return result;
  } catch (error) {
    if ((committing || line.committing) && !line.committed && isConnectionFailure(error)) {
      broken = error as Error;
      throw new CommitOutcomeUnknownError(error);
    }
    if (line.begun && !line.committed)
      await client.query('ROLLBACK').catch((rollbackError: Error) => {
        broken = rollbackError;
      });
    throw asUnavailable(error);
  } finally {
    line.close();
    client.release(broken);
  }
}

function wrap(engine: Engine, db: Tx, close: () => Promise<void>): Database {
  return {
    engine,
    tenant: (organizationId, fn, options = {}) =>
      guardConnection(() =>
        db.transaction(async (tx) => {
          // One round trip: set_config('role', …, true) is SET LOCAL ROLE.
          await tx.execute(
            sql`SELECT set_config('role', ${APP_ROLE}, true), set_config('app.organization_id', ${organizationId}, true)${options.sortsOff ? sql.raw(`, ${SORTS_OFF}`) : sql``}`,
          );
          return withPlannerOptions(tx, options, () => fn(tx));
        }),
      ),
    system: (fn) => guardConnection(() => db.transaction((tx) => fn(tx))),
    systemAutocommit: (fn) => guardConnection(() => fn(db)),
    ping: () =>
      guardConnection(async () => {
        await db.execute(sql`SELECT 1 FROM ${schema.organizations} LIMIT 1`);
      }),
    close,
  };
}
