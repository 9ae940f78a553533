import {
  addMonths,
  type DeferralNames,
  describeDeferral,
  type GateRecommendation,
  type Plan,
  preparePlanningProblem,
} from '@trellis/core';
import { and, desc, eq, lt, or } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Database, Tx } from '../../../platform/db/types';
import { withFieldNames } from '../../../platform/http/field-errors';
import { notFound } from '../../../platform/http/problem';
import { evaluateGate, getPlan, listPlanIds } from '../../sequencing/index';
import { planningRuns } from '../planning-schema';
import {
  type ExcludedStep,
  type FixedStage,
  loadPlanningInput,
  type PlanningInput,
  type PlanningStepInfo,
  type PlanningUnitInfo,
} from './planning-candidates';
import { planningSolver } from './planning-solver';

export const MAX_PLANNING_HORIZON = 36;
export const MAX_TIME_LIMIT_SECONDS = 10;

export interface RunParameters {
  /** The horizon's first month, `YYYY-MM` (default: the current month). */
  startMonth?: string | undefined;
  horizonMonths: number;
  /** Per month of delay: a step starting in month t counts (1 + r)^−t of its value. */
  discountRate: number;
  /** k: at most this many steps active in a unit in any month. */
  maxConcurrent: number;
  timeLimitSeconds: number;
  weights: { confidence: number };
  whatIf: {
    capacities?: Record<string, number> | undefined;
    maxConcurrent?: Record<string, number> | undefined;
    values?: Record<string, number> | undefined;
    confidences?: Record<string, number> | undefined;
  };
}

export type DeferralKind = Plan['deferred'][number]['reason']['kind'] | 'excluded';

export interface PlanView {
  method: Plan['method'];
  status: Plan['status'];
  value: number;
  bound: number | null;
  gap: number | null;
  solveMs: number | null;
  scheduled: { stageId: string; startMonth: number; endMonth: number; startDate: string; value: number }[];
  deferred: {
    stageId: string;
    kind: DeferralKind;
    unitId: string | null;
    month: number | null;
    reason: string;
  }[];
}

/** The stored problem: everything the plans name, so a run reads the same later whatever changed since. */
export interface RunProblem {
  months: string[];
  discountRate: number;
  units: PlanningUnitInfo[];
  steps: (PlanningStepInfo & { earliestMonth: number; dependsOn: string[] })[];
  fixed: FixedStage[];
  excluded: ExcludedStep[];
}

export type RunRow = typeof planningRuns.$inferSelect;

function namesOf(input: PlanningInput): DeferralNames {
  const steps = new Map(input.steps.map((s) => [s.stageId, s]));
  const units = new Map(input.units.map((u) => [u.id, u]));
  return {
    startMonth: input.startMonth,
    stepLabel: (id) => {
      const s = steps.get(id);
      return s ? `${s.applicationName} → ${s.stageName}` : id;
    },
    unitName: (id) => units.get(id)?.name ?? id,
    unitMonth: (id, m) => ({
      capacity: units.get(id)?.capacity[m] ?? 0,
      committed: units.get(id)?.committed[m] ?? 0,
    }),
  };
}

function viewOf(plan: Plan, input: PlanningInput): PlanView {
  const names = namesOf(input);
  return {
    method: plan.method,
    status: plan.status,
    value: plan.value,
    bound: plan.bound,
    gap: plan.gap !== null && Number.isFinite(plan.gap) ? plan.gap : null,
    solveMs: plan.solveMs,
    scheduled: plan.scheduled.map((s) => ({
      stageId: s.stepId,
      startMonth: s.startMonth,
      endMonth: s.endMonth,
      startDate: `${addMonths(input.startMonth, s.startMonth)}-01`,
      value: s.discountedValue,
    })),
    deferred: [
      ...plan.deferred.map((d) => ({
        stageId: d.stepId,
        kind: d.reason.kind,
        unitId: 'unitId' in d.reason ? d.reason.unitId : null,
        month: 'loadMonth' in d.reason ? d.reason.loadMonth : 'month' in d.reason ? d.reason.month : null,
        reason: describeDeferral(d.reason, names),
      })),
      ...input.excluded.map((e) => ({
        stageId: e.stageId,
        kind: 'excluded' as const,
        unitId: null,
        month: null,
        reason: e.reason,
      })),
    ],
  };
}

/**
 * Runs the optimizer and the greedy plan for the organization's candidate stages and stores the run: the
 * candidates are read in one transaction, solved in the planning worker (no transaction held meanwhile),
 * and the run is stored and audited in a second. Bad input (a what-if for another organization's unit, a
 * dependency cycle) is refused before anything is solved or stored.
 */
/**
 * Each running stage's gate recommendation, keyed by the stage it would open: a step behind a gate that says
 * hold or rework counts with less confidence (core planning/confidence.ts), behind roll back with none.
 */
async function gateRecommendations(tx: Tx, ctx: OrgContext, now: Date) {
  const gates = new Map<string, GateRecommendation>();
  for (const planId of await listPlanIds(tx, ctx)) {
    const evaluation = await evaluateGate(tx, ctx, await getPlan(tx, ctx, planId), now);
    if (evaluation?.nextStageId) gates.set(evaluation.nextStageId, evaluation.recommendation);
  }
  return gates;
}

export async function runPlanning(db: Database, ctx: OrgContext, params: RunParameters, now = new Date()) {
  const startMonth = params.startMonth ?? now.toISOString().slice(0, 7);
  const input = await db.tenant(ctx.organizationId, async (tx) =>
    loadPlanningInput(
      tx,
      ctx,
      {
        startMonth,
        horizonMonths: params.horizonMonths,
        maxConcurrent: params.maxConcurrent,
        confidenceWeight: params.weights.confidence,
        capacities: params.whatIf.capacities,
        maxConcurrentByUnit: params.whatIf.maxConcurrent,
        values: params.whatIf.values,
        confidences: params.whatIf.confidences,
      },
      await gateRecommendations(tx, ctx, now),
    ),
  );
  const problem = { ...input.problem, discountRate: params.discountRate };
  // The candidates are built to be valid; a refusal here names the core field, kept for the record.
  withFieldNames({ at: 'problem.' }, () => preparePlanningProblem(problem));
  const plans = await planningSolver.solve(problem, params.timeLimitSeconds, 1e-4);
  const stored: RunProblem = {
    months: input.months,
    discountRate: params.discountRate,
    units: input.units,
    steps: input.steps.map((s, i) => ({
      ...s,
      earliestMonth: problem.steps[i]!.earliestMonth,
      dependsOn: problem.steps[i]!.dependsOn,
    })),
    fixed: input.fixed,
    excluded: input.excluded,
  };
  const optimizer = viewOf(plans.optimizer, input);
  const greedy = viewOf(plans.greedy, input);
  return db.tenant(ctx.organizationId, async (tx) => {
    const [row] = await tx
      .insert(planningRuns)
      .values({
        organizationId: ctx.organizationId,
        parameters: { ...params, startMonth },
        startMonth,
        problem: stored as unknown as Record<string, unknown>,
        optimizer: optimizer as unknown as Record<string, unknown>,
        greedy: greedy as unknown as Record<string, unknown>,
        status: plans.optimizer.status === 'optimal' ? 'optimal' : 'time-limit',
        value: optimizer.value,
        greedyValue: greedy.value,
        gap: optimizer.gap,
        solveMs: Math.round(plans.optimizer.solveMs ?? 0),
        createdBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
        createdByName: ctx.actor.name,
      })
      .returning();
    const run = row!;
    await recordAudit(tx, ctx, {
      action: 'planning_run.created',
      entityType: 'planning_run',
      entityId: run.id,
      after: {
        parameters: run.parameters,
        status: run.status,
        value: run.value,
        greedyValue: run.greedyValue,
        gap: run.gap,
        scheduled: optimizer.scheduled.length,
        deferred: optimizer.deferred.length,
      },
    });
    return run;
  });
}

export async function getPlanningRun(tx: Tx, ctx: OrgContext, id: string): Promise<RunRow> {
  const [row] = await tx
    .select()
    .from(planningRuns)
    .where(and(eq(planningRuns.organizationId, ctx.organizationId), eq(planningRuns.id, id)));
  if (!row) throw notFound('Planning run');
  return row;
}

export async function latestPlanningRun(tx: Tx, ctx: OrgContext): Promise<RunRow | undefined> {
  const [row] = await tx
    .select()
    .from(planningRuns)
    .where(eq(planningRuns.organizationId, ctx.organizationId))
    .orderBy(desc(planningRuns.createdAt), desc(planningRuns.id))
    .limit(1);
  return row;
}

export async function listPlanningRuns(
  tx: Tx,
  ctx: OrgContext,
  page: { limit: number; before?: [string, string] | undefined },
): Promise<RunRow[]> {
  const before = page.before
    ? or(
        lt(planningRuns.createdAt, new Date(page.before[0])),
        and(eq(planningRuns.createdAt, new Date(page.before[0])), lt(planningRuns.id, page.before[1])),
      )
    : undefined;
  return tx
    .select()
    .from(planningRuns)
    .where(and(eq(planningRuns.organizationId, ctx.organizationId), before))
    .orderBy(desc(planningRuns.createdAt), desc(planningRuns.id))
    .limit(page.limit);
}

/** The latest run's recommendation, in the shape the executive page reads. */
export function recommendationOf(run: RunRow) {
  const problem = run.problem as unknown as RunProblem;
  const optimizer = run.optimizer as unknown as PlanView;
  const steps = new Map(problem.steps.map((s) => [s.stageId, s]));
  const excluded = new Map(problem.excluded.map((e) => [e.stageId, e]));
  const nameOf = (id: string) => steps.get(id) ?? excluded.get(id);
  return {
    runId: run.id,
    createdAt: run.createdAt.toISOString(),
    steps: optimizer.scheduled.map((s) => {
      const step = steps.get(s.stageId)!;
      return {
        stageId: s.stageId,
        applicationId: step.applicationId,
        applicationName: step.applicationName,
        stageName: step.stageName,
        startMonth: addMonths(run.startMonth, s.startMonth),
        startDate: s.startDate,
        value: s.value,
      };
    }),
    deferred: optimizer.deferred.map((d) => ({
      stageId: d.stageId,
      applicationName: nameOf(d.stageId)?.applicationName ?? '',
      stageName: nameOf(d.stageId)?.stageName ?? '',
      reason: d.reason,
    })),
  };
}
