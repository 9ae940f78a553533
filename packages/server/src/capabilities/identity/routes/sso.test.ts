import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSecret, sealSecret } from '../../../platform/auth/secret-box';
import { selectRows } from '../../../platform/db/rows';
import type { Database } from '../../../platform/db/types';
import {
  auditEventsSince,
  createRoleOver,
  databaseDigest,
  expectJson,
  expectProblem,
  lastAuditId,
} from '../../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { driveProvider, startTestProvider, type TestProvider } from '../../../test/oidc-provider';
import { claimValues, mapRole } from '../services/sso-claims';
import { Session } from './session-presenter';
import { SsoProvider } from './sso';

const ORIGIN = 'http://trellis.test';
const accounts = {
  ada: {
    email: 'Ada@Corp.example',
    email_verified: true,
    name: 'Ada Lovelace',
    groups: ['staff', 'trellis-leads'],
  },
  grace: { email: 'grace@corp.example', email_verified: true, name: 'Grace Hopper', groups: ['staff'] },
  eve: { email: 'eve@evil.example', email_verified: true, name: 'Eve', groups: ['trellis-leads'] },
  mallory: { email: 'mallory@corp.example', email_verified: false, name: 'Mallory', groups: [] },
};

describe('role mapping from claims', () => {
  it('takes the highest mapped role, else the default', () => {
    const mapping = [
      { claimValue: 'staff', role: 'contributor' as const },
      { claimValue: 'trellis-leads', role: 'lead' as const },
      { claimValue: 'auditors', role: 'viewer' as const },
    ];
    expect(mapRole(['auditors', 'trellis-leads', 'staff'], mapping, 'viewer')).toBe('lead');
    expect(mapRole(['staff'], mapping, 'viewer')).toBe('contributor');
    expect(mapRole(['nobody'], mapping, 'reviewer')).toBe('reviewer');
    expect(claimValues({ roles: 'a b,c' }, 'roles')).toEqual(['a', 'b', 'c']);
    expect(claimValues({ roles: ['a', 3, 'b'] }, 'roles')).toEqual(['a', 'b']);
    expect(claimValues({ roles: 7 }, 'roles')).toEqual([]);
  });
});

describe.each(testEngines())('single sign-on with OpenID Connect (%s)', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let db: Database;
  let owner: TestPerson;
  let slug: string;
  let idp: TestProvider;
  /** Added to the app's clock (not the provider's) to step past the id token's expiry. */
  let clockShift = 0;

  beforeAll(async () => {
    t = await createTestApp(engine, {}, { now: () => Date.now() + clockShift });
    db = t.db;
    owner = await createOrganizationWithOwner(db, 'Acme Pilots');
    slug = (
      await rows<{ slug: string }>(sql`SELECT slug FROM organizations WHERE id = ${owner.organizationId}`)
    )[0]!.slug;
    idp = await startTestProvider([`${ORIGIN}/api/v1/auth/oidc/${slug}/callback`], accounts);
  }, 30_000);
  afterAll(async () => {
    await idp.close();
    await t.close();
  });

  const rows = <T>(query: ReturnType<typeof sql>) => db.system((tx) => selectRows<T>(tx, query));
  const config = (overrides: Record<string, unknown> = {}) => ({
    displayName: 'Corp ID',
    issuer: idp.issuer,
    clientId: idp.clientId,
    clientSecret: idp.clientSecret,
    scopes: 'openid email profile groups',
    rolesClaim: 'groups',
    roleMapping: [
      { claimValue: 'staff', role: 'contributor' },
      { claimValue: 'trellis-leads', role: 'lead' },
    ],
    defaultRole: 'viewer',
    allowedDomains: ['corp.example'],
    ...overrides,
  });
  const put = (headers: Record<string, string>, payload: object) =>
    t.app.inject({ method: 'PUT', url: '/api/v1/sso', headers, payload });
  const inject = (url: string, cookie?: string) =>
    t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

  /** Start → the provider's forms → the callback, as one browser. */
  async function signIn(login: string, tamper?: (callback: URL) => void | Promise<void>) {
    const start = await inject(`/api/v1/auth/oidc/${slug}/start`);
    expect(start.statusCode, start.body).toBe(302);
    const state = start.cookies.find((c) => c.name === 'trellis_oidc_state')!;
    expect(state.httpOnly).toBe(true);
    const cookie = `trellis_oidc_state=${state.value}`;
    const back = await driveProvider(start.headers.location as string, login, ORIGIN);
    await tamper?.(back);
    const res = await inject(back.pathname + back.search, cookie);
    return { res, back, cookie };
  }
  const errorOf = (res: LightMyRequestResponse) => {
    expect(res.statusCode, res.body).toBe(303);
    return new URL(res.headers.location as string, ORIGIN).searchParams.get('error');
  };
  const sessionOf = async (res: LightMyRequestResponse) => {
    expect(res.statusCode, res.body).toBe(303);
    expect(res.headers.location).toBe('/');
    const cookie = res.cookies.find((c) => c.name === 'trellis_session')!;
    return expectJson(await inject('/api/v1/session', `trellis_session=${cookie.value}`), 200, Session);
  };
  /** The tables a sign-in writes to, apart from its own pending row. */
  const identityDigest = async () => {
    const { oidc_logins: _pending, login_attempts: _attempts, ...rest } = await databaseDigest(db);
    return rest;
  };

  it('refuses bad configurations with the field at fault and changes nothing', async () => {
    const before = await databaseDigest(db);
    expectProblem(
      await put(owner.headers, config({ roleMapping: [{ claimValue: 'x', role: 'superuser' }] })),
      400,
      'body.roleMapping.0.role',
    );
    expectProblem(
      await put(owner.headers, config({ roleMapping: [{ claimValue: 'x', role: 'owner' }] })),
      400,
      'body.roleMapping.0.role',
    );
    expectProblem(await put(owner.headers, config({ defaultRole: 'owner' })), 400, 'body.defaultRole');
    expectProblem(await put(owner.headers, config({ issuer: 'http://idp.example.com' })), 400, 'body.issuer');
    expectProblem(await put(owner.headers, config({ scopes: 'email profile' })), 400, 'body.scopes');
    expectProblem(
      await put(owner.headers, config({ allowedDomains: ['not a domain'] })),
      400,
      'body.allowedDomains.0',
    );
    expectProblem(await put(owner.headers, config({ clientSecret: undefined })), 400, 'body.clientSecret');
    expectProblem(
      await put(owner.headers, config({ enabled: false, passwordsDisabled: true })),
      400,
      'body.passwordsDisabled',
    );
    const lead = await createMember(db, owner.organizationId, 'lead');
    const afterMember = await databaseDigest(db);
    expect(afterMember).not.toEqual(before);
    expectProblem(await put(lead.headers, config()), 403);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/sso', headers: lead.headers }), 403);
    expect(await databaseDigest(db)).toEqual(afterMember);
    expectProblem(await inject(`/api/v1/auth/oidc/${slug}`), 404);
    expectProblem(await inject(`/api/v1/auth/oidc/${slug}/start`), 404);
  });

  it('saves a configuration, never returns the secret, audits it, and tests it against the provider', async () => {
    const since = await lastAuditId(db, owner.organizationId);
    const res = await put(owner.headers, config());
    const saved = expectJson(res, 200, SsoProvider);
    expect(res.body).not.toContain(idp.clientSecret);
    expect(saved.redirectUri).toBe(`${ORIGIN}/api/v1/auth/oidc/${slug}/callback`);
    expect(saved.clientSecretEncrypted).toBe(false);
    const read = await t.app.inject({ method: 'GET', url: '/api/v1/sso', headers: owner.headers });
    expect(read.statusCode).toBe(200);
    expect(read.body).not.toContain(idp.clientSecret);
    const events = await auditEventsSince(db, owner.organizationId, since);
    expect(events.map((e) => e.action)).toEqual(['sso.configured']);
    expect(JSON.stringify(events)).not.toContain(idp.clientSecret);
    expect(events[0]!.after).toMatchObject({ issuer: idp.issuer, clientSecretChanged: true });

    const tested = await t.app.inject({ method: 'POST', url: '/api/v1/sso/test', headers: owner.headers });
    expect(tested.statusCode, tested.body).toBe(200);
    expect(tested.json()).toMatchObject({
      issuer: idp.issuer,
      tokenEndpoint: `${idp.issuer}/token`,
      warnings: [],
    });

    const info = await inject(`/api/v1/auth/oidc/${slug}`);
    expect(info.json()).toMatchObject({ displayName: 'Corp ID', passwordsDisabled: false });
  });

  it('signs a new person in through the provider: JIT user and membership with the mapped role, audited', async () => {
    const since = await lastAuditId(db, owner.organizationId);
    const { res } = await signIn('ada');
    const session = await sessionOf(res);
    expect(session.user).toMatchObject({ email: 'ada@corp.example', name: 'Ada Lovelace' });
    expect(session.memberships).toEqual([
      { organization: expect.objectContaining({ id: owner.organizationId }), role: 'lead' },
    ]);
    const [user] = await rows<{ password_hash: string | null }>(
      sql`SELECT password_hash FROM users WHERE email = 'ada@corp.example'`,
    );
    expect(user!.password_hash).toBeNull();
    const events = await auditEventsSince(db, owner.organizationId, since);
    expect(events.map((e) => [e.action, e.after])).toEqual([
      ['member.provisioned', { email: 'ada@corp.example', role: 'lead', via: 'sso', subject: 'ada' }],
    ]);
    expect(res.cookies.find((c) => c.name === 'trellis_oidc_state')?.value).toBe('');
  });

  it("ends the session at the id token's expiry: after it, a fresh SSO sign-in is needed", async () => {
    const before = Date.now();
    const { res } = await signIn('grace');
    const after = Date.now();
    await sessionOf(res);
    const cookie = `trellis_session=${res.cookies.find((c) => c.name === 'trellis_session')!.value}`;
    const [row] = await rows<{ sso_expires_at: string | Date }>(
      sql`SELECT s.sso_expires_at FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE u.email = 'grace@corp.example' ORDER BY s.created_at DESC LIMIT 1`,
    );
    // The test provider issues id tokens for 600 s (test/oidc-provider.ts); exp is whole seconds.
    const expiry = new Date(row!.sso_expires_at).getTime();
    expect(expiry).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 600_000);
    expect(expiry).toBeLessThanOrEqual(after + 600_000);
    try {
      clockShift = expiry - Date.now() - 1000;
      expect((await inject('/api/v1/session', cookie)).statusCode).toBe(200);
      clockShift = expiry - Date.now();
      expect((await inject('/api/v1/session', cookie)).statusCode).toBe(204); // no session any more
    } finally {
      clockShift = 0;
    }
    // Signing in through the provider again gives a new session.
    await sessionOf((await signIn('grace')).res);
  });

  it('updates the role from the claims on each sign-in, without a second user', async () => {
    expectJson(
      await put(
        owner.headers,
        config({ clientSecret: undefined, roleMapping: [{ claimValue: 'trellis-leads', role: 'reviewer' }] }),
      ),
      200,
      SsoProvider,
    );
    const users = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM users`);
    const since = await lastAuditId(db, owner.organizationId);
    const session = await sessionOf((await signIn('ada')).res);
    expect(session.memberships[0]!.role).toBe('reviewer');
    expect(await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM users`)).toEqual(users);
    const events = await auditEventsSince(db, owner.organizationId, since);
    expect(events.map((e) => [e.action, e.before, e.after])).toEqual([
      ['member.role_changed', { role: 'lead' }, { role: 'reviewer', via: 'sso' }],
    ]);
    // The stored secret kept its value: the sign-in above needed it.
  });

  it('gives the default role when no claim value maps', async () => {
    // The mapping now names only trellis-leads, and Grace is only in staff.
    const session = await sessionOf((await signIn('grace')).res);
    expect(session.memberships[0]!.role).toBe('viewer');
    expectJson(
      await put(owner.headers, config({ clientSecret: undefined, roleMapping: [], defaultRole: 'reviewer' })),
      200,
      SsoProvider,
    );
    expect((await sessionOf((await signIn('grace')).res)).memberships[0]!.role).toBe('reviewer');
  });

  it('keeps a custom role an admin gave when the claims map to another role', async () => {
    const roleId = await createRoleOver(t.app, owner.headers, 'Quality reader', ['quality.read']);
    const [grace] = await rows<{ id: string }>(sql`SELECT id FROM users WHERE email = 'grace@corp.example'`);
    const assigned = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/members/${grace!.id}/custom-role`,
      headers: owner.headers,
      payload: { customRoleId: roleId },
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    const since = await lastAuditId(db, owner.organizationId);
    const session = await sessionOf((await signIn('grace')).res);
    expect(session.memberships[0]).toMatchObject({ role: 'viewer', customRole: { name: 'Quality reader' } });
    expect(await auditEventsSince(db, owner.organizationId, since)).toEqual([]);
  });

  it('refuses a person from a domain that is not allowed, and an unverified e-mail: nothing created', async () => {
    const before = await identityDigest();
    expect(errorOf((await signIn('eve')).res)).toBe('domain-not-allowed');
    expect(errorOf((await signIn('mallory')).res)).toBe('email-unverified');
    expect(await identityDigest()).toEqual(before);
  });

  it('refuses a wrong state, a replayed callback and a replayed code', async () => {
    const before = await identityDigest();
    // The state in the callback is not the one this browser started with (login CSRF).
    const start = await inject(`/api/v1/auth/oidc/${slug}/start`);
    const back = await driveProvider(start.headers.location as string, 'ada', ORIGIN);
    const other = await inject(`/api/v1/auth/oidc/${slug}/start`);
    const otherState = other.cookies.find((c) => c.name === 'trellis_oidc_state')!.value;
    expect(errorOf(await inject(back.pathname + back.search, `trellis_oidc_state=${otherState}`))).toBe(
      'state-mismatch',
    );
    expect(errorOf(await inject(back.pathname + back.search))).toBe('state-mismatch');
    expect(await identityDigest()).toEqual(before);

    // A completed sign-in's callback, sent again, finds its state used up.
    const done = await signIn('grace');
    await sessionOf(done.res);
    const afterGrace = await identityDigest();
    expect(errorOf(await inject(done.back.pathname + done.back.search, done.cookie))).toBe('state-mismatch');
    // Its code under a fresh state: the provider refuses a code it already redeemed.
    const fresh = await inject(`/api/v1/auth/oidc/${slug}/start`);
    const freshState = fresh.cookies.find((c) => c.name === 'trellis_oidc_state')!.value;
    const replay = new URL(done.back);
    replay.searchParams.set('state', freshState);
    expect(errorOf(await inject(replay.pathname + replay.search, `trellis_oidc_state=${freshState}`))).toBe(
      'token-invalid',
    );
    expect(await identityDigest()).toEqual(afterGrace);
  });

  it('refuses a wrong nonce, a wrong issuer and a code issued to another client', async () => {
    const before = await identityDigest();
    const nonce = await signIn('ada', async () => {
      await db.system((tx) => tx.execute(sql`UPDATE oidc_logins SET nonce = 'not-the-nonce-that-was-sent'`));
    });
    expect(errorOf(nonce.res)).toBe('token-invalid');
    const issuer = await signIn('ada', (callback) => {
      callback.searchParams.set('iss', 'http://127.0.0.1:1');
    });
    expect(errorOf(issuer.res)).toBe('token-invalid');
    // The configured client changes between start and callback: the code belongs to another audience.
    const audience = await signIn('ada', async () => {
      await db.system((tx) => tx.execute(sql`UPDATE oidc_providers SET client_id = 'another-app'`));
    });
    await db.system((tx) => tx.execute(sql`UPDATE oidc_providers SET client_id = 'trellis'`));
    expect(errorOf(audience.res)).toBe('token-invalid');
    expect(await identityDigest()).toEqual(before);
  });

  it('caps the sign-ins in progress per organization (the start route needs no sign-in)', async () => {
    await db.system((tx) =>
      tx.execute(sql`INSERT INTO oidc_logins (organization_id, state_hash, nonce, code_verifier, redirect_uri, expires_at)
        SELECT ${owner.organizationId}, 'flood-' || g, 'n', 'v', 'r', now() + interval '5 minutes' FROM generate_series(1, 1000) g`),
    );
    const refused = expectProblem(await inject(`/api/v1/auth/oidc/${slug}/start`), 429);
    expect(refused.detail).toContain('Too many sign-ins');
    await db.system((tx) => tx.execute(sql`DELETE FROM oidc_logins WHERE state_hash LIKE 'flood-%'`));
    expect((await inject(`/api/v1/auth/oidc/${slug}/start`)).statusCode).toBe(302);
  });

  it('turns passwords off: members must use SSO, the owner keeps the break-glass password', async () => {
    const member = await createMember(db, owner.organizationId, 'admin');
    const login = (email: string, password: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
    expect((await login(member.email, member.password)).statusCode).toBe(200);
    const since = await lastAuditId(db, owner.organizationId);
    const saved = expectJson(
      await put(owner.headers, config({ clientSecret: undefined, passwordsDisabled: true })),
      200,
      SsoProvider,
    );
    expect(saved.passwordsDisabled).toBe(true);
    const events = await auditEventsSince(db, owner.organizationId, since);
    expect(events.map((e) => [e.action, e.before?.passwordsDisabled, e.after?.passwordsDisabled])).toEqual([
      ['sso.updated', false, true],
    ]);

    const before = await databaseDigest(db);
    const refused = expectProblem(await login(member.email, member.password), 403);
    expect(refused.type).toBe('urn:trellis:problem:password-login-disabled');
    expect(refused.detail).toContain('Acme Pilots');
    expect(await databaseDigest(db)).toEqual(before);
    // A wrong password still reads as any other wrong password.
    expectProblem(await login(member.email, 'not the password at all'), 401);
    expect((await login(owner.email, owner.password)).statusCode).toBe(200);
    expect((await inject(`/api/v1/auth/oidc/${slug}`)).json()).toMatchObject({ passwordsDisabled: true });

    // Removing SSO brings passwords back.
    const removed = await t.app.inject({ method: 'DELETE', url: '/api/v1/sso', headers: owner.headers });
    expect(removed.statusCode).toBe(204);
    expect((await login(member.email, member.password)).statusCode).toBe(200);
    expect((await auditEventsSince(db, owner.organizationId, since)).map((e) => e.action)).toEqual([
      'sso.updated',
      'sso.removed',
    ]);
  });
});

describe('sealed client secrets', () => {
  it('seals with TRELLIS_SECRET_KEY (AES-256-GCM) and opens only with the same key', () => {
    const sealed = sealSecret('the client secret', 'key one');
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain('the client secret');
    expect(sealSecret('the client secret', 'key one')).not.toBe(sealed);
    expect(openSecret(sealed, 'key one')).toBe('the client secret');
    expect(() => openSecret(sealed, 'key two')).toThrow();
    expect(() => openSecret(sealed, undefined)).toThrow(/TRELLIS_SECRET_KEY/);
    expect(openSecret(sealSecret('s', undefined), 'any')).toBe('s');
  });
});
