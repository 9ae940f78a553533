import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/src/platform/db/client';
import { selectRows } from '../../server/src/platform/db/rows';
import { freePort } from '../../server/src/test/free-port';
import { createTestDatabaseUrl, testEngines } from '../../server/src/test/harness';
import { type ServerProcess, startServerProcess } from '../../server/src/test/server-process';
import { createClient } from './index';
import type { OutputDecision, OutputInput } from './types';

/**
 * Bad input, faults and crash safety: a server killed with SIGKILL in the middle of
 * a stream of batches, restarted on the same database (a PGlite data dir, or PostgreSQL); the SDK's retries finish the stream and every acknowledged output is
 * stored exactly once, with the decision the SDK was given.
 */
describe.each(testEngines())('a server on %s killed mid-stream (SIGKILL) and restarted', (engine) => {
  let dataDir: string;
  let databaseUrl = '';
  let port: number;
  let baseUrl: string;
  let server: ServerProcess | null = null;
  let token: string;

  async function start(): Promise<void> {
    server =
      engine === 'pglite'
        ? await startServerProcess({ args: ['--data-dir', dataDir], port })
        : await startServerProcess({ env: { DATABASE_URL: databaseUrl }, port });
  }

  async function kill(signal: NodeJS.Signals): Promise<void> {
    await server?.stop(signal);
  }

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-sdk-crash-'));
    if (engine === 'postgres') databaseUrl = await createTestDatabaseUrl();
    port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    await start();
    const log = server!.log();
    // First run through the API: the setup link the server prints, then a lead's API token.
    const setupToken = /\/setup\?token=([A-Za-z0-9_\-.~%]+)/.exec(log)?.[1];
    if (!setupToken) throw new Error(`no setup link printed:\n${log}`);
    const setup = await fetch(`${baseUrl}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        token: decodeURIComponent(setupToken),
        organizationName: 'Crash Co',
        name: 'Owner',
        email: 'owner@example.com',
        password: 'a long enough password',
      }),
    });
    expect(setup.status).toBe(201);
    const session = (await setup.json()) as {
      csrfToken: string;
      memberships: Array<{ organization: { id: string } }>;
    };
    const cookie = setup.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const created = await fetch(`${baseUrl}/api/v1/tokens`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie,
        'x-csrf-token': session.csrfToken,
        'x-trellis-organization': session.memberships[0]!.organization.id,
      },
      body: JSON.stringify({ name: 'crash test', role: 'lead' }),
    });
    expect(created.status).toBe(201);
    token = ((await created.json()) as { secret: string }).secret;
  });

  afterAll(async () => {
    await kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(`${dataDir}.lock`, { force: true });
  });

  it('stores every acknowledged output exactly once after the SDK retries through three crashes', async () => {
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const workflow = (await (
      await fetch(`${baseUrl}/api/v1/workflows`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ name: 'Crash test' }),
      })
    ).json()) as { id: string };
    const standard = await fetch(`${baseUrl}/api/v1/workflows/${workflow.id}/standards`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        criteria: [{ key: 'ok', label: 'Acceptable', kind: 'pass_fail', severity: 'critical' }],
        defectRule: { kind: 'any_critical_fail' },
        outgoingLimit: 0.01,
        segmentKeys: ['language'],
      }),
    });
    expect(standard.status).toBe(201);

    // Three crashes, each followed by a restart in the background: SIGKILL 2 ms into a batch request (before
    // its commit), SIGKILL once a batch's response has arrived but before the SDK sees it (stored, answer
    // lost), and SIGKILL 60 ms into a request (wherever it is by then).
    type Crash = { afterBatches: number; when: 'sent' | 'answered'; delayMs: number };
    const crashes: Crash[] = [
      { afterBatches: 3, when: 'sent', delayMs: 2 },
      { afterBatches: 8, when: 'answered', delayMs: 0 },
      { afterBatches: 13, when: 'sent', delayMs: 60 },
    ];
    let calls = 0;
    let batchesDone = 0;
    const restarts: Promise<void>[] = [];
    const crashAndRestart = (delayMs: number) => {
      const restarted = (async () => {
        await new Promise((r) => setTimeout(r, delayMs));
        await kill('SIGKILL');
        await start();
      })();
      restarts.push(restarted);
      return restarted;
    };
    const crashingFetch: typeof fetch = async (input, init) => {
      calls += 1;
      const crash = crashes.find((c) => c.afterBatches === batchesDone);
      if (crash) crashes.splice(crashes.indexOf(crash), 1);
      if (crash?.when === 'sent') void crashAndRestart(crash.delayMs);
      const response = await fetch(input, init);
      if (crash?.when === 'answered') {
        await response.arrayBuffer();
        void crashAndRestart(0);
        throw new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } });
      }
      return response;
    };
    const client = createClient({
      baseUrl,
      token,
      fetch: crashingFetch,
      // Generous: a restart on a loaded 2-core machine can take several seconds (PGlite start + migrations).
      retry: { retries: 60, baseDelayMs: 50, maxDelayMs: 1500 },
    });
    const outputs: OutputInput[] = Array.from({ length: 2400 }, (_, i) => ({
      clientId: `crash-${i}`,
      content: `Reply ${i} ${'lorem ipsum '.repeat(20)}`,
      metadata: { language: ['en', 'de', 'fr'][i % 3]! },
    }));
    const acknowledged: OutputDecision[] = [];
    const decisions = await client.logOutputs(workflow.id, outputs, {
      batchSize: 120,
      onBatch: (batch) => {
        acknowledged.push(...batch);
        batchesDone += 1;
      },
    });
    await Promise.all(restarts);
    expect(restarts).toHaveLength(3);
    expect(crashes).toEqual([]);
    expect(decisions).toEqual(acknowledged);
    expect(acknowledged.map((d) => d.clientId)).toEqual(outputs.map((o) => o.clientId));
    const duplicates = acknowledged.filter((d) => d.duplicate).length;
    // At least the batch whose answer was lost came back as stored decisions on its retry.
    expect(duplicates).toBeGreaterThanOrEqual(120);
    console.info(
      `crash test: ${calls} requests, ${duplicates} outputs answered from a batch stored before a crash`,
    );

    // Stop the server and read its database directly.
    await kill('SIGTERM');
    const db = await openDatabase(engine === 'pglite' ? { dataDir } : { databaseUrl });
    try {
      const rows = await db.system((tx) =>
        selectRows<{ id: string; client_id: string }>(
          tx,
          sql`SELECT id, client_id FROM outputs WHERE workflow_id = ${workflow.id}`,
        ),
      );
      expect(rows).toHaveLength(outputs.length);
      const byClientId = new Map<string, string[]>();
      for (const row of rows)
        byClientId.set(row.client_id, [...(byClientId.get(row.client_id) ?? []), row.id]);
      expect(byClientId.size).toBe(outputs.length);
      for (const decision of acknowledged) expect(byClientId.get(decision.clientId)).toEqual([decision.id]);
    } finally {
      await db.close();
    }
  }, 90_000);
});
