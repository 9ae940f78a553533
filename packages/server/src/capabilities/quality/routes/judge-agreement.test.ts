import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  createTokenHeaders,
  testEngines,
} from '../../../test/harness';
import { createWorkflowWithStandard } from '../test/quality';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

interface Rate {
  estimate: number;
  lower: number;
  upper: number;
}

describe.each(testEngines())('judge agreement on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('weights each sampled review by 1/π, counts only judged outputs and says when evidence is short', async () => {
    const owner = await createOrganizationWithOwner(t.db);
    const token = await createTokenHeaders(t.db, owner.organizationId, 'contributor');
    const workflowId = await createWorkflowWithStandard(t.app, owner.headers, 'Support replies', {
      outgoingLimit: 0.05,
      policy: 'full',
      judgeThreshold: 0.7,
      doubleReviewFraction: 0,
    });
    const url = `/api/v1/workflows/${workflowId}/judge-agreement`;

    const before = await t.app.inject({ url, headers: owner.headers });
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json()).toMatchObject({ judged: false, sensitivity: null, specificity: null });

    // The judge flags at ≥ 0.7. Cells: flagged defects 12, flagged ok 3, unflagged defects 3, unflagged ok
    // 12; plus unjudged outputs, every one a defect, that must not count.
    const plan = [
      ...Array.from({ length: 12 }, (_, i) => ({ id: `fd-${i}`, score: 0.9, defect: true })),
      ...Array.from({ length: 3 }, (_, i) => ({ id: `fo-${i}`, score: 0.7, defect: false })),
      ...Array.from({ length: 3 }, (_, i) => ({ id: `ud-${i}`, score: 0.2, defect: true })),
      ...Array.from({ length: 12 }, (_, i) => ({ id: `uo-${i}`, score: 0.69, defect: false })),
      ...Array.from({ length: 5 }, (_, i) => ({ id: `none-${i}`, score: undefined, defect: true })),
    ];
    const batch = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${workflowId}/outputs/batch`,
      headers: token.headers,
      payload: {
        outputs: plan.map((p) => ({
          clientId: p.id,
          content: `Reply ${p.id}`,
          ...(p.score === undefined ? {} : { judgeScore: p.score }),
        })),
      },
    });
    expect(batch.statusCode, batch.body).toBe(200);
    // The full policy reviews everything at π = 1; stand in for a stratified draw that reviewed the
    // judge's unflagged half at π = ¼ (weight 4) by storing that π on those outputs.
    await t.db.system((tx) =>
      tx.execute(sql`UPDATE outputs SET pi = 0.25 WHERE workflow_id = ${workflowId} AND judge_score < 0.7`),
    );

    const verdicts = new Map(plan.map((p) => [p.id, p.defect]));
    const review = async () => {
      const next = await t.app.inject({
        method: 'POST',
        url: `/api/v1/workflows/${workflowId}/queue/next`,
        headers: owner.headers,
      });
      expect(next.statusCode, next.body).toBe(200);
      const item = next.json();
      const submitted = await t.app.inject({
        method: 'POST',
        url: `/api/v1/outputs/${item.output.id}/reviews`,
        headers: owner.headers,
        payload: { answers: { accurate: !verdicts.get(item.output.clientId) }, timeSpentMs: 3000 },
      });
      expect(submitted.statusCode, submitted.body).toBe(201);
    };
    for (let i = 0; i < plan.length; i++) await review();

    const viewer = await createMember(t.db, owner.organizationId, 'viewer');
    const response = await t.app.inject({ url, headers: viewer.headers });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as {
      judged: boolean;
      reason: string | null;
      judgeThreshold: number;
      reviewed: number;
      reviewedDefects: number;
      counts: Record<string, number>;
      sensitivity: Rate;
      specificity: Rate;
    };
    expect(body).toMatchObject({
      judged: true,
      reason: null,
      judgeThreshold: 0.7,
      reviewed: 30,
      reviewedDefects: 15,
      counts: { flaggedDefect: 12, unflaggedDefect: 3, flaggedOk: 3, unflaggedOk: 12 },
    });
    // Sensitivity 12·1 ÷ (12·1 + 3·4) = ½ (naive 12/15 = 0.8); specificity 12·4 ÷ (12·4 + 3·1) = 48/51.
    expect(body.sensitivity.estimate).toBeCloseTo(0.5, 12);
    expect(body.specificity.estimate).toBeCloseTo(48 / 51, 12);
    for (const rate of [body.sensitivity, body.specificity]) {
      expect(rate.lower).toBeLessThan(rate.estimate);
      expect(rate.upper).toBeGreaterThan(rate.estimate);
    }

    // Nobody sees another organization's workflow.
    const other = await createOrganizationWithOwner(t.db);
    const foreign = await t.app.inject({ url, headers: other.headers });
    expect(foreign.statusCode).toBe(404);
    const bad = await t.app.inject({
      url: '/api/v1/workflows/not-a-uuid/judge-agreement',
      headers: owner.headers,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id');
  });

  it('answers "not enough evidence yet" below 10 reviewed defects, never a number', async () => {
    const owner = await createOrganizationWithOwner(t.db);
    const workflowId = await createWorkflowWithStandard(t.app, owner.headers, 'Quiz items', {
      outgoingLimit: 0.05,
      policy: 'full',
      judgeThreshold: 0.5,
      doubleReviewFraction: 0,
    });
    const batch = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${workflowId}/outputs/batch`,
      headers: owner.headers,
      payload: {
        outputs: Array.from({ length: 11 }, (_, i) => ({
          clientId: `q-${i}`,
          content: 'x',
          judgeScore: 0.1,
        })),
      },
    });
    expect(batch.statusCode, batch.body).toBe(200);
    for (let i = 0; i < 11; i++) {
      const next = await t.app.inject({
        method: 'POST',
        url: `/api/v1/workflows/${workflowId}/queue/next`,
        headers: owner.headers,
      });
      const submitted = await t.app.inject({
        method: 'POST',
        url: `/api/v1/outputs/${next.json().output.id}/reviews`,
        headers: owner.headers,
        payload: { answers: { accurate: i >= 2 }, timeSpentMs: 3000 },
      });
      expect(submitted.statusCode, submitted.body).toBe(201);
    }
    const response = await t.app.inject({
      url: `/api/v1/workflows/${workflowId}/judge-agreement`,
      headers: owner.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      judged: true,
      reviewedDefects: 2,
      reviewedOk: 9,
      sensitivity: null,
      sensitivityReason: 'not enough evidence yet: 2 of 10 reviewed defects',
      specificity: null,
      specificityReason: 'not enough evidence yet: 9 of 10 reviewed outputs without a defect',
    });
  });
});
