import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../../platform/db/rows';
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
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { Member } from './members';
import { CustomRole, RoleCatalog } from './roles';
import { Session } from './session-presenter';

const standard = {
  criteria: [{ key: 'accurate', label: 'Factually accurate', kind: 'pass_fail', severity: 'critical' }],
  defectRule: { kind: 'any_critical_fail' },
  outgoingLimit: 0.01,
  segmentKeys: [],
  doubleReviewFraction: 0,
};

describe.each(testEngines())('custom roles (%s)', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let db: Database;
  let owner: TestPerson;
  let member: TestPerson;
  let workflowId: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    db = t.db;
    owner = await createOrganizationWithOwner(db);
    member = await createMember(db, owner.organizationId, 'contributor');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/workflows',
      headers: owner.headers,
      payload: { name: 'Draft quiz items' },
    });
    workflowId = (created.json() as { id: string }).id;
    const std = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${workflowId}/standards`,
      headers: owner.headers,
      payload: standard,
    });
    expect(std.statusCode, std.body).toBe(201);
  }, 30_000);
  afterAll(() => t.close());

  const call = (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    headers: Record<string, string>,
    payload?: object,
  ) => t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  const createRole = async (name: string, permissions: string[]) =>
    expectJson(await call('POST', '/api/v1/roles', owner.headers, { name, permissions }), 201, CustomRole);
  const assign = (userId: string, customRoleId: string | null, headers = owner.headers) =>
    call('PUT', `/api/v1/members/${userId}/custom-role`, headers, { customRoleId });
  const ingest = (headers: Record<string, string>, clientId: string) =>
    call('POST', `/api/v1/workflows/${workflowId}/outputs`, headers, {
      clientId,
      content: 'Question 1',
      metadata: {},
    });

  it('refuses bad roles with the field at fault, and non-admins, changing nothing', async () => {
    await createRole('Taken name', ['quality.read']);
    const lead = await createMember(db, owner.organizationId, 'lead');
    const before = await databaseDigest(db);
    expectProblem(
      await call('POST', '/api/v1/roles', owner.headers, { name: 'Flyer', permissions: ['quality.fly'] }),
      400,
      'body.permissions.0',
    );
    expectProblem(
      await call('POST', '/api/v1/roles', owner.headers, { name: 'Nothing', permissions: [] }),
      400,
      'body.permissions',
    );
    expectProblem(
      await call('POST', '/api/v1/roles', owner.headers, { name: 'Admin', permissions: ['quality.read'] }),
      400,
      'body.name',
    );
    expectProblem(
      await call('POST', '/api/v1/roles', owner.headers, { name: '', permissions: ['quality.read'] }),
      400,
      'body.name',
    );
    expectProblem(
      await call('POST', '/api/v1/roles', owner.headers, {
        name: 'taken NAME',
        permissions: ['quality.read'],
      }),
      409,
    );
    expectProblem(await call('GET', '/api/v1/roles', lead.headers), 403);
    expectProblem(
      await call('POST', '/api/v1/roles', lead.headers, { name: 'Mine', permissions: ['quality.read'] }),
      403,
    );
    expectProblem(await assign(member.userId, someUuid), 400, 'body.customRoleId');
    expectProblem(await assign(someUuid, null), 404);
    expectProblem(await assign(owner.userId, null), 409);
    expect(await databaseDigest(db)).toEqual(before);
  });

  it('lists built-in roles as permission sets beside the custom ones', async () => {
    const catalog = expectJson(await call('GET', '/api/v1/roles', owner.headers), 200, RoleCatalog);
    expect(catalog.capabilities).toContain('core_review');
    expect(catalog.builtIn.find((r) => r.role === 'viewer')!.permissions).toContain('quality.read');
    expect(catalog.builtIn.find((r) => r.role === 'viewer')!.permissions).not.toContain('quality.write');
    expect(catalog.builtIn.find((r) => r.role === 'reviewer')!.permissions).toContain('quality.review');
    expect(catalog.custom.map((r) => r.name)).toContain('Taken name');
  });

  it('lets a role that reads quality read it (200) and refuses its writes (403 problem+json)', async () => {
    const role = await createRole('Quality reader', ['quality.read']);
    const since = await lastAuditId(db, owner.organizationId);
    const assigned = await assign(member.userId, role.id);
    expect(assigned.json()).toEqual({
      userId: member.userId,
      role: 'viewer',
      customRole: { id: role.id, name: 'Quality reader' },
    });
    expect((await auditEventsSince(db, owner.organizationId, since)).map((e) => [e.action, e.after])).toEqual(
      [
        [
          'member.custom_role_assigned',
          { role: 'viewer', customRoleId: role.id, customRoleName: 'Quality reader' },
        ],
      ],
    );
    const session = expectJson(await call('GET', '/api/v1/session', member.headers), 200, Session);
    expect(session.memberships[0]!.customRole).toEqual({
      id: role.id,
      name: 'Quality reader',
      permissions: ['quality.read'],
    });

    expect((await call('GET', '/api/v1/workflows', member.headers)).statusCode).toBe(200);
    expect((await call('GET', `/api/v1/workflows/${workflowId}/quality`, member.headers)).statusCode).toBe(
      200,
    );
    const before = await databaseDigest(db);
    const refused = expectProblem(await ingest(member.headers, 'a'), 403);
    expect(refused.detail).toContain('quality.write');
    expect(refused.detail).toContain('Quality reader');
    // As a contributor this person could ingest; and other capabilities are closed to the role.
    expectProblem(await call('GET', '/api/v1/applications', member.headers), 403);
    expectProblem(await call('GET', '/api/v1/roles', member.headers), 403);
    expect(await databaseDigest(db)).toEqual(before);
    // Their own inbox and the organization's name stay open to any member.
    expect((await call('GET', '/api/v1/notifications', member.headers)).statusCode).toBe(200);
    expect((await call('GET', '/api/v1/organization', member.headers)).statusCode).toBe(200);

    // Granting quality.write takes effect on the next request.
    expectJson(
      await call('PATCH', `/api/v1/roles/${role.id}`, owner.headers, {
        permissions: ['quality.write', 'quality.read'],
      }),
      200,
      CustomRole,
    );
    expect((await ingest(member.headers, 'b')).statusCode).toBe(201);
  });

  it('lets a role with settings.admin manage roles, and one without it not', async () => {
    const manager = await createMember(db, owner.organizationId, 'viewer');
    const role = await createRole('Role manager', ['settings.read', 'settings.admin']);
    expect((await assign(manager.userId, role.id)).statusCode).toBe(200);
    expectJson(
      await call('POST', '/api/v1/roles', manager.headers, {
        name: 'Made by a manager',
        permissions: ['learning.read'],
      }),
      201,
      CustomRole,
    );
    // Owner-only steps stay with owners whatever the custom role holds.
    expectProblem(
      await call('PATCH', `/api/v1/members/${owner.userId}`, manager.headers, { role: 'viewer' }),
      403,
    );
  });

  it('refuses to delete a role in use (409), deletes it once unused, audited; a built-in role replaces a custom one', async () => {
    const role = await createRole('Short lived', ['decisions.read']);
    const holder = await createMember(db, owner.organizationId, 'reviewer');
    expect((await assign(holder.userId, role.id)).statusCode).toBe(200);
    const before = await databaseDigest(db);
    const refused = expectProblem(await call('DELETE', `/api/v1/roles/${role.id}`, owner.headers), 409);
    expect(refused.detail).toContain('1 member has the role “Short lived”');
    expect(await databaseDigest(db)).toEqual(before);

    const since = await lastAuditId(db, owner.organizationId);
    const changed = await call('PATCH', `/api/v1/members/${holder.userId}`, owner.headers, { role: 'lead' });
    const body = expectJson(changed, 200, Member);
    expect(body.role).toBe('lead');
    expect(body.customRole).toBeUndefined();
    const members = expectJson(
      await call('GET', '/api/v1/members?limit=100', owner.headers),
      200,
      page(Member),
    );
    expect(members.items.find((m) => m.userId === member.userId)!.customRole?.name).toBe('Quality reader');
    expect(members.items.find((m) => m.userId === holder.userId)!.customRole).toBeUndefined();

    expect((await call('DELETE', `/api/v1/roles/${role.id}`, owner.headers)).statusCode).toBe(204);
    expect((await auditEventsSince(db, owner.organizationId, since)).map((e) => e.action)).toEqual([
      'member.custom_role_removed',
      'member.role_changed',
      'role.deleted',
    ]);
    const [left] = await db.system((tx) =>
      selectRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM custom_roles WHERE id = ${role.id}`),
    );
    expect(left!.n).toBe(0);
  });

  it('keeps another organization’s roles and members out of reach', async () => {
    const other = await createOrganizationWithOwner(db);
    const theirs = expectJson(
      await call('POST', '/api/v1/roles', other.headers, { name: 'Theirs', permissions: ['quality.read'] }),
      201,
      CustomRole,
    );
    expectProblem(await assign(member.userId, theirs.id), 400, 'body.customRoleId');
    expectProblem(
      await call('PATCH', `/api/v1/roles/${theirs.id}`, owner.headers, { name: 'Mine now' }),
      404,
    );
    expectProblem(await call('DELETE', `/api/v1/roles/${theirs.id}`, owner.headers), 404);
    expectProblem(await assign(other.userId, null), 404);
  });
});
