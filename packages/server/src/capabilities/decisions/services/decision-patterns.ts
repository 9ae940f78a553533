import type { DecisionType, Tier } from '@trellis/core';
import { and, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { fieldError, notFound } from '../../../platform/http/problem';
import { preapprovedPatterns } from '../decisions-schema';
import { assessTier, checkOrgUnit } from './decision-tiers';

const personOf = (ctx: OrgContext) => (ctx.actor.type === 'user' ? ctx.actor.id : null);

export type PatternRow = typeof preapprovedPatterns.$inferSelect;

export async function listPatterns(tx: Tx, ctx: OrgContext) {
  return tx
    .select()
    .from(preapprovedPatterns)
    .where(eq(preapprovedPatterns.organizationId, ctx.organizationId))
    .orderBy(desc(preapprovedPatterns.createdAt));
}

export async function createPattern(
  tx: Tx,
  ctx: OrgContext,
  input: {
    name: string;
    decisionType: DecisionType;
    applicationId: string | null;
    orgUnitId: string | null;
    maxTier: Tier;
    payload: Record<string, string | number | boolean>;
  },
) {
  if (input.maxTier === 'high')
    throw fieldError('body.maxTier', 'High-risk decisions always need their approvers.');
  if (input.applicationId)
    await assessTier(tx, ctx, {
      decisionType: input.decisionType,
      applicationId: input.applicationId,
      payload: {},
    });
  await checkOrgUnit(tx, ctx, input.orgUnitId);
  const [row] = await tx
    .insert(preapprovedPatterns)
    .values({ organizationId: ctx.organizationId, ...input, createdBy: personOf(ctx) })
    .returning();
  await recordAudit(tx, ctx, {
    action: 'preapproved_pattern.created',
    entityType: 'preapproved_pattern',
    entityId: row!.id,
    after: input,
  });
  return row!;
}

export async function deletePattern(tx: Tx, ctx: OrgContext, id: string) {
  const [row] = await tx
    .delete(preapprovedPatterns)
    .where(and(eq(preapprovedPatterns.organizationId, ctx.organizationId), eq(preapprovedPatterns.id, id)))
    .returning();
  if (!row) throw notFound('The pattern');
  await recordAudit(tx, ctx, {
    action: 'preapproved_pattern.deleted',
    entityType: 'preapproved_pattern',
    entityId: id,
    before: { name: row.name },
  });
}
