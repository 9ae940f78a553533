import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../app';
import {
  createOrganizationWithOwner,
  createTokenHeaders,
  openTestDatabase,
  testEngines,
} from '../../test/harness';
import { loadConfig } from '../config';
import type { Database, Engine } from '../db/types';
import { runPeriodically } from '../jobs/periodic';
import { TRELLIS_VERSION } from '../version';
import { webhookDeliveries, webhooks } from '../webhooks/webhook-schema';
import { serveMetrics } from './metrics';

/** The value of one sample line of a Prometheus text exposition, e.g. `name{label="x"} 3`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe.each(testEngines())('Prometheus metrics (%s)', (engine: Engine) => {
  let db: Database;
  let app: Awaited<ReturnType<typeof buildApp>>;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    app = await buildApp({
      db,
      config: loadConfig({ metricsToken: 'scrape-secret' }, {}),
      serveWeb: false,
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('asks for the metrics token when one is configured', async () => {
    const anonymous = await app.inject({ url: '/metrics' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toContain('application/problem+json');
    const wrong = await app.inject({ url: '/metrics', headers: { authorization: 'Bearer scrape-secreT' } });
    expect(wrong.statusCode).toBe(401);
  });

  it('counts requests by route pattern, ingested and selected outputs, and reads the webhook queue', async () => {
    const owner = await createOrganizationWithOwner(db);
    const token = await createTokenHeaders(db, owner.organizationId, 'lead');
    const workflow = (
      await app.inject({
        method: 'POST',
        url: '/api/v1/workflows',
        headers: token.headers,
        payload: { name: 'Quiz items' },
      })
    ).json() as { id: string };
    await app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${workflow.id}/standards`,
      headers: token.headers,
      payload: {
        criteria: [{ key: 'accurate', label: 'Accurate', kind: 'pass_fail', severity: 'critical' }],
        defectRule: { kind: 'any_critical_fail' },
        outgoingLimit: 0.05,
        policy: 'full',
        doubleReviewFraction: 0,
      },
    });
    const outputs = Array.from({ length: 7 }, (_, i) => ({ clientId: `m-${i}`, content: `Item ${i}` }));
    const url = `/api/v1/workflows/${workflow.id}/outputs/batch`;
    await app.inject({ method: 'POST', url, headers: token.headers, payload: { outputs } });
    // A retry stores nothing and counts nothing.
    await app.inject({ method: 'POST', url, headers: token.headers, payload: { outputs } });

    const scrape = await app.inject({ url: '/metrics', headers: { authorization: 'Bearer scrape-secret' } });
    expect(scrape.statusCode).toBe(200);
    expect(scrape.headers['content-type']).toContain('text/plain');
    const text = scrape.body;
    expect(sample(text, 'trellis_outputs_ingested_total')).toBe(7);
    expect(sample(text, 'trellis_outputs_selected_total')).toBe(7);
    expect(
      sample(
        text,
        'trellis_http_requests_total{method="POST",route="/api/v1/workflows/:id/outputs/batch",status="200"}',
      ),
    ).toBe(2);
    expect(text).not.toContain(workflow.id);
    expect(sample(text, 'trellis_webhook_queue_depth')).toBe(0);
    expect(sample(text, 'trellis_webhook_job_lag_seconds')).toBe(0);
    // prom-client's standard process and runtime names, unprefixed, so stock dashboards work.
    for (const name of [
      'process_cpu_seconds_total',
      'process_resident_memory_bytes',
      'process_start_time_seconds',
      'nodejs_eventloop_lag_seconds',
      'nodejs_heap_size_used_bytes',
    ])
      expect(text).toMatch(new RegExp(`^${name}(\\{[^}]*\\})? `, 'm'));
    expect(text).not.toContain('trellis_process_');
    expect(sample(text, `trellis_build_info{version="${TRELLIS_VERSION}",node="${process.version}"}`)).toBe(
      1,
    );
    // The standard asks for a full review of every output: all 7 wait in the queue.
    expect(sample(text, 'trellis_review_backlog_outputs{queue="queued"}')).toBe(7);
    expect(sample(text, 'trellis_review_backlog_outputs{queue="second_review"}')).toBe(0);
    if (engine === 'postgres') {
      const total = sample(text, 'trellis_db_pool_connections')!;
      expect(total).toBeGreaterThanOrEqual(1);
      expect(total).toBeLessThanOrEqual(4); // the test pool's size
      expect(sample(text, 'trellis_db_pool_idle_connections')).toBeLessThanOrEqual(total);
      expect(sample(text, 'trellis_db_pool_waiting_requests')).toBe(0);
    } else {
      expect(text).not.toContain('trellis_db_pool_'); // the embedded database has no pool
    }

    // Two deliveries waiting, one overdue by two minutes (no dispatcher runs in this app).
    await db.system(async (tx) => {
      const [hook] = await tx
        .insert(webhooks)
        .values({
          organizationId: owner.organizationId,
          url: 'https://example.test/hook',
          secret: 's',
          events: ['*'],
        })
        .returning();
      await tx.insert(webhookDeliveries).values([
        {
          organizationId: owner.organizationId,
          webhookId: hook!.id,
          event: 'webhook.ping',
          payload: {},
          nextAttemptAt: new Date(Date.now() - 120_000),
        },
        {
          organizationId: owner.organizationId,
          webhookId: hook!.id,
          event: 'webhook.ping',
          payload: {},
          nextAttemptAt: new Date(Date.now() + 600_000),
        },
      ]);
    });
    const later = (await app.inject({ url: '/metrics', headers: { authorization: 'Bearer scrape-secret' } }))
      .body;
    expect(sample(later, 'trellis_webhook_queue_depth')).toBe(2);
    const lag = sample(later, 'trellis_webhook_job_lag_seconds')!;
    expect(lag).toBeGreaterThanOrEqual(119);
    expect(lag).toBeLessThan(180);
  });
});

describe('periodic job figures', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  let db: Database;
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildApp({ db, config: loadConfig({ metricsToken: 't' }, {}), serveWeb: false });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('counts runs and failures per job and shows how far past due a job is', async () => {
    const scrape = async () =>
      (await app.inject({ url: '/metrics', headers: { authorization: 'Bearer t' } })).body;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    let n = 0;
    let hang: () => void = () => {};
    const stop = runPeriodically(
      async () => {
        n += 1;
        if (n === 2) throw new Error('boom');
        // The fourth run hangs until released: its lag grows past the interval.
        if (n === 4) await new Promise<void>((resolve) => (hang = resolve));
      },
      { job: 'metrics-test', intervalMs: 10_000, log: { error: () => {} }, failure: 'failed' },
    );
    await vi.advanceTimersByTimeAsync(30_000);
    let text = await scrape();
    expect(sample(text, 'trellis_job_runs_total{job="metrics-test"}')).toBe(3);
    expect(sample(text, 'trellis_job_failures_total{job="metrics-test"}')).toBe(1);
    expect(sample(text, 'trellis_job_lag_seconds{job="metrics-test"}')).toBe(0);
    await vi.advanceTimersByTimeAsync(10_000 + 25_000); // run 4 starts on time, then hangs 25 s
    text = await scrape();
    expect(sample(text, 'trellis_job_runs_total{job="metrics-test"}')).toBe(3);
    expect(sample(text, 'trellis_job_lag_seconds{job="metrics-test"}')).toBe(15);
    hang();
    await vi.advanceTimersByTimeAsync(0);
    text = await scrape();
    expect(sample(text, 'trellis_job_runs_total{job="metrics-test"}')).toBe(4);
    expect(sample(text, 'trellis_job_lag_seconds{job="metrics-test"}')).toBe(0);
    stop();
    expect(await scrape()).not.toContain('job="metrics-test"');
  });
});

describe('where /metrics is served', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('is off by default: its figures are instance-wide', async () => {
    const app = await buildApp({ db, config: loadConfig({}, {}), serveWeb: false });
    const response = await app.inject({ url: '/metrics' });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('trellis_');
    await app.close();
  });

  it('with TRELLIS_METRICS_PORT, is served on that port only (token still asked for when set)', async () => {
    const config = loadConfig({}, { TRELLIS_METRICS_PORT: '0' });
    expect(config.metricsPort).toBe(0);
    expect(() => loadConfig({}, { TRELLIS_METRICS_PORT: 'nine' })).toThrow(/TRELLIS_METRICS_PORT/);
    const app = await buildApp({ db, config, serveWeb: false });
    expect((await app.inject({ url: '/metrics' })).statusCode).toBe(404);
    const open = await serveMetrics(app.metrics, { host: '127.0.0.1', port: 0, token: undefined });
    const guarded = await serveMetrics(app.metrics, { host: '127.0.0.1', port: 0, token: 'p' });
    try {
      const scrape = await open.inject({ url: '/metrics' });
      expect(scrape.statusCode).toBe(200);
      expect(scrape.body).toContain('trellis_build_info');
      expect((await open.inject({ url: '/api/v1/health' })).statusCode).toBe(404);
      expect((await guarded.inject({ url: '/metrics' })).statusCode).toBe(401);
      const allowed = await guarded.inject({ url: '/metrics', headers: { authorization: 'Bearer p' } });
      expect(allowed.statusCode).toBe(200);
    } finally {
      await open.close();
      await guarded.close();
      await app.close();
    }
  });
});

describe('request logs', () => {
  const lines: Array<Record<string, unknown>> = [];
  let db: Database;
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    db = await openTestDatabase();
    const stream = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    app = await buildApp({
      db,
      config: loadConfig({}, {}),
      logger: { level: 'info', stream },
      serveWeb: false,
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('name the organization acted in and carry a valid W3C traceparent', async () => {
    const owner = await createOrganizationWithOwner(db);
    const token = await createTokenHeaders(db, owner.organizationId, 'lead');
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const byToken = await app.inject({
      url: '/api/v1/workflows',
      headers: { ...token.headers, traceparent },
    });
    expect(byToken.statusCode).toBe(200);
    const bySession = await app.inject({
      url: '/api/v1/workflows',
      headers: { ...owner.headers, traceparent: 'not-a-trace\n{"forged":1}' },
    });
    expect(bySession.statusCode).toBe(200);
    const anonymous = await app.inject({ url: '/api/v1/workflows' });
    expect(anonymous.statusCode).toBe(401);

    const completed = (id: string) =>
      lines.find((l) => l.reqId === id && l.msg === 'request completed') as Record<string, unknown>;
    const tokenLine = completed(byToken.headers['x-request-id'] as string);
    expect(tokenLine).toMatchObject({ organization: owner.organizationId, traceparent });
    // Every line of the request has the trace, the incoming one too.
    const incoming = lines.find((l) => l.reqId === tokenLine.reqId && l.msg === 'incoming request');
    expect(incoming).toMatchObject({ traceparent });
    const sessionLine = completed(bySession.headers['x-request-id'] as string);
    expect(sessionLine.organization).toBe(owner.organizationId);
    expect(sessionLine).not.toHaveProperty('traceparent');
    expect(completed(anonymous.headers['x-request-id'] as string)).not.toHaveProperty('organization');
  });
});
