import { createHash } from 'node:crypto';
import {
  CRITERION_LABELS,
  type CriterionResult,
  type CriterionStatus,
  countNoun,
  criterionParams,
  type GateCriterionKind,
  type GateRecommendationResult,
  recommendGate,
  stageEndDate,
  stageImpactShape,
  wholeMonthsBetween,
} from '@trellis/core';
import { and, desc, eq } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { checkUnitSaturation, closedRoundSummaries, subtreeIds } from '../../capacity/index';
import { getLatestScalingPackage } from '../../core-review/index';
import { decisionRequests } from '../../decisions/decisions-schema';
import { listApplicationTasks } from '../../decisions/index';
import { summarizeQuality } from '../../quality/index';
import { workflows } from '../../quality/quality-schema';
import type { GateCriterionSpec } from '../sequencing-schema';
import type { PlanDetail, PlanStage } from './expansion-plans';

export type Evidence = Record<string, unknown>;

export interface CriterionEvaluation {
  kind: GateCriterionKind;
  label: string;
  params: Record<string, number>;
  status: CriterionStatus;
  severe: boolean;
  /** One sentence a person reads beside the status. */
  summary: string;
  evidence: Evidence;
}

export interface GateEvaluation extends GateRecommendationResult {
  planId: string;
  stageId: string;
  stageName: string;
  /** The stage the application moves into on advance (null: advancing completes the plan). */
  nextStageId: string | null;
  planVersion: number;
  criteria: CriterionEvaluation[];
  /** sha-256 of the plan version, the criteria, their statuses and evidence: a decision names what it saw. */
  fingerprint: string;
  evaluatedAt: string;
}

interface Context {
  tx: Tx;
  ctx: OrgContext;
  detail: PlanDetail;
  stage: PlanStage;
  next: PlanStage | null;
  now: Date;
}

type Result = Omit<CriterionEvaluation, 'kind' | 'label' | 'params'>;
const result = (status: CriterionStatus, summary: string, evidence: Evidence, severe = false): Result => ({
  status,
  severe,
  summary,
  evidence,
});
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Upper 95% bound of each task's defect rate (the quality engine's estimate) against the target. */
async function quality(c: Context, p: Record<string, number>): Promise<Result> {
  const tasks = await c.tx
    .select({ id: workflows.id, name: workflows.name })
    .from(workflows)
    .where(
      and(
        eq(workflows.organizationId, c.ctx.organizationId),
        eq(workflows.applicationId, c.detail.application.id),
      ),
    );
  const rows = [];
  for (const task of tasks) {
    const summary = await summarizeQuality(c.tx, c.ctx, task.id);
    const rate = summary.total?.defectRate ?? null;
    rows.push({
      workflowId: task.id,
      name: task.name,
      hasStandard: summary.standard !== null,
      reviewed: summary.total?.reviewed ?? 0,
      estimate: rate?.estimate ?? null,
      lower: rate?.lower ?? null,
      upper: rate?.upper ?? null,
    });
  }
  const evidence = { tasks: rows, maxDefectRate: p.maxDefectRate, minReviewed: p.minReviewed };
  if (rows.length === 0)
    return result('not_enough_evidence', 'The application has no tasks (workflows) to measure.', evidence);
  const failing = rows.filter(
    (r) => r.reviewed >= p.minReviewed! && r.upper !== null && r.upper > p.maxDefectRate!,
  );
  if (failing.length) {
    const severe = failing.some((r) => r.lower !== null && r.lower > p.maxDefectRate!);
    const f = failing[0]!;
    return result(
      'not_met',
      `${f.name}: upper bound ${pct(f.upper!)} above the target ${pct(p.maxDefectRate!)}${severe ? ' (even the lower bound is above it)' : ''}.`,
      evidence,
      severe,
    );
  }
  const short = rows.filter((r) => !r.hasStandard || r.reviewed < p.minReviewed! || r.upper === null);
  if (short.length) {
    const s = short[0]!;
    return result(
      'not_enough_evidence',
      s.hasStandard
        ? `${s.name}: ${s.reviewed} of ${p.minReviewed} reviewed outputs needed.`
        : `${s.name} has no quality standard yet.`,
      evidence,
    );
  }
  const worst = rows.reduce((a, b) => ((b.upper ?? 0) > (a.upper ?? 0) ? b : a));
  return result(
    'met',
    `Every task's upper bound is at most ${pct(p.maxDefectRate!)} (highest ${pct(worst.upper!)}, ${worst.name}).`,
    evidence,
  );
}

/** Share of each unit of the running stage active with the application: active users ÷ headcount. */
function adoption(c: Context, p: Record<string, number>): Result {
  const units = c.stage.units.map((u) => ({
    orgUnitId: u.orgUnitId,
    name: u.name,
    headcount: u.headcount,
    activeUsers: u.activeUsers,
    reportedAt: u.activeReportedAt?.toISOString() ?? null,
    share: u.activeUsers !== null && u.headcount > 0 ? u.activeUsers / u.headcount : null,
  }));
  const evidence = { units, minActiveShare: p.minActiveShare };
  if (units.length === 0) return result('not_enough_evidence', 'The stage names no org units.', evidence);
  const low = units.find((u) => u.share !== null && u.share < p.minActiveShare!);
  if (low)
    return result(
      'not_met',
      `${low.name}: ${pct(low.share!)} active, below ${pct(p.minActiveShare!)}.`,
      evidence,
    );
  const missing = units.find((u) => u.share === null);
  if (missing)
    return result(
      'not_enough_evidence',
      missing.headcount > 0
        ? `${missing.name}: no active users reported yet.`
        : `${missing.name} has no headcount set.`,
      evidence,
    );
  return result('met', `Every unit is at least ${pct(p.minActiveShare!)} active.`, evidence);
}

const nothingToReceive = (what: string) =>
  result('met', `No further stage: ${what} does not apply.`, { units: [] });

/** The receiving units' latest closed pulse round (with at least MIN_GROUP respondents) against the bar. */
async function pulse(c: Context, p: Record<string, number>): Promise<Result> {
  if (!c.next) return nothingToReceive('readiness of receiving units');
  const units = [];
  for (const u of c.next.units) {
    const rounds = await closedRoundSummaries(c.tx, c.ctx, await subtreeIds(c.tx, c.ctx, u.orgUnitId));
    const shown = rounds.filter((r) => !r.aggregate.suppressed).at(-1);
    units.push({
      orgUnitId: u.orgUnitId,
      name: u.name,
      roundId: shown?.roundId ?? null,
      closedAt: shown?.closedAt.toISOString() ?? null,
      respondents: shown?.aggregate.respondents ?? null,
      overall: shown?.aggregate.overall ?? null,
      suppressedRounds: rounds.filter((r) => r.aggregate.suppressed).length,
    });
  }
  const evidence = { units, minReadiness: p.minReadiness };
  if (units.length === 0)
    return result('not_enough_evidence', `“${c.next.name}” names no org units yet.`, evidence);
  const low = units.find((u) => u.overall !== null && u.overall < p.minReadiness!);
  if (low)
    return result(
      'not_met',
      `${low.name}: readiness ${low.overall!.toFixed(2)} below ${p.minReadiness}.`,
      evidence,
    );
  const missing = units.find((u) => u.overall === null);
  if (missing)
    return result(
      'not_enough_evidence',
      missing.suppressedRounds
        ? `${missing.name}: fewer than 3 people answered, so results are not shown.`
        : `${missing.name}: no closed pulse round yet.`,
      evidence,
    );
  return result('met', `Every receiving unit's readiness is at least ${p.minReadiness}.`, evidence);
}

/** The saturation check for each receiving unit with the next stage's load, from today for its duration. */
async function capacity(c: Context): Promise<Result> {
  if (!c.next) return nothingToReceive('the capacity check');
  const startDate = isoDay(c.now);
  const endDate = stageEndDate(startDate, c.next.durationMonths);
  const units = [];
  for (const u of c.next.units) {
    const shape = stageImpactShape(c.next.changeLoad, u.headcount, startDate, endDate);
    const { check } = await checkUnitSaturation(c.tx, c.ctx, u.orgUnitId, shape);
    units.push({
      orgUnitId: u.orgUnitId,
      name: u.name,
      fits: check.fits,
      worstStatus: check.worstStatus,
      worstMonth: check.worstMonth,
      maxOvershoot: Math.round(check.maxOvershoot * 10) / 10,
    });
  }
  const evidence = { units, load: c.next.changeLoad, startDate, endDate };
  if (units.length === 0)
    return result('not_enough_evidence', `“${c.next.name}” names no org units yet.`, evidence);
  const red = units.find((u) => !u.fits);
  if (red)
    return result(
      'not_met',
      `${red.name} would be over its tolerance in ${red.worstMonth} by ${red.maxOvershoot} change points.`,
      evidence,
    );
  return result(
    'met',
    `Every receiving unit stays within its tolerance with “${c.next.name}” added.`,
    evidence,
  );
}

async function coreReview(c: Context): Promise<Result> {
  const latest = await getLatestScalingPackage(c.tx, c.ctx, c.detail.application.id);
  const evidence = latest
    ? {
        packageId: latest.package.id,
        version: latest.package.version,
        generatedAt: latest.package.createdAt.toISOString(),
        current: latest.current,
      }
    : { packageId: null };
  if (!latest) return result('not_met', 'No sustainable-core review (scaling package) yet.', evidence);
  if (!latest.current)
    return result(
      'not_met',
      `Core elements changed since scaling package v${latest.package.version}: review again.`,
      evidence,
    );
  return result('met', `Scaling package v${latest.package.version} is current.`, evidence);
}

async function boundaries(c: Context): Promise<Result> {
  const { tasks } = await listApplicationTasks(c.tx, c.ctx, c.detail.application.id);
  const rows = tasks.map((t) => ({
    workflowId: t.workflow.id,
    name: t.workflow.name,
    mode: t.boundary?.mode ?? null,
  }));
  const evidence = { tasks: rows };
  if (rows.length === 0)
    return result('not_enough_evidence', 'The application has no tasks (workflows).', evidence);
  const open = rows.filter((r) => r.mode === null);
  if (open.length)
    return result(
      'not_met',
      `No automation boundary decided for ${open.map((r) => r.name).join(', ')}.`,
      evidence,
    );
  return result('met', `Every task has its automation boundary (${rows.length}).`, evidence);
}

function minDuration(c: Context, p: Record<string, number>): Result {
  const started = c.stage.startedAt!;
  const monthsRun = wholeMonthsBetween(started, c.now);
  const readyOn = new Date(
    Date.UTC(started.getUTCFullYear(), started.getUTCMonth() + p.months!, started.getUTCDate()),
  );
  const evidence = { startedAt: isoDay(started), monthsRun, months: p.months, readyOn: isoDay(readyOn) };
  if (monthsRun >= p.months!)
    return result('met', `Running ${countNoun(monthsRun, 'month')} (at least ${p.months}).`, evidence);
  return result(
    'not_met',
    `Running ${monthsRun} of ${countNoun(p.months!, 'month')}: ready on ${isoDay(readyOn)}.`,
    evidence,
  );
}

/** An approved expand_to_org_unit request for the application (org-wide, or for a receiving unit). */
async function approvals(c: Context): Promise<Result> {
  if (!c.next) return nothingToReceive('approval to expand');
  const requests = await c.tx
    .select({
      id: decisionRequests.id,
      title: decisionRequests.title,
      status: decisionRequests.status,
      orgUnitId: decisionRequests.orgUnitId,
      decidedAt: decisionRequests.decidedAt,
    })
    .from(decisionRequests)
    .where(
      and(
        eq(decisionRequests.organizationId, c.ctx.organizationId),
        eq(decisionRequests.applicationId, c.detail.application.id),
        eq(decisionRequests.decisionType, 'expand_to_org_unit'),
      ),
    )
    .orderBy(desc(decisionRequests.submittedAt));
  const receiving = new Set(c.next.units.map((u) => u.orgUnitId));
  const relevant = requests.filter((r) => r.orgUnitId === null || receiving.has(r.orgUnitId));
  const approved = relevant.find((r) => r.status === 'approved');
  const evidence = {
    requests: relevant.slice(0, 5).map((r) => ({ ...r, decidedAt: r.decidedAt?.toISOString() ?? null })),
  };
  if (approved) return result('met', `Approved: ${approved.title}.`, evidence);
  const pending = relevant.find((r) => r.status === 'pending');
  if (pending) return result('not_met', `Waiting for approval: ${pending.title}.`, evidence);
  return result('not_met', 'No approved “Expand to a new org unit” request for this application.', evidence);
}

async function evaluateCriterion(c: Context, criterion: GateCriterionSpec): Promise<Result> {
  const p = criterionParams(criterion);
  switch (criterion.kind) {
    case 'quality':
      return quality(c, p);
    case 'adoption':
      return adoption(c, p);
    case 'pulse':
      return pulse(c, p);
    case 'capacity':
      return capacity(c);
    case 'core_review':
      return coreReview(c);
    case 'automation_boundaries':
      return boundaries(c);
    case 'min_duration':
      return minDuration(c, p);
    case 'approvals':
      return approvals(c);
  }
}

export function fingerprintOf(planVersion: number, stageId: string, criteria: CriterionEvaluation[]): string {
  const body = JSON.stringify({
    planVersion,
    stageId,
    criteria: criteria.map((c) => [c.kind, c.params, c.status, c.severe, c.evidence]),
  });
  return createHash('sha256').update(body).digest('hex');
}

/**
 * Evaluates the gate of the plan's running stage from live data: every criterion met / not met / not enough
 * evidence with its evidence, the recommendation (core/sequencing/gate.ts) and a fingerprint. Null when no
 * stage runs.
 */
export async function evaluateGate(
  tx: Tx,
  ctx: OrgContext,
  detail: PlanDetail,
  now: Date = new Date(),
): Promise<GateEvaluation | null> {
  const stage = detail.running;
  if (!stage) return null;
  const next = detail.stages.find((s) => s.position > stage.position && s.status === 'planned') ?? null;
  const c: Context = { tx, ctx, detail, stage, next, now };
  const criteria: CriterionEvaluation[] = [];
  for (const criterion of stage.criteria) {
    const r = await evaluateCriterion(c, criterion);
    criteria.push({
      kind: criterion.kind,
      label: CRITERION_LABELS[criterion.kind],
      params: criterionParams(criterion),
      ...r,
    });
  }
  const recommendation = recommendGate(
    criteria.map((x): CriterionResult => ({ kind: x.kind, status: x.status, severe: x.severe })),
  );
  return {
    planId: detail.plan.id,
    stageId: stage.id,
    stageName: stage.name,
    nextStageId: next?.id ?? null,
    planVersion: detail.plan.version,
    criteria,
    ...recommendation,
    fingerprint: fingerprintOf(detail.plan.version, stage.id, criteria),
    evaluatedAt: now.toISOString(),
  };
}
