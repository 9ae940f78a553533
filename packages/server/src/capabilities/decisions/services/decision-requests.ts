import {
  APPROVAL_RULES,
  approvalComplete,
  approvalSchedule,
  DECISION_TYPE_LABELS,
  type DecisionType,
} from '@trellis/core';
import { and, desc, eq, lt, or } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import { type OrgContext, requirePerson } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { conflict, forbidden, notFound } from '../../../platform/http/problem';
import type { MailKind } from '../../../platform/mail/mail-schema';
import { cancelPendingEmails } from '../../../platform/mail/outbox';
import { notify } from '../../../platform/notifications/notifications';
import { enqueueWebhookEvent } from '../../../platform/webhooks/webhooks';
import { followDecisionRequest, requestOrigin } from '../../learning/index';
import { decisionApprovals, decisionRequests, type RequestStatus } from '../decisions-schema';
import { appendDecision } from './decision-log';
import { rightsFor } from './decision-rights';
import { assessTier, checkOrgUnit, matchingPattern } from './decision-tiers';

export type RequestRow = typeof decisionRequests.$inferSelect;
export type ApprovalRow = typeof decisionApprovals.$inferSelect;

export interface NewDecisionRequest {
  decisionType: DecisionType;
  applicationId?: string | null | undefined;
  orgUnitId?: string | null | undefined;
  title: string;
  payload?: Record<string, unknown> | undefined;
  /** When the request is made (tests and the scheduler pass their clock). */
  now?: Date | undefined;
}

const link = (id: string) => `/decisions/requests/${id}`;
const personOf = (ctx: OrgContext) => (ctx.actor.type === 'user' ? ctx.actor.id : null);

/** The e-mails that ask for a request's decision: once it is closed, those not yet sent are not sent. */
const ASKING_MAIL: readonly MailKind[] = ['decision_request', 'decision_reminder', 'decision_escalation'];
const cancelAskingMail = (
  tx: Tx,
  ctx: OrgContext,
  id: string,
  status: 'approved' | 'rejected' | 'withdrawn',
) =>
  cancelPendingEmails(
    tx,
    ctx.organizationId,
    { type: 'decision_request', id },
    ASKING_MAIL,
    `The request was ${status} before this e-mail was sent.`,
  );

/**
 * Approves or rejects a request: status, the log entry with its frozen evidence, notifications, webhook; the
 * e-mails still asking for its decision are cancelled.
 */
async function conclude(
  tx: Tx,
  ctx: OrgContext,
  request: RequestRow,
  outcome: 'approved' | 'rejected',
  rationale: string,
  now: Date,
) {
  const approvals = await currentApprovals(tx, request);
  await tx
    .update(decisionRequests)
    .set({ status: outcome, decidedAt: now })
    .where(eq(decisionRequests.id, request.id));
  await cancelAskingMail(tx, ctx, request.id, outcome);
  await followDecisionRequest(tx, ctx, { id: request.id, status: outcome }, { rationale, at: now });
  const evidence = {
    request: {
      version: request.version,
      title: request.title,
      payload: request.payload,
      submittedAt: request.submittedAt,
    },
    tier: request.tier,
    tierReasons: request.tierReasons,
    application: (
      await assessTier(tx, ctx, {
        decisionType: request.decisionType,
        applicationId: request.applicationId,
        payload: {},
      })
    ).application,
    orgUnitId: request.orgUnitId,
    approvals: approvals.map((a) => ({
      approver: a.approverName,
      accountable: a.accountable,
      verdict: a.verdict,
      comment: a.comment,
      at: a.createdAt,
    })),
    patternId: request.patternId,
  };
  await appendDecision(tx, ctx.organizationId, {
    kind: 'request',
    decisionType: request.decisionType,
    outcome,
    title: request.title,
    requestId: request.id,
    applicationId: request.applicationId,
    evidence,
    rationale,
    decidedBy: personOf(ctx),
    decidedByName: ctx.actor.name,
    decidedAt: now,
  });
  await recordAudit(tx, ctx, {
    action: `decision_request.${outcome}`,
    entityType: 'decision_request',
    entityId: request.id,
    before: { status: 'pending', version: request.version },
    after: { status: outcome, rationale },
  });
  const rights = await rightsFor(tx, ctx, request.decisionType, request.orgUnitId);
  await notify(
    tx,
    ctx.organizationId,
    {
      userIds: request.requesterId ? [request.requesterId] : [],
      roles: outcome === 'approved' ? rights.informed : [],
    },
    {
      kind: `decision.${outcome}`,
      title: `${outcome === 'approved' ? 'Approved' : 'Rejected'}: ${request.title}`,
      body: rationale,
      link: link(request.id),
      entityType: 'decision_request',
      entityId: request.id,
    },
  );
  await enqueueWebhookEvent(
    tx,
    ctx.organizationId,
    outcome === 'approved' ? 'decision.approved' : 'decision.rejected',
    {
      requestId: request.id,
      decisionType: request.decisionType,
      title: request.title,
      tier: request.tier,
      applicationId: request.applicationId,
      rationale,
    },
  );
}

/**
 * Routes a request by its tier: approved at once when it is low risk or matches a pre-approved pattern;
 * otherwise it waits for its approvers, who are notified, with a reminder and a deadline.
 */
async function route(tx: Tx, ctx: OrgContext, request: RequestRow, now: Date) {
  const pattern = await matchingPattern(tx, ctx, request);
  if (request.tier === 'low' || pattern) {
    if (pattern)
      await tx
        .update(decisionRequests)
        .set({ patternId: pattern.id })
        .where(eq(decisionRequests.id, request.id));
    const rationale = pattern
      ? `Matches the pre-approved pattern “${pattern.name}”.`
      : 'Low risk: self-serve, approved at once.';
    await conclude(tx, ctx, { ...request, patternId: pattern?.id ?? null }, 'approved', rationale, now);
    return;
  }
  const rights = await rightsFor(tx, ctx, request.decisionType, request.orgUnitId);
  const approvers =
    request.tier === 'high' ? [...rights.accountable, ...rights.responsible] : rights.accountable;
  await notify(
    tx,
    ctx.organizationId,
    { roles: approvers },
    {
      kind: 'decision.requested',
      title: `Approval needed: ${request.title}`,
      body: `${DECISION_TYPE_LABELS[request.decisionType]}, ${request.tier} risk, requested by ${request.requesterName}. Decide by ${request.dueAt?.toISOString().slice(0, 10)}.`,
      link: link(request.id),
      due: request.dueAt,
      entityType: 'decision_request',
      entityId: request.id,
    },
  );
  await enqueueWebhookEvent(tx, ctx.organizationId, 'decision.requested', {
    requestId: request.id,
    decisionType: request.decisionType,
    title: request.title,
    tier: request.tier,
    dueAt: request.dueAt,
    applicationId: request.applicationId,
  });
}

/**
 * Opens a decision request: the entry point other capabilities call (an expansion stage, a mode change,
 * a new quality standard…). Runs in the caller's transaction; the result says whether it was approved at once.
 */
export async function submitDecisionRequest(
  tx: Tx,
  ctx: OrgContext,
  input: NewDecisionRequest,
): Promise<RequestRow> {
  const now = input.now ?? new Date();
  const applicationId = input.applicationId ?? null;
  const orgUnitId = input.orgUnitId ?? null;
  const payload = input.payload ?? {};
  await checkOrgUnit(tx, ctx, orgUnitId);
  const { tier, reasons } = await assessTier(tx, ctx, {
    decisionType: input.decisionType,
    applicationId,
    payload,
  });
  const schedule = approvalSchedule(tier, now);
  const [row] = await tx
    .insert(decisionRequests)
    .values({
      organizationId: ctx.organizationId,
      decisionType: input.decisionType,
      applicationId,
      orgUnitId,
      title: input.title,
      payload,
      tier,
      tierReasons: reasons,
      status: 'pending',
      requesterId: personOf(ctx),
      requesterName: ctx.actor.name,
      submittedAt: now,
      ...schedule,
    })
    .returning();
  const request = row!;
  await recordAudit(tx, ctx, {
    action: 'decision_request.submitted',
    entityType: 'decision_request',
    entityId: request.id,
    after: {
      decisionType: request.decisionType,
      title: request.title,
      payload,
      tier,
      applicationId,
      orgUnitId,
    },
  });
  await route(tx, ctx, request, now);
  return getRequestRow(tx, ctx, request.id);
}

export async function getRequestRow(tx: Tx, ctx: OrgContext, id: string, lock = false): Promise<RequestRow> {
  const query = tx
    .select()
    .from(decisionRequests)
    .where(and(eq(decisionRequests.organizationId, ctx.organizationId), eq(decisionRequests.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('The decision request');
  return row;
}

async function currentApprovals(tx: Tx, request: RequestRow) {
  return tx
    .select()
    .from(decisionApprovals)
    .where(
      and(eq(decisionApprovals.requestId, request.id), eq(decisionApprovals.requestVersion, request.version)),
    );
}

function checkVersion(request: RequestRow, version: number) {
  if (request.version !== version)
    throw conflict(
      `The request changed: it is at version ${request.version}, you acted on version ${version}. Reload it.`,
    );
}

/**
 * Edits a request. Any edit makes a new version: approvals given to the old version stop counting, an
 * approved request goes back to pending, and the tier and schedule are assessed afresh.
 */
export async function updateDecisionRequest(
  tx: Tx,
  ctx: OrgContext,
  id: string,
  input: {
    version: number;
    title?: string | undefined;
    payload?: Record<string, unknown> | undefined;
    now?: Date;
  },
) {
  const now = input.now ?? new Date();
  const request = await getRequestRow(tx, ctx, id, true);
  if (request.requesterId === null || request.requesterId !== personOf(ctx))
    throw forbidden('Only the requester edits a request.');
  if (request.status === 'rejected' || request.status === 'withdrawn')
    throw conflict(`The request is ${request.status}; submit a new one.`);
  checkVersion(request, input.version);
  const payload = input.payload ?? request.payload;
  const { tier, reasons } = await assessTier(tx, ctx, {
    decisionType: request.decisionType,
    applicationId: request.applicationId,
    payload,
  });
  const [row] = await tx
    .update(decisionRequests)
    .set({
      title: input.title ?? request.title,
      payload,
      tier,
      tierReasons: reasons,
      status: 'pending',
      version: request.version + 1,
      decidedAt: null,
      patternId: null,
      remindedAt: null,
      escalatedAt: null,
      ...approvalSchedule(tier, now),
    })
    .where(eq(decisionRequests.id, id))
    .returning();
  await recordAudit(tx, ctx, {
    action: request.status === 'approved' ? 'decision_request.reopened' : 'decision_request.edited',
    entityType: 'decision_request',
    entityId: id,
    before: {
      version: request.version,
      status: request.status,
      title: request.title,
      payload: request.payload,
    },
    after: { version: row!.version, status: 'pending', title: row!.title, payload, tier },
  });
  await followDecisionRequest(tx, ctx, { id, status: 'pending' }, { rationale: '', at: now });
  await route(tx, ctx, row!, now);
  return getRequestRow(tx, ctx, id);
}

/** Who may approve a request, and whether their approval counts as the Accountable one. */
async function approverStanding(tx: Tx, ctx: OrgContext, request: RequestRow) {
  const rights = await rightsFor(tx, ctx, request.decisionType, request.orgUnitId);
  const accountable = rights.accountable.includes(ctx.role);
  const responsible = rights.responsible.includes(ctx.role);
  return { rights, accountable, allowed: accountable || (request.tier === 'high' && responsible) };
}

/**
 * An approver's verdict on the current version. Refused: your own request, a role without the right,
 * a decided request, a stale version, a second verdict from the same person.
 */
export async function decideDecisionRequest(
  tx: Tx,
  ctx: OrgContext,
  id: string,
  input: { version: number; verdict: 'approve' | 'reject'; comment?: string | undefined; now?: Date },
) {
  const userId = requirePerson(ctx, 'Approvals');
  const now = input.now ?? new Date();
  const request = await getRequestRow(tx, ctx, id, true);
  if (request.status !== 'pending') throw conflict(`The request is already ${request.status}.`);
  checkVersion(request, input.version);
  if (request.requesterId === userId) throw forbidden('Nobody approves their own request.');
  const standing = await approverStanding(tx, ctx, request);
  if (!standing.allowed)
    throw forbidden(
      `Deciding “${DECISION_TYPE_LABELS[request.decisionType]}” at ${request.tier} risk needs the role ${standing.rights.accountable.join(' or ')} (Accountable)${request.tier === 'high' ? ` or ${standing.rights.responsible.join(' or ')} (Responsible)` : ''}; you are ${ctx.role}.`,
    );
  const approvals = await currentApprovals(tx, request);
  if (approvals.some((a) => a.approverId === userId))
    throw conflict('You have already decided on this version.');
  const comment = input.comment?.trim() ?? '';
  await tx.insert(decisionApprovals).values({
    organizationId: ctx.organizationId,
    requestId: id,
    requestVersion: request.version,
    approverId: userId,
    approverName: ctx.actor.name,
    accountable: standing.accountable,
    verdict: input.verdict,
    comment,
  });
  await recordAudit(tx, ctx, {
    action:
      input.verdict === 'approve' ? 'decision_request.approval_given' : 'decision_request.rejection_given',
    entityType: 'decision_request',
    entityId: id,
    after: { version: request.version, accountable: standing.accountable, comment },
  });
  const rationale = comment || (input.verdict === 'approve' ? 'Approved.' : 'Rejected.');
  if (input.verdict === 'reject') await conclude(tx, ctx, request, 'rejected', rationale, now);
  else if (
    approvalComplete(request.tier, [...approvals, { approverId: userId, accountable: standing.accountable }])
  )
    await conclude(tx, ctx, request, 'approved', rationale, now);
  return getRequestRow(tx, ctx, id);
}

export async function withdrawDecisionRequest(tx: Tx, ctx: OrgContext, id: string, version: number) {
  const request = await getRequestRow(tx, ctx, id, true);
  if (request.requesterId === null || request.requesterId !== personOf(ctx))
    throw forbidden('Only the requester withdraws a request.');
  if (request.status !== 'pending') throw conflict(`The request is already ${request.status}.`);
  checkVersion(request, version);
  await tx.update(decisionRequests).set({ status: 'withdrawn' }).where(eq(decisionRequests.id, id));
  await cancelAskingMail(tx, ctx, id, 'withdrawn');
  await followDecisionRequest(
    tx,
    ctx,
    { id, status: 'withdrawn' },
    { rationale: 'The request was withdrawn.', at: new Date() },
  );
  await recordAudit(tx, ctx, {
    action: 'decision_request.withdrawn',
    entityType: 'decision_request',
    entityId: id,
    before: { status: 'pending' },
    after: { status: 'withdrawn' },
  });
  return getRequestRow(tx, ctx, id);
}

/** A request with every approval (current version marked), the approvers' roles and what the caller may do. */
export async function getDecisionRequest(tx: Tx, ctx: OrgContext, id: string) {
  const request = await getRequestRow(tx, ctx, id);
  const approvals = await tx
    .select()
    .from(decisionApprovals)
    .where(eq(decisionApprovals.requestId, id))
    .orderBy(desc(decisionApprovals.createdAt));
  const standing = await approverStanding(tx, ctx, request);
  const me = personOf(ctx);
  const canDecide =
    request.status === 'pending' &&
    standing.allowed &&
    me !== null &&
    me !== request.requesterId &&
    !approvals.some((a) => a.approverId === me && a.requestVersion === request.version);
  return {
    request,
    approvals,
    origin: await requestOrigin(tx, ctx, id),
    rights: standing.rights,
    required: APPROVAL_RULES[request.tier].approvals,
    canDecide,
    canEdit:
      me !== null &&
      me === request.requesterId &&
      (request.status === 'pending' || request.status === 'approved'),
  };
}

export async function listDecisionRequests(
  tx: Tx,
  ctx: OrgContext,
  filter: { status?: RequestStatus | undefined; limit: number; before?: [string, string] | undefined },
) {
  const before = filter.before
    ? or(
        lt(decisionRequests.submittedAt, new Date(filter.before[0])),
        and(
          eq(decisionRequests.submittedAt, new Date(filter.before[0])),
          lt(decisionRequests.id, filter.before[1]),
        ),
      )
    : undefined;
  return tx
    .select()
    .from(decisionRequests)
    .where(
      and(
        eq(decisionRequests.organizationId, ctx.organizationId),
        filter.status ? eq(decisionRequests.status, filter.status) : undefined,
        before,
      ),
    )
    .orderBy(desc(decisionRequests.submittedAt), desc(decisionRequests.id))
    .limit(filter.limit);
}
