import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { selectRows } from '../../../platform/db/rows';
import { page } from '../../../platform/http/pagination';
import {
  auditEventsSince,
  databaseDigest,
  expectJson,
  expectProblem,
  lastAuditId,
  someUuid,
} from '../../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { Invitation } from './invitations';
import { Session } from './session-presenter';

const Created = z.object({ invitation: Invitation, url: z.string() });
/** Strict: the lookup says nothing beyond these (in particular not whether the e-mail has an account). */
const Lookup = z.strictObject({
  email: z.string(),
  organizationName: z.string(),
  role: z.string(),
});
const Registered = z.strictObject({ email: z.string() });

describe.each(testEngines())('invitations API on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  let n = 0;
  const invite = (headers: Record<string, string>, payload: unknown) =>
    t.app.inject({ method: 'POST', url: '/api/v1/invitations', headers, payload: payload as object });
  /** Invites a fresh address (or `email`) and returns the invitation and the token from its link. */
  async function invited(by: TestPerson, role = 'reviewer', email = `invitee-${++n}@example.com`) {
    const body = expectJson(await invite(by.headers, { email, role }), 201, Created);
    return { ...body, email, token: new URL(body.url).searchParams.get('token')! };
  }
  const accept = (payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/v1/invitations/accept', headers, payload: payload as object });
  const register = (payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/register',
      headers,
      payload: payload as object,
    });
  const login = (email: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  const passwordHashOf = async (userId: string) =>
    (
      await t.db.system((tx) =>
        selectRows<{ h: string }>(tx, sql`SELECT password_hash AS h FROM users WHERE id = ${userId}`),
      )
    )[0]!.h;
  const lookup = (token: string) =>
    t.app.inject({ method: 'GET', url: `/api/v1/invitations/lookup?token=${encodeURIComponent(token)}` });

  describe('POST /api/v1/invitations', () => {
    it('needs credentials, valid fields and the admin role', async () => {
      expectProblem(await invite({}, { email: 'a@example.com', role: 'viewer' }), 401);
      const owner = await createOrganizationWithOwner(t.db);
      expectProblem(await invite(owner.headers, { email: 'nope', role: 'viewer' }), 400, 'body.email');
      expectProblem(await invite(owner.headers, { email: 'a@example.com', role: 'boss' }), 400, 'body.role');
      const lead = await createMember(t.db, owner.organizationId, 'lead');
      expectProblem(await invite(lead.headers, { email: 'a@example.com', role: 'viewer' }), 403);
      const admin = await createMember(t.db, owner.organizationId, 'admin');
      expectProblem(await invite(admin.headers, { email: 'a@example.com', role: 'owner' }), 403);
    });

    it('answers a one-time link with the token and audits the invitation', async () => {
      const owner = await createOrganizationWithOwner(t.db);
      const since = await lastAuditId(t.db, owner.organizationId);
      const body = expectJson(
        await invite(owner.headers, { email: 'New@Example.com', role: 'lead' }),
        201,
        Created,
      );
      const url = new URL(body.url);
      expect(`${url.origin}${url.pathname}`).toBe('http://trellis.test/invite');
      expect(url.searchParams.get('token')).toMatch(/^[\w-]{40,}$/);
      expect(body.invitation).toMatchObject({ email: 'new@example.com', role: 'lead', acceptedAt: null });
      expect(Date.parse(body.invitation.expiresAt)).toBeGreaterThan(Date.now() + 6 * 24 * 3600 * 1000);
      expect(await auditEventsSince(t.db, owner.organizationId, since)).toEqual([
        expect.objectContaining({
          actor: { type: 'user', id: owner.userId, name: 'Owner' },
          action: 'invitation.created',
          entityType: 'invitation',
          entityId: body.invitation.id,
          after: { email: 'new@example.com', role: 'lead', expiresAt: body.invitation.expiresAt },
        }),
      ]);
      // The token is stored only as a hash.
      const stored = await t.db.system((tx) =>
        tx.execute(sql`SELECT 1 FROM invitations WHERE token_hash = ${url.searchParams.get('token')}`),
      );
      expect((stored as unknown as { rows: unknown[] }).rows).toHaveLength(0);
    });
  });

  describe('GET /api/v1/invitations', () => {
    it('needs credentials, the admin role and a valid query', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/invitations' });
      expectProblem(res, 401);
      const owner = await createOrganizationWithOwner(t.db);
      const lead = await createMember(t.db, owner.organizationId, 'lead');
      expectProblem(
        await t.app.inject({ method: 'GET', url: '/api/v1/invitations', headers: lead.headers }),
        403,
      );
      expectProblem(
        await t.app.inject({ method: 'GET', url: '/api/v1/invitations?limit=201', headers: owner.headers }),
        400,
        'query.limit',
      );
    });

    it('lists pending and accepted invitations, newest first, but not revoked ones', async () => {
      const owner = await createOrganizationWithOwner(t.db);
      const first = await invited(owner);
      const revoked = await invited(owner);
      const third = await invited(owner);
      await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/invitations/${revoked.invitation.id}`,
        headers: owner.headers,
      });
      expectJson(
        await register({ token: first.token, name: 'First', password: 'a long enough password' }),
        202,
        Registered,
      );
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/invitations', headers: owner.headers });
      const body = expectJson(res, 200, page(Invitation));
      expect(body.items.map((i) => i.id)).toEqual([third.invitation.id, first.invitation.id]);
      expect(body.items[1]!.acceptedAt).not.toBeNull();
    });
  });

  describe('DELETE /api/v1/invitations/:id', () => {
    const revoke = (headers: Record<string, string>, id: string) =>
      t.app.inject({ method: 'DELETE', url: `/api/v1/invitations/${id}`, headers });

    it('needs credentials, a uuid, the admin role, and an open invitation of this organization', async () => {
      expectProblem(await revoke({}, someUuid), 401);
      const owner = await createOrganizationWithOwner(t.db);
      expectProblem(await revoke(owner.headers, 'x'), 400, 'params.id');
      const { invitation } = await invited(owner);
      const lead = await createMember(t.db, owner.organizationId, 'lead');
      expectProblem(await revoke(lead.headers, invitation.id), 403);
      expectProblem(await revoke(owner.headers, someUuid), 404);
    });

    it('revokes: the link stops working, a second revoke is 404, and it is audited', async () => {
      const owner = await createOrganizationWithOwner(t.db);
      const { invitation, token, email } = await invited(owner, 'viewer');
      const since = await lastAuditId(t.db, owner.organizationId);
      expect((await revoke(owner.headers, invitation.id)).statusCode).toBe(204);
      expectProblem(await revoke(owner.headers, invitation.id), 404);
      expectProblem(await lookup(token), 400, 'query.token');
      expectProblem(
        await register({ token, name: 'Late', password: 'a long enough password' }),
        400,
        'body.token',
      );
      expect(await auditEventsSince(t.db, owner.organizationId, since)).toEqual([
        expect.objectContaining({
          actor: { type: 'user', id: owner.userId, name: 'Owner' },
          action: 'invitation.revoked',
          entityId: invitation.id,
          before: { email, role: 'viewer' },
          after: null,
        }),
      ]);
    });
  });

  describe('GET /api/v1/invitations/lookup', () => {
    it('needs a token and answers 400 query.token for an unknown one', async () => {
      expectProblem(
        await t.app.inject({ method: 'GET', url: '/api/v1/invitations/lookup' }),
        400,
        'query.token',
      );
      expectProblem(await lookup('no-such-token'), 400, 'query.token');
    });

    it('says what the link invites to, without sign-in, and the same for an e-mail with an account', async () => {
      const owner = await createOrganizationWithOwner(t.db, 'Lookup Org');
      const fresh = await invited(owner, 'contributor');
      expect(expectJson(await lookup(fresh.token), 200, Lookup)).toEqual({
        email: fresh.email,
        organizationName: 'Lookup Org',
        role: 'contributor',
      });
      const other = await createOrganizationWithOwner(t.db);
      const existing = await invited(owner, 'contributor', other.email);
      expect(expectJson(await lookup(existing.token), 200, Lookup)).toEqual({
        email: other.email,
        organizationName: 'Lookup Org',
        role: 'contributor',
      });
    });
  });

  describe('POST /api/v1/invitations/register and /accept', () => {
    it('names the missing or bad field and changes nothing', async () => {
      const owner = await createOrganizationWithOwner(t.db);
      const { token } = await invited(owner);
      const before = await databaseDigest(t.db);
      expectProblem(await accept({}), 400, 'body.token');
      expectProblem(await register({ name: 'X', password: 'a long enough password' }), 400, 'body.token');
      expectProblem(
        await register({ token: 'unknown', name: 'X', password: 'a long enough password' }),
        400,
        'body.token',
      );
      expectProblem(await register({ token, password: 'a long enough password' }), 400, 'body.name');
      expectProblem(await register({ token, name: 'New Person' }), 400, 'body.password');
      expectProblem(await register({ token, name: 'New Person', password: 'short' }), 400, 'body.password');
      // Accepting takes no password at all: an existing account signs in first.
      expectProblem(await accept({ token, password: 'a long enough password' }), 400, 'body.password');
      expect(await databaseDigest(t.db)).toEqual(before);
    });

    it('creates the account of a new person as a member, audited; they sign in with their password', async () => {
      const owner = await createOrganizationWithOwner(t.db);
      const { token, email, invitation } = await invited(owner, 'reviewer');
      const since = await lastAuditId(t.db, owner.organizationId);
      const res = await register({ token, name: ' New Person ', password: 'a long enough password' });
      expect(expectJson(res, 202, Registered)).toEqual({ email });
      expect(res.cookies).toEqual([]);
      const signedIn = await login(email, 'a long enough password');
      const session = expectJson(signedIn, 200, Session);
      expect(session.user).toMatchObject({ email, name: 'New Person' });
      expect(session.memberships).toEqual([
        { organization: expect.objectContaining({ id: owner.organizationId }), role: 'reviewer' },
      ]);
      expect(await auditEventsSince(t.db, owner.organizationId, since)).toEqual([
        expect.objectContaining({
          actor: { type: 'user', id: session.user.id, name: 'New Person' },
          action: 'member.added',
          entityType: 'member',
          entityId: session.user.id,
          after: { role: 'reviewer', invitationId: invitation.id },
        }),
      ]);
      // The link is used up.
      expectProblem(
        await register({ token, name: 'Again', password: 'a long enough password' }),
        400,
        'body.token',
      );
      expectProblem(await lookup(token), 400, 'query.token');
    });

    it('never checks a password of an existing account: no oracle, no session, nothing changed', async () => {
      // B's admin invites someone who has an account in A, and guesses its password through the invitation;
      // A signs in with single sign-on only, which the invitation must not get around either.
      const orgB = await createOrganizationWithOwner(t.db);
      const orgA = await createOrganizationWithOwner(t.db);
      const personInA = await createMember(t.db, orgA.organizationId, 'contributor');
      await t.db.system((tx) =>
        tx.execute(sql`INSERT INTO oidc_providers (organization_id, display_name, issuer, client_id, client_secret,
          scopes, role_mapping, default_role, allowed_domains, enabled, passwords_disabled)
          VALUES (${orgA.organizationId}, 'A SSO', 'https://idp.example', 'trellis', 'plain.x', 'openid email',
          '[]', 'viewer', '[]', true, true)`),
      );
      expectProblem(await login(personInA.email, personInA.password), 403);
      const { token } = await invited(orgB, 'viewer', personInA.email);
      const hash = await passwordHashOf(personInA.userId);
      const before = await databaseDigest(t.db);
      const answers = [];
      for (const password of ['wrong guess number 1', 'wrong guess number 2', personInA.password]) {
        const res = await register({ token, name: 'Guess', password });
        answers.push([res.statusCode, res.json(), res.cookies.length]);
        expectProblem(await accept({ token, password }), 400, 'body.password');
        expectProblem(await accept({ token }), 401);
      }
      // The right password reads exactly as the wrong ones, and as a new account would (202, the e-mail).
      expect(answers).toEqual(Array(3).fill([202, { email: personInA.email }, 0]));
      expect(await databaseDigest(t.db)).toEqual(before);
      expect(await passwordHashOf(personInA.userId)).toBe(hash);
      // The person signs in (through A's rules) and then accepts.
      const signedIn = expectJson(await accept({ token }, personInA.headers), 200, Session);
      expect(signedIn.memberships.map((m) => [m.organization.id, m.role]).sort()).toEqual(
        [
          [orgB.organizationId, 'viewer'],
          [orgA.organizationId, 'contributor'],
        ].sort(),
      );
    });

    it('lets an account accept only when signed in as the invited e-mail', async () => {
      const owner = await createOrganizationWithOwner(t.db);
      const someone = await createOrganizationWithOwner(t.db);
      const stranger = await createOrganizationWithOwner(t.db);
      const { token } = await invited(owner, 'lead', someone.email);
      const before = await databaseDigest(t.db);
      expectProblem(await accept({ token }, stranger.headers), 403);
      expect(await databaseDigest(t.db)).toEqual(before);
      const signedIn = expectJson(await accept({ token }, someone.headers), 200, Session);
      expect(signedIn.memberships.find((m) => m.organization.id === owner.organizationId)?.role).toBe('lead');
    });

    it('answers 409 for someone already a member, leaving the invitation open', async () => {
      const owner = await createOrganizationWithOwner(t.db);
      const member = await createMember(t.db, owner.organizationId, 'viewer');
      const { token } = await invited(owner, 'admin', member.email);
      const before = await databaseDigest(t.db);
      expectProblem(await accept({ token }, member.headers), 409);
      expect(await databaseDigest(t.db)).toEqual(before);
      expect(expectJson(await lookup(token), 200, Lookup).email).toBe(member.email);
    });

    it('refuses an expired invitation', async () => {
      const owner = await createOrganizationWithOwner(t.db);
      const { token, invitation } = await invited(owner);
      await t.db.system((tx) =>
        tx.execute(
          sql`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = ${invitation.id}`,
        ),
      );
      expectProblem(await lookup(token), 400, 'query.token');
      expectProblem(
        await register({ token, name: 'Late', password: 'a long enough password' }),
        400,
        'body.token',
      );
    });
  });
});

describe.each(testEngines())('invitations say nothing about accounts on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine, { smtpUrl: 'smtp://127.0.0.1:9', mailFrom: 'trellis@example.org' });
  });
  afterAll(() => t.close());

  /** What a client sees of an answer: status, body, and every header but the per-request ones. */
  const seen = (res: { statusCode: number; body: string; headers: Record<string, unknown> }) => {
    const { date: _date, 'x-request-id': _id, ...headers } = res.headers;
    return { status: res.statusCode, body: res.body, headers };
  };
  const noticesTo = (userId: string) =>
    t.db.system((tx) =>
      selectRows<{ kind: string; subject: string; text_body: string }>(
        tx,
        sql`SELECT kind, subject, text_body FROM digest_emails WHERE user_id = ${userId} ORDER BY id`,
      ),
    );

  it('answers lookup and register alike for an e-mail with an account and one without; the account holder gets a notice by e-mail, once', async () => {
    const orgA = await createOrganizationWithOwner(t.db, 'Org A');
    const orgB = await createOrganizationWithOwner(t.db, 'Org B');
    const personInA = await createMember(t.db, orgA.organizationId, 'contributor');
    // a new address of the same length, so even Content-Length cannot differ because of the address itself
    const [local, domain] = personInA.email.split('@');
    const fresh = `${'n'.repeat(local!.length)}@${domain}`;
    const tokens: string[] = [];
    for (const email of [personInA.email, fresh]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/invitations',
        headers: orgB.headers,
        payload: { email, role: 'viewer' },
      });
      tokens.push(new URL(res.json().url).searchParams.get('token')!);
    }
    const lookups = await Promise.all(
      tokens.map((token) =>
        t.app.inject({ method: 'GET', url: `/api/v1/invitations/lookup?token=${token}` }),
      ),
    );
    const strip = (s: ReturnType<typeof seen>, email: string) => ({
      ...s,
      body: s.body.replace(email, '<email>'),
    });
    expect(strip(seen(lookups[0]!), personInA.email)).toEqual(strip(seen(lookups[1]!), fresh));
    expect(lookups[0]!.statusCode).toBe(200);
    const registers = [];
    for (const token of tokens) {
      registers.push(
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/invitations/register',
          payload: { token, name: 'Someone', password: 'a long enough password' },
        }),
      );
    }
    expect(strip(seen(registers[0]!), personInA.email)).toEqual(strip(seen(registers[1]!), fresh));
    expect(registers[0]!.statusCode).toBe(202);
    // The account holder is told by e-mail, through the outbox, once however often the form is sent.
    for (let i = 0; i < 2; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/invitations/register',
        payload: { token: tokens[0], name: 'Again', password: 'another long password' },
      });
    }
    const notices = await noticesTo(personInA.userId);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      kind: 'account_notice',
      subject: 'An invitation to Org B on Trellis',
    });
    expect(notices[0]!.text_body).not.toContain(tokens[0]!);
    expect(notices[0]!.text_body).toContain('/sign-in');
    // … and still signs in with their own password, which the form neither checked nor changed.
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: personInA.email, password: personInA.password },
    });
    expect(login.statusCode, login.body).toBe(200);
  });
});
