import { and, eq, gt, sql } from 'drizzle-orm';
import { verifyPassword } from '../../../platform/auth/passwords';
import { createSession } from '../../../platform/auth/sessions';
import { loginAttempts } from '../../../platform/db/tenancy-schema';
import type { Tx } from '../../../platform/db/types';
import { HttpProblem, unauthenticated } from '../../../platform/http/problem';
import { passwordLoginRefusal } from './sso';
import { findUserByEmail, normalizeEmail, type UserRow } from './users';

/** Failures older than this no longer count. */
export const WINDOW_MS = 15 * 60 * 1000;
/** Failures from one address for one e-mail before each further attempt waits (1 s, 2 s, 4 s … 15 min). */
export const FREE_FAILURES_PER_PAIR = 5;
/** Past this many failures for one e-mail from all addresses, attempts on it are spaced, never locked. */
export const EMAIL_SOFT_CEILING = 50;
/** The spacing, in seconds, between attempts on an e-mail past its soft ceiling: the owner waits at most this. */
export const EMAIL_SPACING_SECONDS = 10;
/** Failures from one address, over all e-mails, before that address waits for the window. */
export const MAX_FAILURES_PER_IP = 100;

export type PasswordCheck =
  | { ok: true; user: UserRow }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number }
  | { ok: false; reason: 'sso-only'; organizationName: string };

/** How long the backoff of (e-mail, address) asks to wait after its `failures`-th failure. */
export function pairDelaySeconds(failures: number): number {
  if (failures < FREE_FAILURES_PER_PAIR) return 0;
  return Math.min(2 ** (failures - FREE_FAILURES_PER_PAIR), WINDOW_MS / 1000);
}

/**
 * The one place a password is checked (sign-in, changing one's password): throttled, recorded, and under
 * the sign-in policy of the person's organizations.
 *
 * The throttle is kept in the database (so it holds across server processes) and refuses before any hash
 * is checked. It never locks a person out: failures from one address for one e-mail back off exponentially
 * after FREE_FAILURES_PER_PAIR, so a guesser from one place slows to a crawl while the owner from another
 * place is not held back; over all addresses an e-mail past EMAIL_SOFT_CEILING failures only spaces attempts
 * EMAIL_SPACING_SECONDS apart (distributed guessing gets ≤ 90 guesses per window, the owner waits seconds);
 * one address failing on many e-mails waits for the window.
 *
 * A right password for someone whose organization signs in with single sign-on only answers `sso-only`,
 * checked after the password proved right so it tells a stranger nothing. Every attempt is recorded, so the
 * caller must commit this even when it refuses: return the result out of the transaction, do not throw in it.
 */
export async function checkPassword(
  tx: Tx,
  props: { email: string; password: string; ip: string; now?: Date | undefined },
): Promise<PasswordCheck> {
  const email = normalizeEmail(props.email);
  const now = props.now ?? new Date();
  const since = new Date(now.getTime() - WINDOW_MS);
  const failures = (where: ReturnType<typeof and>) =>
    tx
      .select({
        n: sql<number>`count(*)::int`,
        last: sql<number | null>`(extract(epoch from max(${loginAttempts.attemptedAt})) * 1000)::float8`,
      })
      .from(loginAttempts)
      .where(
        and(
          where,
          eq(loginAttempts.kind, 'password'),
          eq(loginAttempts.succeeded, 0),
          gt(loginAttempts.attemptedAt, since),
        ),
      );
  const [pair] = await failures(and(eq(loginAttempts.email, email), eq(loginAttempts.ip, props.ip)));
  const [byEmail] = await failures(eq(loginAttempts.email, email));
  const [byIp] = await failures(eq(loginAttempts.ip, props.ip));
  const waitUntil = (last: number | null | undefined, seconds: number) =>
    last != null && seconds > 0 ? Number(last) + seconds * 1000 : 0;
  const until = Math.max(
    waitUntil(pair?.last, pairDelaySeconds(pair?.n ?? 0)),
    (byEmail?.n ?? 0) >= EMAIL_SOFT_CEILING ? waitUntil(byEmail?.last, EMAIL_SPACING_SECONDS) : 0,
    (byIp?.n ?? 0) >= MAX_FAILURES_PER_IP ? now.getTime() + WINDOW_MS : 0,
  );
  if (until > now.getTime()) {
    return { ok: false, reason: 'throttled', retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000) };
  }
  const user = await findUserByEmail(tx, email);
  const valid = await verifyPassword(user?.passwordHash ?? null, props.password);
  const record = (succeeded: boolean) =>
    tx.insert(loginAttempts).values({ email, ip: props.ip, succeeded: succeeded ? 1 : 0, attemptedAt: now });
  if (!valid || !user) {
    await record(false);
    return { ok: false, reason: 'invalid' };
  }
  // A right password refused by policy is no failure to count, and such a refusal changes nothing.
  const ssoOnly = await passwordLoginRefusal(tx, user.id);
  if (ssoOnly) return { ok: false, reason: 'sso-only', organizationName: ssoOnly };
  await record(true);
  return { ok: true, user };
}

export type LoginResult =
  | { ok: true; userId: string; session: Awaited<ReturnType<typeof createSession>> }
  | Exclude<PasswordCheck, { ok: true }>;

/** Signs in with a password: `checkPassword`, then a new session. */
export async function attemptLogin(
  tx: Tx,
  props: { email: string; password: string; ip: string; now?: Date | undefined },
): Promise<LoginResult> {
  const check = await checkPassword(tx, props);
  if (!check.ok) return check;
  return { ok: true, userId: check.user.id, session: await createSession(tx, check.user.id) };
}

/**
 * The HTTP answer to a refused password check. `invalid` is the caller's (sign-in and password change
 * word it differently); the others are the same everywhere.
 */
export function passwordCheckProblem(
  check: Exclude<PasswordCheck, { ok: true }>,
  invalid: () => HttpProblem = () => unauthenticated('The email or password is not correct.'),
): HttpProblem {
  if (check.reason === 'throttled') {
    return new HttpProblem(
      429,
      'rate-limited',
      `Too many failed attempts; wait ${check.retryAfterSeconds} seconds and try again.`,
      undefined,
      { 'retry-after': String(check.retryAfterSeconds) },
    );
  }
  if (check.reason === 'sso-only') {
    return new HttpProblem(
      403,
      'password-login-disabled',
      `${check.organizationName} signs in with single sign-on only; use its "Sign in with" button on the login page.`,
    );
  }
  return invalid();
}
