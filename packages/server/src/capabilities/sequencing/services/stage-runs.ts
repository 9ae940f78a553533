import { countNoun, stageEndDate, stageImpactShape } from '@trellis/core';
import { and, eq, gt, gte, inArray } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { conflict, fieldError } from '../../../platform/http/problem';
import { changeImpacts } from '../../capacity/capacity-schema';
import { createChangeImpacts } from '../../capacity/index';
import { getApplication, nextStagesOf, transitionApplication } from '../../portfolio/index';
import { applicationUnits, type LifecycleStage } from '../../portfolio/portfolio-schema';
import { planStages, planStageUnits } from '../sequencing-schema';
import { bumpVersion, getPlan, getPlanRow, type PlanDetail, type PlanStage } from './expansion-plans';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Starts a stage: running from `startedOn`, one change impact per target unit (source 'expansion', sourceRef
 * the stage id, the stage's load over its duration), and its units join the application's units.
 */
export async function runStage(
  tx: Tx,
  ctx: OrgContext,
  detail: PlanDetail,
  stage: PlanStage,
  startedOn: Date,
) {
  const startDate = isoDay(startedOn);
  const endDate = stageEndDate(startDate, stage.durationMonths);
  await tx
    .update(planStages)
    .set({ status: 'running', startedAt: startedOn, endedAt: null })
    .where(eq(planStages.id, stage.id));
  if (stage.units.length) {
    await createChangeImpacts(
      tx,
      ctx,
      stage.units.map((u) => ({
        ...stageImpactShape(stage.changeLoad, u.headcount, startDate, endDate),
        orgUnitId: u.orgUnitId,
        title: `${detail.application.name}: ${stage.name}`,
        applicationId: detail.application.id,
        sourceRef: stage.id,
      })),
      'expansion',
    );
    await tx
      .insert(applicationUnits)
      .values(
        stage.units.map((u) => ({
          organizationId: ctx.organizationId,
          applicationId: detail.application.id,
          orgUnitId: u.orgUnitId,
        })),
      )
      .onConflictDoNothing();
  }
}

/**
 * Undoes a stage's reach: its change impacts that have not started are removed, those under way end today;
 * its units leave the application unless another completed or running stage of the plan still reaches them.
 */
export async function unwindStage(tx: Tx, ctx: OrgContext, detail: PlanDetail, stage: PlanStage, now: Date) {
  const today = isoDay(now);
  const mine = and(
    eq(changeImpacts.organizationId, ctx.organizationId),
    eq(changeImpacts.source, 'expansion'),
    eq(changeImpacts.sourceRef, stage.id),
  );
  const removed = await tx
    .delete(changeImpacts)
    .where(and(mine, gt(changeImpacts.startDate, today)))
    .returning();
  const ended = await tx
    .update(changeImpacts)
    .set({ endDate: today })
    .where(and(mine, gte(changeImpacts.endDate, today)))
    .returning();
  for (const row of removed)
    await recordAudit(tx, ctx, {
      action: 'change_impact.deleted',
      entityType: 'change_impact',
      entityId: row.id,
      before: { orgUnitId: row.orgUnitId, title: row.title, startDate: row.startDate, endDate: row.endDate },
    });
  for (const row of ended)
    await recordAudit(tx, ctx, {
      action: 'change_impact.ended',
      entityType: 'change_impact',
      entityId: row.id,
      after: { orgUnitId: row.orgUnitId, title: row.title, endDate: today },
    });
  const stillReached = new Set(
    detail.stages
      .filter((s) => s.id !== stage.id && (s.status === 'completed' || s.status === 'running'))
      .flatMap((s) => s.units.map((u) => u.orgUnitId)),
  );
  const leaving = stage.units.map((u) => u.orgUnitId).filter((id) => !stillReached.has(id));
  if (leaving.length)
    await tx
      .delete(applicationUnits)
      .where(
        and(
          eq(applicationUnits.applicationId, detail.application.id),
          inArray(applicationUnits.orgUnitId, leaving),
        ),
      );
  return { removedImpacts: removed.length, endedImpacts: ended.length, unitsLeft: leaving };
}

/** Moves the application's lifecycle stage when the table allows it; returns the move made, if any. */
export async function moveLifecycle(
  tx: Tx,
  ctx: OrgContext,
  applicationId: string,
  to: LifecycleStage,
  reason: string,
): Promise<{ from: LifecycleStage; to: LifecycleStage } | null> {
  const application = await getApplication(tx, ctx, applicationId);
  if (application.stage === to) return null;
  if (!(await nextStagesOf(tx, application)).includes(to)) return null;
  await transitionApplication(tx, ctx, applicationId, { to, reason, version: application.version });
  return { from: application.stage, to };
}

/** The first planned stage after every stage that ran (what starts next). */
export function nextPlannedStage(detail: PlanDetail): PlanStage | null {
  const lastRun = Math.max(0, ...detail.stages.filter((s) => s.status !== 'planned').map((s) => s.position));
  return detail.stages.find((s) => s.position > lastRun && s.status === 'planned') ?? null;
}

/**
 * Starts the plan's next planned stage when none runs (a new plan's pilot stage, or again after a roll
 * back). `startedOn` may lie in the past (a pilot that already runs) but not in the future.
 */
export async function startNextStage(
  tx: Tx,
  ctx: OrgContext,
  planId: string,
  input: { version: number; startedOn?: string | undefined; now?: Date | undefined },
): Promise<PlanDetail> {
  const now = input.now ?? new Date();
  const plan = await getPlanRow(tx, ctx, planId, true);
  if (plan.version !== input.version)
    throw conflict(
      `The plan changed: it is at version ${plan.version}, you acted on version ${input.version}. Reload it.`,
    );
  const detail = await getPlan(tx, ctx, planId);
  if (detail.running)
    throw fieldError('body.version', `“${detail.running.name}” is running: decide its gate to move on.`);
  if (plan.status === 'completed' || plan.status === 'rolled_back')
    throw fieldError('body.version', `The plan is ${plan.status.replace('_', ' ')}: nothing more starts.`);
  const stage = nextPlannedStage(detail);
  if (!stage) throw fieldError('body.version', 'The plan has no planned stage left to start.');
  if (stage.units.length === 0)
    throw fieldError('body.version', `“${stage.name}” names no org units: add some first.`);
  const startedOn = input.startedOn ? new Date(`${input.startedOn}T00:00:00Z`) : now;
  if (Number.isNaN(startedOn.getTime())) throw fieldError('body.startedOn', 'Use a date YYYY-MM-DD.');
  if (startedOn.getTime() > now.getTime())
    throw fieldError('body.startedOn', 'A stage cannot start in the future.');
  if (now.getTime() - startedOn.getTime() > 366 * 86_400_000)
    throw fieldError('body.startedOn', 'A stage started at most a year ago.');
  await runStage(tx, ctx, detail, stage, startedOn);
  await bumpVersion(tx, plan, { status: 'active' });
  await recordAudit(tx, ctx, {
    action: 'plan_stage.started',
    entityType: 'plan_stage',
    entityId: stage.id,
    after: {
      planId,
      name: stage.name,
      startedAt: startedOn.toISOString(),
      units: stage.units.map((u) => u.orgUnitId),
    },
  });
  return getPlan(tx, ctx, planId);
}

/** Records the people of a unit active with the application (the adoption criterion reads it). */
export async function reportAdoption(
  tx: Tx,
  ctx: OrgContext,
  planId: string,
  stageId: string,
  orgUnitId: string,
  activeUsers: number,
  now: Date = new Date(),
) {
  const detail = await getPlan(tx, ctx, planId);
  const stage = detail.stages.find((s) => s.id === stageId);
  if (!stage) throw fieldError('params.stageId', 'No stage of this plan has this id.');
  const unit = stage.units.find((u) => u.orgUnitId === orgUnitId);
  if (!unit) throw fieldError('params.orgUnitId', `“${stage.name}” does not reach this org unit.`);
  if (stage.status === 'planned' || stage.status === 'rolled_back')
    throw fieldError(
      'params.stageId',
      `“${stage.name}” is ${stage.status.replace('_', ' ')}: adoption is reported while a stage runs or after.`,
    );
  if (unit.headcount > 0 && activeUsers > unit.headcount)
    throw fieldError(
      'body.activeUsers',
      `${unit.name} has ${countNoun(unit.headcount, 'person', 'people')}.`,
    );
  await tx
    .update(planStageUnits)
    .set({ activeUsers, activeReportedAt: now })
    .where(and(eq(planStageUnits.stageId, stageId), eq(planStageUnits.orgUnitId, orgUnitId)));
  await recordAudit(tx, ctx, {
    action: 'plan_stage.adoption_reported',
    entityType: 'plan_stage',
    entityId: stageId,
    before: { orgUnitId, activeUsers: unit.activeUsers },
    after: { orgUnitId, activeUsers },
  });
  return getPlan(tx, ctx, planId);
}
