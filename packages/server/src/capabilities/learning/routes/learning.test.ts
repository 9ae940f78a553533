import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../../platform/db/rows';
import { auditEventsSince, databaseDigest, expectProblem, lastAuditId, someUuid } from '../../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  createTokenHeaders,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { call, createTestApplication, needsAnalysisExperiment } from '../test/learning';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
interface Experiment {
  id: string;
  status: string;
  result: string | null;
  numbers: unknown[];
  decision: string;
}
interface InsightDetail {
  id: string;
  status: string;
  statement: string;
  decidedBy: { id: string; name: string } | null;
  evidence: { kind: string; stance: string; title: string | null; link: string | null }[];
  proposals: { id: string; status: string }[];
}
interface Part {
  text: string;
  match: boolean;
}
interface Hit {
  kind: string;
  entityId: string;
  title: Part[];
  snippet: Part[];
  link: string;
}

describe.each(testEngines())('learning: experiments, insights, search, proposals on %s', (engine) => {
  let t: TestApp;
  let owner: TestPerson;
  let lead: TestPerson;
  let contributor: TestPerson;
  let viewer: TestPerson;
  let stranger: TestPerson;
  let applicationId: string;
  let experiment: Experiment;

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await createOrganizationWithOwner(t.db);
    lead = await createMember(t.db, owner.organizationId, 'lead');
    contributor = await createMember(t.db, owner.organizationId, 'contributor');
    viewer = await createMember(t.db, owner.organizationId, 'viewer');
    stranger = await createOrganizationWithOwner(t.db);
    applicationId = (await createTestApplication(t.db, owner, 'Needs-analysis assistant', { stage: 'pilot' }))
      .id;
  });
  afterAll(() => t.close());

  it('logs an experiment in the application’s stage, and refuses bad links and designs with nothing changed', async () => {
    const foreign = await createTestApplication(t.db, stranger, 'Their app');
    const before = await databaseDigest(t.db);
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/experiments',
        headers: contributor.headers,
        payload: needsAnalysisExperiment(foreign.id),
      }),
      400,
      'body.applicationId',
    );
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/experiments',
        headers: contributor.headers,
        payload: { ...needsAnalysisExperiment(applicationId), design: 'ab', approaches: ['Only one'] },
      }),
      400,
      'body.approaches',
    );
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/experiments',
        headers: contributor.headers,
        payload: { ...needsAnalysisExperiment(applicationId), hypothesis: '   ' },
      }),
      400,
      'body.hypothesis',
    );
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/experiments',
        headers: viewer.headers,
        payload: needsAnalysisExperiment(applicationId),
      }),
      403,
    );
    expect(await databaseDigest(t.db)).toEqual(before);

    const since = await lastAuditId(t.db, owner.organizationId);
    experiment = await call<Experiment>(
      t,
      contributor,
      'POST',
      '/api/v1/experiments',
      needsAnalysisExperiment(applicationId),
    );
    expect(experiment).toMatchObject({ status: 'running', result: null, stage: 'pilot' });
    expect((await auditEventsSince(t.db, owner.organizationId, since)).map((e) => e.action)).toEqual([
      'experiment.created',
    ]);
    const other = await t.app.inject({
      url: `/api/v1/experiments/${experiment.id}`,
      headers: stranger.headers,
    });
    expectProblem(other, 404);
  });

  it('records the result with its numbers and the decision, and refuses a status change out of order', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/v1/experiments/${experiment.id}/result`,
      headers: contributor.headers,
      payload: {
        result: 'supported',
        numbers: [{ metric: 'Unknown metric', baseline: 1, observed: 2 }],
        decision: 'Expand',
      },
    });
    expectProblem(bad, 400, 'body.numbers.0.metric');
    const recorded = await call<Experiment>(
      t,
      contributor,
      'POST',
      `/api/v1/experiments/${experiment.id}/result`,
      {
        result: 'supported',
        numbers: [
          { metric: 'Preparation hours', baseline: 6, observed: 2.5, note: '12 analyses' },
          { metric: 'Coverage score', baseline: 81, observed: 84 },
        ],
        note: 'Preparation fell from 6 h to 2.5 h per analysis.',
        decision: 'Use AI-drafted guides in every needs analysis.',
      },
      200,
    );
    expect(recorded).toMatchObject({ status: 'completed', result: 'supported' });
    expect(recorded.numbers).toHaveLength(2);
    const reopen = await t.app.inject({
      method: 'POST',
      url: `/api/v1/experiments/${experiment.id}/status`,
      headers: contributor.headers,
      payload: { status: 'running' },
    });
    expect(expectProblem(reopen, 409).detail).toMatch(/completed, which is final/);
  });

  let insightId: string;

  it('refuses empty, oversize and cross-organization insights, changing nothing', async () => {
    const foreign = await call<Experiment>(
      t,
      stranger,
      'POST',
      '/api/v1/experiments',
      needsAnalysisExperiment((await createTestApplication(t.db, stranger, 'Theirs')).id),
    );
    const before = await databaseDigest(t.db);
    for (const [payload, path] of [
      [{ statement: '' }, 'body.statement'],
      [{ statement: 'x'.repeat(501) }, 'body.statement'],
      [{ statement: 'Fine', unitIds: [someUuid] }, 'body.unitIds.0'],
      [
        { statement: 'Fine', evidence: [{ kind: 'experiment', entityId: foreign.id, stance: 'supporting' }] },
        'body.evidence.0.entityId',
      ],
      [
        { statement: 'Fine', evidence: [{ kind: 'rumour', entityId: 'x', stance: 'supporting' }] },
        'body.evidence.0.kind',
      ],
    ] as const) {
      expectProblem(
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/insights',
          headers: contributor.headers,
          payload,
        }),
        400,
        path,
      );
    }
    expect(await databaseDigest(t.db)).toEqual(before);
  });

  it('promotes an emerging insight to confirmed with evidence, by a lead, along allowed transitions only', async () => {
    const created = await call<InsightDetail>(t, contributor, 'POST', '/api/v1/insights', {
      statement:
        'AI-drafted interview guides <script>alert(1)</script> cut needs-analysis preparation by half',
      detail: 'Seen in the pilot <img src=x onerror=alert(1)>; coverage held.',
      tags: ['Needs Analysis', 'interviews'],
      workflowKinds: ['needs analysis'],
    });
    insightId = created.id;
    expect(created).toMatchObject({ status: 'emerging', decidedBy: null });
    expect(created.statement).toContain('<script>alert(1)</script>');

    const early = await t.app.inject({
      method: 'POST',
      url: `/api/v1/insights/${insightId}/status`,
      headers: lead.headers,
      payload: { status: 'confirmed' },
    });
    expect(expectProblem(early, 409).detail).toMatch(/supporting evidence/);

    const withEvidence = await call<InsightDetail>(
      t,
      contributor,
      'POST',
      `/api/v1/insights/${insightId}/evidence`,
      {
        kind: 'experiment',
        entityId: experiment.id,
        stance: 'supporting',
        note: 'Before-after over 12 analyses',
      },
    );
    expect(withEvidence.evidence).toEqual([
      expect.objectContaining({
        kind: 'experiment',
        stance: 'supporting',
        title: 'AI-drafted needs analysis interviews',
        link: `/learning/experiments/${experiment.id}`,
      }),
    ]);
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/insights/${insightId}/evidence`,
      headers: contributor.headers,
      payload: { kind: 'experiment', entityId: experiment.id, stance: 'contradicting' },
    });
    expectProblem(again, 409);

    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/insights/${insightId}/status`,
        headers: contributor.headers,
        payload: { status: 'confirmed' },
      }),
      403,
    );
    await call(t, owner, 'POST', '/api/v1/webhooks', {
      url: 'https://hooks.example.com/t',
      events: ['insight.confirmed'],
    });
    const since = await lastAuditId(t.db, owner.organizationId);
    const confirmed = await call<InsightDetail>(
      t,
      lead,
      'POST',
      `/api/v1/insights/${insightId}/status`,
      { status: 'confirmed', note: 'Held in two teams' },
      200,
    );
    expect(confirmed).toMatchObject({ status: 'confirmed', decidedBy: { id: lead.userId, name: 'A lead' } });
    expect((await auditEventsSince(t.db, owner.organizationId, since)).map((e) => e.action)).toEqual([
      'insight.confirmed',
    ]);
    const [delivery] = await t.db.system((tx) =>
      selectRows<{ event: string; payload: { data: { insightId: string } } }>(
        tx,
        sql`SELECT event, payload FROM webhook_deliveries WHERE organization_id = ${owner.organizationId}`,
      ),
    );
    expect(delivery).toMatchObject({ event: 'insight.confirmed', payload: { data: { insightId } } });
    const backwards = await t.app.inject({
      method: 'POST',
      url: `/api/v1/insights/${insightId}/status`,
      headers: lead.headers,
      payload: { status: 'confirmed' },
    });
    expectProblem(backwards, 409);
    const listed = await call<{ items: { id: string }[] }>(
      t,
      viewer,
      'GET',
      '/api/v1/insights?tag=needs%20analysis',
    );
    expect(listed.items.map((i) => i.id)).toEqual([insightId]);
  });

  it('finds the insight from another member, with matches marked and markup left as text', async () => {
    const found = await call<{ items: Hit[] }>(t, viewer, 'GET', '/api/v1/search?q=interview%20preparation');
    const kinds = found.items.map((h) => h.kind);
    expect(kinds).toContain('insight');
    expect(kinds).toContain('experiment');
    const hit = found.items.find((h) => h.kind === 'insight')!;
    expect(hit.link).toBe(`/learning/insights/${insightId}`);
    expect(hit.title.filter((p) => p.match).map((p) => p.text.toLowerCase())).toEqual(
      expect.arrayContaining(['interview', 'preparation']),
    );
    // The markup is there as plain text in an unmatched part, for the client to show as text.
    expect(hit.title.map((p) => p.text).join('')).toBe(
      'AI-drafted interview guides <script>alert(1)</script> cut needs-analysis preparation by half',
    );
    expect(hit.title.some((p) => p.match && p.text.includes('<'))).toBe(false);

    const onlyExperiments = await call<{ items: Hit[] }>(
      t,
      viewer,
      'GET',
      '/api/v1/search?q=interview&kind=experiment',
    );
    expect(onlyExperiments.items.map((h) => h.kind)).toEqual(['experiment']);
    const byTag = await call<{ items: Hit[] }>(t, viewer, 'GET', '/api/v1/search?q=interview&tag=interviews');
    expect(byTag.items.map((h) => h.entityId)).toEqual([insightId]);
    const future = await call<{ items: Hit[] }>(
      t,
      viewer,
      'GET',
      '/api/v1/search?q=interview&from=2099-01-01T00:00:00Z',
    );
    expect(future.items).toEqual([]);
    const elsewhere = await call<{ items: Hit[] }>(
      t,
      stranger,
      'GET',
      '/api/v1/search?q=interview%20preparation',
    );
    expect(elsewhere.items.map((h) => h.entityId)).not.toContain(insightId);
    expectProblem(await t.app.inject({ url: '/api/v1/search?q=', headers: viewer.headers }), 400, 'query.q');
  });

  it('lets an API token read but not follow (follows belong to people)', async () => {
    const token = await createTokenHeaders(t.db, owner.organizationId, 'contributor');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/follows',
      headers: token.headers,
      payload: { kind: 'tag', target: 'x' },
    });
    expectProblem(res, 403);
    const read = await t.app.inject({ url: `/api/v1/insights/${insightId}`, headers: token.headers });
    expect(read.statusCode).toBe(200);
  });
});
