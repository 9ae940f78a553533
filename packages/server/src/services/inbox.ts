import { and, count, desc, eq, isNull, lt, type SQL } from 'drizzle-orm';
import type { OrgContext } from '../auth/request-auth';
import { notifications } from '../db/notification-schema';
import type { Tx } from '../db/types';
import { notFound } from '../http/problem';
import type { NotificationRow } from './notifications';

/** A person's inbox in the organization, newest first (`beforeId` exclusive). */
export async function listInbox(
  tx: Tx,
  ctx: OrgContext,
  userId: string,
  opts: { unreadOnly: boolean; limit: number; beforeId?: number | undefined },
): Promise<NotificationRow[]> {
  const conditions: SQL[] = [
    eq(notifications.organizationId, ctx.organizationId),
    eq(notifications.userId, userId),
  ];
  if (opts.unreadOnly) conditions.push(isNull(notifications.readAt));
  if (opts.beforeId !== undefined) conditions.push(lt(notifications.id, opts.beforeId));
  return tx
    .select()
    .from(notifications)
    .where(and(...conditions))
    .orderBy(desc(notifications.id))
    .limit(opts.limit);
}

export async function unreadCount(tx: Tx, ctx: OrgContext, userId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(notifications)
    .where(
      and(
        eq(notifications.organizationId, ctx.organizationId),
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
      ),
    );
  return Number(row?.n ?? 0);
}

/** Marks one of the person's notifications read (reading is personal bookkeeping: not audited). */
export async function markRead(
  tx: Tx,
  ctx: OrgContext,
  userId: string,
  id: number,
): Promise<NotificationRow> {
  const [existing] = await tx
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.organizationId, ctx.organizationId),
        eq(notifications.userId, userId),
        eq(notifications.id, id),
      ),
    );
  if (!existing) throw notFound('The notification');
  if (existing.readAt) return existing;
  const [row] = await tx
    .update(notifications)
    .set({ readAt: new Date() })
    .where(eq(notifications.id, id))
    .returning();
  return row!;
}

export async function markAllRead(tx: Tx, ctx: OrgContext, userId: string): Promise<number> {
  const rows = await tx
    .update(notifications)
    .set({ readAt: new Date() })
    .where(
      and(
        eq(notifications.organizationId, ctx.organizationId),
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}
