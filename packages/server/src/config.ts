import path from 'node:path';

/** The only reader of process.env. */
export interface Config {
  /** A PostgreSQL URL; when absent the embedded database (PGlite) in `dataDir` is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  host: string;
  port: number;
  /** The address people reach the app at, for links printed or shown once (setup, invitations). */
  publicUrl: string | undefined;
  logLevel: string;
  /** Trust X-Forwarded-* from a reverse proxy (needed for Secure cookies behind TLS termination). */
  trustProxy: boolean;
  /** Largest request body accepted, in bytes. */
  bodyLimit: number;
  /** When set, `/metrics` answers only a scrape that sends it as a bearer token. */
  metricsToken: string | undefined;
  /** Encrypts stored secrets such as an SSO client secret (any long random string; keep it stable). */
  secretKey: string | undefined;
}

export function loadConfig(overrides: Partial<Config> = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const config: Config = {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.TRELLIS_DATA_DIR || '.trellis/data'),
    host: env.HOST || '127.0.0.1',
    port: Number(env.PORT || 3000),
    publicUrl: env.TRELLIS_PUBLIC_URL || undefined,
    logLevel: env.LOG_LEVEL || 'info',
    trustProxy: env.TRELLIS_TRUST_PROXY === 'true',
    bodyLimit: Number(env.TRELLIS_BODY_LIMIT || 1_048_576),
    metricsToken: env.TRELLIS_METRICS_TOKEN || undefined,
    secretKey: env.TRELLIS_SECRET_KEY || undefined,
  };
  const merged = { ...config, ...stripUndefined(overrides) };
  if (!Number.isInteger(merged.port) || merged.port < 0 || merged.port > 65535) {
    throw new Error(`PORT must be an integer from 0 to 65535, got ${merged.port}`);
  }
  return merged;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
