import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseDigest, expectProblem } from '../../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
  testEngines,
} from '../../../test/harness';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// A reorganization: units move in the tree; a unit is deleted only when nothing refers to it any more.
describe.each(testEngines())('org unit structure on %s', (engine) => {
  let t: TestApp;
  let owner: TestPerson;
  let viewer: TestPerson;
  let sales: string;
  let service: string;
  let east: string;
  let alpha: string;

  const send = (
    who: TestPerson,
    method: 'POST' | 'PATCH' | 'DELETE' | 'GET',
    url: string,
    payload?: object,
  ) => t.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });
  const unit = async (payload: object) => {
    const res = await send(owner, 'POST', '/api/v1/org-units', payload);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await createOrganizationWithOwner(t.db);
    viewer = await createMember(t.db, owner.organizationId, 'viewer');
    sales = await unit({ name: 'Sales', kind: 'division' });
    service = await unit({ name: 'Service', kind: 'division' });
    east = await unit({ name: 'East', kind: 'department', parentId: sales });
    alpha = await unit({ name: 'Alpha', kind: 'team', parentId: east, headcount: 5 });
  }, 120_000);
  afterAll(() => t.close());

  it('moves a department with its teams under another division, and back to the top level', async () => {
    const moved = await send(owner, 'PATCH', `/api/v1/org-units/${east}`, { parentId: service });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().parentId).toBe(service);
    expect((await send(owner, 'GET', `/api/v1/org-units/${alpha}`)).json().parentId).toBe(east);
    const top = await send(owner, 'PATCH', `/api/v1/org-units/${east}`, { parentId: null });
    expect(top.json().parentId).toBeNull();
    const audit = await send(owner, 'GET', `/api/v1/audit-events?entityType=org_unit&entityId=${east}`);
    const moves = audit.json().items.filter((e: { action: string }) => e.action === 'org_unit.updated');
    expect(moves.map((e: { after: { parentId: string | null } }) => e.after.parentId).sort()).toEqual(
      [null, service].sort(),
    );
  });

  it('refuses moves under itself, under a lower kind, into another organization, or by a viewer', async () => {
    const other = await createOrganizationWithOwner(t.db);
    const foreign = (
      await send(other, 'POST', '/api/v1/org-units', { name: 'Theirs', kind: 'division' })
    ).json().id;
    const before = await databaseDigest(t.db);
    const self = expectProblem(
      await send(owner, 'PATCH', `/api/v1/org-units/${east}`, { parentId: east }),
      400,
      'body.parentId',
    );
    expect(self.detail ?? JSON.stringify(self)).toMatch(/under itself/);
    expectProblem(
      await send(owner, 'PATCH', `/api/v1/org-units/${sales}`, { parentId: east }),
      400,
      'body.parentId',
    );
    expectProblem(
      await send(owner, 'PATCH', `/api/v1/org-units/${east}`, { parentId: alpha }),
      400,
      'body.parentId',
    );
    expectProblem(
      await send(owner, 'PATCH', `/api/v1/org-units/${alpha}`, { parentId: foreign }),
      400,
      'body.parentId',
    );
    expectProblem(await send(viewer, 'PATCH', `/api/v1/org-units/${alpha}`, { parentId: service }), 403);
    expect(await databaseDigest(t.db)).toEqual(before);
  });

  it('changes a unit’s kind within the hierarchy, and refuses a kind out of order naming body.kind', async () => {
    const hq = await unit({ name: 'HQ', kind: 'division' });
    const ops = await unit({ name: 'Ops', kind: 'team', parentId: hq, headcount: 2 });
    const changed = await send(owner, 'PATCH', `/api/v1/org-units/${ops}`, { kind: 'department' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().kind).toBe('department');
    const audit = await send(owner, 'GET', `/api/v1/audit-events?entityType=org_unit&entityId=${ops}`);
    expect(
      audit
        .json()
        .items.some((e: { action: string; after: { kind: string } }) => e.after?.kind === 'department'),
    ).toBe(true);
    await unit({ name: 'Ops North', kind: 'team', parentId: ops });
    const before = await databaseDigest(t.db);
    // A division cannot sit under a division; a team cannot hold a team.
    expect(
      expectProblem(
        await send(owner, 'PATCH', `/api/v1/org-units/${ops}`, { kind: 'division' }),
        400,
        'body.kind',
      ).detail,
    ).toMatch(/HQ/);
    expect(
      expectProblem(
        await send(owner, 'PATCH', `/api/v1/org-units/${ops}`, { kind: 'team' }),
        400,
        'body.kind',
      ).detail,
    ).toMatch(/Ops North/);
    expectProblem(
      await send(owner, 'PATCH', `/api/v1/org-units/${ops}`, { kind: 'tribe' }),
      400,
      'body.kind',
    );
    expectProblem(await send(viewer, 'PATCH', `/api/v1/org-units/${ops}`, { kind: 'team' }), 403);
    expect(await databaseDigest(t.db)).toEqual(before);
  });

  it('shows one capacity per unit: the units list and the heatmap agree, sub-units rolled up', async () => {
    const north = await unit({ name: 'North', kind: 'division', headcount: 4 });
    await unit({ name: 'North A', kind: 'team', parentId: north, headcount: 6 });
    await unit({ name: 'North B', kind: 'team', parentId: north, monthlyCapacity: 100 });
    const list = await send(owner, 'GET', '/api/v1/org-units?limit=500');
    const shown = list.json().items.find((u: { id: string }) => u.id === north);
    // Own 4 × 10 = 40, plus 6 × 10 = 60 and 100 below it.
    expect(shown).toMatchObject({ effectiveCapacity: 40, capacity: 200 });
    expect((await send(owner, 'GET', `/api/v1/org-units/${north}`)).json().capacity).toBe(200);
    const heat = await send(owner, 'GET', '/api/v1/capacity/heatmap?from=2027-01&months=1');
    expect(heat.statusCode, heat.body).toBe(200);
    const row = heat.json().rows.find((r: { unit: { id: string } }) => r.unit.id === north);
    expect(row.capacity).toBe(shown.capacity);
    expect(row.unit.capacity).toBe(shown.capacity);
  });

  it('refuses to delete a unit with sub-units or change impacts, naming them, and changes nothing', async () => {
    const impact = await send(owner, 'POST', '/api/v1/change-impacts', {
      orgUnitId: alpha,
      title: 'Rollout',
      aspects: { process: 2 },
      peopleAffected: 3,
      startDate: '2027-01-01',
      endDate: '2027-01-31',
    });
    expect(impact.statusCode, impact.body).toBe(201);
    const before = await databaseDigest(t.db);
    const parent = expectProblem(await send(owner, 'DELETE', `/api/v1/org-units/${east}`), 409);
    expect(parent.detail).toMatch(/1 sub-unit\b/);
    const used = expectProblem(await send(owner, 'DELETE', `/api/v1/org-units/${alpha}`), 409);
    expect(used.detail).toMatch(/1 change impact\b/);
    expectProblem(await send(viewer, 'DELETE', `/api/v1/org-units/${alpha}`), 403);
    expect(await databaseDigest(t.db)).toEqual(before);
  });

  it('deletes a unit nothing refers to, with an audit event; its people just leave it', async () => {
    const spare = await unit({ name: 'Spare', kind: 'team', parentId: east });
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/org-units/${spare}/members/${viewer.userId}`,
      headers: owner.headers,
      payload: { role: 'member' },
    });
    expect(put.statusCode, put.body).toBe(204);
    const res = await send(owner, 'DELETE', `/api/v1/org-units/${spare}`);
    expect(res.statusCode, res.body).toBe(204);
    expectProblem(await send(owner, 'GET', `/api/v1/org-units/${spare}`), 404);
    const audit = await send(owner, 'GET', `/api/v1/audit-events?entityType=org_unit&entityId=${spare}`);
    expect(audit.json().items.map((e: { action: string }) => e.action)).toContain('org_unit.deleted');
    expectProblem(await send(owner, 'DELETE', `/api/v1/org-units/${spare}`), 404);
  });
});
