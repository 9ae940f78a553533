import { and, eq, inArray } from 'drizzle-orm';
import type { Role } from '../db/tenancy-schema';
import { memberships } from '../db/tenancy-schema';
import type { Tx } from '../db/types';
import { notifications } from './notification-schema';

export type NotificationRow = typeof notifications.$inferSelect;

export interface NewNotification {
  kind: string;
  title: string;
  body?: string | undefined;
  link?: string | null | undefined;
  entityType?: string | null | undefined;
  entityId?: string | null | undefined;
}

/**
 * Puts one notification in the inbox of each person named (directly, or by role in the organization), in
 * the caller's transaction: a notification exists exactly when the change that caused it committed.
 */
export async function notify(
  tx: Tx,
  organizationId: string,
  to: { userIds?: readonly string[]; roles?: readonly Role[] },
  notification: NewNotification,
): Promise<number> {
  const recipients = new Set(to.userIds ?? []);
  if (to.roles && to.roles.length > 0) {
    const members = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.organizationId, organizationId), inArray(memberships.role, [...to.roles])));
    for (const member of members) recipients.add(member.userId);
  }
  if (recipients.size === 0) return 0;
  await tx.insert(notifications).values(
    [...recipients].map((userId) => ({
      organizationId,
      userId,
      kind: notification.kind,
      title: notification.title,
      body: notification.body ?? '',
      link: notification.link ?? null,
      entityType: notification.entityType ?? null,
      entityId: notification.entityId ?? null,
    })),
  );
  return recipients.size;
}
