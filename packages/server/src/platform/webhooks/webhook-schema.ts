import { WEBHOOK_KINDS } from '@trellis/core';
import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, organizationRef, personRef } from '../db/columns';
import { publicId } from '../db/public-id';

/** Webhooks: an organization's endpoints, and a Postgres-backed outbox of deliveries (any server sends them). */
export const webhooks = pgTable(
  'webhooks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    /** Where deliveries go: Trellis's signed JSON (`standard`), a Slack or a Microsoft Teams incoming webhook. */
    kind: text('kind', { enum: WEBHOOK_KINDS }).notNull().default('standard'),
    /**
     * The endpoint. A `standard` URL is kept as it is (it is shown); a Slack or Teams URL is itself the
     * credential, so it is sealed (secret-box) and only `urlHint` is ever shown.
     */
    url: text('url').notNull(),
    /** What the API shows of a sealed URL: its host and last four characters. */
    urlHint: text('url_hint'),
    /** HMAC-SHA256 key, shown once at creation; kept to sign every delivery (null for Slack and Teams). */
    secret: text('secret'),
    events: jsonb('events').$type<string[]>().notNull(),
    active: boolean('active').notNull().default(true),
    createdBy: personRef('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('webhooks_org_idx').on(t.organizationId)],
);

export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    publicId: publicId(),
    organizationId: organizationRef(),
    webhookId: uuid('webhook_id')
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    event: text('event').notNull(),
    payload: jsonb('payload').notNull(),
    status: text('status', { enum: ['pending', 'delivered', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    createdAt: createdAt(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (t) => [
    index('webhook_deliveries_due_idx').on(t.status, t.nextAttemptAt),
    index('webhook_deliveries_hook_idx').on(t.webhookId, t.id),
  ],
);
