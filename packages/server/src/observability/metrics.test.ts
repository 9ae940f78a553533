import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import type { Database } from '../db/types';
import { webhookDeliveries, webhooks } from '../db/webhook-schema';
import { createOrganizationWithOwner, createTokenHeaders, openTestDatabase } from '../test/harness';

/** The value of one sample line of a Prometheus text exposition, e.g. `name{label="x"} 3`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('Prometheus metrics', () => {
  let db: Database;
  let app: Awaited<ReturnType<typeof buildApp>>;

  beforeAll(async () => {
    db = await openTestDatabase();
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
    expect(text).toContain('trellis_process_resident_memory_bytes');

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
