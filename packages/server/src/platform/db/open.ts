import type { Config } from '../config';
import { openDatabase, type PoolLog } from './client';
import type { Database } from './types';

/** The database the configuration names: PostgreSQL when DATABASE_URL is set, else PGlite in the data dir. */
export function openConfiguredDatabase(config: Config, log?: PoolLog): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({
        databaseUrl: config.databaseUrl,
        poolSize: config.dbPoolSize,
        poolIdleSeconds: config.dbPoolIdleSeconds,
        log,
      })
    : openDatabase({ dataDir: config.dataDir });
}
