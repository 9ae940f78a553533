import {
  type AutomationMode,
  type BoundaryAnswers,
  MODE_LABELS,
  type QualityEvidence,
  qaDefaultFor,
  recommendAutomationMode,
} from '@trellis/core';
import { and, asc, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import { type OrgContext, requirePerson } from '../../../platform/auth/request-auth';
import { mapInOrder } from '../../../platform/db/in-order';
import type { Tx } from '../../../platform/db/types';
import { fieldError } from '../../../platform/http/problem';
import { getApplication } from '../../portfolio/index';
import { applications } from '../../portfolio/portfolio-schema';
import { getWorkflow, summarizeQuality } from '../../quality/index';
import { workflows } from '../../quality/quality-schema';
import { automationBoundaries } from '../decisions-schema';
import { appendDecision } from './decision-log';

export type BoundaryRow = typeof automationBoundaries.$inferSelect;

/** Applications for pickers (evaluation candidates, request subjects): the registry's columns, read only. */
export async function listApplicationOptions(tx: Tx, ctx: OrgContext) {
  return tx
    .select({
      id: applications.id,
      name: applications.name,
      stage: applications.stage,
      riskTier: applications.riskTier,
      dataSensitivity: applications.dataSensitivity,
      audience: applications.audience,
    })
    .from(applications)
    .where(eq(applications.organizationId, ctx.organizationId))
    .orderBy(asc(applications.name));
}

/** The QA evidence of a workflow, from its quality summary (null without a standard). */
export async function qualityEvidence(tx: Tx, ctx: OrgContext, workflowId: string): Promise<QualityEvidence> {
  const summary = await summarizeQuality(tx, ctx, workflowId);
  if (!summary.standard || !summary.total)
    return {
      hasStandard: summary.standard !== null,
      reviewed: 0,
      outgoingUpper: null,
      outgoingLimit: null,
      openAlarms: 0,
    };
  return {
    hasStandard: true,
    reviewed: summary.total.reviewed,
    outgoingUpper: summary.total.outgoingRate?.upper ?? null,
    outgoingLimit: summary.standard.outgoingLimit,
    openAlarms: summary.alarms.filter((a) => a.clearedAt === null).length,
  };
}

async function currentBoundary(tx: Tx, workflowId: string): Promise<BoundaryRow | undefined> {
  const [row] = await tx
    .select()
    .from(automationBoundaries)
    .where(eq(automationBoundaries.workflowId, workflowId))
    .orderBy(desc(automationBoundaries.createdAt))
    .limit(1);
  return row;
}

/** An application's tasks (its workflows), each with its current boundary and QA evidence. */
export async function listApplicationTasks(tx: Tx, ctx: OrgContext, applicationId: string) {
  const application = await getApplication(tx, ctx, applicationId);
  const tasks = await tx
    .select()
    .from(workflows)
    .where(and(eq(workflows.organizationId, ctx.organizationId), eq(workflows.applicationId, applicationId)))
    .orderBy(asc(workflows.name));
  return {
    application,
    tasks: await mapInOrder(tasks, async (workflow) => ({
      workflow,
      boundary: (await currentBoundary(tx, workflow.id)) ?? null,
      quality: await qualityEvidence(tx, ctx, workflow.id),
    })),
  };
}

/** The questionnaire's recommendation for a task, with the QA evidence it read. */
export async function recommendBoundary(
  tx: Tx,
  ctx: OrgContext,
  workflowId: string,
  answers: BoundaryAnswers,
) {
  await getWorkflow(tx, ctx, workflowId);
  const quality = await qualityEvidence(tx, ctx, workflowId);
  return { ...recommendAutomationMode(answers, quality), quality };
}

export interface BoundaryChoice {
  answers: BoundaryAnswers;
  mode: AutomationMode;
  rationale: string;
  /** ISO date (YYYY-MM-DD) when the choice is looked at again. */
  reviewOn: string;
  today?: string;
}

/**
 * Records the automation mode chosen for a task, with the questionnaire, its recommendation, the
 * rationale, the decider and a review date, and logs it as a decision with that evidence. "Automate" is
 * refused for a workflow without a quality standard.
 */
export async function recordBoundary(tx: Tx, ctx: OrgContext, workflowId: string, choice: BoundaryChoice) {
  const decider = requirePerson(ctx, 'Automation boundaries');
  const workflow = await getWorkflow(tx, ctx, workflowId);
  const today = choice.today ?? new Date().toISOString().slice(0, 10);
  if (!(choice.reviewOn > today)) throw fieldError('body.reviewOn', 'Pick a review date after today.');
  const {
    mode: recommended,
    reasons,
    quality,
  } = await recommendBoundary(tx, ctx, workflowId, choice.answers);
  const qaDefault = qaDefaultFor(choice.mode);
  if (qaDefault.requiresStandard && !quality.hasStandard)
    throw fieldError(
      'body.mode',
      'Automate needs a quality standard on the workflow first: set one under Quality.',
    );
  const previous = await currentBoundary(tx, workflowId);
  const [row] = await tx
    .insert(automationBoundaries)
    .values({
      organizationId: ctx.organizationId,
      workflowId,
      mode: choice.mode,
      recommended,
      answers: choice.answers,
      reasons,
      qaDefault,
      rationale: choice.rationale,
      decidedBy: decider,
      decidedByName: ctx.actor.name,
      reviewOn: choice.reviewOn,
    })
    .returning();
  const boundary = row!;
  await appendDecision(tx, ctx.organizationId, {
    kind: 'automation_boundary',
    decisionType: 'change_automation_mode',
    outcome: 'approved',
    title: `${workflow.name}: ${MODE_LABELS[choice.mode]}`,
    applicationId: workflow.applicationId,
    workflowId,
    evidence: {
      answers: choice.answers,
      recommended,
      reasons,
      quality,
      qaDefault,
      previousMode: previous?.mode ?? null,
      reviewOn: choice.reviewOn,
    },
    rationale: choice.rationale,
    decidedBy: decider,
    decidedByName: ctx.actor.name,
    decidedAt: boundary.createdAt,
  });
  await recordAudit(tx, ctx, {
    action: 'automation_boundary.set',
    entityType: 'workflow',
    entityId: workflowId,
    before: previous ? { mode: previous.mode } : null,
    after: { mode: choice.mode, recommended, rationale: choice.rationale, reviewOn: choice.reviewOn },
  });
  return boundary;
}
