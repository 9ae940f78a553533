import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
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
  let headers: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp(engine);
    const logged = async () => {
      const lead = await createOrganizationWithOwner(t.db);
      const post = async (url: string, payload: object) => {
        const response = await t.app.inject({ method: 'POST', url, headers: lead.headers, payload });
        expect(response.statusCode, response.body).toBeLessThan(300);
        return response.json() as { id: string };
      };
      const workflow = (await post('/api/v1/workflows', { name: 'Replies' })).id;
      await post(`/api/v1/workflows/${workflow}/standards`, {
        criteria: [{ key: 'ok', label: 'Acceptable', kind: 'pass_fail', severity: 'critical' }],
        defectRule: { kind: 'any_critical_fail' },
        outgoingLimit: 0.02,
        segmentKeys: ['language'],
      });
      return {
        lead,
        workflow,
        log: (outputs: object[]) => post(`/api/v1/workflows/${workflow}/outputs/batch`, { outputs }),
      };
    };
    const batch = Array.from({ length: 1000 }, (_, i) => ({
      clientId: `c-${i}`,
      content: `Reply ${i}`,
      metadata: { language: ['de', 'en', 'fr'][i % 3]! },
    }));
    // Statistics taken while another organization held all the outputs, as autovacuum leaves them for a
    // new organization and workflow until its next analyze: the planner believes ours has next to none.
    await (await logged()).log(batch);
    const ours = await logged();
    await t.db.system((tx) => tx.execute(sql`ANALYZE outputs`));
    await ours.log(batch);
    workflowId = ours.workflow;
    headers = ours.lead.headers;
    ctx = {
      organizationId: ours.lead.organizationId,
      role: 'owner',
      actor: { type: 'user', id: ours.lead.userId, name: 'lead' },
      requestId: 'test',
    };
  });
  afterAll(() => t.close());

  it('reads the stored outputs of the ids sent and no others', async () => {
    const { earlier, fetched, scans } = await t.db.tenant(ctx.organizationId, async (tx) => {
      // The backend's counters for the table, read before and after (they may hold earlier work unflushed).
      const counters = async () => {
        const [row] = await selectRows<{ fetched: number; scans: number }>(
          tx,
          sql`SELECT (coalesce(idx_tup_fetch, 0) + coalesce(seq_tup_read, 0))::int AS fetched,
                coalesce(idx_scan, 0)::int AS scans
              FROM pg_stat_xact_user_tables WHERE relname = 'outputs'`,
        );
        return row ?? { fetched: 0, scans: 0 };
      };
      const before = await counters();
      const snapshot = await loadIngestionSnapshot(tx, ctx, workflowId, ['c-5', 'c-777', 'c-5', 'new-1']);
      const after = await counters();
      return {
        earlier: snapshot.earlier,
        fetched: after.fetched - before.fetched,
        scans: after.scans - before.scans,
      };
    });
    expect([...earlier.keys()].sort()).toEqual(['c-5', 'c-777']);
    expect(earlier.get('c-5')).toMatchObject({ clientId: 'c-5', segment: 'language=fr', standardVersion: 1 });
    expect(earlier.get('c-777')!.contentHash).toMatch(/^[0-9a-f]{64}$/);
    // Four ids sent (one twice): at most one row fetched per id, not the workflow's 1,000.
    expect(fetched).toBeLessThanOrEqual(4);
    // One index scan per id: not two (the unique index ANDed with a scan of the organization's index).
    expect(scans).toBeLessThanOrEqual(4);
  });

  it('runs in a transaction begun with sorts off, sending no statement of its own for them', async () => {
    const seen = await t.db.tenant(
      ctx.organizationId,
      async (tx) => {
        const [row] = await selectRows<{ sort: string }>(
          tx,
          sql`SELECT current_setting('enable_sort') AS sort`,
        );
        // Every statement, named or not, is prepared by drizzle's session.
        const execute = vi.spyOn(
          (tx as unknown as { session: { prepareQuery: () => unknown } }).session,
          'prepareQuery',
        );
        try {
          await loadIngestionSnapshot(tx, ctx, workflowId, ['c-5']);
          return { sort: row!.sort, statements: execute.mock.calls.length };
        } finally {
          execute.mockRestore();
        }
      },
      { sortsOff: true },
    );
    expect(seen).toEqual({ sort: 'off', statements: 1 });
    // Begun without the option (the demo seed, a test), the lookup turns them off itself.
    const own = await t.db.tenant(ctx.organizationId, async (tx) => {
      await loadIngestionSnapshot(tx, ctx, workflowId, ['c-5']);
      const [row] = await selectRows<{ sort: string }>(
        tx,
        sql`SELECT current_setting('enable_sort') AS sort`,
      );
      return row!.sort;
    });
    expect(own).toBe('off');
  });

  it.skipIf(engine !== 'postgres')(
    'logs a single output in two round trips: the opening with the snapshot, the insert with the COMMIT (PostgreSQL)',
    async () => {
      const query = vi.spyOn(pg.Client.prototype, 'query');
      try {
        const response = await t.app.inject({
          method: 'POST',
          url: `/api/v1/workflows/${workflowId}/outputs`,
          headers,
          payload: { clientId: 'single-1', content: 'One reply', metadata: { language: 'en' } },
        });
        expect(response.statusCode, response.body).toBe(201);
        const texts = query.mock.calls.map(([q]) =>
          typeof q === 'string' ? q : String((q as { text?: string }).text),
        );
        const opening = texts.filter((q) => q.startsWith('BEGIN;'));
        expect(opening).toHaveLength(1);
        expect(opening[0]).toContain(`set_config('enable_sort', 'off', true)`);
        expect(texts.filter((q) => /^\s*SELECT set_config\('enable_sort'/.test(q))).toEqual([]);
        // Two round trips in all: the opening with the snapshot, the insert with the COMMIT.
        expect(opening[0]).toContain('WITH locked AS');
        expect(
          texts.filter((q) => q.includes('INSERT INTO "outputs"') && q.endsWith('; COMMIT')),
        ).toHaveLength(1);
        expect(texts.filter((q) => q.trim() === 'COMMIT')).toEqual([]);
      } finally {
        query.mockRestore();
      }
    },
  );

  it('builds no statement text for an output after the first: its statements are bound, not built', async () => {
    const log = (clientId: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/workflows/${workflowId}/outputs`,
        headers,
        payload: { clientId, content: 'One reply', metadata: { language: 'de' } },
      });
    expect((await log('built-1')).statusCode).toBe(201);
    const sqlToQuery = vi.spyOn(PgDialect.prototype, 'sqlToQuery');
    try {
      const response = await log('built-2');
      expect(response.statusCode, response.body).toBe(201);
      const texts = sqlToQuery.mock.results.map((r) => (r.value as { sql: string }).sql);
      // Building the snapshot and the insert with drizzle's `sql` cost about 100 KB and tenths of a
      // millisecond per request (the statements' text never changes).
      expect(
        texts.filter((q) => q.includes('WITH locked AS') || q.includes('INSERT INTO "outputs"')),
      ).toEqual([]);
    } finally {
      sqlToQuery.mockRestore();
    }
  });
});
