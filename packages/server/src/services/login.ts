import { and, eq, gt, sql } from 'drizzle-orm';
import { verifyPassword } from '../auth/passwords';
import { createSession } from '../auth/sessions';
import { loginAttempts } from '../db/schema';
import type { Tx } from '../db/types';
import { findUserByEmail, normalizeEmail } from './users';

const WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 10;
export const MAX_FAILURES_PER_IP = 50;

export type LoginResult =
  | { ok: true; userId: string; session: Awaited<ReturnType<typeof createSession>> }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/**
 * Checks a password with a throttle kept in the database (so it holds across server processes):
 * too many recent failures for the email or the address refuse the attempt before any hash is checked.
 * Every attempt is recorded, which is why the caller commits this even when it answers 401.
 */
export async function attemptLogin(
  tx: Tx,
  props: { email: string; password: string; ip: string },
): Promise<LoginResult> {
  const email = normalizeEmail(props.email);
  const since = new Date(Date.now() - WINDOW_MS);
  const failures = (column: typeof loginAttempts.email | typeof loginAttempts.ip, value: string) =>
    tx
      .select({ n: sql<number>`count(*)::int` })
      .from(loginAttempts)
      .where(and(eq(column, value), eq(loginAttempts.succeeded, 0), gt(loginAttempts.attemptedAt, since)));
  const [byEmail] = await failures(loginAttempts.email, email);
  const [byIp] = await failures(loginAttempts.ip, props.ip);
  if ((byEmail?.n ?? 0) >= MAX_FAILURES_PER_EMAIL || (byIp?.n ?? 0) >= MAX_FAILURES_PER_IP) {
    return { ok: false, reason: 'throttled', retryAfterSeconds: WINDOW_MS / 1000 };
  }
  const user = await findUserByEmail(tx, email);
  const valid = await verifyPassword(user?.passwordHash ?? null, props.password);
  await tx.insert(loginAttempts).values({ email, ip: props.ip, succeeded: valid ? 1 : 0 });
  if (!valid || !user) return { ok: false, reason: 'invalid' };
  return { ok: true, userId: user.id, session: await createSession(tx, user.id) };
}
