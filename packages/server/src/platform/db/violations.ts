/**
 * The unique constraint or index an error says was violated (SQLSTATE 23505), looking through the causes
 * drizzle wraps a driver's error in; undefined for any other error. The same on PostgreSQL and PGlite.
 */
export function uniqueViolation(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (code === '23505') return typeof constraint === 'string' ? constraint : '';
  }
  return undefined;
}
