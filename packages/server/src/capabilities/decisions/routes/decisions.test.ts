import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { selectRows } from '../../../platform/db/rows';
import { auditEventsSince, databaseDigest, expectProblem, lastAuditId } from '../../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { applications } from '../../portfolio/portfolio-schema';
import { createApplication } from '../../portfolio/services/applications';
import { workflows } from '../../quality/quality-schema';
import { createWorkflow } from '../../quality/services/workflows';
import { runDecisionDeadlines } from '../services/decision-deadlines';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
type Headers = Record<string, string>;

const systemCtx = (organizationId: string): OrgContext => ({
  organizationId,
  role: 'owner',
  actor: { type: 'system', id: null, name: 'test' },
  requestId: 'test',
});

describe.each(testEngines())('decisions (%s)', (engine) => {
  let t: TestApp;
  let owner: TestPerson;
  let admin: TestPerson;
  let lead: TestPerson;
  let reviewer: TestPerson;
  let contributor: TestPerson;
  let apps: { id: string; name: string }[];
  const call = async (method: string, url: string, headers: Headers, payload?: object) =>
    t.app.inject({
      method: method as 'GET',
      url: `/api/v1/decisions${url}`,
      headers,
      ...(payload ? { payload } : {}),
    });

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await createOrganizationWithOwner(t.db);
    admin = await createMember(t.db, owner.organizationId, 'admin');
    lead = await createMember(t.db, owner.organizationId, 'lead');
    reviewer = await createMember(t.db, owner.organizationId, 'reviewer');
    contributor = await createMember(t.db, owner.organizationId, 'contributor');
    const ctx = systemCtx(owner.organizationId);
    apps = await t.db.tenant(owner.organizationId, async (tx) => [
      await createApplication(tx, ctx, { name: 'Quiz drafting' }),
      await createApplication(tx, ctx, { name: 'Needs analysis' }),
      await createApplication(tx, ctx, { name: 'Learner chatbot' }),
    ]);
  });
  afterAll(() => t.close());

  it('creates the starter rubric only when asked, versions edits and refuses bad weights and stale edits', async () => {
    expect((await call('GET', '/rubrics', owner.headers)).json().items).toEqual([]);
    expectProblem(await call('POST', '/rubrics/starter', lead.headers), 403);
    const starter = await call('POST', '/rubrics/starter', admin.headers);
    expect(starter.statusCode, starter.body).toBe(201);
    const rubric = starter.json();
    expect(rubric.current.criteria.map((c: { key: string }) => c.key)).toEqual([
      'value',
      'feasibility',
      'risk',
      'readiness',
    ]);
    expect(rubric.current.criteria.find((c: { key: string }) => c.key === 'risk').direction).toBe('cost');

    const { id, name, current } = rubric;
    const edit = { name, criteria: current.criteria, knockOuts: current.knockOuts, baseVersion: 1 };
    const before = await databaseDigest(t.db);
    const negative = {
      ...edit,
      criteria: [{ ...current.criteria[0], weight: -1 }, ...current.criteria.slice(1)],
    };
    expectProblem(
      await call('PUT', `/rubrics/${id}`, admin.headers, negative),
      400,
      'body.criteria.0.weight',
    );
    const zero = { ...edit, criteria: current.criteria.map((c: object) => ({ ...c, weight: 0 })) };
    expectProblem(await call('PUT', `/rubrics/${id}`, admin.headers, zero), 400, 'body.criteria');
    expect(await databaseDigest(t.db)).toEqual(before);

    const v2 = await call('PUT', `/rubrics/${id}`, admin.headers, {
      ...edit,
      criteria: current.criteria.map((c: { key: string }) => (c.key === 'value' ? { ...c, weight: 40 } : c)),
    });
    expect(v2.statusCode, v2.body).toBe(200);
    expect(v2.json().currentVersion).toBe(2);
    const stale = await databaseDigest(t.db);
    expectProblem(await call('PUT', `/rubrics/${id}`, owner.headers, edit), 409);
    expect(await databaseDigest(t.db)).toEqual(stale);
    const versions = (await call('GET', `/rubrics/${id}`, reviewer.headers)).json().versions;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
  });

  it('keeps assessors independent until they submit, then shows spread, disagreement and ranking', async () => {
    const rubric = (await call('GET', '/rubrics', owner.headers)).json().items[0];
    const evaluation = await call('POST', '/evaluations', lead.headers, {
      title: 'Next pilots',
      rubricId: rubric.id,
      applicationIds: apps.map((a) => a.id),
      assessorIds: [lead.userId, reviewer.userId],
    });
    expect(evaluation.statusCode, evaluation.body).toBe(201);
    const id = evaluation.json().id;
    const sheet = (applicationId: string, value: number, knockOuts: string[] = []) => ({
      applicationId,
      levels: { value, feasibility: 4, risk: 2, readiness: 3 },
      knockOuts,
    });

    const before = await databaseDigest(t.db);
    const outOfScale = { sheets: [sheet(apps[0]!.id, 6), sheet(apps[1]!.id, 3), sheet(apps[2]!.id, 3)] };
    expectProblem(
      await call('POST', `/evaluations/${id}/scores`, lead.headers, outOfScale),
      400,
      'body.sheets.0.levels.value',
    );
    const missing = { sheets: [sheet(apps[0]!.id, 5)] };
    expectProblem(await call('POST', `/evaluations/${id}/scores`, lead.headers, missing), 400, 'body.sheets');
    expectProblem(
      await call('POST', `/evaluations/${id}/scores`, contributor.headers, {
        sheets: [sheet(apps[0]!.id, 3)],
      }),
      403,
    );
    expect(await databaseDigest(t.db)).toEqual(before);

    const leadSheets = {
      sheets: [
        sheet(apps[0]!.id, 5),
        sheet(apps[1]!.id, 2),
        sheet(apps[2]!.id, 4, ['personal_data_no_agreement']),
      ],
    };
    expect((await call('POST', `/evaluations/${id}/scores`, lead.headers, leadSheets)).statusCode).toBe(204);
    expectProblem(await call('POST', `/evaluations/${id}/scores`, lead.headers, leadSheets), 409);

    // The reviewer has not submitted: the server sends none of the lead's scores and no results.
    const hidden = (await call('GET', `/evaluations/${id}`, reviewer.headers)).json();
    expect(hidden.canSeeResults).toBe(false);
    expect(hidden.sheets).toEqual([]);
    expect(hidden.results).toBeNull();
    expect(hidden.assessors.find((a: { userId: string }) => a.userId === lead.userId).submitted).toBe(true);

    const reviewerSheets = { sheets: [sheet(apps[0]!.id, 5), sheet(apps[1]!.id, 4), sheet(apps[2]!.id, 5)] };
    expect(
      (await call('POST', `/evaluations/${id}/scores`, reviewer.headers, reviewerSheets)).statusCode,
    ).toBe(204);
    const shown = (await call('GET', `/evaluations/${id}`, reviewer.headers)).json();
    expect(shown.sheets).toHaveLength(6);
    const [first, second, third] = shown.results.candidates;
    // Weights 40/25/20/20 (sum 105); risk is a cost (6 − 2 = 4). Quiz: (40·5 + 25·4 + 20·4 + 20·3)/105 = 440/105.
    expect(first.candidateId).toBe(apps[0]!.id);
    expect(first.mean).toBeCloseTo(440 / 105, 10);
    // Needs analysis: value 2 and 4 → (320/105 + 400/105)/2 = 360/105; range 2 → disagreement.
    expect(second.candidateId).toBe(apps[1]!.id);
    expect(second.mean).toBeCloseTo(360 / 105, 10);
    expect(second.criteria.find((c: { key: string }) => c.key === 'value').disagreement).toBe(true);
    expect(third.candidateId).toBe(apps[2]!.id);
    expect(third.knockedOut[0].by).toEqual([lead.userId]);
    // Sensitivity between the two eligible: value weight where they tie — both score the same elsewhere,
    // so only value separates them, and no other weight in [0, 1) reorders them except at value = 0.
    const valueFlip = shown.results.sensitivity.find((s: { criterion: string }) => s.criterion === 'value');
    expect(valueFlip.flipWeight).toBeCloseTo(0, 10);
  });

  it('recommends an automation mode from the questionnaire and refuses automate without a standard', async () => {
    const workflow = await t.db.tenant(owner.organizationId, async (tx) => {
      const w = await createWorkflow(tx, systemCtx(owner.organizationId), { name: 'Draft quiz items' });
      await tx.update(workflows).set({ applicationId: apps[0]!.id }).where(sql`${workflows.id} = ${w.id}`);
      return w;
    });
    const answers = {
      errorCost: 'low',
      reversibility: 'easy',
      judgment: 'none',
      regulated: false,
      volume: 'high',
    };
    const rec = (
      await call('POST', `/workflows/${workflow.id}/boundary/recommendation`, reviewer.headers, answers)
    ).json();
    expect(rec.mode).toBe('ai_drafts_human_approves');
    expect(rec.reasons.find((r: { decisive: boolean }) => r.decisive).answer).toBe('quality');

    const before = await databaseDigest(t.db);
    const choice = { answers, mode: 'automate', rationale: 'Cheap errors', reviewOn: '2099-01-01' };
    expectProblem(
      await call('POST', `/workflows/${workflow.id}/boundary`, lead.headers, choice),
      400,
      'body.mode',
    );
    expectProblem(await call('POST', `/workflows/${workflow.id}/boundary`, reviewer.headers, choice), 403);
    expectProblem(
      await call('POST', `/workflows/${workflow.id}/boundary`, lead.headers, {
        ...choice,
        mode: 'ai_assists',
        reviewOn: '2000-01-01',
      }),
      400,
      'body.reviewOn',
    );
    expect(await databaseDigest(t.db)).toEqual(before);

    const set = await call('POST', `/workflows/${workflow.id}/boundary`, lead.headers, {
      ...choice,
      mode: 'ai_drafts_human_approves',
    });
    expect(set.statusCode, set.body).toBe(201);
    expect(set.json().qaDefault.approverAudit).toEqual({ policy: 'fixed-rate', fraction: 0.05 });
    const tasks = (await call('GET', `/applications/${apps[0]!.id}/tasks`, reviewer.headers)).json();
    expect(tasks.tasks[0].boundary.mode).toBe('ai_drafts_human_approves');
    const log = (await call('GET', '/log', reviewer.headers)).json().items;
    expect(log[0]).toMatchObject({
      kind: 'automation_boundary',
      rationale: 'Cheap errors',
      decidedBy: 'A lead',
    });
    expect(log[0].evidence.answers).toEqual(answers);
  });

  it('approves low risk at once and notifies the Informed; medium waits, is reminded once, and only the Accountable approves', async () => {
    await t.db.system((tx) =>
      tx
        .update(applications)
        .set({ dataSensitivity: 'confidential' })
        .where(sql`${applications.id} = ${apps[1]!.id}`),
    );
    const low = await call('POST', '/requests', lead.headers, {
      decisionType: 'admit_to_pilot',
      applicationId: apps[0]!.id,
      title: 'Pilot quiz drafting in Sales enablement',
    });
    expect(low.statusCode, low.body).toBe(201);
    expect(low.json()).toMatchObject({ tier: 'low', status: 'approved' });
    const informed = await t.db.system((tx) =>
      selectRows<{ user_id: string }>(
        tx,
        sql`SELECT user_id FROM notifications WHERE kind = 'decision.approved' AND entity_id = ${low.json().id}`,
      ),
    );
    expect(informed.map((n) => n.user_id).sort()).toEqual([contributor.userId, lead.userId].sort());

    const submittedAt = new Date();
    const medium = (
      await call('POST', '/requests', lead.headers, {
        decisionType: 'admit_to_pilot',
        applicationId: apps[1]!.id,
        title: 'Pilot needs analysis with HR data',
      })
    ).json();
    expect(medium).toMatchObject({ tier: 'medium', status: 'pending', version: 1 });
    expect(medium.tierReasons[0].text).toBe('Confidential data');

    const before = await databaseDigest(t.db);
    const approve = { version: 1, verdict: 'approve' };
    expectProblem(await call('POST', `/requests/${medium.id}/decision`, lead.headers, approve), 403);
    expectProblem(await call('POST', `/requests/${medium.id}/decision`, admin.headers, approve), 403);
    expectProblem(
      await call('POST', `/requests/${medium.id}/decision`, owner.headers, { ...approve, version: 2 }),
      409,
    );
    expect(await databaseDigest(t.db)).toEqual(before);

    const hook = await t.app.inject({
      method: 'POST',
      url: '/api/v1/webhooks',
      headers: owner.headers,
      payload: { url: 'https://hooks.example.com/reminders', events: ['decision.reminded'] },
    });
    expect(hook.statusCode, hook.body).toBe(201);
    // 37 hours later the reminder is due (half of 72 h); two servers' jobs run at once: one reminder.
    const later = new Date(submittedAt.getTime() + 37 * 3_600_000);
    const runs = await Promise.all([
      runDecisionDeadlines(t.db, { now: later }),
      runDecisionDeadlines(t.db, { now: later }),
    ]);
    expect(runs.reduce((s, r) => s + r.reminded, 0)).toBe(1);
    expect((await runDecisionDeadlines(t.db, { now: later })).reminded).toBe(0);
    const reminders = await t.db.system((tx) =>
      selectRows<{ user_id: string }>(
        tx,
        sql`SELECT user_id FROM notifications WHERE kind = 'decision.reminder'`,
      ),
    );
    expect(reminders.map((r) => r.user_id)).toEqual([owner.userId]);
    // …and one decision.reminded webhook event, with its deadline.
    const remindedEvents = await t.db.system((tx) =>
      selectRows<{ payload: { data: { requestId: string; dueAt: string } } }>(
        tx,
        sql`SELECT payload FROM webhook_deliveries WHERE event = 'decision.reminded'`,
      ),
    );
    expect(remindedEvents.map((e) => e.payload.data.requestId)).toEqual([medium.id]);
    expect(remindedEvents[0]!.payload.data.dueAt).toBe(medium.dueAt);

    const sinceId = await lastAuditId(t.db, owner.organizationId);
    const approved = await call('POST', `/requests/${medium.id}/decision`, owner.headers, {
      ...approve,
      comment: 'Agreement in place.',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().status).toBe('approved');
    const actions = (await auditEventsSince(t.db, owner.organizationId, sinceId)).map((e) => e.action);
    expect(actions).toEqual(['decision_request.approval_given', 'decision_request.approved']);
    expectProblem(await call('POST', `/requests/${medium.id}/decision`, owner.headers, approve), 409);

    // Editing after approval reopens it: a new version, approvals reset.
    const edited = await call('PATCH', `/requests/${medium.id}`, lead.headers, {
      version: 1,
      title: 'Pilot needs analysis (HR + Finance)',
    });
    expect(edited.json()).toMatchObject({ status: 'pending', version: 2 });
    const detail = (await call('GET', `/requests/${medium.id}`, owner.headers)).json();
    expect(detail.canDecide).toBe(true);
    const log = (await call('GET', '/log', owner.headers)).json().items;
    const entry = log.find((l: { requestId: string }) => l.requestId === medium.id);
    expect(entry.evidence.approvals[0]).toMatchObject({ approver: 'Owner', comment: 'Agreement in place.' });

    const metrics = await call(
      'GET',
      `/metrics?from=${encodeURIComponent(new Date(Date.now() - 3_600_000).toISOString())}&to=${encodeURIComponent(new Date(Date.now() + 1000).toISOString())}`,
      lead.headers,
    );
    expect(metrics.json()).toMatchObject({ decided: 1, approved: 1, open: 1, selfServeShare: 1 });
  });

  it('validates the decision-rights grid and hides another organization’s requests', async () => {
    const grid = (await call('GET', '/rights', reviewer.headers)).json();
    expect(grid.isDefault).toBe(true);
    const before = await databaseDigest(t.db);
    const twoAccountable = grid.cells.map((c: { role: string; decisionType: string }) =>
      c.decisionType === 'retire' && c.role === 'admin' ? { ...c, letter: 'A' } : c,
    );
    const bad = expectProblem(await call('PUT', '/rights', owner.headers, { cells: twoAccountable }), 400);
    expect(bad.errors![0]!.message).toMatch(/exactly one Accountable/);
    expectProblem(await call('PUT', '/rights', lead.headers, { cells: grid.cells }), 403);
    expect(await databaseDigest(t.db)).toEqual(before);
    const leadAccountable = grid.cells.map((c: { role: string; decisionType: string; letter: string }) =>
      c.decisionType === 'admit_to_pilot'
        ? { ...c, letter: c.role === 'lead' ? 'A' : c.role === 'owner' ? 'R' : c.letter }
        : c,
    );
    expect((await call('PUT', '/rights', owner.headers, { cells: leadAccountable })).statusCode).toBe(200);

    const other = await createOrganizationWithOwner(t.db);
    const mine = (await call('GET', '/requests', owner.headers)).json().items[0];
    expectProblem(await call('GET', `/requests/${mine.id}`, other.headers), 404);
    expectProblem(
      await call('POST', `/requests/${mine.id}/decision`, other.headers, { version: 1, verdict: 'approve' }),
      404,
    );
    expectProblem(await call('GET', '/requests', {}), 401);
  });
});
