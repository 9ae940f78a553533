import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../packages/server/src/test/free-port';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** The server entry; an override lets the journeys run against another build of the same CLI. */
const entry = process.env.TRELLIS_E2E_SERVER_ENTRY ?? join(repoRoot, 'packages/server/src/cli.ts');

export interface TrellisServer {
  baseUrl: string;
  /** The one-time first-run link printed on stdout, rewritten onto baseUrl. */
  setupUrl: string;
  output: () => string;
  stop: () => Promise<void>;
}

async function waitUntilReady(baseUrl: string, child: ChildProcess, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not become ready (GET /readyz) in time');
}

/** Starts `trellis start` on a free port with a fresh data dir; resolves once /readyz is 200 and the setup link is printed. */
/** Starts `trellis start` on a fresh data dir; with `demo`, as `--demo` (no setup link: the demo owner signs in). */
export async function startServer(
  options: { demo?: boolean; env?: Record<string, string>; readyTimeoutMs?: number } = {},
): Promise<TrellisServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'trellis-e2e-data-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  // `node --import tsx` keeps the server in this one process, so its PID is the one to stop.
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      entry,
      'start',
      '--port',
      String(port),
      '--data-dir',
      dataDir,
      ...(options.demo ? ['--demo'] : []),
    ],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        ...options.env,
        NODE_ENV: 'test',
        TRELLIS_DATA_DIR: dataDir,
        // Journeys receive webhooks on loopback, which only the allow-list opens.
        TRELLIS_WEBHOOK_ALLOWED_TARGETS: '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  let setupToken: string | null = null;
  const onData = (chunk: Buffer) => {
    log += chunk.toString();
    setupToken ??= /\/setup\?token=([A-Za-z0-9_\-.~%]+)/.exec(log)?.[1] ?? null;
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);

  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const deadline = Date.now() + (options.readyTimeoutMs ?? (options.demo ? 240_000 : 90_000));
    await waitUntilReady(baseUrl, child, deadline);
    while (!options.demo && !setupToken && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    if (!options.demo && !setupToken) throw new Error('server printed no /setup?token= link');
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- server output ---\n${log.slice(-4000)}`);
  }
  return { baseUrl, setupUrl: `${baseUrl}/setup?token=${setupToken}`, output: () => log, stop };
}
