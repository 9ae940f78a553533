import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  auditEventsOf,
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
  createTokenHeaders,
} from '../../../test/harness';
import { CurrentOrganization } from './organizations';

const OrganizationList = z.object({ items: z.array(CurrentOrganization) });

describe('organizations API', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const inject = (
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    headers: Record<string, string>,
    payload?: unknown,
  ) =>
    t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

  describe('GET /api/v1/organizations', () => {
    it('needs a session; a token is not one', async () => {
      expectProblem(await inject('GET', '/api/v1/organizations', {}), 401);
      const owner = await createOrganizationWithOwner(t.db);
      const token = await createTokenHeaders(t.db, owner.organizationId, 'admin');
      expectProblem(await inject('GET', '/api/v1/organizations', token.headers), 401);
    });

    it("lists the person's organizations with their role there", async () => {
      const a = await createOrganizationWithOwner(t.db, 'Alpha Org');
      const b = await createOrganizationWithOwner(t.db, 'Beta Org');
      const member = await createMember(t.db, a.organizationId, 'reviewer');
      await t.db.system((tx) =>
        tx.execute(
          // the same person also belongs to B, as a viewer
          sql`INSERT INTO memberships (organization_id, user_id, role) VALUES (${b.organizationId}, ${member.userId}, 'viewer')`,
        ),
      );
      const body = expectJson(
        await inject('GET', '/api/v1/organizations', member.headers),
        200,
        OrganizationList,
      );
      expect(body.items.map((o) => [o.id, o.role]).sort()).toEqual(
        [
          [a.organizationId, 'reviewer'],
          [b.organizationId, 'viewer'],
        ].sort(),
      );
    });
  });

  describe('POST /api/v1/organizations', () => {
    it('needs a session and a name', async () => {
      expectProblem(await inject('POST', '/api/v1/organizations', {}, { name: 'X' }), 401);
      const owner = await createOrganizationWithOwner(t.db);
      expectProblem(
        await inject('POST', '/api/v1/organizations', owner.headers, { name: '' }),
        400,
        'body.name',
      );
      expectProblem(
        await inject('POST', '/api/v1/organizations', owner.headers, { name: 'x'.repeat(201) }),
        400,
        'body.name',
      );
      expectProblem(
        await inject('POST', '/api/v1/organizations', owner.headers, { name: 'X', slug: 'x' }),
        400,
        'body.slug',
      );
      const token = await createTokenHeaders(t.db, owner.organizationId, 'admin');
      expectProblem(await inject('POST', '/api/v1/organizations', token.headers, { name: 'X' }), 401);
    });

    it('creates an organization with the caller as owner, a unique slug, and audits it', async () => {
      const owner = await createOrganizationWithOwner(t.db);
      const first = expectJson(
        await inject('POST', '/api/v1/organizations', owner.headers, { name: '  Ünïcode Labs ' }),
        201,
        CurrentOrganization,
      );
      expect(first).toMatchObject({ name: 'Ünïcode Labs', slug: 'unicode-labs', role: 'owner' });
      const second = expectJson(
        await inject('POST', '/api/v1/organizations', owner.headers, { name: 'Unicode Labs' }),
        201,
        CurrentOrganization,
      );
      expect(second.slug).toMatch(/^unicode-labs-[0-9a-f]{6}$/);
      const list = expectJson(
        await inject('GET', '/api/v1/organizations', owner.headers),
        200,
        OrganizationList,
      );
      expect(list.items.map((o) => o.id)).toEqual(expect.arrayContaining([first.id, second.id]));
      const actor = { type: 'user', id: owner.userId, name: 'Owner' };
      expect(await auditEventsOf(t.db, first.id)).toEqual([
        expect.objectContaining({
          actor,
          action: 'organization.created',
          entityId: first.id,
          before: null,
          after: { name: 'Ünïcode Labs', slug: 'unicode-labs' },
        }),
        expect.objectContaining({
          actor,
          action: 'member.added',
          entityId: owner.userId,
          after: { role: 'owner' },
        }),
      ]);
    });
  });

  describe('GET /api/v1/organization', () => {
    it('needs credentials', async () => {
      expectProblem(await inject('GET', '/api/v1/organization', {}), 401);
    });

    it('answers the organization with the caller’s role, for a session and a token', async () => {
      const owner = await createOrganizationWithOwner(t.db, 'Current Org');
      const viewer = await createMember(t.db, owner.organizationId, 'viewer');
      const token = await createTokenHeaders(t.db, owner.organizationId, 'lead');
      for (const [headers, role] of [
        [owner.headers, 'owner'],
        [viewer.headers, 'viewer'],
        [token.headers, 'lead'],
      ] as const) {
        const body = expectJson(
          await inject('GET', '/api/v1/organization', headers),
          200,
          CurrentOrganization,
        );
        expect(body).toMatchObject({ id: owner.organizationId, name: 'Current Org', role });
      }
    });

    it('answers 404 for an organization header the person is not in, 400 for a bad one', async () => {
      const owner = await createOrganizationWithOwner(t.db);
      const other = await createOrganizationWithOwner(t.db);
      expectProblem(
        await inject('GET', '/api/v1/organization', {
          ...owner.headers,
          'x-trellis-organization': other.organizationId,
        }),
        404,
      );
      expectProblem(
        await inject('GET', '/api/v1/organization', { ...owner.headers, 'x-trellis-organization': someUuid }),
        404,
      );
      expectProblem(
        await inject('GET', '/api/v1/organization', {
          ...owner.headers,
          'x-trellis-organization': 'garbage',
        }),
        404,
      );
    });

    it('needs the header when the person belongs to several organizations, and not with one', async () => {
      const owner = await createOrganizationWithOwner(t.db);
      const { 'x-trellis-organization': _org, ...noHeader } = owner.headers;
      expectJson(await inject('GET', '/api/v1/organization', noHeader), 200, CurrentOrganization);
      expectJson(
        await inject('POST', '/api/v1/organizations', owner.headers, { name: 'Second' }),
        201,
        CurrentOrganization,
      );
      expectProblem(
        await inject('GET', '/api/v1/organization', noHeader),
        400,
        'headers.x-trellis-organization',
      );
    });
  });

  describe('PATCH /api/v1/organization', () => {
    it('needs credentials, a valid name and the admin role', async () => {
      expectProblem(await inject('PATCH', '/api/v1/organization', {}, { name: 'X' }), 401);
      const owner = await createOrganizationWithOwner(t.db);
      expectProblem(
        await inject('PATCH', '/api/v1/organization', owner.headers, { name: 7 }),
        400,
        'body.name',
      );
      expectProblem(await inject('PATCH', '/api/v1/organization', owner.headers, {}), 400, 'body.name');
      const lead = await createMember(t.db, owner.organizationId, 'lead');
      const leadToken = await createTokenHeaders(t.db, owner.organizationId, 'lead');
      const before = await databaseDigest(t.db);
      expectProblem(await inject('PATCH', '/api/v1/organization', lead.headers, { name: 'X' }), 403);
      expectProblem(await inject('PATCH', '/api/v1/organization', leadToken.headers, { name: 'X' }), 403);
      expect(await databaseDigest(t.db)).toEqual(before);
    });

    it('renames the organization and audits before and after', async () => {
      const owner = await createOrganizationWithOwner(t.db, 'Old Name');
      const admin = await createMember(t.db, owner.organizationId, 'admin');
      const since = await lastAuditId(t.db, owner.organizationId);
      const body = expectJson(
        await inject('PATCH', '/api/v1/organization', admin.headers, { name: 'New Name' }),
        200,
        CurrentOrganization,
      );
      expect(body).toMatchObject({ id: owner.organizationId, name: 'New Name', role: 'admin' });
      expect(await auditEventsSince(t.db, owner.organizationId, since)).toEqual([
        expect.objectContaining({
          actor: { type: 'user', id: admin.userId, name: 'A admin' },
          action: 'organization.renamed',
          entityType: 'organization',
          entityId: owner.organizationId,
          before: { name: 'Old Name' },
          after: { name: 'New Name' },
        }),
      ]);
    });
  });
});
