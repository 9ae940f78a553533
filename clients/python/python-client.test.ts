import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchDueWebhooks } from '../../packages/server/src/platform/webhooks/webhook-dispatcher';
import { webhookTargetPolicy } from '../../packages/server/src/platform/webhooks/webhook-targets';
import { startClientTestServer } from '../../packages/server/src/test/client-server';

const run = promisify(execFile);
const here = fileURLToPath(new URL('.', import.meta.url));
const REVIEWED_CLIENT_ID = 'py-reviewed/1';

/** The Python client's unittest suite with the machine's python3, its live tests against a real Trellis. */
describe('the Python client', () => {
  let server: Awaited<ReturnType<typeof startClientTestServer>>;
  const scratch = mkdtempSync(path.join(tmpdir(), 'trellis-py-'));
  const deliveryFile = path.join(scratch, 'delivery.json');
  beforeAll(async () => {
    server = await startClientTestServer({ webhookAllowedTargets: ['127.0.0.1'] });
    await captureDelivery();
    await reviewOne();
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  /**
   * A real delivery for the Python client's live webhook test: a webhook on a loopback receiver, a ping sent
   * by the dispatcher, and what arrived (headers, raw body) with the secret, written for the test to read.
   */
  async function captureDelivery() {
    const arrived = new Promise<{ headers: http.IncomingHttpHeaders; body: string }>((resolve) => {
      const receiver = http.createServer((req, res) => {
        let body = '';
        req.setEncoding('utf8');
        req.on('data', (chunk) => {
          body += chunk;
        });
        req.on('end', () => {
          res.end();
          receiver.close();
          resolve({ headers: req.headers, body });
        });
      });
      receiver.listen(0, '127.0.0.1', async () => {
        const { port } = receiver.address() as AddressInfo;
        const created = await server.app.inject({
          method: 'POST',
          url: '/api/v1/webhooks',
          headers: server.owner.headers,
          payload: { url: `http://127.0.0.1:${port}/hook`, events: ['*'] },
        });
        const { webhook, secret } = created.json() as { webhook: { id: string }; secret: string };
        writeFileSync(deliveryFile, JSON.stringify({ secret }));
        await server.app.inject({
          method: 'POST',
          url: `/api/v1/webhooks/${webhook.id}/ping`,
          headers: server.owner.headers,
        });
        await dispatchDueWebhooks(server.db, { policy: webhookTargetPolicy(['127.0.0.1']) });
      });
    });
    const { headers, body } = await arrived;
    const { secret } = JSON.parse(readFileSync(deliveryFile, 'utf8')) as { secret: string };
    writeFileSync(deliveryFile, JSON.stringify({ secret, headers, body }));
  }

  /** An output reviewed (a defect) before the Python tests start, for wait_for_review by client id. */
  async function reviewOne() {
    const logged = await server.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${server.workflowId}/outputs`,
      headers: { authorization: `Bearer ${server.token}` },
      payload: { clientId: REVIEWED_CLIENT_ID, content: 'Your claim was approved.' },
    });
    expect(logged.json()).toMatchObject({ review: true });
    const claimed = await server.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${server.workflowId}/queue/next`,
      headers: server.owner.headers,
    });
    const outputId = (claimed.json() as { output: { id: string } }).output.id;
    const done = await server.app.inject({
      method: 'POST',
      url: `/api/v1/outputs/${outputId}/reviews`,
      headers: server.owner.headers,
      payload: { answers: { accurate: false }, timeSpentMs: 5 },
    });
    expect(done.statusCode, done.body).toBe(201);
  }

  it('is what the guide shows: both clients’ examples, verbatim', () => {
    const guide = readFileSync(new URL('../../docs/guide/clients.md', import.meta.url), 'utf8');
    for (const example of ['sdk-quickstart.mjs', 'python_quickstart.py']) {
      const text = readFileSync(new URL(`../../docs/guide/examples/${example}`, import.meta.url), 'utf8');
      expect(guide, example).toContain(text.trimEnd());
    }
  });

  it('passes `python3 -m unittest` against a real server, none skipped', async () => {
    const { stderr } = await run('python3', ['-m', 'unittest', 'discover', '-s', 'tests', '-t', '.', '-v'], {
      cwd: here,
      timeout: 240_000,
      env: {
        ...process.env,
        TRELLIS_URL: server.baseUrl,
        TRELLIS_TOKEN: server.token,
        TRELLIS_WORKFLOW: server.workflowId,
        TRELLIS_WEBHOOK_DELIVERY: deliveryFile,
        TRELLIS_REVIEWED_CLIENT_ID: REVIEWED_CLIENT_ID,
        TRELLIS_REQUIRE_LIVE: '1',
      },
    }).catch((error: { stdout: string; stderr: string }) => {
      throw new Error(`python3 -m unittest failed:\n${error.stderr}\n${error.stdout}`);
    });
    // unittest reports on stderr: every test ran, the live ones included, and none was skipped.
    expect(stderr).toMatch(/\nOK\s*$/);
    expect(stderr).not.toMatch(/skipped/);
    expect(stderr).toMatch(/test_the_guide_quickstart_runs .* ok/);
    expect(stderr).toMatch(/test_verifies_a_real_trellis_delivery .* ok/);
    expect(stderr).toMatch(/test_waits_for_review_by_client_id .* ok/);
    const listed = await server.app.inject({
      method: 'GET',
      url: `/api/v1/workflows/${server.workflowId}/outputs?limit=200`,
      headers: server.owner.headers,
    });
    const ids = (listed.json() as { items: { clientId: string }[] }).items.map((o) => o.clientId);
    expect(ids).toContain('py-ticket-1001');
    expect(ids.filter((id) => id.startsWith('py-ticket-2'))).toHaveLength(25);
  }, 300_000);
});
