import type { AddressInfo } from 'node:net';
import { createClient, TrellisError } from '@trellis/sdk';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { databaseDigest, expectProblem } from '../../test/api';
import {
  createOrganizationWithOwner,
  createTestApp,
  createTokenHeaders,
  type TestPerson,
  testEngines,
} from '../../test/harness';
import { loadConfig } from '../config';
import { selectRows } from '../db/rows';
import { createRateLimiter } from './rate-limits';

const limits = { ingestRateLimit: 1000, ingestOrgRateLimit: 1500 };
async function workflowWithStandard(
  app: Awaited<ReturnType<typeof buildApp>>,
  headers: Record<string, string>,
) {
  const created = await app.inject({
    method: 'POST',
    url: '/api/v1/workflows',
    headers,
    payload: { name: 'Support replies' },
  });
  const id = created.json().id as string;
  const standard = await app.inject({
    method: 'POST',
    url: `/api/v1/workflows/${id}/standards`,
    headers,
    payload: {
      criteria: [{ key: 'ok', label: 'Acceptable', kind: 'pass_fail', severity: 'critical' }],
      defectRule: { kind: 'any_critical_fail' },
      outgoingLimit: 0.02,
    },
  });
  expect(standard.statusCode, standard.body).toBe(201);
  return id;
}
/**
 * Windows are whole minutes of the clock; both apps read this one, injected, so no test waits for or races
 * the wall clock. Each test starts `atSecond` seconds into a fresh minute of its own. It starts at today's
 * minute: the apps judge the test people's sessions (14 days from now) by this clock too.
 */
let clock = Math.floor(Date.now() / 60_000) * 60_000;
function startMinute(atSecond = 1) {
  clock = (Math.floor(clock / 60_000) + 1) * 60_000 + atSecond * 1000;
}
const outputs = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ clientId: `${prefix}-${i}`, content: `Reply ${i}` }));

/**
 * Hardening: ingestion is limited per API token and per organization (outputs per minute), with
 * the count kept in the database so the limit holds over several server processes — here two apps on one
 * database, each with its own limiter, stand for two processes.
 */
describe.each(testEngines())('ingestion rate limits on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let second: Awaited<ReturnType<typeof buildApp>>;
  let owner: TestPerson;
  let workflowId: string;

  beforeAll(async () => {
    t = await createTestApp(engine, limits, { now: () => clock });
    second = await buildApp({ db: t.db, config: loadConfig(limits, {}), serveWeb: false, now: () => clock });
    owner = await createOrganizationWithOwner(t.db);
    workflowId = await workflowWithStandard(t.app, owner.headers);
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  const batch = (app: typeof second, headers: Record<string, string>, prefix: string, n: number) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${workflowId}/outputs/batch`,
      headers,
      payload: { outputs: outputs(prefix, n) },
    });

  it('answers 429 problem+json with Retry-After past a token’s limit, storing nothing, over two processes', async () => {
    const token = await createTokenHeaders(t.db, owner.organizationId, 'contributor');
    startMinute(20);
    expect((await batch(t.app, token.headers, 'a', 600)).statusCode).toBe(200);
    const before = await databaseDigest(t.db);
    const refused = await batch(second, token.headers, 'b', 600);
    const problem = expectProblem(refused, 429);
    expect(problem.type).toBe('urn:trellis:problem:rate-limited');
    expect(problem.detail).toMatch(/API token has logged its 1000 outputs for this minute/);
    // 20 s into the minute: the window opens again in 40 s.
    expect(refused.headers['retry-after']).toBe('40');
    expect(await databaseDigest(t.db)).toEqual(before);
    // What is left of the allowance is still there, through either process, then nothing more.
    expect((await batch(second, token.headers, 'c', 400)).statusCode).toBe(200);
    const single = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${workflowId}/outputs`,
      headers: token.headers,
      payload: { clientId: 'one-more', content: 'Reply' },
    });
    expectProblem(single, 429);
    clock += 500; // 20.5 s in: 39.5 s left, rounded up
    const later = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${workflowId}/outputs`,
      headers: token.headers,
      payload: { clientId: 'one-more', content: 'Reply' },
    });
    expect(later.headers['retry-after']).toBe('40');
    // The next minute opens the allowance again, and the refused output is stored then.
    startMinute();
    expect((await batch(t.app, token.headers, 'one-more', 1)).statusCode).toBe(200);
  });

  it('limits the organization over all its tokens', async () => {
    const org = await createOrganizationWithOwner(t.db);
    const wf = await workflowWithStandard(t.app, org.headers);
    const other = await createOrganizationWithOwner(t.db);
    const [first, secondToken, third] = await Promise.all(
      [0, 1, 2].map(() => createTokenHeaders(t.db, org.organizationId, 'contributor')),
    );
    startMinute();
    const send = (app: typeof second, headers: Record<string, string>, prefix: string, n: number) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/workflows/${wf}/outputs/batch`,
        headers,
        payload: { outputs: outputs(prefix, n) },
      });
    expect((await send(t.app, first!.headers, 'd', 1000)).statusCode).toBe(200);
    expect((await send(second, secondToken!.headers, 'e', 500)).statusCode).toBe(200);
    const refused = expectProblem(await send(t.app, third!.headers, 'f', 1), 429);
    expect(refused.detail).toMatch(/Your organization has logged its 1500 outputs/);
    // Another organization has its own allowance.
    const otherToken = await createTokenHeaders(t.db, other.organizationId, 'contributor');
    const otherWorkflow = await workflowWithStandard(second, other.headers);
    const stored = await second.inject({
      method: 'POST',
      url: `/api/v1/workflows/${otherWorkflow}/outputs/batch`,
      headers: otherToken.headers,
      payload: { outputs: outputs('g', 900) },
    });
    expect(stored.statusCode).toBe(200);
  });

  it('never admits more than the limit from three processes racing, and opens again next window', async () => {
    startMinute(45.2);
    const processes = [0, 1, 2].map(() => createRateLimiter(t.db, { now: () => clock }));
    const key = `race-${engine}-${clock}`;
    const results = await Promise.all(
      Array.from({ length: 90 }, (_, i) => processes[i % 3]!.take([{ key, limit: 1000 }], 17)),
    );
    const admitted = results.filter((r) => r.ok).length;
    // 1000 ÷ 17 = 58.8: at most 58 requests fit; leased but unspent allowance may leave a few out.
    expect(admitted * 17).toBeLessThanOrEqual(1000);
    expect(admitted).toBeGreaterThanOrEqual(58 - 3);
    const [row] = await t.db.system((tx) =>
      selectRows<{ used: number }>(tx, sql`SELECT used FROM rate_limit_windows WHERE key = ${key}`),
    );
    expect(row!.used).toBeLessThanOrEqual(1000);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, key, retryAfterSeconds: 15 });
    clock += 15_000;
    expect(await processes[0]!.take([{ key, limit: 1000 }], 17)).toEqual({ ok: true });
    // The old window's row is gone: one row per key.
    const rows = await t.db.system((tx) =>
      selectRows<{ n: number }>(
        tx,
        sql`SELECT count(*)::int AS n FROM rate_limit_windows WHERE key = ${key}`,
      ),
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('has the SDK wait what Retry-After asks before retrying', async () => {
    await second.listen({ port: 0, host: '127.0.0.1' });
    const own = await createOrganizationWithOwner(t.db);
    const ownToken = await createTokenHeaders(t.db, own.organizationId, 'contributor');
    const wf = await workflowWithStandard(second, own.headers);
    const slept: number[] = [];
    startMinute(50);
    const client = createClient({
      baseUrl: `http://127.0.0.1:${(second.server.address() as AddressInfo).port}`,
      token: ownToken.headers.authorization.slice('Bearer '.length),
      retry: { retries: 1, sleep: async (ms) => void slept.push(ms), random: () => 0 },
    });
    await client.logOutputs(wf, outputs('h', 1000), { batchSize: 1000 });
    const error = await client.logOutput(wf, { clientId: 'late', content: 'x' }).catch((e) => e);
    expect(error).toBeInstanceOf(TrellisError);
    expect((error as TrellisError).status).toBe(429);
    expect((error as TrellisError).attempts).toBe(2);
    // 50 s into the minute the server asks for 10 s; the jitter (random 0) adds nothing.
    expect(slept).toEqual([10_000]);
  });
});
