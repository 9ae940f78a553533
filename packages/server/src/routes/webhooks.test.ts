import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchDueWebhooks, MAX_ATTEMPTS, retryDelayMs } from '../services/webhook-dispatcher';
import { signWebhook } from '../services/webhooks';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  createTokenHeaders,
  type TestPerson,
} from '../test/harness';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A local receiver on loopback that answers with the next queued status (default 200). */
function startReceiver() {
  const received: Received[] = [];
  const statuses: number[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.statusCode = statuses.shift() ?? 200;
      res.end();
    });
  });
  return new Promise<{ url: string; received: Received[]; statuses: number[]; close: () => void }>(
    (resolve) => {
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as AddressInfo;
        resolve({ url: `http://127.0.0.1:${port}/hook`, received, statuses, close: () => server.close() });
      });
    },
  );
}

describe('webhooks', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let owner: TestPerson;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await createOrganizationWithOwner(t.db);
    receiver = await startReceiver();
  });
  afterAll(async () => {
    receiver.close();
    await t.close();
  });

  it('sends a signed alarm.raised event from the outbox when a drift alarm is raised', async () => {
    const hook = await t.app.inject({
      method: 'POST',
      url: '/api/v1/webhooks',
      headers: owner.headers,
      payload: { url: receiver.url, events: ['alarm.raised'] },
    });
    expect(hook.statusCode, hook.body).toBe(201);
    const { webhook, secret } = hook.json();
    expect(secret).toMatch(/^whsec_/);
    const listed = await t.app.inject({ url: '/api/v1/webhooks', headers: owner.headers });
    expect(JSON.stringify(listed.json())).not.toContain(secret);

    const wf = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/workflows',
        headers: owner.headers,
        payload: { name: 'Stakeholder updates' },
      })
    ).json();
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${wf.id}/standards`,
      headers: owner.headers,
      payload: {
        criteria: [{ key: 'accurate', label: 'Accurate', kind: 'pass_fail', severity: 'critical' }],
        defectRule: { kind: 'any_critical_fail' },
        outgoingLimit: 0.01,
        policy: 'full',
        doubleReviewFraction: 0,
      },
    });
    const token = await createTokenHeaders(t.db, owner.organizationId, 'contributor');
    const outputs = Array.from({ length: 20 }, (_, i) => ({ clientId: `u-${i}`, content: `Update ${i}` }));
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${wf.id}/outputs/batch`,
      headers: token.headers,
      payload: { outputs },
    });
    const reviewer = await createMember(t.db, owner.organizationId, 'reviewer');
    let raised = 0;
    while (raised === 0) {
      const item = (
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/workflows/${wf.id}/queue/next`,
          headers: reviewer.headers,
        })
      ).json();
      const review = await t.app.inject({
        method: 'POST',
        url: `/api/v1/outputs/${item.output.id}/reviews`,
        headers: reviewer.headers,
        payload: { answers: { accurate: false }, timeSpentMs: 10 },
      });
      raised = review.json().alarmsRaised;
    }

    expect(await dispatchDueWebhooks(t.db)).toEqual({ attempted: 1, delivered: 1 });
    expect(receiver.received).toHaveLength(1);
    const [message] = receiver.received;
    const timestamp = message!.headers['x-trellis-timestamp'] as string;
    expect(message!.headers['x-trellis-signature']).toBe(signWebhook(secret, timestamp, message!.body));
    expect(JSON.parse(message!.body)).toMatchObject({
      event: 'alarm.raised',
      organizationId: owner.organizationId,
      data: { workflowId: wf.id },
    });

    const log = (
      await t.app.inject({ url: `/api/v1/webhooks/${webhook.id}/deliveries`, headers: owner.headers })
    ).json();
    expect(log.items[0]).toMatchObject({
      event: 'alarm.raised',
      status: 'delivered',
      attempts: 1,
      lastStatusCode: 200,
    });
    expect(await dispatchDueWebhooks(t.db)).toEqual({ attempted: 0, delivered: 0 });
  });

  it('retries a failing endpoint with backoff and gives up after the last attempt', async () => {
    const hook = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/webhooks',
        headers: owner.headers,
        payload: { url: receiver.url, events: ['webhook.ping'] },
      })
    ).json();
    const before = receiver.received.length;
    receiver.statuses.push(500, 503);
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/webhooks/${hook.webhook.id}/ping`,
      headers: owner.headers,
    });
    let now = new Date();
    expect(await dispatchDueWebhooks(t.db, { now })).toEqual({ attempted: 1, delivered: 0 });
    // Not due again until its backoff has passed.
    expect(
      await dispatchDueWebhooks(t.db, { now: new Date(now.getTime() + retryDelayMs(1) - 1000) }),
    ).toEqual({ attempted: 0, delivered: 0 });
    now = new Date(now.getTime() + retryDelayMs(1) + 1);
    expect(await dispatchDueWebhooks(t.db, { now })).toEqual({ attempted: 1, delivered: 0 });
    now = new Date(now.getTime() + retryDelayMs(2) + 1);
    expect(await dispatchDueWebhooks(t.db, { now })).toEqual({ attempted: 1, delivered: 1 });
    expect(receiver.received.length - before).toBe(3);
    const log = (
      await t.app.inject({ url: `/api/v1/webhooks/${hook.webhook.id}/deliveries`, headers: owner.headers })
    ).json();
    expect(log.items[0]).toMatchObject({ status: 'delivered', attempts: 3 });
    expect(retryDelayMs(MAX_ATTEMPTS)).toBeLessThanOrEqual(3_600_000);
  });

  it('lets only admins manage webhooks, refuses a non-http URL, and hides other organizations’ hooks', async () => {
    const lead = await createMember(t.db, owner.organizationId, 'lead');
    expect((await t.app.inject({ url: '/api/v1/webhooks', headers: lead.headers })).statusCode).toBe(403);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/webhooks',
      headers: owner.headers,
      payload: { url: 'ftp://x.test/h' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('body.url');
    const mine = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/webhooks',
        headers: owner.headers,
        payload: { url: receiver.url },
      })
    ).json();
    const other = await createOrganizationWithOwner(t.db);
    expect(
      (
        await t.app.inject({
          method: 'DELETE',
          url: `/api/v1/webhooks/${mine.webhook.id}`,
          headers: other.headers,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ url: `/api/v1/webhooks/${mine.webhook.id}/deliveries`, headers: other.headers }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await t.app.inject({
          method: 'DELETE',
          url: `/api/v1/webhooks/${mine.webhook.id}`,
          headers: owner.headers,
        })
      ).statusCode,
    ).toBe(204);
  });
});
