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
} from 'drizzle-orm/pg-core';
import { createdAt, organizationRef, ownerRef } from './columns';

/** E-mail for the learning digest: a person's preference, and an outbox of digest e-mails. */

export const digestEmailStatuses = ['pending', 'sent', 'failed'] as const;
export type DigestEmailStatus = (typeof digestEmailStatuses)[number];

/**
 * One digest e-mail to one person, written in the digest's transaction (an outbox) and sent later by
 * `digest-mailer.ts`, which claims due rows with `FOR UPDATE SKIP LOCKED` under a lease. The message is
 * rendered when the row is written, so a retry sends exactly what the digest said.
 */
export const digestEmails = pgTable(
  'digest_emails',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    organizationId: organizationRef(),
    userId: ownerRef('user_id'),
    /**
     * What the e-mail is: `digest` (the weekly digest) or `pulse` (a person's own pulse link, whose
     * `digestUntil` is when its round closes; the pulse schedule removes the link from the body then).
     */
    kind: text('kind').notNull().default('digest'),
    /** The end of the digest's window: one e-mail per person per digest, however often it is composed. */
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
