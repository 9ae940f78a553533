import { hashUniform } from '@trellis/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from './platform/db/client';
import { selectRows } from './platform/db/rows';
import type { Database } from './platform/db/types';
import {
  createOrganizationWithOwner,
  createTestDatabaseUrl,
  createTokenHeaders,
  testEngines,
} from './test/harness';
import { type ServerProcess, startServerProcess } from './test/server-process';

interface Decision {
  id: string;
  clientId: string;
  review: boolean;
  pi: number;
}

/**
 * Scale-out: three `trellis start` processes on one PostgreSQL. They migrate at once (under the
 * advisory lock), share sessions, and ingest into one workflow at the same time — also the same client ids —
 * and the policy state stays exact: one stored row per client id, the state's decision count equal to the
 * outputs, every decision the draw keyed on its client id against the π it was given.
 */
describe.skipIf(!testEngines().includes('postgres'))('three server processes on one PostgreSQL', () => {
  let servers: ServerProcess[] = [];
  let db: Database;
  let databaseUrl: string;

  beforeAll(async () => {
    databaseUrl = await createTestDatabaseUrl();
    servers = await Promise.all(
      [0, 1, 2].map(() => startServerProcess({ env: { DATABASE_URL: databaseUrl }, readyMs: 60_000 })),
    );
    db = await openDatabase({ databaseUrl, poolSize: 2 });
  }, 120_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await db?.close();
  });

  it('keeps a session made on one process valid on the others, and its logout too', async () => {
    const owner = await createOrganizationWithOwner(db);
    const login = await fetch(`${servers[0]!.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: owner.email, password: owner.password }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const session = (i: number) =>
      fetch(`${servers[i]!.baseUrl}/api/v1/session`, { headers: { cookie } }).then((r) => r.status);
    expect([await session(1), await session(2)]).toEqual([200, 200]);
    const logout = await fetch(`${servers[2]!.baseUrl}/api/v1/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(logout.status).toBe(204);
    expect([await session(0), await session(1)]).toEqual([204, 204]); // signed out everywhere: no session, no body;
  });

  it('ingests into one workflow from all three at once with exact policy state and counts', async () => {
    const owner = await createOrganizationWithOwner(db);
    const { headers } = await createTokenHeaders(db, owner.organizationId, 'lead');
    const json = { ...headers, 'content-type': 'application/json' };
    const call = async (server: ServerProcess, path: string, body: object) => {
      const response = await fetch(`${server.baseUrl}/api/v1${path}`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const workflow = await call(servers[0]!, '/workflows', { name: 'Stakeholder updates' });
    const id = workflow.body.id as string;
    const standard = await call(servers[1]!, `/workflows/${id}/standards`, {
      criteria: [{ key: 'accurate', label: 'Accurate', kind: 'pass_fail', severity: 'critical' }],
      defectRule: { kind: 'any_critical_fail' },
      outgoingLimit: 0.02,
      segmentKeys: ['team'],
    });
    expect(standard.status).toBe(201);

    const output = (clientId: string, i: number) => ({
      clientId,
      content: `Update ${clientId}`,
      metadata: { team: ['north', 'south', 'east'][i % 3]! },
    });
    const work: Array<Promise<{ status: number; body: Record<string, unknown> }>> = [];
    for (const [s, server] of servers.entries()) {
      // Batches of 40, single outputs, and 20 client ids every process receives at the same moment.
      for (let b = 0; b < 5; b++) {
        const outputs = Array.from({ length: 40 }, (_, k) => output(`s${s}-b${b}-${k}`, k));
        work.push(call(server, `/workflows/${id}/outputs/batch`, { outputs }));
      }
      for (let k = 0; k < 30; k++)
        work.push(call(server, `/workflows/${id}/outputs`, output(`s${s}-one-${k}`, k)));
      for (let k = 0; k < 20; k++)
        work.push(call(server, `/workflows/${id}/outputs`, output(`shared-${k}`, k)));
    }
    const results = await Promise.all(work);
    expect(results.filter((r) => r.status >= 300).map((r) => r.body)).toEqual([]);

    const decisions = results.flatMap((r) =>
      Array.isArray(r.body.items) ? (r.body.items as Decision[]) : [r.body as unknown as Decision],
    );
    const byClientId = new Map<string, Set<string>>();
    for (const d of decisions)
      byClientId.set(d.clientId, (byClientId.get(d.clientId) ?? new Set()).add(d.id));
    expect([...byClientId.values()].every((ids) => ids.size === 1)).toBe(true);
    const expected = 3 * (5 * 40 + 30) + 20;
    expect(byClientId.size).toBe(expected);

    const [stored] = await db.system((tx) =>
      selectRows<{ n: number; distinct_ids: number; decisions: number }>(
        tx,
        sql`SELECT count(*)::int AS n, count(DISTINCT o.client_id)::int AS distinct_ids,
              (SELECT decisions::int FROM sampling_states WHERE workflow_id = ${id}) AS decisions
            FROM outputs o WHERE o.workflow_id = ${id}`,
      ),
    );
    expect(stored).toMatchObject({ n: expected, distinct_ids: expected, decisions: expected });
    const rows = await db.system((tx) =>
      selectRows<{ client_id: string; pi: number; selected: boolean; salt: number }>(
        tx,
        sql`SELECT o.client_id, o.pi, o.selected, w.sampling_salt AS salt
            FROM outputs o JOIN workflows w ON w.id = o.workflow_id WHERE o.workflow_id = ${id}`,
      ),
    );
    const wrong = rows.filter((r) => r.selected !== hashUniform(r.client_id, r.salt) < r.pi);
    expect(wrong).toEqual([]);
  });
});
