import {
  type ChangeTarget,
  canTransition,
  describeRefusedTransition,
  proposalTransitions,
} from '@trellis/core';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { OrgContext } from '../auth/request-auth';
import { changeProposals } from '../db/learning-schema';
import type { Tx } from '../db/types';
import { conflict, forbidden, notFound } from '../http/problem';
import { recordAudit } from './audit';
import { getInsight } from './insights';
import { actingPerson } from './learning-actor';
import { notify } from './notifications';

export type ProposalRow = typeof changeProposals.$inferSelect;

/** A confirmed insight proposes a change; leads and admins are told there is one to decide. */
export async function proposeChange(
  tx: Tx,
  ctx: OrgContext,
  insightId: string,
  input: { target: ChangeTarget; subject: string; change: string },
) {
  const insight = await getInsight(tx, ctx, insightId);
  if (insight.status !== 'confirmed')
    throw conflict(`Only a confirmed insight proposes changes; this one is ${insight.status}.`);
  const [row] = await tx
    .insert(changeProposals)
    .values({ organizationId: ctx.organizationId, insightId, ...input, proposedBy: actingPerson(ctx) })
    .returning();
  const proposal = row!;
  await recordAudit(tx, ctx, {
    action: 'change_proposal.created',
    entityType: 'change_proposal',
    entityId: proposal.id,
    after: { insightId, target: input.target, subject: input.subject, change: input.change },
  });
  await notify(
    tx,
    ctx.organizationId,
    { roles: ['lead', 'admin'] },
    {
      kind: 'change_proposal.created',
      title: `Change proposed to a ${input.target.replaceAll('_', ' ')}: ${input.subject}`,
      body: input.change,
      link: `/learning/insights/${insightId}`,
      entityType: 'change_proposal',
      entityId: proposal.id,
    },
  );
  return proposal;
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

/** A lead or admin other than the proposer accepts or rejects a proposal. */
export async function decideProposal(
  tx: Tx,
  ctx: OrgContext,
  id: string,
  input: { status: 'accepted' | 'rejected'; note?: string | undefined },
) {
  const before = await getProposal(tx, ctx, id);
  const decider = actingPerson(ctx);
  if (decider && decider === before.proposedBy)
    throw forbidden('The person who proposed a change cannot decide it; another lead or admin does.');
  if (!canTransition(proposalTransitions, before.status, input.status))
    throw conflict(
      `The proposal cannot become ${input.status}. ${describeRefusedTransition(proposalTransitions, before.status, input.status)}`,
    );
  const [row] = await tx
    .update(changeProposals)
    .set({ status: input.status, decidedBy: decider, decidedAt: new Date(), decisionNote: input.note ?? '' })
    .where(eq(changeProposals.id, id))
    .returning();
  await recordAudit(tx, ctx, {
    action: `change_proposal.${input.status}`,
    entityType: 'change_proposal',
    entityId: id,
    before: { status: before.status },
    after: { status: input.status, note: input.note ?? '' },
  });
  if (before.proposedBy)
    await notify(
      tx,
      ctx.organizationId,
      { userIds: [before.proposedBy] },
      {
        kind: `change_proposal.${input.status}`,
        title: `Your proposed change was ${input.status}: ${before.subject}`,
        body: input.note ?? '',
        link: `/learning/insights/${before.insightId}`,
        entityType: 'change_proposal',
        entityId: id,
      },
    );
  return row!;
}
