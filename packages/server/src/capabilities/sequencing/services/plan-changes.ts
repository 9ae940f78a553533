import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { conflict, fieldError } from '../../../platform/http/problem';
import { getRequestRow, type RequestRow, submitDecisionRequest } from '../../decisions/index';
import { applyStageEdit, checkStageEdit, getPlan, type PlanDetail, type StageInput } from './expansion-plans';

/**
 * A locked plan (a stage runs) changes through the decision-rights flow: the whole proposed edit goes into a
 * `change_expansion_plan` request (its payload names the plan, the version it was made on and the stages).
 * A low-risk or pre-approved request is approved at once and the edit applies immediately; otherwise it
 * applies when someone calls `applyPlanChange` after approval. Every edit bumps the plan's version, so an
 * approved request applies at most once, and never over a newer edit.
 */
export async function proposePlanChange(
  tx: Tx,
  ctx: OrgContext,
  planId: string,
  input: { version: number; stages: StageInput[]; reason: string; now?: Date | undefined },
): Promise<{ request: RequestRow; plan: PlanDetail; applied: boolean }> {
  const detail = await getPlan(tx, ctx, planId);
  if (detail.plan.version !== input.version)
    throw conflict(
      `The plan changed: it is at version ${detail.plan.version}, you edited version ${input.version}. Reload it.`,
    );
  if (!detail.locked) throw fieldError('body.version', 'The plan is not locked: edit it directly.');
  await checkStageEdit(tx, ctx, detail, input.stages, 'body.stages.');
  const request = await submitDecisionRequest(tx, ctx, {
    decisionType: 'change_expansion_plan',
    applicationId: detail.application.id,
    title: `Change the expansion plan of ${detail.application.name}`,
    payload: { planId, planVersion: detail.plan.version, reason: input.reason, stages: input.stages },
    now: input.now,
  });
  if (request.status !== 'approved') return { request, plan: detail, applied: false };
  const plan = await applyStageEdit(tx, ctx, planId, {
    version: input.version,
    stages: input.stages,
    decisionRequestId: request.id,
  });
  return { request, plan, applied: true };
}

/** Applies an approved change request's edit to the plan it names, if the plan is still at that version. */
export async function applyPlanChange(
  tx: Tx,
  ctx: OrgContext,
  planId: string,
  requestId: string,
): Promise<PlanDetail> {
  const request = await getRequestRow(tx, ctx, requestId);
  const payload = request.payload as { planId?: string; planVersion?: number; stages?: StageInput[] };
  if (request.decisionType !== 'change_expansion_plan' || payload.planId !== planId)
    throw fieldError('params.requestId', 'This request does not change this plan.');
  if (request.status !== 'approved')
    throw fieldError(
      'params.requestId',
      `The request is ${request.status}: only an approved change applies.`,
    );
  const detail = await getPlan(tx, ctx, planId);
  if (detail.plan.version !== payload.planVersion)
    throw conflict(
      `The plan moved on (version ${detail.plan.version}) since the change was proposed on version ${payload.planVersion}: propose it again.`,
    );
  return applyStageEdit(tx, ctx, planId, {
    version: payload.planVersion!,
    stages: payload.stages ?? [],
    decisionRequestId: request.id,
  });
}
