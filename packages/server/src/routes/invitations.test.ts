import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { page } from '../http/pagination';
import {
  auditEventsSince,
  databaseDigest,
  expectJson,
  expectProblem,
  lastAuditId,
  sessionCookieOf,
  someUuid,
} from '../test/api';
import { createMember, createOrganizationWithOwner, createTestApp, type TestPerson } from '../test/harness';
import { Invitation } from './invitations';
import { Session } from './session-presenter';

const Created = z.object({ invitation: Invitation, url: z.string() });
const Lookup = z.object({
  email: z.string(),
  organizationName: z.string(),
  role: z.string(),
  userExists: z.boolean(),
});

describe('invitations API', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
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
        await accept({ token: first.token, name: 'First', password: 'a long enough password' }),
        200,
        Session,
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
        await accept({ token, name: 'Late', password: 'a long enough password' }),
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

    it('says what the link invites to, without sign-in, and whether the account exists', async () => {
      const owner = await createOrganizationWithOwner(t.db, 'Lookup Org');
      const fresh = await invited(owner, 'contributor');
      expect(expectJson(await lookup(fresh.token), 200, Lookup)).toEqual({
        email: fresh.email,
        organizationName: 'Lookup Org',
        role: 'contributor',
        userExists: false,
      });
      const other = await createOrganizationWithOwner(t.db);
      const existing = await invited(owner, 'viewer', other.email);
      expect(expectJson(await lookup(existing.token), 200, Lookup).userExists).toBe(true);
    });
  });

  describe('POST /api/v1/invitations/accept', () => {
    it('names the missing or bad field and changes nothing', async () => {
      const owner = await createOrganizationWithOwner(t.db);
      const { token } = await invited(owner);
      const before = await databaseDigest(t.db);
      expectProblem(await accept({}), 400, 'body.token');
      expectProblem(
        await accept({ token: 'unknown', name: 'X', password: 'a long enough password' }),
        400,
        'body.token',
      );
      expectProblem(await accept({ token, password: 'a long enough password' }), 400, 'body.name');
      expectProblem(await accept({ token, name: 'New Person' }), 400, 'body.password');
      expectProblem(await accept({ token, name: 'New Person', password: 'short' }), 400, 'body.password');
      expect(await databaseDigest(t.db)).toEqual(before);
    });

    it('creates the account of a new person, signs them in as a member, and audits it', async () => {
      const owner = await createOrganizationWithOwner(t.db);
      const { token, email, invitation } = await invited(owner, 'reviewer');
      const since = await lastAuditId(t.db, owner.organizationId);
      const res = await accept({ token, name: ' New Person ', password: 'a long enough password' });
      const session = expectJson(res, 200, Session);
      expect(session.user).toMatchObject({ email, name: 'New Person' });
      expect(session.memberships).toEqual([
        { organization: expect.objectContaining({ id: owner.organizationId }), role: 'reviewer' },
      ]);
      const me = await t.app.inject({
        method: 'GET',
        url: '/api/v1/session',
        headers: { cookie: sessionCookieOf(res) },
      });
      expect(expectJson(me, 200, Session).user.id).toBe(session.user.id);
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
        await accept({ token, name: 'Again', password: 'a long enough password' }),
        400,
        'body.token',
      );
      expectProblem(await lookup(token), 400, 'query.token');
    });

    it('lets an existing account accept with its password, or signed in, but not without proof', async () => {
      const owner = await createOrganizationWithOwner(t.db);
      const someone = await createOrganizationWithOwner(t.db);
      const first = await invited(owner, 'viewer', someone.email);
      const before = await databaseDigest(t.db);
      expectProblem(await accept({ token: first.token }), 401);
      expectProblem(await accept({ token: first.token, password: 'not the password' }), 401);
      expect(await databaseDigest(t.db)).toEqual(before);
      const withPassword = expectJson(
        await accept({ token: first.token, password: someone.password }),
        200,
        Session,
      );
      expect(withPassword.user.id).toBe(someone.userId);
      expect(withPassword.memberships.map((m) => [m.organization.id, m.role]).sort()).toEqual(
        [
          [owner.organizationId, 'viewer'],
          [someone.organizationId, 'owner'],
        ].sort(),
      );

      const third = await createOrganizationWithOwner(t.db);
      const second = await invited(third, 'lead', someone.email);
      const signedIn = expectJson(await accept({ token: second.token }, someone.headers), 200, Session);
      expect(signedIn.memberships.find((m) => m.organization.id === third.organizationId)?.role).toBe('lead');
    });

    it('answers 409 for someone already a member, leaving the invitation open', async () => {
      const owner = await createOrganizationWithOwner(t.db);
      const member = await createMember(t.db, owner.organizationId, 'viewer');
      const { token } = await invited(owner, 'admin', member.email);
      const before = await databaseDigest(t.db);
      expectProblem(await accept({ token, password: member.password }), 409);
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
        await accept({ token, name: 'Late', password: 'a long enough password' }),
        400,
        'body.token',
      );
    });
  });
});
