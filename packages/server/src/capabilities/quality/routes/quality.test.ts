import { hashUniform } from '@trellis/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../app';
import { loadConfig } from '../../../platform/config';
import { openDatabase } from '../../../platform/db/client';
import { selectRows } from '../../../platform/db/rows';
import { databaseDigest, expectProblem } from '../../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  createTestDatabaseUrl,
  createTokenHeaders,
  type TestPerson,
  testEngines,
} from '../../../test/harness';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

const standard = {
  criteria: [
    { key: 'accurate', label: 'Factually accurate', kind: 'pass_fail', severity: 'critical' },
    { key: 'tone', label: 'Tone fits the learners', kind: 'scale', severity: 'minor' },
  ],
  defectRule: { kind: 'any_critical_fail' },
  outgoingLimit: 0.01,
  segmentKeys: ['language'],
  doubleReviewFraction: 0,
};

async function setUpWorkflow(t: TestApp, lead: TestPerson, overrides: object = {}) {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/workflows',
    headers: lead.headers,
    payload: { name: 'Draft quiz items' },
  });
  expect(created.statusCode).toBe(201);
  const workflow = created.json() as { id: string };
  const std = await t.app.inject({
    method: 'POST',
    url: `/api/v1/workflows/${workflow.id}/standards`,
    headers: lead.headers,
    payload: { ...standard, ...overrides },
  });
  expect(std.statusCode, std.body).toBe(201);
  return workflow.id;
}

const outputsOf = (n: number, prefix: string, language = 'en') =>
  Array.from({ length: n }, (_, i) => ({
    clientId: `${prefix}-${i}`,
    content: `Question ${i}`,
    metadata: { language },
  }));

describe('quality in the product (PGlite)', () => {
  let t: TestApp;
  let owner: TestPerson;
  let reviewer: TestPerson;
  let token: { headers: Record<string, string> };

  beforeAll(async () => {
    t = await createTestApp();
    owner = await createOrganizationWithOwner(t.db);
    reviewer = await createMember(t.db, owner.organizationId, 'reviewer');
    token = await createTokenHeaders(t.db, owner.organizationId, 'contributor');
  });
  afterAll(() => t.close());

  it('versions a standard and refuses an invalid one, naming the field', async () => {
    const id = await setUpWorkflow(t, owner);
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${id}/standards`,
      headers: owner.headers,
      payload: { ...standard, criteria: [{ ...standard.criteria[1], severity: 'minor' }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('body.criteria');
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${id}/standards`,
      headers: owner.headers,
      payload: { ...standard, outgoingLimit: 0.02 },
    });
    expect(again.json()).toMatchObject({ version: 2, outgoingLimit: 0.02 });
    const versions = await t.app.inject({ url: `/api/v1/workflows/${id}/standards`, headers: owner.headers });
    expect(versions.json().items.map((s: { version: number }) => s.version)).toEqual([2, 1]);
  });

  it('names a refusal of core by the request field it came from, changing nothing', async () => {
    const id = await setUpWorkflow(t, owner);
    const before = await databaseDigest(t.db);
    const post = (payload: object) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/workflows/${id}/standards`,
        headers: owner.headers,
        payload,
      });
    // Core's CSP-1 plan refuses its parameter `f` (a fraction of 1 is full review, not CSP-1): the field is `fraction`.
    const csp1 = expectProblem(
      await post({ ...standard, policy: 'csp1', fraction: 1 }),
      400,
      'body.fraction',
    );
    expect(csp1.errors).toEqual([{ path: 'body.fraction', message: expect.stringMatching(/^f: /) }]);
    // A monitor whose in-control rate is not below the alarm rate: core's `monitor`, the body's `monitor`.
    expectProblem(
      await post({ ...standard, monitor: { p0: 0.05, p1: 0.02, falseAlarmsPer100k: 10 } }),
      400,
      'body.monitor',
    );
    expect(await databaseDigest(t.db)).toEqual(before);
  });

  it('decides at ingestion with a re-derivable draw, and a retry returns the stored decision', async () => {
    const id = await setUpWorkflow(t, owner);
    const batch = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${id}/outputs/batch`,
      headers: token.headers,
      payload: { outputs: outputsOf(200, 'a') },
    });
    expect(batch.statusCode, batch.body).toBe(200);
    const items = batch.json().items as Array<{
      clientId: string;
      review: boolean;
      pi: number;
      duplicate: boolean;
    }>;
    expect(items).toHaveLength(200);
    const [salt] = await t.db.system((tx) =>
      selectRows<{ sampling_salt: number }>(tx, sql`SELECT sampling_salt FROM workflows WHERE id = ${id}`),
    );
    for (const item of items) {
      expect(item.pi).toBeGreaterThan(0);
      expect(item.pi).toBeLessThanOrEqual(1);
      expect(item.review).toBe(hashUniform(item.clientId, salt!.sampling_salt) < item.pi);
    }
    const retry = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${id}/outputs`,
      headers: token.headers,
      payload: outputsOf(1, 'a')[0],
    });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({
      clientId: 'a-0',
      duplicate: true,
      review: items[0]!.review,
      pi: items[0]!.pi,
    });
    const [count] = await t.db.system((tx) =>
      selectRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM outputs WHERE workflow_id = ${id}`),
    );
    expect(count!.n).toBe(200);
  });

  it('answers 409 with the original decision when a client id comes back with other content, storing nothing of the batch', async () => {
    const id = await setUpWorkflow(t, owner);
    const first = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${id}/outputs`,
      headers: token.headers,
      payload: { clientId: 'x', content: 'one' },
    });
    const clash = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${id}/outputs/batch`,
      headers: token.headers,
      payload: {
        outputs: [
          { clientId: 'new', content: 'fine' },
          { clientId: 'x', content: 'two' },
        ],
      },
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.headers['content-type']).toContain('application/problem+json');
    expect(clash.json()).toMatchObject({
      errors: [{ path: 'body.outputs.1.clientId' }],
      original: { id: first.json().id, clientId: 'x' },
    });
    const [count] = await t.db.system((tx) =>
      selectRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM outputs WHERE workflow_id = ${id}`),
    );
    expect(count!.n).toBe(1);
  });

  it('refuses outputs for an unknown workflow (404), without content (400), or from a viewer (403)', async () => {
    const id = await setUpWorkflow(t, owner);
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/workflows/00000000-0000-4000-8000-000000000000/outputs',
      headers: token.headers,
      payload: { clientId: 'a', content: 'x' },
    });
    expect(unknown.statusCode).toBe(404);
    const empty = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${id}/outputs`,
      headers: token.headers,
      payload: { clientId: 'a' },
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].path).toBe('body.content');
    const viewer = await createTokenHeaders(t.db, owner.organizationId, 'viewer');
    const denied = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${id}/outputs`,
      headers: viewer.headers,
      payload: { clientId: 'a', content: 'x' },
    });
    expect(denied.statusCode).toBe(403);
  });

  it('runs the review loop: claim, submit against the rubric, raise an alarm on a shift, clear it with a note', async () => {
    const id = await setUpWorkflow(t, owner, { policy: 'full' });
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${id}/outputs/batch`,
      headers: token.headers,
      payload: { outputs: outputsOf(30, 'r', 'fr') },
    });
    let alarms = 0;
    for (let i = 0; i < 30 && alarms === 0; i++) {
      const next = await t.app.inject({
        method: 'POST',
        url: `/api/v1/workflows/${id}/queue/next`,
        headers: reviewer.headers,
      });
      expect(next.statusCode).toBe(200);
      const item = next.json();
      expect(item.standard.criteria).toHaveLength(2);
      const submitted = await t.app.inject({
        method: 'POST',
        url: `/api/v1/outputs/${item.output.id}/reviews`,
        headers: reviewer.headers,
        payload: { answers: { accurate: false, tone: 4 }, timeSpentMs: 5000 },
      });
      expect(submitted.statusCode, submitted.body).toBe(201);
      expect(submitted.json()).toMatchObject({ defect: true, failedCritical: ['accurate'] });
      alarms += submitted.json().alarmsRaised;
    }
    expect(alarms).toBe(1);
    const summary = (
      await t.app.inject({ url: `/api/v1/workflows/${id}/quality`, headers: owner.headers })
    ).json();
    expect(summary.alarms).toHaveLength(1);
    expect(summary.alarms[0]).toMatchObject({ segment: 'language=fr', clearedAt: null });
    expect(summary.total.defectsFound).toBeGreaterThan(0);
    expect(summary.total.defectRate.lower).toBeGreaterThan(0.2);
    const denied = await t.app.inject({
      method: 'POST',
      url: `/api/v1/alarms/${summary.alarms[0].id}/clear`,
      headers: reviewer.headers,
      payload: { note: 'ok' },
    });
    expect(denied.statusCode).toBe(403);
    const cleared = await t.app.inject({
      method: 'POST',
      url: `/api/v1/alarms/${summary.alarms[0].id}/clear`,
      headers: owner.headers,
      payload: { note: 'Prompt fixed' },
    });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json()).toMatchObject({ note: 'Prompt fixed' });
    const twice = await t.app.inject({
      method: 'POST',
      url: `/api/v1/alarms/${summary.alarms[0].id}/clear`,
      headers: owner.headers,
      payload: { note: 'again' },
    });
    expect(twice.statusCode).toBe(409);
  });

  it('refuses a review without a live claim, a second review by the same person, and a wrong answer type', async () => {
    const id = await setUpWorkflow(t, owner, { policy: 'full' });
    const [out] = (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/workflows/${id}/outputs/batch`,
        headers: token.headers,
        payload: { outputs: outputsOf(1, 'c') },
      })
    ).json().items;
    const unclaimed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/outputs/${out.id}/reviews`,
      headers: reviewer.headers,
      payload: { answers: { accurate: true, tone: 3 }, timeSpentMs: 1 },
    });
    expect(unclaimed.statusCode).toBe(409);
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${id}/queue/next`,
      headers: reviewer.headers,
    });
    const badType = await t.app.inject({
      method: 'POST',
      url: `/api/v1/outputs/${out.id}/reviews`,
      headers: reviewer.headers,
      payload: { answers: { accurate: 3, tone: 3 }, timeSpentMs: 1 },
    });
    expect(badType.statusCode).toBe(400);
    expect(badType.json().errors[0].path).toBe('body.answers.accurate');
    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/v1/outputs/${out.id}/reviews`,
      headers: reviewer.headers,
      payload: { answers: { accurate: true, tone: 3 }, timeSpentMs: 1 },
    });
    expect(ok.statusCode).toBe(201);
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/outputs/${out.id}/reviews`,
      headers: reviewer.headers,
      payload: { answers: { accurate: true, tone: 3 }, timeSpentMs: 1 },
    });
    expect(again.statusCode).toBe(409);
    const empty = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${id}/queue/next`,
      headers: reviewer.headers,
    });
    expect(empty.statusCode).toBe(204);
  });

  it('never gives two reviewers the same claimed item', async () => {
    const id = await setUpWorkflow(t, owner, { policy: 'full' });
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${id}/outputs/batch`,
      headers: token.headers,
      payload: { outputs: outputsOf(2, 'd') },
    });
    const other = await createMember(t.db, owner.organizationId, 'reviewer');
    const a = (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/workflows/${id}/queue/next`,
        headers: reviewer.headers,
      })
    ).json();
    const b = (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/workflows/${id}/queue/next`,
        headers: other.headers,
      })
    ).json();
    expect(a.output.id).not.toBe(b.output.id);
  });

  it('sends a skipped item to the back of the reviewer’s queue, and lets another reviewer take it at once', async () => {
    const id = await setUpWorkflow(t, owner, { policy: 'full' });
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${id}/outputs/batch`,
      headers: token.headers,
      payload: { outputs: outputsOf(2, 'k') },
    });
    const first = (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/workflows/${id}/queue/next`,
        headers: reviewer.headers,
      })
    ).json();
    expect(first.output.clientId).toBe('k-0');
    const skip = await t.app.inject({
      method: 'POST',
      url: `/api/v1/outputs/${first.output.id}/release`,
      headers: reviewer.headers,
    });
    expect(skip.statusCode).toBe(204);
    const other = await createMember(t.db, owner.organizationId, 'reviewer');
    const theirs = (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/workflows/${id}/queue/next`,
        headers: other.headers,
      })
    ).json();
    expect(theirs.output.clientId).toBe('k-0');
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/outputs/${theirs.output.id}/release`,
      headers: other.headers,
    });
    const next = (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/workflows/${id}/queue/next`,
        headers: reviewer.headers,
      })
    ).json();
    expect(next.output.clientId).toBe('k-1');
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/outputs/${next.output.id}/reviews`,
      headers: reviewer.headers,
      payload: { answers: { accurate: true, tone: 4 }, timeSpentMs: 10 },
    });
    const back = (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/workflows/${id}/queue/next`,
        headers: reviewer.headers,
      })
    ).json();
    expect(back.output.clientId).toBe('k-0');
  });

  it('shows an output with its verdict and reviews: all of them to leads, only their own to reviewers', async () => {
    const id = await setUpWorkflow(t, owner, { policy: 'full' });
    const logged = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${id}/outputs`,
      headers: token.headers,
      payload: { clientId: 'detail-1', content: 'A module outline' },
    });
    const outputId = logged.json().id as string;
    const claimed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${id}/queue/next`,
      headers: reviewer.headers,
    });
    expect(claimed.json().output.id).toBe(outputId);
    const reviewed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/outputs/${outputId}/reviews`,
      headers: reviewer.headers,
      payload: { answers: { accurate: false, tone: 4 }, comment: 'Cites a retired policy', timeSpentMs: 900 },
    });
    expect(reviewed.statusCode, reviewed.body).toBe(201);
    const detail = async (who: { headers: Record<string, string> }) =>
      (await t.app.inject({ url: `/api/v1/outputs/${outputId}`, headers: who.headers })).json();
    const asLead = await detail(owner);
    expect(asLead).toMatchObject({ defect: true, gold: false, reviewCount: 1 });
    expect(asLead.reviews).toEqual([
      expect.objectContaining({
        kind: 'sampled',
        defect: true,
        comment: 'Cites a retired policy',
        reviewer: 'A reviewer',
      }),
    ]);
    expect((await detail(reviewer)).reviews).toHaveLength(1);
    const colleague = await createMember(t.db, owner.organizationId, 'reviewer');
    const asColleague = await detail(colleague);
    expect(asColleague).toMatchObject({ defect: true, reviewCount: 1, reviews: [] });
  });

  it('lists a workflow’s outputs with their verdicts, filtered and paginated', async () => {
    const id = await setUpWorkflow(t, owner, { policy: 'full' });
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${id}/outputs/batch`,
      headers: token.headers,
      payload: { outputs: outputsOf(5, 'l') },
    });
    for (let i = 0; i < 3; i++) {
      const item = (
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/workflows/${id}/queue/next`,
          headers: reviewer.headers,
        })
      ).json();
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/outputs/${item.output.id}/reviews`,
        headers: reviewer.headers,
        payload: { answers: { accurate: i !== 1, tone: 4 }, timeSpentMs: 10 },
      });
    }
    const reviewed = (
      await t.app.inject({ url: `/api/v1/workflows/${id}/outputs?status=reviewed`, headers: owner.headers })
    ).json();
    expect(reviewed.items.map((o: { clientId: string }) => o.clientId).sort()).toEqual(['l-0', 'l-1', 'l-2']);
    const defects = (
      await t.app.inject({ url: `/api/v1/workflows/${id}/outputs?defect=true`, headers: owner.headers })
    ).json();
    expect(defects.items).toHaveLength(1);
    expect(defects.items[0]).toMatchObject({ clientId: 'l-1', defect: true, reviews: 1, gold: false });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Array<{ clientId: string }>; nextCursor: string | null } = (
        await t.app.inject({
          url: `/api/v1/workflows/${id}/outputs?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
          headers: owner.headers,
        })
      ).json();
      seen.push(...page.items.map((o: { clientId: string }) => o.clientId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(['l-0', 'l-1', 'l-2', 'l-3', 'l-4']);
    const bad = await t.app.inject({
      url: `/api/v1/workflows/${id}/outputs?defect=maybe`,
      headers: owner.headers,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('query.defect');
  });

  it('records a flag as a signal that pulls an unreviewed output into the queue without changing its π', async () => {
    const id = await setUpWorkflow(t, owner, { policy: 'fixed-rate', fraction: 0.01 });
    const items = (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/workflows/${id}/outputs/batch`,
        headers: token.headers,
        payload: { outputs: outputsOf(50, 'f') },
      })
    ).json().items;
    const released = items.find((o: { review: boolean }) => !o.review);
    const flagged = await t.app.inject({
      method: 'POST',
      url: `/api/v1/outputs/${released.id}/feedback`,
      headers: token.headers,
      payload: { flag: true, comment: 'Wrong answer key' },
    });
    expect(flagged.json()).toMatchObject({ pulledIntoQueue: true });
    const after = (
      await t.app.inject({ url: `/api/v1/outputs/${released.id}`, headers: token.headers })
    ).json();
    expect(after).toMatchObject({ status: 'queued', flagged: true, pi: released.pi, review: false });
    const noSignal = await t.app.inject({
      method: 'POST',
      url: `/api/v1/outputs/${released.id}/feedback`,
      headers: token.headers,
      payload: {},
    });
    expect(noSignal.statusCode).toBe(400);
  });
});

describe.each(testEngines())('concurrent ingestion into one workflow on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('serializes policy state updates: every output stored once, decisions consistent with the state', async () => {
    const owner = await createOrganizationWithOwner(t.db);
    const id = await setUpWorkflow(t, owner);
    const token = await createTokenHeaders(t.db, owner.organizationId, 'contributor');
    const batches = Array.from({ length: 8 }, (_, b) => outputsOf(50, `p${b}`, b % 2 ? 'en' : 'de'));
    const responses = await Promise.all(
      [...batches, batches[0]!].map((outputs) =>
        t.app.inject({
          method: 'POST',
          url: `/api/v1/workflows/${id}/outputs/batch`,
          headers: token.headers,
          payload: { outputs },
        }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(new Array(9).fill(200));
    const [stored] = await t.db.system((tx) =>
      selectRows<{ n: number; distinct_ids: number }>(
        tx,
        sql`SELECT count(*)::int AS n, count(DISTINCT client_id)::int AS distinct_ids FROM outputs WHERE workflow_id = ${id}`,
      ),
    );
    expect(stored).toEqual({ n: 400, distinct_ids: 400 });
    // Every stored decision is the draw keyed on its client id against the π it was given.
    const rows = await t.db.system((tx) =>
      selectRows<{ client_id: string; pi: number; selected: boolean; salt: number }>(
        tx,
        sql`SELECT o.client_id, o.pi, o.selected, w.sampling_salt AS salt FROM outputs o JOIN workflows w ON w.id = o.workflow_id WHERE o.workflow_id = ${id}`,
      ),
    );
    for (const row of rows) expect(row.selected).toBe(hashUniform(row.client_id, row.salt) < row.pi);
    const [state] = await t.db.system((tx) =>
      selectRows<{ n: number }>(
        tx,
        sql`SELECT count(*)::int AS n FROM sampling_states WHERE workflow_id = ${id}`,
      ),
    );
    expect(state!.n).toBe(1);
  });
  it('stores single outputs that arrive together in groups, each answered on its own', async () => {
    const owner = await createOrganizationWithOwner(t.db);
    const id = await setUpWorkflow(t, owner);
    const token = await createTokenHeaders(t.db, owner.organizationId, 'contributor');
    const post = (payload: object) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/workflows/${id}/outputs`,
        headers: token.headers,
        payload,
      });
    const first = await post({ clientId: 'taken', content: 'the original' });
    expect(first.statusCode).toBe(201);
    const responses = await Promise.all([
      ...outputsOf(40, 's').map((o) => post(o)),
      post({ clientId: 'taken', content: 'something else' }),
      post({ clientId: 'taken', content: 'the original' }),
      post(outputsOf(1, 's')[0]!),
    ]);
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.slice(0, 40)).toEqual(new Array(40).fill(201));
    expect(statuses.slice(40)).toEqual([409, 200, 200]);
    expect(responses[40]!.json()).toMatchObject({ original: { id: first.json().id, clientId: 'taken' } });
    expect(responses[41]!.json().id).toBe(first.json().id);
    expect(responses[42]!.json().id).toBe(responses[0]!.json().id);
    const [stored] = await t.db.system((tx) =>
      selectRows<{ n: number; decisions: number }>(
        tx,
        sql`SELECT (SELECT count(*)::int FROM outputs WHERE workflow_id = ${id}) AS n,
              (SELECT decisions::int FROM sampling_states WHERE workflow_id = ${id}) AS decisions`,
      ),
    );
    expect(stored).toEqual({ n: 41, decisions: 41 });
  });

  it('keeps the state row from the first standard on, and rebuilds one a workflow made before that lacks', async () => {
    const owner = await createOrganizationWithOwner(t.db);
    const id = await setUpWorkflow(t, owner);
    const token = await createTokenHeaders(t.db, owner.organizationId, 'contributor');
    const stateRow = async () =>
      (
        await t.db.system((tx) =>
          selectRows<{ decisions: number; standard_version: number }>(
            tx,
            sql`SELECT decisions::int AS decisions, standard_version FROM sampling_states WHERE workflow_id = ${id}`,
          ),
        )
      )[0];
    expect(await stateRow()).toEqual({ decisions: 0, standard_version: 1 });
    await t.db.system((tx) => tx.execute(sql`DELETE FROM sampling_states WHERE workflow_id = ${id}`));
    const ingest = (prefix: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/workflows/${id}/outputs/batch`,
        headers: token.headers,
        payload: { outputs: outputsOf(30, prefix) },
      });
    const responses = await Promise.all([ingest('a'), ingest('b'), ingest('c')]);
    expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect(await stateRow()).toEqual({ decisions: 90, standard_version: 1 });
  });
});

describe.each(testEngines())('concurrent retries of one output on %s', (engine) => {
  it('stores it once and answers every retry with the same decision', async () => {
    const t = await createTestApp(engine);
    try {
      const owner = await createOrganizationWithOwner(t.db);
      const id = await setUpWorkflow(t, owner);
      const token = await createTokenHeaders(t.db, owner.organizationId, 'contributor');
      const payload = { clientId: 'same', content: 'One output, sent eight times at once' };
      const responses = await Promise.all(
        Array.from({ length: 8 }, () =>
          t.app.inject({
            method: 'POST',
            url: `/api/v1/workflows/${id}/outputs`,
            headers: token.headers,
            payload,
          }),
        ),
      );
      expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
      expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
      const [row] = await t.db.system((tx) =>
        selectRows<{ n: number; decisions: number }>(
          tx,
          sql`SELECT (SELECT count(*)::int FROM outputs WHERE workflow_id = ${id}) AS n,
                     (SELECT decisions::int FROM sampling_states WHERE workflow_id = ${id}) AS decisions`,
        ),
      );
      expect(row).toEqual({ n: 1, decisions: 1 });
    } finally {
      await t.close();
    }
  });
});

/** Two servers (each its own pool and app) on one fresh PostgreSQL database. */
async function twoServers(): Promise<TestApp[]> {
  const url = await createTestDatabaseUrl();
  return Promise.all(
    [0, 1].map(async () => {
      const db = await openDatabase({ databaseUrl: url, poolSize: 4 });
      const app = await buildApp({ db, config: loadConfig({}, {}), serveWeb: false });
      const close = async () => {
        await app.close();
        await db.close();
      };
      return { app, db, close } as TestApp;
    }),
  );
}

/** Two servers on one database, one workflow with a standard, and a contributor's token that both accept. */
async function twoServersOnOneWorkflow() {
  const servers = await twoServers();
  const [a, b] = servers as [TestApp, TestApp];
  const owner = await createOrganizationWithOwner(a.db);
  const id = await setUpWorkflow(a, owner);
  const token = await createTokenHeaders(a.db, owner.organizationId, 'contributor');
  return { servers, a, b, id, token };
}

/** The workflow's decision count (its sampling state) beside its stored outputs. */
async function decisionsAndOutputs(t: TestApp, workflowId: string) {
  const [row] = await t.db.system((tx) =>
    selectRows<{ decisions: number; outputs: number }>(
      tx,
      sql`SELECT s.decisions::int AS decisions, (SELECT count(*)::int FROM outputs o WHERE o.workflow_id = s.workflow_id) AS outputs
        FROM sampling_states s WHERE s.workflow_id = ${workflowId}`,
    ),
  );
  return row;
}

describe.skipIf(!testEngines().includes('postgres'))(
  'two servers ingesting into one workflow on PostgreSQL',
  () => {
    it('takes every decision under the row lock: the decision count equals the stored outputs', async () => {
      const { servers, a, b, id, token } = await twoServersOnOneWorkflow();
      try {
        const requests = Array.from({ length: 12 }, (_, k) =>
          (k % 2 ? b : a).app.inject({
            method: 'POST',
            url: `/api/v1/workflows/${id}/outputs/batch`,
            headers: token.headers,
            payload: { outputs: outputsOf(40, `s${k}`, k % 3 ? 'en' : 'fr') },
          }),
        );
        expect((await Promise.all(requests)).map((r) => r.statusCode)).toEqual(new Array(12).fill(200));
        expect(await decisionsAndOutputs(a, id)).toEqual({ decisions: 480, outputs: 480 });
      } finally {
        for (const s of servers) await s.close();
      }
    });

    it('stores an output both servers receive at once a single time, with one decision for both answers', async () => {
      // The second server's snapshot predates the first's commit (it waited for the row lock), so its insert
      // meets the unique index: the statement fails before anything is kept, and the request is retried.
      const { servers, a, b, id, token } = await twoServersOnOneWorkflow();
      try {
        for (let round = 0; round < 6; round++) {
          const payload = { outputs: outputsOf(20, `twice${round}-`) };
          const [first, second] = await Promise.all(
            [a, b].map((server) =>
              server.app.inject({
                method: 'POST',
                url: `/api/v1/workflows/${id}/outputs/batch`,
                headers: token.headers,
                payload,
              }),
            ),
          );
          expect([first!.statusCode, second!.statusCode]).toEqual([200, 200]);
          const decisions = (r: typeof first) =>
            (r!.json() as { items: Array<{ id: string; review: boolean }> }).items.map((o) => [
              o.id,
              o.review,
            ]);
          expect(decisions(first)).toEqual(decisions(second));
        }
        expect(await decisionsAndOutputs(a, id)).toEqual({ decisions: 120, outputs: 120 });
      } finally {
        for (const s of servers) await s.close();
      }
    });
  },
);
