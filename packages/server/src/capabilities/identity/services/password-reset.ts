import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../../platform/auth/passwords';
import { hashSecret, newSecret } from '../../../platform/auth/secrets';
import { revokeAllSessions } from '../../../platform/auth/sessions';
import { loginAttempts, passwordResets, users } from '../../../platform/db/tenancy-schema';
import type { Tx } from '../../../platform/db/types';
import { fieldError, HttpProblem } from '../../../platform/http/problem';
import { enqueueAccountEmail } from '../../../platform/mail/outbox';
import { passwordLoginRefusal } from './sso';
import { findUserByEmail, normalizeEmail, type UserRow } from './users';

/** How long a reset link works. */
export const RESET_TTL_MS = 30 * 60 * 1000;
const REQUEST_WINDOW_MS = 60 * 60 * 1000;
/** Reset e-mails asked for one address per hour (counted for unknown addresses too, so 429 tells nothing). */
export const RESET_REQUESTS_PER_EMAIL = 3;
/** Reset e-mails asked for from one client address per hour. */
export const RESET_REQUESTS_PER_IP = 20;

export type ResetRequestResult = { ok: true } | { ok: false; retryAfterSeconds: number };

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();

/**
 * Someone asks for a reset link for `email`. The answer is the same whatever the address: for an address
 * without an account nothing is sent; for someone whose organization signs in with single sign-on only, the
 * e-mail says so instead of carrying a link; otherwise it carries a one-time link (stored as a hash, working
 * RESET_TTL_MS, earlier links void). Throttled per e-mail and per client address, counted before anything is
 * looked up. The request is recorded even when refused, so commit the result rather than throwing.
 */
export async function requestPasswordReset(
  tx: Tx,
  props: { email: string; ip: string; origin: string; now?: Date | undefined },
): Promise<ResetRequestResult> {
  const email = normalizeEmail(props.email);
  const now = props.now ?? new Date();
  const since = new Date(now.getTime() - REQUEST_WINDOW_MS);
  const requests = (where: ReturnType<typeof eq>) =>
    tx
      .select({
        n: sql<number>`count(*)::int`,
        first: sql<number | null>`(extract(epoch from min(${loginAttempts.attemptedAt})) * 1000)::float8`,
      })
      .from(loginAttempts)
      .where(and(where, eq(loginAttempts.kind, 'reset'), gt(loginAttempts.attemptedAt, since)));
  const [byEmail] = await requests(eq(loginAttempts.email, email));
  const [byIp] = await requests(eq(loginAttempts.ip, props.ip));
  const over = [
    (byEmail?.n ?? 0) >= RESET_REQUESTS_PER_EMAIL ? byEmail?.first : null,
    (byIp?.n ?? 0) >= RESET_REQUESTS_PER_IP ? byIp?.first : null,
  ].filter((first): first is number => first != null);
  if (over.length) {
    const until = Math.max(...over.map((first) => Number(first) + REQUEST_WINDOW_MS));
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) };
  }
  await tx
    .insert(loginAttempts)
    .values({ email, ip: props.ip, kind: 'reset', succeeded: 0, attemptedAt: now });
  const user = await findUserByEmail(tx, email);
  if (!user) return { ok: true };
  const origin = props.origin.replace(/\/$/, '');
  const ssoOnly = await passwordLoginRefusal(tx, user.id);
  if (ssoOnly) {
    const signIn = `${origin}/sign-in`;
    await enqueueAccountEmail(
      tx,
      {
        kind: 'account_notice',
        userId: user.id,
        to: user.email,
        subject: 'Your Trellis sign-in',
        text: [
          `Hello ${oneLine(user.name)},`,
          '',
          `Someone asked to reset the Trellis password of ${user.email}. ${oneLine(ssoOnly)} signs in with single sign-on only, so there is no password to reset: use its "Sign in with" button at ${signIn}`,
          '',
          'If you did not ask, you can ignore this e-mail.',
          '',
        ].join('\n'),
        html: htmlPage([
          `Hello ${escapeHtml(user.name)},`,
          `Someone asked to reset the Trellis password of ${escapeHtml(user.email)}. ${escapeHtml(ssoOnly)} signs in with single sign-on only, so there is no password to reset: use its “Sign in with” button on <a href="${escapeHtml(signIn)}">the sign-in page</a>.`,
          'If you did not ask, you can ignore this e-mail.',
        ]),
      },
      now,
    );
    return { ok: true };
  }
  await voidOpenResets(tx, user.id, now);
  const token = newSecret();
  await tx.insert(passwordResets).values({
    userId: user.id,
    tokenHash: hashSecret(token),
    createdAt: now,
    expiresAt: new Date(now.getTime() + RESET_TTL_MS),
  });
  // In the fragment, which browsers never send: the token stays out of server and proxy access logs.
  const link = `${origin}/reset-password#token=${encodeURIComponent(token)}`;
  const minutes = RESET_TTL_MS / 60_000;
  await enqueueAccountEmail(
    tx,
    {
      kind: 'password_reset',
      userId: user.id,
      to: user.email,
      subject: 'Reset your Trellis password',
      text: [
        `Hello ${oneLine(user.name)},`,
        '',
        `To choose a new Trellis password for ${user.email}, open this link within ${minutes} minutes. It works once.`,
        '',
        `  ${link}`,
        '',
        'Choosing a new password signs you out everywhere. If you did not ask for this, ignore this e-mail: your password stays as it is.',
        '',
      ].join('\n'),
      html: htmlPage([
        `Hello ${escapeHtml(user.name)},`,
        `To choose a new Trellis password for ${escapeHtml(user.email)}, open this link within ${minutes} minutes. It works once.`,
        `<a href="${escapeHtml(link)}">Choose a new password</a>`,
        'Choosing a new password signs you out everywhere. If you did not ask for this, ignore this e-mail: your password stays as it is.',
      ]),
    },
    now,
  );
  return { ok: true };
}

const htmlPage = (paragraphs: string[]) =>
  [
    '<!doctype html>',
    '<html><body style="font-family: sans-serif; line-height: 1.5">',
    ...paragraphs.map((p) => `<p>${p}</p>`),
    '</body></html>',
  ].join('\n');

/**
 * Sets a new password from a reset link: the link must be unused and unexpired, and the person's
 * organizations must still allow passwords. Every session of theirs ends and every open link is void.
 */
export async function confirmPasswordReset(
  tx: Tx,
  props: { token: string; newPassword: string; now?: Date | undefined },
): Promise<void> {
  const now = props.now ?? new Date();
  const [reset] = await tx
    .select()
    .from(passwordResets)
    .where(
      and(
        eq(passwordResets.tokenHash, hashSecret(props.token)),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, now),
      ),
    );
  if (!reset)
    throw fieldError('body.token', 'The reset link is invalid, used or expired; ask for a new one.');
  const ssoOnly = await passwordLoginRefusal(tx, reset.userId);
  if (ssoOnly) {
    throw new HttpProblem(
      403,
      'password-login-disabled',
      `${ssoOnly} signs in with single sign-on only; there is no password to reset.`,
    );
  }
  await setPassword(tx, reset.userId, props.newPassword, now);
}

/** `trellis user reset-password`: an operator sets someone's password at the shell. */
export async function resetPasswordFromShell(tx: Tx, email: string, password: string): Promise<UserRow> {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    throw new Error(`The password must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters long.`);
  }
  const user = await findUserByEmail(tx, email);
  if (!user) throw new Error(`Nobody has the e-mail address ${normalizeEmail(email)}.`);
  await setPassword(tx, user.id, password, new Date());
  return user;
}

async function setPassword(tx: Tx, userId: string, password: string, now: Date) {
  await tx
    .update(users)
    .set({ passwordHash: await hashPassword(password) })
    .where(eq(users.id, userId));
  await voidOpenResets(tx, userId, now);
  await revokeAllSessions(tx, userId, now);
}

async function voidOpenResets(tx: Tx, userId: string, now: Date) {
  await tx
    .update(passwordResets)
    .set({ usedAt: now })
    .where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)));
}
