import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../../packages/server/src/platform/db/client';
import { startPgCluster } from '../../packages/server/src/test/pg-cluster';
import { type ServerProcess, startServerProcess } from '../../packages/server/src/test/server-process';
import type { ClientPlan, ClientResult } from './client';
import { seedLoad } from './seed';
import { memoryGrowth, type RssSample, summarize } from './stats';
import { verifyAcknowledgements } from './verify';

/**
 * `npm run bench:load`: a soak of three Trellis processes on one throwaway PostgreSQL 15 under
 * sustained mixed traffic (ingestion single and batched, resent client ids, reviews, dashboard reads) for
 * `--minutes` (default 10). Samples each server's RSS, then checks the client's acknowledgement log against
 * the database: every acknowledged write stored exactly once. Stops by itself; prints a table, writes JSON.
 */
const args = process.argv.slice(2);
function flag(name: string, fallback: number): number {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a number ≥ 0`);
  return value;
}
const minutes = flag('minutes', 10);
const settings = {
  minutes,
  /** RSS before this is warm-up; growth compares the first post-warm-up window with the last one. */
  warmupMinutes: flag('warmup-minutes', Math.min(2, minutes / 4)),
  servers: flag('servers', 3),
  workflows: flag('workflows', 6),
  reviewers: flag('reviewers', 8),
  rates: {
    single: flag('single', 40),
    batch: flag('batch', 0.5),
    resend: flag('resend', 2),
    review: flag('review', 4),
    read: flag('read', 8),
  },
  batchSize: flag('batch-size', 100),
  maxInFlight: 64,
  /** Server RSS growth above this share of the first post-warm-up window counts as a leak. */
  leakThreshold: 0.1,
  sampleEveryMs: 5000,
};
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

function rssMb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

function runClient(plan: ClientPlan, timeoutMs: number): Promise<ClientResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(here, 'client.ts'), JSON.stringify(plan)],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (code === 0 && line) resolve(JSON.parse(line.slice(7)) as ClientResult);
      else reject(new Error(`load client failed (exit ${code})\n${out.slice(-2000)}`));
    });
  });
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

async function main() {
  const startedAt = Date.now();
  const cluster = await startPgCluster();
  if (!cluster) throw new Error('bench:load needs PostgreSQL binaries (postgresql-15)');
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'trellis-bench-load-'));
  const servers: ServerProcess[] = [];
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('CREATE DATABASE load');
    const version = (await admin.query('SHOW server_version')).rows[0].server_version as string;
    await admin.end();
    const url = new URL(cluster.url);
    url.pathname = '/load';
    const databaseUrl = url.toString();
    console.error(`PostgreSQL ${version} on loopback (fsync off, as the test cluster runs)`);

    // Migrate and seed people through the services; the servers start on the migrated database.
    const db = await openDatabase({ databaseUrl, poolSize: 2 });
    const env = {
      DATABASE_URL: databaseUrl,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      // The ingestion limits stay on (their cost is part of the path) but far above this load.
      TRELLIS_INGEST_RATE_LIMIT: '10000000',
      TRELLIS_INGEST_ORG_RATE_LIMIT: '10000000',
    };
    for (let s = 0; s < settings.servers; s++)
      servers.push(await startServerProcess({ env, readyMs: 60_000 }));
    const seeded = await seedLoad(db, servers[0]!.baseUrl, settings);
    await db.close();
    console.error(
      `${settings.servers} servers (pids ${servers.map((s) => s.pid).join(', ')}), ${settings.workflows} workflows, ${settings.reviewers} reviewers; ${minutes} min of load`,
    );

    const samples: RssSample[] = [];
    const loadStarted = Date.now();
    const sample = () =>
      samples.push({ atMs: Date.now() - loadStarted, rssMb: servers.map((s) => rssMb(s.pid) ?? Number.NaN) });
    sample();
    const sampler = setInterval(sample, settings.sampleEveryMs);
    const ackLog = path.join(scratch, 'acks.jsonl');
    let result: ClientResult;
    try {
      result = await runClient(
        {
          servers: servers.map((s) => s.baseUrl),
          token: seeded.token,
          reviewers: seeded.reviewers,
          workflows: seeded.workflows,
          durationMs: minutes * 60_000,
          rates: settings.rates,
          batchSize: settings.batchSize,
          maxInFlight: settings.maxInFlight,
          ackLog,
        },
        minutes * 60_000 + 180_000,
      );
    } finally {
      clearInterval(sampler);
    }
    sample();
    const verification = await verifyAcknowledgements(databaseUrl, ackLog, seeded.workflows);
    const operations = summarize(result);
    const memory = memoryGrowth(samples, settings.warmupMinutes * 60_000, settings.leakThreshold);

    console.log(
      `\nSoak: ${settings.servers} server processes on one PostgreSQL, ${minutes} min; arrivals/s: single ${settings.rates.single}, batch ${settings.rates.batch} × ${settings.batchSize}, resend ${settings.rates.resend}, review (claim + submit) ${settings.rates.review}, reads ${settings.rates.read}\n`,
    );
    console.log(
      table(
        ['operation', 'requests', 'errors', 'per s', 'p50 ms', 'p99 ms', 'max ms'],
        operations.map((o) => [
          o.operation,
          fmt(o.requests),
          fmt(o.errors),
          fmt(o.perSecond, 1),
          fmt(o.p50, 1),
          fmt(o.p99, 1),
          fmt(o.max, 1),
        ]),
      ),
    );
    console.log(
      `\nOutputs acknowledged ${fmt(verification.acknowledgedOutputs)} (${fmt(verification.acknowledgedOutputs / (result.elapsedMs / 1000), 1)}/s), stored ${fmt(verification.storedOutputs)}, sampling-state decisions ${fmt(verification.stateDecisions)}; lost ${verification.lostOutputs}, duplicated ${verification.duplicatedOutputs}, stored without acknowledgement ${verification.unacknowledgedOutputs}; resends answered with another id ${result.idempotencyViolations}`,
    );
    console.log(
      `Reviews acknowledged ${fmt(verification.acknowledgedReviews)}, stored ${fmt(verification.storedReviews)}; lost ${verification.lostReviews}, duplicated ${verification.duplicatedReviews}; claims on an empty queue ${fmt(result.emptyQueue)}`,
    );
    console.log(`Requests per minute: ${result.perMinute.map((n) => fmt(n)).join(', ')}\n`);
    console.log(
      table(
        [
          'server',
          'RSS start MB',
          `first window MB`,
          'last window MB',
          'growth',
          'slope MB/min',
          'peak MB',
          'verdict',
        ],
        memory.servers.map((m, s) => [
          `#${s + 1}`,
          fmt(m.startMb),
          fmt(m.firstWindowMb),
          fmt(m.lastWindowMb),
          `${fmt(m.growth * 100, 1)}%`,
          fmt(m.slopeMbPerMinute, 2),
          fmt(m.peakMb),
          m.flat ? 'flat' : 'GROWING',
        ]),
      ),
    );
    console.log(
      `(windows of ${fmt(memory.windowMs / 1000)} s: the first after ${settings.warmupMinutes} min of warm-up and the last; flat = growth ≤ ${settings.leakThreshold * 100}%)`,
    );

    const exact =
      verification.lostOutputs === 0 &&
      verification.duplicatedOutputs === 0 &&
      verification.stateDecisions === verification.storedOutputs &&
      verification.acknowledgedOutputs + verification.unacknowledgedOutputs === verification.storedOutputs &&
      verification.lostReviews === 0 &&
      verification.duplicatedReviews === 0 &&
      result.idempotencyViolations === 0;
    console.log(
      `\n${exact ? 'met    ' : 'NOT met'}  0 lost and 0 duplicated acknowledged writes, counts match`,
    );
    const flat = memory.servers.every((m) => m.flat);
    console.log(`${flat ? 'met    ' : 'NOT met'}  server memory flat after warm-up`);
    console.log(`\n${((Date.now() - startedAt) / 1000).toFixed(0)} s in all.`);

    mkdirSync(path.join(root, 'bench/results'), { recursive: true });
    const file = path.join(root, 'bench/results/load.json');
    writeFileSync(
      file,
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          node: process.version,
          postgres: version,
          cpus: os.cpus().length,
          settings,
          operations,
          perMinute: result.perMinute,
          verification: { ...verification, idempotencyViolations: result.idempotencyViolations },
          emptyQueue: result.emptyQueue,
          memory,
          samples,
          met: { exact, flat },
        },
        null,
        2,
      )}\n`,
    );
    console.log(`Wrote ${path.relative(root, file)}`);
    if (!exact) process.exitCode = 1;
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    cluster.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
