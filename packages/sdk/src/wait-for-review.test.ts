import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The tests run the real server; the SDK's own source imports nothing of the server.
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  createTokenHeaders,
  type TestPerson,
} from '../../server/src/test/harness';
import { createClient, ReviewTimeoutError, TrellisError } from './index';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

describe('waitForReview against the real server on loopback', () => {
  let t: TestApp;
  let owner: TestPerson;
  let reviewer: TestPerson;
  let baseUrl: string;
  let token: string;
  let workflowId: string;

  beforeAll(async () => {
    t = await createTestApp('pglite');
    owner = await createOrganizationWithOwner(t.db);
    reviewer = await createMember(t.db, owner.organizationId, 'reviewer');
    token = (await createTokenHeaders(t.db, owner.organizationId, 'contributor')).headers.authorization.slice(
      'Bearer '.length,
    );
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/workflows',
      headers: owner.headers,
      payload: { name: 'Claim letters' },
    });
    workflowId = (created.json() as { id: string }).id;
    // Gate mode on every output: each is held for review.
    const std = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${workflowId}/standards`,
      headers: owner.headers,
      payload: {
        criteria: [{ key: 'accurate', label: 'Accurate', kind: 'pass_fail', severity: 'critical' }],
        defectRule: { kind: 'any_critical_fail' },
        outgoingLimit: 0.01,
        policy: 'full',
        doubleReviewFraction: 0,
      },
    });
    expect(std.statusCode, std.body).toBe(201);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await t.close();
  });

  async function review(accurate: boolean) {
    const claimed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${workflowId}/queue/next`,
      headers: reviewer.headers,
    });
    const outputId = (claimed.json() as { output: { id: string } }).output.id;
    const done = await t.app.inject({
      method: 'POST',
      url: `/api/v1/outputs/${outputId}/reviews`,
      headers: reviewer.headers,
      payload: { answers: { accurate }, timeSpentMs: 5 },
    });
    expect(done.statusCode, done.body).toBe(201);
  }

  it('returns the verdict once a person reviews the held output, polling with backoff', async () => {
    const pauses: number[] = [];
    const trellis = createClient({
      baseUrl,
      token,
      retry: {
        // Time is injected: the third pause is when the reviewer gets to it.
        sleep: async (ms) => {
          pauses.push(ms);
          if (pauses.length === 3) await review(false);
        },
      },
    });
    const decision = await trellis.logOutput(workflowId, {
      clientId: 'letter-1',
      content: 'Dear customer …',
    });
    expect(decision.review).toBe(true);
    const reviewed = await trellis.waitForReview(decision, { timeoutMs: 60_000 });
    expect(reviewed).toMatchObject({ id: decision.id, status: 'reviewed', defect: true });
    expect(pauses).toEqual([1000, 1500, 2250]);
  });

  it('gives up after timeoutMs with the last state, and answers at once for a reviewed output', async () => {
    const pauses: number[] = [];
    const trellis = createClient({
      baseUrl,
      token,
      retry: {
        sleep: async (ms) => {
          pauses.push(ms);
        },
      },
    });
    const decision = await trellis.logOutput(workflowId, {
      clientId: 'letter-2',
      content: 'Dear customer …',
    });
    const error = await trellis.waitForReview(decision.id, { timeoutMs: 5000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReviewTimeoutError);
    expect((error as ReviewTimeoutError).output).toMatchObject({ id: decision.id, status: 'queued' });
    // 1 s, 1.5 s, 2.25 s, then the 0.25 s left of the 5 s.
    expect(pauses).toEqual([1000, 1500, 2250, 250]);

    await review(true);
    pauses.length = 0;
    expect(await trellis.waitForReview(decision.id)).toMatchObject({ status: 'reviewed', defect: false });
    expect(pauses).toEqual([]);
  });

  it('waits by workflow and client id (with characters a path must escape), and 404s for one never logged', async () => {
    const pauses: number[] = [];
    const trellis = createClient({
      baseUrl,
      token,
      retry: {
        sleep: async (ms) => {
          pauses.push(ms);
          if (pauses.length === 2) await review(true);
        },
      },
    });
    const clientId = 'trace 4bf9/span 00f0?x=1';
    const decision = await trellis.logOutput(workflowId, { clientId, content: 'Dear customer …' });
    const reviewed = await trellis.waitForReview({ workflowId, clientId }, { timeoutMs: 60_000 });
    expect(reviewed).toMatchObject({ id: decision.id, clientId, status: 'reviewed', defect: false });
    expect(pauses).toEqual([1000, 1500]);

    const missing = await trellis
      .waitForReview({ workflowId, clientId: 'never-logged' })
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(TrellisError);
    expect((missing as TrellisError).status).toBe(404);

    // Another organization's token finds nothing under this workflow.
    const other = await createOrganizationWithOwner(t.db);
    const otherToken = (
      await createTokenHeaders(t.db, other.organizationId, 'viewer')
    ).headers.authorization.slice('Bearer '.length);
    const foreign = await createClient({ baseUrl, token: otherToken })
      .waitForReview({ workflowId, clientId })
      .catch((e: unknown) => e);
    expect((foreign as TrellisError).status).toBe(404);
  });
});
