import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../platform/auth/roles';
import { selectRows } from '../../../platform/db/rows';
import type { Tx } from '../../../platform/db/types';
import {
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { createWorkflowWithStandard } from '../test/quality';
import { listOutputs, type OutputFilter } from './outputs';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

const nodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];

/** `count` reviewed outputs in a workflow, one a second back from now, every seventh a defect. */
const insertOutputs = (tx: Tx, organizationId: string, workflowId: string, count: number) =>
  tx.execute(sql`INSERT INTO outputs (organization_id, workflow_id, client_id, content_hash, content, metadata, segment,
                   stratum, status, pi, selected, standard_version, defect, created_at)
    SELECT ${organizationId}, ${workflowId}, 'bulk-' || g, md5('Answer ' || g), 'Answer ' || g, '{}'::jsonb, 'all', 0,
           'reviewed', 1, true, 1, g % 7 = 0, now() - g * interval '1 second'
    FROM generate_series(1, ${count}::int) g`);

/**
 * The outputs list pages through an index in its order, so a page reads its rows and no more however many
 * outputs there are. Counted in the plan, not timed: the plan of the query the list runs (captured from its
 * transaction) must read the workflow's recent-outputs index (or, filtered by defect, the partial one) in
 * order, with no sort of every matching output. An ORDER BY whose NULLS placement differs from the index's
 * cannot use its order; at 10⁷ outputs that sort was a bitmap scan of every defect (109 ms at the median).
 */
describe.each(testEngines())('the outputs list’s plan on %s', (engine) => {
  let t: TestApp;
  let owner: TestPerson;
  let workflowId: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await createOrganizationWithOwner(t.db);
    workflowId = await createWorkflowWithStandard(t.app, owner.headers, 'Support replies', {
      outgoingLimit: 0.02,
      policy: 'full',
      doubleReviewFraction: 0,
    });
    await t.db.system(async (tx) => {
      await insertOutputs(tx, owner.organizationId, workflowId, 2000);
      await tx.execute(sql`ANALYZE outputs`);
    });
  });
  afterAll(() => t.close());

  /** The plan of the one query `listOutputs` runs, with sequential and bitmap scans priced out. */
  async function planOf(filter: OutputFilter, before?: [string, string]) {
    const ctx = {
      organizationId: owner.organizationId,
      role: 'owner' as Role,
      actor: { type: 'system' as const, id: null, name: 'test' },
      requestId: 'test',
    };
    return t.db.tenant(owner.organizationId, async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      await tx.execute(sql`SET LOCAL enable_bitmapscan = off`);
      const queries: SQL[] = [];
      const recording = new Proxy(tx, {
        get(target, key, receiver) {
          if (key === 'execute')
            return (query: SQL) => {
              queries.push(query);
              return target.execute(query);
            };
          return Reflect.get(target, key, receiver);
        },
      }) as Tx;
      await listOutputs(recording, ctx, workflowId, filter, { limit: 51, before });
      const list = queries.at(-1)!;
      const [row] = await selectRows<{ 'QUERY PLAN': unknown }>(tx, sql`EXPLAIN (FORMAT JSON) ${list}`);
      const raw = row!['QUERY PLAN'];
      const json = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Array<{ Plan: PlanNode }>;
      return nodes(json[0]!.Plan);
    });
  }

  const expectOrderedRead = (plan: PlanNode[], index: string) => {
    const described = plan.map((n) => `${n['Node Type']}${n['Index Name'] ? ` ${n['Index Name']}` : ''}`);
    expect(described, described.join(' → ')).toContain(`Index Scan ${index}`);
    expect(
      plan.filter((n) => n['Node Type'].includes('Sort')),
      described.join(' → '),
    ).toEqual([]);
  };

  /**
   * A small organization's workflow beside a large organization's, in one database: row-level security adds
   * `organization_id = <the session's organization>` to every query, and without statistics that tie a
   * workflow to its organization the planner multiplies the two selectivities as if they were independent,
   * so it expects a handful of the workflow's rows and sorts them all instead of reading the index in order.
   * At 10⁷ outputs, a 10⁵-output organization's first page took 584 ms that way (1.6 ms in index order).
   */
  it('expects as many of a small organization’s workflow rows as there are, beside a large organization', async () => {
    const large = await createOrganizationWithOwner(t.db);
    const largeWorkflow = await createWorkflowWithStandard(t.app, large.headers, 'Tickets', {
      outgoingLimit: 0.02,
      policy: 'full',
      doubleReviewFraction: 0,
    });
    await t.db.system(async (tx) => {
      await insertOutputs(tx, large.organizationId, largeWorkflow, 60000);
      await tx.execute(sql`INSERT INTO reviews (organization_id, workflow_id, output_id, reviewer_id, standard_version, kind,
                             answers, defect, score, comment, time_spent_ms, created_at, segment, stratum)
        SELECT organization_id, workflow_id, id, ${large.userId}, 1, 'sampled', '{}'::jsonb, false, 1, '', 1000,
               created_at, segment, stratum
        FROM outputs WHERE organization_id IN (${large.organizationId}, ${owner.organizationId})`);
      await tx.execute(sql`ANALYZE outputs`);
      await tx.execute(sql`ANALYZE reviews`);
    });
    const estimated = (table: 'outputs' | 'reviews') =>
      t.db.tenant(owner.organizationId, async (tx) => {
        const [row] = await selectRows<{ 'QUERY PLAN': unknown }>(
          tx,
          sql`EXPLAIN (FORMAT JSON) SELECT id FROM ${sql.identifier(table)} WHERE workflow_id = ${workflowId}`,
        );
        const raw = row!['QUERY PLAN'];
        const json = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Array<{
          Plan: { 'Plan Rows': number };
        }>;
        return json[0]!.Plan['Plan Rows'];
      });
    // The small organization's workflow holds 2,000 outputs and 2,000 reviews.
    expect(await estimated('outputs')).toBeGreaterThan(1000);
    expect(await estimated('reviews')).toBeGreaterThan(1000);
    expectOrderedRead(await planOf({}), 'outputs_workflow_recent_idx');
  });

  it('reads the first page, a deep page and the defects in index order, sorting nothing', async () => {
    expectOrderedRead(await planOf({}), 'outputs_workflow_recent_idx');
    expectOrderedRead(
      await planOf({}, [new Date().toISOString(), 'ffffffff-ffff-ffff-ffff-ffffffffffff']),
      'outputs_workflow_recent_idx',
    );
    expectOrderedRead(await planOf({ defect: true }), 'outputs_defect_recent_idx');
  });
});
