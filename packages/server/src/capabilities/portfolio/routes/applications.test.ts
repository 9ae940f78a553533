import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEventsSince, databaseDigest, expectProblem, lastAuditId } from '../../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { createOrgUnit } from '../../capacity/services/org-units';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
interface Detail {
  id: string;
  version: number;
  stage: string;
  nextStages: string[];
  owner: { id: string; name: string } | null;
  orgUnits: { id: string; name: string }[];
  customFields: Record<string, unknown>;
}

const systemCtx = (organizationId: string) => ({
  organizationId,
  role: 'owner' as const,
  actor: { type: 'system' as const, id: null, name: 'test' },
  requestId: 'test',
});

async function createUnit(t: TestApp, organizationId: string, name: string) {
  return t.db.tenant(organizationId, (tx) =>
    createOrgUnit(tx, systemCtx(organizationId), { name, kind: 'team', headcount: 8 }),
  );
}

describe.each(testEngines())('applications registry on %s', (engine) => {
  let t: TestApp;
  let owner: TestPerson;
  let lead: TestPerson;
  let viewer: TestPerson;
  let other: TestPerson;
  let unitId: string;

  const call = (
    person: TestPerson,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ) => t.app.inject({ method, url, headers: person.headers, ...(payload ? { payload } : {}) });
  const register = async (payload: object, person = lead) => {
    const res = await call(person, 'POST', '/api/v1/applications', payload);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Detail;
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await createOrganizationWithOwner(t.db);
    lead = await createMember(t.db, owner.organizationId, 'lead');
    viewer = await createMember(t.db, owner.organizationId, 'viewer');
    other = await createOrganizationWithOwner(t.db);
    unitId = (await createUnit(t, owner.organizationId, 'Learning & Development')).id;
    const fields = [
      { key: 'sponsor', label: 'Sponsor', kind: 'text' },
      { key: 'budget', label: 'Budget (EUR)', kind: 'number' },
      { key: 'region', label: 'Region', kind: 'single_select', options: ['EMEA', 'Americas', 'APAC'] },
      { key: 'channels', label: 'Channels', kind: 'multi_select', options: ['LMS', 'Email', 'Teams'] },
    ];
    for (const field of fields) {
      expect((await call(owner, 'POST', '/api/v1/custom-fields', field)).statusCode).toBe(201);
    }
  });
  afterAll(() => t.close());

  it('registers an application with owner, unit, tools, links and custom fields, audited', async () => {
    const since = await lastAuditId(t.db, owner.organizationId);
    const app = await register({
      name: 'AI-drafted course content',
      purpose: 'Draft first versions of course modules',
      ownerId: lead.userId,
      stage: 'pilot',
      riskTier: 'medium',
      audience: 'external',
      aiTools: ['GPT-4o'],
      links: [{ label: 'Pilot brief', url: 'https://intranet.example/brief' }],
      orgUnitIds: [unitId],
      customFields: { sponsor: 'Ana', budget: 12000, region: 'EMEA', channels: ['LMS', 'Teams'] },
    });
    expect(app).toMatchObject({
      stage: 'pilot',
      version: 1,
      owner: { id: lead.userId },
      orgUnits: [{ id: unitId, name: 'Learning & Development' }],
      customFields: { sponsor: 'Ana', budget: 12000, region: 'EMEA', channels: ['LMS', 'Teams'] },
      nextStages: ['expanding', 'evaluating', 'paused', 'retired'],
    });
    const events = await auditEventsSince(t.db, owner.organizationId, since);
    expect(events.map((e) => e.action)).toEqual(['application.created']);
    expect(events[0]!.after).toMatchObject({ name: 'AI-drafted course content', orgUnitIds: [unitId] });
  });

  it('refuses another organization’s person or unit, and a wrong custom field value, storing nothing', async () => {
    const foreignUnit = await createUnit(t, other.organizationId, 'Their team');
    const before = await databaseDigest(t.db);
    expectProblem(
      await call(lead, 'POST', '/api/v1/applications', { name: 'X', ownerId: other.userId }),
      400,
      'body.ownerId',
    );
    expectProblem(
      await call(lead, 'POST', '/api/v1/applications', { name: 'X', orgUnitIds: [foreignUnit.id] }),
      400,
      'body.orgUnitIds',
    );
    const wrong = expectProblem(
      await call(lead, 'POST', '/api/v1/applications', {
        name: 'X',
        customFields: { budget: 'lots', region: 'Mars' },
      }),
      400,
      'body.customFields.budget',
    );
    expect(wrong.errors).toEqual([
      { path: 'body.customFields.budget', message: 'Budget (EUR) must be a number.' },
      { path: 'body.customFields.region', message: 'Region must be one of: EMEA, Americas, APAC.' },
    ]);
    expectProblem(
      await call(lead, 'POST', '/api/v1/applications', { name: 'X', customFields: { nope: 1 } }),
      400,
      'body.customFields.nope',
    );
    expect(await databaseDigest(t.db)).toEqual(before);
  });

  it('hides another organization’s application (404) and lets only leads write (403)', async () => {
    const app = await register({ name: 'Needs analysis' });
    expectProblem(await call(other, 'GET', `/api/v1/applications/${app.id}`), 404);
    expectProblem(
      await call(other, 'PATCH', `/api/v1/applications/${app.id}`, { version: 1, name: 'Mine' }),
      404,
    );
    expectProblem(
      await call(other, 'POST', `/api/v1/applications/${app.id}/transitions`, {
        to: 'evaluating',
        reason: 'x',
        version: 1,
      }),
      404,
    );
    expectProblem(await call(viewer, 'POST', '/api/v1/applications', { name: 'Nope' }), 403);
    expect((await call(viewer, 'GET', `/api/v1/applications/${app.id}`)).statusCode).toBe(200);
  });

  it('moves through allowed stages only, recording who, when and why; a paused one resumes where it was', async () => {
    const app = await register({ name: 'Automated stakeholder updates' });
    const move = (to: string, version: number, reason = `Because ${to}`) =>
      call(lead, 'POST', `/api/v1/applications/${app.id}/transitions`, { to, reason, version });
    const before = await databaseDigest(t.db);
    const illegal = expectProblem(await move('scaled', 1), 400, 'body.to');
    expect(illegal.detail).toBe(
      'An application at stage “idea” cannot move to “scaled”; allowed: evaluating, retired.',
    );
    expectProblem(await move('evaluating', 1, '   '), 400, 'body.reason');
    expect(await databaseDigest(t.db)).toEqual(before);

    expect((await move('evaluating', 1)).statusCode).toBe(201);
    expect((await move('pilot', 2)).statusCode).toBe(201);
    const paused = await move('paused', 3, 'Budget freeze until Q3');
    expect(paused.json().application).toMatchObject({
      stage: 'paused',
      version: 4,
      nextStages: ['pilot', 'evaluating', 'retired'],
    });
    expectProblem(await move('expanding', 4), 400, 'body.to');
    expect((await move('pilot', 4, 'Budget back')).statusCode).toBe(201);

    const history = (await call(viewer, 'GET', `/api/v1/applications/${app.id}/transitions`)).json().items;
    expect(history.map((h: { from: string; to: string }) => `${h.from}>${h.to}`)).toEqual([
      'idea>evaluating',
      'evaluating>pilot',
      'pilot>paused',
      'paused>pilot',
    ]);
    expect(history[2]).toMatchObject({
      reason: 'Budget freeze until Q3',
      actor: { type: 'user', id: lead.userId },
    });
  });

  it('refuses an edit or a move made against a stale version with a 409, changing nothing', async () => {
    const app = await register({ name: 'Quiz generation' });
    const edited = await call(lead, 'PATCH', `/api/v1/applications/${app.id}`, {
      version: 1,
      purpose: 'Draft quizzes',
    });
    expect(edited.json()).toMatchObject({ version: 2, purpose: 'Draft quizzes' });
    const before = await databaseDigest(t.db);
    const stale = expectProblem(
      await call(lead, 'PATCH', `/api/v1/applications/${app.id}`, { version: 1, purpose: 'Old' }),
      409,
    );
    expect(stale.detail).toContain('you sent version 1, it is now version 2');
    expectProblem(
      await call(lead, 'POST', `/api/v1/applications/${app.id}/transitions`, {
        to: 'evaluating',
        reason: 'go',
        version: 1,
      }),
      409,
    );
    expect(await databaseDigest(t.db)).toEqual(before);
  });

  it('filters by stage, risk tier, owner, unit and custom fields, and searches names and purposes', async () => {
    const unit2 = (await createUnit(t, owner.organizationId, 'Sales enablement')).id;
    const a = await register({
      name: 'Filter alpha',
      purpose: 'roleplay coaching',
      riskTier: 'high',
      stage: 'evaluating',
      orgUnitIds: [unit2],
      customFields: { region: 'APAC', channels: ['Email'], sponsor: 'Maria Lopez' },
    });
    const b = await register({
      name: 'Filter beta',
      riskTier: 'high',
      ownerId: viewer.userId,
      customFields: { budget: 500, channels: ['Email', 'LMS'] },
    });
    const names = async (query: string) =>
      (
        (await call(viewer, 'GET', `/api/v1/applications?limit=200&${query}`)).json().items as {
          id: string;
        }[]
      ).map((i) => i.id);
    expect(await names('riskTier=high&stage=evaluating')).toEqual([a.id]);
    expect(await names('riskTier=high&stage=evaluating&stage=idea')).toEqual([b.id, a.id]);
    expect(await names(`ownerId=${viewer.userId}`)).toEqual([b.id]);
    expect(await names(`orgUnitId=${unit2}`)).toEqual([a.id]);
    expect(await names('q=ROLEPLAY')).toEqual([a.id]);
    expect(await names('customField=region:APAC')).toEqual([a.id]);
    expect(await names('customField=channels:Email')).toEqual([b.id, a.id]);
    expect(await names('customField=channels:LMS&riskTier=high')).toEqual([b.id]);
    expect(await names('customField=budget:500')).toEqual([b.id]);
    expect(await names('customField=sponsor:lopez')).toEqual([a.id]);
    expectProblem(
      await call(viewer, 'GET', '/api/v1/applications?customField=budget:many'),
      400,
      'query.customField',
    );
    expectProblem(
      await call(viewer, 'GET', '/api/v1/applications?customField=color:red'),
      400,
      'query.customField',
    );
    expectProblem(await call(viewer, 'GET', '/api/v1/applications?stage=done'), 400);
  });

  it('saves views per person; a shared one is seen by the organization and only a lead may share', async () => {
    const filters = { stage: ['pilot'], riskTier: ['medium'], customField: ['region:EMEA'] };
    const mine = await call(viewer, 'POST', '/api/v1/saved-views', { name: 'My pilots', filters });
    expect(mine.statusCode, mine.body).toBe(201);
    expectProblem(
      await call(viewer, 'POST', '/api/v1/saved-views', { name: 'For all', filters, shared: true }),
      403,
    );
    expectProblem(
      await call(viewer, 'POST', '/api/v1/saved-views', {
        name: 'Bad',
        filters: { customField: ['budget:x'] },
      }),
      400,
      'query.customField',
    );
    const shared = await call(lead, 'POST', '/api/v1/saved-views', {
      name: 'Medium-risk pilots',
      filters,
      shared: true,
    });
    expect(shared.json()).toMatchObject({ shared: true, mine: true, filters });
    const seenByOwner = (await call(owner, 'GET', '/api/v1/saved-views'))
      .json()
      .items.map((v: { name: string }) => v.name);
    expect(seenByOwner).toEqual(['Medium-risk pilots']);
    const seenByViewer = (await call(viewer, 'GET', '/api/v1/saved-views'))
      .json()
      .items.map((v: { name: string }) => v.name);
    expect(seenByViewer).toEqual(['Medium-risk pilots', 'My pilots']);
    expectProblem(await call(owner, 'DELETE', `/api/v1/saved-views/${mine.json().id}`), 404);
    expectProblem(await call(viewer, 'DELETE', `/api/v1/saved-views/${shared.json().id}`), 403);
    expect((await call(viewer, 'DELETE', `/api/v1/saved-views/${mine.json().id}`)).statusCode).toBe(204);
  });

  it('adds tasks as workflows of the application, and refuses linking another organization’s application', async () => {
    const app = await register({ name: 'Needs analysis with tasks' });
    const task = await call(lead, 'POST', `/api/v1/applications/${app.id}/tasks`, {
      name: 'Summarise interview notes',
    });
    expect(task.statusCode, task.body).toBe(201);
    const tasks = (await call(viewer, 'GET', `/api/v1/applications/${app.id}/tasks`)).json().items;
    expect(tasks.map((w: { name: string }) => w.name)).toEqual(['Summarise interview notes']);
    const workflow = (await call(viewer, 'GET', `/api/v1/workflows/${task.json().id}`)).json();
    expect(workflow.name).toBe('Summarise interview notes');
    expectProblem(await call(other, 'POST', `/api/v1/applications/${app.id}/tasks`, { name: 'Steal' }), 404);
  });

  it('edits a custom field, refusing to remove an option an application still holds', async () => {
    const field = (await call(owner, 'GET', '/api/v1/custom-fields'))
      .json()
      .items.find((f: { key: string }) => f.key === 'channels');
    await register({ name: 'Uses Teams', customFields: { channels: ['Teams'] } });
    const before = await databaseDigest(t.db);
    const refused = expectProblem(
      await call(owner, 'PATCH', `/api/v1/custom-fields/${field.id}`, { options: ['LMS', 'Email'] }),
      400,
      'body.options',
    );
    expect(refused.detail).toMatch(/^“Teams” is still the value of “.+”; change that first.$/);
    expect(await databaseDigest(t.db)).toEqual(before);
    const edited = await call(owner, 'PATCH', `/api/v1/custom-fields/${field.id}`, {
      label: 'Delivery channels',
      options: ['LMS', 'Email', 'Teams', 'Intranet'],
    });
    expect(edited.json()).toMatchObject({
      label: 'Delivery channels',
      options: ['LMS', 'Email', 'Teams', 'Intranet'],
    });
    expectProblem(await call(lead, 'PATCH', `/api/v1/custom-fields/${field.id}`, { required: true }), 403);
  });

  it('removes a custom field and its values, bumping the version of each application that had one', async () => {
    const field = await call(owner, 'POST', '/api/v1/custom-fields', {
      key: 'temp',
      label: 'Temporary',
      kind: 'date',
    });
    const app = await register({ name: 'Dated', customFields: { temp: '2026-03-01' } });
    expectProblem(await call(lead, 'DELETE', `/api/v1/custom-fields/${field.json().id}`), 403);
    expect((await call(owner, 'DELETE', `/api/v1/custom-fields/${field.json().id}`)).statusCode).toBe(204);
    const after = (await call(viewer, 'GET', `/api/v1/applications/${app.id}`)).json();
    expect(after).toMatchObject({ version: 2, customFields: {} });
    expectProblem(
      await call(owner, 'POST', '/api/v1/custom-fields', { key: 'region', label: 'Again', kind: 'text' }),
      400,
      'body.key',
    );
    expectProblem(
      await call(owner, 'POST', '/api/v1/custom-fields', {
        key: 'tier',
        label: 'Tier',
        kind: 'single_select',
        options: ['A'],
      }),
      400,
      'body.options',
    );
  });
});
