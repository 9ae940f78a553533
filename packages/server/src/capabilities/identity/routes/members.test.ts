import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../platform/db/types';
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
  createTokenHeaders,
  type TestPerson,
} from '../../../test/harness';
import { Member } from './members';

const MemberPage = page(Member);

describe('members API', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let db: Database;
  beforeAll(async () => {
    t = await createTestApp();
    db = t.db;
  });
  afterAll(() => t.close());

  const list = (headers: Record<string, string>, query = '') =>
    t.app.inject({ method: 'GET', url: `/api/v1/members${query}`, headers });
  const patch = (headers: Record<string, string>, userId: string, payload: unknown) =>
    t.app.inject({ method: 'PATCH', url: `/api/v1/members/${userId}`, headers, payload: payload as object });
  const remove = (headers: Record<string, string>, userId: string) =>
    t.app.inject({ method: 'DELETE', url: `/api/v1/members/${userId}`, headers });

  describe('GET /api/v1/members', () => {
    it('needs credentials', async () => {
      expectProblem(await list({}), 401);
    });

    it('rejects a bad limit and a cursor it did not make', async () => {
      const owner = await createOrganizationWithOwner(db);
      expectProblem(await list(owner.headers, '?limit=0'), 400, 'query.limit');
      expectProblem(await list(owner.headers, '?limit=abc'), 400, 'query.limit');
      expectProblem(await list(owner.headers, '?cursor=not-a-cursor'), 400, 'query.cursor');
      expectProblem(await list(owner.headers, '?unknown=1'), 400);
    });

    it('lets a viewer and a token read the members', async () => {
      const owner = await createOrganizationWithOwner(db);
      const viewer = await createMember(db, owner.organizationId, 'viewer');
      const token = await createTokenHeaders(db, owner.organizationId, 'viewer');
      for (const headers of [viewer.headers, token.headers]) {
        const body = expectJson(await list(headers), 200, MemberPage);
        expect(body.items.map((m) => m.userId).sort()).toEqual([owner.userId, viewer.userId].sort());
        expect(body.nextCursor).toBeNull();
      }
    });

    it('pages through every member exactly once with limit=2', async () => {
      const owner = await createOrganizationWithOwner(db);
      const others: TestPerson[] = [];
      for (const role of ['admin', 'lead', 'reviewer', 'contributor'] as const) {
        others.push(await createMember(db, owner.organizationId, role));
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
        const body = expectJson(await list(owner.headers, query), 200, MemberPage);
        expect(body.items.length).toBeLessThanOrEqual(2);
        seen.push(...body.items.map((m) => m.userId));
        cursor = body.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      expect(pages).toBe(3);
      // In the order they joined, nobody twice, nobody missing.
      expect(seen).toEqual([owner.userId, ...others.map((o) => o.userId)]);
    });
  });

  describe('PATCH /api/v1/members/:userId', () => {
    it('needs credentials', async () => {
      expectProblem(await patch({}, someUuid, { role: 'viewer' }), 401);
    });

    it('names the bad field', async () => {
      const owner = await createOrganizationWithOwner(db);
      const viewer = await createMember(db, owner.organizationId, 'viewer');
      expectProblem(await patch(owner.headers, viewer.userId, { role: 'superuser' }), 400, 'body.role');
      expectProblem(await patch(owner.headers, 'not-a-uuid', { role: 'viewer' }), 400, 'params.userId');
      expectProblem(await patch(owner.headers, viewer.userId, { role: 'viewer', x: 1 }), 400, 'body.x');
    });

    it('refuses a lead (403) and answers 404 for someone who is not a member', async () => {
      const owner = await createOrganizationWithOwner(db);
      const lead = await createMember(db, owner.organizationId, 'lead');
      const viewer = await createMember(db, owner.organizationId, 'viewer');
      expectProblem(await patch(lead.headers, viewer.userId, { role: 'reviewer' }), 403);
      expectProblem(await patch(owner.headers, someUuid, { role: 'reviewer' }), 404);
      const stranger = await createOrganizationWithOwner(db);
      expectProblem(await patch(owner.headers, stranger.userId, { role: 'reviewer' }), 404);
    });

    it('changes a role and audits who did it, before and after', async () => {
      const owner = await createOrganizationWithOwner(db);
      const viewer = await createMember(db, owner.organizationId, 'viewer');
      const since = await lastAuditId(db, owner.organizationId);
      const member = expectJson(await patch(owner.headers, viewer.userId, { role: 'lead' }), 200, Member);
      expect(member).toMatchObject({ userId: viewer.userId, email: viewer.email, role: 'lead' });
      const after = expectJson(await list(owner.headers), 200, MemberPage);
      expect(after.items.find((m) => m.userId === viewer.userId)?.role).toBe('lead');
      const events = await auditEventsSince(db, owner.organizationId, since);
      expect(events).toEqual([
        expect.objectContaining({
          actor: { type: 'user', id: owner.userId, name: 'Owner' },
          action: 'member.role_changed',
          entityType: 'member',
          entityId: viewer.userId,
          before: { role: 'viewer' },
          after: { role: 'lead' },
          requestId: expect.any(String),
        }),
      ]);
    });

    it('lets only an owner grant or take away the owner role', async () => {
      const owner = await createOrganizationWithOwner(db);
      const admin = await createMember(db, owner.organizationId, 'admin');
      const viewer = await createMember(db, owner.organizationId, 'viewer');
      expectProblem(await patch(admin.headers, viewer.userId, { role: 'owner' }), 403);
      expectProblem(await patch(admin.headers, owner.userId, { role: 'viewer' }), 403);
      // An admin token is no owner either.
      const token = await createTokenHeaders(db, owner.organizationId, 'admin');
      expectProblem(await patch(token.headers, viewer.userId, { role: 'owner' }), 403);
      expect(expectJson(await patch(admin.headers, viewer.userId, { role: 'admin' }), 200, Member).role).toBe(
        'admin',
      );
      expect(expectJson(await patch(owner.headers, viewer.userId, { role: 'owner' }), 200, Member).role).toBe(
        'owner',
      );
    });

    it('keeps the last owner (409) and lets an owner step down once there is another', async () => {
      const owner = await createOrganizationWithOwner(db);
      const before = await databaseDigest(db);
      expectProblem(await patch(owner.headers, owner.userId, { role: 'admin' }), 409);
      expect(await databaseDigest(db)).toEqual(before);
      const second = await createMember(db, owner.organizationId, 'owner');
      expectJson(await patch(owner.headers, owner.userId, { role: 'admin' }), 200, Member);
      expectProblem(await patch(second.headers, second.userId, { role: 'admin' }), 409);
    });
  });

  describe('DELETE /api/v1/members/:userId', () => {
    it('needs credentials and a valid id', async () => {
      expectProblem(await remove({}, someUuid), 401);
      const owner = await createOrganizationWithOwner(db);
      expectProblem(await remove(owner.headers, '123'), 400, 'params.userId');
    });

    it('refuses a lead, answers 404 for a non-member, keeps the last owner', async () => {
      const owner = await createOrganizationWithOwner(db);
      const lead = await createMember(db, owner.organizationId, 'lead');
      const viewer = await createMember(db, owner.organizationId, 'viewer');
      expectProblem(await remove(lead.headers, viewer.userId), 403);
      expectProblem(await remove(owner.headers, someUuid), 404);
      expectProblem(await remove(owner.headers, owner.userId), 409);
      const admin = await createMember(db, owner.organizationId, 'admin');
      expectProblem(await remove(admin.headers, owner.userId), 403);
    });

    it('removes a member, who then loses access, and audits it', async () => {
      const owner = await createOrganizationWithOwner(db);
      const viewer = await createMember(db, owner.organizationId, 'viewer');
      const since = await lastAuditId(db, owner.organizationId);
      const res = await remove(owner.headers, viewer.userId);
      expect(res.statusCode).toBe(204);
      expect(res.body).toBe('');
      const body = expectJson(await list(owner.headers), 200, MemberPage);
      expect(body.items.map((m) => m.userId)).toEqual([owner.userId]);
      // The removed person's session still works, but not in this organization.
      expectProblem(await list(viewer.headers), 404);
      expectProblem(await remove(owner.headers, viewer.userId), 404);
      expect(await auditEventsSince(db, owner.organizationId, since)).toEqual([
        expect.objectContaining({
          actor: { type: 'user', id: owner.userId, name: 'Owner' },
          action: 'member.removed',
          entityType: 'member',
          entityId: viewer.userId,
          before: { email: viewer.email, role: 'viewer' },
          after: null,
        }),
      ]);
    });
  });
});
