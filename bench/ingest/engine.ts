import os from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { openDatabase } from '../../packages/server/src/platform/db/client';
import { selectRows } from '../../packages/server/src/platform/db/rows';
import type { LoadPlan, LoadResult } from './load';
import { rawInsert, runLoad, setUp, startBenchApp } from './setup';

/**
 * One engine's run, in its own process so its peak RSS is its own: raw multi-row INSERT through the
 * driver, batched ingestion over HTTP (4 workflows, then 1), single-output latency against a bare Fastify
 * route at the same concurrency. Prints one JSON line prefixed with RESULT.
 */
export interface EngineOptions {
  engine: 'postgres' | 'pglite';
  databaseUrl?: string;
  dataDir?: string;
  loops: number;
  batchSize: number;
  batches: number;
  singleConnections: number;
  singleMs: number;
  /** Interleaved rounds of the route and the bare route at the same arrival rate, `roundMs` each. */
  rounds: number;
  roundMs: number;
  /**
   * Fixed offered loads (outputs/s) for single-output decision latency, each in `rounds` interleaved
   * rounds of the route and the bare route, open loop (latency from each request's scheduled time).
   */
  fixedRates: number[];
  /** Length of each fixed-rate round (route and bare alike). */
  fixedRoundMs: number;
  /** Settle the database before the latency phases (PostgreSQL; off only to compare). */
  settle: boolean;
}

/** What the database did during one rate's rounds, from its own statistics (PostgreSQL only). */
export interface DatabaseActivity {
  /** Files that appeared in pg_wal: new segments, created and zero-filled under the requests (none after a settle). */
  walSegmentsCreated: number;
  walMegabytes: number;
  checkpoints: number;
  /** Autovacuum and autoanalyze runs that ended, and whether one was running when the rounds began. */
  autovacuumRuns: number;
  autovacuumRunningAtStart: boolean;
  /** Database sessions opened meanwhile (pg_stat_database.sessions): a pooled connection opened mid-round pays connect and cold caches. */
  connectionsOpened: number;
}

export interface FixedRateResult {
  offered: number;
  route: Latency;
  bare: Latency;
  /** 1-minute load average before and after this rate's rounds. */
  loadAverage: [number, number];
  database?: DatabaseActivity;
  /**
   * The server process during the route's rounds: each request's time from its arrival at the HTTP server
   * to its answer being written (what the server itself adds; the rest of the client's figure is the
   * kernel, the load generator's thread and waiting to be sent), GC pauses and event-loop delay.
   */
  server: {
    p50: number;
    p99: number;
    gcPauses: number;
    gcLongestMs: number;
    gcOver10Ms: number;
    loopDelayP99Ms: number;
    loopDelayMaxMs: number;
  };
}

export interface Latency {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
}

export interface EngineResult {
  engine: string;
  rows: number;
  raw: { rowsPerSecond: number };
  ingest: { rowsPerSecond: number; workflows: number };
  ingestOneWorkflow: { rowsPerSecond: number };
  /** GenAI spans through POST /v1/traces (protobuf, `spansPerRequest` a request), and how many were stored. */
  otlp: { spansPerSecond: number; spans: number; spansPerRequest: number; stored: number };
  /** Closed loops at `singleConnections`: the route's capacity (latency there is mostly queueing). */
  saturated: Latency;
  /** Open loop at half that capacity, for the real route and a bare Fastify route. */
  ratePerSecond: number;
  /** Pooled over all rounds. */
  single: Latency;
  bare: Latency;
  /** Route p99 ÷ bare p99 per round, and their median (the target's figure). */
  roundRatios: number[];
  medianRatio: number;
  fixedRates: FixedRateResult[];
  /** The settle step before the single-output phases (PostgreSQL): how long it took; absent when skipped. */
  settle?: { vacuumMs: number; checkpointMs: number };
  stored: number;
  peakRssMb: number;
}

const options = JSON.parse(process.argv[2]!) as EngineOptions;
const log = (line: string) => process.stderr.write(`[${options.engine}] ${line}\n`);

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const latency = (r: LoadResult): Latency => ({
  requests: r.requests,
  perSecond: (r.requests * 1000) / r.elapsedMs,
  p50: quantile(r.latencies, 0.5),
  p99: quantile(r.latencies, 0.99),
});

async function main() {
  const db = await openDatabase(
    options.engine === 'postgres'
      ? { databaseUrl: options.databaseUrl!, poolSize: 10 }
      : { dataDir: options.dataDir! },
  );
  const { app, port } = await startBenchApp(db);
  const { organizationId, headers, workflowIds } = await setUp(
    db,
    `http://127.0.0.1:${port}`,
    options.loops + 1,
  );
  const loopWorkflows = workflowIds.slice(0, options.loops);
  const shared = workflowIds[options.loops]!;
  await db.system((tx) =>
    tx.execute(sql`CREATE TABLE raw_outputs (LIKE outputs INCLUDING DEFAULTS INCLUDING INDEXES)`),
  );

  const batchPlan = (prefix: string, ids: string[], batches: number): LoadPlan => ({
    port,
    headers,
    kind: 'batch',
    batchSize: options.batchSize,
    batches,
    expect: 200,
    loops: ids.map((id, l) => ({ path: `/api/v1/workflows/${id}/outputs/batch`, prefix: `${prefix}${l}` })),
  });
  log('warm-up');
  await runLoad(batchPlan('warm', loopWorkflows, 2));
  await rawInsert(db, organizationId, loopWorkflows, 'warm', 2, options.batchSize);

  log(`raw INSERT: ${options.loops} loops × ${options.batches} × ${options.batchSize} rows`);
  const raw = await rawInsert(db, organizationId, loopWorkflows, 'raw', options.batches, options.batchSize);
  log(`  ${Math.round(raw)} rows/s`);
  log(`HTTP batches into ${options.loops} workflows`);
  const ingest = await runLoad(batchPlan('ing', loopWorkflows, options.batches));
  const ingestRate = (ingest.rows * 1000) / ingest.elapsedMs;
  log(`  ${Math.round(ingestRate)} rows/s`);
  log('HTTP batches into 1 workflow');
  const one = await runLoad(batchPlan('one', new Array(options.loops).fill(shared), options.batches));
  const oneRate = (one.rows * 1000) / one.elapsedMs;
  log(`  ${Math.round(oneRate)} rows/s`);

  // OTLP: the same loops, each sending protobuf trace exports of 512 GenAI spans (the BatchSpanProcessor's
  // largest export) to /v1/traces, routed by a rule per loop to the loop's workflow; as many spans as rows above.
  const spansPerRequest = 512;
  const otlpBatches = Math.ceil((options.batches * options.batchSize) / spansPerRequest);
  const rules = await fetch(`http://127.0.0.1:${port}/api/v1/otlp/routing-rules`, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({
      rules: loopWorkflows.map((workflowId, l) => ({
        workflowId,
        attributeKey: 'bench.loop',
        attributeValue: String(l),
      })),
    }),
  });
  if (rules.status !== 200) throw new Error(`routing rules: ${rules.status} ${await rules.text()}`);
  const otlpPlan = (prefix: string, batches: number): LoadPlan => ({
    port,
    headers,
    kind: 'otlp',
    batchSize: spansPerRequest,
    batches,
    expect: 200,
    loops: loopWorkflows.map((_, l) => ({ path: '/v1/traces', prefix: `${prefix}${l}` })),
  });
  log('OTLP warm-up');
  await runLoad(otlpPlan('otlpwarm', 1));
  log(`OTLP: ${options.loops} loops × ${otlpBatches} exports × ${spansPerRequest} spans`);
  const otlpRun = await runLoad(otlpPlan('otlp', otlpBatches));
  const otlpRate = (otlpRun.rows * 1000) / otlpRun.elapsedMs;
  log(`  ${Math.round(otlpRate)} spans/s`);
  const [otlpStored] = await db.system((tx) =>
    selectRows<{ n: number }>(
      tx,
      sql`SELECT count(*)::int AS n FROM outputs WHERE metadata->>'deployment.environment' ~ '^otlp[0-9]+$'`,
    ),
  );

  /** The database's own counters (PostgreSQL; the bench connects as a superuser): WAL, checkpoints, autovacuum. */
  const databaseFigures = async () => {
    if (options.engine !== 'postgres') return undefined;
    const [row] = await db.systemAutocommit((tx) =>
      selectRows<{
        segments: string[];
        wal_bytes: string;
        checkpoints: number;
        autovacuums: number;
        vacuuming: number;
        sessions: string;
      }>(
        tx,
        sql`SELECT (SELECT array_agg(name) FROM pg_ls_waldir() WHERE name ~ '^[0-9A-F]{24}$') AS segments,
              (SELECT wal_bytes::text FROM pg_stat_wal) AS wal_bytes,
              (SELECT (checkpoints_timed + checkpoints_req)::int FROM pg_stat_bgwriter) AS checkpoints,
              (SELECT sum(autovacuum_count + autoanalyze_count)::int FROM pg_stat_all_tables) AS autovacuums,
              (SELECT count(*)::int FROM pg_stat_activity WHERE backend_type = 'autovacuum worker') AS vacuuming,
              (SELECT sessions::text FROM pg_stat_database WHERE datname = current_database()) AS sessions`,
      ),
    );
    return {
      segments: row!.segments,
      walBytes: Number(row!.wal_bytes),
      checkpoints: row!.checkpoints,
      autovacuums: row!.autovacuums,
      vacuuming: row!.vacuuming,
      sessions: Number(row!.sessions),
    };
  };
  const singlePlan = (prefix: string, path: (l: number) => string, ms: number, expect: number): LoadPlan => ({
    port,
    headers,
    kind: 'single',
    durationMs: ms,
    expect,
    loops: Array.from({ length: options.singleConnections }, (_, l) => ({
      path: path(l),
      prefix: `${prefix}${l}`,
    })),
  });
  const outputPath = (l: number) => `/api/v1/workflows/${loopWorkflows[l % loopWorkflows.length]}/outputs`;

  // Settle (PostgreSQL). The phases above bulk-loaded a few hundred thousand outputs into a cluster created
  // minutes ago. Two things follow that a server that has been running for a while does not have, and both
  // landed under the measured requests: (1) every WAL segment is new — PostgreSQL creates and zero-fills one
  // (16 MB) whenever none is left to recycle, and a COMMIT waits on it; a checkpoint makes the WAL written so
  // far the segments the rest of the run recycles, as a running server's checkpoints do; (2) autovacuum has
  // the bulk load to catch up on (vacuum and analyze of the outputs table and its indexes), which a running
  // server did as the rows came. So: VACUUM (ANALYZE), then CHECKPOINT. Durability is untouched (the same
  // commits, the same WAL), and the hot small tables are still autovacuumed during the rounds as on any
  // server; the table's "database meanwhile" column says what ran. `--no-settle` skips it, to compare.
  let settle: { vacuumMs: number; checkpointMs: number } | undefined;
  if (options.engine === 'postgres' && options.settle) {
    const t0 = performance.now();
    await db.systemAutocommit((tx) => tx.execute(sql`VACUUM (ANALYZE)`));
    const t1 = performance.now();
    await db.systemAutocommit((tx) => tx.execute(sql`CHECKPOINT`));
    settle = { vacuumMs: t1 - t0, checkpointMs: performance.now() - t1 };
    log(
      `settle: VACUUM (ANALYZE) ${settle.vacuumMs.toFixed(0)} ms, CHECKPOINT ${settle.checkpointMs.toFixed(0)} ms`,
    );
  }
  log(`single outputs, ${options.singleConnections} closed loops (capacity)`);
  await runLoad(singlePlan('swarm', outputPath, 1000, 201));
  const saturated = latency(await runLoad(singlePlan('single', outputPath, options.singleMs, 201)));

  // The same load for both: an open-loop arrival rate of half the ingestion route's measured capacity, in
  // interleaved rounds (route, bare, bare, route, …) so slow spells of the machine hit both alike; each round
  // starts from a collected heap. The target compares p99s round by round and takes the median ratio.
  const rate = Math.max(10, Math.round(saturated.perSecond / 2));
  const ratePlan = (prefix: string, path: (l: number) => string, expect: number, p = port): LoadPlan => ({
    ...singlePlan(prefix, path, options.roundMs, expect),
    kind: 'rate',
    ratePerSecond: rate,
    port: p,
  });
  // A bare Fastify route in the same process, same payload and arrival rate: the floor of the HTTP stack.
  const bare = Fastify({ logger: false });
  bare.post('/bare', async (request) => ({
    id: '00000000-0000-4000-8000-000000000000',
    clientId: (request.body as { clientId: string }).clientId,
    review: false,
    pi: 0.05,
  }));
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const barePort = (bare.server.address() as { port: number }).port;
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
  const routeRound = (prefix: string) => ratePlan(prefix, outputPath, 201);
  const bareRound = (prefix: string) => ratePlan(prefix, () => '/bare', 200, barePort);
  log(`warm-up at ${rate} req/s (open loop), route and bare`);
  await runLoad({ ...routeRound('warmrate'), durationMs: 1000 });
  await runLoad({ ...bareRound('warmbare'), durationMs: 1000 });
  const rounds: Array<{ route: Latency; bare: Latency; ratio: number }> = [];
  const routeAll: number[] = [];
  const bareAll: number[] = [];
  for (let r = 0; r < options.rounds; r++) {
    const measure = async (plan: LoadPlan, into: number[]) => {
      collect();
      const result = await runLoad(plan);
      into.push(...result.latencies);
      return latency(result);
    };
    let route: Latency;
    let bareLatencyRound: Latency;
    if (r % 2 === 0) {
      route = await measure(routeRound(`rate${r}-`), routeAll);
      bareLatencyRound = await measure(bareRound(`bare${r}-`), bareAll);
    } else {
      bareLatencyRound = await measure(bareRound(`bare${r}-`), bareAll);
      route = await measure(routeRound(`rate${r}-`), routeAll);
    }
    rounds.push({ route, bare: bareLatencyRound, ratio: route.p99 / bareLatencyRound.p99 });
    log(
      `  round ${r + 1}: route p99 ${route.p99.toFixed(2)} ms, bare p99 ${bareLatencyRound.p99.toFixed(2)} ms, ratio ${(route.p99 / bareLatencyRound.p99).toFixed(2)}`,
    );
  }
  const pooled = (all: number[]): Latency => {
    const sorted = all.sort((a, b) => a - b);
    return {
      requests: sorted.length,
      perSecond: (sorted.length * 1000) / (options.rounds * options.roundMs),
      p50: quantile(sorted, 0.5),
      p99: quantile(sorted, 0.99),
    };
  };
  // Single-output decision latency at fixed offered loads (gate mode: the pipeline waits for the answer).
  const fixedRates: FixedRateResult[] = [];
  // The server process's view of the route's rounds (fixed rates only; the recorders cost next to nothing).
  // GC entries arrive after the fact (the observer is called later), so they are kept with their start time
  // and counted only inside a route round's window: the collection forced before each round is not one.
  const serverSide = {
    on: false,
    times: [] as number[],
    windows: [] as Array<[number, number]>,
    loopDelays: [] as number[],
  };
  const gcEntries: Array<{ start: number; duration: number }> = [];
  app.server.prependListener('request', (_request, response) => {
    if (!serverSide.on) return;
    const t0 = performance.now();
    response.once('finish', () => serverSide.times.push(performance.now() - t0));
  });
  const gcObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcEntries.push({ start: e.startTime, duration: e.duration });
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  // Event-loop delay: how late a 5 ms timer fires, while a route round runs.
  let lastTick = performance.now();
  const ticker = setInterval(() => {
    const t = performance.now();
    if (serverSide.on) serverSide.loopDelays.push(Math.max(0, t - lastTick - 5));
    lastTick = t;
  }, 5);
  for (const offered of options.fixedRates) {
    const offeredPlan = (plan: LoadPlan): LoadPlan => ({
      ...plan,
      ratePerSecond: offered,
      durationMs: options.fixedRoundMs,
    });
    log(`fixed offered load ${offered} outputs/s: warm-up, then ${options.rounds} rounds each`);
    await runLoad({ ...offeredPlan(routeRound(`fixwarm${offered}-`)), durationMs: 1000 });
    await runLoad({ ...offeredPlan(bareRound(`fixbare${offered}-`)), durationMs: 1000 });
    const before = os.loadavg()[0]!;
    const activityBefore = await databaseFigures();
    const routeAt: number[] = [];
    const bareAt: number[] = [];
    serverSide.times = [];
    serverSide.windows = [];
    serverSide.loopDelays = [];
    // Time from each round's first send to its last answer: answered/s falls below offered/s when the
    // server cannot keep up and the answers drain after the sending window.
    const busyMs = { route: 0, bare: 0 };
    for (let r = 0; r < options.rounds; r++) {
      const measure = async (plan: LoadPlan, into: number[]) => {
        collect();
        const route = into === routeAt;
        const t0 = performance.now();
        if (route) {
          lastTick = t0;
          serverSide.on = true;
        }
        const result = await runLoad(plan);
        serverSide.on = false;
        if (route) serverSide.windows.push([t0, performance.now()]);
        into.push(...result.latencies);
        busyMs[route ? 'route' : 'bare'] += result.elapsedMs;
      };
      const routeRun = () => measure(offeredPlan(routeRound(`fix${offered}-${r}-`)), routeAt);
      const bareRun = () => measure(offeredPlan(bareRound(`fixb${offered}-${r}-`)), bareAt);
      if (r % 2 === 0) {
        await routeRun();
        await bareRun();
      } else {
        await bareRun();
        await routeRun();
      }
    }
    const activityAfter = await databaseFigures();
    const serverTimes = serverSide.times.sort((a, b) => a - b);
    await new Promise((r) => setTimeout(r, 50)); // the last GC entries
    const gcs = gcEntries
      .filter((g) => serverSide.windows.some(([a, b]) => g.start >= a && g.start <= b))
      .map((g) => g.duration);
    gcEntries.length = 0;
    const delays = serverSide.loopDelays.sort((a, b) => a - b);
    const result: FixedRateResult = {
      server: {
        p50: quantile(serverTimes, 0.5),
        p99: quantile(serverTimes, 0.99),
        gcPauses: gcs.length,
        gcLongestMs: Math.max(0, ...gcs),
        gcOver10Ms: gcs.filter((d) => d > 10).length,
        loopDelayP99Ms: delays.length ? quantile(delays, 0.99) : 0,
        loopDelayMaxMs: delays.length ? delays[delays.length - 1]! : 0,
      },
      offered,
      route: { ...pooled(routeAt), perSecond: (routeAt.length * 1000) / busyMs.route },
      bare: { ...pooled(bareAt), perSecond: (bareAt.length * 1000) / busyMs.bare },
      loadAverage: [before, os.loadavg()[0]!],
      ...(activityBefore && activityAfter
        ? {
            database: {
              walSegmentsCreated: activityAfter.segments.filter((n) => !activityBefore.segments.includes(n))
                .length,
              walMegabytes: (activityAfter.walBytes - activityBefore.walBytes) / 2 ** 20,
              checkpoints: activityAfter.checkpoints - activityBefore.checkpoints,
              autovacuumRuns: activityAfter.autovacuums - activityBefore.autovacuums,
              autovacuumRunningAtStart: activityBefore.vacuuming > 0,
              connectionsOpened: activityAfter.sessions - activityBefore.sessions,
            },
          }
        : {}),
    };
    fixedRates.push(result);
    log(
      `  route p50/p99 ${result.route.p50.toFixed(2)} / ${result.route.p99.toFixed(2)} ms, bare ${result.bare.p50.toFixed(2)} / ${result.bare.p99.toFixed(2)} ms, load ${before.toFixed(1)}`,
    );
  }
  gcObserver.disconnect();
  clearInterval(ticker);
  await bare.close();
  const ratios = rounds.map((r) => r.ratio).sort((a, b) => a - b);
  const atRate = pooled(routeAll);
  const bareLatency = pooled(bareAll);

  const [count] = await db.system((tx) =>
    selectRows<{ n: number }>(
      tx,
      sql`SELECT count(*)::int AS n FROM outputs WHERE client_id LIKE 'ing%' OR client_id LIKE 'one%'`,
    ),
  );
  await app.close();
  await db.close();
  const result: EngineResult = {
    engine: options.engine,
    rows: options.loops * options.batches * options.batchSize,
    raw: { rowsPerSecond: raw },
    ingest: { rowsPerSecond: ingestRate, workflows: options.loops },
    ingestOneWorkflow: { rowsPerSecond: oneRate },
    otlp: { spansPerSecond: otlpRate, spans: otlpRun.rows, spansPerRequest, stored: otlpStored!.n },
    saturated,
    ratePerSecond: rate,
    single: atRate,
    bare: bareLatency,
    roundRatios: rounds.map((r) => r.ratio),
    medianRatio:
      ratios.length % 2
        ? ratios[(ratios.length - 1) / 2]!
        : (ratios[ratios.length / 2 - 1]! + ratios[ratios.length / 2]!) / 2,
    fixedRates,
    ...(settle ? { settle } : {}),
    stored: count!.n,
    peakRssMb: (process.resourceUsage().maxRSS * 1024) / 2 ** 20,
  };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
