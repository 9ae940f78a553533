import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClientTestServer } from '../../packages/server/src/test/client-server';

const run = promisify(execFile);
const here = fileURLToPath(new URL('.', import.meta.url));

/** The Python client's unittest suite with the machine's python3, its live tests against a real Trellis. */
describe('the Python client', () => {
  let server: Awaited<ReturnType<typeof startClientTestServer>>;
  beforeAll(async () => {
    server = await startClientTestServer();
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

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
        TRELLIS_REQUIRE_LIVE: '1',
      },
    }).catch((error: { stdout: string; stderr: string }) => {
      throw new Error(`python3 -m unittest failed:\n${error.stderr}\n${error.stdout}`);
    });
    // unittest reports on stderr: every test ran, the live ones included, and none was skipped.
    expect(stderr).toMatch(/\nOK\s*$/);
    expect(stderr).not.toMatch(/skipped/);
    expect(stderr).toMatch(/test_the_guide_quickstart_runs .* ok/);
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
