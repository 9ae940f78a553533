import { execFile, execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port';

const execFileAsync = promisify(execFile);

export interface PgCluster {
  url: string;
  stop(): void;
  /**
   * Stops the server (`pg_ctl stop -m fast`: every connection is terminated with "terminating connection due
   * to administrator command"), waits `downMs`, and starts it again on the same port with the same data.
   */
  restart(options?: { downMs?: number }): Promise<void>;
  /** `pg_ctl stop -m fast` alone, for an outage of a chosen length; `start()` brings it back. */
  halt(): Promise<void>;
  start(): Promise<void>;
}

function findBinDir(): string | null {
  const candidates = [
    process.env.PGBIN,
    '/usr/lib/postgresql/15/bin',
    '/usr/lib/postgresql/16/bin',
    '/usr/lib/postgresql/17/bin',
  ];
  for (const dir of candidates) if (dir && fs.existsSync(path.join(dir, 'initdb'))) return dir;
  return null;
}

/**
 * Starts a throwaway PostgreSQL cluster (initdb in a temp dir, trust auth, loopback only). As root,
 * PostgreSQL refuses to run, so the cluster runs as the `postgres` OS user. Returns null when no
 * PostgreSQL binaries are installed.
 */
export async function startPgCluster(): Promise<PgCluster | null> {
  const bin = findBinDir();
  if (!bin) return null;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-pg-'));
  const [data, sock] = [path.join(root, 'data'), path.join(root, 'sock')];
  fs.mkdirSync(data, { mode: 0o700 });
  fs.mkdirSync(sock);
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) => {
    const result = asRoot
      ? spawnSync('su', ['postgres', '-c', [command, ...args].map((a) => `'${a}'`).join(' ')], {
          encoding: 'utf8',
        })
      : spawnSync(command, args, { encoding: 'utf8' });
    if (result.status !== 0)
      throw new Error(`${path.basename(command)} failed: ${result.stderr || result.stdout}`);
  };
  const runAsync = async (command: string, args: string[]) => {
    const [file, argv] = asRoot
      ? ['su', ['postgres', '-c', [command, ...args].map((a) => `'${a}'`).join(' ')]]
      : [command, args];
    await execFileAsync(file as string, argv as string[]).catch((error: { stderr?: string }) => {
      throw new Error(`${path.basename(command)} failed: ${error.stderr ?? error}`);
    });
  };
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', root]);
  const port = await freePort();
  run(path.join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
  ]);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${sock} -c fsync=off -c max_connections=200`;
  const startArgs = ['-D', data, '-l', path.join(root, 'pg.log'), '-o', options, '-w', 'start'];
  run(path.join(bin, 'pg_ctl'), startArgs);
  // Asynchronous, so a test keeps sending requests while the server is going down and coming back.
  const start = () => runAsync(path.join(bin, 'pg_ctl'), startArgs);
  const halt = () => runAsync(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    halt,
    start,
    async restart({ downMs = 0 } = {}) {
      await halt();
      await new Promise((resolve) => setTimeout(resolve, downMs));
      await start();
    },
    stop() {
      try {
        run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        fs.rmSync(root, { recursive: true, force: true });
      }
    },
  };
}
