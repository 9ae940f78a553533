import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { selectRows } from '../../../platform/db/rows';
import { databaseDigest, expectProblem } from '../../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { createOrgUnit } from '../../capacity/services/org-units';
import { applications } from '../../portfolio/portfolio-schema';
import { createApplication } from '../../portfolio/services/applications';
import { runDecisionDeadlines } from '../services/decision-deadlines';
import { decisionMetrics } from '../services/decision-log';
import { submitDecisionRequest } from '../services/decision-requests';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
type Headers = Record<string, string>;

const ctxOf = (person: TestPerson, name = 'Someone'): OrgContext => ({
  organizationId: person.organizationId,
  role: person.role,
  actor: { type: 'user', id: person.userId, name },
  requestId: 'test',
});

describe.each(testEngines())('decision approvals (%s)', (engine) => {
  let t: TestApp;
  let owner: TestPerson;
  let admin: TestPerson;
  let lead: TestPerson;
  let contributor: TestPerson;
  let high: { id: string };
  let low: { id: string };
  const call = async (method: string, url: string, headers: Headers, payload?: object) =>
    t.app.inject({
      method: method as 'GET',
      url: `/api/v1/decisions${url}`,
      headers,
      ...(payload ? { payload } : {}),
    });
  const deliveries = (event: string) =>
    t.db.system((tx) =>
      selectRows<{ payload: { data: { requestId: string } } }>(
        tx,
        sql`SELECT payload FROM webhook_deliveries WHERE event = ${event} ORDER BY id`,
      ),
    );

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await createOrganizationWithOwner(t.db);
    admin = await createMember(t.db, owner.organizationId, 'admin');
    lead = await createMember(t.db, owner.organizationId, 'lead');
    contributor = await createMember(t.db, owner.organizationId, 'contributor');
    const hook = await t.app.inject({
      method: 'POST',
      url: '/api/v1/webhooks',
      headers: owner.headers,
      payload: { url: 'https://hooks.example.com/trellis', events: ['*'] },
    });
    expect(hook.statusCode, hook.body).toBe(201);
    const ctx = ctxOf(owner);
    [high, low] = await t.db.tenant(owner.organizationId, async (tx) => [
      await createApplication(tx, ctx, { name: 'Learner coach', riskTier: 'high' }),
      await createApplication(tx, ctx, { name: 'Slide summaries' }),
    ]);
  });
  afterAll(() => t.close());

  it('needs two people for high risk, one of them Accountable, and sends the webhooks', async () => {
    const request = (
      await call('POST', '/requests', contributor.headers, {
        decisionType: 'expand_to_org_unit',
        applicationId: high.id,
        title: 'Coach for all new hires',
      })
    ).json();
    expect(request).toMatchObject({ tier: 'high', status: 'pending' });
    expect((await deliveries('decision.requested')).map((d) => d.payload.data.requestId)).toEqual([
      request.id,
    ]);

    // An admin (Responsible) approves first: recorded, still pending; the owner (Accountable) completes it.
    const first = await call('POST', `/requests/${request.id}/decision`, admin.headers, {
      version: 1,
      verdict: 'approve',
    });
    expect(first.json().status).toBe('pending');
    const detail = (await call('GET', `/requests/${request.id}`, admin.headers)).json();
    expect(detail).toMatchObject({ required: 2, canDecide: false });
    expectProblem(
      await call('POST', `/requests/${request.id}/decision`, admin.headers, {
        version: 1,
        verdict: 'approve',
      }),
      409,
    );
    const done = await call('POST', `/requests/${request.id}/decision`, owner.headers, {
      version: 1,
      verdict: 'approve',
    });
    expect(done.json().status).toBe('approved');
    expect((await deliveries('decision.approved')).map((d) => d.payload.data.requestId)).toEqual([
      request.id,
    ]);
  });

  it('rejects on an approver’s rejection, and two Responsible approvals do not replace the Accountable', async () => {
    const submit = async (title: string) =>
      (
        await call('POST', '/requests', contributor.headers, {
          decisionType: 'retire',
          applicationId: high.id,
          title,
        })
      ).json();
    const a = await submit('Retire the coach');
    await call('POST', `/requests/${a.id}/decision`, admin.headers, { version: 1, verdict: 'approve' });
    const two = await call('POST', `/requests/${a.id}/decision`, lead.headers, {
      version: 1,
      verdict: 'approve',
    });
    expect(two.json().status).toBe('pending');
    const b = await submit('Retire the coach now');
    const rejected = await call('POST', `/requests/${b.id}/decision`, owner.headers, {
      version: 1,
      verdict: 'reject',
      comment: 'Learners still rely on it.',
    });
    expect(rejected.json().status).toBe('rejected');
    expect((await deliveries('decision.rejected')).map((d) => d.payload.data.requestId)).toEqual([b.id]);
    expectProblem(
      await call('PATCH', `/requests/${b.id}`, contributor.headers, { version: 1, title: 'Again' }),
      409,
    );
  });

  it('approves a request matching a pre-approved pattern at once; high risk cannot be pre-approved', async () => {
    await t.db.system((tx) =>
      tx.update(applications).set({ audience: 'external' }).where(sql`${applications.id} = ${low.id}`),
    );
    const before = await databaseDigest(t.db);
    const pattern = {
      name: 'Standard rollout',
      decisionType: 'expand_to_org_unit',
      maxTier: 'high',
      payload: {},
    };
    expectProblem(await call('POST', '/patterns', owner.headers, pattern), 400, 'body.maxTier');
    expectProblem(await call('POST', '/patterns', lead.headers, { ...pattern, maxTier: 'medium' }), 403);
    expect(await databaseDigest(t.db)).toEqual(before);
    const created = await call('POST', '/patterns', owner.headers, {
      ...pattern,
      maxTier: 'medium',
      payload: { template: 'standard-rollout' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const matching = (
      await call('POST', '/requests', contributor.headers, {
        decisionType: 'expand_to_org_unit',
        applicationId: low.id,
        title: 'Summaries for Finance',
        payload: { template: 'standard-rollout' },
      })
    ).json();
    expect(matching).toMatchObject({
      tier: 'medium',
      status: 'approved',
      preapprovedPattern: created.json().id,
    });
    const other = (
      await call('POST', '/requests', contributor.headers, {
        decisionType: 'expand_to_org_unit',
        applicationId: low.id,
        title: 'Summaries for Legal',
        payload: { template: 'custom' },
      })
    ).json();
    expect(other).toMatchObject({ tier: 'medium', status: 'pending' });
  });

  it('escalates at the deadline once, to the approvers and the admins', async () => {
    const at = new Date('2030-01-01T09:00:00Z');
    const ctx = ctxOf(lead, 'A lead');
    const request = await t.db.tenant(owner.organizationId, (tx) =>
      submitDecisionRequest(tx, ctx, {
        decisionType: 'admit_to_pilot',
        applicationId: low.id,
        title: 'Summaries pilot',
        now: at,
      }),
    );
    expect(request.tier).toBe('medium');
    const after = (hours: number) => new Date(at.getTime() + hours * 3_600_000);
    const state = async () =>
      (
        await t.db.system((tx) =>
          selectRows<{ reminded_at: Date | null; escalated_at: Date | null }>(
            tx,
            sql`SELECT reminded_at, escalated_at FROM decision_requests WHERE id = ${request.id}`,
          ),
        )
      )[0]!;
    // Other tests' requests (submitted on the real clock) are due too; this one is followed by its own row.
    await runDecisionDeadlines(t.db, { now: after(35) });
    expect(await state()).toEqual({ reminded_at: null, escalated_at: null });
    await runDecisionDeadlines(t.db, { now: after(73) });
    expect(new Date((await state()).escalated_at!).toISOString()).toBe(after(73).toISOString());
    await runDecisionDeadlines(t.db, { now: after(80) });
    expect(new Date((await state()).escalated_at!).toISOString()).toBe(after(73).toISOString());
    const escalated = await t.db.system((tx) =>
      selectRows<{ user_id: string }>(
        tx,
        sql`SELECT user_id FROM notifications WHERE kind = 'decision.escalated' AND entity_id = ${request.id}`,
      ),
    );
    expect(escalated.map((n) => n.user_id).sort()).toEqual([owner.userId, admin.userId].sort());
    expect(
      (await deliveries('decision.escalated')).some((d) => d.payload.data.requestId === request.id),
    ).toBe(true);
    const metrics = await t.db.tenant(owner.organizationId, (tx) =>
      decisionMetrics(tx, ctx, { from: at, to: after(100) }),
    );
    // Open at `to`: this request, 100 h old; pending ones submitted at the real clock (2026) count too.
    expect(metrics.openAgeHours.count).toBeGreaterThanOrEqual(1);
    expect(metrics.overdue).toBeGreaterThanOrEqual(1);
  });

  it('refuses another organization’s application or org unit as a field error, changing nothing', async () => {
    const other = await createOrganizationWithOwner(t.db);
    const foreignUnit = await t.db.tenant(other.organizationId, (tx) =>
      createOrgUnit(tx, ctxOf(other), { name: 'Elsewhere', kind: 'team' }),
    );
    const before = await databaseDigest(t.db);
    expectProblem(
      await call('POST', '/requests', contributor.headers, {
        decisionType: 'retire',
        applicationId: high.id,
        orgUnitId: foreignUnit.id,
        title: 'x',
      }),
      400,
      'body.orgUnitId',
    );
    expectProblem(
      await call('POST', '/requests', other.headers, {
        decisionType: 'retire',
        applicationId: high.id,
        title: 'x',
      }),
      400,
      'body.applicationId',
    );
    expectProblem(
      await call('PUT', '/rights', owner.headers, {
        cells: [{ decisionType: 'retire', orgUnitId: foreignUnit.id, role: 'owner', letter: 'A' }],
      }),
      400,
      'body.cells.0.orgUnitId',
    );
    expect(await databaseDigest(t.db)).toEqual(before);
  });
});
