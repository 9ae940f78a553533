import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { selectRows } from '../../../platform/db/rows';
import { createWebhook } from '../../../platform/webhooks/webhooks';
import { databaseDigest, expectProblem } from '../../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import {
  closedPulse,
  createFullyReviewedWorkflow,
  personContext,
  reviewOutputs,
} from '../test/sequencing-seed';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
/** A response body as `inject` parses it (what every API test here reads). */
type Json = ReturnType<typeof JSON.parse>;

const DAY = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

describe.each(testEngines())('deliberate sequencing on %s', (engine) => {
  let t: TestApp;
  let owner: TestPerson;
  let lead: TestPerson;
  let reviewer: TestPerson;
  let contributor: TestPerson;
  let unitLead: TestPerson;
  let ownerCtx: OrgContext;
  let pipeline: OrgContext;
  let reviewerCtx: OrgContext;
  const units: Record<string, string> = {};
  let templateId: string;
  let drafting: string;
  let summaries: string;
  let workflowId: string;

  const call = (who: TestPerson, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });
  const ok = async (who: TestPerson, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
    const res = await call(who, method, url, payload);
    expect(res.statusCode, res.body).toBeLessThan(300);
    return (res.body ? res.json() : null) as Json;
  };
  const rows = <T>(query: SQL) => t.db.system((tx) => selectRows<T>(tx, query));
  const plan = (id: string) => ok(lead, 'GET', `/api/v1/expansion-plans/${id}`);
  const editable = (p: Json) =>
    p.stages.map((s: Json) => ({
      id: s.id,
      name: s.name,
      durationMonths: s.durationMonths,
      changeLoad: s.changeLoad,
      expectedValue: s.expectedValue,
      criteria: s.criteria,
      orgUnitIds: s.units.map((u: Json) => u.orgUnitId),
      dependsOn: s.dependsOn.map((d: Json) => d.stageId),
    }));

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await createOrganizationWithOwner(t.db);
    lead = await createMember(t.db, owner.organizationId, 'lead');
    reviewer = await createMember(t.db, owner.organizationId, 'reviewer');
    contributor = await createMember(t.db, owner.organizationId, 'contributor');
    unitLead = await createMember(t.db, owner.organizationId, 'contributor');
    ownerCtx = personContext(owner.organizationId, owner.userId, 'owner', 'Owner');
    reviewerCtx = personContext(owner.organizationId, reviewer.userId, 'reviewer', 'Reviewer');
    pipeline = {
      organizationId: owner.organizationId,
      role: 'contributor',
      actor: { type: 'token', id: null, name: 'pipeline' },
      requestId: 't',
    };
    const unit = async (name: string, body: object) => {
      units[name] = (await ok(owner, 'POST', '/api/v1/org-units', { name, ...body })).id;
    };
    await unit('Division', { kind: 'division' });
    await unit('Pilot', { kind: 'team', parentId: units.Division, headcount: 10 });
    await unit('Second', { kind: 'team', parentId: units.Division, headcount: 8 });
    await unit('Busy', { kind: 'team', parentId: units.Division, headcount: 4 });
    await unit('Third', { kind: 'team', parentId: units.Division, headcount: 6 });
    await ok(owner, 'PUT', `/api/v1/org-units/${units.Second}/members/${unitLead.userId}`, { role: 'lead' });
    drafting = (
      await ok(owner, 'POST', '/api/v1/applications', {
        name: 'Content drafting',
        stage: 'pilot',
        ownerId: owner.userId,
      })
    ).id;
    summaries = (await ok(owner, 'POST', '/api/v1/applications', { name: 'Needs summaries', stage: 'pilot' }))
      .id;
    workflowId = (await createFullyReviewedWorkflow(t.db, ownerCtx, drafting, 'Draft modules')).id;
  }, 180_000);
  afterAll(() => t.close());

  it('makes the starter template once, and templates are edited by leads with checked criteria', async () => {
    const starter = await ok(lead, 'POST', '/api/v1/expansion-templates/starter');
    expect(starter.stages.map((s: Json) => s.name)).toEqual([
      'Pilot team',
      'Second team',
      'Department',
      'Organization',
    ]);
    expect((await ok(lead, 'POST', '/api/v1/expansion-templates/starter')).id).toBe(starter.id);
    expectProblem(await call(contributor, 'POST', '/api/v1/expansion-templates/starter'), 403);

    const stages = [
      {
        name: 'Pilot team',
        unitKind: 'team',
        durationMonths: 3,
        changeLoad: 20,
        criteria: [
          { kind: 'quality', params: { maxDefectRate: 0.1, minReviewed: 30 } },
          { kind: 'adoption', params: { minActiveShare: 0.6 } },
          { kind: 'pulse', params: { minReadiness: 3.5 } },
          { kind: 'capacity', params: {} },
          { kind: 'min_duration', params: { months: 2 } },
        ],
      },
      {
        name: 'Second team',
        unitKind: 'team',
        durationMonths: 3,
        changeLoad: 30,
        criteria: [{ kind: 'min_duration', params: { months: 0 } }],
      },
      { name: 'Third team', unitKind: 'team', durationMonths: 2, changeLoad: 20, criteria: [] },
    ];
    const before = await databaseDigest(t.db);
    const bad = structuredClone(stages);
    bad[0]!.criteria[0]!.params = { maxDefectRate: 0.9, minReviewed: 30 };
    expectProblem(
      await call(lead, 'POST', '/api/v1/expansion-templates', { name: 'Small', stages: bad }),
      400,
      'body.stages.0.criteria.0.params.maxDefectRate',
    );
    const twice = structuredClone(stages);
    twice[1]!.criteria.push({ kind: 'min_duration', params: { months: 1 } });
    expectProblem(
      await call(lead, 'POST', '/api/v1/expansion-templates', { name: 'Small', stages: twice }),
      400,
      'body.stages.1.criteria.1.kind',
    );
    expect(await databaseDigest(t.db)).toEqual(before);

    const made = await ok(lead, 'POST', '/api/v1/expansion-templates', { name: 'Small steps', stages });
    templateId = made.id;
    expectProblem(
      await call(lead, 'PUT', `/api/v1/expansion-templates/${templateId}`, { name: 'x', stages, version: 9 }),
      409,
    );
    const edited = await ok(lead, 'PUT', `/api/v1/expansion-templates/${templateId}`, {
      name: 'Small steps',
      description: 'Three teams',
      stages,
      version: 1,
    });
    expect(edited).toMatchObject({ version: 2, description: 'Three teams' });
  });

  it('creates a plan from a template with units of the organization only', async () => {
    const other = await createOrganizationWithOwner(t.db);
    const foreign = (
      await ok(other, 'POST', '/api/v1/org-units', { name: 'Elsewhere', kind: 'team', headcount: 3 })
    ).id;
    const before = await databaseDigest(t.db);
    expectProblem(
      await call(lead, 'POST', '/api/v1/expansion-plans', {
        applicationId: drafting,
        templateId,
        stageUnits: [{ orgUnitIds: [units.Pilot] }, { orgUnitIds: [foreign] }],
      }),
      400,
      'body.stageUnits.1.orgUnitIds.0',
    );
    expectProblem(
      await call(lead, 'POST', '/api/v1/expansion-plans', { applicationId: drafting, templateId: foreign }),
      400,
      'body.templateId',
    );
    expectProblem(
      await call(contributor, 'POST', '/api/v1/expansion-plans', { applicationId: drafting }),
      403,
    );
    expect(await databaseDigest(t.db)).toEqual(before);

    const p = await ok(lead, 'POST', '/api/v1/expansion-plans', {
      applicationId: drafting,
      templateId,
      stageUnits: [
        { orgUnitIds: [units.Pilot] },
        { orgUnitIds: [units.Second] },
        { orgUnitIds: [units.Third] },
      ],
    });
    expect(p).toMatchObject({ status: 'draft', version: 1, locked: false, gate: null });
    expect(
      p.stages.map((s: Json) => [s.position, s.name, s.status, s.units.map((u: Json) => u.name)]),
    ).toEqual([
      [1, 'Pilot team', 'planned', ['Pilot']],
      [2, 'Second team', 'planned', ['Second']],
      [3, 'Third team', 'planned', ['Third']],
    ]);
    expectProblem(await call(lead, 'POST', '/api/v1/expansion-plans', { applicationId: drafting }), 409);
    const list = await ok(contributor, 'GET', '/api/v1/expansion-plans');
    expect(list.items).toHaveLength(1);
    expect(await call(other, 'GET', `/api/v1/expansion-plans/${p.id}`).then((r) => r.statusCode)).toBe(404);
  });

  it('edits stages with versions and refuses a dependency cycle, naming it', async () => {
    // The summaries plan, made from the starter template (none named), then trimmed to two stages.
    const s = await ok(lead, 'POST', '/api/v1/expansion-plans', { applicationId: summaries });
    expect(s.stages).toHaveLength(4);
    const d = (await ok(lead, 'GET', '/api/v1/expansion-plans')).items.find(
      (i: Json) => i.application.id === drafting,
    );
    const draftPlan = await plan(d.id);
    const mine = editable(s).slice(0, 2);
    mine[0].orgUnitIds = [units.Busy];
    mine[1].orgUnitIds = [units.Third];
    mine[1].dependsOn = [draftPlan.stages[1].id]; // after drafting's second team
    const reordered = await ok(lead, 'PUT', `/api/v1/expansion-plans/${s.id}`, { version: 1, stages: mine });
    expect(reordered.version).toBe(2);
    expect(reordered.stages[1].dependsOn).toEqual([
      expect.objectContaining({ applicationName: 'Content drafting', stageName: 'Second team' }),
    ]);
    expectProblem(
      await call(lead, 'PUT', `/api/v1/expansion-plans/${s.id}`, { version: 1, stages: mine }),
      409,
    );

    // Drafting's first stage after summaries' second: drafting 1 → summaries 2 → drafting 2 → drafting 1.
    const before = await databaseDigest(t.db);
    const cyclic = editable(draftPlan);
    cyclic[0].dependsOn = [reordered.stages[1].id];
    const problem = expectProblem(
      await call(lead, 'PUT', `/api/v1/expansion-plans/${draftPlan.id}`, {
        version: draftPlan.version,
        stages: cyclic,
      }),
      400,
      'body.stages.0.dependsOn',
    );
    expect(problem.detail).toBe(
      'These dependencies make a cycle (each must end before the next starts): Content drafting: Second team → Needs summaries: Second team → Content drafting: Pilot team → Content drafting: Second team.',
    );
    const own = editable(draftPlan);
    own[2].dependsOn = [draftPlan.stages[0].id];
    expectProblem(
      await call(lead, 'PUT', `/api/v1/expansion-plans/${draftPlan.id}`, {
        version: draftPlan.version,
        stages: own,
      }),
      400,
      'body.stages.2.dependsOn.0',
    );
    expect(await databaseDigest(t.db)).toEqual(before);
  });

  it('evaluates the gate from live data: not enough evidence, then advance', async () => {
    const id = (await ok(lead, 'GET', '/api/v1/expansion-plans')).items.find(
      (i: Json) => i.application.id === drafting,
    ).id;
    let p = await plan(id);
    const started = isoDay(new Date(Date.now() - 75 * DAY));
    expectProblem(
      await call(lead, 'POST', `/api/v1/expansion-plans/${id}/start`, {
        version: p.version,
        startedOn: isoDay(new Date(Date.now() + 2 * DAY)),
      }),
      400,
      'body.startedOn',
    );
    p = await ok(lead, 'POST', `/api/v1/expansion-plans/${id}/start`, {
      version: p.version,
      startedOn: started,
    });
    expect(p).toMatchObject({ status: 'active', locked: true });
    expect(p.stages[0].status).toBe('running');
    const impacts = await rows<{ org_unit_id: string; people_affected: number; source_ref: string }>(
      sql`SELECT org_unit_id, people_affected, source_ref FROM change_impacts WHERE source = 'expansion'`,
    );
    expect(impacts).toEqual([{ org_unit_id: units.Pilot, people_affected: 4, source_ref: p.stages[0].id }]); // 20 points ÷ 5

    await reviewOutputs(t.db, pipeline, reviewerCtx, workflowId, 20, 0, 'a');
    p = await plan(id);
    const status = (g: Json) => Object.fromEntries(g.criteria.map((c: Json) => [c.kind, c.status]));
    expect(status(p.gate)).toEqual({
      quality: 'not_enough_evidence',
      adoption: 'not_enough_evidence',
      pulse: 'not_enough_evidence',
      capacity: 'met',
      min_duration: 'met',
    });
    expect(p.gate).toMatchObject({ recommendation: 'hold', status: 'not_enough_evidence' });
    expect(p.gate.criteria[0].summary).toContain('20 of 30');

    await reviewOutputs(t.db, pipeline, reviewerCtx, workflowId, 20, 0, 'b');
    await ok(
      lead,
      'PUT',
      `/api/v1/expansion-plans/${id}/stages/${p.stages[0].id}/units/${units.Pilot}/adoption`,
      { activeUsers: 7 },
    );
    expectProblem(
      await call(
        lead,
        'PUT',
        `/api/v1/expansion-plans/${id}/stages/${p.stages[0].id}/units/${units.Pilot}/adoption`,
        { activeUsers: 11 },
      ),
      400,
      'body.activeUsers',
    );
    // Two answers only: under the minimum group of 3, so still no readiness shown.
    await closedPulse(t.db, ownerCtx, units.Second!, [5, 5]);
    p = await plan(id);
    expect(status(p.gate).pulse).toBe('not_enough_evidence');
    expect(p.gate.criteria[2].summary).toContain('fewer than 3');
    await closedPulse(t.db, ownerCtx, units.Second!, [4, 4, 3]);
    p = await plan(id);
    expect(p.gate).toMatchObject({ recommendation: 'advance', status: 'met' });
    const quality = p.gate.criteria[0].evidence.tasks[0];
    // 0 defects in 40 reviews at π = 1: the exact Clopper–Pearson (1934) upper bound 1 − (α/2)^(1/n), α = 0.05.
    expect(quality.reviewed).toBe(40);
    expect(quality.upper).toBeCloseTo(1 - 0.025 ** (1 / 40), 6);
    expect(p.gate.criteria[1].evidence.units[0]).toMatchObject({ share: 0.7, activeUsers: 7, headcount: 10 });
    expect(p.gate.criteria[2].evidence.units[0].overall).toBeCloseTo(11 / 3, 6);
  });

  it('refuses a gate decision without the right role, on stale evidence or on a stage that is not running', async () => {
    const id = (await ok(lead, 'GET', '/api/v1/expansion-plans')).items.find(
      (i: Json) => i.application.id === drafting,
    ).id;
    const p = await plan(id);
    const decide = (who: TestPerson, stageId: string, body: object) =>
      call(who, 'POST', `/api/v1/expansion-plans/${id}/stages/${stageId}/gate-decisions`, {
        outcome: 'advance',
        rationale: 'Quality and readiness are there.',
        planVersion: p.version,
        fingerprint: p.gate.fingerprint,
        ...body,
      });
    const before = await databaseDigest(t.db);
    expectProblem(await decide(contributor, p.stages[0].id, {}), 403);
    expectProblem(await decide(reviewer, p.stages[0].id, {}), 403);
    const stale = expectProblem(await decide(lead, p.stages[0].id, { fingerprint: 'a'.repeat(64) }), 409);
    expect((stale.original as Json).evaluation.fingerprint).toBe(p.gate.fingerprint);
    expectProblem(await decide(lead, p.stages[0].id, { planVersion: p.version - 1 }), 409);
    expectProblem(await decide(lead, p.stages[1].id, {}), 400, 'params.stageId');
    expectProblem(await decide(lead, p.stages[0].id, { outcome: 'skip' }), 400, 'body.outcome');
    expectProblem(await decide(lead, p.stages[0].id, { rationale: ' ' }), 400, 'body.rationale');
    expectProblem(
      await call(lead, 'PUT', `/api/v1/expansion-plans/${id}`, { version: p.version, stages: editable(p) }),
      409,
    );
    expect(await databaseDigest(t.db)).toEqual(before);
  });

  it('advances: the next stage runs with its change impacts, the application is expanding, people hear of it', async () => {
    await t.db.tenant(owner.organizationId, (tx) =>
      createWebhook(tx, ownerCtx, { url: 'https://hooks.example.com/t', events: ['gate.decided'] }),
    );
    const id = (await ok(lead, 'GET', '/api/v1/expansion-plans')).items.find(
      (i: Json) => i.application.id === drafting,
    ).id;
    const p = await plan(id);
    const res = await ok(
      lead,
      'POST',
      `/api/v1/expansion-plans/${id}/stages/${p.stages[0].id}/gate-decisions`,
      {
        outcome: 'advance',
        rationale: 'Quality and readiness are there.',
        planVersion: p.version,
        fingerprint: p.gate.fingerprint,
      },
    );
    expect(res.decision).toMatchObject({
      outcome: 'advance',
      recommended: 'advance',
      planVersion: p.version,
    });
    expect(res.decision.snapshot.evaluation.criteria).toHaveLength(5);
    expect(res.plan.stages.map((s: Json) => s.status)).toEqual(['completed', 'running', 'planned']);
    expect(res.plan.application.stage).toBe('expanding');
    expect(res.plan.version).toBe(p.version + 1);
    const impacts = await rows<{ org_unit_id: string; people_affected: number }>(
      sql`SELECT org_unit_id, people_affected FROM change_impacts WHERE source_ref = ${res.plan.stages[1].id}`,
    );
    expect(impacts).toEqual([{ org_unit_id: units.Second, people_affected: 6 }]); // 30 ÷ 5
    const appUnits = await rows<{ org_unit_id: string }>(
      sql`SELECT org_unit_id FROM application_units WHERE application_id = ${drafting} ORDER BY org_unit_id`,
    );
    expect(appUnits.map((u) => u.org_unit_id).sort()).toEqual([units.Pilot, units.Second].sort());
    const inbox = await ok(unitLead, 'GET', '/api/v1/notifications');
    expect(inbox.items[0]).toMatchObject({
      kind: 'gate.advance',
      title: 'Advance: Content drafting, Pilot team',
    });
    const deliveries = await rows<{ event: string }>(sql`SELECT event FROM webhook_deliveries`);
    expect(deliveries.map((d) => d.event)).toContain('gate.decided');
    const audit = await rows<{ action: string }>(
      sql`SELECT action FROM audit_events WHERE entity_id = ${res.decision.id}`,
    );
    expect(audit).toEqual([{ action: 'gate.decided' }]);
    expect((await ok(contributor, 'GET', `/api/v1/gate-decisions/${res.decision.id}`)).outcome).toBe(
      'advance',
    );
    const other = await createOrganizationWithOwner(t.db);
    expect((await call(other, 'GET', `/api/v1/gate-decisions/${res.decision.id}`)).statusCode).toBe(404);
  });

  it('changes a locked plan through a change_expansion_plan request', async () => {
    const id = (await ok(lead, 'GET', '/api/v1/expansion-plans')).items.find(
      (i: Json) => i.application.id === drafting,
    ).id;
    const p = await plan(id);
    const stages = editable(p);
    stages[2].expectedValue = 120;
    const before = await databaseDigest(t.db);
    const running = structuredClone(stages);
    running[1].orgUnitIds = [units.Third];
    expectProblem(
      await call(lead, 'POST', `/api/v1/expansion-plans/${id}/change-requests`, {
        version: p.version,
        stages: running,
        reason: 'x',
      }),
      400,
      'body.stages.1.orgUnitIds',
    );
    expectProblem(
      await call(lead, 'POST', `/api/v1/expansion-plans/${id}/change-requests`, {
        version: p.version,
        stages: stages.slice(1),
        reason: 'x',
      }),
      400,
      'body.stages',
    );
    expect(await databaseDigest(t.db)).toEqual(before);
    // A low-risk application: the request is approved at once, so the edit applies at once.
    const res = await ok(lead, 'POST', `/api/v1/expansion-plans/${id}/change-requests`, {
      version: p.version,
      stages,
      reason: 'Value from the pilot evidence.',
    });
    expect(res).toMatchObject({ applied: true, request: { status: 'approved', tier: 'low' } });
    expect(res.plan.stages[2].expectedValue).toBe(120);
    expectProblem(
      await call(lead, 'POST', `/api/v1/expansion-plans/${id}/change-requests/${res.request.id}/apply`),
      409,
    );
  });

  it('holds when the receiving team is saturated, and rolls back as a first-class action', async () => {
    // Busy (4 people, capacity 40) already carries 40 points a month: the summaries pilot cannot move on to it.
    const s = (await ok(lead, 'GET', '/api/v1/expansion-plans')).items.find(
      (i: Json) => i.application.id === summaries,
    );
    let p = await plan(s.id);
    const stages = editable(p);
    stages[0].orgUnitIds = [units.Third];
    stages[0].criteria = [{ kind: 'capacity', params: {} }];
    stages[1].orgUnitIds = [units.Busy];
    stages[1].dependsOn = [];
    p = await ok(lead, 'PUT', `/api/v1/expansion-plans/${s.id}`, { version: p.version, stages });
    const today = new Date();
    await ok(owner, 'POST', '/api/v1/change-impacts', {
      orgUnitId: units.Busy,
      title: 'ERP rollout',
      aspects: { process: 5, tools: 5 },
      peopleAffected: 4,
      startDate: isoDay(today),
      endDate: isoDay(new Date(today.getTime() + 400 * DAY)),
    });
    p = await ok(lead, 'POST', `/api/v1/expansion-plans/${s.id}/start`, { version: p.version });
    expect(p.gate).toMatchObject({ recommendation: 'hold', status: 'not_met', because: ['capacity'] });
    expect(p.gate.criteria[0].summary).toMatch(/^Busy would be over its tolerance in \d{4}-\d{2} by/);

    // Roll back drafting's running second stage: its impact ends today, Second leaves the application.
    const d = (await ok(lead, 'GET', '/api/v1/expansion-plans')).items.find(
      (i: Json) => i.application.id === drafting,
    );
    const dp = await plan(d.id);
    const res = await ok(
      owner,
      'POST',
      `/api/v1/expansion-plans/${d.id}/stages/${dp.stages[1].id}/gate-decisions`,
      {
        outcome: 'roll_back',
        rationale: 'The second team hit a tooling problem.',
        planVersion: dp.version,
        fingerprint: dp.gate.fingerprint,
      },
    );
    expect(res.plan.stages.map((x: Json) => x.status)).toEqual(['completed', 'rolled_back', 'planned']);
    expect(res.plan.application.stage).toBe('pilot');
    expect(res.plan.status).toBe('active');
    const impacts = await rows<{ end_date: string }>(
      sql`SELECT end_date::text FROM change_impacts WHERE source_ref = ${dp.stages[1].id}`,
    );
    expect(impacts).toEqual([{ end_date: isoDay(new Date()) }]);
    const appUnits = await rows<{ org_unit_id: string }>(
      sql`SELECT org_unit_id FROM application_units WHERE application_id = ${drafting}`,
    );
    expect(appUnits.map((u) => u.org_unit_id)).toEqual([units.Pilot]);
    // The rolled-back stage is history now: it cannot be decided again, nor removed.
    expectProblem(
      await call(owner, 'POST', `/api/v1/expansion-plans/${d.id}/stages/${dp.stages[1].id}/gate-decisions`, {
        outcome: 'advance',
        rationale: 'again',
        planVersion: res.plan.version,
        fingerprint: 'b'.repeat(64),
      }),
      400,
      'params.stageId',
    );
    const without = editable(res.plan).filter((x: Json) => x.id !== dp.stages[1].id);
    expectProblem(
      await call(lead, 'PUT', `/api/v1/expansion-plans/${d.id}`, {
        version: res.plan.version,
        stages: without,
      }),
      400,
      'body.stages',
    );
  });

  it('applies a locked plan’s change only once its medium-risk request is approved', async () => {
    const app = (
      await ok(owner, 'POST', '/api/v1/applications', {
        name: 'Confidential notes',
        stage: 'pilot',
        dataSensitivity: 'confidential',
      })
    ).id;
    let p = await ok(lead, 'POST', '/api/v1/expansion-plans', {
      applicationId: app,
      templateId,
      stageUnits: [{ orgUnitIds: [units.Third] }, { orgUnitIds: [units.Second] }],
    });
    p = await ok(lead, 'POST', `/api/v1/expansion-plans/${p.id}/start`, { version: p.version });
    const stages = editable(p);
    stages[2].name = 'Third team, later';
    const res = await ok(lead, 'POST', `/api/v1/expansion-plans/${p.id}/change-requests`, {
      version: p.version,
      stages,
      reason: 'Later.',
    });
    expect(res).toMatchObject({ applied: false, request: { status: 'pending', tier: 'medium' } });
    expect(res.plan.stages[2].name).toBe('Third team');
    const before = await databaseDigest(t.db);
    expectProblem(
      await call(lead, 'POST', `/api/v1/expansion-plans/${p.id}/change-requests/${res.request.id}/apply`),
      400,
      'params.requestId',
    );
    expect(await databaseDigest(t.db)).toEqual(before);
    const request = await ok(owner, 'GET', `/api/v1/decisions/requests/${res.request.id}`);
    await ok(owner, 'POST', `/api/v1/decisions/requests/${res.request.id}/decision`, {
      version: request.request.version,
      verdict: 'approve',
    });
    const applied = await ok(
      lead,
      'POST',
      `/api/v1/expansion-plans/${p.id}/change-requests/${res.request.id}/apply`,
    );
    expect(applied.stages[2].name).toBe('Third team, later');
    expect(applied.version).toBe(p.version + 1);
    expectProblem(
      await call(lead, 'POST', `/api/v1/expansion-plans/${p.id}/change-requests/${res.request.id}/apply`),
      409,
    );
  });
});
