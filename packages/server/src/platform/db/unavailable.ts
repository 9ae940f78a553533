/**
 * The database could not be reached, or dropped the connection, before the work was done: nothing of it was
 * stored, and the same request can be sent again once the database is back. The HTTP layer answers 503 with
 * Retry-After; background jobs pause until a run succeeds again.
 */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
  constructor(cause: unknown) {
    super(`The database is unavailable: ${describe(cause)}`, { cause });
  }
}

/**
 * The connection was lost while COMMIT was on its way: the transaction may or may not have been stored.
 * Not a 503 (which promises nothing was done); only an idempotent request may be sent again.
 */
export class CommitOutcomeUnknownError extends Error {
  override readonly name = 'CommitOutcomeUnknownError';
  constructor(cause: unknown) {
    const failure = connectionFailure(cause) ?? cause;
    super(`The database connection was lost during COMMIT: ${describe(failure)}`, { cause: failure });
  }
}

// Socket-level failures (node) and the messages node-postgres gives a lost or refused connection.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const LOST_CONNECTION = [
  /^Connection terminated/,
  /not queryable/,
  /timeout exceeded when trying to connect/,
  /^Connection ended unexpectedly/,
];

/**
 * Whether an error (or one of its causes, e.g. under drizzle's "Failed query") says the database is out of
 * reach rather than that the statement was wrong: a socket error, SQLSTATE class 08 (connection exception),
 * 57P01–57P03 (administrator or crash shutdown, cannot connect now) or 53300 (too many connections).
 */
export function isConnectionFailure(error: unknown): boolean {
  return connectionFailure(error) !== null;
}

/** The error in the chain that says the connection failed (not drizzle's wrapper, whose text has the query). */
function connectionFailure(error: unknown): unknown {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof DatabaseUnavailableError) return e.cause;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (NETWORK_CODES.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code) || code === '53300')
        return e;
    }
    const message = (e as { message?: unknown }).message;
    if (typeof message === 'string' && LOST_CONNECTION.some((pattern) => pattern.test(message))) return e;
  }
  return null;
}

/** Runs database work, turning a lost or refused connection into DatabaseUnavailableError. */
export async function guardConnection<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asUnavailable(error);
  }
}

/** DatabaseUnavailableError for a connection failure; any other error as it is. */
export function asUnavailable(error: unknown): unknown {
  if (error instanceof DatabaseUnavailableError || error instanceof CommitOutcomeUnknownError) return error;
  const failure = connectionFailure(error);
  return failure ? new DatabaseUnavailableError(failure) : error;
}

function describe(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  const message = (error as { message?: unknown })?.message;
  return `${typeof code === 'string' ? `${code}: ` : ''}${typeof message === 'string' ? message : String(error)}`;
}
