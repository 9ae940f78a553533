import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClientTestServer } from '../../server/src/test/client-server';

const run = promisify(execFile);
const sdkDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const quickstart = join(repoRoot, 'docs/guide/examples/sdk-quickstart.mjs');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * The SDK as people get it: `npm pack` (which builds dist), the tarball installed offline into a fresh
 * project outside the workspace, then the guide's quickstart run there against a real Trellis.
 */
describe('the packed SDK', () => {
  let scratch: string;
  let project: string;
  let tarball: string;
  let server: Awaited<ReturnType<typeof startClientTestServer>>;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'trellis-sdk-pack-'));
    project = join(scratch, 'app');
    const packed = await run(npm, ['pack', '--json', '--pack-destination', scratch], { cwd: sdkDir });
    const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as {
      filename: string;
      files: { path: string }[];
    }[];
    tarball = join(scratch, info!.filename);
    expect(info!.files.map((f) => f.path).sort()).toEqual(
      expect.arrayContaining(['README.md', 'dist/index.js', 'dist/index.d.ts', 'package.json']),
    );
    expect(info!.files.some((f) => f.path.startsWith('src/') || f.path.includes('.test.'))).toBe(false);
    rmSync(project, { recursive: true, force: true });
    await run('mkdir', ['-p', project]);
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'app', private: true, type: 'module' }),
    );
    // No registry: the SDK has no dependencies, so the tarball is all npm needs.
    await run(npm, ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: project });
    server = await startClientTestServer();
  }, 240_000);
  afterAll(async () => {
    await server?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('is a public package with no dependencies, exporting its built JavaScript and declarations', () => {
    const manifest = JSON.parse(
      readFileSync(join(project, 'node_modules/@trellis/sdk/package.json'), 'utf8'),
    );
    expect(manifest.private).toBeUndefined();
    expect(manifest.license).toBe('Apache-2.0');
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
  });

  it('runs the guide’s quickstart against a real server: outputs logged, decisions read back', async () => {
    copyFileSync(quickstart, join(project, 'quickstart.mjs'));
    const env = {
      ...process.env,
      TRELLIS_URL: server.baseUrl,
      TRELLIS_TOKEN: server.token,
      TRELLIS_WORKFLOW: server.workflowId,
    };
    const { stdout } = await run(process.execPath, ['quickstart.mjs'], { cwd: project, env });
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^ticket-1001: (held for review|released)$/);
    expect(lines[1]).toMatch(/^\d+ of 25 sampled for review$/);
    expect(lines[2]).toMatch(/^ticket-1001 is (queued|released)$/);
    // What the script logged is in Trellis: 26 outputs of this workflow, the decision it printed among them.
    const listed = await server.app.inject({
      method: 'GET',
      url: `/api/v1/workflows/${server.workflowId}/outputs?limit=100`,
      headers: server.owner.headers,
    });
    expect(listed.statusCode, listed.body).toBe(200);
    const body = listed.json() as { items: { clientId: string }[]; total?: number };
    const ids = body.items.map((o) => o.clientId);
    expect(ids).toContain('ticket-1001');
    expect(ids.filter((id) => id.startsWith('ticket-2'))).toHaveLength(25);
    // Run again: idempotent by client id, nothing stored twice.
    await run(process.execPath, ['quickstart.mjs'], { cwd: project, env });
    const again = await server.app.inject({
      method: 'GET',
      url: `/api/v1/workflows/${server.workflowId}/outputs?limit=100`,
      headers: server.owner.headers,
    });
    expect((again.json() as { items: unknown[] }).items).toHaveLength(26);
  });

  it('type-checks a consumer against the shipped declarations, and loads from CommonJS', async () => {
    writeFileSync(
      join(project, 'check.mts'),
      `import { createClient, TrellisError, type OutputDecision } from '@trellis/sdk';
const client = createClient({ baseUrl: 'http://127.0.0.1', token: 't' });
const d: Promise<OutputDecision> = client.logOutput('w', { clientId: 'a', content: 'b' });
// @ts-expect-error content must be a string
client.logOutput('w', { clientId: 'a', content: 42 });
export { d, TrellisError };
`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          lib: ['es2022', 'dom'],
          types: [],
        },
        files: ['check.mts'],
      }),
    );
    const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
    await run(process.execPath, [tsc, '-p', '.'], { cwd: project });
    writeFileSync(join(project, 'check.cjs'), "console.log(typeof require('@trellis/sdk').createClient);\n");
    const { stdout } = await run(process.execPath, ['check.cjs'], { cwd: project });
    expect(stdout.trim()).toBe('function');
  });
});
