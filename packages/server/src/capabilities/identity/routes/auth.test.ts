import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../../platform/db/rows';
import { databaseDigest, expectJson, expectProblem, lastAuditId, sessionCookieOf } from '../../../test/api';
import {
  createOrganizationWithOwner,
  createTestApp,
  createTokenHeaders,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { EMAIL_SOFT_CEILING, EMAIL_SPACING_SECONDS, FREE_FAILURES_PER_PAIR } from '../services/login';
import { CurrentOrganization } from './organizations';
import { Session } from './session-presenter';

describe.each(testEngines())('auth API on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });

  /** Lets `seconds` pass for the throttle: every recorded attempt on `email` moves that far into the past. */
  const elapse = (email: string, seconds: number) =>
    t.db.system((tx) =>
      tx.execute(
        sql`UPDATE login_attempts SET attempted_at = attempted_at - make_interval(secs => ${seconds}) WHERE email = ${email}`,
      ),
    );
  const failuresOf = async (email: string) =>
    (
      await t.db.system((tx) =>
        selectRows<{ n: number }>(
          tx,
          sql`SELECT count(*)::int AS n FROM login_attempts WHERE email = ${email} AND succeeded = 0`,
        ),
      )
    )[0]!.n;
  /** The database digest without the throttle's record of attempts. */
  const digestBesidesAttempts = async () => {
    const { login_attempts: _, ...rest } = await databaseDigest(t.db);
    return rest;
  };
  afterAll(() => t.close());

  let ip = 0;
  /** Each test signs in from its own address, so the per-address throttle of one test spares the others. */
  const login = (payload: unknown, remoteAddress = `10.0.0.${++ip}`) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: payload as object, remoteAddress });
  const session = (cookie: string) =>
    t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } });

  describe('POST /api/v1/auth/login', () => {
    it('names the bad field', async () => {
      expectProblem(await login({ email: '', password: 'x' }), 400, 'body.email');
      expectProblem(await login({ email: 'a@example.com' }), 400, 'body.password');
      expectProblem(
        await login({ email: 'a@example.com', password: 'x', remember: true }),
        400,
        'body.remember',
      );
    });

    it('signs in with a session cookie (HttpOnly, SameSite=Lax) and the memberships', async () => {
      const owner = await createOrganizationWithOwner(t.db, 'Login Org');
      const res = await login({ email: `  ${owner.email.toUpperCase()} `, password: owner.password });
      const body = expectJson(res, 200, Session);
      expect(body.user).toEqual({ id: owner.userId, email: owner.email, name: 'Owner' });
      expect(body.memberships).toEqual([
        {
          organization: expect.objectContaining({ id: owner.organizationId, name: 'Login Org' }),
          role: 'owner',
        },
      ]);
      const cookie = res.cookies.find((c) => c.name === 'trellis_session')!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(cookie.secure).toBeFalsy();
      expect(expectJson(await session(sessionCookieOf(res)), 200, Session).csrfToken).toBe(body.csrfToken);
    });

    it('answers a wrong password and an unknown email with the same 401', async () => {
      const owner = await createOrganizationWithOwner(t.db);
      const wrong = expectProblem(await login({ email: owner.email, password: 'not the password' }), 401);
      const unknown = expectProblem(await login({ email: 'nobody@example.com', password: 'whatever' }), 401);
      expect(unknown.detail).toBe(wrong.detail);
      expect(unknown.type).toBe(wrong.type);
    });

    it('backs off one address guessing one e-mail exponentially, without locking the owner out elsewhere', async () => {
      const owner = await createOrganizationWithOwner(t.db);
      const guesser = '10.9.0.1';
      for (let i = 0; i < FREE_FAILURES_PER_PAIR; i++) {
        expectProblem(await login({ email: owner.email, password: `wrong ${i}` }, guesser), 401);
      }
      // Each further failure from that address doubles the wait: 1 s, 2 s, 4 s, 8 s …
      const waits: number[] = [];
      for (let i = 0; i < 6; i++) {
        const refused = await login({ email: owner.email, password: owner.password }, guesser);
        expectProblem(refused, 429);
        const wait = Number(refused.headers['retry-after']);
        waits.push(wait);
        await elapse(owner.email, wait - 1);
        expectProblem(await login({ email: owner.email, password: owner.password }, guesser), 429);
        await elapse(owner.email, 1);
        expectProblem(await login({ email: owner.email, password: `still wrong ${i}` }, guesser), 401);
      }
      expect(waits).toEqual([1, 2, 4, 8, 16, 32]);
      expect(await failuresOf(owner.email)).toBe(FREE_FAILURES_PER_PAIR + 6);
      // Eleven failures on this e-mail, and its owner signs in from their own address at once.
      expectJson(await login({ email: owner.email, password: owner.password }, '10.9.0.2'), 200, Session);
      // The guessing address gets its turn back after its wait, with the right password.
      await elapse(owner.email, 64);
      expectJson(await login({ email: owner.email, password: owner.password }, guesser), 200, Session);
    });

    it(`spaces attempts on one e-mail ${EMAIL_SPACING_SECONDS} s apart past ${EMAIL_SOFT_CEILING} failures from many addresses, never locking it`, async () => {
      const owner = await createOrganizationWithOwner(t.db);
      for (let i = 0; i < EMAIL_SOFT_CEILING; i++) {
        expectProblem(
          await login({ email: owner.email, password: `guess ${i}` }, `10.8.${i >> 8}.${i & 255}`),
          401,
        );
      }
      const spaced = await login({ email: owner.email, password: owner.password }, '10.7.0.1');
      expectProblem(spaced, 429);
      const wait = Number(spaced.headers['retry-after']);
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(EMAIL_SPACING_SECONDS);
      await elapse(owner.email, wait);
      expectJson(await login({ email: owner.email, password: owner.password }, '10.7.0.1'), 200, Session);
      // Another account is not held back by these failures.
      const other = await createOrganizationWithOwner(t.db);
      expectJson(await login({ email: other.email, password: other.password }, '10.7.0.1'), 200, Session);
    });
  });

  describe('POST /api/v1/auth/logout', () => {
    it('needs a session, not a token', async () => {
      expectProblem(await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout' }), 401);
      const owner = await createOrganizationWithOwner(t.db);
      const token = await createTokenHeaders(t.db, owner.organizationId, 'admin');
      expectProblem(
        await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: token.headers }),
        401,
      );
    });

    it('revokes the session: it answers signed out (204) afterwards, and the cookie is cleared', async () => {
      const owner = await createOrganizationWithOwner(t.db);
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: owner.headers });
      expect(res.statusCode).toBe(204);
      const cleared = res.cookies.find((c) => c.name === 'trellis_session');
      expect(cleared?.value).toBe('');
      expect((await session(owner.headers.cookie!)).statusCode).toBe(204);
      expectProblem(
        await t.app.inject({ method: 'GET', url: '/api/v1/organization', headers: owner.headers }),
        401,
      );
    });
  });

  describe('GET /api/v1/session', () => {
    it('answers signed out as a state (204, no body); a token is not a session', async () => {
      // Signed out is what every first visit is: no error in the browser's console for it.
      for (const signedOut of [
        await t.app.inject({ method: 'GET', url: '/api/v1/session' }),
        await session('trellis_session=made-up'),
      ]) {
        expect(signedOut.statusCode).toBe(204);
        expect(signedOut.body).toBe('');
      }
      const owner = await createOrganizationWithOwner(t.db);
      const token = await createTokenHeaders(t.db, owner.organizationId, 'admin');
      expectProblem(
        await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: token.headers }),
        401,
      );
      expectProblem(
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/session',
          headers: { authorization: 'Basic abc' },
        }),
        401,
      );
    });

    it('says who is signed in, with the CSRF token', async () => {
      const owner = await createOrganizationWithOwner(t.db);
      const body = expectJson(await session(owner.headers.cookie!), 200, Session);
      expect(body.user.id).toBe(owner.userId);
      expect(body.csrfToken).toBe(owner.headers['x-csrf-token']);
    });
  });

  describe('POST /api/v1/auth/password', () => {
    const change = (headers: Record<string, string>, payload: unknown) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers, payload: payload as object });

    it('needs a session', async () => {
      expectProblem(await change({}, { currentPassword: 'x', newPassword: 'a new long password' }), 401);
    });

    it('names the bad field: a wrong current password or a short new one', async () => {
      const owner = await createOrganizationWithOwner(t.db);
      const before = await digestBesidesAttempts();
      expectProblem(
        await change(owner.headers, { currentPassword: 'not it', newPassword: 'a new long password' }),
        400,
        'body.currentPassword',
      );
      expectProblem(
        await change(owner.headers, { currentPassword: owner.password, newPassword: 'short' }),
        400,
        'body.newPassword',
      );
      expect(await digestBesidesAttempts()).toEqual(before);
      expect(await failuresOf(owner.email)).toBe(1);
    });

    it('throttles guesses at the current password like sign-in guesses, changing nothing', async () => {
      const owner = await createOrganizationWithOwner(t.db);
      const before = await digestBesidesAttempts();
      for (let i = 0; i < FREE_FAILURES_PER_PAIR; i++) {
        expectProblem(
          await change(owner.headers, { currentPassword: `guess ${i}`, newPassword: 'a new long password' }),
          400,
          'body.currentPassword',
        );
      }
      const refused = await change(owner.headers, {
        currentPassword: owner.password,
        newPassword: 'a new long password',
      });
      expectProblem(refused, 429);
      expect(Number(refused.headers['retry-after'])).toBe(1);
      expect(await failuresOf(owner.email)).toBe(FREE_FAILURES_PER_PAIR);
      expect(await digestBesidesAttempts()).toEqual(before);
      // Sign-in from the same address shares the backoff: it is the same password being guessed.
      expectProblem(await login({ email: owner.email, password: owner.password }, '127.0.0.1'), 429);
    });

    it('changes the password and revokes the other sessions, keeping this one', async () => {
      const owner: TestPerson = await createOrganizationWithOwner(t.db);
      const other = sessionCookieOf(await login({ email: owner.email, password: owner.password }));
      const res = await change(owner.headers, {
        currentPassword: owner.password,
        newPassword: 'a brand new passphrase',
      });
      expect(res.statusCode).toBe(204);
      expect((await session(other)).statusCode).toBe(204); // the revoked session is signed out
      expectJson(await session(owner.headers.cookie!), 200, Session);
      expectProblem(await login({ email: owner.email, password: owner.password }), 401);
      expectJson(await login({ email: owner.email, password: 'a brand new passphrase' }), 200, Session);
    });
  });

  describe('CSRF', () => {
    const rename = (headers: Record<string, string>) =>
      t.app.inject({ method: 'PATCH', url: '/api/v1/organization', headers, payload: { name: 'Renamed' } });

    it('refuses a cookie-authenticated write without the CSRF header, or with a wrong one, changing nothing', async () => {
      const owner = await createOrganizationWithOwner(t.db, 'Kept Name');
      const { 'x-csrf-token': csrf, ...withoutCsrf } = owner.headers;
      const before = await databaseDigest(t.db);
      const since = await lastAuditId(t.db, owner.organizationId);
      expect(expectProblem(await rename(withoutCsrf), 403).type).toBe('urn:trellis:problem:csrf-failed');
      expectProblem(await rename({ ...withoutCsrf, 'x-csrf-token': `${csrf}x` }), 403);
      expectProblem(await rename({ ...withoutCsrf, 'x-csrf-token': '' }), 403);
      expectProblem(
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/tokens',
          headers: withoutCsrf,
          payload: { name: 'sneaky', role: 'viewer' },
        }),
        403,
      );
      expectProblem(
        await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: withoutCsrf }),
        403,
      );
      expect(await databaseDigest(t.db)).toEqual(before);
      expect(await lastAuditId(t.db, owner.organizationId)).toBe(since);
      // Reads need no CSRF token.
      const current = await t.app.inject({
        method: 'GET',
        url: '/api/v1/organization',
        headers: withoutCsrf,
      });
      expect(expectJson(current, 200, CurrentOrganization).name).toBe('Kept Name');
      // With it, the same write goes through.
      expect(expectJson(await rename(owner.headers), 200, CurrentOrganization).name).toBe('Renamed');
    });

    it('needs no CSRF header for a Bearer token write', async () => {
      const owner = await createOrganizationWithOwner(t.db);
      const token = await createTokenHeaders(t.db, owner.organizationId, 'admin');
      expect(expectJson(await rename(token.headers), 200, CurrentOrganization).name).toBe('Renamed');
    });
  });
});
