import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callOperation, databaseDigest, expectProblem } from '../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  createTokenHeaders,
  type TestPerson,
} from '../../test/harness';
import { dispatchDueWebhooks, MAX_ATTEMPTS, retryDelayMs } from './webhook-dispatcher';
import { webhookTargetPolicy } from './webhook-targets';
import { createWebhook, enqueueWebhookEvent, signWebhook } from './webhooks';

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

const loopback = webhookTargetPolicy(['127.0.0.1']);

describe('webhooks', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let owner: TestPerson;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    // The receiver is on loopback, which only an allow-list lets a webhook reach.
    t = await createTestApp('pglite', { webhookAllowedTargets: ['127.0.0.1'] });
    owner = await createOrganizationWithOwner(t.db);
    receiver = await startReceiver();
  });
  afterAll(async () => {
    receiver.close();
    await t.close();
  });

  it('sends a signed alarm.raised event from the outbox when a drift alarm is raised', async () => {
    const { webhook, secret } = await callOperation(
      t.app,
      'createWebhook',
      { headers: owner.headers, payload: { url: receiver.url, events: ['alarm.raised'] } },
      201,
    );
    expect(secret).toMatch(/^whsec_/);
    const listed = await callOperation(t.app, 'listWebhooks', { headers: owner.headers }, 200);
    expect(JSON.stringify(listed)).not.toContain(secret);

    const wf = await callOperation(
      t.app,
      'createWorkflow',
      { headers: owner.headers, payload: { name: 'Stakeholder updates' } },
      201,
    );
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
      const item = await callOperation(
        t.app,
        'claimNextQueueItem',
        { params: { id: wf.id }, headers: reviewer.headers },
        200,
      );
      const review = await callOperation(
        t.app,
        'createOutputReview',
        {
          params: { id: 'output' in item ? item.output.id : 'no-item-claimed' },
          headers: reviewer.headers,
          payload: { answers: { accurate: false }, timeSpentMs: 10 },
        },
        201,
      );
      raised = review.alarmsRaised;
    }

    expect(await dispatchDueWebhooks(t.db, { policy: loopback })).toEqual({ attempted: 1, delivered: 1 });
    expect(receiver.received).toHaveLength(1);
    const [message] = receiver.received;
    const timestamp = message!.headers['x-trellis-timestamp'] as string;
    expect(message!.headers['x-trellis-signature']).toBe(signWebhook(secret!, timestamp, message!.body));
    expect(JSON.parse(message!.body)).toMatchObject({
      event: 'alarm.raised',
      organizationId: owner.organizationId,
      data: { workflowId: wf.id },
    });

    const log = await callOperation(
      t.app,
      'listWebhookDeliveries',
      { params: { id: webhook.id }, headers: owner.headers },
      200,
    );
    expect(log.items[0]).toMatchObject({
      event: 'alarm.raised',
      status: 'delivered',
      attempts: 1,
      lastStatusCode: 200,
    });
    expect(await dispatchDueWebhooks(t.db, { policy: loopback })).toEqual({ attempted: 0, delivered: 0 });
  });

  it('retries a failing endpoint with backoff and gives up after the last attempt', async () => {
    const hook = await callOperation(
      t.app,
      'createWebhook',
      { headers: owner.headers, payload: { url: receiver.url, events: ['webhook.ping'] } },
      201,
    );
    const before = receiver.received.length;
    receiver.statuses.push(500, 503);
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/webhooks/${hook.webhook.id}/ping`,
      headers: owner.headers,
    });
    let now = new Date();
    expect(await dispatchDueWebhooks(t.db, { now, policy: loopback })).toEqual({
      attempted: 1,
      delivered: 0,
    });
    // Not due again until its backoff has passed.
    expect(
      await dispatchDueWebhooks(t.db, {
        now: new Date(now.getTime() + retryDelayMs(1) - 1000),
        policy: loopback,
      }),
    ).toEqual({ attempted: 0, delivered: 0 });
    now = new Date(now.getTime() + retryDelayMs(1) + 1);
    expect(await dispatchDueWebhooks(t.db, { now, policy: loopback })).toEqual({
      attempted: 1,
      delivered: 0,
    });
    now = new Date(now.getTime() + retryDelayMs(2) + 1);
    expect(await dispatchDueWebhooks(t.db, { now, policy: loopback })).toEqual({
      attempted: 1,
      delivered: 1,
    });
    expect(receiver.received.length - before).toBe(3);
    const log = await callOperation(
      t.app,
      'listWebhookDeliveries',
      { params: { id: hook.webhook.id }, headers: owner.headers },
      200,
    );
    expect(log.items[0]).toMatchObject({ status: 'delivered', attempts: 3 });
    expect(retryDelayMs(MAX_ATTEMPTS)).toBeLessThanOrEqual(3_600_000);
  });

  it('changes a webhook in place: a rotated Slack URL gets the next message, the log stays, a pause holds events', async () => {
    const slack = await callOperation(
      t.app,
      'createWebhook',
      { headers: owner.headers, payload: { url: `${receiver.url}/old-secret-A1b2`, kind: 'slack' } },
      201,
    );
    const id = slack.webhook.id;
    const patch = (payload: object, headers = owner.headers) =>
      t.app.inject({ method: 'PATCH', url: `/api/v1/webhooks/${id}`, headers, payload });
    await callOperation(t.app, 'pingWebhook', { params: { id }, headers: owner.headers }, 202);
    await dispatchDueWebhooks(t.db, { policy: loopback });
    const first = receiver.received.length;
    expect(receiver.received.at(-1)!.body).toContain('blocks'); // a Slack message, to the old URL

    const rotated = await startReceiver();
    try {
      // Bad input changes nothing; another organization's admin does not find the webhook.
      const stranger = await createOrganizationWithOwner(t.db);
      const before = await databaseDigest(t.db);
      expectProblem(await patch({ url: 'ftp://x.test/h' }), 400, 'body.url');
      expectProblem(await patch({}), 400);
      expectProblem(await patch({ events: [] }), 400, 'body.events');
      expectProblem(await patch({ active: true }, stranger.headers), 404);
      expect(await databaseDigest(t.db)).toEqual(before);

      const res = await patch({ url: `${rotated.url}/new-secret-Z9y8` });
      expect(res.statusCode, res.body).toBe(200);
      const shown = res.json() as { url: string; kind: string; active: boolean };
      expect(shown.kind).toBe('slack');
      // A Slack URL is a secret: shown by its host and last four characters, now the new one's.
      expect(shown.url).not.toContain('new-secret');
      expect(shown.url).toContain('Z9y8');
      await callOperation(t.app, 'pingWebhook', { params: { id }, headers: owner.headers }, 202);
      await dispatchDueWebhooks(t.db, { policy: loopback });
      expect(receiver.received).toHaveLength(first);
      expect(rotated.received).toHaveLength(1);
      const log = await callOperation(
        t.app,
        'listWebhookDeliveries',
        { params: { id }, headers: owner.headers },
        200,
      );
      expect(log.items.map((d) => d.status)).toEqual(['delivered', 'delivered']);

      // Paused: events leave nothing to send; resumed: they do again.
      expect((await patch({ active: false })).json()).toMatchObject({ active: false });
      const queued = await t.db.tenant(owner.organizationId, (tx) =>
        enqueueWebhookEvent(tx, owner.organizationId, 'alarm.raised', { workflowId: 'w' }),
      );
      const paused = await dispatchDueWebhooks(t.db, { policy: loopback });
      expect(rotated.received).toHaveLength(1);
      expect((await patch({ active: true })).json()).toMatchObject({ active: true });
      expect(
        await t.db.tenant(owner.organizationId, (tx) =>
          enqueueWebhookEvent(tx, owner.organizationId, 'alarm.raised', { workflowId: 'w' }),
        ),
      ).toBe(queued + 1);
      expect(paused.attempted).toBe(queued);
    } finally {
      rotated.close();
      await t.app.inject({ method: 'DELETE', url: `/api/v1/webhooks/${id}`, headers: owner.headers });
    }
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
    expectProblem(bad, 400, 'body.url');
    const mine = await callOperation(
      t.app,
      'createWebhook',
      { headers: owner.headers, payload: { url: receiver.url } },
      201,
    );
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

/**
 * SSRF: without an allow-list a webhook may not point at loopback, private, link-local (cloud
 * metadata) or other special-purpose addresses — refused when created, and again at delivery, where the
 * connection goes to the address that was checked (so re-pointing a name after creation reaches nothing).
 */
describe('the webhook target guard', () => {
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

  const create = (url: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: owner.headers, payload: { url } });

  it('refuses internal targets on create with a field error naming why, storing nothing', async () => {
    const before = await databaseDigest(t.db);
    const cases: Array<[string, RegExp]> = [
      ['http://127.0.0.1:8080/hook', /loopback/],
      ['http://localhost/hook', /resolves to .*loopback/],
      ['http://2130706433/hook', /loopback/], // 127.0.0.1 written as one number
      ['http://[::1]/hook', /loopback/],
      ['http://10.1.2.3/hook', /private/],
      ['http://192.168.0.10/hook', /private/],
      ['http://[::ffff:192.168.0.1]/hook', /private/],
      ['http://[fd00::1]/hook', /private/],
      ['http://169.254.169.254/latest/meta-data/', /link-local/],
      ['http://[fe80::1]/hook', /link-local/],
      ['http://100.64.0.1/hook', /carrier-grade NAT/],
      ['http://0.0.0.0/hook', /unspecified/],
      ['http://224.0.0.1/hook', /multicast/],
      ['https://user:secret@93.184.215.14/hook', /user name or password/],
    ];
    for (const [url, reason] of cases) {
      const problem = expectProblem(await create(url), 400, 'body.url');
      expect(problem.errors![0]!.message, url).toMatch(reason);
    }
    expect(await databaseDigest(t.db)).toEqual(before);
    // A public address is fine (an IP literal, so the test needs no DNS).
    expect((await create('https://93.184.215.14/hook')).statusCode).toBe(201);
  });

  it('refuses at delivery a name that now resolves to loopback, and delivers where the allow-list permits it', async () => {
    const port = new URL(receiver.url).port;
    const ctx = {
      organizationId: owner.organizationId,
      role: 'owner' as const,
      actor: { type: 'system' as const, id: null, name: 'test' },
      requestId: 'test',
    };
    // Stored as if the name had resolved to a public address when the webhook was created.
    const { webhook } = await t.db.tenant(owner.organizationId, (tx) =>
      createWebhook(tx, ctx, { url: `http://hooks.example.test:${port}/hook`, events: ['*'] }),
    );
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/webhooks/${webhook.id}/ping`,
      headers: owner.headers,
    });
    const rebound = async () => [{ address: '127.0.0.1', family: 4 }];
    const now = new Date();
    expect(await dispatchDueWebhooks(t.db, { now, lookup: rebound })).toEqual({ attempted: 1, delivered: 0 });
    expect(receiver.received).toHaveLength(0);
    const log = await callOperation(
      t.app,
      'listWebhookDeliveries',
      { params: { id: webhook.id }, headers: owner.headers },
      200,
    );
    expect(log.items[0]).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: null });
    expect(log.items[0]?.lastError).toMatch(
      /refused: hooks\.example\.test resolves to 127\.0\.0\.1, a loopback/,
    );

    // Allowed by name: the delivery connects to the address the lookup gave, the loopback receiver.
    const later = new Date(now.getTime() + retryDelayMs(1) + 1);
    expect(
      await dispatchDueWebhooks(t.db, {
        now: later,
        lookup: rebound,
        policy: webhookTargetPolicy(['hooks.example.test']),
      }),
    ).toEqual({ attempted: 1, delivered: 1 });
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]!.headers.host).toBe(`hooks.example.test:${port}`);
  });

  it('refuses at delivery an address literal the allow-list no longer holds', async () => {
    const ctx = {
      organizationId: owner.organizationId,
      role: 'owner' as const,
      actor: { type: 'system' as const, id: null, name: 'test' },
      requestId: 'test',
    };
    const { webhook } = await t.db.tenant(owner.organizationId, (tx) =>
      createWebhook(tx, ctx, { url: receiver.url, events: ['*'] }),
    );
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/webhooks/${webhook.id}/ping`,
      headers: owner.headers,
    });
    const received = receiver.received.length;
    expect(await dispatchDueWebhooks(t.db)).toEqual({ attempted: 1, delivered: 0 });
    expect(receiver.received.length).toBe(received);
    const log = await callOperation(
      t.app,
      'listWebhookDeliveries',
      { params: { id: webhook.id }, headers: owner.headers },
      200,
    );
    expect(log.items[0]?.lastError).toMatch(/refused: 127\.0\.0\.1 is a loopback address/);
  });
});
