import { createHmac, randomBytes } from 'node:crypto';
import { WEBHOOK_EVENTS, type WebhookEvent, type WebhookKind } from '@trellis/core';
import { and, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/audit';
import type { OrgContext } from '../auth/request-auth';
import { sealSecret } from '../auth/secret-box';
import { beforePublicId } from '../db/public-id';
import type { Tx } from '../db/types';
import { notFound } from '../http/problem';
import { webhookDeliveries, webhooks } from './webhook-schema';

export type WebhookRow = typeof webhooks.$inferSelect;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;

/** Events other parts of Trellis emit (declared in core); a webhook subscribes to some or all ('*'). */
export const webhookEvents = WEBHOOK_EVENTS;
export type { WebhookEvent };

/** How a stored secret is sealed: the server's TRELLIS_SECRET_KEY, and whether plain storage is allowed. */
export interface SecretSealing {
  key: string | undefined;
  plainAllowed: boolean;
}

/** What is shown of a Slack or Teams URL (the URL is the credential): its host and last four characters. */
export function webhookUrlHint(url: string): string {
  return `${new URL(url).host}/…${url.slice(-4)}`;
}

/** The URL shown for a webhook: a standard one as it is, a Slack or Teams one by its hint only. */
export const shownUrl = (row: WebhookRow) => (row.kind === 'standard' ? row.url : (row.urlHint ?? '…'));

/**
 * Adds a webhook. A `standard` one gets a signing secret (returned here, once); a `slack` or `teams` one has
 * its URL sealed with the server's key, and after this only its hint is ever shown.
 */
export async function createWebhook(
  tx: Tx,
  ctx: OrgContext,
  input: { url: string; events: string[]; kind?: WebhookKind | undefined },
  sealing: SecretSealing = { key: undefined, plainAllowed: true },
) {
  const kind = input.kind ?? 'standard';
  const secret = kind === 'standard' ? newWebhookSecret() : null;
  const [row] = await tx
    .insert(webhooks)
    .values({
      organizationId: ctx.organizationId,
      kind,
      url: kind === 'standard' ? input.url : sealSecret(input.url, sealing.key, sealing.plainAllowed),
      urlHint: kind === 'standard' ? null : webhookUrlHint(input.url),
      secret,
      events: input.events,
      createdBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
    })
    .returning();
  await recordAudit(tx, ctx, {
    action: 'webhook.created',
    entityType: 'webhook',
    entityId: row!.id,
    after: { kind, url: shownUrl(row!), events: input.events },
  });
  return { webhook: row!, secret };
}

/**
 * Changes a webhook in place: its URL (a rotated Slack or Teams URL, a moved endpoint; a standard webhook
 * keeps its signing secret), its events, or pauses and resumes it. Its delivery log stays with it.
 */
export async function updateWebhook(
  tx: Tx,
  ctx: OrgContext,
  id: string,
  input: { url?: string | undefined; events?: string[] | undefined; active?: boolean | undefined },
  sealing: SecretSealing = { key: undefined, plainAllowed: true },
): Promise<WebhookRow> {
  const before = await getWebhook(tx, ctx, id);
  const standard = before.kind === 'standard';
  const [row] = await tx
    .update(webhooks)
    .set({
      ...(input.url === undefined
        ? {}
        : {
            url: standard ? input.url : sealSecret(input.url, sealing.key, sealing.plainAllowed),
            urlHint: standard ? null : webhookUrlHint(input.url),
          }),
      ...(input.events === undefined ? {} : { events: input.events }),
      ...(input.active === undefined ? {} : { active: input.active }),
    })
    .where(eq(webhooks.id, id))
    .returning();
  await recordAudit(tx, ctx, {
    action: 'webhook.updated',
    entityType: 'webhook',
    entityId: id,
    before: { url: shownUrl(before), events: before.events, active: before.active },
    after: { url: shownUrl(row!), events: row!.events, active: row!.active },
  });
  return row!;
}

export async function listWebhooks(tx: Tx, ctx: OrgContext): Promise<WebhookRow[]> {
  return tx
    .select()
    .from(webhooks)
    .where(eq(webhooks.organizationId, ctx.organizationId))
    .orderBy(desc(webhooks.createdAt));
}

async function getWebhook(tx: Tx, ctx: OrgContext, id: string): Promise<WebhookRow> {
  const [row] = await tx
    .select()
    .from(webhooks)
    .where(and(eq(webhooks.organizationId, ctx.organizationId), eq(webhooks.id, id)));
  if (!row) throw notFound('The webhook');
  return row;
}

export async function deleteWebhook(tx: Tx, ctx: OrgContext, id: string): Promise<void> {
  const row = await getWebhook(tx, ctx, id);
  await tx.delete(webhooks).where(eq(webhooks.id, id));
  await recordAudit(tx, ctx, {
    action: 'webhook.deleted',
    entityType: 'webhook',
    entityId: id,
    before: { kind: row.kind, url: shownUrl(row), events: row.events },
  });
}

/** Newest deliveries first, keyset-paginated on the id. */
export async function listDeliveries(
  tx: Tx,
  ctx: OrgContext,
  webhookId: string,
  page: { limit: number; before?: string | undefined },
) {
  await getWebhook(tx, ctx, webhookId);
  return tx
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.webhookId, webhookId),
        page.before === undefined
          ? undefined
          : beforePublicId(webhookDeliveries, 'webhook_deliveries', page.before),
      ),
    )
    .orderBy(desc(webhookDeliveries.id))
    .limit(page.limit);
}

/**
 * Puts an event in the outbox for every active webhook of the organization that wants it, in the caller's
 * transaction: the event is sent if and only if the change that caused it commits.
 */
export async function enqueueWebhookEvent(
  tx: Tx,
  organizationId: string,
  event: WebhookEvent,
  data: object,
): Promise<number> {
  const hooks = await tx
    .select()
    .from(webhooks)
    .where(and(eq(webhooks.organizationId, organizationId), eq(webhooks.active, true)));
  const wanted = hooks.filter((h) => h.events.includes('*') || h.events.includes(event));
  if (!wanted.length) return 0;
  const occurredAt = new Date().toISOString();
  await tx.insert(webhookDeliveries).values(
    wanted.map((h) => ({
      organizationId,
      webhookId: h.id,
      event,
      payload: { event, occurredAt, organizationId, data },
    })),
  );
  return wanted.length;
}

/** Sends a ping to one webhook through the outbox, to check the endpoint and its signature check. */
export async function pingWebhook(tx: Tx, ctx: OrgContext, id: string) {
  const hook = await getWebhook(tx, ctx, id);
  const [row] = await tx
    .insert(webhookDeliveries)
    .values({
      organizationId: ctx.organizationId,
      webhookId: hook.id,
      event: 'webhook.ping',
      payload: {
        event: 'webhook.ping',
        occurredAt: new Date().toISOString(),
        organizationId: ctx.organizationId,
        data: {},
      },
    })
    .returning();
  return row!;
}

/**
 * A new signing secret in the Standard Webhooks form: `whsec_` and the standard base64 of 32 random bytes;
 * those bytes are the HMAC key, so a stock verifier (`new Webhook(secret)`) takes the secret as it is.
 */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/**
 * The HMAC key of a secret. A `whsec_<standard base64>` secret (every secret made since Standard Webhooks
 * signatures) is the decoded bytes. Secrets made before were `whsec_<base64url, unpadded>` and signed with the
 * whole string's bytes; they keep that key, so their receivers verify with the raw-key form
 * (`new Webhook(secret, { format: 'raw' })`). The two forms cannot be confused: an old secret's 43 characters
 * after the prefix are never padded standard base64.
 */
export function webhookSigningKey(secret: string): Buffer {
  const encoded = secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : null;
  if (encoded && /^[A-Za-z0-9+/]+={0,2}$/.test(encoded) && encoded.length % 4 === 0) {
    const key = Buffer.from(encoded, 'base64');
    if (key.length > 0 && key.toString('base64') === encoded) return key;
  }
  return Buffer.from(secret, 'utf8');
}

/**
 * The Standard Webhooks signature (`webhook-signature`): `v1,` and the base64 HMAC-SHA256 of
 * `<webhook-id>.<webhook-timestamp>.<body>` under the secret's key (see `webhookSigningKey`).
 */
export function signStandardWebhook(secret: string, id: string, timestamp: string, body: string): string {
  const mac = createHmac('sha256', webhookSigningKey(secret)).update(`${id}.${timestamp}.${body}`);
  return `v1,${mac.digest('base64')}`;
}

/**
 * Deprecated, sent for one more release: HMAC-SHA256 over `<timestamp>.<body>` keyed with the secret
 * string itself, as `X-Trellis-Signature: sha256=<hex>` with `X-Trellis-Timestamp`. Verify
 * `webhook-signature` instead.
 */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
