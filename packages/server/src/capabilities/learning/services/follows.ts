import type { FollowKind } from '@trellis/core';
import { and, asc, eq } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { conflict, fieldError, HttpProblem, notFound } from '../../../platform/http/problem';
import { getOrgUnit } from '../../capacity/index';
import { follows } from '../learning-schema';
import { requireApplication } from './experiments';

export type FollowRow = typeof follows.$inferSelect;

async function checkTarget(tx: Tx, ctx: OrgContext, kind: FollowKind, target: string) {
  if (kind === 'application') return requireApplication(tx, ctx, target, 'body.target');
  if (kind === 'unit') {
    try {
      return await getOrgUnit(tx, ctx, target);
    } catch (error) {
      if (error instanceof HttpProblem && error.status === 404)
        throw fieldError('body.target', 'No org unit with this id in the organization.');
      throw error;
    }
  }
  return undefined;
}

export async function follow(
  tx: Tx,
  ctx: OrgContext,
  userId: string,
  input: { kind: FollowKind; target: string },
) {
  await checkTarget(tx, ctx, input.kind, input.target);
  const [row] = await tx
    .insert(follows)
    .values({ organizationId: ctx.organizationId, userId, kind: input.kind, target: input.target })
    .onConflictDoNothing()
    .returning();
  if (!row) throw conflict(`You already follow this ${input.kind}.`);
  await recordAudit(tx, ctx, {
    action: 'follow.created',
    entityType: 'follow',
    entityId: row.id,
    after: { kind: row.kind, target: row.target },
  });
  return row;
}

export async function unfollow(tx: Tx, ctx: OrgContext, userId: string, id: string) {
  const [row] = await tx
    .delete(follows)
    .where(
      and(eq(follows.organizationId, ctx.organizationId), eq(follows.userId, userId), eq(follows.id, id)),
    )
    .returning();
  if (!row) throw notFound('The follow');
  await recordAudit(tx, ctx, {
    action: 'follow.deleted',
    entityType: 'follow',
    entityId: row.id,
    before: { kind: row.kind, target: row.target },
  });
}

export async function listFollows(tx: Tx, ctx: OrgContext, userId: string) {
  return tx
    .select()
    .from(follows)
    .where(and(eq(follows.organizationId, ctx.organizationId), eq(follows.userId, userId)))
    .orderBy(asc(follows.kind), asc(follows.target));
}
