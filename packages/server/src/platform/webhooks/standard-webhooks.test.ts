import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callOperation } from '../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  createTokenHeaders,
  type TestPerson,
  testEngines,
} from '../../test/harness';
import type { Engine } from '../db/types';
import { dispatchDueWebhooks } from './webhook-dispatcher';
import { webhookTargetPolicy } from './webhook-targets';
import { newWebhookSecret, signStandardWebhook, webhookSigningKey } from './webhooks';

interface Received {
  headers: Record<string, string>;
  body: string;
}

/** A receiver on loopback that keeps every request as it arrived (headers and the raw body). */
function startReceiver() {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({ headers: req.headers as Record<string, string>, body });
      res.end();
    });
  });
  return new Promise<{ url: string; received: Received[]; close: () => void }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/hook`, received, close: () => server.close() });
    });
  });
}

const loopback = webhookTargetPolicy(['127.0.0.1']);

describe('webhook secrets', () => {
  it('makes new secrets whose key is the base64 after whsec_, as the Standard Webhooks libraries read it', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(webhookSigningKey(secret)).toEqual(Buffer.from(secret.slice(6), 'base64'));
    expect(webhookSigningKey(secret)).toHaveLength(32);
  });

  it('keeps signing with the whole string a secret made before (base64url, unpadded), verifiable as a raw key', () => {
    const old = 'whsec_q3Zk-9_x0123456789abcdefghijklmnopqrstuvwxy'.slice(0, 49);
    expect(webhookSigningKey(old)).toEqual(Buffer.from(old, 'utf8'));
    const body = '{"event":"webhook.ping"}';
    const timestamp = String(Math.floor(Date.now() / 1000));
    const headers = {
      'webhook-id': 'msg_1',
      'webhook-timestamp': timestamp,
      'webhook-signature': signStandardWebhook(old, 'msg_1', timestamp, body),
    };
    expect(new Webhook(old, { format: 'raw' }).verify(body, headers)).toEqual({ event: 'webhook.ping' });
  });

  it('matches the Standard Webhooks specification example', () => {
    // The example in the specification (and the reference libraries' tests).
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const body = '{"test": 2432232314}';
    expect(signStandardWebhook(secret, 'msg_p5jXN8AQM9LWM0D4loKWxJek', '1614265330', body)).toBe(
      'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    );
  });
});

describe.each(testEngines())('Standard Webhooks deliveries and output.reviewed (%s)', (engine: Engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let owner: TestPerson;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    t = await createTestApp(engine, { webhookAllowedTargets: ['127.0.0.1'] });
    owner = await createOrganizationWithOwner(t.db);
    receiver = await startReceiver();
  });
  afterAll(async () => {
    receiver.close();
    await t.close();
  });

  it('sends one signed output.reviewed per review, verified by standardwebhooks, with no reviewer identity', async () => {
    const created = await callOperation(
      t.app,
      'createWebhook',
      { headers: owner.headers, payload: { url: receiver.url, events: ['output.reviewed'] } },
      201,
    );
    // A standard webhook (the default kind) has a signing secret.
    expect(created.webhook.kind).toBe('standard');
    const secret = created.secret!;
    const wf = await callOperation(
      t.app,
      'createWorkflow',
      { headers: owner.headers, payload: { name: 'Claim letters' } },
      201,
    );
    const standard = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${wf.id}/standards`,
      headers: owner.headers,
      payload: {
        criteria: [
          { key: 'accurate', label: 'Accurate', kind: 'pass_fail', severity: 'critical' },
          { key: 'tone', label: 'Tone', kind: 'pass_fail', severity: 'minor' },
          { key: 'clarity', label: 'Clarity', kind: 'scale', severity: 'minor' },
        ],
        defectRule: { kind: 'any_critical_fail' },
        outgoingLimit: 0.01,
        policy: 'full',
        doubleReviewFraction: 0,
      },
    });
    expect(standard.statusCode).toBe(201);
    const token = await createTokenHeaders(t.db, owner.organizationId, 'contributor');
    const logged = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${wf.id}/outputs`,
      headers: token.headers,
      payload: { clientId: 'letter-7', content: 'Dear customer …', metadata: { trace_id: 'abc123trace' } },
    });
    expect(logged.statusCode).toBe(201);
    const reviewer = await createMember(t.db, owner.organizationId, 'reviewer');
    const item = await callOperation(
      t.app,
      'claimNextQueueItem',
      { params: { id: wf.id }, headers: reviewer.headers },
      200,
    );
    const outputId = 'output' in item ? item.output.id : 'nothing-claimed';
    const review = await callOperation(
      t.app,
      'createOutputReview',
      {
        params: { id: outputId },
        headers: reviewer.headers,
        payload: { answers: { accurate: false, tone: false, clarity: 4 }, timeSpentMs: 10 },
      },
      201,
    );

    const sent = await dispatchDueWebhooks(t.db, { policy: loopback });
    expect(sent).toEqual({ attempted: 1, delivered: 1 });
    // Nothing is left to send: exactly one delivery for the one review.
    expect(
      await dispatchDueWebhooks(t.db, { policy: loopback, now: new Date(Date.now() + 86_400_000) }),
    ).toEqual({ attempted: 0, delivered: 0 });
    expect(receiver.received).toHaveLength(1);
    const [delivery] = receiver.received;
    const payload = new Webhook(secret).verify(delivery!.body, delivery!.headers) as Record<string, unknown>;
    expect(payload).toMatchObject({
      event: 'output.reviewed',
      organizationId: owner.organizationId,
      data: {
        outputId,
        clientId: 'letter-7',
        traceId: 'abc123trace',
        workflowId: wf.id,
        standardVersion: 1,
        outputStatus: 'reviewed',
        review: {
          id: review.id,
          kind: 'sampled',
          defect: true,
          score: 4,
          failedCritical: ['accurate'],
          failedMinor: ['tone'],
          reviewerRole: 'reviewer',
        },
      },
    });
    expect(delivery!.headers['webhook-id']).toMatch(/^[0-9a-f-]{36}$/);
    // The deprecated header is still sent, keyed as before with the secret string.
    const ts = delivery!.headers['webhook-timestamp']!;
    expect(delivery!.headers['x-trellis-signature']).toBe(
      `sha256=${createHmac('sha256', secret).update(`${ts}.${delivery!.body}`).digest('hex')}`,
    );
    // No personal data of the reviewer leaves Trellis.
    for (const personal of [reviewer.userId, reviewer.email, reviewer.email.split('@')[0]!]) {
      expect(delivery!.body).not.toContain(personal);
    }

    // A receiver rejects a tampered body and a replayed (old) delivery.
    const verifier = new Webhook(secret);
    expect(() =>
      verifier.verify(delivery!.body.replace('"defect":true', '"defect":false'), delivery!.headers),
    ).toThrow(/signature/i);
    const oldTs = String(Number(ts) - 3600);
    const replayed = {
      ...delivery!.headers,
      'webhook-timestamp': oldTs,
      'webhook-signature': signStandardWebhook(
        secret,
        delivery!.headers['webhook-id']!,
        oldTs,
        delivery!.body,
      ),
    };
    expect(() => verifier.verify(delivery!.body, replayed)).toThrow(/too old/);
  });
});
