import { and, count, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { beforePublicId } from '../../../platform/db/public-id';
import type { Tx } from '../../../platform/db/types';
import { notFound } from '../../../platform/http/problem';
import { notifications } from '../../../platform/notifications/notification-schema';
import type { NotificationRow } from '../../../platform/notifications/notifications';
import { decisionRequests } from '../../decisions/decisions-schema';

/** Notifications that ask the reader to act on a decision request while it waits. */
const ASKS_FOR_DECISION = new Set(['decision.requested', 'decision.reminder', 'decision.escalated']);
const OUTCOME_WORDS = { approved: 'Approved', rejected: 'Rejected', withdrawn: 'Withdrawn' } as const;

/**
 * A notification asking for a decision says what became of the request once it is no longer waiting: its
 * title is rewritten at read time from the request's current status ("Approved: …" instead of "Approval
 * needed: …"), so no stored notification keeps asking for something already decided.
 */
async function withCurrentState(
  tx: Tx,
  ctx: OrgContext,
  rows: NotificationRow[],
): Promise<NotificationRow[]> {
  const ids = [
    ...new Set(
      rows
        .filter((n) => ASKS_FOR_DECISION.has(n.kind) && n.entityType === 'decision_request' && n.entityId)
        .map((n) => n.entityId!),
    ),
  ];
  if (!ids.length) return rows;
  const requests = await tx
    .select({ id: decisionRequests.id, status: decisionRequests.status, title: decisionRequests.title })
    .from(decisionRequests)
    .where(and(eq(decisionRequests.organizationId, ctx.organizationId), inArray(decisionRequests.id, ids)));
  const byId = new Map(requests.map((r) => [r.id, r]));
  return rows.map((n) => {
    const request = n.entityId && ASKS_FOR_DECISION.has(n.kind) ? byId.get(n.entityId) : undefined;
    if (!request || request.status === 'pending') return n;
    return {
      ...n,
      title: `${OUTCOME_WORDS[request.status]}: ${request.title}`,
      body: `No action needed: the request was ${request.status}. ${n.body}`.trim(),
    };
  });
}

/** A person's inbox in the organization, newest first (`before`: the public id of the last row seen, exclusive). */
export async function listInbox(
  tx: Tx,
  ctx: OrgContext,
  userId: string,
  opts: { unreadOnly: boolean; limit: number; before?: string | undefined },
): Promise<NotificationRow[]> {
  const conditions: SQL[] = [
    eq(notifications.organizationId, ctx.organizationId),
    eq(notifications.userId, userId),
  ];
  if (opts.unreadOnly) conditions.push(isNull(notifications.readAt));
  if (opts.before !== undefined) conditions.push(beforePublicId(notifications, 'notifications', opts.before));
  const rows = await tx
    .select()
    .from(notifications)
    .where(and(...conditions))
    .orderBy(desc(notifications.id))
    .limit(opts.limit);
  return withCurrentState(tx, ctx, rows);
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
  id: string,
): Promise<NotificationRow> {
  const [existing] = await tx
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.organizationId, ctx.organizationId),
        eq(notifications.userId, userId),
        eq(notifications.publicId, id),
      ),
    );
  if (!existing) throw notFound('The notification');
  if (existing.readAt) return existing;
  const [row] = await tx
    .update(notifications)
    .set({ readAt: new Date() })
    .where(eq(notifications.id, existing.id))
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
