import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase } from '../../packages/server/src/platform/db/client';
import type { Database } from '../../packages/server/src/platform/db/types';
import { startPgCluster } from '../../packages/server/src/test/pg-cluster';
import type { LoadPlan } from './load';
import { rawInsert, runLoad, setUp, startBenchApp } from './setup';

/**
 * `npx tsx --expose-gc bench/ingest/probe.ts [--prefill=N] [--rate=100] [--seconds=20]`: where single-output
 * decision latency goes on PostgreSQL. Prefills N batches of 1000 per workflow (the state the full bench
 * leaves), then sends single outputs open loop at `rate`/s and records, in the server process, each
 * request's time, every SQL round trip, pool waits, GC pauses, event-loop stalls and the database's wait
 * events (pg_stat_activity sampled every 5 ms), and prints the slowest requests with what overlapped them.
 * A diagnosis tool, not a benchmark: the sampling itself costs a little.
 */
const arg = (name: string, fallback: number) => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.split('=')[1]) : fallback;
};
const PREFILL = arg('prefill', 5);
const RATE = arg('rate', 100);
const SECONDS = arg('seconds', 20);
/** `--throughput`: raw INSERT, HTTP batches and OTLP exports instead (ratios measured in this process). */
const THROUGHPUT = process.argv.includes('--throughput');
/** `--profile`: CPU profile of the server thread during the HTTP batch and OTLP phases; top functions. */
const PROFILE = process.argv.includes('--profile');
const BATCHES = arg('batches', 5);
/**
 * `--settle`: before measuring, what the bench's settle step does (engine.ts): VACUUM (ANALYZE), so autovacuum
 * has no bulk load left to catch up on, then CHECKPOINT, so the WAL segments written so far are recycled as
 * the next ones instead of new segments being created (zero-filled) under the measured requests, as on a
 * server that has been running for a while.
 */
const SETTLE = process.argv.includes('--settle');
/**
 * `--heap`: a sampling heap profile of the server's thread over the measured window (inspector
 * HeapProfiler, every 32 KB allocated): the allocation sites that feed the GC pauses, by bytes.
 */
const HEAP = process.argv.some((a) => a === '--heap' || a === '--heap=live');
/** `--heap=live`: only what is still in the heap at the end of the window (retained, or promoted and not yet collected). */
const HEAP_LIVE = process.argv.includes('--heap=live');
/** `--sample-ms=N`: how often pg_stat_activity is sampled (0: not at all; the sampling is load too). */
const SAMPLE_MS = arg('sample-ms', 5);

interface Span {
  t0: number;
  dt: number;
  what: string;
}
const queries: Span[] = [];
const connects: Span[] = [];
const gcs: Span[] = [];
const stalls: Span[] = [];
const requests: Span[] = [];
const waits: Array<{ t: number; pid: number; wait: string; query: string }> = [];
let recording = false;
/** The last statement of each kind the app sent (text and values), to EXPLAIN afterwards. */
const lastStatements = new Map<string, { text: string; values: unknown[] }>();

// Every SQL round trip and pool checkout of the app, timed from this process.
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const t0 = performance.now();
  const result = query.apply(this, args);
  const cfg = args[0] as { text?: string; values?: unknown[]; submit?: unknown } | string;
  // Not a pipeline's text: it is built on reading (a join of its statements), the probe's own allocation.
  if (typeof cfg === 'object' && typeof cfg?.submit !== 'function' && cfg?.text) {
    const kind = /^\s*(WITH \w+|INSERT INTO \S+)/.exec(cfg.text)?.[1];
    if (kind)
      lastStatements.set(kind, { text: cfg.text, values: cfg.values ?? (args[1] as unknown[]) ?? [] });
  }
  // A pipeline (platform/db/pipeline.ts) is a submittable: query() returns it and it answers through its
  // `done` callback, which is wrapped here so its round trip is timed like a promise's.
  const pipeline = args[0] as { submit?: unknown; done?: (...a: unknown[]) => void; text?: string };
  if (recording && typeof pipeline?.submit === 'function' && typeof pipeline.done === 'function') {
    const done = pipeline.done;
    pipeline.done = (...a: unknown[]) => {
      const dt = performance.now() - t0;
      // The text only when printed: building it per request would be the probe's own allocation.
      queries.push({
        t0,
        dt,
        get what() {
          return (pipeline.text ?? '?').slice(0, 140).replace(/\s+/g, ' ').slice(0, 70);
        },
      });
      done(...a);
    };
    return result;
  }
  if (recording && result && typeof (result as Promise<unknown>).then === 'function') {
    const first = args[0] as string | { text?: string };
    const text = typeof first === 'string' ? first : (first?.text ?? '?');
    if (text.includes('pg_stat_activity')) return result;
    (result as Promise<unknown>).then(
      () =>
        queries.push({
          t0,
          dt: performance.now() - t0,
          what: text.slice(0, 140).replace(/\s+/g, ' ').slice(0, 70),
        }),
      () => {},
    );
  }
  return result;
} as typeof pg.Client.prototype.query;
// New connections to the database (the pool opens one when none is idle, and closes idle ones after its
// idle timeout): each is a TCP connect, a backend fork and cold catalog caches for its first statements.
const opened: Span[] = [];
const clientConnect = pg.Client.prototype.connect as (...args: unknown[]) => unknown;
pg.Client.prototype.connect = function (this: pg.Client, ...args: unknown[]) {
  const t0 = performance.now();
  const result = clientConnect.apply(this, args);
  if (recording && result && typeof (result as Promise<unknown>).then === 'function')
    (result as Promise<unknown>).then(
      () => opened.push({ t0, dt: performance.now() - t0, what: 'new connection' }),
      () => {},
    );
  return result;
} as typeof pg.Client.prototype.connect;
const connect = pg.Pool.prototype.connect as (...args: unknown[]) => unknown;
pg.Pool.prototype.connect = function (this: pg.Pool, ...args: unknown[]) {
  const t0 = performance.now();
  const result = connect.apply(this, args);
  if (recording && result && typeof (result as Promise<unknown>).then === 'function')
    (result as Promise<unknown>).then(
      () => connects.push({ t0, dt: performance.now() - t0, what: `waiting ${this.waitingCount}` }),
      () => {},
    );
  return result;
} as typeof pg.Pool.prototype.connect;

new PerformanceObserver((list) => {
  if (!recording) return;
  for (const e of list.getEntries()) {
    const kind = (e as unknown as { detail?: { kind?: number } }).detail?.kind;
    gcs.push({ t0: e.startTime, dt: e.duration, what: `gc kind ${kind}` });
  }
}).observe({ entryTypes: ['gc'] });

// Event-loop stalls: a 2 ms timer that fires late.
let last = performance.now();
setInterval(() => {
  const t = performance.now();
  if (recording && t - last > 12) stalls.push({ t0: last + 2, dt: t - last - 2, what: 'loop' });
  last = t;
}, 2).unref();

const overlaps = (a: Span, b: Span) => b.t0 < a.t0 + a.dt && b.t0 + b.dt > a.t0;
const q = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
async function profiled<T>(label: string, fn: () => Promise<T>): Promise<T> {
  if (!PROFILE) return fn();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const result = await fn();
  const { profile } = (await session.post('Profiler.stop')) as {
    profile: { nodes: ProfileNode[]; samples: number[] };
  };
  session.disconnect();
  fs.writeFileSync(`/tmp/probe-${label}.cpuprofile`, JSON.stringify(profile));
  const total = profile.samples.length;
  const self = new Map<string, number>();
  const byFile = new Map<string, number>();
  const counts = new Map<number, number>();
  for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const node of profile.nodes) {
    const n = counts.get(node.id) ?? 0;
    if (!n) continue;
    const file = node.callFrame.url.replace(/^.*node_modules\//, '').replace(/^.*\/src\//, 'src/');
    const key = `${node.callFrame.functionName || '(anon)'} ${file}:${node.callFrame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + n);
    const pkg =
      file
        .split('/')
        .slice(0, file.startsWith('@') ? 2 : 1)
        .join('/') || node.callFrame.functionName;
    byFile.set(pkg, (byFile.get(pkg) ?? 0) + n);
  }
  const pct = (n: number) => `${((100 * n) / total).toFixed(1)}%`;
  console.log(`\nprofile ${label}: ${total} samples`);
  for (const [k, n] of [...byFile.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`  ${pct(n)} ${k}`);
  for (const [k, n] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`  ${pct(n)} ${k}`);
  return result;
}

async function throughput(
  db: Database,
  port: number,
  headers: Record<string, string>,
  workflowIds: string[],
) {
  await db.system((tx) =>
    tx.execute(sql`CREATE TABLE raw_outputs (LIKE outputs INCLUDING DEFAULTS INCLUDING INDEXES)`),
  );
  const organizationId = (
    (await db.system((tx) => tx.execute(sql`SELECT organization_id FROM workflows LIMIT 1`))) as unknown as {
      rows: Array<{ organization_id: string }>;
    }
  ).rows[0]!.organization_id;
  const raw = (prefix: string, batchCount: number) =>
    rawInsert(db, organizationId, workflowIds, prefix, batchCount, 1000);
  const batchPlan = (prefix: string, batches: number): LoadPlan => ({
    port,
    headers,
    kind: 'batch',
    batchSize: 1000,
    batches,
    expect: 200,
    loops: workflowIds.map((id, l) => ({
      path: `/api/v1/workflows/${id}/outputs/batch`,
      prefix: `${prefix}${l}`,
    })),
  });
  const rules = await fetch(`http://127.0.0.1:${port}/api/v1/otlp/routing-rules`, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({
      rules: workflowIds.map((workflowId, l) => ({
        workflowId,
        attributeKey: 'bench.loop',
        attributeValue: String(l),
      })),
    }),
  });
  if (rules.status !== 200) throw new Error(`rules ${rules.status}`);
  const otlpPlan = (prefix: string, batches: number): LoadPlan => ({
    port,
    headers,
    kind: 'otlp',
    batchSize: 512,
    batches,
    expect: 200,
    loops: workflowIds.map((_, l) => ({ path: '/v1/traces', prefix: `${prefix}${l}` })),
  });
  await runLoad(batchPlan('warm', 2));
  await raw('warm', 2);
  await runLoad(otlpPlan('otlpwarm', 1));
  for (let round = 0; round < 2; round++) {
    const r = await raw(`raw${round}-`, BATCHES);
    (globalThis as { gc?: () => void }).gc?.();
    recording = round === 0;
    const b = await profiled(`batch${round}`, () => runLoad(batchPlan(`ing${round}-`, BATCHES)));
    (globalThis as { gc?: () => void }).gc?.();
    const o = await profiled(`otlp${round}`, () =>
      runLoad(otlpPlan(`otlp${round}-`, Math.ceil((BATCHES * 1000) / 512))),
    );
    recording = false;
    const br = (b.rows * 1000) / b.elapsedMs;
    const or = (o.rows * 1000) / o.elapsedMs;
    if (round === 0) {
      const byKind = new Map<string, { n: number; ms: number }>();
      for (const x of queries) {
        const k = x.what.slice(0, 40);
        const e = byKind.get(k) ?? { n: 0, ms: 0 };
        e.n++;
        e.ms += x.dt;
        byKind.set(k, e);
      }
      console.log('round trips (as the app saw them):');
      for (const [k, e] of [...byKind.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 10))
        console.log(`  ${e.n} × ${(e.ms / e.n).toFixed(1)} ms  ${k}`);
    }
    console.log(
      `round ${round + 1} (load ${os.loadavg()[0]!.toFixed(2)}): raw ${r.toFixed(0)} rows/s, batch ${br.toFixed(0)} (${(br / r).toFixed(2)}×), OTLP ${or.toFixed(0)} spans/s (${(or / r).toFixed(2)}×)`,
    );
  }
}

/** EXPLAIN ANALYZE of the app's last statements of each kind, in a transaction rolled back, as the app role. */
async function explainLast(url: string, organizationId: string, repeat = 1, asOwner = false) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const [kind, st] of lastStatements) {
    if (!/inserted|locked|raw_outputs/.test(kind)) continue;
    const timings: Array<[number, number]> = [];
    for (let n = 0; n < repeat; n++) {
      await client.query('BEGIN');
      if (!kind.includes('raw_outputs'))
        await client.query(
          asOwner
            ? `SELECT set_config('app.organization_id', '${organizationId}', true), set_config('enable_sort', 'off', true)`
            : `SELECT set_config('role', 'trellis_app', true), set_config('app.organization_id', '${organizationId}', true), set_config('enable_sort', 'off', true)`,
        );
      try {
        // New client ids, so the insert inserts (the statement ran once already).
        const values = st.values.map((v) =>
          typeof v === 'string' && v.startsWith('[{') ? v.replaceAll('"client_id":"', '"client_id":"x') : v,
        );
        const text = kind.includes('raw_outputs') ? st.text.replace(/\$(\d+)/g, '$$$1') : st.text;
        const { rows } = await client.query({
          text: `EXPLAIN (ANALYZE, BUFFERS) ${text}`,
          values: kind.includes('raw_outputs')
            ? values.map((v) => (typeof v === 'string' && /-\d+$/.test(v) ? `x${v}` : v))
            : values,
        });
        const lines = (rows as Array<Record<string, string>>).map((r) => String(Object.values(r)[0]));
        const time = (label: string) =>
          Number(/([\d.]+) ms/.exec(lines.find((l) => l.startsWith(label)) ?? '')?.[1] ?? Number.NaN);
        timings.push([time('Planning Time'), time('Execution Time')]);
        if (n === 0) {
          console.log(`\nEXPLAIN ANALYZE ${kind}${asOwner ? ' (as the owner: no row-level security)' : ''}:`);
          for (const l of lines) console.log(`  ${l}`);
        }
      } catch (error) {
        console.log(`EXPLAIN ${kind} failed: ${(error as Error).message}`);
      }
      await client.query('ROLLBACK');
    }
    if (repeat > 1 && timings.length) {
      const median = (i: 0 | 1) => timings.map((t) => t[i]).sort((a, b) => a - b)[timings.length >> 1]!;
      console.log(
        `${kind}${asOwner ? ' (owner)' : ''}: median of ${timings.length} — planning ${median(0).toFixed(2)} ms, execution ${median(1).toFixed(2)} ms`,
      );
    }
  }
  await client.end();
}

async function main() {
  const cluster = (await startPgCluster())!;
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('CREATE DATABASE probe');
  // `--pg=name=value` (repeatable): server settings for an experiment, e.g. --pg=jit=off.
  for (const a of process.argv.filter((x) => x.startsWith('--pg='))) {
    const [name, value] = a.slice(5).split('=') as [string, string];
    await admin.query(`ALTER SYSTEM SET ${name} = '${value}'`);
  }
  // What the database does meanwhile, in its log: lock waits over 5 ms, autovacuum, checkpoints, slow statements.
  for (const setting of [
    "log_lock_waits = 'on'",
    "deadlock_timeout = '5ms'",
    "log_autovacuum_min_duration = '0'",
    "log_checkpoints = 'on'",
    "log_min_duration_statement = '50ms'",
  ])
    await admin.query(`ALTER SYSTEM SET ${setting}`);
  await admin.query('SELECT pg_reload_conf()');
  const dataDir = (await admin.query('SHOW data_directory')).rows[0].data_directory as string;
  const pgLog = `${dataDir.replace(/\/data$/, '')}/pg.log`;
  const url = new URL(cluster.url);
  url.pathname = '/probe';
  const db = await openDatabase({ databaseUrl: url.toString(), poolSize: 10 });
  const { app, port } = await startBenchApp(db);
  app.server.prependListener('request', (_req, res) => {
    const t0 = performance.now();
    res.once('finish', () => {
      if (recording) requests.push({ t0, dt: performance.now() - t0, what: _req.url ?? '' });
    });
  });
  const { headers, workflowIds } = await setUp(db, `http://127.0.0.1:${port}`, 4);
  if (THROUGHPUT) {
    await throughput(db, port, headers, workflowIds);
    const { rows: orgs } = await admin.query('SELECT 1');
    void orgs;
    const probeDb = new pg.Client({ connectionString: url.toString() });
    await probeDb.connect();
    const org = (await probeDb.query('SELECT organization_id FROM workflows LIMIT 1')).rows[0]
      .organization_id as string;
    await probeDb.end();
    await explainLast(url.toString(), org);
    await admin.end();
    await app.close();
    await db.close();
    cluster.stop();
    return;
  }
  if (PREFILL > 0) {
    console.error(`prefill: ${PREFILL} batches of 1000 into each of 4 workflows`);
    await runLoad({
      port,
      headers,
      kind: 'batch',
      batchSize: 1000,
      batches: PREFILL,
      expect: 200,
      loops: workflowIds.map((id, l) => ({
        path: `/api/v1/workflows/${id}/outputs/batch`,
        prefix: `pre${l}`,
      })),
    });
  }
  const plan = (prefix: string, ms: number): LoadPlan => ({
    port,
    headers,
    kind: 'rate',
    ratePerSecond: RATE,
    durationMs: ms,
    expect: 201,
    loops: Array.from({ length: 8 }, (_, l) => ({
      path: `/api/v1/workflows/${workflowIds[l % 4]}/outputs`,
      prefix: `${prefix}${l}`,
    })),
  });
  await runLoad(plan('warm', 2000));
  if (SETTLE) {
    const probeAdmin = new pg.Client({ connectionString: url.toString() });
    await probeAdmin.connect();
    const t = performance.now();
    await probeAdmin.query('VACUUM (ANALYZE)');
    await probeAdmin.end();
    const t1 = performance.now();
    await admin.query('CHECKPOINT');
    console.error(
      `settle: VACUUM (ANALYZE) ${(t1 - t).toFixed(0)} ms, CHECKPOINT ${(performance.now() - t1).toFixed(0)} ms`,
    );
  }
  (globalThis as { gc?: () => void }).gc?.();
  // WAL written, segments in pg_wal (a new one is created and zero-filled when none is left to recycle)
  // and checkpoints, before and after the measured window.
  const walFigures = async () =>
    (
      await admin.query(
        `SELECT (SELECT count(*)::int FROM pg_ls_waldir()) AS segments,
                (SELECT max(name) FROM pg_ls_waldir()) AS newest,
                pg_current_wal_lsn() AS lsn, w.wal_records::bigint AS records, w.wal_fpi::bigint AS fpi,
                w.wal_bytes::bigint AS bytes, w.wal_buffers_full::bigint AS buffers_full,
                b.checkpoints_timed + b.checkpoints_req AS checkpoints
         FROM pg_stat_wal w, pg_stat_bgwriter b`,
      )
    ).rows[0] as Record<string, string | number>;
  const walBefore = await walFigures();

  // The database's view: non-idle backends of the app, and what they wait on, every 5 ms.
  const sampler = new pg.Client({ connectionString: url.toString() });
  await sampler.connect();
  let sampling = true;
  const sampleLoop = (async () => {
    while (sampling && SAMPLE_MS > 0) {
      const t = performance.now();
      const { rows } = await sampler.query(
        `SELECT pid, CASE WHEN backend_type = 'autovacuum worker' THEN 'autovacuum ' ELSE '' END
                  || coalesce(wait_event_type || ':' || wait_event, 'cpu') AS wait,
                left(regexp_replace(query, '\\s+', ' ', 'g'), 60) AS query
         FROM pg_stat_activity
         WHERE (application_name = 'trellis' AND state = 'active') OR backend_type = 'autovacuum worker'`,
      );
      for (const r of rows as Array<{ pid: number; wait: string; query: string }>)
        if (r.wait !== 'cpu' && r.wait !== 'Client:ClientRead') waits.push({ t, ...r });
      await new Promise((r) => setTimeout(r, SAMPLE_MS));
    }
  })();
  const bg = await admin.query(
    `SELECT count(*) FILTER (WHERE backend_type = 'autovacuum worker') AS av FROM pg_stat_activity`,
  );
  console.error(`load before ${os.loadavg()[0]!.toFixed(2)}, autovacuum workers ${bg.rows[0].av}`);
  let heapSession: Session | undefined;
  if (HEAP) {
    heapSession = new Session();
    heapSession.connect();
    await heapSession.post('HeapProfiler.startSampling', {
      samplingInterval: 32768,
      includeObjectsCollectedByMajorGC: !HEAP_LIVE,
      includeObjectsCollectedByMinorGC: !HEAP_LIVE,
    } as never);
  }
  const heapBefore = process.memoryUsage().heapUsed;
  recording = true;
  const started = performance.now();
  const result = await profiled('single', () => runLoad(plan('probe', SECONDS * 1000)));
  recording = false;
  if (heapSession) {
    const { profile } = (await heapSession.post('HeapProfiler.stopSampling')) as {
      profile: { head: HeapNode };
    };
    heapSession.disconnect();
    fs.writeFileSync('/tmp/probe.heapprofile', JSON.stringify(profile));
    // Self bytes per function (sampled allocations, so live and dead alike) and per package.
    const self = new Map<string, number>();
    const byPackage = new Map<string, number>();
    let total = 0;
    const walk = (node: HeapNode) => {
      if (node.selfSize) {
        const f = node.callFrame;
        const file = f.url.replace(/^.*node_modules\//, '').replace(/^.*\/src\//, 'src/');
        const key = `${f.functionName || '(anon)'} ${file}:${f.lineNumber + 1}`;
        self.set(key, (self.get(key) ?? 0) + node.selfSize);
        const pkg = file.startsWith('src/')
          ? file.split('/').slice(0, 3).join('/')
          : file
              .split('/')
              .slice(0, file.startsWith('@') ? 2 : 1)
              .join('/') || f.functionName;
        byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + node.selfSize);
        total += node.selfSize;
      }
      for (const c of node.children) walk(c);
    };
    walk(profile.head);
    const kb = (n: number) => `${(n / 1024 / result.requests).toFixed(1)} KB/request`;
    console.log(
      `\nallocations sampled on the server's thread: ${kb(total)} over ${result.requests} requests`,
    );
    for (const [k, n] of [...byPackage.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15))
      console.log(`  ${kb(n)}  ${k}`);
    for (const [k, n] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25))
      console.log(`  ${kb(n)}  ${k}`);
  }
  console.log(
    `heap used ${(heapBefore / 2 ** 20).toFixed(0)} → ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB over the window`,
  );
  sampling = false;
  await sampleLoop;
  const walAfter = await walFigures();
  const logLines = fs.readFileSync(pgLog, 'utf8').split('\n');
  const interesting = logLines.filter((l) => /automatic|checkpoint|still waiting|acquired|duration:/.test(l));
  console.log(`\ndatabase log (${interesting.length} lines of note):`);
  for (const l of interesting.slice(-40)) console.log(`  ${l.slice(0, 220)}`);
  const probeDb = new pg.Client({ connectionString: url.toString() });
  await probeDb.connect();
  const { rows: vac } = await probeDb.query(
    `SELECT relname, last_autovacuum, last_autoanalyze, n_dead_tup, autovacuum_count, autoanalyze_count FROM pg_stat_user_tables WHERE relname IN ('outputs','sampling_states','quality_segment_sums','quality_daily_sums','api_tokens','rate_limit_windows') ORDER BY relname`,
  );
  const lat = result.latencies;
  console.log(
    `\n${RATE}/s for ${SECONDS} s after prefill ${PREFILL}×1000×4; load ${os.loadavg()[0]!.toFixed(2)}: client p50 ${q(lat, 0.5).toFixed(1)} p99 ${q(lat, 0.99).toFixed(1)} max ${lat[lat.length - 1]!.toFixed(1)} ms`,
  );
  const server = requests.map((r) => r.dt).sort((a, b) => a - b);
  console.log(
    `server-side p50 ${q(server, 0.5).toFixed(1)} p99 ${q(server, 0.99).toFixed(1)} ms over ${server.length} requests`,
  );
  const gcTotal = gcs.reduce((s, g) => s + g.dt, 0);
  console.log(
    `GC: ${gcs.length} pauses, ${gcTotal.toFixed(0)} ms, longest ${Math.max(0, ...gcs.map((g) => g.dt)).toFixed(1)} ms; loop stalls > 10 ms: ${stalls.length}, longest ${Math.max(0, ...stalls.map((s) => s.dt)).toFixed(1)} ms`,
  );
  console.log(
    `new database connections opened during the window: ${opened.length}${opened.length ? ` (connect ${opened.map((c) => c.dt.toFixed(1)).join(', ')} ms)` : ''}`,
  );
  const slowQ = queries.filter((x) => x.dt > 20);
  console.log(
    `queries ${queries.length}, > 20 ms: ${slowQ.length}; pool waits > 5 ms: ${connects.filter((c) => c.dt > 5).length}`,
  );
  const byWait = new Map<string, number>();
  for (const w of waits)
    byWait.set(
      `${w.wait} ${w.query.slice(0, 40)}`,
      (byWait.get(`${w.wait} ${w.query.slice(0, 40)}`) ?? 0) + 1,
    );
  console.log('database wait samples:', [...byWait.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12));
  console.log('tables:', vac);
  await probeDb.end();
  console.log(
    `WAL: ${((Number(walAfter.bytes) - Number(walBefore.bytes)) / 2 ** 20).toFixed(1)} MB written (${Number(walAfter.fpi) - Number(walBefore.fpi)} full-page images, buffers full ${Number(walAfter.buffers_full) - Number(walBefore.buffers_full)}), segments in pg_wal ${walBefore.segments} → ${walAfter.segments} (newest ${walBefore.newest} → ${walAfter.newest}), checkpoints ${walBefore.checkpoints} → ${walAfter.checkpoints}`,
  );
  // Attribution of the tail: every request at or above the server-side p99, by what overlapped it. A request
  // can have several causes; "none seen" is time in the server process no span here accounts for.
  const threshold = q(server, 0.99);
  const tail = requests.filter((r) => r.dt >= threshold);
  const causes = new Map<string, number>();
  for (const r of tail) {
    const seen = new Set<string>();
    for (const x of waits.filter((w) => w.t >= r.t0 && w.t <= r.t0 + r.dt)) {
      const kind = /^autovacuum/.test(x.wait)
        ? 'db: an autovacuum worker was running'
        : /^IO:WALInit/.test(x.wait)
          ? 'db: new WAL segment (IO:WALInit*)'
          : /^Lock:/.test(x.wait)
            ? 'db: row/transaction lock wait (Lock:*)'
            : `db: ${x.wait}`;
      seen.add(kind);
    }
    if (gcs.some((g) => overlaps(r, g) && g.dt >= 5)) seen.add('server: GC pause ≥ 5 ms');
    if (stalls.some((x) => overlaps(r, x))) seen.add('server: event loop stalled > 10 ms');
    if (connects.some((c) => overlaps(r, c) && c.dt > 2)) seen.add('server: pool wait > 2 ms');
    if (opened.some((c) => overlaps(r, c))) seen.add('server: the pool opened a new connection');
    if (queries.some((x) => overlaps(r, x) && x.dt > 10 && /^COMMIT/.test(x.what)))
      seen.add('sql: COMMIT > 10 ms');
    if (queries.some((x) => overlaps(r, x) && x.dt > 10 && !/^COMMIT/.test(x.what)))
      seen.add('sql: other statement > 10 ms');
    if (seen.size === 0) seen.add('none seen');
    for (const k of seen) causes.set(k, (causes.get(k) ?? 0) + 1);
  }
  console.log(
    `\ntail attribution: ${tail.length} requests ≥ server p99 ${threshold.toFixed(1)} ms (client p99 ${q(lat, 0.99).toFixed(1)} ms over ${lat.length}):`,
  );
  for (const [k, n] of [...causes.entries()].sort((a, b) => b[1] - a[1])) console.log(`  ${n} × ${k}`);
  const slow = [...requests].sort((a, b) => b.dt - a.dt).slice(0, 12);
  for (const r of slow) {
    const at = (r.t0 - started).toFixed(0);
    const g = gcs.filter((x) => overlaps(r, x)).map((x) => `${x.what} ${x.dt.toFixed(1)}`);
    const s = stalls.filter((x) => overlaps(r, x)).map((x) => x.dt.toFixed(1));
    const qs = queries
      .filter((x) => overlaps(r, x) && x.dt > 5)
      .map((x) => `${x.dt.toFixed(1)} ${x.what.slice(0, 50)}`);
    const c = connects.filter((x) => overlaps(r, x) && x.dt > 2).map((x) => `${x.dt.toFixed(1)} ${x.what}`);
    const w = waits
      .filter((x) => x.t >= r.t0 && x.t <= r.t0 + r.dt)
      .map((x) => `${x.wait} ${x.query.slice(0, 30)}`);
    console.log(`\n${r.dt.toFixed(1)} ms at +${at} ms ${r.what.slice(0, 60)}`);
    if (g.length) console.log(`  gc: ${g.join('; ')}`);
    if (s.length) console.log(`  loop stalls: ${s.join(', ')}`);
    if (c.length) console.log(`  pool: ${c.join('; ')}`);
    for (const x of qs.slice(0, 8)) console.log(`  sql: ${x}`);
    if (w.length) console.log(`  db waits: ${[...new Set(w)].slice(0, 6).join('; ')}`);
  }
  await sampler.end();
  // `--explain`: EXPLAIN (ANALYZE, BUFFERS) of the last single output's snapshot and insert (planning and
  // execution time of each, as the app role).
  if (process.argv.some((a) => a.startsWith('--explain'))) {
    const c = new pg.Client({ connectionString: url.toString() });
    await c.connect();
    const orgId = (await c.query('SELECT organization_id FROM workflows LIMIT 1')).rows[0]
      .organization_id as string;
    await c.end();
    const repeat = arg('explain', 1) || 1;
    await explainLast(url.toString(), orgId, repeat);
    await explainLast(url.toString(), orgId, repeat, true);
  }
  await admin.end();
  await app.close();
  await db.close();
  cluster.stop();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
