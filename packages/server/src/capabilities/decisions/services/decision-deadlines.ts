import { DECISION_TYPE_LABELS } from '@trellis/core';
import { and, asc, eq, isNull, lte, or } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Database, Tx } from '../../../platform/db/types';
import { type JobLog, runPeriodically } from '../../../platform/jobs/periodic';
import { notify } from '../../../platform/notifications/notifications';
import { enqueueWebhookEvent } from '../../../platform/webhooks/webhooks';
import { decisionRequests } from '../decisions-schema';
import { rightsFor } from './decision-rights';

const systemContext = (organizationId: string): OrgContext => ({
  organizationId,
  role: 'owner',
  actor: { type: 'system', id: null, name: 'Decision deadlines' },
  requestId: 'decision-deadlines',
});

async function remindOrEscalate(tx: Tx, request: typeof decisionRequests.$inferSelect, now: Date) {
  const ctx = systemContext(request.organizationId);
  const rights = await rightsFor(tx, ctx, request.decisionType, request.orgUnitId);
  const approvers =
    request.tier === 'high' ? [...rights.accountable, ...rights.responsible] : rights.accountable;
  const escalate = request.dueAt !== null && request.dueAt <= now && request.escalatedAt === null;
  const link = `/decisions/requests/${request.id}`;
  if (escalate) {
    await tx
      .update(decisionRequests)
      .set({ escalatedAt: now, remindedAt: request.remindedAt ?? now })
      .where(eq(decisionRequests.id, request.id));
    await notify(
      tx,
      request.organizationId,
      { roles: [...new Set([...approvers, 'owner' as const, 'admin' as const])] },
      {
        kind: 'decision.escalated',
        title: `Overdue: ${request.title}`,
        body: `${DECISION_TYPE_LABELS[request.decisionType]} (${request.tier} risk) passed its deadline${request.dueAt ? ` of ${request.dueAt.toISOString().slice(0, 16).replace('T', ' ')} UTC` : ''} without a decision: decide it now, or reassign it.`,
        link,
        entityType: 'decision_request',
        entityId: request.id,
      },
    );
    await enqueueWebhookEvent(tx, request.organizationId, 'decision.escalated', {
      requestId: request.id,
      decisionType: request.decisionType,
      title: request.title,
      tier: request.tier,
      dueAt: request.dueAt,
    });
  } else {
    await tx.update(decisionRequests).set({ remindedAt: now }).where(eq(decisionRequests.id, request.id));
    await notify(
      tx,
      request.organizationId,
      { roles: approvers },
      {
        kind: 'decision.reminder',
        title: `Reminder: ${request.title} waits for your decision`,
        body: `Due ${request.dueAt?.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
        link,
        due: request.dueAt,
        entityType: 'decision_request',
        entityId: request.id,
      },
    );
    await enqueueWebhookEvent(tx, request.organizationId, 'decision.reminded', {
      requestId: request.id,
      decisionType: request.decisionType,
      title: request.title,
      tier: request.tier,
      dueAt: request.dueAt,
    });
  }
  await recordAudit(tx, ctx, {
    action: escalate ? 'decision_request.escalated' : 'decision_request.reminded',
    entityType: 'decision_request',
    entityId: request.id,
    after: { at: now.toISOString(), dueAt: request.dueAt?.toISOString() ?? null },
  });
  return escalate ? 'escalated' : 'reminded';
}

/**
 * Sends due reminders and escalations, once each. Due rows are claimed with `FOR UPDATE SKIP LOCKED` and
 * handled in the same transaction, so with several servers each row goes to exactly one of them, and a
 * row handled stops being due (remindedAt / escalatedAt set) when the transaction commits.
 */
export async function runDecisionDeadlines(db: Database, opts: { now?: Date; limit?: number } = {}) {
  const now = opts.now ?? new Date();
  return db.system(async (tx) => {
    const due = await tx
      .select()
      .from(decisionRequests)
      .where(
        and(
          eq(decisionRequests.status, 'pending'),
          or(
            and(isNull(decisionRequests.remindedAt), lte(decisionRequests.remindAt, now)),
            and(isNull(decisionRequests.escalatedAt), lte(decisionRequests.dueAt, now)),
          ),
        ),
      )
      .orderBy(asc(decisionRequests.remindAt))
      .limit(opts.limit ?? 50)
      .for('update', { skipLocked: true });
    let reminded = 0;
    let escalated = 0;
    for (const request of due) {
      if ((await remindOrEscalate(tx, request, now)) === 'escalated') escalated++;
      else reminded++;
    }
    return { reminded, escalated };
  });
}

/** Runs the deadline check every `intervalMs` until stopped, beside the webhook dispatcher. */
export function startDecisionDeadlineJob(db: Database, log: JobLog, intervalMs = 60_000) {
  return runPeriodically(() => runDecisionDeadlines(db), {
    job: 'decision-deadlines',
    intervalMs,
    log,
    failure: 'decision deadline check failed',
  });
}
