import type { ChangeTarget } from '@trellis/core';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { conflict, notFound } from '../../../platform/http/problem';
import { submitDecisionRequest } from '../../decisions/index';
import { changeProposals } from '../learning-schema';
import { followDecisionRequest } from './change-proposal-sync';
import { getInsight } from './insights';
import { actingPerson } from './learning-actor';

export type ProposalRow = typeof changeProposals.$inferSelect;

const TARGET_WORDS: Record<ChangeTarget, string> = {
  rubric: 'rubric',
  gate_threshold: 'gate threshold',
  plan_template: 'plan template',
  quality_standard: 'quality standard',
};

export interface NewProposal {
  target: ChangeTarget;
  /** The changed object's id in its own area, when it has one (free text). */
  targetId?: string | undefined;
  subject: string;
  change: string;
  /** The application the change concerns, if one: its risk attributes raise the request's tier. */
  applicationId?: string | null | undefined;
}

/**
 * A confirmed insight proposes a change. The proposal goes through the decision-rights flow: a
 * `change_rule` decision request is opened in the same transaction, linked both ways, and the proposal's
 * status follows the request's (see change-proposal-sync.ts) — there is no other way to decide it.
 */
export async function proposeChange(tx: Tx, ctx: OrgContext, insightId: string, input: NewProposal) {
  const insight = await getInsight(tx, ctx, insightId);
  if (insight.status !== 'confirmed')
    throw conflict(`Only a confirmed insight proposes changes; this one is ${insight.status}.`);
  const [row] = await tx
    .insert(changeProposals)
    .values({
      organizationId: ctx.organizationId,
      insightId,
      target: input.target,
      targetId: input.targetId ?? '',
      subject: input.subject,
      change: input.change,
      proposedBy: actingPerson(ctx),
    })
    .returning();
  const proposal = row!;
  await recordAudit(tx, ctx, {
    action: 'change_proposal.created',
    entityType: 'change_proposal',
    entityId: proposal.id,
    after: {
      insightId,
      target: input.target,
      targetId: proposal.targetId,
      subject: input.subject,
      change: input.change,
    },
  });
  const request = await submitDecisionRequest(tx, ctx, {
    decisionType: 'change_rule',
    applicationId: input.applicationId ?? null,
    title: `Change a ${TARGET_WORDS[input.target]}: ${input.subject}`,
    payload: {
      note: input.change,
      target: input.target,
      targetId: proposal.targetId,
      subject: input.subject,
      change: input.change,
      changeProposalId: proposal.id,
      insightId,
      insight: insight.statement,
    },
  });
  await tx
    .update(changeProposals)
    .set({ decisionRequestId: request.id })
    .where(eq(changeProposals.id, proposal.id));
  // A low-risk or pre-approved request is decided at once, before the link existed: follow it now.
  const followed = await followDecisionRequest(
    tx,
    ctx,
    { id: request.id, status: request.status },
    { rationale: 'Approved at once by the decision rights.', at: request.decidedAt ?? new Date() },
  );
  return followed ?? { ...proposal, decisionRequestId: request.id };
}

export async function getProposal(tx: Tx, ctx: OrgContext, id: string): Promise<ProposalRow> {
  const [row] = await tx
    .select()
    .from(changeProposals)
    .where(and(eq(changeProposals.organizationId, ctx.organizationId), eq(changeProposals.id, id)));
  if (!row) throw notFound('The change proposal');
  return row;
}

export async function listProposals(
  tx: Tx,
  ctx: OrgContext,
  filter: { status?: ProposalRow['status'] | undefined },
) {
  const conditions: SQL[] = [eq(changeProposals.organizationId, ctx.organizationId)];
  if (filter.status) conditions.push(eq(changeProposals.status, filter.status));
  return tx
    .select()
    .from(changeProposals)
    .where(and(...conditions))
    .orderBy(desc(changeProposals.createdAt))
    .limit(200);
}
