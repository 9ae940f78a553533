import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrganizationWithOwner,
  createTestApp,
  createTokenHeaders,
  testEngines,
} from '../../../test/harness';
import { createWorkflowWithStandard } from '../test/quality';

describe.each(testEngines())('a new adaptive standard on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('reviews a new workflow’s first outputs in full until each segment qualifies, and shows the progress', async () => {
    const lead = await createOrganizationWithOwner(t.db);
    const token = await createTokenHeaders(t.db, lead.organizationId, 'contributor');
    const id = await createWorkflowWithStandard(t.app, lead.headers, 'Fresh', {
      outgoingLimit: 0.01,
      policy: 'adaptive',
      segmentKeys: ['language'],
      doubleReviewFraction: 0,
    });
    const batch = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${id}/outputs/batch`,
      headers: token.headers,
      payload: {
        outputs: Array.from({ length: 50 }, (_, i) => ({
          clientId: `f-${i}`,
          content: `Q ${i}`,
          metadata: { language: i < 40 ? 'en' : 'fr' },
        })),
      },
    });
    expect(batch.statusCode).toBe(200);
    const items = batch.json().items as Array<{ review: boolean; pi: number }>;
    // No history, no evidence: every one of the first 50 is reviewed (the run is 212 for 1% and a 2% floor).
    expect(items.filter((d) => d.review)).toHaveLength(50);
    const summary = await t.app.inject({ url: `/api/v1/workflows/${id}/quality`, headers: lead.headers });
    expect(summary.json().qualification).toEqual({
      run: 212,
      segments: [
        { segment: 'language=en', remaining: 172, qualified: false },
        { segment: 'language=fr', remaining: 202, qualified: false },
      ],
    });
    // The monitor's promise beside what it should deliver at the policy's real review rate (what the
    // what-if page shows): core's monitorPromise for this standard's settings, not a figure of its own.
    const monitor = summary.json().monitor;
    expect(monitor.promisedPer100k).toBe(0.25);
    expect(monitor.reviewRate).toBeGreaterThan(0.035);
    expect(monitor.expectedPer100k).toBeGreaterThan(0);
    expect(monitor.expectedPer100k).toBeLessThanOrEqual(0.25 * 1.1);
  });
});
