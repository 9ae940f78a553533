import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../../app';
import { loadConfig } from '../../../platform/config';
import { openDatabase } from '../../../platform/db/client';
import { selectRows } from '../../../platform/db/rows';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  createTestDatabaseUrl,
  createTokenHeaders,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { createWorkflowWithStandard } from '../test/quality';

type TestApp = Pick<Awaited<ReturnType<typeof createTestApp>>, 'app' | 'db' | 'close'>;

const OUTPUTS = 40;
const REVIEWERS = 6;

/**
 * Reviewers work one queue at once, each claiming and submitting as fast as the server answers, spread over
 * the given servers. Returns what they saw: submits refused after a successful claim, and claims made.
 */
async function workTheQueue(servers: TestApp[], lead: TestPerson) {
  const [first] = servers as [TestApp];
  const token = await createTokenHeaders(first.db, lead.organizationId, 'contributor');
  const id = await createWorkflowWithStandard(first.app, lead.headers, 'Busy queue', {
    outgoingLimit: 0.01,
    policy: 'full',
    segmentKeys: [],
    doubleReviewFraction: 0.5,
  });
  const batch = await first.app.inject({
    method: 'POST',
    url: `/api/v1/workflows/${id}/outputs/batch`,
    headers: token.headers,
    payload: {
      outputs: Array.from({ length: OUTPUTS }, (_, i) => ({ clientId: `q-${i}`, content: `Q ${i}` })),
    },
  });
  expect(batch.statusCode).toBe(200);
  const reviewers = await Promise.all(
    Array.from({ length: REVIEWERS }, () => createMember(first.db, lead.organizationId, 'reviewer')),
  );
  let refused = 0;
  let claims = 0;
  // A reviewer stops at an empty queue, but an item another reviewer holds may still turn into a second
  // review only someone else can take: work the queue in rounds until nothing is left in it.
  const left = async () => {
    const [row] = await first.db.system((tx) =>
      selectRows<{ n: number }>(
        tx,
        sql`SELECT count(*)::int AS n FROM outputs
            WHERE workflow_id = ${id} AND status IN ('queued', 'second_review')`,
      ),
    );
    return row!.n;
  };
  for (let round = 0; round < 5 && (round === 0 || (await left()) > 0); round++)
    await Promise.all(
      reviewers.map(async (reviewer, r) => {
        const server = servers[r % servers.length]!;
        // Bounded: a reviewer handed back an item they cannot submit would loop for ever.
        for (let turn = 0; turn < OUTPUTS * 2; turn++) {
          const next = await server.app.inject({
            method: 'POST',
            url: `/api/v1/workflows/${id}/queue/next`,
            headers: reviewer.headers,
          });
          if (next.statusCode === 204) return;
          expect(next.statusCode, next.body).toBe(200);
          claims++;
          const submitted = await server.app.inject({
            method: 'POST',
            url: `/api/v1/outputs/${next.json().output.id}/reviews`,
            headers: reviewer.headers,
            payload: { answers: { accurate: true }, timeSpentMs: 1000 },
          });
          if (submitted.statusCode === 409) refused++;
          else expect(submitted.statusCode, submitted.body).toBe(201);
        }
      }),
    );
  const perOutput = await first.db.system((tx) =>
    selectRows<{ status: string; sampled: number; second: number; needs_second: boolean }>(
      tx,
      sql`SELECT o.status,
                 (SELECT count(*)::int FROM reviews r WHERE r.output_id = o.id AND r.kind = 'sampled') AS sampled,
                 (SELECT count(*)::int FROM reviews r WHERE r.output_id = o.id AND r.kind = 'second') AS second
          FROM outputs o WHERE o.workflow_id = ${id}`,
    ),
  );
  return { refused, claims, perOutput };
}

function expectEachOutputReviewedOnce(result: Awaited<ReturnType<typeof workTheQueue>>) {
  const { perOutput, refused, claims } = result;
  expect(perOutput).toHaveLength(OUTPUTS);
  for (const o of perOutput) {
    expect(o.status).toBe('reviewed');
    expect(o.sampled).toBe(1);
    expect(o.second).toBeLessThanOrEqual(1);
  }
  const seconds = perOutput.reduce((n, o) => n + o.second, 0);
  // Half of the outputs are drawn for a blind second review (a keyed hash of the output id): some, not all.
  expect(seconds).toBeGreaterThan(5);
  expect(refused).toBe(0);
  // Every claim led to exactly one stored review: no claim was wasted on an item someone else held.
  expect(claims).toBe(OUTPUTS + seconds);
}

describe.each(testEngines())('reviewers working one queue at once on %s', (engine) => {
  it('gives each output exactly one sampled review and at most one second review', async () => {
    const t = await createTestApp(engine);
    try {
      const lead = await createOrganizationWithOwner(t.db);
      expectEachOutputReviewedOnce(await workTheQueue([t], lead));
      // The database itself refuses a second verdict on an output, whatever path would write it.
      const duplicate = () =>
        t.db.system((tx) =>
          tx.execute(sql`INSERT INTO reviews (organization_id, workflow_id, output_id, reviewer_id, standard_version,
                           kind, answers, defect, time_spent_ms)
                         SELECT organization_id, workflow_id, output_id, ${lead.userId}, standard_version, kind,
                           answers, defect, time_spent_ms FROM reviews WHERE kind = 'sampled' LIMIT 1`),
        );
      const refused = await duplicate().then(
        () => 'stored',
        (error: Error & { cause?: unknown }) => `${error.message} ${String(error.cause)}`,
      );
      expect(refused).toMatch(/reviews_output_verdict_key/);
    } finally {
      await t.close();
    }
  }, 180_000);
});

describe.skipIf(!testEngines().includes('postgres'))('reviewers on two servers on PostgreSQL', () => {
  it('gives each output exactly one sampled review and at most one second review', async () => {
    const url = await createTestDatabaseUrl();
    const servers = await Promise.all(
      [0, 1].map(async () => {
        const db = await openDatabase({ databaseUrl: url, poolSize: 4 });
        const app = await buildApp({ db, config: loadConfig({}, {}), serveWeb: false });
        return {
          app,
          db,
          close: async () => {
            await app.close();
            await db.close();
          },
        };
      }),
    );
    try {
      const lead = await createOrganizationWithOwner(servers[0]!.db);
      expectEachOutputReviewedOnce(await workTheQueue(servers, lead));
    } finally {
      for (const s of servers) await s.close();
    }
  }, 180_000);
});
