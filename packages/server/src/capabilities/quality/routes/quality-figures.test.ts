import { hashUniform, MIN_REVIEWS_FOR_ESTIMATES } from '@trellis/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../../platform/db/rows';
import {
  createOrganizationWithOwner,
  createTestApp,
  createTokenHeaders,
  testEngines,
} from '../../../test/harness';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

interface Bound {
  estimate: number;
  lower: number;
  upper: number;
}
interface SegmentQuality {
  segment: string;
  outputs: number;
  pendingReviews: number;
  reviewed: number;
  defectsFound: number;
  defectRate: Bound | null;
  escapedDefects: Bound;
  outgoingRate: Bound | null;
  budgetUsed: number;
  unreviewed: number;
  minimumReviews: number;
  enoughReviews: boolean;
}

/** Client ids whose sampling draw u = hash(id, salt) lies in [lo, hi): the draw decides review at u < π. */
function idsWithDraw(prefix: string, salt: number, count: number, lo: number, hi: number): string[] {
  const ids: string[] = [];
  for (let i = 0; ids.length < count; i++) {
    const id = `${prefix}-${i}`;
    const u = hashUniform(id, salt);
    if (u >= lo && u < hi) ids.push(id);
  }
  return ids;
}

function expectFeasible(s: SegmentQuality) {
  const decided = s.outputs - s.pendingReviews;
  expect(s.unreviewed).toBe(decided - s.reviewed);
  for (const [name, bound, hi] of [
    ['escaped', s.escapedDefects, s.unreviewed],
    ['outgoing', s.outgoingRate, 1],
    ['rate', s.defectRate, 1],
  ] as const) {
    if (!bound) continue;
    expect(bound.lower, `${s.segment} ${name}`).toBeGreaterThanOrEqual(0);
    expect(bound.lower, `${s.segment} ${name}`).toBeLessThanOrEqual(bound.estimate);
    expect(bound.estimate, `${s.segment} ${name}`).toBeLessThanOrEqual(bound.upper);
    expect(bound.upper, `${s.segment} ${name}`).toBeLessThanOrEqual(hi);
  }
}

describe.each(testEngines())('quality figures with few reviews on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('keeps every figure feasible and says there are not enough reviews: 50 outputs (12 German), 2 reviews, one German failure', async () => {
    const owner = await createOrganizationWithOwner(t.db);
    const token = await createTokenHeaders(t.db, owner.organizationId, 'contributor');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/workflows',
      headers: owner.headers,
      payload: { name: 'Draft quiz items' },
    });
    const workflowId = created.json().id as string;
    const std = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${workflowId}/standards`,
      headers: owner.headers,
      payload: {
        criteria: [{ key: 'accurate', label: 'Factually accurate', kind: 'pass_fail', severity: 'critical' }],
        defectRule: { kind: 'any_critical_fail' },
        outgoingLimit: 0.01,
        segmentKeys: ['language'],
        policy: 'adaptive',
        doubleReviewFraction: 0,
      },
    });
    expect(std.statusCode, std.body).toBe(201);
    const [row] = await t.db.system((tx) =>
      selectRows<{ salt: number }>(
        tx,
        sql`SELECT sampling_salt AS salt FROM workflows WHERE id = ${workflowId}`,
      ),
    );
    const salt = row!.salt;
    // The reported case is a workflow whose sampling state predates the qualification start (such states
    // count as qualified), so π sits at the adaptive floor from the first output: strip the run from it.
    await t.db.system(async (tx) => {
      const [st] = await selectRows<{ state: unknown }>(
        tx,
        sql`SELECT state FROM sampling_states WHERE workflow_id = ${workflowId}`,
      );
      const strip = (v: unknown): unknown => {
        if (Array.isArray(v)) return v.map(strip);
        if (v && typeof v === 'object')
          return Object.fromEntries(
            Object.entries(v)
              .filter(([k]) => k !== 'qualify' && k !== 'qualified')
              .map(([k, x]) => [k, strip(x)]),
          );
        return v;
      };
      await tx.execute(
        sql`UPDATE sampling_states SET state = ${JSON.stringify(strip(st!.state))}::jsonb WHERE workflow_id = ${workflowId}`,
      );
    });
    // π never falls below the adaptive floor 0.02, so a draw under 0.02 is always reviewed; a fresh
    // workflow's π stays far below 0.5, so draws above it never are: exactly one German and one English review.
    const german = [...idsWithDraw('de', salt, 1, 0, 0.02), ...idsWithDraw('de', salt, 11, 0.5, 1)];
    const english = [...idsWithDraw('en', salt, 1, 0, 0.02), ...idsWithDraw('en', salt, 37, 0.5, 1)];
    const outputs = [
      ...german.map((clientId) => ({ clientId, content: `Frage ${clientId}`, metadata: { language: 'de' } })),
      ...english.map((clientId) => ({
        clientId,
        content: `Question ${clientId}`,
        metadata: { language: 'en' },
      })),
    ];
    const batch = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${workflowId}/outputs/batch`,
      headers: token.headers,
      payload: { outputs },
    });
    expect(batch.statusCode, batch.body).toBe(200);
    const items = batch.json().items as Array<{ clientId: string; review: boolean; pi: number }>;
    expect(
      items
        .filter((i) => i.review)
        .map((i) => i.clientId.slice(0, 2))
        .sort(),
    ).toEqual(['de', 'en']);

    for (let i = 0; i < 2; i++) {
      const next = await t.app.inject({
        method: 'POST',
        url: `/api/v1/workflows/${workflowId}/queue/next`,
        headers: owner.headers,
      });
      expect(next.statusCode, next.body).toBe(200);
      const item = next.json();
      const isGerman = item.output.clientId?.startsWith('de') ?? item.output.segment === 'language=de';
      const submitted = await t.app.inject({
        method: 'POST',
        url: `/api/v1/outputs/${item.output.id}/reviews`,
        headers: owner.headers,
        payload: { answers: { accurate: !isGerman }, timeSpentMs: 4000 },
      });
      expect(submitted.statusCode, submitted.body).toBe(201);
    }

    const response = await t.app.inject({
      url: `/api/v1/workflows/${workflowId}/quality`,
      headers: owner.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    const summary = response.json() as { total: SegmentQuality; segments: SegmentQuality[] };
    const de = summary.segments.find((s) => s.segment === 'language=de')!;
    expect(de).toMatchObject({ outputs: 12, reviewed: 1, defectsFound: 1, unreviewed: 11 });
    expect(summary.total).toMatchObject({ outputs: 50, reviewed: 2, defectsFound: 1, unreviewed: 48 });
    // One defect at π ≈ 0.02 weighs ≈ 49 escapes: at most the 11 unreviewed German outputs can have escaped.
    expect(de.escapedDefects.estimate).toBe(11);
    expect(de.escapedDefects.upper).toBe(11);
    for (const s of [...summary.segments, summary.total]) {
      expectFeasible(s);
      expect(s).toMatchObject({ minimumReviews: MIN_REVIEWS_FOR_ESTIMATES, enoughReviews: false });
    }
    expect(summary.total.outgoingRate!.upper).toBeLessThanOrEqual(1);
  });
});
