import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import type { Database } from '../db/types';
import { type JobLog, runPeriodically } from '../jobs/periodic';
import { webhookDeliveries, webhooks } from './webhook-schema';
import { postWebhook } from './webhook-send';
import { type Lookup, type WebhookTargetPolicy, webhookTargetPolicy } from './webhook-targets';
import { signStandardWebhook, signWebhook } from './webhooks';

export const MAX_ATTEMPTS = 8;
const LEASE_MS = 60_000;
const TIMEOUT_MS = 10_000;

/** Exponential backoff after the n-th failed attempt: 10 s, 20 s, 40 s … capped at one hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(3_600_000, 10_000 * 2 ** Math.max(0, attempts - 1));
}

/**
 * Sends due deliveries. Claiming is a short transaction that pushes each claimed row's next attempt a lease
 * ahead (`FOR UPDATE SKIP LOCKED`), so any number of servers can dispatch without sending a delivery twice
 * at once; the HTTP call happens outside any transaction, and its result is written back. Targets are
 * checked against `policy` as the connection is made (default: public addresses only).
 */
export async function dispatchDueWebhooks(
  db: Database,
  opts: { now?: Date; limit?: number; policy?: WebhookTargetPolicy; lookup?: Lookup } = {},
) {
  const now = opts.now ?? new Date();
  const policy = opts.policy ?? webhookTargetPolicy([]);
  const claimed = await db.system(async (tx) => {
    const due = await tx
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.status, 'pending'), lte(webhookDeliveries.nextAttemptAt, now)))
      .orderBy(asc(webhookDeliveries.nextAttemptAt))
      .limit(opts.limit ?? 50)
      .for('update', { skipLocked: true });
    if (!due.length) return [];
    const ids = due.map((d) => d.id);
    await tx
      .update(webhookDeliveries)
      .set({ nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
      .where(inArray(webhookDeliveries.id, ids));
    return tx
      .select({ delivery: webhookDeliveries, url: webhooks.url, secret: webhooks.secret })
      .from(webhookDeliveries)
      .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
      .where(inArray(webhookDeliveries.id, ids));
  });
  let delivered = 0;
  for (const { delivery, url, secret } of claimed) {
    const body = JSON.stringify(delivery.payload);
    const timestamp = String(Math.floor(now.getTime() / 1000));
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      statusCode = await postWebhook(
        url,
        {
          headers: {
            'content-type': 'application/json',
            'user-agent': 'Trellis-Webhooks/1',
            // Standard Webhooks: the id stays the same across retries, so receivers can drop duplicates.
            'webhook-id': delivery.publicId,
            'webhook-timestamp': timestamp,
            'webhook-signature': signStandardWebhook(secret, delivery.publicId, timestamp, body),
            'x-trellis-event': delivery.event,
            'x-trellis-delivery': delivery.publicId,
            'x-trellis-timestamp': timestamp,
            // Deprecated (one more release): the signature before Standard Webhooks.
            'x-trellis-signature': signWebhook(secret, timestamp, body),
          },
          body,
          timeoutMs: TIMEOUT_MS,
        },
        policy,
        opts.lookup,
      );
    } catch (caught) {
      error = caught instanceof Error ? caught.message : String(caught);
    }
    const ok = statusCode !== null && statusCode >= 200 && statusCode < 300;
    const attempts = delivery.attempts + 1;
    if (ok) delivered++;
    await db.system((tx) =>
      tx
        .update(webhookDeliveries)
        .set({
          attempts,
          lastStatusCode: statusCode,
          lastError: ok ? null : (error ?? `HTTP ${statusCode}`),
          status: ok ? 'delivered' : attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
          deliveredAt: ok ? now : null,
          nextAttemptAt: ok ? now : new Date(now.getTime() + retryDelayMs(attempts)),
        })
        .where(eq(webhookDeliveries.id, delivery.id)),
    );
  }
  return { attempted: claimed.length, delivered };
}

/** Polls the outbox every `intervalMs` until stopped; errors are logged and the loop goes on. */
export function startWebhookDispatcher(
  db: Database,
  log: JobLog,
  policy: WebhookTargetPolicy,
  intervalMs = 1000,
) {
  return runPeriodically(() => dispatchDueWebhooks(db, { policy }), {
    job: 'webhook-dispatcher',
    intervalMs,
    log,
    failure: 'webhook dispatch failed',
  });
}
