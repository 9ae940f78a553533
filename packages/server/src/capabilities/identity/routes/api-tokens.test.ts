import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { page } from '../../../platform/http/pagination';
import {
  auditEventsSince,
  createRoleOver,
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
  createTokenHeaders,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { ApiToken } from './api-tokens';
import { CurrentOrganization } from './organizations';

const Created = z.object({ token: ApiToken, secret: z.string() });

describe('API tokens API', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const create = (headers: Record<string, string>, payload: unknown) =>
    t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers, payload: payload as object });
  const list = (headers: Record<string, string>) =>
    t.app.inject({ method: 'GET', url: '/api/v1/tokens', headers });
  const revoke = (headers: Record<string, string>, id: string) =>
    t.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${id}`, headers });
  const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
  const current = (headers: Record<string, string>) =>
    t.app.inject({ method: 'GET', url: '/api/v1/organization', headers });
  async function created(by: TestPerson | Record<string, string>, payload: Record<string, unknown>) {
    const headers = 'headers' in by ? (by.headers as Record<string, string>) : by;
    return expectJson(await create(headers, payload), 201, Created);
  }

  describe('POST /api/v1/tokens', () => {
    it('needs credentials, valid fields and the admin role', async () => {
      expectProblem(await create({}, { name: 'x', role: 'viewer' }), 401);
      const owner = await createOrganizationWithOwner(t.db);
      expectProblem(await create(owner.headers, { role: 'viewer' }), 400, 'body.name');
      expectProblem(await create(owner.headers, { name: 'x', role: 'root' }), 400, 'body.role');
      expectProblem(
        await create(owner.headers, { name: 'x', role: 'viewer', expiresAt: 'tomorrow' }),
        400,
        'body.expiresAt',
      );
      const past = new Date(Date.now() - 60_000).toISOString();
      expectProblem(
        await create(owner.headers, { name: 'x', role: 'viewer', expiresAt: past }),
        400,
        'body.expiresAt',
      );
      const lead = await createMember(t.db, owner.organizationId, 'lead');
      expectProblem(await create(lead.headers, { name: 'x', role: 'viewer' }), 403);
    });

    it('never makes an owner token, not even for an owner', async () => {
      const owner = await createOrganizationWithOwner(t.db);
      const before = await databaseDigest(t.db);
      expectProblem(await create(owner.headers, { name: 'x', role: 'owner' }), 400, 'body.role');
      const admin = await createMember(t.db, owner.organizationId, 'admin');
      const after = await databaseDigest(t.db);
      expectProblem(await create(admin.headers, { name: 'x', role: 'owner' }), 400, 'body.role');
      expect(await databaseDigest(t.db)).toEqual(after);
      expect(after.api_tokens).toBe(before.api_tokens);
    });

    it('shows the secret once; the Bearer token then acts with its own role', async () => {
      const owner = await createOrganizationWithOwner(t.db);
      const since = await lastAuditId(t.db, owner.organizationId);
      const expiresAt = new Date(Date.now() + 3600_000).toISOString();
      const body = await created(owner, { name: ' CI pipeline ', role: 'contributor', expiresAt });
      expect(body.secret.startsWith(`${body.token.prefix}_`)).toBe(true);
      expect(body.token).toMatchObject({
        name: 'CI pipeline',
        role: 'contributor',
        createdBy: owner.userId,
        expiresAt,
        lastUsedAt: null,
        revokedAt: null,
      });
      const org = expectJson(await current(bearer(body.secret)), 200, CurrentOrganization);
      expect(org).toMatchObject({ id: owner.organizationId, role: 'contributor' });
      const listed = expectJson(await list(owner.headers), 200, page(ApiToken));
      expect(listed.items).toHaveLength(1);
      expect(listed.items[0]!.lastUsedAt).not.toBeNull();
      expect(JSON.stringify(listed)).not.toContain(body.secret.slice(body.token.prefix.length + 1));
      expect(JSON.stringify(listed)).not.toMatch(/secret|hash/i);
      expect(await auditEventsSince(t.db, owner.organizationId, since)).toEqual([
        expect.objectContaining({
          actor: { type: 'user', id: owner.userId, name: 'Owner' },
          action: 'api_token.created',
          entityType: 'api_token',
          entityId: body.token.id,
          before: null,
          after: { name: 'CI pipeline', role: 'contributor', prefix: body.token.prefix, expiresAt },
        }),
      ]);
    });

    it('gives a token a custom role: it acts with exactly its permissions, and keeps the role in use', async () => {
      const owner = await createOrganizationWithOwner(t.db);
      const customRoleId = await createRoleOver(t.app, owner.headers, 'Quality reader', ['quality.read']);
      const body = await created(owner, { name: 'dashboards', customRoleId });
      expect(body.token).toMatchObject({
        role: 'viewer',
        customRole: { id: customRoleId, name: 'Quality reader' },
      });
      const listed = expectJson(await list(owner.headers), 200, page(ApiToken));
      expect(listed.items[0]!.customRole).toEqual({ id: customRoleId, name: 'Quality reader' });

      const as = (method: 'GET' | 'POST', url: string, payload?: object) =>
        t.app.inject({ method, url, headers: bearer(body.secret), ...(payload ? { payload } : {}) });
      expect((await as('GET', '/api/v1/workflows')).statusCode).toBe(200);
      const portfolio = expectProblem(await as('GET', '/api/v1/applications'), 403);
      expect(portfolio.detail).toContain('portfolio.read');
      const write = expectProblem(await as('POST', '/api/v1/workflows', { name: 'Drafts' }), 403);
      expect(write.detail).toContain('quality.approve');

      // The role cannot go while a live token holds it; once the token is revoked it can.
      const refused = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/roles/${customRoleId}`,
        headers: owner.headers,
      });
      expect(expectProblem(refused, 409).detail).toContain('1 API token has the role “Quality reader”');
      expect((await revoke(owner.headers, body.token.id)).statusCode).toBe(204);
      const gone = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/roles/${customRoleId}`,
        headers: owner.headers,
      });
      expect(gone.statusCode, gone.body).toBe(204);
    });

    it('refuses a custom role of another organization, or a role and a custom role together, and stores nothing', async () => {
      const owner = await createOrganizationWithOwner(t.db);
      const other = await createOrganizationWithOwner(t.db);
      const theirs = await createRoleOver(t.app, other.headers, 'Theirs', ['quality.read']);
      const before = await databaseDigest(t.db);
      expectProblem(
        await create(owner.headers, { name: 'x', customRoleId: theirs }),
        400,
        'body.customRoleId',
      );
      expectProblem(
        await create(owner.headers, { name: 'x', role: 'viewer', customRoleId: theirs }),
        400,
        'body.role',
      );
      expectProblem(await create(owner.headers, { name: 'x' }), 400, 'body.role');
      expect(await databaseDigest(t.db)).toEqual(before);
    });

    it('lets an admin token make a token without CSRF, recorded as the token’s act', async () => {
      const owner = await createOrganizationWithOwner(t.db);
      const admin = await created(owner, { name: 'automation', role: 'admin' });
      const since = await lastAuditId(t.db, owner.organizationId);
      const child = await created(bearer(admin.secret), { name: 'child', role: 'reviewer' });
      expect(child.token.createdBy).toBeNull();
      expect(await auditEventsSince(t.db, owner.organizationId, since)).toEqual([
        expect.objectContaining({
          actor: { type: 'token', id: admin.token.id, name: 'automation' },
          action: 'api_token.created',
          entityId: child.token.id,
        }),
      ]);
      // A reviewer token cannot manage tokens.
      expectProblem(await create(bearer(child.secret), { name: 'x', role: 'viewer' }), 403);
    });
  });

  describe('GET /api/v1/tokens', () => {
    it('needs credentials and the admin role', async () => {
      expectProblem(await list({}), 401);
      const owner = await createOrganizationWithOwner(t.db);
      const lead = await createMember(t.db, owner.organizationId, 'lead');
      expectProblem(await list(lead.headers), 403);
      const leadToken = await created(owner, { name: 'lead', role: 'lead' });
      expectProblem(await list(bearer(leadToken.secret)), 403);
      expectProblem(
        await t.app.inject({ method: 'GET', url: '/api/v1/tokens?limit=-1', headers: owner.headers }),
        400,
        'query.limit',
      );
    });
  });

  describe('DELETE /api/v1/tokens/:id', () => {
    it('needs credentials, a uuid, the admin role and a token of this organization', async () => {
      expectProblem(await revoke({}, someUuid), 401);
      const owner = await createOrganizationWithOwner(t.db);
      expectProblem(await revoke(owner.headers, 'not-a-uuid'), 400, 'params.id');
      const { token } = await created(owner, { name: 'x', role: 'viewer' });
      const lead = await createMember(t.db, owner.organizationId, 'lead');
      expectProblem(await revoke(lead.headers, token.id), 403);
      expectProblem(await revoke(owner.headers, someUuid), 404);
    });

    it('revokes: the token answers 401 afterwards, a second revoke changes nothing, and it is audited', async () => {
      const owner = await createOrganizationWithOwner(t.db);
      const { token, secret } = await created(owner, { name: 'doomed', role: 'viewer' });
      expectJson(await current(bearer(secret)), 200, CurrentOrganization);
      const since = await lastAuditId(t.db, owner.organizationId);
      expect((await revoke(owner.headers, token.id)).statusCode).toBe(204);
      expectProblem(await current(bearer(secret)), 401);
      const before = await databaseDigest(t.db);
      expect((await revoke(owner.headers, token.id)).statusCode).toBe(204);
      expect(await databaseDigest(t.db)).toEqual(before);
      expect(await auditEventsSince(t.db, owner.organizationId, since)).toEqual([
        expect.objectContaining({
          actor: { type: 'user', id: owner.userId, name: 'Owner' },
          action: 'api_token.revoked',
          entityId: token.id,
          before: { name: 'doomed', role: 'viewer', prefix: token.prefix },
          after: null,
        }),
      ]);
      const listed = expectJson(await list(owner.headers), 200, page(ApiToken));
      expect(listed.items[0]!.revokedAt).not.toBeNull();
    });
  });

  describe('Bearer authentication', () => {
    it('refuses an expired token, a made-up one and a malformed header with 401', async () => {
      const owner = await createOrganizationWithOwner(t.db);
      const { token, secret } = await created(owner, {
        name: 'short-lived',
        role: 'viewer',
        expiresAt: new Date(Date.now() + 3600_000).toISOString(),
      });
      expectJson(await current(bearer(secret)), 200, CurrentOrganization);
      await t.db.system((tx) =>
        tx.execute(
          sql`UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = ${token.id}`,
        ),
      );
      expectProblem(await current(bearer(secret)), 401);
      expectProblem(await current(bearer(`${secret}x`)), 401);
      expectProblem(await current(bearer('trl_00000000_made-up')), 401);
      expectProblem(await current({ authorization: secret }), 401);
      expectProblem(await current({ authorization: 'Bearer' }), 401);
    });

    it.each([
      ['GET', '/api/v1/session'],
      ['POST', '/api/v1/auth/logout'],
      ['POST', '/api/v1/auth/password'],
      ['GET', '/api/v1/organizations'],
      ['POST', '/api/v1/organizations'],
    ] as const)('cannot call the session-only route %s %s', async (method, url) => {
      const owner = await createOrganizationWithOwner(t.db);
      const { secret } = await created(owner, { name: 'admin', role: 'admin' });
      const payload =
        url === '/api/v1/auth/password'
          ? { currentPassword: owner.password, newPassword: 'a whole new password' }
          : url === '/api/v1/organizations'
            ? { name: 'Token Org' }
            : undefined;
      const before = await databaseDigest(t.db);
      const res = await t.app.inject({
        method,
        url,
        headers: bearer(secret),
        ...(method === 'POST' && payload ? { payload } : {}),
      });
      expectProblem(res, 401);
      expect(await databaseDigest(t.db)).toEqual(before);
    });
  });
});

describe.skipIf(!testEngines().includes('postgres'))('the API token lookup on PostgreSQL', () => {
  it('is built once and prepared once per pooled connection, and a revoked token is refused at once', async () => {
    const t = await createTestApp('postgres');
    const parse = vi.spyOn(pg.Connection.prototype, 'parse');
    try {
      const owner = await createOrganizationWithOwner(t.db);
      const { headers, id: tokenId } = await createTokenHeaders(t.db, owner.organizationId, 'lead');
      const ask = () => t.app.inject({ method: 'GET', url: '/api/v1/organization', headers });
      // One request at a time: the pool hands out the same connection again.
      expect((await ask()).statusCode).toBe(200);
      const build = vi.spyOn(PgDialect.prototype, 'sqlToQuery');
      for (let i = 0; i < 4; i++) expect((await ask()).statusCode).toBe(200);
      // Nor is its text built again: drizzle's query builder did that on every request.
      const built = build.mock.results.filter((r) =>
        (r.value as { sql: string }).sql.includes('secret_hash'),
      );
      build.mockRestore();
      expect(built).toEqual([]);
      const lookups = parse.mock.calls.filter(
        ([q]) => (q as { name?: string }).name === 'api-token-by-secret',
      );
      expect(lookups).toHaveLength(1);
      await t.db.system((tx) =>
        tx.execute(sql`UPDATE api_tokens SET revoked_at = now() WHERE id = ${tokenId}`),
      );
      expect((await ask()).statusCode).toBe(401);
    } finally {
      parse.mockRestore();
      await t.close();
    }
  });
});
