import { and, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import { type OrgContext, requirePerson } from '../../../platform/auth/request-auth';
import { hasRole } from '../../../platform/auth/roles';
import type { Tx } from '../../../platform/db/types';
import { fieldError, forbidden, HttpProblem, notFound } from '../../../platform/http/problem';
import { notify } from '../../../platform/notifications/notifications';
import { enqueueWebhookEvent } from '../../../platform/webhooks/webhooks';
import { unitMemberIds } from '../../capacity/index';
import { rightsFor } from '../../decisions/index';
import { type GateOutcome, gateDecisions, planStages } from '../sequencing-schema';
import { bumpVersion, getPlan, getPlanRow, type PlanDetail } from './expansion-plans';
import { evaluateGate, type GateEvaluation } from './gates';
import { moveLifecycle, runStage, unwindStage } from './stage-runs';

export type GateDecisionRow = typeof gateDecisions.$inferSelect;

export const OUTCOME_LABELS: Record<GateOutcome, string> = {
  advance: 'Advance',
  hold: 'Hold',
  rework: 'Rework',
  roll_back: 'Roll back',
};

/** A gate decision by id, within the organization (404 otherwise): insight evidence may link it. */
export async function getGateDecision(tx: Tx, ctx: OrgContext, id: string): Promise<GateDecisionRow> {
  const [row] = await tx
    .select()
    .from(gateDecisions)
    .where(and(eq(gateDecisions.organizationId, ctx.organizationId), eq(gateDecisions.id, id)));
  if (!row) throw notFound('The gate decision');
  return row;
}

/** The plan's gate decisions, newest first. */
export async function listGateDecisions(tx: Tx, ctx: OrgContext, planId: string): Promise<GateDecisionRow[]> {
  return tx
    .select({ decision: gateDecisions })
    .from(gateDecisions)
    .innerJoin(planStages, eq(planStages.id, gateDecisions.stageId))
    .where(and(eq(gateDecisions.organizationId, ctx.organizationId), eq(planStages.planId, planId)))
    .orderBy(desc(gateDecisions.createdAt))
    .then((rows) => rows.map((r) => r.decision));
}

/** Owner, admin and lead decide gates; so does whoever the RACI makes Accountable for expanding to a unit. */
export async function mayDecideGate(
  tx: Tx,
  ctx: OrgContext,
  receivingUnitId: string | null,
): Promise<boolean> {
  if (hasRole(ctx.role, 'lead')) return true;
  const rights = await rightsFor(tx, ctx, 'expand_to_org_unit', receivingUnitId);
  return rights.accountable.includes(ctx.role);
}

/** The evidence changed since the decider looked: 409 carrying the new evaluation. */
function staleEvidence(evaluation: GateEvaluation, why: string) {
  return new HttpProblem(
    409,
    'conflict',
    `${why} Look at the new evaluation and decide again.`,
    undefined,
    {},
    {
      evaluation,
    },
  );
}

export interface GateDecisionInput {
  outcome: GateOutcome;
  rationale: string;
  /** The evaluation the decider saw: its plan version and fingerprint. */
  planVersion: number;
  fingerprint: string;
  now?: Date | undefined;
}

/**
 * Records a gate decision on the running stage with the evidence frozen, then acts on it: advance completes
 * the stage and starts the next (change impacts, units, lifecycle → expanding, or → scaled when the plan is
 * done); roll back unwinds the stage; hold and rework leave it running. Audited, notified (the application's
 * owner and the leads of the units involved) and sent to webhooks as `gate.decided`.
 */
export async function decideGate(
  tx: Tx,
  ctx: OrgContext,
  planId: string,
  stageId: string,
  input: GateDecisionInput,
): Promise<{ decision: GateDecisionRow; plan: PlanDetail }> {
  const decider = requirePerson(ctx, 'Gate decisions');
  const now = input.now ?? new Date();
  const plan = await getPlanRow(tx, ctx, planId, true);
  const detail = await getPlan(tx, ctx, planId);
  const stage = detail.stages.find((s) => s.id === stageId);
  if (!stage) throw notFound('The stage');
  if (stage.status !== 'running')
    throw fieldError(
      'params.stageId',
      `“${stage.name}” is ${stage.status.replace('_', ' ')}: only a running stage's gate is decided.`,
    );
  const evaluation = (await evaluateGate(tx, ctx, detail, now))!;
  const next = detail.stages.find((s) => s.id === evaluation.nextStageId) ?? null;
  if (!(await mayDecideGate(tx, ctx, next?.units[0]?.orgUnitId ?? null)))
    throw forbidden(
      'Gate decisions are made by a lead, an admin or whoever the decision rights make Accountable for expanding to a unit.',
    );
  if (input.planVersion !== plan.version)
    throw staleEvidence(
      evaluation,
      `The plan changed: it is at version ${plan.version}, you looked at version ${input.planVersion}.`,
    );
  if (input.fingerprint !== evaluation.fingerprint)
    throw staleEvidence(evaluation, 'The evidence changed since you looked at it.');
  if (input.outcome === 'advance' && next && next.units.length === 0)
    throw fieldError('body.outcome', `“${next.name}” names no org units: add some before advancing.`);

  const effects: Record<string, unknown> = {};
  let planStatus = plan.status;
  if (input.outcome === 'advance') {
    await tx.update(planStages).set({ status: 'completed', endedAt: now }).where(eq(planStages.id, stage.id));
    if (next) {
      await runStage(tx, ctx, detail, next, now);
      effects.started = { stageId: next.id, name: next.name, units: next.units.map((u) => u.orgUnitId) };
      effects.lifecycle = await moveLifecycle(
        tx,
        ctx,
        detail.application.id,
        'expanding',
        `Gate of “${stage.name}”: advance to “${next.name}”.`,
      );
    } else {
      planStatus = 'completed';
      effects.lifecycle = await moveLifecycle(
        tx,
        ctx,
        detail.application.id,
        'scaled',
        `Expansion plan completed with “${stage.name}”.`,
      );
    }
  } else if (input.outcome === 'roll_back') {
    await tx
      .update(planStages)
      .set({ status: 'rolled_back', endedAt: now })
      .where(eq(planStages.id, stage.id));
    effects.unwound = await unwindStage(tx, ctx, detail, stage, now);
    const completed = detail.stages.filter((s) => s.status === 'completed');
    if (completed.length === 0) planStatus = 'rolled_back';
    else if (completed.length === 1)
      effects.lifecycle = await moveLifecycle(
        tx,
        ctx,
        detail.application.id,
        'pilot',
        `“${stage.name}” rolled back to the pilot's reach.`,
      );
  }
  await bumpVersion(tx, plan, { status: planStatus });
  const [row] = await tx
    .insert(gateDecisions)
    .values({
      organizationId: ctx.organizationId,
      stageId: stage.id,
      outcome: input.outcome,
      recommended: evaluation.recommendation,
      rationale: input.rationale,
      snapshot: { evaluation, effects },
      planVersion: plan.version,
      fingerprint: evaluation.fingerprint,
      decidedBy: decider,
      decidedByName: ctx.actor.name,
      createdAt: now,
    })
    .returning();
  const decision = row!;
  await recordAudit(tx, ctx, {
    action: 'gate.decided',
    entityType: 'gate_decision',
    entityId: decision.id,
    after: {
      planId,
      stageId: stage.id,
      stage: stage.name,
      outcome: input.outcome,
      recommended: evaluation.recommendation,
      rationale: input.rationale,
      planVersion: plan.version,
      effects,
    },
  });
  const unitIds = [...stage.units, ...(next?.units ?? [])].map((u) => u.orgUnitId);
  const leads = new Set<string>();
  for (const id of unitIds) for (const userId of await unitMemberIds(tx, id, 'lead')) leads.add(userId);
  if (detail.application.ownerId) leads.add(detail.application.ownerId);
  leads.delete(decider);
  const outcome = OUTCOME_LABELS[input.outcome];
  await notify(
    tx,
    ctx.organizationId,
    { userIds: [...leads] },
    {
      kind: `gate.${input.outcome}`,
      title: `${outcome}: ${detail.application.name}, ${stage.name}`,
      body: `${ctx.actor.name} decided ${outcome.toLowerCase()} (recommended: ${OUTCOME_LABELS[evaluation.recommendation].toLowerCase()}). ${input.rationale}`,
      link: `/sequencing/plans/${planId}`,
      entityType: 'gate_decision',
      entityId: decision.id,
    },
  );
  await enqueueWebhookEvent(tx, ctx.organizationId, 'gate.decided', {
    decisionId: decision.id,
    planId,
    applicationId: detail.application.id,
    stageId: stage.id,
    stage: stage.name,
    outcome: input.outcome,
    recommended: evaluation.recommendation,
    rationale: input.rationale,
    nextStageId: input.outcome === 'advance' ? (next?.id ?? null) : null,
  });
  return { decision, plan: await getPlan(tx, ctx, planId) };
}
