import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port';

const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));
const cli = path.join(repoRoot, 'packages/server/src/cli.ts');

export interface ServerProcess {
  baseUrl: string;
  port: number;
  /** The server's operating-system process id (for sampling its memory). */
  pid: number;
  /** Everything the process printed so far (stdout and stderr). */
  log: () => string;
  /** Null while the process runs; its exit code (or the signal that ended it) once it has exited. */
  exited: () => number | string | null;
  /** Sends the signal and waits for the process to exit. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

/**
 * `trellis start` as a real child process on loopback, ready when `/readyz` answers 200. Pass `--data-dir`
 * in `args` for PGlite, or `DATABASE_URL` in `env` for PostgreSQL; give `port` to restart on the same one.
 */
export async function startServerProcess(
  options: { args?: string[]; env?: Record<string, string>; port?: number; readyMs?: number } = {},
): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  let log = '';
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', cli, 'start', '--port', String(port), ...(options.args ?? [])],
    {
      cwd: repoRoot,
      env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  };
  const deadline = Date.now() + (options.readyMs ?? 30_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log.slice(-3000)}`);
    const ready = await fetch(`${baseUrl}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    const exited = () => child.exitCode ?? child.signalCode ?? null;
    if (ready) return { baseUrl, port, pid: child.pid!, log: () => log, exited, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop('SIGKILL');
  throw new Error(`server not ready in time:\n${log.slice(-3000)}`);
}
