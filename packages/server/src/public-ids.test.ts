import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkflowWithStandard } from './capabilities/quality/test/quality';
import { encodeCursor } from './platform/http/pagination';
import { expectProblem } from './test/api';
import { createOrganizationWithOwner, createTestApp, type TestPerson, testEngines } from './test/harness';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * Records of a tenant's activity (audit events, alarms, notifications, webhook deliveries, decision-log entries,
 * outbox e-mails) carry random public ids: with sequential ids, the gap between two of organization A's ids is
 * the number of things every other organization did in between.
 */
describe.each(testEngines())('public ids of activity records on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let a: TestPerson;
  let b: TestPerson;
  beforeAll(async () => {
    t = await createTestApp(engine, { webhookAllowedTargets: ['127.0.0.1'] });
    a = await createOrganizationWithOwner(t.db, 'Tenant A');
    b = await createOrganizationWithOwner(t.db, 'Tenant B');
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST', url: string, who: TestPerson, payload?: object) =>
    t.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });
  const invite = (who: TestPerson, n: number) =>
    call('POST', '/api/v1/invitations', who, { email: `someone-${n}@example.com`, role: 'viewer' });

  it('audit events: A cannot count what B did between two of A’s events', async () => {
    await invite(a, 1);
    for (let i = 0; i < 3; i++) await invite(b, 10 + i);
    await invite(a, 2);
    const items = (await call('GET', '/api/v1/audit-events?action=invitation.created', a)).json().items as {
      id: unknown;
    }[];
    expect(items).toHaveLength(2);
    for (const event of items) expect(event.id).toMatch(UUID_V4);
    // the export carries the same ids
    const exported = (await call('GET', '/api/v1/audit-events/export?action=invitation.created', a)).body;
    expect(
      exported
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).id),
    ).toEqual(items.map((e) => e.id));
    // a cursor naming B's event shows A nothing of B's log, and a number is no cursor at all
    const bEvent = (await call('GET', '/api/v1/audit-events?limit=1', b)).json().items[0].id as string;
    const page = await call('GET', `/api/v1/audit-events?cursor=${encodeCursor([bEvent])}`, a);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json().items).toEqual([]);
    expectProblem(
      await call('GET', `/api/v1/audit-events?cursor=${encodeCursor([12])}`, a),
      400,
      'query.cursor',
    );
  });

  it('notifications, alarms, webhook deliveries, decision-log entries and outbox e-mails have random ids', async () => {
    const workflowA = await createWorkflowWithStandard(t.app, a.headers, 'A flow', { outgoingLimit: 0.05 });
    const workflowB = await createWorkflowWithStandard(t.app, b.headers, 'B flow', { outgoingLimit: 0.05 });
    await t.db.system(async (tx) => {
      for (const [who, workflow] of [
        [a, workflowA],
        [b, workflowB],
      ] as const) {
        await tx.execute(sql`INSERT INTO notifications (organization_id, user_id, kind, title)
          VALUES (${who.organizationId}, ${who.userId}, 'test.note', 'Hello')`);
        await tx.execute(sql`INSERT INTO alarms (organization_id, workflow_id, segment, stratum)
          VALUES (${who.organizationId}, ${workflow}, '', 0)`);
        await tx.execute(sql`INSERT INTO decision_log (organization_id, kind, decision_type, outcome, title,
          evidence, rationale, decided_by_name, decided_at)
          VALUES (${who.organizationId}, 'request', 'admit_to_pilot', 'approved', 'Go', '{}', 'Because', 'X', now())`);
        await tx.execute(sql`INSERT INTO digest_emails (organization_id, user_id, digest_until, to_address,
          subject, text_body, html_body) VALUES (${who.organizationId}, ${who.userId}, now(), ${who.email},
          'Digest', 'text', '<p>html</p>')`);
      }
    });
    const hook = (await call('POST', '/api/v1/webhooks', a, { url: 'http://127.0.0.1:9/hook' })).json();
    expect((await call('POST', `/api/v1/webhooks/${hook.webhook.id}/ping`, a)).statusCode).toBeLessThan(300);

    const inbox = (await call('GET', '/api/v1/notifications', a)).json().items;
    const alarms = (await call('GET', `/api/v1/workflows/${workflowA}/quality`, a)).json().alarms;
    const deliveries = (await call('GET', `/api/v1/webhooks/${hook.webhook.id}/deliveries`, a)).json().items;
    const log = (await call('GET', '/api/v1/decisions/log', a)).json().items;
    const mails = (await call('GET', '/api/v1/learning/digest-emails', a)).json().items;
    for (const list of [inbox, alarms, deliveries, log, mails]) {
      expect(list, JSON.stringify({ inbox, alarms, deliveries, log, mails })).toBeDefined();
      expect(list.length).toBeGreaterThan(0);
      for (const item of list) expect(item.id).toMatch(UUID_V4);
    }

    // Paths take the public id, and only the caller's organization's.
    const bInbox = (await call('GET', '/api/v1/notifications', b)).json().items;
    const bAlarms = (await call('GET', `/api/v1/workflows/${workflowB}/quality`, b)).json().alarms;
    expectProblem(await call('POST', `/api/v1/notifications/${bInbox[0].id}/read`, a), 404);
    expectProblem(await call('POST', `/api/v1/alarms/${bAlarms[0].id}/clear`, a, { note: 'not mine' }), 404);
    expectProblem(await call('POST', '/api/v1/notifications/1/read', a), 400, 'params.id');
    const read = await call('POST', `/api/v1/notifications/${inbox[0].id}/read`, a);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({ id: inbox[0].id });
    const cleared = await call('POST', `/api/v1/alarms/${alarms[0].id}/clear`, a, { note: 'checked' });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json()).toMatchObject({ id: alarms[0].id, note: 'checked' });
    // the audit event and webhook event of the clearing name the alarm by its public id
    const event = (await call('GET', '/api/v1/audit-events?action=alarm.cleared', a)).json().items[0];
    expect(event.before).toMatchObject({ alarmId: alarms[0].id });
  });
});
