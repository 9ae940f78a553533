import type { FollowKind } from '@trellis/core';
import { and, asc, eq } from 'drizzle-orm';
import type { OrgContext } from '../auth/request-auth';
import { follows } from '../db/learning-schema';
import type { Tx } from '../db/types';
import { conflict, fieldError, HttpProblem, notFound } from '../http/problem';
import { recordAudit } from './audit';
import { requireApplication } from './experiments';
import { getOrgUnit } from './org-units';

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
