import { allowedTransitions, checkTransition } from '@trellis/core';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { fieldError } from '../../../platform/http/problem';
import { applications, type LifecycleStage, stageTransitions } from '../portfolio-schema';
import { type ApplicationRow, getApplication, staleVersion } from './applications';

export type StageTransitionRow = typeof stageTransitions.$inferSelect;

/** The stage a paused application was paused from (its latest move into paused), if any. */
export async function pausedFromOf(tx: Tx, applicationId: string): Promise<LifecycleStage | null> {
  const [row] = await tx
    .select({ from: stageTransitions.fromStage })
    .from(stageTransitions)
    .where(and(eq(stageTransitions.applicationId, applicationId), eq(stageTransitions.toStage, 'paused')))
    .orderBy(desc(stageTransitions.occurredAt))
    .limit(1);
  return row?.from ?? null;
}

/** Where the application may go next (the transition table of core, with a paused one's previous stage). */
export async function nextStagesOf(tx: Tx, application: ApplicationRow): Promise<LifecycleStage[]> {
  const pausedFrom = application.stage === 'paused' ? await pausedFromOf(tx, application.id) : null;
  return allowedTransitions(application.stage, pausedFrom);
}

/**
 * Moves an application to another lifecycle stage, if the transition table allows it, recording who, when
 * and why. Made against `version`: a newer stored version is a 409 and nothing moves.
 */
export async function transitionApplication(
  tx: Tx,
  ctx: OrgContext,
  id: string,
  input: { to: LifecycleStage; reason: string; version: number },
): Promise<{ application: ApplicationRow; transition: StageTransitionRow }> {
  const current = await getApplication(tx, ctx, id);
  if (current.version !== input.version) throw staleVersion(current, input.version);
  const pausedFrom = current.stage === 'paused' ? await pausedFromOf(tx, id) : null;
  const check = checkTransition(current.stage, input.to, pausedFrom);
  if (!check.allowed) throw fieldError('body.to', check.reason);
  const [row] = await tx
    .update(applications)
    .set({ stage: input.to, version: sql`${applications.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(applications.organizationId, ctx.organizationId),
        eq(applications.id, id),
        eq(applications.version, input.version),
      ),
    )
    .returning();
  if (!row) throw staleVersion(await getApplication(tx, ctx, id), input.version);
  const [transition] = await tx
    .insert(stageTransitions)
    .values({
      organizationId: ctx.organizationId,
      applicationId: id,
      fromStage: current.stage,
      toStage: input.to,
      reason: input.reason,
      actorType: ctx.actor.type,
      actorId: ctx.actor.id,
      actorName: ctx.actor.name,
    })
    .returning();
  await recordAudit(tx, ctx, {
    action: 'application.stage_changed',
    entityType: 'application',
    entityId: id,
    before: { stage: current.stage, version: current.version },
    after: { stage: row.stage, version: row.version, reason: input.reason },
  });
  return { application: row, transition: transition! };
}

/** Every stage move of an application, oldest first. */
export async function listTransitions(tx: Tx, ctx: OrgContext, id: string): Promise<StageTransitionRow[]> {
  await getApplication(tx, ctx, id);
  return tx
    .select()
    .from(stageTransitions)
    .where(
      and(eq(stageTransitions.organizationId, ctx.organizationId), eq(stageTransitions.applicationId, id)),
    )
    .orderBy(asc(stageTransitions.occurredAt), asc(stageTransitions.id));
}
