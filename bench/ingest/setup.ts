import { Worker } from 'node:worker_threads';
import { createApiToken } from '../../packages/server/src/capabilities/identity/services/api-tokens';
import { createOrganization } from '../../packages/server/src/capabilities/identity/services/organizations';
import { createUser } from '../../packages/server/src/capabilities/identity/services/users';
import type { Database } from '../../packages/server/src/platform/db/types';
import type { LoadPlan, LoadResult } from './load';

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
