import { timingSafeEqual } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { selectRows } from '../db/rows';
import type { Database } from '../db/types';
import { webhookDeliveries } from '../db/webhook-schema';
import { unauthenticated } from '../http/problem';

/**
 * Prometheus metrics (prom-client), one registry per app so several apps in one process (tests) stay apart.
 * Request metrics are labelled by route pattern, never by raw URL, so ids don't explode the series count.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'trellis_' });
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
 * Times every request and serves `/metrics`. Queue depth and job lag are read from the database at scrape
 * time (the outbox is shared by every server process, so each reports the same, true value). With a token
 * configured the scrape must send it as a bearer token.
 */
export function registerMetrics(
  app: FastifyInstance,
  db: Database,
  metrics: Metrics,
  token: string | undefined,
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

  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    if (token && !bearerMatches(request.headers.authorization, token)) {
      throw unauthenticated('Send the metrics token (TRELLIS_METRICS_TOKEN) as a bearer token.');
    }
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
