import { and, eq, inArray } from 'drizzle-orm';
import type { Role } from '../db/tenancy-schema';
import { memberships } from '../db/tenancy-schema';
import type { Tx } from '../db/types';
import type { OptionalMailKind } from '../mail/mail-schema';
import { mailEnabled, mailMembers } from '../mail/outbox';
import { appLink } from '../mail/templates';
import { notifications } from './notification-schema';

export type NotificationRow = typeof notifications.$inferSelect;

export interface NewNotification {
  kind: string;
  title: string;
  body?: string | undefined;
  link?: string | null | undefined;
  entityType?: string | null | undefined;
  entityId?: string | null | undefined;
  /** By when the person is needed (a decision's deadline): said in the e-mail beside the link. */
  due?: Date | null | undefined;
}

/**
 * The notification kinds that also come by e-mail, and as which mail kind (what a person can turn off on
 * their preferences page). Gate decisions are `gate.<outcome>`.
 */
export function mailKindOf(kind: string): OptionalMailKind | null {
  if (kind.startsWith('gate.')) return 'gate_decision';
  return MAILED_KINDS[kind] ?? null;
}
const MAILED_KINDS: Record<string, OptionalMailKind> = {
  'decision.requested': 'decision_request',
  'decision.reminder': 'decision_reminder',
  'decision.escalated': 'decision_escalation',
  'alarm.raised': 'drift_alarm',
};

/**
 * Puts one notification in the inbox of each person named (directly, or by role in the organization), in
 * the caller's transaction: a notification exists exactly when the change that caused it committed. A
 * notification of a mailed kind (`mailKindOf`) also writes its e-mail to the outbox in that transaction,
 * when this server sends e-mail, to each recipient who has not turned that kind off.
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
  const mailKind = mailKindOf(notification.kind);
  if (mailKind && mailEnabled()) {
    await mailMembers(tx, organizationId, mailKind, [...recipients], () => ({
      subject: notification.title,
      paragraphs: [notification.title, ...(notification.body ? [notification.body] : [])],
      due: notification.due ?? null,
      ...(notification.entityType && notification.entityId
        ? { entity: { type: notification.entityType, id: notification.entityId } }
        : {}),
      ...(notification.link
        ? { action: { label: 'Open it in Trellis', url: appLink(notification.link) } }
        : {}),
    }));
  }
  return recipients.size;
}
