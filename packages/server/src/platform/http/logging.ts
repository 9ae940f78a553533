import type { FastifyServerOptions } from 'fastify';

/**
 * What Trellis logs is redacted by rule, not by care at each call site:
 *
 * - a request is logged by its path and its query parameters' names, never their values (pulse links,
 *   invitations and setup links carry their token there);
 * - an error is logged without the values a query was run with: drizzle's "Failed query … params: …"
 *   message and `params` are dropped (they held argon2 hashes, SSO client secrets and webhook signing
 *   secrets), and so are PostgreSQL's `detail`, `where` and, for data and constraint errors (classes 22 and
 *   23, whose messages quote the value), the message;
 * - credentials in headers and secret-named fields are censored wherever an object carrying them is logged.
 */

export const REDACTED = '[redacted]';

/** `/path?a=1&token=x` → `/path?a=[redacted]&token=[redacted]`: names only, never values. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const names = url
    .slice(q + 1)
    .split('&')
    .filter(Boolean)
    .map((pair) => `${pair.split('=')[0]}=${REDACTED}`);
  return `${url.slice(0, q)}?${names.join('&')}`;
}

interface Serializable {
  type?: string;
  message?: string;
  stack?: string;
  code?: unknown;
  [key: string]: unknown;
}

/** Fields of a database error that name where it happened without quoting any value. */
const SAFE_DB_FIELDS = ['code', 'severity', 'constraint', 'table', 'column', 'schema', 'dataType', 'routine'];

/** A logged error, without the parameters or values it may carry. */
export function redactError(error: unknown, depth = 0): Serializable | unknown {
  if (!(error instanceof Error) || depth > 5) return error;
  const record = error as unknown as Record<string, unknown>;
  const out: Serializable = { type: error.constructor?.name ?? 'Error', message: error.message };
  const databaseError =
    typeof record.code === 'string' && /^[0-9A-Z]{5}$/.test(record.code) && 'severity' in record;
  if (databaseError) {
    // A PostgreSQL error (pg's DatabaseError, PGlite's): keep where, drop what.
    for (const field of SAFE_DB_FIELDS) if (record[field] !== undefined) out[field] = record[field];
    if (/^2[23]/.test(record.code as string)) out.message = `database error ${record.code}`;
  } else if (typeof record.code === 'string') {
    out.code = record.code;
  }
  if ('params' in record) {
    // drizzle's DrizzleQueryError (and PGlite's error) carry the parameters; drizzle's message repeats them.
    if (!databaseError) out.message = 'Failed query';
    if (typeof record.query === 'string') out.query = record.query.slice(0, 2000);
  }
  if (typeof record.statusCode === 'number') out.statusCode = record.statusCode;
  if (error.stack) {
    // The stack's first line repeats the message.
    const lines = error.stack.split('\n');
    out.stack = [`${out.type}: ${out.message}`, ...lines.slice(1).filter((l) => /^\s+at /.test(l))].join(
      '\n',
    );
  }
  if (error.cause !== undefined) out.cause = redactError(error.cause, depth + 1);
  return out;
}

/** Paths pino censors in any logged object. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  '*.password',
  '*.passwordHash',
  '*.secret',
  '*.clientSecret',
  '*.token',
  '*.params',
];

export const logSerializers = {
  req(request: {
    method: string;
    url: string;
    host?: string;
    ip?: string;
    socket?: { remotePort?: number };
  }) {
    return {
      method: request.method,
      url: redactUrl(request.url),
      host: request.host,
      remoteAddress: request.ip,
      remotePort: request.socket?.remotePort,
    };
  },
  err: (error: unknown) => redactError(error),
  error: (error: unknown) => redactError(error),
};

/** The app's logger options: the caller's level and destination, with the redaction rules above. */
export function redactedLogger(logger: FastifyServerOptions['logger']): FastifyServerOptions['logger'] {
  if (!logger) return false;
  const options = logger === true ? {} : logger;
  return {
    ...options,
    // Fastify's types want its own serializer shapes; these take the same objects and return plain data.
    serializers: { ...logSerializers, ...(options.serializers ?? {}) } as never,
    redact: { paths: REDACT_PATHS, censor: REDACTED },
  };
}
