import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The tests run the real server; the SDK's own source imports nothing of the server.
import { selectRows } from '../../server/src/platform/db/rows';
import {
  createOrganizationWithOwner,
  createTestApp,
  createTokenHeaders,
  type TestPerson,
} from '../../server/src/test/harness';
import { backoffDelay, createClient, NETWORK_ERROR, parseRetryAfter, TrellisError } from './index';
import type { OutputInput } from './types';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

const standard = {
  criteria: [{ key: 'accurate', label: 'Factually accurate', kind: 'pass_fail', severity: 'critical' }],
  defectRule: { kind: 'any_critical_fail' },
  outgoingLimit: 0.01,
  segmentKeys: ['language'],
  doubleReviewFraction: 0,
};

const outputsOf = (n: number, prefix: string): OutputInput[] =>
  Array.from({ length: n }, (_, i) => ({
    clientId: `${prefix}-${i}`,
    content: `Answer ${i}`,
    metadata: { language: i % 2 ? 'en' : 'de' },
  }));

const noSleep = async () => {};

describe('SDK against the real server on loopback', () => {
  let t: TestApp;
  let owner: TestPerson;
  let baseUrl: string;
  let token: string;

  async function workflow(overrides: object = {}): Promise<string> {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/workflows',
      headers: owner.headers,
      payload: { name: 'Support replies' },
    });
    const id = (created.json() as { id: string }).id;
    const std = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${id}/standards`,
      headers: owner.headers,
      payload: { ...standard, ...overrides },
    });
    expect(std.statusCode, std.body).toBe(201);
    return id;
  }

  async function stored(workflowId: string) {
    const [row] = await t.db.system((tx) =>
      selectRows<{ n: number; ids: number }>(
        tx,
        sql`SELECT count(*)::int AS n, count(DISTINCT client_id)::int AS ids FROM outputs WHERE workflow_id = ${workflowId}`,
      ),
    );
    return row!;
  }

  /** A fetch that counts requests, and can lose the response of chosen calls after the server handled them. */
  function countingFetch(dropResponseOf: number[] = []) {
    const calls: string[] = [];
    const wrapped: typeof fetch = async (input, init) => {
      calls.push(`${init?.method ?? 'GET'} ${String(input)}`);
      const response = await fetch(input, init);
      if (dropResponseOf.includes(calls.length)) {
        await response.arrayBuffer();
        throw new TypeError('fetch failed', {
          cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
        });
      }
      return response;
    };
    return { calls, fetch: wrapped };
  }

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address();
    if (!address || typeof address !== 'object') throw new Error('not listening');
    baseUrl = `http://127.0.0.1:${address.port}/`;
    owner = await createOrganizationWithOwner(t.db);
    const created = await createTokenHeaders(t.db, owner.organizationId, 'contributor');
    token = created.headers.authorization.replace(/^Bearer /, '');
  });
  afterAll(() => t.close());

  it('logs one output and returns its decision; the same output again is the stored decision', async () => {
    const id = await workflow();
    const client = createClient({ baseUrl, token });
    const first = await client.logOutput(id, {
      clientId: 'one',
      content: 'Hello',
      metadata: { language: 'en' },
    });
    expect(first).toMatchObject({
      clientId: 'one',
      segment: 'language=en',
      standardVersion: 1,
      duplicate: false,
    });
    expect(typeof first.review).toBe('boolean');
    expect(first.pi).toBeGreaterThan(0);
    const again = await client.logOutput(id, {
      clientId: 'one',
      content: 'Hello',
      metadata: { language: 'en' },
    });
    expect(again).toEqual({ ...first, duplicate: true });
    expect(await stored(id)).toEqual({ n: 1, ids: 1 });
  });

  it('logs outputs in batches, decisions in input order, reporting each batch', async () => {
    const id = await workflow();
    const counting = countingFetch();
    const client = createClient({ baseUrl, token, fetch: counting.fetch });
    const outputs = outputsOf(1200, 'b');
    const progress: number[] = [];
    const decisions = await client.logOutputs(id, outputs, {
      onBatch: (batch, p) => {
        expect(batch.length).toBeLessThanOrEqual(500);
        progress.push(p.done);
      },
    });
    expect(counting.calls).toHaveLength(3);
    expect(counting.calls[0]).toMatch(
      /^POST http:\/\/127\.0\.0\.1:\d+\/api\/v1\/workflows\/.+\/outputs\/batch$/,
    );
    expect(progress).toEqual([500, 1000, 1200]);
    expect(decisions.map((d) => d.clientId)).toEqual(outputs.map((o) => o.clientId));
    expect(decisions.every((d) => !d.duplicate)).toBe(true);
    expect(await stored(id)).toEqual({ n: 1200, ids: 1200 });
    await expect(client.logOutputs(id, outputs, { batchSize: 1001 })).rejects.toThrow(RangeError);
  });

  it('reads a decision back, and posts feedback whose flag pulls a released output into the queue', async () => {
    const id = await workflow({ policy: 'fixed-rate', fraction: 0.01 });
    const client = createClient({ baseUrl, token });
    const decisions = await client.logOutputs(id, outputsOf(40, 'f'), { batchSize: 25 });
    const released = decisions.find((d) => !d.review)!;
    const output = await client.getDecision(released.id);
    expect(output).toMatchObject({
      id: released.id,
      workflowId: id,
      clientId: released.clientId,
      content: expect.stringMatching(/^Answer /),
      pi: released.pi,
      status: 'released',
      flagged: false,
    });
    const rated = await client.postFeedback(released.id, { rating: 4 });
    expect(rated).toMatchObject({ pulledIntoQueue: false });
    const flagged = await client.postFeedback(released.id, { flag: true, comment: 'Wrong refund amount' });
    expect(flagged).toMatchObject({ pulledIntoQueue: true });
    expect(await client.getDecision(released.id)).toMatchObject({
      status: 'queued',
      flagged: true,
      pi: released.pi,
    });
  });

  it('retries a batch whose response was lost after the server stored it, storing nothing twice', async () => {
    const id = await workflow();
    const counting = countingFetch([2]);
    const sleeps: number[] = [];
    const client = createClient({
      baseUrl,
      token,
      fetch: counting.fetch,
      retry: { retries: 3, sleep: async (ms) => void sleeps.push(ms) },
    });
    const outputs = outputsOf(300, 'd');
    const decisions = await client.logOutputs(id, outputs, { batchSize: 100 });
    expect(counting.calls).toHaveLength(4);
    expect(sleeps).toHaveLength(1);
    // The retried batch (the second) comes back as the stored decisions.
    expect(decisions.slice(100, 200).every((d) => d.duplicate)).toBe(true);
    expect(decisions.filter((d) => d.duplicate)).toHaveLength(100);
    expect(new Set(decisions.map((d) => d.id)).size).toBe(300);
    expect(await stored(id)).toEqual({ n: 300, ids: 300 });
  });

  it('surfaces a 409 with the original decision when a client id returns with other content, without retrying', async () => {
    const id = await workflow();
    const counting = countingFetch();
    const client = createClient({ baseUrl, token, fetch: counting.fetch, retry: { sleep: noSleep } });
    const first = await client.logOutput(id, { clientId: 'x', content: 'one' });
    const error = await client
      .logOutputs(id, [...outputsOf(3, 'ok'), { clientId: 'x', content: 'two' }], { batchSize: 2 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrellisError);
    const problem = error as TrellisError;
    expect(problem).toMatchObject({
      status: 409,
      type: 'urn:trellis:problem:conflict',
      attempts: 1,
      errors: [{ path: 'body.outputs.1.clientId' }],
    });
    expect(problem.original).toMatchObject({
      id: first.id,
      clientId: 'x',
      review: first.review,
      pi: first.pi,
    });
    expect(problem.requestId).toBeTruthy();
    // The first batch was stored and is reported; the failed one stored nothing.
    expect(problem.acknowledged.map((d) => d.clientId)).toEqual(['ok-0', 'ok-1']);
    expect(counting.calls).toHaveLength(3);
    expect(await stored(id)).toEqual({ n: 3, ids: 3 });
  });

  it('answers a bad token with a 401 and invalid input with a 400 naming the field, neither retried', async () => {
    const id = await workflow();
    const counting = countingFetch();
    const bad = createClient({ baseUrl, token: 'trl_not_a_token', fetch: counting.fetch });
    const denied = await bad.logOutput(id, { clientId: 'a', content: 'x' }).catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(TrellisError);
    expect(denied).toMatchObject({ status: 401, type: 'urn:trellis:problem:unauthenticated', attempts: 1 });
    const client = createClient({ baseUrl, token, fetch: counting.fetch });
    const invalid = await client
      .logOutputs(id, [{ clientId: 'a', metadata: { language: 'en' } }])
      .catch((e: unknown) => e);
    expect(invalid).toMatchObject({ status: 400, errors: [{ path: 'body.outputs.0.content' }] });
    const missing = await client.getDecision('00000000-0000-4000-8000-000000000000').catch((e: unknown) => e);
    expect(missing).toMatchObject({ status: 404, type: 'urn:trellis:problem:not-found' });
    expect(counting.calls).toHaveLength(3);
    expect(await stored(id)).toEqual({ n: 0, ids: 0 });
  });
});

describe('SDK retry policy (injected fetch, clock and jitter: no real waiting)', () => {
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json', ...headers },
    });
  const problem = (status: number, type: string) => ({
    type: `urn:trellis:problem:${type}`,
    title: type,
    status,
    detail: `${type} happened`,
  });
  const decision = (clientId: string) => ({
    id: `id-${clientId}`,
    clientId,
    review: false,
    pi: 0.1,
    segment: 'all',
    status: 'released',
    standardVersion: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    duplicate: false,
  });

  function scripted(answers: Array<() => Response>) {
    const seen: Array<{ url: string; body: unknown }> = [];
    const fake: typeof fetch = async (input, init) => {
      seen.push({ url: String(input), body: init?.body ? JSON.parse(String(init.body)) : undefined });
      const next = answers.shift();
      if (!next) throw new Error('no more scripted answers');
      return next();
    };
    return { seen, fetch: fake };
  }

  const clientWith = (fakeFetch: typeof fetch, retry: object = {}) => {
    const sleeps: number[] = [];
    const client = createClient({
      baseUrl: 'http://trellis.test',
      token: 'trl_x',
      fetch: fakeFetch,
      retry: {
        baseDelayMs: 100,
        maxDelayMs: 150,
        random: () => 0.5,
        sleep: async (ms) => void sleeps.push(ms),
        ...retry,
      },
    });
    return { client, sleeps };
  };

  it('backs off exponentially with full jitter up to the ceiling on 5xx and network errors', async () => {
    const refused = () => {
      throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
    };
    const fake = scripted([
      () => json(503, problem(503, 'internal-error')),
      refused,
      () => json(500, problem(500, 'internal-error')),
      () => json(502, 'Bad gateway'),
      () => json(201, decision('a')),
    ]);
    const { client, sleeps } = clientWith(fake.fetch);
    const result = await client.logOutput('w', { clientId: 'a', content: 'x' });
    expect(result.clientId).toBe('a');
    // random 0.5 × min(150, 100·2ⁿ): 50, 75 (capped at 150), 75, 75
    expect(sleeps).toEqual([50, 75, 75, 75]);
    expect(fake.seen.every((s) => s.url === 'http://trellis.test/api/v1/workflows/w/outputs')).toBe(true);
    expect(backoffDelay(10, { baseDelayMs: 100, maxDelayMs: 5000, random: () => 0.999 })).toBe(4995);
    expect(backoffDelay(0, { baseDelayMs: 100, maxDelayMs: 5000, random: () => 0 })).toBe(0);
  });

  it('waits at least what Retry-After asks on a 429', async () => {
    const fake = scripted([
      () => json(429, problem(429, 'rate-limited'), { 'retry-after': '3' }),
      () => json(200, { items: [decision('a')] }),
    ]);
    const { client, sleeps } = clientWith(fake.fetch);
    await client.logOutputs('w', [{ clientId: 'a', content: 'x' }]);
    expect(sleeps).toEqual([3000]);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:10 GMT', Date.parse('2025-01-01T00:00:00Z'))).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeNull();
  });

  it('gives up after the retries with the last problem, or a network error with status 0', async () => {
    const down = scripted(Array.from({ length: 3 }, () => () => json(503, problem(503, 'internal-error'))));
    const { client, sleeps } = clientWith(down.fetch, { retries: 2 });
    await expect(client.getDecision('o')).rejects.toMatchObject({ status: 503, attempts: 3 });
    expect(sleeps).toHaveLength(2);
    const reset = () => {
      throw new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } });
    };
    const gone = scripted([reset, reset]);
    const second = clientWith(gone.fetch, { retries: 1 });
    const error = await second.client.getDecision('o').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrellisError);
    expect(error).toMatchObject({ status: 0, type: NETWORK_ERROR, attempts: 2 });
    expect((error as TrellisError).detail).toContain('ECONNRESET');
  });

  it('never retries other 4xx, and retries feedback (no idempotency key) only when nothing was stored', async () => {
    const forbidden = scripted([() => json(403, problem(403, 'forbidden'))]);
    const a = clientWith(forbidden.fetch);
    await expect(a.client.logOutput('w', { clientId: 'a', content: 'x' })).rejects.toMatchObject({
      status: 403,
    });
    expect(a.sleeps).toEqual([]);
    const reset = () => {
      throw new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } });
    };
    const lost = scripted([reset, () => json(201, { id: 'f', pulledIntoQueue: false })]);
    const b = clientWith(lost.fetch);
    await expect(b.client.postFeedback('o', { rating: 5 })).rejects.toMatchObject({ status: 0 });
    expect(lost.seen).toHaveLength(1);
    const limited = scripted([
      () => json(429, problem(429, 'rate-limited')),
      () => json(201, { id: 'f', pulledIntoQueue: false }),
    ]);
    const c = clientWith(limited.fetch);
    await expect(c.client.postFeedback('o', { rating: 5 })).resolves.toEqual({
      id: 'f',
      pulledIntoQueue: false,
    });
    const failed = scripted([() => json(500, problem(500, 'internal-error'))]);
    const d = clientWith(failed.fetch);
    await expect(d.client.postFeedback('o', { flag: true })).rejects.toMatchObject({ status: 500 });
  });

  it('halves a batch the server finds too large, keeping decisions in input order', async () => {
    const sizes: number[] = [];
    const fake: typeof fetch = async (_input, init) => {
      const { outputs } = JSON.parse(String(init?.body)) as { outputs: OutputInput[] };
      sizes.push(outputs.length);
      if (outputs.length > 3) return json(413, problem(413, 'payload-too-large'));
      return json(200, { items: outputs.map((o) => decision(o.clientId)) });
    };
    const { client } = clientWith(fake);
    const outputs = Array.from({ length: 10 }, (_, i) => ({ clientId: `c${i}`, content: 'x' }));
    const decisions = await client.logOutputs('w', outputs, { batchSize: 10 });
    expect(decisions.map((d) => d.clientId)).toEqual(outputs.map((o) => o.clientId));
    expect(sizes).toEqual([10, 5, 3, 2, 5, 3, 2]);
  });
});
