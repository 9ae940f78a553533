import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, organizationRef, ownerRef } from '../db/columns';
import { publicId } from '../db/public-id';
import { organizations, users } from '../db/tenancy-schema';

/** Trellis's e-mail: the outbox every e-mail goes through, and each person's preferences per kind. */

/**
 * `cancelled`: never sent, because what it asked for ended first (a decision request withdrawn or decided before
 * its e-mail went out); `last_error` says why.
 */
export const mailStatuses = ['pending', 'sent', 'failed', 'cancelled'] as const;
export type MailStatus = (typeof mailStatuses)[number];

/**
 * What an outbox e-mail is. `digest`: the weekly learning digest. `pulse`: a person's own pulse link
 * (`digestUntil` is when its round closes; the pulse schedule removes the link from the body then).
 * `invitation`: the accept link of an invitation, to the invitee. `decision_request`, `decision_reminder`,
 * `decision_escalation`: a decision request to its approver, at its deadlines. `drift_alarm`: a quality
 * alarm to the workflow's leads. `gate_decision`: a stage gate decided, to the plan's owners.
 * `password_reset` and `account_notice` belong to a person's account, not to an organization (no
 * `organization_id`, so no tenant ever sees them).
 */
export const mailKinds = [
  'digest',
  'pulse',
  'password_reset',
  'account_notice',
  'invitation',
  'decision_request',
  'decision_reminder',
  'decision_escalation',
  'drift_alarm',
  'gate_decision',
] as const;
export type MailKind = (typeof mailKinds)[number];

/** Kinds a person cannot turn off: they are about their account, and asked for (or needed to join). */
export const essentialMailKinds: readonly MailKind[] = ['password_reset', 'account_notice', 'invitation'];
/** Kinds a person can turn off, per organization (preferences page, or the one-click unsubscribe link). */
export const optionalMailKinds = mailKinds.filter((k) => !essentialMailKinds.includes(k));
export type OptionalMailKind = Exclude<MailKind, 'password_reset' | 'account_notice' | 'invitation'>;

/** Kinds whose body carries a credential (a one-time link): blanked once the e-mail is sent or given up. */
export const blankedAfterDelivery: readonly MailKind[] = ['password_reset', 'invitation'];

/**
 * One e-mail to one person, written in the transaction of what it tells (an outbox) and sent later by
 * `mailer.ts`, which claims due rows with `FOR UPDATE SKIP LOCKED` under a lease. The message is rendered
 * when the row is written, so a retry sends exactly what was said. (The SQL name is the digest's, where
 * the outbox began.)
 */
export const outboxEmails = pgTable(
  'digest_emails',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    publicId: publicId(),
    kind: text('kind', { enum: mailKinds }).notNull().default('digest'),
    /** The organization the e-mail is about; none for a person's account e-mail. */
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
    /** The person it goes to; none for an invitation to someone without an account yet. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    /**
     * For a digest, the end of its window: one e-mail per person per digest, however often it is composed.
     * For the others, when it was written (the unique key applies to digests only).
     */
    digestUntil: timestamp('digest_until', { withTimezone: true }).notNull(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    /**
     * What the e-mail is about (a notification's entity: `decision_request` and its id), so that closing it
     * cancels the e-mails about it still waiting (`cancelPendingEmails`). None for digests and account e-mail.
     */
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    /** The path (with its signed token) of the one-click unsubscribe link, for List-Unsubscribe. */
    unsubscribePath: text('unsubscribe_path'),
    status: text('status', { enum: mailStatuses }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('digest_emails_key')
      .on(t.organizationId, t.userId, t.digestUntil)
      .where(sql`${t.kind} = 'digest'`),
    index('digest_emails_due_idx').on(t.status, t.nextAttemptAt),
    index('digest_emails_org_idx').on(t.organizationId, t.id),
    index('digest_emails_entity_idx').on(t.entityType, t.entityId).where(sql`${t.status} = 'pending'`),
  ],
);

/** A person's choice for one kind of e-mail in an organization; no row means the default (on). */
export const mailPreferences = pgTable(
  'mail_preferences',
  {
    organizationId: organizationRef(),
    userId: ownerRef('user_id'),
    kind: text('kind', { enum: mailKinds }).notNull(),
    enabled: boolean('enabled').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId, t.kind] })],
);

/**
 * The key that signs a person's unsubscribe links in an organization (HMAC-SHA256): made with their first
 * e-mail there; deleting the row voids every link signed with it.
 */
export const mailUnsubscribeKeys = pgTable(
  'mail_unsubscribe_keys',
  {
    organizationId: organizationRef(),
    userId: ownerRef('user_id'),
    key: text('key').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId] })],
);
