import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { callOperation, expectProblem } from '../../test/api';
import {
  createOrganizationWithOwner,
  openTestDatabase,
  type TestPerson,
  testEngines,
} from '../../test/harness';
import { loadConfig } from '../config';
import { selectRows } from '../db/rows';
import type { Database, Engine } from '../db/types';
import { dispatchDueWebhooks, retryDelayMs } from './webhook-dispatcher';
import { webhookTargetPolicy } from './webhook-targets';
import { enqueueWebhookEvent } from './webhooks';

interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A receiver on loopback for every destination (told apart by path); answers the next queued reply. */
function startReceiver() {
  const received: Received[] = [];
  const replies: Array<{ status: number; headers?: Record<string, string> }> = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body });
      const reply = replies.shift() ?? { status: 200 };
      res.writeHead(reply.status, reply.headers ?? {});
      res.end(reply.status === 200 ? 'ok' : 'rate_limited');
    });
  });
  return new Promise<{ base: string; received: Received[]; replies: typeof replies; close: () => void }>(
    (resolve) => {
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as AddressInfo;
        resolve({ base: `http://127.0.0.1:${port}`, received, replies, close: () => server.close() });
      });
    },
  );
}

/** The app's log lines, captured from its pino stream. */
function captureLogs() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => lines.join('\n') };
}

const loopback = webhookTargetPolicy(['127.0.0.1']);
const ORIGIN = 'http://trellis.test';
const SECRET_KEY = 'chat-destinations-test-key-0123456789';
/** The secret part of each destination's URL (as in a Slack `/services/T…/B…/<token>` URL). */
const token = (name: string) => `${name}XoXsEcReT${Math.random().toString(36).slice(2, 10)}`;

describe.each(testEngines())('Slack and Teams destinations (%s)', (engine: Engine) => {
  let db: Database;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let a: TestPerson;
  let b: TestPerson;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const logs = captureLogs();
  const secrets: string[] = [];
  const destination = (name: string) => {
    const secret = token(name);
    secrets.push(secret);
    return { secret, url: `${receiver.base}/services/T0001/B0001/${secret}` };
  };
  const add = (who: TestPerson, kind: 'slack' | 'teams', url: string, events: string[] = ['*']) =>
    callOperation(app, 'createWebhook', { headers: who.headers, payload: { kind, url, events } }, 201);
  const dispatch = (now = new Date()) =>
    dispatchDueWebhooks(db, { now, policy: loopback, origin: ORIGIN, secretKey: SECRET_KEY });
  const log = (who: TestPerson, id: string) =>
    callOperation(app, 'listWebhookDeliveries', { params: { id }, headers: who.headers }, 200);

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    app = await buildApp({
      db,
      config: loadConfig(
        { publicUrl: ORIGIN, webhookAllowedTargets: ['127.0.0.1'], secretKey: SECRET_KEY },
        {},
      ),
      logger: { level: 'debug', stream: logs.stream },
      serveWeb: false,
    });
    await app.ready();
    a = await createOrganizationWithOwner(db);
    b = await createOrganizationWithOwner(db);
    receiver = await startReceiver();
  });
  afterAll(async () => {
    receiver.close();
    await app.close();
    await db.close();
  });

  it('stores a Slack or Teams URL sealed and never shows it again', async () => {
    const slack = destination('a-slack');
    const created = await add(a, 'slack', slack.url, ['decision.requested']);
    expect(created.secret).toBeNull();
    expect(created.webhook.kind).toBe('slack');
    expect(created.webhook.url).toBe(`${new URL(receiver.base).host}/…${slack.secret.slice(-4)}`);
    expect(JSON.stringify(created)).not.toContain(slack.secret);
    const listed = await callOperation(app, 'listWebhooks', { headers: a.headers }, 200);
    expect(listed.items.map((w) => w.url)).toContain(created.webhook.url);
    expect(JSON.stringify(listed)).not.toContain(slack.secret);
    const audit = await app.inject({ url: '/api/v1/audit-events', headers: a.headers });
    expect(audit.body).not.toContain(slack.secret);

    // In the database: sealed with the server key (AES-GCM), nowhere in the clear (audit included).
    const leaked = await db.system((tx) =>
      selectRows<{ n: number }>(
        tx,
        sql`SELECT (SELECT count(*) FROM webhooks WHERE url LIKE ${`%${slack.secret}%`})::int
                 + (SELECT count(*) FROM audit_events WHERE CAST(after AS text) LIKE ${`%${slack.secret}%`})::int AS n`,
      ),
    );
    expect(leaked[0]!.n).toBe(0);
    const [row] = await db.system((tx) =>
      selectRows<{ url: string; secret: string | null }>(
        tx,
        sql`SELECT url, secret FROM webhooks WHERE id = ${created.webhook.id}`,
      ),
    );
    expect(row!.url).toMatch(/^v1\./);
    expect(row!.secret).toBeNull();
  });

  it('refuses to store a Slack URL unencrypted where that is not allowed (production without a key)', async () => {
    const production = await buildApp({
      db,
      config: loadConfig(
        { publicUrl: ORIGIN, webhookAllowedTargets: ['127.0.0.1'], plainSecretsAllowed: false },
        {},
      ),
      serveWeb: false,
    });
    await production.ready();
    try {
      const before = await callOperation(production, 'listWebhooks', { headers: b.headers }, 200);
      const refused = await production.inject({
        method: 'POST',
        url: '/api/v1/webhooks',
        headers: b.headers,
        payload: { kind: 'slack', url: destination('no-key').url },
      });
      expectProblem(refused, 409);
      expect(await callOperation(production, 'listWebhooks', { headers: b.headers }, 200)).toEqual(before);
    } finally {
      await production.close();
    }
  });

  it('refuses bad input and internal targets for Slack and Teams too, naming the field and storing nothing', async () => {
    const before = await callOperation(app, 'listWebhooks', { headers: b.headers }, 200);
    const post = (payload: object) =>
      app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: b.headers, payload });
    expectProblem(await post({ kind: 'discord', url: 'https://93.184.215.14/x' }), 400, 'body.kind');
    const internal = await post({ kind: 'teams', url: 'http://10.1.2.3/webhookb2/secretpath' });
    expectProblem(internal, 400, 'body.url');
    expect(internal.body).toMatch(/private address/);
    expect(internal.body).not.toContain('secretpath');
    expect(await callOperation(app, 'listWebhooks', { headers: b.headers }, 200)).toEqual(before);
  });

  it('sends each organization’s events as Block Kit and Adaptive Cards to its own destinations only', async () => {
    const aSlack = destination('a-slack-all');
    const aTeams = destination('a-teams-all');
    const bSlack = destination('b-slack-all');
    await add(a, 'slack', aSlack.url);
    await add(a, 'teams', aTeams.url);
    const bHook = await add(b, 'slack', bSlack.url);
    // Org B also has a standard webhook: it keeps getting Trellis's signed JSON.
    const bStandard = await callOperation(
      app,
      'createWebhook',
      { headers: b.headers, payload: { url: `${receiver.base}/standard`, events: ['*'] } },
      201,
    );
    expect(bStandard.secret).toMatch(/^whsec_/);

    const dueAt = '2026-12-07T17:00:00.000Z';
    await db.tenant(a.organizationId, (tx) =>
      enqueueWebhookEvent(tx, a.organizationId, 'decision.requested', {
        requestId: 'req-a',
        decisionType: 'expansion',
        title: 'Roll out to Finance',
        tier: 'high',
        dueAt,
      }),
    );
    const start = receiver.received.length;
    // Org A's first hook (decision.requested) and both of A's new ones; none of B's.
    expect(await dispatch()).toEqual({ attempted: 3, delivered: 3 });
    const got = receiver.received.slice(start);
    const byPath = (secret: string) => got.filter((r) => r.path.endsWith(secret));
    expect(byPath(bSlack.secret)).toHaveLength(0);
    expect(got.filter((r) => r.path === '/standard')).toHaveLength(0);

    const [slack] = byPath(aSlack.secret);
    expect(slack!.headers['content-type']).toBe('application/json');
    expect(slack!.headers['webhook-signature']).toBeUndefined();
    const slackBody = JSON.parse(slack!.body);
    expect(slackBody.text).toContain('Approval needed: Roll out to Finance');
    expect(slackBody.text).toContain('2026-12-07 17:00 UTC');
    expect(slackBody.blocks).toContainEqual(
      expect.objectContaining({
        type: 'actions',
        elements: [expect.objectContaining({ url: `${ORIGIN}/decisions/requests/req-a` })],
      }),
    );
    const orgA = await db.system((tx) =>
      selectRows<{ name: string }>(tx, sql`SELECT name FROM organizations WHERE id = ${a.organizationId}`),
    );
    expect(slackBody.text).toContain(orgA[0]!.name);

    const [teams] = byPath(aTeams.secret);
    const card = JSON.parse(teams!.body);
    expect(card).toMatchObject({
      type: 'message',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive' }],
    });
    expect(card.attachments[0].content.body[0].text).toBe(orgA[0]!.name);
    expect(card.attachments[0].content.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Open in Trellis', url: `${ORIGIN}/decisions/requests/req-a` },
    ]);

    // Org B's ping reaches B's Slack channel only, with B's name, and B's standard hook is untouched.
    await app.inject({
      method: 'POST',
      url: `/api/v1/webhooks/${bHook.webhook.id}/ping`,
      headers: b.headers,
    });
    const mark = receiver.received.length;
    expect(await dispatch()).toEqual({ attempted: 1, delivered: 1 });
    const ping = receiver.received.slice(mark);
    expect(ping.map((r) => r.path)).toEqual([new URL(bSlack.url).pathname]);
    const orgB = await db.system((tx) =>
      selectRows<{ name: string }>(tx, sql`SELECT name FROM organizations WHERE id = ${b.organizationId}`),
    );
    expect(JSON.parse(ping[0]!.body).text).toContain(orgB[0]!.name);
    expect(ping[0]!.body).not.toContain(orgA[0]!.name);
  });

  it('retries a 429 no sooner than its Retry-After, and a 5xx with backoff', async () => {
    const other = await createOrganizationWithOwner(db);
    const teams = destination('retry-teams');
    const hook = await add(other, 'teams', teams.url, ['webhook.ping']);
    await app.inject({
      method: 'POST',
      url: `/api/v1/webhooks/${hook.webhook.id}/ping`,
      headers: other.headers,
    });
    receiver.replies.push({ status: 429, headers: { 'retry-after': '120' } }, { status: 503 });
    const start = new Date();
    const at = (ms: number) => new Date(start.getTime() + ms);
    expect(await dispatch(start)).toEqual({ attempted: 1, delivered: 0 });
    let entry = (await log(other, hook.webhook.id)).items[0]!;
    expect(entry).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 429 });
    expect(Date.parse(entry.nextAttemptAt)).toBe(at(120_000).getTime());
    // The backoff alone (10 s) would retry here; the receiver asked for 120 s.
    expect(retryDelayMs(1)).toBeLessThan(120_000);
    expect(await dispatch(at(retryDelayMs(1) + 1))).toEqual({ attempted: 0, delivered: 0 });
    expect(await dispatch(at(119_999))).toEqual({ attempted: 0, delivered: 0 });
    expect(await dispatch(at(120_000))).toEqual({ attempted: 1, delivered: 0 });
    entry = (await log(other, hook.webhook.id)).items[0]!;
    expect(entry).toMatchObject({ status: 'pending', attempts: 2, lastStatusCode: 503 });
    expect(Date.parse(entry.nextAttemptAt)).toBe(at(120_000 + retryDelayMs(2)).getTime());
    expect(await dispatch(at(120_000 + retryDelayMs(2)))).toEqual({ attempted: 1, delivered: 1 });
    entry = (await log(other, hook.webhook.id)).items[0]!;
    expect(entry).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 200 });
    const sent = receiver.received.filter((r) => r.path.endsWith(teams.secret));
    expect(sent).toHaveLength(3);
    // Every attempt sends the same card.
    expect(new Set(sent.map((r) => r.body)).size).toBe(1);
  });

  it('keeps the URLs out of delivery errors and the server log', async () => {
    const other = await createOrganizationWithOwner(db);
    // A port nobody listens on: the attempt fails at connect.
    const closed = await new Promise<number>((resolve) => {
      const s = http.createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as AddressInfo;
        s.close(() => resolve(port));
      });
    });
    const secret = token('dead-slack');
    secrets.push(secret);
    const hook = await add(other, 'slack', `http://127.0.0.1:${closed}/services/T1/B1/${secret}`, [
      'webhook.ping',
    ]);
    await app.inject({
      method: 'POST',
      url: `/api/v1/webhooks/${hook.webhook.id}/ping`,
      headers: other.headers,
    });
    expect(await dispatch()).toEqual({ attempted: 1, delivered: 0 });
    const entry = (await log(other, hook.webhook.id)).items[0]!;
    expect(entry.lastError).toBeTruthy();
    expect(entry.lastError).not.toContain(secret);
    expect(entry.lastError).not.toContain('/services/');
    // A request that quotes a URL in a body that fails validation is not logged with its body either.
    await app.inject({
      method: 'POST',
      url: '/api/v1/webhooks',
      headers: other.headers,
      payload: {
        kind: 'slack',
        url: `http://127.0.0.1:${closed}/services/T1/B1/${secret}`,
        events: ['nope'],
      },
    });
    const text = logs.text();
    expect(text).toContain('/api/v1/webhooks'); // the log did capture these requests
    for (const s of secrets) expect(text).not.toContain(s);
  });
});
