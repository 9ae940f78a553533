import { isIP } from 'node:net';
import path from 'node:path';
import { RETENTION_SETTINGS, type RetentionPolicy } from './jobs/retention';

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
  /**
   * Which X-Forwarded-* to believe (needed for Secure cookies and client addresses behind TLS termination):
   * false (none), a number of proxy hops in front of the server, or the proxies' addresses and CIDR ranges.
   * Never "every hop": the left-most X-Forwarded-For is whatever the client wrote.
   */
  trustProxy: false | number | string[];
  /** Largest request body accepted, in bytes. */
  bodyLimit: number;
  /**
   * When set, `/metrics` answers only a scrape that sends it as a bearer token. Without it (and without
   * `metricsPort`) there is no `/metrics`: its figures are instance-wide.
   */
  metricsToken: string | undefined;
  /** Serve `/metrics` on this port instead of the main one (`TRELLIS_METRICS_PORT`), for Prometheus only. */
  metricsPort: number | undefined;
  /** SMTP server for the weekly learning digest by e-mail: smtp://user:pass@host:port or smtps://…; none: no e-mail. */
  smtpUrl: string | undefined;
  /** The From address of Trellis's e-mail; required with `smtpUrl`. */
  mailFrom: string | undefined;
  /**
   * Webhook targets allowed although loopback, private or link-local: host names, addresses, CIDR ranges
   * (`TRELLIS_WEBHOOK_ALLOWED_TARGETS`, comma-separated). Empty: only public addresses.
   */
  webhookAllowedTargets: string[];
  /** Outputs one API token (or person) may log per minute, summed over all processes; 0 turns it off. */
  ingestRateLimit: number;
  /** Outputs one organization may log per minute over all its tokens and people; 0 turns it off. */
  ingestOrgRateLimit: number;
  /** Encrypts stored secrets such as an SSO client secret (any long random string; keep it stable). */
  secretKey: string | undefined;
  // --- database pool and retention (db-resilience) ---
  /** Connections each server process keeps to PostgreSQL at most (`TRELLIS_DB_POOL_SIZE`). */
  dbPoolSize: number;
  /** Seconds an idle pooled connection stays open (`TRELLIS_DB_POOL_IDLE_SECONDS`; 0 keeps it open). */
  dbPoolIdleSeconds: number;
  /** Days each kind of row is kept by the hourly cleanup (`TRELLIS_RETAIN_*_DAYS`, see services/retention.ts). */
  retention: RetentionPolicy;
  /**
   * Whether a secret may be stored unencrypted when `secretKey` is unset: yes in development and tests, never
   * in production (`NODE_ENV=production`), where saving one without a key is refused.
   */
  plainSecretsAllowed: boolean;
}

/**
 * How long an idle pooled PostgreSQL connection stays open by default. node-postgres closes one after 10 s,
 * and hands out the most recently returned connection first, so under steady traffic the connections only a
 * burst needs sit idle, close, and are opened again by the next burst: a connect, authentication and cold
 * catalog caches (a first plan takes several milliseconds) in the requests that are already queued.
 */
export const DEFAULT_POOL_IDLE_SECONDS = 300;

export function loadConfig(overrides: Partial<Config> = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const config: Config = {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.TRELLIS_DATA_DIR || '.trellis/data'),
    host: env.HOST || '127.0.0.1',
    port: Number(env.PORT || 3000),
    publicUrl: env.TRELLIS_PUBLIC_URL || undefined,
    logLevel: env.LOG_LEVEL || 'info',
    trustProxy: parseTrustProxy(env.TRELLIS_TRUST_PROXY),
    bodyLimit: Number(env.TRELLIS_BODY_LIMIT || 1_048_576),
    metricsToken: env.TRELLIS_METRICS_TOKEN || undefined,
    metricsPort: env.TRELLIS_METRICS_PORT ? Number(env.TRELLIS_METRICS_PORT) : undefined,
    smtpUrl: env.TRELLIS_SMTP_URL || undefined,
    mailFrom: env.TRELLIS_MAIL_FROM || undefined,
    webhookAllowedTargets: (env.TRELLIS_WEBHOOK_ALLOWED_TARGETS ?? '').split(/[\s,]+/).filter(Boolean),
    ingestRateLimit: Number(env.TRELLIS_INGEST_RATE_LIMIT ?? 60_000),
    ingestOrgRateLimit: Number(env.TRELLIS_INGEST_ORG_RATE_LIMIT ?? 300_000),
    secretKey: env.TRELLIS_SECRET_KEY || undefined,
    // --- database pool and retention (db-resilience) ---
    dbPoolSize: Number(env.TRELLIS_DB_POOL_SIZE || 10),
    dbPoolIdleSeconds: Number(env.TRELLIS_DB_POOL_IDLE_SECONDS ?? DEFAULT_POOL_IDLE_SECONDS),
    retention: Object.fromEntries(
      RETENTION_SETTINGS.map((s) => [s.field, Number(env[s.env] || s.defaultDays)]),
    ) as unknown as RetentionPolicy,
    plainSecretsAllowed: env.NODE_ENV !== 'production',
  };
  const merged = { ...config, ...stripUndefined(overrides) };
  if (!Number.isInteger(merged.port) || merged.port < 0 || merged.port > 65535) {
    throw new Error(`PORT must be an integer from 0 to 65535, got ${merged.port}`);
  }
  if (
    merged.metricsPort !== undefined &&
    (!Number.isInteger(merged.metricsPort) || merged.metricsPort < 0 || merged.metricsPort > 65535)
  ) {
    throw new Error(`TRELLIS_METRICS_PORT must be an integer from 0 to 65535, got ${merged.metricsPort}`);
  }
  if (merged.smtpUrl !== undefined) {
    let protocol = '';
    try {
      protocol = new URL(merged.smtpUrl).protocol;
    } catch {
      throw new Error('TRELLIS_SMTP_URL must be a URL such as smtp://user:password@mail.example.org:587');
    }
    if (protocol !== 'smtp:' && protocol !== 'smtps:')
      throw new Error(`TRELLIS_SMTP_URL must start with smtp:// or smtps://, got ${protocol}//`);
    if (!merged.mailFrom) throw new Error('TRELLIS_MAIL_FROM is required when TRELLIS_SMTP_URL is set');
  }
  for (const [name, value] of [
    ['TRELLIS_INGEST_RATE_LIMIT', merged.ingestRateLimit],
    ['TRELLIS_INGEST_ORG_RATE_LIMIT', merged.ingestOrgRateLimit],
  ] as const) {
    // A limit must let one full batch through, or a batch could never be accepted.
    if (!Number.isInteger(value) || (value !== 0 && value < 1000))
      throw new Error(
        `${name} must be 0 (off) or an integer of at least 1000 outputs a minute, got ${value}`,
      );
  }
  // --- database pool and retention (db-resilience) ---
  if (!Number.isInteger(merged.dbPoolSize) || merged.dbPoolSize < 1 || merged.dbPoolSize > 1000)
    throw new Error(`TRELLIS_DB_POOL_SIZE must be an integer from 1 to 1000, got ${merged.dbPoolSize}`);
  if (
    !Number.isInteger(merged.dbPoolIdleSeconds) ||
    merged.dbPoolIdleSeconds < 0 ||
    merged.dbPoolIdleSeconds > 86_400
  )
    throw new Error(
      `TRELLIS_DB_POOL_IDLE_SECONDS must be 0 (kept open) or a whole number of seconds up to 86400, got ${merged.dbPoolIdleSeconds}`,
    );
  // Throttling reads the last minutes of attempts, a token lives hours at most, a delivery's retries end
  // within a day: a day is the least that keeps each whole.
  for (const setting of RETENTION_SETTINGS) {
    const value = merged.retention[setting.field];
    if (!Number.isInteger(value) || value < 1 || value > 36_500)
      throw new Error(`${setting.env} must be a whole number of days from 1 to 36500, got ${value}`);
  }
  return merged;
}

const TRUST_PROXY_KEYWORDS = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** What `TRELLIS_TRUST_PROXY=true` means: proxies on this machine or a private network, never a public address. */
export const PRIVATE_PROXIES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * `TRELLIS_TRUST_PROXY`: unset or `false` → trust no proxy; `true` → proxies on loopback and private
 * networks (PRIVATE_PROXIES), so the client address is the right-most X-Forwarded-For entry that is not
 * one of them; a comma-separated list of the proxies' addresses and CIDR ranges (and `loopback`,
 * `linklocal`, `uniquelocal`) → exactly those; a whole number → that many hops, believed whoever connects
 * (only for a server that nobody can reach but through its proxies).
 */
export function parseTrustProxy(raw: string | undefined): false | number | string[] {
  const value = (raw ?? '').trim();
  if (value === '' || value === 'false' || value === '0') return false;
  if (value === 'true') return PRIVATE_PROXIES;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) throw new Error(`TRELLIS_TRUST_PROXY: ${hops} proxy hops is not plausible; give 1 to 10`);
    return hops;
  }
  const entries = value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((e) => e.toLowerCase());
  for (const entry of entries) {
    const [address, prefix] = entry.split('/') as [string, string | undefined];
    const family = isIP(address);
    const bits = Number(prefix);
    const validPrefix =
      prefix === undefined || (/^\d+$/.test(prefix) && bits >= 0 && bits <= (family === 6 ? 128 : 32));
    if (!(TRUST_PROXY_KEYWORDS.has(entry) || (family && validPrefix)))
      throw new Error(
        `TRELLIS_TRUST_PROXY: "${entry}" is not an address, CIDR range, number of hops, true or false`,
      );
  }
  return entries;
}

/** The e-mail settings, when SMTP is configured. */
export function mailSettings(config: Config): { smtpUrl: string; from: string } | null {
  return config.smtpUrl && config.mailFrom ? { smtpUrl: config.smtpUrl, from: config.mailFrom } : null;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
