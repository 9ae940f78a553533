import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { selectRows } from '../../../platform/db/rows';
import { createOrganizationWithOwner, createTestApp, testEngines } from '../../../test/harness';
import { loadIngestionSnapshot } from './ingestion-snapshot';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/**
 * Ingestion looks up the earlier outputs with the client ids it was sent. That lookup must cost one index
 * probe per id, whatever the planner's statistics say: it runs under the workflow's sampling-state lock, on
 * every single output and every batch. Counted in the table's per-transaction statistics, not timed.
 */
describe.each(testEngines())('ingestion’s lookup of earlier client ids on %s', (engine) => {
  let t: TestApp;
  let ctx: OrgContext;
  let workflowId: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    const lead = await createOrganizationWithOwner(t.db);
    ctx = {
      organizationId: lead.organizationId,
      role: 'owner',
      actor: { type: 'user', id: lead.userId, name: 'lead' },
      requestId: 'test',
    };
    const post = async (url: string, payload: object) => {
      const response = await t.app.inject({ method: 'POST', url, headers: lead.headers, payload });
      expect(response.statusCode, response.body).toBeLessThan(300);
      return response.json() as { id: string };
    };
    workflowId = (await post('/api/v1/workflows', { name: 'Replies' })).id;
    await post(`/api/v1/workflows/${workflowId}/standards`, {
      criteria: [{ key: 'ok', label: 'Acceptable', kind: 'pass_fail', severity: 'critical' }],
      defectRule: { kind: 'any_critical_fail' },
      outgoingLimit: 0.02,
      segmentKeys: ['language'],
    });
    // Statistics taken while the workflow had no outputs, as autovacuum leaves them for a new workflow
    // until its next analyze: the planner then believes the workflow's outputs are few.
    await t.db.system((tx) => tx.execute(sql`ANALYZE outputs`));
    const outputs = Array.from({ length: 1000 }, (_, i) => ({
      clientId: `c-${i}`,
      content: `Reply ${i}`,
      metadata: { language: ['de', 'en', 'fr'][i % 3]! },
    }));
    await post(`/api/v1/workflows/${workflowId}/outputs/batch`, { outputs });
  });
  afterAll(() => t.close());

  it('reads the stored outputs of the ids sent and no others', async () => {
    const { earlier, fetched } = await t.db.tenant(ctx.organizationId, async (tx) => {
      const snapshot = await loadIngestionSnapshot(tx, ctx, workflowId, ['c-5', 'c-777', 'c-5', 'new-1']);
      const [stats] = await selectRows<{ fetched: number }>(
        tx,
        sql`SELECT (coalesce(idx_tup_fetch, 0) + coalesce(seq_tup_read, 0))::int AS fetched
            FROM pg_stat_xact_user_tables WHERE relname = 'outputs'`,
      );
      return { earlier: snapshot.earlier, fetched: stats!.fetched };
    });
    expect([...earlier.keys()].sort()).toEqual(['c-5', 'c-777']);
    expect(earlier.get('c-5')).toMatchObject({ clientId: 'c-5', segment: 'language=fr', standardVersion: 1 });
    expect(earlier.get('c-777')!.contentHash).toMatch(/^[0-9a-f]{64}$/);
    // Four ids sent (one twice): at most one row fetched per id, not the workflow's 1,000.
    expect(fetched).toBeLessThanOrEqual(4);
  });
});
