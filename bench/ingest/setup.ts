import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../packages/server/src/app';
import { createApiToken } from '../../packages/server/src/capabilities/identity/services/api-tokens';
import { createOrganization } from '../../packages/server/src/capabilities/identity/services/organizations';
import { createUser } from '../../packages/server/src/capabilities/identity/services/users';
import { loadConfig } from '../../packages/server/src/platform/config';
import type { Database } from '../../packages/server/src/platform/db/types';
import type { LoadPlan, LoadResult } from './load';
import { benchBatch } from './rows';

/** What the ingestion bench (engine.ts) and its diagnosis probe (probe.ts) share. */

// Worker threads do not inherit `--import tsx`: register it in the worker, then load the generator.
const workerBootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./load.ts', import.meta.url).href)}); });`;

/** Runs a load plan in a worker thread (the load generator off the server's event loop). */
export function runLoad(plan: LoadPlan): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerBootstrap, { eval: true, workerData: { plan } });
    worker.once('message', (m: { ok: boolean; result?: LoadResult; error?: string }) => {
      void worker.terminate();
      if (m.ok) resolve(m.result!);
      else reject(new Error(m.error));
    });
    worker.once('error', reject);
  });
}

/** An organization with a lead's API token and `workflows` workflows, each with a standard segmented by language. */
export async function setUp(db: Database, baseUrl: string, workflows: number) {
  const actor = { type: 'system' as const, id: null, name: 'bench' };
  const { org } = await db.system(async (tx) => {
    const user = await createUser(tx, {
      email: 'bench@example.com',
      name: 'Bench',
      password: 'a long enough password',
    });
    return { org: await createOrganization(tx, { name: 'Bench', ownerId: user.id, actor }) };
  });
  const created = await db.tenant(org.id, (tx) =>
    createApiToken(
      tx,
      { organizationId: org.id, role: 'admin', actor, requestId: 'bench' },
      { name: 'bench', role: 'lead' },
    ),
  );
  const headers = { authorization: `Bearer ${created.secret}` };
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.status !== 201) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string };
  };
  const ids: string[] = [];
  for (let w = 0; w < workflows; w++) {
    const { id } = await post('/api/v1/workflows', { name: `Bench ${w}` });
    await post(`/api/v1/workflows/${id}/standards`, {
      criteria: [{ key: 'ok', label: 'Acceptable', kind: 'pass_fail', severity: 'critical' }],
      defectRule: { kind: 'any_critical_fail' },
      outgoingLimit: 0.01,
      segmentKeys: ['language'],
    });
    ids.push(id);
  }
  return { organizationId: org.id, headers, workflowIds: ids };
}

/**
 * The baseline: the same rows, with the columns the ingestion stores, as one multi-row INSERT per batch into
 * `raw_outputs` (a copy of the outputs table), `workflowIds.length` loops in parallel. Rows per second.
 */
export async function rawInsert(
  db: Database,
  organizationId: string,
  workflowIds: string[],
  prefix: string,
  batchCount: number,
  batchSize: number,
) {
  const batches = workflowIds.map((workflowId, l) =>
    Array.from({ length: batchCount }, (_, b) =>
      benchBatch(`${prefix}${l}`, b, batchSize).map((o) => ({
        ...o,
        workflowId,
        hash: createHash('sha256').update(o.content).digest('hex'),
      })),
    ),
  );
  const started = performance.now();
  await Promise.all(
    batches.map(async (loop) => {
      for (const rows of loop) {
        const values = rows.map(
          (r) =>
            sql`(${organizationId}, ${r.workflowId}, ${r.clientId}, ${r.hash}, ${r.content}, ${JSON.stringify(r.metadata)}::jsonb, ${`language=${r.metadata.language}`}, 0, 0.05, false, 1, 'released')`,
        );
        await db.system((tx) =>
          tx.execute(
            sql`INSERT INTO raw_outputs (organization_id, workflow_id, client_id, content_hash, content, metadata, segment, stratum, pi, selected, standard_version, status) VALUES ${sql.join(values, sql`, `)}`,
          ),
        );
      }
    }),
  );
  return (workflowIds.length * batchCount * batchSize * 1000) / (performance.now() - started);
}

/**
 * The server under measurement, listening on a loopback port. The ingestion rate limits stay on (their
 * cost is on the path), far above what the bench sends.
 */
export async function startBenchApp(db: Database) {
  const app = await buildApp({
    db,
    config: loadConfig(
      { publicUrl: 'http://bench.test', ingestRateLimit: 100_000_000, ingestOrgRateLimit: 100_000_000 },
      {},
    ),
    serveWeb: false,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, port: (app.server.address() as { port: number }).port };
}
