import { timingSafeEqual } from 'node:crypto';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { poolFigures } from '../db/client';
import { selectRows } from '../db/rows';
import type { Database } from '../db/types';
import { registerErrorHandling } from '../http/errors';
import { unauthenticated } from '../http/problem';
import { TRELLIS_VERSION } from '../version';
import { webhookDeliveries } from '../webhooks/webhook-schema';
import { jobFigures, retentionFigures } from './jobs';

/**
 * Prometheus metrics (prom-client), one registry per app so several apps in one process (tests) stay apart.
 * Request metrics are labelled by route pattern, never by raw URL, so ids don't explode the series count.
 * The process figures keep prom-client's standard names (`process_cpu_seconds_total`,
 * `nodejs_eventloop_lag_seconds`, …) so stock dashboards and alerts work unchanged.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  new Gauge({
    name: 'trellis_build_info',
    help: 'Always 1; the labels say which Trellis version runs on which Node.js',
    labelNames: ['version', 'node'] as const,
    registers: [registry],
  }).set({ version: TRELLIS_VERSION, node: process.version }, 1);
  return {
    registry,
    requests: new Counter({
      name: 'trellis_http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status code',
      labelNames: ['method', 'route', 'status'] as const,
      registers: [registry],
    }),
    latency: new Histogram({
      name: 'trellis_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by method and route pattern',
      labelNames: ['method', 'route'] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    outputsIngested: new Counter({
      name: 'trellis_outputs_ingested_total',
      help: 'AI outputs stored by ingestion (retries of a stored client id not counted)',
      registers: [registry],
    }),
    outputsSelected: new Counter({
      name: 'trellis_outputs_selected_total',
      help: 'Stored outputs the sampling policy selected for review',
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

/** Counts a batch of ingestion decisions. */
export function countDecisions(
  metrics: Metrics,
  decisions: ReadonlyArray<{ duplicate: boolean; review: boolean }>,
) {
  const fresh = decisions.filter((d) => !d.duplicate);
  metrics.outputsIngested.inc(fresh.length);
  metrics.outputsSelected.inc(fresh.filter((d) => d.review).length);
}

/**
 * Where `/metrics` is served. Off unless asked for: the figures are instance-wide (every organization's
 * outputs and backlog), so the main port serves them only to a scrape with the token, and a separate port
 * (`TRELLIS_METRICS_PORT`, see serveMetrics) is for a network only Prometheus reaches.
 */
export function metricsExposure(config: {
  metricsToken?: string | undefined;
  metricsPort?: number | undefined;
}) {
  return {
    onMainPort: config.metricsToken !== undefined && config.metricsPort === undefined,
    token: config.metricsToken,
  };
}

/**
 * Times every request and registers the gauges read at scrape time. Queue depth, webhook lag and the review
 * backlog are read from the database (shared by every server process, so each reports the same, true
 * value); pool and job figures are this process's own. Serves `/metrics` on the app when `onMainPort`.
 */
export function registerMetrics(
  app: FastifyInstance,
  db: Database,
  metrics: Metrics,
  exposure: { onMainPort: boolean; token: string | undefined },
  /** Outputs waiting for review by queue status, over all organizations (the quality services count them). */
  reviewBacklog: (db: Database) => Promise<{ status: string; n: number }[]>,
) {
  const started = new WeakMap<object, bigint>();
  app.addHook('onRequest', async (request) => {
    started.set(request, process.hrtime.bigint());
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    if (route === '/metrics') return;
    const begin = started.get(request);
    metrics.requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    if (begin !== undefined) {
      metrics.latency.observe(
        { method: request.method, route },
        Number(process.hrtime.bigint() - begin) / 1e9,
      );
    }
  });

  // Read first: the gauges below take pooled connections of their own while the scrape collects.
  const pool = poolFigures(db);
  if (pool) {
    const poolGauge = (name: string, help: string, figure: 'total' | 'idle' | 'waiting') =>
      new Gauge({
        name,
        help,
        registers: [metrics.registry],
        collect() {
          this.set(poolFigures(db)?.[figure] ?? 0);
        },
      });
    poolGauge('trellis_db_pool_connections', 'Connections the database pool holds (busy and idle)', 'total');
    poolGauge('trellis_db_pool_idle_connections', 'Pooled connections not in use', 'idle');
    poolGauge('trellis_db_pool_waiting_requests', 'Queries waiting for a pooled connection', 'waiting');
  }

  new Gauge({
    name: 'trellis_webhook_queue_depth',
    help: 'Webhook deliveries waiting to be sent (pending)',
    registers: [metrics.registry],
    async collect() {
      const [row] = await db.system((tx) =>
        selectRows<{ depth: number }>(
          tx,
          sql`SELECT count(*)::int AS depth FROM ${webhookDeliveries} WHERE status = 'pending'`,
        ),
      );
      this.set(row?.depth ?? 0);
    },
  });
  new Gauge({
    name: 'trellis_webhook_job_lag_seconds',
    help: 'How long the most overdue pending webhook delivery has waited past its due time',
    registers: [metrics.registry],
    async collect() {
      const [row] = await db.system((tx) =>
        selectRows<{ lag: number | null }>(
          tx,
          sql`SELECT extract(epoch FROM now() - min(next_attempt_at))::float8 AS lag
              FROM ${webhookDeliveries} WHERE status = 'pending' AND next_attempt_at <= now()`,
        ),
      );
      this.set(Math.max(0, row?.lag ?? 0));
    },
  });

  new Gauge({
    name: 'trellis_review_backlog_outputs',
    help: 'Outputs selected for review and not yet reviewed, over all organizations, by queue',
    labelNames: ['queue'] as const,
    registers: [metrics.registry],
    async collect() {
      const rows = await reviewBacklog(db);
      for (const queue of ['queued', 'second_review']) {
        this.set({ queue }, rows.find((r) => r.status === queue)?.n ?? 0);
      }
    },
  });

  const jobCounter = (name: string, help: string, figure: 'runs' | 'failures') =>
    new Counter({
      name,
      help,
      labelNames: ['job'] as const,
      registers: [metrics.registry],
      collect() {
        this.reset();
        for (const job of jobFigures()) this.inc({ job: job.job }, job[figure]);
      },
    });
  jobCounter(
    'trellis_job_runs_total',
    'Runs of each periodic job in this process, failed ones included',
    'runs',
  );
  jobCounter('trellis_job_failures_total', 'Failed runs of each periodic job in this process', 'failures');
  new Counter({
    name: 'trellis_retention_removed_total',
    help: 'Rows the retention job removed in this process, by kind (output_contents: outputs whose content it dropped)',
    labelNames: ['kind'] as const,
    registers: [metrics.registry],
    collect() {
      this.reset();
      for (const figure of retentionFigures()) this.inc({ kind: figure.kind }, figure.removed);
    },
  });
  new Gauge({
    name: 'trellis_job_lag_seconds',
    help: 'How far past its due time each periodic job of this process is (0 while on schedule)',
    labelNames: ['job'] as const,
    registers: [metrics.registry],
    collect() {
      this.reset();
      for (const job of jobFigures()) this.set({ job: job.job }, job.lagSeconds);
    },
  });

  if (exposure.onMainPort)
    app.get('/metrics', { schema: { hide: true } }, metricsHandler(metrics, exposure.token));
}

/** The scrape handler: with a token configured, the scrape must send it as a bearer token. */
function metricsHandler(metrics: Metrics, token: string | undefined) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (token && !bearerMatches(request.headers.authorization, token)) {
      throw unauthenticated('Send the metrics token (TRELLIS_METRICS_TOKEN) as a bearer token.');
    }
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}

/**
 * `/metrics` alone on its own port (`TRELLIS_METRICS_PORT`), for a network only Prometheus reaches; the
 * token is still asked for when one is configured. Returns the listening server.
 */
export async function serveMetrics(
  metrics: Metrics,
  options: { host: string; port: number; token: string | undefined },
) {
  const server = Fastify({ logger: false });
  registerErrorHandling(server, { spaFallback: false });
  server.get('/metrics', metricsHandler(metrics, options.token));
  await server.listen({ host: options.host, port: options.port });
  return server;
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
