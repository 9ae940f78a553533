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
import { createdAt, organizationRef, ownerRef } from '../../platform/db/columns';
import { publicId } from '../../platform/db/public-id';
import { organizations } from '../../platform/db/tenancy-schema';

/** E-mail for the learning digest: a person's preference, and the outbox of Trellis's e-mails. */

export const digestEmailStatuses = ['pending', 'sent', 'failed'] as const;
export type DigestEmailStatus = (typeof digestEmailStatuses)[number];

/**
 * What an outbox e-mail is. `digest`: the weekly learning digest of an organization. `pulse`: a person's
 * own pulse link (`digestUntil` is when its round closes; the pulse schedule removes the link from the body
 * then). The others belong to
 * a person's account, not to an organization (no `organization_id`, so no tenant ever sees them):
 * `password_reset` carries a one-time link, so its body is blanked once it is sent or given up;
 * `account_notice` tells someone about their account (an invitation waiting for them to sign in).
 */
export const mailKinds = ['digest', 'pulse', 'password_reset', 'account_notice'] as const;
export type MailKind = (typeof mailKinds)[number];

/**
 * One e-mail to one person, written in the transaction of what it tells (an outbox) and sent later by
 * `digest-mailer.ts`, which claims due rows with `FOR UPDATE SKIP LOCKED` under a lease. The message is
 * rendered when the row is written, so a retry sends exactly what was said.
 */
export const digestEmails = pgTable(
  'digest_emails',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    publicId: publicId(),
    kind: text('kind', { enum: mailKinds }).notNull().default('digest'),
    /** The organization of a digest; none for a person's account e-mail. */
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
    userId: ownerRef('user_id'),
    /**
     * For a digest, the end of its window: one e-mail per person per digest, however often it is composed.
     * For an account e-mail, when it was written (the unique key does not apply: it has no organization).
     */
    digestUntil: timestamp('digest_until', { withTimezone: true }).notNull(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    status: text('status', { enum: digestEmailStatuses }).notNull().default('pending'),
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
  ],
);

/** A person's learning preferences in an organization; no row means the defaults (e-mail digest on). */
export const learningPreferences = pgTable(
  'learning_preferences',
  {
    organizationId: organizationRef(),
    userId: ownerRef('user_id'),
    emailDigest: boolean('email_digest').notNull().default(true),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId] })],
);
