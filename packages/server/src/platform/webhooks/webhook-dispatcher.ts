import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import { openSecret } from '../auth/secret-box';
import { organizations } from '../db/tenancy-schema';
import type { Database } from '../db/types';
import { type JobLog, runPeriodically } from '../jobs/periodic';
import { type ChatEvent, slackMessage, teamsMessage } from './chat-messages';
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

/** The longest wait a receiver's `Retry-After` can ask for (Slack and Teams rate limits ask for seconds). */
const MAX_RETRY_AFTER_MS = 6 * 3_600_000;

/** When to try again: the backoff, or later if the receiver said so (`Retry-After` on a 429 or 503). */
export function nextAttemptDelayMs(attempts: number, retryAfterMs: number | null): number {
  return Math.max(retryDelayMs(attempts), Math.min(retryAfterMs ?? 0, MAX_RETRY_AFTER_MS));
}

export interface DispatchOptions {
  now?: Date;
  limit?: number;
  policy?: WebhookTargetPolicy;
  lookup?: Lookup;
  /** The web app's origin, for the links in Slack and Teams messages. */
  origin?: string;
  /** TRELLIS_SECRET_KEY, to open the sealed URLs of Slack and Teams webhooks. */
  secretKey?: string | undefined;
}

interface Claimed {
  delivery: typeof webhookDeliveries.$inferSelect;
  kind: 'standard' | 'slack' | 'teams';
  url: string;
  secret: string | null;
  organizationName: string;
}

/** The request one delivery makes: Trellis's signed JSON, or the Slack or Teams message made from it. */
function requestFor(claimed: Claimed, now: Date, opts: DispatchOptions) {
  const { delivery, kind } = claimed;
  const base = { 'content-type': 'application/json', 'user-agent': 'Trellis-Webhooks/1' };
  if (kind !== 'standard') {
    const ctx = { organizationName: claimed.organizationName, origin: opts.origin ?? '' };
    const event = delivery.payload as ChatEvent;
    const message = kind === 'slack' ? slackMessage(event, ctx) : teamsMessage(event, ctx);
    // The URL is the credential: opened here, used for this request, never logged or stored in the clear.
    return { url: openSecret(claimed.url, opts.secretKey), headers: base, body: JSON.stringify(message) };
  }
  const secret = claimed.secret;
  if (!secret) throw new Error('this webhook has no signing secret');
  const body = JSON.stringify(delivery.payload);
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return {
    url: claimed.url,
    body,
    headers: {
      ...base,
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
  };
}

/**
 * Sends due deliveries. Claiming is a short transaction that pushes each claimed row's next attempt a lease
 * ahead (`FOR UPDATE SKIP LOCKED`), so any number of servers can dispatch without sending a delivery twice
 * at once; the HTTP call happens outside any transaction, and its result is written back. Targets are
 * checked against `policy` as the connection is made (default: public addresses only).
 */
export async function dispatchDueWebhooks(db: Database, opts: DispatchOptions = {}) {
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
    // The webhook and its organization are both the delivery's own (same organization_id): a delivery
    // only ever goes to a destination of the organization whose event it is.
    return tx
      .select({
        delivery: webhookDeliveries,
        kind: webhooks.kind,
        url: webhooks.url,
        secret: webhooks.secret,
        organizationName: organizations.name,
      })
      .from(webhookDeliveries)
      .innerJoin(
        webhooks,
        and(
          eq(webhooks.id, webhookDeliveries.webhookId),
          eq(webhooks.organizationId, webhookDeliveries.organizationId),
        ),
      )
      .innerJoin(organizations, eq(organizations.id, webhookDeliveries.organizationId))
      .where(inArray(webhookDeliveries.id, ids));
  });
  let delivered = 0;
  for (const claimedRow of claimed) {
    const { delivery } = claimedRow;
    let statusCode: number | null = null;
    let retryAfterMs: number | null = null;
    let error: string | null = null;
    try {
      const request = requestFor(claimedRow, now, opts);
      ({ statusCode, retryAfterMs } = await postWebhook(
        request.url,
        { headers: request.headers, body: request.body, timeoutMs: TIMEOUT_MS },
        policy,
        opts.lookup,
        now,
      ));
    } catch (caught) {
      // Errors name the host at most (the target guard's, the socket's), never the path of a Slack or
      // Teams URL; an error that could quote it (a malformed sealed URL) is replaced.
      error = caught instanceof Error ? caught.message : String(caught);
      if (claimedRow.kind !== 'standard' && !/^refused: /.test(error) && /\/\S/.test(error))
        error = 'the request failed before a response';
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
          nextAttemptAt: ok ? now : new Date(now.getTime() + nextAttemptDelayMs(attempts, retryAfterMs)),
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
  chat: { origin: string; secretKey: string | undefined } = { origin: '', secretKey: undefined },
) {
  return runPeriodically(() => dispatchDueWebhooks(db, { policy, ...chat }), {
    job: 'webhook-dispatcher',
    intervalMs,
    log,
    failure: 'webhook dispatch failed',
  });
}
