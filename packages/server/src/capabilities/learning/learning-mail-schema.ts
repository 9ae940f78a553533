import { boolean, pgTable, primaryKey, timestamp } from 'drizzle-orm/pg-core';
import { organizationRef, ownerRef } from '../../platform/db/columns';

/**
 * A person's learning preferences in an organization; no row means the defaults (e-mail digest on). The
 * e-mail itself goes through the platform outbox (platform/mail), which also honours the person's
 * `digest` choice on the e-mail preferences page.
 */
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
