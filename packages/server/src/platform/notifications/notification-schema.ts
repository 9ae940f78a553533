import { bigint, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, organizationRef, ownerRef } from '../db/columns';
import { publicId } from '../db/public-id';

/** The in-app inbox: one row per person and thing they should see (approvals, reminders, digests, alerts). */
export const notifications = pgTable(
  'notifications',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    publicId: publicId(),
    organizationId: organizationRef(),
    userId: ownerRef('user_id'),
    /** A stable kind, e.g. `approval.requested`, `approval.reminder`, `insight.digest`, `unit.red`. */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    /** Where in the web app the notification leads (a path such as `/decisions/requests/…`). */
    link: text('link'),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_user_idx').on(t.organizationId, t.userId, t.id)],
);
