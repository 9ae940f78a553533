import { SELF_ASSESSMENT_QUESTIONS, STATUS_LABELS } from '@trellis/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { auditEventsSince, databaseDigest, expectJson, expectProblem, lastAuditId } from '../../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { createChangeImpact } from '../../capacity/services/change-impacts';
import { createOrgUnit } from '../../capacity/services/org-units';
import { submitDecisionRequest } from '../../decisions/services/decision-requests';
import { type ApiCall, buildFreshPilot, FRESH_STANDARD } from '../../demo/test/fresh-pilot';
import { createExperiment } from '../../learning/services/experiments';
import { proposeIdea } from '../../learning/services/ideas';
import { transitionApplication } from '../../portfolio/services/application-stages';
import { createApplication } from '../../portfolio/services/applications';
import { Diagnostic, ExecutiveSummary, Maturity, Snapshot } from './diagnostic-schemas';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

const ctxOf = (organizationId: string): OrgContext => ({
  organizationId,
  role: 'owner',
  actor: { type: 'system', id: null, name: 'test' },
  requestId: 'test',
});
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

async function experiments(tx: Tx, ctx: OrgContext, applicationId: string, count: number) {
  for (let i = 0; i < count; i++)
    await createExperiment(tx, ctx, {
      applicationId,
      title: `Try ${i}`,
      hypothesis: 'Shorter prompts cut review time',
      design: 'before_after',
      metrics: [{ name: 'Review time', unit: 'min', direction: 'decrease' }],
      startsOn: daysAgo(3 + i),
    });
}

/**
 * The scenarios describe organizations in use for months: their applications were registered 90 days ago
 * (only the clock is moved back), so a rate per month has the month of history it needs.
 */
async function inUseForMonths(tx: Tx, ctx: OrgContext) {
  await tx.execute(
    sql`UPDATE applications SET created_at = now() - interval '90 days' WHERE organization_id = ${ctx.organizationId}`,
  );
}

/** Too much change on a small team, an expansion with no core review, a pilot without a standard. */
async function scaleEverything(tx: Tx, ctx: OrgContext) {
  const team = await createOrgUnit(tx, ctx, { name: 'Onboarding', kind: 'team', headcount: 4 });
  // Capacity 10 × 4 = 40 points a month; 5 × 3 aspects × 4 people = 60 points: ratio 1.5.
  await createChangeImpact(tx, ctx, {
    orgUnitId: team.id,
    title: 'New authoring tool',
    aspects: { tools: 5, process: 5, skills: 5 },
    peopleAffected: 4,
    startDate: isoDay(daysAgo(120)),
    endDate: isoDay(new Date(Date.now() + 120 * DAY)),
  });
  const app = await createApplication(tx, ctx, { name: 'Quiz drafting', stage: 'pilot' });
  await transitionApplication(tx, ctx, app.id, {
    to: 'expanding',
    reason: 'Everyone wants it',
    version: app.version,
  });
  await experiments(tx, ctx, app.id, 2);
  await inUseForMonths(tx, ctx);
}

/** Old waiting requests, a low-risk application registered as medium, no experiments, stale ideas. */
async function governanceFirst(tx: Tx, ctx: OrgContext) {
  const app = await createApplication(tx, ctx, {
    name: 'Needs analysis',
    stage: 'evaluating',
    riskTier: 'medium',
  });
  for (let i = 0; i < 2; i++)
    await submitDecisionRequest(tx, ctx, {
      decisionType: 'admit_to_pilot',
      applicationId: app.id,
      title: `Admit to pilot ${i}`,
      now: daysAgo(20 + i),
    });
  for (let i = 0; i < 5; i++) await proposeIdea(tx, ctx, { title: `Idea ${i}`, description: 'Worth a look' });
  await tx.execute(
    // Ideas nobody has touched for six weeks (the service stamps now; only the clock is moved back).
    sql`UPDATE ideas SET created_at = now() - interval '42 days', updated_at = now() - interval '42 days' WHERE organization_id = ${ctx.organizationId}`,
  );
  await inUseForMonths(tx, ctx);
}

/** Light load, a pilot under a standard-free idea stage, quick low-risk decisions, steady experiments. */
async function strategicExpansion(tx: Tx, ctx: OrgContext) {
  const team = await createOrgUnit(tx, ctx, { name: 'Design', kind: 'team', headcount: 10 });
  // 2 × 1 aspect × 10 people = 20 of 100 points: ratio 0.2.
  await createChangeImpact(tx, ctx, {
    orgUnitId: team.id,
    title: 'Shared prompt library',
    aspects: { tools: 2 },
    peopleAffected: 10,
    startDate: isoDay(daysAgo(100)),
    endDate: isoDay(new Date(Date.now() + 30 * DAY)),
  });
  const app = await createApplication(tx, ctx, { name: 'Course outlines', stage: 'evaluating' });
  await submitDecisionRequest(tx, ctx, {
    decisionType: 'admit_to_pilot',
    applicationId: app.id,
    title: 'Admit',
  });
  await experiments(tx, ctx, app.id, 3);
  // An idea raised six weeks ago and decided on last week: none stuck.
  await proposeIdea(tx, ctx, { title: 'Reuse outlines across courses', description: 'Worth a look' });
  await tx.execute(
    sql`UPDATE ideas SET created_at = now() - interval '42 days', updated_at = now() - interval '7 days' WHERE organization_id = ${ctx.organizationId}`,
  );
  await inUseForMonths(tx, ctx);
}

describe.each(testEngines())('strategy diagnostic (%s)', (engine) => {
  let t: TestApp;
  let scale: TestPerson;
  let governance: TestPerson;
  let middle: TestPerson;
  const get = (url: string, who: TestPerson) => t.app.inject({ method: 'GET', url, headers: who.headers });

  beforeAll(async () => {
    t = await createTestApp(engine);
    scale = await createOrganizationWithOwner(t.db);
    governance = await createOrganizationWithOwner(t.db);
    middle = await createOrganizationWithOwner(t.db);
    await t.db.tenant(scale.organizationId, (tx) => scaleEverything(tx, ctxOf(scale.organizationId)));
    await t.db.tenant(governance.organizationId, (tx) =>
      governanceFirst(tx, ctxOf(governance.organizationId)),
    );
    await t.db.tenant(middle.organizationId, (tx) => strategicExpansion(tx, ctxOf(middle.organizationId)));
  });
  afterAll(() => t.close());

  const indicatorValue = (d: { indicators: Array<{ key: string; value: number | null }> }, key: string) =>
    d.indicators.find((i) => i.key === key)!.value;

  it('puts an organization that expands past its people and evidence toward scale-everything', async () => {
    const d = expectJson(await get('/api/v1/diagnostic', scale), 200, Diagnostic);
    expect(indicatorValue(d, 'change_load')).toBeCloseTo(1.5, 9);
    expect(indicatorValue(d, 'unreviewed_expansions')).toBe(1);
    expect(indicatorValue(d, 'ai_without_standard')).toBe(1);
    expect(indicatorValue(d, 'experiment_rate')).toBe(2);
    // No decision, idea, alarm, pulse or reviewed output yet: those say so and do not move the position.
    expect(indicatorValue(d, 'decision_lead_time')).toBeNull();
    expect(d.position.withoutData).toEqual(
      expect.arrayContaining(['drift_alarms', 'pulse_wellbeing', 'decision_lead_time', 'ideas_stuck']),
    );
    expect(d.position.zone).toBe('scale_everything');
    expect(d.position.position).toBe(-1);
    expect(d.position.drivers.map((x) => x.key)).toEqual([
      'ai_without_standard',
      'change_load',
      'unreviewed_expansions',
    ]);
    const load = d.indicators.find((i) => i.key === 'change_load')!;
    expect(load.trend).toHaveLength(3);
    expect(load.action.href).toBe('/capacity');
  });

  it('puts an organization where decisions wait and nothing is tried toward governance-first', async () => {
    const d = expectJson(await get('/api/v1/diagnostic', governance), 200, Diagnostic);
    // Two requests waiting 20 and 21 days: median age 20.5 days.
    expect(indicatorValue(d, 'open_request_age')!).toBeCloseTo(20.5 * 24, 0);
    // Medium only because the application was registered so.
    expect(indicatorValue(d, 'low_risk_full_review')).toBe(1);
    expect(indicatorValue(d, 'experiment_rate')).toBe(0);
    expect(indicatorValue(d, 'ideas_stuck')).toBe(5);
    expect(d.position.zone).toBe('governance_first');
    expect(d.position.position).toBe(1);
    expect(d.position.drivers).toHaveLength(3);
    expect(d.position.drivers.every((x) => x.side === 'governance_first')).toBe(true);
  });

  it('puts a balanced organization in the middle: strategic expansion', async () => {
    const d = expectJson(await get('/api/v1/diagnostic', middle), 200, Diagnostic);
    expect(indicatorValue(d, 'change_load')).toBeCloseTo(0.2, 9);
    // A low-risk request is approved at once: lead time 0.
    expect(indicatorValue(d, 'decision_lead_time')).toBe(0);
    expect(indicatorValue(d, 'experiment_rate')).toBe(3);
    expect(indicatorValue(d, 'ideas_stuck')).toBe(0);
    expect(d.position.zone).toBe('strategic_expansion');
    expect(d.position.position).toBe(0);
    expect(d.position.drivers).toEqual([]);
  });

  it('records one monthly maturity snapshot, audited, however often the diagnostic is read', async () => {
    const who = await createOrganizationWithOwner(t.db);
    const since = await lastAuditId(t.db, who.organizationId);
    await get('/api/v1/diagnostic', who);
    await get('/api/v1/diagnostic', who);
    const m = expectJson(await get('/api/v1/diagnostic/maturity', who), 200, Maturity);
    expect(m.history.map((s) => s.reason)).toEqual(['monthly']);
    expect(m.questions).toHaveLength(SELF_ASSESSMENT_QUESTIONS.length);
    const events = await auditEventsSince(t.db, who.organizationId, since);
    expect(events.map((e) => e.action)).toEqual(['maturity_snapshot.recorded']);
  });

  it('takes a self-assessment (lead), stores who and when, and scores maturity with it', async () => {
    const lead = await createMember(t.db, middle.organizationId, 'lead');
    const answers = Object.fromEntries(SELF_ASSESSMENT_QUESTIONS.map((q) => [q.key, 5]));
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/diagnostic/self-assessments',
      headers: lead.headers,
      payload: { answers },
    });
    const snapshot = expectJson(res, 201, Snapshot);
    expect(snapshot.reason).toBe('self_assessment');
    const absorption = snapshot.scores.find((s) => s.capability === 'change_absorption')!;
    // Self 100; data: change load 0.2 → pressure 0, no pulse → 100; mean 100.
    expect(absorption.selfScore).toBe(100);
    expect(absorption.score).toBe(100);
    const m = expectJson(await get('/api/v1/diagnostic/maturity', middle), 200, Maturity);
    expect(m.latestAssessment?.takenByName).toBe('A lead');
    expect(m.history.at(-1)?.id).toBe(snapshot.id);
  });

  it('refuses a bad self-assessment with the field at fault, changing nothing, and a reviewer', async () => {
    const before = await databaseDigest(t.db);
    const answers = Object.fromEntries(SELF_ASSESSMENT_QUESTIONS.map((q) => [q.key, 3]));
    const post = (who: TestPerson, payload: object) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/diagnostic/self-assessments',
        headers: who.headers,
        payload,
      });
    expectProblem(await post(middle, { answers: { ...answers, q_drift: 7 } }), 400, 'body.answers.q_drift');
    expectProblem(await post(middle, { answers: { ...answers, other: 2 } }), 400, 'body.answers.other');
    expectProblem(await post(middle, {}), 400, 'body.answers');
    expect(await databaseDigest(t.db)).toEqual(before);
    const reviewer = await createMember(t.db, middle.organizationId, 'reviewer');
    const afterMember = await databaseDigest(t.db);
    expectProblem(await post(reviewer, { answers }), 403);
    expect(await databaseDigest(t.db)).toEqual(afterMember);
  });

  it('summarizes for executives, as JSON and as a Markdown file', async () => {
    const s = expectJson(await get('/api/v1/executive-summary', scale), 200, ExecutiveSummary);
    expect(s.portfolio.find((p) => p.stage === 'expanding')).toEqual({
      stage: 'expanding',
      count: 1,
      applications: ['Quiz drafting'],
    });
    expect(s.diagnostic.position.zone).toBe('scale_everything');
    const md = await get('/api/v1/executive-summary.md', scale);
    expect(md.statusCode).toBe(200);
    expect(md.headers['content-type']).toMatch(/^text\/markdown/);
    expect(md.headers['content-disposition']).toMatch(/attachment; filename="trellis-executive-summary-/);
    expect(md.body).toContain('Position: **Toward scale-everything**');
    expect(md.body).toContain('| expanding | 1 | Quiz drafting |');
    expect(md.body).toContain('The optimizer has not been run yet');
    expect(md.body).toContain('http://trellis.test/capacity');
  });

  it('judges a fresh pilot too early to tell, and agrees with the quality dashboard once it can', async () => {
    // Set up 15 minutes ago: a pilot with a 1% standard, 50 outputs (12 German), 2 reviews, one German failure.
    const fresh = await createOrganizationWithOwner(t.db);
    const api: ApiCall = (method, url, payload) =>
      t.app.inject({ method, url, headers: fresh.headers, ...(payload ? { payload } : {}) }).then((r) => ({
        status: r.statusCode,
        json: () => r.json(),
      }));
    const pilot = await buildFreshPilot(api);
    expect(pilot.reviews).toBe(2);
    const s = expectJson(await get('/api/v1/executive-summary', fresh), 200, ExecutiveSummary);
    const d = s.diagnostic;
    const byKey = (key: string) => d.indicators.find((i) => i.key === key)!;
    // No verdict before evidence: no experiment yet is not an alarm 15 minutes after setup.
    expect(byKey('experiment_rate')).toMatchObject({ value: 0, status: 'too_early', pressure: null });
    expect(byKey('experiment_rate').evidence.days).toBeLessThan(1);
    expect(d.position.zone).toBe('too_early');
    expect(d.position.drivers).toEqual([]);
    // Whatever the dashboard says on a review or two (with the qualification start every output waits for
    // review, so its outgoing estimate rests on the two reviewed), the indicator says the same and that so few
    // reviews are too few to call it.
    const dashboard = (await get(`/api/v1/workflows/${pilot.workflowId}/quality`, fresh)).json();
    expect(byKey('outgoing_over_limit')).toMatchObject({
      value: dashboard.total.outgoingRate.estimate > dashboard.outgoingLimit ? 1 : 0,
      status: 'too_early',
      evidence: { count: pilot.reviews, days: 0 },
    });
    // One healthy figure (the application has a standard) does not make quality that scales 100.
    expect(byKey('ai_without_standard')).toMatchObject({ value: 0, status: 'healthy' });
    const quality = d.maturity.find((m) => m.capability === 'quality_that_scales')!;
    expect(quality).toMatchObject({ dataScore: null, score: null, judged: 1, indicators: 5 });
    const md = (await get('/api/v1/executive-summary.md', fresh)).body;
    expect(md).toContain('Position: **Too early to tell**');
    expect(md).not.toContain('governance-first**');
    expect(md).toContain('| Quality that scales | too early | too early (1 of 5 indicators) |');

    // A second task reviewed in full: 30 outputs, 12 reviews, one failure. Its dashboard figure is the one
    // the indicator judges now (the first task still has too few reviews to count).
    const task = (
      await api('POST', `/api/v1/applications/${pilot.applicationId}/tasks`, { name: 'Grade' })
    ).json() as {
      id: string;
    };
    const std = await api('POST', `/api/v1/workflows/${task.id}/standards`, {
      ...FRESH_STANDARD,
      policy: 'full',
    });
    expect(std.status).toBe(201);
    const outputs = Array.from({ length: 30 }, (_, i) => ({ clientId: `g-${i}`, content: `Answer ${i}` }));
    await api('POST', `/api/v1/workflows/${task.id}/outputs/batch`, { outputs });
    for (let i = 0; i < 12; i++) {
      const item = (await api('POST', `/api/v1/workflows/${task.id}/queue/next`)).json() as {
        output: { id: string };
      };
      const review = await api('POST', `/api/v1/outputs/${item.output.id}/reviews`, {
        answers: { accurate: i > 0, tone: 4 },
        timeSpentMs: 20_000,
      });
      expect(review.status).toBe(201);
    }
    const after = (await get(`/api/v1/workflows/${task.id}/quality`, fresh)).json();
    expect(after.total.reviewed).toBe(12);
    const d2 = expectJson(await get('/api/v1/diagnostic', fresh), 200, Diagnostic);
    const over = after.total.outgoingRate.estimate > after.outgoingLimit;
    const outgoing = d2.indicators.find((i) => i.key === 'outgoing_over_limit')!;
    expect(outgoing.value).toBe(over ? 1 : 0);
    expect(outgoing.status).toBe(over ? 'alarm' : 'healthy');
    expect(outgoing.evidence.count).toBe(12);
    const q2 = d2.maturity.find((m) => m.capability === 'quality_that_scales')!;
    expect(q2.judged).toBeGreaterThanOrEqual(2);
    // One of the judged quality indicators at full pressure: the data score cannot read 100.
    if (over) expect(q2.dataScore === null || q2.dataScore < 100).toBe(true);
  });

  it('leads a new organization through its first pilot, each step checked off from the data', async () => {
    const fresh = await createOrganizationWithOwner(t.db);
    const api: ApiCall = (method, url, payload) =>
      t.app
        .inject({ method, url, headers: fresh.headers, ...(payload ? { payload } : {}) })
        .then((r) => ({ status: r.statusCode, json: () => r.json() }));
    const checklist = async () => {
      const res = await get('/api/v1/diagnostic/first-run', fresh);
      expect(res.statusCode).toBe(200);
      return res.json() as {
        steps: Array<{ key: string; done: boolean; count: number }>;
        next: string | null;
      };
    };
    const empty = await checklist();
    expect(empty.steps.map((s) => s.key)).toEqual([
      'application',
      'task',
      'standard',
      'token',
      'outputs',
      'review',
      'evidence',
    ]);
    expect(empty.steps.every((s) => !s.done)).toBe(true);
    expect(empty.next).toBe('application');
    await buildFreshPilot(api);
    const built = await checklist();
    const done = Object.fromEntries(built.steps.map((s) => [s.key, s.done]));
    // Outputs were logged in a session here, not with a token: the token step stays open and is next.
    expect(done).toEqual({
      application: true,
      task: true,
      standard: true,
      token: false,
      outputs: true,
      review: true,
      evidence: false,
    });
    expect(built.steps.find((s) => s.key === 'outputs')!.count).toBe(50);
    expect(built.steps.find((s) => s.key === 'review')!.count).toBe(2);
    expect(built.next).toBe('token');
    // Another organization's pilot checks nothing off here.
    const other = await createOrganizationWithOwner(t.db);
    const res = (await get('/api/v1/diagnostic/first-run', other)).json() as { next: string };
    expect(res.next).toBe('application');
  });

  it('shows the same status in the JSON and the Markdown for every indicator', async () => {
    for (const who of [scale, governance, middle]) {
      const d = expectJson(await get('/api/v1/diagnostic', who), 200, Diagnostic);
      const md = (await get('/api/v1/executive-summary.md', who)).body;
      for (const i of d.indicators) {
        const row = md.split('\n').find((line) => line.startsWith(`| ${i.label} |`))!;
        expect(row.split('|').at(-2)!.trim(), i.key).toBe(STATUS_LABELS[i.status]);
      }
    }
  });

  it('keeps organizations apart and needs a session', async () => {
    const other = await createOrganizationWithOwner(t.db);
    const d = expectJson(await get('/api/v1/diagnostic', other), 200, Diagnostic);
    expect(d.indicators.every((i) => i.value === null && i.status === 'no_data')).toBe(true);
    expect(d.position.zone).toBe('too_early');
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/diagnostic' }), 401);
  });
});
