import {
  canTransition,
  describeRefusedTransition,
  proposalStatusOf,
  proposalTransitions,
} from '@trellis/core';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { conflict } from '../../../platform/http/problem';
import type { RequestStatus } from '../../decisions/decisions-schema';
import { changeProposals, insights } from '../learning-schema';

/**
 * The bridge between a decision request and the change proposal it decides. The decisions service calls
 * `followDecisionRequest` whenever a request's status changes; it imports nothing of the learning services,
 * so the two stay free of an import cycle.
 */

const personOf = (ctx: OrgContext) => (ctx.actor.type === 'user' ? ctx.actor.id : null);

/** Moves the proposal linked to a request (if any) to the status that mirrors the request's, audited. */
export async function followDecisionRequest(
  tx: Tx,
  ctx: OrgContext,
  request: { id: string; status: RequestStatus },
  decision: { rationale: string; at: Date },
) {
  const [proposal] = await tx
    .select()
    .from(changeProposals)
    .where(
      and(
        eq(changeProposals.organizationId, ctx.organizationId),
        eq(changeProposals.decisionRequestId, request.id),
      ),
    );
  if (!proposal) return null;
  const next = proposalStatusOf(request.status);
  if (next === proposal.status) return proposal;
  if (!canTransition(proposalTransitions, proposal.status, next))
    throw conflict(
      `The linked change proposal cannot become ${next}. ${describeRefusedTransition(proposalTransitions, proposal.status, next)}`,
    );
  const decided = next === 'accepted' || next === 'rejected';
  const [row] = await tx
    .update(changeProposals)
    .set({
      status: next,
      decidedBy: decided ? personOf(ctx) : null,
      decidedAt: next === 'proposed' ? null : decision.at,
      decisionNote: next === 'proposed' ? '' : decision.rationale,
    })
    .where(eq(changeProposals.id, proposal.id))
    .returning();
  await recordAudit(tx, ctx, {
    action: next === 'proposed' ? 'change_proposal.reopened' : `change_proposal.${next}`,
    entityType: 'change_proposal',
    entityId: proposal.id,
    before: { status: proposal.status },
    after: { status: next, decisionRequestId: request.id, note: decision.rationale },
  });
  return row!;
}

/** What a decision request was opened for, when it decides a change proposal: the proposal and its insight. */
export async function requestOrigin(tx: Tx, ctx: OrgContext, requestId: string) {
  const [row] = await tx
    .select({ proposal: changeProposals, statement: insights.statement })
    .from(changeProposals)
    .innerJoin(insights, eq(insights.id, changeProposals.insightId))
    .where(
      and(
        eq(changeProposals.organizationId, ctx.organizationId),
        eq(changeProposals.decisionRequestId, requestId),
      ),
    );
  if (!row) return null;
  return {
    kind: 'change_proposal' as const,
    id: row.proposal.id,
    target: row.proposal.target,
    subject: row.proposal.subject,
    status: row.proposal.status,
    insight: { id: row.proposal.insightId, statement: row.statement },
    link: `/learning/insights/${row.proposal.insightId}`,
  };
}
